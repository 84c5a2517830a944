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
 * The forty-eighth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Stevns Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and parks, nature,
 * harbour, schools, care, culture, world-heritage and property mailboxes) on the east coast of Zealand: Store Heddinge with
 * the town hall, Hårlev, Strøby Egede, Rødvig and its harbour, Klippinge, Lund, Holtug, Højerup, Bøgeskov, Tommestrup and
 * Hellested, the chalk cliff Stevns Klint (a UNESCO World Heritage site) with its stairs at Højerup, Mandehoved and the
 * Boesdal chalk quarry, the Cold War museum Stevnsfort and the stream Tryggevælde Å; seventeen listed suppliers from those
 * places in every DNS posture real Danish firms have (one sending through a web hoster named in its SPF), four invoicing
 * platforms ({@code regnskrin.dk}, {@code nettopung.com}, {@code tilsendt.dk}, {@code vederlag.io}), a stream contractor
 * cutting the weed in Tryggevælde Å, a joinery keeping the cliff stairs safe, a sensor firm counting the world-heritage
 * site's visitors, sole traders on free mail, foreign suppliers, SaaS, an ESP, an e-signature service, banks, a creditor
 * list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a Stevns place name.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID, fake
 * NemHandel notices, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives, macro
 * documents, image-only invoices, callback scams, payroll changes, look-alikes, homoglyphs, e-invoice XML with a changed
 * account, fake e-signature requests) and three kinds new here: an "extra" weed cut in Tryggevælde Å, a weed boat reserved
 * against prepayment or a blockage cleared on a landowner's call (fake-stream-weed-cutting-invoice); emergency stair repairs
 * after a chalk fall, a paid "safety certificate" for the cliff stairs or a deposit for handrails nobody ordered
 * (fake-cliff-stair-inspection-invoice); and batteries for the visitor counters, a "certified validation" of the visitor
 * figures for the UNESCO report or leased thermal cameras at the cliff's car park (fake-visitor-counter-data-invoice). The
 * invoice engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written.
 * {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus48GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus48 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout48");
    public static final String OWN = "stevns.dk";
    static final String FRAUD_NET = "127.248.";
    private static final String OWN_IP = "127.48.0.1";
    private static final String EAN = "5798007948122";
    private static final String KOMMUNE = "Stevns Kommune";
    private static final String RAADHUS = "Gymnasievej 1, 4660 Store Heddinge";
    private static final String HOSTER_IP = "127.48.9.1";
    private static final String GMAIL = "127.48.61.1";
    private static final String MSFT = "127.48.62.1";
    private static final String APPLE = "127.48.63.1";

    private final Random rnd = new Random(48_4660_0048L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The stream contractor's weed-cutting agreement for Tryggevælde Å (the frauds cite it). */
    private String streamAgreement;
    /** The joinery's maintenance agreement for the cliff stairs (the frauds cite it). */
    private String stairAgreement;
    /** The sensor firm's data agreement for the visitor counters (the frauds cite it). */
    private String counterAgreement;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 5, 4, 7, 10, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 6, 8, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Store Heddinge Fjernvarmeværk a.m.b.a.", "storeheddinge-fjernvarme.dk",
        "Kundeservice", "kundeservice", "127.48.1.1", iban("DK", "05320004811736"),
        "fjernvarme til Rådhuset, Stevns Bibliotek og Plejecenter Hotherhaven");
    private final Supplier entrep = new Supplier("Hårlev Entreprenørforretning ApS", "haarlev-entreprenor.dk", "Bo Kjeldsen",
        "bo", "127.48.1.2", bank("0532", "0004820913"), "ny skolegård og faldunderlag, Sofiendalskolen i Hårlev");
    private final Supplier vandloeb = new Supplier("Tryggevælde Å Vandløbsservice ApS", "tryggevaelde-vandlob.dk", "Søren Hvidt",
        "soren", "127.48.1.3", bank("5330", "0004832265"), "grødeskæring og oprensning i Tryggevælde Å efter regulativet");
    private final Supplier trappe = new Supplier("Højerup Snedker- og Tømrerfirma ApS", "hojerup-snedker.dk", "Tina Brandt",
        "tina", "127.48.1.4", iban("DK", "53300004840188"), "vedligehold af trapper, gelændere og platforme ved Stevns Klint");
    private final Supplier sensor = new Supplier("Bøgeskov Sensorteknik ApS", "bogeskov-sensorteknik.dk",
        "Bøgeskov Sensorteknik, Bogholderi", "bogholderi", "127.48.1.5", iban("DK", "05320004853377"),
        "besøgstællere og dataabonnement, verdensarvsområdet Stevns Klint");
    private final Supplier toemrer = new Supplier("Klippinge Tømrerforretning v/ Jens Mørch", "klippinge-tomrer.dk", "Jens Mørch",
        "jens", "127.48.1.6", bank("5330", "0004861102"), "nye vinduer og akustiklofter, Klippinge Børnehus");
    private final Supplier maler = new Supplier("Lund Malerforretning v/ Kim Holst", "lund-maler.dk", "Kim Holst", "kim",
        "127.48.1.7", bank("0532", "0004872290"), "maling af gange og fællesstuer, Plejecenter Hotherhaven");
    private final Supplier rengoer = new Supplier("Stevns Rengøring ApS", "stevns-rengoering.dk", "Kontoret", "kontor",
        "127.48.1.8", iban("DK", "53300004883315"), "daglig rengøring af Rådhuset, Hotherskolen og Stevns Bibliotek");
    private final Supplier avis = new Supplier("Klintebladet", "klintebladet.dk", "Annonceafdelingen", "annonce", "127.48.1.9",
        iban("DK", "05320004894461"), "annoncer: høring om lokalplan for Rødvig Havn og stillinger i dagplejen");
    private final Supplier vognmand = new Supplier("Rødvig Vognmandsforretning ApS", "rodvig-vognmand.dk", "Peter Lindholm",
        "peter", "127.48.1.10", bank("5330", "0004905578"), "kørsel med sten til høfderne og bortkørsel af ålegræs, Rødvig Strand");
    private final Supplier el = new Supplier("Strøby El-Service ApS", "stroby-el.dk", "Morten Dahl", "md", HOSTER_IP,
        bank("0532", "0004916624"), "ny stibelysning langs havnen og tavleskift, Rødvig Havn");
    private final Supplier vvs = new Supplier("Holtug VVS & Blik ApS", "holtug-vvs.dk", "Butikken", "butik", "127.48.1.12",
        bank("5330", "0004927739"), "service på varmeanlæg og nye blandingsbatterier, Strøbyskolen");
    private final Supplier mad = new Supplier("Stevns Køkken A/S", "stevns-koekken.dk", "Stevns Køkken, Regnskab", "regnskab",
        "127.48.1.13", iban("DK", "05320004938842"), "madservice til hjemmeboende ældre og plejecentrene");
    private final Supplier byg = new Supplier("Store Heddinge Trælast A/S", "heddinge-traelast.dk", "Erhvervssalg", "erhverv",
        "127.48.1.14", iban("DK", "53300004949956"), "byggematerialer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Klint IT ApS", "klint-it.dk", "Debitor", "debitor", "127.48.1.15",
        bank("0532", "0004950063"), "drift af skolernes trådløse net og elevcomputere");
    private final Supplier bus = new Supplier("Stevns Turistfart ApS", "stevns-turistfart.dk", "Kørselskontoret", "korsel",
        "127.48.1.16", bank("5330", "0004961170"), "skolekørsel Højerup-Store Heddinge og ture til klinten for 5. årgang");
    private final Supplier kontor = new Supplier("Hårlev Kontorforsyning ApS", "haarlev-kontor.dk", "Ordrekontoret", "ordre",
        "127.48.1.17", iban("DK", "05320004972284"), "kopipapir, toner og ringbind til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Sigerslev Smedie v/ Erik Lunde", "sigerslev-smedie.dk", "Erik Lunde", "erik",
        "127.48.2.1", bank("5330", "0004983391"), "nyt gelænder og nye trin ved badebroen i Strøby Egede");
    private final Supplier natur = new Supplier("Boesdal Naturpleje v/ Hanne Krogh", "boesdal-naturpleje.dk", "Hanne Krogh",
        "hanne", "127.48.2.2", bank("0532", "0004994407"), "afgræsning med får og rydning af slåen på klintens overdrev");
    private final Supplier guide = new Supplier("Fossilguide v/ Rasmus Kjær", "gmail.com", "Rasmus Kjær", "rasmus.kjaer.fossiler",
        GMAIL, bank("5330", "0005005513"), "fossiljagt på stranden under Stevns Klint for 5. årgang, 3 ture");
    private final Supplier tolk = new Supplier("Tolk v/ Leyla Demir", "outlook.com", "Leyla Demir", "leyla.demir.tolk", MSFT,
        bank("0532", "0005016629"), "tolkning tyrkisk-dansk, Jobcenter Stevns, 3 x 2 timer");
    private final Supplier musik = new Supplier("Harmonikaspiller Bent Ravn", "icloud.com", "Bent Ravn", "bent.ravn.musik", APPLE,
        bank("5330", "0005027735"), "fællessang med harmonika, Plejecenter Hotherhaven og Møllebakken");
    private final Supplier tysk = new Supplier("Husumer Mähboot-Technik GmbH", "husumer-maehboot.de", "Buchhaltung",
        "buchhaltung", "127.49.1.1", iban("DE", "217700000012488301"), "Mähmesser und Ersatzteile für das kommunale Mähboot");
    private final Supplier hollandsk = new Supplier("Telpunt Sensoren B.V.", "telpunt-sensoren.nl", "Accounts Receivable",
        "accounts", "127.49.2.1", iban("NL", "RABO0312487765"), "pyroelectric counter heads and mounting kits");

    private final List<Supplier> listed = List.of(varme, entrep, vandloeb, trappe, sensor, toemrer, maler, rengoer, avis,
        vognmand, el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Stevns place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"storeheddinge-fjernvarrne.dk", "haarlev-entreprenoer.dk", "heddinge-traelast.com",
        idn("heddinge-tr\u0430elast.dk"), idn("stevnsk\u043emmune.dk"), "regnskrin-heddinge.dk", "nettopung-rodvig.com",
        "klippinge-toemrer.dk", "stevns-kokken.dk", "heddinge-inkassobureau.dk", "mitid-stevns.com", "digitalpost-hojerup.com",
        "nemhandel-klippinge.net", "boesdal-parkering.dk", "rodvig-betalingsservice.net", "stevns-rengoring.dk", "holtug-vvs.net",
        "haarlev-kontor.net", "stevns-itservice.dk", "lund-malerforretning.dk", "rodvig-vognmand.net", "stevns-ordrekontor.com",
        "haarlev-entreprenor.net", "underskrevet-heddinge.dk", "tommestrup-esign.net", "stevns-turistfart.net",
        "holtug-vvsogblik.dk", "tryggevaelde-vandloeb.dk", "lund-aaservice.dk", "hellested-groedeskaering.dk",
        "hojerup-snedkeri.dk", "mandehoved-sikring.dk", "boesdal-trappeservice.dk", "bogeskov-sensorteknik.com",
        "stevnsklint-besoegstal.dk", "verdensarv-stevns.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(vandloeb.domain(), List.of(vandloeb.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(trappe.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(sensor.domain(), List.of(sensor.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.48.98.10"), "~all", null, "none"); // SPF names only its route planner
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.48.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(hollandsk.domain(), List.of(hollandsk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ostkyst-beredskab.dk", List.of("127.148.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kulturarv-tilsyn.dk", List.of("127.148.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("stevnsfort-museum.dk", List.of("127.148.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("klintens-efterskole.dk", List.of("127.148.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("stevns-revision.dk", List.of("127.148.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("heddinge-isenkram.dk", List.of("127.148.5.1"), "-all", null, "none");
        domain("rodvig-baadevaerft.dk", List.of("127.148.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("regnskrin.dk", List.of("127.148.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nettopung.com", List.of("127.148.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("tilsendt.dk", List.of("127.148.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("vederlag.io", List.of("127.148.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("klintbanken.dk", List.of("127.148.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ostsjaellands-andelskasse.dk", List.of("127.148.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-ostsjaelland.dk", List.of("127.148.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sjaellandske-bogholdere.dk", List.of("127.148.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoeb-ostkyst.dk", List.of("127.148.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postsvale.com", List.of("127.148.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("fakturaalarm-sjaelland.dk", List.of("127.148.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.stevns-fiber.dk", List.of("127.148.28.1"), "-all", null, null);
        domain("relay.heddinge-net.dk", List.of("127.148.29.1"), "-all", null, null);
        domain("tidevand.io", List.of("127.148.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtkompas.dk", List.of("127.148.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("underskrevet.io", List.of("127.148.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
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
        switch (Math.floorMod(sha256("no48:" + s.name()).hashCode(), 6)) {
            case 0:
                return "2037-" + String.format("%04d", 150 + rnd.nextInt(8_000));
            case 1:
                return "ST" + (10_400 + rnd.nextInt(8_000));
            case 2:
                return String.valueOf(88_000 + rnd.nextInt(11_000));
            case 3:
                return "F-" + (3_700 + rnd.nextInt(5_000)) + "-37";
            case 4:
                return "FA" + String.format("%06d", 1_200 + rnd.nextInt(60_000));
            default:
                return "37" + (5_100 + rnd.nextInt(4_800));
        }
    }

    private static final String[] TO = {"kreditor@stevns.dk", "efaktura@stevns.dk", "kreditor@stevns.dk", "okonomi@stevns.dk",
        "vejpark@stevns.dk", "skole@stevns.dk", "pleje@stevns.dk", "havn@stevns.dk", "ejendom@stevns.dk", "indkob@stevns.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf48:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    /** The CVR number printed under a firm's name (a look-alike copies it with the name). */
    private static String cvr(String name) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr48:" + name).hashCode(), 7_000_000));
    }

    private static String creditorNo(String name) {
        return String.valueOf(84_000_000 + Math.floorMod(sha256("fi48:" + name).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.name()) {
            case "Store Heddinge Fjernvarmeværk a.m.b.a." -> "Værkstedsvej 6, 4660 Store Heddinge";
            case "Hårlev Entreprenørforretning ApS" -> "Industrivej 11, 4652 Hårlev";
            case "Tryggevælde Å Vandløbsservice ApS" -> "Engvej 23, 4660 Store Heddinge";
            case "Højerup Snedker- og Tømrerfirma ApS" -> "Højerup Bygade 31, 4660 Store Heddinge";
            case "Bøgeskov Sensorteknik ApS" -> "Bøgeskovvej 4, 4660 Store Heddinge";
            case "Klippinge Tømrerforretning v/ Jens Mørch" -> "Klippingevej 58, 4672 Klippinge";
            case "Lund Malerforretning v/ Kim Holst" -> "Lundvej 17, 4660 Store Heddinge";
            case "Stevns Rengøring ApS" -> "Ålegårdsvej 2, 4660 Store Heddinge";
            case "Klintebladet" -> "Torvet 3, 4660 Store Heddinge";
            case "Rødvig Vognmandsforretning ApS" -> "Havnevej 40, 4673 Rødvig Stevns";
            case "Strøby El-Service ApS" -> "Stationsvej 14, 4671 Strøby";
            case "Holtug VVS & Blik ApS" -> "Holtug Bygade 9, 4660 Store Heddinge";
            case "Stevns Køkken A/S" -> "Fabriksvej 5, 4652 Hårlev";
            case "Store Heddinge Trælast A/S" -> "Køgevej 77, 4660 Store Heddinge";
            case "Klint IT ApS" -> "Algade 20, 4660 Store Heddinge";
            case "Stevns Turistfart ApS" -> "Tommestrupvej 12, 4652 Hårlev";
            case "Hårlev Kontorforsyning ApS" -> "Hovedgaden 41, 4652 Hårlev";
            case "Sigerslev Smedie v/ Erik Lunde" -> "Sigerslevvej 88, 4660 Store Heddinge";
            case "Boesdal Naturpleje v/ Hanne Krogh" -> "Boesdalsvej 3, 4673 Rødvig Stevns";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with issuer and debtor lines and one amount line; an hours account
     * with crew, machines and materials and the FI line (card 71); a period charge with an agreement number, a fixed and a
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
                l.add("Udsteder: " + s.name() + (addr.isEmpty() ? "" : ", " + addr) + " | CVR " + cvr(s.name()));
                l.add("Faktureres til: " + KOMMUNE + ", " + RAADHUS + " | EAN " + EAN);
                l.add("Dato: " + dottedDay(m, 0) + "   Vores reference: " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Beløb ekskl. moms " + a.net() + " | Moms 25% " + a.vat() + " | I alt " + a.gross() + " DKK");
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage");
                if (account != null) {
                    l.add("Bank: " + account + " - skriv fakturanummeret i meddelelsen");
                }
            }
            case 1 -> {
                head = "Timeregnskab / " + title.toLowerCase(DA) + " " + no;
                l.add(s.name() + ", CVR " + cvr(s.name()) + (addr.isEmpty() ? "" : ", " + addr));
                l.add("Rekvirent: " + KOMMUNE + " (EAN " + EAN + ") - opgave: " + s.what());
                long crew = a.ore() * 47 / 100;
                long machines = a.ore() * 18 / 100;
                l.add("Mandskab " + kr(crew) + "   Maskiner og kørsel " + kr(machines) + "   Materialer " + kr(a.ore() - crew - machines));
                l.add("Sum før moms " + a.net() + "   Moms " + a.vat() + "   Fakturatotal " + a.gross());
                l.addAll(more);
                l.add("Forfald " + writtenDay(m, 21) + (account == null ? "" : "   Overføres til " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(71, no, creditorNo(s.name()), true));
                }
            }
            default -> {
                head = title + " " + no + " (periode)";
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.name()));
                l.add("Aftale-/kundenr. " + (61_000 + Math.floorMod(s.name().hashCode(), 30_000)) + " - " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -31) + " til " + dottedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Fast del " + kr(fixed) + "   Forbrugsafhængig del " + kr(a.ore() - fixed));
                l.add("I alt ekskl. moms " + a.net() + "   Moms " + a.vat() + "   Til betaling DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsdato " + dashedDay(m, 14) + (account == null ? "" : "   Konto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(75, no, creditorNo(s.name()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Stevns Kommune faktura " + no + ".pdf",
            "INV" + no + ".pdf", "Regning-" + no + ".pdf", "fak_" + no + ".pdf", "Bilag_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Stevns Kommune", "Til Kreditorbogholderiet", "Goddag", "Hej",
        "Att. Økonomi", "Kære Stevns Kommune", "Hej kreditor", "Til rette vedkommende"};

    private String phone() {
        return "56 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig48:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh " + firstName(s) + "\n" + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nMed venlig hilsen\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.name()));
            case 3:
                return "\n\nHilsen " + firstName(s) + (freeMail(s) ? "\n\nSendt fra min mobil" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 380_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " - " + KOMMUNE, s.name() + ": faktura " + no,
            "Ny faktura fra " + s.name(), "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, "Fremsendelse af faktura " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Vedhæftet finder I faktura " + no + ". Beløbet er " + a.gross() + " kr. inkl. moms, og sidste rettidige "
                + "betaling er " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er også afsendt elektronisk til EAN " + EAN + ", så se bort fra denne kopi, hvis den allerede er "
                + "bogført.";
            case 3 -> "Tak for samarbejdet. Fakturaen ligger i PDF-filen.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfald: " + dashedDay(m, 30);
            case 5 -> "Her er regningen for arbejdet. Jeres ordrenummer er påført.";
            case 6 -> "Fakturaen for sidste måneds leverancer er vedhæftet. Ring endelig, hvis noget ikke stemmer.";
            default -> "Se venligst vedhæftede faktura.";
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
        if (List.of(varme, rengoer, mad, sensor, it, kontor, avis).contains(s)) {
            return 2;
        }
        if (List.of(entrep, vandloeb, trappe, vognmand, vvs, el, toemrer, maler).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Gymnasievej 1", "Store Heddinge", "4660", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.name()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        streamAgreement = "VA-" + (2_030 + rnd.nextInt(70)) + "-" + (10 + rnd.nextInt(80));
        stairAgreement = "TK-" + (470 + rnd.nextInt(300));
        counterAgreement = "VT-" + (9_100 + rnd.nextInt(800));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == vandloeb ? List.of("Vandløbsaftale " + streamAgreement + ": 2 skæringer årligt, 14,2 km")
                : s == trappe ? List.of("Trappeaftale " + stairAgreement + ": Højerup, Mandehoved og Boesdal")
                : s == sensor ? List.of("Dataaftale " + counterAgreement + ": 6 tællere, månedlig rapport") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Strandteamet"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the bathing jetty's railing, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, maler, vognmand);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition SK-" + (24_100 + k * 211));
                case 1 -> List.of("Bestilt af " + to().replace("@stevns.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Hotherskolen, ombygning af faglokaler" : "Rammeaftale 2036-2040"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 2, ref, k % 5 == 1 ? "\n\nFølgesedlerne ligger med som bilag." : "");
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "foelgesedler.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Store Heddinge", "Kolli: " + (2 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "")
                + (s == maler ? " (nothing published)" : s == vognmand ? " (SPF softfail, p=none)" : "");
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
        Object[][] c = {{byg, "Kreditnota til faktura ", "Otte plader gips var knækket ved levering og er taget retur."},
            {kontor, "Kreditering af faktura ", "Den forkerte toner til printeren på Hotherskolen er hentet igen."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (700 + rnd.nextInt(600));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@stevns.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "modregnes i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota " + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi er nedenstående faktura endnu ikke betalt. Har I "
            + "betalt i mellemtiden, kan I se bort fra denne mail."},
            {entrep, "Rykker", "Fakturaen er nu otte dage over forfald. Der er ikke pålagt gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@stevns.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. bedes "
                    + "betalt til vores sædvanlige konto " + s.account() + "." + signature(s))
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
        headers(m, s.person(), addr(s), "kreditor@stevns.dk", "Saldoudskrift pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres halvårsafstemning: faktura " + p.no() + " er registreret som betalt, og saldoen er 0,00 kr."
                + signature(s));
        genuine(m, s.ip());
        m.description = "rodvig-vognmand.dk statement, nothing open (SPF names only its route planner: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(800_000);
            boolean peppol = v == 1;
            String ref = "SK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@stevns.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Goddag\n\nVores NemHandel-opsætning bliver først færdig i næste måned, så indtil da kommer e-fakturaen "
                    + "som XML-bilag med en PDF-udgave ved siden af. Bankoplysningerne er uændrede. Modtager I den samme faktura "
                    + "via NemHandel, skal den naturligvis kun betales én gang.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Faktura-" + no + "-kopi.pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Rekvisition " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"regnskrin.dk", "nettopung.com", "tilsendt.dk", "vederlag.io"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(340_000);
            m.mailFrom = "bounces+" + sha256("plat48:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "VL-" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Vederlag", "faktura@vederlag.io", "kultur@stevns.dk", "Faktura " + no + " - livreddere juni")
                    .text("Til " + KOMMUNE + ", Kultur og Fritid\n\nHer er fakturaen for de livreddere ved Strøby Egede Strand, "
                        + "som jeres strandkoordinator godkendte timesedlerne for i juni (124 timer). Livredderne er ansat og "
                        + "lønnet gennem Vederlag.\n\nBeløb " + a.gross() + " kr., forfald " + dottedDay(m, 21) + ".\n\nVederlag")
                    .attach("application/pdf", "Vederlag-" + no + ".pdf", Attachments.pdf(docId(m, "vl"), "Faktura " + no,
                        List.of("Vederlag ApS", "Kunde: " + KOMMUNE + ", Kultur og Fritid", "Livreddere Strøby Egede Strand, juni: 124 t",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "53300005038841"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform vederlag.io invoices approved lifeguard hours under its own name";
                continue;
            }
            String no = "P" + (510_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], i == 1 ? "havn@stevns.dk" : i == 0 ? "natur@stevns.dk"
                : "skole@stevns.dk", "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>"
                    + s.name() + " har sendt jer en faktura på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen er vedhæftet som PDF. Svar på denne mail, hvis I har spørgsmål - svaret går direkte til "
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
            invoice(m, s, s.account(), v + 4, List.of(), v == 3 ? "\n\nJeg er ikke momsregistreret, så der er ikke lagt moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HM-" + (8_300 + rnd.nextInt(900));
        Amount a = amount(800_000);
        headers(m, "Husumer Mähboot-Technik", addr(tysk), "natur@stevns.dk", "Rechnung " + no + " - Mähmesser")
            .text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung " + no + " über die Mähmesser und Ersatzteile "
                + "für Ihr Mähboot an der Tryggevælde Å. Steuerschuldnerschaft des Leistungsempfängers.\n\nMit freundlichen "
                + "Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Husum", "Kunde: " + KOMMUNE + ", Natur og Miljø", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "TS" + (21_500 + rnd.nextInt(900));
        headers(m, "Telpunt Sensoren", addr(hollandsk), "verdensarv@stevns.dk", "Invoice " + no + " - counter heads")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice " + no + " for two replacement counter heads and "
                + "mounting kits, ordered by your supplier for the World Heritage site. Payment to the account on the invoice, "
                + "reverse charge applies.\n\nKind regards\nAccounts Receivable\nTelpunt Sensoren B.V.")
            .attach("application/pdf", "Invoice-" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of(hollandsk.name() + ", Deventer", "Customer: " + KOMMUNE, hollandsk.what(),
                    "Total EUR " + kr(a.ore() / 7), "Pay to " + hollandsk.account())));
        genuine(m, hollandsk.ip());
        m.description = "Dutch supplier invoice in English (RSA, p=none), NL IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Tidevand Billing", "billing@tidevand.io", "havn@stevns.dk", "Your Tidevand invoice for June")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for your Tidevand subscription (guest berth booking for "
                + "Rødvig Havn, 180 berths). The same invoice has been sent to your EAN " + EAN + ".\n\nAmount due: DKK "
                + a.gross() + "\n\nTidevand")
            .attach("application/pdf", "tidevand-invoice.pdf", Attachments.pdf(docId(m, "tv"), "Invoice",
                List.of("Tidevand ApS", "Customer: " + KOMMUNE + ", Rødvig Havn", "Subscription June 2037, 180 berths",
                    "DKK " + a.gross())));
        genuine(m, "127.148.30.1");
        m.description = "SaaS tidevand.io invoice in English, DMARC pass";
        m = ok("saas-receipt", false);
        a = amount(260_000);
        headers(m, "Vagtkompas", "kvittering@vagtkompas.dk", "pleje@stevns.dk", "Kvittering - Vagtkompas licens")
            .text("Hej\n\nTak for jeres betaling for Vagtkompas (vagtplanlægning i hjemmeplejen, 140 brugere). Vi har trukket "
                + a.gross() + " kr. på kortet, der slutter på 7714. Der skal ikke betales mere.\n\nVagtkompas");
        genuine(m, "127.148.31.1");
        m.description = "SaaS vagtkompas.dk receipt, already paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("0532", "0005049926");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@stevns.dk", "Skift af bank pr. 1. juni")
            .text("Til kreditorafdelingen\n\nKlippinge Tømrerforretning har flyttet sin erhvervskonto til den lokale sparekasse. "
                + "Fakturaer dateret 1. juni 2037 og senere betales til " + nyT + ". Ældre fakturaer betales som anført på dem.\n\n"
                + "I er velkomne til at ringe til mig på værkstedets faste nummer, som I har i jeres system, og få skiftet "
                + "bekræftet." + signature(toemrer))
            .attach("application/pdf", "Nyt kontonummer.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.name()), "Gælder fra 01.06.2037", "Ny konto: " + nyT,
                    "Jens Mørch, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye garderobeskabe, Klippinge Børnehus");
        invoice(m, moved, nyT, 11, List.of("Ny konto fra 01.06.2037, se vores brev"), "\n\nHusk vores nye konto, som vi skrev "
            + "om forleden.");
        genuine(m, toemrer.ip());
        m.description = "klippinge-tomrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "53300005051133");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Stevns Køkken, Regnskab", addr(mad), "kreditor@stevns.dk", "Ændret betalingskonto fra juni")
            .text("Til " + KOMMUNE + ", kreditor og Ældre og Sundhed\n\nStevns Køkken skifter hovedbank i forbindelse med en ny "
                + "driftskredit. Fakturaer dateret 1. juni og senere bedes betalt til " + nyM + ". Betalinger til den hidtidige "
                + "konto modtages frem til udgangen af juli. Meddelelsen er også sendt med underskrift til jeres Digital Post."
                + "\n\nMed venlig hilsen\nStevns Køkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from June, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 16, List.of("Ny betalingskonto fra 01.06.2037"), "\n\nBemærk den nye konto.");
        genuine(m, mad.ip());
        m.description = "stevns-koekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 21, List.of(), "");
        m.mailFrom = "SRS0=p7Qd=NB=klintebladet.dk=annonce@srs.stevns-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.148.28.1";
        m.helo = "srs.stevns-fiber.dk";
        m.description = "klintebladet.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 27, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.heddinge-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 30, List.of(), "");
        relayedBy(m, "relay.heddinge-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"sjaellandske-bogholdere.dk", "Birthe Kragh", "bk@", "Regning for ekstra grødeskæring?",
            "Hej alle\n\nVi har fået en regning for 'akut grødeskæring efter skybrud' fra et firma, vi aldrig har brugt, og vores "
                + "egen entreprenør kender intet til det. Har andre med vandløb set noget lignende?\n\nBirthe"},
            {"indkoeb-ostkyst.dk", "Niels Vinther", "nv@", "Trappeeftersyn med betalt attest", "Hej\n\nEn kystkommune har fået "
                + "krav om betaling for en 'sikkerhedsattest' for offentlige trapper. Det er ikke et lovkrav, og firmaet findes "
                + "ikke i CVR. Pas på derude.\n\nNiels"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorforum-ostsjaelland.dk", x[3])
                .header("List-Id", "Kreditorforum Østsjælland <liste.kreditorforum-ostsjaelland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorforum-ostsjaelland.dk", "[Kreditorforum] ", "\r\n--\r\nKreditorforum Østsjælland\r\n"
                + "Afmeld listen: https://kreditorforum-ostsjaelland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"fakturaalarm-sjaelland.dk", "Fakturaalarm Sjælland", "Vandløb, trapper og besøgstal: sommerens svindel",
            "Falske regninger for grødeskæring, trappereparationer og besøgstællere bruger rigtige aftalenumre. Tjek altid "
                + "bestillingen og ring til leverandøren på det nummer, I har i forvejen."},
            {"stevns-revision.dk", "Stevns Revision", "Tjekliste før sommerferien",
                "Gennemgå kreditorstamdata, og lad to medarbejdere godkende enhver ændring af kontonumre, også i ferien."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl48:" + x[0]).substring(0, 14) + "@postsvale.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@stevns.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs "
                    + "mere</a></p><p style=\"font-size:9px\">Du modtager denne mail som abonnent. Afmeld her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postsvale.com");
            m.ip = "127.148.26.1";
            m.helo = "mta.postsvale.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postsvale.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Natur og Miljø", "natur@", "kreditor@stevns.dk", "Grødeskæring i Tryggevælde Å",
            "Hej\n\nAl grødeskæring i kommunens vandløb udføres af Tryggevælde Å Vandløbsservice efter vandløbsaftalen. Ekstra "
                + "skæringer bestiller vi altid skriftligt. Regninger uden aftalenummer sender I til mig, før de betales."
                + "\n\nNatur og Miljø"},
            {"Vej og Park", "vejpark@", "kreditor@stevns.dk", "Trapperne ved klinten", "Hej\n\nDet er kun Højerup Snedker- og "
                + "Tømrerfirma, der arbejder på trapperne ved Højerup, Mandehoved og Boesdal. Sikkerhedseftersynet laver vores "
                + "egne folk, og der er ingen attest, der skal købes.\n\nVej og Park"},
            {"Verdensarv Stevns", "verdensarv@", "ledere@stevns.dk", "Besøgstællerne", "Kære ledere\n\nBesøgstallene fra "
                + "klinten behandles af vores egen analytiker, og der findes ingen betalt certificering til UNESCO-rapporten. "
                + "Bøgeskov Sensorteknik er eneste leverandør af tællerne.\n\nVerdensarv Stevns"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Klintbanken Erhverv", "erhverv@klintbanken.dk", "okonomi@stevns.dk", "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 142 betalinger til udførsel i morgen. Se detaljerne i "
                + "netbanken. Vi sender aldrig links eller beder om login i denne type mail.\n\nKlintbanken");
        genuine(m, "127.148.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Østsjællands Andelskasse", "info@ostsjaellands-andelskasse.dk", "okonomi@stevns.dk",
            "Ændrede ekspeditionstider i sommerferien")
            .text("Til vores erhvervskunder\n\nI ugerne 28-31 er sidste frist for samme-dags-overførsler kl. 13. Prislisten er "
                + "uændret.\n\nØstsjællands Andelskasse");
        genuine(m, "127.148.22.1");
        m.description = "bank notice about summer cut-off times, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("stream-weed-cutting-invoice", true);
        invoice(m, vandloeb, vandloeb.account(), 7, List.of("Vandløbsaftale " + streamAgreement + ", 1. skæring juni",
            "Tryggevælde Å st. 0-14.200, grøde opsamlet ved Gjorslev"), "\n\nSkæreprotokollen er sendt til Natur og Miljø.");
        genuine(m, vandloeb.ip());
        m.description = "the real stream contractor invoices June's weed cut in Tryggevælde Å (RSA, no DMARC)";
        m = ok("cliff-stair-maintenance-invoice", true);
        invoice(m, trappe, trappe.account(), 10, List.of("Trappeaftale " + stairAgreement + ", forårseftersyn",
            "Udskiftet 12 trin og 6 m gelænder, Højerup"), "\n\nFotodokumentationen er lagt i jeres driftssystem.");
        genuine(m, trappe.ip());
        m.description = "the joinery's spring maintenance of the cliff stairs (DKIM only, p=quarantine, DMARC pass)";
        m = ok("visitor-counter-invoice", true);
        invoice(m, sensor, sensor.account(), 13, List.of("Dataaftale " + counterAgreement + ", 2. kvartal 2037",
            "6 tællere, dataportal og månedsrapporter"), "\n\nKvartalsrapporten med besøgstallene er sendt til Verdensarv Stevns.");
        genuine(m, sensor.ip());
        m.description = "the sensor firm's quarterly visitor-counter data invoice (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, vandloeb.person(), addr(vandloeb), "natur@stevns.dk", "Anden grødeskæring i august")
            .text("Kære Natur og Miljø\n\nAnden skæring i Tryggevælde Å ligger i uge 33 og er dækket af vandløbsaftale "
                + streamAgreement + ". Bliver der brug for en ekstra skæring, kontakter vi jer altid først og får en skriftlig "
                + "bestilling, inden vi går i gang." + signature(vandloeb));
        genuine(m, vandloeb.ip());
        m.description = "the stream contractor announces the second cut, covered by the agreement";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Østkystens Beredskab I/S", "regnskab@ostkyst-beredskab.dk", "efaktura@stevns.dk", "Kommunalt bidrag 3. kvartal 2037")
            .text("Til ejerkommunerne\n\nHermed opkrævning af det kommunale bidrag for 3. kvartal. Opkrævningen er også sendt til "
                + "jeres EAN.\n\nØstkystens Beredskab I/S")
            .attach("application/pdf", "Bidrag-3kv-2037.pdf", Attachments.pdf(docId(m, "ber"), "Kommunalt bidrag 3. kvartal 2037",
                List.of("Østkystens Beredskab I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "05320005062240"))));
        genuine(m, "127.148.1.1");
        m.description = "intermunicipal fire and rescue service's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Kulturarv, Tilsyn", "tilsyn@kulturarv-tilsyn.dk", "verdensarv@stevns.dk", "Tilsynsbesøg ved Stevns Klint")
            .text("Til Stevns Kommune, Verdensarv Stevns\n\nVi gennemfører det planlagte tilsyn med verdensarvsområdet i "
                + "september og vil gerne se trapperne og formidlingen i Boesdal. Tilsynet er uden udgift for kommunen.\n\n"
                + "Kulturarv, Tilsyn");
        genuine(m, "127.148.6.1");
        m.description = "authority announces a site inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@underskrevet.io";
        headers(m, "Stevnsfort Museum via Underskrevet", "noreply@underskrevet.io", "kultur@stevns.dk",
            "Til underskrift: samarbejdsaftale om skoletjeneste")
            .header("Reply-To", "<formidling@stevnsfort-museum.dk>")
            .text("Stevnsfort Museum har sendt dokumentet 'Samarbejdsaftale - skoletjeneste 2037/38' til underskrift.\n\n"
                + "Dokumentet ligger på jeres konto hos Underskrevet.\n\nUnderskrevet");
        genuine(m, "127.148.32.1");
        m.description = "real e-signature request from underskrevet.io on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Store Heddinge Isenkram", "kvittering@heddinge-isenkram.dk", "havn@stevns.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n4 fendere og 40 m flydeline. Betalt med kommunens indkøbskort.\n\nStore Heddinge Isenkram");
        genuine(m, "127.148.5.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Klintens Efterskole", "kontor@klintens-efterskole.dk", "okonomi@stevns.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført 9.800 kr. for leje af Stevnshallen til vores idrætsdag.\n\nKlintens Efterskole");
        genuine(m, "127.148.3.1");
        m.description = "a boarding school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Rødvig Bådeværft", "vaerft@rodvig-baadevaerft.dk", "havn@stevns.dk", "Ordrebekræftelse: bundmaling")
            .text("Hej\n\nVi bekræfter optagning og bundmaling af havnens arbejdsbåd i uge 26. Fakturaen sendes til jeres EAN, "
                + "når arbejdet er udført.\n\nRødvig Bådeværft");
        genuine(m, "127.148.7.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7300010142881736"), iban("DK", "89900004412773"), bank("5301", "0004817726"),
        iban("EE", "2200221055873314"), iban("PL", "109010140000071219812874"), iban("GB", "LOYD30962104587731"),
        iban("IE", "AIBK93104417729035"), iban("NL", "RABO0157738291"), iban("DE", "120300001059338412"),
        iban("HU", "116000060000000077341285"), iban("RO", "BTRL0130120591548811"), iban("BG", "STSA93000024417720"),
        iban("CY", "005001710000000145228811"), bank("8401", "0001194452"), iban("MT", "APSB77031000000000123498765"),
        iban("SE", "30000000041233719904"), iban("NO", "15037714406"), iban("LT", "4010051003318842")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 1, List.of("NB: ny bankforbindelse"), "", "Kære kunde\n\nBestyrelsen har valgt en ny "
            + "bankpartner, og vi flytter derfor værkets indbetalinger til en ny konto. Juni-opkrævningen herunder er udstedt med "
            + "de nye oplysninger. Ret venligst jeres kreditorkartotek før næste betalingskørsel; beløb, der sendes til den gamle "
            + "konto, kan ikke posteres på jeres kundenummer.");
        forged(m, forgedHost++);
        m.description = "forged From storeheddinge-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(8), 6, List.of(), "", "Hej\n\nFakturaen for majs annoncer følger her. Klintebladet hører fra 1. "
            + "juni under et nordtysk medieforlag, og al betaling skal derfor gå til forlagets konto, som står på fakturaen. Den "
            + "danske konto er opsagt, og indbetalinger dertil sendes retur.");
        forged(m, forgedHost++);
        m.description = "forged From klintebladet.dk (p=reject), DE IBAN";

        // lookalike-domain
        Object[][] l = {{"storeheddinge-fjernvarrne.dk", varme, "Vores nye kundesystem har sendt enkelte maj-opkrævninger ud med "
            + "forkerte betalingsoplysninger. Denne opkrævning afløser den første, og beløbet skal overføres til kontoen, der står "
            + "her. Den første opkrævning skal ikke betales."},
            {"haarlev-entreprenoer.dk", entrep, "Skolegården og faldunderlaget er færdige og godkendt ved afleveringen. Vores "
                + "revisor har flyttet driftskontoen i forbindelse med en ny kassekredit, så betal venligst til kontoen i den "
                + "vedhæftede faktura."},
            {"heddinge-traelast.com", byg, "Majs leveringer er samlet på én faktura. Efter koncernens nye regler går alle "
                + "indbetalinger gennem en fælles afregningskonto, som fremgår af PDF'en. Kontoen, I har registreret, tager ikke "
                + "længere imod betalinger."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 5), i * 3 + 3, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[3];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 4, List.of("Rettet udgave - gælder fra " + dottedDay(m, 0)), "",
            "Vi fremsender fakturaen igen med rettede bankoplysninger, fordi den første udgave bar vores gamle kontonummer. "
                + "Overfør venligst beløbet til kontoen nederst på denne udgave.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as heddinge-traelast.dk, new account";
        d = OWNED[4];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@stevns.dk", "Fortroligt: deponering vedr. Rødvig Havn")
            .text("Hej\n\nI forbindelse med kommunens køb af det gamle pakhus på Rødvig Havn skal der i dag deponeres 420.000 kr. "
                + "hos sælgers advokat, ellers sælges bygningen til en anden interessent. Byrådet orienteres på næste lukkede "
                + "møde, og indtil da må sagen ikke drøftes med andre. Overfør beløbet til " + mule(14) + " med teksten "
                + "'Deponering pakhus', og giv mig besked, så snart det er gjort.\n\nMed venlig hilsen\nBorgmesterens "
                + "sekretariat\n" + KOMMUNE);
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o in 'kommune') posing as our municipality: secret harbour deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Regnskrin", "paamindelse@regnskrin-heddinge.dk", "natur@stevns.dk",
            "Betalingsfristen er overskredet")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Din regning fra <b>" + natur.name() + "</b> er over forfald. For at "
                + "undgå gebyr og overdragelse til inkasso kan du betale med kort i dag:</p><p><a href=\"https://"
                + "regnskrin-heddinge.dk/b/" + sha256("rs48").substring(0, 20) + "\">Betal regningen</a></p><p>Regnskrin "
                + "Kundeservice</p></body></html>");
        ownedBy(m, "regnskrin-heddinge.dk");
        m.description = "look-alike of the platform regnskrin.dk: overdue card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Nettopung Kundeservice", "opkraevning@nettopung-rodvig.com", "havn@stevns.dk", "Faktura fra " + smed.name())
            .text("Goddag\n\n" + smed.name() + " har overdraget sine fakturaer til Nettopung, der fremover står for opkrævning "
                + "og betaling. Den vedhæftede faktura skal derfor betales til Nettopungs klientkonto " + mule(15) + ". Betaling "
                + "direkte til smeden kan ikke registreres hos os.\n\nVenlig hilsen\nNettopung Kundeservice")
            .attach("application/pdf", "nettopung-" + (4_100 + rnd.nextInt(700)) + ".pdf", pdfInvoice(m,
                smed.posing("nettopung-rodvig.com", mule(15)), "Faktura", "NP-" + (7_300 + rnd.nextInt(600)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Nettopung")));
        ownedBy(m, "nettopung-rodvig.com");
        m.description = "look-alike of nettopung.com: the smithy's invoice 'taken over' and paid to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 5, List.of("Særskilt konto for offentlige kunder"), "", "Før I betaler: vores revisor har "
            + "bedt os holde de kommunale aftaler adskilt fra privatkunderne i bogholderiet, så fra og med juni skal alt fra "
            + "kommunen ind på en særskilt konto, " + mule(16) + ". Den gamle konto bruger vi kun til lønningerne fremover. Jeg "
            + "kører mellem Rådhuset og Hotherskolen det meste af ugen, så det er nemmest at fange mig på mail.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of stevns-rengoering.dk (DKIM, DMARC pass): account moved (NO IBAN)";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@stevns.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nVores bogholder er gået på barsel, og vikaren har opdaget, at fakturaen nedenfor blev sendt med "
                + "kontonummeret fra vores tidligere pengeinstitut. Overfør venligst de " + p.amount().gross() + " kr. til "
                + mule(17) + ". En rettet faktura følger, når vikaren har fået adgang til systemet.\n\nDebitor\n" + it.name()
                + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of klint-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{mad, "stevns-kokken.dk", "Jeg kan se, at faktura %s på %s kr. ikke er betalt endnu. Det er fint, for "
            + "den skal heller ikke til den konto, vi nævnte i vores brev: banken har i mellemtiden flyttet vores erhvervskonti til "
            + "en afdeling i udlandet. Brug derfor %s, og skriv lige, når det er rettet hos jer."},
            {toemrer, "klippinge-toemrer.dk", "Tak for beskeden om, at faktura %s (%s kr.) er godkendt. Vi har haft problemer "
                + "med oprettelsen hos den nye bank, så kontoen fra vores brev virker ikke endnu. Indtil videre bedes betalingen "
                + "gå til %s. Beklager besværet."}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@stevns.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\n" + String.format((String) h[i][2], p.no(), p.amount().gross(), mule(i + 3)) + "\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", yet another account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "okonomi@stevns.dk", "Tilskud til Havnefesten - i dag")
            .text("Hej\n\nJeg har lovet foreningen bag Havnefesten i Rødvig et ekstraordinært tilskud på 95.000 kr., så de kan "
                + "betale det sejlskib, der lægger til i weekenden. Sagen kommer på økonomiudvalget bagefter. Beløbet skal til "
                + mule(7) + " i dag. Jeg sidder i møde i regionen resten af dagen og kan ikke tage telefonen.\n\nHilsen\n"
                + "Borgmesteren");
        forged(m, forgedHost++);
        m.description = "forged stevns.dk (p=reject) from outside: the mayor's same-day grant to the harbour festival";
        m = bad("own-domain-forged");
        headers(m, "Kommunaldirektøren", "kommunaldirektoer@" + OWN, "kreditor@stevns.dk", "Hastesag: forudbetaling til rådgiver")
            .text("Til Kreditorbogholderiet\n\nVi har hyret en rådgiver til at færdiggøre den periodiske rapport til UNESCO om "
                + "Stevns Klint, og fristen er allerede overskredet. Rådgiveren fortsætter kun mod forudbetaling af 62.500 kr. "
                + "Overfør beløbet til " + mule(12) + " og bogfør det på verdensarvsprojektet. Jeg godkender bilaget, når jeg "
                + "er tilbage.\n\nKommunaldirektøren");
        forged(m, forgedHost++);
        m.description = "forged stevns.dk: 'chief executive' orders a consultant prepaid for the UNESCO report (CY IBAN)";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektøren", "kommunaldirektor.stevns@gmail.com", "okonomi@stevns.dk", "Er du ved skrivebordet?")
            .text("Hej\n\nJeg sidder i et lukket møde om kystsikringen ved Strøby Egede og kan ikke ringe. Jeg har brug for din "
                + "hjælp til en diskret overførsel i dag, inden bankerne lukker. Svar mig her på denne adresse, så sender jeg "
                + "detaljerne.\n\nSendt fra min iPad");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a closed meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmesteren", "borgmester.stevns@outlook.com", "indkob@stevns.dk", "En lille overraskelse")
            .text("Hej\n\nPersonalet på Plejecenter Hotherhaven har knoklet i sommervarmen, og jeg vil gerne sige tak. Kan du "
                + "købe 15 gavekort à 1.000 kr. i en af de store kæders webshops og sende mig koderne på mail inden kl. 14? Jeg "
                + "ordner regningen med økonomi bagefter. Sig det ikke til nogen - det skal være en overraskelse.\n\nVh "
                + "Borgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift-card codes for care staff";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Lund", "mette.lund.strobyegede@gmail.com", "lon@stevns.dk", "Ny lønkonto")
            .text("Hej Løn\n\nJeg er pædagog i Strøby Egede Børnehus. Min bank har lukket min lønkonto efter et forsøg på "
                + "svindel, og jeg har fået en ny konto i en digital bank. Vil I sørge for, at juni-lønnen går ind på " + mule(3)
                + "? Jeg kan ikke logge på medarbejderportalen med min nye telefon, så jeg skriver fra min private mail.\n\n"
                + "Mange hilsner\nMette Lund");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a kindergarten teacher (EE IBAN)";
        m = bad("payroll-account-change");
        headers(m, "Kasper Bech", "kasper.bech.rodvig@hotmail.com", "lon@stevns.dk", "Udbetaling af løn til udlandet")
            .text("Hej\n\nJeg er havneassistent i Rødvig og flytter til Tyskland til august sammen med min kæreste. Jeg vil gerne "
                + "have lønnen sat ind på min nye konto dernede allerede fra denne måned: " + mule(8) + ".\n\nTak på forhånd\n"
                + "Kasper Bech");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail for a harbour assistant (DE IBAN)";

        // fake-reminder-inkasso
        p = past.get(kontor.domain());
        m = bad("fake-reminder-inkasso");
        headers(m, "Heddinge Inkassobureau", "sag@heddinge-inkassobureau.dk", "okonomi@stevns.dk", "Betalingskrav - "
            + kontor.name())
            .text("Til " + KOMMUNE + ", Økonomi\n\nSom inkassator for " + kontor.name() + " skal vi hermed kræve betaling af "
                + "faktura " + p.no() + " på " + p.amount().gross() + " kr., som trods påmindelse ikke er indbetalt. Med renter "
                + "og kompensationsbeløb efter renteloven på 310 kr. skal kravet være betalt til vores klientkonto " + mule(9)
                + " inden tre hverdage. Ellers indgives betalingspåkrav til fogedretten uden yderligere varsel.\n\n"
                + "Heddinge Inkassobureau\nSagsbehandler");
        ownedBy(m, "heddinge-inkassobureau.dk");
        m.description = "fake collection demand citing haarlev-kontor.dk's real wave-1 invoice (HU IBAN)";
        p = past.get(vognmand.domain());
        m = bad("fake-reminder-inkasso");
        headers(m, "Heddinge Inkassobureau", "varsel@heddinge-inkassobureau.dk", "kreditor@stevns.dk", "Inkassovarsel, sag "
            + (31_000 + rnd.nextInt(9_000)))
            .text("Inkassovarsel\n\nVi har fået overdraget sagen fra " + vognmand.name() + " om faktura " + p.no() + " ("
                + p.amount().gross() + " kr.). Beløbet skal være indgået på " + mule(10) + " senest mandag. Uden betaling "
                + "pålægges inkassoomkostninger, og skyldner registreres i RKI.\n\nHeddinge Inkassobureau");
        ownedBy(m, "heddinge-inkassobureau.dk");
        m.description = "fake collection warning citing rodvig-vognmand.dk's real wave-1 invoice (RO IBAN)";

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "besked@mitid-stevns.com", "it@stevns.dk", "Handling påkrævet: genbekræft brugeradministratorer")
            .html("<html><body><p>Kære brugeradministrator</p><p>Fra 1. juli skal alle organisationer genbekræfte deres "
                + "brugeradministratorer med den nye MitID-app. " + KOMMUNE + " er endnu ikke genbekræftet, og medarbejdernes "
                + "adgang til offentlige selvbetjeningsløsninger bliver suspenderet efter fristen.</p><p><a href=\"https://"
                + "mitid-stevns.com/genbekraeft\">Genbekræft nu</a></p><p>MitID Erhverv</p></body></html>");
        ownedBy(m, "mitid-stevns.com");
        m.description = "fake MitID Erhverv re-confirmation of administrators, link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-hojerup.com", "okonomi@stevns.dk", "Ny post fra Skattestyrelsen")
            .html("<html><body><p>Du har fået ny post i " + KOMMUNE + "s offentlige postkasse.</p><p>Afsender: Skattestyrelsen"
                + "<br>Emne: Difference i indberetning af A-skat og AM-bidrag for maj</p><p>Brevet indeholder en frist for "
                + "betaling af restancen. Log på for at læse det.</p><p><a href=\"https://digitalpost-hojerup.com/laes\">Læs "
                + "brevet</a></p></body></html>");
        ownedBy(m, "digitalpost-hojerup.com");
        m.description = "fake Digital Post letter about tax arrears, link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-klippinge.net", "efaktura@stevns.dk", "Flytning af EAN til eDelivery")
            .text("Til " + KOMMUNE + "\n\nJeres lokationsnummer " + EAN + " er endnu ikke flyttet til den nye "
                + "eDelivery-infrastruktur. Uden flytning afvises elektroniske fakturaer til jer fra den 1. i næste måned. "
                + "Flytningen gennemføres på https://nemhandel-klippinge.net/migrering med NemLog-in.\n\nNemHandel Support");
        ownedBy(m, "nemhandel-klippinge.net");
        m.description = "fake NemHandel eDelivery migration with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandelsregistret", "gebyr@nemhandel-klippinge.net", "kreditor@stevns.dk", "Årligt gebyr for lokationsnumre")
            .text("For at opretholde registreringen af jeres seks EAN-numre i NemHandelsregistret opkræves et årligt gebyr på "
                + "4.950,00 kr. Beløbet betales til " + mule(4) + " med jeres hoved-EAN som reference. Betales der ikke inden "
                + "ti dage, deaktiveres numrene, og leverandørernes fakturaer kan ikke længere modtages.\n\nNemHandelsregistret");
        ownedBy(m, "nemhandel-klippinge.net");
        m.description = "fake NemHandel 'yearly registration fee' for EAN numbers (PL IBAN)";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Boesdal Parkering", "afgift@boesdal-parkering.dk", "vejpark@stevns.dk", "Parkeringsafgift ved Stevns Klint")
            .html("<html><body><p>Et køretøj tilhørende " + KOMMUNE + " er registreret i betalingszonen ved Boesdal Kalkbrud uden "
                + "gyldig billet. Afgiften er 750 kr. Scan koden med din bank-app for at betale inden 5 dage og undgå "
                + "rykkergebyr.</p><p><img src=\"cid:qr\" alt=\"QR\"></p></body></html>")
            .attach("image/png", "afgift-qr.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "boesdal-parkering.dk");
        m.description = "QR code for a parking 'fee' at the Boesdal chalk quarry";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice Erhverv", "forny@rodvig-betalingsservice.net", "okonomi@stevns.dk",
            "Jeres betalingsaftale skal fornyes")
            .html("<html><body><p>Jeres aftale om faste overførsler skal fornyes, før den udløber. Scan QR-koden med mobilen og "
                + "bekræft med MitID for at fortsætte uden afbrydelse.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "forny-aftale.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "rodvig-betalingsservice.net");
        m.description = "QR code to 'renew a standing payment agreement'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "kontor@stevns-rengoring.dk", "kreditor@stevns.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVores faktura fra sidst blev vist stoppet af jeres spamfilter, så den kommer nu som zip-fil. Vi har "
                + "skiftet bank - det står i filen.\n\nKontoret")
            .attach("application/zip", "faktura_" + no + ".zip", Attachments.zip("faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("stevns-rengoring.dk", mule(6)), "Faktura", no, a, mule(6), 0, List.of()),
                "LAES_MIG.txt", "Kontonummeret i fakturaen er det gældende."));
        ownedBy(m, "stevns-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of stevns-rengoering.dk, new account (IE IBAN)";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "butik@holtug-vvs.net", "kreditor@stevns.dk", "Samlefaktura maj")
            .text("Hej\n\nSamlefakturaen for maj ligger i det vedhæftede arkiv, pakket på grund af størrelsen. Bemærk vores nye "
                + "konto.\n\nButikken")
            .attach("application/x-7z-compressed", "samlefaktura-maj.7z", Attachments.sevenZip("Faktura " + no + ".pdf",
                pdfInvoice(m, vvs.posing("holtug-vvs.net", mule(13)), "Faktura", no, a, mule(13), 1, List.of())));
        ownedBy(m, "holtug-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of holtug-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@haarlev-kontor.net", "indkob@stevns.dk", "Ordrebekræftelse og faktura - toner")
            .text("Hej\n\nOrdrebekræftelse og faktura på tonerleverancen er samlet i ét Word-dokument. Klik på 'Aktivér indhold', "
                + "når du åbner det, ellers vises prislisten ikke korrekt.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_og_faktura_toner.docm", Attachments.word(
                "Ordrebekræftelse og faktura, toner. Prislisten indlæses, når indhold er aktiveret.", true));
        ownedBy(m, "haarlev-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of haarlev-kontor.dk";
        m = bad("office-macro");
        headers(m, "Debitor", "debitor@stevns-itservice.dk", "it@stevns.dk", "Licensspecifikation 2. kvartal")
            .text("Hej\n\nSpecifikationen af licenser og elevcomputere for 2. kvartal ligger i regnearket. Makroerne skal slås "
                + "til, før totalerne regnes ud. Brug den nye konto, der står i arket.\n\nDebitor")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_Q2.xlsm", Attachments.excel(List.of(
                "Licensspecifikation 2. kvartal 2037", "Elevcomputere og licenser 380 stk", "Betales til " + mule(1)), true));
        ownedBy(m, "stevns-itservice.dk");
        m.description = "macro-enabled .xlsm from a look-alike of klint-it.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "kim@lund-malerforretning.dk", "ejendom@stevns.dk", "Regning Hotherhaven")
            .text("Hej\n\nJeg sender regningen som billede, da min printer ikke vil samarbejde. Der står en ny konto på, da jeg "
                + "har skiftet bank.\n\nKim")
            .attach("image/jpeg", "20370611_101544.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "lund-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of lund-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "peter@rodvig-vognmand.net", "vejpark@stevns.dk", "Faktura ålegræs")
            .text("Hej\n\nVedlagt den scannede faktura for kørslen med ålegræs fra Rødvig Strand. Ny bank - se kontonummeret på "
                + "bilaget.\n\nPeter")
            .attach("application/pdf", "Scan_2037-06.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "rodvig-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of rodvig-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "ordre@stevns-ordrekontor.com", "indkob@stevns.dk", "Bestilling 55120 - robotplæneklippere")
            .text("Hermed bekræftelse af jeres bestilling af 4 robotplæneklippere med ladestation til boldbanerne i Hårlev og "
                + "Strøby, samlet 73.960 kr. ekskl. moms. Maskinerne sendes fra lageret onsdag, og fakturaen følger med "
                + "fragtbrevet. Er bestillingen sket ved en fejl, kan den kun trækkes tilbage ved at ringe til ordremodtagelsen på "
                + "53 71 22 90 senest i morgen formiddag; annulleringer pr. mail kan vi ikke behandle.\n\nOrdrekontoret");
        ownedBy(m, "stevns-ordrekontor.com");
        m.description = "callback scam: fake robot lawnmower order, 'phone to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Abonnementsafdelingen", "abonnement@stevns-ordrekontor.com", "okonomi@stevns.dk",
            "Automatisk fornyelse af jeres abonnement")
            .text("Goddag\n\nJeres abonnement på den juridiske opslagsdatabase (25 brugere) fornyes automatisk for 36 måneder til "
                + "41.250 kr. om året. Fornyelsen kan kun standses ved opkald til vores abonnementsafdeling på 53 71 22 91 inden "
                + "for 48 timer.\n\nAbonnementsafdelingen");
        ownedBy(m, "stevns-ordrekontor.com");
        m.description = "callback scam: auto-renewed legal database subscription";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "bo@haarlev-entreprenor.net", "efaktura@stevns.dk", "E-faktura " + no)
            .text("Hej\n\nVi har fået nyt økonomisystem, og e-fakturaen kommer foreløbig som XML-fil her i mailen. Læg mærke til "
                + "den nye bankkonto i filen.\n\n" + entrep.name())
            .attach("application/xml", "invoice-" + no + ".xml", ubl(no, entrep, mule(0), a, isoDay(m, 0), isoDay(m, 14), true,
                "SK-" + (63_000 + rnd.nextInt(500))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "haarlev-entreprenor.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee (LT IBAN), look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "debitor@stevns-itservice.dk", "efaktura@stevns.dk", "OIOUBL " + no)
            .text("OIOUBL-filen til faktura " + no + " er vedhæftet. Vi har opdateret betalingsoplysningerne efter skift af bank.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(2), a, isoDay(m, 0), isoDay(m, 10), false,
                "SK-" + (63_600 + rnd.nextInt(500))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "stevns-itservice.dk");
        m.description = "OIOUBL XML with a changed payee from a look-alike of klint-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Underskrevet", "dokument@underskrevet-heddinge.dk", "kultur@stevns.dk", "Stevnsfort Museum: dokument til underskrift")
            .html("<html><body><p>Stevnsfort Museum har sendt dig dokumentet 'Låneaftale - udstillingsgenstande' til digital "
                + "underskrift. Dokumentet udløber i dag kl. 23:59.</p><p><a href=\"https://underskrevet-heddinge.dk/d/"
                + sha256("us48").substring(0, 16) + "\">Åbn dokumentet</a></p></body></html>");
        ownedBy(m, "underskrevet-heddinge.dk");
        m.description = "fake e-signature request imitating underskrevet.io and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "signer@tommestrup-esign.net", "ejendom@stevns.dk", "Forpagtningsaftale klar til underskrift")
            .html("<html><body><p>Hej</p><p>Der ligger et dokument til jer fra Stevns Landboforening: 'Forpagtning af "
                + "jordstykke ved Tommestrup, matr. 14b - fornyelse 2037-2042'. Dokumentet er beskyttet, og du skal bekræfte din "
                + "identitet med kommunens Microsoft-konto, før det kan åbnes og signeres.</p><p>Fristen for underskrift er "
                + "fredag; derefter bortfalder fornyelsen, og jorden udbydes igen.</p><p><a href=\"https://tommestrup-esign.net/"
                + "adgang\">Bekræft og åbn</a></p></body></html>");
        ownedBy(m, "tommestrup-esign.net");
        m.description = "fake e-signature behind a Microsoft 365 login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "korsel@stevns-turistfart.net", "kreditor@stevns.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nFaktura " + p.no() + " (" + p.amount().gross() + " kr.) skal denne gang betales i to dele: 60 % til den "
                + "konto, I plejer at bruge, og resten til " + mule(11) + ", som er leasingselskabets konto for vores nye bus."
                + "\n\nKørselskontoret");
        ownedBy(m, "stevns-turistfart.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain (BG IBAN)";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "butik@holtug-vvsogblik.dk", "kreditor@stevns.dk", "Ang. faktura " + p.no())
            .text("Hej\n\nVedrørende faktura " + p.no() + ": de første 20.000 kr. betales til den konto, I plejer, og resten til "
                + mule(5) + ", som tilhører vores grossist, der har leveret materialerne direkte til skolen.\n\nButikken");
        ownedBy(m, "holtug-vvsogblik.dk");
        m.description = "split payment on Holtug VVS's real wave-1 invoice, the rest to a 'wholesaler' (GB IBAN)";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-stream-weed-cutting-invoice
        M m = bad("fake-stream-weed-cutting-invoice");
        invoice(m, vandloeb.posing("tryggevaelde-vandloeb.dk", vandloeb.account()), mule(0), 9,
            List.of("Vandløbsaftale " + streamAgreement + " - ekstra skæring"), "", "Efter skybruddet i sidste uge stod vandet "
                + "op over engene ved Tryggevælde, og lodsejerne ringede til jeres vandløbsmedarbejder. Vi lavede derfor en ekstra "
                + "grødeskæring på strækningen fra Store Heddinge til udløbet ved Strøby Egede, som ligger uden for den faste "
                + "aftale. Firmaet har skiftet pengeinstitut, så kontoen på fakturaen er den rigtige.");
        ownedBy(m, "tryggevaelde-vandloeb.dk");
        m.description = "look-alike of the stream contractor cites its real agreement, 'extra cut after a cloudburst' (LT IBAN)";
        m = bad("fake-stream-weed-cutting-invoice");
        headers(m, "Lund Åservice", "faktura@lund-aaservice.dk", "natur@stevns.dk", "Faktura: oprensning ved broen i Lund")
            .text("Til Natur og Miljø\n\nEfter opfordring fra en lodsejer ved Lund har vi skåret grøde og fjernet en tilstopning "
                + "ved broen i sidevandløbet, så Lundvej ikke blev oversvømmet. Vedlagt faktura på 24.375,00 kr. inkl. moms med "
                + "forfald om 8 dage. Betaling til " + mule(6) + ".\n\nLund Åservice")
            .attach("application/pdf", "LundAaservice_faktura.pdf", Attachments.pdf(docId(m, "la48"), "Faktura - oprensning",
                List.of("Lund Åservice", "Grødeskæring og fjernelse af tilstopning, sidevandløb ved Lund", "I alt inkl. moms 24.375,00",
                    "Indbetales til " + mule(6))));
        ownedBy(m, "lund-aaservice.dk");
        m.description = "unknown firm bills clearing a blockage 'on a landowner's call' that nobody ordered (IE IBAN)";
        m = bad("fake-stream-weed-cutting-invoice");
        headers(m, "Hellested Grødeskæring", "booking@hellested-groedeskaering.dk", "vejpark@stevns.dk",
            "Reservation af grødebåd - anden skæring")
            .text("Hej\n\nVi har reserveret vores grødeskæringsbåd og to mand til jeres anden skæring i Tryggevælde Å i august, "
                + "fordi jeres faste entreprenør efter det oplyste ikke har kapacitet. Reservationen bliver bindende, når halvdelen "
                + "af prisen, 18.750 kr., er indbetalt på " + mule(10) + " inden fredag.\n\nHellested Grødeskæring");
        ownedBy(m, "hellested-groedeskaering.dk");
        m.description = "a weed boat 'reserved' for the second cut against half the price in advance (RO IBAN)";

        // fake-cliff-stair-inspection-invoice
        m = bad("fake-cliff-stair-inspection-invoice");
        invoice(m, trappe.posing("hojerup-snedkeri.dk", trappe.account()), mule(9), 12,
            List.of("Trappeaftale " + stairAgreement + " - akut reparation"), "", "Efter kridtskredet ved Mandehoved i weekenden "
                + "spærrede vi trappen af og skiftede fire trin og et stykke af gelænderet, så den kunne åbne igen, før "
                + "turisterne kom. Reparationen er ikke dækket af den faste vedligeholdelsesaftale. Vi har i øvrigt fået ny "
                + "bankforbindelse, så brug venligst kontoen på fakturaen.");
        ownedBy(m, "hojerup-snedkeri.dk");
        m.description = "look-alike of the stair joinery cites its real agreement, 'emergency repair after a chalk fall' (HU IBAN)";
        m = bad("fake-cliff-stair-inspection-invoice");
        headers(m, "Mandehoved Sikring", "attest@mandehoved-sikring.dk", "vejpark@stevns.dk", "Sikkerhedsattest - trapper ved klinten")
            .text("Til " + KOMMUNE + ", Vej og Park\n\nVi har gennemført det årlige sikkerhedseftersyn af de offentlige trapper og "
                + "udsigtspunkter langs Stevns Klint (Højerup, Mandehoved, Boesdal og Rødvig). Eftersynet dokumenterer, at "
                + "anlæggene lever op til kravene om faldsikring. Attesten udleveres, når vores faktura på 31.250,00 kr. er "
                + "indbetalt på " + mule(14) + ".\n\nMandehoved Sikring");
        ownedBy(m, "mandehoved-sikring.dk");
        m.description = "unknown firm holds a 'safety certificate' for the cliff stairs hostage for payment (MT IBAN)";
        m = bad("fake-cliff-stair-inspection-invoice");
        headers(m, "Boesdal Trappeservice", "ordre@boesdal-trappeservice.dk", "ejendom@stevns.dk", "Gelændere Boesdal - depositum")
            .text("Hej\n\nTak for jeres henvendelse om nye rustfri gelændere på trappen ved Boesdal Kalkbrud. Materialerne er "
                + "bestilt, og vi kan montere i uge 27. Som altid ved offentlige kunder beder vi om et depositum på 40 %, "
                + "22.400 kr., til " + mule(1) + ", før stålet skæres til.\n\nBoesdal Trappeservice");
        ownedBy(m, "boesdal-trappeservice.dk");
        m.description = "'your request' for new handrails at Boesdal, 40 % deposit (DK mule)";

        // fake-visitor-counter-data-invoice
        m = bad("fake-visitor-counter-data-invoice");
        invoice(m, sensor.posing("bogeskov-sensorteknik.com", sensor.account()), mule(12), 15,
            List.of("Dataaftale " + counterAgreement + " - batteriskift"), "", "Tællerne ved Højerup Gamle Kirke og ved trappen i "
                + "Boesdal holdt op med at sende data i pinsen. Vores tekniker har skiftet batterier og en modemenhed, så jeres "
                + "sommertal til verdensarvsrapporten ikke går tabt, og besøget faktureres særskilt. Bemærk, at vores konto er "
                + "ændret efter en fusion med et søsterselskab.");
        ownedBy(m, "bogeskov-sensorteknik.com");
        m.description = "look-alike of the sensor firm cites its real data agreement, 'battery swap' (CY IBAN)";
        m = bad("fake-visitor-counter-data-invoice");
        headers(m, "Stevns Klint Besøgsdata", "validering@stevnsklint-besoegstal.dk", "verdensarv@stevns.dk",
            "Validering af besøgstal til UNESCO-rapporten")
            .text("Til Verdensarv Stevns\n\nFra i år kræver UNESCO's periodiske rapportering, at besøgstal fra verdensarvsområder "
                + "er valideret af en certificeret tællerservice. Vi har valideret jeres tal for 2036 og udsteder certifikatet, "
                + "når valideringsgebyret på 14.900 kr. ekskl. moms er betalt til " + mule(15) + ". Certifikatet skal vedlægges "
                + "rapporten.\n\nStevns Klint Besøgsdata");
        ownedBy(m, "stevnsklint-besoegstal.dk");
        m.description = "unknown firm sells a 'required certified validation' of the visitor figures (SE IBAN)";
        m = bad("fake-visitor-counter-data-invoice");
        headers(m, "Verdensarv Stevns Teknik", "leasing@verdensarv-stevns.com", "kultur@stevns.dk",
            "Første leasingydelse - termiske tællekameraer")
            .text("Hej\n\nSom aftalt med jeres projektleder har vi monteret tre termiske tællekameraer ved parkeringspladsen til "
                + "Stevns Klint Experience. Første leasingydelse på 27.812,50 kr. inkl. moms forfalder om fire dage og betales "
                + "til " + mule(16) + ".\n\nVerdensarv Stevns Teknik")
            .attach("application/pdf", "leasingydelse-1.pdf", Attachments.pdf(docId(m, "vs48"), "Leasingaftale - ydelse 1",
                List.of("Verdensarv Stevns Teknik", "3 termiske tællekameraer, P-plads Stevns Klint Experience",
                    "Ydelse 1 af 36: 27.812,50 inkl. moms", "Betales til " + mule(16))));
        ownedBy(m, "verdensarv-stevns.com");
        m.description = "thermal counting cameras 'agreed with your project manager', first lease instalment (NO IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus48().generate(), List.of(
            "# Stevns Kommune, Økonomi: invoice checks (forty-eighth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=storeheddinge-fjernvarme.dk haarlev-entreprenor.dk tryggevaelde-vandlob.dk "
                + "hojerup-snedker.dk bogeskov-sensorteknik.dk klippinge-tomrer.dk lund-maler.dk stevns-rengoering.dk "
                + "klintebladet.dk rodvig-vognmand.dk stroby-el.dk holtug-vvs.dk stevns-koekken.dk heddinge-traelast.dk "
                + "klint-it.dk stevns-turistfart.dk haarlev-kontor.dk",
            "invoice.domains.platforms=regnskrin.dk nettopung.com tilsendt.dk vederlag.io",
            "invoice.names.protected=Stevns Kommune"));
    }
}
