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
 * The seventy-second held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public
 * body is Bornholms Regionskommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT,
 * technical, harbour, schools, elderly care, culture, nature and property mailboxes; town hall Ullasvej 23, 3700
 * Rønne), the island in the Baltic reached by freight and passenger ferries: Rønne with its harbour and airport, Nexø,
 * Svaneke, Gudhjem, Allinge, Sandvig, Hasle with its smokehouses, Aakirkeby, Østermarie, Østerlars, Olsker, Snogebæk,
 * Pedersker, Dueodde, Tejn, Klemensker, Nyker and Vestermarie, the granite quarries in the north, the tourist season,
 * the energy island and its wind farms; seventeen listed suppliers from those places in every DNS posture real Danish
 * firms have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code sundbill.dk}, {@code
 * tallyhavn.com}, {@code nordtaksa.io}, {@code ydelsesnet.dk}), a granite quarry delivering armour blocks and
 * kerbstones, a mason restoring the listed smokehouse chimneys at Hasle, a consultancy on the energy island's cable
 * landfall, a freight-ferry line, sole traders on free mail, foreign suppliers, SaaS ({@code ruteoe.io}, {@code
 * vagtplanet.dk}), an ESP ({@code postsvale.com}), an e-signature service ({@code signeriet.dk}), banks, a creditor
 * list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a place name of the island.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes,
 * archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature requests,
 * domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and three kinds new here: granite armour blocks,
 * kerbstones or a "raw-material levy" for stone from the island's quarries billed by someone who never cut a stone
 * (fake-granite-quarry-block-invoice); storm repairs, a "mandatory sweep" or co-financing of the listed smokehouse
 * chimneys at Hasle billed to a new account (fake-smokehouse-chimney-repair-invoice); and extra drilling, a landowner's
 * share of a pre-survey or a grid "slot" prepayment around the energy island's cable landfall at Dueodde and its
 * high-voltage station at Aakirkeby (fake-energy-island-landfall-invoice). The invoice engine, its tests,
 * tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus72GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus72 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout72");
    public static final String OWN = "brk.dk";
    static final String FRAUD_NET = "127.172.";
    private static final String OWN_IP = "127.72.0.1";
    private static final String EAN = "5798000556217";
    private static final String KOMMUNE = "Bornholms Regionskommune";
    private static final String RAADHUS = "Ullasvej 23, 3700 Rønne";
    private static final String HOSTER_IP = "127.72.9.1";
    private static final String GMAIL = "127.74.1.1";
    private static final String MSFT = "127.74.2.1";
    private static final String APPLE = "127.74.5.1";

    private final Random rnd = new Random(72_3700_2036L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The quarry's delivery order for the Hasle breakwater (the frauds cite it). */
    private String quarryOrder;
    /** The mason's case number for the listed smokehouse chimneys (the frauds cite it). */
    private String chimneyCase;
    /** The energy-island consultancy's case for the cable landfall (the frauds cite it). */
    private String landfallCase;

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

    private final Supplier varme = new Supplier("Rønne Varmeværk a.m.b.a.", "roenne-varmevaerk.dk", "Kundecenter", "kunde",
        "127.72.1.1", iban("DK", "66970004410873"), "fjernvarme til Rådhuset, Rønne Bibliotek og Plejecenter Klippebo");
    private final Supplier anlaeg = new Supplier("Nexø Anlæg & Entreprise ApS", "nexoe-anlaeg.dk", "Rasmus Kofoed", "rk",
        "127.72.1.2", bank("6697", "0004412205"), "ny belægning og afvanding af havnepladsen i Nexø");
    private final Supplier granit = new Supplier("Allinge Granitbrud A/S", "allinge-granitbrud.dk", "Salgskontoret", "salg",
        "127.72.1.3", iban("DK", "66970004420013"), "granitblokke til høfden i Hasle Havn og kantsten til Store Torv i Rønne");
    private final Supplier murer = new Supplier("Gudhjem Murer & Skorsten ApS", "gudhjem-murer.dk", "Mette Ipsen", "mette",
        "127.72.1.4", bank("6697", "0004433518"), "istandsættelse af de fredede røgeriskorstene ved Hasle Havn");
    private final Supplier fragt = new Supplier("Østersø Fragtlinje A/S", "oestersoe-fragtlinje.dk", "Fragtafregningen",
        "fragt", "127.72.1.5", iban("DK", "30000004455621"), "fragt af vejsalt og affaldstrailere mellem Rønne og Køge");
    private final Supplier toemrer = new Supplier("Hasle Tømrerforretning ApS", "hasle-toemrer.dk", "Peter Munch", "pm",
        "127.72.1.6", bank("6697", "0004446601"), "nye vinduer og døre i Hasle Skole, indskolingen");
    private final Supplier maler = new Supplier("Olsker Malerfirma v/ Jens Holm", "olsker-maler.dk", "Jens Holm", "jens",
        "127.72.1.7", bank("0400", "4011823366"), "maling af gangarealer og fællesstuer, Plejecenter Klippebo");
    private final Supplier rengoer = new Supplier("Klippeøens Rengøring ApS", "klippeoe-rengoering.dk", "Administrationen",
        "adm", "127.72.1.8", iban("DK", "30000004467710"), "rengøring af Rådhuset i Rønne og Borgerservice i Nexø");
    private final Supplier avis = new Supplier("Klippeposten", "klippeposten.dk", "Annonceafdelingen", "annonce",
        "127.72.1.9", iban("DK", "66970004471109"), "annoncer: lokalplan for Sandvig og stillinger i hjemmeplejen");
    private final Supplier vognmand = new Supplier("Tejn Vognmandsforretning ApS", "tejn-vognmand.dk", "Kim Jensen", "kim",
        "127.72.1.10", bank("0400", "4012234400"), "kørsel med skærver og bortkørsel af tang fra stranden ved Dueodde");
    private final Supplier el = new Supplier("Aakirkeby El-Service ApS", "aakirkeby-el.dk", "Torben Lund", "tl", HOSTER_IP,
        bank("6697", "0004480092"), "ny kajbelysning og nye el-standere til lystbåde, Svaneke Havn");
    private final Supplier vvs = new Supplier("Svaneke VVS & Blik ApS", "svaneke-vvs.dk", "Værkstedet", "post",
        "127.72.1.12", bank("0400", "4013398121"), "kedelservice og nye håndvaske, Svaneke Skole");
    private final Supplier mad = new Supplier("Nexø Madhus A/S", "nexoe-madhus.dk", "Nexø Madhus, Regnskab", "regnskab",
        "127.72.1.13", iban("DK", "30000004489934"), "mad til hjemmeboende ældre og plejecentrene");
    private final Supplier byg = new Supplier("Rønne Byggemarked A/S", "roenne-byggemarked.dk", "Proffen", "proff",
        "127.72.1.14", iban("DK", "66970004495007"), "byggematerialer til Ejendomsservice efter rammeaftalen");
    private final Supplier it = new Supplier("Klippeøens IT ApS", "klippeoe-it.dk", "Debitor", "debitor",
        "127.72.1.15", bank("6697", "0004502288"), "drift af skolernes trådløse net og elevernes Chromebooks");
    private final Supplier bus = new Supplier("Bornholms Rutebiler ApS", "bornholm-rutebiler.dk", "Trafikplanlægning", "trafik",
        "127.72.1.16", bank("0400", "4014420076"), "skolekørsel Østermarie-Aakirkeby og kørsel til svømmehallen i Rønne");
    private final Supplier kontor = new Supplier("Svaneke Kontorforsyning ApS", "svaneke-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.72.1.17", iban("DK", "30000004511208"), "kopipapir, toner og ringbind til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Snogebæk Smedie v/ Ole Kure", "snogebaek-smedie.dk", "Ole Kure", "ole",
        "127.72.2.1", bank("6697", "0004520077"), "nye gelændere og trappetrin på badebroen i Snogebæk");
    private final Supplier natur = new Supplier("Dueodde Naturpleje v/ Hanne Riis", "dueodde-naturpleje.dk", "Hanne Riis",
        "hanne", "127.72.2.2", bank("0400", "4015507193"), "rydning af rynket rose i klitterne ved Dueodde");
    private final Supplier vind = new Supplier("Vindkyst Rådgivning ApS", "vindkyst-raadgivning.dk", "Projektøkonomi",
        "projekt", "127.72.2.3", iban("DK", "30000004598825"), "rådgivning om kabelilandføringen ved Dueodde og "
        + "lokalplanen for højspændingsstationen");
    private final Supplier guide = new Supplier("Klippeguide v/ Søren Bech", "gmail.com", "Søren Bech",
        "soeren.bech.klippeguide", GMAIL, bank("6697", "0004531140"), "geologiture i Ekkodalen for 7. årgang, tre dage");
    private final Supplier tolk = new Supplier("Tolk v/ Olena Kovalenko", "outlook.com", "Olena Kovalenko",
        "olena.kovalenko.tolk", MSFT, bank("0400", "4016620358"), "tolkning ukrainsk-dansk i Jobcentret, 5 samtaler à 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Bodil Ravn", "icloud.com", "Bodil Ravn",
        "bodil.ravn.harmonika", APPLE, bank("6697", "0004542277"), "sangeftermiddage på plejecentrene i Nexø og Allinge");
    private final Supplier tysk = new Supplier("Sassnitz Hafentechnik GmbH", "sassnitz-hafentechnik.de", "Buchhaltung",
        "buchhaltung", "127.72.7.1", iban("DE", "130400000012557700"), "Ersatzteile für den Hafenkran in Tejn");
    private final Supplier svensk = new Supplier("Simrishamns Skorstensteknik AB", "simrishamns-skorsten.se", "Ekonomi",
        "ekonomi", "127.72.8.1", iban("SE", "50000000058398257466"), "gnistfångare och rökhuvar till röken i Hasle");

    private final List<Supplier> listed = List.of(varme, anlaeg, granit, murer, fragt, toemrer, maler, rengoer, avis,
        vognmand, el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name of the island; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"roenne-varmevaerk.com", "nexoe-anlaeg.net", "roenne-byggemarked.net",
        "aakirkeby-elservice.dk", "roenne-rengoering.dk", "svaneke-vvs.net", idn("roenne-byggem\u0430rked.dk"),
        idn("br\u043a-roenne.dk"), "sundbill-nexoe.dk", "tallyhavn-svaneke.com", "hasle-tomrer.dk", "nexoe-madhus.com",
        "bornholm-rutebiler-tejn.dk", "tejn-vognmand.net", "oestermarie-inkasso.dk", "mitid-klemensker.com",
        "digitalpost-nyker.com", "vestermarie-parkering.dk", "pedersker-betaling.net", "olsker-maleren.dk",
        "svaneke-kontor.net", "klippeoe-it-roenne.net", "nexoe-anlaeg-aps.dk", "signeriet-gudhjem.dk",
        "sandvig-esign.net", "allinge-granitbrud.com", "klemensker-stenhuggeri.dk",
        "vestermarie-granit.dk", "gudhjem-murer.net", "snogebaek-skorsten.dk", "svaneke-roegovne.dk",
        "domaene-roenne.com", "hosting-nexoe.net", "dueodde-faktura.dk",
        "vindkyst-raadgivning-roenne.dk", "dueodde-kabelfoering.dk", "aakirkeby-hoejspaending.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(anlaeg.domain(), List.of(anlaeg.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(granit.domain(), List.of(granit.ip()), "~all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(murer.domain(), List.of(murer.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain(fragt.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.72.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.72.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(vind.domain(), List.of(vind.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("klippeoe-affald.dk", List.of("127.72.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("havnetilsynet-oest.dk", List.of("127.72.10.6"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hasle-roegerimuseum.dk", List.of("127.72.10.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("oesterlars-efterskole.dk", List.of("127.72.10.3"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("klippeoe-revision.dk", List.of("127.72.10.4"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nexoe-isenkram.dk", List.of("127.72.10.5"), "-all", null, "none");
        domain("roenne-lystbaadehavn.dk", List.of("127.72.10.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("sundbill.dk", List.of("127.72.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("tallyhavn.com", List.of("127.72.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nordtaksa.io", List.of("127.72.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("ydelsesnet.dk", List.of("127.72.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("klippeoe-sparekasse.dk", List.of("127.72.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oestersoeens-andelsbank.dk", List.of("127.72.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-oest.dk", List.of("127.72.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("oestdanske-bogholdere.dk", List.of("127.72.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oeernes-indkoeb.dk", List.of("127.72.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postsvale.com", List.of("127.72.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelradar-oest.dk", List.of("127.72.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.klippeoe-fiber.dk", List.of("127.72.28.1"), "-all", null, null);
        domain("relay.roenne-net.dk", List.of("127.72.29.1"), "-all", null, null);
        domain("ruteoe.io", List.of("127.72.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtplanet.dk", List.of("127.72.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signeriet.dk", List.of("127.72.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
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
        switch (Math.floorMod(sha256("no72:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36-" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "BH" + (4_100 + rnd.nextInt(5_000));
            case 2:
                return String.valueOf(72_000 + rnd.nextInt(20_000));
            case 3:
                return "F2036-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "36" + (1_000 + rnd.nextInt(8_000)) + "-B";
            default:
                return "K" + (88_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@brk.dk", "efaktura@brk.dk", "kreditor@brk.dk", "oekonomi@brk.dk",
        "teknik@brk.dk", "skole@brk.dk", "sundhed@brk.dk", "havne@brk.dk", "ejendomsservice@brk.dk", "indkoeb@brk.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf72:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr72:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi72:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "roenne-varmevaerk.dk" -> "Skansevej 12, 3700 Rønne";
            case "nexoe-anlaeg.dk" -> "Sønder Hammer 7, 3730 Nexø";
            case "allinge-granitbrud.dk" -> "Stenbrudsvej 4, 3770 Allinge";
            case "gudhjem-murer.dk" -> "Brøddegade 19, 3760 Gudhjem";
            case "oestersoe-fragtlinje.dk" -> "Nordre Kajgade 2, 3700 Rønne";
            case "hasle-toemrer.dk" -> "Fælledvej 8, 3790 Hasle";
            case "olsker-maler.dk" -> "Olsker Bygade 31, 3770 Allinge";
            case "klippeoe-rengoering.dk" -> "Snellemark 40, 3700 Rønne";
            case "klippeposten.dk" -> "Store Torv 6, 3700 Rønne";
            case "tejn-vognmand.dk" -> "Tejn Havnevej 15, 3770 Allinge";
            case "aakirkeby-el.dk" -> "Torvet 3, 3720 Aakirkeby";
            case "svaneke-vvs.dk" -> "Gruppevej 9, 3740 Svaneke";
            case "nexoe-madhus.dk" -> "Industrivej 21, 3730 Nexø";
            case "roenne-byggemarked.dk" -> "Sandemandsvej 2, 3700 Rønne";
            case "klippeoe-it.dk" -> "Lille Torv 5, 3700 Rønne";
            case "bornholm-rutebiler.dk" -> "Munch Petersens Vej 3, 3700 Rønne";
            case "svaneke-kontorforsyning.dk" -> "Storegade 28, 3740 Svaneke";
            case "snogebaek-smedie.dk" -> "Hovedgaden 44, 3730 Nexø";
            case "dueodde-naturpleje.dk" -> "Fyrvej 11, 3730 Nexø";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a plain invoice with "Fra"/"Til" lines and an amount line; a task sheet with
     * man-hours, machine hours and materials and an inpayment line (card 71); a quarterly charge with a metering address,
     * fixed and variable parts and an inpayment line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Fra: " + s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Til: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Dato " + dottedDay(m, 0) + " | Vores reference " + s.person());
                l.add("Leverance: " + s.what());
                l.add("Beløb før moms " + a.net() + " | moms 25 % " + a.vat() + " | i alt kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist 30 dage, senest " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Bankkonto " + account + " | angiv venligst " + title.toLowerCase(DA) + "snummer");
                }
            }
            case 1 -> {
                head = "Opgaveseddel / " + title.toLowerCase(DA) + " " + no;
                l.add(s.name() + ", " + addr + " (CVR " + cvr(s.domain()) + ")");
                l.add("Udført for " + KOMMUNE + " (EAN " + EAN + "): " + s.what());
                long men = a.ore() * 47 / 100;
                long machine = a.ore() * 13 / 100;
                l.add("Mandetimer " + kr(men) + " | maskintimer " + kr(machine) + " | materialer " + kr(a.ore() - men - machine));
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Forfalder " + writtenDay(m, 21) + (account == null ? "" : " | indsættes på " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Kundenummer " + (70_000 + Math.floorMod(s.domain().hashCode(), 20_000)) + " - " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -91) + " til " + dottedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 28 / 100;
                l.add("Fast del " + kr(fixed) + " - variabel del " + kr(a.ore() - fixed));
                l.add("Beløb ekskl. moms " + a.net() + " - moms " + a.vat() + " - opkrævet i alt " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + dottedDay(m, 14) + (account == null ? "" : " - konto " + account));
                if (own) {
                    l.add("Indbetal med " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "BRK-" + no + ".pdf", "fak" + no + ".pdf",
            "Invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Regionskommunen", "Til kreditor", "Goddag Bornholms Regionskommune",
        "Hej igen", "Att. Bogholderiet", "Kære kommune", "Hej økonomi", "Til rette vedkommende i Økonomi"};

    private String phone() {
        return "56 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig72:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen fra øen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh.\n" + firstName(s) + ", " + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nHilsen\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra mobilen" : "\n" + s.name() + " | " + s.domain());
            default:
                return "\n\nDe bedste hilsener\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 380_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Fakturanr. " + no, s.name() + ": faktura " + no, "Regning " + no, "Faktura vedr. " + s.what(),
            "Faktura " + no + " (EAN " + EAN + ")"};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fakturaen for " + s.what() + ". Den ligger som PDF i mailen.";
            case 1 -> "I finder faktura " + no + " vedhæftet. Beløbet er " + a.gross() + " kr. med moms, og sidste frist er "
                + writtenDay(m, 30) + ".";
            case 2 -> "Samme faktura går også ad NemHandel til EAN " + EAN + ", så der skal kun betales for den én gang.";
            case 3 -> "Tak for samarbejdet i denne omgang. Fakturaen følger vedhæftet.";
            case 4 -> "Fakturanummer " + no + "\nBeløb inkl. moms " + a.gross() + " kr.\nForfald " + dottedDay(m, 30);
            case 5 -> "Vedhæftet finder I regningen for arbejdet. Jeres bestillingsnummer er påført.";
            case 6 -> "Her kommer regningen for det, vi har leveret siden sidst. Giv lyd, hvis noget ikke stemmer.";
            default -> "Se venligst den vedlagte faktura.";
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
        if (List.of(varme, rengoer, mad, fragt, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(anlaeg, granit, murer, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Ullasvej 23", "Rønne", "3700", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        quarryOrder = "GB-" + (5_100 + rnd.nextInt(800));
        chimneyCase = "FR-" + (2_300 + rnd.nextInt(500));
        landfallCase = "VK-" + (7_700 + rnd.nextInt(300));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == granit ? List.of("Leveranceordre " + quarryOrder + ": 140 t panserblokke, Hasle høfde")
                : s == murer ? List.of("Fredningssag " + chimneyCase + ": omfugning af to røgeriskorstene, etape 1")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af havnefogeden i Snogebæk"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the bathing jetty, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, anlaeg, avis, el, kontor, varme, bus, mad, fragt);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition BRK-" + (20_400 + k * 211));
                case 1 -> List.of("Bestiller: " + to().replace("@brk.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Rønne Bibliotek, ny indretning" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nVi har lagt kvitterede følgesedler ved." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "foelgesedler-" + s.box() + ".pdf", Attachments.pdf(docId(m, "fs"),
                    "Kvitterede følgesedler", List.of(s.what(), "Modtaget af Ejendomsservice, Rønne", "Kolli i alt: " + (4 + k))));
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
        Object[][] c = {{byg, "Kreditnota til faktura ", "Otte paller fliser kom frem med knækkede hjørner og er sendt retur med "
            + "fragtmanden."},
            {kontor, "Kreditering af faktura ", "Tonerpatronerne passede ikke til printerne på Nexø Skole, og de er afhentet."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (600 + rnd.nextInt(400));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@brk.dk", x[1] + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for annoncerne "
            + "herunder. Har I allerede betalt, beder vi jer se bort fra denne mail."},
            {anlaeg, "Rykker 1", "Betalingsfristen er overskredet med en uge. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@brk.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som bedes betalt til den sædvanlige konto " + s.account() + "." + signature(s))
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
        headers(m, s.person(), addr(s), "kreditor@brk.dk", "Saldo pr. " + dottedDay(m, -1))
            .text("Hej\n\nI forbindelse med jeres afstemning kan vi bekræfte, at faktura " + p.no() + " er betalt, og at "
                + "saldoen hos os er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "tejn-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(800_000);
            boolean peppol = v == 1;
            String ref = "BRK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@brk.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej\n\nVores regnskabsprogram er lige blevet opgraderet, og forbindelsen til NemHandel er ikke "
                    + "genoprettet endnu. Derfor kommer e-fakturaen denne gang som fil, med en PDF til at læse. Kontoen er "
                    + "uændret. Hvis fakturaen også dukker op i jeres indbakke for e-fakturaer, er det den samme.\n\nHilsen\n"
                    + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Laesekopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Jeres ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"sundbill.dk", "tallyhavn.com", "nordtaksa.io", "ydelsesnet.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(340_000);
            m.mailFrom = "b-" + sha256("plat72:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "YN-" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Ydelsesnet", "afregning@ydelsesnet.dk", "sundhed@brk.dk", "Afregning " + no + " - vikarvagter oktober")
                    .text("Til " + KOMMUNE + ", Sundhed og Trivsel\n\nHer er afregningen for de vikarvagter i hjemmeplejen i "
                        + "Nexø og Aakirkeby, som jeres planlægger bestilte i oktober (112 timer). Vikarerne er ansat hos "
                        + "Ydelsesnet.\n\nAt betale " + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nYdelsesnet")
                    .attach("application/pdf", "Ydelsesnet-" + no + ".pdf", Attachments.pdf(docId(m, "yn"), "Afregning " + no,
                        List.of("Ydelsesnet ApS", "Kunde: " + KOMMUNE + ", Sundhed og Trivsel", "Vikarvagter oktober 2036: 112 timer",
                            "Netto " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross(), "Konto " + iban("DK", "30000004577781"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform ydelsesnet.dk bills ordered agency care shifts under its own name";
                continue;
            }
            String no = "S" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "havne@brk.dk" : "natur@brk.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name() + " har "
                    + "udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen er vedhæftet som PDF. Svarer du på denne besked, lander svaret direkte hos "
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
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nBemærk: jeg er ikke momsregistreret, så der er ikke "
                + "lagt moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "SH-" + (36_400 + rnd.nextInt(700));
        Amount a = amount(800_000);
        headers(m, "Sassnitz Hafentechnik", addr(tysk), "havne@brk.dk", "Rechnung " + no + " - Hafenkran Tejn")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die Ersatzteile für den Hafenkran in "
                + "Tejn, geliefert mit der Fähre ab Sassnitz. Steuerschuldnerschaft des Leistungsempfängers.\n\nMit freundlichen "
                + "Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Sassnitz", "Kunde: " + KOMMUNE + ", Havne", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German harbour-crane supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "SST" + (7_200 + rnd.nextInt(700));
        headers(m, "Simrishamns Skorstensteknik", addr(svensk), "teknik@brk.dk", "Faktura " + no + " - rökhuvar Hasle")
            .text("Hej,\n\nBifogat finns fakturan för gnistfångare och rökhuvar till de fredade skorstenarna i Hasle, som er "
                + "murare beställde i september. Betala gärna till vårt bankkonto som anges på fakturan.\n\nVänliga hälsningar\n"
                + "Ekonomi, Simrishamns Skorstensteknik AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "IBAN för betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish chimney-cap supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Ruteø Billing", "billing@ruteoe.io", "it@brk.dk", "Your Ruteø invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Ruteø (school-bus and ferry-connection "
                + "planning, 14 routes). We also deliver it to EAN " + EAN + ".\n\nTotal DKK " + a.gross() + "\n\nRuteø")
            .attach("application/pdf", "ruteoe-invoice.pdf", Attachments.pdf(docId(m, "ro"), "Invoice",
                List.of("Ruteø ApS", "Bill to: " + KOMMUNE, "Subscription November 2036, 14 routes", "DKK " + a.gross())));
        genuine(m, "127.72.30.1");
        m.description = "SaaS ruteoe.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Vagtplanet", "kvittering@vagtplanet.dk", "sundhed@brk.dk", "Vagtplanet - betaling modtaget")
            .text("Hej\n\nTak for betalingen af jeres Vagtplanet-abonnement (vagtplaner til hjemmeplejen, 210 brugere). Vi har "
                + "trukket " + a.gross() + " kr. på kortet, der ender på 4471.\n\nVagtplanet");
        genuine(m, "127.72.31.1");
        m.description = "SaaS vagtplanet.dk card receipt, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("0400", "4017731904");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@brk.dk", "Skift af bank pr. 1. december")
            .text("Til kreditorbogholderiet\n\nHasle Tømrerforretning flytter sin forretning til Andelskassen i Rønne. Fakturaer "
                + "udstedt fra 1. december 2036 betales til " + nyT + "; ældre fakturaer betales til kontoen, der står på dem.\n\n"
                + "Vil I høre det fra mig selv, så ring til værkstedet på det nummer, I har i kartoteket." + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bank",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Konto: " + nyT,
                    "Peter Munch, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye dørpartier i gymnastiksalen, Hasle Skole");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036, jf. meddelelse"), "\n\nSom skrevet tidligere har vi "
            + "skiftet bank, og den nye konto står på fakturaen.");
        genuine(m, toemrer.ip());
        m.description = "hasle-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "66970004580016");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Nexø Madhus, Regnskab", addr(mad), "kreditor@brk.dk", "Ændret betalingskonto fra december")
            .text("Til " + KOMMUNE + ", kreditor og Sundhed og Trivsel\n\nNexø Madhus samler fra december alle betalinger i "
                + "Bornholms Bank. Fakturaer dateret 1. december og derefter skal betales til " + nyM + ". Indbetalinger til den "
                + "hidtidige konto videresendes frem til udgangen af januar. Et underskrevet brev om ændringen er også sendt til "
                + "kommunens Digital Post.\n\nVenlig hilsen\nNexø Madhus A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Betalingskonto ændret pr. 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "nexoe-madhus.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qx=TR=klippeposten.dk=annonce@srs.klippeoe-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.72.28.1";
        m.helo = "srs.klippeoe-fiber.dk";
        m.description = "klippeposten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.roenne-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.roenne-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"oestdanske-bogholdere.dk", "Birthe Koch", "bk@", "Regning for granitblokke vi ikke har bestilt?",
            "Hej listen\n\nVores havn har modtaget en faktura på panserblokke fra et stenhuggeri, ingen af os kender. "
                + "Den henviser til en telefonbestilling, som ingen kan huske. Er andre havnekommuner blevet ramt?\n\nBirthe"},
            {"oeernes-indkoeb.dk", "Jesper Holm", "jh@", "Falsk regning på skorstensreparation", "Hej alle\n\nEn af vores "
                + "fredede bygninger fik en regning for 'akut stormreparation af skorsten' fra et domæne, der lignede "
                + "murerens. Den ægte murer havde ikke været der.\n\nJesper"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornet-oest.dk", x[3])
                .header("List-Id", "Kreditornet Øst <liste.kreditornet-oest.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-oest.dk", "[Kreditornet] ", "\r\n-- \r\nKreditornet Øst - kommuner og regioner\r\n"
                + "Afmeld listen: https://kreditornet-oest.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelradar-oest.dk", "Svindelradar Øst", "Sten, skorstene og færgefragt: nye fakturafælder",
            "Svindlere bruger nu rigtige ordrenumre fra stenbrud og fredningssager på fakturaer med nye kontonumre. Tjek altid "
                + "kontoen med leverandøren på et nummer, I selv har fundet."},
            {"klippeoe-revision.dk", "Klippeø Revision", "Årsafslutning: tre ting I bør nå",
                "Gennemgå kreditorkartoteket, spær leverandører uden aktivitet, og kræv to godkendere ved enhver ændring af "
                    + "kontonummer."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl72:" + x[0]).substring(0, 12) + "@postsvale.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@brk.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere "
                    + "på vores side</a></p><p style=\"font-size:9px\">Du modtager nyhedsbrevet, fordi du har tilmeldt dig. "
                    + "Afmeld her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postsvale.com");
            m.ip = "127.72.26.1";
            m.helo = "mta.postsvale.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postsvale.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Havne og Anlæg", "havne@", "kreditor@brk.dk", "Granitleverancer til høfderne",
            "Hej kreditor\n\nGranit til høfderne i Hasle og Tejn købes kun hos Allinge Granitbrud og altid på en leveranceordre "
                + "fra os. Kommer der en regning på sten uden ordrenummer, så send den til mig, før den betales.\n\nHavne og Anlæg"},
            {"Kultur og Fritid", "kultur@", "kreditor@brk.dk", "Røgeriskorstenene i Hasle", "Hej\n\nArbejdet på de fredede "
                + "skorstene udføres af Gudhjem Murer & Skorsten under fredningssagen. Ekstraarbejde bestiller vi skriftligt, "
                + "og det faktureres med sagsnummeret.\n\nKultur og Fritid"},
            {"Økonomi, Kreditor", "kreditor@", "ledere@brk.dk", "Husk: ingen kontoændringer pr. mail", "Kære ledere\n\n"
                + "Vi ændrer aldrig en leverandørs konto på grundlag af en mail. Får I besked om ny konto, så send den videre "
                + "til os, så ringer vi leverandøren op.\n\nØkonomi, Kreditor"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Klippeø Sparekasse, Erhverv", "erhverv@klippeoe-sparekasse.dk", "oekonomi@brk.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 214 posteringer til gennemførelse på næste bankdag. Se "
                + "status i erhvervsnetbanken. Vi sender aldrig links i denne slags beskeder.\n\nKlippeø Sparekasse");
        genuine(m, "127.72.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Østersøens Andelsbank", "info@oestersoeens-andelsbank.dk", "oekonomi@brk.dk", "Nye priser fra januar")
            .text("Til vores erhvervskunder\n\nPr. 1. januar justeres prisen på hastebetalinger og valutaoverførsler. Den nye "
                + "prisliste ligger i netbanken under Dokumenter.\n\nØstersøens Andelsbank");
        genuine(m, "127.72.22.1");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("granite-quarry-block-invoice", true);
        invoice(m, granit, granit.account(), 7, List.of("Leveranceordre " + quarryOrder + ", 2. leverance",
            "Kantsten 230 m, Store Torv, leveret på palle"), "\n\nVejesedlerne ligger hos havnefogeden i Hasle.");
        genuine(m, granit.ip());
        m.description = "the real quarry invoices the second delivery on its order (SPF ~all and Ed25519, no DMARC)";
        m = ok("smokehouse-chimney-repair-invoice", true);
        invoice(m, murer, murer.account(), 10, List.of("Fredningssag " + chimneyCase + ", etape 2",
            "Ny krone og afdækning på den sydlige skorsten"), "\n\nFotodokumentationen er sendt til Slots- og "
            + "Kulturstyrelsen.");
        genuine(m, murer.ip());
        m.description = "the mason invoices stage 2 of the listed smokehouse chimneys (SPF -all, RSA, p=none: DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Gudhjem Murer & Skorsten", addr(murer), "kultur@brk.dk", "Efter stormen - skorstenene i Hasle")
            .text("Kære Kultur og Fritid\n\nVi har efter stormen i weekenden set på røgeriskorstenene fra stilladset. De har "
                + "klaret sig fint, og der er ingen skader at udbedre. Vi udfører aldrig ekstraarbejde under sag " + chimneyCase
                + " uden en skriftlig bestilling fra jer.\n\nGudhjem Murer & Skorsten");
        genuine(m, murer.ip());
        m.description = "the mason reports the chimneys undamaged after the storm, no bill";
        m = ok("energy-island-consultancy-invoice", true);
        invoice(m, vind, vind.account(), 12, List.of("Sag " + landfallCase + ": høringssvar og VVM-gennemgang",
            "Møder med Natur og Miljø 3 stk, notat om klitfredning ved Dueodde"), "\n\nTimeregnskabet for sagen ligger som "
            + "bilag til notatet, vi sendte til planafdelingen.");
        genuine(m, vind.ip());
        m.description = "the energy-island consultancy invoices its work on the cable landfall under its case (RSA, p=reject)";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Klippeø Affald I/S", "opkraevning@klippeoe-affald.dk", "efaktura@brk.dk", "Acontobidrag 4. kvartal 2036")
            .text("Til ejerkommunen\n\nVedlagt opkrævning af acontobidraget for fjerde kvartal til drift af genbrugspladserne og "
                + "affaldsfærgen. Opkrævningen er også sendt til jeres EAN.\n\nKlippeø Affald I/S")
            .attach("application/pdf", "Acontobidrag-4kv.pdf", Attachments.pdf(docId(m, "aff"), "Acontobidrag 4. kvartal 2036",
                List.of("Klippeø Affald I/S", "Ejer: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "66970004590118"))));
        genuine(m, "127.72.10.1");
        m.description = "the island's waste company bills its quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Havnetilsynet Øst", "tilsyn@havnetilsynet-oest.dk", "havne@brk.dk", "Varsel om tilsyn, Tejn Havn")
            .text("Til Bornholms Regionskommune, Havne\n\nVi gennemfører i januar et planlagt tilsyn med fortøjninger og "
                + "redningsudstyr i Tejn Havn. Dato og tidspunkt meddeles senere. Tilsynet er gebyrfrit.\n\nHavnetilsynet Øst");
        genuine(m, "127.72.10.6");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signeriet.dk";
        headers(m, "Hasle Røgerimuseum via Signeriet", "noreply@signeriet.dk", "kultur@brk.dk",
            "Klar til underskrift: driftsaftale 2037")
            .header("Reply-To", "<leder@hasle-roegerimuseum.dk>")
            .text("Hasle Røgerimuseum har sendt jer 'Driftsaftale 2037 - røgeriet ved Hasle Havn' til underskrift.\n\nÅbn "
                + "dokumentet fra jeres konto hos Signeriet.\n\nSigneriet");
        genuine(m, "127.72.32.1");
        m.description = "real e-signature request from signeriet.dk on behalf of the smokehouse museum";
        m = ok("receipt", false);
        headers(m, "Nexø Isenkram", "kvittering@nexoe-isenkram.dk", "havne@brk.dk", "Kvittering for køb")
            .text("Kvittering fra Nexø Isenkram, Købmagergade\n\nHavnefogeden hentede i dag fire store fendere, to bådshager "
                + "med aluminiumsskaft og en rulle fortøjningstov til slæbestedet i Tejn. Købet er trukket på kommunens "
                + "indkøbskort, så der kommer ingen regning bagefter. Bytte inden tredive dage mod denne kvittering.\n\n"
                + "Nexø Isenkram");
        genuine(m, "127.72.10.5");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Østerlars Efterskole", "kontor@oesterlars-efterskole.dk", "oekonomi@brk.dk", "Advisering om betaling")
            .text("Hej\n\nVi har i dag overført 18.400 kr. for leje af hallen i Østermarie til vores idrætsdag.\n\n"
                + "Østerlars Efterskole");
        genuine(m, "127.72.10.3");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Rønne Lystbådehavn", "havnekontor@roenne-lystbaadehavn.dk", "havne@brk.dk", "Ordrebekræftelse: vinterleje")
            .text("Hej\n\nVi bekræfter vinteropbevaring på land af de to arbejdsbåde fra Tejn til 15. april. Faktura sendes "
                + "til EAN-nummeret.\n\nRønne Lystbådehavn");
        genuine(m, "127.72.10.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "5473000010041122"), iban("DK", "89900004417725"), bank("5479", "0004471182"),
        iban("EE", "3822002210041177"), iban("PL", "611020104200000102034455"), iban("GB", "REVO00997012345678"),
        iban("IE", "AIBK93115212345678"), iban("NL", "BUNQ2044551237"), iban("DE", "100110012624771188"),
        iban("HU", "117730160000000000441122"), iban("RO", "BTRL0130120577441100"), iban("BG", "STSA93000012345678"),
        iban("CY", "005001200000001200527711"), bank("9070", "0002217745"), iban("MT", "MMEB44093000000040014522771"),
        iban("SE", "95000000058301177234"), iban("LT", "0132500010099441"), iban("DK", "20000004450991")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny modtagerkonto"), "", "Kære varmekunde\n\nVinterens kvartalsopkrævning kommer "
            + "denne gang fra værkets nye fællesbogholderi, som også passer aflæsningen af målerbrøndene i Hasle og på "
            + "Skansevej. Bogholderiet har sin egen bankforbindelse, så beløbet på bilaget sættes ind dér. Jeres gamle "
            + "indbetalingsnummer i kreditorkartoteket er nedlagt sammen med den gamle bank og giver kun en returnering, "
            + "som vi desværre må lægge et ekspeditionsgebyr på. Varmeprisen for Rådhuset og Klippebo er uændret.");
        forged(m, forgedHost++);
        m.description = "forged From roenne-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, fragt, mule(5), 7, List.of(), "", "Kære fragtkunde\n\nVi har flyttet vores afregning til selskabets "
            + "nye ejer i Storbritannien. Fragtbrevene for oktober er derfor opkrævet i vedhæftede faktura, og betalingen skal "
            + "til den britiske konto, der står nederst. Den danske konto lukkes ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From oestersoe-fragtlinje.dk (DKIM only, p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"roenne-varmevaerk.com", varme, "Fjernaflæsningen af målerne på Ullasvej og ved "
            + "biblioteket gik ned i efterårsstormen, og da serveren blev genskabt, fulgte der gamle bankdata med ud til en "
            + "del kunder. Den rigtige indbetalingskonto står på denne kvartalsopkrævning; ret den gerne i jeres stamkort, "
            + "så varmen på plejecentret ikke bliver afbrudt ved en rykkerkørsel."},
            {"nexoe-anlaeg.net", anlaeg, "Belægningen på havnepladsen er færdig. Firmaet har fået ny ejer pr. 1. november, og "
                + "vi har samtidig skiftet bank - betal til kontoen på fakturaen."},
            {"roenne-byggemarked.net", byg, "Lecablokke, gipsplader og de to paller "
                + "fliser til Ejendomsservices depot på Sandemandsvej er samlet i denne månedsfaktura. Proffen har samtidig "
                + "fået ny hovedbank efter ejerskiftet i sommer, og vores gamle driftskonto bliver lukket torsdag. Kig på "
                + "kontofeltet nederst i PDF'en, inden beløbet går af sted; folkene i disken kender ikke noget til skiftet "
                + "endnu, så spørg hellere os her på mailen."},
            {"aakirkeby-elservice.dk", el, "Kajbelysningen i Svaneke er sat op. Vores revisor har flyttet driftskontoen til en "
                + "anden bank, så brug de bankoplysninger, der står i PDF'en."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2)),
            "", "Novemberopgørelsen for Proffen-kontoen til Ejendomsservice ligger her med alle afhentninger i "
                + "trælasten. Efter vores årlige revisionsgennemgang er driftskontoen flyttet, så indbetalingsfeltet på "
                + "bilaget ser anderledes ud end på oktoberbilaget. Det nye kontofelt bruges fra og med denne opgørelse, "
                + "også for de småkøb, som viceværterne fra Nexø og Aakirkeby har hentet på kontoen.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as roenne-byggemarked.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektørens sekretariat", "sekretariat@" + d, "oekonomi@brk.dk", "Fortroligt: deponering i dag")
            .text("Goddag\n\nDet gamle sildepakhus på sydmolen i Nexø bliver udbudt "
                + "offentligt på mandag, men dødsboet vil hellere sælge til kommunen, hvis vi kan stille depositum før "
                + "weekenden. Bobestyreren har bedt om 420.000 kr. på sin klientkonto " + mule(14) + " inden frokost. "
                + "Kommunaldirektøren har talt med formanden for økonomiudvalget, men sagen må ikke komme ud, før "
                + "udvalget har haft den på et lukket punkt; det vil skade forhandlingen med fiskeeksportørerne, der også "
                + "vil have bygningen. Skødeudkastet kommer fra bobestyreren i næste uge.\n\nKommunaldirektørens "
                + "sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic k) posing as our own brk.dk: secret warehouse deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Sundbill", "faktura@sundbill-nexoe.dk", "natur@brk.dk", "Ubetalt faktura - sidste frist")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig som ubetalt, "
                + "og i nat lægges der gebyr på. Du kan nå at betale den med kort her:</p><p><a href=\"https://sundbill-nexoe.dk/"
                + "betal/" + sha256("sb72").substring(0, 16) + "\">Betal fakturaen</a></p><p>Sundbill</p></body></html>");
        ownedBy(m, "sundbill-nexoe.dk");
        m.description = "look-alike of the platform sundbill.dk: 'last chance' card link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Tallyhavn", "noreply@tallyhavn-svaneke.com", "havne@brk.dk", smed.name() + " har sendt en faktura")
            .text("Hej Havne\n\nSmeden i Snogebæk lader fra denne måned Tallyhavn stå for "
                + "sine opkrævninger, mens han selv passer værkstedet. Regningen for gelænderne på badebroen er derfor "
                + "vedhæftet fra os, og pengene går ind på vores klientkonto, som er anført i PDF'en. Indbetaler I "
                + "direkte til smedien, bliver beløbet liggende uden afstemning, og så vil rykkeren komme automatisk fra "
                + "vores system.\n\nTallyhavn, opkrævning for små erhvervsdrivende")
            .attach("application/pdf", "tallyhavn-" + (4_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                smed.posing("tallyhavn-svaneke.com", mule(15)), "Faktura", "TH-" + (9_100 + rnd.nextInt(600)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Tallyhavn")));
        ownedBy(m, "tallyhavn-svaneke.com");
        m.description = "look-alike of tallyhavn.com: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betales til factoringselskab"), "", "Rengøringen på Rådhuset og i Nexø "
            + "er fra november finansieret gennem en aftale om fakturabelåning, så denne og de kommende regninger skal "
            + "indbetales på belåningsselskabets konto, der står i PDF'en, og ikke på vores egen. Vores "
            + "områdeleder er på kursus i Odense til fredag og tager ikke sin mobil; ret kontoen i kartoteket og skriv "
            + "til mig på denne mail, hvis der mangler noget.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of klippeoe-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@brk.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nOm fakturaen for skolernes trådløse net og Chromebooks herunder: "
                + "vores pengeinstitut har frosset driftskontoen, mens de gennemgår hvidvaskpapirerne efter vores nye "
                + "medejer. Indtil det er klaret, tager vi imod betalinger på en midlertidig konto " + mule(17)
                + ", og det gælder kun dette beløb. Vi siger til, når I kan vende tilbage til den sædvanlige. Undskyld "
                + "bøvlet midt i skolernes opstart af de nye elevmaskiner.\n\nDebitor\n" + it.name() + "\n\n> Faktura "
                + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of klippeoe-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "hasle-tomrer.dk"}, {mad, "nexoe-madhus.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@brk.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej med jer\n\nDejligt at faktura " + p.no() + " er kommet godt igennem "
                    + "jeres godkendelse. Ved årsafstemningen her på kontoret kunne vores eksterne bogholder se, at PDF'en "
                    + "var dannet med en skabelon fra før vi flyttede banken, og derfor står det forkerte kontonummer på. "
                    + "Lad være med at bruge det: sæt i stedet beløbet ind på " + mule(i + 3) + ", som er vores aktuelle. "
                    + "Jeg vil sætte pris på en linje tilbage i denne tråd, så jeg kan lukke sagen i "
                    + "regnskabsprogrammet.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "oekonomi@brk.dk", "Tilskud til Folkemødet - haster")
            .text("Hej\n\nJeg har lovet en af arrangørerne af Folkemødet i Allinge et ekstraordinært tilskud på 175.000 kr. til "
                + "scenen på havnen. Beløbet skal overføres i dag til " + mule(7) + ". Jeg er på færgen til Ystad og har kun "
                + "sporadisk dækning, så send mig bare en kort besked, når det er sket.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged brk.dk (p=reject) from outside: the mayor's urgent festival grant 'from the ferry'";
        m = bad("own-domain-forged");
        headers(m, "Økonomidirektøren", "oekonomidirektoer@" + OWN, "kreditor@brk.dk", "Ny konto for Svaneke VVS")
            .text("Hej kreditorteam\n\nIndehaveren af Svaneke VVS & Blik fangede mig efter "
                + "mødet i Svaneke Skoles bestyrelse i går aftes. De har skiftet pengeinstitut efter en konflikt med "
                + "Sparekassen, og han var bekymret for, om vi når at betale kedelservicen før jul. Læg den nye konto "
                + mule(8) + " ind på leverandøren, inden betalingskørslen i eftermiddag går. Jeg har set papirerne og "
                + "godkender ændringen herfra; der er ingen grund til at ringe ham op, han er på en installation i "
                + "Gudhjem hele dagen.\n\nØkonomidirektøren");
        forged(m, forgedHost++);
        m.description = "forged brk.dk: 'finance director' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.brk@gmail.com", "oekonomi@brk.dk", "Er du ved skrivebordet?")
            .text("Hej\n\nSidder du ved skærmen lige nu? Flyet fra Rønne var forsinket, så jeg "
                + "er gået direkte ind til forhandlingerne i Kommunernes Landsforening og har kun min private telefon. "
                + "Der er en betaling til en rådgiver på energiøprojektet, som skal afsted i dag og ikke må ligge i den "
                + "almindelige godkendelsesbunke, før direktionen har meldt det ud. Svar på denne adresse, så sender jeg "
                + "beløb og modtager. Min arbejdsmail virker ikke på den her telefon.\n\nSendt fra min iPhone");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting in Copenhagen'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.bornholm@outlook.com", "indkoeb@brk.dk", "En hurtig tjeneste")
            .text("Hej\n\nJeg vil gerne give de frivillige fra strandrensningen på Dueodde en påskønnelse. Kan du købe 15 "
                + "digitale gavekort à 1.000 kr. og sende mig koderne inden kl. 15? Jeg lægger ud af egen lomme og får det "
                + "refunderet bagefter.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards for volunteers";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Mortensen", "louise.mortensen.nexoe@gmail.com", "loen@brk.dk", "Ny bankkonto til min løn")
            .text("Hej Løn\n\nJeg er social- og sundhedshjælper i hjemmeplejen i Nexø. Jeg kan ikke logge på min NemKonto efter "
                + "et skift af telefon, så jeg har oprettet en konto i en app-bank, som min løn skal gå til fra næste gang: "
                + mule(0) + ". Medarbejderportalen vil heller ikke lukke mig ind, så det er nemmest, hvis I retter det herfra. "
                + "På forhånd tak.\n\nLouise Mortensen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care helper";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Sonne", "mikkel.sonne.tejn@hotmail.com", "loen@brk.dk", "Lønkonto")
            .text("Hej lønkontoret\n\nJeg passer fortøjninger og isvagt på havnen i Tejn og "
                + "har fået lov af havnefogeden til at afspadsere i januar og februar, som jeg tilbringer hos min kæreste "
                + "i Cork. Derfor har jeg lukket min gamle konto og fået en irsk konto, hvor lønnen fremover skal ind: "
                + mule(6) + ". Det er lettest, hvis det gælder allerede fra lønnen i november, for så slipper jeg for "
                + "gebyrer på overførsler. Min NemKonto har jeg ikke nået at ændre endnu.\n\nVh Mikkel Sonne");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Østermarie Inkasso", "sag@oestermarie-inkasso.dk", "kreditor@brk.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + ", kreditorbogholderiet\n\nVores klient " + inkasso[i].name()
                    + " har overgivet faktura " + p.no() + " til os, da den ifølge deres reskontro står ubetalt trods "
                    + "påmindelser. Kravet er " + p.amount().gross() + " kr. plus vores salær efter "
                    + "inkassobekendtgørelsen. Det samlede krav indbetales til vores klientkonto " + mule(i + 9)
                    + ", og sagsnummeret skal skrives i tekstfeltet. Er pengene ikke registreret ved udgangen af ugen, "
                    + "indgiver vi betalingspåkrav til fogedretten på Bornholm og anmelder kommunen til RKI. Indsigelser "
                    + "kan alene rettes skriftligt til denne adresse.\n\nØstermarie Inkasso, sagsbehandler");
            ownedBy(m, "oestermarie-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-klemensker.com", "it@brk.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Kære administrator</p><p>Organisationens MitID Erhverv skal bekræftes på ny efter en "
                + "sikkerhedsopdatering. Gøres det ikke inden 24 timer, spærres alle medarbejderes adgang hos " + KOMMUNE
                + ".</p><p><a href=\"https://mitid-klemensker.com/erhverv\">Bekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-klemensker.com");
        m.description = "fake MitID Erhverv suspension with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-nyker.com", "oekonomi@brk.dk", "Ny besked fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt en afgørelse til jeres "
                + "virksomhedspostkasse om momsrefusion for tredje kvartal, der efter en kontrol skal tilbagebetales. "
                + "Afgørelsen skal åbnes af en person med fuldmagt inden fredag, ellers pålægges renter og gebyr.</p>"
                + "<p><a href=\"https://digitalpost-nyker.com/laes\">Åbn afgørelsen</a></p><p>Med venlig hilsen<br>"
                + "Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-nyker.com");
        m.description = "fake Digital Post message about a VAT refund with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Vestermarie Parkering", "afgift@vestermarie-parkering.dk", "teknik@brk.dk", "Parkeringsafgift - Rønne Havn")
            .html("<html><body><p>Hej Teknik og Miljø</p><p>En af kommunens hvide varevogne stod "
                + "natten over i den tidsbegrænsede zone ved færgeterminalen, mens Hammershus-færgen lastede. Vores "
                + "kontrollør har fotograferet nummerpladen og udstedt en afgift på 760 kr. Afgiften kan betales med "
                + "MobilePay eller kort ved at scanne koden herunder med mobilen; efter fem dage sendes kravet videre med "
                + "tillæg.</p><p><img src=\"cid:qr\" alt=\"QR\"></p><p>Vestermarie Parkering, kontrolafdelingen</p>"
                + "</body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "vestermarie-parkering.dk");
        m.description = "QR code for a ferry-terminal parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice Erhverv", "kunde@pedersker-betaling.net", "oekonomi@brk.dk",
            "Jeres aftaler skal genaktiveres")
            .html("<html><body><p>Jeres faste betalingsaftaler er sat på pause. Scan QR-koden med telefonen for at genaktivere "
                + "dem, før næste opkrævning afvises.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "pedersker-betaling.net");
        m.description = "QR code to 'reactivate paused direct debits'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "adm@roenne-rengoering.dk", "kreditor@brk.dk", "Faktura " + no + " (zip)")
            .text("Hej kreditor\n\nTo gange i denne måned har jeres mailsystem sendt vores "
                + "PDF'er tilbage som mistænkelige, så nu prøver vi med en komprimeret mappe. Den indeholder fakturaen for "
                + "rengøringen af Rådhuset og Borgerservice i Nexø samt en note fra vores bogholder om kontoen, som er "
                + "skiftet siden sidste måned. Pak mappen ud og brug tallene i fakturaen, ikke dem fra kartoteket.\n\n"
                + "Administrationen")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("roenne-rengoering.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontoen på fakturaen."));
        ownedBy(m, "roenne-rengoering.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of klippeoe-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "post@svaneke-vvs.net", "kreditor@brk.dk", "Fakturaer for november")
            .text("Hej\n\nNovembers fakturaer er samlet i et 7z-arkiv, fordi filerne var for store. Vi har fået ny konto.\n\n"
                + "Værkstedet")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("svaneke-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "svaneke-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of svaneke-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@svaneke-kontor.net", "indkoeb@brk.dk", "Prisliste og faktura, papir")
            .text("Hej\n\nPrislisten og fakturaen ligger i det samme dokument. Klik på 'Aktivér redigering' og så 'Aktivér "
                + "indhold', ellers bliver tallene ikke vist.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Prisliste_faktura.docm", Attachments.word(
                "Prisliste og faktura, kopipapir. Indholdet vises, når makroer er aktiveret.", true));
        ownedBy(m, "svaneke-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of svaneke-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, "Debitor", "debitor@klippeoe-it-roenne.net", "it@brk.dk", "Oversigt over Chromebooks")
            .text("Hej IT\n\nSom lovet på driftsmødet kommer fordelingen af elevernes "
                + "Chromebooks pr. skole, fra Hasle til Paradisbakkeskolen, i et regneark med licenser og forsikring. "
                + "Arket henter priserne fra vores prisserver, så I skal trykke 'Aktivér indhold', når Excel spørger; "
                + "ellers står felterne tomme. Nederst står den konto, som betalingen skal til efter vores bankskifte.\n\n"
                + "Debitor")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebook_oversigt.xlsm", Attachments.excel(List.of(
                "Oversigt Chromebooks november 2036", "Chromebook og licens 520 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "klippeoe-it-roenne.net");
        m.description = "macro-enabled .xlsm from a look-alike of klippeoe-it.dk, new account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "jens@olsker-maleren.dk", "ejendomsservice@brk.dk", "Regning Klippebo")
            .text("Hej\n\nJeg har fotograferet regningen, fordi printeren driller. Den nye konto står nederst på billedet.\n\nJens")
            .attach("image/jpeg", "IMG_7204.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "olsker-maleren.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of olsker-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "kim@tejn-vognmand.net", "teknik@brk.dk", "Faktura tang Dueodde")
            .text("Hej\n\nFakturaen for bortkørsel af tang fra Dueodde er scannet og vedhæftet. Vi har fået en ny konto, den "
                + "står på bilaget.\n\nKim")
            .attach("application/pdf", "Scan_2036-11.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "tejn-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of tejn-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(anlaeg);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, anlaeg.name(), "rk@nexoe-anlaeg-aps.dk", "efaktura@brk.dk", "E-faktura " + no)
            .text("Hej\n\nVi er skiftet til et nyt økonomisystem, der endnu ikke er koblet på NemHandel, så e-fakturaen kommer "
                + "som vedhæftet fil. Betalingskontoen i filen er ny.\n\n" + anlaeg.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, anlaeg, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "BRK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "nexoe-anlaeg-aps.dk");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "debitor@klippeoe-it-roenne.net", "efaktura@brk.dk", "Faktura " + no + " i OIOUBL")
            .text("Vedhæftet er fakturaen som OIOUBL-fil. Kontooplysningerne er ændret, efter at vi har skiftet bank.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "BRK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "klippeoe-it-roenne.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of klippeoe-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signeriet", "dokument@signeriet-gudhjem.dk", "kultur@brk.dk", "Hasle Røgerimuseum afventer din signatur")
            .html("<html><body><p>Du er inviteret til at signere 'Tillægsaftale - forsikring af røgeriet'. Invitationen "
                + "udløber i dag.</p><p><a href=\"https://signeriet-gudhjem.dk/d/" + sha256("sg72").substring(0, 16)
                + "\">Åbn og signér</a></p></body></html>");
        ownedBy(m, "signeriet-gudhjem.dk");
        m.description = "fake e-signature request imitating signeriet.dk and the smokehouse museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@sandvig-esign.net", "ejendomsservice@brk.dk", "Forpagtningsaftale til signering")
            .html("<html><body><p>En forpagtningsaftale for campingpladsen i Sandvig venter på jeres underskrift. Log ind med "
                + "din arbejdsmail og adgangskode for at se dokumentet.</p><p><a href=\"https://sandvig-esign.net/login\">"
                + "Log ind</a></p></body></html>");
        ownedBy(m, "sandvig-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "trafik@bornholm-rutebiler-tejn.dk", "kreditor@brk.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej kreditor\n\nSkolekørslen mellem Østermarie og Aakirkeby for oktober er "
                + "faktureret på " + p.no() + ". Vores bestyrelse har besluttet at flytte en del af driften til et nyt "
                + "pengeinstitut, der finansierer de to nye elbusser, og indtil overgangen er på plads, skal "
                + "busindtægterne fordeles. Send derfor halvdelen af beløbet til den konto, I kender, og den anden halvdel "
                + "til " + mule(9) + ". Skriv fakturanummeret på begge overførsler, så chaufførernes løn kan gå ud til "
                + "tiden.\n\nTrafikplanlægning");
        ownedBy(m, "bornholm-rutebiler-tejn.dk");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "post@svaneke-vvs.net", "kreditor@brk.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nFaktura " + p.no() + " for kedelservicen på Svaneke Skole skal "
                + "betales i to rater i år. Vores revisor har sat et maksimum for, hvor meget der må indgå på driftskontoen "
                + "før regnskabsårets afslutning, fordi vi ellers rammer en højere skattesats på blikkenslagerafdelingen. "
                + "De første 25.000 kr. går til den konto, I altid bruger; resten bedes sat ind på " + mule(10)
                + ", som er vores opsparingskonto til varevognene.\n\nVærkstedet");
        ownedBy(m, "svaneke-vvs.net");
        m.description = "split payment on Svaneke VVS's real wave-1 invoice";

        // display-name-abuse
        m = bad("display-name-abuse");
        headers(m, "Rønne Byggemarked A/S", "roennebyggemarked.faktura@gmail.com", "kreditor@brk.dk", "Faktura november - Proffen")
            .text("Hej Regionskommunen\n\nLynet slog ned i masten ved vores lager på "
                + "Sandemandsvej i weekenden, og siden har både telefoner og firmamail været døde. Jeg skriver derfor fra "
                + "den adresse, vi bruger til webshoppen. Månedsfakturaen for Ejendomsservices afhentninger lyder på "
                + "48.312,50 kr., og fordi vores bank også har fået nye kontonumre efter fusionen, skal den betales til "
                + mule(4) + ". Kontoen i jeres kartotek bliver lukket.\n\nProffen\nRønne Byggemarked A/S");
        genuine(m, GMAIL);
        m.description = "the builders' merchant's name as display name on gmail, new account";
        m = bad("display-name-abuse");
        headers(m, "Klippeposten - Annonceafdelingen", "annoncer@dueodde-faktura.dk", "kommunikation@brk.dk",
            "Stillingsannoncer november")
            .text("Kære annoncør\n\nVi har lagt afregningen for novembers stillingsannoncer i hjemmeplejen over på vores nye "
                + "faktureringssystem. Beløbet, 22.750,00 kr., skal betales til " + mule(13) + " inden fredag, så annoncerne kan "
                + "fortsætte.\n\nKlippeposten");
        ownedBy(m, "dueodde-faktura.dk");
        m.description = "the local paper's name as display name on an unrelated fraudster's domain, Danish mule account";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "fornyelse@domaene-roenne.com", "it@brk.dk", "brk.dk udløber om 48 timer")
            .html("<html><body><p>Registreringen af domænet <b>brk.dk</b> udløber om 48 timer. Udløber det, stopper "
                + "kommunens e-mail og hjemmeside.</p><p>Forny i 3 år for 2.940 kr.:</p><p><a href=\"https://domaene-roenne.com"
                + "/forny?d=brk.dk\">Forny domænet</a></p></body></html>");
        ownedBy(m, "domaene-roenne.com");
        m.description = "fake domain renewal for our own domain with a payment link";
        m = bad("fake-domain-renewal");
        headers(m, "Hosting Nexø", "regning@hosting-nexoe.net", "kreditor@brk.dk", "Faktura: hosting og SSL 2037")
            .text("Faktura for hosting og SSL-certifikat til " + "bornholm-turist.brk.dk for 2037: 6.875,00 kr. inkl. moms. "
                + "Betales til " + mule(2) + " senest om 7 dage, ellers lukkes siden og certifikatet tilbagekaldes.\n\nHosting "
                + "Nexø, Kundeservice");
        ownedBy(m, "hosting-nexoe.net");
        m.description = "unsolicited hosting/SSL invoice threatening to shut a municipal site";

        newFamilies();
        energyIsland();
    }

    /** Two of the three families new in this corpus. */
    private void newFamilies() {
        // fake-granite-quarry-block-invoice
        M m = bad("fake-granite-quarry-block-invoice");
        invoice(m, granit.posing("allinge-granitbrud.com", granit.account()), mule(0), 9,
            List.of("Leveranceordre " + quarryOrder + ", ekstra panserblokke"), "", "Efter stormen sidst i måneden skyllede "
            + "en del af høfden ved Hasle Havn væk, og havnefogeden fik derfor leveret 60 tons ekstra panserblokke under ordre "
            + quarryOrder + ". Regningen er vedhæftet. Vi har skiftet pengeinstitut i forbindelse med et generationsskifte, "
            + "så betal venligst til kontoen på fakturaen og ikke til den gamle.");
        ownedBy(m, "allinge-granitbrud.com");
        m.description = "look-alike of the real quarry cites its real delivery order, 'extra armour blocks after the storm' (LT IBAN)";
        m = bad("fake-granite-quarry-block-invoice");
        headers(m, "Klemensker Stenhuggeri", "ordre@klemensker-stenhuggeri.dk", "teknik@brk.dk", "Faktura: kantsten Store Torv")
            .text("Til Vej og Park\n\nSom aftalt pr. telefon med jeres vejformand har vi leveret 180 m bornholmsk granitkantsten "
                + "til Store Torv i Rønne. Fakturaen på 96.250,00 kr. inkl. moms forfalder om otte dage og betales til "
                + mule(5) + ".\n\nKlemensker Stenhuggeri")
            .attach("application/pdf", "kantsten.pdf", Attachments.pdf(docId(m, "ks72"), "Faktura kantsten",
                List.of("Klemensker Stenhuggeri", "Granitkantsten 180 m, leveret Store Torv", "I alt inkl. moms 96.250,00",
                    "Betales til " + mule(5))));
        ownedBy(m, "klemensker-stenhuggeri.dk");
        m.description = "unknown stone-cutter bills kerbstones 'ordered by phone' for the square (GB IBAN)";
        m = bad("fake-granite-quarry-block-invoice");
        headers(m, "Vestermarie Granit", "afregning@vestermarie-granit.dk", "havne@brk.dk", "Råstofafgift for leveret granit")
            .text("Kære Havne og Anlæg\n\nFor granit, der udvindes på øen og bruges til kystsikring, skal køber betale en "
                + "råstofafgift pr. ton. For jeres 140 tons til høfden i Hasle udgør afgiften 31.500 kr., som vi opkræver på "
                + "vegne af bruddet. Beløbet indbetales på " + mule(4) + " inden ti dage.\n\nVestermarie Granit");
        ownedBy(m, "vestermarie-granit.dk");
        m.description = "invented 'raw-material levy' per tonne of granite, collected 'for the quarry' (PL IBAN)";

        // fake-smokehouse-chimney-repair-invoice
        m = bad("fake-smokehouse-chimney-repair-invoice");
        invoice(m, murer.posing("gudhjem-murer.net", murer.account()), mule(9), 13,
            List.of("Fredningssag " + chimneyCase + " - akut stormskade"), "", "Under stormen væltede kronen på den nordlige "
            + "skorsten ved røgeriet i Hasle, og vi måtte stille stillads op samme nat for at sikre havnepladsen. Akutarbejdet "
            + "ligger uden for fredningssagen og skal betales med det samme. Bemærk, at vi har fået ny konto, som står på "
            + "fakturaen.");
        ownedBy(m, "gudhjem-murer.net");
        m.description = "look-alike of the mason cites the real case number, 'night-time storm repair' (HU IBAN)";
        m = bad("fake-smokehouse-chimney-repair-invoice");
        headers(m, "Snogebæk Skorstensservice", "kontor@snogebaek-skorsten.dk", "kultur@brk.dk",
            "Lovpligtigt eftersyn af røgeriskorstene")
            .text("Hej Kultur og Fritid\n\nFredede røgeriskorstene skal efter reglerne have et årligt eftersyn af en "
                + "autoriseret skorstensfejer. Vi har foretaget eftersynet af de fem skorstene ved Hasle Havn og vedhæfter "
                + "regningen på 14.380,00 kr., som skal indbetales til " + mule(10) + ".\n\nSnogebæk Skorstensservice")
            .attach("application/pdf", "eftersyn.pdf", Attachments.pdf(docId(m, "sk72"), "Regning eftersyn",
                List.of("Snogebæk Skorstensservice", "Eftersyn af 5 fredede skorstene, Hasle Havn", "I alt 14.380,00",
                    "Konto " + mule(10))));
        ownedBy(m, "snogebaek-skorsten.dk");
        m.description = "unknown chimney service bills a 'mandatory yearly inspection' nobody ordered (RO account)";
        m = bad("fake-smokehouse-chimney-repair-invoice");
        headers(m, "Svaneke Røgovne", "projekt@svaneke-roegovne.dk", "oekonomi@brk.dk", "Medfinansiering af røgeriprojekt")
            .text("Kære økonomiafdeling\n\nSlots- og Kulturstyrelsen har bevilget tilskud til restaurering af røgovnene ved "
                + "Hasle, men tilskuddet udbetales først, når ejerens andel er stillet. Jeres andel på 65.000 kr. skal "
                + "deponeres på projektkontoen " + mule(11) + " inden den 15., ellers bortfalder bevillingen.\n\nSvaneke "
                + "Røgovne, projektledelsen");
        ownedBy(m, "svaneke-roegovne.dk");
        m.description = "'co-financing' of a heritage grant for the smokehouse ovens deposited to a BG IBAN";
    }

    /** The third new family: the energy island's cable landfall and high-voltage station. */
    private void energyIsland() {
        M m = bad("fake-energy-island-landfall-invoice");
        invoice(m, vind.posing("vindkyst-raadgivning-roenne.dk", vind.account()), mule(3), 15,
            List.of("Sag " + landfallCase + " - supplerende feltundersøgelse"), "", "Energistyrelsen bad i sidste uge om "
            + "en supplerende undersøgelse af grundvandet i klitterne, hvor havkablerne skal gå i land ved Dueodde, og vi "
            + "satte borerigen ind straks for ikke at forsinke jeres høringsfrist under sag " + landfallCase + ". Arbejdet "
            + "var ikke med i vores tilbud, og fakturaen bedes derfor betalt særskilt. Projektøkonomien har samtidig fået "
            + "ny bankforbindelse, som fremgår af fakturaen.");
        ownedBy(m, "vindkyst-raadgivning-roenne.dk");
        m.description = "look-alike of the energy-island consultancy cites its real case, 'extra groundwater drilling' (EE IBAN)";
        m = bad("fake-energy-island-landfall-invoice");
        headers(m, "Dueodde Kabelføring", "sekretariat@dueodde-kabelfoering.dk", "natur@brk.dk",
            "Lodsejerandel: arkæologisk forundersøgelse ved kabeltracéet")
            .text("Til Natur og Miljø\n\nKommunen ejer to af de matrikler i plantagen ved Dueodde, som kabeltracéet til "
                + "energiøen krydser. Efter museumsloven skal lodsejerne dække deres andel af den arkæologiske "
                + "forundersøgelse, før gravemaskinerne må gå i gang til foråret. Jeres andel er opgjort til 58.400 kr. og "
                + "indbetales til projektets fælleskonto " + mule(7) + " inden den 20., så tidsplanen for ilandføringen "
                + "kan holdes.\n\nDueodde Kabelføring, lodsejersekretariatet");
        ownedBy(m, "dueodde-kabelfoering.dk");
        m.description = "invented landowner share of an archaeological pre-survey on the cable route (NL IBAN)";
        m = bad("fake-energy-island-landfall-invoice");
        headers(m, "Aakirkeby Højspænding", "tilslutning@aakirkeby-hoejspaending.dk", "ejendomsservice@brk.dk",
            "Forudbetaling: tilslutning til den nye højspændingsstation")
            .text("Hej Ejendomsservice\n\nNår højspændingsstationen ved Aakirkeby sættes under spænding, skal "
                + "kommunens bygninger i nærheden, herunder hallen og materielgården, flyttes over på det nye 10 kV-net. "
                + "Pladserne i omlægningsrunden i marts fordeles efter indbetalt forudbetaling. For at sikre jer en plads "
                + "skal 41.250 kr. inkl. moms stå på " + mule(8) + " senest fredag; resten afregnes, når montørerne har "
                + "været der.\n\nAakirkeby Højspænding, tilslutningsafdelingen");
        ownedBy(m, "aakirkeby-hoejspaending.dk");
        m.description = "'prepayment to reserve a slot' for moving municipal buildings to the new grid (DE IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus72().generate(), List.of(
            "# Bornholms Regionskommune, Økonomi: invoice checks (seventy-second held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=roenne-varmevaerk.dk nexoe-anlaeg.dk allinge-granitbrud.dk gudhjem-murer.dk "
                + "oestersoe-fragtlinje.dk hasle-toemrer.dk olsker-maler.dk klippeoe-rengoering.dk klippeposten.dk "
                + "tejn-vognmand.dk aakirkeby-el.dk svaneke-vvs.dk nexoe-madhus.dk roenne-byggemarked.dk klippeoe-it.dk "
                + "bornholm-rutebiler.dk svaneke-kontorforsyning.dk",
            "invoice.domains.platforms=sundbill.dk tallyhavn.com nordtaksa.io ydelsesnet.dk",
            "invoice.names.protected=Bornholms Regionskommune"));
    }
}
