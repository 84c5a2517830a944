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
 * The eighty-third held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Allerød Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and parks, nature,
 * schools, elderly care, culture and property mailboxes; town hall Bjarkesvej 2, 3450 Allerød) in North Zealand: Allerød
 * and Lillerød around the S-train station, Blovstrød, Lynge, Uggeløse, Kollerød, Engholm, Nymølle, Sandholm, Bastrup,
 * Vassingerød, Tokkekøb Hegn, Ravnsholt Skov and the old clay pit Allerød Lergrav that gave the Allerød interstadial its
 * name; eighteen listed suppliers from those places in every DNS posture real Danish firms have (one sending through a web
 * hoster named in its SPF), four invoicing platforms ({@code fakturaspurv.dk}, {@code kontoklokke.com}, {@code girohjul.io},
 * {@code regnebud.dk}), a bicycle firm clearing abandoned bikes from the station and school racks under an agreement, a
 * geotechnical firm monitoring the slopes of the clay pit, sole traders on free mail, foreign suppliers, SaaS ({@code
 * plejeplanet.dk}, {@code skolebusly.io}), an ESP ({@code postkaskade.com}), an e-signature service ({@code
 * signaturfjer.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a
 * place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and two kinds new here: removal of abandoned
 * bicycles from the racks at Allerød Station, Lillerød and the schools billed by someone who never removed any
 * (fake-abandoned-bike-removal-invoice), and slope securing, fencing or "urgent" stabilisation of the old clay pit Allerød
 * Lergrav billed to a new account (fake-clay-pit-slope-securing-invoice). The invoice engine, its tests, tuning notes and
 * earlier results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived
 * from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus83GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus83 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout83");
    public static final String OWN = "allerod.dk";
    static final String FRAUD_NET = "127.183.";
    private static final String OWN_IP = "127.83.0.1";
    private static final String EAN = "5798008350516";
    private static final String KOMMUNE = "Allerød Kommune";
    private static final String RAADHUS = "Bjarkesvej 2, 3450 Allerød";
    private static final String HOSTER_IP = "127.83.9.1";
    private static final String GMAIL = "127.85.1.1";
    private static final String MSFT = "127.85.2.1";
    private static final String APPLE = "127.85.5.1";

    private final Random rnd = new Random(83_3450_0083L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The bicycle-clearing agreement (the frauds cite it). */
    private String bikeAgreement;
    /** The clay-pit monitoring case (the frauds cite it). */
    private String pitCase;

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

    private final Supplier varme = new Supplier("Allerød Varmeværk a.m.b.a.", "allerod-varmevaerk.dk", "Kundeservice",
        "kundeservice", "127.83.1.1", iban("DK", "22160004831177"), "fjernvarme til Rådhuset, Lillerød Skole og Plejecenter Skovvang");
    private final Supplier anlaeg = new Supplier("Blovstrød Anlægsgartner ApS", "blovstrod-anlaeg.dk", "Kasper Vind", "kv",
        "127.83.1.2", bank("2216", "4831290"), "græsslåning og beskæring ved Blovstrød Skole og langs Kongevejen");
    private final Supplier kloak = new Supplier("Lynge Kloakservice ApS", "lynge-kloakservice.dk", "Driftskontoret", "drift",
        "127.83.1.3", bank("3201", "8830114"), "spuling af regnvandsledninger og tømning af sandfang i Lynge");
    private final Supplier el = new Supplier("Kollerød El-Service ApS", "kollerod-el.dk", "Brian Holst", "bh", HOSTER_IP,
        bank("2216", "4832017"), "udskiftning af armaturer i Allerød Idrætscenter og tavleeftersyn");
    private final Supplier toemrer = new Supplier("Uggeløse Tømrer & Snedker ApS", "uggelose-toemrer.dk", "Peter Juul", "pj",
        "127.83.1.5", bank("3201", "8831556"), "nye skabe og døre i Uggeløse Børnehus");
    private final Supplier rengoer = new Supplier("Engholm Rengøring ApS", "engholm-rengoering.dk", "Administration", "adm",
        "127.83.1.6", iban("DK", "22160004833081"), "daglig rengøring af Rådhuset og Borgerservice");
    private final Supplier skov = new Supplier("Ravnsholt Skovservice v/ Jonas Brink", "ravnsholt-skovservice.dk", "Jonas Brink",
        "jonas", "127.83.1.7", iban("DK", "32018832240001"), "fældning af risikotræer og flishugning i Tokkekøb Hegn");
    private final Supplier vognmand = new Supplier("Nymølle Vognmandsforretning ApS", "nymolle-vognmand.dk", "Mette Lund", "ml",
        "127.83.1.8", bank("2216", "4834466"), "kørsel med vejsalt og bortkørsel af haveaffald");
    private final Supplier cykel = new Supplier("Allerød Cykelservice ApS", "allerod-cykelservice.dk", "Cykelværkstedet", "vaerksted",
        "127.83.1.9", bank("3201", "8833102"), "fjernelse og opbevaring af efterladte cykler ved Allerød Station og skolerne");
    private final Supplier geo = new Supplier("Allerød Geoteknik ApS", "allerod-geoteknik.dk", "Sara Winther", "sw",
        "127.83.1.10", iban("DK", "22160004835509"), "hældningsmålinger og tilsyn med skrænterne i Allerød Lergrav");
    private final Supplier kontor = new Supplier("Lillerød Kontorforsyning ApS", "lillerod-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.83.1.11", iban("DK", "32018833870012"), "kopipapir, kuverter og toner til Rådhuset");
    private final Supplier vvs = new Supplier("Sandholm VVS ApS", "sandholm-vvs.dk", "Tom Krag", "tk", "127.83.1.12",
        bank("2216", "4836218"), "udskiftning af blandingsbatterier og cirkulationspumper, Engholm Skole");
    private final Supplier maler = new Supplier("Bastrup Malerfirma v/ Kim Toft", "bastrup-maler.dk", "Kim Toft", "kim",
        "127.83.1.13", bank("3201", "8834790"), "maling af gange og klasselokaler, Lynge Skole");
    private final Supplier mad = new Supplier("Lynge Storkøkken A/S", "lynge-storkoekken.dk", "Lynge Storkøkken, Økonomi",
        "okonomi", "127.83.1.14", iban("DK", "22160004837744"), "mad til hjemmeboende pensionister og Plejecenter Skovvang");
    private final Supplier avis = new Supplier("Allerød Nyt", "allerod-nyt.dk", "Annonceafdelingen", "annonce",
        "127.83.1.15", iban("DK", "32018835010025"), "annoncer om lokalplanhøring og ledige stillinger");
    private final Supplier it = new Supplier("Vassingerød IT ApS", "vassingerod-it.dk", "Fakturering", "faktura",
        "127.83.1.16", bank("2216", "4838013"), "drift af skolernes trådløse net og Chromebooks");
    private final Supplier bus = new Supplier("Tokkekøb Busser ApS", "tokkekob-busser.dk", "Kørselskontoret", "koersel",
        "127.83.1.17", bank("3201", "8836124"), "specialkørsel til Lynge Skole og svømmekørsel");
    private final Supplier byg = new Supplier("Kollerød Byggecenter A/S", "kollerod-byggecenter.dk", "Proffen", "proff",
        "127.83.1.18", iban("DK", "22160004839210"), "byggematerialer til Ejendomscentret på rammeaftale");
    // not on the creditor list
    private final Supplier smed = new Supplier("Engholm Smedie", "engholm-smedie.dk", "Ole Rask", "ole", "127.83.2.1",
        bank("3201", "8837011"), "nyt gelænder ved trappen til Lillerød Bibliotek");
    private final Supplier biavl = new Supplier("Uggeløse Bigård v/ Hanne Berg", "uggelose-bigaard.dk", "Hanne Berg", "hanne",
        "127.83.2.2", bank("2216", "4840055"), "naturformidling med bistader for 4. årgang, 3 dage");
    private final Supplier foto = new Supplier("Foto v/ Rasmus Ahl", "gmail.com", "Rasmus Ahl", "rasmus.ahl.foto", GMAIL,
        bank("3201", "8838432"), "fotografering af byrådet og nye portrætter til hjemmesiden");
    private final Supplier tolk = new Supplier("Tolkeservice v/ Leyla Ozturk", "outlook.com", "Leyla Ozturk", "leyla.ozturk.tolk",
        MSFT, bank("2216", "4841190"), "tolkning tyrkisk-dansk i Jobcentret, 3 samtaler");
    private final Supplier yoga = new Supplier("Stolegymnastik v/ Birthe Kok", "icloud.com", "Birthe Kok", "birthe.kok.motion",
        APPLE, bank("3201", "8839905"), "stolegymnastik for beboerne på Plejecenter Skovvang, 8 gange");
    private final Supplier strik = new Supplier("Lyngeløkken v/ Jens Ager", "hotmail.com", "Jens Ager", "jens.ager.lynge", MSFT,
        bank("2216", "4842276"), "udlejning af hestevogn til julemarkedet på Lynge Bytorv");
    private final Supplier tysk = new Supplier("Kieler Bodenmesstechnik GmbH", "kieler-bodenmesstechnik.de", "Buchhaltung",
        "buchhaltung", "127.86.1.1", iban("DE", "210501700091774302"), "Inklinometer-Sonden und Datenlogger");
    private final Supplier svensk = new Supplier("Malmö Cykelförvaring AB", "malmo-cykelforvaring.se", "Ekonomi", "ekonomi",
        "127.86.2.1", iban("SE", "45500000058310044921"), "cykelställ i två våningar till Allerød Station");

    private final List<Supplier> listed = List.of(varme, anlaeg, kloak, el, toemrer, rengoer, skov, vognmand, cykel, geo, kontor,
        vvs, maler, mad, avis, it, bus, byg);

    /** Fraudsters' own domains, each carrying a place name of Allerød; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"allerod-varmevaerk.com", "blovstrod-anlaegsgartner.dk", "kollerod-elservice.dk",
        "lynge-kloakservice.net", idn("koll\u0435rod-byggecenter.dk"), idn("aller\u043ed.dk"), "fakturaspurv-lillerod.com",
        "uggelose-tomrer.dk", "lynge-storkokken.dk", "allerod-inkasso.dk", "mitid-lillerod.com", "digitalpost-blovstrod.net",
        "lillerod-parkering.dk", "allerod-betalingsservice.com", "engholm-rengoring.dk", "sandholm-vvs.net",
        "lillerod-kontorforsyning.net", "vassingerod-itservice.dk", "bastrup-malerfirma.dk", "nymolle-vognmandsforretning.dk",
        "tokkekob-busser.net", "vassingerod-it.com", "signaturfjer-allerod.dk", "lynge-esign.net", "tokkekob-bus.dk",
        "sandholm-vvs-aps.dk", "allerod-domaeneservice.com", "dk-domaener-lillerod.net", "allerod-cykelservice.net",
        "lillerod-cykelparkering.dk", "blovstrod-cykeloprydning.dk", "allerod-geoteknik.com", "lergraven-allerod.dk",
        "kollerod-skraaningssikring.dk", "kontoklokke-engholm.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(anlaeg.domain(), List.of(anlaeg.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(kloak.domain(), List.of(kloak.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(skov.domain(), List.of(skov.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.83.98.8"), "~all", null, "none"); // SPF names only its route planner
        domain(cykel.domain(), List.of(cykel.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(geo.domain(), null, null, DkimAlgorithm.ED25519_SHA256, "reject"); // DKIM only, enforcing
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(byg.domain(), List.of(byg.ip(), "127.83.1.28"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(biavl.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nordforbraending-allerod.dk", List.of("127.83.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("banedanmark-drift.dk", List.of("127.83.4.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("lynge-golfklub.dk", List.of("127.83.4.3"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("allerod-gymnasium-regnskab.dk", List.of("127.83.4.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordsjaelland-revisorer.dk", List.of("127.83.4.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("lillerod-isenkram.dk", List.of("127.83.4.6"), "-all", null, "none");
        domain("blovstrod-udlejning.dk", List.of("127.83.4.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("fakturaspurv.dk", List.of("127.83.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kontoklokke.com", List.of("127.83.5.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("girohjul.io", List.of("127.83.5.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("regnebud.dk", List.of("127.83.5.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("furesoe-bank.dk", List.of("127.83.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("allerod-sparekasse.dk", List.of("127.83.6.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkredsen-nordsjaelland.dk", List.of("127.83.6.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hilleroed-bogholderi.dk", List.of("127.83.6.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("esrum-indkoeb.dk", List.of("127.83.6.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postkaskade.com", List.of("127.83.6.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelstop-nordsjaelland.dk", List.of("127.83.6.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.lynge-fibernet.dk", List.of("127.83.6.8"), "-all", null, null);
        domain("relay.allerod-bredbaand.dk", List.of("127.83.6.9"), "-all", null, null);
        domain("skolebusly.io", List.of("127.83.6.10"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("plejeplanet.dk", List.of("127.83.6.11"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signaturfjer.dk", List.of("127.83.6.12"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
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
        switch (Math.floorMod(sha256("no83:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%06d", 1_000 + rnd.nextInt(90_000));
            case 1:
                return "AL" + (5_300 + rnd.nextInt(4_000));
            case 2:
                return String.valueOf(118_000 + rnd.nextInt(60_000));
            case 3:
                return "F36-" + String.format("%05d", 100 + rnd.nextInt(9_000));
            case 4:
                return "36." + (1_000 + rnd.nextInt(8_000));
            default:
                return "INV" + (77_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@allerod.dk", "efaktura@allerod.dk", "kreditor@allerod.dk", "oekonomi@allerod.dk",
        "vejpark@allerod.dk", "skoler@allerod.dk", "sundhed@allerod.dk", "ejendomscenter@allerod.dk", "indkoeb@allerod.dk",
        "natur@allerod.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf83:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr83:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(83_000_000 + Math.floorMod(sha256("fi83:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "allerod-varmevaerk.dk" -> "Kejsergårdsvej 11, 3450 Allerød";
            case "blovstrod-anlaeg.dk" -> "Blovstrød Allé 31, 3450 Allerød";
            case "lynge-kloakservice.dk" -> "Frederiksborgvej 210, 3540 Lynge";
            case "kollerod-el.dk" -> "Kollerødvej 8, 3450 Allerød";
            case "uggelose-toemrer.dk" -> "Uggeløse Bygade 14, 3540 Lynge";
            case "engholm-rengoering.dk" -> "Engholm Allé 5, 3450 Allerød";
            case "ravnsholt-skovservice.dk" -> "Ravnsholtvej 22, 3450 Allerød";
            case "nymolle-vognmand.dk" -> "Nymøllevej 43, 3540 Lynge";
            case "allerod-cykelservice.dk" -> "Banevang 3, 3450 Allerød";
            case "allerod-geoteknik.dk" -> "Teglværksvej 9, 3450 Allerød";
            case "lillerod-kontorforsyning.dk" -> "Lillerød Stationsvej 2, 3450 Allerød";
            case "sandholm-vvs.dk" -> "Sandholmgårdsvej 17, 3460 Birkerød";
            case "bastrup-maler.dk" -> "Bastrupvej 4, 3540 Lynge";
            case "lynge-storkoekken.dk" -> "Industrivej 12, 3540 Lynge";
            case "allerod-nyt.dk" -> "Kongevejen 58, 3450 Allerød";
            case "vassingerod-it.dk" -> "Vassingerødvej 71, 3540 Lynge";
            case "tokkekob-busser.dk" -> "Hillerødvej 130, 3450 Allerød";
            case "kollerod-byggecenter.dk" -> "Kollerød Byvej 20, 3450 Allerød";
            case "engholm-smedie.dk" -> "Engholmvej 60, 3450 Allerød";
            case "uggelose-bigaard.dk" -> "Uggeløsevej 90, 3540 Lynge";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a plain invoice with supplier and customer lines and one amounts line; a task
     * sheet with labour, materials and mileage and the FI line (card 71); a charge with an agreement number, fixed and
     * variable parts and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Leverandør: " + s.name() + (addr.isEmpty() ? "" : " / " + addr) + " / CVR " + cvr(s.domain()));
                l.add("Faktureres til: " + KOMMUNE + " / " + RAADHUS + " / EAN " + EAN);
                l.add("Dato " + dottedDay(m, 0) + " - vores reference: " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Beløb uden moms " + a.net() + " | moms 25 % " + a.vat() + " | i alt DKK " + a.gross());
                l.addAll(more);
                l.add("Betingelser: løbende måned + 30 dage, forfald " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Overføres til " + account + " med fakturanummeret som tekst");
                }
            }
            case 1 -> {
                head = "Opgaveseddel / faktura " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Rekvirent: " + KOMMUNE + " (EAN " + EAN + ") - opgave: " + s.what());
                long labour = a.ore() * 57 / 100;
                long miles = a.ore() * 6 / 100;
                l.add("Arbejdsløn " + kr(labour) + " / Materialer " + kr(a.ore() - labour - miles) + " / Kilometerpenge " + kr(miles));
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = DKK " + a.gross());
                l.addAll(more);
                l.add("Rettidig betaling senest " + writtenDay(m, 21) + (account == null ? "" : ", konto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Aftalenr. " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - kunde: " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -31) + " til " + dottedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Fast del " + kr(fixed) + " - variabel del " + kr(a.ore() - fixed));
                l.add("I alt uden moms " + a.net() + " - moms " + a.vat() + " - til betaling DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsdato " + dottedDay(m, 14) + (account == null ? "" : " - konto " + account));
                if (own) {
                    l.add("Betalingslinje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Allerød Kommune " + no + ".pdf", "FAK" + no + ".pdf",
            "invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", "dok" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Allerød Kommune", "Til kreditorbogholderiet", "Hej", "Kære Økonomi",
        "Att. kreditor", "God dag Allerød", "Hej alle i bogholderiet", "Til rette vedkommende"};

    private String phone() {
        return "48 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig83:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh.\n" + firstName(s) + ", " + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nHilsen\n" + s.person() + " - " + s.name() + (freeMail(s) ? "" : " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " | " + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_400_000 : 360_000);
        String[] subjects = {"Faktura " + no, "Ny faktura " + no + " - " + KOMMUNE, s.name() + ": faktura " + no,
            "Fakturering fra " + s.name(), "Faktura " + no + " til EAN " + EAN, "Regning " + no, "Faktura nr. " + no + " vedlagt",
            "Faktura - " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Fakturaen på " + a.gross() + " kr. inkl. moms ligger i den vedhæftede fil og forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Vi har også sendt den elektronisk til EAN " + EAN + ", så pas på, at den ikke bliver betalt to gange.";
            case 3 -> "Tak for samarbejdet i denne omgang. Fakturaen er vedhæftet som PDF.";
            case 4 -> "Fakturanummer: " + no + "\nBeløb i alt: " + a.gross() + " kr.\nForfaldsdato: " + dottedDay(m, 30);
            case 5 -> "Vedhæftet finder I fakturaen for arbejdet. Jeres indkøbsnummer er påført.";
            case 6 -> "Her er regningen for den seneste periode. Skriv endelig, hvis noget ser forkert ud.";
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
        if (List.of(varme, rengoer, mad, it, bus, kontor, cykel).contains(s)) {
            return 2;
        }
        if (List.of(anlaeg, kloak, skov, vognmand, vvs, el, toemrer, geo).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Bjarkesvej 2", "Allerød", "3450", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        bikeAgreement = "CF-" + (2_400 + rnd.nextInt(500));
        pitCase = "LG-" + (7_100 + rnd.nextInt(600));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == cykel ? List.of("Aftale " + bikeAgreement + ": 64 cykler mærket og fjernet, Allerød Station")
                : s == geo ? List.of("Sag " + pitCase + ": inklinometermålinger i 5 borehuller, Allerød Lergrav") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Ejendomscentret"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a railing at the library, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, anlaeg, avis, el, kontor, varme, bus, mad, kloak);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsnr. AK-" + (40_100 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@allerod.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Lillerød Skole, renovering af fløj B" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 1 ? "\n\nKvitterede leveringssedler ligger ved." : "");
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Allerød", "Paller: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Fire paller fliser blev leveret i forkert farve og er kørt retur."},
            {kontor, "Kreditnota til faktura ", "De 40 pakker kuverter med rude var ikke bestilt og er afhentet igen."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (700 + rnd.nextInt(300));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@allerod.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores debitorliste står fakturaen nedenfor stadig ubetalt. Har I "
            + "allerede overført beløbet, kan I se bort fra denne mail."},
            {anlaeg, "Rykker 1", "Betalingsfristen er overskredet med otte dage. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@allerod.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. betales "
                    + "til den sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
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
        headers(m, s.person(), addr(s), "kreditor@allerod.dk", "Saldooversigt " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres afstemning: faktura " + p.no() + " er registreret som betalt hos os, og saldoen er nul."
                + signature(s));
        genuine(m, s.ip());
        m.description = "nymolle-vognmand.dk statement, nothing open (SPF names only its route planner: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, bus)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(700_000);
            boolean peppol = v == 0;
            String ref = "AK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@allerod.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej\n\nVores nye regnskabsprogram er endnu ikke koblet på NemHandel, så i en overgang sender vi "
                    + "XML-filen som bilag til mailen sammen med en PDF. Kontonummeret er uændret. Modtager I den samme faktura "
                    + "ad anden vej, betales den naturligvis kun en gang.\n\nHilsen\n" + s.name())
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
        String[] d = {"fakturaspurv.dk", "kontoklokke.com", "girohjul.io", "regnebud.dk"};
        Supplier[] who = {biavl, smed, foto, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "b-" + sha256("plat83:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "RB-" + (51_000 + rnd.nextInt(9_000));
                headers(m, "Regnebud", "faktura@regnebud.dk", "sundhed@allerod.dk", "Faktura " + no + " - vikartimer i november")
                    .text("Til " + KOMMUNE + ", Sundhed og Omsorg\n\nHer er fakturaen for de vikartimer i hjemmeplejen, som "
                        + "jeres områdeleder har godkendt for november (112 timer). Vikarerne er ansat hos Regnebud.\n\nBeløb "
                        + a.gross() + " kr., forfald " + dottedDay(m, 20) + ".\n\nRegnebud")
                    .attach("application/pdf", "Regnebud-" + no + ".pdf", Attachments.pdf(docId(m, "rb"), "Faktura " + no,
                        List.of("Regnebud ApS", "Kunde: " + KOMMUNE + ", Sundhed og Omsorg", "Vikartimer november 2036: 112",
                            "DKK " + a.net() + " plus moms " + a.vat() + " i alt " + a.gross(), "Bank " + iban("DK", "22160004851132"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform regnebud.dk invoices approved temp hours in home care under its own name";
                continue;
            }
            String no = "S" + (410_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], i == 1 ? "ejendomscenter@allerod.dk" : "skoler@allerod.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>"
                    + s.name() + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betaling senest "
                    + dottedDay(m, 14) + ".</p><p>Fakturaen er vedhæftet. Svarer du på mailen, kommer svaret frem til "
                    + s.person() + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(biavl, tolk, yoga, strik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 2 ? "\n\nJeg er under momsgrænsen, så beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "KB-" + (36_400 + rnd.nextInt(600));
        Amount a = amount(700_000);
        headers(m, "Kieler Bodenmesstechnik", addr(tysk), "natur@allerod.dk", "Rechnung " + no + " - Inklinometer")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über zwei Inklinometer-Sonden und einen "
                + "Datenlogger für die Messstellen in der Tongrube Allerød. Steuerschuldnerschaft des Leistungsempfängers."
                + "\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Kiel", "Kunde: " + KOMMUNE + ", Natur og Miljø", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "MC" + (8_200 + rnd.nextInt(700));
        headers(m, "Malmö Cykelförvaring", addr(svensk), "vejpark@allerod.dk", "Faktura " + no + " - cykelställ")
            .text("Hej,\n\nBifogat finns fakturan för de tvåvåningsställ för cyklar som monterades vid Allerød Station förra "
                + "veckan. Betala gärna till vårt konto enligt fakturan.\n\nVänliga hälsningar\nEkonomi, Malmö Cykelförvaring AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "IBAN för betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Skolebusly Billing", "billing@skolebusly.io", "it@allerod.dk", "Your Skolebusly invoice for December")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Skolebusly (special-needs school transport "
                + "planning, 14 routes). It has also been sent to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Skolebusly team")
            .attach("application/pdf", "skolebusly-december.pdf", Attachments.pdf(docId(m, "sb"), "Invoice",
                List.of("Skolebusly ApS", "Customer: " + KOMMUNE, "December 2036 subscription, 14 routes", "DKK " + a.gross())));
        genuine(m, "127.83.6.10");
        m.description = "SaaS skolebusly.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(250_000);
        headers(m, "Plejeplanet", "kvittering@plejeplanet.dk", "sundhed@allerod.dk", "Kvittering - Plejeplanet licens")
            .text("Hej\n\nBetalingen for jeres Plejeplanet-licens (ruteplanlægning i hjemmeplejen, 140 brugere) er "
                + "gennemført. " + a.gross() + " kr. er hævet på kortet, der ender på 7731.\n\nPlejeplanet");
        genuine(m, "127.83.6.11");
        m.description = "SaaS plejeplanet.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("2216", "4859921");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@allerod.dk", "Skift af bank pr. 1. december")
            .text("Til kreditorbogholderiet\n\nUggeløse Tømrer & Snedker flytter alle konti til et andet pengeinstitut. "
                + "Fakturaer dateret 1. december 2036 og senere bedes indbetalt på " + nyT + ". Ældre fakturaer betales som "
                + "anført på dem.\n\nI er meget velkomne til at ringe til mig på det nummer, I kender, og få det bekræftet."
                + signature(toemrer))
            .attach("application/pdf", "Bankskift.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Ny konto: " + nyT,
                    "Peter Juul, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "reparation af garderobebænke, Uggeløse Børnehus");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036, se brev"), "\n\nBemærk, at vi har skiftet bank som "
            + "meddelt i sidste måned.");
        genuine(m, toemrer.ip());
        m.description = "uggelose-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "32018860041177");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Lynge Storkøkken, Økonomi", addr(mad), "kreditor@allerod.dk", "Ændret betalingskonto fra december")
            .text("Til " + KOMMUNE + ", kreditor og Sundhed og Omsorg\n\nLynge Storkøkken er overgået til en ny "
                + "hovedbankforbindelse. Fakturaer med dato fra 1. december bedes betalt til " + nyM + ". Betalinger til den "
                + "gamle konto modtages frem til udgangen af januar. Et underskrevet brev er også sendt til jeres Digital Post."
                + "\n\nVenlig hilsen\nLynge Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny betalingskonto fra 01.12.2036"), "\n\nHusk vores nye konto.");
        genuine(m, mad.ip());
        m.description = "lynge-storkoekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qd=MC=allerod-nyt.dk=annonce@srs.lynge-fibernet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.83.6.8";
        m.helo = "srs.lynge-fibernet.dk";
        m.description = "allerod-nyt.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.allerod-bredbaand.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.allerod-bredbaand.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"hilleroed-bogholderi.dk", "Dorthe Iversen", "doiv@", "Regning for fjernelse af cykler?",
            "Hej alle\n\nVi har fået en regning for at have fjernet 80 efterladte cykler ved stationen fra et firma, vi aldrig "
                + "har haft aftale med. Er der andre med S-togsstationer, der har set noget lignende?\n\nDorthe"},
            {"esrum-indkoeb.dk", "Morten Bach", "moba@", "Grusgrav - falsk regning for skrænt", "Hej\n\nEn kollega fik en "
                + "faktura for 'akut sikring af skrænt' ved en gammel grusgrav med et nyt kontonummer. Den firma, der "
                + "faktisk har opgaven, kendte ikke til den.\n\nMorten"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "kreditor@kreditorkredsen-nordsjaelland.dk", x[3])
                .header("List-Id", "Kreditorkredsen Nordsjælland <kreditor.kreditorkredsen-nordsjaelland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorkredsen-nordsjaelland.dk", "[Kreditorkredsen] ", "\r\n--\r\nKreditorkredsen Nordsjælland"
                + "\r\nAfmeld listen: https://kreditorkredsen-nordsjaelland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelstop-nordsjaelland.dk", "Svindelstop Nordsjælland", "Cykler og skrænter: to nye regningsfælder",
            "Falske regninger for cykeloprydning ved stationer og for sikring af skrænter i gamle lergrave citerer nu rigtige "
                + "aftalenumre. Kontakt altid leverandøren på et nummer, I selv slår op."},
            {"nordsjaelland-revisorer.dk", "Nordsjælland Revisorer", "Inden årsskiftet: tjek jeres kreditorstamdata",
                "Gennemgå kreditorkartoteket, og kræv, at to medarbejdere godkender hver ændring af et kontonummer."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl83:" + x[0]).substring(0, 14) + "@postkaskade.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@allerod.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere"
                    + "</a></p><p style=\"font-size:9px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postkaskade.com");
            m.ip = "127.83.6.6";
            m.helo = "mta.postkaskade.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postkaskade.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Vej og Park", "vejpark@", "kreditor@allerod.dk", "Efterladte cykler",
            "Hej\n\nDet er udelukkende Allerød Cykelservice, der fjerner efterladte cykler ved stationen og skolerne, og kun "
                + "efter vores mærkningsrunde. Deres regninger har altid aftalenummeret på. Andre cykelregninger sendes til os."
                + "\n\nVej og Park"},
            {"Natur og Miljø", "natur@", "kreditor@allerod.dk", "Lergraven", "Hej\n\nTilsynet med skrænterne i Allerød "
                + "Lergrav ligger hos Allerød Geoteknik under vores sag. Ekstra arbejde bestiller vi skriftligt, og det står "
                + "på regningen med sagsnummeret.\n\nNatur og Miljø"},
            {"Løn og Personale", "loen@", "ledere@allerod.dk", "Ændring af lønkonto", "Kære ledere\n\nMedarbejdere skifter "
                + "selv lønkonto via NemKonto. Vi ændrer aldrig en konto på grundlag af en mail, heller ikke fra en chef.\n\n"
                + "Løn og Personale"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Furesø Bank, Erhverv", "erhverv@furesoe-bank.dk", "oekonomi@allerod.dk", "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 214 posteringer, som gennemføres på næste bankdag. "
                + "Detaljerne kan ses i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nFuresø Bank");
        genuine(m, "127.83.6.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Allerød Sparekasse", "info@allerod-sparekasse.dk", "oekonomi@allerod.dk", "Nye priser på valutaoverførsler")
            .text("Til erhvervskunder\n\nSparekassen har gennemgået gebyrerne for betalinger til udlandet. Fra 1. februar koster en "
                + "SEPA-overførsel i euro det samme som en indenlandsk, mens overførsler i svenske og norske kroner bliver lidt dyrere. "
                + "Den opdaterede prisliste finder jeres bogholdere under Aftaler i erhvervsnetbanken.\n\nAllerød Sparekasse, Erhverv");
        genuine(m, "127.83.6.2");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("abandoned-bike-removal-invoice", true);
        invoice(m, cykel, cykel.account(), 7, List.of("Aftale " + bikeAgreement + ", runde november",
            "Fjernet 41 cykler ved Allerød Station og 12 ved Lillerød Skole, opbevares 3 måneder"),
            "\n\nListen over stelnumre er sendt til Vej og Park.");
        genuine(m, cykel.ip());
        m.description = "the real bicycle firm invoices the November clearing round under its agreement (RSA, p=quarantine)";
        m = ok("clay-pit-slope-invoice", true);
        invoice(m, geo, geo.account(), 10, List.of("Sag " + pitCase + ", kvartalsmåling", "Aflæsning af 5 inklinometre, "
            + "ingen bevægelse over alarmgrænsen"), "\n\nMålerapporten er lagt i jeres sagsmappe.");
        genuine(m, geo.ip());
        m.description = "the geotechnical firm's quarterly slope monitoring of the clay pit (Ed25519 DKIM only, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Allerød Geoteknik", addr(geo), "natur@allerod.dk", "Nye målerør i lergraven - ingen merpris")
            .text("Kære Natur og Miljø\n\nI januar udskifter vi to målerør i lergravens nordskrænt. Det er indeholdt i sag "
                + pitCase + ", og der kommer ingen ekstra regning. Vi fakturerer aldrig hastearbejde, som I ikke selv har "
                + "bestilt.\n\nAllerød Geoteknik");
        genuine(m, geo.ip());
        m.description = "the geotechnical firm announces a tube change at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_500_000);
        headers(m, "Nordforbrænding", "regnskab@nordforbraending-allerod.dk", "efaktura@allerod.dk", "Acontobidrag december")
            .text("Til ejerkommunerne\n\nHermed opkrævning af acontobidraget for december; den er desuden sendt til jeres EAN."
                + "\n\nNordforbrænding")
            .attach("application/pdf", "Aconto-december.pdf", Attachments.pdf(docId(m, "nf"), "Acontobidrag december 2036",
                List.of("Nordforbrænding I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "32018870022214"))));
        genuine(m, "127.83.4.1");
        m.description = "intermunicipal waste company's monthly contribution";
        m = ok("authority-notice", false);
        headers(m, "Banedanmark, Drift", "drift@banedanmark-drift.dk", "vejpark@allerod.dk", "Sporarbejde ved Allerød Station")
            .text("Til Allerød Kommune, Vej og Park\n\nI uge 3 arbejder vi på sporene ved Allerød Station, og cykelparkeringen "
                + "på østsiden lukkes i fem dage. Der er ingen udgift for kommunen.\n\nBanedanmark");
        genuine(m, "127.83.4.2");
        m.description = "rail operator announces track work at the station, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signaturfjer.dk";
        headers(m, "Lynge Golfklub via Signaturfjer", "noreply@signaturfjer.dk", "kultur@allerod.dk",
            "Til underskrift: lejeaftale for klubhus")
            .header("Reply-To", "<bestyrelse@lynge-golfklub.dk>")
            .text("Lynge Golfklub beder jer underskrive 'Lejeaftale - klubhus og parkering 2037'.\n\nDokumentet ligger på "
                + "jeres konto hos Signaturfjer.\n\nSignaturfjer");
        genuine(m, "127.83.6.12");
        m.description = "real e-signature request from signaturfjer.dk on behalf of the golf club";
        m = ok("receipt", false);
        headers(m, "Lillerød Isenkram", "kvittering@lillerod-isenkram.dk", "ejendomscenter@allerod.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n3 cykellåse til depotet og 2 poser strøsalt. Betalt med kommunens indkøbskort.\n\n"
                + "Lillerød Isenkram");
        genuine(m, "127.83.4.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Allerød Gymnasium", "okonomi@allerod-gymnasium-regnskab.dk", "oekonomi@allerod.dk", "Indbetalingsadvis")
            .text("Hej\n\nVi har i dag overført betalingen for leje af Allerød Idrætscenter, 18.600 kr.\n\nAllerød Gymnasium");
        genuine(m, "127.83.4.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Blovstrød Udlejning", "booking@blovstrod-udlejning.dk", "kultur@allerod.dk", "Ordrebekræftelse: scene")
            .text("Hej\n\nVi bekræfter udlejning af scene og lydanlæg til juletræstændingen på Rådhuspladsen. Fakturaen "
                + "kommer via EAN efter arrangementet.\n\nBlovstrød Udlejning");
        genuine(m, "127.83.4.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "6132500011887766"), iban("DK", "89900007441023"), bank("5470", "0002231984"),
        iban("EE", "8722001100998877"), iban("PL", "109010140000071219812874"), iban("GB", "REVO00997010203040"),
        iban("IE", "AIBK93115212345678"), iban("NL", "BUNQ2047811932"), iban("DE", "370400440532013000"),
        iban("HU", "117730160111110118000000"), iban("RO", "BTRL01301202S62303XX"), iban("BG", "STSA93000012345678"),
        iban("CY", "002001280000001200527600"), bank("9570", "0011984420"), iban("MT", "MALT01100000000000000000123"),
        iban("SE", "35000000053911000002"), iban("LT", "1273000010000001"), iban("DK", "62130004445599")};

    /** Side remarks fraudsters add to sound busy and local (one per mail, written for this corpus). */
    private static final String[] PS = {
        "PS. Vores chauffør holder ved Kejsergårdsvej hver tirsdag formiddag, så hvis nogen på Rådhuset har spørgsmål til målerne i kælderen under Lillerød Skole, kan de bare gå ned og fange ham der.",
        "PS. Husk at fortælle kantinen i Bjarkesvej, at annoncen om juleafslutningen for pensionisterne i Lynge Forsamlingshus først kommer i næste uges avis, fordi trykkeriet i Hillerød er bagud.",
        "PS. Jeres pedel på Engholm Skole spurgte efter en ekstra lampe til cykelskuret ved gymnastiksalen; den kan vi sætte op samme dag, som vi alligevel er forbi for at tjekke nødbelysningen.",
        "PS. Beskæringsaffaldet fra Blovstrød Allé ligger stadig i bunker ved rundkørslen, men det kører vores lille læssemaskine væk, så snart jorden er frosset nok til at bære den.",
        "PS. Lad endelig Ejendomscentret vide, at vi har en rest af de grå terrassefliser fra Kollerød Byvej liggende, hvis I skal bruge nogle til stien bag Allerød Idrætscenter i foråret.",
        "PS. Vores kontor på Bjarkesvej-siden af stationen er lukket mellem jul og nytår, og telefonen bliver ikke passet, så det er vigtigt, at overførslen er gennemført inden fredag middag.",
        "PS. Spørg gerne Vej og Park, om de stadig vil have os til at flytte de to gamle bænke fra Kattehale Mose hen til udsigtspunktet ved Sandholm Sø, når vejret bliver bedre.",
        "PS. Chromebook-vognen på Lynge Skole mangler stadig to opladere, som vi bringer med, næste gang teknikeren alligevel skal ud og se på det trådløse net i 7. klassernes fløj.",
        "PS. Fortæl gerne hjemmeplejen i distrikt Uggeløse, at menuen med flæskesteg og rødkål er rykket til den sidste torsdag før jul, fordi leverandøren af svinekød har haft problemer.",
        "PS. Vi har fået ny vagttelefon, men den er ikke kommet på hjemmesiden endnu; indtil da skal akutte stop i spildevandspumpen ved Nymølle Å meldes på mail til os.",
        "PS. Jeg står selv for nøglerne til pumpehuset ved Ravnsholt Skov i ferien, så hvis entreprenøren fra vandværket skal ind, må de skrive til mig aftenen før og ikke ringe.",
        "PS. Jeres kantine i Rådhusets stueetage har ikke sendt bestillingen på kaffefiltre og servietter til januar, så den lægger vi automatisk oven i den faste levering, medmindre I siger fra.",
        "PS. Der er kommet klager over lyset på kunstgræsbanen ved Skovvangskolen, der står tændt efter klokken 22, og det kigger vi på, når lifteren alligevel er ude i Allerød.",
        "PS. Sagsbehandleren på Teglværksvej bedes ringe tilbage om målingerne ved den gamle tegltørrelade, for vi kunne ikke komme ind ad porten, da hængelåsen var skiftet uden at vi fik besked.",
        "PS. Skoletjenesten i Lillerød har glemt at afbestille den ekstra bus til skøjtebanen i Hillerød, så den står også på listen, selvom eleverne i stedet cyklede derud.",
        "PS. Medarbejderne i Borgerservice har bedt om, at vi kommer efter lukketid på torsdage, fordi gulvvaskemaskinen larmer, og det prøver vi at få ind i den nye køreplan efter nytår.",
        "PS. Kommunens gamle Skoda, der holder bag materielgården ved Kollerød, bliver ikke afhentet af os før februar, da vores autotransporter er til syn hos værkstedet i Farum.",
        "PS. Tak for hyggelig snak ved julemarkedet på Lynge Bytorv; jeg har lovet jeres kulturkonsulent at sende billederne af hestevognen, så snart jeg har fået dem fra fotografen.",
        "PS. Jeg er på kursus i Odense resten af ugen og kan kun læse mails om aftenen, så svar endelig bare med et kort ja, når betalingen er sat i gang fra jeres side.",
        "PS. Der er rod i vores kartotek efter flytningen fra Engholm Allé til det nye lager i Blovstrød, så brug kun oplysningerne i denne mail og se bort fra det gamle brevpapir.",
        "PS. Bestyrelsen mødes den 17. i klubhuset ved Lynge Golfklub, og jeg vil gerne kunne fortælle dem, at alle udestående poster fra Allerød er lukket inden da.",
        "PS. Skiltene ved indgangen fra Teglværksvej er væltet igen efter stormen, og vi sætter dem op på ny uden beregning, når betalingen er modtaget hos os.",
        "PS. De cykler, der er mærket med gule strips ved perronen mod Hillerød, bliver kørt til vores depot i Blovstrød og kan hentes af ejerne hver onsdag mellem 15 og 17.",
        "PS. Jeres it-afdeling har fået en ny nøglebrik til serverrummet i kælderen under Rådhuset; den gamle er spærret, så teknikeren ikke længere kan lukke sig ind uden at ringe."};

    private static String ps(int i) {
        return "\n\n" + PS[Math.floorMod(i, PS.length)];
    }

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void own(M m, String d, String description) {
        ownedBy(m, d);
        m.description = description;
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nVarmeværket er gået sammen med "
            + "naboværket i Hillerød om opkrævningen, og derfor har vi fået ny indbetalingskonto. Alle betalinger skal fremover "
            + "ske til kontoen på opkrævningen her, da den hidtidige konto lukkes ved månedens udgang." + ps(0) + ps(11));
        forged(m, forgedHost++);
        m.description = "forged From allerod-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Kære annoncør\n\nNovembers jobannoncer er faktureret. Avisen er overtaget "
            + "af en britisk udgiverkoncern, og betalingen skal derfor gå til den engelske konto på fakturaen. Den danske "
            + "konto bliver lukket i denne måned." + ps(1));
        forged(m, forgedHost++);
        m.description = "forged From allerod-nyt.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{OWNED[0], varme, "Efter en opgradering af vores kundesystem har nogle kunder fået forkerte "
            + "betalingsoplysninger. Brug derfor kun kontoen på denne opkrævning, ikke den I har liggende."},
            {OWNED[1], anlaeg, "Beskæringen ved Blovstrød Skole er færdig. Firmaet har fået ny ejer, og vi er derfor skiftet "
                + "til en anden bank; kontoen står nederst i fakturaen."},
            {OWNED[2], el, "Armaturerne i idrætscentret er udskiftet. Vores regnskab er flyttet til en ny bank, så betal "
                + "venligst til kontoen i den vedhæftede PDF."},
            {OWNED[3], kloak, "Sandfangene i Lynge er tømt. Vigtigt: vi har skiftet bankforbindelse, og den gamle konto kan "
                + "ikke længere modtage indbetalinger."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of(), "", (String) l[i][2] + ps(i + 2));
            own(m, d, "look-alike " + d + " of " + real.domain() + ", new account");
        }

        // punycode-homoglyph
        String d = OWNED[4];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2)), "",
            "Proffen sender hermed novemberfakturaen. Bemærk de nye betalingsoplysninger, som gælder fra og med denne faktura."
            + ps(4) + ps(19));
        own(m, d, "IDN " + d + " (Cyrillic e) posing as kollerod-byggecenter.dk, new account");
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektøren", "direktion@" + d, "kreditor@allerod.dk", "Fortroligt: hastebetaling inden kl. 12")
            .text("Hej\n\nVi har fået mulighed for at købe en grund ved Kollerød til det nye plejecenter, før en developer "
                + "byder. Sælgers advokat skal have et depositum på 412.000 kr. på " + mule(14) + " inden kl. 12 i dag. "
                + "Byrådet orienteres på det lukkede møde, så indtil da må du ikke nævne det for nogen." + ps(18) + "\n\nMvh\nKommunaldirektøren");
        own(m, d, "IDN " + d + " (Cyrillic o) posing as our own domain: the chief executive's secret land deposit");

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, "Fakturaspurv", "betaling@" + OWNED[6], "kreditor@allerod.dk", "Sidste varsel: faktura afvist")
            .html("<html><body><p>Kære kunde</p><p>En faktura fra Uggeløse Bigård kunne ikke betales via jeres bank. Betal "
                + "straks med kort via linket, ellers sendes sagen til inkasso.</p><p><a href=\"https://" + OWNED[6]
                + "/betal\">Betal nu</a></p></body></html>");
        own(m, OWNED[6], "look-alike of platform fakturaspurv.dk: card payment link for a rejected invoice");
        m = bad("lookalike-platform");
        headers(m, "Kontoklokke Inkasso", "sag@" + OWNED[34], "ejendomscenter@allerod.dk", "Overdraget fordring fra Engholm Smedie")
            .text("Til " + KOMMUNE + "\n\nEngholm Smedie har overdraget faktura " + past.get(smed.domain()).no()
                + " til os. Betal " + past.get(smed.domain()).amount().gross() + " kr. til " + mule(15) + " inden tre dage, så "
                + "undgår I gebyrer." + ps(20) + "\n\nKontoklokke Inkasso");
        own(m, OWNED[34], "look-alike of platform kontoklokke.com 'collecting' the smithy's real invoice (SE IBAN)");

        // compromised-supplier: the real servers
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(3), 9, List.of("Fordringen er solgt til factoringselskab"), "", "Vi har indgået en "
            + "factoringaftale, og fra nu af skal alle vores fakturaer betales direkte til factoringselskabets konto, som står "
            + "på fakturaen. Kontakt venligst ikke vores bank om ændringen." + ps(15) + ps(5));
        genuine(m, rengoer.ip());
        m.description = "compromised mailbox of engholm-rengoering.dk (DKIM only, p=quarantine): DMARC pass, factoring account";
        m = bad("compromised-supplier");
        Past pi = past.get(it.domain());
        headers(m, it.person(), addr(it), "kreditor@allerod.dk", "SV: " + pi.subject())
            .header("In-Reply-To", pi.messageId())
            .header("References", pi.messageId())
            .text("Hej igen\n\nFaktura " + pi.no() + " er desværre sendt med vores gamle kontonummer. Revisor har bedt os "
                + "samle alt i en ny bank, så beløbet " + pi.amount().gross() + " kr. skal i stedet til " + mule(8)
                + ". Kan I bekræfte, når det er ændret?" + ps(23) + "\n\nFakturering\nVassingerød IT");
        genuine(m, it.ip());
        m.description = "compromised mailbox of vassingerod-it.dk replies in its own wave-1 thread, new DE account";

        // reply-chain-hijack
        Object[][] h = {{toemrer, OWNED[7], "Ved revisionen opdagede vi, at også vores nye konto var registreret forkert. "
            + "Vil I være søde at betale den seneste faktura til "},
            {mad, OWNED[8], "Bogholderiet har fundet en fejl i den konto, vi oplyste for nylig. Den korrekte konto er "}};
        int j = 0;
        for (Object[] x : h) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + x[1], "kreditor@allerod.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\n" + x[2] + mule(j + 9) + ". Det drejer sig om " + p.amount().gross() + " kr. (faktura " + p.no()
                    + ").\n\n" + s.person() + "\n\n> " + p.subject());
            own(m, (String) x[1], "reply in " + s.domain() + "'s wave-1 thread from look-alike " + x[1]);
            j++;
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "kreditor@allerod.dk", "Underskudsgaranti juletræstænding")
            .text("Hej\n\nJeg har lovet arrangøren af juletræstændingen på Rådhuspladsen en underskudsgaranti. Overfør venligst "
                + "48.500 kr. til " + mule(1) + " i dag, jeg sidder i bil og kan ikke ringe." + ps(17) + "\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged From our own domain (p=reject): the mayor's deficit guarantee from the car";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@allerod.dk", "Opdatér kreditor: Sandholm VVS")
            .text("Hej\n\nSandholm VVS har ringet til mig om ny bankkonto. Ret det venligst i kreditorkartoteket til "
                + mule(12) + ", før næste betalingskørsel.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged From our own domain: 'finance manager' orders the plumber's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør Allerød", "kommunaldirektor.allerod@gmail.com", "oekonomi@allerod.dk", "Er du ved skrivebordet?")
            .text("Hej\n\nBudgetforhandlingerne i KKR Hovedstaden trækker ud, og min arbejdstelefon ligger i bilen ved Bella Center. "
                + "Vores konsulent på affaldsudbuddet venter på sit honorar, 96.400 kr., som skal på " + mule(4) + " før frokost. "
                + "Skriv kort tilbage her, når den er sendt af sted." + ps(6) + "\n\nSendt fra min mobil");
        genuine(m, GMAIL);
        m.description = "chief executive 'in a meeting' on gmail wants an urgent transfer";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.allerod@outlook.com", "indkoeb@allerod.dk", "Gavekort til frivillige")
            .text("Hej\n\nKan du købe 20 gavekort à 1.000 kr. til de frivillige fra Lynge Bytorvs julemarked? Send koderne til "
                + "mig som billede, så deler jeg dem ud i aften. Det skal være en overraskelse.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "the mayor on outlook wants gift-card codes for volunteers";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Line Thorsen", "line.thorsen.sosu@gmail.com", "loen@allerod.dk", "Ny konto til løn")
            .text("Hej Løn\n\nJeg er social- og sundhedsassistent i hjemmeplejen, distrikt Lynge. Min løn skal fra denne måned "
                + "gå til " + bank("5470", "0003312098") + ", da jeg har skiftet bank. Tak!" + ps(8) + "\n\nLine");
        genuine(m, GMAIL);
        m.description = "'care assistant' on gmail asks payroll to change her salary account";
        m = bad("payroll-account-change");
        headers(m, "Niels Hviid", "niels.hviid77@hotmail.com", "loen@allerod.dk", "Lønkonto - ændring")
            .text("Hej\n\nJeg arbejder som pedel på Engholm Skole og flytter til udlandet efter nytår. Indsæt venligst min "
                + "løn på " + mule(6) + " fra december.\n\nVenlig hilsen\nNiels");
        genuine(m, MSFT);
        m.description = "'school caretaker' on hotmail asks for salary to an IE IBAN";

        // display-name-abuse
        m = bad("display-name-abuse");
        headers(m, "Kollerød El-Service ApS", "kollerod.el.service@outlook.com", "kreditor@allerod.dk", "Faktura - ny konto")
            .text("Hej\n\nVores webhotel har haft nedbrud siden i går, så jeg bruger min private mail. Regningen for de nye LED-armaturer "
                + "i hallen på Allerød Idrætscenter bedes overført til " + mule(16) + " og ikke til kontoen i jeres kartotek." + ps(12)
                + "\n\nBrian");
        genuine(m, MSFT);
        m.description = "the electrician's name as display name on outlook, new LT account";
        m = bad("display-name-abuse");
        headers(m, "Ravnsholt Skovservice", "ravnsholt.skov@gmail.com", "vejpark@allerod.dk", "Regning træfældning Tokkekøb")
            .text("Hej Vej og Park\n\nHermed regning for fældning af de tre bøge i Tokkekøb Hegn efter stormen, 37.250 kr. "
                + "Betal til " + mule(7) + ", min faste konto er spærret i øjeblikket.\n\nJonas");
        genuine(m, GMAIL);
        m.description = "the forestry firm's name on gmail bills storm felling to an NL IBAN";

        // fake-reminder-inkasso
        int q = 0;
        for (Supplier s : List.of(kontor, vognmand)) {
            Past p = past.get(s.domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Allerød Inkasso", "sag@" + OWNED[9], "kreditor@allerod.dk", "Inkassovarsel - " + s.name())
                .text("Til " + KOMMUNE + "\n\nVi er af " + s.name() + " sat til at inddrive faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. med tillæg af gebyr 350 kr. Betal til " + mule(q + 2) + " senest fredag, "
                    + "ellers indberettes I til RKI og sagen går til fogedretten." + ps(q + 9) + "\n\nAllerød Inkasso");
            own(m, OWNED[9], "fake inkasso with " + s.domain() + "'s real wave-1 invoice number");
            q++;
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "besked@" + OWNED[10], "it@allerod.dk", "Jeres MitID Erhverv udløber")
            .html("<html><body><p>Kære administrator</p><p>Organisationens MitID Erhverv skal fornyes inden 48 timer, ellers "
                + "lukkes adgangen for alle medarbejdere i " + KOMMUNE + ".</p><p><a href=\"https://" + OWNED[10] + "/forny\">"
                + "Forny adgang</a></p></body></html>");
        own(m, OWNED[10], "fake MitID Erhverv renewal link");
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@" + OWNED[11], "oekonomi@allerod.dk", "Ulæst brev fra Udbetaling Danmark")
            .html("<html><body><p>Der ligger et ulæst brev til " + KOMMUNE + " om tilbagebetaling af dobbelt udbetalt "
                + "boligstøtte. Log ind for at se beløbet.</p><p><a href=\"https://" + OWNED[11] + "/log-ind\">Åbn brevet</a>"
                + "</p></body></html>");
        own(m, OWNED[11], "fake Digital Post 'unread letter' link");

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Lillerød Parkering", "afgift@" + OWNED[12], "ejendomscenter@allerod.dk", "Kontrolafgift - kommunal bil")
            .text("Kommunens bil CV 41 228 er registreret uden gyldig P-tilladelse ved Lillerød Station. Scan QR-koden og "
                + "betal 790 kr. inden 7 dage." + ps(16))
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        own(m, OWNED[12], "parking fine at Lillerød station, QR image");
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "info@" + OWNED[13], "oekonomi@allerod.dk", "Fejl i jeres Betalingsservice-aftale")
            .text("Jeres tilmelding til Betalingsservice for varmeregningen er udløbet. Scan koden for at tilmelde igen og "
                + "betal det udestående beløb.")
            .attach("image/png", "betalingsservice.png", Attachments.qr(docId(m, "qr2")));
        own(m, OWNED[13], "'expired direct debit' with a QR image");

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        headers(m, rengoer.person(), "adm@" + OWNED[14], "kreditor@allerod.dk", "Faktura " + no + " (komprimeret)")
            .text("Hej\n\nFakturaen er pakket, fordi vores mailsystem afviser store PDF'er. Adgangskode: 2036\n\nEngholm Rengøring")
            .attach("application/zip", "faktura-" + no + ".zip", Attachments.zip("faktura-" + no + ".pdf",
                Attachments.pdf(docId(m, "zip"), "Faktura " + no, List.of("Engholm Rengøring ApS", "Betaling: " + mule(9)))));
        own(m, OWNED[14], "look-alike of the cleaning firm, invoice in a ZIP");
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        headers(m, vvs.person(), "tk@" + OWNED[15], "ejendomscenter@allerod.dk", "Samlet fakturering november")
            .text("Hej\n\nAlle novemberfakturaer ligger i arkivet.\n\nTom\nSandholm VVS")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura-" + no + ".pdf",
                Attachments.pdf(docId(m, "7z"), "Faktura " + no, List.of("Sandholm VVS ApS", "Konto " + mule(10)))));
        own(m, OWNED[15], "look-alike of the plumber, invoice in a 7z");

        // office-macro
        m = bad("office-macro");
        headers(m, "Lillerød Kontorforsyning", "ordre@" + OWNED[16], "indkoeb@allerod.dk", "Tilbud og faktura på toner")
            .text("Hej\n\nTilbuddet og fakturaen ligger i Word-filen. Klik 'Aktivér indhold' for at se priserne." + ps(10) + "\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Toner_tilbud.docm", Attachments.word(
                "Tilbud og faktura, toner til Rådhuset. Betaling til " + mule(0), true));
        own(m, OWNED[16], "look-alike of the office-supply firm, .docm");
        m = bad("office-macro");
        headers(m, "Vassingerød IT", "faktura@" + OWNED[17], "it@allerod.dk", "Opgørelse Chromebooks")
            .text("Hej\n\nOpgørelsen over Chromebooks til skolerne er vedlagt. Aktivér makroer for at se beregningen.\n\n"
                + "Fakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebooks.xlsm", Attachments.excel(List.of(
                "Antal;Enhed;Pris", "140;Chromebook;2.150,00", "Ny konto;" + mule(13) + ";"), true));
        own(m, OWNED[17], "look-alike of the IT firm, .xlsm with a new account");

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, "Kim Toft", "kim@" + OWNED[18], "skoler@allerod.dk", "Regning maling")
            .text("Hej\n\nHer er regningen, taget med telefonen. Ny konto står på den.\n\nKim")
            .attach("image/jpeg", "IMG_5512.jpg", Attachments.image(docId(m, "img"), "jpg"));
        own(m, OWNED[18], "look-alike of the painter, image-only invoice");
        m = bad("image-only-invoice");
        headers(m, "Mette Lund", "ml@" + OWNED[19], "vejpark@allerod.dk", "Scannet faktura saltkørsel")
            .text("Hej\n\nVedhæftet scannet faktura for saltkørslen. Bemærk ny bankkonto på fakturaen.\n\nMette")
            .attach("application/pdf", "SCAN_0412.pdf", Attachments.scannedPdf(docId(m, "scan")));
        own(m, OWNED[19], "look-alike of the haulier, scanned PDF only");

        // xml-invoice-changed-account
        int xi = 0;
        for (Object[] x : new Object[][] {{bus, OWNED[20]}, {it, OWNED[21]}}) {
            Supplier s = (Supplier) x[0];
            m = bad("xml-invoice-changed-account");
            no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = xi == 1;
            headers(m, s.name(), s.box() + "@" + x[1], "efaktura@allerod.dk", "E-faktura " + no)
                .text("Hej\n\nE-fakturaen er vedhæftet som XML, fordi NemHandel har problemer i dag.\n\n" + s.name())
                .attach("application/xml", "efaktura-" + no + ".xml", ubl(no, s, mule(xi + 4), a, isoDay(m, 0), isoDay(m, 30),
                    peppol, "AK-" + (62_000 + xi)).getBytes(StandardCharsets.UTF_8));
            own(m, (String) x[1], (peppol ? "Peppol" : "OIOUBL") + " XML in " + s.domain() + "'s name and CVR, payee changed");
            xi++;
        }

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signaturfjer", "sign@" + OWNED[22], "kultur@allerod.dk", "Dokument afventer: lejeaftale klubhus")
            .html("<html><body><p>Lynge Golfklub har sendt et dokument til underskrift. Log ind med jeres arbejdskonto for at "
                + "åbne det.</p><p><a href=\"https://" + OWNED[22] + "/doc\">Se dokument</a></p></body></html>");
        own(m, OWNED[22], "fake e-signature request on a look-alike of signaturfjer.dk, login page");
        m = bad("fake-esignature-request");
        headers(m, "Lynge eSign", "noreply@" + OWNED[23], "ejendomscenter@allerod.dk", "Underskrift: købsaftale grund Lynge")
            .html("<html><body><p>Købsaftalen for grunden på Lynge Bygade er klar til underskrift. Bekræft med din "
                + "Microsoft-konto.</p><p><a href=\"https://" + OWNED[23] + "/sign\">Underskriv</a></p></body></html>");
        own(m, OWNED[23], "fake e-signature for a land deal behind a work-account login");

        // split-payment-redirect
        Object[][] sp = {{bus, OWNED[24]}, {vvs, OWNED[25]}};
        int si = 0;
        for (Object[] x : sp) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            m = bad("split-payment-redirect");
            headers(m, s.person(), s.box() + "@" + x[1], "kreditor@allerod.dk", "Faktura " + p.no() + " - opdelt betaling")
                .text("Hej\n\nAf hensyn til vores kassekredit beder vi jer dele betalingen af faktura " + p.no() + ": "
                    + (si == 0 ? "halvdelen til den sædvanlige konto og halvdelen til " : "20.000 kr. til den gamle konto og "
                    + "resten til ") + mule(si + 17) + "." + ps(si * 2 + 13) + ps(si * 2 + 14) + "\n\n" + s.person() + ", " + s.name());
            own(m, (String) x[1], "split payment of " + s.domain() + "'s real wave-1 invoice");
            si++;
        }

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "fornyelse@" + OWNED[26], "it@allerod.dk", "Fornyelse af allerod.dk")
            .text("Registreringen af domænet allerod.dk udløber om 5 dage. Betal fornyelsesgebyret 2.480 kr. til " + mule(11)
                + ", ellers kan domænet overtages af tredjemand." + ps(21) + "\n\nDomæneservice")
            .attach("application/pdf", "Fornyelse.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse allerod.dk",
                List.of("Domæne: allerod.dk", "Periode 1 år", "DKK 2.480,00", "Konto " + mule(11))));
        own(m, OWNED[26], "fake domain renewal for our own domain");
        m = bad("fake-domain-renewal");
        headers(m, "DK Domæner", "regning@" + OWNED[27], "oekonomi@allerod.dk", "Faktura: SEO-registrering lillerod-by.dk")
            .text("Hej\n\nVi har reserveret domænet lillerod-by.dk til jer og registreret det i søgemaskiner. Faktura på "
                + "3.950 kr. betales til " + mule(5) + " inden 8 dage." + ps(7) + "\n\nDK Domæner");
        own(m, OWNED[27], "domain and search-engine 'registration' nobody ordered");

        // fake-abandoned-bike-removal-invoice (new)
        m = bad("fake-abandoned-bike-removal-invoice");
        invoice(m, cykel.posing(OWNED[28], cykel.account()), mule(13), 16, List.of("Aftale " + bikeAgreement + " - ekstrarunde"),
            "", "Efter Banedanmarks varsel om sporarbejde ryddede vi i weekenden de sidste 96 efterladte cykler på østsiden af "
                + "Allerød Station under aftale " + bikeAgreement + ". Regningen er vedhæftet, og vi har fået ny erhvervskonto, "
                + "som beløbet skal overføres til.");
        own(m, OWNED[28], "look-alike of the bicycle firm cites the real agreement, 'extra round', new account");
        m = bad("fake-abandoned-bike-removal-invoice");
        headers(m, "Lillerød Cykelparkering", "drift@" + OWNED[29], "vejpark@allerod.dk", "Faktura: oprydning i cykelkældre")
            .text("Hej Vej og Park\n\nVi har ryddet 118 efterladte cykler og 40 løse hjul i cykelkælderen ved Lillerød Skole og "
                + "på stationspladsen. Cyklerne er skrottet efter reglerne. Beløbet 29.750,00 kr. inkl. moms betales til "
                + mule(14) + " inden 5 dage." + ps(22) + "\n\nLillerød Cykelparkering")
            .attach("application/pdf", "oprydning.pdf", Attachments.pdf(docId(m, "cyk"), "Faktura cykeloprydning",
                List.of("Lillerød Cykelparkering", "118 cykler og 40 hjul fjernet og skrottet", "I alt inkl. moms 29.750,00",
                    "Konto " + mule(14))));
        own(m, OWNED[29], "unknown firm bills clearing of abandoned bikes at Lillerød (MT IBAN)");
        m = bad("fake-abandoned-bike-removal-invoice");
        headers(m, "Blovstrød Cykeloprydning", "kontor@" + OWNED[30], "skoler@allerod.dk", "Forudbetaling: cykelrydning skoler")
            .text("Hej\n\nSom aftalt med jeres skoleleder kommer vi i uge 2 og mærker og fjerner ejerløse cykler ved alle "
                + "kommunens skoler. Halvdelen af prisen, 14.500 kr., betales forud til " + mule(15) + " for at holde datoen." + ps(3)
                + "\n\nBlovstrød Cykeloprydning");
        own(m, OWNED[30], "'agreed with your head teacher' school bike clearing against prepayment (SE IBAN)");

        // fake-clay-pit-slope-securing-invoice (new)
        m = bad("fake-clay-pit-slope-securing-invoice");
        invoice(m, geo.posing(OWNED[31], geo.account()), mule(10), 17, List.of("Sag " + pitCase + " - akut stabilisering"), "",
            "Efter regnen i sidste uge viste inklinometer 3 i nordskrænten bevægelse over alarmgrænsen, og vi lod straks lægge "
                + "stenkastning og nedramme spuns under sag " + pitCase + ". Hastearbejdet ligger uden for aftalen og skal "
                + "betales med det samme til vores nye konto.");
        own(m, OWNED[31], "look-alike of the geotechnical firm cites the real case, 'urgent stabilisation', RO IBAN");
        m = bad("fake-clay-pit-slope-securing-invoice");
        headers(m, "Lergraven Allerød", "faktura@" + OWNED[32], "natur@allerod.dk", "Faktura: hegn langs lergravens kant")
            .text("Hej Natur og Miljø\n\nSom aftalt med jeres tekniske afdeling i sommer har vi sat 340 meter trådhegn og "
                + "advarselsskilte op langs kanten af den gamle lergrav. Fakturaen på 61.200,00 kr. inkl. moms forfalder om "
                + "fire dage; indbetal til " + mule(11) + "." + ps(13) + "\n\nLergraven Allerød")
            .attach("application/pdf", "hegn-lergrav.pdf", Attachments.pdf(docId(m, "heg"), "Faktura hegn",
                List.of("Lergraven Allerød", "340 m trådhegn og 6 skilte, monteret", "Total inkl. moms 61.200,00",
                    "Indbetaling " + mule(11))));
        own(m, OWNED[32], "unknown firm bills a fence along the clay pit 'agreed in summer' (BG IBAN)");
        m = bad("fake-clay-pit-slope-securing-invoice");
        headers(m, "Kollerød Skråningssikring", "ordre@" + OWNED[33], "vejpark@allerod.dk", "Lovpligtig skrænteftersyn - rapport")
            .text("Goddag\n\nVi har udført det lovpligtige eftersyn af skrænterne i Allerød Lergrav og fundet fire steder med "
                + "risiko for skred. Rapporten sendes, når fakturaen på 44.800,00 kr. er betalt til " + mule(12) + "." + ps(9) + "\n\n"
                + "Kollerød Skråningssikring");
        own(m, OWNED[33], "unknown firm holds a 'mandatory slope survey' report hostage for payment (CY IBAN)");
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus83().generate(), List.of(
            "# Allerød Kommune, Økonomi: invoice checks (eighty-third held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=allerod-varmevaerk.dk blovstrod-anlaeg.dk lynge-kloakservice.dk kollerod-el.dk "
                + "uggelose-toemrer.dk engholm-rengoering.dk ravnsholt-skovservice.dk nymolle-vognmand.dk "
                + "allerod-cykelservice.dk allerod-geoteknik.dk lillerod-kontorforsyning.dk sandholm-vvs.dk bastrup-maler.dk "
                + "lynge-storkoekken.dk allerod-nyt.dk vassingerod-it.dk tokkekob-busser.dk kollerod-byggecenter.dk",
            "invoice.domains.platforms=fakturaspurv.dk kontoklokke.com girohjul.io regnebud.dk",
            "invoice.names.protected=Allerød Kommune"));
    }
}
