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
 * The fifty-seventh held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Halsnæs Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and parks, harbour,
 * schools, care, culture and property mailboxes), the municipality at the mouth of Roskilde Fjord and Isefjord: Frederiksværk
 * with its canal and the old gunpowder works (Krudtværket), Hundested and its harbour with the ferry to Rørvig, Ølsted, Melby,
 * Liseleje and its dunes, Asserbo plantation, Kregme, Vinderød, Lynæs, Torup and Arresø, Denmark's largest lake; nineteen
 * listed suppliers from those places in every DNS posture real Danish firms have (one sending through a web hoster named in
 * its SPF), four invoicing platforms ({@code bilagsbud.dk}, {@code klarbetal.io}, {@code debitix.com}, {@code
 * hentregning.dk}), a sand merchant delivering the sand for the sand sculpture festival at Hundested harbour, a hydraulic
 * engineering firm keeping the sluice gates of the canal and the water race at Krudtværket working, sole traders on free
 * mail, foreign suppliers, SaaS ({@code elevspor.io}, {@code dagsplanly.dk}), an ESP ({@code mailbrisen.com}), an
 * e-signature service ({@code aftaleskrift.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters'
 * own domains, each carrying a Halsnæs place name.
 *
 * <p>Written blind: from the brief and what Danish fraud warnings describe (changed bank details from forged, look-alike or
 * compromised suppliers, homoglyph domains, look-alike platforms, CEO fraud, fake Digital Post/MitID and NemHandel notices,
 * fake inkasso, hijacked threads, split payments, QR codes, archives, macro documents, image-only invoices, callback scams,
 * payroll changes, e-invoice XML with a changed payee, fake e-signature requests) and two kinds new here: sand, sculptors or
 * "washed-out sculptures" at the sand sculpture festival on Hundested harbour billed by someone who never delivered a grain
 * (fake-sand-sculpture-festival-invoice), and emergency repairs, statutory inspections or silt removal for the sluice gates
 * of the Frederiksværk canal and the water race at Krudtværket billed to a new account
 * (fake-canal-sluice-service-invoice). The invoice engine, its tests, tuning notes and earlier results were not read.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its
 * computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test -Dtest=HeldOutCorpus57GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus57 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout57");
    public static final String OWN = "halsnaes.dk";
    static final String FRAUD_NET = "127.157.";
    private static final String OWN_IP = "127.57.0.1";
    private static final String EAN = "5798003300571";
    private static final String KOMMUNE = "Halsnæs Kommune";
    private static final String RAADHUS = "Rådhuspladsen 1, 3300 Frederiksværk";
    private static final String HOSTER_IP = "127.57.9.1";
    private static final String GMAIL = "127.57.200.1";
    private static final String MSFT = "127.57.200.2";
    private static final String APPLE = "127.57.200.3";

    private final Random rnd = new Random(57_3300_0057L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The sand merchant's delivery order for the sand sculpture festival (the frauds cite it). */
    private String sandOrder;
    /** The hydraulic firm's service agreement for the canal sluices (the frauds cite it). */
    private String sluiceAgreement;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 9, 8, 7, 10, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 10, 6, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Frederiksværk Fjernvarme a.m.b.a.", "frederiksvaerk-fjernvarme.dk",
        "Kundeservice", "kunde", "127.57.1.1", iban("DK", "20000576113048"), "fjernvarme til Rådhuset, Frederiksværk Bibliotek og "
        + "Plejecenter Skovgården");
    private final Supplier entrep = new Supplier("Hundested Entreprise ApS", "hundested-entreprise.dk", "Kasper Holm", "kh",
        "127.57.1.2", bank("2280", "5710023481"), "nye fortove og regnvandsbrønde på Nørregade i Hundested");
    private final Supplier kloak = new Supplier("Kregme Kloakservice ApS", "kregme-kloak.dk", "Driftskontoret", "drift",
        "127.57.1.3", bank("9570", "0011457302"), "TV-inspektion og spuling af stikledninger ved Kregme Skole");
    private final Supplier strand = new Supplier("Liseleje Strandservice v/ Trine Bech", "liseleje-strandservice.dk", "Trine Bech",
        "trine", "127.57.1.4", iban("DK", "53350001266418"), "strandrensning og sandfodring ved nedgangene i Liseleje");
    private final Supplier skov = new Supplier("Asserbo Skovservice ApS", "asserbo-skovservice.dk", "Morten Lund", "ml",
        "127.57.1.5", bank("2280", "5710031177"), "udtynding og stivedligehold i Asserbo Plantage");
    private final Supplier toemrer = new Supplier("Ølsted Tømrer ApS", "oelsted-toemrer.dk", "Rasmus Vinther", "rv",
        "127.57.1.6", bank("9570", "0011463389"), "ny overdækket cykelparkering, Ølsted Skole");
    private final Supplier maler = new Supplier("Melby Malerforretning v/ Bo Kjær", "melby-maler.dk", "Bo Kjær", "bo",
        "127.57.1.7", bank("5301", "0000481176"), "indvendig maling af gangarealer, Melby Børnehus");
    private final Supplier rengoer = new Supplier("Halsnæs Rengøring ApS", "halsnaes-rengoering.dk", "Administration", "adm",
        "127.57.1.8", iban("DK", "53350001275533"), "daglig rengøring af Rådhuset og Jobcentret");
    private final Supplier avis = new Supplier("Arresø Bladet", "arresoe-bladet.dk", "Annonceafdelingen", "annonce",
        "127.57.1.9", iban("DK", "20000576128805"), "annoncer om lokalplan for Lynæs Havn og stillinger i ældreplejen");
    private final Supplier vognmand = new Supplier("Torup Vognmandsforretning ApS", "torup-vognmand.dk", "Pia Torup", "pia",
        "127.57.1.10", bank("5301", "0000490028"), "kørsel med vejgrus og bortkørsel af rørskær fra Arresø-bredden");
    private final Supplier el = new Supplier("Lynæs El ApS", "lynaes-el.dk", "Jens Mikkelsen", "jens", HOSTER_IP,
        bank("2280", "5710048836"), "ny LED-belysning på Hundested Havn og udskiftning af måleskabe");
    private final Supplier vvs = new Supplier("Vinderød VVS ApS", "vinderoed-vvs.dk", "Kontoret", "kontor", "127.57.1.12",
        bank("9570", "0011470015"), "udskiftning af varmtvandsbeholdere, Vinderød Skole");
    private final Supplier mad = new Supplier("Frederiksværk Madservice A/S", "frederiksvaerk-madservice.dk", "Bogholderiet",
        "bogholderi", "127.57.1.13", iban("DK", "53350001284402"), "madudbringning til hjemmeboende ældre i hele kommunen");
    private final Supplier byg = new Supplier("Hundested Byggemarked A/S", "hundested-byggemarked.dk", "Proffen", "proff",
        "127.57.1.14", iban("DK", "20000576137761"), "byggematerialer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Frederiksværk IT ApS", "frederiksvaerk-it.dk", "Debitor", "debitor",
        "127.57.1.15", bank("2280", "5710056691"), "drift af skolernes trådløse net og Chromebooks");
    private final Supplier bus = new Supplier("Halsnæs Busser ApS", "halsnaes-busser.dk", "Disponenten", "dispo",
        "127.57.1.16", bank("5301", "0000502247"), "skolebuskørsel Melby-Frederiksværk og svømmekørsel til hallen");
    private final Supplier kontor = new Supplier("Lynæs Kontorforsyning ApS", "lynaes-kontorforsyning.dk", "Ordrekontoret", "ordre",
        "127.57.1.17", iban("DK", "53350001291130"), "kopipapir, mapper og toner til Rådhuset og skolerne");
    private final Supplier grus = new Supplier("Hundested Grus og Sand ApS", "hundested-grus.dk", "Salgskontoret", "salg",
        "127.57.1.18", bank("2280", "5710063307"), "vasket skulptursand til sandskulpturfestivalen på Hundested Havn");
    private final Supplier sluse = new Supplier("Frederiksværk Vandbygning ApS", "frederiksvaerk-vandbygning.dk", "Lone Gram",
        "lone", "127.57.1.19", iban("DK", "20000576145590"), "service på sluseportene i kanalen og vandløbet ved Krudtværket");
    // not on the creditor list
    private final Supplier smed = new Supplier("Melby Smede- og Maskinværksted", "melby-smedie.dk", "Henning Aagaard",
        "henning", "127.57.2.1", bank("9570", "0011488120"), "nye gelændere ved badebroen i Liseleje");
    private final Supplier biavl = new Supplier("Asserbo Biavl v/ Karen Storm", "asserbo-biavl.dk", "Karen Storm", "karen",
        "127.57.2.2", bank("5301", "0000519973"), "bistader og undervisning i skolehaven, 3 forløb");
    private final Supplier fortael = new Supplier("Fortæller Søren Krag", "gmail.com", "Søren Krag", "soeren.krag.fortaeller",
        GMAIL, bank("2280", "5710074416"), "fortælleture om Krudtværket for 5. årgang, 3 gange");
    private final Supplier tolk = new Supplier("Tolk v/ Leyla Hamid", "outlook.com", "Leyla Hamid", "leyla.hamid.tolk", MSFT,
        bank("9570", "0011495507"), "tolkning arabisk-dansk, Jobcentret, 5 samtaler");
    private final Supplier musik = new Supplier("Harmonikaspiller Ib Nørby", "icloud.com", "Ib Nørby", "ib.norby.harmonika",
        APPLE, bank("5301", "0000527781"), "musik til efterårsfesten på Plejecenter Skovgården");
    private final Supplier tysk = new Supplier("Kieler Strandsand GmbH", "kieler-strandsand.de", "Buchhaltung", "buchhaltung",
        "127.57.3.1", iban("DE", "210700240077126603"), "Rüttelplatten und Formkästen, Mietzeitraum Juni-August");
    private final Supplier svensk = new Supplier("Göteborgs Slussteknik AB", "goteborgs-slussteknik.se", "Fakturering",
        "faktura", "127.57.3.2", iban("SE", "45800000074412230015"), "tätningslister och lagerbussningar till slussportarna");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, strand, skov, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor, grus, sluse);

    /** Fraudsters' own domains, each carrying a Halsnæs place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"frederiksvaerk-fjernvarme.net", "hundested-entreprice.dk",
        "hundested-byggemarked.com", "lynaes-el-service.dk", idn("hundested-byggem\u0430rked.dk"),
        idn("halsnaes-k\u043emmune.dk"), "bilagsbud-kregme.dk", "klarbetal-torup.com", "melby-malerforretning.dk",
        "torup-vognmand.net", "vinderoed-vvs.net", "halsnaes-rengoring.dk", "lynaes-kontorforsyning.net", "frederiksvaerk-it.net",
        "hundested-entreprise.net", "oelsted-tomrer.dk", "frederiksvaerk-madservice.com", "halsnaes-busser.net",
        "kregme-kloak-aps.dk", "arresoe-inkasso.dk", "mitid-frederiksvaerk.com", "digitalpost-hundested.com",
        "nemhandel-asserbo.net", "liseleje-parkering.dk", "melby-betalingsservice.net", "olsted-ordrecenter.com",
        "aftaleskrift-liseleje.dk", "vinderod-dokumenter.net", "hundested-grus.com", "hundested-sandfestival.dk",
        "lynaes-skulpturservice.dk", "frederiksvaerk-vandbygning.net", "krudtvaerket-sluseservice.dk", "arresoe-kanaldrift.dk",
        "asserbo-skovservise.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(kloak.domain(), List.of(kloak.ip()), "-all", null, "quarantine"); // SPF only
        domain(strand.domain(), List.of(strand.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(skov.domain(), List.of(skov.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.57.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.57.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(grus.domain(), List.of(grus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain(sluse.domain(), List.of(sluse.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(biavl.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kattegat-affald.dk", List.of("127.57.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("naturstyrelsen-tilsyn.dk", List.of("127.57.4.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("industrimuseet-frederiksvaerk.dk", List.of("127.57.4.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("arresoe-efterskole.dk", List.of("127.57.4.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("halsnaes-erhverv.dk", List.of("127.57.4.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hundested-isenkram.dk", List.of("127.57.4.6"), "-all", null, "none");
        domain("hundested-lystbaadehavn.dk", List.of("127.57.4.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("bilagsbud.dk", List.of("127.57.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("klarbetal.io", List.of("127.57.5.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("debitix.com", List.of("127.57.5.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("hentregning.dk", List.of("127.57.5.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("isefjordbanken.dk", List.of("127.57.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordsjaellands-andelskasse.dk", List.of("127.57.6.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-nordsjaelland.dk", List.of("127.57.6.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("gribskov-bogholderi.dk", List.of("127.57.6.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fjordkommunernes-indkob.dk", List.of("127.57.6.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("mailbrisen.com", List.of("127.57.6.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("bedrageriinfo-nordsjaelland.dk", List.of("127.57.6.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.hundested-fiber.dk", List.of("127.57.6.8"), "-all", null, null);
        domain("relay.arresoe-net.dk", List.of("127.57.6.9"), "-all", null, null);
        domain("elevspor.io", List.of("127.57.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("dagsplanly.dk", List.of("127.57.7.2"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("aftaleskrift.dk", List.of("127.57.7.3"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", null, "none"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "90." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no57:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "HK-" + (4_100 + rnd.nextInt(5_000));
            case 2:
                return String.valueOf(71_000 + rnd.nextInt(20_000));
            case 3:
                return "F36-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "2036-" + (1_000 + rnd.nextInt(8_000));
            default:
                return "R" + (82_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@halsnaes.dk", "efaktura@halsnaes.dk", "kreditor@halsnaes.dk",
        "oekonomi@halsnaes.dk", "vejpark@halsnaes.dk", "skole@halsnaes.dk", "omsorg@halsnaes.dk", "havn@halsnaes.dk",
        "ejendomscentret@halsnaes.dk", "indkoeb@halsnaes.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf57:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr57:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi57:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "frederiksvaerk-fjernvarme.dk" -> "Værksvej 12, 3300 Frederiksværk";
            case "hundested-entreprise.dk" -> "Industrivej 9, 3390 Hundested";
            case "kregme-kloak.dk" -> "Kregmevej 44, 3300 Frederiksværk";
            case "liseleje-strandservice.dk" -> "Liselejevej 3, 3360 Liseleje";
            case "asserbo-skovservice.dk" -> "Asserbo Slotsvej 18, 3300 Frederiksværk";
            case "oelsted-toemrer.dk" -> "Ølsted Stationsvej 7, 3310 Ølsted";
            case "melby-maler.dk" -> "Melby Bygade 21, 3370 Melby";
            case "halsnaes-rengoering.dk" -> "Nørregade 60, 3300 Frederiksværk";
            case "arresoe-bladet.dk" -> "Torvet 2, 3300 Frederiksværk";
            case "torup-vognmand.dk" -> "Torupvej 88, 3390 Hundested";
            case "lynaes-el.dk" -> "Lynæs Havnevej 5, 3390 Hundested";
            case "vinderoed-vvs.dk" -> "Vinderødvej 30, 3300 Frederiksværk";
            case "frederiksvaerk-madservice.dk" -> "Strandgade 15, 3300 Frederiksværk";
            case "hundested-byggemarked.dk" -> "Amtsvejen 101, 3390 Hundested";
            case "frederiksvaerk-it.dk" -> "Gjethusgade 4, 3300 Frederiksværk";
            case "halsnaes-busser.dk" -> "Kregme Stationsvej 2, 3300 Frederiksværk";
            case "lynaes-kontorforsyning.dk" -> "Lynæs Vej 19, 3390 Hundested";
            case "hundested-grus.dk" -> "Grusgravvej 6, 3390 Hundested";
            case "frederiksvaerk-vandbygning.dk" -> "Kanalvej 10, 3300 Frederiksværk";
            case "melby-smedie.dk" -> "Melbyvej 140, 3370 Melby";
            case "asserbo-biavl.dk" -> "Plantagevej 11, 3300 Frederiksværk";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with "Leverandør/Kunde" blocks and a sum box; a task account with
     * labour, vehicle and materials and the FI line (card 71); a quarterly charge with a meter or agreement line and the FI
     * line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Leverandør: " + s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Dato: " + dottedDay(m, 0) + "  Vores reference: " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Beløb ekskl. moms " + a.net() + " | Moms 25 % " + a.vat() + " | I alt kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelse: løbende måned + 30 dage, senest " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Overføres til " + account + " med fakturanr. som tekst");
                }
            }
            case 1 -> {
                head = "Opgaveafregning " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Rekvirent: " + KOMMUNE + " (EAN " + EAN + "). Opgave: " + s.what());
                long labour = a.ore() * 47 / 100;
                long car = a.ore() * 11 / 100;
                l.add("Arbejdsløn " + kr(labour) + " | Bil og maskiner " + kr(car) + " | Materialer " + kr(a.ore() - labour - car));
                l.add("Sum før moms " + a.net() + " - moms " + a.vat() + " - total " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + writtenDay(m, 21) + (account == null ? "" : " til " + account));
                if (own) {
                    l.add("FI-linje " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Kvartalsopkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Kundenummer " + (70_000 + Math.floorMod(s.domain().hashCode(), 20_000)) + " - " + KOMMUNE);
                l.add("Periode " + dashedDay(m, -90) + " til " + dashedDay(m, -1) + ": " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast bidrag " + kr(fixed) + " | Variable ydelser " + kr(a.ore() - fixed));
                l.add("Netto " + a.net() + " | Moms " + a.vat() + " | Til betaling DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist " + dashedDay(m, 14) + (account == null ? "" : " | Konto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        l.add("Spørgsmål til bilaget besvarer " + s.person() + " hos " + s.name() + " på hverdage; husk at oplyse "
            + "jeres afdeling og hvem der bestilte ydelsen, så finder vi sagen hurtigere frem i vores fagsystem.");
        l.add("Dokumentet er dannet elektronisk for kunder i Halsnæs og Gribskov og er gyldigt uden håndskrevet underskrift.");
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Halsnaes-" + no + ".pdf", "FAK" + no + ".pdf",
            "inv-" + no + ".pdf", "Opkraevning_" + no + ".pdf", "bilag-" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Halsnæs Kommune", "Kære kreditorbogholderi", "Hej", "Goddag kreditor",
        "Til Halsnæs Kommune", "Hej økonomi", "Hej alle sammen", "Att.: Bogholderiet"};

    private String phone() {
        return "47 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig57:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlige hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen\n" + firstName(s) + ", " + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_200_000 : 410_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Fakturanr. " + no + " (EAN " + EAN + ")", s.name() + ": faktura " + no, "Opkrævning " + no, "Faktura vedr. "
            + s.what(), "Fremsendelse af faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I får her faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms, og den forfalder " + writtenDay(m, 30)
                + ".";
            case 2 -> "En kopi er også sendt til EAN " + EAN + " via NemHandel, så den skal kun betales én gang.";
            case 3 -> "Tak for samarbejdet denne gang. Fakturaen ligger i den vedhæftede PDF-fil.";
            case 4 -> "Fakturanummer: " + no + "\nBeløb i alt: " + a.gross() + " kr.\nForfaldsdato: " + dottedDay(m, 30);
            case 5 -> "Vedhæftet finder I regningen for det udførte. Den rekvirent, der bestilte opgaven, står på bilaget.";
            case 6 -> "Her er fakturaen for den seneste periode. Ring endelig, hvis der er spørgsmål til linjerne.";
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
        if (List.of(varme, rengoer, mad, sluse, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, kloak, skov, vognmand, vvs, el, toemrer, strand).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Rådhuspladsen 1", "Frederiksværk", "3300", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        sandOrder = "SO-" + (5_100 + rnd.nextInt(700));
        sluiceAgreement = "SLA-" + (880 + rnd.nextInt(100));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == grus ? List.of("Ordre " + sandOrder + ": 1.200 tons vasket skulptursand, Hundested Havn")
                : s == sluse ? List.of("Aftale " + sluiceAgreement + ": tre sluseporte, ét stemmeværk ved Krudtværket")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af strandfogeden i Liseleje"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices railings for the Liseleje jetty, aligned SPF";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, kloak, strand);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition HK-" + (21_400 + k * 211));
                case 1 -> List.of("Bestiller: " + to().replace("@halsnaes.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Frederiksværk Bibliotek, nyt tag" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 2, ref, k % 5 == 3 ? "\n\nLeveringssedlerne ligger som ekstra bilag." : "");
            if (k % 5 == 3) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Frederiksværk", "Kolli i alt: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditnota til faktura ", "Otte plader gips kom knækkede frem og er sendt retur med vognmanden."},
            {kontor, "Kreditering af faktura ", "Toneren passede ikke til printerne på Jobcentret, så vi har hentet den og "
                + "krediterer den nu."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (600 + rnd.nextInt(300));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@halsnaes.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra ved jeres næste udbetaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for fakturaen nedenfor. "
            + "Har I allerede betalt, beder vi jer se bort fra denne mail."},
            {entrep, "Rykker 1", "Fakturaen er nu fjorten dage over forfald. Der er ikke beregnet rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@halsnaes.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som betales til den konto, der altid har stået på vores fakturaer: " + s.account() + "."
                    + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(),
                    p.amount(), s.account(), i, List.of("Oprindelig fakturadato: se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@halsnaes.dk", "Saldoopgørelse " + dottedDay(m, -1))
            .text("Hej kreditor\n\nTil jeres afstemning: vi har modtaget betaling for faktura " + p.no() + ", og jeres saldo hos "
                + "os er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "torup-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor, sluse)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String ref = "HK-" + (63_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@halsnaes.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej efaktura\n\nVores nye bogføringsprogram kan endnu ikke sende gennem NemHandel, så indtil videre "
                    + "kommer e-fakturaen som vedhæftet XML sammen med en læsbar PDF. Kontonummeret er uændret. Hvis den samme "
                    + "faktura også når jer ad den normale vej, så betal den kun én gang.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Laesbar-kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Rekvisition " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"bilagsbud.dk", "klarbetal.io", "debitix.com", "hentregning.dk"};
        Supplier[] who = {biavl, smed, fortael, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "bounces+" + sha256("plat57:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "HR-" + (30_000 + rnd.nextInt(9_000));
                headers(m, "Hentregning", "opkraevning@hentregning.dk", "omsorg@halsnaes.dk", "Opkrævning " + no
                    + " - vikartimer i hjemmeplejen")
                    .text("Til " + KOMMUNE + ", Sundhed og Omsorg\n\nHer er opkrævningen for de vikartimer i hjemmeplejen, som "
                        + "jeres distriktsleder godkendte i september (112 timer). Vikarerne er ansat og lønnet hos os.\n\n"
                        + "Beløb: " + a.gross() + " kr. Betalingsfrist: " + dottedDay(m, 20) + ".\n\nHentregning")
                    .attach("application/pdf", "Hentregning-" + no + ".pdf", Attachments.pdf(docId(m, "hr"), "Opkrævning " + no,
                        List.of("Hentregning ApS", "Kunde: " + KOMMUNE + ", Sundhed og Omsorg", "Vikartimer september 2036: 112",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "53350001310084"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform hentregning.dk invoices approved home-care temp hours under its own name";
                continue;
            }
            String no = "B" + (400_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (" + d[i] + ")", "noreply@" + d[i], i == 1 ? "havn@halsnaes.dk" : "skole@halsnaes.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name() + " har "
                    + "udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14) + ".</p>"
                    + "<p>Fakturaen er vedhæftet som PDF. Svarer du på denne e-mail, lander svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(biavl, fortael, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 4, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, så regningen er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "KS-" + (36_400 + rnd.nextInt(500));
        Amount a = amount(700_000);
        headers(m, "Kieler Strandsand", addr(tysk), "kultur@halsnaes.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei die Rechnung " + no + " für die Miete der Rüttelplatten und Formkästen "
                + "für das Sandskulpturenfestival in Hundested. Steuerschuldnerschaft des Leistungsempfängers.\n\nMit "
                + "freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Kiel", "Kunde: " + KOMMUNE + ", Kultur og Fritid", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar auf " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "GS" + (7_300 + rnd.nextInt(600));
        headers(m, "Göteborgs Slussteknik", addr(svensk), "vejpark@halsnaes.dk", "Faktura " + no + " - tätningslister")
            .text("Hej,\n\nBifogat finns fakturan för tätningslister och bussningar till slussportarna i Frederiksværk, som "
                + "beställdes via Frederiksværk Vandbygning. Betala till kontot på fakturan.\n\nVänliga hälsningar\n"
                + "Fakturering, Göteborgs Slussteknik AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "IBAN för betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Elevspor Billing", "billing@elevspor.io", "it@halsnaes.dk", "Your Elevspor invoice for October")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Elevspor (pupil attendance and parent "
                + "messaging, 9 schools). The same invoice has been delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Elevspor team")
            .attach("application/pdf", "elevspor-oct.pdf", Attachments.pdf(docId(m, "ev"), "Invoice",
                List.of("Elevspor ApS", "Customer: " + KOMMUNE, "October 2036, 9 schools", "DKK " + a.gross())));
        genuine(m, "127.57.7.1");
        m.description = "SaaS elevspor.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(250_000);
        headers(m, "Dagsplanly", "kvittering@dagsplanly.dk", "omsorg@halsnaes.dk", "Betaling modtaget - Dagsplanly")
            .text("Hej\n\nTak for betalingen af jeres Dagsplanly-abonnement (ruteplanlægning i hjemmeplejen, 140 brugere). "
                + a.gross() + " kr. er hævet på kortet, der ender på 7781.\n\nDagsplanly");
        genuine(m, "127.57.7.2");
        m.description = "SaaS dagsplanly.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("2280", "5710099921");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@halsnaes.dk", "Vi skifter bank pr. 1. oktober")
            .text("Til kreditorbogholderiet\n\nØlsted Tømrer har flyttet forretningen til en ny bank. Fakturaer dateret 1. "
                + "oktober 2036 og senere betales til " + nyT + ". Ældre fakturaer betales til den konto, der står på dem.\n\n"
                + "I er velkomne til at ringe til værkstedet på det nummer, I har i forvejen, og få det bekræftet."
                + signature(toemrer))
            .attach("application/pdf", "Ny-bankforbindelse.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bank",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.10.2036", "Ny konto: " + nyT,
                    "Rasmus Vinther, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye reoler i skolebiblioteket, Ølsted Skole");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.10.2036, jf. meddelelse"), "\n\nBemærk vores nye konto, som vi "
            + "varslede i sidste måned.");
        genuine(m, toemrer.ip());
        m.description = "oelsted-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "20000576199914");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Frederiksværk Madservice, Bogholderiet", addr(mad), "kreditor@halsnaes.dk", "Ændret bankkonto fra oktober")
            .text("Til " + KOMMUNE + ", kreditor og Sundhed og Omsorg\n\nVores koncern har samlet alle selskaber i én bank. "
                + "Fakturaer med dato 1. oktober og senere bedes betalt til " + nyM + ". Den hidtidige konto holdes åben til "
                + "udgangen af året. Meddelelsen er også sendt med underskrift til jeres Digital Post.\n\nMed venlig hilsen\n"
                + "Frederiksværk Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from October, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny bankkonto fra 01.10.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "frederiksvaerk-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qx=RT=arresoe-bladet.dk=annonce@srs.hundested-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.57.6.8";
        m.helo = "srs.hundested-fiber.dk";
        m.description = "arresoe-bladet.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 28, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.arresoe-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, kloak, kloak.account(), 27, List.of(), "");
        relayedBy(m, "relay.arresoe-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"gribskov-bogholderi.dk", "Hanne Wulff", "hw@", "Regning for sand til sandskulpturer?",
            "Hej listen\n\nVi har modtaget en regning for 'ekstra skulptursand efter regnvejr' fra et firma, vi aldrig har "
                + "handlet med. Er der andre kystkommuner med sandfestival, der har fået den samme?\n\nHanne"},
            {"fjordkommunernes-indkob.dk", "Niels Brandt", "nb@", "Falsk faktura om sluseporte", "Hej\n\nEn af vores "
                + "vandløbsmedarbejdere fik en faktura for 'akut reparation af sluseport' med ny konto. Den rigtige "
                + "entreprenør kendte intet til den.\n\nNiels"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditornet-nordsjaelland.dk", x[3])
                .header("List-Id", "Kreditornet Nordsjælland <debat.kreditornet-nordsjaelland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-nordsjaelland.dk", "[Kreditornet] ", "\r\n--\r\nKreditornet Nordsjælland\r\n"
                + "Afmeld: https://kreditornet-nordsjaelland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"bedrageriinfo-nordsjaelland.dk", "Bedrageriinfo Nordsjælland", "Sandfestivaler og sluser: nye "
            + "fakturafælder", "Svindlere kender nu ordrenumre og aftalenumre fra lokale festivaler og vandløbsarbejder. Ring altid "
            + "til leverandøren på et nummer fra jeres eget kartotek, før I betaler til en ny konto."},
            {"halsnaes-erhverv.dk", "Halsnæs Erhverv", "Erhvervsmorgen på Krudtværket", "Kom til morgenmad og hør om "
                + "udbud og indkøb i kommunen. Tilmelding på hjemmesiden."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl57:" + x[0]).substring(0, 14) + "@mailbrisen.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@halsnaes.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere "
                    + "på siden</a></p><p style=\"font-size:8px\">Du modtager denne mail som abonnent.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("mailbrisen.com");
            m.ip = "127.57.6.6";
            m.helo = "smtp.mailbrisen.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP mailbrisen.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kultur og Fritid", "kultur@", "kreditor@halsnaes.dk", "Sand til festivalen",
            "Hej kreditor\n\nSandet til sandskulpturfestivalen kommer kun fra Hundested Grus og Sand på ordren, vi har lagt. "
                + "Regningerne har ordrenummeret. Kommer der andre regninger om sand eller billedhuggere, så send dem til mig.\n\n"
                + "Kultur og Fritid"},
            {"Vej og Park", "vejpark@", "kreditor@halsnaes.dk", "Slusen og stemmeværket", "Hej\n\nSluseportene i kanalen og "
                + "stemmeværket ved Krudtværket passes af Frederiksværk Vandbygning efter serviceaftalen. Ekstraarbejde bestiller "
                + "vi skriftligt, og det faktureres med aftalenummeret.\n\nVej og Park"},
            {"Løn og Personale", "loen@", "ledere@halsnaes.dk", "Ændring af lønkonto", "Kære ledere\n\nMedarbejdere ændrer "
                + "selv deres NemKonto. Lønkontoret ændrer aldrig en konto på baggrund af en mail. Videresend gerne "
                + "forespørgsler til os.\n\nLøn og Personale"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Isefjordbanken Erhverv", "erhverv@isefjordbanken.dk", "oekonomi@halsnaes.dk", "Betalingsfil modtaget")
            .text("Til Halsnæs Kommune, Økonomi\n\nFilen fra jeres kreditorsystem kl. 14.02 indeholdt 214 overførsler til "
                + "leverandører. Alle poster er valideret og lægges ind i morgendagens clearing hos Isefjordbanken. Afviste "
                + "poster ville stå under Erhverv > Filoverførsler; der er ingen i dag. Beskeder som denne har ingen links "
                + "eller vedhæftede filer.\n\nIsefjordbanken, Erhvervsbetalinger");
        genuine(m, "127.57.6.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Nordsjællands Andelskasse", "info@nordsjaellands-andelskasse.dk", "oekonomi@halsnaes.dk", "Ny prisliste")
            .text("Til erhvervskunder\n\nPr. 1. januar justeres priserne på kontanthåndtering. Den nye prisliste ligger i "
                + "netbanken under Dokumenter.\n\nNordsjællands Andelskasse");
        genuine(m, "127.57.6.2");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("sand-sculpture-festival-invoice", true);
        invoice(m, grus, grus.account(), 7, List.of("Ordre " + sandOrder + ", restlevering 300 tons",
            "Udlagt på kajen ved Hundested Havn"), "\n\nVejesedlerne er afleveret til festivalens leder.");
        genuine(m, grus.ip());
        m.description = "the real sand merchant invoices the rest of the festival sand under its order (RSA, p=none, DMARC pass)";
        m = ok("sand-sculpture-festival-invoice", true);
        invoice(m, grus, grus.account(), 10, List.of("Ordre " + sandOrder + ", bortkørsel efter sæsonen"), "\n\nSandet er "
            + "kørt til kystfodring ved Liseleje efter aftale med Vej og Park.");
        genuine(m, grus.ip());
        m.description = "the real sand merchant invoices hauling the sculpture sand away after the season";
        m = ok("canal-sluice-service-invoice", true);
        invoice(m, sluse, sluse.account(), 12, List.of("Aftale " + sluiceAgreement + ", 3. kvartal 2036",
            "Smøring og eftersyn af tre sluseporte, rensning af stemmeværkets rist"), "\n\nLogbogen for slusen er opdateret.");
        genuine(m, sluse.ip());
        m.description = "the hydraulic firm's quarterly sluice service under its agreement (RSA, p=quarantine, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Frederiksværk Vandbygning", addr(sluse), "vejpark@halsnaes.dk", "Vinterlukning af slusen")
            .text("Kære Vej og Park\n\nVi lukker slusen for vinteren i uge 46, som det står i aftale " + sluiceAgreement + ". Det "
                + "er med i den faste pris, så der kommer ingen særskilt regning. Vi sender aldrig regninger for akutarbejde, "
                + "som I ikke har bestilt skriftligt.\n\nFrederiksværk Vandbygning");
        genuine(m, sluse.ip());
        m.description = "the hydraulic firm announces the winter closure at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_500_000);
        headers(m, "Kattegat Affald I/S", "regnskab@kattegat-affald.dk", "efaktura@halsnaes.dk", "Ejerbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nHer er opkrævningen af ejerbidraget for fjerde kvartal. Den er samtidig sendt til jeres "
                + "EAN-nummer.\n\nKattegat Affald I/S")
            .attach("application/pdf", "Ejerbidrag-4kv.pdf", Attachments.pdf(docId(m, "ka"), "Ejerbidrag 4. kvartal 2036",
                List.of("Kattegat Affald I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "53350001322291"))));
        genuine(m, "127.57.4.1");
        m.description = "intermunicipal waste company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Naturstyrelsen, Tilsyn", "tilsyn@naturstyrelsen-tilsyn.dk", "vejpark@halsnaes.dk",
            "Tilsyn med vandstanden i Arresø")
            .text("Til Halsnæs Kommune, Vej og Park\n\nVi gennemfører i november det årlige tilsyn med vandstanden i Arresø og "
                + "udløbet i kanalen. Tilsynet er gebyrfrit. Dato følger.\n\nNaturstyrelsen");
        genuine(m, "127.57.4.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@aftaleskrift.dk";
        headers(m, "Industrimuseet via Aftaleskrift", "noreply@aftaleskrift.dk", "kultur@halsnaes.dk",
            "Til underskrift: udlånsaftale")
            .header("Reply-To", "<samling@industrimuseet-frederiksvaerk.dk>")
            .text("Industrimuseet Frederiksværk beder jer underskrive 'Udlånsaftale - modeller fra Krudtværket'.\n\nDokumentet "
                + "ligger på jeres konto hos Aftaleskrift.\n\nAftaleskrift");
        genuine(m, "127.57.7.3");
        m.description = "real e-signature request from aftaleskrift.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Hundested Isenkram", "kvittering@hundested-isenkram.dk", "havn@halsnaes.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n4 fendere og 2 bådshager. Betalt med kommunens indkøbskort.\n\nHundested Isenkram");
        genuine(m, "127.57.4.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Arresø Efterskole", "kontor@arresoe-efterskole.dk", "oekonomi@halsnaes.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag overført 18.600 kr. for leje af Frederiksværk Hallen i september.\n\nArresø Efterskole");
        genuine(m, "127.57.4.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Hundested Lystbådehavn", "havnefoged@hundested-lystbaadehavn.dk", "havn@halsnaes.dk",
            "Ordrebekræftelse: vinteroplag")
            .text("Hej\n\nVi bekræfter vinteroplag af kommunens redningsbåd og arbejdsjolle til 15. april. Faktura kommer via "
                + "EAN.\n\nHundested Lystbådehavn");
        genuine(m, "127.57.4.7");
        m.description = "order confirmation, invoiced later by EAN";
        m = ok("deposit-invoice", true);
        a = amount(600_000);
        headers(m, entrep.person(), addr(entrep), "ejendomscentret@halsnaes.dk", "Aconto 1 - Nørregade")
            .text("Hej Ejendomscentret\n\nSom aftalt i kontrakten sender vi første acontoregning på 30 % ved opstart af "
                + "fortovsarbejdet på Nørregade. Den betales til den konto, I kender fra tidligere." + signature(entrep))
            .attach("application/pdf", "Aconto-1.pdf", pdfInvoice(m, entrep, "Acontofaktura", "AC-" + (200 + rnd.nextInt(90)), a,
                entrep.account(), 0, List.of("Aconto 1 af 3 i henhold til kontrakt")));
        genuine(m, entrep.ip());
        m.description = "contracted on-account invoice from the listed contractor, usual account";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250000130055187"), iban("DK", "93410003318207"), bank("8114",
        "0002093388"), iban("EE", "6610001770042281"), iban("PL", "611090101400000712198866"), iban("GB", "REVO00997012348812"),
        iban("IE", "AIBK93115212345678"), iban("NL", "ABNA0417164300"), iban("DE", "370400440532013000"),
        iban("HU", "117730160111110800000000"), iban("RO", "BTRL01301202925689XX"), iban("NO", "86011117947"),
        iban("SE", "50000000058398257466"), bank("6520", "0004418990"), iban("LT", "1210100000077120"),
        iban("DK", "97550003077146"), iban("EE", "3810220000124401"), iban("PL", "101020102600000402011234")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny modtagerkonto"), "", "Kære varmekunde\n\nFra "
            + "denne kvartalsopkrævning står Hillerød Forsyning for vores debitorstyring, og pengene går ind på deres "
            + "opsamlingskonto, som står på bilaget. Kommunens betalingsfil bør rettes inden næste kørsel, for banken afviser "
            + "beløb til varmeværkets tidligere nummer.");
        forged(m, forgedHost++);
        m.description = "forged From frederiksvaerk-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej annoncør\n\nOktobers stillingsannoncer er faktureret. Avisen er "
            + "overtaget af en britisk mediekoncern, og alle indbetalinger skal nu ske til koncernens konto i London, som står "
            + "på fakturaen. Den danske konto lukkes ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From arresoe-bladet.dk (p=reject), GB account";
        m = bad("forged-supplier");
        invoice(m, bus, mule(6), 9, List.of(), "", "Goddag\n\nSkolebuskørslen for september er gjort op. Vores sædvanlige "
            + "konto er midlertidigt spærret på grund af en revision, så beløbet skal i denne måned overføres til den irske "
            + "konto i bilaget.");
        forged(m, forgedHost++);
        m.description = "forged From halsnaes-busser.dk (p=quarantine, ~all), IE account";

        // lookalike-domain
        Object[][] l = {{OWNED[0], varme, "Efter skiftet til nyt kundesystem er nogle kunders betalingsoplysninger blevet "
            + "forkerte. Brug derfor kontoen på denne opkrævning og ikke den, der ligger i jeres kreditorkartotek."},
            {OWNED[1], entrep, "Fortovet på Nørregade er færdigt. Firmaet er netop solgt til en ny ejer, og vi bruger nu en "
                + "anden bank - betal venligst til kontoen nederst i fakturaen."},
            {OWNED[2], byg, "Her er månedens samlefaktura til Ejendomscentret. NB: vi har fået ny bankkonto med virkning fra i "
                + "dag, og den gamle er lukket for indbetalinger."},
            {OWNED[3], el, "Belysningen på havnen i Hundested er sat op. Vores revisor har flyttet vores konti til en ny bank, "
                + "så beløbet skal til kontoen i PDF-filen."},
            {OWNED[34], skov, "Udtyndingen i Asserbo Plantage er afsluttet. Da vi har skiftet bank i forbindelse med et "
                + "generationsskifte, beder vi jer bruge den nye konto på fakturaen."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 7), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[4];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(12), 6, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Proffen her fra Amtsvejen. Oktobers samlefaktura for gips, lægter og skruer til Ejendomscentret ligger "
                + "som bilag. Vi er flyttet til en ny pengeforbindelse efter opkøbet af butikken i Kregme, så tallene nederst "
                + "på bilaget afløser dem, I har stående i kartoteket. Gamle indbetalingskort fra os skal smides ud.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as hundested-byggemarked.dk, new account";
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens kontor", "sekretariat@" + d, "kreditor@halsnaes.dk", "Fortroligt: deponering i dag")
            .text("Goddag\n\nDet gamle valseværksareal langs kanalen er blevet udbudt diskret, og borgmesteren vil "
                + "sikre kommunen forkøbsretten, før en hollandsk ejendomsfond slår til. Boets kurator accepterer kun et "
                + "håndpant på 410.000 kr., som overføres til kuratorens klientkonto " + mule(14) + " før frokost. Skøde og "
                + "byrådsindstilling kommer bagefter. Tal ikke med kollegerne om dette, før økonomiudvalget har haft sagen."
                + "\n\nBorgmesterens kontor");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, biavl.name() + " via Bilagsbud", "paamindelse@bilagsbud-kregme.dk", "skole@halsnaes.dk",
            "Betaling mangler - gebyr tillægges i nat")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + biavl.name() + "</b> står stadig ubetalt. "
                + "Der lægges et gebyr på ved midnat, men du kan nå at betale med kort nu:</p><p><a href=\""
                + "https://bilagsbud-kregme.dk/betal/" + sha256("bb57").substring(0, 18) + "\">Betal fakturaen</a></p>"
                + "<p>Bilagsbud</p></body></html>");
        ownedBy(m, "bilagsbud-kregme.dk");
        m.description = "look-alike of the platform bilagsbud.dk: card-payment link in the beekeeper's name";
        m = bad("lookalike-platform");
        headers(m, "Klarbetal", "faktura@klarbetal-torup.com", "havn@halsnaes.dk", smed.name() + " - faktura til betaling")
            .text("Hej havnekontoret\n\nSmedemester Aagaard i Melby har bedt Klarbetal om at stå for hans fakturering fremover. "
                + "Gelænderregningen fra " + smed.name() + " afregnes derfor gennem vores klientkonto " + mule(15) + "; en "
                + "overførsel direkte til værkstedet kan ikke krediteres sagen.\n\nKlarbetal kundeteam")
            .attach("application/pdf", "klarbetal-" + (4_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                smed.posing("klarbetal-torup.com", mule(15)), "Faktura", "KB-" + (9_100 + rnd.nextInt(600)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Klarbetal")));
        ownedBy(m, "klarbetal-torup.com");
        m.description = "look-alike of klarbetal.io: the smithy's invoice 'collected on its behalf' to a DK mule";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betales til factoringselskab"), "", "Rengøringen på Rådhuset og i "
            + "Jobcentret for september er gjort op. Vores bestyrelse har solgt debitormassen til et finansieringshus i "
            + "Aarhus, og beløbet krediteres kun, når det lander på " + mule(16) + ". Jeg holder efterårsferie i Spanien uden "
            + "mobildækning, så spørgsmål må komme pr. mail til mig.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of halsnaes-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@halsnaes.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn lille rettelse til fakturaen herunder: vores bank laver kontrol af alle konti, så de " + p.amount()
                .gross() + " kr. skal denne gang indbetales på " + mule(17) + ". Fra næste faktura bruger I den normale konto "
                + "igen.\n\nDebitor\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of frederiksvaerk-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, OWNED[15]}, {mad, OWNED[16]}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@halsnaes.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nTusind tak fordi I har godkendt faktura " + p.no() + " (" + p.amount().gross() + " kr.). Før "
                    + "den bliver betalt: vores bogholder har opdaget, at der stod en gammel konto på. Overfør i stedet til "
                    + mule(i + 3) + ", og giv mig lige et kort svar, når kontoen er rettet hos jer.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "oekonomi@halsnaes.dk", "Tilskud til havnefesten - haster")
            .text("Kære økonomi\n\nTeltudlejeren til Hundested Havnefest vil ikke stille op uden forudbetaling, og "
                + "festforeningens kasserer er syg. Jeg har mundtligt givet tilsagn om 120.000 kr. fra borgmesterens "
                + "dispositionspulje. Sæt beløbet ind hos udlejeren på " + mule(7) + " - bilagene følger fra foreningen. "
                + "Mobilen er næsten død, og jeg er på vej over Kattegat med Rørvigfærgen.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged halsnaes.dk (p=reject) from outside: the mayor's urgent harbour festival grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomidirektør", "oekonomidirektoer@" + OWN, "kreditor@halsnaes.dk", "Ny konto for Vinderød VVS")
            .text("Hej kreditor\n\nDirektøren for Vinderød VVS fangede mig på gangen i formiddags: firmaets nye "
                + "pengeinstitut overtager alle indbetalinger fra mandag. Læg " + mule(8) + " ind i stamdata på deres "
                + "leverandørkort, så eftermiddagens betalingskørsel rammer rigtigt. Ændringen er hermed attesteret af mig, "
                + "og den behøver ikke gå gennem den sædvanlige kontrol.\n\nØkonomidirektøren");
        forged(m, forgedHost++);
        m.description = "forged halsnaes.dk: 'finance director' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektor.halsnaes@gmail.com", "oekonomi@halsnaes.dk", "Har du fem minutter?")
            .text("Hej\n\nSidder fast i forhandlingerne om budgetaftalen i Christiansborg-lokalerne og må ikke "
                + "ringe herfra. Der er en regning fra en rådgiver, som ingen andre i huset må kende til endnu. Kan du tage "
                + "den i dag, hvis jeg sender kontonummeret i næste mail? Bekræft blot, at du er ved pc'en.\n\nSendt fra "
                + "mobil");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.halsnaes@outlook.com", "indkoeb@halsnaes.dk", "En hurtig tjeneste")
            .text("Hej\n\nDe frivillige fra strandrensningen i Liseleje skal have en tak fra mig. Kan du købe 15 gavekort á "
                + "1.000 kr. online og sende mig koderne her inden kl. 14? Du får dem refunderet af mig i morgen.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Højgaard", "mette.hoejgaard.hundested@gmail.com", "loen@halsnaes.dk", "Ny konto til min løn")
            .text("Hej Løn\n\nJeg er social- og sundhedshjælper i nattevagten i hjemmeplejen i Hundested. Min gamle bank har "
                + "lukket min konto, og jeg har fået en ny i en digital bank: " + mule(0) + ". Kan I sætte lønnen ind der fra "
                + "næste måned? Jeg kan ikke logge på personaleportalen fra min nye telefon endnu.\n\nMange tak\nMette");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care assistant, LT IBAN";
        m = bad("payroll-account-change");
        headers(m, "Kim Ravn", "kim.ravn.lynaes@hotmail.com", "loen@halsnaes.dk", "Lønkonto")
            .text("Hej\n\nJeg er havnearbejder på Hundested Havn og flytter til Norge til foråret. Vil I sætte min løn ind på min "
                + "norske konto " + mule(11) + " allerede fra oktober? Min danske bank i Hundested lukker kontoen, når "
                + "jeg melder flytning, og jeg vil ikke stå uden penge til depositum i Stavanger.\n\nHilsen Kim");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, NO IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Arresø Inkasso", "sag@arresoe-inkasso.dk", "kreditor@halsnaes.dk", "Inkassovarsel - " + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nVi er af " + inkasso[i].name() + " sat til at inddrive faktura " + p.no() + " på "
                    + p.amount().gross() + " kr., som ikke er betalt. Med inkassogebyr på 100 kr. og salær skal beløbet stå på "
                    + mule(i + 9) + " senest om tre hverdage. Derefter sendes sagen til fogedretten uden yderligere varsel.\n\n"
                    + "Arresø Inkasso");
            ownedBy(m, "arresoe-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@mitid-frederiksvaerk.com", "it@halsnaes.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Kære administrator</p><p>Organisationens MitID Erhverv mangler en årlig bekræftelse. Uden "
                + "bekræftelse inden 24 timer spærres alle medarbejderes adgang i " + KOMMUNE + ".</p><p><a href=\"https://"
                + "mitid-frederiksvaerk.com/org\">Bekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-frederiksvaerk.com");
        m.description = "fake MitID Erhverv suspension with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-hundested.com", "oekonomi@halsnaes.dk", "Nyt brev fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt et brev til jeres virksomhedspostkasse om "
                + "en efterregulering af momskompensation. Brevet skal åbnes af en person med fuldmagt inden fredag, ellers "
                + "tillægges renter.</p><p><a href=\"https://digitalpost-hundested.com/laes\">Åbn brevet</a></p><p>Med venlig "
                + "hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-hundested.com");
        m.description = "fake Digital Post notice with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-asserbo.net", "efaktura@halsnaes.dk", "EAN-registrering udløber")
            .text("Til " + KOMMUNE + "\n\nRegistreringen af EAN " + EAN + " i NemHandelsregistret udløber om 48 timer. Derefter "
                + "afvises alle e-fakturaer til jer. Forlæng registreringen på https://nemhandel-asserbo.net/ean med MitID.\n\n"
                + "NemHandel Support");
        ownedBy(m, "nemhandel-asserbo.net");
        m.description = "fake NemHandel registration expiry with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afregning@nemhandel-asserbo.net", "kreditor@halsnaes.dk", "Afviste e-fakturaer")
            .text("Ni e-fakturaer til jeres EAN er afvist på grund af en teknisk fejl hos jer. For at leverandørerne ikke skal "
                + "rykke, kan I betale det samlede beløb, 96.420,00 kr., til mellemregningskontoen " + mule(4) + ". Vi fordeler "
                + "pengene til leverandørerne i morgen.");
        ownedBy(m, "nemhandel-asserbo.net");
        m.description = "fake NemHandel 'rejected invoices' asking for one pooled payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Liseleje Parkering", "afgift@liseleje-parkering.dk", "vejpark@halsnaes.dk", "Parkeringsafgift Liseleje Strand")
            .html("<html><body><p>Et kommunalt køretøj er registreret på strandparkeringen i Liseleje uden gyldig billet. "
                + "Afgiften på 760 kr. betales ved at scanne QR-koden inden 5 dage.</p><p><img src=\"cid:qr\" alt=\"QR\"></p>"
                + "</body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "liseleje-parkering.dk");
        m.description = "QR code for a parking 'fee' at Liseleje beach";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "aftaler@melby-betalingsservice.net", "oekonomi@halsnaes.dk",
            "Jeres betalingsaftaler er stoppet")
            .html("<html><body><p>Jeres faste betalingsaftaler er sat i bero. Scan koden med mobilen for at genaktivere dem, "
                + "før næste træk afvises.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "melby-betalingsservice.net");
        m.description = "QR code for 'suspended direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "adm@" + OWNED[11], "kreditor@halsnaes.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVores PDF'er bliver åbenbart blokeret hos jer, så her er fakturaen i en zip-fil. Bemærk de nye "
                + "bankoplysninger.\n\nAdministration")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing(OWNED[11], mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontoen i fakturaen."));
        ownedBy(m, OWNED[11]);
        m.description = "invoice PDF inside a ZIP from a look-alike of halsnaes-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "kontor@" + OWNED[10], "kreditor@halsnaes.dk", "Fakturaer september")
            .text("Hej\n\nSeptembers fakturaer er samlet i et 7z-arkiv, så filen ikke bliver for stor. Vi har fået ny konto.\n\n"
                + "Kontoret")
            .attach("application/x-7z-compressed", "september.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing(OWNED[10], mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, OWNED[10]);
        m.description = "invoice PDF inside a 7z from a look-alike of vinderoed-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@" + OWNED[12], "indkoeb@halsnaes.dk", "Ordrebekræftelse og faktura, papir")
            .text("Hej\n\nOrdrebekræftelse og faktura ligger i samme fil. Klik 'Aktivér redigering' og så 'Aktivér makroer', "
                + "ellers kan tallene ikke ses.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Tallene vises efter aktivering af makroer.", true));
        ownedBy(m, OWNED[12]);
        m.description = "macro-enabled .docm from a look-alike of lynaes-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, "Debitor", "debitor@" + OWNED[13], "it@halsnaes.dk", "Licensopgørelse Chromebooks")
            .text("Hej\n\nOpgørelsen over Chromebooks og licenser på skolerne er i regnearket. Tillad makroer, så beløbene "
                + "regnes ud. Vær opmærksom på vores nye konto.\n\nDebitor")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebook_opgoerelse.xlsm", Attachments.excel(List.of(
                "Licensopgørelse oktober 2036", "Chromebook og licens 520 stk", "Betaling til " + mule(13)), true));
        ownedBy(m, OWNED[13]);
        m.description = "macro-enabled .xlsm from a look-alike of frederiksvaerk-it.dk, new account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "bo@" + OWNED[8], "ejendomscentret@halsnaes.dk", "Regning Melby Børnehus")
            .text("Hej\n\nJeg har taget et billede af regningen, da min printer ikke virker. Den nye konto står nederst.\n\nBo")
            .attach("image/jpeg", "IMG_5731.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, OWNED[8]);
        m.description = "image-only invoice (JPEG) from a look-alike of melby-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "pia@" + OWNED[9], "vejpark@halsnaes.dk", "Faktura rørskær Arresø")
            .text("Hej\n\nFakturaen for bortkørsel af rørskær fra Arresø er scannet ind og vedlagt. Vi har ny konto, den står "
                + "på bilaget.\n\nPia")
            .attach("application/pdf", "Scan_2036_10.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, OWNED[9]);
        m.description = "scanned image-only PDF from a look-alike of torup-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@olsted-ordrecenter.com", "indkoeb@halsnaes.dk", "Ordre 55120 er godkendt")
            .text("Jeres ordre på 12 bærbare computere á 9.480 kr. er godkendt og afsendes i morgen, hvorefter beløbet "
                + "opkræves. Har I ikke bestilt dem, skal ordren annulleres telefonisk i dag på 78 74 12 90.\n\nOrdrecenter");
        ownedBy(m, "olsted-ordrecenter.com");
        m.description = "callback scam: fake laptop order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Kundeservice", "fornyelse@olsted-ordrecenter.com", "it@halsnaes.dk", "Antivirus-licens fornyet automatisk")
            .text("Hej IT\n\nJeres antiviruslicens til 300 computere på Rådhuset, biblioteket og skolerne er fornyet for tre år. "
                + "Prisen, 64.900 kr. ekskl. moms, faktureres om to dage. Vil I ikke forny, kan det kun stoppes ved at ringe til "
                + "os på 78 74 12 91 inden i morgen kl. 15.\n\nKundeservice");
        ownedBy(m, "olsted-ordrecenter.com");
        m.description = "callback scam: auto-renewed antivirus licence";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kh@" + OWNED[14], "efaktura@halsnaes.dk", "E-faktura " + no)
            .text("Hej\n\nVi har skiftet regnskabsprogram og kan ikke sende over NemHandel endnu, derfor kommer e-fakturaen som "
                + "fil. Bemærk ny betalingskonto i filen.\n\n" + entrep.name())
            .attach("application/xml", "faktura-" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "HK-" + (64_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, OWNED[14]);
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "debitor@" + OWNED[13], "efaktura@halsnaes.dk", "OIOUBL " + no)
            .text("Vedhæftet fakturaen som OIOUBL. Betalingsoplysningerne er ændret, da vi har skiftet bank.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "HK-" + (64_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, OWNED[13]);
        m.description = "OIOUBL XML with a changed payee from a look-alike of frederiksvaerk-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Aftaleskrift", "signer@aftaleskrift-liseleje.dk", "kultur@halsnaes.dk",
            "Industrimuseet afventer din underskrift")
            .html("<html><body><p>Du er inviteret til at underskrive 'Forsikringstillæg - udlånte modeller'. Invitationen "
                + "udløber i dag.</p><p><a href=\"https://aftaleskrift-liseleje.dk/d/" + sha256("as57").substring(0, 16) + "\">"
                + "Gennemse og underskriv</a></p></body></html>");
        ownedBy(m, "aftaleskrift-liseleje.dk");
        m.description = "fake e-signature request imitating aftaleskrift.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "share@vinderod-dokumenter.net", "ejendomscentret@halsnaes.dk",
            "Forpagtningsaftale til signering")
            .html("<html><body><p>Landbrugsforpagtningen af engene ved Arresøs sydbred (bilag 1-3) er sendt "
                + "til jer af Kattegat Advokater. Dokumentpakken åbnes efter bekræftelse med kommunens Office 365-adgang.</p>"
                + "<p><a href=\"https://vinderod-dokumenter.net/login\">Bekræft adgang</a></p></body></html>");
        ownedBy(m, "vinderod-dokumenter.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "dispo@" + OWNED[17], "kreditor@halsnaes.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nVi er ved at skifte bank og vil derfor bede jer dele faktura " + p.no() + " (" + p.amount().gross()
                + " kr.): den ene halvdel til den konto, I plejer at bruge, den anden til " + mule(9) + ".\n\nDisponenten");
        ownedBy(m, OWNED[17]);
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(kloak.domain());
        m = bad("split-payment-redirect");
        headers(m, kloak.person(), "drift@" + OWNED[18], "kreditor@halsnaes.dk", "Faktura " + p.no() + " - delbetaling")
            .text("Hej\n\nAf faktura " + p.no() + " kan 25.000 kr. betales til den normale konto; restbeløbet skal overføres "
                + "til " + mule(10) + ", da banken har lagt loft over indbetalinger på vores driftskonto, indtil spulevognen er "
                + "refinansieret.\n\nDriftskontoret");
        ownedBy(m, OWNED[18]);
        m.description = "split payment on Kregme Kloakservice's real wave-1 invoice";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-sand-sculpture-festival-invoice
        M m = bad("fake-sand-sculpture-festival-invoice");
        invoice(m, grus.posing(OWNED[28], grus.account()), mule(0), 11, List.of("Ordre " + sandOrder + ", tillægslevering"), "",
            "Skybruddet i weekenden skyllede store dele af skulpturerne på havnen væk, og festivalens leder bad os straks køre "
                + "400 tons nyt vasket sand ud, så billedhuggerne kunne nå at bygge op igen. Tillægget er faktureret på jeres "
                + "ordre. Efter en fusion med et andet grusselskab har vi ny bank, så brug kontoen på denne faktura.");
        ownedBy(m, OWNED[28]);
        m.description = "look-alike of the real sand merchant cites its real festival order, 'rain washed the sculptures away'"
            + " (LT IBAN)";
        m = bad("fake-sand-sculpture-festival-invoice");
        headers(m, "Hundested Sandfestival", "booking@hundested-sandfestival.dk", "kultur@halsnaes.dk",
            "Forudbetaling: internationale billedhuggere 2037")
            .text("Kære Kultur og Fritid\n\nTil næste års sandskulpturfestival på Hundested Havn har vi nu kontrakt med 14 "
                + "billedhuggere fra Holland, Letland og Portugal. For at holde deres flybilletter og indkvartering skal kommunens "
                + "andel, 86.250,00 kr., være indbetalt på " + mule(7) + " senest fredag. Ellers går kunstnerne til en festival "
                + "i Tyskland.\n\nMed venlig hilsen\nHundested Sandfestival, booking");
        ownedBy(m, "hundested-sandfestival.dk");
        m.description = "unknown 'festival booking office' demands the municipality's share for foreign sculptors (NL IBAN)";
        m = bad("fake-sand-sculpture-festival-invoice");
        headers(m, "Lynæs Skulpturservice", "rechnung@lynaes-skulpturservice.dk", "havn@halsnaes.dk",
            "Rechnung: Schutzimprägnierung der Sandskulpturen")
            .text("Guten Tag,\n\nwie mit Ihrem Hafenbüro besprochen, haben wir alle Sandskulpturen am Hafen von Hundested mit "
                + "unserem Fixiermittel gegen Wind und Regen imprägniert (28 Figuren, 2 Durchgänge). Der Betrag von EUR 6.420,00 "
                + "ist innerhalb von fünf Tagen auf " + mule(8) + " zu überweisen.\n\nMit freundlichen Grüßen\nLynæs "
                + "Skulpturservice");
        ownedBy(m, "lynaes-skulpturservice.dk");
        m.description = "German-language bill for 'weatherproofing the sand sculptures' nobody ordered (DE IBAN)";

        // fake-canal-sluice-service-invoice
        m = bad("fake-canal-sluice-service-invoice");
        invoice(m, sluse.posing(OWNED[31], sluse.account()), mule(9), 13, List.of("Aftale " + sluiceAgreement
            + " - akutudkald"), "", "Under højvandet i sidste uge gik hydraulikken på den østlige sluseport i kanalen, og "
            + "vandet fra Arresø stod højt op ad kajen. Vores montører skiftede cylinder og pakninger samme nat. Akutudkaldet "
            + "ligger uden for aftale " + sluiceAgreement + " og skal betales med det samme. Vi har skiftet bankforbindelse, så "
            + "betal til kontoen på fakturaen.");
        ownedBy(m, OWNED[31]);
        m.description = "look-alike of the hydraulic firm cites the real agreement, 'night repair of the sluice gate' (HU IBAN)";
        m = bad("fake-canal-sluice-service-invoice");
        headers(m, "Krudtværket Sluseservice", "inspektion@krudtvaerket-sluseservice.dk", "vejpark@halsnaes.dk",
            "Lovpligtigt eftersyn af stemmeværk og sluse")
            .text("Til Vej og Park\n\nEfter vandløbsloven skal stemmeværket ved Krudtværket og sluseportene i kanalen have et "
                + "dokumenteret sikkerhedseftersyn hvert år. Vi har reserveret en dykker og en ingeniør i uge 45. Eftersynet "
                + "koster 47.500,00 kr. ekskl. moms, som betales forud til " + mule(10) + ". Rapporten sendes til jer og "
                + "Naturstyrelsen bagefter.\n\nKrudtværket Sluseservice");
        ownedBy(m, "krudtvaerket-sluseservice.dk");
        m.description = "'statutory inspection' of the weir and sluice at Krudtværket, paid in advance (RO IBAN)";
        m = bad("fake-canal-sluice-service-invoice");
        headers(m, "Arresø Canal Operations", "accounts@arresoe-kanaldrift.dk", "oekonomi@halsnaes.dk",
            "Invoice 2036-118: silt removal, Frederiksværk canal")
            .text("Dear Sir or Madam,\n\nAs subcontractor to your water course department we removed 620 m3 of silt and weed "
                + "from the canal between Arresø and the harbour in Frederiksværk during September. Please settle the amount "
                + "of DKK 71.900,00 to our account " + mule(5) + " within seven days.\n\nKind regards\nArresø Canal Operations");
        ownedBy(m, "arresoe-kanaldrift.dk");
        m.description = "English-language bill for 'silt removal in the canal' as an unknown subcontractor (GB IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus57().generate(), List.of(
            "# Halsnæs Kommune, Økonomi: invoice checks (fifty-seventh held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=frederiksvaerk-fjernvarme.dk hundested-entreprise.dk kregme-kloak.dk "
                + "liseleje-strandservice.dk asserbo-skovservice.dk oelsted-toemrer.dk melby-maler.dk halsnaes-rengoering.dk "
                + "arresoe-bladet.dk torup-vognmand.dk lynaes-el.dk vinderoed-vvs.dk frederiksvaerk-madservice.dk "
                + "hundested-byggemarked.dk frederiksvaerk-it.dk halsnaes-busser.dk lynaes-kontorforsyning.dk hundested-grus.dk "
                + "frederiksvaerk-vandbygning.dk",
            "invoice.domains.platforms=bilagsbud.dk klarbetal.io debitix.com hentregning.dk",
            "invoice.names.protected=Halsnæs Kommune"));
    }
}
