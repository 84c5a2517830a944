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
 * The seventy-fourth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Gladsaxe Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and environment,
 * climate and wastewater, schools, elderly care, culture and leisure, sports and property mailboxes; town hall Rådhus Allé 7,
 * 2860 Søborg) north-west of Copenhagen: Søborg, Bagsværd with its lake and the national rowing course Bagsværd Rostadion,
 * Buddinge, Mørkhøj, Gladsaxe, Høje Gladsaxe, Aldershvile, Stengården, Vadgård, the bogs Kagsmosen, Gyngemosen and
 * Smørmosen with their stormwater basins, and the light rail along Ring 3; sixteen listed suppliers from those places in
 * every DNS posture real Danish firms have (one sending through a web hoster named in its SPF), four invoicing platforms
 * ({@code kassekvist.com}, {@code momsmejse.dk}, {@code regnfalk.io}, {@code betalsvale.dk}), a firm servicing the lane
 * buoys and start pontoons of the rowing course on Bagsværd Sø, a sewer firm emptying the stormwater basins in the bogs,
 * sole traders on free mail, foreign suppliers, SaaS ({@code ruteuglen.io}, {@code salsnor.dk}), an ESP ({@code
 * postpram.com}), an e-signature service ({@code tegnfjer.dk}), banks, a creditor list, forwarders (with and without SRS)
 * and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and two kinds new here: lane buoys, anchor
 * wires or start pontoons of the rowing course on Bagsværd Sø billed by someone who never rowed out to them
 * (fake-rowing-lane-buoy-invoice), and sludge suction, pipe inspection or sediment analysis of the stormwater basins in
 * Kagsmosen, Gyngemosen and Smørmosen billed to a new account (fake-stormwater-basin-cleaning-invoice). The invoice engine,
 * its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus74GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus74 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout74");
    public static final String OWN = "gladsaxe.dk";
    static final String FRAUD_NET = "127.174.";
    private static final String OWN_IP = "127.74.0.1";
    private static final String EAN = "5798007746231";
    private static final String KOMMUNE = "Gladsaxe Kommune";
    private static final String RAADHUS = "Rådhus Allé 7, 2860 Søborg";
    private static final String HOSTER_IP = "127.74.9.1";
    private static final String GMAIL = "127.76.1.1";
    private static final String MSFT = "127.76.2.1";
    private static final String APPLE = "127.76.5.1";

    private final Random rnd = new Random(74_2860_0074L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The buoy firm's service agreement for the rowing course (the frauds cite it). */
    private String buoyAgreement;
    /** The sewer firm's basin contract for the stormwater basins (the frauds cite it). */
    private String basinContract;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Søborg Varmeforsyning a.m.b.a.", "soborg-varme.dk", "Kundecenter",
        "kundecenter", "127.74.1.1", iban("DK", "30000007401218"), "fjernvarme til Gladsaxe Rådhus, Søborg Bibliotek og Plejehjemmet Egegården");
    private final Supplier entrep = new Supplier("Mørkhøj Anlæg ApS", "morkhoj-anlaeg.dk", "Kasper Holm", "kh",
        "127.74.1.2", bank("2211", "0740223345"), "nye fortove og regnbede på Mørkhøj Parkallé");
    private final Supplier boje = new Supplier("Bagsværd Bøjeteknik ApS", "bagsvaerd-bojeteknik.dk", "Rikke Vang",
        "rikke", "127.74.1.3", bank("2211", "0740238871"), "service på banebøjer, ankerwirer og startpontoner, Bagsværd Rostadion");
    private final Supplier afloeb = new Supplier("Kagsmose Afløbsservice A/S", "kagsmose-afloeb.dk", "Afløbsservice, Økonomi",
        "okonomi", "127.74.1.4", iban("DK", "53200007449012"), "tømning og tilsyn af regnvandsbassinerne i Kagsmosen og Gyngemosen");
    private final Supplier toemrer = new Supplier("Buddinge Tømrer & Snedker ApS", "buddinge-toemrer.dk", "Morten Krogh", "mk",
        "127.74.1.5", bank("2211", "0740251130"), "nye skabe og bordplader i personalekøkkenet, Buddinge Skole");
    private final Supplier maler = new Supplier("Stengårdens Malerservice v/ Tom Juhl", "stengaarden-maler.dk", "Tom Juhl", "tom",
        "127.74.1.6", bank("9570", "0012834561"), "maling af gange og trappeopgange, Plejehjemmet Egegården");
    private final Supplier rengoer = new Supplier("Gladsaxe Erhvervsrengøring ApS", "gladsaxe-rengoering.dk", "Kontoret",
        "kontor", "127.74.1.7", iban("DK", "53200007462245"), "daglig rengøring af Rådhuset, Jobcentret og Gladsaxe Bibliotek");
    private final Supplier avis = new Supplier("Søborg Lokalavis", "soborg-lokalavis.dk", "Annonceafdelingen", "annonce",
        "127.74.1.8", iban("DK", "30000007477306"), "annoncer: lokalplanhøring for Buddinge Centret og stillingsopslag i dagplejen");
    private final Supplier vognmand = new Supplier("Bagsværd Vognmandsforretning ApS", "bagsvaerd-vognmand.dk", "Peter Skov",
        "peter", "127.74.1.9", bank("9570", "0012847702"), "bortkørsel af jord og levering af sand til legepladserne");
    private final Supplier el = new Supplier("Buddinge El-Service ApS", "buddinge-el.dk", "Jannik Berg", "jb", HOSTER_IP,
        bank("2211", "0740264418"), "LED-armaturer i idrætshallen og nye stikkontakter, Stengård Skole");
    private final Supplier vvs = new Supplier("Aldershvile VVS ApS", "aldershvile-vvs.dk", "Værkstedet", "vaerksted",
        "127.74.1.11", bank("9570", "0012859924"), "udskiftning af radiatorventiler og nye blandingsbatterier, Aldershvile Skole");
    private final Supplier mad = new Supplier("Vadgård Køkken A/S", "vadgaard-koekken.dk", "Vadgård Køkken, Regnskab",
        "regnskab", "127.74.1.12", iban("DK", "30000007488419"), "mad til hjemmeboende pensionister og dagcentrene");
    private final Supplier byg = new Supplier("Søborg Trælast A/S", "soborg-traelast.dk", "Erhvervssalg", "erhverv",
        "127.74.1.13", iban("DK", "53200007495530"), "trælast og byggematerialer til Ejendomsservice efter indkøbsaftale");
    private final Supplier it = new Supplier("Mørkhøj IT-Drift ApS", "morkhoj-it.dk", "Fakturering", "fakturering",
        "127.74.1.14", bank("2211", "0740279903"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Bagsværd Turistbusser ApS", "bagsvaerd-busser.dk", "Disponenten", "dispo",
        "127.74.1.15", bank("9570", "0012863317"), "specialkørsel til Søborg Skole og bus til svømning i Gladsaxe Svømmehal");
    private final Supplier kontor = new Supplier("Buddinge Kontorforsyning ApS", "buddinge-kontor.dk", "Ordrekontoret", "ordre",
        "127.74.1.16", iban("DK", "30000007504482"), "kopipapir, kuverter og whiteboardtusser til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Gyngemose Smedie v/ Carsten Lau", "gyngemose-smedie.dk", "Carsten Lau", "carsten",
        "127.74.2.1", bank("2211", "0740281156"), "nyt rækværk ved udløbsbygværket i Gyngemosen");
    private final Supplier natur = new Supplier("Hareskov Naturpleje v/ Sofie Lind", "hareskov-naturpleje.dk", "Sofie Lind",
        "sofie", "127.74.2.2", bank("9570", "0012870045"), "høslæt og fjernelse af pileskud i Kagsmosen");
    private final Supplier coach = new Supplier("Rotræner Emil Bach", "gmail.com", "Emil Bach", "emil.bach.rotraener", GMAIL,
        bank("2211", "0740290037"), "introduktion til roning for 7. årgang på Bagsværd Sø, 3 hold");
    private final Supplier tolk = new Supplier("Tolkeservice v/ Leyla Demir", "outlook.com", "Leyla Demir", "leyla.demir.tolk",
        MSFT, bank("9570", "0012881264"), "tolkning tyrkisk-dansk i Jobcentret, 5 samtaler");
    private final Supplier musik = new Supplier("Pianist Ida Winther", "icloud.com", "Ida Winther", "ida.winther.klaver", APPLE,
        bank("2211", "0740302219"), "eftermiddagskoncerter på dagcentrene i Bagsværd og Mørkhøj");
    private final Supplier tysk = new Supplier("Hamburger Regattatechnik GmbH", "hamburger-regattatechnik.de", "Buchhaltung",
        "buchhaltung", "127.74.7.1", iban("DE", "200505501238844701"), "Ersatzbojen und Ankerleinen für die Regattastrecke Bagsværd");
    private final Supplier svensk = new Supplier("Malmö Dagvattenteknik AB", "malmo-dagvatten.se", "Ekonomi", "ekonomi",
        "127.74.7.2", iban("SE", "80000081050012774439"), "flödesmätare och givare till regnvattenbassängerna");

    private final List<Supplier> listed = List.of(varme, entrep, boje, afloeb, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Gladsaxe place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"soborg-varme.com", "morkhoj-anlag.dk", "soborg-traelast.net",
        "buddinge-elservice.dk", "gladsaxe-rengoring.dk", "aldershvile-vvs.net", idn("soborg-tr\u0430elast.dk"),
        idn("gladsaxe-k\u043emmune.dk"), "kassekvist-soborg.com", "momsmejse-buddinge.dk", "buddinge-tomrer.dk",
        "vadgaard-kokken.dk", "bagsvaerd-busser.net", "bagsvaerd-vognmand.net", "gladsaxe-inkasso.dk", "mitid-gladsaxe.com",
        "digitalpost-soborg.com", "domaene-gladsaxe.com", "morkhoj-parkering.dk", "buddinge-betaling.net",
        "stengaarden-malerservice.dk", "buddinge-kontor.net", "morkhoj-itdrift.net", "morkhoj-anlaeg.net",
        "tegnfjer-bagsvaerd.dk", "soborg-esign.net", "bagsvaerd-bojeteknik.com", "bagsvaerd-regatta.dk",
        "rostadion-bagsvaerd.net", "kagsmose-afloeb.net", "gyngemose-slamsugning.dk", "smormose-klimasikring.dk",
        "aldershvile-vvs-aps.dk", "webhotel-soborg.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(boje.domain(), List.of(boje.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(afloeb.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.74.98.9"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.74.1.23"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ring3-letbanen.dk", List.of("127.74.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("miljotilsyn-nordvest.dk", List.of("127.74.3.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bagsvaerd-roklub.dk", List.of("127.74.3.3"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("gladsaxe-gymnasium.dk", List.of("127.74.3.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gladsaxe-revision.dk", List.of("127.74.3.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("buddinge-isenkram.dk", List.of("127.74.3.6"), "-all", null, "none");
        domain("bagsvaerd-kajakudlejning.dk", List.of("127.74.3.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("kassekvist.com", List.of("127.74.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("momsmejse.dk", List.of("127.74.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("regnfalk.io", List.of("127.74.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("betalsvale.dk", List.of("127.74.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("soborg-sparekasse.dk", List.of("127.74.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bagsvaerd-andelskasse.dk", List.of("127.74.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-nordvest.dk", List.of("127.74.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vestegnens-indkob.dk", List.of("127.74.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hovedstadens-kreditorer.dk", List.of("127.74.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postpram.com", List.of("127.74.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("fakturavagten-kbh.dk", List.of("127.74.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.soborg-fiber.dk", List.of("127.74.28.1"), "-all", null, null);
        domain("relay.bagsvaerd-net.dk", List.of("127.74.29.1"), "-all", null, null);
        domain("ruteuglen.io", List.of("127.74.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("salsnor.dk", List.of("127.74.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("tegnfjer.dk", List.of("127.74.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", null, "none"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 3 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no74:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%06d", 1_000 + rnd.nextInt(90_000));
            case 1:
                return "GX" + (4_400 + rnd.nextInt(5_000));
            case 2:
                return String.valueOf(17_000 + rnd.nextInt(40_000));
            case 3:
                return "FA2036-" + String.format("%05d", 100 + rnd.nextInt(9_000));
            case 4:
                return "36/" + (1_000 + rnd.nextInt(8_000));
            default:
                return "S-" + (720_000 + rnd.nextInt(60_000));
        }
    }

    private static final String[] TO = {"kreditor@gladsaxe.dk", "efaktura@gladsaxe.dk", "kreditor@gladsaxe.dk",
        "okonomi@gladsaxe.dk", "byogmiljo@gladsaxe.dk", "skoler@gladsaxe.dk", "aeldre@gladsaxe.dk", "idraet@gladsaxe.dk",
        "ejendom@gladsaxe.dk", "indkob@gladsaxe.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf74:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr74:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi74:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "soborg-varme.dk" -> "Maglegårds Allé 60, 2860 Søborg";
            case "morkhoj-anlaeg.dk" -> "Mørkhøj Bygade 28, 2860 Søborg";
            case "bagsvaerd-bojeteknik.dk" -> "Skovalléen 5, 2880 Bagsværd";
            case "kagsmose-afloeb.dk" -> "Gladsaxevej 341, 2860 Søborg";
            case "buddinge-toemrer.dk" -> "Buddingevej 212, 2860 Søborg";
            case "stengaarden-maler.dk" -> "Stengårds Allé 19, 2800 Kgs. Lyngby";
            case "gladsaxe-rengoering.dk" -> "Gladsaxe Møllevej 31, 2860 Søborg";
            case "soborg-lokalavis.dk" -> "Søborg Hovedgade 118, 2860 Søborg";
            case "bagsvaerd-vognmand.dk" -> "Vadstrupvej 44, 2880 Bagsværd";
            case "buddinge-el.dk" -> "Buddinge Hovedgade 70, 2860 Søborg";
            case "aldershvile-vvs.dk" -> "Aldershvilevej 12, 2880 Bagsværd";
            case "vadgaard-koekken.dk" -> "Vandtårnsvej 83, 2860 Søborg";
            case "soborg-traelast.dk" -> "Gladsaxe Ringvej 15, 2860 Søborg";
            case "morkhoj-it.dk" -> "Produktionsvej 4, 2600 Glostrup";
            case "bagsvaerd-busser.dk" -> "Bagsværd Hovedgade 141, 2880 Bagsværd";
            case "buddinge-kontor.dk" -> "Buddinge Torv 3, 2860 Søborg";
            case "gyngemose-smedie.dk" -> "Gyngemose Parkvej 50, 2860 Søborg";
            case "hareskov-naturpleje.dk" -> "Hareskovvej 9, 2880 Bagsværd";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a compact bill with a "leverandør/kunde" header and a line table; a service
     * report with visit date, technician, labour and materials and the FI line (card 71); a monthly account with an
     * account number, fixed fee and variable charges and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no + " - " + s.name();
                l.add("Leverandør: " + s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " | " + RAADHUS + " | GLN/EAN " + EAN);
                l.add("Udstedt " + dottedDay(m, 0) + " | Deres kontakt hos os: " + s.person());
                l.add("Linje 1: " + s.what());
                l.add("Beløb uden moms " + a.net() + " | Merværdiafgift 25 % " + a.vat() + " | I alt at betale kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelse: løbende måned + 30 dage, sidste rettidige betaling " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Beløbet overføres til " + account + " med fakturanummer som tekst");
                }
            }
            case 1 -> {
                head = "Servicerapport med faktura " + no;
                l.add(s.name() + " / " + addr + " / CVR " + cvr(s.domain()));
                l.add("Rekvirent: " + KOMMUNE + " (EAN " + EAN + ") - opgave: " + s.what());
                l.add("Besøgsdato " + writtenDay(m, -4) + ", udført af " + s.person());
                long labour = a.ore() * 57 / 100;
                long car = a.ore() * 6 / 100;
                l.add("Arbejdsløn " + kr(labour) + " / Servicebil " + kr(car) + " / Materialer og forbrug " + kr(a.ore() - labour - car));
                l.add("Sum før moms " + a.net() + " / moms " + a.vat() + " / total kr. " + a.gross());
                l.addAll(more);
                l.add("Forfaldsdato " + writtenDay(m, 21) + (account == null ? "" : " / betales til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Månedsafregning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Aftalenummer " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - " + KOMMUNE);
                l.add("Perioden " + dottedDay(m, -31) + " til " + dottedDay(m, -1) + ": " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast månedsbeløb " + kr(fixed) + " - Variable ydelser " + kr(a.ore() - fixed));
                l.add("Netto " + a.net() + " - Moms " + a.vat() + " - Samlet opkrævning kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist " + dottedDay(m, 14) + (account == null ? "" : " - Modtagerkonto " + account));
                if (own) {
                    l.add("Kortart " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Gladsaxe-" + no + ".pdf", "FAK" + no + ".pdf",
            "Invoice-" + no + ".pdf", "regning-" + no + ".pdf", "dok_" + no + ".pdf", "Faktura-nr-" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Gladsaxe", "Kære kreditorbogholderi", "Hej igen", "Godmorgen",
        "Til Gladsaxe Kommune", "Hej fakturamodtager", "Kære kommune", "Att.: Økonomi"};

    private String phone() {
        return "39 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig74:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nMange hilsner\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\nSendt fra mobilen" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nMed venlig hilsen og god dag\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 420_000);
        String[] subjects = {"Faktura " + no + " fra " + s.name(), "Ny faktura: " + no, "Fakturanr. " + no + " / " + KOMMUNE,
            s.name() + ": faktura vedhæftet", "EAN " + EAN + " - faktura " + no, "Regning " + no, "Faktura vedr. " + s.what(),
            "Deres faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Vedhæftet finder I fakturaen for " + s.what() + ".";
            case 1 -> "Her er faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms, og den forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er også lagt ind til jeres EAN " + EAN + ", så der er tale om en kopi til orientering.";
            case 3 -> "Tak for samarbejdet denne gang. Fakturaen ligger i PDF-filen.";
            case 4 -> "Fakturanummer " + no + "\nBeløb i alt: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 30);
            case 5 -> "Arbejdet er afsluttet, og vi sender hermed fakturaen. Jeres indkøbsnummer er påført.";
            case 6 -> "Fakturaen for sidste måneds leverancer kommer her. Giv lyd, hvis noget ikke stemmer.";
            default -> "Se venligst den vedhæftede PDF.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
            mime.html("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><div>"
                + full.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
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
        if (List.of(varme, rengoer, mad, afloeb, it, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, boje, vognmand, vvs, el, toemrer, bus).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Rådhus Allé 7", "Søborg", "2860", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        buoyAgreement = "BR-" + (4_100 + rnd.nextInt(500));
        basinContract = "RB-" + (880 + rnd.nextInt(100)) + "-36";
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == boje ? List.of("Serviceaftale " + buoyAgreement + ": 2.000 m bane, 6 baner, 14 ankerpunkter")
                : s == afloeb ? List.of("Kontrakt " + basinContract + ": 5 regnvandsbassiner, 2 tømninger årligt")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Klima og Spildevand"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) bills a railing at the Gyngemosen outlet, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre GK-" + (30_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@gladsaxe.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Søborg Bibliotek, ny indretning" : "Indkøbsaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nLeveringsnoterne ligger i den anden fil." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "leveringsnoter.pdf", Attachments.pdf(docId(m, "ln"), "Leveringsnoter",
                    List.of(s.what(), "Modtaget og kvitteret af Ejendomsservice, Søborg", "Paller: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader krydsfiner kom med knækkede hjørner og er taget retur."},
            {kontor, "Kreditnota til faktura ", "Kuverterne med forkert rudeplacering er afhentet, og beløbet for dem krediteres."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (7_100 + rnd.nextInt(800));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@gladsaxe.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " I får her kreditnota " + no + " på " + a.gross() + " kr., som I blot "
                    + "trækker fra i den næste betaling til os." + signature(s))
                .attach("application/pdf", "KN_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se en indbetaling på fakturaen nedenfor. Har I allerede "
            + "betalt, er alt i orden, og I kan slette denne mail."},
            {entrep, "Rykker 1", "Betalingsfristen er overskredet med en uge. Der er ikke beregnet rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@gladsaxe.dk", x[1] + " - " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Betal som sædvanlig til " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Gælder faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@gladsaxe.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres afstemning ved årsskiftet: vi har modtaget betaling for faktura " + p.no() + ", og saldoen "
                + "er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "bagsvaerd-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(780_000);
            boolean peppol = v == 1;
            String ref = "GK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@gladsaxe.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej efaktura\n\nVores bogholder er ved at flytte os til et nyt regnskabsprogram, og i overgangen når "
                    + "fakturaerne ikke ud over NemHandel. Derfor får I XML-filen direkte her, med en læsbar PDF ved siden af. "
                    + "Kontoen er uændret. Dukker den samme faktura op via NemHandel, er det en dublet.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "bis3_" : "oio_") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordrereference " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"kassekvist.com", "momsmejse.dk", "regnfalk.io", "betalsvale.dk"};
        Supplier[] who = {natur, smed, coach, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "b-" + sha256("plat74:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "BS" + (60_000 + rnd.nextInt(9_000));
                headers(m, "Betalsvale", "faktura@betalsvale.dk", "aeldre@gladsaxe.dk", "Faktura " + no + " - vikartimer i hjemmeplejen")
                    .text("Til " + KOMMUNE + ", Social og Sundhed\n\nHer er fakturaen for vikartimerne i hjemmeplejen i "
                        + "november, som jeres distriktsleder har attesteret i vores portal (112 timer). Vi står for lønnen "
                        + "til vikarerne.\n\nSamlet " + a.gross() + " kr., forfald " + dottedDay(m, 20) + ".\n\nBetalsvale")
                    .attach("application/pdf", "Betalsvale-" + no + ".pdf", Attachments.pdf(docId(m, "bs"), "Faktura " + no,
                        List.of("Betalsvale ApS", "Kunde: " + KOMMUNE + ", Social og Sundhed", "Vikartimer november 2036: 112",
                            "Netto " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross(), "Konto " + iban("DK", "53200007511190"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform betalsvale.dk invoices attested temp hours in home care under its own name";
                continue;
            }
            String no = "K" + (510_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "klima@gladsaxe.dk" : "idraet@gladsaxe.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betaling senest " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen er vedhæftet som PDF. Svarer du på denne besked, lander dit svar direkte hos "
                    + s.person() + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i + 1, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, coach, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, så fakturaen er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HRT-" + (36_500 + rnd.nextInt(800));
        Amount a = amount(780_000);
        headers(m, "Hamburger Regattatechnik", addr(tysk), "idraet@gladsaxe.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei senden wir Ihnen die Rechnung " + no + " über Ersatzbojen und "
                + "Ankerleinen für die Regattastrecke in Bagsværd. Es gilt das Reverse-Charge-Verfahren.\n\nMit freundlichen "
                + "Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg", "Kunde: " + KOMMUNE + ", Bagsværd Rostadion", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "MD" + (8_200 + rnd.nextInt(700));
        headers(m, "Malmö Dagvattenteknik", addr(svensk), "klima@gladsaxe.dk", "Faktura " + no + " - flödesmätare")
            .text("Hej,\n\nBifogat finns fakturan för de flödesmätare och nivågivare som monterades i era regnvattenbassänger "
                + "i november. Betala gärna till kontot som anges på fakturan.\n\nVänliga hälsningar\nEkonomi, Malmö "
                + "Dagvattenteknik AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Betalas till IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Ruteuglen Billing", "billing@ruteuglen.io", "it@gladsaxe.dk", "Your Ruteuglen invoice for December")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Ruteuglen (special-needs school transport "
                + "planning, 23 routes). It has also been delivered to your EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Ruteuglen team")
            .attach("application/pdf", "ruteuglen-december.pdf", Attachments.pdf(docId(m, "ru"), "Invoice",
                List.of("Ruteuglen ApS", "Bill to: " + KOMMUNE, "December 2036 subscription, 23 routes", "DKK " + a.gross())));
        genuine(m, "127.74.30.1");
        m.description = "SaaS ruteuglen.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Salsnor", "kvittering@salsnor.dk", "kultur@gladsaxe.dk", "Salsnor: betaling modtaget")
            .text("Hej Kultur og Fritid\n\nTak for betalingen af jeres årsabonnement på Salsnor (booking af haller og "
                + "mødelokaler, 48 lokaler). Vi har trukket " + a.gross() + " kr. på kortet, der ender på 7731.\n\nSalsnor");
        genuine(m, "127.74.31.1");
        m.description = "SaaS salsnor.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0012904471");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@gladsaxe.dk", "Vi skifter bank pr. 1. december")
            .text("Hej kreditor\n\nBuddinge Tømrer & Snedker flytter til en ny bank. Fakturaer dateret 1. december 2036 og "
                + "derefter skal betales til " + nyT + ". Ældre fakturaer betaler I til den konto, der står på dem.\n\nI er "
                + "velkomne til at ringe til mig på det faste nummer fra jeres leverandørkartotek og få det bekræftet."
                + signature(toemrer))
            .attach("application/pdf", "Ny_bank.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Fra 01.12.2036", "Konto: " + nyT,
                    "Morten Krogh, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye reoler og garderobeskabe, Bagsværd Skole");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036, jf. vores brev"), "\n\nBemærk den nye konto, som vi "
            + "skrev om tidligere.");
        genuine(m, toemrer.ip());
        m.description = "buddinge-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "30000007522601");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Vadgård Køkken, Regnskab", addr(mad), "kreditor@gladsaxe.dk", "Ændret betalingskonto fra december")
            .text("Til " + KOMMUNE + ", kreditor og Social og Sundhed\n\nVadgård Køkken er blevet en del af en større "
                + "køkkenkoncern og overgår derfor til koncernens bank. Fakturaer med dato fra 1. december 2036 betales til "
                + nyM + ". Vores gamle konto holdes åben året ud. I modtager samme besked med underskrift i jeres Digital "
                + "Post.\n\nVenlig hilsen\nVadgård Køkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal kitchen (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny betalingskonto fra 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "vadgaard-koekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=Hq7c=TB=soborg-lokalavis.dk=annonce@srs.soborg-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.74.28.1";
        m.helo = "srs.soborg-fiber.dk";
        m.description = "soborg-lokalavis.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.bagsvaerd-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.bagsvaerd-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"vestegnens-indkob.dk", "Hanne Bisgaard", "hb@", "Regning for bøjer på en rostadion?",
            "Hej listen\n\nEn kollega i en kommune med kapsejladsbane har fået en regning for 'udskiftning af banebøjer' fra et "
                + "firma med næsten samme navn som deres faste. Er der flere, der har set den?\n\nHanne"},
            {"hovedstadens-kreditorer.dk", "Thomas Riis", "tr@", "Slamsugning af regnvandsbassin - svindel",
                "Hej alle\n\nVi fik en faktura for akut slamsugning efter et skybrud, med ny konto. Vores kloakfirma havde "
                    + "ikke været der.\n\nThomas"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditornet-nordvest.dk", x[3])
                .header("List-Id", "Kreditornet Nordvest <debat.kreditornet-nordvest.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-nordvest.dk", "[Kreditornet] ", "\r\n-- \r\nKreditornet Nordvest, faglig liste for "
                + "kommunale bogholdere\r\nAfmeld: https://kreditornet-nordvest.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"fakturavagten-kbh.dk", "Fakturavagten", "Rostadioner og regnvandsbassiner: nye svindeltyper",
            "Svindlere fakturerer nu bøjeservice på robaner og tømning af regnvandsbassiner og bruger de rigtige aftalenumre. "
                + "Ring altid op på et nummer, I selv har, før en ny konto tages i brug."},
            {"gladsaxe-revision.dk", "Gladsaxe Revision", "Tjekliste til årsafslutningen",
                "Gennemgå kreditorstamdata, og kræv at to medarbejdere godkender hver eneste ændring af en betalingskonto."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl74:" + x[0]).substring(0, 12) + "@postpram.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@gladsaxe.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere "
                    + "på hjemmesiden</a></p><p style=\"font-size:8px\">Du modtager denne mail som abonnent. Afmeld her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postpram.com");
            m.ip = "127.74.26.1";
            m.helo = "mta.postpram.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postpram.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kultur og Fritid, Rostadion", "rostadion@", "kreditor@gladsaxe.dk", "Bøjerne på Bagsværd Sø",
            "Hej kreditor\n\nBanebøjerne, ankerwirerne og startpontonerne på Bagsværd Sø passes udelukkende af Bagsværd "
                + "Bøjeteknik efter serviceaftalen, og alt ekstraarbejde bestiller vi selv skriftligt. Kommer der andre regninger "
                + "på bøjer eller pontoner, så send dem til mig.\n\nDriftslederen, Bagsværd Rostadion"},
            {"Klima og Spildevand", "klima@", "kreditor@gladsaxe.dk", "Regnvandsbassinerne i moserne",
                "Hej\n\nBassinerne i Kagsmosen, Gyngemosen og Smørmosen tømmes af Kagsmose Afløbsservice to gange om året efter "
                    + "kontrakten. Akut slamsugning efter skybrud bestilles altid af vagten her, og fakturaen bærer "
                    + "kontraktnummeret.\n\nKlima og Spildevand"},
            {"Økonomi, Kreditor", "kreditor@", "ledere@gladsaxe.dk", "Nye bankoplysninger fra leverandører",
                "Kære ledere\n\nHvis en leverandør beder jer om at bruge en ny konto, så send beskeden videre til kreditor og "
                    + "betal ikke selv. Vi ringer op til leverandøren på det nummer, vi har i kartoteket.\n\nKreditor"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Søborg Sparekasse, Erhverv", "erhverv@soborg-sparekasse.dk", "okonomi@gladsaxe.dk", "Betalingsfil modtaget")
            .text("Til " + KOMMUNE + "\n\nDen betalingsfil, I sendte i formiddags, med 243 overførsler er modtaget og "
                + "gennemføres på bogføringsdagen. Alle detaljer ligger i jeres erhvervsnetbank. Vi sender aldrig links i "
                + "denne slags beskeder.\n\nSøborg Sparekasse");
        genuine(m, "127.74.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Bagsværd Andelskasse", "info@bagsvaerd-andelskasse.dk", "okonomi@gladsaxe.dk", "Nye priser på kontanthåndtering")
            .text("Kære erhvervskunde\n\nPriserne for optælling af kontanter fra kasser og automater ændres fra 1. februar. "
                + "Den nye prisliste kan ses, når I logger på netbanken.\n\nBagsværd Andelskasse");
        genuine(m, "127.74.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("rowing-lane-buoy-invoice", true);
        invoice(m, boje, boje.account(), 7, List.of("Serviceaftale " + buoyAgreement + ", efterårsoptagning",
            "Optagning af 126 banebøjer, kontrol af 14 ankerwirer, vinteropbevaring"), "\n\nBøjerne ligger i bådhallen til foråret.");
        genuine(m, boje.ip());
        m.description = "the real buoy firm invoices the autumn lift-out on Bagsværd Sø (RSA, no DMARC)";
        m = ok("stormwater-basin-cleaning-invoice", true);
        invoice(m, afloeb, afloeb.account(), 10, List.of("Kontrakt " + basinContract + ", efterårstømning",
            "Slamsugning 3 bassiner, spuling af indløb, TV-inspektion 2 ledninger"), "\n\nRapport med fotos er sendt til Klima og Spildevand.");
        genuine(m, afloeb.ip());
        m.description = "the sewer firm's autumn emptying of the stormwater basins (DKIM only, p=quarantine, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Kagsmose Afløbsservice", addr(afloeb), "klima@gladsaxe.dk", "Niveaumålere i bassinerne - ingen ekstra pris")
            .text("Hej Klima og Spildevand\n\nI januar skifter vi niveaumålerne i bassinerne i Kagsmosen og Gyngemosen. "
                + "Udskiftningen er en del af kontrakt " + basinContract + " og faktureres ikke særskilt. Vi sender aldrig "
                + "regninger for akutte tømninger, som I ikke selv har bestilt.\n\nKagsmose Afløbsservice");
        genuine(m, afloeb.ip());
        m.description = "the sewer firm announces a level-sensor change at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Ring 3 Letbanen I/S", "regnskab@ring3-letbanen.dk", "efaktura@gladsaxe.dk", "Ejerbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt er opkrævningen af ejerbidraget for fjerde kvartal. Den er samtidig sendt til "
                + "jeres EAN-nummer.\n\nRing 3 Letbanen I/S, Regnskab")
            .attach("application/pdf", "Ejerbidrag-Q4.pdf", Attachments.pdf(docId(m, "lb"), "Ejerbidrag 4. kvartal 2036",
                List.of("Ring 3 Letbanen I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "30000007530017"))));
        genuine(m, "127.74.3.1");
        m.description = "light-rail company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Miljøtilsynet Nordvest", "post@miljotilsyn-nordvest.dk", "klima@gladsaxe.dk",
            "Varsel om tilsyn med udledning fra regnvandsbassiner")
            .text("Til Gladsaxe Kommune, Klima og Spildevand\n\nVi gennemfører i første kvartal et planlagt tilsyn med "
                + "udledningstilladelserne for bassinerne i Kagsmosen og Smørmosen. Tidspunktet aftales senere. Tilsynet er "
                + "gebyrfrit.\n\nMiljøtilsynet Nordvest");
        genuine(m, "127.74.3.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "system@tegnfjer.dk";
        headers(m, "Bagsværd Roklub via Tegnfjer", "system@tegnfjer.dk", "idraet@gladsaxe.dk",
            "Til underskrift: brugsaftale for bådhallen")
            .header("Reply-To", "<formand@bagsvaerd-roklub.dk>")
            .text("Bagsværd Roklub har sendt jer 'Brugsaftale 2037 - bådhal og ergometerrum' til underskrift.\n\nAftalen ligger "
                + "i jeres Tegnfjer-konto.\n\nTegnfjer");
        genuine(m, "127.74.32.1");
        m.description = "real e-signature request from tegnfjer.dk on behalf of the rowing club";
        m = ok("receipt", false);
        headers(m, "Buddinge Isenkram", "kvittering@buddinge-isenkram.dk", "ejendom@gladsaxe.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n4 snerydningsskovle, 2 sække vejsalt. Betalt med kommunens indkøbskort.\n\nBuddinge Isenkram");
        genuine(m, "127.74.3.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Gladsaxe Gymnasium", "administration@gladsaxe-gymnasium.dk", "okonomi@gladsaxe.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag overført 18.400 kr. for leje af Gladsaxe Sportscenter til vores idrætsdag.\n\nGladsaxe Gymnasium");
        genuine(m, "127.74.3.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Bagsværd Kajakudlejning", "booking@bagsvaerd-kajakudlejning.dk", "skoler@gladsaxe.dk",
            "Ordrebekræftelse: kajakdage i maj")
            .text("Hej\n\nVi bekræfter tre kajakdage for udskolingen på Bagsværd Sø i maj. Fakturaen kommer bagefter til jeres "
                + "EAN.\n\nBagsværd Kajakudlejning");
        genuine(m, "127.74.3.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250000011223344"), iban("DK", "89040007121356"), bank("5380", "0002217764"),
        iban("EE", "3322001100448877"), iban("PL", "191090101400000712198812"), iban("GB", "REVO00997012345678"),
        iban("IE", "AIBK93115212345699"), iban("NL", "RABO0318273645"), iban("DE", "100100101234509876"),
        iban("HU", "117730160000000012345678"), iban("RO", "BTRL0130120191234501"), iban("BG", "FINV91501004319875"),
        iban("CY", "005001200000001234567801"), bank("8117", "0004410923"), iban("MT", "MALT01100000000012345670123"),
        iban("SE", "95000000058392017644"), iban("LT", "6870440040012345"), iban("DK", "20000008120337")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nVarmeforsyningen har lagt "
            + "opkrævningen over til et fælles afregningscenter for flere værker i hovedstadsområdet. Derfor har vi fået ny "
            + "bankkonto, og alle indbetalinger fra nu af skal gå til den konto, der er trykt på opkrævningen i bilaget. "
            + "Betalinger til den gamle konto bliver sendt retur.");
        forged(m, forgedHost++);
        m.description = "forged From soborg-varme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Til vores annoncører\n\nNovembers annoncer er faktureret. Avisen er "
            + "overtaget af en britisk udgiverkoncern, og alle indbetalinger skal fremover til koncernens konto i London, som "
            + "står på fakturaen. Den danske konto lukker med udgangen af måneden.");
        forged(m, forgedHost++);
        m.description = "forged From soborg-lokalavis.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"soborg-varme.com", varme, "Efter en opdatering af vores kundesystem er nogle kunders "
            + "betalingsoplysninger blevet forkerte. Betal derfor kun til kontoen på denne opkrævning og slet den gemte."},
            {"morkhoj-anlag.dk", entrep, "Fortovene på Mørkhøj Parkallé er færdige. Firmaet har fået ny ejer, og han har "
                + "flyttet os til sin egen bank, så I skal bruge kontoen nederst på fakturaen."},
            {"soborg-traelast.net", byg, "Her er fakturaen for månedens trælast. Pas på: fra i dag har vi en ny "
                + "bankkonto, og den gamle kan ikke modtage indbetalinger mere."},
            {"buddinge-elservice.dk", el, "De 42 LED-armaturer i den store hal på Stengård Skole er hængt op, og "
                + "lysstyringen er indkodet, så håndboldholdene kan bruge dæmpet lys om aftenen. Samtidig har vi ryddet op i "
                + "firmaets økonomi: revisoren har lagt driften over i et andet pengeinstitut, hvorfor beløbet nu skal overføres "
                + "til det kontonummer, der er trykt i PDF-filen. Elektrikerne kigger forbi igen i januar og tjekker nødlyset."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Bankoplysninger opdateret " + dottedDay(m, -2)), "",
            "Decemberleverancerne af reglar, krydsfiner og gipsplader til Ejendomsservice på Gladsaxe Møllevej er samlet "
                + "på én opgørelse, som ligger vedhæftet. Lageret i Søborg har under flytningen til Gladsaxe Ringvej fået "
                + "nyt regnskabssystem og nye bankoplysninger; de opdaterede står på bilaget og gælder allerede for denne "
                + "regning. Skriv til erhvervssalget, hvis nogle af følgesedlerne mangler i jeres system.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a in the trade word) posing as soborg-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@gladsaxe.dk", "Fortroligt: deponering skal ske i dag")
            .text("Goddag\n\nBorgmesteren har i aftes indgået en mundtlig aftale om at købe en erhvervsgrund ved Gladsaxe "
                + "Trafikplads, inden et udenlandsk selskab byder. Sælgers advokat kræver et depositum på 410.000 kr. på "
                + mule(14) + " før kl. 12 i dag, ellers bortfalder aftalen. Skødet følger efter tinglysning. Omtal ikke "
                + "handlen, før Økonomiudvalget er orienteret.\n\nBorgmesterens sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o in kommune) posing as our municipality: secret land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Kassekvist", "paamindelse@kassekvist-soborg.com", "klima@gladsaxe.dk",
            "Rykkergebyr pålægges i nat")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig som ubetalt. "
                + "Klokken 24 lægges et gebyr på 350 kr. oveni. Betal nu med kort, så undgår du gebyret:</p><p><a href=\""
                + "https://kassekvist-soborg.com/betal/" + sha256("kk74").substring(0, 18) + "\">Betal med kort</a></p>"
                + "<p>Kassekvist</p></body></html>");
        ownedBy(m, "kassekvist-soborg.com");
        m.description = "look-alike of the platform kassekvist.com: 'fee at midnight' card link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Momsmejse", "no-reply@momsmejse-buddinge.dk", "klima@gladsaxe.dk", "Faktura fra " + smed.name())
            .text("Hej\n\n" + smed.name() + " har overdraget sine tilgodehavender til Momsmejse, som nu opkræver på smediens "
                + "vegne. Beløbet skal derfor sættes ind på vores samlekonto " + mule(15) + " og ikke hos smeden.\n\n"
                + "Venlig hilsen\nMomsmejse Inkassoservice")
            .attach("application/pdf", "momsmejse-" + (5_100 + rnd.nextInt(700)) + ".pdf", pdfInvoice(m,
                smed.posing("momsmejse-buddinge.dk", mule(15)), "Faktura", "MM-" + (9_100 + rnd.nextInt(700)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Momsmejse")));
        ownedBy(m, "momsmejse-buddinge.dk");
        m.description = "look-alike of momsmejse.dk: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betales til factoringselskab"), "", "Rengøringen på Rådhuset, "
            + "i Jobcentret og på Gladsaxe Bibliotek er som altid afregnet for hele måneden. En nyhed fra vores side: "
            + "firmaet har indgået en aftale med et finansieringshus, der fra november køber alle vores tilgodehavender hos "
            + "offentlige kunder. Derfor skal beløbet ind på finansieringshusets klientkonto " + mule(16) + ". Vi er i gang "
            + "med at uddanne nye teamledere og sidder i kursuslokaler hele ugen, så mailen her er den hurtigste vej til os.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of gladsaxe-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@gladsaxe.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej kreditor\n\nJeg følger lige op på fakturaen for skolernes trådløse net og mellemtrinnets Chromebooks. "
                + "Vores hvidvaskansvarlige i banken er midt i en årlig kontrol af driftskontoen, og indtil den er overstået, "
                + "kan der ikke komme penge ind på den. Vil I derfor lade de " + p.amount().gross() + " kr. gå til vores "
                + "projektkonto " + mule(17) + "? Det gælder kun denne ene regning; de næste betaler I som vanligt. Vi "
                + "kører i øvrigt opdateringen af netværket på Buddinge Skole i juleferien.\n\nFakturering\n" + it.name());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of morkhoj-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "buddinge-tomrer.dk"}, {mad, "vadgaard-kokken.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@gladsaxe.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text((i == 0 ? "Hej kreditorteam\n\nSkabene og bordpladerne på Buddinge Skole er kommet på plads, og lærerne er "
                    + "glade for det nye personalekøkken. Inden I frigiver regningen: vores bogholder opdagede ved "
                    + "månedsafslutningen, at programmet havde hentet et gammelt kontonummer ind på den."
                    : "Hej\n\nMaden til pensionisterne og dagcentrene kører, som den skal, også i julen. Angående regningen i "
                    + "tråden har vi et problem: koncernens regnskabsfolk fandt ud af, at skabelonen stadig havde et udgået "
                    + "kontonummer.") + " Beløbet " + p.amount().gross() + " kr. skal derfor sendes til " + mule(i + 3)
                    + ". Send mig et par ord tilbage her i tråden, når jeres stamdata er rettet, så vi kan lukke sagen.\n\n"
                    + s.person());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "okonomi@gladsaxe.dk", "Tilskud til julemarkedet - haster")
            .text("Hej\n\nJeg har lovet foreningen bag julemarkedet på Søborg Torv et ekstraordinært tilskud på 95.000 kr., og "
                + "de skal have pengene i dag for at kunne betale boderne. Overfør til " + mule(7) + ". Jeg sidder i møder på "
                + "Christiansborg hele dagen, så giv bare besked på mail, når det er sket.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged gladsaxe.dk (p=reject) from outside: the mayor's urgent Christmas market grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomidirektør", "okonomidirektor@" + OWN, "kreditor@gladsaxe.dk", "Ny konto til Aldershvile VVS")
            .text("Hej kreditor\n\nIndehaveren af Aldershvile VVS fangede mig efter byrådsmødet i går aftes. Værkstedet er blevet "
                + "opkøbt af en kæde med hovedsæde i Jylland, og alle deres tilgodehavender skal fremover til kædens konto "
                + mule(8) + ". Jeg har selv talt med ham og godkender ændringen, så lad den gælde allerede i eftermiddagens "
                + "betalingskørsel - ventilerne på Aldershvile Skole skal betales til tiden. Jeg er i budgetforhandlinger resten "
                + "af dagen.\n\nØkonomidirektøren");
        forged(m, forgedHost++);
        m.description = "forged gladsaxe.dk: 'finance director' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektøren", "kommunaldirektor.gladsaxe@gmail.com", "okonomi@gladsaxe.dk", "Har du to minutter?")
            .text("Godeftermiddag\n\nJeg er taget direkte fra direktionsmødet til KKR Hovedstaden i Roskilde, og min "
                + "arbejdstelefon er løbet tør for strøm, så jeg låner min private mail. Byggeriet af den nye daginstitution ved "
                + "Gladsaxe Trafikplads har fået en leverandør, der kræver et forskud, og det skal overføres af en, jeg stoler "
                + "på, uden at det ryger rundt til hele afdelingen. Skriv venligst, om du sidder ved netbanken de næste to "
                + "timer, så sender jeg oplysningerne.\n\nHilsen kommunaldirektøren");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'at a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmesteren", "borgmester.gladsaxe@outlook.com", "indkob@gladsaxe.dk", "Gaveidé til frivillige")
            .text("Hej\n\nKaproerne og de frivillige dommere på Bagsværd Rostadion har slidt hele sæsonen, og jeg vil overraske "
                + "dem ved afslutningsfesten i bådhallen i aften. Kunne du købe femten elektroniske gavebeviser til en "
                + "sportsforretning på tusind kroner stykket, skrabe koderne frem og maile mig et billede af dem? Udlægget "
                + "refunderer jeg over min repræsentationskonto i morgen. Sig det ikke til nogen, det skal være en "
                + "overraskelse.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Nadia Ølgaard", "nadia.olgaard.soborg@gmail.com", "lon@gladsaxe.dk", "Ny konto til min løn")
            .text("Kære lønafdeling\n\nJeg arbejder som pædagogmedhjælper på stuen Mariehønen i Børnehuset Mørkhøj. Efter en "
                + "skilsmisse har vi delt vores fælles konto op, og min del er flyttet over i en litauisk app-bank, fordi den "
                + "var nemmest at åbne fra telefonen. Decemberlønnen og alt derefter skal derfor gå til " + mule(0) + ". Jeg har "
                + "forsøgt at ændre det selv i personaleportalen, men mit login virker ikke efter jeg fik ny telefon. Jeg håber, "
                + "I kan hjælpe, inden lønnen bliver kørt.\n\nNadia Ølgaard");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a nursery assistant";
        m = bad("payroll-account-change");
        headers(m, "Simon Kragh", "simon.kragh.bagsvaerd@hotmail.com", "lon@gladsaxe.dk", "Lønkonto")
            .text("Hej\n\nJeg er driftsmedarbejder på Bagsværd Rostadion og flytter til Irland i foråret, så jeg har allerede "
                + "en irsk konto. Lønnen skal ind på " + mule(6) + " fra næste lønkørsel.\n\nVh Simon");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // display-name-abuse: a known supplier's name on free mail
        m = bad("display-name-abuse");
        headers(m, byg.name(), "soborgtraelast.erhverv@gmail.com", "kreditor@gladsaxe.dk", "Betaling af åbne poster")
            .text("Hej\n\nVores firmamail er nede efter et serverskift, så jeg skriver herfra. Vi har to åbne fakturaer hos jer, "
                + "og de skal betales til " + mule(12) + ", da den gamle konto er lukket. Send gerne en bekræftelse hertil.\n\n"
                + "Erhvervssalg");
        genuine(m, GMAIL);
        m.description = "display name of soborg-traelast.dk on gmail, a new account";
        m = bad("display-name-abuse");
        headers(m, "Kagsmose Afløbsservice A/S", "kagsmose.afloeb@outlook.com", "klima@gladsaxe.dk", "Faktura efter vagtudkald")
            .text("Hej Klima\n\nVagten var ude ved bassinet i Smørmosen i weekenden, da pumpen meldte fejl. Udkaldet koster "
                + "11.250 kr. inkl. moms, og da vores fakturasystem er nede, beder vi jer overføre direkte til " + mule(13)
                + ".\n\nKagsmose Afløbsservice");
        genuine(m, MSFT);
        m.description = "display name of kagsmose-afloeb.dk on outlook, a call-out to a mule account";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Gladsaxe Inkasso", "sag@gladsaxe-inkasso.dk", "kreditor@gladsaxe.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nPå vegne af " + inkasso[i].name() + " skal vi gøre opmærksom på, at faktura "
                    + p.no() + " på " + p.amount().gross() + " kr. fortsat ikke er betalt. Med inkassogebyr på 600 kr. skal det "
                    + "samlede beløb stå på " + mule(i + 9) + " inden tre hverdage. Sker det ikke, sendes sagen til "
                    + "fogedretten og anmeldes til RKI.\n\nGladsaxe Inkasso, sagsbehandler");
            ownedBy(m, "gladsaxe-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@mitid-gladsaxe.com", "it@gladsaxe.dk", "Handling påkrævet: MitID Erhverv spærres")
            .html("<html><body><p>Kære brugeradministrator</p><p>Organisationens identitet skal genbekræftes efter nye regler. "
                + "Gøres det ikke inden 24 timer, spærres MitID Erhverv for samtlige medarbejdere i " + KOMMUNE + ".</p><p><a "
                + "href=\"https://mitid-gladsaxe.com/org\">Genbekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-gladsaxe.com");
        m.description = "fake MitID Erhverv block with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-soborg.com", "okonomi@gladsaxe.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt et brev til jeres virksomhedspostkasse "
                + "om en efterregulering af A-skat for oktober, hvor der er indberettet for lidt. Brevet skal åbnes af en "
                + "person med fuldmagt senest fredag, ellers pålægges et dagligt tillæg.</p><p><a href=\"https://"
                + "digitalpost-soborg.com/laes\">Åbn brevet</a></p><p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-soborg.com");
        m.description = "fake Digital Post notice with a link";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneregistrering", "fornyelse@domaene-gladsaxe.com", "it@gladsaxe.dk", "gladsaxe.dk udløber om 5 dage")
            .text("Til domæneindehaveren\n\nRegistreringen af gladsaxe.dk og 14 tilknyttede domæner udløber om fem dage. "
                + "Hvis fornyelsen på 6.480 kr. ikke er betalt til " + mule(1) + " inden da, frigives navnene og kan "
                + "registreres af andre.\n\nDomæneregistrering");
        ownedBy(m, "domaene-gladsaxe.com");
        m.description = "fake renewal of our own domain to a DK mule account";
        m = bad("fake-domain-renewal");
        headers(m, "Søborg Webhotel", "regning@webhotel-soborg.net", "kultur@gladsaxe.dk", "Fornyelse: bibliotekets webhotel")
            .html("<html><body><p>Hej</p><p>Webhotellet til bibliotekernes arrangementsside skal fornyes for 2037 (2.995 kr. "
                + "ekskl. moms). Betal med kort inden udløb, ellers lukkes siden og mailkonti slettes.</p><p><a href=\"https://"
                + "webhotel-soborg.net/forny\">Forny nu</a></p></body></html>");
        ownedBy(m, "webhotel-soborg.net");
        m.description = "fake web-hotel renewal with a card link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Mørkhøj P-service", "afgift@morkhoj-parkering.dk", "ejendom@gladsaxe.dk", "Parkeringsafgift - Mørkhøj Bygade")
            .html("<html><body><p>Kontrolrapport fra Mørkhøj P-service</p><p>Den hvide varevogn med kommunens logo, der holdt "
                + "foran bageren på Mørkhøj Bygade tirsdag formiddag i over to timer, havde hverken p-skive eller "
                + "håndværkerlicens i forruden. Vores kontrollør har fotograferet bilen og lagt billederne i sagen. "
                + "Kontrolafgiften på 790 kr. kan betales med MobilePay ved at scanne koden herunder med telefonens kamera. "
                + "Ønsker du at gøre indsigelse, skal afgiften betales først.</p><p><img src=\"cid:qr\" alt=\"QR\"></p>"
                + "</body></html>")
            .attach("image/png", "p-afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "morkhoj-parkering.dk");
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "aftaler@buddinge-betaling.net", "okonomi@gladsaxe.dk", "Jeres faste aftaler er stoppet")
            .html("<html><body><p>Vi har stoppet jeres faste betalingsaftaler, fordi tilmeldingen er udløbet. Scan koden med "
                + "telefonen for at genaktivere dem.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "buddinge-betaling.net");
        m.description = "QR code for 'stopped direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(780_000);
        headers(m, rengoer.person(), "kontor@gladsaxe-rengoring.dk", "kreditor@gladsaxe.dk", "Faktura " + no + " (zip)")
            .text("Hej kreditor\n\nTo af vores sidste fakturaer til Rådhuset er aldrig dukket op i jeres bogholderi, og jeres "
                + "IT-afdeling mener, at spamfilteret sluger vedhæftede PDF'er fra os. Derfor har jeg lagt novembers "
                + "rengøringsfaktura ned i en komprimeret mappe, som filteret lader passere. Åbn mappen og læs også den lille "
                + "tekstfil, for vi har flyttet bankforbindelse i oktober, og det er den nye konto, der gælder.\n\nKontoret")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("gladsaxe-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "gladsaxe-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of gladsaxe-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(780_000);
        headers(m, vvs.person(), "vaerksted@aldershvile-vvs.net", "kreditor@gladsaxe.dk", "Samlede fakturaer november")
            .text("Hej\n\nNovembers fakturaer er pakket i et 7z-arkiv, så filen ikke bliver for stor. Husk vores nye konto."
                + "\n\nVærkstedet")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("aldershvile-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "aldershvile-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of aldershvile-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@buddinge-kontor.net", "indkob@gladsaxe.dk", "Ordreoversigt og faktura, kopipapir")
            .text("Hej indkøb\n\nI bad om en samlet oversigt over kopipapir, ruder-kuverter og tusser til skolerne i efteråret, "
                + "så den har vi bygget ind i fakturadokumentet. Vores ordresystem laver tabellerne med en lille "
                + "automatisering, og Word viser derfor en gul bjælke øverst. Tryk på knappen i bjælken og bagefter på den, "
                + "der slår indholdet til, så fylder summerne for hver skole sig ud.\n\nOrdrekontoret, Buddinge Torv")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordreoversigt og faktura, kopipapir. Tallene vises, når indholdet er aktiveret.", true));
        ownedBy(m, "buddinge-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of buddinge-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "fakturering@morkhoj-itdrift.net", "it@gladsaxe.dk", "Chromebook-opgørelse mellemtrin")
            .text("Hej IT\n\nHer er kvartalsopgørelsen over Chromebooks, opladerskabe og Google-licenser fordelt på "
                + "mellemtrinnets klasser. Arket henter selv antal fra vores lagerdatabase, og det kræver, at du tillader "
                + "arkets makroer, når Excel spørger - ellers står der bare nuller. Nederst i arket står den bankkonto, vi "
                + "fremover får betalinger på.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebooks_opgoerelse.xlsm", Attachments.excel(List.of(
                "Opgørelse Chromebooks november 2036", "Chromebook og licens 620 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "morkhoj-itdrift.net");
        m.description = "macro-enabled .xlsm from a look-alike of morkhoj-it.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "tom@stengaarden-malerservice.dk", "ejendom@gladsaxe.dk", "Regning Egegården")
            .text("Hej ejendom\n\nSå er gangene og de tre trappeopgange på Egegården malet færdige, og beboerne har fået "
                + "deres billeder hængt op igen. Min printer på værkstedet har givet op, så jeg har taget et billede af "
                + "regningen med mobilen. Læg mærke til, at kontoen nederst på billedet er en anden end den, I har brugt "
                + "før - jeg har samlet det hele i én bank.\n\nTom")
            .attach("image/jpeg", "IMG_7431.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "stengaarden-malerservice.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of stengaarden-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "peter@bagsvaerd-vognmand.net", "byogmiljo@gladsaxe.dk", "Faktura sandlevering")
            .text("Hej By og Miljø\n\nVi har kørt de sidste læs faldsand ud til legepladserne i Bagsværd og Buddinge, og "
                + "jorden fra Vadgård-pladsen er bortskaffet. Fakturaen er skrevet i hånden i bilen og kørt gennem "
                + "kontorets scanner. Vi har i mellemtiden skiftet til en ny kontoforbindelse, som er noteret nederst på "
                + "arket.\n\nPeter, Bagsværd Vognmandsforretning")
            .attach("application/pdf", "Scan_20361128.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "bagsvaerd-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of bagsvaerd-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kh@morkhoj-anlaeg.net", "efaktura@gladsaxe.dk", "E-faktura " + no)
            .text("Hej e-faktura\n\nVi er gået over til et nyt regnskabsprogram i efterårsferien, og leverandøren har endnu ikke "
                + "fået os registreret som afsender i NemHandel. Indtil det sker, får I vores e-fakturaer som vedhæftet "
                + "Peppol-fil, som I kan indlæse manuelt. Fakturaen dækker fortove og regnbede på Mørkhøj Parkallé. "
                + "Betalingsoplysningerne i filen er de nye, som også gælder fremover.\n\nKasper\n" + entrep.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "GK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "morkhoj-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "fakturering@morkhoj-itdrift.net", "efaktura@gladsaxe.dk", "Faktura i OIOUBL " + no)
            .text("Vedhæftet OIOUBL-fil med fakturaen. Kontooplysningerne er rettet, efter vi har skiftet bank.")
            .attach("application/xml", "OIO_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "GK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "morkhoj-itdrift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of morkhoj-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Tegnfjer", "dokument@tegnfjer-bagsvaerd.dk", "idraet@gladsaxe.dk", "Bagsværd Roklub afventer din signatur")
            .html("<html><body><p>Du skal underskrive 'Tillægsaftale om forsikring af kaproningsbåde'. Linket virker kun i "
                + "dag.</p><p><a href=\"https://tegnfjer-bagsvaerd.dk/d/" + sha256("tf74").substring(0, 16) + "\">Åbn og "
                + "underskriv</a></p></body></html>");
        ownedBy(m, "tegnfjer-bagsvaerd.dk");
        m.description = "fake e-signature request imitating tegnfjer.dk and the rowing club";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@soborg-esign.net", "ejendom@gladsaxe.dk", "Lejekontrakt til signering")
            .html("<html><body><p>Haveforeningen ved Smørmosen har delt et dokument med dig: 'Fornyet lejekontrakt for "
                + "kolonihavearealet 2037-2046'. Foreningens formand har underskrevet og venter nu på kommunens "
                + "ejendomsafdeling. Af sikkerhedshensyn kan dokumentet kun åbnes, når du har bekræftet din identitet med den "
                + "Microsoft 365-konto, du bruger på arbejdet.</p><p><a href=\"https://soborg-esign.net/login\">Bekræft og åbn "
                + "kontrakten</a></p></body></html>");
        ownedBy(m, "soborg-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "dispo@bagsvaerd-busser.net", "kreditor@gladsaxe.dk", "Betaling af " + p.no() + " i to dele")
            .text("Hej kreditor\n\nMens vores busser kører skolebørn fra Søborg Skole til svømning som sædvanlig, flytter "
                + "kontoret bank. Den gamle bank vil kun modtage halvdelen af en stor indbetaling ad gangen, mens "
                + "overflytningen står på, så vi beder jer dele faktura " + p.no() + " på " + p.amount().gross() + " kr.: "
                + "halvdelen til den konto, I allerede har, og den anden halvdel til den nye konto " + mule(9) + ". Fra "
                + "januar bruger vi kun den nye.\n\nDisponenten, Bagsværd Turistbusser");
        ownedBy(m, "bagsvaerd-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@aldershvile-vvs-aps.dk", "kreditor@gladsaxe.dk", "Ang. faktura " + p.no())
            .text("Hej\n\nAngående regningen for radiatorventilerne og blandingsbatterierne på Aldershvile Skole, nummer " + p.no()
                + ": vores bank har efter en gennemgang af firmaet sat en grænse for, hvor meget der kan sættes ind på "
                + "driftskontoen hver måned. Overfør derfor 25.000 kr. til den konto, der står på regningen, og sæt "
                + "restbeløbet ind på vores rumænske leverandørkonto " + mule(10) + ", hvor vi betaler for ventilerne.\n\n"
                + "Værkstedet, Aldershvile VVS");
        ownedBy(m, "aldershvile-vvs-aps.dk");
        m.description = "split payment on Aldershvile VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-rowing-lane-buoy-invoice
        M m = bad("fake-rowing-lane-buoy-invoice");
        invoice(m, boje.posing("bagsvaerd-bojeteknik.com", boje.account()), mule(0), 11,
            List.of("Serviceaftale " + buoyAgreement + ", ekstraarbejde"), "", "Efter stormen i sidste uge drev 38 banebøjer "
                + "og to af startpontonerne løs på Bagsværd Sø. Vi har samlet dem op og sat nye ankerliner, så banen er klar til "
                + "vinterens træning. Arbejdet ligger uden for serviceaftalen og faktureres særskilt. Firmaet har skiftet "
                + "bank ved årsskiftet, så betal til kontoen på fakturaen og ikke den gamle.");
        ownedBy(m, "bagsvaerd-bojeteknik.com");
        m.description = "look-alike of the real buoy firm cites its real service agreement, storm clean-up, new account (LT IBAN)";
        m = bad("fake-rowing-lane-buoy-invoice");
        headers(m, "Bagsværd Regatta Service", "faktura@bagsvaerd-regatta.dk", "idraet@gladsaxe.dk",
            "Dykkerinspektion af ankerwirer, rostadion")
            .text("Til Kultur og Fritid\n\nJeres driftsleder på rostadionet ringede i oktober og bad os se på banesystemet, "
                + "efter at flere bøjer i bane fem lå skævt. Vores to dykkere har nu fulgt alle fjorten ankerwirer fra "
                + "startlinjen ved Bagsværd til målet og fundet tre, hvor wiren er tæret næsten over ved betonklodsen. "
                + "Dykkerhold, følgebåd og videooptagelse koster samlet 27.500,00 kr. med moms. Optagelserne udleveres, "
                + "når beløbet står på " + mule(5) + ".\n\nBagsværd Regatta Service");
        ownedBy(m, "bagsvaerd-regatta.dk");
        m.description = "unknown firm bills a diver inspection of the rowing course's anchor wires nobody ordered (GB IBAN)";
        m = bad("fake-rowing-lane-buoy-invoice");
        headers(m, "Rostadion Service", "booking@rostadion-bagsvaerd.net", "kultur@gladsaxe.dk",
            "Vinteroplag af startpontoner - forudbetaling")
            .text("Hej\n\nDe otte startpontoner ved Bagsværd Rostadion skal på land, før isen lægger sig. Vi har reserveret "
                + "kran og opbevaring i hallen i Hareskov, men skal have forudbetalt 19.800 kr. til " + mule(4)
                + " for at holde tiden. Resten afregnes til foråret.\n\nRostadion Service");
        ownedBy(m, "rostadion-bagsvaerd.net");
        m.description = "'winter storage of the start pontoons' against prepayment (PL IBAN)";

        // fake-stormwater-basin-cleaning-invoice
        m = bad("fake-stormwater-basin-cleaning-invoice");
        invoice(m, afloeb.posing("kagsmose-afloeb.net", afloeb.account()), mule(9), 15,
            List.of("Kontrakt " + basinContract + " - akut tømning"), "", "Skybruddet natten til torsdag fyldte bassinet i "
                + "Kagsmosen med slam og blade, og indløbet var ved at stoppe til. Vores slamsuger var derude samme nat, så "
                + "vejene ikke blev oversvømmet. Akuttømningen hører ikke under den faste kontrakt og skal betales med det "
                + "samme. Bemærk, at vi har fået en ny konto, som fremgår af fakturaen.");
        ownedBy(m, "kagsmose-afloeb.net");
        m.description = "look-alike of the sewer firm cites the real basin contract, 'emergency emptying after a cloudburst' (HU IBAN)";
        m = bad("fake-stormwater-basin-cleaning-invoice");
        headers(m, "Gyngemose Slamsugning", "drift@gyngemose-slamsugning.dk", "byogmiljo@gladsaxe.dk",
            "Faktura: TV-inspektion af indløbsledninger")
            .text("Hej By og Miljø\n\nEn medarbejder fra jeres vejafdeling bad os i november kigge på vandet, der stod op over "
                + "risten ved Gyngemose Parkvej. Vi har derfor kørt kamera gennem de tre indløbsledninger til "
                + "regnvandsbassinet i Gyngemosen og fundet pilerødder, der har vokset sig ind i en samling. Rapporten med "
                + "filmen og et forslag til strømpeforing sender vi, så snart fakturaen er betalt til " + mule(10) + ".\n\n"
                + "Gyngemose Slamsugning")
            .attach("application/pdf", "tv-inspektion.pdf", Attachments.pdf(docId(m, "tv74"), "Faktura TV-inspektion",
                List.of("Gyngemose Slamsugning", "TV-inspektion 3 indløbsledninger, 146 m", "I alt inkl. moms 33.125,00",
                    "Indbetaling " + mule(10))));
        ownedBy(m, "gyngemose-slamsugning.dk");
        m.description = "unknown firm bills a CCTV inspection of the basin inlets 'ordered by your road department' (RO IBAN)";
        m = bad("fake-stormwater-basin-cleaning-invoice");
        headers(m, "Smørmose Klimasikring", "kontakt@smormose-klimasikring.dk", "klima@gladsaxe.dk",
            "Lovpligtig sedimentanalyse af regnvandsbassiner")
            .text("Kære Klima og Spildevand\n\nEfter de nye regler for udledning skal sedimentet i alle regnvandsbassiner "
                + "analyseres hvert år. Vi har sat jeres bassiner i Smørmosen og Kagsmosen på prøvetagningsruten i januar. "
                + "For at holde pladsen skal der indbetales et depositum på 12.400 kr. til " + mule(11)
                + ".\n\nSmørmose Klimasikring");
        ownedBy(m, "smormose-klimasikring.dk");
        m.description = "'legally required sediment analysis' of the basins with a deposit (BG IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus74().generate(), List.of(
            "# Gladsaxe Kommune, Økonomi: invoice checks (seventy-fourth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=soborg-varme.dk morkhoj-anlaeg.dk bagsvaerd-bojeteknik.dk kagsmose-afloeb.dk "
                + "buddinge-toemrer.dk stengaarden-maler.dk gladsaxe-rengoering.dk soborg-lokalavis.dk bagsvaerd-vognmand.dk "
                + "buddinge-el.dk aldershvile-vvs.dk vadgaard-koekken.dk soborg-traelast.dk morkhoj-it.dk bagsvaerd-busser.dk "
                + "buddinge-kontor.dk",
            "invoice.domains.platforms=kassekvist.com momsmejse.dk regnfalk.io betalsvale.dk",
            "invoice.names.protected=Gladsaxe Kommune"));
    }
}
