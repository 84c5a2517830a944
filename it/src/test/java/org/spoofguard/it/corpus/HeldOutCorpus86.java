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
 * The eighty-sixth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Egedal Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and parks,
 * schools, daycare, elderly care, culture and property mailboxes; town hall Dronning Dagmars Vej 200, 3650 Ølstykke) north
 * west of Copenhagen: Stenløse, Ølstykke, Smørum and Smørumnedre, Ganløse, Slagslunde, Veksø, Svestrup, Østrup, Udlejre,
 * Sperrestrup, the lakes Buresø and Bastrup Sø and the new town Egedal By, with Frederikssundsvej and the motorway running
 * through; seventeen listed suppliers from those places in every DNS posture real Danish firms have (one sending through a
 * web hoster named in its SPF), four invoicing platforms ({@code bilagsmolle.dk}, {@code debitly.com}, {@code faktaura.dk},
 * {@code fakturaflow.io}), a firm maintaining the municipality's noise barriers along Frederikssundsvej and a firm
 * measuring radon in schools and daycare, sole traders on free mail, foreign suppliers, SaaS ({@code skemasmed.io},
 * {@code plejetakt.dk}), an ESP ({@code postsvale.com}), an e-signature service ({@code signerhus.dk}), banks, a creditor
 * list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and two kinds new here: panel replacement,
 * graffiti removal or "required" acoustic checks of the noise barriers along Frederikssundsvej billed by someone who never
 * touched them (fake-noise-barrier-repair-invoice), and radon measurements, re-measurements or reports for schools and
 * daycare billed to a new account or held back until paid (fake-radon-measurement-invoice). The invoice engine, its tests,
 * tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus86GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus86 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout86");
    public static final String OWN = "egekom.dk";
    static final String FRAUD_NET = "127.186.";
    private static final String OWN_IP = "127.86.0.1";
    private static final String EAN = "5798007710286";
    private static final String KOMMUNE = "Egedal Kommune";
    private static final String RAADHUS = "Dronning Dagmars Vej 200, 3650 Ølstykke";
    private static final String HOSTER_IP = "127.86.9.1";
    private static final String GMAIL = "127.88.1.1";
    private static final String MSFT = "127.88.2.1";
    private static final String APPLE = "127.88.5.1";

    private final Random rnd = new Random(86_3650_0086L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The noise-barrier firm's maintenance agreement (the frauds cite it). */
    private String barrierAgreement;
    /** The radon firm's measurement case for the schools and daycare (the frauds cite it). */
    private String radonCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 25, 0, 0, ZoneOffset.ofHours(1));
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

    private final Supplier varme = new Supplier("Stenløse Varmeværk a.m.b.a.", "stenloese-varmevaerk.dk", "Kundecenter",
        "kundecenter", "127.86.1.1", iban("DK", "53500001864402"), "fjernvarme til Rådhuset, Stenløse Bibliotek og Egedal Svømmehal");
    private final Supplier entrep = new Supplier("Smørum Anlæg & Entreprise ApS", "smoerum-anlaeg.dk", "Kasper Holm", "kh",
        "127.86.1.2", bank("2230", "8650114472"), "nyt fortov og regnvandsledning på Flodvej ved Smørum Skole");
    private final Supplier stoej = new Supplier("Ølstykke Støjværn ApS", "oelstykke-stoejvaern.dk", "Støjværn, Økonomi", "oekonomi",
        "127.86.1.3", iban("DK", "53500001877019"), "eftersyn og reparation af kommunens støjskærme langs Frederikssundsvej");
    private final Supplier radon = new Supplier("Veksø Indeklima ApS", "vekso-indeklima.dk", "Line Mørch", "line",
        "127.86.1.4", bank("2230", "8650130918"), "radonmålinger i skoler og daginstitutioner");
    private final Supplier toemrer = new Supplier("Ganløse Tømrerforretning ApS", "ganloese-toemrer.dk", "Morten Juul", "mj",
        "127.86.1.5", bank("9570", "0012448630"), "nye skydedøre og akustiklofter, Ganløse Børnehus");
    private final Supplier maler = new Supplier("Slagslunde Malerservice v/ Bo Thrane", "slagslunde-maler.dk", "Bo Thrane", "bo",
        "127.86.1.6", bank("9570", "0012451187"), "indvendig maling af gange og klasselokaler, Slagslunde Skole");
    private final Supplier rengoer = new Supplier("Egedal Rengøring A/S", "egedal-rengoering.dk", "Fakturering", "faktura",
        "127.86.1.7", iban("DK", "30000001193355"), "daglig rengøring af Rådhuset, Toftehøjskolen og Egedal Bibliotekerne");
    private final Supplier avis = new Supplier("Ugebladet Egedal", "egedal-ugeblad.dk", "Annonceafdelingen", "annonce",
        "127.86.1.8", iban("DK", "30000001204418"), "kommunens side hver uge og stillingsannoncer i ældreplejen");
    private final Supplier vognmand = new Supplier("Svestrup Vognmandsforretning ApS", "svestrup-vognmand.dk", "Jens Bach",
        "jens", "127.86.1.9", bank("2230", "8650145573"), "bortkørsel af jord fra Egedal By og udlægning af stabilgrus");
    private final Supplier el = new Supplier("Smørumnedre El-service ApS", "smoerumnedre-el.dk", "Torben Lind", "tl", HOSTER_IP,
        bank("9570", "0012467702"), "udskiftning af armaturer i Smørum Hallen og tavleeftersyn");
    private final Supplier vvs = new Supplier("Østrup VVS og Blik ApS", "oestrup-vvs.dk", "Kontoret", "kontor", "127.86.1.11",
        bank("2230", "8650159034"), "nye blandingsbatterier og service på varmtvandsbeholdere, Bauneholm Plejecenter");
    private final Supplier mad = new Supplier("Egedal Madservice A/S", "egedal-madservice.dk", "Egedal Madservice, Regnskab",
        "regnskab", "127.86.1.12", iban("DK", "53500001915520"), "mad til hjemmeboende pensionister og plejecentrenes køkkener");
    private final Supplier byg = new Supplier("Stenløse Trælast A/S", "stenloese-traelast.dk", "Proffen", "proffen",
        "127.86.1.13", iban("DK", "30000001226661"), "trælast og byggematerialer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Buresø IT-Drift ApS", "bureso-it.dk", "Bogholderiet", "bogholderi",
        "127.86.1.14", bank("9570", "0012483349"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Egedal Kørsel ApS", "egedal-koersel.dk", "Kørselskontoret", "koersel",
        "127.86.1.15", bank("2230", "8650172290"), "specialkørsel til skolerne og kørsel til Egedal Svømmehal");
    private final Supplier kontor = new Supplier("Ølstykke Kontorforsyning ApS", "oelstykke-kontor.dk", "Ordrekontoret", "ordre",
        "127.86.1.16", iban("DK", "53500001938847"), "kopipapir, toner og mødeblokke til Rådhuset og skolerne");
    private final Supplier kloak = new Supplier("Udlejre Kloakservice ApS", "udlejre-kloak.dk", "Peter Vinther", "pv",
        "127.86.1.17", bank("9570", "0012496615"), "TV-inspektion og spuling af kloakker ved kommunens institutioner");
    // not on the creditor list
    private final Supplier smed = new Supplier("Sperrestrup Smedie v/ Carsten Riis", "sperrestrup-smedie.dk", "Carsten Riis",
        "carsten", "127.86.2.1", bank("2230", "8650188806"), "nyt gelænder og låger ved shelterpladsen i Ganløse Ore");
    private final Supplier natur = new Supplier("Bastrup Naturpleje v/ Hanne Krog", "bastrup-naturpleje.dk", "Hanne Krog",
        "hanne", "127.86.2.2", bank("9570", "0012502274"), "høslæt og rydning af pil på engene ved Bastrup Sø");
    private final Supplier guide = new Supplier("Naturvejleder Rasmus Holt", "gmail.com", "Rasmus Holt", "rasmus.holt.natur",
        GMAIL, bank("2230", "8650194431"), "naturdage i Ganløse Ore for 4. årgang, fem hold");
    private final Supplier tolk = new Supplier("Tolkeservice v/ Leyla Demir", "outlook.com", "Leyla Demir", "leyla.demir.tolk",
        MSFT, bank("9570", "0012519936"), "tolkning tyrkisk-dansk i Jobcentret, 5 samtaler");
    private final Supplier musik = new Supplier("Harmonikaspiller Ebbe Friis", "icloud.com", "Ebbe Friis", "ebbe.friis.musik",
        APPLE, bank("2230", "8650201158"), "eftermiddagsmusik på plejecentrene i november");
    private final Supplier tysk = new Supplier("Lärmschutz Nord GmbH", "laermschutz-nord.de", "Buchhaltung", "buchhaltung",
        "127.86.7.1", iban("DE", "200400600015583102"), "Ersatzpaneele aus Acrylglas für Lärmschutzwände");
    private final Supplier svensk = new Supplier("Radonlabbet Malmö AB", "radonlabbet-malmo.se", "Fakturering", "faktura",
        "127.86.7.2", iban("SE", "80500000056220188340"), "analys av radondosor, Egedal kommun");

    private final List<Supplier> listed = List.of(varme, entrep, stoej, radon, toemrer, maler, rengoer, avis, vognmand, el, vvs,
        mad, byg, it, bus, kontor, kloak);

    /** Fraudsters' own domains, each carrying a place name of Egedal; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"stenloese-varmevaerk.com", "smorum-anlaeg.dk", "stenlose-traelast.dk",
        idn("stenloese-tr\u0430elast.dk"), idn("egedal-k\u043emmune.dk"), "bilagsmolle-stenloese.dk", "debitly-smorum.com",
        "ganloese-tomrer.dk", "egedal-madservice.com", "egedal-inkasso.dk", "mitid-olstykke.com", "digitalpost-veksoe.com",
        "smoerum-parkering.dk", "ganloese-betaling.net", "egedal-rengoring.dk", "oestrup-vvs.net", "oelstykke-kontorforsyning.net",
        "bureso-itdrift.net", "slagslunde-malerservice.dk", "svestrup-vognmand.net", "smoerum-entreprise.net", "bureso-it.com",
        "signerhus-ganloese.dk", "veksoe-esign.net", "egedal-korsel.net", "oestrup-vvs-aps.dk", "egedal-domaeneservice.com",
        "stenloese-dns.net", "oelstykke-stoejvaern.net", "smoerum-stoejskaerme.dk", "egedal-motorvejsservice.dk",
        "vekso-indeklima.com", "stenloese-radon.dk", "slagslunde-maaleteknik.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(stoej.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(radon.domain(), List.of(radon.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.86.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.86.1.23"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(kloak.domain(), List.of(kloak.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vestforbraending-egedal.dk", List.of("127.86.40.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("egedal-forsyning.dk", List.of("127.86.40.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("egedal-gymnasium.dk", List.of("127.86.40.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("egedal-revision.dk", List.of("127.86.40.4"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("stenloese-isenkram.dk", List.of("127.86.40.5"), "-all", null, "none");
        domain("egedal-musikskole.dk", List.of("127.86.40.6"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("miljoetilsyn-nordsjaelland.dk", List.of("127.86.40.7"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // platforms
        domain("bilagsmolle.dk", List.of("127.86.41.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("debitly.com", List.of("127.86.41.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("faktaura.dk", List.of("127.86.41.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("fakturaflow.io", List.of("127.86.41.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("stenloese-sparekasse.dk", List.of("127.86.42.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("egedal-andelskasse.dk", List.of("127.86.42.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-nordsjaelland.dk", List.of("127.86.42.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vestegnens-bogholdere.dk", List.of("127.86.42.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kommunale-indkoebere-nord.dk", List.of("127.86.42.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postsvale.com", List.of("127.86.42.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelraad-egedal.dk", List.of("127.86.42.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.egedal-fiber.dk", List.of("127.86.42.8"), "-all", null, null);
        domain("relay.stenloese-net.dk", List.of("127.86.42.9"), "-all", null, null);
        domain("skemasmed.io", List.of("127.86.42.10"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("plejetakt.dk", List.of("127.86.42.11"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signerhus.dk", List.of("127.86.42.12"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
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
        switch (Math.floorMod(sha256("no86:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "EG-" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "F36-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "2036-" + (1_100 + rnd.nextInt(800));
            default:
                return "K" + (71_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@egekom.dk", "efaktura@egekom.dk", "kreditor@egekom.dk", "oekonomi@egekom.dk",
        "vejpark@egekom.dk", "skole@egekom.dk", "dagtilbud@egekom.dk", "aeldre@egekom.dk", "ejendomscenter@egekom.dk",
        "indkoeb@egekom.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf86:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr86:" + domain).hashCode(), 8_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi86:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "stenloese-varmevaerk.dk" -> "Værkstedsvej 12, 3660 Stenløse";
            case "smoerum-anlaeg.dk" -> "Tempovej 7, 2765 Smørum";
            case "oelstykke-stoejvaern.dk" -> "Industrivej 31, 3650 Ølstykke";
            case "vekso-indeklima.dk" -> "Veksø Bygade 18, 3670 Veksø Sjælland";
            case "ganloese-toemrer.dk" -> "Lystrupvej 4, 3660 Stenløse";
            case "slagslunde-maler.dk" -> "Slagslunde Bygade 9, 3660 Stenløse";
            case "egedal-rengoering.dk" -> "Frederikssundsvej 250, 3660 Stenløse";
            case "egedal-ugeblad.dk" -> "Stenløse Center 44, 3660 Stenløse";
            case "svestrup-vognmand.dk" -> "Svestrupvej 3, 3650 Ølstykke";
            case "smoerumnedre-el.dk" -> "Ballerupvej 20, 2765 Smørum";
            case "oestrup-vvs.dk" -> "Østrupvej 56, 3660 Stenløse";
            case "egedal-madservice.dk" -> "Kildedalsvej 2, 3660 Stenløse";
            case "stenloese-traelast.dk" -> "Stenløse Bygade 60, 3660 Stenløse";
            case "bureso-it.dk" -> "Buresøvej 11, 3670 Veksø Sjælland";
            case "egedal-koersel.dk" -> "Gammelgårdsvej 8, 3650 Ølstykke";
            case "oelstykke-kontor.dk" -> "Ølstykke Stationsvej 24, 3650 Ølstykke";
            case "udlejre-kloak.dk" -> "Udlejrevej 70, 3650 Ølstykke";
            case "sperrestrup-smedie.dk" -> "Sperrestrupvej 15, 3660 Stenløse";
            case "bastrup-naturpleje.dk" -> "Bastrupvej 2, 3660 Stenløse";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a bar-separated invoice with a billing block and payment terms; a time sheet with
     * hours, materials and machines and the FI line (card 71); an agreement statement with agreement number, fixed and
     * variable part and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Modtager af ydelsen: " + KOMMUNE + ", " + RAADHUS + ", lokationsnummer " + EAN);
                l.add("Bilagsnummer " + no + ", udstedt " + dottedDay(m, 0) + ", kontaktperson hos os: " + s.person());
                l.add("Leverancen omfatter " + s.what());
                l.add("Ydelsernes pris " + a.net() + " kroner, hertil merværdiafgift " + a.vat() + " kroner, fakturaen lyder på " + a.gross() + " kroner");
                l.addAll(more);
                l.add("Vi imødeser pengene senest " + writtenDay(m, 30) + " (løbende måned plus tredive dage)");
                if (account != null) {
                    l.add("Overførsel sker til " + account + " - skriv bilagsnummeret i tekstfeltet, så finder vi den");
                }
            }
            case 1 -> {
                head = "Arbejdsopgørelse med " + title.toLowerCase(DA) + " " + no;
                l.add(s.name() + ", " + addr);
                l.add("CVR " + cvr(s.domain()) + ", udført for " + KOMMUNE + " med lokationsnummer " + EAN);
                l.add("Arbejdet drejede sig om " + s.what());
                long hours = a.ore() * 47 / 100;
                long parts = a.ore() * 38 / 100;
                l.add("Mandskabstimer " + kr(hours) + " kroner, forbrugte materialer " + kr(parts) + " kroner, bil, trailer og maskinleje " + kr(a.ore() - hours - parts) + " kroner");
                l.add("Tilsammen " + a.net() + " kroner uden afgift, momsen udgør " + a.vat() + " kroner, endeligt beløb " + a.gross() + " kroner");
                l.addAll(more);
                l.add("Seneste betalingsdag " + dashedDay(m, 21) + (account == null ? "" : ", pengene sendes til " + account));
                if (own) {
                    l.add("FI-kortlinje til netbanken " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Aftaleopkrævning, " + title.toLowerCase(DA) + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Kundeaftale " + (20_000 + Math.floorMod(s.domain().hashCode(), 60_000)) + " indgået med " + KOMMUNE);
                l.add("Perioden fra " + dottedDay(m, -31) + " og frem til " + dottedDay(m, -1) + " omfatter " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Grundbeløb efter aftalen " + kr(fixed) + " kroner, forbrugsafhængig andel " + kr(a.ore() - fixed) + " kroner");
                l.add("Subtotal " + a.net() + " kroner, moms oveni " + a.vat() + " kroner, opkræves i alt " + a.gross() + " kroner");
                l.addAll(more);
                l.add("Opkrævningen skal være betalt " + dottedDay(m, 14) + (account == null ? "" : ", indbetaling sker til " + account));
                if (own) {
                    l.add("Betalingslinje for girokortet " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Egedal Kommune " + no + ".pdf", "FAK" + no + ".pdf",
            "Invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Egedal Kommune", "Til kreditorbogholderiet", "Hej der", "Goddag i økonomi",
        "Att. kreditor, Egedal", "Kære Egedal Kommune", "Hej med jer i bogholderiet", "Til Center for Økonomi"};

    private String phone() {
        return "47 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig86:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMange hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " - tlf. " + phone();
            case 2:
                return "\n\nMed venlig hilsen\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\nMvh. " + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nKh\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Jeres faktura " + no, "Fakturanr. " + no + " (EAN " + EAN + ")", "Regning " + no, "Fremsendelse af faktura " + no,
            s.name() + ": faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ". Den ligger som PDF i denne mail.";
            case 1 -> "I får her faktura " + no + ", i alt " + a.gross() + " kr. med moms, som forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Samme faktura går også til EAN " + EAN + " via NemHandel, så den skal naturligvis kun betales en gang.";
            case 3 -> "Tak fordi vi måtte løse opgaven. Fakturaen er vedhæftet som PDF-fil.";
            case 4 -> "Fakturanummer " + no + "\nBeløb " + a.gross() + " kr.\nForfald " + dashedDay(m, 30);
            case 5 -> "Fakturaen for arbejdet er vedhæftet; jeres indkøbsnummer er påført, så den kan matches.";
            case 6 -> "Her er regningen for det, vi har leveret den seneste måned. Giv lyd, hvis noget ikke stemmer med jeres bestilling.";
            default -> "Se venligst den vedhæftede faktura.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
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
        if (List.of(varme, rengoer, mad, stoej, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, radon, toemrer, vognmand, vvs, el, kloak).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Dronning Dagmars Vej 200", "Ølstykke", "3650", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        barrierAgreement = "DA-" + (4_100 + rnd.nextInt(700));
        radonCase = "RM-36-" + (210 + rnd.nextInt(90));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == stoej ? List.of("Driftsaftale " + barrierAgreement + ": 2,4 km støjskærm, halvårligt eftersyn")
                : s == radon ? List.of("Sag " + radonCase + ": udlagte radondosimetre i 14 skoler og børnehuse") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 4, List.of("Bestilt af naturforvalteren"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the shelter site's railing, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, kloak, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsnr. EK-" + (21_400 + k * 191));
                case 1 -> List.of("Rekvirent: " + to().replace("@egekom.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sted: " + (k % 3 == 0 ? "Stenløse Bibliotek, ny indgang" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nKvitterede følgesedler ligger med som særskilt fil." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "foelgesedler-egedal.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Ølstykke", "Kolli i alt: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader krydsfiner var våde ved modtagelsen og er kørt retur."},
            {kontor, "Kreditnota til faktura ", "Mødeblokkene med forkert logo er afhentet, og beløbet for dem krediteres."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (600 + rnd.nextInt(300));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@egekom.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra ved jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se, at nedenstående faktura er betalt. Har I allerede betalt, "
            + "krydser betalingerne blot hinanden."},
            {kloak, "Rykker 1", "Fristen for fakturaen er overskredet med en uge. Der er ikke beregnet rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@egekom.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Betal venligst til samme konto som altid, " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
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
        headers(m, s.person(), addr(s), "kreditor@egekom.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej\n\nTil brug for jeres afstemning: vi har registreret betalingen af faktura " + p.no() + ", og jeres saldo "
                + "hos os er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "svestrup-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kloak)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String ref = "EK-" + (63_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@egekom.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej\n\nVores nye regnskabsprogram er endnu ikke koblet på NemHandel, så denne gang følger XML-filen med her "
                    + "sammen med en læsbar PDF. Betalingsoplysningerne er uændrede. Dukker den samme faktura op i jeres "
                    + "e-fakturaindbakke, er det en dublet.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Indkøbsnr. " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"bilagsmolle.dk", "debitly.com", "faktaura.dk", "fakturaflow.io"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "b-" + sha256("plat86:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "FF-" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Fakturaflow", "regninger@fakturaflow.io", "dagtilbud@egekom.dk", "Regning " + no + " - vikartimer oktober")
                    .text("Til " + KOMMUNE + ", Dagtilbud\n\nHer er regningen for de pædagogvikarer, som jeres områdeledere "
                        + "bookede gennem Fakturaflow i oktober (118 timer i alt). Vikarerne er ansat og lønnet af os.\n\nAt betale "
                        + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nFakturaflow")
                    .attach("application/pdf", "Fakturaflow-" + no + ".pdf", Attachments.pdf(docId(m, "ff"), "Regning " + no,
                        List.of("Fakturaflow ApS", "Kunde: " + KOMMUNE + ", Dagtilbud", "Vikartimer oktober 2036: 118",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "53500001960013"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform fakturaflow.io invoices booked daycare relief hours under its own name";
                continue;
            }
            String no = "B" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], i == 1 ? "vejpark@egekom.dk" : "natur@egekom.dk",
                "Ny regning fra " + s.name() + " (" + no + ")")
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en regning til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Regningen ligger som PDF i mailen. Svarer du på mailen, lander svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt gennem " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, så beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "LN-" + (26_400 + rnd.nextInt(700));
        Amount a = amount(900_000);
        headers(m, "Lärmschutz Nord", addr(tysk), "vejpark@egekom.dk", "Rechnung " + no + " / Ersatzpaneele")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die Acrylglas-Ersatzpaneele, die Ihr "
                + "Wartungsbetrieb in Ølstykke bestellt hat. Lieferung frei Baustelle; Steuerschuldnerschaft des "
                + "Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Husum", "Kunde: " + KOMMUNE + ", Vej og Park", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Zahlbar an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier of noise-barrier panels (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "RL" + (7_200 + rnd.nextInt(700));
        headers(m, "Radonlabbet Malmö", addr(svensk), "ejendomscenter@egekom.dk", "Faktura " + no + " - analys radondosor")
            .text("Hej,\n\nBifogat finns fakturan för analysen av de radondosor som Veksø Indeklima skickade till oss från era "
                + "skolor och förskolor. Resultaten har gått direkt till dem.\n\nVänliga hälsningar\nFakturering, Radonlabbet "
                + "Malmö AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "Bankgiro via IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish radon lab invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Skemasmed Billing", "billing@skemasmed.io", "skole@egekom.dk", "Your Skemasmed invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for Skemasmed (timetabling for 9 schools, 2,600 pupils). "
                + "It has also been delivered to GLN " + EAN + ".\n\nTotal DKK " + a.gross() + "\n\nThe Skemasmed team")
            .attach("application/pdf", "skemasmed-nov.pdf", Attachments.pdf(docId(m, "sk"), "Invoice",
                List.of("Skemasmed ApS", "Customer: " + KOMMUNE, "Licence November 2036, 9 schools", "DKK " + a.gross())));
        genuine(m, "127.86.42.10");
        m.description = "SaaS skemasmed.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Plejetakt", "betaling@plejetakt.dk", "aeldre@egekom.dk", "Kvittering - Plejetakt abonnement")
            .text("Hej Ældre og Sundhed\n\nTak fordi hjemmeplejens 210 planlæggere og sygeplejersker kører deres ruter i "
                + "Plejetakt. Decemberabonnementet er trukket automatisk: " + a.gross() + " kr. på indkøbskortet med "
                + "slutcifrene 7714. Der er intet at betale, kvitteringen er kun til jeres bilag.\n\nPlejetakt");
        genuine(m, "127.86.42.11");
        m.description = "SaaS plejetakt.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0012588204");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@egekom.dk", "Skift af bank pr. 1. december")
            .text("Til kreditorafdelingen\n\nEfter tyve år i den lokale sparekasse har vi samlet værkstedets økonomi i Spar "
                + "Nord i Stenløse. Regninger fra os med dato 1. december 2036 eller senere skal derfor indbetales på " + nyT
                + ", mens regninger fra før den dag stadig betales til det nummer, der er trykt på dem.\n\nVil I høre det "
                + "fra mig selv, så ring til værkstedet på det nummer, der allerede står i jeres kreditorkartotek."
                + signature(toemrer))
            .attach("application/pdf", "Bankskift-Ganloese.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankkonto",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Virkningsdato 01.12.2036 for alle nye regninger",
                    "Fremtidig bankforbindelse: " + nyT, "Underskrevet af Morten Juul, indehaver og tømrermester")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye garderobeskabe, Ganløse Børnehus");
        invoice(m, moved, nyT, 14, List.of("Ny bankkonto fra 01.12.2036, jf. meddelelse"), "\n\nBemærk, at betalingen nu skal "
            + "til den nye konto, vi skrev om.");
        genuine(m, toemrer.ip());
        m.description = "ganloese-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "30000001277380");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Egedal Madservice, Regnskab", addr(mad), "kreditor@egekom.dk", "Ny bankforbindelse fra december")
            .text("Til " + KOMMUNE + ", Center for Økonomi og Ældre og Sundhed\n\nEgedal Madservice er blevet en del af en "
                + "større køkkenkæde og skifter derfor bank. Fakturaer med dato 1. december eller senere betales til " + nyM
                + ". Betalinger til den hidtidige konto modtages frem til nytår. Et underskrevet brev er sendt til jeres "
                + "Digital Post.\n\nVenlig hilsen\nEgedal Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny bankforbindelse fra 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "egedal-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=q7Tc=LM=egedal-ugeblad.dk=annonce@srs.egedal-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.86.42.8";
        m.helo = "srs.egedal-fiber.dk";
        m.description = "egedal-ugeblad.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.stenloese-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.stenloese-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"vestegnens-bogholdere.dk", "Annette Kragh", "ak@", "Regning på støjskærme - kender I firmaet?",
            "Hej alle\n\nVi har modtaget en regning for udskiftning af paneler i en støjskærm fra et firma, der ikke står i vores "
                + "kartotek, og som henviser til en aftale, vi ikke kan finde. Er det dukket op hos andre kommuner?\n\nAnnette"},
            {"kommunale-indkoebere-nord.dk", "Henrik Bøgh", "hb@", "Radonrapport tilbageholdt", "Hej\n\nEn af vores skoler fik "
                + "besked om, at en radonrapport først udleveres mod betaling til en ukendt konto. Vores rigtige leverandør "
                + "havde ikke sendt noget.\n\nHenrik"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditornet-nordsjaelland.dk", x[3])
                .header("List-Id", "Kreditornet Nordsjælland <forum.kreditornet-nordsjaelland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-nordsjaelland.dk", "[Kreditornet] ", "\r\n-- \r\nKreditornet Nordsjælland\r\n"
                + "Afmeld: https://kreditornet-nordsjaelland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelraad-egedal.dk", "Svindelrådet", "Støjskærme og radon: nye fupregninger",
            "Svindlere sender nu regninger for reparation af støjskærme og radonmålinger med ægte aftalenumre. Ring til "
                + "leverandøren på et nummer fra jeres eget kartotek, før I ændrer noget."},
            {"egedal-revision.dk", "Egedal Revision", "Tjekliste til årsskiftet",
                "Gennemgå kreditorkartoteket, og lad to medarbejdere godkende hver ændring af en leverandørs kontonummer."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl86:" + x[0]).substring(0, 12) + "@postsvale.com";
            headers(m, x[1], "nyt@" + x[0], "oekonomi@egekom.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs "
                    + "mere</a></p><p style=\"font-size:8px\">Du modtager dette, fordi du er tilmeldt. Afmeld her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postsvale.com");
            m.ip = "127.86.42.6";
            m.helo = "mta.postsvale.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postsvale.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Vej og Park", "vejpark@", "kreditor@egekom.dk", "Støjskærmene langs Frederikssundsvej",
            "Hej kreditor\n\nDet er alene Ølstykke Støjværn, der passer vores støjskærme, og det sker under driftsaftalen. "
                + "Ekstraarbejde bestiller vi skriftligt med et indkøbsnummer. Kommer der andre regninger om skærmene, så send "
                + "dem til os først.\n\nVej og Park"},
            {"Ejendomscentret", "ejendomscenter@", "kreditor@egekom.dk", "Radonmålingerne", "Hej\n\nRadonmålingerne i skoler "
                + "og børnehuse udføres af Veksø Indeklima under sagsnummeret fra foråret. Rapporterne kommer til os, og der "
                + "betales aldrig for at få en rapport udleveret.\n\nEjendomscentret"},
            {"Center for Økonomi", "oekonomi@", "ledere@egekom.dk", "Ændring af kontonumre", "Kære ledere\n\nHusk, at kun "
                + "kreditorbogholderiet må rette en leverandørs kontonummer, og kun efter opkald til et kendt nummer. Videresend "
                + "mails om nye konti til kreditor@.\n\nCenter for Økonomi"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Stenløse Sparekasse, Erhverv", "erhverv@stenloese-sparekasse.dk", "oekonomi@egekom.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nI dag har vi modtaget jeres betalingsfil med 212 poster, som gennemføres på bogføringsdagen. "
                + "Se status i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nStenløse Sparekasse");
        genuine(m, "127.86.42.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Egedal Andelskasse", "info@egedal-andelskasse.dk", "oekonomi@egekom.dk", "Nye priser på udlandsbetalinger")
            .text("Til erhvervskunder\n\nFra 1. februar justeres priserne på betalinger til udlandet. Den nye prisliste kan ses i "
                + "netbanken under Aftaler.\n\nEgedal Andelskasse");
        genuine(m, "127.86.42.2");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("noise-barrier-service-invoice", true);
        invoice(m, stoej, stoej.account(), 7, List.of("Driftsaftale " + barrierAgreement + ", efterårseftersyn",
            "Tætning af 9 fuger, udskiftning af 2 paneler ved Ølstykke Stationsvej"), "\n\nEftersynsrapporten er sendt til Vej og Park.");
        genuine(m, stoej.ip());
        m.description = "the real noise-barrier firm invoices its autumn inspection (DKIM only, p=quarantine, DMARC pass)";
        m = ok("radon-measurement-invoice", true);
        invoice(m, radon, radon.account(), 10, List.of("Sag " + radonCase + ", vintermåling", "Opsætning og nedtagning af "
            + "62 dosimetre, 14 adresser"), "\n\nDosimetrene sendes til laboratoriet i Malmö, når de tages ned.");
        genuine(m, radon.ip());
        m.description = "the real radon firm invoices the winter measurement round (SPF+RSA aligned, no DMARC)";
        m = ok("supplier-letter", false);
        headers(m, "Ølstykke Støjværn", addr(stoej), "vejpark@egekom.dk", "Vinterberedskab på støjskærmene")
            .text("Kære Vej og Park\n\nEfter saltsæsonen gennemgår vi fugerne igen i marts; det er omfattet af driftsaftale "
                + barrierAgreement + " og faktureres ikke særskilt. Vi udfører aldrig ekstraarbejde uden jeres skriftlige "
                + "bestilling.\n\nØlstykke Støjværn");
        genuine(m, stoej.ip());
        m.description = "the noise-barrier firm announces a spring check at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_500_000);
        headers(m, "Egedal Forsyning A/S", "opkraevning@egedal-forsyning.dk", "efaktura@egekom.dk", "Vandafgift institutioner, 3. kvartal")
            .text("Til " + KOMMUNE + "\n\nHer er opkrævningen for vand og vandafledning på kommunens institutioner for tredje "
                + "kvartal. Den er desuden sendt elektronisk til jeres EAN.\n\nEgedal Forsyning")
            .attach("application/pdf", "Opkraevning-3kv.pdf", Attachments.pdf(docId(m, "fors"), "Opkrævning 3. kvartal 2036",
                List.of("Egedal Forsyning A/S", "Kunde: " + KOMMUNE + ", 41 målere", "DKK " + a.gross(),
                    "Konto " + iban("DK", "53500001982275"))));
        genuine(m, "127.86.40.2");
        m.description = "the municipal utility's quarterly water charge for institutions";
        m = ok("authority-notice", false);
        headers(m, "Miljøtilsyn Nordsjælland", "tilsyn@miljoetilsyn-nordsjaelland.dk", "vejpark@egekom.dk",
            "Varsel om tilsyn på materielgården")
            .text("Til Egedal Kommune, Vej og Park\n\nVi foretager et planlagt miljøtilsyn på materielgården i Stenløse i januar "
                + "og vender tilbage med en dato. Tilsynet er uden gebyr.\n\nMiljøtilsyn Nordsjælland");
        genuine(m, "127.86.40.7");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signerhus.dk";
        headers(m, "Egedal Gymnasium via Signerhus", "noreply@signerhus.dk", "kultur@egekom.dk",
            "Til underskrift: lejeaftale om idrætshallen")
            .header("Reply-To", "<administration@egedal-gymnasium.dk>")
            .text("Egedal Gymnasium beder jer underskrive 'Lejeaftale - hallen i vinterhalvåret'.\n\nDokumentet ligger på jeres "
                + "konto hos Signerhus.\n\nSignerhus");
        genuine(m, "127.86.42.12");
        m.description = "real e-signature request from signerhus.dk on behalf of the gymnasium";
        m = ok("receipt", false);
        headers(m, "Stenløse Isenkram", "kvittering@stenloese-isenkram.dk", "vejpark@egekom.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n4 snefejere, 2 spande vejsalt. Betalt med kommunens indkøbskort.\n\nStenløse Isenkram");
        genuine(m, "127.86.40.5");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Egedal Gymnasium", "regnskab@egedal-gymnasium.dk", "oekonomi@egekom.dk", "Betalingsadvisering")
            .text("Hej\n\nVi har i dag overført 18.600 kr. for leje af Stenløse Hallen i oktober.\n\nEgedal Gymnasium, regnskab");
        genuine(m, "127.86.40.3");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Egedal Musikskole", "kontor@egedal-musikskole.dk", "kultur@egekom.dk", "Ordrebekræftelse: julekoncert")
            .text("Hej\n\nVi bekræfter musikskolens medvirken ved julekoncerten på Rådhuset den 12. december. Afregning sker "
                + "internt via EAN.\n\nEgedal Musikskole");
        genuine(m, "127.86.40.6");
        m.description = "order confirmation, settled later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3270440010087721"), iban("DK", "89900007230581"), bank("5470", "0003318409"),
        iban("EE", "3822001120094417"), iban("PL", "611090101400000712198876"), iban("GB", "REVO00997012345522"),
        iban("IE", "AIBK93115212345678"), iban("NL", "RABO0319887654"), iban("DE", "370400440532013077"),
        iban("HU", "117730160000000040028901"), iban("RO", "BTRL0130120512345671"), iban("BG", "STSA93000024819537"),
        iban("CY", "002001280000001200527600"), bank("8117", "0002290731"), iban("MT", "MALT01100000000000000060012"),
        iban("SE", "50000000058398257466"), iban("LT", "1010100000061234"), iban("DK", "64000004403318")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nBestyrelsen for Stenløse Varmeværk "
            + "vedtog på generalforsamlingen i september at lade Vestsjællands Afregningscentral i Holbæk stå for alle "
            + "opkrævninger. Derfor er indbetalingskontoen en anden fra og med denne kvartalsopgørelse for Rådhuset, "
            + "biblioteket og svømmehallen. Penge, der havner på værkets gamle konto, kan centralen ikke se, og så kører "
            + "rykkerprocessen automatisk videre.");
        forged(m, forgedHost++);
        m.description = "forged From stenloese-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 6, List.of(), "", "Hej\n\nSom I måske har læst på bagsiden af sidste "
            + "uges avis, er Ugebladet Egedal nu ejet af en engelsk mediegruppe med hovedsæde i Leeds. Kommunens side og "
            + "jobannoncerne for ældreplejen afregnes derfor fremover af gruppens regnskabsafdeling, som kun modtager "
            + "pund- og kronebetalinger på den britiske konto længst nede i bilaget. Vores lokale bankforbindelse i "
            + "Stenløse Center nedlægges til jul.");
        forged(m, forgedHost++);
        m.description = "forged From egedal-ugeblad.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"stenloese-varmevaerk.com", varme, "Varmeværkets kundesystem brød sammen under "
            + "lynnedslaget i oktober, og nogle kommuner har siden fået opgørelser med et forældet kontonummer. Vi beder "
            + "Egedal om kun at bruge nummeret på netop denne opgørelse og slette det, der ligger i jeres kreditorkartotek."},
            {"smorum-anlaeg.dk", entrep, "Kantstenene og regnvandsledningen ved Smørum Skole er "
                + "lagt, og Flodvej er åbnet igen for skolebørnene. Da min kompagnon trådte ud af firmaet pr. 1. november, "
                + "fulgte vores gamle driftskonto med ham. Fremover går alt til kontoen, der er trykt nederst i bilaget."},
            {"stenlose-traelast.dk", byg, "Proffen-disken sender novembers samlefaktura for "
                + "krydsfiner, lægter og gipsplader til Ejendomscentret. Trælasten er gået over til en ny hovedbank efter "
                + "ejerskiftet i Stenløse Bygade, og den konto, I har stående, afviser indbetalinger fra mandag."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[3];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 5, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Proffen-disken på Stenløse Bygade fremsender hermed fakturaen for lægter og isoleringsbatts til "
                + "Ganløse Børnehus. Vores revisor har lagt bankforholdene om efter årsskiftet i koncernen, så kontoen på "
                + "bilaget er den eneste, der kan tage imod pengene. Ret den gerne i kartoteket, før næste betalingskørsel.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as stenloese-traelast.dk, new account";
        d = OWNED[4];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@egekom.dk", "Fortroligt: deponering inden kl. 12")
            .text("Goddag\n\nI går aftes efter byrådsmødet fik borgmesteren mundtlig aftale med ejeren af en gård i "
                + "Svestrup om at købe jorden til den nye skole i Egedal By, inden en developer fra Hillerød når at byde. "
                + "Ejerens advokat vil først skrive under, når et depositum på 420.000 kr. står på " + mule(14) + ", og "
                + "fristen er kl. 12. Skødeudkastet kommer i eftermiddag. Indtil økonomiudvalget har hørt om handlen, skal "
                + "den holdes mellem os.\n\nBorgmesterens sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as the municipality: secret farm deposit by noon";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Bilagsmølle", "paamindelse@bilagsmolle-stenloese.dk", "natur@egekom.dk",
            "Regningen er ikke betalt - gebyr i nat")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Regningen fra <b>" + natur.name() + "</b> står som ubetalt, og et "
                + "gebyr lægges på ved midnat. Betal nu med kort, så undgår I gebyret:</p><p><a href=\"https://"
                + "bilagsmolle-stenloese.dk/betal/" + sha256("bm86").substring(0, 18) + "\">Betal regningen</a></p>"
                + "<p>Bilagsmølle</p></body></html>");
        ownedBy(m, "bilagsmolle-stenloese.dk");
        m.description = "look-alike of the platform bilagsmolle.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Debitly", "inddrivelse@debitly-smorum.com", "vejpark@egekom.dk", smed.name() + " - regning overdraget")
            .text("Hej Vej og Park\n\nCarsten Riis i Sperrestrup har solgt sine udestående regninger til Debitly, så gelænderet "
                + "og lågerne ved shelterpladsen i Ganløse Ore afregnes nu gennem os. Pengene skal stå på klientkonto "
                + mule(15) + "; smedien kan ikke længere kvittere for betalinger.\n\nVenlig hilsen\nDebitly, inddrivelse")
            .attach("application/pdf", "debitly-" + (5_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("debitly-smorum.com", mule(15)), "Faktura", "DB-" + (9_100 + rnd.nextInt(700)), amount(300_000),
                mule(15), 0, List.of("Inddrives af Debitly")));
        ownedBy(m, "debitly-smorum.com");
        m.description = "look-alike of debitly.com: the smithy's invoice 'assigned' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betales til factoringselskab"), "", "Egedal Rengøring har fra november "
            + "solgt sine fordringer på kommunen, så rengøringen af Rådhuset og Toftehøjskolen nu skal betales til "
            + "finansieringshuset på " + mule(16) + ". Jeg står på rengøringsmessen i Fredericia hele ugen og tager ikke "
            + "telefonen, men jeg læser mail om aftenen.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of egedal-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@egekom.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nVi mangler lige at nævne, at hvidvaskkontrollen i vores bank har frosset driftskontoen, mens "
                + "de gennemgår Chromebook-indkøbene fra leverandøren i Polen. Fakturaen nedenfor på " + p.amount().gross()
                + " kr. skal derfor undtagelsesvis til " + mule(17) + ". Næste måned er alt tilbage ved det normale.\n\n"
                + "Bogholderiet\n" + it.name() + "\n\n> Fakturanr. " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of bureso-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "ganloese-tomrer.dk"}, {mad, "egedal-madservice.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@egekom.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nLige en tilføjelse til tråden om " + p.no() + " på " + p.amount().gross() + " kr. Økonomisystemet "
                    + "trak et kontonummer fra vores gamle skabelon ind i fakturaen, og det fangede bogholderen først i "
                    + "morges. Vil I sende beløbet til " + mule(i + 3) + " og give mig et kort kvit i denne tråd, når "
                    + "kartoteket er opdateret?\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "oekonomi@egekom.dk", "Tilskud til byfesten - haster")
            .text("Hej\n\nByfestforeningen i Stenløse har mistet sin hovedsponsor, og teltudlejeren kører teltet hjem i "
                + "morgen tidlig, hvis depositummet ikke er betalt. Jeg har givet dem tilsagn om 135.000 kr. som ekstraordinært "
                + "tilskud, og beløbet skal gå til udlejerens konto " + mule(7) + " i dag. Jeg er til KL's topmøde i "
                + "Aalborg, så svar mig her på mailen.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged egekom.dk (p=reject) from outside: the mayor's urgent town-festival grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@egekom.dk", "Ny konto for Østrup VVS")
            .text("Hej\n\nIndehaveren af Østrup VVS og Blik fangede mig på parkeringspladsen ved rådhuset i morges: blikkenslageren "
                + "har fået nyt pengeinstitut i Roskilde. Læg " + mule(8) + " ind på dem, inden eftermiddagens betalingsfil "
                + "går til sparekassen. Du behøver ikke ringe til dem, jeg har selv set papirerne.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged egekom.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektor.egedal@gmail.com", "oekonomi@egekom.dk", "Har du to minutter?")
            .text("Hej\n\nJeg sidder til KKR-møde og kan kun bruge min private mail. Der er en fortrolig overførsel, jeg har brug "
                + "for, at du klarer for mig i dag uden at gå den sædvanlige vej. Svar her, så sender jeg detaljerne.\n\n"
                + "Sendt fra min mobil");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.egedal@outlook.com", "indkoeb@egekom.dk", "En tjeneste")
            .text("Hej\n\nJeg vil overraske de frivillige fra Ganløse Ore-løbet. Kan du købe 15 gavekort til 1.000 kr. hver og "
                + "sende mig koderne inden frokost? Jeg betaler selv og får det refunderet bagefter.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Sofie Lund", "sofie.lund.olstykke@gmail.com", "loen@egekom.dk", "Ny konto til min løn")
            .text("Hej Løn\n\nSofie her fra Børnehuset Bakkekammen i Ølstykke, jeg er medhjælper på Mariehønestuen. Nogen har "
                + "misbrugt mit dankort, og banken har derfor lukket hele min konto. Indtil videre har jeg fået en konto hos "
                + "en litauisk netbank, som novemberlønnen skal ind på: " + mule(0) + ". Min MitID-app driller, så jeg kan "
                + "ikke selv rette det i lønportalen.\n\nSofie Lund");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a daycare assistant";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Rask", "mikkel.rask.stenlose@hotmail.com", "loen@egekom.dk", "Lønkonto")
            .text("Hej\n\nMikkel fra materielgården i Stenløse, jeg kører saltbil og fejemaskine. Min kæreste har fået job i "
                + "Cork, og vi flytter efter nytår, så jeg har oprettet en irsk konto i forvejen. Decemberlønnen og "
                + "feriepengene må gerne gå til " + mule(6) + ".\n\nHilsen Mikkel");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // display-name-abuse (free mail carrying a listed supplier's name)
        m = bad("display-name-abuse");
        headers(m, byg.name() + " - Proffen", "stenloese.traelast.proffen@gmail.com", "ejendomscenter@egekom.dk",
            "Faktura på trælast - ny betalingsmodtager")
            .text("Hej Ejendomscentret\n\nTrælastens mailserver blev ramt af en virusangreb i weekenden, og indtil IT-folkene har "
                + "fået den op igen, bruger vi denne adresse. Samlefakturaen for gipsplader og lægter til Ganløse Børnehus, "
                + "64.310,00 kr., må ikke gå til den sædvanlige konto, som banken har lukket midlertidigt, men til "
                + mule(9) + ".\n\nProffen, " + byg.name());
        genuine(m, GMAIL);
        m.description = "gmail address with the builders' merchant's name as display name, new account";
        m = bad("display-name-abuse");
        headers(m, "Egedal Kommune, Løn og Personale", "egedal.lonogpersonale@outlook.com", "skole@egekom.dk",
            "Opdater dine lønoplysninger inden lønkørslen")
            .html("<html><body><p>Kære medarbejder</p><p>Vi har indført ny lønportal. Bekræft dit kontonummer og din "
                + "skattekort-info inden fredag, ellers kan decemberlønnen blive forsinket.</p><p><a href=\"https://"
                + "egedal-lon.example-portal.net/login\">Gå til lønportalen</a></p><p>Løn og Personale</p></body></html>");
        genuine(m, MSFT);
        m.description = "outlook address with our payroll department's name as display name, login link";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Egedal Inkasso", "sag@egedal-inkasso.dk", "kreditor@egekom.dk", "Inkassovarsel - " + inkasso[i].name())
                .text("Til " + KOMMUNE + ", Center for Økonomi\n\nVores klient " + inkasso[i].name() + " har bedt os inddrive "
                    + "faktura " + p.no() + " (" + p.amount().gross() + " kr.), som ifølge klientens bogholderi aldrig er "
                    + "indgået. Lægges inkassosalær og porto på 475 kr. til, skal hele summen være indsat på "
                    + mule(i + 9) + " senest torsdag kl. 15. Ellers indgives betalingspåkrav til fogedretten i Hillerød.\n\n"
                    + "Egedal Inkasso, sagsbehandler");
            ownedBy(m, "egedal-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "besked@mitid-olstykke.com", "it@egekom.dk", "Handling påkrævet: MitID Erhverv-adgang")
            .html("<html><body><p>Kære brugeradministrator</p><p>Organisationens MitID Erhverv skal genbekræftes efter en "
                + "opdatering af sikkerhedskravene. Gøres det ikke inden 24 timer, spærres alle medarbejderes adgang i "
                + KOMMUNE + ".</p><p><a href=\"https://mitid-olstykke.com/genbekraeft\">Genbekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-olstykke.com");
        m.description = "fake MitID Erhverv re-confirmation with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-veksoe.com", "oekonomi@egekom.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>I jeres fælles postkasse ligger et brev fra Skattestyrelsen om "
                + "tilbagebetaling af købsmoms for Egedal Svømmehal og Stenløse Bibliotek. Det er markeret som frist-brev: "
                + "en tegningsberettiget skal kvittere for det senest onsdag, ellers løber der morarenter fra "
                + "kvartalets udløb.</p><p><a href=\"https://digitalpost-veksoe.com/aabn\">Åbn brevet "
                + "med MitID</a></p><p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-veksoe.com");
        m.description = "fake Digital Post notice with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Smørum P-kontrol", "afgift@smoerum-parkering.dk", "vejpark@egekom.dk", "Parkeringsafgift - Smørum Station")
            .html("<html><body><p>Kommunens hvide varebil med hjemmeplejelogo holdt tirsdag over tre timer på pendlerpladsen ved "
                + "Smørum Station uden p-skive. Kontrolafgiften er 790 kr., og den betales hurtigst med mobilen via koden "
                + "herunder, før der lægges rykkergebyr på.</p><p><img src=\"cid:qr\" alt=\"Scan\">"
                + "</p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "smoerum-parkering.dk");
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice-support", "support@ganloese-betaling.net", "oekonomi@egekom.dk",
            "Jeres aftaler er sat på pause")
            .html("<html><body><p>Vi har sat jeres automatiske aftaler på pause, fordi tilmeldingen mangler en fornyelse. Scan "
                + "koden med telefonen og bekræft med MitID for at genoptage dem.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genoptag.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "ganloese-betaling.net");
        m.description = "QR code for 'paused' payment agreements";

        // archive-invoice
        m = bad("archive-invoice");
        String no2 = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "faktura@egedal-rengoring.dk", "kreditor@egekom.dk", "Faktura " + no2 + " (komprimeret)")
            .text("Hej\n\nJeres spamfilter har tre gange sendt vores rengøringsfaktura for Toftehøjskolen retur, så nu prøver vi "
                + "med en zip-mappe. Kontonummeret inde i fakturaen er skiftet siden sidst.\n\nFakturering")
            .attach("application/zip", "Faktura_" + no2 + ".zip", Attachments.zip("Faktura_" + no2 + ".pdf",
                pdfInvoice(m, rengoer.posing("egedal-rengoring.dk", mule(3)), "Faktura", no2, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "egedal-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of egedal-rengoering.dk, new account";
        m = bad("archive-invoice");
        no2 = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "kontor@oestrup-vvs.net", "kreditor@egekom.dk", "Fakturaer for november")
            .text("Hej\n\nBlandingsbatterierne og beholderservicen på Bauneholm er samlet i ét 7z-arkiv, fordi PDF'erne fyldte "
                + "over ti megabyte. Bemærk kontonummeret i arkivets faktura, det er nyt.\n\nKontoret")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no2 + ".pdf",
                pdfInvoice(m, vvs.posing("oestrup-vvs.net", mule(12)), "Faktura", no2, a, mule(12), 1, List.of())));
        ownedBy(m, "oestrup-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of oestrup-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@oelstykke-kontorforsyning.net", "indkoeb@egekom.dk", "Ordrebekræftelse og faktura")
            .text("Hej Indkøb\n\nKopipapiret og tonerne til skolerne er pakket, og vedhæftede Word-fil rummer både "
                + "ordrebekræftelse og regning. Vores priser er beskyttet, så dokumentet viser dem først, når I trykker på "
                + "den gule bjælke og tillader indholdet.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura.docm", Attachments.word(
                "Ordrebekræftelse og faktura. Prislisten er skjult, indtil indhold aktiveres.", true));
        ownedBy(m, "oelstykke-kontorforsyning.net");
        m.description = "macro-enabled .docm from a look-alike of oelstykke-kontor.dk";
        m = bad("office-macro");
        headers(m, "Bogholderiet", "bogholderi@bureso-itdrift.net", "it@egekom.dk", "Chromebook-opgørelse mellemtrin")
            .text("Hej IT\n\nRegnearket tæller Chromebooks og Google-licenser på mellemtrinnet skole for skole. Summerne beregnes "
                + "af et lille script, som Excel spørger om lov til at køre; sig ja. Indbetalingskontoen nederst er ny.\n\n"
                + "Bogholderiet")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebooks_opgoerelse.xlsm", Attachments.excel(List.of(
                "Opgørelse Chromebooks november 2036", "Chromebook og licens 520 stk", "Betaling til " + mule(13)), true));
        ownedBy(m, "bureso-itdrift.net");
        m.description = "macro-enabled .xlsm from a look-alike of bureso-it.dk, new account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "bo@slagslunde-malerservice.dk", "skole@egekom.dk", "Regning maling Slagslunde Skole")
            .text("Hej\n\nHer er regningen som billede, jeg har ikke adgang til computeren i denne uge. Det nye kontonummer står "
                + "nederst.\n\nBo")
            .attach("image/jpeg", "IMG_7731.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "slagslunde-malerservice.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of slagslunde-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "jens@svestrup-vognmand.net", "vejpark@egekom.dk", "Faktura jordkørsel Egedal By")
            .text("Hej\n\nJeg har scannet regningen for de 46 læs jord, vi kørte væk fra byggefelterne i Egedal By. Kontoen er "
                + "skiftet, den nye står nederst på scanningen.\n\nJens")
            .attach("application/pdf", "Scan_2211.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "svestrup-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of svestrup-vognmand.dk";

        // xml-invoice-changed-account
        String no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kh@smoerum-entreprise.net", "efaktura@egekom.dk", "Faktura " + no + " som XML")
            .text("Hej\n\nFortovet og regnvandsledningen på Flodvej er afregnet i vedhæftede Peppol-fil. Vores nye regnskabsbureau "
                + "har ikke fået os registreret som afsender i NemHandel endnu, og i samme omgang er betalingskontoen i "
                + "filen blevet en anden.\n\n" + entrep.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "EK-" + (65_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "smoerum-entreprise.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "bogholderi@bureso-it.com", "efaktura@egekom.dk", "OIOUBL " + no)
            .text("OIOUBL-filen for månedens drift er vedhæftet. Kontooplysningerne er ændret, fordi vi har skiftet bank.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "EK-" + (65_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "bureso-it.com");
        m.description = "OIOUBL XML with a changed payee from a look-alike of bureso-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signerhus", "dokument@signerhus-ganloese.dk", "kultur@egekom.dk", "Egedal Gymnasium afventer din signatur")
            .html("<html><body><p>Du er anmodet om at signere 'Tillæg til lejeaftale - hallen'. Anmodningen udløber i "
                + "aften.</p><p><a href=\"https://signerhus-ganloese.dk/d/" + sha256("sh86").substring(0, 16) + "\">Åbn og "
                + "signér dokumentet</a></p></body></html>");
        ownedBy(m, "signerhus-ganloese.dk");
        m.description = "fake e-signature request imitating signerhus.dk and the gymnasium";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@veksoe-esign.net", "ejendomscenter@egekom.dk", "Forpagtningsaftale klar til underskrift")
            .html("<html><body><p>Forpagteren af kommunens marker mellem Veksø og Buresø har underskrevet fornyelsen for 2037 "
                + "og venter nu på Ejendomscentret. Dokumentet åbnes med den Microsoft-konto, I bruger på arbejdet.</p><p><a href=\"https://veksoe-esign.net/login\">"
                + "Log ind og underskriv</a></p></body></html>");
        ownedBy(m, "veksoe-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@egedal-korsel.net", "kreditor@egekom.dk", "Faktura " + p.no() + " - deling af beløb")
            .text("Hej\n\nSpecialkørslen til skolerne og svømmehallen på faktura " + p.no() + " beløber sig til "
                + p.amount().gross() + " kr. Mens busselskabet flytter bank, kan den gamle konto kun modtage halvdelen; "
                + "resten sætter I ind på " + mule(9) + ". Chaufførerne får deres løn fra den nye konto, så det haster "
                + "lidt.\n\nKørselskontoret");
        ownedBy(m, "egedal-korsel.net");
        m.description = "split payment on the transport firm's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "kontor@oestrup-vvs-aps.dk", "kreditor@egekom.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nBlikkenslagerens bank i Stenløse har sat en beløbsgrænse på indgående overførsler, så faktura "
                + p.no() + " for Bauneholm Plejecenter må kun give 25.000 kr. til den konto, I plejer at bruge. Det "
                + "overskydende beløb går til vores rumænske leverandørkonto " + mule(10) + ", som betaler rørene.\n\n"
                + "Kontoret");
        ownedBy(m, "oestrup-vvs-aps.dk");
        m.description = "split payment on Østrup VVS's real wave-1 invoice";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "fornyelse@egedal-domaeneservice.com", "it@egekom.dk", "egekom.dk udløber om 5 dage")
            .text("Til IT-afdelingen i Egedal\n\nOm fem dage falder egekom.dk tilbage til registret, og så holder borgerservice, "
                + "selvbetjeningen og alle kommunens mailkasser op med at virke. Tre års forlængelse koster 4.980 kr.; "
                + "overfør til " + mule(4) + " og skriv egekom i beskeden, så registrerer vi det samme dag.\n\nDomæneservice");
        ownedBy(m, "egedal-domaeneservice.com");
        m.description = "fake domain renewal for our own domain";
        m = bad("fake-domain-renewal");
        headers(m, "DNS-registrering", "regning@stenloese-dns.net", "oekonomi@egekom.dk", "Faktura: registrering af egedal-by.dk")
            .text("Hej\n\nDa vi så, at den nye bydel Egedal By ikke havde sit eget webnavn, reserverede vi egedal-by.dk til "
                + "kommunen, før en spekulant gjorde det. Vores gebyr for fem års ejerskab er 7.450 kr., og det forfalder om "
                + "otte dage til " + mule(2) + ".\n\nDNS-registrering");
        ownedBy(m, "stenloese-dns.net");
        m.description = "unsolicited 'domain registration' invoice for a new town's domain";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-noise-barrier-repair-invoice
        M m = bad("fake-noise-barrier-repair-invoice");
        invoice(m, stoej.posing("oelstykke-stoejvaern.net", stoej.account()), mule(3), 11,
            List.of("Driftsaftale " + barrierAgreement + " - akut udkald"), "", "En lastbil ramte støjskærmen ved Ølstykke "
                + "Stationsvej natten til lørdag, og af hensyn til trafiksikkerheden udskiftede vi seks akrylpaneler samme "
                + "morgen. Udkaldet ligger uden for driftsaftalen og afregnes særskilt. Vi har fået en ny erhvervskonto, som "
                + "står på fakturaen; den gamle må ikke bruges.");
        ownedBy(m, "oelstykke-stoejvaern.net");
        m.description = "look-alike of the real noise-barrier firm cites its real agreement, 'lorry hit the barrier' (EE IBAN)";
        m = bad("fake-noise-barrier-repair-invoice");
        headers(m, "Smørum Støjskærme", "faktura@smoerum-stoejskaerme.dk", "vejpark@egekom.dk",
            "Faktura: graffitifjernelse på støjskærm")
            .text("Hej Vej og Park\n\nJeres driftsleder ringede i oktober om tags og bomber på skærmen ud mod Frederikssundsvej "
                + "ved Smørumnedre. Vi har nu højtryksrenset 340 m² og lagt en voksbaseret beskyttelse på, så næste lag maling "
                + "kan vaskes af. Regningen, 47.125,00 kr. med moms, skal betales inden fem dage til " + mule(12) + ".\n\n"
                + "Smørum Støjskærme")
            .attach("application/pdf", "graffiti-faktura.pdf", Attachments.pdf(docId(m, "gr86"), "Faktura graffitifjernelse",
                List.of("Smørum Støjskærme", "Graffitifjernelse og coating, 340 m2", "I alt inkl. moms 47.125,00",
                    "Indbetaling " + mule(12))));
        ownedBy(m, "smoerum-stoejskaerme.dk");
        m.description = "unknown firm bills graffiti removal 'agreed by phone' on the barrier at Smørum (CY IBAN)";
        m = bad("fake-noise-barrier-repair-invoice");
        headers(m, "Egedal Motorvejsservice", "booking@egedal-motorvejsservice.dk", "teknik@egekom.dk",
            "Lovpligtig akustisk kontrol af støjskærme")
            .text("Til kommunens vejafdeling\n\nNye regler fra Vejdirektoratet kræver, at kommuner dokumenterer støjskærmenes "
                + "dæmpning hvert femte år. Vi har reserveret måleudstyr og en akustiker til jeres strækninger i uge 3. Et "
                + "forskud på 18.900 kr. skal indbetales til " + mule(7) + " for at fastholde tiden.\n\nEgedal Motorvejsservice");
        ownedBy(m, "egedal-motorvejsservice.dk");
        m.description = "'mandatory acoustic check' of the noise barriers with an advance payment (NL IBAN)";

        // fake-radon-measurement-invoice
        m = bad("fake-radon-measurement-invoice");
        invoice(m, radon.posing("vekso-indeklima.com", radon.account()), mule(1), 12, List.of("Sag " + radonCase
            + " - opfølgende måling"), "", "Laboratoriet har fundet forhøjet radon i tre klasselokaler på Veksø Skole under sag "
            + radonCase + ", og vi har derfor straks lavet en opfølgende korttidsmåling og tætnet to rørgennemføringer. "
            + "Arbejdet faktureres uden for den aftalte måling. Vi har skiftet til en ny konto, som fremgår af fakturaen.");
        ownedBy(m, "vekso-indeklima.com");
        m.description = "look-alike of the real radon firm cites the real case, 'urgent follow-up and sealing', new DK account";
        m = bad("fake-radon-measurement-invoice");
        headers(m, "Stenløse Radonservice", "analyse@stenloese-radon.dk", "dagtilbud@egekom.dk",
            "Analysefaktura radondosimetre, daginstitutioner")
            .text("Hej Dagtilbud\n\nDe små sorte radondåser har nu stået i otte uger på gulvet i 22 af jeres børnehuse, fra "
                + "Smørum i syd til Slagslunde i nord, og laboratoriet har talt sporene. Analysen koster 31.250,00 kr., "
                + "som skal stå på " + mule(16) + " senest den 10.; derefter mailer vi hver leder sit resultat.\n\n"
                + "Stenløse Radonservice");
        ownedBy(m, "stenloese-radon.dk");
        m.description = "unknown firm bills the analysis of radon detectors nobody placed (LT IBAN)";
        m = bad("fake-radon-measurement-invoice");
        headers(m, "Slagslunde Måleteknik", "rapport@slagslunde-maaleteknik.dk", "skole@egekom.dk",
            "Radonrapport for Slagslunde Skole er klar")
            .text("Goddag\n\nRadonrapporten for Slagslunde Skole er færdig og viser værdier, som skolens forældre bør kende. "
                + "Rapporten frigives, så snart vores honorar på 14.600 kr. er modtaget på " + mule(9) + ".\n\nSlagslunde "
                + "Måleteknik");
        ownedBy(m, "slagslunde-maaleteknik.dk");
        m.description = "a radon report for a school held back until a fee is paid (HU IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus86().generate(), List.of(
            "# Egedal Kommune, Center for Økonomi: invoice checks (eighty-sixth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=stenloese-varmevaerk.dk smoerum-anlaeg.dk oelstykke-stoejvaern.dk vekso-indeklima.dk "
                + "ganloese-toemrer.dk slagslunde-maler.dk egedal-rengoering.dk egedal-ugeblad.dk svestrup-vognmand.dk "
                + "smoerumnedre-el.dk oestrup-vvs.dk egedal-madservice.dk stenloese-traelast.dk bureso-it.dk egedal-koersel.dk "
                + "oelstykke-kontor.dk udlejre-kloak.dk",
            "invoice.domains.platforms=bilagsmolle.dk debitly.com faktaura.dk fakturaflow.io",
            "invoice.names.protected=Egedal Kommune"));
    }
}
