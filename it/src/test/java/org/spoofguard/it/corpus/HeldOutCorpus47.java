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
 * The forty-seventh held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Fanø Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and beaches, harbour,
 * schools, care, culture and tourism, property and nature mailboxes), the island municipality in the Wadden Sea: Nordby with
 * the ferry from Esbjerg and the town hall, Sønderho with its mill and old skipper houses, Rindby, Fanø Bad and its kite
 * festival on the beach, the dunes of Grøningen, the sand spit Albuen, Pælebjerg, the beach you may drive on, summer houses
 * and the oyster safaris of the National Park Vadehavet; seventeen listed suppliers from those places in every DNS posture
 * real Danish firms have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code fakturalia.dk},
 * {@code betalvej.dk}, {@code hurtigregning.com}, {@code ledigvagt.io}), a millwright keeping Sønderho Mill turning, a beach
 * service grading the driveways down to the beach and setting out the lane posts, an event firm fencing and servicing the
 * kite festival's beach, sole traders on free mail, foreign suppliers, SaaS, an ESP, an e-signature service, banks, a
 * creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a Fanø place name.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID, fake
 * NemHandel notices, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives, macro
 * documents, image-only invoices, callback scams, payroll changes, look-alikes, homoglyphs, e-invoice XML with a changed
 * account, fake e-signature requests) and three kinds new here: storm repairs, oak for a new tail pole or sail treatment for
 * Sønderho Mill billed by someone who never climbed it (fake-windmill-millwright-invoice); grading of beach driveways,
 * towing of cars stuck in the sand or signs for closed driving zones billed to a new account
 * (fake-beach-driveway-grading-invoice); and fencing, toilets, stand places or safety zones at the kite festival on Fanø Bad
 * beach billed by someone who was never there (fake-kite-festival-beach-invoice). The invoice engine, its tests, tuning
 * notes and earlier results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is
 * derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus47GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus47 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout47");
    public static final String OWN = "fanoekommune.dk";
    static final String FRAUD_NET = "127.247.";
    private static final String OWN_IP = "127.47.0.1";
    private static final String EAN = "5798009812473";
    private static final String KOMMUNE = "Fanø Kommune";
    private static final String RAADHUS = "Skolevej 5-7, Nordby, 6720 Fanø";
    private static final String HOSTER_IP = "127.47.9.1";
    private static final String BOOKING_IP = "127.47.9.2";
    private static final String GMAIL = "127.49.1.1";
    private static final String MSFT = "127.49.2.1";
    private static final String APPLE = "127.49.5.1";

    private final Random rnd = new Random(47_6720_0047L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The millwright's maintenance agreement for Sønderho Mill (the frauds cite it). */
    private String millAgreement;
    /** The beach service's beach plan number for the driveways (the frauds cite it). */
    private String beachPlan;
    /** The event firm's order number for the kite festival (the frauds cite it). */
    private String kiteOrder;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 5, 10, 7, 15, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 6, 21, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "5.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Nordby Varmeværk a.m.b.a.", "nordby-varmevaerk.dk", "Kundecenter",
        "kunde", "127.47.1.1", iban("DK", "79700004711246"), "fjernvarme til Rådhuset, Fanø Skole og Plejecentret Kastanjehaven");
    private final Supplier entrep = new Supplier("Rindby Entreprenørforretning ApS", "rindby-entreprenoer.dk", "Bjarne Lauridsen",
        "bl", "127.47.1.2", bank("7970", "0004712281"), "omlægning af fortov og ny regnvandsledning, Hovedgaden i Nordby");
    private final Supplier moelle = new Supplier("Sønderho Møllebyg v/ Knud Thøgersen", "sonderho-moellebyg.dk", "Knud Thøgersen",
        "knud", "127.47.1.3", bank("7970", "0004720017"), "vedligehold af Sønderho Mølle: vinger, bremse, krøjeværk og hat");
    private final Supplier strand = new Supplier("Fanø Strandservice ApS", "fanoe-strandservice.dk", "Strandservice, Bogholderi",
        "bogholderi", "127.47.1.4", iban("DK", "96820004733514"), "planering af nedkørsler og opsætning af strandpæle, "
        + "Rindby Strand og Sønderho Strand");
    private final Supplier event = new Supplier("Fanø Bad Eventservice ApS", "fanoebad-event.dk", "Mette Kjær", "mette",
        "127.47.1.5", iban("DK", "79700004741185"), "hegn, toiletvogne og strandvagter til dragefestivalen på Fanø Bad Strand");
    private final Supplier toemrer = new Supplier("Sønderho Tømrer & Snedker ApS", "sonderho-toemrer.dk", "Peter Brinch", "pb",
        "127.47.1.6", bank("7970", "0004749902"), "nye vinduer og stråtagsrygning, Sønderho Børnehus");
    private final Supplier maler = new Supplier("Rindby Malerfirma v/ Jens Okholm", "rindby-maler.dk", "Jens Okholm", "jens",
        "127.47.1.7", bank("9682", "0001751368"), "maling af gange og fællesrum, Plejecentret Kastanjehaven");
    private final Supplier rengoer = new Supplier("Fanø Rengøring ApS", "fanoe-rengoering.dk", "Kontoret", "kontor",
        "127.47.1.8", iban("DK", "96820004762290"), "rengøring af Rådhuset, Fanø Bibliotek og Fanø Skole");
    private final Supplier avis = new Supplier("Vesterhavsposten Fanø", "vesterhavsposten.dk", "Annonceafdelingen", "annonce",
        "127.47.1.9", iban("DK", "79700004770031"), "annoncer: lokalplan for Fanø Bad og ledige stillinger i hjemmeplejen");
    private final Supplier vognmand = new Supplier("Grøningen Vognmandsforretning ApS", "groningen-vognmand.dk", "Torben Vind",
        "torben", "127.47.1.10", bank("9682", "0001778845"), "kørsel med sand og bortkørsel af tang og skrald fra strandene");
    private final Supplier el = new Supplier("Nordby El-Service ApS", "nordby-elservice.dk", "Carsten Jepsen", "cj", HOSTER_IP,
        bank("7970", "0004783319"), "ny belysning på færgelejet og udskiftning af tavler, Nordby Havn");
    private final Supplier vvs = new Supplier("Fanø VVS & Blik ApS", "fanoe-vvs.dk", "Værkstedet", "vaerksted", "127.47.1.12",
        bank("9682", "0001790054"), "service på kedler og nye håndvaske, Fanø Skole afd. Sønderho");
    private final Supplier mad = new Supplier("Fanø Madservice A/S", "fanoe-madservice.dk", "Fanø Madservice, Økonomi",
        "oekonomi", "127.47.1.13", iban("DK", "96820004798126"), "madservice til hjemmeboende ældre og Kastanjehaven");
    private final Supplier byg = new Supplier("Nordby Byggemarked A/S", "nordby-byggemarked.dk", "Erhvervssalg", "erhverv",
        "127.47.1.14", iban("DK", "79700004805547"), "byggematerialer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Fanø Data ApS", "fanoe-data.dk", "Fakturering", "faktura",
        "127.47.1.15", bank("7970", "0004811670"), "drift af skolens netværk og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Fanø Busser ApS", "fanoe-busser.dk", "Driftskontoret", "drift",
        "127.47.1.16", bank("9682", "0001823396"), "skolekørsel Sønderho-Rindby-Nordby og kørsel til svømning i Esbjerg");
    private final Supplier kontor = new Supplier("Nordby Papirhandel ApS", "nordby-papirhandel.dk", "Ordrekontoret", "ordre",
        "127.47.1.17", iban("DK", "79700004830468"), "kopipapir, toner og arkivmapper til Rådhuset og skolen");
    // not on the creditor list
    private final Supplier smed = new Supplier("Sønderho Smedie", "sonderho-smedie.dk", "Ejvind Sørensen", "ejvind",
        "127.47.2.1", bank("9682", "0001836601"), "nyt rækværk og trappe på bådebroen i Sønderho Havn");
    private final Supplier natur = new Supplier("Fanø Klitpleje v/ Lise Brink", "fanoe-klitpleje.dk", "Lise Brink",
        "lise", "127.47.2.2", bank("7970", "0004844902"), "hjelmeplantning og sandfangerhegn i klitterne ved Grøningen");
    private final Supplier guide = new Supplier("Østerssafari v/ Mads Hjorth", "gmail.com", "Mads Hjorth", "mads.hjorth.oesters",
        GMAIL, bank("9682", "0001851177"), "østerssafari ved Halen for 5. og 6. klasse, tre ture");
    private final Supplier tolk = new Supplier("Tolk v/ Olena Kovalenko", "outlook.com", "Olena Kovalenko", "olena.kovalenko.tolk",
        MSFT, bank("7970", "0004859236"), "tolkning ukrainsk-dansk, Borgerservice Nordby, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Birthe Nis", "icloud.com", "Birthe Nis", "birthe.nis.musik",
        APPLE, bank("9682", "0001864410"), "sangeftermiddage med harmonika, Kastanjehaven og Sønderho Ældrebolig");
    private final Supplier tysk = new Supplier("Nordsee Drachenbau GmbH", "nordsee-drachen.de", "Buchhaltung", "buchhaltung",
        "127.48.1.1", iban("DE", "217500000088341207"), "Drachenbausätze für die Kinderwerkstatt beim Drachenfest");
    private final Supplier hollandsk = new Supplier("Zeilmakerij De Molen B.V.", "zeilmakerij-demolen.nl", "Administratie",
        "administratie", "127.48.2.1", iban("NL", "ABNA0417733902"), "sail cloth and lashing for the sails of Sønderho Mill");

    private final List<Supplier> listed = List.of(varme, entrep, moelle, strand, event, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Fanø place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"nordby-varmevaerk.com", "rindby-entreprenor.dk", "nordby-bygmarked.dk",
        "nordby-el-service.dk", idn("n\u043erdby-byggemarked.dk"), idn("fan\u043eekommune.dk"), "fakturalia-nordby.dk",
        "betalvej-sonderho.com", "sonderho-tomrer.dk", "fanoe-madservice.com", "fanoe-inkasso.dk", "mitid-fanoe.com",
        "digitalpost-rindby.com", "nemhandel-nordby.net", "fanoebad-parkering.dk", "rindby-betaling.net", "fanoe-rengoring.dk",
        "fanoe-vvs.net", "nordby-papirhandel.net", "fanoe-data.net", "rindby-malerfirma.dk", "groningen-vognmand.net",
        "nordby-ordrecenter.com", "rindby-entreprenoer.net", "digisegl-sonderho.dk", "albuen-esign.net", "fanoe-busser.net",
        "fanoe-vvs-aps.dk", "sonderho-mollebyg.dk", "paelebjerg-moelleteknik.dk", "sonderho-vingeservice.dk",
        "fanoe-strandservice.com", "rindby-strandkorsel.dk", "groningen-klitservice.dk", "fanoebad-events.dk",
        "fanoe-dragefestival.dk", "rindby-strandhegn.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(moelle.domain(), List.of(moelle.ip()), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain(strand.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(event.domain(), List.of(event.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of(BOOKING_IP), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.47.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(hollandsk.domain(), List.of(hollandsk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vadehavsberedskab.dk", List.of("127.147.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vadehavet-nationalpark.dk", List.of("127.147.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fanoe-museer.dk", List.of("127.147.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("vadehavets-efterskole.dk", List.of("127.147.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fanoe-revision.dk", List.of("127.147.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nordby-isenkram.dk", List.of("127.147.5.1"), "-all", null, "none");
        domain("nordby-lystbaadehavn.dk", List.of("127.147.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("fakturalia.dk", List.of("127.147.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("betalvej.dk", List.of("127.147.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hurtigregning.com", List.of("127.147.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("ledigvagt.io", List.of("127.147.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("vestjysk-kystbank.dk", List.of("127.147.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordby-andelskasse.dk", List.of("127.147.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-sydvestjylland.dk", List.of("127.147.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sydvestjyske-bogholdere.dk", List.of("127.147.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoeb-vadehav.dk", List.of("127.147.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("brevfugl.com", List.of("127.147.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("fakturavagt-vadehavet.dk", List.of("127.147.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.fanoe-fiber.dk", List.of("127.147.28.1"), "-all", null, null);
        domain("relay.nordby-net.dk", List.of("127.147.29.1"), "-all", null, null);
        domain("klitbooking.io", List.of("127.147.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hjemmeplan.dk", List.of("127.147.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("digisegl.dk", List.of("127.147.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"quarantine", "reject", null, "none", "reject", null, "quarantine"};
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
        switch (Math.floorMod(sha256("no47:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "F37-" + String.format("%04d", 100 + rnd.nextInt(8_800));
            case 1:
                return "2037-0" + (100 + rnd.nextInt(880));
            case 2:
                return "NB" + (52_000 + rnd.nextInt(40_000));
            case 3:
                return String.valueOf(180_000 + rnd.nextInt(60_000));
            case 4:
                return "FA/37/" + (1_000 + rnd.nextInt(8_000));
            default:
                return "R37" + String.format("%05d", 300 + rnd.nextInt(90_000));
        }
    }

    private static final String[] TO = {"kreditor@fanoekommune.dk", "efaktura@fanoekommune.dk", "kreditor@fanoekommune.dk",
        "okonomi@fanoekommune.dk", "vejogstrand@fanoekommune.dk", "skole@fanoekommune.dk", "pleje@fanoekommune.dk",
        "havn@fanoekommune.dk", "ejendom@fanoekommune.dk", "indkob@fanoekommune.dk", "kultur@fanoekommune.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf47:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr47:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi47:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "nordby-varmevaerk.dk" -> "Vesterland 12, Nordby, 6720 Fanø";
            case "rindby-entreprenoer.dk" -> "Rindbyvej 41, 6720 Fanø";
            case "sonderho-moellebyg.dk" -> "Landevejen 9, Sønderho, 6720 Fanø";
            case "fanoe-strandservice.dk" -> "Strandvejen 2, Rindby, 6720 Fanø";
            case "fanoebad-event.dk" -> "Kirkevejen 88, Fanø Bad, 6720 Fanø";
            case "sonderho-toemrer.dk" -> "Øster Land 7, Sønderho, 6720 Fanø";
            case "rindby-maler.dk" -> "Kløvervej 3, Rindby, 6720 Fanø";
            case "fanoe-rengoering.dk" -> "Industrivej 5, Nordby, 6720 Fanø";
            case "vesterhavsposten.dk" -> "Hovedgaden 44, Nordby, 6720 Fanø";
            case "groningen-vognmand.dk" -> "Grøningen 6, 6720 Fanø";
            case "nordby-elservice.dk" -> "Havnegade 20, Nordby, 6720 Fanø";
            case "fanoe-vvs.dk" -> "Mellemvejen 15, Nordby, 6720 Fanø";
            case "fanoe-madservice.dk" -> "Industrivej 11, Nordby, 6720 Fanø";
            case "nordby-byggemarked.dk" -> "Nordby Bygade 60, 6720 Fanø";
            case "fanoe-data.dk" -> "Tøvjen 4, Nordby, 6720 Fanø";
            case "fanoe-busser.dk" -> "Pælebjergvej 2, 6720 Fanø";
            case "nordby-papirhandel.dk" -> "Hovedgaden 17, Nordby, 6720 Fanø";
            case "sonderho-smedie.dk" -> "Sønderho Havnevej 3, 6720 Fanø";
            case "fanoe-klitpleje.dk" -> "Stenkrogen 8, Grøningen, 6720 Fanø";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with a supplier line, an invoice-to block and the VAT lines one under
     * another; a work statement with crew hours, machines and materials and an inpayment line (card 71); a charge for a
     * period with a fixed fee, services and an FI card (card 75). A {@code null} account prints none.
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
                l.add("Faktureres til: " + KOMMUNE + ", Økonomi, " + RAADHUS + " - EAN " + EAN);
                l.add("Dato: " + dottedDay(m, 0) + "    Vores ref.: " + s.person());
                l.add("Leveret: " + s.what());
                l.add("Beløb ekskl. moms kr. " + a.net());
                l.add("Moms 25 % kr. " + a.vat());
                l.add("Beløb i alt kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: 14 dage netto, sidste rettidige betaling " + dottedDay(m, 14));
                if (account != null) {
                    l.add("Overføres til " + account + " med fakturanummeret som tekst");
                }
            }
            case 1 -> {
                head = "Arbejdsopgørelse / " + title.toLowerCase(DA) + " " + no;
                l.add(s.name() + ", " + addr + " - CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " (EAN " + EAN + ")   Opgave: " + s.what());
                long crew = a.ore() * 47 / 100;
                long machines = a.ore() * 21 / 100;
                l.add("Mandetimer kr. " + kr(crew) + "   Maskiner og kørsel kr. " + kr(machines) + "   Materialer kr. "
                    + kr(a.ore() - crew - machines));
                l.add("Netto kr. " + a.net() + " + moms kr. " + a.vat() + " = kr. " + a.gross());
                l.addAll(more);
                l.add("Forfalder " + writtenDay(m, 21) + (account == null ? "" : ". Bank: " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = title + " for perioden, nr. " + no;
                l.add(s.name() + ", CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : ", " + addr));
                l.add("Forbrugssted: " + KOMMUNE + ", " + RAADHUS + "   Kundenummer " + (70_000 + Math.floorMod(s.domain().hashCode(),
                    20_000)));
                l.add("Periode " + dashedDay(m, -30) + " til " + dashedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast afgift kr. " + kr(fixed) + "   Ydelser i perioden kr. " + kr(a.ore() - fixed));
                l.add("I alt ekskl. moms " + a.net() + ", moms " + a.vat() + ", til betaling kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist " + dashedDay(m, 10) + (account == null ? "" : "   Konto " + account));
                if (own) {
                    l.add("FI-kort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "FanoeKommune_" + no + ".pdf", "fak-" + no + ".pdf",
            "Invoice " + no + ".pdf", "Regning-" + no + ".pdf", "dokument_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Fanø Kommune", "Til kreditorbogholderiet", "Hej", "Goddag jer på Rådhuset",
        "Att.: Økonomi", "Kære Fanø Kommune", "Hej bogholderiet", "Til rette vedkommende"};

    private String phone() {
        return "75 16 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig47:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMange hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\nmvh " + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nVenlig hilsen\n" + s.person() + ", " + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Fakturanr. " + no + " (EAN " + EAN + ")", s.name() + ": faktura " + no, "Regning " + no, "Fremsendelse af faktura " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede fil finder I faktura " + no + ". Beløbet er " + a.gross() + " kr. inkl. moms, og den "
                + "forfalder " + writtenDay(m, 14) + ".";
            case 2 -> "Fakturaen går også til EAN " + EAN + " via NemHandel. Den skal selvfølgelig kun betales én gang.";
            case 3 -> "Tak for samarbejdet. Fakturaen ligger som PDF i mailen.";
            case 4 -> "Fakturanummer: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfaldsdato: " + dottedDay(m, 14);
            case 5 -> "Fremsender faktura for det udførte. Jeres ordrenummer er påført.";
            case 6 -> "Her er regningen for sidste måneds leverancer. Ring endelig, hvis noget ser forkert ud.";
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
        if (List.of(varme, rengoer, mad, it, bus, kontor, avis).contains(s)) {
            return 2;
        }
        if (List.of(entrep, moelle, strand, vognmand, vvs, el, toemrer, maler).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Skolevej 5-7", "Fanø", "6720", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 14 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        millAgreement = "MA-" + (510 + rnd.nextInt(90));
        beachPlan = "SP-37-" + (20 + rnd.nextInt(70));
        kiteOrder = "DF-" + (7_100 + rnd.nextInt(800));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == moelle ? List.of("Mølleaftale " + millAgreement + ": forårseftersyn, smøring af krøjeværket")
                : s == strand ? List.of("Strandplan " + beachPlan + ": 9 nedkørsler planeret, 140 strandpæle sat")
                : s == event ? List.of("Ordre " + kiteOrder + ": forudbetaling 1/3 af festivalaftalen") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af havnefogeden i Sønderho"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the boat jetty's railing, aligned SPF pass";

        List<Supplier> again = List.of(it, byg, rengoer, vvs, avis, entrep, kontor, el, bus, varme, mad, it);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition FK-" + (20_400 + k * 211));
                case 1 -> List.of("Bestilt af " + to().replace("@fanoekommune.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Fanø Bibliotek, nyt studierum" : "Rammeaftale 2036-2039"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 2, ref, k % 5 == 1 ? "\n\nKvitterede følgesedler ligger med i mailen." : "");
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "foelgesedler-juni.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Nordby", "Kolli: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Seks plader krydsfiner kom frem med knækkede hjørner og er sendt retur."},
            {kontor, "Kreditnota til faktura ", "Vi leverede to kasser kopipapir for meget til skolen, og dem har vi hentet igen."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (210 + rnd.nextInt(600));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@fanoekommune.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "KN_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for fakturaen nedenfor. "
            + "Har I allerede betalt, så se bort fra denne mail."},
            {entrep, "Rykker 1", "Fakturaen er et par uger over forfald. Der er ikke beregnet rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@fanoekommune.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. betales "
                    + "til samme konto som sædvanligt: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
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
        headers(m, s.person(), addr(s), "kreditor@fanoekommune.dk", "Saldoudskrift pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres afstemning: vi har modtaget betaling for faktura " + p.no() + ", og saldoen er nul."
                + signature(s));
        genuine(m, s.ip());
        m.description = "groningen-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 0;
            String ref = "FK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@fanoekommune.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej\n\nVores regnskabsprogram er lige blevet opdateret, og forbindelsen til NemHandel er ikke koblet på "
                    + "igen endnu. Derfor kommer e-fakturaen som fil her, med en PDF-udgave ved siden af. Kontoen er uændret. "
                    + "Dukker den samme faktura op via NemHandel, betaler I den bare én gang.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 14), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturalia.dk", "betalvej.dk", "hurtigregning.com", "ledigvagt.io"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "b-" + sha256("plat47:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "LV-" + (41_000 + rnd.nextInt(8_000));
                headers(m, "Ledigvagt", "faktura@ledigvagt.io", "pleje@fanoekommune.dk", "Faktura " + no + " - vikartimer maj")
                    .text("Til " + KOMMUNE + ", Sundhed og Pleje\n\nHer er fakturaen for de vikartimer i hjemmeplejen, som jeres "
                        + "planlægger har godkendt i portalen for maj (112 timer, heraf 30 i weekender). Vikarerne lønnes af "
                        + "Ledigvagt.\n\nAt betale " + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nLedigvagt")
                    .attach("application/pdf", "Ledigvagt-" + no + ".pdf", Attachments.pdf(docId(m, "lv"), "Faktura " + no,
                        List.of("Ledigvagt ApS", "Kunde: " + KOMMUNE + ", Sundhed og Pleje", "Vikartimer maj 2037: 112",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "96820004877015"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform ledigvagt.io invoices approved temp hours in home care under its own name";
                continue;
            }
            String no = "FL" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], i == 1 ? "havn@fanoekommune.dk" : i == 2
                ? "skole@fanoekommune.dk" : "natur@fanoekommune.dk", "Ny faktura fra " + s.name() + " (" + no + ")")
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har sendt jer en faktura på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14) + ".</p>"
                    + "<p>Fakturaen er vedhæftet som PDF. Svarer du på mailen, havner svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:10px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 4, List.of(), v == 3 ? "\n\nJeg er ikke momsregistreret, så beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "RE-" + (38_400 + rnd.nextInt(600));
        Amount a = amount(700_000);
        headers(m, "Nordsee Drachenbau", addr(tysk), "kultur@fanoekommune.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über 240 Drachenbausätze für die "
                + "Kinderwerkstatt beim Drachenfest auf Fanø. Die Lieferung erfolgt steuerfrei, Steuerschuldnerschaft des "
                + "Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Husum", "Kunde: " + KOMMUNE + ", Kultur og Turisme", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "ZM-" + (2_200 + rnd.nextInt(500));
        headers(m, "Zeilmakerij De Molen", addr(hollandsk), "ejendom@fanoekommune.dk", "Invoice " + no + " - sails Sonderho mill")
            .text("Dear Sir or Madam,\n\nPlease find enclosed our invoice for the new sail cloth and lashing for the four sails "
                + "of Sønderho Mill, fitted together with your millwright in May. Payment to our account as stated on the "
                + "invoice; VAT reverse charged.\n\nKind regards,\nAdministratie, Zeilmakerij De Molen")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of(hollandsk.name(), "Customer: " + KOMMUNE, hollandsk.what(), "Amount due EUR " + kr(a.ore() / 7),
                    "Payment: " + hollandsk.account())));
        genuine(m, hollandsk.ip());
        m.description = "Dutch sailmaker invoice in English (RSA, p=none), NL IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Klitbooking Billing", "billing@klitbooking.io", "kultur@fanoekommune.dk", "Your Klitbooking invoice - June")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Klitbooking (online booking of the island's "
                + "shelters, the sports hall and the camp site at Rindby). It has also been sent to EAN " + EAN + ".\n\nTotal DKK "
                + a.gross() + "\n\nKlitbooking")
            .attach("application/pdf", "klitbooking-june.pdf", Attachments.pdf(docId(m, "kb"), "Invoice",
                List.of("Klitbooking ApS", "Customer: " + KOMMUNE, "Subscription June 2037, 3 venues, 14 shelters",
                    "DKK " + a.gross())));
        genuine(m, "127.147.30.1");
        m.description = "SaaS klitbooking.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(250_000);
        headers(m, "Hjemmeplan", "kvittering@hjemmeplan.dk", "pleje@fanoekommune.dk", "Kvittering - Hjemmeplan abonnement")
            .text("Hej\n\nTak for betalingen for Hjemmeplan (ruteplanlægning i hjemmeplejen, 48 brugere). Vi har trukket "
                + a.gross() + " kr. på kortet, der ender på 7713.\n\nHjemmeplan");
        genuine(m, "127.147.31.1");
        m.description = "SaaS hjemmeplan.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9682", "0001902277");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@fanoekommune.dk", "Ændring af bankkonto pr. 1. juni")
            .text("Hej kreditorbogholderiet\n\nVi har flyttet firmaets konti til den lokale bank i Esbjerg. Fakturaer dateret "
                + "1. juni 2037 og senere betales til " + nyT + ". Ældre fakturaer betales, som der står på dem.\n\nI er "
                + "velkomne til at ringe til mig på det nummer, I har i forvejen, og få det bekræftet." + signature(toemrer))
            .attach("application/pdf", "Ny_bankkonto.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankkonto",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.06.2037", "Ny konto: " + nyT,
                    "Peter Brinch, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "udskiftning af gulv i garderoben, Sønderho Børnehus");
        invoice(m, moved, nyT, 11, List.of("Ny bankkonto fra 01.06.2037, jf. vores brev"), "\n\nBemærk kontoen, som vi "
            + "skrev om i maj.");
        genuine(m, toemrer.ip());
        m.description = "sonderho-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "79700004916658");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Fanø Madservice, Økonomi", addr(mad), "kreditor@fanoekommune.dk", "Ny bankforbindelse fra juni")
            .text("Til " + KOMMUNE + ", kreditor og Sundhed og Pleje\n\nFanø Madservice skifter bank, fordi vores nuværende "
                + "bank lukker erhvervsafdelingen i Esbjerg. Fakturaer med dato 1. juni og senere bedes betalt til " + nyM
                + ". Den gamle konto holdes åben til udgangen af august. Et underskrevet brev er også sendt til jeres Digital "
                + "Post.\n\nMed venlig hilsen\nFanø Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from June, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 15, List.of("Ny bankforbindelse fra 01.06.2037"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "fanoe-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 20, List.of(), "");
        m.mailFrom = "SRS0=p7Qd=MX=vesterhavsposten.dk=annonce@srs.fanoe-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.147.28.1";
        m.helo = "srs.fanoe-fiber.dk";
        m.description = "vesterhavsposten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 27, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.nordby-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 25, List.of(), "");
        relayedBy(m, "relay.nordby-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"sydvestjyske-bogholdere.dk", "Hanne Bech", "hb@", "Regning for strandpæle og planering?",
            "Hej alle\n\nVi har fået en regning for 'planering af nedkørsler efter springflod' fra et firma, vi ikke kender, og "
                + "med en konto i udlandet. Har nogen af jer med kørsel på stranden fået det samme?\n\nHanne"},
            {"indkoeb-vadehav.dk", "Kim Lassen", "kl@", "Falsk regning på mølleeftersyn", "Hej\n\nEn mølleforening her i "
                + "området fik en regning på 'akut bremseeftersyn' fra et domæne, der lignede deres møllebyggers. Møllebyggeren "
                + "kendte ikke noget til det.\n\nKim"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditorforum-sydvestjylland.dk", x[3])
                .header("List-Id", "Kreditorforum Sydvestjylland <forum.kreditorforum-sydvestjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorforum-sydvestjylland.dk", "[KF-Sydvest] ", "\r\n-- \r\nKreditorforum Sydvestjylland\r\n"
                + "Afmeld: https://kreditorforum-sydvestjylland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"fakturavagt-vadehavet.dk", "Fakturavagten Vadehavet", "Sommerens svindel: festival, strand og mølle",
            "Svindlere sender i sommermånederne regninger for festivalhegn, strandplanering og mølleeftersyn med rigtige "
                + "ordrenumre fra tidligere fakturaer. Ring til leverandøren på et nummer, I selv har, før I betaler en ny konto."},
            {"fanoe-revision.dk", "Fanø Revision", "Halvårsregnskab: tre ting at tjekke",
                "Gennemgå ændringer i kreditorstamdata, kontroller at to har godkendt nye konti, og afstem åbne poster."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl47:" + x[0]).substring(0, 14) + "@brevfugl.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@fanoekommune.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere"
                    + "</a></p><p style=\"font-size:9px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("brevfugl.com");
            m.ip = "127.147.26.1";
            m.helo = "mta.brevfugl.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP brevfugl.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Vej og Strand", "vejogstrand@", "kreditor@fanoekommune.dk", "Nedkørsler og strandpæle",
            "Hej\n\nDet er alene Fanø Strandservice, der planerer nedkørslerne og sætter strandpælene, og det sker efter "
                + "strandplanen, som vi bestiller hvert forår. Deres fakturaer har strandplanens nummer. Andre regninger om "
                + "strandkørsel sender I til os, før der betales.\n\nVej og Strand"},
            {"Kultur og Turisme", "kultur@", "kreditor@fanoekommune.dk", "Dragefestivalen - hvem fakturerer?", "Hej\n\nTil "
                + "festivalen har vi kun aftale med Fanø Bad Eventservice om hegn, toiletvogne og strandvagter, på ordre "
                + kiteOrder + ". Stadepladser sælger vi ikke, og vi betaler ikke for sponsorpakker.\n\nKultur og Turisme"},
            {"Ejendomscentret", "ejendom@", "ledere@fanoekommune.dk", "Sønderho Mølle", "Kære ledere\n\nAl vedligeholdelse af "
                + "Sønderho Mølle går gennem Ejendomscentret og udføres af vores møllebygger under mølleaftalen. Kommer der "
                + "regninger om møllen fra andre, så send dem til os.\n\nEjendomscentret"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Vestjysk Kystbank, Erhverv", "erhverv@vestjysk-kystbank.dk", "okonomi@fanoekommune.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 143 poster. Den gennemføres på næste bankdag, og I kan "
                + "følge den i netbanken. Vi sender aldrig links i denne type besked.\n\nVestjysk Kystbank");
        genuine(m, "127.147.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Nordby Andelskasse", "info@nordby-andelskasse.dk", "okonomi@fanoekommune.dk", "Nyt skæringstidspunkt")
            .text("Til vores erhvervskunder\n\nFra 1. september skal straksoverførsler være godkendt inden kl. 14.30 for at gå "
                + "igennem samme dag. Vilkårene ligger i netbanken.\n\nNordby Andelskasse");
        genuine(m, "127.147.22.1");
        m.description = "bank notice about a cut-off time, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("windmill-millwright-invoice", true);
        invoice(m, moelle, moelle.account(), 7, List.of("Mølleaftale " + millAgreement + ", montering af nye sejl",
            "Vingerne surret og afbalanceret, bremsebånd justeret"), "\n\nSejldugen faktureres direkte af sejlmageren i Holland.");
        genuine(m, moelle.ip());
        m.description = "the real millwright invoices fitting the new sails on Sønderho Mill (RSA, no DMARC)";
        m = ok("beach-driveway-grading-invoice", true);
        invoice(m, strand, strand.account(), 10, List.of("Strandplan " + beachPlan + ", juni",
            "Efterplanering af nedkørslerne ved Rindby og Sønderho efter pinsen"), "\n\nKortet over pælene er opdateret i jeres "
            + "GIS.");
        genuine(m, strand.ip());
        m.description = "the beach service grades the driveways in June under its beach plan (DKIM only, p=quarantine, DMARC pass)";
        m = ok("kite-festival-beach-invoice", true);
        invoice(m, event, event.account(), 12, List.of("Ordre " + kiteOrder + ", slutafregning",
            "1.200 m hegn, 14 toiletvogne, strandvagter fredag-søndag"), "\n\nTak for en god festival på stranden.");
        genuine(m, event.ip());
        m.description = "the event firm's final invoice for the kite festival under its order (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Fanø Strandservice", addr(strand), "vejogstrand@fanoekommune.dk", "Sæsonens strandpæle er sat")
            .text("Hej Vej og Strand\n\nAlle strandpæle for sæsonen står nu, og de ekstra pæle ved Sønderho er med i "
                + "strandplan " + beachPlan + ", så der kommer ingen særskilt regning. Vi udfører aldrig arbejde på stranden, "
                + "som I ikke har bestilt.\n\nFanø Strandservice");
        genuine(m, strand.ip());
        m.description = "the beach service says the season's posts are in place at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Vadehavets Beredskab I/S", "regnskab@vadehavsberedskab.dk", "efaktura@fanoekommune.dk",
            "Kommunalt bidrag 3. kvartal 2037")
            .text("Til ejerkommunerne\n\nVedhæftet er opkrævningen af det kommunale bidrag for tredje kvartal. Den er også sendt "
                + "til jeres EAN.\n\nVadehavets Beredskab I/S")
            .attach("application/pdf", "Bidrag-3kv-2037.pdf", Attachments.pdf(docId(m, "ber"), "Kommunalt bidrag 3. kvartal 2037",
                List.of("Vadehavets Beredskab I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "79700004923317"))));
        genuine(m, "127.147.1.1");
        m.description = "intermunicipal fire and rescue service's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Nationalpark Vadehavet", "sekretariat@vadehavet-nationalpark.dk", "vejogstrand@fanoekommune.dk",
            "Ynglefugle ved Søren Jessens Sand")
            .text("Til Fanø Kommune, Vej og Strand\n\nSom de seneste år afspærres den sydlige del af kørselszonen ved Søren "
                + "Jessens Sand fra 1. juli af hensyn til ynglende dværgterner. Vi sætter selv skiltene op; det koster ikke "
                + "kommunen noget.\n\nNationalpark Vadehavet");
        genuine(m, "127.147.6.1");
        m.description = "national park announces a seasonal closure of part of the beach driving zone, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@digisegl.dk";
        headers(m, "Fanø Museer via Digisegl", "noreply@digisegl.dk", "kultur@fanoekommune.dk",
            "Til underskrift: driftsaftale for Sønderho Mølle")
            .header("Reply-To", "<administration@fanoe-museer.dk>")
            .text("Fanø Museer har sendt 'Driftsaftale 2037-2040 - Sønderho Mølle' til underskrift.\n\nDokumentet ligger på "
                + "jeres konto hos Digisegl.\n\nDigisegl");
        genuine(m, "127.147.32.1");
        m.description = "real e-signature request from digisegl.dk on behalf of the museums";
        m = ok("receipt", false);
        headers(m, "Nordby Isenkram", "kvittering@nordby-isenkram.dk", "havn@fanoekommune.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n2 spader, 50 m afspærringsbånd og batterier til pandelamper. Betalt med kommunens "
                + "indkøbskort.\n\nNordby Isenkram");
        genuine(m, "127.147.5.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Vadehavets Efterskole", "bogholderi@vadehavets-efterskole.dk", "okonomi@fanoekommune.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført betalingen for leje af Fanø Hallen i uge 24, 9.800 kr.\n\nVadehavets Efterskole");
        genuine(m, "127.147.3.1");
        m.description = "a boarding school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Nordby Lystbådehavn", "havnekontor@nordby-lystbaadehavn.dk", "havn@fanoekommune.dk",
            "Ordrebekræftelse: sommerplads")
            .text("Hej\n\nHermed bekræftet sommerplads til kommunens arbejdsbåd fra 1. juli til 30. september. Fakturaen kommer "
                + "via EAN.\n\nNordby Lystbådehavn");
        genuine(m, "127.147.7.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7300010141598877"), iban("DK", "98770004471233"), bank("5470", "0001833290"),
        iban("EE", "2210201145683321"), iban("PL", "109010140000000712198128"), iban("GB", "BARC20005512348877"),
        iban("IE", "AIBK93115212345678"), iban("NL", "RABO0312455781"), iban("DE", "120300001055893341"),
        iban("HU", "117730160011109700000000"), iban("RO", "BTRL0130120295530011"), iban("BG", "STSA93000024668812"),
        iban("CY", "003001210000000357701188"), bank("9070", "1655102233"), iban("MT", "MMEB44093000000012345678901"),
        iban("SE", "80000081059130055421"), iban("NO", "12030567891"), iban("LT", "1040100090034411")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(3), 2, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nVarmeværket har fået ny "
            + "bankforbindelse i forbindelse med sammenlægningen af administrationen med et værk i Esbjerg. Opkrævningen "
            + "herunder skal derfor betales til den konto, der står på den, og ikke til den gamle, som lukkes ved månedens "
            + "udgang. Beløb, der alligevel sendes dertil, går automatisk retur.");
        forged(m, forgedHost++);
        m.description = "forged From nordby-varmevaerk.dk (p=reject) from a fraudster's machine, EE account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(12), 5, List.of(), "", "Hej\n\nHer er regningen for maj måneds stillingsopslag. Avisen er "
            + "blevet en del af en nordisk mediekoncern, og koncernens fælles bogholderi på Cypern modtager nu alle "
            + "indbetalinger. Den danske konto kan ikke længere bruges.");
        forged(m, forgedHost++);
        m.description = "forged From vesterhavsposten.dk (p=reject), CY account";

        // lookalike-domain
        Object[][] l = {{"nordby-varmevaerk.com", varme, "Efter et nedbrud i vores kundesystem er nogle kunders "
            + "betalingsoplysninger blevet vist forkert. Brug udelukkende kontoen på denne opkrævning fremover."},
            {"rindby-entreprenor.dk", entrep, "Fortovet på Hovedgaden er færdigt. Vi har fået ny bank i forbindelse med en "
                + "kassekredit, så kontoen i bunden af fakturaen er den rigtige nu."},
            {"nordby-bygmarked.dk", byg, "Her er samlefakturaen for juni til Ejendomscentret. Vi gør opmærksom på, at vi har "
                + "skiftet bankforbindelse, og at den tidligere konto er spærret for indbetalinger."},
            {"nordby-el-service.dk", el, "Belysningen på færgelejet er klar. Fordi vores revisor har flyttet vores "
                + "driftskonto, beder vi jer betale til den konto, der står i den vedlagte PDF."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 5), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[4];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(9), 6, List.of("Nye betalingsoplysninger fra " + dottedDay(m, -2)), "",
            "Erhvervssalg sender hermed månedens faktura. Bemærk venligst, at vores kontooplysninger er ændret, og at de nye "
                + "gælder for denne og alle kommende fakturaer.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as nordby-byggemarked.dk, new account";
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens Sekretariat", "sekretariat@" + d, "okonomi@fanoekommune.dk", "Fortrolig: deponering inden kl. 12")
            .text("Hej\n\nBorgmesteren har mundtligt aftalt at købe et sommerhus i Rindby, som kommunen skal bruge til "
                + "genhusning, og sælgers advokat kræver 412.500 kr. deponeret på " + mule(11) + " inden kl. 12 i dag. Ellers "
                + "går huset til en anden køber. Skødet eftersendes. Hold det for dig selv, indtil økonomiudvalget har fået "
                + "besked.\n\nBorgmesterens Sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: confidential summer-house deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Fakturalia", "paamindelse@fakturalia-nordby.dk", "natur@fanoekommune.dk",
            "Regning forfalden - betal inden i aften")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Din regning fra <b>" + natur.name() + "</b> står stadig som "
                + "ubetalt. Betaler du ikke i dag, sendes den videre til inkasso med gebyr. Betal nemt med kort her:</p><p>"
                + "<a href=\"https://fakturalia-nordby.dk/b/" + sha256("fl47").substring(0, 20) + "\">Betal regningen</a></p>"
                + "<p>Fakturalia</p></body></html>");
        ownedBy(m, "fakturalia-nordby.dk");
        m.description = "look-alike of the platform fakturalia.dk: pay-today card link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Betalvej", "opkraevning@betalvej-sonderho.com", "havn@fanoekommune.dk", "Faktura fra " + smed.name())
            .text("Hej\n\n" + smed.name() + " har overdraget sin fakturering til Betalvej. Pengene skal derfor indbetales på "
                + "vores samlekonto " + mule(15) + ", ikke til smedien direkte. Fakturaen ligger vedhæftet.\n\nVenlig hilsen\n"
                + "Betalvej Kundeservice")
            .attach("application/pdf", "betalvej-" + (4_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                smed.posing("betalvej-sonderho.com", mule(15)), "Faktura", "BV-" + (9_100 + rnd.nextInt(600)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Betalvej på vegne af smedien")));
        ownedBy(m, "betalvej-sonderho.com");
        m.description = "look-alike of betalvej.dk: the smithy's invoice 'taken over' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 3, List.of("Betaling til factoringselskab"), "", "Fra denne måned er vores "
            + "fakturaer overdraget til et factoringselskab, så beløbet skal sættes ind på " + mule(16) + " og ikke på vores "
            + "egen konto. Jeg sidder til møder hele dagen, så send gerne en mail, hvis der er spørgsmål.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of fanoe-rengoering.dk (DKIM, DMARC pass): account moved, NO IBAN";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@fanoekommune.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nEn lille ændring til fakturaen i denne tråd: vores konto er midlertidigt låst, mens banken laver "
                + "sin årlige kontrol, så de " + p.amount().gross() + " kr. bedes denne gang overført til " + mule(17)
                + ". Fremtidige fakturaer betales som normalt.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of fanoe-data.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{el, "nordby-el-service.dk"}, {mad, "fanoe-madservice.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@fanoekommune.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nVi kan se, at faktura " + p.no() + " på " + p.amount().gross() + " kr. endnu ikke er betalt. Det "
                    + "passer os fint, for der er sket en fejl i bankoplysningerne på den. Den rigtige konto er " + mule(i + 1)
                    + ". Giv mig lige et kort svar, når I har opdateret det.\n\nPå forhånd tak\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", another account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "okonomi@fanoekommune.dk", "Tilskud til sejlerløbet - i dag")
            .text("Hej\n\nJeg har lovet arrangørerne af Sønderho-sejladsen et tilskud på 85.000 kr., og de skal bruge pengene "
                + "allerede i dag til leje af følgebåde. Overfør venligst til " + mule(6) + ". Jeg står på færgen til Esbjerg "
                + "og kan ikke ringe, men svar mig her, når det er sendt.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged fanoekommune.dk (p=reject) from outside: the mayor's same-day sailing-race grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@fanoekommune.dk", "Ret konto for Fanø Busser")
            .text("Hej\n\nFanø Busser har skiftet bank og har ringet til mig om det. Ret deres konto til " + mule(13)
                + " inden dagens betalingskørsel. Jeg har godkendt ændringen.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged fanoekommune.dk: 'finance manager' orders the bus company's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektor.fanoe@gmail.com", "okonomi@fanoekommune.dk", "Har du to minutter?")
            .text("Hej\n\nJeg sidder i et lukket møde i Vadehavssamarbejdet og kan kun skrive fra min private mail. Der er en "
                + "fortrolig betaling, jeg skal have din hjælp til i dag, før kl. 14. Svar mig her, så får du detaljerne.\n\n"
                + "Sendt fra min iPad");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a closed meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.fanoe@outlook.com", "indkob@fanoekommune.dk", "Gave til de frivillige")
            .text("Hej\n\nDe frivillige, der ryddede stranden ved Albuen i weekenden, skal have en tak. Kan du købe 15 "
                + "gavekort á 1.000 kr. online og sende mig koderne på mail inden i aften? Jeg får det refunderet bagefter.\n\n"
                + "Borgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards for volunteers";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Thomsen", "louise.thomsen.fanoe@gmail.com", "lon@fanoekommune.dk", "Ny konto til min løn")
            .text("Hej Løn\n\nJeg er pædagogmedhjælper i Sønderho Børnehus. Min bank har lukket mit kort efter et "
                + "svindelforsøg, så min løn skal fra næste måned gå til min nye konto " + mule(0) + ". Jeg kan ikke logge på "
                + "personaleportalen, før jeg får ny MitID-app, så vil I være søde at rette det?\n\nHilsen Louise");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a kindergarten assistant, LT IBAN";
        m = bad("payroll-account-change");
        headers(m, "Rasmus Fogh", "rasmus.fogh.nordby@hotmail.com", "lon@fanoekommune.dk", "Lønkonto")
            .text("Hej\n\nJeg er færgehavnsmedarbejder i Nordby og flytter til Norge efter sommerferien. Jeg vil gerne have "
                + "lønnen sat ind på min norske konto " + mule(16) + " allerede fra juli.\n\nVenlig hilsen\nRasmus");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, NO IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {maler, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Fanø Inkasso", "sag@fanoe-inkasso.dk", "kreditor@fanoekommune.dk", "Inkassovarsel: "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nPå vegne af vores klient " + inkasso[i].name() + " skal vi kræve betaling af "
                    + "faktura " + p.no() + " på " + p.amount().gross() + " kr. Med inkassogebyr og renter skal der indbetales "
                    + "i alt " + kr(p.amount().ore() + p.amount().ore() / 4 + 75_000) + " kr. til " + mule(i + 7) + " inden "
                    + "tre hverdage. Herefter går sagen til fogedretten, og kommunen registreres som dårlig betaler.\n\n"
                    + "Fanø Inkasso\nSagsbehandler, afd. erhverv");
            ownedBy(m, "fanoe-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv Support", "support@mitid-fanoe.com", "it@fanoekommune.dk", "Handling påkrævet: "
            + "organisationens MitID")
            .html("<html><body><p>Kære brugeradministrator</p><p>Vi har registreret en uoverensstemmelse i organisationens "
                + "oplysninger. Bekræft jeres CVR og nøgleholder inden 24 timer, ellers spærres erhvervsidentiteterne for "
                + "alle medarbejdere i " + KOMMUNE + ".</p><p><a href=\"https://mitid-fanoe.com/org\">Bekræft nu</a></p>"
                + "</body></html>");
        ownedBy(m, "mitid-fanoe.com");
        m.description = "fake MitID Erhverv lock-out with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-rindby.com", "okonomi@fanoekommune.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt en afgørelse om efterregulering af "
                + "momskompensationen for 2036 til jeres postkasse. Afgørelsen skal åbnes af en person med fuldmagt inden "
                + "fredag, da fristen for indsigelse ellers anses for overskredet.</p><p><a href=\"https://digitalpost-rindby.com"
                + "/login\">Åbn meddelelsen med MitID</a></p><p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-rindby.com");
        m.description = "fake Digital Post letter from the tax agency with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-nordby.net", "efaktura@fanoekommune.dk",
            "EAN " + EAN + " - manglende genregistrering")
            .text("Kære modtager\n\nVed den årlige oprydning i NemHandelsregistret er jeres EAN-nummer ikke blevet "
                + "genregistreret. Uden registrering afvises indkommende e-fakturaer fra mandag. Udfyld formularen på "
                + "https://nemhandel-nordby.net/ean og log ind med MitID Erhverv.\n\nNemHandel Support");
        ownedBy(m, "nemhandel-nordby.net");
        m.description = "fake NemHandel re-registration of our EAN with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afregning@nemhandel-nordby.net", "kreditor@fanoekommune.dk",
            "Afviste e-fakturaer - mellemregning")
            .text("Kære kreditorafdeling\n\nVores overvågning viser, at jeres adgangspunkt siden tirsdag har afvist "
                + "fakturaer fra fem leverandører med fejlkode 4012. Leverandørerne har bedt os formidle betalingen, mens "
                + "fejlen rettes. Overfør 87.340,00 kr. samlet til afregningskontoen " + mule(4) + " og skriv 'EAN-fejl' som "
                + "tekst. Specifikationen pr. leverandør følger, så snart beløbet er registreret hos os.\n\nNemHandel Support, "
                + "afregning");
        ownedBy(m, "nemhandel-nordby.net");
        m.description = "fake NemHandel 'undelivered invoices' asking for one pooled payment (PL IBAN)";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Fanø Bad Parkering", "afgift@fanoebad-parkering.dk", "vejogstrand@fanoekommune.dk",
            "Parkeringsafgift - Fanø Bad Strand")
            .html("<html><body><p>En bil registreret til Fanø Kommune holdt på stranden ved Fanø Bad uden for det afmærkede "
                + "område. Afgiften på 750 kr. betales ved at scanne koden herunder senest om 5 dage.</p><p><img src=\"cid:qr\" "
                + "alt=\"QR\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "fanoebad-parkering.dk");
        m.description = "QR code for a beach parking 'fee' at Fanø Bad";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice Erhverv", "aftaler@rindby-betaling.net", "okonomi@fanoekommune.dk",
            "Jeres faste aftaler er sat på pause")
            .html("<html><body><p>Flere af jeres tilmeldte betalinger er sat på pause efter en systemopdatering. Scan koden "
                + "med telefonen og bekræft kontoen for at genoptage dem.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genoptag.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "rindby-betaling.net");
        m.description = "QR code for 'paused direct debits'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "kontor@fanoe-rengoring.dk", "kreditor@fanoekommune.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVores PDF'er bliver åbenbart fanget af jeres spamfilter, så vi sender fakturaen i en zip-fil. Læs "
                + "også filen om den nye konto.\n\nKontoret")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("fanoe-rengoring.dk", mule(10)), "Faktura", no, a, mule(10), 0, List.of()),
                "LAES_MIG.txt", "Vores bankkonto er skiftet. Brug kun kontoen i fakturaen."));
        ownedBy(m, "fanoe-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of fanoe-rengoering.dk, RO account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "vaerksted@fanoe-vvs.net", "kreditor@fanoekommune.dk", "Fakturaer juni")
            .text("Hej\n\nJunis fakturaer er samlet i en 7z-fil, så mailen ikke bliver for stor. Vær opmærksom på vores nye "
                + "kontonummer.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "juni.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("fanoe-vvs.net", mule(14)), "Faktura", no, a, mule(14), 1, List.of())));
        ownedBy(m, "fanoe-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of fanoe-vvs.dk, MT account";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@nordby-papirhandel.net", "indkob@fanoekommune.dk", "Ordrebekræftelse og faktura")
            .text("Hej\n\nOrdrebekræftelse og faktura ligger i samme Word-fil. Klik på 'Aktivér indhold' øverst, ellers kan "
                + "felterne ikke vises.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_og_faktura.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir og toner. Felterne vises, når indhold er aktiveret.", true));
        ownedBy(m, "nordby-papirhandel.net");
        m.description = "macro-enabled .docm from a look-alike of nordby-papirhandel.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "faktura@fanoe-data.net", "it@fanoekommune.dk", "Chromebook-licenser - opgørelse")
            .text("Hej\n\nOpgørelsen over Chromebooks og licenser på mellemtrinnet er i regnearket. Makroer skal være slået "
                + "til, før totalerne regnes ud. Bemærk at vi har ny bankkonto.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licensopgoerelse.xlsm", Attachments.excel(List.of(
                "Licensopgørelse juni 2037", "Chromebook og administration 260 stk", "Betales til " + mule(2)), true));
        ownedBy(m, "fanoe-data.net");
        m.description = "macro-enabled .xlsm from a look-alike of fanoe-data.dk, DK mule account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "jens@rindby-malerfirma.dk", "ejendom@fanoekommune.dk", "Regning Kastanjehaven")
            .text("Hej\n\nHar bare taget et billede af regningen, printeren driller. Husk den nye konto nederst.\n\nJens")
            .attach("image/jpeg", "20370624_101532.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "rindby-malerfirma.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of rindby-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "torben@groningen-vognmand.net", "vejogstrand@fanoekommune.dk", "Faktura sandkørsel")
            .text("Hej\n\nFakturaen for kørsel med sand til nedkørslerne er scannet ind og vedhæftet. Vi har fået ny konto, den "
                + "står på fakturaen.\n\nTorben")
            .attach("application/pdf", "Scan_20370625.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "groningen-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of groningen-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@nordby-ordrecenter.com", "indkob@fanoekommune.dk", "Ordre 51930 er sendt til levering")
            .text("Tak for din bestilling af 12 bærbare computere á 9.480 kr. til plejecentret. Beløbet trækkes ved afsendelse "
                + "i morgen tidlig. Har du ikke bestilt varerne, skal du ringe til vores ordrelinje på 78 74 20 61 i dag for at "
                + "annullere.\n\nOrdrecenter");
        ownedBy(m, "nordby-ordrecenter.com");
        m.description = "callback scam: fake laptop order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Licence Renewals", "renewals@nordby-ordrecenter.com", "it@fanoekommune.dk",
            "Your security licence has been renewed")
            .text("Dear customer,\n\nYour endpoint security licence for 180 devices at " + KOMMUNE + " has been renewed "
                + "automatically for 36 months. The total of DKK 47.900,00 excl. VAT will be invoiced within 48 hours. If you "
                + "did not authorise this renewal, our billing desk can only cancel it by phone on +45 78 74 20 62 before "
                + "tomorrow 15:00.\n\nRenewals Team");
        ownedBy(m, "nordby-ordrecenter.com");
        m.description = "callback scam in English: auto-renewed security licence";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "bl@rindby-entreprenoer.net", "efaktura@fanoekommune.dk", "E-faktura " + no)
            .text("Hej\n\nVi er skiftet til et nyt økonomisystem, som ikke er koblet på NemHandel endnu, så I får e-fakturaen "
                + "som XML her. Betalingskontoen er ny og står i filen.\n\n" + entrep.name())
            .attach("application/xml", "Peppol_" + no + ".xml", ubl(no, entrep, mule(5), a, isoDay(m, 0), isoDay(m, 14), true,
                "FK-" + (63_000 + rnd.nextInt(500))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "rindby-entreprenoer.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee (GB IBAN), look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@fanoe-data.net", "efaktura@fanoekommune.dk", "Faktura " + no + " i OIOUBL")
            .text("OIOUBL-filen til faktura " + no + " er vedlagt. Vi har opdateret bankoplysningerne efter vores bankskifte.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(13), a, isoDay(m, 0), isoDay(m, 10), false,
                "FK-" + (63_600 + rnd.nextInt(500))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "fanoe-data.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of fanoe-data.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Digisegl", "signering@digisegl-sonderho.dk", "kultur@fanoekommune.dk",
            "Fanø Museer har sendt dig et dokument")
            .html("<html><body><p>Fanø Museer afventer din underskrift på 'Forsikringstillæg - Sønderho Mølle'. "
                + "Dokumentet udløber ved midnat.</p><p><a href=\"https://digisegl-sonderho.dk/d/" + sha256("ds47").substring(0, 18)
                + "\">Åbn og underskriv</a></p></body></html>");
        ownedBy(m, "digisegl-sonderho.dk");
        m.description = "fake e-signature request imitating digisegl.dk and the museums";
        m = bad("fake-esignature-request");
        headers(m, "Secure Document Center", "share@albuen-esign.net", "ejendom@fanoekommune.dk",
            "Lease agreement awaiting your signature")
            .html("<html><body><p>A lease agreement for beach huts at Albuen has been shared with you for electronic "
                + "signature. Sign in with your Microsoft 365 work account to review the document.</p><p><a href=\"https://"
                + "albuen-esign.net/login\">Review and sign</a></p></body></html>");
        ownedBy(m, "albuen-esign.net");
        m.description = "fake e-signature in English behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "drift@fanoe-busser.net", "kreditor@fanoekommune.dk", "Betaling af faktura " + p.no())
            .text("Goddag\n\nEn praktisk ting om faktura " + p.no() + " på " + p.amount().gross() + " kr.: banken har "
                + "sat et loft over, hvad vores gamle konto må modtage i år, så der kan kun gå 40 % af beløbet dertil. De "
                + "øvrige 60 % beder vi jer overføre til vores driftskonto " + mule(8) + ". Det gælder kun denne ene "
                + "faktura.\n\nMed venlig hilsen\nDriftskontoret, Fanø Busser");
        ownedBy(m, "fanoe-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain (DE IBAN)";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@fanoe-vvs-aps.dk", "kreditor@fanoekommune.dk", "Faktura " + p.no() + " - betaling")
            .text("Hej\n\nFaktura " + p.no() + " bedes betalt i to dele: 20.000 kr. til vores sædvanlige konto og resten til "
                + "grossisten direkte på " + mule(11) + ", da de har forskudt materialerne for os.\n\nVærkstedet");
        ownedBy(m, "fanoe-vvs-aps.dk");
        m.description = "split payment on Fanø VVS's real wave-1 invoice, rest 'to the wholesaler' (BG IBAN)";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-windmill-millwright-invoice
        M m = bad("fake-windmill-millwright-invoice");
        invoice(m, moelle.posing("sonderho-mollebyg.dk", moelle.account()), mule(3), 8,
            List.of("Mølleaftale " + millAgreement + " - nødudkald"), "", "Under kulingen natten til søndag gik bremsen på "
                + "Sønderho Mølle løs, og vingerne drejede frit i flere timer. Vi kom ud med lift, låste hatten og skiftede to "
                + "knækkede vingesprosser, så møllen ikke tog skade. Nødudkaldet ligger uden for mølleaftalen og faktureres "
                + "særskilt. Efter råd fra vores revisor har vi fået ny bank, så brug kontoen på fakturaen.");
        ownedBy(m, "sonderho-mollebyg.dk");
        m.description = "look-alike of the real millwright cites its real mill agreement, 'storm call-out', new account (EE IBAN)";
        m = bad("fake-windmill-millwright-invoice");
        headers(m, "Pælebjerg Mølleteknik", "kontor@paelebjerg-moelleteknik.dk", "ejendom@fanoekommune.dk",
            "Egetræ til ny krøjebom - forudbetaling")
            .text("Til Ejendomscentret\n\nKrøjebommen på Sønderho Mølle er så rådden, at den skal skiftes inden efteråret. Vi "
                + "har fundet en egestamme på et savværk i Sønderjylland, men savværket vil have betaling, før det skærer. "
                + "Jeres andel er 27.500,00 kr. inkl. moms, som bedes overført til " + mule(6) + " senest torsdag, så stammen "
                + "ikke bliver solgt til anden side.\n\nPælebjerg Mølleteknik");
        ownedBy(m, "paelebjerg-moelleteknik.dk");
        m.description = "unknown firm wants prepayment for oak for a new tail pole of the mill (IE IBAN)";
        m = bad("fake-windmill-millwright-invoice");
        headers(m, "Sønderho Vingeservice", "invoice@sonderho-vingeservice.dk", "kultur@fanoekommune.dk",
            "Invoice - impregnation of mill sails")
            .text("Hello,\n\nAs requested by the museum, our team treated the four sails of Sønderho Mill with a UV and salt "
                + "protection before the summer season. Please find our invoice attached; the amount of DKK 19.860,00 is due "
                + "within 7 days to " + mule(7) + ".\n\nBest regards\nSønderho Vingeservice")
            .attach("application/pdf", "INV-sails-2037.pdf", Attachments.pdf(docId(m, "vs47"), "Invoice - sail treatment",
                List.of("Sønderho Vingeservice", "Customer: " + KOMMUNE + " / museum", "UV and salt protection, 4 sails",
                    "Total incl. VAT DKK 19.860,00", "Bank: " + mule(7))));
        ownedBy(m, "sonderho-vingeservice.dk");
        m.description = "unknown firm bills in English a 'sail treatment the museum asked for' (NL IBAN)";

        // fake-beach-driveway-grading-invoice
        m = bad("fake-beach-driveway-grading-invoice");
        invoice(m, strand.posing("fanoe-strandservice.com", strand.account()), mule(9), 13, List.of("Strandplan " + beachPlan
            + " - ekstra planering"), "", "Springfloden i sidste uge skyllede nedkørslen ved Rindby Strand væk, og der kørte "
            + "biler fast hele lørdagen. Vi planerede den med grader søndag morgen og satte 60 nye strandpæle langs kørebanen "
            + "under strandplan " + beachPlan + ". Det var nødvendigt med det samme, så der er ikke sendt en rekvisition først. "
            + "Betal venligst til vores nye konto, som står på fakturaen.");
        ownedBy(m, "fanoe-strandservice.com");
        m.description = "look-alike of the beach service cites the real beach plan, 'storm-tide regrading', new account (HU IBAN)";
        m = bad("fake-beach-driveway-grading-invoice");
        headers(m, "Rindby Strandkørsel", "regnskab@rindby-strandkorsel.dk", "vejogstrand@fanoekommune.dk",
            "Månedsafregning: bugsering af fastkørte biler")
            .text("Hej Vej og Strand\n\nI juni har vi trukket 23 fastkørte turistbiler fri på stranden mellem Rindby og "
                + "Sønderho, som led i kommunens ordning for strandkørsel. Efter aftalen betaler kommunen 650 kr. pr. bugsering, "
                + "i alt 14.950,00 kr. Beløbet bedes indsat på " + mule(10) + " inden ti dage.\n\nRindby Strandkørsel");
        ownedBy(m, "rindby-strandkorsel.dk");
        m.description = "unknown firm bills towing of stuck cars 'under the municipality's beach-driving scheme' (RO IBAN)";
        m = bad("fake-beach-driveway-grading-invoice");
        headers(m, "Grøningen Klitservice", "ordre@groningen-klitservice.dk", "teknik@fanoekommune.dk",
            "Skilte til lukkede kørselszoner - betaling før montering")
            .text("Goddag\n\nNationalparken har pålagt kommunen at skilte de nye zoner, hvor kørsel på stranden er forbudt i "
                + "yngletiden. Vi har 36 skilte og pæle klar til levering, men monterer først, når 31.200 kr. er betalt til "
                + mule(12) + ". Skiltene skal stå før 1. juli.\n\nGrøningen Klitservice")
            .attach("application/pdf", "Ordrebekraeftelse_skilte.pdf", Attachments.pdf(docId(m, "gk47"), "Ordrebekræftelse",
                List.of("Grøningen Klitservice", "36 skilte 'Kørsel forbudt' med pæle", "I alt inkl. moms 31.200,00",
                    "Forudbetaling til " + mule(12))));
        ownedBy(m, "groningen-klitservice.dk");
        m.description = "unknown firm demands prepayment for signs for closed driving zones 'ordered by the national park' (CY IBAN)";

        // fake-kite-festival-beach-invoice
        m = bad("fake-kite-festival-beach-invoice");
        invoice(m, event.posing("fanoebad-events.dk", event.account()), mule(15), 16, List.of("Ordre " + kiteOrder
            + " - tillæg"), "", "Efter festivalen sender vi tillægsfakturaen for det ekstra, I bad om i løbet af weekenden: "
            + "300 meter hegn mere omkring dragefeltet, fire ekstra toiletvogne og nattevagt lørdag. Vi har skiftet bank i "
            + "forbindelse med en omlægning af vores lån, så indbetal venligst til kontoen på denne faktura og ikke den, der "
            + "stod på forudbetalingen.");
        ownedBy(m, "fanoebad-events.dk");
        m.description = "look-alike of the event firm cites the real festival order, 'extras during the weekend', new account (SE IBAN)";
        m = bad("fake-kite-festival-beach-invoice");
        headers(m, "Fanø Dragefestival - Sekretariatet", "sponsor@fanoe-dragefestival.dk", "kultur@fanoekommune.dk",
            "Kommunens stand og logo ved dragefestivalen")
            .text("Kære Fanø Kommune\n\nTak fordi I igen i år er med som partner. Kommunens stand ved indgangen til stranden og "
                + "logoet på festivalbanneret koster som sidste år 18.750,00 kr. inkl. moms. Beløbet skal være betalt til "
                + mule(17) + " inden fredag, ellers går pladsen videre til næste på ventelisten.\n\nSekretariatet, "
                + "Fanø Dragefestival");
        ownedBy(m, "fanoe-dragefestival.dk");
        m.description = "unknown 'festival secretariat' bills a stand and logo the municipality never bought (LT IBAN)";
        m = bad("fake-kite-festival-beach-invoice");
        headers(m, "Rindby Beach Fencing", "accounts@rindby-strandhegn.dk", "kultur@fanoekommune.dk",
            "Safety zone fencing, kite field Fano Bad")
            .text("Hello,\n\nOn the instructions of your events coordinator we set up 400 metres of safety fencing and 12 "
                + "warning flags around the kite field on Fanø Bad beach for the festival weekend. The hire of DKK 22.400,00 "
                + "must be settled before we collect the materials on Thursday. Bank details: " + mule(1) + ".\n\nKind regards\n"
                + "Accounts, Rindby Beach Fencing");
        ownedBy(m, "rindby-strandhegn.dk");
        m.description = "unknown firm bills in English safety fencing 'ordered by your events coordinator' (DK mule account)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus47().generate(), List.of(
            "# Fanø Kommune, Økonomi: invoice checks (forty-seventh held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=nordby-varmevaerk.dk rindby-entreprenoer.dk sonderho-moellebyg.dk "
                + "fanoe-strandservice.dk fanoebad-event.dk sonderho-toemrer.dk rindby-maler.dk fanoe-rengoering.dk "
                + "vesterhavsposten.dk groningen-vognmand.dk nordby-elservice.dk fanoe-vvs.dk fanoe-madservice.dk "
                + "nordby-byggemarked.dk fanoe-data.dk fanoe-busser.dk nordby-papirhandel.dk",
            "invoice.domains.platforms=fakturalia.dk betalvej.dk hurtigregning.com ledigvagt.io",
            "invoice.names.protected=Fanø Kommune"));
    }
}
