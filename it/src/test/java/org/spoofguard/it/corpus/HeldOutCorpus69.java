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
 * The sixty-ninth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Herning Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, sports, schools,
 * elderly care, culture, museum, nature and property mailboxes; town hall Torvet 5, 7400 Herning) on the heath of central
 * Jutland: Herning with its textile history, the ice stadium and the sculpture Elia at Birk that now and then sends up a gas
 * flame, Sunds and its lake, Aulum, Vildbjerg, Kibæk, Lind, Gjellerup, Tjørring, Hammerum, Sørvad, Haderup, Ørnhøj,
 * Feldborg with its plantation and Timring; seventeen listed suppliers from those places in every DNS posture real Danish
 * firms have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code fakturama.io}, {@code
 * kreditlys.dk}, {@code agioflow.com}, {@code dueslag.dk}), a gas engineer servicing Elia's flame, an ice technician keeping
 * the ice stadium's resurfacer and cooling plant running, a textile conservator caring for the museum's textile collection,
 * sole traders on free mail, foreign suppliers, SaaS ({@code istid.io}, {@code holdplan.dk}), an ESP ({@code
 * brevduen.com}), an e-signature service ({@code haandsign.dk}), banks, a creditor list, forwarders (with and without SRS)
 * and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake MitID/Digital Post, fake
 * NemHandel notices, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives, macro
 * documents, image-only invoices, callback scams, fake voicemail, domain-renewal invoices, payroll changes, look-alikes,
 * homoglyphs, e-invoice XML with a changed account, fake e-signature requests) and three kinds new here: service, parts or a
 * "safety certificate" for the gas flame of the sculpture Elia billed by someone who never saw the burner
 * (fake-elia-flame-service-invoice); resurfacer, cooling plant or ice work at the ice stadium billed to a new account
 * (fake-ice-rink-resurfacing-invoice); and freezing, storage or conservation of the museum's textile collection billed by
 * someone who never handled it (fake-textile-collection-conservation-invoice). The invoice engine, its tests, tuning notes
 * and earlier results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived
 * from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus69GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus69 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout69");
    public static final String OWN = "herning.dk";
    static final String FRAUD_NET = "127.169.";
    private static final String OWN_IP = "127.69.0.1";
    private static final String EAN = "5798005770017";
    private static final String KOMMUNE = "Herning Kommune";
    private static final String RAADHUS = "Torvet 5, 7400 Herning";
    private static final String HOSTER_IP = "127.69.9.1";
    private static final String GMAIL = "127.71.1.1";
    private static final String MSFT = "127.71.2.1";
    private static final String APPLE = "127.71.5.1";

    private final Random rnd = new Random(69_7400_2036L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 50;
    /** The gas engineer's service agreement for Elia's flame (the frauds cite it). */
    private String flameAgreement;
    /** The ice technician's operating agreement for the ice stadium (the frauds cite it). */
    private String iceAgreement;
    /** The conservator's case for the textile collection (the frauds cite it). */
    private String textileCase;

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

    private final Supplier varme = new Supplier("Sunds Fjernvarme a.m.b.a.", "sunds-fjernvarme.dk", "Kundeservice",
        "kunde", "127.69.1.1", iban("DK", "76000001234567"), "fjernvarme til Sunds Skole, Sunds Hallen og Bofællesskabet Søvej");
    private final Supplier entrep = new Supplier("Aulum Anlæg ApS", "aulum-anlaeg.dk", "Kim Bech", "kb",
        "127.69.1.2", bank("7600", "0001172235"), "ny fortovsbelægning og regnvandsbrønde, Aulum bymidte");
    private final Supplier gas = new Supplier("Birk Gasteknik ApS", "birk-gasteknik.dk", "Torben Vestergaard", "torben",
        "127.69.1.3", bank("7600", "0001180916"), "service af gasbrænder og flammestyring i skulpturen Elia ved Birk");
    private final Supplier is = new Supplier("Herning Isteknik ApS", "herning-isteknik.dk", "Isteknik, Bogholderi",
        "bogholderi", "127.69.1.4", iban("DK", "90670001455821"), "drift af ismaskine og kølanlæg, Herning Isstadion");
    private final Supplier tekstil = new Supplier("Vildbjerg Tekstilkonservering v/ Hanne Nørgaard",
        "vildbjerg-tekstilkonservering.dk", "Hanne Nørgaard", "hanne", "127.69.1.5", iban("DK", "76000001309944"),
        "konservering af museets tekstilsamling og fabrikanternes prøvebøger");
    private final Supplier toemrer = new Supplier("Kibæk Tømrer og Snedker ApS", "kibaek-toemrer.dk", "Rasmus Lauridsen", "rl",
        "127.69.1.6", bank("9670", "0001327710"), "nye døre og lofter i garderoberne, Kibæk Skole");
    private final Supplier maler = new Supplier("Gjellerup Malerforretning v/ Bo Kjær", "gjellerup-maler.dk", "Bo Kjær", "bo",
        "127.69.1.7", bank("7600", "0001335518"), "malerarbejde i gangarealer, Plejecentret Solgården");
    private final Supplier rengoer = new Supplier("Midtjysk Rengøring ApS", "midtjysk-rengoering.dk", "Kontoret",
        "kontor", "127.69.1.8", iban("DK", "90670001348830"), "daglig rengøring af Rådhuset, Jobcentret og Lind Skole");
    private final Supplier avis = new Supplier("Herning Egnsavis", "herning-egnsavis.dk", "Annonceafdelingen", "annonce",
        "127.69.1.9", iban("DK", "76000001352279"), "annoncer: lokalplan for Tjørring Nord og stillinger i ældreplejen");
    private final Supplier vognmand = new Supplier("Sørvad Vognmandsforretning", "soervad-vognmand.dk", "Peter Holm",
        "peter", "127.69.1.10", bank("9670", "0001363357"), "kørsel med vejgrus og snerydning på landevejene ved Sørvad");
    private final Supplier el = new Supplier("Hammerum El-Service ApS", "hammerum-elservice.dk", "Michael Dam", "md", HOSTER_IP,
        bank("7600", "0001371146"), "nye LED-armaturer og kabelføring, Hammerum Hallen");
    private final Supplier vvs = new Supplier("Tjørring VVS ApS", "tjoerring-vvs.dk", "Værkstedet", "vaerksted", "127.69.1.12",
        bank("9670", "0001389920"), "udskiftning af vandvarmere og blandingsbatterier, Tjørring Skole");
    private final Supplier mad = new Supplier("Det Midtjyske Køkken A/S", "midtjyske-koekken.dk", "Det Midtjyske Køkken, Økonomi",
        "oekonomi", "127.69.1.13", iban("DK", "76000001397731"), "mad til hjemmeboende pensionister og tre plejecentre");
    private final Supplier byg = new Supplier("Lind Trælast A/S", "lind-traelast.dk", "Proffafdelingen", "proff",
        "127.69.1.14", iban("DK", "90670001401150"), "trælast og byggevarer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Hedens IT ApS", "hedens-it.dk", "Fakturering", "fakturering",
        "127.69.1.15", bank("7600", "0001415572"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Haderup Turistfart ApS", "haderup-turistfart.dk", "Kørselskontoret", "koersel",
        "127.69.1.16", bank("9670", "0001420081"), "skolebus Haderup-Sørvad-Aulum og kørsel til idrætsdage");
    private final Supplier kontor = new Supplier("Herning Kontorforsyning ApS", "herning-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.69.1.17", iban("DK", "76000001436609"), "kopipapir, blæk og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Ørnhøj Smedie v/ Carsten Bak", "oernhoej-smedie.dk", "Carsten Bak", "carsten",
        "127.69.2.1", bank("7600", "0001447720"), "nyt rækværk ved shelterpladsen og reparation af cykelstativer");
    private final Supplier natur = new Supplier("Feldborg Skovservice v/ Jens Ravn", "feldborg-skovservice.dk", "Jens Ravn",
        "jens", "127.69.2.2", bank("9670", "0001451904"), "rydning af stier og opsætning af bænke i Feldborg Plantage");
    private final Supplier guide = new Supplier("Timring Fortællerture v/ Lise Dahl", "gmail.com", "Lise Dahl",
        "lise.dahl.fortaeller", GMAIL, bank("7600", "0001468815"), "fortællerture om hedebønder og strikkere for 5. årgang, 3 dage");
    private final Supplier tolk = new Supplier("Tolk v/ Yusuf Demir", "outlook.com", "Yusuf Demir", "yusuf.demir.tolk", MSFT,
        bank("9670", "0001472236"), "tolkning tyrkisk-dansk, Jobcentret og Borgerservice, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Ole Vinther", "icloud.com", "Ole Vinther", "ole.vinther.musik",
        APPLE, bank("7600", "0001489907"), "eftermiddagsmusik på harmonika, Plejecentret Solgården og Fuglsangcentret");
    private final Supplier tysk = new Supplier("Eisbahntechnik Nord GmbH", "eisbahntechnik-nord.de", "Buchhaltung",
        "buchhaltung", "127.69.3.1", iban("DE", "200400000628451900"), "Messer und Ersatzteile für die Eisbearbeitungsmaschine");
    private final Supplier svensk = new Supplier("Borås Textilvård AB", "boras-textilvard.se", "Ekonomi", "ekonomi",
        "127.69.3.2", iban("SE", "45500000059124471133"), "syrafritt silkespapper och förvaringslådor för textilier");

    private final List<Supplier> listed = List.of(varme, entrep, gas, is, tekstil, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name of the municipality; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"sunds-fjernvarme.com", "aulum-anleag.dk", "lind-trelast.dk",
        "hammerum-el-service.dk", "midtjysk-rengoring-herning.dk", "tjoerring-vvs.net", idn("lind-tr\u0430elast.dk"),
        idn("h\u0435rning.dk"), "fakturama-herning.dk", "kreditlys-sunds.com", "kibaek-tomrer.dk",
        "midtjyske-koekken-herning.com", "haderup-turistfart.net", "soervad-vognmand.net", "herning-inkasso.dk",
        "mitid-herning.com", "digitalpost-vildbjerg.com", "nemhandel-gjellerup.net", "herning-parkering.dk",
        "hammerum-betaling.net", "herning-ordreservice.com", "gjellerup-malerforretning.dk", "herning-kontorforsyning.net",
        "hedens-it-herning.net", "aulum-anlaeg.net", "haandsign-timring.dk", "feldborg-esign.net", "birk-gasteknik-herning.dk",
        "haderup-gasservice.dk", "oernhoej-braendere.dk", "herning-isteknik.com", "kibaek-ismaskiner.dk", "sunds-istid.dk",
        "vildbjerg-tekstilkonservering.com", "timring-tekstilpleje.dk", "feldborg-vaevevaerksted.dk", "tjoerring-vvs-aps.dk",
        "herning-domaeneservice.com", "lind-telefoni.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(gas.domain(), List.of(gas.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(is.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(tekstil.domain(), List.of(tekstil.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.69.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.69.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hedens-affaldsselskab.dk", List.of("127.69.20.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("gastilsynet-midt.dk", List.of("127.69.20.6"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("herning-messehal.dk", List.of("127.69.20.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("aulum-efterskole.dk", List.of("127.69.20.3"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hede-revision.dk", List.of("127.69.20.4"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("lind-isenkram.dk", List.of("127.69.20.5"), "-all", null, "none");
        domain("herning-skoejteklub.dk", List.of("127.69.20.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("fakturama.io", List.of("127.69.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kreditlys.dk", List.of("127.69.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("agioflow.com", List.of("127.69.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("dueslag.dk", List.of("127.69.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("hedebanken.dk", List.of("127.69.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("midtjyllands-andelskasse.dk", List.of("127.69.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkredsen-midt.dk", List.of("127.69.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("midtjyske-bogholdere.dk", List.of("127.69.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hede-indkoeb.dk", List.of("127.69.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("brevduen.com", List.of("127.69.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("bedrageriradar.dk", List.of("127.69.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.herning-fiber.dk", List.of("127.69.28.1"), "-all", null, null);
        domain("relay.sunds-net.dk", List.of("127.69.29.1"), "-all", null, null);
        domain("istid.io", List.of("127.69.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("holdplan.dk", List.of("127.69.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("haandsign.dk", List.of("127.69.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
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
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no69:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "HE-" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "FAKT-2036-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "2036-" + (200 + rnd.nextInt(700));
            default:
                return "S" + (71_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@herning.dk", "efaktura@herning.dk", "kreditor@herning.dk", "okonomi@herning.dk",
        "teknik@herning.dk", "skoler@herning.dk", "aeldre@herning.dk", "idraet@herning.dk", "ejendom@herning.dk",
        "indkob@herning.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf69:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(32_000_000 + Math.floorMod(sha256("cvr69:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(82_000_000 + Math.floorMod(sha256("fi69:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "sunds-fjernvarme.dk" -> "Søvej 12, 7451 Sunds";
            case "aulum-anlaeg.dk" -> "Industrivej 31, 7490 Aulum";
            case "birk-gasteknik.dk" -> "Birk Centerpark 8, 7400 Herning";
            case "herning-isteknik.dk" -> "Holingknuden 4, 7400 Herning";
            case "vildbjerg-tekstilkonservering.dk" -> "Vestergade 17, 7480 Vildbjerg";
            case "kibaek-toemrer.dk" -> "Grønnegade 40, 6933 Kibæk";
            case "gjellerup-maler.dk" -> "Gjellerupvej 77, 7400 Herning";
            case "midtjysk-rengoering.dk" -> "Fredhøjvej 3, 7400 Herning";
            case "herning-egnsavis.dk" -> "Østergade 21, 7400 Herning";
            case "soervad-vognmand.dk" -> "Sørvadvej 114, 7550 Sørvad";
            case "hammerum-elservice.dk" -> "Hovedgaden 46, 7400 Herning";
            case "tjoerring-vvs.dk" -> "Tjørring Hovedgade 9, 7400 Herning";
            case "midtjyske-koekken.dk" -> "Lillelundvej 22, 7400 Herning";
            case "lind-traelast.dk" -> "Lindvej 60, 7400 Herning";
            case "hedens-it.dk" -> "Bredgade 5, 7400 Herning";
            case "haderup-turistfart.dk" -> "Stationsvej 14, 7540 Haderup";
            case "herning-kontorforsyning.dk" -> "Dalgasgade 30, 7400 Herning";
            case "oernhoej-smedie.dk" -> "Søndergade 6, 6973 Ørnhøj";
            case "feldborg-skovservice.dk" -> "Plantagevej 2, Feldborg, 7540 Haderup";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a plain invoice with supplier and customer lines and a sum line; an hours sheet
     * with wages, transport and materials and the FI line (card 71); a period charge with customer number, fixed and variable
     * part and the FI line (card 75). A {@code null} account prints none.
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
                l.add("Faktureres til: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Udstedt " + dashedDay(m, 0) + " | Vores reference: " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Beløb før moms " + a.net() + " | Moms 25 % " + a.vat() + " | I alt DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage, sidste rettidige betaling " + dashedDay(m, 30));
                if (account != null) {
                    l.add("Beløbet overføres til " + account + ", mærket med fakturanummeret");
                }
            }
            case 1 -> {
                head = "Timeseddel og faktura " + no;
                l.add(s.name() + " / " + addr + " / CVR " + cvr(s.domain()));
                l.add("Udført for " + KOMMUNE + " (EAN " + EAN + "): " + s.what());
                long hours = a.ore() * 55 / 100;
                long drive = a.ore() * 6 / 100;
                l.add("Arbejdsløn " + kr(hours) + " / Transport " + kr(drive) + " / Materialer " + kr(a.ore() - hours - drive));
                l.add("Sum uden moms " + a.net() + ", moms " + a.vat() + ", total " + a.gross());
                l.addAll(more);
                l.add("Forfalder " + writtenDay(m, 21) + (account == null ? "" : " - indbetal til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Kunde nr. " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -31) + " til " + dottedDay(m, -1) + ": " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast bidrag " + kr(fixed) + " - Variabelt " + kr(a.ore() - fixed));
                l.add("Netto " + a.net() + " - moms " + a.vat() + " - i alt at betale DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsdato " + dottedDay(m, 14) + (account == null ? "" : " - konto " + account));
                if (own) {
                    l.add("FI-kort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Herning Kommune " + no + ".pdf", "FAK" + no + ".pdf",
            "inv-" + no + ".pdf", "Regning-" + no + ".pdf", "dok_" + no + ".pdf", "F-" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Herning Kommune", "Til kreditorbogholderiet", "Hej", "Kære Herning Kommune",
        "Att. Økonomi", "Godmorgen", "Hej kreditor", "Til rette vedkommende"};

    private String phone() {
        return "97 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig69:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMange hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " - tlf. " + phone();
            case 2:
                return "\n\nMed venlig hilsen\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n- " + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 380_000);
        String[] subjects = {"Faktura " + no, "Faktura " + no + " - " + KOMMUNE, "Ny faktura fra " + s.name(),
            s.name() + ": faktura " + no, "Faktura " + no + " / EAN " + EAN, "Regning " + no, "Fakturanr. " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "I den vedhæftede PDF finder I faktura " + no + ", i alt " + a.gross() + " kr. inkl. moms, som forfalder "
                + writtenDay(m, 30) + ".";
            case 2 -> "Den samme faktura er sendt elektronisk til EAN " + EAN + ", så den skal naturligvis kun betales én gang.";
            case 3 -> "Tak for samarbejdet. Fakturaen ligger her som vedhæftet fil.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfaldsdato: " + dashedDay(m, 30);
            case 5 -> "Her er fakturaen for det arbejde, vi har gjort færdigt. Jeres bestillingsnummer er skrevet på.";
            case 6 -> "Fakturaen for månedens leverancer er vedhæftet. Giv endelig lyd, hvis noget ikke stemmer med jeres bestilling.";
            default -> "Se venligst den vedhæftede faktura og kontakt os ved spørgsmål.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 2) {
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
        if (List.of(varme, rengoer, mad, is, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, gas, tekstil, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Torvet 5", "Herning", "7400", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        flameAgreement = "EL-" + (120 + rnd.nextInt(80));
        iceAgreement = "IS-DA-" + (4_100 + rnd.nextInt(500));
        textileCase = "TK-" + (2_200 + rnd.nextInt(500));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == gas ? List.of("Serviceaftale " + flameAgreement + ": gasbrænder, tændsystem og styring")
                : s == is ? List.of("Driftsaftale " + iceAgreement + ": ismaskine, kølekompressorer og bandeis")
                : s == tekstil ? List.of("Sag " + textileCase + ": 42 prøvebøger og 9 faner fra fabrikkerne registreret") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 4, List.of("Bestilt af naturvejlederen"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a railing at the shelter site, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition HK-" + (23_400 + k * 191));
                case 1 -> List.of("Bestiller: " + to().replace("@herning.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Herning Bibliotek, nye grupperum" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 4, ref, k % 5 == 2 ? "\n\nVi har lagt de kvitterede følgesedler ved." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "foelgesedler.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Modtaget og kvitteret af Ejendomscentret, Herning", "Kolli i alt: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditnota til faktura ", "Otte plader krydsfiner kom med knækkede hjørner og er sendt retur med "
            + "chaufføren."},
            {kontor, "Kreditering af faktura ", "De tre kasser blæk, der passede til de gamle printere, har vi hentet igen."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (600 + rnd.nextInt(300));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@herning.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra i jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Efter vores bogholderi er fakturaen nedenfor endnu ikke betalt. Har I "
            + "allerede overført beløbet, er påmindelsen overflødig."},
            {entrep, "Rykker 1", "Betalingsfristen på fakturaen er overskredet med en uge. Der er ikke beregnet renter."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@herning.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 4] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som betales til den konto, der allerede står i jeres kartotek: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato, se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@herning.dk", "Saldobekræftelse pr. " + dottedDay(m, -1))
            .text("Hej\n\nI bad om en saldo til revisionen. Faktura " + p.no() + " er betalt, og jeres saldo hos os er 0,00 kr."
                + signature(s));
        genuine(m, s.ip());
        m.description = "soervad-vognmand.dk balance confirmation, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String ref = "HK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@herning.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej\n\nVores nye regnskabsprogram er ikke koblet på NemHandel endnu, så i en overgang får I e-fakturaen "
                    + "som fil i mailen og en læsbar PDF ved siden af. Vi bruger stadig samme bankkonto. Hvis fakturaen også "
                    + "dukker op i jeres e-fakturasystem, er det den samme.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Rekvisition " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturama.io", "kreditlys.dk", "agioflow.com", "dueslag.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(340_000);
            m.mailFrom = "b-" + sha256("plat69:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "DS-" + (30_000 + rnd.nextInt(9_000));
                headers(m, "Dueslag", "opkraevning@dueslag.dk", "idraet@herning.dk", "Opkrævning " + no + " - vikardækning i svømmehallen")
                    .text("Til " + KOMMUNE + ", Kultur og Fritid\n\nHer er opkrævningen for de livredder-vikartimer i "
                        + "Herning Svømmehal, som jeres halinspektør godkendte i oktober (64 timer). Vikarerne er ansat hos os.\n\n"
                        + "At betale " + a.gross() + " kr. senest " + dottedDay(m, 21) + ".\n\nDueslag")
                    .attach("application/pdf", "Dueslag-" + no + ".pdf", Attachments.pdf(docId(m, "ds"), "Opkrævning " + no,
                        List.of("Dueslag ApS", "Kunde: " + KOMMUNE + ", Kultur og Fritid", "Livreddervikarer oktober 2036: 64 timer",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "76000001511243"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform dueslag.dk bills approved lifeguard relief hours under its own name";
                continue;
            }
            String no = "P" + (400_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], i == 1 ? "natur@herning.dk" : "skoler@herning.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen er vedhæftet som PDF. Et svar på denne mail sendes direkte til " + s.person()
                    + ".</p><p style=\"color:#888;font-size:10px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 3), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 3, List.of(), v == 3 ? "\n\nJeg er ikke momsregistreret, derfor er der ingen moms "
                + "på regningen." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "R-" + (36_500 + rnd.nextInt(700));
        Amount a = amount(900_000);
        headers(m, "Eisbahntechnik Nord", addr(tysk), "idraet@herning.dk", "Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die Hobelmesser und Ersatzteile für "
                + "die Eisbearbeitungsmaschine im Herning Isstadion. Steuerschuldnerschaft des Leistungsempfängers.\n\nMit "
                + "freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg", "Kunde: " + KOMMUNE + ", Herning Isstadion", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "BT" + (5_200 + rnd.nextInt(700));
        headers(m, "Borås Textilvård", addr(svensk), "museum@herning.dk", "Faktura " + no + " - arkivmaterial")
            .text("Hej!\n\nBifogat finns fakturan för syrafritt silkespapper och förvaringslådor till museets textilsamling, "
                + "beställda av er konservator. Betala till kontot på fakturan.\n\nVänliga hälsningar\nEkonomi, Borås "
                + "Textilvård AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE + ", Museum", svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "IBAN för betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Istid Billing", "billing@istid.io", "idraet@herning.dk", "Your Istid invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Istid (ice-time booking for Herning Isstadion, "
                + "14 clubs and the public skating slots). It has also been delivered to your EAN " + EAN + ".\n\nTotal DKK "
                + a.gross() + "\n\nThe Istid team")
            .attach("application/pdf", "istid-invoice.pdf", Attachments.pdf(docId(m, "ist"), "Invoice",
                List.of("Istid ApS", "Customer: " + KOMMUNE, "Ice-time booking, November 2036, 14 clubs", "DKK " + a.gross())));
        genuine(m, "127.69.30.1");
        m.description = "SaaS istid.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Holdplan", "kvittering@holdplan.dk", "skoler@herning.dk", "Holdplan - betaling modtaget")
            .text("Hej\n\nTak for betalingen af jeres Holdplan-abonnement (skemalægning for 21 skoler). " + a.gross()
                + " kr. er hævet på kortet, der ender på 7713. Der skal ikke betales mere.\n\nHoldplan");
        genuine(m, "127.69.31.1");
        m.description = "SaaS holdplan.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9670", "0001533718");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@herning.dk", "Vi skifter bank pr. 1. december")
            .text("Til kreditorbogholderiet\n\nKibæk Tømrer og Snedker flytter sin forretning til den lokale andelskasse. "
                + "Fakturaer udstedt 1. december 2036 og senere betales til " + nyT + ". Ældre fakturaer betales til den konto, "
                + "der står på dem.\n\nI er velkomne til at ringe til værkstedet på det nummer, I har i forvejen, og få det "
                + "bekræftet." + signature(toemrer))
            .attach("application/pdf", "Ny-bankforbindelse.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Ny konto: " + nyT,
                    "Rasmus Lauridsen, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye hylder og skabe i personalerummet, Kibæk Skole");
        invoice(m, moved, nyT, 13, List.of("Ny konto fra 01.12.2036, jf. vores brev"), "\n\nSom skrevet tidligere har vi nu "
            + "en ny konto, og den står på fakturaen.");
        genuine(m, toemrer.ip());
        m.description = "kibaek-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "90670001548826");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Det Midtjyske Køkken, Økonomi", addr(mad), "kreditor@herning.dk", "Ændret betalingskonto fra december")
            .text("Til " + KOMMUNE + ", kreditor og Sundhed og Ældre\n\nDet Midtjyske Køkken samler fra december sine "
                + "konti i ét pengeinstitut. Fakturaer med dato fra 1. december bedes betalt til " + nyM + ". Vores gamle konto "
                + "tager imod indbetalinger frem til nytår. Et underskrevet brev om ændringen er også sendt til jeres Digital "
                + "Post.\n\nVenlig hilsen\nDet Midtjyske Køkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 18, List.of("Ny betalingskonto fra 01.12.2036"), "\n\nHusk den nye konto, som vi skrev om.");
        genuine(m, mad.ip());
        m.description = "midtjyske-koekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 22, List.of(), "");
        m.mailFrom = "SRS0=p7Qx=NR=herning-egnsavis.dk=annonce@srs.herning-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.69.28.1";
        m.helo = "srs.herning-fiber.dk";
        m.description = "herning-egnsavis.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 29, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.sunds-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 26, List.of(), "");
        relayedBy(m, "relay.sunds-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"midtjyske-bogholdere.dk", "Anette Kragh", "ak@", "Regning på gasservice til kunstværk?",
            "Hej kolleger\n\nVi har modtaget en regning for 'lovpligtigt gaseftersyn af udendørs kunst' fra et firma, vi aldrig "
                + "har handlet med. Er der andre, der har fået sådan en, og hvad gjorde I?\n\nAnette"},
            {"hede-indkoeb.dk", "Morten Lund", "mlu@", "Isstadion - advarsel om falsk faktura", "Hej alle\n\nEn skøjtehal i "
                + "nabokommunen fik en faktura for 'leje af reserve-ismaskine' med et nyt kontonummer. Den faste leverandør "
                + "kendte intet til den.\n\nMorten"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditorkredsen-midt.dk", x[3])
                .header("List-Id", "Kreditorkredsen Midt <netvaerk.kreditorkredsen-midt.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorkredsen-midt.dk", "[Kreditorkredsen] ", "\r\n--\r\nKreditorkredsen Midt - netværk for "
                + "offentlige bogholdere\r\nAfmeld: https://kreditorkredsen-midt.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"bedrageriradar.dk", "Bedrageriradar", "Kunst, is og tekstiler: svindlerne følger med i lokalavisen",
            "Falske regninger bruger nu rigtige aftalenumre for skulpturer, skøjtehaller og museumssamlinger. Slå leverandøren op "
                + "i jeres eget kartotek og ring på det nummer, før I ændrer en konto."},
            {"hede-revision.dk", "Hede Revision", "Sådan lukker I regnskabsåret uden overraskelser",
                "Gennemgå kreditorstamdata før nytår, og kræv altid to godkendere, når en leverandørs konto ændres."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl69:" + x[0]).substring(0, 14) + "@brevduen.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@herning.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs "
                    + "videre</a></p><p style=\"font-size:9px\">Du modtager denne mail, fordi du er tilmeldt. Afmeld her.</p>"
                    + "</body></html>");
            m.signers.add(x[0]);
            m.signers.add("brevduen.com");
            m.ip = "127.69.26.1";
            m.helo = "mta.brevduen.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP brevduen.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kunst og Kultur", "kultur@", "kreditor@herning.dk", "Elia og gasregningerne",
            "Hej\n\nGasanlægget i Elia passes alene af Birk Gasteknik under serviceaftalen. Alle deres regninger har "
                + "aftalenummeret på. Kommer der noget andet om skulpturens flamme, så send det til mig, før det betales.\n\n"
                + "Kunst og Kultur"},
            {"Herning Isstadion", "isstadion@", "kreditor@herning.dk", "Ismaskinen", "Hej\n\nIsmaskinen og kølanlægget "
                + "vedligeholdes af Herning Isteknik. Ekstra udkald bestiller halinspektøren selv, og de faktureres med "
                + "driftsaftalens nummer.\n\nIsstadion"},
            {"Museet", "museum@", "ledere@herning.dk", "Tekstilsamlingen", "Kære ledere\n\nKonserveringen af prøvebøger og "
                + "faner fra de gamle tekstilfabrikker bestilles kun af museet. Fakturaer om tekstiler, I ikke kender, "
                + "sender I videre til os.\n\nMuseet"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Hedebanken Erhverv", "erhverv@hedebanken.dk", "okonomi@herning.dk", "Betalingsfil modtaget")
            .text("Kære kunde\n\nI dag har vi modtaget en betalingsfil med 214 poster, som gennemføres på hovedforfaldsdagen. Se "
                + "listen i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nHedebanken");
        genuine(m, "127.69.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Midtjyllands Andelskasse", "info@midtjyllands-andelskasse.dk", "okonomi@herning.dk", "Nye priser fra januar")
            .text("Til erhvervskunderne\n\nPr. 1. januar justeres priserne på hasteoverførsler og valutabetalinger. Den "
                + "opdaterede prisliste ligger i netbanken.\n\nMidtjyllands Andelskasse");
        genuine(m, "127.69.22.1");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("elia-flame-service-invoice", true);
        invoice(m, gas, gas.account(), 6, List.of("Serviceaftale " + flameAgreement + ", efterårseftersyn",
            "Rensning af dyser, test af flammevagt og tændelektrode"), "\n\nServicerapporten er sendt til Kunst og Kultur.");
        genuine(m, gas.ip());
        m.description = "the real gas engineer invoices the autumn service of Elia's flame (RSA, no DMARC)";
        m = ok("ice-rink-resurfacing-invoice", true);
        invoice(m, is, is.account(), 9, List.of("Driftsaftale " + iceAgreement + ", november 2036",
            "Slibning af hobbelkniv, olieskift og kontrol af kølemiddel"), "\n\nLogbogen for kølanlægget ligger i maskinrummet.");
        genuine(m, is.ip());
        m.description = "the ice technician's monthly operation of the ice stadium (DKIM only, p=quarantine, DMARC pass)";
        m = ok("textile-conservation-invoice", true);
        invoice(m, tekstil, tekstil.account(), 11, List.of("Sag " + textileCase + ", rensning og montering af to faner"),
            "\n\nFanerne er hængt op igen i magasinet med ny støtte.");
        genuine(m, tekstil.ip());
        m.description = "the textile conservator invoices work on the museum's banners under her case (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Herning Isteknik", addr(is), "isstadion@herning.dk", "Ny kniv til ismaskinen - ingen merpris")
            .text("Hej Isstadion\n\nI januar skifter vi hobbelkniven på ismaskinen. Det er med i driftsaftale " + iceAgreement
                + ", så der kommer ikke en særskilt regning. Vi sender aldrig regninger for udkald, som I ikke selv har bestilt."
                + "\n\nHerning Isteknik");
        genuine(m, is.ip());
        m.description = "the ice technician announces a blade change at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Hedens Affaldsselskab I/S", "faktura@hedens-affaldsselskab.dk", "efaktura@herning.dk", "Ejerbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedhæftet er opkrævningen af ejerbidraget for fjerde kvartal. Den er ligeledes sendt "
                + "til jeres EAN-nummer.\n\nHedens Affaldsselskab I/S")
            .attach("application/pdf", "Ejerbidrag-4kv.pdf", Attachments.pdf(docId(m, "aff"), "Ejerbidrag 4. kvartal 2036",
                List.of("Hedens Affaldsselskab I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "76000001563327"))));
        genuine(m, "127.69.20.1");
        m.description = "intermunicipal waste company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Gastilsynet Midt", "tilsyn@gastilsynet-midt.dk", "kultur@herning.dk", "Stikprøve på gasinstallationer i byrummet")
            .text("Til " + KOMMUNE + "\n\nVi laver i foråret stikprøver på udendørs gasinstallationer, herunder flammen i Elia. "
                + "Vi aftaler tidspunkt med jeres servicefirma. Tilsynet er gratis for kommunen.\n\nGastilsynet Midt");
        genuine(m, "127.69.20.6");
        m.description = "authority announces a spot check, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@haandsign.dk";
        headers(m, "Herning Skøjteklub via Håndsign", "noreply@haandsign.dk", "idraet@herning.dk",
            "Til underskrift: aftale om istider")
            .header("Reply-To", "<formand@herning-skoejteklub.dk>")
            .text("Herning Skøjteklub har sendt jer 'Aftale om istider sæson 2036/37' til underskrift.\n\nÅbn dokumentet fra "
                + "jeres konto hos Håndsign.\n\nHåndsign");
        genuine(m, "127.69.32.1");
        m.description = "real e-signature request from haandsign.dk on behalf of the skating club";
        m = ok("receipt", false);
        headers(m, "Lind Isenkram", "kvittering@lind-isenkram.dk", "ejendom@herning.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n4 snespader, 2 sække vejsalt. Betalt med kommunens indkøbskort.\n\nLind Isenkram");
        genuine(m, "127.69.20.5");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Aulum Efterskole", "kontor@aulum-efterskole.dk", "okonomi@herning.dk", "Advisering om betaling")
            .text("Hej\n\nVi har i dag overført 9.800 kr. for leje af Aulum Fritidscenter til vores idrætsdag.\n\nAulum Efterskole");
        genuine(m, "127.69.20.3");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Herning Messehal", "booking@herning-messehal.dk", "kultur@herning.dk", "Ordrebekræftelse: stand på jobmessen")
            .text("Hej\n\nHermed bekræftelse på en stand på 12 m2 til jobmessen i februar. Fakturaen sendes senere til jeres EAN."
                + "\n\nHerning Messehal");
        genuine(m, "127.69.20.2");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7300010087654321"), iban("DK", "89900006543210"), bank("5301", "0004522914"),
        iban("EE", "2200221099887766"), iban("PL", "102010260000042270201111"), iban("GB", "NWBK60161331926819"),
        iban("IE", "AIBK93115212345678"), iban("NL", "RABO0123456789"), iban("DE", "370400440532013000"),
        iban("HU", "117730161111101800000000"), iban("RO", "BTRL0130120292569001"), iban("BG", "STSA93000012345678"),
        iban("CY", "002001280000001200527600"), bank("8117", "0002266150"), iban("MT", "MALT01100000000000012345678"),
        iban("SE", "50000000058398257466"), iban("LT", "1000011101001000"), iban("DK", "20000123456789")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Ny betalingsmodtager"), "", "Kære kunde\n\nSunds Fjernvarme er gået ind i et "
            + "fælles afregningsselskab med to andre varmeværker på heden. Derfor ændres modtagerkontoen straks, og "
            + "indbetalinger til den gamle konto sendes retur. Brug den konto, der står på opkrævningen her.");
        forged(m, forgedHost++);
        m.description = "forged From sunds-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 6, List.of(), "", "Hej\n\nOktobers stillingsopslag til ældreplejen og lokalplanannoncen for "
            + "Tjørring Nord er nu gjort op. Egnsavisen blev i sommer købt af et mediekoncern med hovedsæde i Manchester, og "
            + "deres regnskabsafdeling håndterer fremover alle vores kunder. Derfor skal betalingen gå til den engelske konto, "
            + "som er trykt på fakturaen. Vores gamle danske konto i Herning nedlægges ved udgangen af november, og beløb, der "
            + "lander dér, kan først sendes tilbage efter nytår.");
        forged(m, forgedHost++);
        m.description = "forged From herning-egnsavis.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"aulum-anleag.dk", entrep, "Fliserne på fortovet i Aulum bymidte er lagt, og brøndene er "
            + "spulet og godkendt af jeres vejmand. Vores tidligere pengeinstitut har opsagt samarbejdet efter en uenighed om "
            + "garantier, så firmaet har fået en ny erhvervskonto. Overfør derfor beløbet til nummeret nederst på fakturaen "
            + "og ikke til den konto, der ligger i jeres system fra tidligere opgaver."},
            {"lind-trelast.dk", byg, "Her kommer samlefakturaen for Ejendomscentrets afhentninger af "
                + "lægter, gips og skruer i lagerhallen på Lindvej. Vi er netop flyttet over på en koncernkonto hos vores nye "
                + "ejere, og den gamle trælastkonto lukker for indbetalinger i dag. Betal derfor kun til den konto, der står på "
                + "bilaget, og opdater gerne kreditorkortet, så næste måneds faktura også rammer rigtigt."},
            {"hammerum-el-service.dk", el, "LED-armaturerne over banerne i Hammerum Hallen hænger nu, og "
                + "kablerne er trukket i nye bakker under loftet. I samme ombæring har vores nye revisor ryddet op i firmaets "
                + "bankforhold, så alle kunder fremover betaler til én fælles konto. Den står i den vedhæftede PDF, og den "
                + "gamle konto på jeres kartotekskort skal ikke bruges længere."},
            {"midtjysk-rengoring-herning.dk", rengoer, "Vedhæftet er opkrævningen for rengøringen af Rådhuset, Jobcentret "
                + "og Lind Skole i den forløbne måned. Efter en fejl i vores løn- og økonomisystem har banken givet os et nyt "
                + "kontonummer, som står på opkrævningen. Gem venligst det nye nummer i jeres kreditorkartotek, så "
                + "medarbejdernes løn ikke bliver forsinket."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(11), 5, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Proffafdelingen sender hermed novemberfakturaen. Vær opmærksom på, at kontooplysningerne er nye og gælder fra "
                + "denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as lind-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens kontor", "sekretariat@" + d, "kreditor@herning.dk", "Fortroligt: deponering i dag")
            .text("Hej\n\nI aftes gav borgmesteren en grundejer i Hammerum sit ord på, at kommunen køber arealet vest for "
                + "Messecentret til den nye idrætspark. En hollandsk projektudvikler står klar med et højere bud, så sælgers "
                + "advokat vil have 420.000 kr. deponeret som sikkerhed på " + mule(14) + " inden middag, ellers går grunden "
                + "til hollænderne. Købsaftalen og skødet følger, når byrådet har behandlet sagen på et lukket møde. Indtil da "
                + "må sagen ikke drøftes med kolleger eller nævnes i journalen.\n\nBorgmesterens kontor");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as our municipality: secret land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Fakturama", "betaling@fakturama-herning.dk", "natur@herning.dk",
            "Påmindelse: faktura ikke betalt")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig ubetalt, "
                + "og der pålægges et gebyr i nat. Betal hurtigt og sikkert med kort her:</p><p><a href=\"https://"
                + "fakturama-herning.dk/b/" + sha256("fk69").substring(0, 18) + "\">Betal nu</a></p><p>Fakturama</p>"
                + "</body></html>");
        ownedBy(m, "fakturama-herning.dk");
        m.description = "look-alike of the platform fakturama.io: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Kreditlys", "info@kreditlys-sunds.com", "natur@herning.dk", smed.name() + " - ny faktura")
            .text("Goddag\n\nSmedien i Ørnhøj har fra denne måned overladt al fakturering og opkrævning til Kreditlys, så "
                + "Carsten kan passe værkstedet. Beløbet på den vedhæftede faktura for rækværket ved shelterpladsen skal "
                + "derfor sættes ind på vores fælles klientkonto " + mule(15) + ". Betaler I direkte til smedien, bliver "
                + "pengene returneret, og der kan blive lagt gebyr på.\n\nVenlig hilsen\nKreditlys, kundeteamet")
            .attach("application/pdf", "kreditlys-" + (4_400 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("kreditlys-sunds.com", mule(15)), "Faktura", "KL-" + (9_100 + rnd.nextInt(700)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Kreditlys")));
        ownedBy(m, "kreditlys-sunds.com");
        m.description = "look-alike of kreditlys.dk: the smithy's invoice 'assigned' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, kontor, mule(16), 7, List.of("Betales til factoringselskab"), "", "Vi har skrevet under på en factoringaftale med "
            + "et finansieringshus, der fremover køber vores fakturaer, og derfor skal denne betales til " + mule(16)
            + " i stedet for til Herning Kontorforsyning. Jeg står på kontormessen i Fredericia resten af ugen og kan "
            + "ikke tage telefonen mellem kunderne, så skriv endelig her, hvis der er spørgsmål til papir- og blækordren.");
        genuine(m, kontor.ip());
        m.description = "compromised real mailbox of herning-kontorforsyning.dk (DKIM, p=none): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@herning.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn lille rettelse til fakturaen nedenfor om skolernes net og Chromebooks: vores bank har lagt en "
                + "midlertidig spærring på driftskontoen, mens de gennemgår firmaets papirer efter et ejerskifte. Derfor skal "
                + "de " + p.amount().gross() + " kr. i denne omgang sendes til " + mule(17) + ", som er vores "
                + "mellemregningskonto. Næste måneds faktura betales som vanligt, og I behøver ikke ændre noget i "
                + "kreditorkartoteket.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of hedens-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "kibaek-tomrer.dk"}, {mad, "midtjyske-koekken-herning.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@herning.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nTusind tak for at I tog jer af faktura " + p.no() + " (" + p.amount().gross() + " kr.) så "
                    + "hurtigt. Før pengene sendes: vores bogholder har opdaget, at der står et gammelt kontonummer på den. "
                    + "Overfør i stedet til " + mule(i + 3) + " og skriv lige tilbage, når I har rettet det.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "okonomi@herning.dk", "Tilskud til koncert - haster")
            .text("Hej\n\nJeg har lovet arrangørerne af julekoncerten i Boxen et tilskud på 175.000 kr., og de skal bruge pengene "
                + "i dag for at betale lyd og lys. Overfør dem til " + mule(7) + ". Jeg er til møde i København hele dagen, så "
                + "send bare en kort mail, når det er sket.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged herning.dk (p=reject) from outside: the mayor's urgent concert grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomidirektøren", "oekonomidirektoer@" + OWN, "kreditor@herning.dk", "Ny konto for Tjørring VVS")
            .text("Hej\n\nIndehaveren af Tjørring VVS ringede til mig i morges, fordi de er skiftet til en tysk bank efter "
                + "et opkøb. Han var ked af, at sidste betaling var gået til den gamle konto. Ret deres stamdata til "
                + mule(8) + ", før eftermiddagens betalingskørsel går, og giv mig besked bagefter. Du skal ikke ringe til "
                + "firmaet, jeg har allerede talt med dem og godkendt ændringen.\n\nØkonomidirektøren");
        forged(m, forgedHost++);
        m.description = "forged herning.dk: 'finance director' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.herning@gmail.com", "okonomi@herning.dk", "Har du to minutter?")
            .text("Hej\n\nEr du på kontoret i eftermiddag? Jeg sidder i bestyrelsesmøde i Viborg med regionens "
                + "kommunaldirektører, og min arbejdstelefon ligger hjemme. Der er opstået en fortrolig sag om en betaling, "
                + "som skal klares i dag, uden at den går gennem den almindelige godkendelse i økonomisystemet. Skriv til mig "
                + "her på min private adresse, så får du beløb og modtager.\n\nSendt fra min mobil");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmesteren", "borgmester.herning@outlook.com", "indkob@herning.dk", "En tjeneste")
            .text("Hej\n\nDe frivillige fra festivalen ved Sunds Sø har knoklet hele sommeren, og jeg vil overraske dem "
                + "ved julefrokosten i aften. Kan du købe 15 digitale gavekort til 1.000 kr. stykket i en webshop og skrabe "
                + "koderne fri? Send mig et billede af dem her inden kl. 14. Jeg lægger selv ud og afregner med "
                + "sekretariatet, når jeg er tilbage på rådhuset.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Kjeldsen", "mette.kjeldsen.hrn@gmail.com", "lon@herning.dk", "Skift af konto til løn")
            .text("Hej Løn\n\nJeg arbejder som social- og sundhedshjælper i nattevagten på Solgården. Min bank har lukket min "
                + "konto ved en fejl, så jeg har åbnet en ny i en app-bank, og lønnen skal gå dertil fra næste måned: "
                + mule(0) + ". Jeg kan ikke logge på personaleportalen hjemmefra, så vil I ikke ændre det for mig? På "
                + "forhånd tak.\n\nMette Kjeldsen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a care worker";
        m = bad("payroll-account-change");
        headers(m, "Kasper Mølgaard", "kasper.moelgaard.sunds@hotmail.com", "lon@herning.dk", "Ny lønkonto")
            .text("Hej\n\nJeg er pedel på Sunds Skole og flytter til Irland efter jul, så jeg har fået en irsk konto. Sæt "
                + "venligst lønnen ind på " + mule(6) + " allerede fra december.\n\nHilsen Kasper");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Herning Inkasso", "sag@herning-inkasso.dk", "kreditor@herning.dk", "Inkassovarsel - " + inkasso[i].name())
                .text("Til " + KOMMUNE + ", kreditorafdelingen\n\nVores klient " + inkasso[i].name() + " har overgivet "
                    + "faktura " + p.no() + " på " + p.amount().gross() + " kr. til os, fordi to rykkere er forblevet "
                    + "ubesvarede. Vi gør opmærksom på, at hovedstol, renter og et inkassogebyr på 500 kr. nu skal indbetales "
                    + "samlet på vores klientkonto " + mule(i + 9) + " senest på torsdag. Betaling direkte til klienten "
                    + "afbryder ikke sagen. Modtager vi ikke pengene, indgiver vi betalingspåkrav hos fogedretten i Herning "
                    + "og anmelder kommunen til et kreditoplysningsbureau.\n\nHerning Inkasso, retsafdelingen");
            ownedBy(m, "herning-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv Support", "support@mitid-herning.com", "it@herning.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Kære administrator</p><p>Jeres organisations MitID Erhverv mangler en årlig validering. Bliver "
                + "den ikke udført inden 24 timer, spærres alle medarbejderes adgang i " + KOMMUNE + ".</p><p><a href=\"https://"
                + "mitid-herning.com/valider\">Valider nu</a></p></body></html>");
        ownedBy(m, "mitid-herning.com");
        m.description = "fake MitID Erhverv validation with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-vildbjerg.com", "okonomi@herning.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt en afgørelse om for meget udbetalt "
                + "momskompensation for tredje kvartal. Afgørelsen skal åbnes af en person med fuldmagt inden fredag, ellers "
                + "pålægges der renter fra forfaldsdagen.</p><p><a href=\"https://digitalpost-vildbjerg.com/laes\">Åbn "
                + "meddelelsen</a></p><p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-vildbjerg.com");
        m.description = "fake Digital Post notice with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "noreply@nemhandel-gjellerup.net", "efaktura@herning.dk", "Jeres EAN-lokationsnummer deaktiveres")
            .text("Til " + KOMMUNE + "\n\nVed vores årlige kontrol er EAN " + EAN + " markeret som inaktiv. Uden en bekræftelse "
                + "inden 48 timer afvises alle indgående e-fakturaer. Bekræft registreringen på "
                + "https://nemhandel-gjellerup.net/ean med MitID.\n\nNemHandel Support");
        ownedBy(m, "nemhandel-gjellerup.net");
        m.description = "fake NemHandel EAN deactivation with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Herning P-kontrol", "afgift@herning-parkering.dk", "teknik@herning.dk", "Parkeringsafgift - Messecentret")
            .html("<html><body><p>Kære bilejer</p><p>Under vores runde på pladsen ved Messecentret i Herning blev en varevogn "
                + "med kommunens logo registreret uden gyldig parkeringsbillet eller tilladelse i forruden. Kontrolafgiften er "
                + "på 760 kr. Den betales nemmest med mobilen ved at scanne koden herunder inden fem hverdage. Efter fristen "
                + "sendes sagen videre med et ekspeditionsgebyr.</p><p><img src=\"cid:qr\" alt=\"QR\"></p>"
                + "<p>Herning P-kontrol</p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "herning-parkering.dk");
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice Opdatering", "kontakt@hammerum-betaling.net", "okonomi@herning.dk",
            "Jeres faste aftaler stopper")
            .html("<html><body><p>Jeres tilmeldinger til faste betalinger skal bekræftes igen efter bankernes systemskifte. "
                + "Scan koden med telefonen for at beholde dem.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "bekraeft.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "hammerum-betaling.net");
        m.description = "QR code for 're-confirming direct debits'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "kontor@midtjysk-rengoring-herning.dk", "kreditor@herning.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVores PDF'er bliver åbenbart stoppet af jeres filter, så fakturaen er lagt i en zip-fil. Bemærk at "
                + "kontoen er ændret.\n\nKontoret")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("midtjysk-rengoring-herning.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "midtjysk-rengoring-herning.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of midtjysk-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "vaerksted@tjoerring-vvs.net", "kreditor@herning.dk", "Fakturaer november")
            .text("Hej\n\nVi har samlet alle novemberfakturaerne for vandvarmerne og blandingsbatterierne på Tjørring Skole i "
                + "et komprimeret 7z-arkiv, fordi jeres mailserver afviste de store filer sidste gang. Pak arkivet ud med et "
                + "almindeligt program. Husk, at vi er skiftet til en ny bank i Flensborg, så kontonummeret i fakturaen er "
                + "det eneste gyldige.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("tjoerring-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "tjoerring-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of tjoerring-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@herning-kontorforsyning.net", "indkob@herning.dk", "Ordrebekræftelse og faktura, papir")
            .text("Hej Indkøb\n\nFor at spare papir har vi samlet ordrebekræftelsen og fakturaen for kopipapiret til "
                + "Rådhuset og skolerne i ét Word-dokument. Dokumentet er beskyttet, så prislisten kun vises for jer: klik "
                + "først på den gule bjælke og derefter på knappen, der tillader indholdet. Ellers står siderne tomme, og "
                + "tallene kan ikke læses.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Indholdet vises, når makroer er aktiveret.", true));
        ownedBy(m, "herning-kontorforsyning.net");
        m.description = "macro-enabled .docm from a look-alike of herning-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "fakturering@hedens-it-herning.net", "it@herning.dk", "Oversigt over Chromebooks")
            .text("Hej IT\n\nI regnearket finder I vores opgørelse over Chromebooks, opladere og administrationslicenser "
                + "til mellemtrinnet på kommunens skoler, fordelt skole for skole. Summerne beregnes af et lille program i "
                + "arket, så I skal tillade makroer, når filen åbnes i Excel. Vær opmærksom på, at betalingen skal gå til "
                + "vores nye konto, som står nederst i arket.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebook_oversigt.xlsm", Attachments.excel(List.of(
                "Oversigt Chromebooks november 2036", "Chromebook og licens 380 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "hedens-it-herning.net");
        m.description = "macro-enabled .xlsm from a look-alike of hedens-it.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "bo@gjellerup-malerforretning.dk", "ejendom@herning.dk", "Regning Solgården")
            .text("Hej\n\nJeg har taget et billede af regningen, fordi printeren er død. Den nye konto står nederst.\n\nBo")
            .attach("image/jpeg", "IMG_5521.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "gjellerup-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of gjellerup-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "peter@soervad-vognmand.net", "teknik@herning.dk", "Faktura grus og snerydning")
            .text("Hej\n\nFakturaen for grus og snerydning ved Sørvad er indscannet og vedhæftet. Vi har fået ny konto, den står "
                + "på scanningen.\n\nPeter")
            .attach("application/pdf", "Scan_2211.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "soervad-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of soervad-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Kundeservice", "ordre@herning-ordreservice.com", "indkob@herning.dk", "Ordre 61190 er godkendt")
            .text("Goddag\n\nVi bekræfter hermed jeres bestilling af tolv laserprojektorer med loftbeslag til mødelokalerne "
                + "på Rådhuset og i Jobcentret, i alt 118.440 kr. ekskl. moms. Varerne pakkes på lageret i aften og køres "
                + "ud i morgen formiddag, og beløbet trækkes samtidig via jeres indkøbsaftale. Kan I ikke genkende "
                + "bestillingen, skal den stoppes ved at ringe til vores ordrelinje på 78 77 31 02 i dag inden kl. 17, da "
                + "mailen ikke overvåges.\n\nKundeservice");
        ownedBy(m, "herning-ordreservice.com");
        m.description = "callback scam: fake projector order, 'call to cancel'";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kb@aulum-anlaeg.net", "efaktura@herning.dk", "E-faktura " + no + " som fil")
            .text("Hej\n\nVi er skiftet til et nyt fakturaprogram, der endnu ikke kan sende gennem NemHandel, så e-fakturaen er "
                + "vedhæftet. Betalingskontoen i filen er ny.\n\n" + entrep.name())
            .attach("application/xml", "e-faktura-" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "HK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "aulum-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "fakturering@hedens-it-herning.net", "efaktura@herning.dk", "OIOUBL " + no)
            .text("Vedhæftet OIOUBL-fil for november. Vi har skiftet pengeinstitut, og de nye bankoplysninger står i filen.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "HK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "hedens-it-herning.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of hedens-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Håndsign", "dokument@haandsign-timring.dk", "idraet@herning.dk", "Herning Skøjteklub afventer din signatur")
            .html("<html><body><p>Du er inviteret til at signere 'Tillæg til aftale om istider - betaling'. Invitationen udløber "
                + "i aften.</p><p><a href=\"https://haandsign-timring.dk/d/" + sha256("hs69").substring(0, 16) + "\">Åbn og "
                + "signér</a></p></body></html>");
        ownedBy(m, "haandsign-timring.dk");
        m.description = "fake e-signature request imitating haandsign.dk and the skating club";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "signering@feldborg-esign.net", "ejendom@herning.dk", "Forpagtningsaftale til signatur")
            .html("<html><body><p>Hej</p><p>Et dokument er delt med jer til digital underskrift: 'Forpagtning af "
                + "engarealerne ved Feldborg Plantage 2037-2041'. Afsenderen har bedt om, at aftalen signeres inden "
                + "fredag, så græsningen kan planlægges. Af sikkerhedshensyn skal I bekræfte jeres identitet med "
                + "mailadressen og adgangskoden fra jobbet, før dokumentet åbnes.</p><p><a href=\"https://feldborg-esign.net/login\">"
                + "Se dokumentet</a></p><p>Dokumentdeling</p></body></html>");
        ownedBy(m, "feldborg-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@haderup-turistfart.net", "kreditor@herning.dk", "Betaling af " + p.no() + " i to dele")
            .text("Hej\n\nHaderup Turistfart er midt i et bankskifte, og vores gamle konto har fået en grænse for, hvor store "
                + "beløb den kan modtage i resten af måneden. Vi beder jer derfor om at dele betalingen af faktura " + p.no()
                + " for skolebussen (" + p.amount().gross() + " kr.) i to: den ene halvdel til den konto, I plejer at "
                + "bruge, og den anden halvdel til vores nye forretningskonto " + mule(9) + ". Fra januar kører alt over "
                + "den nye konto.\n\nKørselskontoret");
        ownedBy(m, "haderup-turistfart.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@tjoerring-vvs-aps.dk", "kreditor@herning.dk", "Angående faktura " + p.no())
            .text("Hej\n\nDet gælder faktura " + p.no() + " for vandvarmerne på skolen. Vores revisor har bedt os holde "
                + "indbetalingerne på driftskontoen under et bestemt beløb, indtil årsregnskabet er lukket, så kun 25.000 "
                + "kr. skal gå den sædvanlige vej. Resten overføres til vores opsparingskonto i Rumænien, " + mule(10)
                + ", hvor vi også betaler leverandøren af varmtvandsbeholderne. Skriv endelig, hvis noget er uklart.\n\n"
                + "Værkstedet");
        ownedBy(m, "tjoerring-vvs-aps.dk");
        m.description = "split payment on Tjørring VVS's real wave-1 invoice";

        // domain-renewal-invoice
        m = bad("domain-renewal-invoice");
        headers(m, "Domæneservice", "fornyelse@herning-domaeneservice.com", "it@herning.dk", "Fornyelse af herning.dk udløber")
            .text("Til domæneansvarlig\n\nRegistreringen af herning.dk og tilknyttede søgeoptimeringstjenester udløber om fem "
                + "dage. Forny for tre år ved at betale 6.450 kr. til " + mule(4) + " med domænenavnet som tekst. Efter "
                + "udløb kan domænet blive købt af andre.\n\nDomæneservice");
        ownedBy(m, "herning-domaeneservice.com");
        m.description = "fake domain renewal for our own domain";

        // fake-voicemail-notification
        m = bad("fake-voicemail-notification");
        headers(m, "Telefonsystem", "voicemail@lind-telefoni.net", "kreditor@herning.dk", "Ny talebesked (0:48) om faktura")
            .html("<html><body><p>Hej</p><p>Kreditorafdelingens fællesnummer har modtaget en talebesked, som ikke kunne "
                + "leveres til telefonen. Opkaldet kom fra en leverandør, der efterspørger svar om en ubetalt regning, og "
                + "beskeden er markeret som vigtig.</p><p>Længde 48 sekunder</p><p><a href=\"https://lind-telefoni.net/afspil/"
                + sha256("vm69").substring(0, 14) + "\">Lyt til beskeden</a> - for at beskytte opkaldene skal du logge ind "
                + "med din arbejdsmail.</p><p>Lind Telefoni, omstillingen</p></body></html>");
        ownedBy(m, "lind-telefoni.net");
        m.description = "fake voicemail notification leading to a login page";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-elia-flame-service-invoice
        M m = bad("fake-elia-flame-service-invoice");
        invoice(m, gas.posing("birk-gasteknik-herning.dk", gas.account()), mule(0), 10,
            List.of("Serviceaftale " + flameAgreement + ", udkald uden for aftale"), "", "Flammen i Elia gik ud under "
                + "lørdagens arrangement ved Birk, og vores montør skiftede tændelektroden og en magnetventil om søndagen, så "
                + "skulpturen kunne brænde igen. Udkaldet ligger uden for serviceaftalen. Firmaet har fået ny ejer og dermed ny "
                + "bank, så beløbet skal gå til kontoen på fakturaen.");
        ownedBy(m, "birk-gasteknik-herning.dk");
        m.description = "look-alike of the real gas engineer cites the real agreement, 'Sunday call-out', new account (LT IBAN)";
        m = bad("fake-elia-flame-service-invoice");
        headers(m, "Haderup Gasservice", "kontor@haderup-gasservice.dk", "kultur@herning.dk", "Gassikkerhedsattest for Elia")
            .text("Til Kunst og Kultur\n\nFra nytår skal udendørs gasflammer på offentlige kunstværker have en ny årlig "
                + "sikkerhedsattest. Vi har udført målingerne på Elia og udsteder attesten, så snart gebyret på 18.750,00 kr. "
                + "inkl. moms er betalt til " + mule(5) + ". Uden attest skal gassen lukkes.\n\nHaderup Gasservice");
        ownedBy(m, "haderup-gasservice.dk");
        m.description = "unknown firm bills a 'mandatory safety certificate' for Elia's flame (GB IBAN)";
        m = bad("fake-elia-flame-service-invoice");
        headers(m, "Ørnhøj Brændere", "salg@oernhoej-braendere.dk", "teknik@herning.dk", "Ordre: brænderdyse til skulptur")
            .text("Hej\n\nTak for jeres henvendelse om en ny hoveddyse til brænderen i Elia. Den er specialfremstillet og skal "
                + "bestilles hjem fra Italien. Vi skal have 60 % af prisen, 23.100 kr., indbetalt på " + mule(4) + " inden "
                + "fredag, før ordren sættes i gang.\n\nØrnhøj Brændere");
        ownedBy(m, "oernhoej-braendere.dk");
        m.description = "'your enquiry' for a burner nozzle for Elia, 60 % paid in advance (PL IBAN)";

        // fake-ice-rink-resurfacing-invoice
        m = bad("fake-ice-rink-resurfacing-invoice");
        invoice(m, is.posing("herning-isteknik.com", is.account()), mule(9), 14,
            List.of("Driftsaftale " + iceAgreement + " - akut udkald"), "", "Kølanlægget i Isstadion gav trykalarm fredag aften "
                + "før kampen, og vores tekniker skiftede en pakning på kompressoren og fyldte kølemiddel på, så isen holdt. "
                + "Akutudkaldet er ikke dækket af driftsaftalen og skal betales med det samme. Vi har ny konto, som fremgår af "
                + "opkrævningen.");
        ownedBy(m, "herning-isteknik.com");
        m.description = "look-alike of the ice technician cites the real agreement, 'compressor alarm', new account (HU IBAN)";
        m = bad("fake-ice-rink-resurfacing-invoice");
        headers(m, "Kibæk Ismaskiner", "udlejning@kibaek-ismaskiner.dk", "idraet@herning.dk", "Faktura: leje af reserve-ismaskine")
            .text("Hej Isstadion\n\nMens jeres egen ismaskine var på værksted, stod vores reservemaskine hos jer i elleve dage "
                + "efter aftale med halinspektøren. Lejen inkl. transport udgør 31.250,00 kr. inkl. moms og forfalder om fire "
                + "dage. Indbetal til " + mule(10) + ".\n\nKibæk Ismaskiner")
            .attach("application/pdf", "leje-ismaskine.pdf", Attachments.pdf(docId(m, "ism"), "Faktura leje af ismaskine",
                List.of("Kibæk Ismaskiner", "Reserve-ismaskine, 11 døgn inkl. transport", "Total inkl. moms 31.250,00",
                    "Indbetaling " + mule(10))));
        ownedBy(m, "kibaek-ismaskiner.dk");
        m.description = "unknown firm bills a 'replacement resurfacer rental' nobody ordered (RO account)";
        m = bad("fake-ice-rink-resurfacing-invoice");
        headers(m, "Sunds Istid", "booking@sunds-istid.dk", "idraet@herning.dk", "Istykkelsesmåling og banemaling - forudbetaling")
            .text("Hej\n\nFør sæsonstart skal isen i hallen måles og linjerne males op efter de nye forbundsregler. Vi har "
                + "reserveret et hold til næste uge. Arbejdet koster 19.400 kr. og betales forud til " + mule(11) + ", før vi "
                + "kommer ud.\n\nSunds Istid");
        ownedBy(m, "sunds-istid.dk");
        m.description = "'new federation rules': ice measurement and line painting paid in advance (BG IBAN)";

        // fake-textile-collection-conservation-invoice
        m = bad("fake-textile-collection-conservation-invoice");
        invoice(m, tekstil.posing("vildbjerg-tekstilkonservering.com", tekstil.account()), mule(13), 15,
            List.of("Sag " + textileCase + " - møllebehandling"), "", "Ved sidste besøg i magasinet fandt jeg spor af møl i "
            + "to af prøvebøgerne under sag " + textileCase + ", og jeg har derfor frysebehandlet hele kassen med det samme, "
            + "før det spredte sig. Fakturaen er vedhæftet. Beløbet bedes overført til min nye erhvervskonto inden fredag.");
        ownedBy(m, "vildbjerg-tekstilkonservering.com");
        m.description = "look-alike of the conservator cites the real case, 'moth freezing', new DK account";
        m = bad("fake-textile-collection-conservation-invoice");
        headers(m, "Timring Tekstilpleje", "post@timring-tekstilpleje.dk", "museum@herning.dk", "Opbevaring af faner og tæpper")
            .text("Hej Museum\n\nVi har siden sommer opbevaret jeres faner og vævede tæpper fra fabrikkerne i vores klimarum. "
                + "Lejen for halvåret, 27.500,00 kr., skal betales til " + mule(14) + ", før vi kan udlevere genstandene til "
                + "jer igen.\n\nTimring Tekstilpleje");
        ownedBy(m, "timring-tekstilpleje.dk");
        m.description = "unknown firm holds the museum's banners 'in storage' until paid (MT IBAN)";
        m = bad("fake-textile-collection-conservation-invoice");
        headers(m, "Feldborg Væveværksted", "ordre@feldborg-vaevevaerksted.dk", "kultur@herning.dk",
            "Rekonstruktion af byfane - bekræftelse")
            .text("Hej\n\nTak for forespørgslen om en vævet kopi af den gamle byfane til rådhusets jubilæum. Vævestolen er "
                + "reserveret til januar. Som bekræftelse betales halvdelen, 21.000 kr., forud til " + mule(1) + ".\n\n"
                + "Feldborg Væveværksted");
        ownedBy(m, "feldborg-vaevevaerksted.dk");
        m.description = "'your enquiry' for a woven replica of the town banner, half paid in advance (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus69().generate(), List.of(
            "# Herning Kommune, Økonomi: invoice checks (sixty-ninth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=sunds-fjernvarme.dk aulum-anlaeg.dk birk-gasteknik.dk herning-isteknik.dk "
                + "vildbjerg-tekstilkonservering.dk kibaek-toemrer.dk gjellerup-maler.dk midtjysk-rengoering.dk "
                + "herning-egnsavis.dk soervad-vognmand.dk hammerum-elservice.dk tjoerring-vvs.dk midtjyske-koekken.dk "
                + "lind-traelast.dk hedens-it.dk haderup-turistfart.dk herning-kontorforsyning.dk",
            "invoice.domains.platforms=fakturama.io kreditlys.dk agioflow.com dueslag.dk",
            "invoice.names.protected=Herning Kommune"));
    }
}
