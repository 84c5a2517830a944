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
 * The sixtieth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Mariagerfjord Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads, harbours,
 * culture, nature, schools and elderly care mailboxes), the municipality around Mariager Fjord in East Himmerland: Hobro at
 * the head of the fjord, the rose town Mariager with its salt-works museum Saltcenter and the veteran railway Mariager-Handest,
 * Hadsund and its bascule bridge over the fjord, Arden, Assens by the fjord, Als, Øster Hurup, Rold, Valsgaard, Hvidsten,
 * Bramslev and the raised bog Lille Vildmose at the border; seventeen listed suppliers from those places in every DNS posture
 * real Danish firms have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code regnflow.dk},
 * {@code posteringsbox.dk}, {@code zaldo.com}, {@code tastefri.io}), a hydraulics firm servicing the Hadsund bridge's lifting
 * span, a boiler workshop keeping the veteran railway's steam locomotive certified, a marine laboratory measuring oxygen in
 * the fjord, sole traders on free mail, foreign suppliers, SaaS, an ESP, an e-signature service, banks, a creditor list,
 * forwarders (with and without SRS) and fraudsters' own domains, each carrying a Mariagerfjord place name.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details by forged or compromised suppliers,
 * look-alike and homoglyph domains, look-alike platforms, CEO fraud, fake Digital Post/MitID, fake NemHandel notices, fake
 * inkasso, hijacked threads, split payments, QR codes, archives, macro documents, image-only invoices, callback scams,
 * payroll changes, e-invoice XML with a changed payee, fake e-signature requests) and three kinds new here: service, oil or
 * an "emergency cylinder repair" for the Hadsund bridge's lifting span billed by someone who never opened it
 * (fake-bascule-bridge-hydraulics-invoice); boiler inspection, tube replacement or coal for the Mariager-Handest veteran
 * railway's steam locomotive billed to a new account (fake-steam-locomotive-boiler-invoice); and oxygen and nutrient
 * measurements in Mariager Fjord billed by a "laboratory" that never put a probe in the water
 * (fake-fjord-oxygen-monitoring-invoice). The invoice engine, its tests, tuning notes and earlier results were not read.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its
 * computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test -Dtest=HeldOutCorpus60GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus60 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout60");
    public static final String OWN = "mariagerfjord.dk";
    static final String FRAUD_NET = "127.160.";
    private static final String OWN_IP = "127.60.0.1";
    private static final String EAN = "5798008412760";
    private static final String KOMMUNE = "Mariagerfjord Kommune";
    private static final String RAADHUS = "Nordre Kajgade 1, 9500 Hobro";
    private static final String HOSTER_IP = "127.60.9.1";
    private static final String GMAIL = "127.62.1.1";
    private static final String MSFT = "127.62.2.1";
    private static final String APPLE = "127.62.5.1";

    private final Random rnd = new Random(60_9500_0060L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The bridge firm's service contract for Hadsund bridge (the frauds cite it). */
    private String bridgeContract;
    /** The boiler certificate number of the veteran railway's steam locomotive (the frauds cite it). */
    private String boilerCert;
    /** The fjord monitoring programme's station series (the frauds cite it). */
    private String fjordStations;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 3, 2, 7, 10, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 4, 6, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "5.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Hobro Varmeværk a.m.b.a.", "hobro-varmevaerk.dk", "Kundecenter",
        "kundecenter", "127.60.1.1", iban("DK", "90700001276315"), "fjernvarme til Hobro Rådhus, Hobro Bibliotek og Plejecenter Kastaniehøj");
    private final Supplier bro = new Supplier("Hadsund Brohydraulik ApS", "hadsund-brohydraulik.dk", "Kim Østergaard", "kim",
        "127.60.1.2", bank("9070", "0001288740"), "service på hydraulik og låse i klapfaget på Hadsund Bro");
    private final Supplier kedel = new Supplier("Mariager Kedelværksted ApS", "mariager-kedelvaerksted.dk", "Værkstedschef Rune Lind",
        "rune", "127.60.1.3", iban("DK", "74500003417702"), "kedeleftersyn og rørskift på damplokomotivet, veteranbanen Mariager-Handest");
    private final Supplier fjordlab = new Supplier("Fjordlaboratoriet Assens ApS", "fjordlab-assens.dk", "Laboratoriet, Fakturering",
        "faktura", "127.60.1.4", iban("DK", "90700001299013"), "ilt- og næringsstofmålinger i Mariager Fjord efter måleprogram");
    private final Supplier anlaeg = new Supplier("Arden Anlæg & Entreprenør A/S", "arden-anlaeg.dk", "Bo Kjeldsen", "bk",
        "127.60.1.5", bank("7450", "0003425591"), "ny fortovsbelægning og regnvandsbede på Adelgade, Hobro");
    private final Supplier toemrer = new Supplier("Als Tømrer & Snedker ApS", "als-toemrer.dk", "Mikkel Als", "mikkel",
        "127.60.1.6", bank("9070", "0001301246"), "nye skydedøre og lofter, Als Børnehus");
    private final Supplier maler = new Supplier("Valsgaard Malerforretning v/ Henrik Dam", "valsgaard-maler.dk", "Henrik Dam",
        "henrik", "127.60.1.7", bank("7450", "0003432018"), "maling af gange og fællesstuer, Plejecenter Rosenhaven");
    private final Supplier rengoer = new Supplier("Himmerland Fjordrengøring ApS", "fjordrengoering.dk", "Bogholderiet", "bogholderi",
        "127.60.1.8", iban("DK", "74500003440655"), "daglig rengøring af rådhuset i Hobro og borgerservice i Hadsund");
    private final Supplier avis = new Supplier("Mariager Fjord Avis", "fjordavisen.dk", "Annonceafdelingen", "annonce",
        "127.60.1.9", iban("DK", "90700001312287"), "annoncer: lokalplan for Øster Hurup og stillinger i ældreplejen");
    private final Supplier vognmand = new Supplier("Rold Vognmandsforretning ApS", "rold-vognmand.dk", "Tina Rold", "tina",
        "127.60.1.10", bank("7450", "0003451309"), "kørsel med vejgrus og snerydning på vejene omkring Rold og Arden");
    private final Supplier el = new Supplier("Hvidsten El & Teknik ApS", "hvidsten-el.dk", "Jens Bach", "jb", HOSTER_IP,
        bank("9070", "0001320478"), "ny belysning på lystbådehavnen og tavleskift, Hadsund Havn");
    private final Supplier vvs = new Supplier("Bramslev VVS & Blik ApS", "bramslev-vvs.dk", "Kontoret", "kontor", "127.60.1.12",
        bank("7450", "0003463387"), "udskiftning af radiatorventiler og nye håndvaske, Bramslev Skole");
    private final Supplier mad = new Supplier("Fjordkøkkenet Hadsund A/S", "fjordkoekkenet.dk", "Fjordkøkkenet, Regnskab",
        "regnskab", "127.60.1.13", iban("DK", "90700001334452"), "madservice til hjemmeboende ældre og plejecentrene");
    private final Supplier byg = new Supplier("Hobro Trælast & Byggecenter A/S", "hobro-traelast.dk", "Erhvervssalg", "erhverv",
        "127.60.1.14", iban("DK", "74500003478821"), "byggematerialer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Fjord IT Drift ApS", "fjord-itdrift.dk", "Debitor", "debitor",
        "127.60.1.15", bank("9070", "0001345560"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Østhimmerlands Busser ApS", "osthimmerland-busser.dk", "Kørselskontoret", "korsel",
        "127.60.1.16", bank("7450", "0003489914"), "skolekørsel Øster Hurup-Hadsund og Assens-Mariager");
    private final Supplier kontor = new Supplier("Hobro Kontorforsyning ApS", "hobro-kontorforsyning.dk", "Ordreafdelingen",
        "ordre", "127.60.1.17", iban("DK", "90700001356673"), "kopipapir, mapper og blæk til rådhuset og skolerne");
    private final Supplier salt = new Supplier("Saltcentret Mariager, Butik og Værksted", "saltcentret-mariager.dk", "Saltcentret",
        "butik", "127.60.1.18", bank("9070", "0001367781"), "skoleforløb om saltsydning for 5. årgang, 6 hold");
    // not on the creditor list
    private final Supplier smed = new Supplier("Øster Hurup Smede- og Maskinværksted", "osterhurup-smedie.dk", "Carsten Holm",
        "carsten", "127.60.2.1", bank("7450", "0003497720"), "nye gelændere og stiger ved badebroen i Øster Hurup");
    private final Supplier natur = new Supplier("Vildmose Naturpleje v/ Signe Brandt", "vildmose-naturpleje.dk", "Signe Brandt",
        "signe", "127.60.2.2", bank("9070", "0001378865"), "rydning af birk og pil i kanten af Lille Vildmose");
    private final Supplier guide = new Supplier("Fjordguide v/ Anders Krogh", "gmail.com", "Anders Krogh", "anders.krogh.fjordguide",
        GMAIL, bank("7450", "0003505514"), "kajaktur på Mariager Fjord for 7. årgang, 3 hold");
    private final Supplier tolk = new Supplier("Tolk v/ Nadia Haddad", "outlook.com", "Nadia Haddad", "nadia.haddad.tolk", MSFT,
        bank("9070", "0001389917"), "tolkning arabisk-dansk, Jobcenter Hobro, 5 samtaler");
    private final Supplier musik = new Supplier("Harmonikaspiller Poul Vestergaard", "icloud.com", "Poul Vestergaard",
        "poul.vestergaard.harmonika", APPLE, bank("7450", "0003516602"), "eftermiddagsmusik på plejecentrene i Hobro og Arden");
    private final Supplier tysk = new Supplier("Kieler Dampkesselbau GmbH", "kieler-dampkesselbau.de", "Buchhaltung",
        "buchhaltung", "127.63.1.1", iban("DE", "210500000092441877"), "Siederohre und Armaturen für die Museumslokomotive");
    private final Supplier svensk = new Supplier("Göteborgs Havsmätteknik AB", "havsmatteknik.se", "Ekonomi", "ekonomi",
        "127.63.2.1", iban("SE", "45800000081234567890"), "syresensorer och kalibreringsgas till fjordmätningarna");

    private final List<Supplier> listed = List.of(varme, bro, kedel, fjordlab, anlaeg, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Mariagerfjord place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"hobro-varmevaerk.com", "arden-anlaeg-entreprenor.dk", "hobro-traelast.net",
        "hvidsten-el-teknik.dk", "himmerland-fjordrengoring-hobro.dk", "bramslev-vvs.net", idn("hobro-tr\u00e6last.dk"),
        idn("mariagerfj\u043erd.dk"), "regnflow-hobro.dk", "zaldo-mariager.com", "als-tomrer.dk", "fjordkokkenet-hadsund.dk",
        "osthimmerland-busser-hadsund.dk", "rold-vognmand.net", "hadsund-inkasso.dk", "mitid-mariager.com",
        "digitalpost-hobro.com", "nemhandel-hadsund.net", "arden-parkering.dk", "valsgaard-betaling.net",
        "hobro-ordrekontor.com", "valsgaard-malerfirma.dk", "hobro-kontorforsyning.net", "fjord-itdrift-hobro.net",
        "arden-anlaeg.net", "signaturhavn-hobro.dk", "hadsund-esign.net", "hadsund-brohydraulik.com", "hadsund-broservice.dk",
        "hobro-hydraulik.dk", "mariager-kedelvaerksted.com", "mariager-veterantog-service.dk", "handest-mariager-damp.dk",
        "fjordlab-assens.com", "assens-vandanalyse.dk", "lille-vildmose-miljolab.dk", "hobro-kontorforsyning.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(bro.domain(), List.of(bro.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(kedel.domain(), List.of(kedel.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(fjordlab.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(anlaeg.domain(), List.of(anlaeg.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.60.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.60.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(salt.domain(), List.of(salt.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("himmerlands-affaldsselskab.dk", List.of("127.160.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kystdirektoratet-tilsyn.dk", List.of("127.160.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("veteranbanen-mariager.dk", List.of("127.160.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("hobro-idraetscenter.dk", List.of("127.160.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fjordrevisorerne.dk", List.of("127.160.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hadsund-jernhandel.dk", List.of("127.160.5.1"), "-all", null, "none");
        domain("mariager-lystbaadehavn.dk", List.of("127.160.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("rold-storkro-konference.dk", List.of("127.160.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // platforms
        domain("regnflow.dk", List.of("127.160.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("posteringsbox.dk", List.of("127.160.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("zaldo.com", List.of("127.160.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("tastefri.io", List.of("127.160.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("himmerlands-sparekasse.dk", List.of("127.160.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fjordbanken-hobro.dk", List.of("127.160.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornetvaerk-nordjylland.dk", List.of("127.160.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("himmerlandske-bogholdere.dk", List.of("127.160.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kommunale-indkobere-nord.dk", List.of("127.160.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postvolumen.com", List.of("127.160.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelraad-nord.dk", List.of("127.160.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.fjordfiber.dk", List.of("127.160.28.1"), "-all", null, null);
        domain("relay.hobro-net.dk", List.of("127.160.29.1"), "-all", null, null);
        domain("tidsplanet.io", List.of("127.160.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtrytme.dk", List.of("127.160.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signaturhavn.dk", List.of("127.160.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", "none", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "70." + (i + 1)), i % 3 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no60:" + s.domain()).hashCode(), 5)) {
            case 0:
                return "MF" + (70_000 + rnd.nextInt(9_000));
            case 1:
                return "2037-" + String.format("%04d", 40 + rnd.nextInt(2_000));
            case 2:
                return String.valueOf(118_000 + rnd.nextInt(40_000));
            case 3:
                return "F37/" + (300 + rnd.nextInt(900));
            default:
                return "INV-" + (5_100 + rnd.nextInt(4_000));
        }
    }

    private static final String[] TO = {"kreditor@mariagerfjord.dk", "efaktura@mariagerfjord.dk", "kreditor@mariagerfjord.dk",
        "okonomi@mariagerfjord.dk", "vej@mariagerfjord.dk", "skole@mariagerfjord.dk", "aeldre@mariagerfjord.dk",
        "havn@mariagerfjord.dk", "ejendomscenter@mariagerfjord.dk", "indkob@mariagerfjord.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf60:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr60:" + domain).hashCode(), 6_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi60:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "hobro-varmevaerk.dk" -> "Vestergade 62, 9500 Hobro";
            case "hadsund-brohydraulik.dk" -> "Kanalvej 4, 9560 Hadsund";
            case "mariager-kedelvaerksted.dk" -> "Jernbanegade 11, 9550 Mariager";
            case "fjordlab-assens.dk" -> "Fjordvejen 20, Assens, 9550 Mariager";
            case "arden-anlaeg.dk" -> "Industrivej 7, 9510 Arden";
            case "als-toemrer.dk" -> "Alsvej 31, Als, 9560 Hadsund";
            case "valsgaard-maler.dk" -> "Valsgaardvej 88, 9500 Hobro";
            case "fjordrengoering.dk" -> "Randersvej 140, 9500 Hobro";
            case "fjordavisen.dk" -> "Store Torv 3, 9500 Hobro";
            case "rold-vognmand.dk" -> "Hobrovej 210, Rold, 9510 Arden";
            case "hvidsten-el.dk" -> "Hvidstenvej 5, 8981 Spentrup";
            case "bramslev-vvs.dk" -> "Bramslevvej 14, 9500 Hobro";
            case "fjordkoekkenet.dk" -> "Storegade 44, 9560 Hadsund";
            case "hobro-traelast.dk" -> "Løgstørvej 3, 9500 Hobro";
            case "fjord-itdrift.dk" -> "Amerikavej 12, 9500 Hobro";
            case "osthimmerland-busser.dk" -> "Vestre Ringvej 9, 9560 Hadsund";
            case "hobro-kontorforsyning.dk" -> "Adelgade 28, 9500 Hobro";
            case "saltcentret-mariager.dk" -> "Ny Havnevej 6, 9550 Mariager";
            case "osterhurup-smedie.dk" -> "Kystvejen 61, Øster Hurup, 9560 Hadsund";
            case "vildmose-naturpleje.dk" -> "Vildmosevej 9, 9280 Storvorde";
            default -> "";
        };
    }

    /**
     * Two layouts of this corpus: a specification with a line table and a totals block; a service report with visits,
     * parts and the FI line (card 71). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        if (Math.floorMod(layout, 2) == 0) {
            head = title + " " + no + " - " + s.name();
            l.add("Udsteder " + s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
            l.add("Modtager " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
            l.add("Udstedt " + dottedDay(m, 0) + " | Vores reference " + s.person());
            l.add("Linje 1: " + s.what());
            l.add("Beløb før moms " + a.net() + " | Moms 25 % " + a.vat() + " | I alt DKK " + a.gross());
            l.addAll(more);
            l.add("Betalingsbetingelse løbende måned + 30 dage, sidste rettidige betaling " + dottedDay(m, 30));
            if (account != null) {
                l.add("Overføres til " + account + " med fakturanummer som tekst");
            }
        } else {
            head = "Servicerapport og regning " + no;
            l.add(s.name() + " / " + addr + " / CVR " + cvr(s.domain()));
            l.add("Kunde: " + KOMMUNE + ", EAN " + EAN + " / Opgave: " + s.what());
            long visit = a.ore() * 47 / 100;
            long travel = a.ore() * 6 / 100;
            l.add("Montørtimer " + kr(visit) + " / Kørsel og udstyr " + kr(travel) + " / Dele " + kr(a.ore() - visit - travel));
            l.add("Netto " + a.net() + " / Moms " + a.vat() + " / Total " + a.gross());
            l.addAll(more);
            l.add("Forfalder " + writtenDay(m, 21) + (account == null ? "" : " / Bankkonto " + account));
            if (own) {
                l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Mariagerfjord Kommune " + no + ".pdf",
            "doc" + no + ".pdf", "Invoice-" + no + ".pdf", "regning-" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Mariagerfjord Kommune", "Til kreditorbogholderiet", "Godmorgen",
        "Hej alle sammen", "Att. Kreditor", "Kære Mariagerfjord Kommune", "Hej regnskab", "Til Økonomi og Analyse"};

    private String phone() {
        return "98 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig60:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " - telefon " + phone();
            case 2:
                return "\n\nMvh.\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\nSendt fra min iPhone" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nDe bedste hilsner fra\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_200_000 : 360_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura nr. " + no + " - " + KOMMUNE,
            s.name() + ": faktura " + no, "Regning " + no + " (EAN " + EAN + ")", "Fakturering af " + s.what(),
            "Deres faktura " + no, "Faktura vedhæftet"};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ". PDF'en ligger i bilaget.";
            case 1 -> "I bilaget finder I faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms, og den forfalder "
                + writtenDay(m, 30) + ".";
            case 2 -> "Den samme faktura er også sendt elektronisk til EAN " + EAN + ", så den skal naturligvis kun betales én gang.";
            case 3 -> "Tak for samarbejdet denne gang. Som aftalt følger regningen her.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 30);
            case 5 -> "Vedhæftet er regningen for opgaven. Jeres bestillingsnummer er påført.";
            case 6 -> "Her er månedens faktura. Giv endelig lyd, hvis noget ser forkert ud.";
            default -> "Faktura vedlagt til videre behandling.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
            mime.html("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\"><div>"
                + full.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
        } else {
            mime.text(full);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v + s.domain().length(), more));
        return no;
    }

    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        return invoice(m, s, account, v, more, note, null);
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Nordre Kajgade 1", "Hobro", "9500", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        bridgeContract = "HB-" + (4_100 + rnd.nextInt(700));
        boilerCert = "KT-" + (880 + rnd.nextInt(100)) + "/37";
        fjordStations = "MF" + (11 + rnd.nextInt(5));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == bro ? List.of("Servicekontrakt " + bridgeContract + ": klapfag, cylindre og pumpestation")
                : s == kedel ? List.of("Kedelattest " + boilerCert + ": trykprøvning og inspektion af fyrkassen")
                : s == fjordlab ? List.of("Måleprogram stationer " + fjordStations + "-" + fjordStations.substring(2) + "b: ilt, "
                    + "salinitet, klorofyl") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Kultur og Fritid, strandene"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices railings at the bathing jetty, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, anlaeg, avis, el, kontor, varme, bus, mad, salt);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre MFK-" + (23_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@mariagerfjord.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Hobro Bibliotek, nyt tag" : "Rammeaftale 2035-2038, delaftale 4"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 2, ref, k % 5 == 3 ? "\n\nLeveringssedlerne ligger med som ekstra bilag." : "");
            if (k % 5 == 3) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget og kvitteret af Ejendomscentret, Hobro", "Kolli i alt: " + (4 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader gips kom knækkede frem og er sendt retur med chaufføren."},
            {kontor, "Kreditnota til faktura ", "Der blev leveret to kasser blæk for meget til Hadsund Skole, og de er hentet."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (700 + rnd.nextInt(200));
            Amount a = amount(90_000).credit();
            headers(m, s.person(), addr(s), "kreditor@mariagerfjord.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " lyder på " + a.gross() + " kr. og kan trækkes "
                    + "fra jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "KN-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Hos os står nedenstående faktura endnu som ubetalt. Har I allerede "
            + "betalt, krydser betalingen nok denne mail."},
            {anlaeg, "Rykker 1", "Betalingsfristen er overskredet med godt en uge. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@mariagerfjord.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Pengene skal som altid til " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Betalingspåmindelse", p.no(),
                    p.amount(), s.account(), i, List.of("Oprindelig fakturadato, se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@mariagerfjord.dk", "Saldoliste pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil brug for jeres afstemning: faktura " + p.no() + " er registreret som betalt hos os, og saldoen er "
                + "0,00 kr." + signature(s));
        genuine(m, s.ip());
        m.description = "rold-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(700_000);
            boolean peppol = v == 0;
            String ref = "MFK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@mariagerfjord.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Goddag\n\nVores adgangspunkt er lukket ned for vedligehold i denne uge. Derfor får I XML-filen direkte "
                    + "på mail, og der ligger en læsbar PDF ved siden af. Kontonummeret er uændret. Dukker den samme faktura "
                    + "op i jeres e-fakturaindbakke, så betal den ikke to gange.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "PEPPOL-" : "OIOUBL-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Laesbar-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Indkøbsordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"regnflow.dk", "posteringsbox.dk", "zaldo.com", "tastefri.io"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(300_000);
            m.mailFrom = "b-" + sha256("plat60:" + m.id).substring(0, 10) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "TF" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Tastefri", "opkraevning@tastefri.io", "skole@mariagerfjord.dk", "Opkrævning " + no + " - vikartimer marts")
                    .text("Til " + KOMMUNE + ", Børn og Familie\n\nHer er opkrævningen for de vikartimer i folkeskolerne, som "
                        + "skolelederne godkendte i marts (212 timer). Vikarerne er ansat og lønnet af os.\n\nTil betaling "
                        + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nMed venlig hilsen\nTastefri")
                    .attach("application/pdf", "Tastefri-" + no + ".pdf", Attachments.pdf(docId(m, "tf"), "Opkrævning " + no,
                        List.of("Tastefri ApS", "Kunde: " + KOMMUNE + ", Børn og Familie", "Godkendte vikartimer marts 2037: 212",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Betales til " + iban("DK", "74500003601458"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform tastefri.io invoices approved substitute-teacher hours in its own name";
                continue;
            }
            String no = "Z" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "havn@mariagerfjord.dk" : "natur@mariagerfjord.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name() + " har "
                    + "udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14) + ".</p>"
                    + "<p>Fakturaen er vedhæftet som PDF. Svarer du på denne besked, lander svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 4, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, derfor er der ikke lagt moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "KD-" + (37_500 + rnd.nextInt(400));
        Amount a = amount(700_000);
        headers(m, "Kieler Dampkesselbau", addr(tysk), "kultur@mariagerfjord.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei senden wir Ihnen die Rechnung " + no + " über Siederohre und Armaturen "
                + "für die Dampflok der Museumsbahn Mariager-Handest. Innergemeinschaftliche Lieferung, steuerfrei.\n\nMit "
                + "freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Kiel", "Kunde: " + KOMMUNE + ", Veteranbanen", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar auf " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, intra-EU supply";
        m = ok("foreign-invoice", true);
        no = "GH" + (8_200 + rnd.nextInt(700));
        headers(m, "Göteborgs Havsmätteknik", addr(svensk), "natur@mariagerfjord.dk", "Faktura " + no + " - syresensorer")
            .text("Hej!\n\nBifogat finns fakturan för syresensorerna och kalibreringsgasen till mätningarna i Mariager Fjord, "
                + "som ert laboratorium beställde i februari. Betala gärna till kontot på fakturan.\n\nVänliga hälsningar\nEkonomi")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Bankgiro / IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(240_000);
        headers(m, "Tidsplanet Billing", "billing@tidsplanet.io", "it@mariagerfjord.dk", "Your Tidsplanet invoice for April")
            .text("Hello " + KOMMUNE + ",\n\nYour invoice for the Tidsplanet room and resource booking service (libraries and "
                + "sports halls, 38 rooms) is attached. It has also been delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Tidsplanet team")
            .attach("application/pdf", "tidsplanet-april.pdf", Attachments.pdf(docId(m, "tp"), "Invoice",
                List.of("Tidsplanet ApS", "Customer: " + KOMMUNE, "Subscription April 2037, 38 rooms", "DKK " + a.gross())));
        genuine(m, "127.160.30.1");
        m.description = "SaaS tidsplanet.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(240_000);
        headers(m, "Vagtrytme", "kvittering@vagtrytme.dk", "aeldre@mariagerfjord.dk", "Kvittering - Vagtrytme april")
            .text("Hej\n\nTak for betalingen af jeres Vagtrytme-abonnement (vagtplanlægning i hjemmeplejen, 210 medarbejdere). "
                + a.gross() + " kr. er hævet på kortet, der ender på 7731.\n\nVagtrytme");
        genuine(m, "127.160.31.1");
        m.description = "SaaS vagtrytme.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9070", "0001544202");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@mariagerfjord.dk", "Vi skifter bank pr. 1. april")
            .text("Kære kreditorafdeling\n\nAls Tømrer & Snedker flytter fra 1. april 2037 sin forretning til Fjordbanken i Hobro. "
                + "Fakturaer dateret fra og med den dag skal betales til " + nyT + ". Ældre fakturaer betales til kontoen på "
                + "dem.\n\nVil I have ændringen bekræftet, så ring til mig på det fastnetnummer, I har i jeres kartotek."
                + signature(toemrer))
            .attach("application/pdf", "Ny_bank.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.04.2037", "Konto: " + nyT,
                    "Mikkel Als, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye garderobeskabe, Als Børnehus");
        invoice(m, moved, nyT, 11, List.of("Ny bankforbindelse fra 01.04.2037"), "\n\nSom nævnt i vores brev betales der nu "
            + "til den nye konto.");
        genuine(m, toemrer.ip());
        m.description = "als-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "74500003612290");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Fjordkøkkenet, Regnskab", addr(mad), "kreditor@mariagerfjord.dk", "Ændret betalingskonto fra april")
            .text("Til " + KOMMUNE + ", kreditor og Sundhed og Ældre\n\nFjordkøkkenet har flyttet sin hovedbank i forbindelse med "
                + "den nye koncernfinansiering. Fakturaer fra 1. april og fremefter betales til " + nyM + ". Betalinger til den "
                + "gamle konto modtages stadig hele april. Den underskrevne meddelelse er også sendt til jeres Digital Post."
                + "\n\nVenlig hilsen\nFjordkøkkenet Hadsund A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from April, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 17, List.of("Betalingskonto ændret pr. 01.04.2037"), "\n\nVær opmærksom på den ændrede konto.");
        genuine(m, mad.ip());
        m.description = "fjordkoekkenet.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 21, List.of(), "");
        m.mailFrom = "SRS0=h7Qc=LW=fjordavisen.dk=annonce@srs.fjordfiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.160.28.1";
        m.helo = "srs.fjordfiber.dk";
        m.description = "fjordavisen.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 27, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.hobro-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 25, List.of(), "");
        relayedBy(m, "relay.hobro-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"himmerlandske-bogholdere.dk", "Hanne Juul", "haju@", "Regning for åbning af klapbro?",
            "Hej netværk\n\nEn af vores havne har fået en regning for 'akut smøring af broklap' fra et firma, som ingen kender. "
                + "Vi har ikke engang en klapbro. Er der andre, der har set den?\n\nHanne"},
            {"kommunale-indkobere-nord.dk", "Peter Lauritsen", "pela@", "Kedelattest til veterantog",
                "Hej\n\nEt museum i vores område fik et krav om betaling for en 'fornyet kedelattest' til deres damplokomotiv. "
                    + "Den rigtige kedelsmed kendte intet til det. Pas på, hvis I støtter en veteranbane.\n\nPeter"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditornetvaerk-nordjylland.dk", x[3])
                .header("List-Id", "Kreditornetværk Nordjylland <netvaerk.kreditornetvaerk-nordjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornetvaerk-nordjylland.dk", "[Kreditornet] ", "\r\n--\r\nKreditornetværk Nordjylland - "
                + "afmeld på netvaerk.kreditornetvaerk-nordjylland.dk\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelraad-nord.dk", "Svindelrådet Nord", "Broer, damplokomotiver og fjordmålinger: nye svindelnumre",
            "Falske regninger henviser nu til rigtige kontrakter om brohydraulik, kedeleftersyn og miljømålinger. Slå altid "
                + "leverandørens nummer op selv, før I betaler til en ny konto."},
            {"fjordrevisorerne.dk", "Fjordrevisorerne", "Tjekliste til kvartalsafslutningen",
                "Gennemgå kreditorstamdata, og kræv altid to godkendere, når en leverandørs bankkonto ændres."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl60:" + x[0]).substring(0, 12) + "@postvolumen.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@mariagerfjord.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs "
                    + "mere på vores side</a></p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postvolumen.com");
            m.ip = "127.160.26.1";
            m.helo = "mta.postvolumen.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postvolumen.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Vej og Trafik", "vejtrafik@", "kreditor@mariagerfjord.dk", "Hadsund Bro",
            "Hej\n\nAlt arbejde på klapfaget og hydraulikken på Hadsund Bro går gennem Hadsund Brohydraulik og kontrakten, vi har "
                + "med dem. Kommer der regninger fra andre, så send dem til mig, før de betales.\n\nLone, Vej og Trafik"},
            {"Kultur og Fritid", "kultur@", "kreditor@mariagerfjord.dk", "Veteranbanens damplokomotiv",
                "Hej kreditor\n\nVi betaler kun kedelarbejde på veteranbanens lokomotiv til Mariager Kedelværksted. Nye navne "
                    + "eller kontonumre skal tjekkes med mig.\n\nMette"},
            {"Natur og Vand", "natur@", "ledere@mariagerfjord.dk", "Iltmålinger i fjorden",
                "Kære ledere\n\nMålingerne i Mariager Fjord udføres i år af Fjordlaboratoriet i Assens efter vores måleprogram. "
                    + "Ingen andre er bestilt.\n\nNatur og Vand"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Himmerlands Sparekasse, Erhverv", "erhverv@himmerlands-sparekasse.dk", "okonomi@mariagerfjord.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nBetalingsfilen med 243 overførsler er modtaget og gennemføres næste bankdag. Se detaljerne i "
                + "netbanken under Betalinger. Vi sender aldrig links til at logge ind.\n\nHimmerlands Sparekasse");
        genuine(m, "127.160.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Fjordbanken Hobro", "info@fjordbanken-hobro.dk", "okonomi@mariagerfjord.dk", "Nye priser på valuta")
            .text("Til erhvervskunder\n\nFra 1. juni justeres prisen på valutaoverførsler uden for EU. Den fulde prisliste ligger "
                + "i netbanken.\n\nFjordbanken Hobro");
        genuine(m, "127.160.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("bascule-bridge-hydraulics-invoice", true);
        invoice(m, bro, bro.account(), 3, List.of("Servicekontrakt " + bridgeContract + ", forårseftersyn",
            "Skift af filtre og olieprøve, funktionstest af klapfaget"), "\n\nRapporten fra funktionstesten er sendt til Vej og Trafik.");
        genuine(m, bro.ip());
        m.description = "the real bridge hydraulics firm invoices the spring service of Hadsund bridge (RSA, p=quarantine)";
        m = ok("steam-locomotive-boiler-invoice", true);
        invoice(m, kedel, kedel.account(), 6, List.of("Kedelattest " + boilerCert + ", årligt eftersyn",
            "Udskiftning af 14 røgrør, hydraulisk trykprøve"), "\n\nLokomotivet er klar til sæsonstart på veteranbanen.");
        genuine(m, kedel.ip());
        m.description = "the real boiler workshop invoices the steam locomotive's annual inspection (RSA, no DMARC, aligned)";
        m = ok("fjord-oxygen-monitoring-invoice", true);
        invoice(m, fjordlab, fjordlab.account(), 9, List.of("Måleprogram " + fjordStations + ", marts-togt",
            "Iltprofiler på 6 stationer, næringssalte og klorofyl"), "\n\nData er lagt i den fælles database.");
        genuine(m, fjordlab.ip());
        m.description = "the real fjord laboratory invoices the March oxygen cruise (DKIM only, p=quarantine, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Hadsund Brohydraulik", addr(bro), "vejtrafik@mariagerfjord.dk", "Planlagt lukning af broen 14. maj")
            .text("Hej Vej og Trafik\n\nVed forårseftersynet skal klapfaget stå åbent i to timer om natten den 14. maj. Det er "
                + "dækket af kontrakt " + bridgeContract + " og koster ikke ekstra. Vi varsler skibstrafikken.\n\nKim Østergaard");
        genuine(m, bro.ip());
        m.description = "the bridge firm announces a planned night closure at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_400_000);
        headers(m, "Himmerlands Affaldsselskab I/S", "regnskab@himmerlands-affaldsselskab.dk", "efaktura@mariagerfjord.dk",
            "Acontobidrag 2. kvartal 2037")
            .text("Til ejerkommunerne\n\nVedlagt er opkrævningen af acontobidraget for andet kvartal. Den er også afsendt til "
                + "jeres EAN.\n\nHimmerlands Affaldsselskab")
            .attach("application/pdf", "Aconto-2kv.pdf", Attachments.pdf(docId(m, "aff"), "Acontobidrag 2. kvartal 2037",
                List.of("Himmerlands Affaldsselskab I/S", "Ejer: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "90700001622714"))));
        genuine(m, "127.160.1.1");
        m.description = "intermunicipal waste company's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Kystdirektoratet, Tilsyn", "tilsyn@kystdirektoratet-tilsyn.dk", "havn@mariagerfjord.dk",
            "Tilsyn med broklappens afmærkning")
            .text("Til " + KOMMUNE + ", Havne\n\nVi gennemfører et rutinetilsyn med lys og afmærkning ved Hadsund Bro i uge 19. "
                + "Tilsynet er gebyrfrit.\n\nKystdirektoratet");
        genuine(m, "127.160.6.1");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signaturhavn.dk";
        headers(m, "Veteranbanen Mariager-Handest via Signaturhavn", "noreply@signaturhavn.dk", "kultur@mariagerfjord.dk",
            "Til underskrift: driftsaftale 2037")
            .header("Reply-To", "<kontor@veteranbanen-mariager.dk>")
            .text("Veteranbanen Mariager-Handest beder jer underskrive 'Driftsaftale 2037 - kommunalt tilskud'.\n\nÅbn dokumentet "
                + "fra jeres konto på signaturhavn.dk. Underskrift sker med MitID, og der skal intet betales.\n\nSignaturhavn");
        genuine(m, "127.160.32.1");
        m.description = "real e-signature request from signaturhavn.dk on behalf of the veteran railway";
        m = ok("receipt", false);
        headers(m, "Hadsund Jernhandel", "kvittering@hadsund-jernhandel.dk", "havn@mariagerfjord.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n4 fendere, 2 bådshager, 20 m fortøjning. Betalt med kommunens indkøbskort.\n\nHadsund Jernhandel");
        genuine(m, "127.160.5.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Hobro Idrætscenter", "bogholderi@hobro-idraetscenter.dk", "okonomi@mariagerfjord.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført 18.400 kr. for jeres faktura på baneleje i marts.\n\nHobro Idrætscenter");
        genuine(m, "127.160.3.1");
        m.description = "a sports centre pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Mariager Lystbådehavn", "havnefoged@mariager-lystbaadehavn.dk", "havn@mariagerfjord.dk",
            "Ordrebekræftelse: sommerplads")
            .text("Hej\n\nVi bekræfter sommerplads til kommunens målebåd fra 1. maj. Regningen kommer via EAN.\n\nHavnefogeden");
        genuine(m, "127.160.7.1");
        m.description = "order confirmation, invoiced later by EAN";
        m = ok("deposit-invoice", true);
        a = amount(900_000);
        String no = "RS" + (2_300 + rnd.nextInt(300));
        headers(m, "Rold Storkro Konference", "booking@rold-storkro-konference.dk", "okonomi@mariagerfjord.dk",
            "Depositum for temadag " + no)
            .text("Kære " + KOMMUNE + "\n\nTak for bookingen af temadagen for 120 ledere i juni. Som aftalt beder vi om et "
                + "depositum på 30 %, som modregnes i slutfakturaen. Faktura vedhæftet.\n\nBookingafdelingen")
            .attach("application/pdf", "Depositum-" + no + ".pdf", Attachments.pdf(docId(m, "dep"), "Depositumfaktura " + no,
                List.of("Rold Storkro Konference ApS", "Kunde: " + KOMMUNE, "Temadag juni, 120 deltagere, depositum 30 %",
                    "DKK " + a.gross(), "Konto " + iban("DK", "74500003633381"))));
        genuine(m, "127.160.8.1");
        m.description = "conference hotel's deposit invoice for a booked day, DMARC pass";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250000012345670"), iban("DK", "89900007733104"), bank("5470", "0002281906"),
        iban("EE", "3377001100223344"), iban("PL", "611090101400000712198812"), iban("GB", "REVO00997012345678"),
        iban("IE", "AIBK93115212345678"), iban("NL", "BUNQ0021774590"), iban("DE", "120300000010983344"),
        iban("HU", "117730160000000000991122"), iban("RO", "BTRL01301202925690XX"), iban("BG", "STSA93000024588112"),
        iban("CY", "005001230000001200527600"), bank("8117", "0004419925"), iban("MT", "MMEB44093000000055003400121"),
        iban("SE", "91200000012345678901"), iban("LT", "5873000010188776"), iban("DK", "20000006281144")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny betalingsmodtager"), "", "Kære kunde\n\nVarmeværket har flyttet "
            + "opkrævningen til en ny samarbejdsbank, og fra denne regning skal beløbet sættes ind på den konto, der står på "
            + "fakturaen. Betaling til den gamle konto bliver returneret.");
        forged(m, forgedHost++);
        m.description = "forged From hobro-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej\n\nMarts' annoncer er faktureret. Avisen er overtaget af et nyt "
            + "mediehus, der har bank i London, så betal venligst til kontoen i bilaget fremover.");
        forged(m, forgedHost++);
        m.description = "forged From fjordavisen.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"hobro-varmevaerk.com", varme, "Efter sammenlægningen af vores afregningssystemer er der kommet "
            + "nye kontooplysninger. Denne og kommende opkrævninger skal betales til den nye konto."},
            {"arden-anlaeg-entreprenor.dk", anlaeg, "Fortovet på Adelgade er færdigt. Vi har skiftet revisor og bank, så "
                + "betal denne faktura til den konto, der står nederst, og ikke den gamle."},
            {"hobro-traelast.net", byg, "Her er opgørelsen over aprils leverancer. Bemærk: banken har lukket vores gamle konto ved "
                + "et systemskifte, derfor står der en ny på fakturaen."},
            {"hvidsten-el-teknik.dk", el, "Lyset på lystbådehavnen i Hadsund er sat op. Vores bogholder er ny og har samlet alle "
                + "indbetalinger på én konto, som I finder på fakturaen."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Bankforbindelse opdateret " + dottedDay(m, -2)), "",
            "Vedhæftet er månedsfakturaen fra Erhvervssalg. Vær opmærksom på, at indbetalingskontoen er opdateret, og at "
                + "betaling til den tidligere konto ikke kan registreres.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ instead of ae) posing as hobro-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektøren", "direktion@" + d, "kreditor@mariagerfjord.dk", "Fortroligt: deponering i dag")
            .text("Hej\n\nByrådet har i aftes lukket en aftale om køb af et areal ved havnen i Hobro, og sælgers advokat skal have "
                + "et depositum på 1.850.000 kr. inden kl. 14. Sagen er fortrolig indtil offentliggørelsen, så tal ikke med andre "
                + "om den. Kontoen er " + mule(14) + ".\n\nTak for hjælpen");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Regnflow", "paamindelse@regnflow-hobro.dk", "natur@mariagerfjord.dk",
            "Regning forfalder i dag")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Regningen fra <b>" + natur.name() + "</b> er stadig ubetalt. "
                + "Betal med kort inden midnat, ellers tilføjes et gebyr på 395 kr.</p><p><a href=\"https://regnflow-hobro.dk/"
                + "betal\">Betal regningen nu</a></p></body></html>");
        ownedBy(m, "regnflow-hobro.dk");
        m.description = "look-alike of the platform regnflow.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Zaldo", "faktura@zaldo-mariager.com", "havn@mariagerfjord.dk", smed.name() + " har sendt en faktura")
            .text("Hej\n\nDer er en ny faktura fra " + smed.name() + ". Zaldo har overtaget opkrævningen for værkstedet, og "
                + "betalingen skal derfor gå til vores klientkonto, som står i PDF'en.\n\nZaldo Kundeservice")
            .attach("application/pdf", "zaldo-" + (4_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                smed.posing("zaldo-mariager.com", mule(15)), "Faktura", "ZL-" + (9_100 + rnd.nextInt(600)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Zaldo på vegne af værkstedet")));
        ownedBy(m, "zaldo-mariager.com");
        m.description = "look-alike of zaldo.com: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betales til factoringselskab"), "", "Vi har indgået en factoringaftale, "
            + "så alle vores fakturaer fra nu af skal betales direkte til finansieringsselskabets konto. Den står på fakturaen.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of fjordrengoering.dk (DKIM, DMARC pass): account moved to 'factoring'";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@mariagerfjord.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen fra debitorsiden\n\nJeg skal lige rette noget i tråden herunder. Hvidvaskafdelingen i vores bank "
                + "gennemgår alle erhvervskonti i april, og imens står Chromebook-fakturaens " + p.amount().gross() + " kr. "
                + "parkeret. Revisoren foreslår, at netop denne regning lander på vores spejlkonto " + mule(17) + ", så "
                + "skolernes netværk ikke bliver ramt af en rykkerprocedure. Maj-regningen kommer helt som sædvanlig."
                + "\n\nDebitor, Fjord IT Drift");
        genuine(m, it.ip());
        m.description = "compromised real mailbox of fjord-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "als-tomrer.dk"}, {mad, "fjordkokkenet-hadsund.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@mariagerfjord.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. er ikke betalt endnu, kan jeg se. "
                    + "Før I gør det, så bemærk, at vi ikke længere bruger den gamle konto. Overfør i stedet til " + mule(i + 3)
                    + ", og skriv kort tilbage, når det er gjort.\n\n" + s.person());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "okonomi@mariagerfjord.dk", "Tilskud til Rosenfestivalen - i dag")
            .text("Kære økonomi\n\nRosenfestivalens bestyrelse i Mariager ringede mig op tidligt i morges: teltudlejeren truer med "
                + "at pakke scenen sammen, hvis depositummet ikke står på hans konto ved frokosttid. Jeg har mundtligt givet "
                + "tilsagn om 245.000 kr. fra puljen til kulturelle fyrtårne, og byrådet får sagen efterfølgende. Send beløbet "
                + "til teltfirmaets ungarske konto " + mule(9) + " og lad være med at ringe, jeg er i dialogmøder med "
                + "skolebestyrelserne til sent.");
        forged(m, forgedHost++);
        m.description = "forged mariagerfjord.dk (p=reject) from outside: the mayor's urgent festival grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@mariagerfjord.dk", "Ny konto for Bramslev VVS")
            .text("Hej\n\nBramslev VVS har ringet til mig, de er skiftet til en ny bank. Ret deres kreditorkonto til " + mule(8)
                + " inden dagens betalingskørsel. Det er aftalt med dem.");
        forged(m, forgedHost++);
        m.description = "forged mariagerfjord.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektor.mfk@gmail.com", "okonomi@mariagerfjord.dk", "Kort spørgsmål")
            .text("Hej\n\nHar du et øjeblik? Jeg sidder fast i et møde i Aalborg og kan kun skrive herfra. Der skal sendes en "
                + "betaling til en rådgiver før kl. 15, og det skal ikke i den normale godkendelse. Svar mig her, så sender jeg "
                + "detaljerne.");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'stuck in a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmesteren", "borgmester.mariagerfjord@outlook.com", "indkob@mariagerfjord.dk", "En tjeneste")
            .text("Hejsa\n\nDe frivillige lokoførere og konduktører på veteranbanen har knoklet hele vinteren, og jeg vil gerne "
                + "sige tak på en måde, der ikke går gennem et udvalg. Køb femten digitale oplevelseskort på hver tusind kroner "
                + "i en webshop, skrap koderne frem og send dem direkte til mig her, så deler jeg dem ud ved damptogets "
                + "sæsonåbning. Det skal være en overraskelse, så hold det for dig selv.");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Kristensen", "louise.kristensen.hobro@gmail.com", "lon@mariagerfjord.dk", "Skift af lønkonto")
            .text("Hej lønteamet\n\nLouise her, fra hjemmeplejens distrikt Arden-Rold. Nogen fik fat i mit dankort sidste "
                + "weekend, og banken lukkede hele kundeforholdet. Jeg har fået en litauisk onlinekonto midlertidigt: "
                + mule(0) + ". Selvbetjeningen vil ikke kende min nye mobil, så det er lettest, hvis I selv skriver den ind "
                + "i lønsystemet før næste lønkørsel.\n\nTak, Louise");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care worker";
        m = bad("payroll-account-change");
        headers(m, "Rasmus Holt", "rasmus.holt.hadsund@hotmail.com", "lon@mariagerfjord.dk", "Ny konto til løn")
            .text("Hej\n\nJeg arbejder på havnen i Hadsund og flytter til Irland efter sommer, så jeg har åbnet en konto derovre: "
                + mule(6) + ". Kan I sende næste løn dertil?\n\nRasmus");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Hadsund Inkasso", "sag@hadsund-inkasso.dk", "kreditor@mariagerfjord.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nPå vegne af " + inkasso[i].name() + " rykker vi for faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. Med inkassoomkostninger på 480 kr. skal beløbet indbetales inden tre hverdage "
                    + "på klientkonto " + mule(i + 12) + ". Ellers sendes sagen til fogedretten uden yderligere varsel.\n\n"
                    + "Hadsund Inkasso");
            ownedBy(m, "hadsund-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@mitid-mariager.com", "it@mariagerfjord.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Kære administrator</p><p>Jeres organisations MitID Erhverv skal genbekræftes inden 48 timer. "
                + "Ellers spærres alle medarbejderidentiteter.</p><p><a href=\"https://mitid-mariager.com/erhverv\">Genbekræft "
                + "organisationen</a></p></body></html>");
        ownedBy(m, "mitid-mariager.com");
        m.description = "fake MitID Erhverv suspension with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-hobro.com", "okonomi@mariagerfjord.dk", "Du har fået post fra Skattestyrelsen")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Skattestyrelsen har sendt et brev til jeres digitale postkasse "
                + "om en efterregulering. Brevet kan kun åbnes i 5 dage.</p><p><a href=\"https://digitalpost-hobro.com/laes\">"
                + "Åbn brevet</a></p></body></html>");
        ownedBy(m, "digitalpost-hobro.com");
        m.description = "fake Digital Post notice with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-hadsund.net", "efaktura@mariagerfjord.dk",
            "EAN " + EAN + " deaktiveres")
            .text("Til " + KOMMUNE + "\n\nRegistreringen af EAN " + EAN + " i NemHandelsregistret er udløbet. Forny den via linket "
                + "herunder inden fredag, ellers afvises alle indgående e-fakturaer.\n\nhttps://nemhandel-hadsund.net/forny\n\n"
                + "NemHandel Support");
        ownedBy(m, "nemhandel-hadsund.net");
        m.description = "fake NemHandel registration expiry with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afvist@nemhandel-hadsund.net", "kreditor@mariagerfjord.dk",
            "Afviste e-fakturaer - samlet betaling")
            .text("Vores overvågning viser ni e-fakturaer til Mariagerfjord, som er strandet i transportlaget, fordi "
                + "modtagerprofilen peger på et udløbet endpoint. Leverandørerne har fået automatisk afvisning. Som "
                + "overgangsordning kan kommunen indbetale summen af de strandede dokumenter, 412.880 kr., på "
                + "NemHandels clearingkonto " + mule(1) + "; vi videresender så hver leverandørs andel, når profilen er rettet."
                + "\n\nNemHandel Support, driftsvagten");
        ownedBy(m, "nemhandel-hadsund.net");
        m.description = "fake NemHandel 'rejected invoices' asking for one pooled payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Arden Parkering", "afgift@arden-parkering.dk", "vej@mariagerfjord.dk", "Parkeringsafgift - Arden Station")
            .html("<html><body><p>Vores kamera ved stationspladsen i Arden har fotograferet en hvid varebil med kommunens logo, "
                + "der holdt i zonen for pendlere med licens i over fire timer. Kontrolafgiften er 750 kr.</p><p>Ret "
                + "mobilkameraet mod koden i vedhæftningen og gennemfør betalingen. Sker det ikke, overgår kravet til vores "
                + "juridiske partner med tillæg.</p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "arden-parkering.dk");
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "aftaler@valsgaard-betaling.net", "okonomi@mariagerfjord.dk",
            "Jeres betalingsaftaler er stoppet")
            .html("<html><body><p>Jeres faste betalingsaftaler er stoppet på grund af en fejl. Scan QR-koden med mobilen for at "
                + "genaktivere dem med MitID.</p></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "valsgaard-betaling.net");
        m.description = "QR code for 'stopped direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(700_000);
        headers(m, rengoer.person(), "bogholderi@himmerland-fjordrengoring-hobro.dk", "kreditor@mariagerfjord.dk",
            "Faktura " + no + " (zip)")
            .text("Hej\n\nVores PDF'er bliver åbenbart fanget i jeres filter, så her kommer fakturaen zippet. Bemærk den nye "
                + "konto.\n\nBogholderiet")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("himmerland-fjordrengoring-hobro.dk", mule(3)), "Faktura", no, a, mule(3), 0,
                    List.of()), "LAES_MIG.txt", "Brug kun kontoen i fakturaen."));
        ownedBy(m, "himmerland-fjordrengoring-hobro.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of fjordrengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(700_000);
        headers(m, vvs.person(), "kontor@bramslev-vvs.net", "kreditor@mariagerfjord.dk", "Fakturaer marts samlet")
            .text("Hej\n\nMarts' fakturaer ligger i et 7z-arkiv, fordi filerne ellers er for store. Vi har fået ny bank.\n\nKontoret")
            .attach("application/x-7z-compressed", "marts.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("bramslev-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "bramslev-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of bramslev-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@hobro-kontorforsyning.net", "indkob@mariagerfjord.dk", "Ordre og faktura blæk")
            .text("Hej\n\nOrdrebekræftelse og faktura ligger i dokumentet. Klik 'Aktivér indhold', når Word spørger, ellers kan "
                + "tabellen ikke vises.\n\nOrdreafdelingen")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura.docm", Attachments.word(
                "Ordre og faktura, blæk og papir. Tabellen vises, når indhold er aktiveret.", true));
        ownedBy(m, "hobro-kontorforsyning.net");
        m.description = "macro-enabled .docm from a look-alike of hobro-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, "Debitor", "debitor@fjord-itdrift-hobro.net", "it@mariagerfjord.dk", "Licensopgørelse Chromebooks")
            .text("Hej IT-afdeling\n\nI får hermed kvartalets licensopgørelse for mellemtrinnets Chromebooks. Arket henter "
                + "antallet af enheder fra vores administrationskonsol, så Excel skal have lov at køre det indbyggede script, "
                + "før kolonnen med priser bliver udfyldt.\n\nDebitor")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_april.xlsm", Attachments.excel(List.of(
                "Licensopgørelse april 2037", "Chromebook og administrationslicens 530 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "fjord-itdrift-hobro.net");
        m.description = "macro-enabled .xlsm from a look-alike of fjord-itdrift.dk, new account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "henrik@valsgaard-malerfirma.dk", "ejendomscenter@mariagerfjord.dk", "Regning Rosenhaven")
            .text("Hej\n\nRegningen er fotograferet, printeren driller. Bemærk at kontoen er ny, den står nederst.\n\nHenrik")
            .attach("image/jpeg", "IMG_7731.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "valsgaard-malerfirma.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of valsgaard-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "tina@rold-vognmand.net", "vej@mariagerfjord.dk", "Faktura snerydning")
            .text("Hej\n\nFakturaen for snerydningen omkring Rold er scannet og vedhæftet. Kontonummeret er nyt.\n\nTina")
            .attach("application/pdf", "SCAN_0412.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "rold-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of rold-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "ordre@hobro-ordrekontor.com", "indkob@mariagerfjord.dk", "Ordre 55190 er godkendt")
            .text("Kvittering fra lageret i Hobro\n\nTolv stk. bærbare med dockingstation og treårig garanti er plukket til "
                + "jeres indkøbsafdeling, samlet pris 118.440 kr. Pallen kører fra lageret i morgen tidlig, og fakturaen "
                + "følger med fragtbrevet. Kender ingen hos jer til denne bestilling, så skal I have fat i ordrevagten "
                + "telefonisk på 78 74 12 90 før lukketid; mails kan vi ikke nå at behandle.");
        ownedBy(m, "hobro-ordrekontor.com");
        m.description = "callback scam: fake laptop order, 'call to stop it'";
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "forny@hobro-ordrekontor.com", "it@mariagerfjord.dk", "Antivirus fornyet for 3 år")
            .text("Hej IT\n\nEndpoint-beskyttelsen på jeres 640 skole- og kontormaskiner er løbet ind i en ny treårsperiode "
                + "uden opsigelse, og systemet har derfor udstedt en samlet regning på 186.400 kr. Fortrydelsesvinduet "
                + "lukker i morgen, og det håndteres kun mundtligt af vores kontraktafdeling på 78 74 12 91.");
        ownedBy(m, "hobro-ordrekontor.com");
        m.description = "callback scam: auto-renewed antivirus licence";

        // xml-invoice-changed-account
        no = invoiceNo(anlaeg);
        a = amount(1_200_000);
        m = bad("xml-invoice-changed-account");
        headers(m, anlaeg.name(), "bk@arden-anlaeg.net", "efaktura@mariagerfjord.dk", "E-faktura " + no)
            .text("Hej\n\nVores nye økonomisystem er ikke koblet på NemHandel endnu, så fakturaen kommer som XML-fil. Læg den "
                + "ind i jeres system som normalt. Betalingsoplysningerne er de nye.\n\nBo")
            .attach("application/xml", "faktura-" + no + ".xml", ubl(no, anlaeg, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "MFK-" + (64_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "arden-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_200_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "debitor@fjord-itdrift-hobro.net", "efaktura@mariagerfjord.dk", "OIOUBL " + no)
            .text("OIOUBL-filen er vedlagt. Kontoen i filen er opdateret efter vores bankskifte i marts.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "MFK-" + (64_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "fjord-itdrift-hobro.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of fjord-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signaturhavn", "dokument@signaturhavn-hobro.dk", "kultur@mariagerfjord.dk", "Et dokument venter på jer")
            .html("<html><body><p>Veteranbanen Mariager-Handest har sendt jer 'Tillæg til driftsaftale' til underskrift.</p>"
                + "<p><a href=\"https://signaturhavn-hobro.dk/d/88412\">Gennemse og underskriv</a></p><p>Log ind med jeres "
                + "Microsoft-konto for at se dokumentet.</p></body></html>");
        ownedBy(m, "signaturhavn-hobro.dk");
        m.description = "fake e-signature request on a look-alike of signaturhavn.dk, Microsoft login link";
        m = bad("fake-esignature-request");
        headers(m, "E-sign", "sign@hadsund-esign.net", "okonomi@mariagerfjord.dk", "Underskriv: ændring af betalingsmodtager")
            .text("Hej\n\nHadsund Brohydraulik har sendt en blanket om ny betalingsmodtager til elektronisk underskrift. Åbn og "
                + "underskriv her: https://hadsund-esign.net/sign/2291\n\nE-sign");
        ownedBy(m, "hadsund-esign.net");
        m.description = "fake e-signature request for a 'payee change form'";

        // split-payment
        no = invoiceNo(bus);
        m = bad("split-payment");
        headers(m, bus.person(), "korsel@osthimmerland-busser-hadsund.dk", "kreditor@mariagerfjord.dk", "Faktura " + no + " - delt betaling")
            .text("Hej kreditor\n\nSkolekørslen Øster Hurup-Hadsund for marts er opgjort til faktura " + no + ". Vores nye "
                + "erhvervsbank har et loft over enkeltindbetalinger fra offentlige kunder, så regningen skal deles: tre "
                + "femtedele til den polske samarbejdskonto " + mule(4) + " og de sidste to femtedele til den rumænske "
                + mule(10) + ". Husk fakturanummeret i teksten på begge overførsler.\n\nKørselskontoret");
        ownedBy(m, "osthimmerland-busser-hadsund.dk");
        m.description = "split payment over two foreign accounts from a look-alike of osthimmerland-busser.dk";
        p = past.get(kontor.domain());
        m = bad("split-payment");
        headers(m, "Ordreafdelingen", "ordre@hobro-kontorforsyning.com", "kreditor@mariagerfjord.dk", "Rest af faktura " + p.no())
            .text("Hej\n\nVi har fået det første beløb for faktura " + p.no() + ". Restbeløbet på 18.750 kr. skal gå til vores "
                + "leasingpartner på " + mule(7) + ". Det er kun denne ene gang.\n\nHobro Kontorforsyning");
        ownedBy(m, "hobro-kontorforsyning.com");
        m.description = "split payment: 'remainder' of a real wave-1 invoice to a Dutch account";

        // fake-bascule-bridge-hydraulics-invoice
        m = bad("fake-bascule-bridge-hydraulics-invoice");
        invoice(m, bro.posing("hadsund-brohydraulik.com", bro.account()), mule(14), 10, List.of("Kontrakt " + bridgeContract
            + ", akut reparation af løftecylinder"), "", "Ved en nødopkald i weekenden skiftede vi tætninger i den ene "
            + "løftecylinder på Hadsund Bro, så klapfaget kunne åbnes for en sejlbåd. Arbejdet faktureres uden for kontrakten "
            + "og skal betales til vores projektkonto.");
        ownedBy(m, "hadsund-brohydraulik.com");
        m.description = "look-alike of the bridge firm cites the real contract, 'emergency cylinder repair' (MT IBAN)";
        m = bad("fake-bascule-bridge-hydraulics-invoice");
        headers(m, "Hadsund Broservice", "drift@hadsund-broservice.dk", "vej@mariagerfjord.dk", "Olieskift klapbro - faktura")
            .text("Goddag Vej og Trafik\n\nKlapfagets hydraulik på Hadsund Bro har nu fået sit periodiske olieskift: 420 liter "
                + "bionedbrydelig hydraulikolie er pumpet om, og returfiltrene er skiftet mens broen stod lukket for sejlads "
                + "en nat. Regningen for arbejdet og olien er vedhæftet og afregnes på vores tyske driftskonto " + mule(8)
                + ".\n\nHadsund Broservice")
            .attach("application/pdf", "olieskift.pdf", Attachments.pdf(docId(m, "olie"), "Faktura olieskift",
                List.of("Hadsund Broservice", "Olieskift klapfag Hadsund Bro, 420 l bioolie og returfiltre", "Sum med moms 67.900,00",
                    "Afregnes på " + mule(8))));
        ownedBy(m, "hadsund-broservice.dk");
        m.description = "unknown firm bills a 'mandatory oil change' of the bridge hydraulics (DE account)";
        m = bad("fake-bascule-bridge-hydraulics-invoice");
        headers(m, "Hobro Hydraulik", "ordre@hobro-hydraulik.dk", "havn@mariagerfjord.dk", "Bestilling: reservepumpe til broklap")
            .text("Hej\n\nTak for jeres henvendelse om en reservepumpe til klapfaget. Pumpen er reserveret, men leveringen "
                + "kræver 50 % forudbetaling, 41.250 kr., til " + mule(11) + ". Vi sender, så snart beløbet er modtaget.\n\n"
                + "Hobro Hydraulik");
        ownedBy(m, "hobro-hydraulik.dk");
        m.description = "'your enquiry' for a spare pump for the bridge span, half paid in advance (BG IBAN)";

        // fake-steam-locomotive-boiler-invoice
        m = bad("fake-steam-locomotive-boiler-invoice");
        invoice(m, kedel.posing("mariager-kedelvaerksted.com", kedel.account()), mule(16), 13, List.of("Kedelattest "
            + boilerCert + ", fornyelse"), "", "Kedelattesten for veteranbanens damplokomotiv skal fornyes før sæsonstart, og "
            + "Arbejdstilsynet kræver, at gebyret og vores inspektion er betalt inden. Vær opmærksom på, at vi har fået ny "
            + "konto.");
        ownedBy(m, "mariager-kedelvaerksted.com");
        m.description = "look-alike of the boiler workshop cites the real certificate, 'renewal before season' (LT IBAN)";
        m = bad("fake-steam-locomotive-boiler-invoice");
        headers(m, "Veterantog Service", "faktura@mariager-veterantog-service.dk", "kultur@mariagerfjord.dk",
            "Faktura: damplokomotiv, rørskift")
            .text("Hej Kultur og Fritid\n\nSom aftalt med jeres frivillige lokomotivfører har vi skiftet 22 røgrør og "
                + "overhedere på damplokomotivet i Mariager. Faktura vedlagt, betaling til " + mule(5) + ".\n\nVeterantog Service")
            .attach("application/pdf", "roerskift.pdf", Attachments.pdf(docId(m, "ror"), "Faktura rørskift",
                List.of("Veterantog Service", "Damplokomotiv, veteranbanen Mariager-Handest: 22 røgrør", "I alt 94.375,00",
                    "Betaling " + mule(5))));
        ownedBy(m, "mariager-veterantog-service.dk");
        m.description = "unknown firm bills tube replacement 'agreed with a volunteer driver' (GB account)";
        m = bad("fake-steam-locomotive-boiler-invoice");
        headers(m, "Handest Damp", "salg@handest-mariager-damp.dk", "indkob@mariagerfjord.dk", "Kul til sæsonen - forudbetaling")
            .text("Hej\n\nVi har sikret 6 tons stenkul af den rigtige kvalitet til veteranbanens sæson, men leverandøren kræver "
                + "betaling på forhånd. Overfør 38.600 kr. til " + mule(3) + " senest i morgen, så kullene ikke går til en "
                + "anden bane.\n\nHandest Damp");
        ownedBy(m, "handest-mariager-damp.dk");
        m.description = "steam coal for the veteran railway to be prepaid by tomorrow (EE IBAN)";

        // fake-fjord-oxygen-monitoring-invoice
        m = bad("fake-fjord-oxygen-monitoring-invoice");
        invoice(m, fjordlab.posing("fjordlab-assens.com", fjordlab.account()), mule(0), 14, List.of("Måleprogram "
            + fjordStations + ", ekstra togt ved iltsvind"), "", "Efter varslingen om iltsvind i Mariager Fjord har vi kørt et "
            + "ekstra måletogt ud over programmet. Ekstratogtet faktureres særskilt, og betalingen skal til den konto, der står "
            + "på fakturaen.");
        ownedBy(m, "fjordlab-assens.com");
        m.description = "look-alike of the fjord laboratory cites the real programme, 'extra cruise for oxygen depletion' (LT)";
        m = bad("fake-fjord-oxygen-monitoring-invoice");
        headers(m, "Assens Vandanalyse", "lab@assens-vandanalyse.dk", "natur@mariagerfjord.dk", "Analyseresultater og faktura")
            .text("Hej Natur og Vand\n\nVores båd har hentet vandprøver ved ni stationer mellem Hobro og Hadsund, og laboratoriet "
                + "har målt opløst ilt, totalkvælstof og fosfat. Rapporten med iltprofilerne er klar, men den frigives først, "
                + "når analysehonoraret på 52.300 kr. står på vores svenske konto " + mule(15) + ".\n\nAssens Vandanalyse");
        ownedBy(m, "assens-vandanalyse.dk");
        m.description = "unknown lab holds 'fjord analysis results' hostage for payment (SE IBAN)";
        m = bad("fake-fjord-oxygen-monitoring-invoice");
        headers(m, "Lille Vildmose Miljølab", "kontakt@lille-vildmose-miljolab.dk", "okonomi@mariagerfjord.dk",
            "Pligtig iltovervågning - årsgebyr")
            .text("Til " + KOMMUNE + "\n\nEfter vandområdeplanerne skal kommuner ved fjorde med iltsvind betale et årligt gebyr "
                + "for overvågning af iltforholdene. Jeres andel for 2037 er 28.750 kr., som indbetales til " + mule(10)
                + " inden 14 dage.\n\nLille Vildmose Miljølab");
        ownedBy(m, "lille-vildmose-miljolab.dk");
        m.description = "invented 'statutory oxygen-monitoring fee' for the fjord (RO IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus60().generate(), List.of(
            "# Mariagerfjord Kommune, Økonomi: invoice checks (sixtieth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=hobro-varmevaerk.dk hadsund-brohydraulik.dk mariager-kedelvaerksted.dk fjordlab-assens.dk "
                + "arden-anlaeg.dk als-toemrer.dk valsgaard-maler.dk fjordrengoering.dk fjordavisen.dk rold-vognmand.dk "
                + "hvidsten-el.dk bramslev-vvs.dk fjordkoekkenet.dk hobro-traelast.dk fjord-itdrift.dk osthimmerland-busser.dk "
                + "hobro-kontorforsyning.dk",
            "invoice.domains.platforms=regnflow.dk posteringsbox.dk zaldo.com tastefri.io",
            "invoice.names.protected=Mariagerfjord Kommune"));
    }
}
