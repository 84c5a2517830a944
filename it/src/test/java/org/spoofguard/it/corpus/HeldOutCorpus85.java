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
 * The eighty-fifth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Dragør Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, harbour, schools,
 * elderly care, culture, nature and property mailboxes; town hall Kirkevej 7, 2791 Dragør) on the south-east tip of Amager
 * under the approach to Copenhagen Airport: Dragør with its harbour and the yellow houses of the old town, Store Magleby (the
 * Dutch village), Søvang, Ullerup, Kongelunden and its forest, the beaches Nordstranden and Sydstranden, Aflandshage and the
 * uninhabited island Saltholm, where the municipality's grazing cattle spend the summer; seventeen listed suppliers from
 * those places in every DNS posture real Danish firms have (one sending through a web hoster named in its SPF), four
 * invoicing platforms ({@code betalfyr.com}, {@code saldopost.io}, {@code bilagsbaaden.dk}, {@code regningsfyr.dk}), a
 * cattle ferry taking the grazing cattle to Saltholm and home, a noise-insulation firm fitting sound-proof windows in homes
 * under the flight path, a forest contractor for Kongelundsskoven, sole traders on free mail, foreign suppliers, SaaS
 * ({@code skolebaaden.io}, {@code plejeturnus.dk}), an ESP ({@code postsluse.com}), an e-signature service ({@code
 * signerhavn.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a
 * place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake NemHandel notices, fake inkasso, compromised mailboxes, hijacked
 * threads, split payments, QR codes, archives, macro documents, image-only invoices, callback scams, e-invoice XML with a
 * changed payee, fake e-signature requests, payroll changes, look-alikes, homoglyphs) and two kinds new here: crossings of the
 * grazing cattle to and from Saltholm billed by someone who never sailed them (fake-saltholm-cattle-ferry-invoice), and
 * sound-proof windows, frames or the municipality's "share" of aircraft-noise insulation under the approach to Kastrup billed
 * to a new account (fake-aircraft-noise-window-insulation-invoice). The invoice engine, its tests, tuning notes and earlier
 * results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the
 * mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus85GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus85 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout85");
    public static final String OWN = "dragoer.dk";
    static final String FRAUD_NET = "127.185.";
    private static final String OWN_IP = "127.85.0.1";
    private static final String EAN = "5798000352190";
    private static final String KOMMUNE = "Dragør Kommune";
    private static final String RAADHUS = "Kirkevej 7, 2791 Dragør";
    private static final String HOSTER_IP = "127.85.9.1";
    private static final String GMAIL = "127.87.1.1";
    private static final String MSFT = "127.87.2.1";
    private static final String APPLE = "127.87.5.1";

    private final Random rnd = new Random(85_2791_0085L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 30;
    /** The cattle ferry's grazing agreement number for Saltholm (the frauds cite it). */
    private String herdJournal;
    /** The noise-insulation firm's noise-fund case (the frauds cite it). */
    private String fortAgreement;
    /** The forest contractor's case for Kongelundsskoven (the frauds cite it). */
    private String treeCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Dragør Fjernvarme a.m.b.a.", "dragor-fjernvarme.dk", "Forbrugerservice",
        "forbruger", "127.85.1.1", iban("DK", "06840004412987"), "fjernvarme til Rådhuset, Dragør Bibliotek og Plejecentret Enggården");
    private final Supplier entrep = new Supplier("Store Magleby Anlæg ApS", "storemagleby-anlaeg.dk", "Kasper Holm", "kh",
        "127.85.1.2", bank("0684", "0004421175"), "nye faskiner og omlægning af fortov ved Store Magleby Skole");
    private final Supplier dyrlaege = new Supplier("Saltholm Kvægfærgen ApS", "saltholm-kvaegfaerge.dk", "Skipper Bo Lindholm",
        "bo", "127.85.1.3", bank("0684", "0004430016"), "overfart af græsningskvæg fra Dragør Havn til Saltholm og hjem igen");
    private final Supplier affugt = new Supplier("Søvang Lydisolering ApS", "sovang-lydisolering.dk", "Lydisolering, Regnskab",
        "regnskab", "127.85.1.4", iban("DK", "57010004487213"), "lydruder og tætning af vinduer i boliger under "
        + "indflyvningen til Kastrup (støjpuljen)");
    private final Supplier trae = new Supplier("Kongelunden Skovservice v/ Rasmus Due", "kongelunden-skovservice.dk", "Rasmus Due", "rasmus",
        "127.85.1.5", iban("DK", "06840004439981"), "træpleje i Kongelundsskoven og langs Engvej og Hollandsvej");
    private final Supplier toemrer = new Supplier("Hollænderbyens Tømrer ApS", "hollaenderbyens-toemrer.dk", "Peter Kornerup", "pk",
        "127.85.1.6", bank("0684", "0004446620"), "nye sprossevinduer og inddækninger, Børnehuset Lodsen");
    private final Supplier maler = new Supplier("Ullerup Malerforretning v/ Jens Toft", "ullerup-maler.dk", "Jens Toft", "jens",
        "127.85.1.7", bank("5935", "0006618203"), "kalkning af gavle og maling af døre, Plejecentret Enggården");
    private final Supplier rengoer = new Supplier("Dragør Rengøring ApS", "dragor-rengoering.dk", "Administrationen",
        "admin", "127.85.1.8", iban("DK", "57010004490078"), "rengøring af Rådhuset, Borgerservice og Dragør Skole");
    private final Supplier avis = new Supplier("Dragør Havneblad", "dragor-havneblad.dk", "Annoncesalg", "annoncer",
        "127.85.1.9", iban("DK", "06840004451306"), "annoncer: lokalplan for Dragør Gamle By og stillinger i hjemmeplejen");
    private final Supplier vognmand = new Supplier("Søvang Vognmand ApS", "sovang-vognmand.dk", "Mads Krogh",
        "mads", "127.85.1.10", bank("5935", "0006624417"), "kørsel med stabilgrus og bortkørsel af ålegræs fra Sydstranden");
    private final Supplier el = new Supplier("Dragør Havne-El ApS", "dragor-havneel.dk", "Thomas Bech", "tb", HOSTER_IP,
        bank("0684", "0004463558"), "ny belysning på molen og udskiftning af el-standere, Dragør Havn");
    private final Supplier vvs = new Supplier("Nordstrand VVS ApS", "nordstrand-vvs.dk", "Værkstedet", "post", "127.85.1.12",
        bank("5935", "0006632902"), "service på varmecentraler og nye toiletter, Nordstrandskolen");
    private final Supplier mad = new Supplier("Sydstrandens Køkken A/S", "sydstrand-koekken.dk", "Sydstrandens Køkken, Bogholderi",
        "bogholderi", "127.85.1.13", iban("DK", "57010004501195"), "madservice til hjemmeboende ældre og plejecentrene");
    private final Supplier byg = new Supplier("Dragør Trælast A/S", "dragor-traelast.dk", "Erhvervsafdelingen", "erhverv",
        "127.85.1.14", iban("DK", "06840004477340"), "byggematerialer til Ejendomsdriften efter rammeaftale");
    private final Supplier it = new Supplier("Aflandshage IT ApS", "aflandshage-it.dk", "Debitorbogholderiet", "debitor",
        "127.85.1.15", bank("0684", "0004482671"), "drift af skolernes trådløse net og elevcomputere");
    private final Supplier bus = new Supplier("Dragør Busser ApS", "dragor-busser.dk", "Trafikkontoret", "trafik",
        "127.85.1.16", bank("5935", "0006641188"), "skolekørsel Kongelunden-Store Magleby-Dragør og kørsel til svømmehallen");
    private final Supplier kontor = new Supplier("Store Magleby Kontorforsyning ApS", "storemagleby-kontor.dk", "Salg", "salg",
        "127.85.1.17", iban("DK", "57010004512244"), "printerpapir, toner og arkivæsker til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Dragør Havnesmedie", "dragor-havnesmedie.dk", "Erik Mørch", "erik",
        "127.85.2.1", bank("0684", "0004491732"), "nye stiger og rækværk ved badeanstalten på Nordstranden");
    private final Supplier natur = new Supplier("Saltholm Naturpleje v/ Sofie Lund", "saltholm-naturpleje.dk", "Sofie Lund",
        "sofie", "127.85.2.2", bank("5935", "0006650379"), "slåning og rydning af strandenge ved Søvang");
    private final Supplier guide = new Supplier("Lodsguide v/ Anna Weng", "gmail.com", "Anna Weng", "anna.weng.lodsguide", GMAIL,
        bank("0684", "0004503318"), "byvandringer i Dragør Gamle By for 5. årgang, 4 forløb");
    private final Supplier tolk = new Supplier("Tolk v/ Yasmin Haddad", "outlook.com", "Yasmin Haddad", "yasmin.haddad.tolk", MSFT,
        bank("5935", "0006668044"), "tolkning arabisk-dansk, Borgerservice Dragør, 3 x 2 timer");
    private final Supplier musik = new Supplier("Harmonikaspiller Ib Falk", "icloud.com", "Ib Falk", "ib.falk.harmonika", APPLE,
        bank("0684", "0004514400"), "sangeftermiddage med harmonika, Enggården og Dragør Ældrecenter");
    private final Supplier tysk = new Supplier("Kieler Schallschutz GmbH", "kieler-schallschutz.de", "Rechnungswesen",
        "rechnung", "127.85.71.1", iban("DE", "215400600012774301"), "Schallschutzfenster-Beschläge, Lärmschutzprogramm Dragør");
    private final Supplier svensk = new Supplier("Malmö Boskapstransport AB", "malmo-boskapstransport.se", "Ekonomi", "ekonomi",
        "127.85.72.1", iban("SE", "60500000054190077310"), "öronmärken och grindar till betesdjuren på Saltholm");

    private final List<Supplier> listed = List.of(varme, entrep, dyrlaege, affugt, trae, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Dragør place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"dragor-fjernvarme.com", "storemagleby-anlaeg.net", "dragor-traelast.com",
        "dragor-havne-el.dk", "dragor-rengoring.dk", "nordstrand-vvs.net", idn("drag\u043er-traelast.dk"), idn("drag\u043eer.dk"),
        "betalfyr-dragor.com", "saldopost-sovang.io", "hollaenderbyen-toemrer.dk", "sydstrand-kokken.dk", "dragor-busser.net",
        "sovang-vognmand.net", "dragor-inkasso.dk", "mitid-dragor.com", "digitalpost-kongelunden.com",
        "nemhandel-storemagleby.net", "dragor-havn-parkering.dk", "sovang-betaling.net", "dragor-ordreservice.com",
        "ullerup-malerforretning.dk", "storemagleby-kontor.net", "aflandshage-itservice.net", "storemagleby-anlaeg.com",
        "signerhavn-dragor.dk", "sovang-esign.net", "saltholm-kvaegfaerge.com", "saltholm-overfart.dk",
        "dragor-kvaegtransport.dk", "sovang-lydisolering.net", "dragor-stoejpulje.dk", "kongelunden-lydvinduer.dk",
        "nordstrand-vvs-aps.dk", "kongelunden-skovservice.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(dyrlaege.domain(), List.of(dyrlaege.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(affugt.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(trae.domain(), List.of(trae.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.85.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.85.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("amagerlandet-affald.dk", List.of("127.85.101.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kystdirektoratet-kontrol.dk", List.of("127.85.106.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("dragor-museum.dk", List.of("127.85.102.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("dragor-privatskole.dk", List.of("127.85.103.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("store-magleby-revision.dk", List.of("127.85.104.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("dragor-isenkram.dk", List.of("127.85.105.1"), "-all", null, "none");
        domain("dragor-lystbaadehavn.dk", List.of("127.85.107.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("betalfyr.com", List.of("127.85.111.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("saldopost.io", List.of("127.85.112.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bilagsbaaden.dk", List.of("127.85.113.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("regningsfyr.dk", List.of("127.85.114.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("dragor-sparekasse.dk", List.of("127.85.121.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oeresunds-andelsbank.dk", List.of("127.85.122.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-amager.dk", List.of("127.85.123.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("oeresunds-bogholdere.dk", List.of("127.85.124.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("amagerlandets-indkoebere.dk", List.of("127.85.125.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postsluse.com", List.of("127.85.126.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelvagt-oeresund.dk", List.of("127.85.127.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.dragor-fiber.dk", List.of("127.85.128.1"), "-all", null, null);
        domain("relay.sovang-net.dk", List.of("127.85.129.1"), "-all", null, null);
        domain("skolebaaden.io", List.of("127.85.130.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("plejeturnus.dk", List.of("127.85.131.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signerhavn.dk", List.of("127.85.132.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
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
        switch (Math.floorMod(sha256("no85:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 200 + rnd.nextInt(9_000));
            case 1:
                return "DR-" + (2_100 + rnd.nextInt(7_000));
            case 2:
                return String.valueOf(41_000 + rnd.nextInt(30_000));
            case 3:
                return "FAK-36-" + String.format("%04d", 30 + rnd.nextInt(900));
            case 4:
                return "2036/" + (100 + rnd.nextInt(800));
            default:
                return "D" + (61_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@dragoer.dk", "efaktura@dragoer.dk",
        "kreditor@dragoer.dk", "okonomi@dragoer.dk", "teknik@dragoer.dk", "skoler@dragoer.dk",
        "aeldre@dragoer.dk", "havne@dragoer.dk", "ejendom@dragoer.dk", "indkob@dragoer.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf85:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr85:" + domain).hashCode(), 8_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi85:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "dragor-fjernvarme.dk" -> "Vierdiget 2, 2791 Dragør";
            case "storemagleby-anlaeg.dk" -> "Møllevej 31, 2791 Dragør";
            case "saltholm-kvaegfaerge.dk" -> "Havnen 14, 2791 Dragør";
            case "sovang-lydisolering.dk" -> "Søvang Allé 88, 2791 Dragør";
            case "kongelunden-skovservice.dk" -> "Kongelundsvej 402, 2791 Dragør";
            case "hollaenderbyens-toemrer.dk" -> "Von Ostensgade 5, 2791 Dragør";
            case "ullerup-maler.dk" -> "Ullerupvej 19, 2791 Dragør";
            case "dragor-rengoering.dk" -> "Jægersvej 12, 2791 Dragør";
            case "dragor-havneblad.dk" -> "Strandlinien 7, 2791 Dragør";
            case "sovang-vognmand.dk" -> "Engvej 140, 2791 Dragør";
            case "dragor-havneel.dk" -> "Drogdensgade 3, 2791 Dragør";
            case "nordstrand-vvs.dk" -> "Nordre Væj 41, 2791 Dragør";
            case "sydstrand-koekken.dk" -> "Krudttårnsvej 22, 2791 Dragør";
            case "dragor-traelast.dk" -> "Kirkevej 60, 2791 Dragør";
            case "aflandshage-it.dk" -> "Aflandshagevej 6, 2791 Dragør";
            case "dragor-busser.dk" -> "Hollandsvej 35, 2791 Dragør";
            case "storemagleby-kontor.dk" -> "Store Magleby Strandvej 9, 2791 Dragør";
            case "dragor-havnesmedie.dk" -> "Fiskerstræde 2, 2791 Dragør";
            case "saltholm-naturpleje.dk" -> "Sønderstrandvej 50, 2791 Dragør";
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
                head = title.toUpperCase(DA) + " nr. " + no;
                l.add("Leverandør: " + s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR-nr. " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + ", " + RAADHUS + ", EAN-nr. " + EAN);
                l.add("Udstedt " + dashedDay(m, 0) + "   Vores reference " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Arbejde og varer uden moms " + a.net() + " kroner, momsdelen " + a.vat() + " kroner, samlet regning " + a.gross());
                l.addAll(more);
                l.add("Vi ser gerne pengene inden 30 dage, senest " + dashedDay(m, 30));
                if (account != null) {
                    l.add("Overføres til " + account + " - skriv venligst fakturanummeret i beskedfeltet");
                }
            }
            case 1 -> {
                head = "Faktura og timeseddel " + no;
                l.add(s.name() + " - " + addr + " - CVR-nr. " + cvr(s.domain()));
                l.add("Bestiller: " + KOMMUNE + ", EAN " + EAN + ". Udført: " + s.what());
                long hours = a.ore() * 52 / 100;
                long drive = a.ore() * 8 / 100;
                l.add("Arbejdsløn " + kr(hours) + "   Transport " + kr(drive) + "   Materialer " + kr(a.ore() - hours - drive));
                l.add("Uden moms " + a.net() + " kroner, momsen " + a.vat() + " kroner, og dermed i alt " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + writtenDay(m, 20) + (account == null ? "" : " - konto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning for perioden " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR-nr. " + cvr(s.domain()));
                l.add("Kundenummer " + (40_000 + Math.floorMod(s.domain().hashCode(), 50_000)) + "   " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -30) + " - " + dottedDay(m, -1) + ": " + s.what());
                long sub = a.ore() * 35 / 100;
                l.add("Fast bidrag " + kr(sub) + "   Variabelt forbrug " + kr(a.ore() - sub));
                l.add("Periodens beløb uden moms " + a.net() + " kroner, moms " + a.vat() + " kroner, og til betaling " + a.gross());
                l.addAll(more);
                l.add("Betalingsdato " + dottedDay(m, 15) + (account == null ? "" : "   Konto " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"fak-" + no + ".pdf", "Faktura_" + no + ".pdf", "Dragør Kommune - " + no + ".pdf", "F" + no + ".pdf",
            "invoice_" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", "Fakt" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Goddag Dragør Kommune", "Til kreditor", "Hej der", "Kære kreditorer",
        "Att. bogholderiet", "Hej alle i Dragør Kommune", "Hej økonomi", "Til rette vedkommende"};

    private String phone() {
        return "32 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig85:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMange hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen\n" + firstName(s) + " / " + s.name() + "\nTlf. " + phone();
            case 2:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : ", CVR-nr. " + cvr(s.domain()));
            case 3:
                return "\n\n/" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min mobil" : "\n" + s.name() + "\n" + s.domain());
            default:
                return "\n\nVenligst\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_800_000 : 390_000);
        String[] subjects = {"Fakturanr. " + no, KOMMUNE + ": faktura " + no, s.name() + " fakturerer (" + no + ")",
            "Ny faktura fra " + s.name(), "EAN " + EAN + " - faktura " + no, "Regning " + no, "Faktura " + no + " vedhæftet",
            "Regning: " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Her er faktura " + no + " på " + a.gross() + " kr. med moms; den forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Samme faktura er sendt elektronisk til EAN " + EAN + ", så den skal kun betales den ene gang.";
            case 3 -> "Tak for et godt samarbejde. Her kommer regningen i PDF.";
            case 4 -> "Fakturanummer: " + no + "\nBeløb: " + a.gross() + " kr.\nForfaldsdato: " + dashedDay(m, 30);
            case 5 -> "Arbejdet er afsluttet, og fakturaen følger med jeres rekvisitionsnummer påført.";
            case 6 -> "Fakturaen for sidste måneds leveringer ligger ved. Giv besked, hvis noget ikke stemmer.";
            default -> "Fakturaen er vedlagt denne mail.";
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
        if (List.of(varme, rengoer, mad, affugt, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, dyrlaege, trae, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Kirkevej 7", "Dragør", "2791", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        herdJournal = "GA-" + (510 + rnd.nextInt(80));
        fortAgreement = "SP-" + (7_100 + rnd.nextInt(600));
        treeCase = "KS-" + (3_020 + rnd.nextInt(400));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == dyrlaege ? List.of("Græsningsaftale " + herdJournal + ": hjemtransport af 42 kreaturer fra Saltholm")
                : s == affugt ? List.of("Støjpuljesag " + fortAgreement + ": lydruder i 9 boliger, Søvang")
                : s == trae ? List.of("Sag " + treeCase + ": udtynding af 2 ha i Kongelundsskoven") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 4, List.of("Bestilt af badeanstaltens opsynsmand"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted harbour smithy (SPF only, no DMARC) invoices the bathing station's ladders, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekv.nr. DK-" + (11_300 + k * 173));
                case 1 -> List.of("Bestilt af " + to().replace("@dragoer.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Dragør Bibliotek, nyt tag" : "Rammeaftale 2036-2039"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 4, ref, k % 5 == 2 ? "\n\nFølgesedlerne ligger med som kopi." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "foelgesedler.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Modtaget af Ejendomsdriften, Dragør", "Antal kolli: " + (3 + k))));
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
        Object[][] c = {{byg, "Kreditnota vedr. faktura ", "Otte plader krydsfiner kom frem med knækkede hjørner og er sendt retur."},
            {kontor, "Kredit på faktura ", "De forkerte ringbind er afhentet hos jer og godskrives her."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KR-" + (400 + rnd.nextInt(500));
            Amount a = amount(110_000).credit();
            headers(m, s.person(), addr(s), "kreditor@dragoer.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " I bilaget finder I kreditnota " + no + " på " + a.gross() + " kr., der "
                    + "kan trækkes fra ved næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Krediterer faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Efter vores bogføring står fakturaen nedenfor endnu ubetalt. Har I allerede "
            + "betalt, skal I ikke foretage jer noget."},
            {entrep, "1. rykker", "Betalingsfristen er overskredet med en uge. Der er ikke beregnet rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@dragoer.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[i + 4] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + ", " + p.amount().gross() + " kr., kan "
                    + "betales til den kendte konto: " + s.account() + "." + signature(s))
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
        headers(m, s.person(), addr(s), "kreditor@dragoer.dk", "Kontoudtog pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres afstemning ved årets udgang: faktura " + p.no() + " er indbetalt, og saldoen er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "sovang-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(850_000);
            boolean peppol = v == 1;
            String ref = "DK-" + (52_000 + v * 419);
            headers(m, s.name(), addr(s), "efaktura@dragoer.dk", "Elektronisk faktura " + no + (peppol ? " - Peppol" : " - OIOUBL"))
                .text("Hej\n\nVores nye ERP er endnu ikke koblet på NemHandel, så indtil da får I XML-filen "
                    + "direkte på mail med en PDF ved siden af. Kontoen er uændret. Modtager I samme faktura gennem NemHandel, "
                    + "betales den naturligvis kun én gang.\n\nVenlig hilsen\n" + s.name())
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
        String[] d = {"betalfyr.com", "saldopost.io", "bilagsbaaden.dk", "regningsfyr.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(360_000);
            m.mailFrom = "bounce-" + sha256("plat85:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "RF-" + (20_000 + rnd.nextInt(9_000));
                headers(m, "Regningsfyr", "regning@regningsfyr.dk", "aeldre@dragoer.dk", "Regning " + no + " - vikartimer november")
                    .text("Til " + KOMMUNE + ", Sundhed og Omsorg\n\nHer er afregningen for vikartimerne i "
                        + "hjemmeplejen, som jeres områdeleder godkendte i november (88 timer). Vikarerne er ansat hos os.\n\nBeløb "
                        + a.gross() + " kr., betales senest " + dottedDay(m, 21) + ".\n\nRegningsfyr")
                    .attach("application/pdf", "Regningsfyr-" + no + ".pdf", Attachments.pdf(docId(m, "ps"), "Regning " + no,
                        List.of("Regningsfyr ApS", "Kunde: " + KOMMUNE + ", Sundhed og Omsorg", "Vikartimer november 2036: 88",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "57010004530071"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform regningsfyr.dk invoices approved home-care temp hours under its own name";
                continue;
            }
            String no = "R" + (300_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + d[i], "faktura@" + d[i], i == 1 ? "havne@dragoer.dk" : "kultur@dragoer.dk",
                s.name() + " har sendt jer faktura " + no)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Verdana,sans-serif\"><p>Kære " + KOMMUNE + "</p><p>Der er kommet en "
                    + "regning fra " + s.name() + " på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14) + ".</p>"
                    + "<p>Regningen ligger som PDF. Svarer du på mailen, lander dit svar direkte hos " + s.person()
                    + ".</p><p style=\"color:#999;font-size:10px\">Sendt gennem " + d[i] + "</p></body></html>")
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
        headers(m, "Kieler Schallschutz", addr(tysk), "kultur@dragoer.dk", "Rechnung Nr. " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über Beschläge für Schallschutzfenster "
                + "im Lärmschutzprogramm Dragør. Reverse Charge: Steuerschuldnerschaft des Leistungsempfängers.\n\nFreundliche Grüße\nRechnungswesen")
            .attach("application/pdf", "Rechnung-" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Kiel", "Kunde: " + KOMMUNE + ", Teknik og Miljø", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "YH" + (4_100 + rnd.nextInt(700));
        headers(m, "Malmö Boskapstransport", addr(svensk), "teknik@dragoer.dk", "Faktura " + no + " - öronmärken")
            .text("Hej,\n\nBifogat finns fakturan för öronmärken och grindar till betesdjuren på Saltholm, "
                + "som er naturförvaltare beställde. Betala till kontot som står på fakturan.\n\nMed vänlig hälsning\nEkonomi, "
                + "Ystads Hästhälsa AB")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "Betalning via IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(280_000);
        headers(m, "Skolebaaden Billing", "invoices@skolebaaden.io", "it@dragoer.dk", "Skolebaaden invoice - December")
            .text("Hello " + KOMMUNE + ",\n\nAttached is your Skolebaaden invoice (route planning for school buses, "
                + "7 routes in Dragør). We also deliver it to EAN " + EAN + ".\n\nAmount due DKK " + a.gross()
                + "\n\nSkolebaaden")
            .attach("application/pdf", "skolebaaden-invoice.pdf", Attachments.pdf(docId(m, "sr"), "Invoice",
                List.of("Skolebaaden ApS", "Customer: " + KOMMUNE, "Subscription December 2036, 7 routes", "DKK " + a.gross())));
        genuine(m, "127.85.130.1");
        m.description = "SaaS skolebaaden.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(280_000);
        headers(m, "Plejeturnus", "kvittering@plejeturnus.dk", "aeldre@dragoer.dk", "Plejeturnus: betaling modtaget")
            .text("Hej\n\nTak for betalingen af licensen til Plejeturnus (vagtlægning i hjemmeplejen, 95 brugere). "
                + a.gross() + " kr. er hævet på kortet, der ender på 7713.\n\nPlejeturnus");
        genuine(m, "127.85.131.1");
        m.description = "SaaS plejeturnus.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("5935", "0006712045");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@dragoer.dk", "Ny bank fra 1. december")
            .text("Til kreditorafdelingen\n\nHollænderbyens Tømrer har flyttet sine konti til Dragør Sparekasse. Fakturaer dateret 1. "
                + "december 2036 og senere betales til " + nyT + "; ældre fakturaer betales som anført på dem.\n\nVil I have "
                + "ændringen bekræftet, så ring til værkstedet på det nummer, I kender." + signature(toemrer))
            .attach("application/pdf", "Bankskifte.pdf", Attachments.pdf(docId(m, "bs"), "Ændring af bankforbindelse",
                List.of(toemrer.name() + ", CVR-nr. " + cvr(toemrer.domain()), "Gyldig fra 01.12.2036", "Ny konto: " + nyT,
                    "Peter Kornerup, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nyt gulv i personalerummet, Børnehuset Lodsen");
        invoice(m, moved, nyT, 13, List.of("Ny konto fra 01.12.2036, jf. brev"), "\n\nFakturaen er udstedt med den nye konto, som vi "
            + "varslede i vores brev.");
        genuine(m, toemrer.ip());
        m.description = "hollaenderbyens-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "06840004559920");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Sydstrandens Køkken, Bogholderi", addr(mad), "kreditor@dragoer.dk", "Ny bankkonto fra december")
            .text("Til " + KOMMUNE + ", kreditor og Sundhed og Omsorg\n\nSydstrandens Køkken skifter hovedbank, da vores "
                + "pengeinstitut er fusioneret. Regninger fra 1. december betales til " + nyM
                + ". Betalinger til den hidtidige konto modtages frem til udgangen af januar. En underskrevet udgave af brevet "
                + "ligger i jeres Digital Post.\n\nVenlig hilsen\nSydstrandens Køkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from February, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 18, List.of("Ny bankkonto fra 01.12.2036"), "\n\nDen nye konto er brugt her.");
        genuine(m, mad.ip());
        m.description = "sydstrand-koekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 22, List.of(), "");
        m.mailFrom = "SRS0=p7Qe=KQ=dragor-havneblad.dk=annoncer@srs.dragor-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.85.128.1";
        m.helo = "srs.dragor-fiber.dk";
        m.description = "dragor-havneblad.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 29, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.sovang-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 26, List.of(), "");
        relayedBy(m, "relay.sovang-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"oeresunds-bogholdere.dk", "Hanne Vind", "hv@", "Regning for overfart af kvæg?",
            "Hej med jer\n\nEn færgemand, vi aldrig har hørt om, har sendt os en regning for at sejle græsningskvæg. "
                + "Har nogen af jer med øer eller holme fået det samme?\n\nHanne"},
            {"amagerlandets-indkoebere.dk", "Kim Rosing", "kiro@", "Lydisolering - regning uden bestilling", "Hej\n\nVi har modtaget en "
                + "regning for 'ekstra karme' i et lydisoleringsprojekt med et nyt kontonummer. Firmaet kendte intet til den.\n\nKim"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornet-amager.dk", x[3])
                .header("List-Id", "Kreditornet Amager <liste.kreditornet-amager.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-amager.dk", "[Kreditornet] ", "\r\n--\r\nKreditornet Amager og Kysten\r\n"
                + "Afmeld listen: https://kreditornet-amager.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelvagt-oeresund.dk", "Svindelvagt Øresund", "Færger, lydruder og skovarbejde: nye regningstricks",
            "Falske regninger nævner nu ægte aftalenumre for kvægfærger, lydisolering og skovarbejde. Kontakt leverandøren "
                + "på et telefonnummer, I selv har, før der betales."},
            {"store-magleby-revision.dk", "Store Magleby Revision", "Tjekliste til regnskabsafslutningen",
                "Gennemgå kreditorstamdata og kræv to godkendere, når en leverandørs konto ændres."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "rtn-" + sha256("nl85:" + x[0]).substring(0, 14) + "@postsluse.com";
            headers(m, x[1], "nyheder@" + x[0], "okonomi@dragoer.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h1>" + x[2] + "</h1><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs "
                    + "mere</a></p><p style=\"font-size:9px\">Afmeld her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postsluse.com");
            m.ip = "127.85.126.1";
            m.helo = "out.postsluse.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postsluse.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Natur og Miljø", "natur@", "kreditor@dragoer.dk", "Kvæget på Saltholm",
            "Hej\n\nDet er udelukkende Saltholm Kvægfærgen, der sejler vores græsningskvæg, og kun når vi har bestilt. "
                + "Deres regninger bærer nummeret på græsningsaftalen. Andre regninger om kvæget skal videre til mig."
                + "\n\nNatur og Miljø"},
            {"Teknik og Miljø", "teknik@", "kreditor@dragoer.dk", "Lydisolering under indflyvningen", "Hej\n\nLydruderne "
                + "i boligerne monteres af Søvang Lydisolering under støjpuljesagen. Tillæg godkender vi altid skriftligt, og de "
                + "bærer sagsnummeret.\n\nTeknik og Miljø"},
            {"Vej og Park", "vejpark@", "ledere@dragoer.dk", "Skovarbejde i Kongelunden", "Kære ledere\n\nArbejde i "
                + "Kongelundsskoven og vejtræerne bestilles kun af Vej og Park. Får I regninger for skovarbejde, vi ikke kender, "
                + "så send dem til os.\n\nVej og Park"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Dragør Sparekasse, Erhverv", "erhverv@dragor-sparekasse.dk", "okonomi@dragoer.dk",
            "Betalingsfil modtaget")
            .text("Til Dragør Kommune, Økonomi\n\nFilen med kreditorbetalinger fra torsdagens kørsel (164 poster) er læst ind "
                + "hos os uden fejl og hæves fra driftskontoen næste bankdag. Posteringerne kan følges under Erhverv > "
                + "Betalingsoversigt. Af hensyn til sikkerheden indeholder kvitteringer fra os hverken links eller bilag."
                + "\n\nDragør Sparekasse, Erhvervsservice på Kirkevej");
        genuine(m, "127.85.121.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Øresunds Andelsbank", "kunde@oeresunds-andelsbank.dk", "okonomi@dragoer.dk", "Nye priser på udlandsoverførsler")
            .text("Kære erhvervskunde\n\nSEPA-overførsler i euro bliver billigere fra 1. februar, mens hasteoverførsler uden "
                + "for EU stiger en smule. Du kan se begge satser i prisbladet i netbankens dokumentarkiv.\n\nØresunds "
                + "Andelsbank, afdeling Dragør");
        genuine(m, "127.85.122.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("cattle-ferry-invoice", true);
        invoice(m, dyrlaege, dyrlaege.account(), 6, List.of("Græsningsaftale " + herdJournal + ", hjemsejlads oktober",
            "3 overfarter med pram, 42 kreaturer"), "\n\nSejladslisten er sendt til Natur og Miljø.");
        genuine(m, dyrlaege.ip());
        m.description = "the real cattle ferry invoices the autumn crossing home from Saltholm (RSA, no DMARC)";
        m = ok("noise-insulation-invoice", true);
        invoice(m, affugt, affugt.account(), 9, List.of("Støjpuljesag " + fortAgreement + ", etape 3",
            "Lydruder monteret i 9 boliger, Søvangs Allé"), "\n\nLydmålingerne efter montagen er sendt til Teknik og Miljø.");
        genuine(m, affugt.ip());
        m.description = "the noise-insulation firm invoices stage 3 of the noise-fund case (DKIM only, p=quarantine, DMARC pass)";
        m = ok("forest-work-invoice", true);
        invoice(m, trae, trae.account(), 11, List.of("Sag " + treeCase + ", udtynding i Kongelundsskoven"), "\n\nKortet over "
            + "de fældede træer er sendt til Vej og Park.");
        genuine(m, trae.ip());
        m.description = "the forest contractor invoices thinning in Kongelundsskoven under its case (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Søvang Lydisolering", addr(affugt), "teknik@dragoer.dk", "Etape 4 - ingen ekstra regning")
            .text("Kære Teknik og Miljø\n\nEtape 4 af lydruderne starter i januar og er fuldt dækket af støjpuljesag "
                + fortAgreement + ". Tillæg sender vi aldrig uden jeres skriftlige godkendelse først.\n\nSøvang Lydisolering");
        genuine(m, affugt.ip());
        m.description = "the noise-insulation firm announces the next stage at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_800_000);
        headers(m, "Amagerlandet Affald I/S", "opkraevning@amagerlandet-affald.dk", "efaktura@dragoer.dk", "Ejerbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt opkrævning af ejerbidraget for fjerde kvartal, som også er sendt elektronisk til "
                + "jeres EAN.\n\nAmagerlandet Affald I/S")
            .attach("application/pdf", "Ejerbidrag-4kv.pdf", Attachments.pdf(docId(m, "aff"), "Ejerbidrag 4. kvartal 2036",
                List.of("Amagerlandet Affald I/S", "Interessent: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "06840004566718"))));
        genuine(m, "127.85.101.1");
        m.description = "intermunicipal waste company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Kystdirektoratet, Kontrol", "tilsyn@kystdirektoratet-kontrol.dk", "havne@dragoer.dk",
            "Eftersyn af høfderne ved Sydstranden")
            .text("Til Dragør Kommune, Havn og Kyst\n\nVi besigtiger høfderne og diget ved Sydstranden i januar som led i det "
                + "årlige kystsikringstilsyn. Vi melder dato. Besigtigelsen er gratis.\n\nKystdirektoratet");
        genuine(m, "127.85.106.1");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signerhavn.dk";
        headers(m, "Dragør Museum via Signerhavn", "noreply@signerhavn.dk", "kultur@dragoer.dk",
            "Til signering: udlånsaftale")
            .header("Reply-To", "<samling@dragor-museum.dk>")
            .text("Dragør Museum har sendt 'Udlånsaftale - skibsportrætter til Rådhuset' til jeres signatur.\n\nDu åbner den "
                + "ved at logge på jeres konto hos Signerhavn.\n\nSignerhavn");
        genuine(m, "127.85.132.1");
        m.description = "real e-signature request from signerhavn.dk on behalf of Dragør Museum";
        m = ok("receipt", false);
        headers(m, "Dragør Isenkram", "bon@dragor-isenkram.dk", "havne@dragoer.dk", "Kvittering for dit køb")
            .text("Tak fordi du handlede hos os\n\n4 fendere, 1 bådshage, 2 dåser bundmaling. Betalt med kommunens kort."
                + "\n\nDragør Isenkram");
        genuine(m, "127.85.105.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Dragør Privatskole", "regnskab@dragor-privatskole.dk", "okonomi@dragoer.dk", "Advis om betaling")
            .text("Hej\n\nJeres regning for leje af Dragørhallen til skolernes idrætsdag, 11.800 kr., er overført i dag."
                + "\n\nDragør Privatskole");
        genuine(m, "127.85.103.1");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Dragør Lystbådehavn", "havnekontor@dragor-lystbaadehavn.dk", "havne@dragoer.dk",
            "Vinteropbevaring bekræftet")
            .text("Hej\n\nKommunens redningsbåd og arbejdsjolle står på land hos os indtil 15. april. Regningen kommer via "
                + "EAN.\n\nDragør Lystbådehavn");
        genuine(m, "127.85.107.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250000085278153"), iban("DK", "89900008527913"), bank("5479", "0008527146"),
        iban("EE", "7710100220085277"), iban("PL", "102490000500008527910033"), iban("GB", "REVO00996985272791"),
        iban("IE", "AIBK93115285279133"), iban("NL", "ABNA0852791085"), iban("DE", "120300000852791334"),
        iban("HU", "117730160085279100000000"), iban("RO", "BTRL0852791008527910"), iban("BG", "STSA93000085279133"),
        iban("CY", "005008520000008527913301"), bank("9070", "0008527960"), iban("MT", "MALT01100008527910000852791"),
        iban("SE", "50000000058521527910"), iban("LT", "1010008527912791"), iban("DK", "30000008527954")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Ny modtagerkonto"), "", "Kære forbruger\n\nVarmeværket har lagt sin "
            + "opkrævning over til et fælles serviceselskab for værkerne på Amager. Det betyder, at pengene nu skal gå til "
            + "serviceselskabets konto, som I finder på årets første regning nedenfor. Overførsler til værkets egen konto "
            + "sendes tilbage fra næste måned.");
        forged(m, forgedHost++);
        m.description = "forged From dragor-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 6, List.of(), "", "Hej annoncør\n\nStillingsopslagene fra hjemmeplejen er trykt og "
            + "regningen ligger ved. Havnebladet ejes nu af en udgiver i London, og derfor bedes alle indbetalinger sendt til "
            + "den engelske bankforbindelse på regningen. Den gamle konto i sparekassen lukkes ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From dragor-havneblad.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{OWNED[0], varme, "Vores nye måleraflæsningsprogram har rodet rundt i kundekortene, og hos en del "
            + "forbrugere i Dragør og Store Magleby står der nu et forældet kontonummer. Vi beder pænt om, at netop den konto, "
            + "der er trykt på opkrævningen i bilaget, bruges - også selvom jeres egen kreditorliste siger noget andet."},
            {OWNED[1], entrep, "Så er regnvandsfaskinerne ved Store Magleby Skole på plads og fliserne lagt "
                + "tilbage. Kasper har solgt firmaet til sin svoger pr. allehelgensdag, og svogeren kører alt gennem sin egen bank, "
                + "derfor står der et andet kontonummer på denne regning end sidst."},
            {OWNED[2], byg, "Trælasten sender hermed samleregningen for brædder, skruer og krydsfiner, som "
                + "ejendomsdriftens folk har hentet i disken i november. Hovedkontoret i Kirkevej har fået lukket den gamle "
                + "erhvervskonto efter et tyveri af kortoplysninger, så sæt pengene ind på den nye, der står på regningen."},
            {OWNED[3], el, "De seks nye el-standere ved gæstepladserne på molen er tilsluttet og målt "
                + "igennem. Thomas har aftalt med revisoren, at havne-el-delen af forretningen nu kører for sig selv med sin egen "
                + "bankkonto - den står i PDF-filen, og det er den, vi skal have pengene på."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(11), 5, List.of("Kontooplysninger opdateret " + dottedDay(m, -3)), "",
            "Trælastens erhvervsdisk fremsender novemberregningen for tømmer og beslag til "
                + "Rådhusets kælderombygning. Kassereren har skiftet os over til en anden bank i forbindelse med kædeindmeldelsen, "
                + "så fra og med denne regning er det udelukkende det nye kontonummer, der gælder.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as dragor-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@dragoer.dk", "Fortroligt: deponering inden frokost")
            .text("Kære kreditorbogholder\n\nDødsboet efter en gammel skipperenke i Hollænderbyen vil sælge det gule lodshus på "
                + "Strandgade til kommunen for en slik, hvis vi slår til før auktionen. Boets advokat vil have 420.000 kr. som "
                + "sikkerhed på klientkontoen " + mule(14) + " før middag. Papirerne følger efter tinglysning. Snak ikke med "
                + "kollegerne om det, før borgmesteren selv har orienteret gruppeformændene.\n\nSekretariatet");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret pilot-house deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Betalfyr", "besked@" + OWNED[8], "teknik@dragoer.dk", "Påmindelse: regning forfalder i nat")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Regningen fra <b>" + natur.name() + "</b> står stadig som "
                + "ubetalt. I nat lægges der gebyr på. Betal hurtigt og sikkert med kort her:</p><p><a href=\"https://"
                + OWNED[8] + "/betal/" + sha256("bf85").substring(0, 18) + "\">Betal regningen</a></p>"
                + "<p>Betalfyr</p></body></html>");
        ownedBy(m, OWNED[8]);
        m.description = "look-alike of the platform betalfyr.com: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Saldopost", "noreply@" + OWNED[9], "havne@dragoer.dk", smed.name() + " - ny regning")
            .text("Goddag havnefoged\n\nErik på havnesmedien har bedt Saldopost tage sig af hans regnskab, mens han ligger på "
                + "Hvidovre med en dårlig ryg. Regningen for rækværket er vedlagt og skal ind på vores klientkonto "
                + mule(15) + " - smedien selv kan ikke modtage noget lige nu.\n\nSaldopost, debitorservice")
            .attach("application/pdf", "saldopost-" + (3_300 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing(OWNED[9], mule(15)), "Faktura", "SP-" + (8_200 + rnd.nextInt(700)), amount(280_000),
                mule(15), 0, List.of("Opkræves på vegne af smedien af Saldopost, mens indehaveren er sygemeldt")));
        ownedBy(m, OWNED[9]);
        m.description = "look-alike of saldopost.io: the harbour smithy's invoice 'collected for it' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 7, List.of("Betaling til factoringselskab"), "", "Rengøringsfirmaet har fra "
            + "denne måned solgt sine fordringer til et svensk finansieringshus, der forlanger pengene direkte på "
            + mule(16) + ". Jeg er på rundtur til vores hold på skolerne og i Borgerservice og kan ikke tage opkald, men "
            + "mailen læser jeg løbende.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of dragor-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@dragoer.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen fra Aflandshage\n\nOm fakturaen nedenfor: hvidvaskafdelingen i vores bank har sat driftskontoen "
                + "på pause, mens de gennemgår vores kunder, så de " + p.amount().gross() + " kr. for skolenettet må gerne "
                + "gå til " + mule(17) + " netop denne gang. Alt andet kører som før.\n\nDebitor\n" + it.name()
                + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of aflandshage-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, OWNED[10]}, {mad, OWNED[11]}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@dragoer.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Goddag igen\n\nHurtigt apropos faktura " + p.no() + " på " + p.amount().gross() + " kr.: vores "
                    + "bogholderske, der kun kommer om torsdagen, har fanget at den er skrevet ud med en konto fra før "
                    + "bankfusionen. Pengene skal derfor over på " + mule(i + 3) + ". Et lille kvitteringssvar retur ville "
                    + "være dejligt, så jeg kan krydse det af.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: "
                    + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "okonomi@dragoer.dk", "Tilskud til havnefesten - i dag")
            .text("Hej\n\nJeg har lovet foreningen bag Dragør Havnefest et tilskud på 135.000 kr., og de skal betale teltet "
                + "i dag. Send venligst beløbet til " + mule(7) + ". Jeg er på vej over Øresundsbroen og har næsten ingen "
                + "forbindelse, så giv bare lyd på mail, når pengene er sendt.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged dragoer.dk (p=reject) from outside: the mayor's urgent harbour-festival grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichefen", "okonomichef@" + OWN, "kreditor@dragoer.dk", "Ny konto - Nordstrand VVS")
            .text("Hej\n\nMester fra Nordstrand VVS fangede mig på parkeringspladsen i morges - deres nye pengeinstitut er "
                + "tysk, og kontoen hedder " + mule(8) + ". Læg den ind i kreditorsystemet, inden dagens betalinger sendes "
                + "af sted; min godkendelse er hermed givet, og papirerne kommer i internposten.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged dragoer.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektøren", "kommunaldirektor.dragoer@gmail.com", "okonomi@dragoer.dk", "Har du to minutter?")
            .text("Hej\n\nSidder du ved skrivebordet? Jeg er til møde i KKR Hovedstaden og har kun min private telefon. Vi "
                + "skal have en overførsel igennem hurtigt og diskret, uden om den sædvanlige godkendelse. Svar mig herfra, "
                + "så får du detaljerne.\n\nSendt fra min iPhone");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmesteren", "borgmester.dragoer@outlook.com", "indkob@dragoer.dk", "En hurtig tjeneste")
            .text("Hej\n\nSpejderne, der samlede affald langs Sydstranden i weekenden, skal have en påskønnelse fra mig, "
                + "inden de kører fra Dragør Fort i eftermiddag. Skaffer du femten digitale gavebeviser til en tusse stykket "
                + "og sender numrene tilbage hertil? Beløbet refunderer jeg over mit udlægsbilag.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Jacobsen", "louise.jacobsen.dragoer@gmail.com", "lon@dragoer.dk", "Ny konto til min løn")
            .text("Kære lønkontor\n\nLouise her, fra natholdet på Enggårdens afdeling Skuden. Efter mit navneskift efter "
                + "brylluppet har Danske Bank rodet det hele sammen, så jeg har fået konto i en litauisk app-bank i stedet: "
                + mule(0) + ". Portalen vil ikke kende mit nye efternavn, så det vil være sødt, hvis I retter det for mig "
                + "inden decemberlønnen.\n\nLouise");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a night-shift care helper";
        m = bad("payroll-account-change");
        headers(m, "Frederik Holst", "frederik.holst.havn@hotmail.com", "lon@dragoer.dk", "Lønkonto")
            .text("Hej\n\nJeg er havneassistent i Dragør og flytter til Irland i det nye år, hvor jeg allerede har fået en "
                + "konto. Sæt venligst min løn ind på " + mule(6) + " fra decemberlønnen.\n\nHilsen Frederik");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Dragør Inkasso", "sag@" + OWNED[14], "kreditor@dragoer.dk", "Inkassovarsel: " + inkasso[i].name())
                .text("Att. kommunens kreditorafdeling, Kirkevej 7\n\nVores klient " + inkasso[i].name() + " har bedt os "
                    + "inddrive faktura " + p.no() + " (" + p.amount().gross() + " kr.), som står ubetalt hos jer. Tillagt "
                    + "salær og rente udgør kravet nu et rundere beløb, der skal stå på " + mule(i + 9) + " inden weekenden. "
                    + "Derefter overgår sagen uden yderligere varsel til fogeden i Glostrup.\n\nDragør Inkasso, sagsafdelingen");
            ownedBy(m, OWNED[14]);
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "noreply@" + OWNED[15], "it@dragoer.dk", "Handling påkrævet: MitID Erhverv spærres")
            .html("<html><body><p>Kære administrator</p><p>Organisationens oplysninger skal genbekræftes. Gør I det ikke "
                + "inden 24 timer, spærres samtlige medarbejderes adgang i " + KOMMUNE + ".</p><p><a href=\"https://"
                + OWNED[15] + "/bekraeft\">Genbekræft nu</a></p></body></html>");
        ownedBy(m, OWNED[15]);
        m.description = "fake MitID Erhverv lock-out with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@" + OWNED[16], "okonomi@dragoer.dk", "Ny post fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>I jeres fælles indbakke ligger der siden tirsdag et uåbnet "
                + "dokument fra Skattestyrelsen (emne: tilbagebetaling, kommunal moms, kvartal 3). Uåbnede brev fra "
                + "myndigheden betragtes som forkyndt efter syv dage.</p><p><a href=\"https://" + OWNED[16] + "/post\">Hent "
                + "dokumentet</a></p><p>Digital Post - virksomhedsindbakke</p></body></html>");
        ownedBy(m, OWNED[16]);
        m.description = "fake Digital Post notice with a login link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@" + OWNED[17], "efaktura@dragoer.dk", "EAN-registrering udløber")
            .text("Til " + KOMMUNE + "\n\nRegistreringen af EAN " + EAN + " i NemHandelsregistret skal fornyes inden "
                + "fredag. Ellers afvises alle indgående e-fakturaer. Forny på https://" + OWNED[17] + "/ean med MitID.\n\n"
                + "NemHandel Support");
        ownedBy(m, OWNED[17]);
        m.description = "fake NemHandel registration renewal with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afvist@" + OWNED[17], "kreditor@dragoer.dk", "Afviste e-fakturaer - samlebetaling")
            .text("Kære EAN-ejer\n\nNemHandel-broen har sendt ni OIOUBL-dokumenter retur til afsenderne, da jeres "
                + "modtagerprofil mangler et certifikat. For at leverandørerne ikke sender jer til inkasso, kan "
                + "supporten mellemregne det hele: 98.420,00 kr. sættes ind på vores mellemregningskonto " + mule(4)
                + ", og vi sender beløbene videre næste bankdag.\n\nNemHandel Support");
        ownedBy(m, OWNED[17]);
        m.description = "fake NemHandel 'rejected invoices' asking for one pooled payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Havneparkering Dragør", "afgift@" + OWNED[18], "teknik@dragoer.dk", "Parkeringsafgift - Dragør Havn")
            .html("<html><body><p>Den hvide varevogn med kommunens logo stod fredag fra 14.10 til 16.45 på "
                + "Havnepladsen ved fiskerhusene uden P-skive. Vi opkræver 790 kr., som klares med telefonens kamera på "
                + "koden nedenfor, før der går fem dage.</p><p><img src=\"cid:kode\" "
                + "alt=\"Scan og betal\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, OWNED[18]);
        m.description = "QR code for a harbour parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "kunde@" + OWNED[19], "okonomi@dragoer.dk", "Jeres aftaler skal fornyes")
            .html("<html><body><p>Jeres faste betalingsaftaler er ikke længere aktive. Scan QR-koden med telefonen for at "
                + "genoprette dem.</p><img src=\"cid:kode\"></body></html>")
            .attach("image/png", "aftaler.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, OWNED[19]);
        m.description = "QR code for 'inactive direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(850_000);
        headers(m, rengoer.person(), "admin@" + OWNED[4], "kreditor@dragoer.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVores PDF'er bliver tilsyneladende blokeret hos jer, så fakturaen er zippet. Bemærk de nye "
                + "bankoplysninger.\n\nAdministrationen")
            .attach("application/zip", "Faktura-" + no + ".zip", Attachments.zip("Faktura-" + no + ".pdf",
                pdfInvoice(m, rengoer.posing(OWNED[4], mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontoen på fakturaen."));
        ownedBy(m, OWNED[4]);
        m.description = "invoice PDF inside a ZIP from a look-alike of dragor-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(850_000);
        headers(m, vvs.person(), "post@" + OWNED[5], "kreditor@dragoer.dk", "Samlet faktura november")
            .text("Hej\n\nNovembers regninger ligger i et 7z-arkiv, fordi filerne ellers bliver for store. Ny konto.\n\n"
                + "Værkstedet")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura-" + no + ".pdf",
                pdfInvoice(m, vvs.posing(OWNED[5], mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, OWNED[5]);
        m.description = "invoice PDF inside a 7z from a look-alike of nordstrand-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "salg@" + OWNED[22], "indkob@dragoer.dk", "Ordrebekræftelse og faktura kopipapir")
            .text("Hej\n\nOrdrebekræftelse og faktura står i samme fil. Klik på 'Aktivér indhold', så kommer beløbene "
                + "frem.\n\nSalg")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Beløbene vises, når indholdet er aktiveret.", true));
        ownedBy(m, OWNED[22]);
        m.description = "macro-enabled .docm from a look-alike of storemagleby-kontor.dk";
        m = bad("office-macro");
        headers(m, "Debitor", "debitor@" + OWNED[23], "it@dragoer.dk", "Afregning elevcomputere")
            .text("Hej IT-folk\n\nRegnearket med de 380 elev-pc'er til Nordstrandskolen og Dragør Skole er vedhæftet. Excel "
                + "spærrer formlerne, indtil I trykker på den gule bjælke og lader makroerne køre. Bemærk kontonummeret, "
                + "det er skiftet.\n\nDebitor")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Afregning_elevpc.xlsm", Attachments.excel(List.of(
                "Afregning elevcomputere november 2036", "Elev-pc og licens 380 stk", "Betales til " + mule(13)), true));
        ownedBy(m, OWNED[23]);
        m.description = "macro-enabled .xlsm from a look-alike of aflandshage-it.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "jens@" + OWNED[21], "ejendom@dragoer.dk", "Regning kalkning Enggården")
            .text("Hej\n\nJeg har fotograferet regningen, da printeren ikke virker. Kontonummeret nederst er nyt.\n\nJens")
            .attach("image/jpeg", "IMG_8531.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, OWNED[21]);
        m.description = "image-only invoice (JPEG) from a look-alike of ullerup-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "mads@" + OWNED[13], "teknik@dragoer.dk", "Regning ålegræs Sydstranden")
            .text("Hej\n\nRegningen for bortkørsel af ålegræs er scannet ind og vedlagt. Betal til den nye konto på "
                + "bilaget.\n\nMads")
            .attach("application/pdf", "SCAN_2211.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, OWNED[13]);
        m.description = "scanned image-only PDF from a look-alike of sovang-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "ordre@" + OWNED[20], "indkob@dragoer.dk", "Ordre 61207 er afsendt")
            .text("Hej indkøb\n\nTi stk. 14-tommer bærbare med dockingstation til Dragør Rådhus står klar på lageret i "
                + "Brøndby og køres ud i morgen, hvorefter 98.700 kr. faktureres. Er det en fejlbestilling, så ring til "
                + "lagerchefen direkte på 32 98 40 17 før kl. 16.\n\nOrdrekontoret");
        ownedBy(m, OWNED[20]);
        m.description = "callback scam: fake laptop order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "licens@" + OWNED[20], "it@dragoer.dk", "Antivirus-licens forlænget")
            .text("Hej IT\n\nVirusskjoldet på jeres 310 pc'er er rullet over i en ny treårsperiode, og 64.900 kr. plus moms "
                + "kommer på næste uges regning. Hvis nogen hos jer har opsagt den, er det kun vores hotline på 32 98 40 18, "
                + "der kan stoppe fornyelsen - og kun frem til fredag eftermiddag.\n\nLicensafdelingen");
        ownedBy(m, OWNED[20]);
        m.description = "callback scam: auto-renewed antivirus licence";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_400_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kh@" + OWNED[24], "efaktura@dragoer.dk", "E-faktura " + no + " som fil")
            .text("Hej Dragør\n\nKasper har købt et billigt faktureringsmodul, som ikke er godkendt til NemHandel endnu, så "
                + "regningen for fortovet ligger her som XML-fil. Pengene skal ind på den konto, der står i filen - den "
                + "gamle bruger vi ikke længere.\n\n" + entrep.name())
            .attach("application/xml", "efaktura-" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "DK-" + (54_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, OWNED[24]);
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_400_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "debitor@" + OWNED[23], "efaktura@dragoer.dk", "Faktura " + no + " i OIOUBL")
            .text("OIOUBL-filen med fakturaen er vedlagt. Betalingsoplysningerne er ændret, fordi vi har skiftet bank.")
            .attach("application/xml", "OIOUBL-" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "DK-" + (54_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, OWNED[23]);
        m.description = "OIOUBL XML with a changed payee from a look-alike of aflandshage-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signerhavn", "dokument@" + OWNED[25], "kultur@dragoer.dk", "Dragør Museum beder om din signatur")
            .html("<html><body><p>Du skal signere 'Udlånsaftale - modelskibe til Lodshuset'. Linket virker kun i "
                + "dag.</p><p><a href=\"https://" + OWNED[25] + "/d/" + sha256("sh85").substring(0, 16) + "\">Åbn og "
                + "signér</a></p></body></html>");
        ownedBy(m, OWNED[25]);
        m.description = "fake e-signature request imitating signerhavn.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Aftaleportal", "signatur@" + OWNED[26], "ejendom@dragoer.dk", "Forpagtningsaftale afventer signatur")
            .html("<html><body><p>Græsningsforpagteren på strandengene ved Søvang har uploadet sin nye "
                + "forpagtningskontrakt. Før du kan se og godkende den, skal du bekræfte din Office-adgang fra Dragør "
                + "Kommune.</p><p><a href=\"https://" + OWNED[26] + "/login\">Log på og "
                + "signér</a></p></body></html>");
        ownedBy(m, OWNED[26]);
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "trafik@" + OWNED[12], "kreditor@dragoer.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej kreditor\n\nBusselskabet er midt i flytningen fra Amagerbanken-arvingerne til en ny hovedbank, og i "
                + "overgangen tør vi ikke have hele beløbet ét sted. Faktura " + p.no() + " (" + p.amount().gross()
                + " kr.) deles derfor: halvt til den velkendte konto, halvt til " + mule(9) + ".\n\nTrafikkontoret");
        ownedBy(m, OWNED[12]);
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "post@" + OWNED[33], "kreditor@dragoer.dk", "Betaling af faktura " + p.no())
            .text("Goddag\n\nVores lille lokalbank på Amager har indført et månedsloft over, hvad der må løbe ind på "
                + "erhvervskontoen. Af faktura " + p.no() + " skal 25.000 kr. derfor til jer kendte konto, og alt derudover "
                + "til vores reservekonto " + mule(10) + ".\n\nVærkstedet, Nordre Væj");
        ownedBy(m, OWNED[33]);
        m.description = "split payment on Nordstrand VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The two families new in this corpus, and the tree-work family in this world. */
    private void newFamilies() {
        // fake-saltholm-cattle-ferry-invoice
        M m = bad("fake-saltholm-cattle-ferry-invoice");
        invoice(m, dyrlaege.posing(OWNED[27], dyrlaege.account()), mule(0), 10,
            List.of("Græsningsaftale " + herdJournal + ", ekstra overfart"), "", "Da kvæget på Saltholm skulle hjem før "
                + "stormen i oktober, sejlede vi en ekstra tur med pramen ud over aftalen, som Natur og Miljø bad om. "
                + "Regningen med aftalenummeret er vedhæftet. Rederiet har fået ny ejer og dermed ny bank, så brug kontoen "
                + "på regningen og ikke den, I har registreret.");
        ownedBy(m, OWNED[27]);
        m.description = "look-alike of the real cattle ferry cites its real grazing agreement, new account (LT IBAN)";
        m = bad("fake-saltholm-cattle-ferry-invoice");
        headers(m, "Saltholm Overfart", "regning@" + OWNED[28], "natur@dragoer.dk", "Regning: nødsejlads med kvier fra "
            + "Saltholm")
            .text("Til Natur og Miljø\n\nEn af jeres kvier var gået ud på isen ved Saltholms sydspids, og en lodsbåd "
                + "alarmerede os. Vi hentede dyret med vores pram og leverede det i Dragør Havn. Sejlads, mandskab og "
                + "dyrlægeattest koster 17.250,00 kr. inkl. moms, der bedes indbetalt til " + mule(5) + " inden ti "
                + "dage.\n\nSaltholm Overfart");
        ownedBy(m, OWNED[28]);
        m.description = "unknown ferry bills an 'emergency crossing' for a heifer nobody reported (GB IBAN)";
        m = bad("fake-saltholm-cattle-ferry-invoice");
        headers(m, "Dragør Kvægtransport", "booking@" + OWNED[29], "teknik@dragoer.dk", "Booking af forårsudsætning "
            + "på Saltholm")
            .text("Kære kommune\n\nFørst til mølle: vi har reserveret pramme og vogne til udsætningen af græsningskvæg på "
                + "Saltholm i maj. For at holde datoen kræver vi et depositum på 11.400 kr. på " + mule(4) + "; resten "
                + "afregnes efter sejladsen.\n\nDragør Kvægtransport");
        ownedBy(m, OWNED[29]);
        m.description = "'booking' of next spring's cattle crossing to Saltholm with a deposit (PL IBAN)";

        // fake-aircraft-noise-window-insulation-invoice
        m = bad("fake-aircraft-noise-window-insulation-invoice");
        invoice(m, affugt.posing(OWNED[30], affugt.account()), mule(9), 14,
            List.of("Støjpuljesag " + fortAgreement + " - tillægsarbejde"), "", "Ved montagen af lydruder i husene på "
                + "Søvangs Allé viste det sig, at karmene var rådne, og vores montører skiftede dem med det samme, så "
                + "husene ikke stod åbne. Tillægget falder uden for støjpuljesagen og forfalder straks. Vi har skiftet til en "
                + "ny bankkonto, som fremgår af fakturaen.");
        ownedBy(m, OWNED[30]);
        m.description = "look-alike of the noise-insulation firm cites the real noise-fund case, 'rotten frames' (HU IBAN)";
        m = bad("fake-aircraft-noise-window-insulation-invoice");
        headers(m, "Dragør Støjpulje", "sekretariat@" + OWNED[31], "okonomi@dragoer.dk", "Kommunens egenandel af "
            + "lydisolering, 4. runde")
            .text("Til økonomiafdelingen\n\nI fjerde runde af lydisoleringen under indflyvningen er 23 boliger i Dragør "
                + "blevet godkendt. Kommunens egenandel, 46.000,00 kr., skal indbetales til puljens konto " + mule(10)
                + " inden fem hverdage, ellers går pladserne til Tårnby.\n\nSekretariatet, Dragør Støjpulje")
            .attach("application/pdf", "egenandel.pdf", Attachments.pdf(docId(m, "sp85"), "Opkrævning egenandel",
                List.of("Dragør Støjpulje", "4. runde: 23 boliger under indflyvningen", "Egenandel 46.000,00",
                    "Konto " + mule(10))));
        ownedBy(m, OWNED[31]);
        m.description = "invented 'noise fund' bills the municipality's share of aircraft-noise insulation (RO account)";
        m = bad("fake-aircraft-noise-window-insulation-invoice");
        headers(m, "Kongelunden Lydvinduer", "ordre@" + OWNED[32], "ejendom@dragoer.dk", "Lydmåling og nye ruder - "
            + "forudbetaling")
            .text("Hej ejendomsdrift\n\nNår Kastrup efter nytår flytter den østlige indflyvning ned over Store Magleby, skal "
                + "børnehusene Lodsen og Tudsen lydmåles og have dobbelte lamineret ruder. To af vores glarmestre er "
                + "reserveret til uge 2, og for at låse pladsen skal halvdelen, 29.500 kr., ind på " + mule(11) + " inden "
                + "glasset skæres.\n\nKongelunden Lydvinduer");
        ownedBy(m, OWNED[32]);
        m.description = "'new flight path' noise measurement and windows, prepayment (BG IBAN)";

        // fake-arborist-tree-survey-invoice (the forest-work variant in this world)
        m = bad("fake-arborist-tree-survey-invoice");
        invoice(m, trae.posing(OWNED[34], trae.account()), mule(13), 15, List.of("Sag " + treeCase
            + " - stormskader"), "", "Efter stormen lå fire fyrretræer i Kongelundsskoven hen over ridestien, og vi fjernede "
            + "dem lørdag under sag " + treeCase + ", så stien kunne genåbnes. Regningen følger her. Beløbet bedes overført "
            + "til firmaets nye konto inden fredag.");
        ownedBy(m, OWNED[34]);
        m.description = "look-alike of the forest contractor cites the real tree case, storm clearance, new DK account";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus85().generate(), List.of(
            "# Dragør Kommune, Økonomi: invoice checks (eighty-fifth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=dragor-fjernvarme.dk storemagleby-anlaeg.dk saltholm-kvaegfaerge.dk "
                + "sovang-lydisolering.dk kongelunden-skovservice.dk hollaenderbyens-toemrer.dk ullerup-maler.dk "
                + "dragor-rengoering.dk dragor-havneblad.dk sovang-vognmand.dk dragor-havneel.dk nordstrand-vvs.dk "
                + "sydstrand-koekken.dk dragor-traelast.dk aflandshage-it.dk dragor-busser.dk storemagleby-kontor.dk",
            "invoice.domains.platforms=betalfyr.com saldopost.io bilagsbaaden.dk regningsfyr.dk",
            "invoice.names.protected=Dragør Kommune"));
    }
}
