package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The forty-ninth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Ærø Kommune ({@value #OWN}, p=reject), the island municipality in the South Funen Archipelago: Ærøskøbing, Marstal with
 * its shipyards and maritime museum, Søby, Rise, Store Rise, Bregninge, Tranderup, Vodrup Klint, Voderup, Skjoldnæs
 * lighthouse, the electric ferry Ellen, the solar district heating, the sailing harbours and the wedding tourism; seventeen
 * listed suppliers in every DNS posture real Danish firms have, four invented invoicing platforms ({@code fakturahavn.dk},
 * {@code ebbefaktura.com}, {@code inkvo.dk}, {@code belmora.io}), SaaS ({@code havnerute.io}, {@code dagvagt.dk}), an ESP
 * ({@code mailbaad.com}), an e-signature service ({@code autograf.dk}), banks, a creditor list, forwarders (with and without
 * SRS) and fraudsters' own domains, each carrying an Ærø place name.
 *
 * <p>Written blind from the brief and Danish fraud warnings; three kinds new here: the shore-charging station of the
 * electric ferry Ellen billed by someone else (fake-ferry-shore-charging-invoice), solar-collector service billed by
 * someone else (fake-solar-collector-service-invoice), and interpreting or translation for foreign wedding couples billed
 * by someone else (fake-wedding-interpreter-invoice). Labels say what a mail is when it was written.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus49GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus49 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout49");
    public static final String OWN = "aeroekommune.dk";
    static final String FRAUD_NET = "127.249.";
    private static final String OWN_IP = "127.49.0.1";
    private static final String EAN = "5798007949211";
    private static final String KOMMUNE = "Ærø Kommune";
    private static final String RAADHUS = "Statene 2, 5970 Ærøskøbing";
    private static final String HOSTER_IP = "127.49.9.1";
    private static final String GMAIL = "127.46.1.1";
    private static final String MSFT = "127.46.2.1";
    private static final String APPLE = "127.46.5.1";

    private final Random rnd = new Random(49_5970_0049L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 30;
    /** The charging-station service agreement for the ferry Ellen (the frauds cite it). */
    private String chargeCase;
    /** The solar-collector service agreement (the frauds cite it). */
    private String solarAgreement;
    /** The wedding interpreter's case number (the frauds cite it). */
    private String weddingCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 1, 12, 7, 20, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 2, 9, 7, 40, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Ærøskøbing Fjernvarme a.m.b.a.", "aeroeskobing-fjernvarme.dk", "Forbrugerservice",
        "forbruger", "127.49.1.1", iban("DK", "06840004412987"), "fjernvarme til Rådhuset, Ærøskøbing Bibliotek og Plejecentret Rise");
    private final Supplier entrep = new Supplier("Marstal Entreprenør ApS", "marstal-entreprenor.dk", "Kasper Hansen", "kh",
        "127.49.1.2", bank("0684", "0004421175"), "ny belægning og dræn ved Marstal Skole");
    private final Supplier ladning = new Supplier("Søby Skibselektro ApS", "soby-skibselektro.dk", "Ingeniør Mette Krogh",
        "mette", "127.49.1.3", bank("0684", "0004430016"), "service og eftersyn af ladeanlægget til elfærgen Ellen i Søby Havn");
    private final Supplier solvarme = new Supplier("Marstal Solvarmeteknik ApS", "marstal-solvarmeteknik.dk", "Solvarmeteknik, Regnskab",
        "regnskab", "127.49.1.4", iban("DK", "57010004487213"), "drift og service af solfangeranlæg på skolernes og "
        + "plejecentrenes tage");
    private final Supplier vielse = new Supplier("Ærø Vielsestolk v/ Sofie Lindberg", "aero-vielsestolk.dk", "Sofie Lindberg", "sofie",
        "127.49.1.5", iban("DK", "06840004439981"), "tolkning ved vielser af udenlandske par på Ærøskøbing Rådhus");
    private final Supplier toemrer = new Supplier("Bregninge Tømrer ApS", "bregninge-tomrer.dk", "Peter Bjerre", "pb",
        "127.49.1.6", bank("0684", "0004446620"), "nye vinduer og inddækninger, Bregninge Børnehus");
    private final Supplier maler = new Supplier("Tranderup Malerfirma v/ Bo Kjær", "tranderup-maler.dk", "Bo Kjær", "bo",
        "127.49.1.7", bank("5935", "0006618203"), "maling af fællesarealer og døre, Plejecentret Rise");
    private final Supplier rengoer = new Supplier("Ærø Rengøring ApS", "aero-rengoring.dk", "Administrationen",
        "admin", "127.49.1.8", iban("DK", "57010004490078"), "rengøring af Rådhuset, Borgerservice og Ærøskøbing Skole");
    private final Supplier avis = new Supplier("Ærø Ugeblad", "aero-ugeblad.dk", "Annoncesalg", "annoncer",
        "127.49.1.9", iban("DK", "06840004451306"), "annoncer: lokalplan for Marstal Havn og stillinger i hjemmeplejen");
    private final Supplier vognmand = new Supplier("Rise Vognmandsforretning ApS", "rise-vognmand.dk", "Torben Jessen",
        "torben", "127.49.1.10", bank("5935", "0006624417"), "kørsel med stabilgrus og bortkørsel af tang fra Vesterstrand");
    private final Supplier el = new Supplier("Søby El-Service ApS", "soby-elservice.dk", "Jens Mortensen", "jm", HOSTER_IP,
        bank("0684", "0004463558"), "ny belysning på havnepladsen og udskiftning af tavler, Søby Havn");
    private final Supplier vvs = new Supplier("Store Rise VVS ApS", "storerise-vvs.dk", "Værkstedet", "post", "127.49.1.12",
        bank("5935", "0006632902"), "service på kedler og nye toiletter, Rise Skole");
    private final Supplier mad = new Supplier("Ærø Madservice A/S", "aero-madservice.dk", "Ærø Madservice, Bogholderi",
        "bogholderi", "127.49.1.13", iban("DK", "57010004501195"), "madservice til hjemmeboende ældre og plejecentrene");
    private final Supplier byg = new Supplier("Marstal Byggecenter A/S", "marstal-byggecenter.dk", "Erhvervsafdelingen", "erhverv",
        "127.49.1.14", iban("DK", "06840004477340"), "byggematerialer til Ejendomsdriften efter rammeaftale");
    private final Supplier it = new Supplier("Ærø IT-Drift ApS", "aero-itdrift.dk", "Debitorbogholderiet", "debitor",
        "127.49.1.15", bank("0684", "0004482671"), "drift af skolernes netværk og iPads til indskolingen");
    private final Supplier bus = new Supplier("Ærø Busser ApS", "aero-busser.dk", "Trafikkontoret", "trafik",
        "127.49.1.16", bank("5935", "0006641188"), "skolekørsel Søby-Ærøskøbing-Marstal og kørsel til svømning");
    private final Supplier kontor = new Supplier("Ærøskøbing Kontorforsyning ApS", "aeroeskobing-kontor.dk", "Salg", "salg",
        "127.49.1.17", iban("DK", "57010004512244"), "printerpapir, toner og arkivæsker til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Voderup Smedie og Maskinværksted", "voderup-smedie.dk", "Erik Ploug", "erik",
        "127.49.2.1", bank("0684", "0004491732"), "nye trapper og håndlister ved badebroen i Ærøskøbing");
    private final Supplier natur = new Supplier("Ærø Naturpleje v/ Hanne Bach", "aero-naturpleje.dk", "Hanne Bach",
        "hanne", "127.49.2.2", bank("5935", "0006650379"), "slåning og rydning af overdrev ved Vodrup Klint");
    private final Supplier guide = new Supplier("Ærø Turguide v/ Rasmus Bay", "gmail.com", "Rasmus Bay", "rasmus.bay.aeroguide", GMAIL,
        bank("0684", "0004503318"), "guidede ture til Skjoldnæs Fyr for 6. årgang, 4 forløb");
    private final Supplier tolk = new Supplier("Tolk v/ Leyla Hassan", "outlook.com", "Leyla Hassan", "leyla.hassan.tolk", MSFT,
        bank("5935", "0006668044"), "tolkning arabisk-dansk, Borgerservice Marstal, 4 x 1,5 time");
    private final Supplier musik = new Supplier("Spillemand Jakob Holm", "icloud.com", "Jakob Holm", "jakob.holm.harmonika", APPLE,
        bank("0684", "0004514400"), "fællessang med harmonika, Plejecentret Rise og Marstal Ældrecenter");
    private final Supplier tysk = new Supplier("Kieler Ladetechnik GmbH", "kieler-ladetechnik.de", "Rechnungswesen",
        "rechnung", "127.52.1.1", iban("DE", "215400600012774301"), "Ersatzteile für die Ladeanlage der Elfähre Ellen");
    private final Supplier svensk = new Supplier("Solfångarteknik Skåne AB", "solfangarteknik-skane.se", "Ekonomi", "ekonomi",
        "127.52.2.1", iban("SE", "60500000054190077310"), "ventiler och givare till solfångarna");

    private final List<Supplier> listed = List.of(varme, entrep, ladning, solvarme, vielse, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying an Ærø place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"aeroeskobing-fjernvarme.com", "marstal-entreprenoer.dk", "marstal-bygcenter.dk",
        "soby-el-service.dk", "aero-rengoering.dk", "storerise-vvs.net", idn("m\u0430rstal-byggecenter.dk"),
        idn("aer\u043eekommune.dk"), "fakturahavn-marstal.dk", "ebbefaktura-soby.com", "bregninge-tommer.dk",
        "aero-madservice.com", "aero-busser.net", "rise-vognmand.net", "aero-inkasso.dk", "mitid-aeroe.com",
        "digitalpost-marstal.com", "nemhandel-aeroeskobing.net", "marstal-havneparkering.dk", "tranderup-betaling.net",
        "soby-ordrecenter.com", "tranderup-malerfirma.dk", "aeroeskobing-kontor.net", "aero-it-drift.net",
        "marstal-entreprenor.net", "autograf-aeroeskobing.dk", "skjoldnaes-esign.net", "soby-skibselektro.com",
        "ellen-ladeservice.dk", "soby-faergeteknik.dk", "marstal-solvarmeteknik.net", "marstal-solfanger.dk",
        "rise-solenergi.dk", "aero-vielsestolk.com", "aeroeskobing-bryllupstolk.dk", "vodrup-translation.dk",
        "storerise-vvs-aps.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(ladning.domain(), List.of(ladning.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(solvarme.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(vielse.domain(), List.of(vielse.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.49.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.49.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("beredskab-fynsyd.dk", List.of("127.149.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sofartsstyrelsen-syn.dk", List.of("127.149.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("marstal-soefartsmuseum.dk", List.of("127.149.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("aero-efterskole.dk", List.of("127.149.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("aero-revision.dk", List.of("127.149.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("marstal-isenkram.dk", List.of("127.149.5.1"), "-all", null, "none");
        domain("soby-lystbaadehavn.dk", List.of("127.149.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("fakturahavn.dk", List.of("127.149.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ebbefaktura.com", List.of("127.149.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("inkvo.dk", List.of("127.149.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("belmora.io", List.of("127.149.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("marstal-sparekasse.dk", List.of("127.149.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ohavs-andelsbank.dk", List.of("127.149.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-ohavet.dk", List.of("127.149.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bogholderkredsen-fyn.dk", List.of("127.149.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkobsringen-syd.dk", List.of("127.149.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("mailbaad.com", List.of("127.149.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelraad-syd.dk", List.of("127.149.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.aero-fiber.dk", List.of("127.149.28.1"), "-all", null, null);
        domain("relay.marstal-net.dk", List.of("127.149.29.1"), "-all", null, null);
        domain("havnerute.io", List.of("127.149.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("dagvagt.dk", List.of("127.149.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("autograf.dk", List.of("127.149.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"reject", "none", "quarantine", null, "none", "reject", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 5 ? null : i % 4 == 3 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 3 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 54_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no49:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "37" + String.format("%05d", 200 + rnd.nextInt(9_000));
            case 1:
                return "LA-" + (2_100 + rnd.nextInt(7_000));
            case 2:
                return String.valueOf(41_000 + rnd.nextInt(30_000));
            case 3:
                return "FAK-37-" + String.format("%04d", 30 + rnd.nextInt(900));
            case 4:
                return "2037/" + (100 + rnd.nextInt(800));
            default:
                return "N" + (61_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@aeroekommune.dk", "efaktura@aeroekommune.dk",
        "kreditor@aeroekommune.dk", "okonomi@aeroekommune.dk", "teknik@aeroekommune.dk", "skoler@aeroekommune.dk",
        "aeldre@aeroekommune.dk", "havne@aeroekommune.dk", "ejendom@aeroekommune.dk", "indkob@aeroekommune.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf49:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr49:" + domain).hashCode(), 8_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi49:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "aeroeskobing-fjernvarme.dk" -> "Gråstenvej 3, 5970 Ærøskøbing";
            case "marstal-entreprenor.dk" -> "Havnegade 40, 5960 Marstal";
            case "soby-skibselektro.dk" -> "Søby Havn 7, 5985 Søby Ærø";
            case "marstal-solvarmeteknik.dk" -> "Egehovedvej 12, 5960 Marstal";
            case "aero-vielsestolk.dk" -> "Vestergade 19, 5970 Ærøskøbing";
            case "bregninge-tomrer.dk" -> "Bregningevej 31, 5970 Ærøskøbing";
            case "tranderup-maler.dk" -> "Tranderupvej 14, 5970 Ærøskøbing";
            case "aero-rengoring.dk" -> "Vråby 5, 5960 Marstal";
            case "aero-ugeblad.dk" -> "Søndergade 2, 5970 Ærøskøbing";
            case "rise-vognmand.dk" -> "Risevej 50, 5970 Ærøskøbing";
            case "soby-elservice.dk" -> "Østerhavn 3, 5985 Søby Ærø";
            case "storerise-vvs.dk" -> "Store Rise 22, 5970 Ærøskøbing";
            case "aero-madservice.dk" -> "Industrivej 4, 5960 Marstal";
            case "marstal-byggecenter.dk" -> "Reberbanen 18, 5960 Marstal";
            case "aero-itdrift.dk" -> "Kirkestræde 9, 5960 Marstal";
            case "aero-busser.dk" -> "Vestre Allé 6, 5970 Ærøskøbing";
            case "aeroeskobing-kontor.dk" -> "Torvet 4, 5970 Ærøskøbing";
            case "voderup-smedie.dk" -> "Vodrupvej 8, 5970 Ærøskøbing";
            case "aero-naturpleje.dk" -> "Skjoldnæsvej 21, 5985 Søby Ærø";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a plain invoice with seller and buyer blocks and a subtotal/VAT/total box; a work
     * sheet with hours, driving and parts and the FI line (card 71); a period charge with customer number, subscription and
     * consumption and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no + " / " + KOMMUNE;
                l.add("Fra " + s.name() + " (CVR " + cvr(s.domain()) + ")" + (addr.isEmpty() ? "" : " · " + addr));
                l.add("Til " + KOMMUNE + " · " + RAADHUS + " · GLN/EAN " + EAN);
                l.add("Udstedt " + dashedDay(m, 0) + " · Jeres kontakt hos os: " + s.person());
                l.add("Ydelse · " + s.what());
                l.add("Beløb før moms " + a.net() + " · moms 25 % " + a.vat() + " · i alt kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 · sidste rettidige dag " + dashedDay(m, 30));
                if (account != null) {
                    l.add("Overførsel til " + account + " · husk fakturanr. som tekst");
                }
            }
            case 1 -> {
                head = "Timeseddel / faktura " + no;
                l.add(s.name() + " | " + addr + " | CVR " + cvr(s.domain()));
                l.add("Rekvirent " + KOMMUNE + " (EAN " + EAN + ") | Opgave: " + s.what());
                long hours = a.ore() * 52 / 100;
                long drive = a.ore() * 8 / 100;
                l.add("Arbejdsløn " + kr(hours) + " | Transport " + kr(drive) + " | Materialer " + kr(a.ore() - hours - drive));
                l.add("Netto " + a.net() + " | Moms " + a.vat() + " | Total at betale " + a.gross());
                l.addAll(more);
                l.add("Forfalder " + writtenDay(m, 20) + (account == null ? "" : " | bank " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning for perioden, nr. " + no;
                l.add(s.name() + " - CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : " - " + addr));
                l.add("Kunde " + KOMMUNE + ", kundenummer " + (40_000 + Math.floorMod(s.domain().hashCode(), 50_000)));
                l.add("Periode fra " + dottedDay(m, -30) + " til " + dottedDay(m, -1) + " - " + s.what());
                long sub = a.ore() * 35 / 100;
                l.add("Fast afgift " + kr(sub) + " - variable ydelser " + kr(a.ore() - sub));
                l.add("Sum ekskl. moms " + a.net() + " - moms " + a.vat() + " - opkrævet beløb " + a.gross());
                l.addAll(more);
                l.add("Betales inden " + dottedDay(m, 15) + (account == null ? "" : " - vores konto " + account));
                if (own) {
                    l.add("FI-betaling " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"faktura-" + no + ".pdf", "Faktura " + no + ".pdf", "Ærø Kommune - " + no + ".pdf", "F" + no + ".pdf",
            "regning" + no + ".pdf", "Regning_" + no + ".pdf", "bilag-" + no + ".pdf", "R" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Ærø", "Til kreditorbogholderiet på rådhuset", "Godmorgen", "Hej derovre",
        "Til Kreditor, Ærø Kommune", "Kære kommune", "Hej regnskab", "Til Økonomi og Løn"};

    private String phone() {
        return "62 5" + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig49:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMange hilsner fra øen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " · telefon " + phone();
            case 2:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : ", CVR-nr. " + cvr(s.domain()));
            case 3:
                return "\n\n/" + firstName(s) + (freeMail(s) ? "\n\nSkrevet på mobilen" : "\n" + s.name() + "\n" + s.domain());
            default:
                return "\n\nTak for samarbejdet\n" + s.person() + ", " + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_800_000 : 390_000);
        String[] subjects = {"Fakt. " + no, "Ny regning " + no + " fra " + s.name(), s.name() + ": faktura " + no,
            "Regning til " + KOMMUNE, "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, "Faktura " + no + " vedhæftet",
            "Regning vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed regningen for " + s.what() + " (nr. " + no + ").";
            case 1 -> "Regning " + no + " lyder på " + a.gross() + " kr. med moms og skal være betalt " + writtenDay(m, 30) + ".";
            case 2 -> "Samme regning er lagt ind via EAN " + EAN + ", så den skal kun betales én gang.";
            case 3 -> "Tak for en god opgave - regningen ligger i PDF-filen.";
            case 4 -> "Nr.: " + no + "\nBeløb: " + a.gross() + " kr.\nForfald: " + dashedDay(m, 30);
            case 5 -> "Arbejdet er afsluttet, og regningen er vedhæftet med jeres rekvisition.";
            case 6 -> "Her er regningen for sidste måneds leverancer. Ring, hvis noget ser forkert ud.";
            default -> "Regningen er vedhæftet.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 2) {
            mime.html("<html><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:10pt\"><p>"
                + full.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(full);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        return invoice(m, s, account, v, more, note, null);
    }

    private int layout(Supplier s, int v) {
        if (List.of(varme, rengoer, mad, solvarme, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, ladning, vielse, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Statene 2", "Ærøskøbing", "5970", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        chargeCase = "LS-ELLEN-" + (310 + rnd.nextInt(80));
        solarAgreement = "SV-MA-" + (2_200 + rnd.nextInt(600));
        weddingCase = "VT-" + (1_040 + rnd.nextInt(400));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == ladning ? List.of("Serviceaftale " + chargeCase + ": ladetårn og landstrøm, Søby Havn")
                : s == solvarme ? List.of("Serviceaftale " + solarAgreement + ": 9 solfangeranlæg, fjernovervågning")
                : s == vielse ? List.of("Vielsessag " + weddingCase + ": tolkning ved 6 vielser, januar") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 4, List.of("Rekvireret af strandfogeden"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the bathing jetty's steps, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekv.nr. AE-" + (11_300 + k * 173));
                case 1 -> List.of("Bestilt af " + to().replace("@aeroekommune.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Ærøskøbing Bibliotek, ombygning" : "Rammeaftale 2036-2039"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 4, ref, k % 5 == 2 ? "\n\nKopi af følgesedlerne er vedlagt." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "foelgesedler.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Kvitteret af Ejendomsdriften, Marstal", "Antal kolli: " + (3 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "");
            k++;
        }
        creditNotes();
        reminders();
        statement();
        ublFiles();
        platforms();
        smallFirms();
        foreignSuppliers();
        saas();
        bankChanges();
        forwarded();
        creditorList();
        newsletters();
        internal();
        banks();
        counterparts();
        misc();
    }

    private void creditNotes() {
        Object[][] c = {{byg, "Kreditnota vedr. faktura ", "Ti ruller tagpap var beskadiget ved levering og er returneret."},
            {kontor, "Kredit på faktura ", "Arkivæskerne i forkert størrelse er hentet igen, og de krediteres."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KR-" + (400 + rnd.nextInt(500));
            Amount a = amount(110_000).credit();
            headers(m, s.person(), addr(s), "kreditor@aeroekommune.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Vedhæftet kreditnota " + no + " på " + a.gross() + " kr., som I kan "
                    + "modregne i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Krediterer faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Vores system viser, at fakturaen herunder stadig er åben. Er den betalt, kan I se "
            + "bort fra denne påmindelse."},
            {entrep, "1. rykker", "Fakturaen forfaldt for ti dage siden. Vi har ikke lagt gebyr på."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@aeroekommune.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[i + 4] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + ", " + p.amount().gross() + " kr., bedes "
                    + "indbetalt på den konto, I plejer at bruge: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@aeroekommune.dk", "Kontoudtog pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres årsafstemning: faktura " + p.no() + " er modtaget betalt, og der står intet åbent." + signature(s));
        genuine(m, s.ip());
        m.description = "spodsbjerg-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(850_000);
            boolean peppol = v == 1;
            String ref = "AE-" + (52_000 + v * 419);
            headers(m, s.name(), addr(s), "efaktura@aeroekommune.dk", "Elektronisk faktura " + no + (peppol ? " - Peppol" : " - OIOUBL"))
                .text("Hej\n\nVi er midt i et skifte af økonomisystem, og indtil NemHandel-forbindelsen er på plads, sender vi "
                    + "XML-filen som bilag sammen med en PDF-kopi. Bankkontoen er den samme som altid. Kommer fakturaen også via "
                    + "NemHandel, skal den kun betales én gang.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol_" : "oioubl_") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "PDF-kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Rekvisition " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturahavn.dk", "ebbefaktura.com", "inkvo.dk", "belmora.io"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(360_000);
            m.mailFrom = "bounce-" + sha256("plat49:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "BM-" + (20_000 + rnd.nextInt(9_000));
                headers(m, "Belmora", "regning@belmora.io", "aeldre@aeroekommune.dk", "Regning " + no + " - afløsertimer januar")
                    .text("Til " + KOMMUNE + ", Sundhed og Omsorg\n\nVedhæftet er regningen for de afløsertimer i "
                        + "sygeplejen, som jeres teamleder godkendte i januar (96 timer). Afløserne aflønnes af os.\n\nBeløb "
                        + a.gross() + " kr., betales senest " + dottedDay(m, 21) + ".\n\nBelmora")
                    .attach("application/pdf", "Belmora-" + no + ".pdf", Attachments.pdf(docId(m, "ps"), "Regning " + no,
                        List.of("Belmora ApS", "Kunde: " + KOMMUNE + ", Sundhed og Omsorg", "Afløsertimer januar 2037: 96",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "57010004530071"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform belmora.io invoices approved relief-nurse hours under its own name";
                continue;
            }
            String no = "R" + (300_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + d[i], "faktura@" + d[i], i == 1 ? "havne@aeroekommune.dk" : "kultur@aeroekommune.dk",
                s.name() + " har sendt jer faktura " + no)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Verdana,sans-serif\"><p>Kære " + KOMMUNE + "</p><p>Du har modtaget en "
                    + "faktura fra " + s.name() + " på <b>" + a.gross() + " kr.</b>, som forfalder " + dottedDay(m, 14) + ".</p>"
                    + "<p>PDF-filen er vedhæftet. Har du spørgsmål, så svar på denne mail, så går svaret til " + s.person()
                    + ".</p><p style=\"color:#999;font-size:10px\">Afsendt via " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 3), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 3, List.of(), v == 2 ? "\n\nJeg er ikke momsregistreret, så der er ingen moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "RG-" + (37_200 + rnd.nextInt(700));
        Amount a = amount(850_000);
        headers(m, "Kieler Ladetechnik", addr(tysk), "kultur@aeroekommune.dk", "Rechnung Nr. " + no)
            .text("Guten Tag,\n\nin der Anlage erhalten Sie unsere Rechnung " + no + " für die Ersatzteile der Ladeanlage für die "
                + "Elfähre Ellen. Die Steuerschuld geht auf den Leistungsempfänger über.\n\nFreundliche Grüße\nRechnungswesen")
            .attach("application/pdf", "Rechnung-" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Kiel", "Kunde: " + KOMMUNE + ", Havnene", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "YH" + (4_100 + rnd.nextInt(700));
        headers(m, "Solfångarteknik Skåne", addr(svensk), "teknik@aeroekommune.dk", "Faktura " + no + " - mineralstenar")
            .text("Hej,\n\nHär kommer fakturan för ventiler och givare till solfångarna på era skolor, "
                + "beställda av er driftsleverandör. Betalning sker till vårt konto enligt fakturan.\n\nMed vänlig hälsning\nEkonomi, "
                + "Solfångarteknik Skåne AB")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "Betalning via IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(280_000);
        headers(m, "Havnerute Billing", "invoices@havnerute.io", "it@aeroekommune.dk", "Havnerute invoice - February")
            .text("Dear " + KOMMUNE + ",\n\nPlease find attached the invoice for your Havnerute subscription (school transport "
                + "planning, 9 routes on Ærø). A copy goes to your EAN " + EAN + ".\n\nAmount due DKK " + a.gross()
                + "\n\nHavnerute")
            .attach("application/pdf", "skolerute-invoice.pdf", Attachments.pdf(docId(m, "sr"), "Invoice",
                List.of("Havnerute ApS", "Customer: " + KOMMUNE, "Subscription February 2037, 11 routes", "DKK " + a.gross())));
        genuine(m, "127.149.30.1");
        m.description = "SaaS havnerute.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(280_000);
        headers(m, "Dagvagt", "kvittering@dagvagt.dk", "aeldre@aeroekommune.dk", "Dagvagt - kvittering for betaling")
            .text("Hej\n\nVi har modtaget betalingen for jeres Dagvagt-licens (vagtplaner til plejecentrene, 160 brugere). "
                + a.gross() + " kr. er trukket på betalingskortet med slutcifrene 2290.\n\nDagvagt");
        genuine(m, "127.149.31.1");
        m.description = "SaaS dagvagt.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("5935", "0006712045");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@aeroekommune.dk", "Ny bankforbindelse fra 1. februar")
            .text("Til kreditor\n\nBregninge Tømrer har samlet alt bankforhold i Sparekassen på øen. Fakturaer med dato 1. februar "
                + "2037 eller senere bedes betalt til " + nyT + ". Fakturaer fra før den dato betales som skrevet på dem.\n\nRing "
                + "gerne til mig på værkstedets nummer, som I allerede har, hvis I vil have det bekræftet." + signature(toemrer))
            .attach("application/pdf", "Bankskifte.pdf", Attachments.pdf(docId(m, "bs"), "Ændring af bankforbindelse",
                List.of(toemrer.name() + ", CVR-nr. " + cvr(toemrer.domain()), "Gyldig fra 01.02.2037", "Ny konto: " + nyT,
                    "Peter Bjerre, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nyt gulv i personalerummet, Bregninge Børnehus");
        invoice(m, moved, nyT, 13, List.of("Ny konto fra 01.02.2037, jf. brev"), "\n\nHusk, at vi har fået ny konto, som vi "
            + "skrev om for nylig.");
        genuine(m, toemrer.ip());
        m.description = "bregninge-tomrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "06840004559920");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Ærø Madservice, Bogholderi", addr(mad), "kreditor@aeroekommune.dk", "Ny betalingskonto fra februar")
            .text("Til " + KOMMUNE + ", kreditor og Sundhed og Omsorg\n\nÆrø Madservice har fået ny hovedbank efter "
                + "fusionen af de to lokale pengeinstitutter. Fakturaer dateret 1. februar og senere bedes betalt til " + nyM
                + ". Den gamle konto modtager betalinger til og med marts. Brevet er også sendt med underskrift til jeres "
                + "Digital Post.\n\nMed venlig hilsen\nÆrø Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from February, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 18, List.of("Ny betalingskonto fra 01.02.2037"), "\n\nBemærk den nye konto.");
        genuine(m, mad.ip());
        m.description = "aero-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 22, List.of(), "");
        m.mailFrom = "SRS0=r7Qe=KQ=aero-ugeblad.dk=annoncer@srs.aero-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.149.28.1";
        m.helo = "srs.aero-fiber.dk";
        m.description = "aero-ugeblad.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 29, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.marstal-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 26, List.of(), "");
        relayedBy(m, "relay.marstal-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"bogholderkredsen-fyn.dk", "Lene Thygesen", "leth@", "Regning for service på færgens ladeanlæg?",
            "Hej alle\n\nVi har fået en regning for 'nødudkald til ladetårn' fra et firma, vi aldrig har brugt. "
                + "Har andre færgekommuner fået noget lignende?\n\nLene"},
            {"indkobsringen-syd.dk", "Søren Dahl", "soda@", "Solvarme - falsk ekstraregning", "Hej\n\nEn skole hos os fik "
                + "en faktura for 'frostskade på solfangere' med ny konto. Den rigtige leverandør vidste intet.\n\nSøren"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornet-ohavet.dk", x[3])
                .header("List-Id", "Kreditornet Øhavet <liste.kreditornet-ohavet.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-ohavet.dk", "[Kreditornet] ", "\r\n--\r\nKreditornet Øhavet\r\n"
                + "Framelding: https://kreditornet-ohavet.dk/frameld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelraad-syd.dk", "Svindelråd Syd", "Færger, solvarme og vielser: nye fakturafælder",
            "Svindlere skriver nu regninger for ladeanlæg, solvarme og vielsestolkning med rigtige sagsnumre. Ring til "
                + "leverandøren på det nummer, I kender, før I betaler."},
            {"aero-revision.dk", "Ærø Revision", "Fem råd før årsafslutningen",
                "Afstem leverandørkartoteket, og lad to personer godkende enhver ændring af bankoplysninger."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "rtn-" + sha256("nl49:" + x[0]).substring(0, 14) + "@mailbaad.com";
            headers(m, x[1], "nyheder@" + x[0], "okonomi@aeroekommune.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld>")
                .html("<html><body><h1>" + x[2] + "</h1><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Hele "
                    + "artiklen</a></p><p style=\"font-size:9px\">Frameld nyhedsbrevet.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("mailbaad.com");
            m.ip = "127.149.26.1";
            m.helo = "out.mailbaad.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP mailbaad.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Havnene", "havne@", "kreditor@aeroekommune.dk", "Ladeanlægget til Ellen",
            "Hej\n\nLadeanlægget til Ellen i Søby passes kun af Søby Skibselektro under serviceaftalen. Nødudkald bestiller "
                + "færgekontoret selv, og fakturaen bærer altid aftalenummeret. Andre regninger om anlægget sender I til mig."
                + "\n\nHavnene"},
            {"Ejendomsdriften", "ejendom@", "kreditor@aeroekommune.dk", "Solfangerne på tagene", "Hej\n\nSolfangerne på "
                + "skolerne og plejecentrene serviceres af Marstal Solvarmeteknik. Ekstraarbejde godkendes af os på forhånd "
                + "og faktureres med aftalenummeret.\n\nEjendomsdriften"},
            {"Vielseskontoret", "vielser@", "ledere@aeroekommune.dk", "Tolke ved vielser", "Kære ledere\n\nTolke ved "
                + "vielser af udenlandske par bestiller vi selv, og kun hos vores faste tolk. Regninger for oversættelser "
                + "eller tolke, vi ikke har bestilt, sendes videre til os.\n\nVielseskontoret"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Marstal Sparekasse, Erhverv", "erhverv@marstal-sparekasse.dk", "okonomi@aeroekommune.dk",
            "Kvittering for betalingsfil")
            .text("Kære kunde\n\nVi har modtaget en betalingsfil med 187 betalinger, der bogføres i morgen. Detaljerne ser I i "
                + "netbanken som altid. Denne type besked indeholder aldrig links.\n\nMarstal Sparekasse");
        genuine(m, "127.149.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Øhavs Andelsbank", "kunde@ohavs-andelsbank.dk", "okonomi@aeroekommune.dk", "Ændrede gebyrer")
            .text("Til vores erhvervskunder\n\nFra 1. april ændres gebyret for udenlandske overførsler. Prislisten findes i "
                + "netbanken.\n\nØhavs Andelsbank");
        genuine(m, "127.149.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("ferry-shore-charging-invoice", true);
        invoice(m, ladning, ladning.account(), 6, List.of("Serviceaftale " + chargeCase + ", februareftersyn",
            "Kontrol af ladestik og kabelophæng, termografi af tavle"), "\n\nServicerapporten er sendt til færgekontoret.");
        genuine(m, ladning.ip());
        m.description = "the real firm invoices the February service of Ellen's charging station (RSA, no DMARC)";
        m = ok("solar-collector-service-invoice", true);
        invoice(m, solvarme, solvarme.account(), 9, List.of("Serviceaftale " + solarAgreement + ", 1. kvartal 2037",
            "Tryktest og kontrol af frostvæske, 9 anlæg"), "\n\nDriftsloggen ligger i jeres CTS-anlæg.");
        genuine(m, solvarme.ip());
        m.description = "the solar firm's quarterly service (DKIM only, p=quarantine, DMARC pass)";
        m = ok("wedding-interpreter-invoice", true);
        invoice(m, vielse, vielse.account(), 11, List.of("Vielsessag " + weddingCase + ", 4 vielser i februar"), "\n\nDe "
            + "underskrevne tolkeerklæringer ligger hos vielseskontoret.");
        genuine(m, vielse.ip());
        m.description = "the wedding interpreter invoices February's ceremonies under her case (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Marstal Solvarmeteknik", addr(solvarme), "ejendom@aeroekommune.dk", "Nye følere - ingen ekstra regning")
            .text("Kære Ejendomsdrift\n\nI marts skifter vi temperaturfølerne på solfangerne. Det er dækket af serviceaftale "
                + solarAgreement + ", og I får ingen særskilt regning. Ekstraarbejde laver vi kun efter jeres skriftlige "
                + "bestilling.\n\nMarstal Solvarmeteknik");
        genuine(m, solvarme.ip());
        m.description = "the solar firm announces a sensor change at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_800_000);
        headers(m, "Beredskab Fyn Syd I/S", "opkraevning@beredskab-fynsyd.dk", "efaktura@aeroekommune.dk", "Ejerbidrag 1. kvartal 2037")
            .text("Til ejerkommunerne\n\nVedhæftet opkrævning af kommunens bidrag til beredskabet for første kvartal. Den er "
                + "også sendt til jeres EAN.\n\nBeredskab Fyn Syd I/S")
            .attach("application/pdf", "Bidrag-1kv.pdf", Attachments.pdf(docId(m, "ber"), "Ejerbidrag 1. kvartal 2037",
                List.of("Beredskab Fyn Syd I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "06840004566718"))));
        genuine(m, "127.149.1.1");
        m.description = "intermunicipal fire-and-rescue company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Søfartsstyrelsen, Syn", "syn@sofartsstyrelsen-syn.dk", "havne@aeroekommune.dk",
            "Periodisk syn af færgelejet i Søby")
            .text("Til Ærø Kommune, Havnene\n\nVi udfører det periodiske syn af færgelejet og landgangen i Søby i april. "
                + "Datoen aftales med havnefogeden. Synet er uden betaling.\n\nSøfartsstyrelsen");
        genuine(m, "127.149.6.1");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@autograf.dk";
        headers(m, "Marstal Søfartsmuseum via Autograf", "noreply@autograf.dk", "kultur@aeroekommune.dk",
            "Dokument til underskrift: udlånsaftale")
            .header("Reply-To", "<udstilling@marstal-soefartsmuseum.dk>")
            .text("Marstal Søfartsmuseum har bedt jer underskrive 'Udlånsaftale - skonnertmodel til rådhuset'.\n\n"
                + "Dokumentet findes på jeres konto hos Autograf.\n\nAutograf");
        genuine(m, "127.149.32.1");
        m.description = "real e-signature request from autograf.dk on behalf of the maritime museum";
        m = ok("receipt", false);
        headers(m, "Marstal Isenkram", "bon@marstal-isenkram.dk", "havne@aeroekommune.dk", "Kvittering")
            .text("Tak for handlen\n\n4 fendere og 50 m fortøjning. Betalt med kommunens kort.\n\nMarstal Isenkram");
        genuine(m, "127.149.5.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Ærø Efterskole", "regnskab@aero-efterskole.dk", "okonomi@aeroekommune.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag betalt jeres faktura for leje af Ærøhallen, 11.800 kr.\n\nÆrø Efterskole");
        genuine(m, "127.149.3.1");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Søby Lystbådehavn", "havnekontor@soby-lystbaadehavn.dk", "havne@aeroekommune.dk",
            "Bekræftelse: vinteroplag")
            .text("Hej\n\nVi bekræfter vinteroplag af kommunens to arbejdsbåde til 1. maj. Fakturaen kommer via EAN.\n\n"
                + "Søby Lystbådehavn");
        genuine(m, "127.149.7.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "2173000010098765"), iban("DK", "89900006120445"), bank("5301", "0004418826"),
        iban("EE", "1422002210073388"), iban("PL", "271140200400003502114477"), iban("GB", "MONZ04000412349877"),
        iban("IE", "BOFI90001712229087"), iban("NL", "INGB0005311274"), iban("DE", "500105175417336602"),
        iban("HU", "107000240000000061230088"), iban("RO", "RNCB0082044119320001"), iban("BG", "UNCR70001523349911"),
        iban("CY", "002001950000357012880911"), bank("8401", "0001187733"), iban("MT", "VALL22013000000040012300771"),
        iban("SE", "30000000031278804412"), iban("LT", "7440400077001234"), iban("DK", "40480004119902")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nVarmeværket har fået ny "
            + "driftsbank, fordi solvarmeudvidelsen finansieres gennem et andet institut. Kvartalets acontobeløb bedes derfor "
            + "overført til kontonummeret på den vedhæftede opkrævning. Den gamle konto lukker ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From aeroeskobing-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 6, List.of(), "", "Dear customer\n\nAfter the merger with our new owners our accounts "
            + "department now works from London. The January advertising invoice is attached; please remit to the UK "
            + "account stated on it, since the Danish account has been frozen during the takeover.");
        forged(m, forgedHost++);
        m.description = "forged From aero-ugeblad.dk (p=reject), English text, GB account";

        // lookalike-domain
        Object[][] l = {{"aeroeskobing-fjernvarme.com", varme, "Opkrævningen for perioden er klar. Vi gør opmærksom på, at "
            + "der fra i dag kun kan indbetales til kontoen, der står på denne opkrævning."},
            {"marstal-entreprenoer.dk", entrep, "Så er belægningen ved Marstal Skole færdig, og drænet er spulet. Vores "
                + "revisor har flyttet firmaets konti, så I bedes bruge det nye nummer på regningen."},
            {"marstal-bygcenter.dk", byg, "Samlet faktura for materialer hentet af Ejendomsdriften i sidste måned. Bemærk: "
                + "betalinger til vores tidligere konto bliver sendt retur fra i morgen."},
            {"soby-el-service.dk", el, "Armaturerne på havnepladsen i Søby er monteret og testet. Vi er gået over til en "
                + "erhvervskonto i en anden bank - se betalingsoplysningerne i bilaget."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 2, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 5, List.of("Kontooplysninger gældende fra " + dottedDay(m, -2)), "",
            "Vedlagt månedens samlefaktura. Efter en intern revision er vores indbetalingskonto skiftet, og det nye nummer "
                + "fremgår af fakturaen.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as marstal-byggecenter.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektør", "direktion@" + d, "okonomi@aeroekommune.dk", "Fortrolig betaling - havneprojekt")
            .text("Hej\n\nVi har i dag fået tilbudt at overtage et værftsareal i Marstal, før det går til en udenlandsk køber. "
                + "Advokaten kræver et depositum på 420.000 kr. overført til " + mule(14) + " senest kl. 12. Jeg orienterer "
                + "økonomiudvalget bagefter, så hold det for dig selv indtil da. Svar kun på denne mail.\n\nKommunaldirektøren");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret shipyard deposit";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Fakturahavn", "info@fakturahavn-marstal.dk", "natur@aeroekommune.dk",
            "Betalingspåmindelse - handling kræves")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>En regning fra <b>" + natur.name() + "</b> står som ubetalt. "
                + "Undgå gebyr ved at betale med kort i dag.</p><p><a href=\"https://fakturahavn-marstal.dk/b/"
                + sha256("fh49").substring(0, 18) + "\">Betal regningen</a></p><p>Fakturahavn</p></body></html>");
        ownedBy(m, "fakturahavn-marstal.dk");
        m.description = "look-alike of the platform fakturahavn.dk: card-payment link in the nature firm's name";
        m = bad("lookalike-platform");
        headers(m, "Ebbefaktura", "afsender@ebbefaktura-soby.com", "havne@aeroekommune.dk", "Ny faktura fra " + smed.name())
            .text("Goddag\n\n" + smed.name() + " har overdraget sine udestående fakturaer til Ebbefaktura. Beløbet betales derfor til "
                + "vores samlekonto " + mule(15) + ". Indbetalinger direkte til smedien kan ikke krediteres.\n\nEbbefaktura "
                + "kundeservice")
            .attach("application/pdf", "ebbe-" + (5_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("ebbefaktura-soby.com", mule(15)), "Faktura", "KV-" + (6_300 + rnd.nextInt(700)), amount(280_000),
                mule(15), 0, List.of("Opkræves af Ebbefaktura")));
        ownedBy(m, "ebbefaktura-soby.com");
        m.description = "look-alike of ebbefaktura.com: the smithy's invoice 'taken over', SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 7, List.of("Factoring: betal til ny modtager"), "", "Vi er gået over til factoring, så "
            + "vores fakturaer betales fremover til factoringselskabets konto " + mule(16) + ". Jeg sidder i møder hele dagen, "
            + "så send eventuelle spørgsmål på mail.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of aero-rengoring.dk (DKIM, DMARC pass): factoring account";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@aeroekommune.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nEn lille ændring: pga. en kontrol hos vores bank skal de " + p.amount().gross() + " kr. "
                + "denne ene gang overføres til " + mule(17) + ". Derefter er alt som før.\n\nMvh\nDebitorbogholderiet\n"
                + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of aero-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "bregninge-tommer.dk"}, {mad, "aero-madservice.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@aeroekommune.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nJeg følger lige op på faktura " + p.no() + " på " + p.amount().gross() + " kr. Vi opdagede "
                    + "desværre, at vores gamle kontonummer stod på den. Det rigtige er " + mule(i + 3) + ". Vil I give "
                    + "besked, når betalingen er lagt ind?\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: "
                    + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "okonomi@aeroekommune.dk", "Tilskud til sejlerstævnet - haster")
            .text("Hej\n\nJeg lovede i går arrangørerne af sommerens sejlerstævne i Marstal et tilskud på 95.000 kr., og de "
                + "skal bruge pengene til depositum på teltet allerede i dag. Overfør til " + mule(7) + ". Jeg er på vej over "
                + "med Ellen og kan ikke ringe.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged aeroekommune.dk (p=reject) from outside: the mayor's urgent regatta grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "okonomichef@" + OWN, "kreditor@aeroekommune.dk", "Ret bankoplysninger Store Rise VVS")
            .text("Hej\n\nStore Rise VVS ringede til mig i morges: deres konto er ændret til " + mule(8) + ". Ret det i "
                + "kreditorsystemet inden betalingskørslen i eftermiddag, jeg har allerede godkendt det.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged aeroekommune.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "direktoer.aeroe@gmail.com", "okonomi@aeroekommune.dk", "Er du ved skrivebordet?")
            .text("Hej\n\nJeg sidder i møde i Odense resten af dagen og kan ikke tale i telefon. Jeg har brug for din hjælp til "
                + "en fortrolig overførsel, som ikke kan vente til i morgen. Giv mig besked her, når du er klar.\n\nSendt fra "
                + "min iPhone");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.aeroe@outlook.com", "indkob@aeroekommune.dk", "Overraskelse til havnefogederne")
            .text("Hej\n\nHavnefogederne i Søby, Ærøskøbing og Marstal har knoklet hele sæsonen. Køb venligst 10 gavekort à "
                + "2.000 kr. online og send mig koderne, så jeg kan give dem i aften. Du får udlægget retur på mandag.\n\n"
                + "Borgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards for the harbour masters";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Clausen", "mette.clausen.marstal@gmail.com", "lon@aeroekommune.dk", "Ny konto til min løn")
            .text("Hej Løn\n\nJeg arbejder som pædagog i Marstal Børnehus. Min bank har lukket min konto efter et "
                + "bedrageriforsøg, så fra næste lønudbetaling skal pengene ind på " + mule(0) + ". Jeg kan ikke logge på "
                + "portalen, før jeg får ny MitID-app, så vil I ikke ændre det for mig?\n\nTak\nMette");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a kindergarten teacher";
        m = bad("payroll-account-change");
        headers(m, "Kristian Bech", "kristian.bech.soby@hotmail.com", "lon@aeroekommune.dk", "Lønkonto")
            .text("Hi, I work on the Søby ferry shift and moved my salary account to an Irish online bank. Please pay my "
                + "February salary to " + mule(6) + ". Thanks, Kristian");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail in English, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Ærø Inkassobureau", "sag@aero-inkasso.dk", "kreditor@aeroekommune.dk", "Inkassovarsel - sag "
                + (7_100 + i * 37))
                .text("Til " + KOMMUNE + "\n\nPå vegne af " + inkasso[i].name() + " kræver vi betaling af faktura " + p.no()
                    + " (" + p.amount().gross() + " kr.) samt et gebyr på 100 kr. og et salær på 700 kr. Indbetal det fulde "
                    + "beløb til " + mule(i + 9) + " inden fem hverdage. Uden betaling overgår sagen til fogedretten uden "
                    + "yderligere varsel.\n\nMed venlig hilsen\nÆrø Inkassobureau");
            ownedBy(m, "aero-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID", "support@mitid-aeroe.com", "it@aeroekommune.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Kære administrator</p><p>Jeres erhvervsidentitet mangler en årlig genbekræftelse. Uden den "
                + "spærres medarbejdernes signaturer fra fredag.</p><p><a href=\"https://mitid-aeroe.com/org\">Genbekræft "
                + "nu</a></p></body></html>");
        ownedBy(m, "mitid-aeroe.com");
        m.description = "fake MitID Erhverv re-confirmation with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-marstal.com", "okonomi@aeroekommune.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt en afgørelse om efterregulering af "
                + "momsrefusion til jeres digitale postkasse. Afgørelsen skal åbnes inden 48 timer, ellers opkræves beløbet "
                + "med renter.</p><p><a href=\"https://digitalpost-marstal.com/laes\">Åbn meddelelsen</a></p></body></html>");
        ownedBy(m, "digitalpost-marstal.com");
        m.description = "fake Digital Post notice from 'Skattestyrelsen' with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-aeroeskobing.net", "efaktura@aeroekommune.dk",
            "Jeres EAN-lokationsnummer deaktiveres")
            .text("Kære modtager\n\nVed en registerkontrol mangler vi opdaterede oplysninger for EAN " + EAN + ". Opdater dem "
                + "via https://nemhandel-aeroeskobing.net/ean inden fredag, ellers afvises indgående e-fakturaer.\n\n"
                + "NemHandel Support");
        ownedBy(m, "nemhandel-aeroeskobing.net");
        m.description = "fake NemHandel EAN deactivation with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afregning@nemhandel-aeroeskobing.net", "kreditor@aeroekommune.dk",
            "Afviste e-fakturaer - betaling via clearing")
            .text("Fem e-fakturaer til jer kunne ikke leveres. For at leverandørerne ikke sender rykkere, kan I betale det "
                + "samlede beløb, 87.412,50 kr., til vores clearingkonto " + mule(4) + ", hvorefter vi fordeler pengene.");
        ownedBy(m, "nemhandel-aeroeskobing.net");
        m.description = "fake NemHandel 'undelivered invoices' asking for a pooled payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Marstal Havneparkering", "afgift@marstal-havneparkering.dk", "teknik@aeroekommune.dk",
            "Parkeringsafgift - Marstal Havn")
            .html("<html><body><p>En kommunal varevogn holdt på en afmærket bådtrailerplads uden gyldig billet. Betal 750 kr. "
                + "med koden herunder inden ugens udgang for at undgå tillæg.</p><p><img src=\"cid:kode\" alt=\"QR\"></p>"
                + "</body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "marstal-havneparkering.dk");
        m.description = "QR code for a harbour parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "info@tranderup-betaling.net", "okonomi@aeroekommune.dk", "Bekræft jeres aftaler")
            .html("<html><body><p>Vi har ikke kunnet bekræfte jeres faste aftaler. Scan QR-koden med telefonen for at undgå, "
                + "at de bliver afmeldt.</p><img src=\"cid:kode\"></body></html>")
            .attach("image/png", "bekraeft.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "tranderup-betaling.net");
        m.description = "QR code for 'confirming' direct-debit agreements";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(850_000);
        headers(m, rengoer.person(), "admin@aero-rengoering.dk", "kreditor@aeroekommune.dk", "Faktura " + no)
            .text("Hej\n\nFakturaen ligger i den komprimerede fil, så den ikke bliver stoppet af filteret. Vi har fået ny "
                + "konto.\n\nAdministrationen")
            .attach("application/zip", "Dok-" + no + ".zip", Attachments.zip("Faktura-" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("aero-rengoering.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES.txt", "Ny kontoinformation i fakturaen."));
        ownedBy(m, "aero-rengoering.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of aero-rengoring.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(850_000);
        headers(m, vvs.person(), "post@storerise-vvs.net", "kreditor@aeroekommune.dk", "Fakturaer samlet")
            .text("Hej\n\nAlle månedens regninger er pakket i én fil. Husk den nye konto.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "regninger.7z", Attachments.sevenZip("Faktura-" + no + ".pdf",
                pdfInvoice(m, vvs.posing("storerise-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "storerise-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of storerise-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "salg@aeroeskobing-kontor.net", "indkob@aeroekommune.dk", "Ordrebekræftelse og faktura")
            .text("Hejsa indkøb\n\nDe 40 kasser kopipapir og blækpatronerne til Ærøskøbing Skole står klar til afhentning ved "
                + "færgen. Prisbilaget er lavet i vores gamle skabelon, så Word spørger om makroer - svar ja, ellers står "
                + "felterne tomme.\n\nSalgskontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura.docm", Attachments.word(
                "Prisbilag kopipapir og blæk. Felterne udfyldes af skabelonens makro.", true));
        ownedBy(m, "aeroeskobing-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of aeroeskobing-kontor.dk";
        m = bad("office-macro");
        headers(m, "Debitor", "debitor@aero-it-drift.net", "it@aeroekommune.dk", "Licensopgørelse skoler")
            .text("Hej\n\nLicensopgørelsen for skolernes Chromebooks er i regnearket. Makroer skal være slået til, for at "
                + "summerne beregnes. Betal til den nye konto.\n\nDebitor")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_2037.xlsm", Attachments.excel(List.of(
                "Licensopgørelse 2037", "Chromebook-licens 380 stk", "Betaling til " + mule(13)), true));
        ownedBy(m, "aero-it-drift.net");
        m.description = "macro-enabled .xlsm from a look-alike of aero-itdrift.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "bo@tranderup-malerfirma.dk", "ejendom@aeroekommune.dk", "Regning maling Rise")
            .text("Hej\n\nHer er regningen som billede, jeg er ude på en opgave. Kontoen er skiftet, det står på billedet.\n\nBo")
            .attach("image/jpeg", "IMG_4907.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "tranderup-malerfirma.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of tranderup-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "torben@rise-vognmand.net", "teknik@aeroekommune.dk", "Regning kørsel Vesterstrand")
            .text("Hej\n\nRegningen for tangkørslen er scannet og vedhæftet. Bemærk ny bankkonto.\n\nTorben")
            .attach("application/pdf", "Scan_2037_02.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "rise-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of rise-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@soby-ordrecenter.com", "indkob@aeroekommune.dk", "Ordre 55120 er afsendt")
            .text("Tak for ordren: 6 bærbare computere til 9.980 kr. stykket. Pakken afsendes i dag, og beløbet trækkes ved "
                + "levering. Har I ikke bestilt, så ring straks til 69 91 22 40 for at annullere.\n\nOrdrecenter");
        ownedBy(m, "soby-ordrecenter.com");
        m.description = "callback scam: fake laptop order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "konto@soby-ordrecenter.com", "it@aeroekommune.dk", "Antivirus-licens forlænget")
            .text("Hej\n\nJeres antivirus-licens til 180 computere er automatisk forlænget i tre år for 41.700 kr. Beløbet "
                + "faktureres om to dage. Vil I opsige, skal det ske pr. telefon på 69 91 22 41 inden i morgen kl. 15.\n\n"
                + "Licensafdelingen");
        ownedBy(m, "soby-ordrecenter.com");
        m.description = "callback scam: auto-renewed antivirus licence";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_400_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kh@marstal-entreprenor.net", "efaktura@aeroekommune.dk", "E-faktura " + no)
            .text("Hej\n\nVi har fået nyt regnskabsprogram, og NemHandel er ikke sat op endnu. XML-fakturaen er derfor "
                + "vedhæftet. Kontoen i filen er den nye.\n\n" + entrep.name())
            .attach("application/xml", "faktura-" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "AE-" + (61_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "marstal-entreprenor.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_400_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "debitor@aero-it-drift.net", "efaktura@aeroekommune.dk", "Faktura " + no + " OIOUBL")
            .text("OIOUBL-fil vedlagt. Vi har skiftet bank, så betalingsoplysningerne i filen er opdateret.")
            .attach("application/xml", "ubl-" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "AE-" + (61_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "aero-it-drift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of aero-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Autograf", "signer@autograf-aeroeskobing.dk", "kultur@aeroekommune.dk",
            "Marstal Søfartsmuseum har sendt et dokument")
            .html("<html><body><p>Et dokument, 'Udlånsaftale - skibsmodeller', venter på jeres underskrift og udløber i dag."
                + "</p><p><a href=\"https://autograf-aeroeskobing.dk/d/" + sha256("ag49").substring(0, 16) + "\">Åbn "
                + "dokumentet</a></p></body></html>");
        ownedBy(m, "autograf-aeroeskobing.dk");
        m.description = "fake e-signature request imitating autograf.dk and the maritime museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "share@skjoldnaes-esign.net", "ejendom@aeroekommune.dk", "Forpagtningsaftale til signatur")
            .html("<html><body><p>Forpagtningsaftalen for arealet ved Skjoldnæs Fyr er klar. Log ind med jeres Microsoft-"
                + "konto for at læse og signere.</p><p><a href=\"https://skjoldnaes-esign.net/login\">Læs og signér</a>"
                + "</p></body></html>");
        ownedBy(m, "skjoldnaes-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "trafik@aero-busser.net", "kreditor@aeroekommune.dk", "Betaling af " + p.no())
            .text("Kære kreditor\n\nSkolebussernes regning " + p.no() + " (" + p.amount().gross() + " kr.) må gerne deles i to "
                + "overførsler, mens vores to banker lægger konti sammen: fire tiendedele som sædvanligt og seks tiendedele "
                + "til " + mule(9) + ". Skriv endelig, hvis det giver problemer i jeres system.\n\nTrafikkontoret");
        ownedBy(m, "aero-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "post@storerise-vvs-aps.dk", "kreditor@aeroekommune.dk", "Faktura " + p.no() + " - delbetaling")
            .text("Hej\n\nVores bank har lagt loft over indbetalinger i denne måned. Send 25.000 kr. af faktura " + p.no()
                + " til den kendte konto og resten til " + mule(10) + ".\n\nVærkstedet");
        ownedBy(m, "storerise-vvs-aps.dk");
        m.description = "split payment on Store Rise VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-ferry-shore-charging-invoice
        M m = bad("fake-ferry-shore-charging-invoice");
        invoice(m, ladning.posing("soby-skibselektro.com", ladning.account()), mule(0), 10,
            List.of("Serviceaftale " + chargeCase + ", nødudkald"), "", "Ladetårnet til Ellen i Søby faldt ud i weekenden, og "
                + "vores vagt skiftede en kontaktor, så færgen kunne sejle mandag morgen. Nødudkaldet ligger uden for "
                + "serviceaftalen og er vedhæftet. Vi har samtidig flyttet vores driftskonto; brug nummeret på fakturaen.");
        ownedBy(m, "soby-skibselektro.com");
        m.description = "look-alike of the real charging-station firm cites its real agreement number, new account (LT IBAN)";
        m = bad("fake-ferry-shore-charging-invoice");
        headers(m, "Ellen Ladeservice", "faktura@ellen-ladeservice.dk", "havne@aeroekommune.dk", "Faktura: batteritest elfærge")
            .text("Til Havnene\n\nHalvårstjekket af batteripakken og ladestikket om bord på Ellen er gennemført i nat, mens "
                + "færgen lå ved kaj i Søby. Vi sender målerapporten, så snart 27.300,00 kr. er modtaget på " + mule(5)
                + ". Færgens certifikat kræver rapporten før påske.\n\nEllen Ladeservice");
        ownedBy(m, "ellen-ladeservice.dk");
        m.description = "unknown firm bills a battery test of the electric ferry nobody ordered (GB IBAN)";
        m = bad("fake-ferry-shore-charging-invoice");
        headers(m, "Søby Færgeteknik", "kontakt@soby-faergeteknik.dk", "teknik@aeroekommune.dk",
            "Reservation af ladekabel til sommersæsonen")
            .text("Hej\n\nDer er lang leveringstid på nye ladekabler til færgelejet. Vi har reserveret et reservekabel til jer, "
                + "men skal have en forudbetaling på 18.000 kr. til " + mule(4) + " inden fredag for at holde det.\n\n"
                + "Søby Færgeteknik");
        ownedBy(m, "soby-faergeteknik.dk");
        m.description = "'reserved spare charging cable' with a prepayment (PL IBAN)";

        // fake-solar-collector-service-invoice
        m = bad("fake-solar-collector-service-invoice");
        invoice(m, solvarme.posing("marstal-solvarmeteknik.net", solvarme.account()), mule(9), 14,
            List.of("Serviceaftale " + solarAgreement + " - ekstraarbejde"), "", "Under frosten sprang to rør i solfangeranlægget "
                + "på Marstal Skoles tag, og vi tømte og genopfyldte kredsen med ny frostvæske. Arbejdet er ekstra i forhold "
                + "til aftalen og skal betales nu. Bemærk vores nye bankforbindelse på fakturaen.");
        ownedBy(m, "marstal-solvarmeteknik.net");
        m.description = "look-alike of the solar firm cites the real agreement, 'frost damage', new account (HU IBAN)";
        m = bad("fake-solar-collector-service-invoice");
        headers(m, "Marstal Solfanger", "regnskab@marstal-solfanger.dk", "ejendom@aeroekommune.dk",
            "Faktura rengøring af solfangere")
            .text("Hej Ejendomsdriften\n\nSom aftalt pr. telefon i november har vi afvasket 340 m² solfangere på "
                + "plejecentrenes tage. Fakturaen på 31.125,00 kr. inkl. moms betales til " + mule(10) + " senest om fem "
                + "dage.\n\nMarstal Solfanger")
            .attach("application/pdf", "solfanger-faktura.pdf", Attachments.pdf(docId(m, "sf49"), "Faktura afvask",
                List.of("Marstal Solfanger", "Afvask 340 m2 solfangere", "I alt inkl. moms 31.125,00",
                    "Konto " + mule(10))));
        ownedBy(m, "marstal-solfanger.dk");
        m.description = "unknown firm bills cleaning of solar collectors 'agreed by phone' (RO account)";
        m = bad("fake-solar-collector-service-invoice");
        headers(m, "Rise Solenergi", "tilbud@rise-solenergi.dk", "teknik@aeroekommune.dk", "Lovpligtigt trykeftersyn")
            .text("Goddag\n\nSolvarmeanlæg over 20 m² skal have et årligt trykeftersyn. Vi kan komme i uge 12, hvis 12.400 kr. "
                + "er indbetalt på " + mule(11) + " forinden.\n\nRise Solenergi");
        ownedBy(m, "rise-solenergi.dk");
        m.description = "'mandatory pressure check' of the solar heating, paid in advance (BG IBAN)";

        // fake-wedding-interpreter-invoice
        m = bad("fake-wedding-interpreter-invoice");
        invoice(m, vielse.posing("aero-vielsestolk.com", vielse.account()), mule(13), 15,
            List.of("Vielsessag " + weddingCase + " - weekendtillæg"), "", "Ved de tre lørdagsvielser på rådhuset under sag "
                + weddingCase + " tolkede jeg også ved fotograferingen bagefter, hvilket faktureres særskilt. Pengene skal "
                + "gå til min nye konto, da den gamle er lukket.");
        ownedBy(m, "aero-vielsestolk.com");
        m.description = "look-alike of the wedding interpreter cites the real case, extra hours, new DK account";
        m = bad("fake-wedding-interpreter-invoice");
        headers(m, "Wedding Translations Ærøskøbing", "billing@aeroeskobing-bryllupstolk.dk", "vielser@aeroekommune.dk",
            "Invoice - translation of marriage documents")
            .text("Dear wedding office\n\nWe translated and certified the birth certificates for 14 couples married in "
                + "Ærøskøbing in January. Invoice total DKK 24.500 is payable to " + mule(14) + " within seven days.\n\n"
                + "Kind regards\nWedding Translations");
        ownedBy(m, "aeroeskobing-bryllupstolk.dk");
        m.description = "unknown translation firm bills certified translations for weddings (MT IBAN)";
        m = bad("fake-wedding-interpreter-invoice");
        headers(m, "Vodrup Translation", "booking@vodrup-translation.dk", "borgerservice@aeroekommune.dk",
            "Booking af tolke til bryllupssæsonen")
            .text("Hej\n\nVi har reserveret to tolke til alle lørdagsvielser fra maj til september. Reservationen bekræftes "
                + "ved betaling af 15.000 kr. til " + mule(1) + ".\n\nVodrup Translation");
        ownedBy(m, "vodrup-translation.dk");
        m.description = "'booked interpreters for the wedding season' with a deposit (DK mule)";
    }


    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus49().generate(), List.of(
            "# Ærø Kommune, Økonomi: invoice checks (forty-ninth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=aeroeskobing-fjernvarme.dk marstal-entreprenor.dk soby-skibselektro.dk "
                + "marstal-solvarmeteknik.dk aero-vielsestolk.dk bregninge-tomrer.dk tranderup-maler.dk aero-rengoring.dk "
                + "aero-ugeblad.dk rise-vognmand.dk soby-elservice.dk storerise-vvs.dk aero-madservice.dk "
                + "marstal-byggecenter.dk aero-itdrift.dk aero-busser.dk aeroeskobing-kontor.dk",
            "invoice.domains.platforms=fakturahavn.dk ebbefaktura.com inkvo.dk belmora.io",
            "invoice.names.protected=Ærø Kommune"));
    }
}
