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
 * The eighty-first held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Albertslund Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, schools,
 * elderly care, culture, housing and roads mailboxes; town hall Nordmarks Allé 1, 2620 Albertslund) west of Copenhagen:
 * Albertslund with its concrete low-rise estates (Galgebakken, Hyldespjældet, Kanalen), Herstedvester, Herstedøster,
 * Vridsløselille, Roholm, Kongsholm, Egelundsparken, Tranehaven, the forest Vestskoven and the industrial area Hersted
 * Industripark with its street-lighting test lab; seventeen listed suppliers from those places in every DNS posture real
 * Danish firms have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code regnbud.com},
 * {@code kvitbro.dk}, {@code saldoslusen.dk}, {@code betalingsbaand.io}), a lighting firm running the municipality's
 * street-lighting lab, a facade firm renovating the concrete estates, a path firm keeping the cycle superhighway clear of
 * snow, sole traders on free mail, foreign suppliers, SaaS, an ESP, an e-signature service, banks, a creditor list,
 * forwarders (with and without SRS) and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names on free mail,
 * fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives,
 * macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature requests, domain-renewal
 * invoices, payroll changes, look-alikes, homoglyphs) and three kinds new here: luminaire, sensor or controller work in the
 * street-lighting lab billed by someone who never worked there (fake-streetlight-living-lab-invoice); concrete, balcony or
 * facade repairs in the low-rise estates billed to a new account (fake-concrete-estate-renovation-invoice); and salting,
 * snow clearing or surface repair on the cycle superhighway billed by someone who never drove it
 * (fake-cycle-superhighway-winter-invoice). The invoice engine, its tests, tuning notes and earlier results were not read.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its
 * computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus81GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus81 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout81");
    public static final String OWN = "albertslund.dk";
    static final String FRAUD_NET = "127.181.";
    private static final String OWN_IP = "127.81.0.1";
    private static final String EAN = "5798000263124";
    private static final String KOMMUNE = "Albertslund Kommune";
    private static final String RAADHUS = "Nordmarks Allé 1, 2620 Albertslund";
    private static final String HOSTER_IP = "127.81.9.1";
    private static final String GMAIL = "127.83.1.1";
    private static final String MSFT = "127.83.2.1";
    private static final String APPLE = "127.83.5.1";

    private final Random rnd = new Random(81_2620_0081L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The lighting lab's test agreement number (the frauds cite it). */
    private String labCase;
    /** The renovation case for the concrete estates (the frauds cite it). */
    private String estateCase;
    /** The winter contract for the cycle superhighway (the frauds cite it). */
    private String winterContract;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 15, 0, 0, ZoneOffset.ofHours(1));
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

    private final Supplier varme = new Supplier("Albertslund Varmeservice A/S", "albertslund-varmeservice.dk", "Kundecenter",
        "kundecenter", "127.81.1.1", iban("DK", "20000007104418"), "fjernvarme til Rådhuset, Musikteatret og Kongsholm Skole");
    private final Supplier entrep = new Supplier("Herstedøster Anlæg ApS", "herstedoester-anlaeg.dk", "Morten Skov", "ms",
        "127.81.1.2", bank("2000", "0007110932"), "ny belægning og afvanding ved Herstedøster Skole");
    private final Supplier lys = new Supplier("Hersted Lysteknik ApS", "hersted-lysteknik.dk", "Sofie Lind", "sofie",
        "127.81.1.3", iban("DK", "30000007122655"), "drift af testfelterne for gadebelysning i Hersted Industripark");
    private final Supplier facade = new Supplier("Galgebakken Facadeservice ApS", "galgebakken-facade.dk", "Projektkontoret",
        "projekt", "127.81.1.4", bank("3000", "0007133870"), "betonreparation og altanværn i Galgebakken og Hyldespjældet");
    private final Supplier sti = new Supplier("Vestskov Stiservice v/ Rasmus Holt", "vestskov-stiservice.dk", "Rasmus Holt",
        "rasmus", "127.81.1.5", iban("DK", "20000007145093"), "vintertjeneste og reparation af supercykelstien langs "
        + "Albertslundruten");
    private final Supplier toemrer = new Supplier("Roholm Tømrer ApS", "roholm-toemrer.dk", "Kasper Bech", "kb", "127.81.1.6",
        bank("2000", "0007156211"), "nye døre og lofter, Roholm Børnehus");
    private final Supplier maler = new Supplier("Kongsholm Malerfirma v/ Ib Sand", "kongsholm-maler.dk", "Ib Sand", "ib",
        "127.81.1.7", bank("3000", "0007167744"), "maling af gange og fællesrum, Plejecentret Albertshøj");
    private final Supplier rengoer = new Supplier("Albertslund Rengøring A/S", "albertslund-rengoering.dk", "Økonomi",
        "okonomi", "127.81.1.8", iban("DK", "30000007178302"), "rengøring af Rådhuset, Bibliotek og Borgerservice");
    private final Supplier avis = new Supplier("Albertslund Posten", "albertslundposten.dk", "Annonceafdelingen", "annonce",
        "127.81.1.9", iban("DK", "20000007189517"), "annoncer: lokalplan for Hersted Industripark og stillinger i dagplejen");
    private final Supplier vognmand = new Supplier("Vridsløselille Kørsel ApS", "vridsloselille-koersel.dk", "Tina Krogh",
        "tina", "127.81.1.10", bank("2000", "0007190226"), "kørsel med grus og bortkørsel af haveaffald fra Vestskoven");
    private final Supplier el = new Supplier("Hyldespjældet El ApS", "hyldespjaeldet-el.dk", "Brian Juhl", "bj", HOSTER_IP,
        bank("3000", "0007201459"), "nye tavler og nødbelysning, Hyldagerskolen");
    private final Supplier vvs = new Supplier("Tranehaven VVS ApS", "tranehaven-vvs.dk", "Værkstedet", "vaerksted",
        "127.81.1.12", bank("2000", "0007212680"), "service på varmtvandsbeholdere og nye blandingsbatterier, Egelundskolen");
    private final Supplier mad = new Supplier("Albertslund Madservice A/S", "albertslund-madservice.dk", "Bogholderiet",
        "bogholderi", "127.81.1.13", iban("DK", "30000007223917"), "mad til hjemmeboende pensionister og plejecentrene");
    private final Supplier byg = new Supplier("Hersted Byggemarked A/S", "hersted-byggemarked.dk", "Erhvervssalg", "erhverv",
        "127.81.1.14", iban("DK", "20000007234148"), "byggematerialer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Kanalens IT ApS", "kanalens-it.dk", "Fakturering", "fakturering",
        "127.81.1.15", bank("3000", "0007245375"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Albertslund Flexkørsel ApS", "albertslund-flexkoersel.dk", "Kørselskontoret",
        "koersel", "127.81.1.16", bank("2000", "0007256604"), "kørsel til specialklasser og svømning i Albertslund Svømmehal");
    private final Supplier kontor = new Supplier("Egelund Kontorforsyning ApS", "egelund-kontor.dk", "Ordre", "ordre",
        "127.81.1.17", iban("DK", "30000007267831"), "papir, toner og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Hersted Industrismedie", "hersted-smedie.dk", "Allan Friis", "allan",
        "127.81.2.1", bank("2000", "0007278062"), "nyt rækværk ved broen over kanalen i Albertslund Centrum");
    private final Supplier natur = new Supplier("Vestskovens Naturpleje v/ Helle Maag", "vestskov-naturpleje.dk", "Helle Maag",
        "helle", "127.81.2.2", bank("3000", "0007289299"), "slåning af engene ved Herstedhøje og rydning af pil");
    private final Supplier guide = new Supplier("Fugleture v/ Nikolaj Brandt", "gmail.com", "Nikolaj Brandt",
        "nikolaj.brandt.fugle", GMAIL, bank("2000", "0007290428"), "fugletur i Vestskoven for 4. årgang, 3 hold");
    private final Supplier tolk = new Supplier("Tolk v/ Leyla Demir", "outlook.com", "Leyla Demir", "leyla.demir.tolk", MSFT,
        bank("3000", "0007301655"), "tolkning tyrkisk-dansk, Jobcentret, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Bent Lauritsen", "icloud.com", "Bent Lauritsen",
        "bent.lauritsen.harmonika", APPLE, bank("2000", "0007312886"), "eftermiddagsmusik, Plejecentret Albertshøj og Humlehaven");
    private final Supplier tysk = new Supplier("Lübecker Radwegtechnik GmbH", "lubecker-radwegtechnik.de", "Buchhaltung",
        "buchhaltung", "127.82.1.1", iban("DE", "230400000067421903"), "Zählstellen für den Radschnellweg");
    private final Supplier svensk = new Supplier("Malmö Gatuljus AB", "malmo-gatuljus.se", "Fakturor", "fakturor",
        "127.82.2.1", iban("SE", "45500000058310044712"), "armaturer och styrenheter till testfältet");

    private final List<Supplier> listed = List.of(varme, entrep, lys, facade, sti, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying an Albertslund place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"albertslund-varmeservice.com", "herstedoster-anlaeg.dk", "hersted-byggemarked.net",
        "hyldespjaeldet-el.net", "albertslund-rengoring.dk", "tranehaven-vvs.net", idn("hersted-byggem\u0430rked.dk"),
        idn("albert\u0455lund.dk"), "regnbud-albertslund.com", "kvitbro-herstedvester.dk", "roholm-tomrer.dk",
        "albertslund-madservice.net", "albertslund-flexkorsel.dk", "vridsloselille-korsel.dk", "albertslund-inkasso.dk",
        "mitid-vridsloselille.com", "digitalpost-herstedvester.net", "albertslund-domaener.dk", "kongsholm-parkering.dk",
        "egelund-betaling.net", "kongsholm-malerfirma.dk", "egelund-kontor.net", "kanalens-itdrift.dk",
        "herstedoester-anlaeg.net", "signer-roholm.dk", "galgebakken-dokument.net", "hersted-lysteknik.net",
        "albertslund-lyslab.dk", "herstedvester-belysning.dk", "galgebakken-facade.com", "hyldespjaeldet-beton.dk",
        "kanalen-renovering.dk", "vestskov-stiservice.net", "albertslundruten-drift.dk", "herstedhoeje-vinter.dk",
        "tranehaven-vvs-aps.dk", "albertslund-flexkoersel.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(lys.domain(), List.of(lys.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(facade.domain(), List.of(facade.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(sti.domain(), List.of(sti.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain(toemrer.domain(), null, null, null, null); // nothing published
        domain(maler.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(rengoer.domain(), List.of(rengoer.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.81.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.81.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null);
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vestegn-affaldsselskab.dk", List.of("127.81.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vejdirektoratet-tilsyn-hersted.dk", List.of("127.81.10.6"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("musikteatret-albertslund.dk", List.of("127.81.10.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("herstedvester-idraetsforening.dk", List.of("127.81.10.3"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kongsholm-revision.dk", List.of("127.81.10.4"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("albertslund-isenkram.dk", List.of("127.81.10.5"), "-all", null, "none");
        domain("vestskov-golfbane.dk", List.of("127.81.10.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("regnbud.com", List.of("127.81.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kvitbro.dk", List.of("127.81.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("saldoslusen.dk", List.of("127.81.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("betalingsbaand.io", List.of("127.81.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("albertslund-sparekasse.dk", List.of("127.81.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hersted-andelskasse.dk", List.of("127.81.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-vestegnen.dk", List.of("127.81.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("glostrup-bogholderne.dk", List.of("127.81.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoebsringen-vest.dk", List.of("127.81.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postkaskade.com", List.of("127.81.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelraadet-vest.dk", List.of("127.81.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.albertslund-fiber.dk", List.of("127.81.28.1"), "-all", null, null);
        domain("relay.hersted-net.dk", List.of("127.81.29.1"), "-all", null, null);
        domain("ruteklog.io", List.of("127.81.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("plejeskema.dk", List.of("127.81.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signerkvik.dk", List.of("127.81.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"reject", "none", null, "quarantine", "none", null, "reject"};
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
        switch (Math.floorMod(sha256("no81:" + s.domain()).hashCode(), 5)) {
            case 0:
                return "36" + String.format("%05d", 400 + rnd.nextInt(9_000));
            case 1:
                return "AL" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "F-2036-" + String.format("%04d", 40 + rnd.nextInt(900));
            default:
                return "INV" + (71_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@albertslund.dk", "efaktura@albertslund.dk", "kreditor@albertslund.dk",
        "oekonomi@albertslund.dk", "teknik@albertslund.dk", "skole@albertslund.dk", "omsorg@albertslund.dk",
        "boligsocial@albertslund.dk", "ejendomme@albertslund.dk", "indkoeb@albertslund.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf81:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(38_000_000 + Math.floorMod(sha256("cvr81:" + domain).hashCode(), 6_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi81:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "albertslund-varmeservice.dk" -> "Vognporten 6, 2620 Albertslund";
            case "herstedoester-anlaeg.dk" -> "Herstedøster Landsbygade 21, 2620 Albertslund";
            case "hersted-lysteknik.dk" -> "Fabriksparken 31, 2600 Glostrup";
            case "galgebakken-facade.dk" -> "Galgebakken Søndre 4, 2620 Albertslund";
            case "vestskov-stiservice.dk" -> "Roskildevej 340, 2630 Taastrup";
            case "roholm-toemrer.dk" -> "Roholmsvej 12, 2620 Albertslund";
            case "kongsholm-maler.dk" -> "Kongsholmcentret 9, 2620 Albertslund";
            case "albertslund-rengoering.dk" -> "Herstedvang 8, 2620 Albertslund";
            case "albertslundposten.dk" -> "Bytorvet 15, 2620 Albertslund";
            case "vridsloselille-koersel.dk" -> "Vridsløsemagle Tværvej 3, 2620 Albertslund";
            case "hyldespjaeldet-el.dk" -> "Hyldespjældet 104, 2620 Albertslund";
            case "tranehaven-vvs.dk" -> "Tranehavegård 2, 2620 Albertslund";
            case "albertslund-madservice.dk" -> "Coperbyvej 5, 2620 Albertslund";
            case "hersted-byggemarked.dk" -> "Holsbjergvej 46, 2620 Albertslund";
            case "kanalens-it.dk" -> "Kanalens Kvarter 18, 2620 Albertslund";
            case "albertslund-flexkoersel.dk" -> "Fabriksvej 11, 2620 Albertslund";
            case "egelund-kontor.dk" -> "Egelundsvej 27, 2620 Albertslund";
            case "hersted-smedie.dk" -> "Herstedvang 30, 2620 Albertslund";
            case "vestskov-naturpleje.dk" -> "Snubbekorsvej 9, 2630 Taastrup";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with "Fra"/"Til" lines and a line table; a job card with labour,
     * machine hours and materials and the FI line (card 71); a quarterly statement with meter and fixed charge and the FI
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
                l.add("Fra: " + s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Til: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Udstedt " + dottedDay(m, 0) + " | Jeres kontakt hos os: " + s.person());
                l.add("Linje 1: " + s.what());
                l.add("Beløb uden moms " + a.net() + " | Moms 25% " + a.vat() + " | I alt DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage, senest " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Overføres til " + account + " med fakturanummer som tekst");
                }
            }
            case 1 -> {
                head = "Jobkort / faktura " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " (EAN " + EAN + "). Opgave: " + s.what());
                long labour = a.ore() * 47 / 100;
                long machine = a.ore() * 13 / 100;
                l.add("Arbejdsløn " + kr(labour) + " | Maskintimer " + kr(machine) + " | Materialer " + kr(a.ore() - labour - machine));
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = " + a.gross());
                l.addAll(more);
                l.add("Forfaldsdato " + writtenDay(m, 21) + (account == null ? "" : " | bank " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Kvartalsopgørelse " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Aftalenr. " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - " + KOMMUNE);
                l.add("Periode " + dashedDay(m, -91) + " til " + dashedDay(m, -1) + ": " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast bidrag " + kr(fixed) + " | Målt forbrug og ydelser " + kr(a.ore() - fixed));
                l.add("Sum ekskl. moms " + a.net() + " | moms " + a.vat() + " | til betaling " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist " + dashedDay(m, 14) + (account == null ? "" : " | konto " + account));
                if (own) {
                    l.add("Betalingslinje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Albertslund-" + no + ".pdf", "FAK" + no + ".pdf",
            "doc_" + no + ".pdf", "regning-" + no + ".pdf", no + ".pdf", "Faktura-nr-" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Albertslund Kommune", "Til kreditorbogholderiet", "Hej", "Kære kunde",
        "Att.: Økonomi", "Hej kreditor", "Goddag Albertslund", "Til rette vedkommende"};

    private String phone() {
        return "43 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig81:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nMvh.\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\nSendt fra min iPhone" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nMange hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_200_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Fakturanr. " + no + " (EAN " + EAN + ")", s.name() + ": faktura " + no, "Regning " + no, "Faktura vedr. " + s.what(),
            "Jeres faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede fil finder I faktura " + no + ", i alt " + a.gross() + " kr. med moms, som forfalder "
                + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er samtidig sendt elektronisk til EAN " + EAN + ", så der er tale om en kopi til orientering.";
            case 3 -> "Tak for samarbejdet denne gang. Vedlagt er fakturaen i PDF.";
            case 4 -> "Fakturanummer: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 30);
            case 5 -> "Arbejdet er afsluttet og afleveret, og fakturaen med jeres ordrenummer ligger som bilag.";
            case 6 -> "Her er månedens faktura. Giv lyd, hvis noget skal rettes, før den bogføres hos jer.";
            default -> "Se venligst den vedhæftede faktura.";
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
        if (List.of(varme, rengoer, mad, it, bus, kontor, lys).contains(s)) {
            return 2;
        }
        if (List.of(entrep, facade, sti, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Nordmarks Allé 1", "Albertslund", "2620", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        labCase = "LAB-" + (410 + rnd.nextInt(90));
        estateCase = "GB-REN-" + (1_700 + rnd.nextInt(300));
        winterContract = "VT-" + (5_100 + rnd.nextInt(700));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == lys ? List.of("Testaftale " + labCase + ": 24 armaturer og styreboks på felt B")
                : s == facade ? List.of("Renoveringssag " + estateCase + ": 36 altaner, etape 2")
                : s == sti ? List.of("Vinterkontrakt " + winterContract + ": saltning 14 km supercykelsti") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Vej og Park"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the canal bridge railing, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, maler);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Ordrenr. AK-" + (22_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@albertslund.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sted: " + (k % 3 == 0 ? "Kongsholm Skole, fløj C" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 3 ? "\n\nLeveringsbevis ligger i en særskilt fil." : "");
            if (k % 5 == 3) {
                m.mime.attach("application/pdf", "leveringsbevis.pdf", Attachments.pdf(docId(m, "lb"), "Leveringsbevis",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Albertslund", "Paller: " + (2 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "")
                + (s == maler ? " (DKIM only, p=quarantine)" : "");
            k++;
        }
        M m = ok("supplier-invoice", true);
        invoice(m, toemrer, toemrer.account(), 30, List.of("Ordrenr. AK-23990"), "");
        genuine(m, toemrer.ip());
        m.description = "roholm-toemrer.dk invoice, domain publishes nothing: not authenticated";
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
        Object[][] c = {{byg, "Kreditering af ", "Fire paller fliser blev returneret, fordi farven ikke svarede til ordren."},
            {kontor, "Kreditnota til faktura ", "Tonerpatronerne til de gamle printere var fejlbestilt og er sendt retur."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (700 + rnd.nextInt(200));
            Amount a = amount(90_000).credit();
            headers(m, s.person(), addr(s), "kreditor@albertslund.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedlagt og kan "
                    + "fratrækkes jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Efter vores bogføring er nedenstående faktura endnu ikke indbetalt. Har I "
            + "allerede betalt, beder vi jer se bort fra denne mail."},
            {entrep, "Rykker 1", "Fakturaen er nu 12 dage over forfald. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@albertslund.dk", x[1] + " - " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som betales til den konto, der altid har stået på vores fakturaer: " + s.account() + "."
                    + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato: se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@albertslund.dk", "Saldobekræftelse " + dottedDay(m, -1))
            .text("Hej kreditor\n\nTil jeres afstemning ved årets udgang: vi har registreret betaling af faktura " + p.no()
                + ", og saldoen hos os er 0,00 kr." + signature(s));
        genuine(m, s.ip());
        m.description = "vridsloselille-koersel.dk balance confirmation, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(700_000);
            boolean peppol = v == 0;
            String ref = "AK-" + (31_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@albertslund.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej e-faktura\n\nVores nye bogføringsprogram er endnu ikke tilsluttet jeres EAN, så denne gang følger "
                    + "XML-fakturaen med som vedhæftning sammen med en læsbar PDF. Kontonummeret er uændret. Skulle fakturaen "
                    + "også dukke op via NemHandel, er det den samme og skal kun betales én gang.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "PEPPOL-" : "OIOUBL-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordrereference " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"regnbud.com", "kvitbro.dk", "saldoslusen.dk", "betalingsbaand.io"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(300_000);
            m.mailFrom = "b-" + sha256("plat81:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "BB" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Betalingsbånd", "faktura@betalingsbaand.io", "omsorg@albertslund.dk", "Faktura " + no + " - vikartimer oktober")
                    .text("Til " + KOMMUNE + ", Ældre og Sundhed\n\nHer er fakturaen for de vikartimer i hjemmeplejen, som "
                        + "distriktslederen har kvitteret for i oktober (112 timer). Vikarerne er ansat og lønnet hos os.\n\n"
                        + "Beløb " + a.gross() + " kr., forfald " + dottedDay(m, 21) + ".\n\nBetalingsbånd")
                    .attach("application/pdf", "Betalingsbaand-" + no + ".pdf", Attachments.pdf(docId(m, "bb"), "Faktura " + no,
                        List.of("Betalingsbånd ApS", "Kunde: " + KOMMUNE + ", Ældre og Sundhed", "Vikartimer oktober 2036: 112",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "20000007323119"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform betalingsbaand.io invoices approved temp hours in home care under its own name";
                continue;
            }
            String no = "RB" + (510_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "teknik@albertslund.dk" : "natur@albertslund.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som PDF i denne mail. Svar direkte, hvis I har spørgsmål - svaret går til "
                    + s.person() + ".</p><p style=\"color:#888;font-size:10px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 4, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, så beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "LR-" + (36_800 + rnd.nextInt(500));
        Amount a = amount(700_000);
        headers(m, "Lübecker Radwegtechnik", addr(tysk), "teknik@albertslund.dk", "Rechnung " + no + " Zählstellen")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " für zwei Zählstellen am Radschnellweg "
                + "Albertslundruten. Steuerschuldnerschaft des Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Lübeck", "Kunde: " + KOMMUNE + ", Vej og Park", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "MG" + (8_200 + rnd.nextInt(600));
        headers(m, "Malmö Gatuljus", addr(svensk), "teknik@albertslund.dk", "Faktura " + no + " armaturer testfält")
            .text("Hej,\n\nBifogat finns fakturan för de armaturer och styrenheter som levererats till ert testfält för "
                + "gatubelysning i Hersted. Betalning till vårt konto enligt fakturan.\n\nVänliga hälsningar\nFakturor, "
                + "Malmö Gatuljus AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "IBAN-betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish lighting supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Ruteklog Billing", "billing@ruteklog.io", "it@albertslund.dk", "Your Ruteklog invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Ruteklog (route planning for special-needs "
                + "school transport, 9 routes). An e-invoice copy is sent to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Ruteklog team")
            .attach("application/pdf", "ruteklog-invoice.pdf", Attachments.pdf(docId(m, "rk"), "Invoice",
                List.of("Ruteklog ApS", "Customer: " + KOMMUNE, "Subscription November 2036, 9 routes", "DKK " + a.gross())));
        genuine(m, "127.81.30.1");
        m.description = "SaaS ruteklog.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(250_000);
        headers(m, "Plejeskema", "kvittering@plejeskema.dk", "omsorg@albertslund.dk", "Kvittering - Plejeskema licens")
            .text("Hej\n\nTak for betalingen af jeres Plejeskema-licens (vagtplanlægning, 210 brugere). Der er hævet "
                + a.gross() + " kr. på kortet, der ender på 4471.\n\nPlejeskema");
        genuine(m, "127.81.31.1");
        m.description = "SaaS plejeskema.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyF = bank("3000", "0007334582");
        M m = ok("supplier-new-account", false);
        headers(m, facade.person(), addr(facade), "kreditor@albertslund.dk", "Ændret bankforbindelse pr. 1. december")
            .text("Til kreditorbogholderiet\n\nGalgebakken Facadeservice har flyttet sin erhvervskonto til en anden afdeling "
                + "i samme bank. Fakturaer dateret 1. december 2036 og senere betales til " + nyF + ". Ældre fakturaer betales "
                + "som anført på dem.\n\nI er velkomne til at ringe til projektkontoret på det nummer, der står i "
                + "rammeaftalen, og få ændringen bekræftet." + signature(facade))
            .attach("application/pdf", "Bankaendring.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankkonto",
                List.of(facade.name() + ", CVR " + cvr(facade.domain()), "Gælder fra 01.12.2036", "Konto: " + nyF,
                    "Underskrevet af direktionen")));
        genuine(m, facade.ip());
        m.description = "listed facade firm genuinely announces a new account (SPF+RSA aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(facade.name(), facade.domain(), facade.person(), facade.box(), facade.ip(), nyF,
            "udskiftning af rækværk på trappetårne, Hyldespjældet");
        invoice(m, moved, nyF, 14, List.of("Ny konto fra 01.12.2036 jf. vores brev"), "\n\nBemærk, at det er den nye konto, "
            + "vi skrev om forleden.");
        genuine(m, facade.ip());
        m.description = "galgebakken-facade.dk invoice to its new account after the announced change";

        String nyM = iban("DK", "30000007345815");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Albertslund Madservice, Bogholderiet", addr(mad), "kreditor@albertslund.dk", "Nyt kontonummer fra december")
            .text("Til " + KOMMUNE + ", kreditor og Ældre og Sundhed\n\nEfter vores skift af bank ved årsskiftet for "
                + "koncernen bedes fakturaer med dato 1. december eller senere betalt til " + nyM + ". Den hidtidige konto "
                + "er åben for indbetalinger til og med februar. Et underskrevet brev er også sendt til jeres Digital Post."
                + "\n\nVenlig hilsen\nAlbertslund Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Betalingskonto ændret pr. 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "albertslund-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=Qm7x=KZ=albertslundposten.dk=annonce@srs.albertslund-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.81.28.1";
        m.helo = "srs.albertslund-fiber.dk";
        m.description = "albertslundposten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 27, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.hersted-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 25, List.of(), "");
        relayedBy(m, "relay.hersted-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"glostrup-bogholderne.dk", "Pia Nørgaard", "pn@", "Regning for gadelys-testfelt?",
            "Hej kolleger\n\nVi har modtaget en regning for 'kalibrering af lyssensorer i testfeltet' fra et firma, vi aldrig har "
                + "haft aftale med. Er der andre på Vestegnen, der har set den?\n\nPia"},
            {"indkoebsringen-vest.dk", "Thomas Eskildsen", "te@", "Altanreparationer - pas på", "Hej alle\n\nEn boligafdeling "
                + "fik en faktura for 'akut sikring af altaner' med et nyt kontonummer. Entreprenøren kendte intet til den.\n\n"
                + "Thomas"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditornet-vestegnen.dk", x[3])
                .header("List-Id", "Kreditornet Vestegnen <forum.kreditornet-vestegnen.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-vestegnen.dk", "[Kreditornet] ", "\r\n--\r\nKreditornet Vestegnen\r\n"
                + "Afmeld: https://kreditornet-vestegnen.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelraadet-vest.dk", "Svindelrådet Vest", "Gadelys, altaner og cykelstier: nye falske regninger",
            "Svindlere sender nu regninger for lystest, betonreparation og vintertjeneste med rigtige sagsnumre. Kontakt "
                + "leverandøren på et kendt telefonnummer, før I betaler."},
            {"kongsholm-revision.dk", "Kongsholm Revision", "Tjekliste til regnskabsafslutningen",
                "Inden årsregnskabet lukkes, anbefaler vi at gå kreditorkartoteket igennem for dubletter og sovende leverandører, "
                    + "at få to medarbejdere til at godkende hver eneste ændring af et kontonummer, og at ringe tilbage på et "
                    + "nummer fra jeres egne papirer, aldrig fra den mail, der beder om ændringen. Husk også periodeafgrænsning "
                    + "af decemberfakturaer fra forsyningsselskaberne."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl81:" + x[0]).substring(0, 14) + "@postkaskade.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@albertslund.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs "
                    + "mere</a></p><p style=\"font-size:9px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postkaskade.com");
            m.ip = "127.81.26.1";
            m.helo = "mta.postkaskade.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postkaskade.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Vej og Park", "vejpark@", "kreditor@albertslund.dk", "Gadelys-testfeltet i Hersted",
            "Hej\n\nDet er kun Hersted Lysteknik, der arbejder i testfeltet, og altid under testaftalen. Fakturaer herfra bærer "
                + "aftalenummeret. Andre regninger om gadelys sender I til mig.\n\nVej og Park"},
            {"Boligsocialt Center", "boligsocial@", "kreditor@albertslund.dk", "Renoveringen af Galgebakken", "Hej\n\nAltaner "
                + "og facader i Galgebakken og Hyldespjældet renoveres af Galgebakken Facadeservice under én sag. Ekstraarbejde "
                + "bestiller vi skriftligt.\n\nBoligsocialt Center"},
            {"Vej og Park", "vintervagt@", "ledere@albertslund.dk", "Vintertjeneste på cykelstierne", "Kære ledere\n\n"
                + "Saltning og snerydning på supercykelstien ligger hos én entreprenør under vinterkontrakten. Ser I regninger "
                + "for vintertjeneste fra andre, så send dem til Vej og Park.\n\nVintervagten"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Albertslund Sparekasse, Erhverv", "erhverv@albertslund-sparekasse.dk", "oekonomi@albertslund.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nBetalingsfilen med 214 poster er modtaget og gennemføres på næste bankdag. Den fulde liste ser "
                + "I i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nAlbertslund Sparekasse");
        genuine(m, "127.81.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Hersted Andelskasse", "info@hersted-andelskasse.dk", "oekonomi@albertslund.dk", "Nye priser på valuta")
            .text("Til erhvervskunder\n\nFra 1. februar justeres prisen på betalinger i fremmed valuta. Den nye prisliste ligger "
                + "i netbanken.\n\nHersted Andelskasse");
        genuine(m, "127.81.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("streetlight-lab-invoice", true);
        invoice(m, lys, lys.account(), 7, List.of("Testaftale " + labCase + ", november", "Måling af lysniveau felt A og B"),
            "\n\nMålerapporten er lagt i den fælles mappe hos Vej og Park.");
        genuine(m, lys.ip());
        m.description = "the real lighting firm invoices November's lab work (Ed25519, p=reject)";
        m = ok("estate-renovation-invoice", true);
        invoice(m, facade, facade.account(), 10, List.of("Renoveringssag " + estateCase + ", aconto 4",
            "Betonreparation 9 altaner, Galgebakken Vester"), "\n\nByggemødereferatet er sendt til Boligsocialt Center.");
        genuine(m, facade.ip());
        m.description = "the facade firm's on-account invoice for the estate renovation (RSA, SPF, no DMARC)";
        m = ok("cycle-path-winter-invoice", true);
        invoice(m, sti, sti.account(), 12, List.of("Vinterkontrakt " + winterContract + ", 3 udkald i november"),
            "\n\nKørselsloggen fra GPS'en ligger i jeres vinterportal.");
        genuine(m, sti.ip());
        m.description = "the path firm invoices three salting runs on the cycle superhighway (Ed25519, p=none, aligned)";
        m = ok("supplier-letter", false);
        headers(m, "Hersted Lysteknik", addr(lys), "vejpark@albertslund.dk", "Ny firmware i styreboksene - ingen merpris")
            .text("Kære Vej og Park\n\nI december opdaterer vi styreboksene i testfeltet. Det er indeholdt i testaftale " + labCase
                + ", og der kommer ingen særskilt regning. Vi fakturerer aldrig ekstraarbejde, I ikke har bestilt skriftligt."
                + "\n\nHersted Lysteknik");
        genuine(m, lys.ip());
        m.description = "the lighting firm announces a firmware update at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_000_000);
        headers(m, "Vestegnens Affaldsselskab I/S", "opkraevning@vestegn-affaldsselskab.dk", "efaktura@albertslund.dk",
            "Ejerbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nOpkrævningen af ejerbidraget for fjerde kvartal er vedlagt og sendt til jeres EAN.\n\n"
                + "Vestegnens Affaldsselskab I/S")
            .attach("application/pdf", "Ejerbidrag-4kv.pdf", Attachments.pdf(docId(m, "aff"), "Ejerbidrag 4. kvartal 2036",
                List.of("Vestegnens Affaldsselskab I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "20000007356042"))));
        genuine(m, "127.81.10.1");
        m.description = "intermunicipal waste company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Vejtilsynet Hersted", "tilsyn@vejdirektoratet-tilsyn-hersted.dk", "teknik@albertslund.dk",
            "Tilsyn med cykelstiens skiltning")
            .text("Til Albertslund Kommune, Vej og Park\n\nVi foretager et rutinetilsyn med skiltningen på supercykelstien i "
                + "januar. Dato følger. Der er ingen betaling forbundet med tilsynet.\n\nVejtilsynet");
        genuine(m, "127.81.10.6");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signerkvik.dk";
        headers(m, "Musikteatret Albertslund via SignerKvik", "noreply@signerkvik.dk", "kultur@albertslund.dk",
            "Til underskrift: driftsaftale 2037")
            .header("Reply-To", "<direktion@musikteatret-albertslund.dk>")
            .text("Musikteatret Albertslund har sendt 'Driftsaftale 2037' til underskrift.\n\nDokumentet ligger på jeres "
                + "SignerKvik-konto.\n\nSignerKvik");
        genuine(m, "127.81.32.1");
        m.description = "real e-signature request from signerkvik.dk on behalf of the concert venue";
        m = ok("receipt", false);
        headers(m, "Albertslund Isenkram", "kvittering@albertslund-isenkram.dk", "ejendomme@albertslund.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n3 snesko, 20 kg vejsalt. Betalt med kommunens indkøbskort.\n\nAlbertslund Isenkram");
        genuine(m, "127.81.10.5");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Herstedvester Idrætsforening", "kasserer@herstedvester-idraetsforening.dk", "oekonomi@albertslund.dk",
            "Indbetaling af hal-leje")
            .text("Hej\n\nVi har i dag overført 9.800 kr. for leje af Herstedvester Hallen i efteråret.\n\nKassereren");
        genuine(m, "127.81.10.3");
        m.description = "a sports club pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Vestskov Golfbane", "sekretariat@vestskov-golfbane.dk", "skole@albertslund.dk", "Bekræftelse: skoledag")
            .text("Hej\n\nVi bekræfter golfdag for 7. årgang fra Kongsholm Skole i maj. Fakturaen sendes til EAN bagefter.\n\n"
                + "Vestskov Golfbane");
        genuine(m, "127.81.10.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "5873000010044512"), iban("DK", "89900007701234"), bank("5479", "0004410021"),
        iban("EE", "3822002210044115"), iban("PL", "611140200400003502998834"), iban("GB", "REVO00996912347781"),
        iban("IE", "AIBK93115212345678"), iban("NL", "BUNQ0221155099"), iban("DE", "120300000010448821"),
        iban("HU", "117730160000000044778120"), iban("RO", "BTRL0301202544783XX1"), iban("BG", "STSA93000020554411"),
        iban("CY", "005001200000001200527600"), bank("9070", "0001664499"), iban("MT", "MMEB44093000000040055109187"),
        iban("SE", "83800000083271449901"), iban("LT", "0232100000017733"), iban("DK", "65200004009771")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private M frInvoice(String family, Supplier real, String domain, int mule, int v, List<String> more, String text) {
        M m = bad(family);
        invoice(m, real.posing(domain, mule(mule)), mule(mule), v, more, "", text);
        ownedBy(m, domain);
        return m;
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Ny modtagerkonto"), "", "Til vores erhvervskunder\n\nVarmeservice er lagt "
            + "sammen med et nabofjernvarmeselskab, og opkrævningerne sendes nu fra den fælles administration. Indbetal derfor "
            + "til kontonummeret på denne kvartalsopgørelse; den gamle konto lukkes ved månedens udgang. Sammenlægningen blev vedtaget på generalforsamlingen i foråret, og "
            + "kunderne på Vestegnen får snart et brev om de nye takster, fælles kundeservice og åbningstider på Vognporten.");
        forged(m, forgedHost++);
        m.description = "forged From albertslund-varmeservice.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 6, List.of(), "", "Kære annoncekunde\n\nAvisen er overtaget af en britisk udgiver, og alle "
            + "annoncer for oktober og november skal derfor betales til den engelske konto i vedhæftede faktura. Den danske "
            + "konto modtager ikke længere penge. Redaktionen på Bytorvet fortsætter uændret, men bogholderiet er flyttet til "
            + "London, og spørgsmål om fakturaer skal derfor fremover skrives på engelsk.");
        forged(m, forgedHost++);
        m.description = "forged From albertslundposten.dk (p=reject), GB account";
        m = bad("forged-supplier");
        invoice(m, mad, mule(8), 9, List.of("Bankoplysninger opdateret"), "", "Til Ældre og Sundhed\n\nKoncernens "
            + "treasury-afdeling har flyttet alle indbetalinger til en tysk samlekonto. Novembers madleverancer skal derfor "
            + "indbetales der, som anført på fakturaen. Køkkenet på Coperbyvej laver maden som hidtil, og "
            + "chaufførerne kører de sædvanlige ruter til pensionisterne, så for borgerne ændrer intet sig.");
        forged(m, forgedHost++);
        m.description = "forged From albertslund-madservice.dk (p=reject): 'group treasury' moves payments to a DE IBAN";

        // lookalike-domain
        m = frInvoice("lookalike-domain", varme, "albertslund-varmeservice.com", 6, 2, List.of(), "Ved opdatering af vores "
            + "kundesystem blev flere kunders stamdata forkerte. Benyt udelukkende kontoen på denne opkrævning og slet den, I "
            + "har registreret. Vi beklager besværet, som skyldes en leverandør af it-systemet, og vi har skærpet kontrollen, "
            + "så fejlen ikke gentager sig til næste kvartal. Vores "
            + "kundecenter har lang ventetid i fyringssæsonen, så skriv hellere en mail end at ringe, hvis noget er uklart, "
            + "og angiv målernummeret fra Rådhuset i emnefeltet.");
        m.description = "look-alike albertslund-varmeservice.com, new account";
        m = frInvoice("lookalike-domain", entrep, "herstedoster-anlaeg.dk", 7, 5, List.of(), "Belægningen ved skolen er "
            + "færdig. Da firmaet har fået nye ejere, er vi gået over til en ny bank, og pengene skal derfor til kontoen nederst. De nye ejere overtager "
            + "alle igangværende aftaler med kommunen, også vedligeholdelsen af skolegårdene i foråret. Morten "
            + "bliver på firmaet et halvt år endnu som byggeleder, og pladsen ved skolen ryddes for maskiner i næste uge, "
            + "når den sidste asfalt har sat sig.");
        m.description = "look-alike herstedoster-anlaeg.dk of herstedoester-anlaeg.dk, new account";
        m = frInvoice("lookalike-domain", byg, "hersted-byggemarked.net", 8, 8, List.of(), "Oversigt over leverancer til "
            + "Ejendomscentret. OBS: vores kontonummer er skiftet med virkning fra i dag, og indbetalinger til det gamle bliver "
            + "sendt retur. Det skyldes, at kæden har samlet økonomifunktionen for alle "
            + "butikker i Storkøbenhavn, så husk at rette stamkortet hos jer, inden næste månedsfaktura kommer. Samtidig "
            + "får Ejendomscentret et nyt kundenummer, men rabatten efter rammeaftalen og udbringningen til "
            + "materielgården fortsætter som hidtil. Paller og "
            + "emballage kan som før sendes retur med chaufføren, og kreditnotaer for returvarer udstedes fra den nye "
            + "økonomiafdeling i Brøndby inden for fjorten dage.");
        m.description = "look-alike hersted-byggemarked.net, new account";
        m = frInvoice("lookalike-domain", el, "hyldespjaeldet-el.net", 9, 11, List.of(), "Tavlerne på Hyldagerskolen er "
            + "udskiftet. Bogholderen har flyttet firmaets konti, så beløbet skal sendes til kontoen i den vedhæftede fil. Vi når desværre ikke at "
            + "svare på telefonen i denne uge, fordi alle montører er ude på skolerne, men mail virker fint. Nødbelysningen "
            + "i gymnastiksalen er testet og godkendt, og skolens pedel har fået vejledningen til de nye tavler udleveret "
            + "på papir.");
        m.description = "look-alike hyldespjaeldet-el.net, new account";

        // punycode-homoglyph
        m = frInvoice("punycode-homoglyph", byg, OWNED[6], 11, 4, List.of("Betalingsmodtager ændret pr. denne faktura"),
            "Erhvervssalg sender hermed månedens faktura. Bemærk de opdaterede bankoplysninger, som gælder fra og med denne "
                + "faktura. Erhvervssalget er flyttet ind i nye lokaler ved Holsbjergvej, og derfor har vi også fået ny "
                + "bankforbindelse, som samler alle kundernes "
                + "indbetalinger ét sted. Varerne til Ejendomscentret bliver stadig kørt ud om tirsdagen, og jeres "
                + "indkøbere kan bestille i webshoppen med de sædvanlige logins. "
                + "Fliserne til Kongsholm Skole er i restordre og kommer på en særskilt faktura, når fabrikken har "
                + "leveret dem til lageret.");
        m.description = "IDN " + OWNED[6] + " (Cyrillic a) posing as hersted-byggemarked.dk, new account";
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + OWNED[7], "kreditor@albertslund.dk", "Fortroligt: deponering i dag")
            .text("Hej\n\nBorgmesteren har mundtligt sikret kommunen forkøbsret til en erhvervsgrund i Hersted Industripark. "
                + "Sælgers advokat kræver 420.000 kr. deponeret på " + mule(14) + " før kl. 12 i dag, ellers går grunden til en "
                + "anden køber. Skødet følger efter tinglysning. Sagen er fortrolig, indtil økonomiudvalget har haft den. Ring ikke til borgmesteren om det, hun sidder "
                + "i forhandlinger hele formiddagen og har bedt mig tage mig af papirarbejdet. "
                + "Advokaten har bekræftet, at beløbet står på en deponeringskonto og først frigives ved skødets underskrift, "
                + "så kommunen løber ingen risiko.\n\n"
                + "Borgmesterens sekretariat");
        ownedBy(m, OWNED[7]);
        m.description = "IDN " + OWNED[7] + " (Cyrillic s) posing as our municipality: secret land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Regnbud", "info@regnbud-albertslund.com", "natur@albertslund.dk",
            "Rykker: faktura forfalden")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> er forfalden, og der "
                + "pålægges gebyr i aften kl. 24. Betal nu med kort for at undgå det:</p><p><a href=\"https://regnbud-albertslund"
                + ".com/betal/" + sha256("rb81").substring(0, 18) + "\">Betal fakturaen</a></p><p>Regnbud</p></body></html>");
        ownedBy(m, "regnbud-albertslund.com");
        m.description = "look-alike of the platform regnbud.com: overdue card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Kvitbro", "opkraevning@kvitbro-herstedvester.dk", "teknik@albertslund.dk", smed.name() + " - opkrævning")
            .text("Hej\n\n" + smed.name() + " har overdraget sine udestående fakturaer til Kvitbro. Betalingen skal derfor ske "
                + "til vores klientkonto " + mule(15) + " og ikke direkte til smedien. Smedien er orienteret og "
                + "har givet os fuldmagt til at modtage beløbet og kvittere for det på deres vegne. Har I "
                + "allerede betalt til smedien, skal I ikke gøre noget; ellers bedes I bruge den vedhæftede opgørelse, "
                + "hvor rækværket ved kanalen er specificeret.\n\nKvitbro Opkrævning")
            .attach("application/pdf", "kvitbro-" + (4_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                smed.posing("kvitbro-herstedvester.dk", mule(15)), "Faktura", "KB-" + (6_100 + rnd.nextInt(700)),
                amount(260_000), mule(15), 0, List.of("Opkræves af Kvitbro")));
        ownedBy(m, "kvitbro-herstedvester.dk");
        m.description = "look-alike of kvitbro.dk: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 7, List.of("Betales til factoringselskab"), "", "Vores fakturaer er fra denne måned "
            + "overdraget til et factoringselskab, så beløbet skal indbetales til " + mule(16) + ". Jeg sidder i møder hele "
            + "ugen, så skriv til mig her i stedet for at ringe. Rengøringen "
            + "fortsætter selvfølgelig uændret på Rådhuset og biblioteket, det er kun betalingen, der går en "
            + "anden vej. Vores formand har underskrevet overdragelsen, og factoringselskabet sender selv en bekræftelse "
            + "senere på måneden, men fakturaen her skal "
            + "betales efter de nye oplysninger allerede nu. Ekstra vinduespudsning i december er ikke medregnet, den "
            + "kommer på næste opgørelse sammen med hovedrengøringen af Borgerservice.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of albertslund-rengoering.dk (DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@albertslund.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn lille rettelse til fakturaen nedenfor: banken er ved at flytte vores konti, så de "
                + p.amount().gross() + " kr. skal denne ene gang til " + mule(17) + ". Derefter bruger I den sædvanlige konto "
                + "igen. Vi er ked af rodet; det er en engangsforeteelse, mens flytningen af netbanken står på, og "
                + "driftsaftalen for skolernes trådløse net er ikke berørt.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of kanalens-it.dk replies in its own wave-1 thread (DMARC pass)";
        p = past.get(bus.domain());
        m = bad("compromised-supplier");
        headers(m, bus.person(), addr(bus), "kreditor@albertslund.dk", "Vedr. faktura " + p.no())
            .text("Hej kreditor\n\nVores revisor har bedt os samle indbetalingerne på en ny konto, mens årsregnskabet "
                + "lukkes. Faktura " + p.no() + " på " + p.amount().gross() + " kr. betales derfor til " + mule(13) + ". "
                + "Svar gerne på mailen, når det er ændret hos jer. Kørslen til "
                + "specialklasserne og svømmehallen kører videre som planlagt, og chaufførerne ved ikke noget om sagen, "
                + "så spørg dem ikke.\n\nKørselskontoret");
        genuine(m, bus.ip());
        m.description = "compromised real mailbox of albertslund-flexkoersel.dk (Ed25519, DMARC pass): 'auditor' moves the account";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "roholm-tomrer.dk"}, {mad, "albertslund-madservice.net"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@albertslund.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nFør I sender betalingen for " + p.no() + " (" + p.amount().gross() + " kr.): vi har opdaget, "
                    + "at kontonummeret på fakturaen er et gammelt. Overfør i stedet til " + mule(i + 3) + ", og giv mig et "
                    + "kort svar, når det er registreret. Beklager forvirringen, vores bogholder gik på barsel midt i "
                    + "måneden, og vikaren havde ikke opdateret skabelonen. "
                    + "Resten af fakturaen er korrekt, både beløbet og ordrenummeret, så det er kun modtagerkontoen, der "
                    + "skal rettes i jeres system, inden betalingen går af sted.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: "
                    + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a new account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@albertslund.dk", "Tilskud til julemarkedet - i dag")
            .text("Hej\n\nJeg har lovet foreningen bag julemarkedet på Bytorvet et tilskud på 125.000 kr., og de skal bruge "
                + "pengene i dag til boderne. Overfør til " + mule(7) + ". Jeg er til møde i KL resten af dagen, så send blot "
                + "en sms, når det er gjort. Byrådet får det forelagt bagefter, det er aftalt med formanden for "
                + "kultur- og fritidsudvalget, så der er styr på hjemlen.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged albertslund.dk (p=reject) from outside: the mayor's urgent Christmas-market grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@albertslund.dk", "Ny konto Tranehaven VVS")
            .text("Hej\n\nTranehaven VVS har ringet til mig om deres bankskifte. Ret kontoen til " + mule(10) + " inden "
                + "eftermiddagens betalingskørsel - jeg har godkendt det.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged albertslund.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.albertslund@gmail.com", "oekonomi@albertslund.dk", "Har du et minut?")
            .text("Hej\n\nKan du hjælpe mig med noget diskret? Jeg sidder på et seminar uden adgang til pc, og der er en "
                + "overførsel, der skal ordnes i dag uden om den sædvanlige godkendelse. Svar mig her.\n\nSendt fra min iPad");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'at a seminar'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmesteren.albertslund@outlook.com", "indkoeb@albertslund.dk", "Hurtig tjeneste")
            .text("Hej\n\nJeg vil gerne give de frivillige fra Vestskovens naturdag en påskønnelse. Kan du købe 15 gavekort a "
                + "1.000 kr. online og sende mig koderne inden kl. 15? Du får pengene retur via min udgiftsrefusion. Det skal "
                + "være en overraskelse, så sig det ikke til nogen i naturcentret, heller ikke til Vej og Park. Vælg gerne "
                + "kort fra en dagligvarekæde, så alle kan bruge dem, og skrap feltet fri, før du fotograferer bagsiden.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // display-name-abuse
        m = bad("display-name-abuse");
        headers(m, "Albertslund Varmeservice A/S", "varmeservice.albertslund@gmail.com", "kreditor@albertslund.dk",
            "Kvartalsopgørelse - ny konto")
            .text("Til kreditor\n\nVores mailserver er nede efter et strømsvigt, så vi skriver fra denne adresse. Kvartalets "
                + "fjernvarme, " + past.get(varme.domain()).amount().gross() + " kr., skal indbetales på " + mule(12)
                + ", da vores sædvanlige konto er spærret under "
                + "servicen. Teknikerne regner med at have domænet tilbage i næste uge; til den tid skriver vi igen fra "
                + "den gamle adresse, men denne betaling kan ikke "
                + "vente. Hvis I er i tvivl, kan I se, at beløbet svarer til opgørelsen fra sidste kvartal, bare med den "
                + "midlertidige konto, som banken har anvist os.\n\nKundecenter");
        genuine(m, GMAIL);
        m.description = "the district heating company's name as display name on gmail, new account";
        m = bad("display-name-abuse");
        headers(m, "Kanalens IT ApS - Fakturering", "kanalens.it.faktura@hotmail.com", "it@albertslund.dk", "Licensfornyelse Chromebooks")
            .text("Hej IT\n\nLicenserne til skolernes Chromebooks udløber fredag. Fornyelsen for 380 enheder koster 47.500 kr. "
                + "og betales til " + mule(1) + ", så vi kan aktivere dem i tide. Ellers låses "
                + "maskinerne mandag morgen, og eleverne på mellemtrinnet kan ikke logge på, før fornyelsen er registreret.\n\nFakturering");
        genuine(m, MSFT);
        m.description = "the IT firm's name as display name on hotmail: licence renewal to a mule";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Overgaard", "mette.overgaard81@gmail.com", "loen@albertslund.dk", "Ny konto til løn")
            .text("Hej Løn\n\nJeg arbejder som pædagog i Børnehuset Kanalen. Min gamle bank har lukket min konto, så lønnen skal "
                + "fra næste måned gå til " + mule(0) + ". Jeg kan ikke logge ind på personaleportalen med den nye telefon, så "
                + "vil I ændre det for mig?\n\nMange tak\nMette Overgaard");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a nursery teacher";
        m = bad("payroll-account-change");
        headers(m, "Ahmed Yilmaz", "ahmed.yilmaz.vejpark@hotmail.com", "loen@albertslund.dk", "Lønkonto")
            .text("Hej\n\nJeg er ansat på materielgården i Vej og Park og flytter til Irland efter nytår. Sæt venligst min løn "
                + "ind på " + mule(6) + " allerede fra december. Min danske konto bliver lukket, når jeg melder flytning, og "
                + "min formand på materielgården ved godt besked om det hele.\n\nVh Ahmed");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Albertslund Inkasso", "sag@albertslund-inkasso.dk", "kreditor@albertslund.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nPå vegne af " + inkasso[i].name() + " kræver vi betaling af faktura " + p.no()
                    + " på " + p.amount().gross() + " kr. Tillagt inkassoomkostninger på 500 kr. skal beløbet være indsat på "
                    + mule(i + 9) + " inden 5 hverdage. Sker det ikke, sendes kravet til fogedretten og RKI. "
                    + "Indsigelser skal fremsættes skriftligt til denne adresse; telefoniske henvendelser behandles ikke, og "
                    + "kreditor ønsker ikke at blive kontaktet direkte om sagen. Betaling efter fristen medfører yderligere "
                    + "morarenter og retsafgift, som skyldneren selv må bære, og kravet kan ikke længere afdrages.\n\n"
                    + "Albertslund Inkasso");
            ownedBy(m, "albertslund-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv Support", "support@mitid-vridsloselille.com", "it@albertslund.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Kære brugeradministrator</p><p>Organisationens oplysninger skal genbekræftes. Gøres det "
                + "ikke inden 48 timer, deaktiveres samtlige medarbejdersignaturer i " + KOMMUNE + ".</p><p><a href=\"https://"
                + "mitid-vridsloselille.com/org\">Genbekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-vridsloselille.com");
        m.description = "fake MitID Erhverv deactivation with a link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-herstedvester.net", "oekonomi@albertslund.dk",
            "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt en afgørelse om for meget udbetalt "
                + "momskompensation i 3. kvartal. Afgørelsen skal åbnes af en person med fuldmagt inden fredag, ellers "
                + "tilskrives renter af det fulde beløb. Af "
                + "sikkerhedshensyn vises indholdet først, når du har logget på med "
                + "din medarbejdersignatur. Beløbet er beregnet ud fra jeres momsangivelse, og en klage har ikke opsættende "
                + "virkning for betalingsfristen.</p><p><a href=\"https://digitalpost-herstedvester.net/laes\">Åbn "
                + "meddelelsen</a></p><p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-herstedvester.net");
        m.description = "fake Digital Post notice with a link";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "fornyelse@albertslund-domaener.dk", "it@albertslund.dk", "Fornyelse af albertslund.dk")
            .text("Kære domæneindehaver\n\nDomænet albertslund.dk udløber om 5 dage. For at undgå, at hjemmeside og mail "
                + "stopper, skal fornyelsen for 3 år, 2.985 kr., betales til " + mule(4) + " eller med kort på "
                + "https://albertslund-domaener.dk/forny.\n\nDomæneservice");
        ownedBy(m, "albertslund-domaener.dk");
        m.description = "fake renewal invoice for our own domain";
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "registrering@albertslund-domaener.dk", "kommunikation@albertslund.dk",
            "Registrering af albertslund.com og albertslund.eu")
            .text("Hej\n\nEn tredjepart har ansøgt om albertslund.com og albertslund.eu. Som eksisterende indehaver har I "
                + "fortrinsret i 72 timer. Bekræft ved at indbetale 6.400 kr. til " + mule(11) + ".\n\nDomæneservice");
        ownedBy(m, "albertslund-domaener.dk");
        m.description = "'priority registration' of similar domains against payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Kongsholm Parkering", "afgift@kongsholm-parkering.dk", "teknik@albertslund.dk", "Parkeringsafgift - Kongsholmcentret")
            .html("<html><body><p>Et af kommunens køretøjer er registreret på centrets p-plads uden gyldig tilladelse. "
                + "Afgiften på 790 kr. betales ved at scanne koden herunder inden 5 dage. Ved manglende betaling "
                + "overgår afgiften til opkrævning med gebyr, og bilen kan blive fastlåst ved næste besøg.</p><p><img src=\"cid:qr\" "
                + "alt=\"QR\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "kongsholm-parkering.dk");
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "info@egelund-betaling.net", "oekonomi@albertslund.dk", "Jeres aftaler er sat på pause")
            .html("<html><body><p>Jeres faste betalingsaftaler er sat på pause på grund af manglende bekræftelse. Scan koden "
                + "med telefonen for at genaktivere dem. Indtil det sker, bliver husleje, forsikringer og abonnementer "
                + "ikke trukket, og kreditorerne kan opkræve "
                + "rykkergebyrer hos jer. Genaktiveringen tager under et minut og kræver kun, at den tegningsberettigede "
                + "godkender med sin mobil.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "egelund-betaling.net");
        m.description = "QR code for 'paused direct debits'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(700_000);
        headers(m, rengoer.person(), "okonomi@albertslund-rengoring.dk", "kreditor@albertslund.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVores PDF'er bliver åbenbart filtreret fra hos jer, så her kommer fakturaen zippet. Bemærk de nye "
                + "bankoplysninger.\n\nØkonomi")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("albertslund-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kontoen i fakturaen."));
        ownedBy(m, "albertslund-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of albertslund-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(700_000);
        headers(m, vvs.person(), "vaerksted@tranehaven-vvs.net", "kreditor@albertslund.dk", "Fakturaer november")
            .text("Hej\n\nNovembers fakturaer er pakket i et 7z-arkiv, da filerne ellers er for store. Vi har fået ny konto. "
                + "Arkivet åbnes med et almindeligt pakkeprogram, og fakturaerne ligger i samme rækkefølge som "
                + "arbejdssedlerne fra Egelundskolen.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("tranehaven-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "tranehaven-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of tranehaven-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@egelund-kontor.net", "indkoeb@albertslund.dk", "Ordrebekræftelse og faktura papir")
            .text("Hej\n\nOrdrebekræftelse og faktura er samlet i ét dokument. Klik 'Aktivér indhold', når det åbner, ellers "
                + "kan priserne ikke ses. Dokumentet er beskyttet, fordi det indeholder vores indkøbspriser, og det er "
                + "derfor låst, indtil indholdet er aktiveret på jeres pc.\n\nOrdre")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Priserne vises, når indhold er aktiveret.", true));
        ownedBy(m, "egelund-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of egelund-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "fakturering@kanalens-itdrift.dk", "it@albertslund.dk", "Opgørelse Chromebooks mellemtrin")
            .text("Hej\n\nOpgørelsen over Chromebooks og licenser er i regnearket. Makroer skal være slået til, for at totalerne "
                + "regnes ud. Læg mærke til den nye konto. "
                + "Arket er lavet i vores nye skabelon, som henter priserne fra prislisten, når den åbnes.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebook_opgoerelse.xlsm", Attachments.excel(List.of(
                "Opgørelse Chromebooks november 2036", "Chromebook og licens 380 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "kanalens-itdrift.dk");
        m.description = "macro-enabled .xlsm from a look-alike of kanalens-it.dk";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "ib@kongsholm-malerfirma.dk", "ejendomme@albertslund.dk", "Regning Albertshøj")
            .text("Hej\n\nJeg har fotograferet regningen, fordi printeren driller. Kontonummeret står nederst og er nyt.\n\nIb")
            .attach("image/jpeg", "20361130_0912.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "kongsholm-malerfirma.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of kongsholm-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "tina@vridsloselille-korsel.dk", "teknik@albertslund.dk", "Faktura kørsel Vestskoven")
            .text("Hej\n\nFakturaen for kørslen med haveaffald fra Vestskoven er scannet ind og vedlagt. Vi har ny konto, den "
                + "står på bilaget. Læsset blev kørt til genbrugspladsen ved Holsbjergvej, og vejesedlerne kan I få, hvis "
                + "I har brug for dem.\n\nTina")
            .attach("application/pdf", "Scan_2036_11.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "vridsloselille-korsel.dk");
        m.description = "scanned image-only PDF from a look-alike of vridsloselille-koersel.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_200_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "ms@herstedoester-anlaeg.net", "efaktura@albertslund.dk", "E-faktura " + no + " som fil")
            .text("Hej\n\nVores nye økonomisystem kan endnu ikke sende via NemHandel, så e-fakturaen er vedlagt som XML. "
                + "Betalingskontoen i filen er den nye.\n\n" + entrep.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "AK-" + (33_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "herstedoester-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_200_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "fakturering@kanalens-itdrift.dk", "efaktura@albertslund.dk", "OIOUBL " + no)
            .text("OIOUBL-filen er vedhæftet. Efter vores bankskifte er betalingsoplysningerne i filen opdateret.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "AK-" + (33_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "kanalens-itdrift.dk");
        m.description = "OIOUBL XML with a changed payee from a look-alike of kanalens-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signer", "dokument@signer-roholm.dk", "kultur@albertslund.dk", "Musikteatret afventer din signatur")
            .html("<html><body><p>Du er inviteret til at signere 'Tillæg til lejeaftale - scenetekniker'. Invitationen udløber "
                + "i aften.</p><p><a href=\"https://signer-roholm.dk/d/" + sha256("sg81").substring(0, 16) + "\">Åbn og "
                + "signer</a></p></body></html>");
        ownedBy(m, "signer-roholm.dk");
        m.description = "fake e-signature request imitating signerkvik.dk and the concert venue";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "share@galgebakken-dokument.net", "boligsocial@albertslund.dk", "Helhedsplan klar til godkendelse")
            .html("<html><body><p>Helhedsplanen for Galgebakken er delt med dig til godkendelse. Log ind med din "
                + "Microsoft-konto for at se dokumentet.</p><p><a href=\"https://galgebakken-dokument.net/login\">Log ind</a>"
                + "</p></body></html>");
        ownedBy(m, "galgebakken-dokument.net");
        m.description = "fake document share behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@albertslund-flexkoersel.net", "kreditor@albertslund.dk", "Faktura " + p.no() + " - deling")
            .text("Hej\n\nI en overgangsperiode vil vi gerne have faktura " + p.no() + " (" + p.amount().gross() + " kr.) delt "
                + "i to: den ene halvdel til den konto, I kender, og den anden til " + mule(9) + ". Det "
                + "skyldes, at vi er ved at skifte leasingselskab for minibusserne, og den ene konto hører "
                + "til leasingen. Det er aftalt med vores revisor, og I får en kvittering fra begge konti, så bilaget "
                + "hos jer stemmer.\n\nKørselskontoret");
        ownedBy(m, "albertslund-flexkoersel.net");
        m.description = "split payment on the flex-transport firm's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@tranehaven-vvs-aps.dk", "kreditor@albertslund.dk", "Betaling af " + p.no())
            .text("Hej\n\nAf faktura " + p.no() + " kan 25.000 kr. gå til den normale konto; restbeløbet beder vi jer sende "
                + "til " + mule(10) + ", da banken har lagt et loft "
                + "over vores indgående betalinger. Loftet ophæves efter nytår, og så kan alt igen gå samme vej "
                + "som før. Værkstedet på Tranehavegård har ellers travlt med at skifte blandingsbatterier på skolerne, så "
                + "svar gerne kort på mail.\n\nVærkstedet");
        ownedBy(m, "tranehaven-vvs-aps.dk");
        m.description = "split payment on Tranehaven VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-streetlight-living-lab-invoice
        M m = frInvoice("fake-streetlight-living-lab-invoice", lys, "hersted-lysteknik.net", 0, 10,
            List.of("Testaftale " + labCase + ", ekstra målekampagne"), "Vej og Park bad om en ekstra natlig måling af "
                + "blændingen fra de nye armaturer på felt B, og den er nu gennemført. Målingen ligger uden for testaftalen og "
                + "faktureres særskilt. Vi har skiftet pengeinstitut efter en fusion, så betal til kontoen på fakturaen.");
        m.description = "look-alike of the real lighting firm cites its lab agreement, extra measurement, new account (LT IBAN)";
        m = bad("fake-streetlight-living-lab-invoice");
        headers(m, "Albertslund Lyslab", "faktura@albertslund-lyslab.dk", "teknik@albertslund.dk",
            "Faktura: kalibrering af lyssensorer")
            .text("Til Vej og Park\n\nSom aftalt med jeres projektleder i sommer har vi kalibreret de 40 bevægelsessensorer på "
                + "masterne i testfeltet og opdateret dæmpningsprofilerne. Beløbet, 33.125,00 kr. inkl. moms, betales inden "
                + "otte dage til " + mule(5) + ".\n\nAlbertslund Lyslab")
            .attach("application/pdf", "lyslab-faktura.pdf", Attachments.pdf(docId(m, "ll81"), "Faktura sensorkalibrering",
                List.of("Albertslund Lyslab", "Kalibrering 40 sensorer, dæmpningsprofiler", "I alt inkl. moms 33.125,00",
                    "Indbetaling " + mule(5))));
        ownedBy(m, "albertslund-lyslab.dk");
        m.description = "unknown 'lab' bills sensor calibration 'agreed last summer' (GB IBAN)";
        m = bad("fake-streetlight-living-lab-invoice");
        headers(m, "Herstedvester Belysning", "ordre@herstedvester-belysning.dk", "teknik@albertslund.dk",
            "Reservation af testarmaturer - forudbetaling")
            .text("Hej\n\nProducenten har kun få eksemplarer af den nye LED-armatur med farveskift, og vi har holdt 12 styk "
                + "til jeres testfelt. For at fastholde reservationen skal 18.400 kr. forudbetales til " + mule(4)
                + " inden fredag.\n\nHerstedvester Belysning");
        ownedBy(m, "herstedvester-belysning.dk");
        m.description = "'reserved test luminaires' for the lab against prepayment (PL IBAN)";

        // fake-concrete-estate-renovation-invoice
        m = frInvoice("fake-concrete-estate-renovation-invoice", facade, "galgebakken-facade.com", 9, 13,
            List.of("Renoveringssag " + estateCase + " - akut sikring"), "Ved byggepladsens ugentlige gennemgang fandt vi "
                + "løse betonstykker på tre altaner i Galgebakken Øster, og vi afspærrede og sikrede dem samme dag, så ingen "
                + "beboere kom til skade. Sikringen er ekstraarbejde under sagen og skal betales med det samme. Firmaet "
                + "bruger nu en ny konto, som står på fakturaen.");
        m.description = "look-alike of the facade firm cites the real renovation case, 'urgent balcony safety', new account (HU IBAN)";
        m = bad("fake-concrete-estate-renovation-invoice");
        headers(m, "Hyldespjældet Beton", "kontor@hyldespjaeldet-beton.dk", "boligsocial@albertslund.dk",
            "Faktura: revneinjicering i gavle")
            .text("Hej\n\nEfter aftale med jeres driftsleder har vi injiceret revner i otte gavle i Hyldespjældet og malet "
                + "dem over. Fakturaen på 51.250,00 kr. inkl. moms forfalder om fem dage og betales til " + mule(10)
                + ".\n\nHyldespjældet Beton")
            .attach("application/pdf", "betonfaktura.pdf", Attachments.pdf(docId(m, "hb81"), "Faktura revneinjicering",
                List.of("Hyldespjældet Beton", "Injicering og maling, 8 gavle", "Total inkl. moms 51.250,00",
                    "Betalingskonto " + mule(10))));
        ownedBy(m, "hyldespjaeldet-beton.dk");
        m.description = "unknown firm bills crack injection 'agreed with your site manager' (RO account)";
        m = bad("fake-concrete-estate-renovation-invoice");
        headers(m, "Kanalen Renovering", "tilbud@kanalen-renovering.dk", "ejendomme@albertslund.dk",
            "Stillads ved Kanalen - depositum")
            .text("Hej\n\nVi har fået plads i kalenderen til at stille stillads op ved rækkehusene langs Kanalen i uge 2, så "
                + "tagrender og facadeplader kan skiftes før stormene. Stilladset bookes først, når depositummet på 22.000 kr. "
                + "er modtaget på " + mule(11) + ".\n\nKanalen Renovering");
        ownedBy(m, "kanalen-renovering.dk");
        m.description = "'scaffolding slot' for the Kanalen terraces held against a deposit (BG IBAN)";

        // fake-cycle-superhighway-winter-invoice
        m = frInvoice("fake-cycle-superhighway-winter-invoice", sti, "vestskov-stiservice.net", 13, 15,
            List.of("Vinterkontrakt " + winterContract + " - ekstra udkald"), "Natten til søndag frøs isslag på "
                + "supercykelstien gennem Vestskoven, og vi kørte to ekstra saltninger ud over kontrakten, så pendlerne kunne "
                + "komme sikkert frem mandag morgen. Ekstraudkaldene faktureres her. Vi er skiftet til en ny erhvervskonto, "
                + "som står på fakturaen.");
        m.description = "look-alike of the path firm cites the real winter contract, extra salting, new DK account";
        m = bad("fake-cycle-superhighway-winter-invoice");
        headers(m, "Albertslundruten Drift", "drift@albertslundruten-drift.dk", "teknik@albertslund.dk",
            "Faktura: lapning af huller på Albertslundruten")
            .text("Goddag Vej og Park\n\nFrostsprængningerne på supercykelstien mellem Herstedvester og Glostrup er nu lappet "
                + "på 31 steder, og der er sat midlertidig afmærkning op. Regningen på 44.375,00 kr. skal indbetales på "
                + mule(14) + " inden ugens udgang. Arbejdet blev sat i gang på baggrund af en borgerhenvendelse om en "
                + "styrtulykke ved tunnelen under Roskildevej, så der var ikke tid til at vente på en ordre.\n\nAlbertslundruten Drift");
        ownedBy(m, "albertslundruten-drift.dk");
        m.description = "unknown firm bills pothole patching on the cycle superhighway nobody ordered (MT IBAN)";
        m = bad("fake-cycle-superhighway-winter-invoice");
        headers(m, "Herstedhøje Vintertjeneste", "vagt@herstedhoeje-vinter.dk", "vintervagt@albertslund.dk",
            "Beredskab til snerydning - bekræftelse")
            .text("Hej\n\nTak for henvendelsen om ekstra beredskab på cykelstierne ved Herstedhøje i januar og februar. Vi har "
                + "sat en traktor med kost og saltspreder af til jer. Beredskabsgebyret, 14.900 kr., betales forud til "
                + mule(1) + " som bekræftelse.\n\nHerstedhøje Vintertjeneste");
        ownedBy(m, "herstedhoeje-vinter.dk");
        m.description = "'your request' for winter standby on the cycle paths, fee paid in advance (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus81().generate(), List.of(
            "# Albertslund Kommune, Økonomi: invoice checks (eighty-first held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=albertslund-varmeservice.dk herstedoester-anlaeg.dk hersted-lysteknik.dk "
                + "galgebakken-facade.dk vestskov-stiservice.dk roholm-toemrer.dk kongsholm-maler.dk albertslund-rengoering.dk "
                + "albertslundposten.dk vridsloselille-koersel.dk hyldespjaeldet-el.dk tranehaven-vvs.dk "
                + "albertslund-madservice.dk hersted-byggemarked.dk kanalens-it.dk albertslund-flexkoersel.dk egelund-kontor.dk",
            "invoice.domains.platforms=regnbud.com kvitbro.dk saldoslusen.dk betalingsbaand.io",
            "invoice.names.protected=Albertslund Kommune"));
    }
}
