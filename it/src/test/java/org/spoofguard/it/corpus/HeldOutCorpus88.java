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
 * The eighty-eighth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Tårnby Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, environment,
 * schools, elderly care, culture, sports and property mailboxes; town hall Amager Landevej 76, 2770 Kastrup) on Amager next to
 * Copenhagen Airport: Kastrup with its old fort, the marina and Kastrup Strandpark, Tårnby, Korsvejen, Maglebylille,
 * Løjtegård, Ullerup, Tømmerup, Vestamager, the art museum Kastrupgårdsamlingen and the island Saltholm; sixteen listed
 * suppliers from those places in every DNS posture real Danish firms have (one sending through a web hoster named in its
 * SPF), four invoicing platforms ({@code kvitmast.dk}, {@code bilagsbugt.com}, {@code regningsrev.dk}, {@code
 * regnskabsgnist.io}), a pest-control firm clearing gull nests from the flat roofs of schools and the town hall under the
 * airport's flight paths, a measuring firm running ultrafine-particle monitors at schools and day-care near the runways,
 * sole traders on free mail, foreign suppliers, SaaS ({@code vagtlogik.io}, {@code elevtransit.dk}), an ESP ({@code
 * postkaskade.com}), an e-signature service ({@code signeringshus.dk}), banks, a creditor list, forwarders (with and without
 * SRS) and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and two kinds new here: gull-nest clearing,
 * egg removal or "emergency netting" on the flat roofs of Tårnby's schools and town hall billed by someone who never climbed
 * them (fake-rooftop-gull-nest-removal-invoice), and calibration, extra stations or "exceedance reports" of the
 * ultrafine-particle monitoring near the airport billed to a new account (fake-ultrafine-particle-measurement-invoice). The
 * invoice engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written.
 * {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus88GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus88 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout88");
    public static final String OWN = "taarnby.dk";
    static final String FRAUD_NET = "127.188.";
    private static final String OWN_IP = "127.88.0.1";
    private static final String EAN = "5798007935528";
    private static final String KOMMUNE = "Tårnby Kommune";
    private static final String RAADHUS = "Amager Landevej 76, 2770 Kastrup";
    private static final String HOSTER_IP = "127.88.9.1";
    private static final String GMAIL = "127.90.1.1";
    private static final String MSFT = "127.90.2.1";
    private static final String APPLE = "127.90.5.1";

    private final Random rnd = new Random(88_2770_0088L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The pest-control firm's roof plan for the gull nests (the frauds cite it). */
    private String roofPlan;
    /** The particle-monitoring agreement near the airport (the frauds cite it). */
    private String airAgreement;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 20, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Tårnby Varmeværk a.m.b.a.", "taarnby-varmevaerk.dk", "Kundeservice",
        "kundeservice", "127.88.1.1", iban("DK", "30000011887204"), "fjernvarme til Rådhuset, Tårnby Hovedbibliotek og "
        + "Plejecentret Løjtegården");
    private final Supplier skadedyr = new Supplier("Kastrup Skadedyrsservice ApS", "kastrup-skadedyr.dk", "Mikkel Thorup",
        "mt", "127.88.1.2", bank("2191", "0008813460"), "rydning af mågereder og montering af fuglewire på skolernes flade tage");
    private final Supplier luft = new Supplier("Vestamager Luftmåling ApS", "vestamager-luftmaaling.dk", "Luftmåling, Økonomi",
        "oekonomi", "127.88.1.3", iban("DK", "53250000917733"), "drift af målestationer for ultrafine partikler ved skoler og "
        + "institutioner nær lufthavnen");
    private final Supplier entrep = new Supplier("Korsvejen Entreprise ApS", "korsvejen-entreprise.dk", "Rasmus Ebdrup", "re",
        "127.88.1.4", bank("2191", "0008827019"), "ny belægning og afvanding af skolegården, Korsvejens Skole");
    private final Supplier toemrer = new Supplier("Maglebylille Tømrer & Snedker ApS", "maglebylille-toemrer.dk",
        "Peter Vilhelmsen", "pv", "127.88.1.5", bank("5301", "0000449281"), "udskiftning af vinduespartier, Tårnby Skole");
    private final Supplier maler = new Supplier("Løjtegård Malerfirma v/ Kim Halberg", "loejtegaard-maler.dk", "Kim Halberg",
        "kim", "127.88.1.6", bank("5301", "0000461190"), "maling af gange og klasselokaler, Løjtegårdsskolen");
    private final Supplier rengoer = new Supplier("Kastrup Rengøring A/S", "kastrup-rengoering.dk", "Kundecenter", "kunde",
        "127.88.1.7", iban("DK", "30000011902388"), "daglig rengøring af Rådhuset og Borgerservice samt vinduespolering");
    private final Supplier avis = new Supplier("Tårnby Bladet", "tarnbybladet.dk", "Annonceafdelingen", "annonce",
        "127.88.1.8", iban("DK", "53250000925506"), "annoncer: lokalplanforslag for Maglebylille og jobopslag i ældreplejen");
    private final Supplier vognmand = new Supplier("Ullerup Vognmandsforretning ApS", "ullerup-vognmand.dk", "Henning Borup",
        "henning", "127.88.1.9", bank("2191", "0008839911"), "kørsel af sand og grus samt bortkørsel af haveaffald fra "
        + "Kastrup Strandpark");
    private final Supplier el = new Supplier("Kastrup El-Service ApS", "kastrup-elservice.dk", "Jacob Lykke", "jl", HOSTER_IP,
        bank("5301", "0000478012"), "nye LED-armaturer i Tårnby Svømmehal og udskiftning af eltavler");
    private final Supplier vvs = new Supplier("Tårnby VVS & Blik ApS", "taarnby-vvs.dk", "Kontoret", "kontor", "127.88.1.11",
        bank("2191", "0008846607"), "service på varmeanlæg og udskiftning af tagrender, Kastrupgårdsskolen");
    private final Supplier mad = new Supplier("Kastrup Madservice A/S", "kastrup-madservice.dk", "Kastrup Madservice, Regnskab",
        "regnskab", "127.88.1.12", iban("DK", "30000011920415"), "mad til hjemmeboende pensionister og plejecentrene");
    private final Supplier byg = new Supplier("Tårnby Trælast A/S", "taarnby-traelast.dk", "Erhvervssalg", "erhverv",
        "127.88.1.13", iban("DK", "53250000938822"), "trælast og byggematerialer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Korsvejens IT ApS", "korsvejen-it.dk", "Bogholderiet", "bogholderi",
        "127.88.1.14", bank("5301", "0000489930"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Tårnby Turistbusser ApS", "taarnby-busser.dk", "Kørselskontoret", "koersel",
        "127.88.1.15", bank("2191", "0008852274"), "skolekørsel til Tårnby Svømmehal og udflugter for specialklasserne");
    private final Supplier kontor = new Supplier("Kastrup Kontorforsyning ApS", "kastrup-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.88.1.16", iban("DK", "30000011935561"), "kopipapir, toner og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Tømmerup Smedie v/ Bo Kjærgaard", "toemmerup-smedie.dk", "Bo Kjærgaard", "bo",
        "127.88.2.1", bank("2191", "0008867345"), "nyt rækværk ved badebroen i Kastrup Strandpark");
    private final Supplier natur = new Supplier("Vestamager Naturpleje v/ Sofie Krogh", "vestamager-naturpleje.dk",
        "Sofie Krogh", "sofie", "127.88.2.2", bank("5301", "0000497714"), "høslæt og rydning af pileskud på Tømmerup Fælled");
    private final Supplier guide = new Supplier("Kunstformidler Line Bach", "gmail.com", "Line Bach", "line.bach.kunstformidling",
        GMAIL, bank("2191", "0008873318"), "omvisninger for 4. årgang i Kastrupgårdsamlingen, fem hold");
    private final Supplier tolk = new Supplier("Tolkeservice v/ Yusuf Demir", "outlook.com", "Yusuf Demir", "yusuf.demir.tolk",
        MSFT, bank("5301", "0000502261"), "tolkning tyrkisk-dansk, Jobcentret og Borgerservice, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Ib Vang", "icloud.com", "Ib Vang", "ib.vang.harmonika", APPLE,
        bank("2191", "0008880440"), "allsang og harmonika på Plejecentret Løjtegården og i Aktivitetscentret");
    private final Supplier tysk = new Supplier("Kieler Luftmesstechnik GmbH", "luftmesstechnik-kiel.de", "Buchhaltung",
        "buchhaltung", "127.88.60.1", iban("DE", "210500001077345512"), "Kalibrierung von Partikelzählern");
    private final Supplier svensk = new Supplier("Malmö Fågelskydd AB", "malmo-fagelskydd.se", "Fakturering", "faktura",
        "127.88.61.1", iban("SE", "45800000083241176602"), "fågelvajer, spikar och nät för platta tak");

    private final List<Supplier> listed = List.of(varme, skadedyr, luft, entrep, toemrer, maler, rengoer, avis, vognmand, el,
        vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name of the municipality; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"taarnby-varmevaerk.com", "korsvejen-entreprice.dk", "taarnby-traelast.com",
        "kastrup-el-service.dk", "kastrup-rengoring.dk", "taarnby-vvs.net", idn("kastrup-k\u043entorforsyning.dk"),
        idn("kastrup-madservic\u0435.dk"), "kvitmast-kastrup.dk", "bilagsbugt-tarnby.com", "maglebylille-tomrer.dk",
        "kastrup-madservice.com", "taarnby-kommune.dk", "taarnby-inkasso.dk", "mitid-kastrup.com", "digitalpost-korsvejen.com",
        "kastrup-parkering.dk", "tarnby-betaling.net", "loejtegaard-malerfirma.dk", "ullerup-vognmand.net",
        "kastrup-kontorforsyning.net", "korsvejen-itservice.net", "korsvejen-entreprise.net", "signeringshus-ullerup.dk",
        "vestamager-esign.net", "taarnby-busser.net", "taarnby-vvs-aps.dk", "dk-domaener-kastrup.net", "kastrup-skadedyr.com",
        "kastrup-maageservice.dk", "loejtegaard-fuglevaern.dk", "vestamager-luftmaaling.com", "tarnby-partikelmaaling.dk",
        "maglebylille-miljoemaaling.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(skadedyr.domain(), List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(luft.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.88.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.88.1.23"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kystsikring-kastrup.dk", List.of("127.88.50.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("trafikstyrelsen-tilsyn.dk", List.of("127.88.50.6"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kastrupgaardsamlingen.dk", List.of("127.88.50.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("tarnby-friskole.dk", List.of("127.88.50.3"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kastrup-revision.dk", List.of("127.88.50.4"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("korsvejen-isenkram.dk", List.of("127.88.50.5"), "-all", null, "none");
        domain("kastrup-lystbaadehavn.dk", List.of("127.88.50.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("kvitmast.dk", List.of("127.88.51.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bilagsbugt.com", List.of("127.88.51.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("regningsrev.dk", List.of("127.88.51.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("regnskabsgnist.io", List.of("127.88.51.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("kastrup-sparekasse.dk", List.of("127.88.52.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("taarnby-andelskasse.dk", List.of("127.88.52.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkreds-oest.dk", List.of("127.88.52.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bogholderforum-kastrup.dk", List.of("127.88.52.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kommunale-indkoebere-oest.dk", List.of("127.88.52.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postkaskade.com", List.of("127.88.52.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelvarsel-hovedstaden.dk", List.of("127.88.52.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.kastrup-fiber.dk", List.of("127.88.52.8"), "-all", null, null);
        domain("relay.taarnby-net.dk", List.of("127.88.52.9"), "-all", null, null);
        domain("vagtlogik.io", List.of("127.88.52.10"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("elevtransit.dk", List.of("127.88.52.11"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signeringshus.dk", List.of("127.88.52.12"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", null, "none"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no88:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36-" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "TK" + (5_100 + rnd.nextInt(4_000));
            case 2:
                return String.valueOf(71_000 + rnd.nextInt(20_000));
            case 3:
                return "F2036-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return (200 + rnd.nextInt(700)) + "/36";
            default:
                return "K" + (88_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@taarnby.dk", "efaktura@taarnby.dk", "kreditor@taarnby.dk", "okonomi@taarnby.dk",
        "teknik@taarnby.dk", "skoler@taarnby.dk", "aeldre@taarnby.dk", "miljoe@taarnby.dk", "ejendom@taarnby.dk",
        "indkob@taarnby.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf88:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(35_000_000 + Math.floorMod(sha256("cvr88:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(83_000_000 + Math.floorMod(sha256("fi88:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "taarnby-varmevaerk.dk" -> "Englandsvej 290, 2770 Kastrup";
            case "kastrup-skadedyr.dk" -> "Kastrupvej 151, 2770 Kastrup";
            case "vestamager-luftmaaling.dk" -> "Tømmerupvej 34, 2770 Kastrup";
            case "korsvejen-entreprise.dk" -> "Tårnbyvej 12, 2770 Kastrup";
            case "maglebylille-toemrer.dk" -> "Maglebylillevej 9, 2770 Kastrup";
            case "loejtegaard-maler.dk" -> "Løjtegårdsvej 142, 2770 Kastrup";
            case "kastrup-rengoering.dk" -> "Amager Strandvej 390, 2770 Kastrup";
            case "tarnbybladet.dk" -> "Tårnby Torv 9, 2770 Kastrup";
            case "ullerup-vognmand.dk" -> "Ullerupvej 61, 2770 Kastrup";
            case "kastrup-elservice.dk" -> "Kastruplundgade 22, 2770 Kastrup";
            case "taarnby-vvs.dk" -> "Tårnbygårdsvej 5, 2770 Kastrup";
            case "kastrup-madservice.dk" -> "Industrivej 20, 2770 Kastrup";
            case "taarnby-traelast.dk" -> "Englandsvej 402, 2770 Kastrup";
            case "korsvejen-it.dk" -> "Korsvejen 4, 2770 Kastrup";
            case "taarnby-busser.dk" -> "Hartkornsvej 11, 2770 Kastrup";
            case "kastrup-kontorforsyning.dk" -> "Saltværksvej 48, 2770 Kastrup";
            case "toemmerup-smedie.dk" -> "Tømmerup Stationsvej 7, 2770 Kastrup";
            case "vestamager-naturpleje.dk" -> "Vestamagervej 3, 2770 Kastrup";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a bill with an order block and a three-line summary; a service report with man
     * hours, materials and a driving surcharge and the FI line (card 71); an agreement statement with a fixed and a variable
     * part and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name() + " - " + title + " " + no;
                l.add((addr.isEmpty() ? s.name() : addr) + " | CVR " + cvr(s.domain()) + " | " + s.domain());
                l.add("Modtager: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Udstedt " + dottedDay(m, 0) + " | Vores reference: " + s.person());
                l.add("Ydelse: " + s.what());
                l.addAll(more);
                l.add("Beløb uden moms: " + a.net());
                l.add("Heraf moms 25 %: " + a.vat());
                l.add("Til betaling DKK: " + a.gross());
                l.add("Betalingsbetingelser: 30 dage fra fakturadato, dvs. senest " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Overføres til " + account + " med fakturanummer som tekst");
                }
            }
            case 1 -> {
                head = "Servicerapport og regning " + no;
                l.add(s.name() + ", " + addr + " (CVR " + cvr(s.domain()) + ")");
                l.add("Bestiller: " + KOMMUNE + " / EAN " + EAN + " - opgave: " + s.what());
                long hours = a.ore() * 57 / 100;
                long drive = a.ore() * 6 / 100;
                l.add("Mandetimer " + kr(hours) + " | Materialeforbrug " + kr(a.ore() - hours - drive) + " | Kørselstillæg " + kr(drive));
                l.addAll(more);
                l.add("Sum uden moms " + a.net() + " | moms " + a.vat() + " | regning i alt " + a.gross());
                l.add("Sidste rettidige betaling " + writtenDay(m, 21) + (account == null ? "" : " til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Afregning efter aftale, bilag " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Aftalekunde " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + ": " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -31) + " til " + dottedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 42 / 100;
                l.add("Fast ydelse " + kr(fixed) + " | Variabel del " + kr(a.ore() - fixed));
                l.addAll(more);
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = DKK " + a.gross());
                l.add("Betales " + dottedDay(m, 14) + (account == null ? "" : " | Konto " + account));
                if (own) {
                    l.add("FI-betaling " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "TaarnbyKommune_" + no + ".pdf", "Fak-" + no + ".pdf",
            "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", no + ".pdf", "Faktura-nr-" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Tårnby Kommune", "Til kreditorbogholderiet", "Hej", "Kære kreditorer",
        "Att. bogholderiet", "Goddag Tårnby Kommune", "Hej økonomi", "Til rette vedkommende"};

    private String phone() {
        return "32 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig88:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh. " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nHilsen\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_400_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Regning " + no, s.name() + ": faktura " + no, "Fakturanr. " + no + " / EAN " + EAN, "Fremsendelse af faktura " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede fil finder I faktura " + no + " på " + a.gross() + " kr. med moms. Forfaldsdatoen er "
                + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er også sendt elektronisk til EAN " + EAN + ". Den skal naturligvis kun betales én gang.";
            case 3 -> "Tak for samarbejdet. Som aftalt kommer fakturaen her som PDF.";
            case 4 -> "Fakturanummer " + no + "\nBeløb inkl. moms " + a.gross() + " kr.\nForfald " + dottedDay(m, 30);
            case 5 -> "Vi har afsluttet opgaven og sender hermed fakturaen. Jeres ordrenummer er påført.";
            case 6 -> "Her er fakturaen for månedens leverancer. Giv lyd, hvis noget ikke stemmer med jeres bestilling.";
            default -> "Se venligst den vedhæftede faktura.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 3) {
            mime.html("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><p>"
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
        if (List.of(varme, rengoer, mad, luft, it, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, skadedyr, vognmand, vvs, el, toemrer, bus).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Amager Landevej 76", "Kastrup", "2770", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        roofPlan = "MR-" + (140 + rnd.nextInt(60));
        airAgreement = "UFP-" + (3_100 + rnd.nextInt(500));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == skadedyr ? List.of("Tagplan " + roofPlan + ": 14 tage, efterårsrunde")
                : s == luft ? List.of("Aftale " + airAgreement + ": 6 målestationer, månedsrapport leveret") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Park og Vej"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the railing at the bathing jetty, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre TK-" + (40_100 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@taarnby.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Tårnby Hovedbibliotek, renovering" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 2, ref, k % 5 == 2 ? "\n\nLeverancesedlerne ligger med som bilag." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "leverancesedler.pdf", Attachments.pdf(docId(m, "ls"), "Leverancesedler",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Tårnby", "Paller: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader krydsfiner havde fugtskader og er taget retur."},
            {kontor, "Kreditnota til faktura ", "Tonerpatronerne passede ikke til printerne i Borgerservice og er afhentet."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (1_200 + rnd.nextInt(600));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@taarnby.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra i jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for nedenstående "
            + "faktura. Har I allerede betalt, beder vi jer se bort fra denne mail."},
            {entrep, "Rykker 1", "Betalingsfristen for fakturaen er overskredet med godt en uge. Der er ikke beregnet renter."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@taarnby.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Gælder faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@taarnby.dk", "Saldobekræftelse " + dottedDay(m, -1))
            .text("Hej\n\nSom I bad om til revisionen: vi har modtaget betaling for faktura " + p.no() + ", og jeres saldo "
                + "hos os er 0 kr." + signature(s));
        genuine(m, s.ip());
        m.description = "ullerup-vognmand.dk balance confirmation, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(780_000);
            boolean peppol = v == 1;
            String ref = "TK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@taarnby.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Goddag\n\nVores nye regnskabsprogram kan endnu ikke sende til jeres EAN, så e-fakturaen ligger her som "
                    + "XML med en læsbar PDF ved siden af. Der er ingen ændringer i betalingsoplysningerne. Skulle fakturaen "
                    + "også dukke op via NemHandel, er det den samme.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Laesbar-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Indkøbsordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a readable PDF, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"kvitmast.dk", "bilagsbugt.com", "regningsrev.dk", "regnskabsgnist.io"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "bounces+" + sha256("plat88:" + m.id).substring(0, 10) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "RG-" + (30_000 + rnd.nextInt(9_000));
                headers(m, "Regnskabsgnist", "opkraevning@regnskabsgnist.io", "idraet@taarnby.dk", "Opkrævning " + no
                    + " - vikartimer i svømmehallen")
                    .text("Til " + KOMMUNE + ", Kultur og Fritid\n\nHer er opkrævningen for de livredder-vikartimer i Tårnby "
                        + "Svømmehal, som jeres driftsleder godkendte i november (74 timer). Vikarerne er ansat og lønnet hos "
                        + "os.\n\nI alt " + a.gross() + " kr. med sidste betalingsdag " + dottedDay(m, 20) + ".\n\nRegnskabsgnist")
                    .attach("application/pdf", "Regnskabsgnist-" + no + ".pdf", Attachments.pdf(docId(m, "rg"), "Opkrævning " + no,
                        List.of("Regnskabsgnist ApS", "Kunde: " + KOMMUNE + ", Kultur og Fritid", "Vikartimer november 2036: 74",
                            "Netto " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross(), "Konto " + iban("DK", "53250000960014"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform regnskabsgnist.io bills approved relief lifeguard hours under its own name";
                continue;
            }
            String no = "KV" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "teknik@taarnby.dk" : "miljoe@taarnby.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som PDF i denne mail. Besvarer du mailen, havner dit svar direkte hos "
                    + s.person() + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 1, List.of(), v == 3 ? "\n\nJeg driver ikke momspligtig virksomhed, så beløbet er "
                + "uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "KL-" + (36_400 + rnd.nextInt(500));
        Amount a = amount(700_000);
        headers(m, "Kieler Luftmesstechnik", addr(tysk), "miljoe@taarnby.dk", "Rechnung " + no + " - Kalibrierung")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " für die jährliche Kalibrierung der "
                + "Partikelzähler, die Ihr Messdienstleister uns eingeschickt hat. Steuerschuldnerschaft des "
                + "Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Kiel", "Kunde: " + KOMMUNE + ", Miljø", tysk.what() + ", 6 Geräte",
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German calibration lab (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "MF" + (7_200 + rnd.nextInt(600));
        headers(m, "Malmö Fågelskydd", addr(svensk), "ejendom@taarnby.dk", "Faktura " + no + " - fågelvajer")
            .text("Hej,\n\nHär kommer fakturan för fågelvajer, spikar och nät till de platta taken på era skolor, som er "
                + "entreprenör beställde i oktober. Leveransen gick till Kastrup.\n\nVänliga hälsningar\nFakturering, "
                + "Malmö Fågelskydd AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Betalas till IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish bird-protection supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Vagtlogik", "billing@vagtlogik.io", "aeldre@taarnby.dk", "Your Vagtlogik invoice for December")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for Vagtlogik (shift planning for home care, 210 users). "
                + "It has also been delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross() + "\n\nThe Vagtlogik team")
            .attach("application/pdf", "vagtlogik-invoice.pdf", Attachments.pdf(docId(m, "vl"), "Invoice",
                List.of("Vagtlogik ApS", "Customer: " + KOMMUNE, "December 2036, 210 users", "DKK " + a.gross())));
        genuine(m, "127.88.52.10");
        m.description = "SaaS vagtlogik.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Elevtransit", "betaling@elevtransit.dk", "skoler@taarnby.dk", "Elevtransit - betaling modtaget")
            .text("Hej\n\nTak for betalingen for Elevtransit (planlægning af specialkørsel, 38 elever). Vi har trukket "
                + a.gross() + " kr. på kommunens kort, der ender på 7713.\n\nElevtransit");
        genuine(m, "127.88.52.11");
        m.description = "SaaS elevtransit.dk card receipt, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("2191", "0008901276");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@taarnby.dk", "Skift af bank pr. 1. december")
            .text("Kære kreditorafdeling\n\nVi flytter vores erhvervskonti til en anden bank. Fakturaer dateret 1. december "
                + "2036 og senere betales til " + nyT + ", mens ældre fakturaer betales til den konto, der står på dem.\n\n"
                + "I er velkomne til at ringe til værkstedet på det nummer, I har i jeres kartotek, og få det bekræftet."
                + signature(toemrer))
            .attach("application/pdf", "Nye-bankoplysninger.pdf", Attachments.pdf(docId(m, "nb"), "Nye bankoplysninger",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Konto: " + nyT,
                    "Peter Vilhelmsen, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye skabe og hylder i lærerværelset, Tårnby Skole");
        invoice(m, moved, nyT, 12, List.of("Ny konto fra 01.12.2036, se brev"), "\n\nVær opmærksom på den nye konto, som vi "
            + "skrev om i sidste uge.");
        genuine(m, toemrer.ip());
        m.description = "maglebylille-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "30000012045570");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Kastrup Madservice, Regnskab", addr(mad), "kreditor@taarnby.dk", "Ændret betalingskonto fra december")
            .text("Til " + KOMMUNE + ", kreditorer og Ældre og Sundhed\n\nEfter at vores to banker er lagt sammen, har vi fået "
                + "nyt kontonummer. Fakturaer fra 1. december betales til " + nyM + ". Den nuværende konto tager imod "
                + "indbetalinger til og med januar. Et underskrevet brev er også sendt til jeres Digital Post.\n\nVenlig "
                + "hilsen\nKastrup Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 17, List.of("Ny betalingskonto fra 01.12.2036"), "\n\nHusk venligst det nye kontonummer.");
        genuine(m, mad.ip());
        m.description = "kastrup-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 21, List.of(), "");
        m.mailFrom = "SRS0=Hq7d=TB=tarnbybladet.dk=annonce@srs.kastrup-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.88.52.8";
        m.helo = "srs.kastrup-fiber.dk";
        m.description = "tarnbybladet.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.taarnby-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.taarnby-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"bogholderforum-kastrup.dk", "Dorthe Ravn", "dr@", "Regning for mågereder i november?",
            "Hej alle\n\nVi har fået en regning på 'fjernelse af æg og reder' fra vores skoletage - i november, hvor der "
                + "ingen måger ruger. Firmaet kender vi ikke. Er der andre, der har set den?\n\nDorthe"},
            {"kommunale-indkoebere-oest.dk", "Jens Holmgaard", "jho@", "Partikelmålinger - mærkelig faktura", "Hej\n\nVi har "
                + "fået en faktura på 'ekstra målestation for ultrafine partikler' fra et firma med næsten samme navn som vores "
                + "rigtige leverandør. Kontoen var en anden. Pas på.\n\nJens"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "kreditorer@kreditorkreds-oest.dk", x[3])
                .header("List-Id", "Kreditorkredsen Øst <kreditorer.kreditorkreds-oest.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorkreds-oest.dk", "[Kreditorkredsen] ", "\r\n___\r\nKreditorkredsen Øst - for "
                + "bogholdere i kommuner og regioner\r\nAfmeld: https://kreditorkreds-oest.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelvarsel-hovedstaden.dk", "Svindelvarsel Hovedstaden", "Tage, måger og målestationer",
            "Vi ser regninger for mågebekæmpelse og luftmålinger, der genbruger rigtige aftalenumre fra en hacket postkasse. "
                + "Et nyt kontonummer skal altid bekræftes på et telefonnummer, I selv har fundet."},
            {"kastrup-revision.dk", "Kastrup Revision", "Årsskiftet: tre ting at tjekke",
                "Gennemgå kreditorstamdata, spær for ændringer uden to godkendere, og afstem de største leverandører."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl88:" + x[0]).substring(0, 12) + "@postkaskade.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@taarnby.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs "
                    + "mere på hjemmesiden</a></p><p style=\"font-size:9px\">Du får denne mail, fordi du er tilmeldt. "
                    + "Afmeld her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postkaskade.com");
            m.ip = "127.88.52.6";
            m.helo = "mta.postkaskade.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postkaskade.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Ejendomscentret", "ejendom@", "kreditor@taarnby.dk", "Måger på skoletagene",
            "Hej kreditor\n\nMågerederne på skolerne og Rådhuset fjernes udelukkende af Kastrup Skadedyrsservice efter vores "
                + "tagplan, og kun efter bestilling fra os. Deres regninger har altid tagplanens nummer. Andre regninger om "
                + "måger skal I ikke betale - send dem til mig.\n\nEjendomscentret"},
            {"Miljø og Plan", "miljoe@", "kreditor@taarnby.dk", "Partikelmålingerne ved lufthavnen", "Hej\n\nMålestationerne "
                + "for ultrafine partikler drives af Vestamager Luftmåling under vores aftale. Ekstra stationer og "
                + "kalibreringer bestiller vi selv og skriver aftalenummeret på.\n\nMiljø og Plan"},
            {"Skoleafdelingen", "skoler@", "skoleledere@taarnby.dk", "Henvendelser om tage og luft", "Kære skoleledere\n\n"
                + "Får I besøg eller mails fra firmaer, der vil 'tjekke taget for måger' eller 'sætte en målestation op', så "
                + "henvis dem til Ejendomscentret eller Miljø og Plan. I skal ikke selv bestille noget.\n\nSkoleafdelingen"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Kastrup Sparekasse, Erhverv", "erhverv@kastrup-sparekasse.dk", "okonomi@taarnby.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi bekræfter modtagelsen af en betalingsfil med 233 poster til effektuering på næste "
                + "bankdag. Se detaljerne i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nKastrup Sparekasse");
        genuine(m, "127.88.52.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Tårnby Andelskasse", "info@taarnby-andelskasse.dk", "okonomi@taarnby.dk", "Nye priser på valutaoverførsler")
            .text("Til vores erhvervskunder\n\nFra 1. februar justerer vi priserne på overførsler i udenlandsk valuta. Den nye "
                + "prisliste ligger i netbanken under Dokumenter.\n\nTårnby Andelskasse");
        genuine(m, "127.88.52.2");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("rooftop-gull-nest-removal-invoice", true);
        invoice(m, skadedyr, skadedyr.account(), 7, List.of("Tagplan " + roofPlan + ", efterårsrunde del 2",
            "Gamle reder fjernet på 6 tage, 140 m fuglewire monteret"), "\n\nBilleder fra tagene er sendt til Ejendomscentret.");
        genuine(m, skadedyr.ip());
        m.description = "the real pest-control firm invoices the autumn roof round under its roof plan (RSA, no DMARC)";
        m = ok("ultrafine-particle-measurement-invoice", true);
        invoice(m, luft, luft.account(), 9, List.of("Aftale " + airAgreement + ", november 2036",
            "Drift af 6 stationer, datavalidering og månedsrapport"), "\n\nMånedsrapporten ligger på jeres dataportal.");
        genuine(m, luft.ip());
        m.description = "the measuring firm's monthly monitoring near the airport (DKIM only, p=quarantine, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Vestamager Luftmåling", addr(luft), "miljoe@taarnby.dk", "Kalibrering i januar - ingen ekstra regning")
            .text("Kære Miljø og Plan\n\nI januar sender vi partikeltællerne til den årlige kalibrering i Kiel. Det er en del af "
                + "aftale " + airAgreement + " og faktureres ikke særskilt. Vi sender aldrig regninger for ekstra stationer, som "
                + "I ikke selv har bestilt.\n\nVestamager Luftmåling");
        genuine(m, luft.ip());
        m.description = "the measuring firm announces the yearly calibration at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_500_000);
        headers(m, "Kystsikring Kastrup I/S", "faktura@kystsikring-kastrup.dk", "efaktura@taarnby.dk",
            "Andel af driftsudgifter, 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt er opkrævningen af jeres andel af driften af diget langs Kastrup Strandpark "
                + "i fjerde kvartal. Den er også sendt til jeres EAN.\n\nKystsikring Kastrup I/S")
            .attach("application/pdf", "Andel-4kv.pdf", Attachments.pdf(docId(m, "ks"), "Driftsandel 4. kvartal 2036",
                List.of("Kystsikring Kastrup I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "30000012077109"))));
        genuine(m, "127.88.50.1");
        m.description = "intermunicipal coastal protection company's quarterly share";
        m = ok("authority-notice", false);
        headers(m, "Trafikstyrelsen, Tilsyn", "tilsyn@trafikstyrelsen-tilsyn.dk", "teknik@taarnby.dk",
            "Varsling af tilsyn med fuglehåndtering")
            .text("Til Tårnby Kommune, Teknisk Forvaltning\n\nSom led i tilsynet med fuglehåndtering omkring lufthavnen "
                + "besøger vi i februar nogle kommunale bygninger med flade tage. Vi vender tilbage med datoer. Tilsynet er "
                + "gebyrfrit.\n\nTrafikstyrelsen");
        genuine(m, "127.88.50.6");
        m.description = "authority announces an inspection of bird handling near the airport, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "no-reply@signeringshus.dk";
        headers(m, "Kastrupgårdsamlingen via Signeringshus", "no-reply@signeringshus.dk", "kultur@taarnby.dk",
            "Til underskrift: udlånsaftale")
            .header("Reply-To", "<registrator@kastrupgaardsamlingen.dk>")
            .text("Kastrupgårdsamlingen har sendt jer 'Udlånsaftale - grafik til Rådhusets foyer' til underskrift.\n\nDu "
                + "finder dokumentet, når du logger ind på jeres konto hos Signeringshus.\n\nSigneringshus");
        genuine(m, "127.88.52.12");
        m.description = "real e-signature request from signeringshus.dk on behalf of the art museum";
        m = ok("receipt", false);
        headers(m, "Korsvejen Isenkram", "kvittering@korsvejen-isenkram.dk", "idraet@taarnby.dk", "Kvittering for dit køb")
            .text("Tak fordi du handlede hos os\n\n4 gulvskrabere og 2 rengøringsvogne. Betalt med kommunens indkøbskort.\n\n"
                + "Korsvejen Isenkram");
        genuine(m, "127.88.50.5");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Tårnby Friskole", "bogholder@tarnby-friskole.dk", "okonomi@taarnby.dk", "Betalingsadvisering")
            .text("Hej\n\nVi har i dag overført 18.400 kr. for leje af Tårnby Stadionhal til vores idrætsdag.\n\nTårnby Friskole");
        genuine(m, "127.88.50.3");
        m.description = "a free school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Kastrup Lystbådehavn", "havnekontor@kastrup-lystbaadehavn.dk", "teknik@taarnby.dk",
            "Ordrebekræftelse: vinteropbevaring")
            .text("Hej\n\nHermed bekræftet: vinteropbevaring på land af kommunens redningsbåd frem til 15. april. Regningen "
                + "kommer via EAN.\n\nKastrup Lystbådehavn");
        genuine(m, "127.88.50.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "5170100020771346"), iban("DK", "89900007713502"), bank("9070", "0002284461"),
        iban("EE", "7710102200431189"), iban("PL", "611090101400000712198844"), iban("GB", "REVO00997031728844"),
        iban("IE", "AIBK93115212340088"), iban("NL", "RABO0331708821"), iban("DE", "120300000019045577"),
        iban("HU", "117730160000000044120031"), iban("RO", "BTRL0130120387715501"), iban("BG", "STSA93000027718821"),
        iban("CY", "005001200000001200559931"), bank("8117", "0004401129"), iban("MT", "MALT01100000000000000044102"),
        iban("SE", "91200000032140077128"), iban("LT", "2840300077102211"), iban("DK", "76020001188401"),
        iban("NO", "86011117947")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nVi har fået ny afregningspartner, og "
            + "derfor er vores indbetalingskonto ændret fra og med denne afregning. Beløb, der sendes til den hidtidige konto, "
            + "vil ikke blive registreret og skal betales igen. Kontonummeret står på den vedlagte afregning.");
        forged(m, forgedHost++);
        m.description = "forged From taarnby-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Kære annoncør hos Tårnby Bladet\n\nStillingsopslagene for Ældre og Sundhed i uge 46 og 47 plus "
            + "lokalplanannoncen for Maglebylille er nu gjort op. Bladet og trykkeriet på Tårnby Torv hører fra 1. december "
            + "under Northbridge Local Media i Manchester, der har overtaget al opkrævning fra vores annoncører på Amager. "
            + "Indbetal derfor til koncernens engelske konto, som er trykt på fakturaen; kontoen i Kastrup Sparekasse "
            + "afvikles i forbindelse med overdragelsen og tager ikke længere imod penge.");
        forged(m, forgedHost++);
        m.description = "forged From tarnbybladet.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"taarnby-varmevaerk.com", varme, "Efter en fejl ved vores skifte af kundesystem er nogle gamle "
            + "kontonumre stadig gemt hos kunderne. Betal kun til kontoen på denne opkrævning."},
            {"korsvejen-entreprice.dk", entrep, "Skolegården ved Korsvejens Skole er færdig og afleveret. Vi har fået ny "
                + "hovedbankforbindelse, så brug venligst kontoen, der står på den vedhæftede faktura."},
            {"taarnby-traelast.com", byg, "Her er fakturaen for Ejendomscentrets leverancer. NB: kontonummeret er ændret "
                + "pr. dags dato, og betalinger til den tidligere konto bliver afvist."},
            {"kastrup-el-service.dk", el, "Armaturerne i svømmehallen er skiftet, og tavlerne er godkendt. Da vores revisor har "
                + "flyttet vores driftskonto, beder vi jer benytte kontonummeret i den vedhæftede PDF."}};
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
        invoice(m, kontor.posing(d, kontor.account()), mule(11), 6, List.of("Bankoplysninger opdateret " + dottedDay(m, -2)), "",
            "Ordrekontoret sender hermed månedens faktura. Bemærk venligst, at vi har opdateret vores betalingsoplysninger, "
                + "og at de nye skal bruges fra og med denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as kastrup-kontorforsyning.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Kastrup Madservice, Regnskab", "regnskab@" + d, "aeldre@taarnby.dk", "Korrektion til kontonummer")
            .text("Til Ældre og Sundhed\n\nI vores brev om nyt kontonummer var der desværre en tastefejl. Det korrekte nummer "
                + "er " + mule(14) + ", som skal bruges ved de næste betalinger af madordningen. Giv venligst kreditor "
                + "besked, så de retter det i dag.\n\nKastrup Madservice A/S");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as the meal service, 'corrects' its announced new account";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Kvitmast", "paamindelse@kvitmast-kastrup.dk", "miljoe@taarnby.dk",
            "Ubetalt faktura - gebyr fra i morgen")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig som "
                + "ubetalt, og fra i morgen lægges der et gebyr på 300 kr. Du kan betale med det samme med kort:</p><p>"
                + "<a href=\"https://kvitmast-kastrup.dk/b/" + sha256("kv88").substring(0, 20) + "\">Betal nu</a></p>"
                + "<p>Kvitmast</p></body></html>");
        ownedBy(m, "kvitmast-kastrup.dk");
        m.description = "look-alike of the platform kvitmast.dk: card-payment link with a fee threat in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Bilagsbugt", "system@bilagsbugt-tarnby.com", "teknik@taarnby.dk", "Faktura fra " + smed.name())
            .text("Til Teknik og Miljø, Tårnby\n\nSmedjen i Tømmerup (" + smed.name() + ") er gået over til Bilagsbugt Debitor+, "
                + "hvor vi som formidler udbetaler til småfirmaer, så snart kunden har indbetalt til vores fælles klientkonto "
                + "i Stockholm. Rækværket ved badebroen i Kastrup Strandpark afregnes derfor på " + mule(15) + ", og Bo "
                + "Kjærgaard beder os sige, at han ikke selv kan tage imod beløbet længere. Den vedlagte faktura er dannet "
                + "i vores system ud fra hans oplysninger.\n\nMed hilsen\nBilagsbugt Debitor+, klientafregning")
            .attach("application/pdf", "bilagsbugt-" + (5_100 + rnd.nextInt(700)) + ".pdf", pdfInvoice(m,
                smed.posing("bilagsbugt-tarnby.com", mule(15)), "Faktura", "BB-" + (9_300 + rnd.nextInt(600)), amount(240_000),
                mule(15), 0, List.of("Opkræves af Bilagsbugt")));
        ownedBy(m, "bilagsbugt-tarnby.com");
        m.description = "look-alike of bilagsbugt.com: the smithy's invoice 'taken over' to an SE account";

        // compromised-supplier
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betales til factoringselskab"), "", "Rengøringen af Rådhuset og Borgerservice "
            + "for perioden er gjort op i den vedhæftede faktura. Fra denne måned ejes vores tilgodehavender af Nordic "
            + "Cleaning Finance i Vilnius, som har købt vores fakturaer, så vinduespoleringen og den daglige rengøring "
            + "indbetales til " + mule(16) + ". Min kollega i kundecentret er på barsel, og jeg sidder selv med "
            + "tilbudsgivning på Amager Hospital hele ugen, så skriv hellere end at ringe - mails læser jeg om aftenen.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of kastrup-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@taarnby.dk", "Re: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hejsa igen fra Korsvejen\n\nLige et tillæg til fakturaen nedenfor for skolernes trådløse net og "
                + "Chromebooks: hvidvaskafdelingen i vores bank gennemgår vores erhvervskonto efter en større kundebetaling "
                + "fra Dragør, og mens de kigger, er den frosset. De " + p.amount().gross() + " kr. skal derfor denne ene gang "
                + "sættes ind på vores reservekonto " + mule(17) + ". Januarfakturaen går til den gamle konto som altid, og "
                + "jeres IT-koordinator på Rådhuset er orienteret.\n\nBogholderiet\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of korsvejen-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "maglebylille-tomrer.dk"}, {mad, "kastrup-madservice.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            String hijack = i == 0
                ? "Hej kreditor\n\nVinduespartierne på Tårnby Skole er sat i, og skolens pedel har kvitteret. Faktura " + p.no()
                    + " (" + p.amount().gross() + " kr.) gik desværre ud med kontonummeret fra før vores bankskifte, og nu har "
                    + "revisor bedt os samle det hele på én konto hos vores nye bank: " + mule(i + 3) + ". Den konto, vi skrev "
                    + "om i brevet forleden, bliver ikke brugt alligevel. Send lige et ord, når kartoteket er rettet, så "
                    + "lukker jeg sagen i vores system."
                : "Goddag Tårnby\n\nVi har set jeres kvittering for faktura " + p.no() + " på madordningen (" + p.amount().gross()
                    + " kr.). Efter fusionen af vores to banker er der nu kommet endnu en ændring, fordi den nye bank har "
                    + "flyttet erhvervskunderne til et datterselskab. Madservicens betalinger skal fra i dag gå til "
                    + mule(i + 3) + ". Plejecentret Løjtegården og hjemmeplejen mærker intet, det er kun kontoen, der er ny.";
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@taarnby.dk", "Re: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text(hijack + "\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: "
                    + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "okonomi@taarnby.dk", "Tilskud til juleløbet - haster")
            .text("Hej\n\nJeg har lovet arrangørerne af juleløbet i Kastrup Strandpark et tilskud på 85.000 kr., og de skal "
                + "betale tidtagning og scene i dag. Overfør venligst til " + mule(7) + ". Jeg sidder i lufthavnen og kan ikke "
                + "ringe, så bare skriv, når pengene er sendt.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged taarnby.dk (p=reject) from outside: the mayor's urgent grant from the airport";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@taarnby.dk", "Ny konto for Tårnby VVS & Blik")
            .text("Til kreditorteamet\n\nIndehaveren af Tårnby VVS & Blik fangede mig i kantinen på Rådhuset i formiddags: de "
                + "er flyttet til en tysk netbank efter problemer med deres gamle rådgiver, og tagrenderne på "
                + "Kastrupgårdsskolen skal betales dertil. Ret stamdata til " + mule(8) + " inden betalingskørslen kl. 14. Jeg "
                + "har selv godkendt ændringen, så den behøver ikke ligge til anden godkender.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged taarnby.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.tk@gmail.com", "okonomi@taarnby.dk", "Har du fem minutter?")
            .text("Kan du hjælpe mig med noget diskret?\n\nKKR Hovedstaden trækker ud i Hillerød, og min arbejdstelefon er løbet "
                + "tør, så jeg bruger min private mail. En overførsel til en rådgiver i forbindelse med grundkøbet ved "
                + "Saltværksvej skal afsted inden kl. 15, og den må ikke gå gennem den normale attestation, før byrådet har "
                + "fået sagen. Skriv tilbage her med dit direkte nummer, så sender jeg kontooplysningerne.\n\n/kd");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a long meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.taarnby@outlook.com", "indkob@taarnby.dk", "En tjeneste")
            .text("Hej indkøb\n\nSvømmeklubbens frivillige har stået for julestævnet i Tårnby Svømmehal i tre weekender, og "
                + "jeg vil gerne overraske dem ved afslutningen i aften. Skaf 15 digitale gavekort á 1.000 kr. fra en af de "
                + "store kæder, skrab koderne fri og send billeder af dem direkte til mig her. Det skal ikke forbi "
                + "sekretariatet, så det forbliver en overraskelse.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektøren", "direktion@taarnby-kommune.dk", "kreditor@taarnby.dk", "Fortroligt: forskud til entreprenør")
            .text("Hej\n\nByrådet har i aften godkendt en fremrykning af skybrudsprojektet ved Kastrup Strandpark. Entreprenøren "
                + "skal have et forskud på 240.000 kr. i dag for at holde maskinerne. Betal til " + mule(17) + " og hold sagen "
                + "for dig selv, til pressemeddelelsen er ude på mandag.\n\nKommunaldirektøren");
        ownedBy(m, "taarnby-kommune.dk");
        m.description = "CEO fraud from the look-alike taarnby-kommune.dk: secret advance to a contractor";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Sara Lindholm", "sara.lindholm.kastrup@gmail.com", "lon@taarnby.dk", "Ny konto til min løn")
            .text("Hejsa lønkontoret\n\nSara her, pædagog på stuen Søstjernen i Børnehuset Ullerup. Efter en strid med min "
                + "gamle bank om et billån har jeg oprettet konto hos en litauisk netbank, som min veninde også bruger, og "
                + "decemberlønnen plus feriepengene skal derhen: " + mule(0) + ". Min MitID-app er låst, så jeg kan ikke "
                + "selv ændre NemKonto eller komme på Silkeborg Data-portalen. Kan I ikke bare taste det ind?\n\nKnus Sara");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a day-care teacher";
        m = bad("payroll-account-change");
        headers(m, "Mads Krogsgaard", "mads.krogsgaard77@hotmail.com", "lon@taarnby.dk", "Lønkonto")
            .text("Hej\n\nJeg er ved vejteamet og flytter til Norge efter nytår. Min løn skal derfor gå til min norske konto "
                + mule(18) + " allerede fra december.\n\nMvh Mads");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, NO IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Tårnby Inkasso", "sag@taarnby-inkasso.dk", "kreditor@taarnby.dk", "Inkassovarsel - " + inkasso[i].name())
                .text(i == 0
                    ? "Sagsnr. TI-" + (7_400 + i) + "\n\nVores klient " + inkasso[i].name() + ", Saltværksvej, har overgivet "
                        + "faktura " + p.no() + " (kopipapir og toner, " + p.amount().gross() + " kr.) til retslig inkasso. Vi "
                        + "tillægger 650 kr. efter bekendtgørelsen om inkassoomkostninger. Indbetaling til vores klientkonto "
                        + mule(i + 9) + " skal være bogført senest torsdag, ellers indgiver vi betalingspåkrav til "
                        + "Fogedretten på Frederiksberg uden yderligere varsel.\n\nTårnby Inkasso, advokatsekretær"
                    : "Sagsnr. TI-" + (7_400 + i) + "\n\nUllerup Vognmandsforretning har bedt os inddrive faktura " + p.no()
                        + " for kørsel af sand og haveaffald i Kastrup Strandpark, " + p.amount().gross() + " kr. Kommunen har "
                        + "ikke reageret på vognmandens rykkere, og sagen er derfor berammet til udlæg. Den undgås kun, hvis "
                        + "hovedstol og salær på 650 kr. står på " + mule(i + 9) + " inden mandag kl. 12.\n\nTårnby Inkasso, "
                        + "retsafdelingen");
            ownedBy(m, "taarnby-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-kastrup.com", "it@taarnby.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Til brugeradministratoren i Tårnby Kommune</p><p>Ved den årlige gennemgang af "
                + "organisationer med flere end 1.000 erhvervsidentiteter mangler vi jeres fornyede samtykke til "
                + "lokal IdP og NemLog-in-integration. Uden samtykke inden torsdag kl. 23.59 nulstilles alle "
                + "medarbejderes MitID Erhverv i " + KOMMUNE + ", og hjemmeplejens tablets kan ikke længere logge på.</p>"
                + "<p><a href=\"https://mitid-kastrup.com/org\">Giv samtykke som administrator</a></p>"
                + "<p>MitID Erhverv, organisationsservice</p></body></html>");
        ownedBy(m, "mitid-kastrup.com");
        m.description = "fake MitID Erhverv suspension with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-korsvejen.com", "okonomi@taarnby.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + ", Økonomi</p><p>I jeres virksomhedspostkasse ligger en afgørelse fra "
                + "Skattestyrelsen om tilbagebetaling af købsmoms på bygningerne ved Kastrup Strandpark, som ifølge en "
                + "kontrol er afløftet to gange. Afgørelsen regnes for modtaget, når fristen på syv dage er gået, og "
                + "tilbagebetalingen forrentes fra udbetalingsdagen.</p><p><a href=\"https://digitalpost-korsvejen.com/m\">"
                + "Læs afgørelsen i Digital Post</a></p><p>Denne besked er sendt automatisk.</p></body></html>");
        ownedBy(m, "digitalpost-korsvejen.com");
        m.description = "fake Digital Post notice with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Kastrup P-kontrol", "afgift@kastrup-parkering.dk", "teknik@taarnby.dk", "Parkeringsafgift - Kastrup Station")
            .html("<html><body><p>Kontrolbesøg på pendlerpladsen under metroen ved Kastrup Station, bås 31-44: en hvid "
                + "varebil med kommunens logo (Park og Vej) stod uden P-skive i tidsbegrænset zone fra 07.12 til 10.40. "
                + "Kontrolafgiften er 790 kr. Indsigelser behandles kun, når afgiften er betalt. Kameraet på din telefon åbner "
                + "betalingssiden, når du peger det på koden.</p><p><img src=\"cid:qr\" alt=\"Betaling\"></p>"
                + "<p>Kastrup P-kontrol ApS</p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "kastrup-parkering.dk");
        m.description = "QR code for a parking 'fee' at Kastrup station";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "kundeservice@tarnby-betaling.net", "okonomi@taarnby.dk", "Aftaler afmeldt")
            .html("<html><body><p>Flere af jeres faste aftaler er afmeldt pga. en systemfejl. Scan QR-koden med telefonen for "
                + "at tilmelde dem igen, før næste træk fejler.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "gentilmeld.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "tarnby-betaling.net");
        m.description = "QR code for 'cancelled direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "kunde@kastrup-rengoring.dk", "kreditor@taarnby.dk", "Faktura " + no + " (zip)")
            .text("Goddag kreditor\n\nJeres spamfilter på Rådhuset har tre gange sendt vores PDF'er retur med en "
                + "sikkerhedsadvarsel, så IT hos os har pakket månedens rengøringsfaktura ind. Pak filen ud på skrivebordet "
                + "før den åbnes i Adobe. Betalingsoplysningerne er ændret pr. 1. december, og den tidligere konto i "
                + "Danske Bank må I slette i kartoteket.\n\nKundecentret, Kastrup Rengøring")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("kastrup-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "kastrup-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of kastrup-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "kontor@taarnby-vvs.net", "kreditor@taarnby.dk", "Fakturaer november")
            .text("Hej Tårnby\n\nService på varmeanlæg og tagrenderne på Kastrupgårdsskolen er faktureret for hele "
                + "november. Med fotodokumentation fra taget blev filen over 20 MB, så den er komprimeret med 7-Zip (gratis "
                + "at hente, hvis I ikke har det). Vi har lukket vores konto i Lån & Spar; den nye står i fakturaen.\n\n"
                + "Kontoret, Tårnbygårdsvej")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("taarnby-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "taarnby-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of taarnby-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@kastrup-kontorforsyning.net", "indkob@taarnby.dk", "Ordrebekræftelse og faktura")
            .text("Til indkøb\n\nJeres bestilling af kopipapir, mapper og tonere til skolernes kontorer er pakket og klar på "
                + "lageret på Saltværksvej. Ordrebekræftelsen og fakturaen ligger i samme Word-fil med vores nye "
                + "prisberegner; Word viser først en gul bjælke, og tallene kommer frem, når I har trykket på begge knapper "
                + "i bjælken.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_og_faktura.docm", Attachments.word(
                "Ordrebekræftelse og faktura. Prislisten vises, når indholdet er aktiveret.", true));
        ownedBy(m, "kastrup-kontorforsyning.net");
        m.description = "macro-enabled .docm from a look-alike of kastrup-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, "Bogholderiet", "bogholderi@korsvejen-itservice.net", "it@taarnby.dk", "Chromebook-afregning")
            .text("Hej IT på Rådhuset\n\nKvartalsopgørelsen over Chromebooks, Google-licenser og ladevogne på mellemtrinnet "
                + "(Pilegårdsskolen, Korsvejens Skole og Vestamager Skole) ligger i Excel-arket. Skolefordelingen regnes "
                + "af en makro, så vælg 'Aktivér indhold', ellers står alle felter tomme. Indbetaling sker fremover til "
                + "kontoen nederst i arket.\n\nBogholderiet")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebook_afregning.xlsm", Attachments.excel(List.of(
                "Afregning Chromebooks november 2036", "Chromebook og licens 360 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "korsvejen-itservice.net");
        m.description = "macro-enabled .xlsm from a look-alike of korsvejen-it.dk, new account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "kim@loejtegaard-malerfirma.dk", "ejendom@taarnby.dk", "Regning Løjtegårdsskolen")
            .text("Hej Ejendomscentret\n\nGangene og de fire klasselokaler på Løjtegårdsskolen er malet færdige, og "
                + "pedellen har set det hele efter. Min printer på værkstedet er død, så jeg har knipset regningen med "
                + "mobilen. Læg mærke til, at jeg er skiftet til Lunar, så kontonummeret nederst på billedet er det nye.\n\n"
                + "Hilsen Kim, Løjtegård Malerfirma")
            .attach("image/jpeg", "IMG_5517.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "loejtegaard-malerfirma.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of loejtegaard-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "henning@ullerup-vognmand.net", "teknik@taarnby.dk", "Faktura kørsel strandparken")
            .text("Dav\n\nTolv læs sand til legepladsen og tre ture med haveaffald fra Kastrup Strandpark - fakturaen er "
                + "scannet på kontoret i Ullerup, den ligger som bilag. Efter vi har solgt den ene lastbil, kører "
                + "økonomien gennem en ny bank, så brug kontonummeret på den scannede side.\n\nHenning Borup")
            .attach("application/pdf", "Scan_2036_11.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "ullerup-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of ullerup-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "re@korsvejen-entreprise.net", "efaktura@taarnby.dk", "E-faktura " + no)
            .text("Hej\n\nVi er ved at skifte regnskabssystem, og det nye kan endnu ikke sende over NemHandel. Derfor kommer "
                + "e-fakturaen som fil. Vær opmærksom på den nye betalingskonto i filen.\n\n" + entrep.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "TK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "korsvejen-entreprise.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "bogholderi@korsvejen-itservice.net", "efaktura@taarnby.dk", "Faktura " + no + " i OIOUBL")
            .text("Til efaktura-postkassen\n\nNetværksdriften for skolerne i november er faktureret i OIOUBL-format, "
                + "fordi vores udbyder af NemHandel-adgang har lukket. Filen kan indlæses direkte i jeres økonomisystem. "
                + "Betalingsoplysningerne i filen er de nye efter vores bankskifte i efteråret; den gamle konto er "
                + "lukket.\n\nKorsvejens IT, bogholderiet")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 8), false,
                "TK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "korsvejen-itservice.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of korsvejen-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signeringshus", "dokument@signeringshus-ullerup.dk", "kultur@taarnby.dk",
            "Kastrupgårdsamlingen afventer din signatur")
            .html("<html><body><p>Registratoren på Kastrupgårdsamlingen har sendt 'Forsikringstillæg - udlån af Asger Jorn-"
                + "grafik til Rådhusets foyer' til Kultur og Fritid. Tillægget skal være underskrevet, før kunsten må "
                + "hænges op fredag, og invitationen lukker ved midnat.</p><p><a href=\"https://signeringshus-ullerup.dk/d/" + sha256("sh88").substring(0, 16)
                + "\">Åbn dokumentet</a></p></body></html>");
        ownedBy(m, "signeringshus-ullerup.dk");
        m.description = "fake e-signature request imitating signeringshus.dk and the art museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "share@vestamager-esign.net", "ejendom@taarnby.dk", "Lejekontrakt klar til underskrift")
            .html("<html><body><p>Kolonihaveforeningen på Vestamager har delt 'Lejekontrakt 2037-2046, haveforeningens "
                + "jord ved Tømmerup' med Ejendomscentret. Af sikkerhedshensyn vises kontrakten kun, når du har bekræftet "
                + "din identitet med den mail og adgangskode, du bruger i Outlook på arbejdet.</p><p><a href=\"https://vestamager-esign.net/login\">Log ind</a></p>"
                + "</body></html>");
        ownedBy(m, "vestamager-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@taarnby-busser.net", "kreditor@taarnby.dk", "Betaling af faktura " + p.no())
            .text("Hej kreditor\n\nSkolekørslen til Tårnby Svømmehal og specialklassernes udflugter i oktober står på "
                + "faktura " + p.no() + " (" + p.amount().gross() + " kr.). Vores gamle bank har lagt et loft over, hvor meget "
                + "der må stå på driftskontoen, mens vi flytter til en udenlandsk erhvervsbank, så del beløbet: 50 % til den "
                + "konto, I kender, og 50 % til " + mule(9) + ". Det er kun denne ene faktura.\n\nKørselskontoret, Hartkornsvej");
        ownedBy(m, "taarnby-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "kontor@taarnby-vvs-aps.dk", "kreditor@taarnby.dk", "Delbetaling " + p.no())
            .text("Goddag\n\nVedrørende faktura " + p.no() + " for varmeanlægget på Kastrupgårdsskolen: send 25.000 kr. til den "
                + "sædvanlige konto og resten til vores rumænske leverandørkonto " + mule(10) + ", hvorfra vi betaler "
                + "rørdelene direkte. Det sparer os et gebyr, og for jer bliver totalen den samme. Sig til, hvis I skal have "
                + "en ny faktura, der viser fordelingen.\n\nKontoret, Tårnby VVS & Blik");
        ownedBy(m, "taarnby-vvs-aps.dk");
        m.description = "split payment on Tårnby VVS's real wave-1 invoice";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "DK Domæner", "fornyelse@dk-domaener-kastrup.net", "it@taarnby.dk", "taarnby.dk udløber om 5 dage")
            .text("Til IT-afdelingen, Tårnby Kommune\n\nRegistreringen af taarnby.dk hos os udløber om fem dage. Når den "
                + "udløber, fjernes navneserverne, og kommunens hjemmeside, borger-selvbetjening og al mail til "
                + "@taarnby.dk holder op med at virke, indtil domænet er genaktiveret. Tre års fornyelse inklusive "
                + "DNSSEC-overvågning koster 4.890 kr. inkl. moms; beløbet indbetales til " + mule(4) + " med "
                + "domænenavnet i tekstfeltet, så aktiveres fornyelsen automatisk.\n\nDK Domæner, fornyelser")
            .attach("application/pdf", "Fornyelse-taarnby.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                List.of("Domæne: taarnby.dk", "Periode: 3 år", "Pris inkl. moms 4.890,00", "Betaling til " + mule(4))));
        ownedBy(m, "dk-domaener-kastrup.net");
        m.description = "fake renewal of our own domain with a PDF and a PL account";
        m = bad("fake-domain-renewal");
        headers(m, "DK Domæner", "fornyelse@dk-domaener-kastrup.net", "okonomi@taarnby.dk", "Registrering af kastrup.dk m.fl.")
            .text("Goddag\n\nEn virksomhed har ansøgt om domænerne kastrup-kommune.dk og tarnbykommune.dk. Da I har "
                + "navnebeskyttelse hos os, har I forkøbsret i 24 timer mod betaling af 7.200 kr. til " + mule(6)
                + ".\n\nDK Domæner");
        ownedBy(m, "dk-domaener-kastrup.net");
        m.description = "fake domain 'right of first refusal' within 24 hours, IE IBAN";

        // display-name-abuse
        m = bad("display-name-abuse");
        headers(m, "Tårnby Trælast A/S", "taarnby.traelast.erhverv@gmail.com", "kreditor@taarnby.dk", "Opdaterede kontooplysninger")
            .text("Hej kreditorer\n\nVores erhvervsmail er nede efter et serverskifte, så vi skriver herfra. Vi har samtidig "
                + "fået ny bank. Næste betaling skal til " + mule(12) + ".\n\nErhvervssalg\nTårnby Trælast A/S");
        genuine(m, GMAIL);
        m.description = "the builders' merchant's name as display name on gmail, new account";
        m = bad("display-name-abuse");
        headers(m, "Tårnby Varmeværk - Kundeservice", "kundeservice.taarnbyvarme@outlook.com", "ejendom@taarnby.dk",
            "Aflæsning og acontobetaling")
            .text("Kære kunde\n\nVi mangler jeres selvaflæsning for Rådhuset. Indtil den kommer, opkræves et skønnet "
                + "acontobeløb på 48.300 kr., som betales til " + mule(13) + " inden fredag.\n\nKundeservice");
        genuine(m, MSFT);
        m.description = "the district heating's name as display name on outlook, estimated payment";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-rooftop-gull-nest-removal-invoice
        M m = bad("fake-rooftop-gull-nest-removal-invoice");
        invoice(m, skadedyr.posing("kastrup-skadedyr.com", skadedyr.account()), mule(0), 11,
            List.of("Tagplan " + roofPlan + ", akut udrykning"), "", "Efter klage fra lufthavnens fugleafdeling om måger over "
                + "indflyvningen var vi i weekenden på taget af Pilegårdsskolen og Rådhuset og satte net op over de gamle "
                + "rede-pladser. Udrykningen ligger uden for tagplanen og afregnes særskilt. Vi har fået ny bank efter et "
                + "ejerskifte, så betal kun til kontoen på regningen.");
        ownedBy(m, "kastrup-skadedyr.com");
        m.description = "look-alike of the real pest-control firm cites its roof plan, 'airport complaint' netting, new account (LT IBAN)";
        m = bad("fake-rooftop-gull-nest-removal-invoice");
        headers(m, "Kastrup Mågeservice", "faktura@kastrup-maageservice.dk", "skoler@taarnby.dk", "Regning: æg og reder fjernet")
            .text("Til skoleafdelingen\n\nVi har fjernet 46 mågeæg og 19 reder fra tagene på Nordregårdsskolen og Tårnby "
                + "Skole efter bestilling fra en af jeres pedeller. Arbejdet er udført med lift og sele. Regningen lyder på "
                + "21.875,00 kr. inkl. moms og bedes betalt til " + mule(5) + " senest om en uge.\n\nKastrup Mågeservice");
        ownedBy(m, "kastrup-maageservice.dk");
        m.description = "unknown firm bills egg removal in November 'ordered by a caretaker' (GB IBAN)";
        m = bad("fake-rooftop-gull-nest-removal-invoice");
        headers(m, "Løjtegård Fuglevern", "kontakt@loejtegaard-fuglevaern.dk", "ejendom@taarnby.dk",
            "Lovpligtig mågesikring af flade tage")
            .text("Kære Ejendomscenter\n\nEfter de nye regler for fuglehåndtering omkring landingsbanerne skal ejere af flade "
                + "tage under indflyvningen til bane 22L kunne fremvise en mågesikringsattest fra næste ynglesæson. Vores "
                + "tagfolk har allerede kortlagt Rådhuset, Nordregårdsskolen og hallerne ved Tårnby Stadion fra luften og "
                + "kan montere wire og net i uge 10. Tiden holdes til jer, når depositummet på 12.500 kr. er indgået på "
                + mule(4) + "; restbeløbet faktureres, når attesten er udstedt.\n\nLøjtegård Fuglevern");
        ownedBy(m, "loejtegaard-fuglevaern.dk");
        m.description = "'mandatory gull-proofing of flat roofs under the approach' with a deposit (PL IBAN)";

        // fake-ultrafine-particle-measurement-invoice
        m = bad("fake-ultrafine-particle-measurement-invoice");
        invoice(m, luft.posing("vestamager-luftmaaling.com", luft.account()), mule(9), 14,
            List.of("Aftale " + airAgreement + " - ekstra kalibrering"), "", "Målestationen ved Vestamager Skole viste "
                + "urealistisk høje partikeltal i sidste uge, så vi hentede tælleren og fik den kalibreret på et hasteværksted. "
                + "Det er ikke omfattet af aftalen og skal betales nu, så rapporten kan leveres. Vi benytter en ny konto, "
                + "som står på fakturaen.");
        ownedBy(m, "vestamager-luftmaaling.com");
        m.description = "look-alike of the measuring firm cites the real agreement, 'rush calibration', new account (HU IBAN)";
        m = bad("fake-ultrafine-particle-measurement-invoice");
        headers(m, "Tårnby Partikelmåling", "rapport@tarnby-partikelmaaling.dk", "miljoe@taarnby.dk",
            "Overskridelse ved daginstitution - rapport klar")
            .text("Hej Miljø og Plan\n\nVores uafhængige måling ved Børnehuset Kastruplund viser partikelniveauer langt over "
                + "anbefalingen. Den fulde rapport med målinger og anbefalinger udleveres, når fakturaen på 29.750,00 kr. er "
                + "betalt til " + mule(10) + ". Forældrebestyrelsen får rapporten samtidig.\n\nTårnby Partikelmåling")
            .attach("application/pdf", "Faktura_partikelrapport.pdf", Attachments.pdf(docId(m, "pm88"), "Faktura partikelrapport",
                List.of("Tårnby Partikelmåling", "Måling og rapport, Børnehuset Kastruplund", "I alt inkl. moms 29.750,00",
                    "Betaling til " + mule(10))));
        ownedBy(m, "tarnby-partikelmaaling.dk");
        m.description = "unknown firm holds an 'exceedance report' for a day-care hostage for payment (RO IBAN)";
        m = bad("fake-ultrafine-particle-measurement-invoice");
        headers(m, "Maglebylille Miljømåling", "ordre@maglebylille-miljoemaaling.dk", "skoler@taarnby.dk",
            "Bekræftelse: ekstra målestation ved Skelgårdsskolen")
            .text("Hej\n\nTak for jeres bestilling af en ekstra målestation for ultrafine partikler ved Skelgårdsskolen i tre "
                + "måneder. Stationen opstilles, når forudbetalingen på 34.000 kr. er modtaget på " + mule(11) + ".\n\n"
                + "Maglebylille Miljømåling");
        ownedBy(m, "maglebylille-miljoemaaling.dk");
        m.description = "'your order' of an extra monitoring station at a school, prepayment (BG IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus88().generate(), List.of(
            "# Tårnby Kommune, Økonomi: invoice checks (eighty-eighth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=taarnby-varmevaerk.dk kastrup-skadedyr.dk vestamager-luftmaaling.dk "
                + "korsvejen-entreprise.dk maglebylille-toemrer.dk loejtegaard-maler.dk kastrup-rengoering.dk tarnbybladet.dk "
                + "ullerup-vognmand.dk kastrup-elservice.dk taarnby-vvs.dk kastrup-madservice.dk taarnby-traelast.dk "
                + "korsvejen-it.dk taarnby-busser.dk kastrup-kontorforsyning.dk",
            "invoice.names.protected=Tårnby Kommune",
            "invoice.domains.platforms=kvitmast.dk bilagsbugt.com regningsrev.dk regnskabsgnist.io"));
    }
}
