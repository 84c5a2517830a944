package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The thirty-first held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Kerteminde Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, roads and environment,
 * schools, day care, elderly care, culture, property service, job centre, harbour, planning and IT mailboxes) with fifteen
 * listed suppliers from Kerteminde, Munkebo, Langeskov, Ullerslev, Mesinge, Martofte, Revninge, Agedrup and Hindsholm in
 * every DNS posture real Danish firms have (two sending through a Kerteminde web hoster named in their SPF), four invoicing
 * platforms ({@code airwallex.com}, {@code factofly.com}, {@code finom.co}, {@code mollie.com}), a local savings bank that
 * also reports the loans the municipality guarantees, the regional museum's archaeology unit, a school-camp centre, an
 * intermunicipal waste company, a lawyer, a Swedish jetty builder, a German playground maker, a Norwegian aquarium-technics
 * firm, SaaS, an auditor, an e-signature service, three authorities, a creditor list, forwarders (with and without SRS),
 * free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices,
 * e-invoice XML with a changed account, fake e-signatures) and three kinds new here: a "museum" or "field archaeologist"
 * who wants the statutory archaeological survey before a building project prepaid to a new account
 * (fake-archaeology-survey-invoice), a "lender" or its "lawyer" who calls a municipal loan guarantee for a club or hall and
 * wants the guaranteed sum paid at once (fake-municipal-guarantee-call) and a "school-camp operator" or "tour operator" who
 * wants the deposit for a class trip paid to an account of his own by tomorrow (fake-school-trip-deposit). The invoice
 * engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written.
 * {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice, credit note, reminder, collection
 * demand for a real debt, intermunicipal, platform, e-invoice XML, foreign, SaaS, archaeology or school-trip invoice) and
 * its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus31GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus31 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout31");
    public static final String OWN = "kerteminde.dk";
    static final String FRAUD_NET = "127.179.";
    private static final String OWN_IP = "127.171.0.1";
    private static final String EAN = "5798000412877";
    private static final String RAADHUS = "Hans Schacks Vej 4, 5300 Kerteminde";
    /** A Kerteminde web hoster whose outgoing server two listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.176.9.1";
    private static final String GMAIL = "127.178.1.1";
    private static final String MSFT = "127.178.2.1";
    private static final String YAHOO = "127.178.3.1";
    private static final String APPLE = "127.178.5.1";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M", DA);

    private final Random rnd = new Random(31_0031_5300L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 30;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2032, 8, 30, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2032, 9, 27, 7, 45, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Langeskov Varmeværk a.m.b.a.", "langeskov-varmevaerk.dk", "Kundeservice",
        "kundeservice", "127.172.1.1", iban("DK", "07550001928374"), "fjernvarme til Langeskov Skole, Langeskov Hallen og Børnehuset Spiren");
    private final Supplier entrep = new Supplier("Munkebo Anlæg & Belægning A/S", "munkebo-anlaeg.dk", "Rasmus Kjær", "rk",
        "127.172.2.1", bank("0755", "3301847625"), "ny fortovsbelægning og kantsten, Langegade i Kerteminde");
    private final Supplier kloak = new Supplier("Hindsholm Kloakservice ApS", "hindsholm-kloak.dk", "Thomas Lund", "thomas",
        HOSTER_IP, bank("6860", "1170254398"), "TV-inspektion og spuling af skoleledninger, Hindsholmskolen");
    private final Supplier toemrer = new Supplier("Mesinge Tømrerforretning ApS", "mesinge-toemrer.dk", "Jens Krogh", "jk",
        "127.172.4.1", bank("0755", "3304418297"), "udskiftning af tagrender og stern, Mesinge Børnehus");
    private final Supplier maler = new Supplier("Revninge Malerservice v/ Henrik Bro", "revninge-maler.dk", "Henrik Bro", "henrik",
        "127.172.5.1", bank("9560", "0002218474"), "malerbehandling af seks klasselokaler, Nymarkskolen");
    private final Supplier rengoer = new Supplier("Kerteminde Rengøringsselskab ApS", "kerteminde-rengoering.dk", "Bogholderiet",
        "bogholderi", "127.172.6.1", bank("6860", "1172903365"), "daglig rengøring af Rådhuset og Kerteminde Bibliotek");
    private final Supplier avis = new Supplier("Kerteminde Lokalnyt", "kerteminde-lokalnyt.dk", "Annoncesalget", "annonce",
        "127.172.7.1", iban("DK", "20009034418265"), "annoncer: høring om havneplanen og to stillingsopslag");
    private final Supplier vognmand = new Supplier("Ullerslev Vognmandsforretning ApS", "ullerslev-vognmand.dk", "Karsten Holm",
        "karsten", "127.172.8.1", bank("0755", "3309921746"), "kørsel med stabilgrus og muld, Ullerslev Idrætscenter");
    private final Supplier el = new Supplier("Martofte El-service ApS", "martofte-el.dk", "Ole Friis", "ole", HOSTER_IP,
        bank("9560", "0002291837"), "ny LED-belysning og nødlys, Hindsholm Plejecenter");
    private final Supplier vvs = new Supplier("Agedrup VVS & Energi ApS", "agedrup-vvs.dk", "Kontoret", "kontor",
        "127.172.10.1", bank("6860", "1174418820"), "service på varmepumper i fire daginstitutioner");
    private final Supplier mad = new Supplier("Munkebo Madservice A/S", "munkebo-madservice.dk", "Munkebo Madservice, Kundecenter",
        "kundecenter", "127.172.11.1", iban("DK", "30000011862047"), "mad til hjemmeboende ældre i Munkebo, Kerteminde og Langeskov");
    private final Supplier byg = new Supplier("Kerteminde Trælast A/S", "kerteminde-traelast.dk", "Erhvervsafdelingen", "erhverv",
        "127.172.12.1", iban("DK", "07550003310592"), "byggematerialer til Ejendomsservice, rammeaftale 2032");
    private final Supplier it = new Supplier("Langeskov IT-Service ApS", "langeskov-itservice.dk", "Fakturering, Langeskov IT-Service",
        "faktura", "127.172.13.1", bank("9560", "0002307712"), "drift af skolernes trådløse net og 60 elev-Chromebooks");
    private final Supplier bus = new Supplier("Hindsholm Busser ApS", "hindsholm-busser.dk", "Kørselskontoret", "koersel",
        "127.172.14.1", bank("0755", "3312004588"), "svømmekørsel og lejrskoletransport for skolerne");
    private final Supplier kontor = new Supplier("Kerteminde Kontorforsyning ApS", "kerteminde-kontorforsyning.dk", "Ordrekontoret",
        "ordrer", "127.172.15.1", iban("DK", "20009035520417"), "kopipapir, toner og arkivæsker til Rådhuset");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Agedrup Smedie v/ Bo Lauridsen", "agedrup-smedie.dk", "Bo Lauridsen", "bo",
        "127.173.3.1", bank("6860", "1176630154"), "nyt gelænder ved rampen, Langeskov Bibliotek");
    private final Supplier havn = new Supplier("Kerteminde Bådebyggeri ApS", "kerteminde-baadebyggeri.dk", "Peter Smed", "peter",
        "127.173.1.1", bank("0755", "3316620941"), "reparation af træbroen i Kerteminde Lystbådehavn");
    private final Supplier skadedyr = new Supplier("Rynkeby Skadedyrsservice", "rynkeby-skadedyr.dk", "Lise Dam", "lise",
        "127.173.2.1", bank("9560", "0002345129"), "rottesikring ved Munkebo genbrugsplads");
    private final Supplier natur = new Supplier("Kertinge Nor Naturpleje v/ Sofie Damm", "kertinge-naturpleje.dk", "Sofie Damm",
        "sofie", "127.173.4.1", bank("6860", "1179041276"), "rydning af tjørn og nyt hegn, Kertinge Nor");
    private final Supplier guide = new Supplier("Vikingefortæller Anders Ravn", "gmail.com", "Anders Ravn", "anders.ravn.fortaeller",
        GMAIL, bank("0755", "3319927403"), "vikingedag for 4. årgang ved Ladbyskibet");
    private final Supplier tolk = new Supplier("Ahmad Karimi Tolkning", "outlook.com", "Ahmad Karimi", "ahmad.karimi.tolk",
        MSFT, bank("9560", "0002367018"), "tolkning arabisk-dansk, Jobcenter Kerteminde, 3 samtaler");
    private final Supplier musik = new Supplier("Trio Nordstrand v/ Mette Lau", "icloud.com", "Mette Lau", "mette.lau.musik",
        APPLE, bank("6860", "1181150339"), "høstfestmusik på Munkebo Plejecenter");
    private final Supplier pudser = new Supplier("Langeskov Vinduespolering v/ Dennis Ahl", "hotmail.com", "Dennis Ahl",
        "dennis.ahl.vinduer", MSFT, bank("0755", "3321175062"), "vinduespolering, Langeskov Bibliotek og Børnehuset Regnbuen");
    private final Supplier motion = new Supplier("Seniordans v/ Grethe Winther", "yahoo.com", "Grethe Winther",
        "grethe.winther.dans", YAHOO, bank("9560", "0002389564"), "seniordans i Aktivitetscentret i Kerteminde, 6 gange");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Helsingborgs Bryggteknik AB", "helsingborgs-bryggteknik.se", "Ekonomiavdelningen",
        "ekonomi", "127.180.1.1", iban("SE", "50000000054318820761"), "flytbryggor och landgångar, Kerteminde Lystbådehavn");
    private final Supplier tysk = new Supplier("Kieler Spielraum GmbH", "kieler-spielraum.de", "Rechnungswesen", "rechnung",
        "127.180.2.1", iban("DE", "210500000091827364"), "Spielplatzgeräte für den Strandpark Kerteminde");
    private final Supplier norsk = new Supplier("Bergen Akvarieteknikk AS", "bergen-akvarieteknikk.no", "Regnskap", "regnskap",
        "127.180.3.1", iban("NO", "15036622718"), "pumpe- og filteranlegg til saltvannsakvariet i Kerteminde");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        byg, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"langeskov-varmevaerk.com", "munkebo-anlag.dk", "kertemindetraelast.dk",
        "martofte-elservice.dk", "kerteminde-rengoring.dk", idn("kerteminde-tr\u0430elast.dk"), idn("kerteminde-k\u043emmune.dk"),
        "mollie-munkebo.net", "finom-kerteminde.com", "hindsholm-kloak.net", "munkebo-madservice.com", "mesinge-tomrer.dk",
        "hindsholmbusser.dk", "revningemaler.dk", "agedrup-smedie.com", "kerteminde-inkasso.com", "mitid-kerteminde.com",
        "digitalpost-munkebo.com", "kerteminde-domaenefornyelse.net", "langeskov-erhvervsregister.org",
        "martofte-ordrecenter.com", "parkering-kerteminde-havn.com", "mobilbetaling-langeskov.net",
        "kertemindebay-environmental.com", "revninge-malerservice.dk", "ullerslev-vognmand.com", "kerteminde-rengoering.net",
        "agedrup-vvs.net", "kerteminde-kontorforsyning.com", "langeskov-it-service.dk", "kerteminde-dokumentdeling.com",
        "munkebo-fakturaportal.net", "munkebo-anlaeg.net", "langeskovitservice.dk", "contractbook-kerteminde.com",
        "hindsholm-esign.net", "kerteminde-arkaeologi.dk", "martofte-museumsservice.com", "munkebo-kreditbank.com",
        "ullerslev-advokathus.dk", "hindsholm-energyfinance.com", "hindsholm-lejrskoler.dk", "langeskov-klassenfahrten.com",
        "agedrup-vvsenergi.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("langeskov-varmevaerk.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("munkebo-anlaeg.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hindsholm-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only, no DKIM
        domain("mesinge-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("revninge-maler.dk", null, null, null, null); // nothing published
        domain("kerteminde-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("kerteminde-lokalnyt.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ullerslev-vognmand.dk", List.of("127.172.98.3"), "~all", null, "none"); // SPF names only the dispatch system
        domain("martofte-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("agedrup-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("munkebo-madservice.dk", List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("kerteminde-traelast.dk", List.of(byg.ip(), "127.172.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("langeskov-itservice.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("hindsholm-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kerteminde-kontorforsyning.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("agedrup-smedie.dk", List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain("kerteminde-baadebyggeri.dk", List.of(havn.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("rynkeby-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kertinge-naturpleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("munkebo-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("helsingborgs-bryggteknik.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kieler-spielraum.de", List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bergen-akvarieteknikk.no", List.of(norsk.ip()), "-all", null, null);
        // museum, lawyer, school camp, auditor, e-signature, schools, shops, waste company, authorities
        domain("oestfyns-museer.dk", List.of("127.174.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kerteminde-advokatkontor.dk", List.of("127.174.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bornholms-lejrskolecenter.dk", List.of("127.174.9.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("munkebo-revision.dk", List.of("127.174.3.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("contractbook.com", List.of("127.174.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("munkebo-friskole.dk", List.of("127.174.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hindsholm-legeredskaber.dk", List.of("127.174.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("langeskov-byggemarked.dk", List.of("127.174.7.1"), "-all", null, "none");
        domain("kerteminde-boghandel.dk", List.of("127.174.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("oestfyns-affald.dk", List.of("127.174.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("dma.dk", List.of("127.174.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("mst.dk", List.of("127.174.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("star.dk", List.of("127.174.17.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // invoicing platforms
        domain("airwallex.com", List.of("127.175.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("factofly.com", List.of("127.175.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("finom.co", List.of("127.175.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("mollie.com", List.of("127.175.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders
        domain("kerteminde-sparekasse.dk", List.of("127.176.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("langeskov-andelskasse.dk", List.of("127.176.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorring-oestdanmark.dk", List.of("127.176.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("flowmailer.net", List.of("127.176.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommunebogholdere.dk", List.of("127.176.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("regnskabsnetvaerket.dk", List.of("127.176.4.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorvagten.dk", List.of("127.176.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.kerteminde-net.dk", List.of("127.177.1.1"), "-all", null, null);
        domain("relay.hindsholm-fiber.dk", List.of("127.177.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("meebook.com", List.of("127.180.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("infomedia.dk", List.of("127.180.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("dreambroker.com", List.of("127.180.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        String[] policy = {"reject", "quarantine", null, "none", "quarantine", "reject", null, "none", "quarantine", "reject", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 3 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 7 == 4 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 87_500 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        return switch (Math.floorMod(sha256("no31:" + s.domain()).hashCode(), 7)) {
            case 0 -> "F32-" + String.format("%04d", 40 + rnd.nextInt(6_000));
            case 1 -> String.valueOf(320_000 + rnd.nextInt(40_000));
            case 2 -> "KT" + (7_700 + rnd.nextInt(2_000));
            case 3 -> String.format("%06d", 1_000 + rnd.nextInt(90_000));
            case 4 -> "2032/" + (100 + rnd.nextInt(1_800));
            case 5 -> "INV-" + (24_000 + rnd.nextInt(5_000));
            default -> String.valueOf(4_100 + rnd.nextInt(1_500));
        };
    }

    private static final String[] TO = {"kreditor@kerteminde.dk", "efaktura@kerteminde.dk", "kreditor@kerteminde.dk",
        "okonomi@kerteminde.dk", "vej-park@kerteminde.dk", "skoler@kerteminde.dk", "aeldre@kerteminde.dk",
        "kultur@kerteminde.dk", "ejendomsservice@kerteminde.dk", "indkob@kerteminde.dk", "kreditor@kerteminde.dk",
        "dagtilbud@kerteminde.dk", "efaktura@kerteminde.dk", "havnen@kerteminde.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf31:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr31:" + domain).hashCode(), 8_900_000));
    }

    /** The supplier's FI creditor number, as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fik31:" + domain).hashCode(), 8_900_000));
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "langeskov-varmevaerk.dk" -> "Rugårdsvej 12, 5550 Langeskov";
            case "munkebo-anlaeg.dk" -> "Lindøvej 40, 5330 Munkebo";
            case "hindsholm-kloak.dk" -> "Nordskovvej 6, 5390 Martofte";
            case "mesinge-toemrer.dk" -> "Mesinge Bygade 31, 5380 Dalby";
            case "revninge-maler.dk" -> "Revninge Bygade 14, 5300 Kerteminde";
            case "kerteminde-rengoering.dk" -> "Industrivej 9, 5300 Kerteminde";
            case "kerteminde-lokalnyt.dk" -> "Langegade 21, 5300 Kerteminde";
            case "ullerslev-vognmand.dk" -> "Stationsvej 55, 5540 Ullerslev";
            case "martofte-el.dk" -> "Martofte Bygade 8, 5390 Martofte";
            case "agedrup-vvs.dk" -> "Agedrupvej 101, 5320 Agedrup";
            case "munkebo-madservice.dk" -> "Fjordvej 3, 5330 Munkebo";
            case "kerteminde-traelast.dk" -> "Hindsholmvej 2, 5300 Kerteminde";
            case "langeskov-itservice.dk" -> "Bøgebjergvej 20, 5550 Langeskov";
            case "hindsholm-busser.dk" -> "Dalbyvej 47, 5380 Dalby";
            case "kerteminde-kontorforsyning.dk" -> "Strandvejen 30, 5300 Kerteminde";
            case "agedrup-smedie.dk" -> "Smedebakken 1, 5320 Agedrup";
            case "kerteminde-baadebyggeri.dk" -> "Marinavej 5, 5300 Kerteminde";
            case "rynkeby-skadedyr.dk" -> "Rynkebyvej 77, 5350 Rynkeby";
            case "kertinge-naturpleje.dk" -> "Kertingevej 18, 5300 Kerteminde";
            case "munkebo-laas.dk" -> "Bycentret 4, 5330 Munkebo";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: a craftsman's specification with numbered lines, quantity and unit; a service
     * order report with fitter, dates and labour/material/driving split; a periodic collection with customer number,
     * consumption site and previous balance; a trade order invoice with item numbers, freight and a payment reference.
     * Layouts other than the first print the supplier's own FI line (card type 75) when its own account is printed; a
     * {@code null} account prints no bank account at all.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        int kind = Math.floorMod(layout, 4);
        String fi = kind != 0 && account != null && account.equals(s.account()) ? fik(75, no, creditorNo(s.domain()), true) : "";
        switch (kind) {
            case 0 -> {
                head = title.toUpperCase(DA) + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Faktureres til: Kerteminde Kommune, " + RAADHUS + " | EAN " + EAN);
                l.add("Fakturadato " + dottedDay(m, 0) + " | Fakturanr. " + no + " | Betalingsfrist 30 dage netto (" + dottedDay(m, 30) + ")");
                l.add("Linje   Beskrivelse                                      Mængde  Enhed   Pris        Total");
                l.add("1       " + s.what() + "   1   stk   " + a.net() + "   " + a.net());
                l.add("Total ekskl. moms " + a.net());
                l.add("25 % moms " + a.vat());
                l.add("Total inkl. moms DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betaling: " + account + " | Angiv fakturanr. " + no + " som tekst");
                }
            }
            case 1 -> {
                head = s.name() + " - serviceordre og " + title.toLowerCase(DA);
                l.add("Serviceordre SO-" + (600 + Math.floorMod(sha256("so31:" + m.id).hashCode(), 3_000)) + " / " + title + " "
                    + no + (addr.isEmpty() ? "" : " / " + addr));
                l.add("Udført " + dottedDay(m, -9) + " - " + dottedDay(m, -3) + " | Montør: " + firstName(s) + " | Rekvirent: Kerteminde Kommune, EAN "
                    + EAN);
                l.add("Opgave: " + s.what());
                long labour = a.ore() * 55 / 100;
                long drive = Math.min(3 * 21_000, a.ore() / 10);
                l.add("Arbejdsløn " + kr(labour) + " | Materialer " + kr(a.ore() - labour - drive) + " | Kørsel " + kr(drive));
                l.add("Netto " + a.net() + " | Moms " + a.vat() + " | At betale " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Forfald " + writtenDay(m, 14) + (account == null ? "" : " - indbetal til " + account));
                if (!fi.isEmpty()) {
                    l.add("Girokort " + fi);
                }
            }
            case 2 -> {
                head = "Opkrævning / " + title + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Kunde: Kerteminde Kommune (kundenr. " + (10_000 + Math.floorMod(s.domain().hashCode(), 80_000)) + "), EAN " + EAN);
                l.add("Periode " + dottedDay(m, -30) + " til " + dottedDay(m, -1) + " | Forbrugssted/ydelse: " + s.what());
                l.add("Tidligere saldo 0,00 | Denne periode " + a.net() + " | Moms " + a.vat());
                l.add("Saldo til betaling DKK " + a.gross() + " senest " + dottedDay(m, 20));
                l.addAll(more);
                if (account != null) {
                    l.add("Ikke tilmeldt Betalingsservice - betal til " + account);
                }
                if (!fi.isEmpty()) {
                    l.add("Indbetalingskort " + fi);
                }
            }
            default -> {
                head = s.name() + "   " + title + " " + no;
                l.add("Ordre W" + (50_000 + Math.floorMod(sha256("w31:" + m.id).hashCode(), 40_000)) + " | Leveret til Kerteminde "
                    + "Kommune, Materielgården, 5300 Kerteminde | EAN " + EAN);
                long freight = Math.min(39_500, a.ore() / 20);
                l.add("Varenr.  Varetekst                                   Antal  Stk.pris   Beløb");
                l.add((100_000 + Math.floorMod(s.domain().hashCode(), 800_000)) + "  " + s.what() + "  1  " + kr(a.ore() - freight)
                    + "  " + kr(a.ore() - freight));
                l.add("Fragt og håndtering " + kr(freight));
                l.add("Varetotal " + a.net() + " | Moms " + a.vat() + " | I alt DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betalingsreference " + no + " - bankoverførsel til " + account + ", senest " + dottedDay(m, 21));
                }
                if (!fi.isEmpty()) {
                    l.add("FI " + fi);
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura-" + n + ".pdf", "Kerteminde Kommune faktura " + n + ".pdf",
            "F" + n + ".pdf", "invoice_" + n + ".pdf", "Faktura " + n + ".pdf", "Dok" + n + ".pdf", n + "_kerteminde.pdf",
            "Regning_" + n + ".pdf", "FAKTURA-" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Kerteminde Kommune", "Til kreditorafdelingen", "Goddag", "Kære bogholderi",
        "Hej med jer", "Att. Økonomi", "God dag", "Hej kreditorteam", "Til rette vedkommende", "Hejsa"};

    private String signature(Supplier s) {
        return switch (Math.floorMod(sha256("sig31:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0 -> "\n\nMed venlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1 -> "\n\nVh " + firstName(s) + "\n" + s.name() + "\nTlf. 65 " + (10 + rnd.nextInt(89)) + " "
                + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2 -> "\n\nHilsen\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " - CVR " + cvr(s.domain()));
            case 3 -> "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\nSendt fra min telefon" : "\n" + s.name() + " / www." + s.domain());
            default -> "\n\nTak for samarbejdet\n" + s.person() + ", " + s.name();
        };
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 6_900_000 : 540_000);
        String[] subjects = {"Faktura nr. " + no, "Ny faktura fra " + s.name(), "Kerteminde Kommune - faktura " + no,
            "Faktura " + no, "Regning " + no + " fra " + s.name(), "Faktura " + no + " (EAN " + EAN + ")",
            "Faktura for " + s.what(), "Til betaling: faktura " + no, "Fremsendelse af faktura " + no, "Din faktura " + no};
        String text = switch (Math.floorMod(v, 9)) {
            case 0 -> "Vedlagt faktura " + no + " for " + s.what() + ".";
            case 1 -> "Hermed fremsendes faktura nr. " + no + " på " + a.gross() + " kr. inkl. moms. Forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Opgaven er afsluttet og afleveret til jeres driftsleder. Fakturaen er samtidig sendt via NemHandel til "
                + "jeres EAN-nummer.";
            case 3 -> "Tak for ordren. Fakturaen er vedhæftet som PDF - sig endelig til, hvis noget ikke stemmer.";
            case 4 -> "Se venligst vedhæftede faktura for perioden, og anfør fakturanummer " + no + " ved betaling.";
            case 5 -> "Fakturanr.: " + no + "\nBeløb i alt: " + a.gross() + " kr.\nSidste betalingsdag: " + writtenDay(m, 30) + "\nEAN: " + EAN;
            case 6 -> "Beklager, at fakturaen kommer lidt sent - vi har skiftet regnskabsprogram over sommeren.";
            case 7 -> "Som aftalt med jeres kontaktperson sender vi fakturaen nu, hvor arbejdet er godkendt.";
            default -> "Faktura i vedhæftede fil.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 2) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt;"
                + "color:#222\"><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    /** Utilities and period services bill by period; merchants use their system's order layout. */
    private static final Set<String> PERIODIC = Set.of("langeskov-varmevaerk.dk", "munkebo-madservice.dk",
        "kerteminde-rengoering.dk", "kerteminde-lokalnyt.dk", "hindsholm-busser.dk");
    private static final Set<String> TRADE = Set.of("kerteminde-traelast.dk", "kerteminde-kontorforsyning.dk",
        "langeskov-itservice.dk");

    private static int layout(Supplier s, int v) {
        return PERIODIC.contains(s.domain()) ? 2 : TRADE.contains(s.domain()) ? (v % 2 == 0 ? 3 : 0) : Math.floorMod(v, 2);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String dec(long ore) {
        return String.format(Locale.ROOT, "%.2f", ore / 100.0);
    }

    /**
     * An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice: two lines (the work
     * and a small fee), VAT 25 %, the payee account in PaymentMeans.
     */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String order,
                       String note) {
        long fee = Math.min(12_500, a.ore() / 25);
        long work = a.ore() - fee;
        long vat = a.ore() / 4;
        StringBuilder x = Ubl.head(false, "\t", peppol, "Procurement-BilSim-1.0", no, issue, due, note);
        x.append("\t<cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n");
        if (peppol) {
            x.append("\t<cbc:BuyerReference>").append(xml(order)).append("</cbc:BuyerReference>\n");
        }
        x.append("\t<cac:OrderReference>\n\t\t<cbc:ID>").append(xml(order)).append("</cbc:ID>\n\t</cac:OrderReference>\n")
            .append("\t<cac:AccountingSupplierParty>\n\t\t<cac:Party>\n")
            .append(peppol ? "\t\t\t<cbc:EndpointID schemeID=\"0184\">DK" : "\t\t\t<cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK")
            .append(cvr(s.domain())).append("</cbc:EndpointID>\n")
            .append("\t\t\t<cac:PartyName>\n\t\t\t\t<cbc:Name>").append(xml(s.name())).append("</cbc:Name>\n\t\t\t</cac:PartyName>\n")
            .append("\t\t\t<cac:PostalAddress>\n\t\t\t\t<cbc:StreetName>").append(xml(street(s))).append("</cbc:StreetName>\n")
            .append("\t\t\t\t<cac:Country>\n\t\t\t\t\t<cbc:IdentificationCode>DK</cbc:IdentificationCode>\n\t\t\t\t</cac:Country>\n")
            .append("\t\t\t</cac:PostalAddress>\n")
            .append("\t\t\t<cac:PartyTaxScheme>\n\t\t\t\t<cbc:CompanyID>DK").append(cvr(s.domain())).append("</cbc:CompanyID>\n")
            .append("\t\t\t\t<cac:TaxScheme>\n\t\t\t\t\t<cbc:ID>VAT</cbc:ID>\n\t\t\t\t</cac:TaxScheme>\n\t\t\t</cac:PartyTaxScheme>\n")
            .append("\t\t</cac:Party>\n\t</cac:AccountingSupplierParty>\n")
            .append("\t<cac:AccountingCustomerParty>\n\t\t<cac:Party>\n")
            .append(peppol ? "\t\t\t<cbc:EndpointID schemeID=\"0088\">" : "\t\t\t<cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">")
            .append(EAN).append("</cbc:EndpointID>\n")
            .append("\t\t\t<cac:PartyName>\n\t\t\t\t<cbc:Name>Kerteminde Kommune</cbc:Name>\n\t\t\t</cac:PartyName>\n")
            .append("\t\t</cac:Party>\n\t</cac:AccountingCustomerParty>\n")
            .append("\t<cac:PaymentMeans>\n")
            .append("\t\t<cbc:PaymentMeansCode>").append(peppol ? "58" : "31").append("</cbc:PaymentMeansCode>\n");
        if (peppol) {
            String ib = account.startsWith("IBAN") ? plain(account) : plain(iban("DK", plain(account)));
            x.append("\t\t<cbc:PaymentID>").append(xml(no)).append("</cbc:PaymentID>\n")
                .append("\t\t<cac:PayeeFinancialAccount>\n\t\t\t<cbc:ID>").append(ib).append("</cbc:ID>\n\t\t\t<cbc:Name>")
                .append(xml(s.name())).append("</cbc:Name>\n\t\t</cac:PayeeFinancialAccount>\n");
        } else {
            x.append("\t\t<cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append("\t\t<cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">DK:BANK</cbc:PaymentChannelCode>\n")
                .append("\t\t<cac:PayeeFinancialAccount>\n\t\t\t<cbc:ID>").append(kontoOf(account)).append("</cbc:ID>\n")
                .append("\t\t\t<cac:FinancialInstitutionBranch>\n\t\t\t\t<cbc:ID>").append(regOf(account))
                .append("</cbc:ID>\n\t\t\t</cac:FinancialInstitutionBranch>\n\t\t</cac:PayeeFinancialAccount>\n");
        }
        x.append("\t</cac:PaymentMeans>\n")
            .append("\t<cac:TaxTotal>\n\t\t<cbc:TaxAmount currencyID=\"DKK\">").append(dec(vat)).append("</cbc:TaxAmount>\n")
            .append("\t\t<cac:TaxSubtotal>\n\t\t\t<cbc:TaxableAmount currencyID=\"DKK\">").append(dec(a.ore())).append("</cbc:TaxableAmount>\n")
            .append("\t\t\t<cbc:TaxAmount currencyID=\"DKK\">").append(dec(vat)).append("</cbc:TaxAmount>\n")
            .append("\t\t\t<cac:TaxCategory>\n\t\t\t\t<cbc:ID>S</cbc:ID>\n\t\t\t\t<cbc:Percent>25</cbc:Percent>\n")
            .append("\t\t\t\t<cac:TaxScheme>\n\t\t\t\t\t<cbc:ID>VAT</cbc:ID>\n\t\t\t\t</cac:TaxScheme>\n\t\t\t</cac:TaxCategory>\n")
            .append("\t\t</cac:TaxSubtotal>\n\t</cac:TaxTotal>\n")
            .append("\t<cac:LegalMonetaryTotal>\n")
            .append("\t\t<cbc:LineExtensionAmount currencyID=\"DKK\">").append(dec(a.ore())).append("</cbc:LineExtensionAmount>\n")
            .append("\t\t<cbc:TaxExclusiveAmount currencyID=\"DKK\">").append(dec(a.ore())).append("</cbc:TaxExclusiveAmount>\n")
            .append("\t\t<cbc:TaxInclusiveAmount currencyID=\"DKK\">").append(dec(a.ore() + vat)).append("</cbc:TaxInclusiveAmount>\n")
            .append("\t\t<cbc:PayableAmount currencyID=\"DKK\">").append(dec(a.ore() + vat)).append("</cbc:PayableAmount>\n")
            .append("\t</cac:LegalMonetaryTotal>\n");
        String[][] lines = {{"1", s.what(), dec(work)}, {"2", "Miljø- og ekspeditionsgebyr", dec(fee)}};
        for (String[] ln : lines) {
            x.append("\t<cac:InvoiceLine>\n\t\t<cbc:ID>").append(ln[0]).append("</cbc:ID>\n")
                .append("\t\t<cbc:InvoicedQuantity unitCode=\"").append(peppol ? "C62" : "EA").append("\">1</cbc:InvoicedQuantity>\n")
                .append("\t\t<cbc:LineExtensionAmount currencyID=\"DKK\">").append(ln[2]).append("</cbc:LineExtensionAmount>\n")
                .append("\t\t<cac:Item>\n\t\t\t<cbc:Name>").append(xml(ln[1])).append("</cbc:Name>\n")
                .append("\t\t\t<cac:ClassifiedTaxCategory>\n\t\t\t\t<cbc:ID>S</cbc:ID>\n\t\t\t\t<cbc:Percent>25</cbc:Percent>\n")
                .append("\t\t\t\t<cac:TaxScheme>\n\t\t\t\t\t<cbc:ID>VAT</cbc:ID>\n\t\t\t\t</cac:TaxScheme>\n\t\t\t</cac:ClassifiedTaxCategory>\n")
                .append("\t\t</cac:Item>\n")
                .append("\t\t<cac:Price>\n\t\t\t<cbc:PriceAmount currencyID=\"DKK\">").append(ln[2]).append("</cbc:PriceAmount>\n\t\t</cac:Price>\n")
                .append("\t</cac:InvoiceLine>\n");
        }
        return x.append("</Invoice>\n").toString();
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            String no = invoice(m, s, s.account(), v++, List.of(), "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice, its usual account, from its own or its hoster's server";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 3, List.of("Bestilt af bibliotekets leder"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a handrail, aligned SPF pass";
        // the carpenter and the heating plant change bank in October: their later invoices are in bankChanges()
        List<Supplier> again = List.of(kontor, entrep, mad, it, avis, vvs, byg, kloak, el, maler, vognmand, entrep, rengoer, bus,
            el, kontor);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Jeres ordrenr. KK-" + (7_120 + k * 53));
                case 1 -> List.of("Att.: " + to().replace("@kerteminde.dk", "") + ", Kerteminde Kommune");
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "skolerenovering etape 2" : "driftsaftale 2032-2033"));
                case 3 -> List.of("Rekvisition " + (18_400 + k * 29) + " fra Ejendomsservice");
                default -> List.of();
            };
            String note = k % 5 == 1 ? "\n\nFølgesedlerne er vedhæftet." : k % 6 == 3
                ? "\n\nVi har vedhæftet et par billeder af det udførte." : k % 7 == 6 ? "\n\nTimesedlen ligger med som CSV-fil." : "";
            invoice(m, s, s.account(), k * 2 + 5, ref, note);
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "foelgesedler_" + (k + 11) + ".pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Leveret: " + (k % 2 == 0 ? "Rådhuset, Kerteminde" : "Materielgården, Kerteminde"),
                        "Modtaget og kvitteret", "Antal kolli: " + (2 + k % 4))));
            } else if (k % 6 == 3) {
                m.mime.attach("image/jpeg", "IMG_" + (2_400 + k * 7) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            } else if (k % 7 == 6) {
                m.mime.attach("text/csv", "timeseddel_uge" + (36 + k % 4) + ".csv", ("dato;medarbejder;timer;tekst\r\n"
                    + isoDay(m, -9) + ";JK;7,5;nedtagning\r\n" + isoDay(m, -8) + ";JK;7,5;montage\r\n" + isoDay(m, -7)
                    + ";MH;4,0;afslutning og oprydning\r\n").getBytes(StandardCharsets.UTF_8));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(bus, mad, rengoer)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 2 + 4, List.of("Periode: september 2032"), "\n\nOpkrævningen dækker september.");
            genuine(m, s.ip());
            m.description = s.domain() + " periodic invoice for September, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        archaeologyInvoice();
        guaranteeStatement();
        schoolTripInvoice();
        authorityNotices();
        priceIndexNotice();
        platforms();
        ublFiles();
        bankChanges();
        smallFirms();
        moreLocal();
        foreignSuppliers();
        saas();
        esignature();
        newsletters();
        creditorList();
        forwarded();
        internal();
        banks();
        auditor();
        remittances();
        shops();
        quotesAndLetters();
    }

    private void creditNotes() {
        Object[][] c = {{kontor, "Kreditnota til faktura ", "Tre kasser arkivæsker kom i forkert størrelse og er sendt retur. "
            + "De er krediteret fuldt ud."},
            {byg, "Kreditering af faktura ", "Vi har faktureret 40 stk. gipsplader for meget i forhold til følgesedlen fra "
                + "Materielgården. Differencen krediteres hermed."},
            {mad, "Kreditnota - faktura ", "Syv borgere var på aflastning i uge 35 og fik ingen mad leveret. Portionerne er "
                + "modregnet."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "CN-" + (400 + rnd.nextInt(900));
            Amount a = amount(180_000).credit();
            headers(m, s.person(), addr(s), "kreditor@kerteminde.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Kreditnotaen (nr. " + no + ") er på " + a.gross() + " kr. inkl. moms og "
                    + "kan modregnes i jeres næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i + 1,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(vvs, it)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@kerteminde.dk", "Saldoudskrift pr. " + dottedDay(m, -1))
                .text("Hej\n\nHer er en saldoudskrift til jeres afstemning. Faktura " + p.no() + " er betalt, og der står intet "
                    + "udestående." + signature(s))
                .attach("application/pdf", "saldo_kerteminde_kommune.pdf", Attachments.pdf(docId(m, "sal"), "Saldoudskrift",
                    List.of("Debitor: Kerteminde Kommune", "Faktura " + p.no() + "   " + p.amount().gross() + "   indbetalt",
                        "Udestående: 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing outstanding";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@kerteminde.dk", "Tak for betalingen")
            .text("Hej\n\nBetalingen for faktura " + past.get(vognmand.domain()).no() + " (grus til idrætscentret) er modtaget. "
                + "Tak for det.\n\nKarsten\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "ullerslev-vognmand.dk thanks for payment (its SPF names only its dispatch system: softfail, p=none)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Vi har endnu ikke registreret betaling for fakturaen herunder. Har I betalt i "
            + "mellemtiden, kan I se bort fra denne påmindelse."},
            {maler, "Betaling udestår", "Hej igen. Jeg mangler stadig pengene for malerarbejdet på Nymarkskolen. Kan I se, om "
                + "fakturaen er kommet ind? Hilsen Henrik"},
            {kloak, "1. rykker", "Fakturaen er nu 10 dage over forfald. Vi har ikke pålagt gebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@kerteminde.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[(i + 5) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + ", " + p.amount().gross()
                    + " kr., betales til den sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(),
                    p.amount(), s.account(), i + 1, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "KA-" + (2_100 + rnd.nextInt(700));
        String klient = bank("0755", "3324410087");
        headers(m, "Kerteminde Advokatkontor, Inkasso", "inkasso@kerteminde-advokatkontor.dk", "kreditor@kerteminde.dk",
            "Vores sag " + sag + " - Kertinge Nor Naturpleje / Kerteminde Kommune")
            .text("Kerteminde Kommune\nKreditorbogholderiet\n\nPå vegne af vores klient, Kertinge Nor Naturpleje v/ Sofie Damm, "
                + "skal vi bede om betaling af faktura nr. 57 af 12. juni 2032 på 9.875,00 kr. for afgræsning og hegnsarbejde ved "
                + "Kertinge Nor. Klienten har sendt to påmindelser uden svar.\n\nHvis fakturaen er betalt eller kravet bestrides, "
                + "bedes I meddele os det med angivelse af sagsnummer. I modsat fald bedes beløbet med tillæg af gebyr 100,00 kr. "
                + "indbetalt på vores klientkonto " + klient + " inden 10 dage.\n\nMed venlig hilsen\nKerteminde Advokatkontor")
            .attach("application/pdf", "Inkassobrev_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + sag,
                List.of("Kreditor: Kertinge Nor Naturpleje v/ Sofie Damm", "Faktura 57 af 12.06.2032: 9.875,00",
                    "Rykkergebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.174.2.1");
        m.description = "a real lawyer's collection letter for an unlisted nature-care firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "ØFA-" + (8_200 + rnd.nextInt(700));
        String konto = iban("DK", "30000012740065");
        headers(m, "Østfyns Affald I/S, Økonomi", "oekonomi@oestfyns-affald.dk", "kreditor@kerteminde.dk", "Faktura " + no
            + ": driftstilskud genbrugspladser, 3. kvartal 2032")
            .text("Til Kerteminde Kommune\n\nHermed faktura for kommunens andel af driften af genbrugspladserne i Kerteminde, "
                + "Munkebo og Langeskov for 3. kvartal 2032, fordelt efter indbyggertal som fastsat i selskabets vedtægter. "
                + "Fakturaen er også sendt elektronisk til jeres EAN.\n\nBetaling til " + konto + ".\n\nVenlig hilsen\nØstfyns "
                + "Affald I/S")
            .attach("application/pdf", "ØFA_" + no + ".pdf", Attachments.pdf(docId(m, "ofa"), "Faktura " + no,
                List.of("Østfyns Affald I/S", "Kerteminde Kommune, EAN " + EAN, "Driftstilskud 3. kvt. 2032, andel 38,6 %",
                    "DKK 2.264.900,00 ekskl. moms", "Betaling: " + konto)));
        genuine(m, "127.174.11.1");
        m.description = "the intermunicipal waste company's quarterly operating contribution, its own account, DMARC pass";
    }

    /** Genuine counterpart to the archaeology fraud: the museum invoices a survey the Agency approved, after the fact. */
    private void archaeologyInvoice() {
        M m = ok("archaeology-survey-invoice", true);
        String no = "ØM-" + (3_310 + rnd.nextInt(400));
        String konto = iban("DK", "07550003457718");
        headers(m, "Østfyns Museer, Arkæologi", "arkaeologi@oestfyns-museer.dk", "plan@kerteminde.dk", "Faktura " + no
            + " - arkæologisk forundersøgelse, Langeskov Nord etape 1")
            .text("Til Kerteminde Kommune, Plan og Byg\n\nForundersøgelsen på arealet til boligområdet Langeskov Nord er "
                + "afsluttet. Der blev fundet spredte bopladsspor fra jernalderen, men intet, der kræver en egentlig udgravning, "
                + "så arealet er frigivet. Beretningen følger inden for fire uger.\n\nVi fakturerer efter det budget, I "
                + "godkendte den 14. juni, og som Slots- og Kulturstyrelsen har påset. Forbruget blev 6 % under budgettet. "
                + "Fakturaen er også sendt til EAN " + EAN + ", og betaling sker som sædvanlig til museets konto " + konto + ".\n\n"
                + "Med venlig hilsen\nØstfyns Museer\nArkæologisk afdeling")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "om"), "Faktura " + no,
                List.of("Østfyns Museer, Arkæologi", "Bygherre: Kerteminde Kommune, EAN " + EAN,
                    "Forundersøgelse Langeskov Nord, etape 1 (museumslovens § 25)", "Godkendt budget 142.000,00 - forbrug 133.480,00",
                    "Momsfri (museumsvirksomhed)", "Konto: " + konto)));
        genuine(m, "127.174.1.1");
        m.description = "the regional museum invoices a completed archaeological survey under the approved budget, DMARC pass";
    }

    /** Genuine counterpart to the guarantee-call fraud: the lender's yearly statement of the loans we guarantee. */
    private void guaranteeStatement() {
        M m = ok("guarantee-balance-statement", false);
        headers(m, "Kerteminde Sparekasse, Erhverv", "erhverv@kerteminde-sparekasse.dk", "okonomi@kerteminde.dk",
            "Årsoversigt: lån med kommunal garanti pr. 30.09.2032")
            .text("Kære Kerteminde Kommune\n\nTil brug for noten om eventualforpligtelser i jeres regnskab sender vi som hvert år "
                + "en oversigt over de lån hos os, som kommunen har stillet garanti for. Alle lån er ydet og afdrages rettidigt, "
                + "og der er ingen restancer.\n\nOversigten er kun til orientering - der skal ikke betales noget. Skulle en "
                + "garanti en dag blive aktuel, hører I fra os med brev i Digital Post og telefonisk via jeres faste "
                + "kunderådgiver.\n\nMed venlig hilsen\nKerteminde Sparekasse, Erhverv")
            .attach("application/pdf", "Garantioversigt_2032.pdf", Attachments.pdf(docId(m, "gar"), "Lån med kommunal garanti",
                List.of("Langeskov Hallen (selvejende institution): restgæld 3.412.000,00 - ingen restance",
                    "Munkebo Bådelaug: restgæld 686.500,00 - ingen restance",
                    "Hindsholm Vandværk a.m.b.a.: restgæld 1.105.000,00 - ingen restance", "Opgjort pr. 30.09.2032")));
        genuine(m, "127.176.1.1");
        m.description = "the real lender's yearly statement of loans covered by municipal guarantees, nothing to pay, DMARC pass";
    }

    /** Genuine counterpart to the school-trip fraud: the camp centre bills the deposit in its booking confirmation. */
    private void schoolTripInvoice() {
        M m = ok("school-trip-invoice", true);
        String no = "BL-" + (14_020 + rnd.nextInt(600));
        String konto = bank("3751", "0004471982");
        headers(m, "Bornholms Lejrskolecenter", "booking@bornholms-lejrskolecenter.dk", "skoler@kerteminde.dk", "Faktura " + no
            + " - depositum, lejrskole Munkebo Skole 6.a, uge 19 2033")
            .text("Kære Munkebo Skole / Kerteminde Kommune\n\nTak for bookingen. Som beskrevet i ordrebekræftelsen af 22. august "
                + "opkræver vi 30 % i depositum nu og resten 30 dage før ankomst. Fakturaen er sendt til jeres EAN " + EAN
                + ", men kan også betales direkte til vores konto " + konto + ", som står på ordrebekræftelsen.\n\n"
                + "Venlig hilsen\nBornholms Lejrskolecenter, Booking")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "bl"), "Faktura " + no,
                List.of("Bornholms Lejrskolecenter", "Munkebo Skole, 6.a - 24 elever, 3 voksne, uge 19 2033",
                    "Depositum 30 % af 41.850,00 = 12.555,00 (momsfri)", "Konto " + konto + " / EAN " + EAN)));
        genuine(m, "127.174.9.1");
        m.description = "the school-camp centre bills the deposit from its booking confirmation, p=none aligned pass";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Søfartsstyrelsen", "havneanlaeg@dma.dk", "havnen@kerteminde.dk",
            "Tilladelse til udskiftning af bølgebryder, Kerteminde Lystbådehavn")
            .text("Til Kerteminde Kommune, Havnen\n\nSøfartsstyrelsen har ingen bemærkninger til afmærkningen under arbejdet med "
                + "den nye bølgebryder. Afgørelsen er sendt til kommunens Digital Post. Sagsbehandlingen er gebyrfri.\n\nMed "
                + "venlig hilsen\nSøfartsstyrelsen");
        genuine(m, "127.174.15.1");
        m.description = "maritime authority's decision on harbour works, pointer to Digital Post, DMARC pass";
        m = ok("authority-notice", false);
        headers(m, "Miljøstyrelsen", "tilskud@mst.dk", "vej-park@kerteminde.dk", "Udbetaling: tilskud til ålegræsudplantning i "
            + "Kertinge Nor")
            .text("Kære Kerteminde Kommune\n\nSlutrapporten for projektet om udplantning af ålegræs i Kertinge Nor er godkendt. "
                + "Det resterende tilskud på 286.000 kr. udbetales til kommunens NemKonto inden for 10 bankdage.\n\nVenlig hilsen\n"
                + "Miljøstyrelsen, Tilskud");
        genuine(m, "127.174.16.1");
        m.description = "environment authority pays a grant to our NemKonto, DMARC pass, nothing to pay";
        m = ok("authority-notice", false);
        headers(m, "Styrelsen for Arbejdsmarked og Rekruttering", "refusion@star.dk", "jobcenter@kerteminde.dk", "Refusion af "
            + "løntilskud, 2. kvartal 2032")
            .text("Til Kerteminde Kommune, Jobcentret\n\nOpgørelsen af refusion for løntilskud i 2. kvartal 2032 ligger i "
                + "kommunens Digital Post. Beløbet udbetales til NemKonto sammen med den almindelige refusion.\n\nSTAR");
        genuine(m, "127.174.17.1");
        m.description = "labour-market authority's refund statement, pointer to Digital Post, DMARC pass";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, bus.person(), addr(bus), "skoler@kerteminde.dk", "Regulering af priser på skolekørsel fra 1. januar")
            .text("Til Kerteminde Kommune, Skoler\n\nIfølge kontraktens § 9 reguleres timeprisen hvert år pr. 1. januar efter "
                + "nettoprisindekset og dieselprisen. Reguleringen for 2033 bliver 2,4 %. Den nye pris fremgår af januarfakturaen "
                + "via EAN - der skal ikke betales noget ekstra nu.\n\nBeregningen er vedhæftet.\n\nHindsholm Busser ApS")
            .attach("application/pdf", "Prisregulering_2033.pdf", Attachments.pdf(docId(m, "idx"), "Prisregulering 2033",
                List.of("Kontrakt om skolekørsel § 9", "Nettoprisindeks + dieselandel: +2,4 %", "Gælder fra 01.01.2033")));
        genuine(m, bus.ip());
        m.description = "listed bus company announces contractual indexation on a later ordinary invoice";
    }

    private void platforms() {
        Object[][] p = {{"mollie.com", el}, {"mollie.com", bus}, {"finom.co", skadedyr}, {"factofly.com", null},
            {"airwallex.com", null}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(690_000);
            m.mailFrom = "rb-" + sha256("plat31:" + m.id).substring(0, 14) + "@" + d;
            String no;
            if (d.equals("mollie.com")) {
                no = invoiceNo(s);
                headers(m, s.name() + " via Mollie", "noreply@mollie.com", v == 0 ? "aeldre@kerteminde.dk" : "skoler@kerteminde.dk",
                    "Betalingsanmodning fra " + s.name() + " - faktura " + no)
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#0e1621\"><p>Hej,</p>"
                        + "<p>" + s.name() + " har sendt dig en betalingsanmodning på <b>DKK " + a.gross() + "</b> for faktura "
                        + no + ".</p><p>Du kan betale med bankoverførsel som angivet på fakturaen eller med kort via linket:</p>"
                        + "<p><a href=\"https://www.mollie.com/checkout/select-method/" + sha256("mo31:" + m.id).substring(0, 10)
                        + "\" style=\"background:#0077ff;color:#fff;padding:8px 14px;text-decoration:none\">Betal nu</a></p>"
                        + "<p style=\"font-size:11px;color:#6b7785\">Mollie B.V. behandler betalingen på vegne af " + s.name()
                        + ". Spørgsmål til fakturaen stilles til " + s.name() + ".</p></body></html>");
            } else if (d.equals("finom.co")) {
                no = "FN-" + (220 + rnd.nextInt(500));
                headers(m, s.name() + " (Finom)", "invoicing@finom.co", "vej-park@kerteminde.dk", "Invoice " + no + " from "
                    + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hello,\n\n" + s.name() + " has issued invoice " + no + " to Kerteminde Kommune.\n\nAmount: DKK " + a.gross()
                        + "\nDue: " + isoDay(m, 21) + "\nService: " + s.what() + "\n\nPayment details are in the attached PDF. "
                        + "Reply to this e-mail to contact " + s.person() + " directly.\n\n-- \nSent with Finom - invoicing for small "
                        + "businesses");
            } else if (d.equals("factofly.com")) {
                no = "FF-32-" + (10_400 + rnd.nextInt(3_000));
                String ff = iban("DK", "20009037718830");
                Supplier ida = new Supplier("Factofly ApS på vegne af Ida Brix", "factofly.com", "Ida Brix", "faktura", "", ff,
                    "kreativ skrive-workshop for 8. årgang, Langeskov Skole (2 dage)");
                headers(m, "Factofly", "faktura@factofly.com", "skoler@kerteminde.dk", "Faktura " + no + " for Ida Brix' opgave")
                    .header("Reply-To", Mime.address("Ida Brix", "ida.brix.skrivevaerksted@gmail.com"))
                    .text("Kære Kerteminde Kommune\n\nIda Brix fakturerer gennem Factofly, som udsteder fakturaen på hendes vegne og "
                        + "udbetaler hendes honorar. Fakturaen gælder: " + ida.what() + ".\n\nBeløb: " + a.gross() + " kr. inkl. "
                        + "moms\nForfald: " + writtenDay(m, 14) + "\nBetales til Factofly ApS: " + ff + "\n\nFakturaen er også sendt "
                        + "til jeres EAN-nummer.\n\nVenlig hilsen\nFactofly");
                m.mime.attach("application/pdf", "Factofly_" + no + ".pdf", pdfInvoice(m, ida, "Faktura", no, a, ff, 0,
                    List.of("Udstedt af Factofly ApS på vegne af Ida Brix")));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform factofly.com invoices a freelance writer's workshop on her behalf, to Factofly's own account";
                v++;
                continue;
            } else {
                no = "GLM/" + (1_200 + rnd.nextInt(300)) + "/2032";
                String pl = iban("PL", "611020277800000202004471");
                headers(m, "Gdynia Liny Morskie sp. z o.o. via Airwallex", "invoices@airwallex.com", "havnen@kerteminde.dk",
                    "Invoice " + no + " from Gdynia Liny Morskie")
                    .header("Reply-To", "<biuro@gdynia-liny.pl>")
                    .text("Dear Kerteminde Kommune,\n\nGdynia Liny Morskie sp. z o.o. has sent you invoice " + no + " for mooring ropes "
                        + "and fender lines delivered to Kerteminde harbour (your order HAV-2032-31).\n\nAmount due: EUR 4,180.00 "
                        + "(reverse charge)\nDue date: " + isoDay(m, 30) + "\nBank details: " + pl + "\n\nThis invoice was sent "
                        + "using Airwallex.");
                m.mime.attach("application/pdf", "Invoice_" + no.replace('/', '-') + ".pdf", Attachments.pdf(docId(m, "aw"),
                    "Invoice " + no, List.of("Gdynia Liny Morskie sp. z o.o., Gdynia", "Bill to: Kerteminde Kommune, " + RAADHUS,
                        "Mooring ropes 24 mm, 12 x 25 m; fender lines, 40 pcs - order HAV-2032-31", "EUR 4,180.00 - VAT reverse charge",
                        "Pay to " + pl)));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform airwallex.com: a Polish rope maker's invoice for ordered mooring ropes, PL IBAN";
                v++;
                continue;
            }
            m.mime.attach("application/pdf", pdfName(no, v + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.name() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(mad, kontor, byg)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_300_000);
            boolean peppol = v != 1;
            String order = "KK-" + (61_000 + v * 419);
            headers(m, s.name(), addr(s), "efaktura@kerteminde.dk", "Elektronisk faktura " + no + (peppol ? " - Peppol BIS 3.0" : " - OIOUBL"))
                .text("Til e-fakturamodtagelsen\n\nVores udbyder af NemHandel har problemer med forsendelser til offentlige "
                    + "modtagere i denne uge. Efter aftale med jeres kreditorafdeling sender vi derfor fakturaen som XML-fil direkte, "
                    + "så den kan indlæses, og en PDF-visning til orientering. Betalingsoplysningerne er uændrede. Skulle fakturaen "
                    + "også nå frem ad den sædvanlige vej, er det den samme faktura.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + (peppol ? "_peppol.xml" : "_oioubl.xml"),
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, order, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 1, List.of("Ordre " + order, "Format: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a readable PDF, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced properly, each followed by the supplier's next invoice to the new account:
     * the carpenter moves his business to another bank; the heating plant's bank is taken over and renumbers its accounts
     * (announced in September, so its letter is part of the history, and the October invoice comes after it).
     */
    private void bankChanges() {
        String nyT = bank("5959", "0001846230");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@kerteminde.dk", "Meddelelse om ny bank pr. 1. oktober")
            .text("Til kreditorafdelingen\n\nMesinge Tømrerforretning flytter sine konti til Arbejdernes Landsbank. Alle fakturaer "
                + "dateret 1. oktober 2032 eller senere skal betales til " + nyT + ". Fakturaer med en tidligere dato betales til "
                + "den gamle konto, som holdes åben året ud.\n\nI må meget gerne ringe og få ændringen bekræftet på det nummer, I "
                + "har stående på os i kreditorsystemet - ikke på et nummer fra en mail. Den underskrevne meddelelse er vedhæftet."
                + signature(toemrer))
            .attach("application/pdf", "Ny_bank_Mesinge_Toemrer.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer dateret fra 01.10.2032",
                    "Ny konto: " + nyT, "Jens Krogh, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from October (SPF+Ed25519, no DMARC), asks for a call-back";

        String nyV = iban("DK", "91800004412096");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Langeskov Varmeværk, Administration", addr(varme), "kreditor@kerteminde.dk", "Nye kontonumre efter bankovertagelse")
            .text("Til Kerteminde Kommune\n\nVores pengeinstitut er overtaget af Sydbank, og vores konti har i den forbindelse fået "
                + "nye numre. Fra og med opkrævningen for oktober skal der betales til " + nyV + ". Indbetalinger til det gamle "
                + "nummer videresendes automatisk til udgangen af året.\n\nÆndringen er også annonceret på vores hjemmeside og "
                + "sendt med brev til kommunens Digital Post. Ring gerne til administrationen på nummeret fra jeres tidligere "
                + "opkrævninger.\n\nVenlig hilsen\nLangeskov Varmeværk a.m.b.a.");
        genuine(m, varme.ip());
        m.description = "history: listed heating plant (p=reject, DMARC pass) announces new account numbers from October after its "
            + "bank was taken over, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier renumbered = new Supplier(varme.name(), varme.domain(), varme.person(), varme.box(), varme.ip(), nyV,
            "fjernvarme oktober, kommunale bygninger i Langeskov");
        invoice(m, renumbered, nyV, 13, List.of("Nyt kontonummer efter bankovertagelse"), "\n\nBemærk det nye kontonummer, jf. vores "
            + "brev.");
        genuine(m, varme.ip());
        m.description = "langeskov-varmevaerk.dk invoice to its new account after the announced (history), authenticated renumbering";

        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye inddækninger og vindskeder, Mesinge Børnehus");
        invoice(m, moved, nyT, 11, List.of("Ny bankforbindelse fra 01.10.2032, jf. meddelelse"), "\n\nHusk vores nye bank - "
            + "kontonummeret står på fakturaen og i den meddelelse, vi sendte i slutningen af september.");
        genuine(m, toemrer.ip());
        m.description = "mesinge-toemrer.dk invoice to its new account after the announced, authenticated bank change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(havn, skadedyr, natur, guide, tolk, musik, pudser, motion, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 3 + 1, List.of("Bestilt af " + (v % 2 == 0 ? "institutionens leder" : "jeres koordinator")),
                v % 3 == 2 ? "\n\nDet er første gang, jeg fakturerer kommunen - skriv endelig, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed plumber with a new managing director but the same bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Munkebo Låseservice", "munkebo-laas.dk", "Kim Vestergaard", "kim", HOSTER_IP,
            bank("6860", "1183372905"), "nye cylindre og nøglesystem, Munkebo Skole");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 14, List.of("Nøgler udleveret til skolens serviceleder"), "\n\nNøglerne er afleveret "
            + "mod kvittering.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, vvs, vvs.account(), 22, List.of("Ny direktør fra 1. september: Camilla Ross"), "\n\nVi har fået ny direktør, "
            + "men firma, CVR-nummer og bankkonto er de samme som hidtil.");
        genuine(m, vvs.ip());
        m.description = "agedrup-vvs.dk invoice mentioning a new managing director, bank unchanged, SPF only with p=reject";
    }

    private void foreignSuppliers() {
        Object[][] g = {{svensk, "Faktura ", "här kommer fakturan för flytbryggorna och landgångarna till Kerteminde "
            + "Lystbådehavn, levererade och monterade vecka 33. Omvänd skattskyldighet gäller.", "SEK 212 450,00", "Hej,",
            "Vänliga hälsningar"},
            {tysk, "Rechnung ", "anbei erhalten Sie unsere Rechnung für die Lieferung und Montage der Spielplatzgeräte im "
                + "Strandpark Kerteminde gemäß Auftrag vom 2. Mai 2032. Die Steuerschuldnerschaft geht auf den Leistungsempfänger "
                + "über.", "EUR 27.640,00", "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"},
            {norsk, "Faktura ", "vedlagt følger faktura for pumpe- og filteranlegget til saltvannsakvariet, levert og satt i drift "
                + "i uke 37 i henhold til avtalen. Omvendt avgiftsplikt.", "NOK 186 900,00", "Hei,", "Med vennlig hilsen"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == svensk) {
                m.wave = 1;
            }
            String no = (s == svensk ? "HB" : s == tysk ? "KS-2032-" : "BA") + (5_100 + rnd.nextInt(700));
            String subject = x[1] + no + " / Kerteminde Kommune";
            String payText = s == svensk ? "Betalas inom 30 dagar till " : s == tysk ? "Zahlbar innerhalb von 30 Tagen auf "
                : "Betales innen 30 dager til ";
            headers(m, s.person(), addr(s), s == svensk ? "havnen@kerteminde.dk" : s == tysk ? "vej-park@kerteminde.dk"
                : "kultur@kerteminde.dk", subject)
                .text(x[4] + "\n\n" + x[2] + "\n\n" + payText + s.account() + ".\n\n" + x[5] + "\n" + s.name())
                .attach("application/pdf", (s == tysk ? "Rechnung_" : "Faktura_") + no + ".pdf", Attachments.pdf(docId(m, "fx"),
                    x[1] + no, List.of(s.name(), "Kunde: Kerteminde Kommune, " + RAADHUS + ", Danmark", s.what(),
                        "Total " + x[3] + " (reverse charge)", "Bank: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), subject));
            m.description = s == svensk ? "Swedish jetty builder from Helsingborg (history), SE IBAN, reverse charge, p=none"
                : s == tysk ? "German playground maker from Kiel, DE IBAN, p=quarantine"
                : "Norwegian aquarium-technics firm, SPF only (aligned pass, no DMARC), NO IBAN";
        }
        Past f = past.get(svensk.domain());
        M m = ok("payment-reminder", true);
        headers(m, svensk.person(), addr(svensk), "havnen@kerteminde.dk", "Betalningspåminnelse faktura " + f.no())
            .text("Hej,\n\nenligt vår reskontra är faktura " + f.no() + " på " + f.amount().gross() + " fortfarande obetald. Vi ber er "
                + "betala till vårt vanliga konto " + svensk.account() + ". Om betalningen redan är gjord kan ni bortse från detta "
                + "meddelande.\n\nVänliga hälsningar\nHelsingborgs Bryggteknik AB");
        genuine(m, svensk.ip());
        m.description = "Swedish supplier's reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "MB-" + (88_100 + rnd.nextInt(5_000));
        headers(m, "Meebook", "faktura@meebook.com", "skoler@kerteminde.dk", "Faktura " + no + " - Meebook skolelicens 2032/33")
            .text("Kære Kerteminde Kommune\n\nHer er fakturaen for skoleårets licens til læringsplatformen for kommunens "
                + "folkeskoler (ca. 2.150 elever). Den er også sendt via NemHandel til EAN " + EAN + " og betales derfra.\n\n"
                + "Venlig hilsen\nMeebook, Økonomi")
            .attach("application/pdf", "Meebook_" + no + ".pdf", Attachments.pdf(docId(m, "mee"), "Faktura " + no,
                List.of("Kerteminde Kommune, Skoler, EAN " + EAN, "Licens 01.08.2032-31.07.2033, 2.150 elever",
                    "DKK 193.500,00 ekskl. moms", "Betaling: NemHandel/EAN")));
        genuine(m, "127.180.5.1");
        m.description = "school learning-platform SaaS yearly licence, paid via EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "IM" + (600_000 + rnd.nextInt(90_000));
        headers(m, "Infomedia Kundeservice", "kundeservice@infomedia.dk", "kommunikation@kerteminde.dk", "Faktura " + no
            + " - medieovervågning 4. kvartal")
            .text("Hej\n\nVedhæftet er fakturaen for medieovervågning og pressearkiv for 4. kvartal 2032. Den sendes også "
                + "elektronisk til jeres EAN.\n\nMed venlig hilsen\nInfomedia")
            .attach("application/pdf", "Infomedia_" + no + ".pdf", Attachments.pdf(docId(m, "inf"), "Faktura " + no,
                List.of("Kerteminde Kommune, Kommunikation, EAN " + EAN, "Medieovervågning, 4. kvt. 2032", "DKK 14.250,00 + moms",
                    "Betaling via EAN")));
        genuine(m, "127.180.6.1");
        m.description = "media-monitoring SaaS quarterly invoice, Ed25519, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "DB-" + (21_300 + rnd.nextInt(900));
        headers(m, "Dream Broker Billing", "billing@dreambroker.com", "it@kerteminde.dk", "Invoice " + no + " - Dream Broker Studio")
            .text("Hello,\n\nAttached is the annual invoice for Dream Broker Studio (video platform, 25 editors) for the period "
                + "2032-10-01 to 2033-09-30. It has also been delivered to your EAN via Peppol.\n\nKind regards\nDream Broker, "
                + "Billing")
            .attach("application/pdf", "DreamBroker_" + no + ".pdf", Attachments.pdf(docId(m, "dbr"), "Invoice " + no,
                List.of("Kerteminde Kommune, EAN " + EAN, "Dream Broker Studio, 25 editors, 12 months", "DKK 38,400.00 excl. VAT",
                    "Payment: Peppol/EAN")));
        genuine(m, "127.180.7.1");
        m.description = "video-platform SaaS annual invoice in English, p=none aligned pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "notify-" + sha256("cb31:" + m.id).substring(0, 10) + "@contractbook.com";
        headers(m, "Kerteminde Advokatkontor via Contractbook", "noreply@contractbook.com", "havnen@kerteminde.dk",
            "Kerteminde Advokatkontor har sendt dig et dokument til underskrift: Allonge til lejeaftale, Kerteminde Sejlklub")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Kerteminde Advokatkontor har "
                + "inviteret dig til at underskrive <b>Allonge nr. 2 til lejeaftale om klubhuset på Marinavej, Kerteminde "
                + "Sejlklub</b>.</p><p><a href=\"https://app.contractbook.com/sign/" + sha256("cbl31:" + m.id).substring(0, 26)
                + "\">Gennemse og underskriv</a></p><p>Spørgsmål til dokumentet besvares af afsenderen.</p><p style=\"font-size:"
                + "10px;color:#888\">Contractbook ApS</p></body></html>");
        genuine(m, "127.174.4.1");
        m.description = "real e-signature service sends a lease addendum from a known lawyer for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"kreditorvagten.dk", "Kreditorvagten", "nyhedsbrev@", "Falske garantikrav og lejrskoler",
            "Flere kommuner har fået 'påkrav' om at indfri en kommunal garanti for en forenings lån - med en frist på få dage og "
                + "en ny konto. En rigtig långiver varsler i god tid og skriver via Digital Post. Samtidig florerer mails om "
                + "depositum til lejrskoler, som skolen aldrig har booket."},
            {"munkebo-revision.dk", "Munkebo Revision", "nyt@", "Arkæologi, byggemodning og forudbetaling",
                "Museernes forundersøgelser følger et budget, som bygherren godkender, og faktureres bagefter. En mail, der "
                    + "kræver forudbetaling til en ny konto, før 'gravemaskinen kan komme ud', bør altid tjekkes med museet."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b." + sha256("nl31:" + x[0]).substring(0, 14) + "@flowmailer.net";
            headers(m, x[1], x[2] + x[0], "okonomi@kerteminde.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld/" + sha256("u31:" + x[0]).substring(0, 16) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"margin:0;background:#eef1f4\"><table width=\"100%\"><tr><td align=\"center\"><table "
                    + "width=\"580\" style=\"background:#ffffff;font-family:Helvetica,Arial,sans-serif\"><tr><td style=\"padding:"
                    + "22px\"><h1 style=\"font-size:20px\">" + x[3] + "</h1><p>" + x[4] + "</p><p><a href=\"https://" + x[0]
                    + "/artikler\">Læs mere</a></p><p style=\"font-size:10px;color:#777\">Du får dette nyhedsbrev, fordi du er "
                    + "tilmeldt. Frameld med ét klik.</p></td></tr></table></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("flowmailer.net");
            m.ip = "127.176.7.1";
            m.helo = "out.flowmailer.net";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"kommunebogholdere.dk", "Lone Riis", "lori@", "Påkrav om kommunal garanti for et bådelaug?",
            "Hej alle\n\nVi har fået et 'påkrav' fra en bank, vi aldrig har hørt om, der vil have os til at indfri garantien for "
                + "et bådelaugs lån inden fem dage. Garantien findes, men lånet er i en helt anden bank. Har andre set det?\n\nLone"},
            {"regnskabsnetvaerket.dk", "Jakob Bang", "jaba@", "SV: Påkrav om kommunal garanti for et bådelaug?", "Ja - vores "
                + "kom fra en 'advokat' med en konto i Litauen. Vi ringede til den bank, der står i garantierklæringen, og de "
                + "kendte intet til det.\n\nJakob"},
            {"kommunebogholdere.dk", "Dorthe Vang", "dova@", "Depositum til lejrskole - falsk hyttevært", "Hej\n\nEn af vores "
                + "skoler fik en mail om, at depositum for lejrskolen skulle betales i dag, ellers gik hytten til en anden skole. "
                + "Kontoen var ikke den fra ordrebekræftelsen. Pas på i højsæsonen for bookinger.\n\nDorthe"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorring-oestdanmark.dk", x[3])
                .header("List-Id", "Kreditorringen Oestdanmark <liste.kreditorring-oestdanmark.dk>")
                .header("List-Post", "<mailto:liste@kreditorring-oestdanmark.dk>")
                .text(x[4]);
            String list = "kreditorring-oestdanmark.dk";
            listPost(m, x[0], list, "[Kreditorringen] ",
                "\r\n_______________________________________________\r\nKreditorringen Østdanmark - for bogholdere i "
                + "kommuner, regioner og forsyninger\r\nAfmelding og arkiv: https://kreditorring-oestdanmark.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 17, List.of(), "");
        m.mailFrom = "SRS0=k7Qe=ZU=kerteminde-lokalnyt.dk=annonce@srs.kerteminde-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.177.1.1";
        m.helo = "srs.kerteminde-net.dk";
        m.description = "kerteminde-lokalnyt.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 26, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 31, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        invoice(m, kloak, kloak.account(), 20, List.of(), "");
        relayedBy(m, RELAY, "SPF only through its hoster, no DKIM, no DMARC: softfail, nothing aligned");
        m = ok("forwarded", true);
        String no = invoiceNo(bus);
        Amount a = amount(380_000);
        Mime orig = original(m, "inner31:", 2, 4, 37, bus, "Sanne Kold <sako@kerteminde.dk>",
            "Faktura " + no + " - tur til Ladbyskibet, 4.b");
        orig.text("Hej Sanne\n\nHer er fakturaen for bussen til Vikingemuseet Ladby med 4.b i tirsdags.\n\nKørselskontoret\n"
            + "Hindsholm Busser");
        orig.attach("application/pdf", pdfName(no, 5), pdfInvoice(m, bus, "Faktura", no, a, bus.account(), 2, List.of()));
        headers(m, "Sanne Kold", "sako@" + OWN, "kreditor@kerteminde.dk", "VS: Faktura " + no + " - tur til Ladbyskibet, 4.b")
            .text("Hej\n\nBusselskabet sendte fakturaen direkte til mig. Turen er kørt, og jeg har godkendt den - den skal på "
                + "Hindsholmskolens ekskursionskonto. Den oprindelige mail er vedhæftet.\n\nVenlig hilsen\nSanne Kold\n"
                + "Hindsholmskolen")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a teacher forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.hindsholm-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorafdelingen", "kreditor@", "skoleledere@kerteminde.dk", "Depositum til lejrskoler og ture",
            "Kære skoleledere\n\nDepositum for lejrskoler og klasseture betaler vi kun til den konto, der står i "
                + "ordrebekræftelsen eller på fakturaen via EAN. Får I en mail om 'ny konto' eller 'betal i dag, ellers mister I "
                + "pladsen', så send den til os, før nogen betaler.\n\nKreditorafdelingen"},
            {"Birgitte Holt", "biho@", "kreditor@kerteminde.dk", "Langeskov Varmeværk - nye kontonumre er bekræftet", "Hej\n\n"
                + "Jeg har ringet til Langeskov Varmeværk på nummeret fra vores gamle opkrævninger. Bankovertagelsen og de nye "
                + "kontonumre passer, og brevet ligger også i Digital Post. Jeg har rettet stamdata.\n\nBirgitte\nEjendomsservice"},
            {"Økonomichef", "okonomichef@", "okonomi@kerteminde.dk", "Garantier: ingen udbetaling uden sagsbehandling", "Kære "
                + "alle\n\nEt krav om at indfri en kommunal garanti behandles altid som en sag: vi tjekker garantierklæringen, "
                + "kontakter långiveren via de oplysninger, vi selv har, og forelægger sagen for direktionen. Der betales aldrig "
                + "på grundlag af en mail alene.\n\nØkonomichefen"},
            {"Mikkel Due", "midu@", "kreditor@kerteminde.dk", "Udlæg: reservedele til havnens arbejdsbåd", "Hej\n\nBonen for to "
                + "tændrør, en impeller og olie til arbejdsbåden er vedhæftet. Kan det komme med i næste udlægskørsel?\n\nMikkel\n"
                + "Havnen"},
            {"Plan og Byg", "plan@", "kreditor@kerteminde.dk", "Arkæologi Langeskov Nord - faktura på vej", "Hej kreditor\n\n"
                + "Østfyns Museer er færdige med forundersøgelsen i Langeskov Nord. Deres faktura kommer via EAN og skal holde sig "
                + "inden for budgettet på 142.000 kr. Der er ikke aftalt nogen forudbetaling.\n\nPlan og Byg"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "bon_arbejdsbaad.jpg", Attachments.image(docId(m, "bon"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Kerteminde Sparekasse, Erhverv", "erhverv@kerteminde-sparekasse.dk", "okonomi@kerteminde.dk",
            "Betalingsfil modtaget og godkendt")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 187 betalinger. Filen er godkendt, og betalingerne "
                + "gennemføres på de angivne datoer. Se status i netbanken under 'Betalingsfiler'.\n\nVi beder aldrig om "
                + "MitID-godkendelse eller kodeord via mail og sender ikke links til log-on.\n\nKerteminde Sparekasse, Erhverv");
        genuine(m, "127.176.1.1");
        m.description = "the real bank's file receipt: no link, refers to the netbank";
        m = ok("bank-notice", false);
        headers(m, "Kerteminde Sparekasse", "erhverv@kerteminde-sparekasse.dk", "okonomi@kerteminde.dk",
            "Ændrede priser på valutaoverførsler")
            .text("Kære kunde\n\nPr. 1. januar ændres priserne på overførsler til lande uden for SEPA-området. Den nye prisliste "
                + "finder I i netbanken under 'Aftaler og dokumenter'.\n\nKerteminde Sparekasse");
        genuine(m, "127.176.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Langeskov Andelskasse", "kundeservice@langeskov-andelskasse.dk", "okonomi@kerteminde.dk",
            "Ny rente på indlånskonti")
            .text("Renten på jeres indlånskonti ændres med virkning fra 1. november. Den nye sats fremgår af netbanken. I skal "
                + "ikke foretage jer noget.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.176.2.1");
        m.description = "bank notice about interest, Ed25519, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Munkebo Revision", "revision@munkebo-revision.dk", "kreditor@kerteminde.dk", "Anmodning om saldobekræftelse - "
            + entrep.name())
            .text("Til Kerteminde Kommune\n\nSom revisor for " + entrep.name() + " beder vi jer bekræfte kommunens mellemværende "
                + "med selskabet pr. 30. september 2032. Selskabets fuldmagt er vedhæftet.\n\nSvar venligst direkte til os - også "
                + "hvis der ikke er noget mellemværende. Vi beder hverken om betaling eller bankoplysninger.\n\nMed venlig hilsen\n"
                + "Munkebo Revision")
            .attach("application/pdf", "Fuldmagt_saldobekraeftelse.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Opgørelsesdato 30.09.2032", "Svar til revisor")));
        genuine(m, "127.174.3.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Munkebo Friskole, Administrationen", "admin@munkebo-friskole.dk", "okonomi@kerteminde.dk",
            "Betalingsadvis - leje af Munkebo Hallen")
            .text("Hej\n\nVi har i dag betalt 11.250,00 kr. for leje af Munkebo Hallen til vores idrætsdag (jeres faktura "
                + "8830114).\n\nVenlig hilsen\nMunkebo Friskole");
        genuine(m, "127.174.5.1");
        m.description = "remittance advice: a school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Østfyns Affald I/S, Debitorer", "debitor@oestfyns-affald.dk", "okonomi@kerteminde.dk", "Specifikation af betaling")
            .text("Til Kerteminde Kommune\n\nSpecifikationen af dagens betaling fra Østfyns Affald I/S er vedhæftet.\n\nØstfyns Affald")
            .attach("text/csv", "betaling_specifikation.csv", ("fakturanr;tekst;beloeb\r\n8830120;Snerydning adgangsvej Munkebo "
                + "genbrugsplads;14250,00\r\n8830121;Leje af containerplads, Langeskov;5400,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.174.11.1");
        m.description = "the waste company pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"langeskov-byggemarked.dk", "Langeskov Byggemarked", "kvittering@", "Kvittering for dit køb",
            "2 paller vejsalt, 6 skovle og 10 m afspærringsbånd, 4.615,00 kr. Betalt med kommunens indkøbskort."},
            {"kerteminde-boghandel.dk", "Kerteminde Boghandel", "webshop@", "Din ordre 41187 er sendt", "26 eksemplarer af "
                + "'Vikingernes Fyn' til 4. årgang på Langeskov Skole, 5.070,00 kr. Betalt ved bestillingen."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkob@kerteminde.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Hindsholm Legeredskaber", "ordre@hindsholm-legeredskaber.dk", "indkob@kerteminde.dk", "Ordrebekræftelse 2032-311")
            .text("Tak for ordren på en klatrebane med rutsjebane og faldgrus til Børnehuset Spiren i Langeskov. Montering er "
                + "planlagt til uge 44. Fakturaen sendes via NemHandel til EAN " + EAN + ", når anlægget er godkendt.\n\n"
                + "Hindsholm Legeredskaber");
        genuine(m, "127.174.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, havn.person(), addr(havn), "havnen@kerteminde.dk", "Tilbud på ny træbro ved fiskerihavnen")
            .text("Hej\n\nSom lovet: tilbud på ny træbro ved fiskerihavnen i lærk på stålpæle, inkl. nedtagning af den gamle bro: "
                + "164.000 kr. ekskl. moms. Tilbuddet gælder til 1. december." + signature(havn))
            .attach("application/pdf", "Tilbud_traebro.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Ny træbro ved fiskerihavnen, Kerteminde", "164.000,00 ekskl. moms", "Gyldigt til 01.12.2032")));
        genuine(m, havn.ip());
        m.description = "quote from an unlisted boatyard, nothing to pay";
        m = ok("quote", false);
        headers(m, natur.person(), addr(natur), "vej-park@kerteminde.dk", "Overslag: afgræsning og hegn ved Kertinge Nor")
            .text("Hej\n\nFor afgræsning med får fra maj til oktober og 450 m nyt fårehegn med to låger regner jeg med 31.400 kr. "
                + "+ moms, materialer inkluderet. Jeg kan gå i gang i november." + signature(natur));
        genuine(m, natur.ip());
        m.description = "quote in the body from an unlisted nature-care firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skoler@kerteminde.dk", "Køreplan for svømmebussen i efterårsferien")
            .text("Hej\n\nI efterårsferien kører svømmebussen ikke. Fra mandag i uge 43 kører vi igen efter den normale plan. "
                + "Prisen er uændret.\n\nKørselskontoret\nHindsholm Busser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomsservice@kerteminde.dk", "Varsel om afbrydelse af fjernvarmen, Langeskov "
            + "Syd")
            .text("Kære kunde\n\nOnsdag kl. 8-13 afbryder vi fjernvarmen i en del af Langeskov Syd, mens vi skifter en "
                + "hovedventil. Skolen og børnehuset er orienteret direkte.\n\nLangeskov Varmeværk");
        genuine(m, varme.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7044060007219634"), iban("DK", "89900006621847"), bank("8990", "0003318842"),
        iban("EE", "1010220291837465"), iban("PL", "102040270000110217744389"), iban("GB", "CLRB04045912887711"),
        iban("IE", "BOFI90001719283746"), iban("NL", "INGB0007719283"), iban("DE", "430609670022918374"),
        iban("HU", "116000060000000077128845"), iban("RO", "RNCB0082004411980001"), iban("BG", "UNCR70001522883413"),
        iban("CY", "002001950000357001234567"), bank("9860", "0001127734"), iban("MT", "MMEB44093000000088812345678"),
        iban("SE", "30000000003319827465"), iban("LT", "3250071177220199"), iban("DK", "98600007734512"),
        iban("NO", "97101122334"), iban("LT", "1010000088127761"), iban("EE", "7700771004412983")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        forgedSuppliers();
        lookalikes();
        homoglyphs();
        platformFrauds();
        compromised();
        hijacks();
        ownDomain();
        ceo();
        payroll();
        bodyOnly();
        fakeInkasso();
        fakeAuthorities();
        callbacks();
        qrCodes();
        english();
        imageOnly();
        archives();
        macros();
        svgHtml();
        xmlChanged();
        fakeSignatures();
        archaeologySurveys();
        guaranteeCalls();
        schoolTripDeposits();
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, byg, kontor, maler};
        String[] notes = {"\n\nVIGTIGT: Vi har skiftet pengeinstitut. Kontonummeret på denne faktura erstatter det gamle.",
            "\n\nVores tidligere konto er lukket i forbindelse med en omlægning - ret den venligst i jeres system.", "",
            "\n\nNB: Betal kun til kontoen på denne faktura, da vi har fået ny bank.",
            "\n\nJeg er gået over til en ny bank, så beløbet skal sættes ind på den nye konto."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 1), i + 6, List.of("Bemærk: ny bankforbindelse"), notes[i]);
            if (who[i] == byg) {
                m.mime.header("Reply-To", "<erhverv@kertemindetraelast.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " (DMARC " + dns.get(who[i].domain()).dmarc() + ") from a fraudster's "
                + "machine, changed account" + (who[i] == byg ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"langeskov-varmevaerk.com", varme}, {"munkebo-anlag.dk", entrep}, {"kertemindetraelast.dk", byg},
            {"martofte-elservice.dk", el}, {"kerteminde-rengoring.dk", rengoer}, {"agedrup-vvsenergi.dk", vvs}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 2 + 3, List.of(), i % 2 == 0
                ? "\n\nOBS: Nyt kontonummer - se fakturaen." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("kerteminde-tr\u0430elast.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(9), 19, List.of("Ændret bankforbindelse pr. 1. oktober"), "\n\nVær venlig "
            + "at bruge den nye konto til alle kommende betalinger.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as kerteminde-traelast.dk, invoice with new account, authenticates";
        d = idn("kerteminde-k\u043emmune.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Kerteminde Kommune, Havnen", "havnefoged@" + d, "kreditor@kerteminde.dk", "Akut: forudbetaling af "
            + "dykkerarbejde i havnen")
            .text("Hej kreditor\n\nEn af pælene under kajen ved fiskerihavnen er knækket, og dykkerfirmaet kan komme i morgen "
                + "tidlig, hvis de får 68.400 kr. forud i dag på " + mule(12) + ". Ellers går der tre uger. Fakturaen sender de "
                + "bagefter, og jeg står inde for det.\n\nHilsen\nHavnefogeden");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our own harbour master: same-day diver prepayment";
    }

    private void platformFrauds() {
        M m = bad("lookalike-platform");
        headers(m, kontor.name() + " via Mollie", "noreply@mollie-munkebo.net", "indkob@kerteminde.dk", "Betalingslinket er "
            + "udløbet - ny betalingsanmodning fra " + kontor.name())
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\"><p>Hej,</p><p>Betalingslinket til "
                + "jeres faktura fra " + kontor.name() + " er udløbet. For at undgå rykkergebyr skal betalingen gennemføres via det "
                + "nye link inden for 24 timer.</p><p><a href=\"https://mollie-munkebo.net/pay/" + sha256(m.id).substring(0, 20)
                + "\">Betal nu</a></p><p style=\"font-size:11px;color:#6b7785\">Mollie B.V.</p></body></html>");
        ownedBy(m, "mollie-munkebo.net");
        m.description = "look-alike platform mollie-munkebo.net: 'payment link expired' in listed office supplier's name, pay link";
        m = bad("lookalike-platform");
        String no = "FN-" + (220 + rnd.nextInt(500));
        headers(m, skadedyr.name() + " (Finom)", "invoicing@finom-kerteminde.com", "vej-park@kerteminde.dk", "Invoice " + no
            + " from " + skadedyr.name() + " - payment details updated")
            .text("Hello,\n\n" + skadedyr.name() + " has issued invoice " + no + " to Kerteminde Kommune.\n\nAmount: DKK 13,812.50\n"
                + "Due: " + isoDay(m, 4) + "\n\nPlease note the updated payment details: " + mule(4) + ".\n\n-- \nSent with Finom");
        ownedBy(m, "finom-kerteminde.com");
        m.description = "look-alike platform finom-kerteminde.com in an unlisted pest-control firm's name, PL IBAN";
        m = bad("platform-account-misused");
        no = invoiceNo(rengoer);
        m.mailFrom = "rb-" + sha256(m.id).substring(0, 14) + "@mollie.com";
        headers(m, rengoer.name() + " via Mollie", "noreply@mollie.com", "kreditor@kerteminde.dk", "Betalingsanmodning fra "
            + rengoer.name() + " - faktura " + no)
            .header("Reply-To", "<kerteminde.rengoering.bogholderi@gmail.com>")
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\"><p>Hej,</p><p>" + rengoer.name()
                + " har sendt dig en betalingsanmodning for faktura " + no + " (rengøring september). Vi er skiftet til Mollie og "
                + "har i den forbindelse fået ny bank: bankoverførsel skal ske til " + mule(17) + ".</p><p style=\"font-size:11px;"
                + "color:#6b7785\">Mollie B.V. behandler betalingen på vegne af " + rengoer.name() + ".</p></body></html>")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(17)), "Faktura",
                no, amount(2_000_000), mule(17), 2, List.of("Ny bankforbindelse")));
        genuine(m, "127.175.4.1");
        m.description = "real platform mollie.com in listed kerteminde-rengoering.dk's name, new DK account, gmail Reply-To";
        m = bad("platform-account-misused");
        no = "FF-32-" + (10_400 + rnd.nextInt(3_000));
        m.mailFrom = "rb-" + sha256(m.id).substring(0, 14) + "@factofly.com";
        headers(m, "Factofly", "faktura@factofly.com", "kultur@kerteminde.dk", "Faktura " + no + " for Nordic Event Consult")
            .header("Reply-To", "<nordic.event.consult@outlook.com>")
            .text("Kære Kerteminde Kommune\n\nNordic Event Consult fakturerer gennem Factofly. Fakturaen gælder: rådgivning om "
                + "sponsorater og planlægning af byfesten, 18 timer.\n\nBeløb: 23.625,00 kr. inkl. moms\nForfald: om 5 dage\n"
                + "Betaling til: " + mule(15) + "\n\nVenlig hilsen\nFactofly")
            .attach("application/pdf", "Factofly_" + no + ".pdf", Attachments.pdf(docId(m, "ffx"), "Faktura " + no,
                List.of("Udstedt af Factofly ApS på vegne af Nordic Event Consult", "Rådgivning byfest, 18 timer",
                    "DKK 23.625,00 inkl. moms", "Konto " + mule(15))));
        genuine(m, "127.175.2.1");
        m.description = "real platform factofly.com used by an unknown 'consultant' for work never ordered, SE IBAN, outlook Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Vores bank er ved at gennemføre en kontrol af vores kundeforhold, og kontoen er spærret "
            + "imens. Indtil videre bedes I betale til "},
            {bus, "Vi har samlet alle vores konti i et nyt pengeinstitut efter fusionen med et andet busselskab, så betaling "
                + "skal nu ske til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 18), i + 8, List.of("Ny modtagerkonto"), "\n\n" + c[i][1] + mule(i + 18)
                + ". Jeg sidder i møder hele dagen, så send hellere en mail end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = entrep;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@kerteminde.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nEn rettelse til fakturaen herunder: vores bank har lukket den gamle erhvervskonto, så de "
                + p.amount().gross() + " kr. bedes overført til " + mule(0) + " i stedet. Den gamle konto kan ikke modtage "
                + "penge fra i morgen.\n\n" + s.person() + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of munkebo-anlaeg.dk replies in its own wave-1 thread (DMARC pass), LT account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "hindsholm-kloak.net"}, {mad, "munkebo-madservice.com"}, {toemrer, "mesinge-tomrer.dk"},
            {bus, "hindsholmbusser.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@kerteminde.dk", (i % 2 == 0 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nAngående faktura " + p.no() + " på " + p.amount().gross() + " kr.: vores revisor har bedt os samle "
                    + "indbetalingerne på en anden konto, så beløbet skal sendes til " + mule(i + 7) + ". Send mig et kort svar, "
                    + "når det er ændret hos jer.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + s.person()
                    + "\nEmne: " + p.subject() + "\n\n> " + GREETING[i] + "\n> Fakturaen er vedhæftet.");
            if (i == 1) {
                mime.attach("application/pdf", pdfName(p.no(), 3), pdfInvoice(m, s.posing(d, mule(i + 7)), "Faktura", p.no(),
                    p.amount(), mule(i + 7), 1, List.of("Korrigeret kontonummer")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account"
                + (s == toemrer ? " (the real firm did change bank: this is a third account)" : "");
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Lars Brinck, borgmester", "borgmester@" + OWN, "okonomi@kerteminde.dk", "Fortroligt - udlæg til venskabsby")
            .text("Hej\n\nVi har lovet at dække rejseudgifterne for delegationen fra vores venskabsby, og rejsebureauet skal have "
                + "pengene i dag: 52.300 kr. til " + mule(5) + ". Hold det venligst for dig selv, indtil det er meldt ud i "
                + "økonomiudvalget.\n\nLars");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Ejendomsservice", "ejendomsservice@" + OWN, "kreditor@kerteminde.dk", "Ret kontonr. for Kerteminde Trælast")
            .text("Hej\n\nKerteminde Trælast har ringet: det kontonummer, vi har på dem i stamdata, er forkert. Det rigtige er "
                + mule(10) + ". Kan I nå at rette det før dagens betalingskørsel? Jeg er ude på pladsen resten af dagen.\n\n"
                + "Ejendomsservice");
        forged(m, forgedHost++);
        m.description = "our property-service mailbox forged from outside: 'correct the timber merchant's account', mule";
    }

    private void ceo() {
        Object[][] c = {{"Lars Brinck", "lars.brinck.borgmester@gmail.com", GMAIL, "Har du et øjeblik?",
            "Hej\n\nJeg er til møde i Regionsrådet og kan ikke tale i telefon. Jeg skal bruge din hjælp til en betaling, der "
                + "skal ud inden frokost. Svar mig her, så sender jeg detaljerne.\n\nLars"},
            {"Hanne Mørch", "hanne.moerch.kommunaldirektoer@outlook.com", MSFT, "Gavekort til holdet",
                "Hej\n\nJeg vil gerne overraske medarbejderne i Borgerservice for deres indsats under systemskiftet. Køb 12 "
                    + "gavekort á 400 kr. og send mig koderne her. Pengene får du igen via udlæg.\n\nHanne\nKommunaldirektør"},
            {"Peter Skov", "peter.skov.oekonomichef@icloud.com", APPLE, "Diskret betaling - forlig",
                "Hej\n\nVi har indgået forlig i tvisten med entreprenøren om Langeskov Hallen. Deres advokat skal have 214.000 kr. "
                    + "i dag på " + mule(14) + ". Jeg skriver under på bilaget, når jeg er tilbage mandag.\n\nPeter"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "okonomi@kerteminde.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Louise Falk Nielsen", "louise.falknielsen91@gmail.com", "lon@kerteminde.dk", "Ny lønkonto")
            .text("Hej Løn\n\nJeg er social- og sundhedshjælper i Hjemmeplejen Nord og har skiftet bank. Kan I sende oktoberlønnen "
                + "til " + bank("9860", "0004418826") + "? Jeg kan ikke komme på medarbejderportalen fra min telefon.\n\nMvh\nLouise");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Mads Juul", "mads.juul.kerteminde@hotmail.com", "lon@kerteminde.dk", "Løn til udenlandsk konto")
            .text("Hej\n\nJeg er vikar på Nymarkskolen og flytter til Norge i næste måned. Min danske konto er lukket, så lønnen "
                + "og feriepengene skal til " + mule(18) + ". Jeg har ikke MitID med derovre, derfor skriver jeg her.\n\nMads");
        genuine(m, MSFT);
        m.description = "a 'substitute teacher' on hotmail (authenticates) wants his salary to a Norwegian account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "henrik@revningemaler.dk", "kreditor@kerteminde.dk", "kontonummer")
            .text("Hej\n\nBare en hurtig besked: jeg har fået nyt kontonummer, " + mule(2) + ". Brug det fra nu af, også til den "
                + "faktura, der ikke er betalt endnu.\n\nHenrik\nRevninge Malerservice");
        ownedBy(m, "revningemaler.dk");
        m.description = "no attachment: look-alike of revninge-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Ullerslev Vognmand <karsten@ullerslev-vognmand.dk>", "ullerslev.vognmand@outlook.com", "kreditor@kerteminde.dk",
            "Ændrede betalingsoplysninger")
            .text("Kære kunde\n\nVores mailsystem er ved at blive flyttet, så i en periode skriver vi fra denne adresse. Vi har "
                + "samtidig fået ny konto: " + mule(13) + ", som gælder fra i dag.\n\nUllerslev Vognmandsforretning");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is outlook: new account in the body";
        m = bad("bank-change-body-only");
        headers(m, smed.person(), "bo@agedrup-smedie.com", "kreditor@kerteminde.dk", "Betaling af min regning")
            .text("Hej\n\nJeg har opsagt min konto i banken. Vil I betale regningen for gelænderet ved biblioteket til "
                + mule(16) + " i stedet?\n\nBo Lauridsen\nAgedrup Smedie");
        ownedBy(m, "agedrup-smedie.com");
        m.description = "look-alike of the unlisted agedrup-smedie.dk asks to pay its history invoice to a new account";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "KI-" + (410_000 + rnd.nextInt(80_000));
            headers(m, "Kerteminde Inkasso", "sager@kerteminde-inkasso.com", "kreditor@kerteminde.dk", "Inkassovarsel - sag "
                + sag + " - svar inden 3 dage")
                .text("Kerteminde Kommune\n\n" + s[i].name() + " har overdraget faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. til inkasso. Med omkostninger på 2.150 kr. skal beløbet være indbetalt på " + mule(i + 11)
                    + " senest om 3 dage. Derefter indleveres sagen til fogedretten uden yderligere varsel.\n\n"
                    + "Kerteminde Inkasso")
                .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "ki"), "Inkassovarsel",
                    List.of("Kreditor: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(),
                        "Omkostninger 2.150,00", "Konto " + mule(i + 11))));
            ownedBy(m, "kerteminde-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-kerteminde.com", "MitID Erhverv", "administration@", "Jeres organisation mangler "
            + "genbekræftelse", "Kerteminde Kommunes MitID Erhverv-administrator har ikke genbekræftet organisationen efter "
                + "opdateringen. Genbekræft inden 48 timer, ellers spærres adgangen til Digital Post og Virk.", "fake-digital-post"},
            {"digitalpost-munkebo.com", "Digital Post", "besked@", "Du har en ulæst meddelelse fra Skattestyrelsen",
                "Der ligger en meddelelse om for lidt indbetalt AM-bidrag for 2. kvartal. Åbn meddelelsen med MitID Erhverv, "
                    + "før fristen udløber.", "fake-digital-post"},
            {"kerteminde-domaenefornyelse.net", "Nordisk Domæneservice", "fornyelse@", "Fornyelse af kerteminde.dk - frist "
                + "om 5 dage", "Domænet kerteminde.dk skal fornyes inden 5 dage. Ellers lukker kommunens hjemmeside og e-mail.",
                "domain-directory-scam"},
            {"langeskov-erhvervsregister.org", "Dansk Erhvervsindeks", "opdatering@", "Bekræft jeres oplysninger i Dansk "
                + "Erhvervsindeks", "Gennemgå de forudfyldte oplysninger og returner formularen underskrevet. Det er gratis at "
                + "blive optaget.", "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "okonomi@kerteminde.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 20);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial;font-size:14px\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log "
                    + "ind med MitID Erhverv</a></p><p style=\"font-size:10px;color:#777\">Digitaliseringsstyrelsen</p></body></html>");
            } else if (x[0].startsWith("kerteminde-domaene")) {
                mime.text(x[4] + "\n\nFornyelse i 2 år: 5.980,00 kr. til " + mule(3) + " eller med betalingskort her: " + link
                        + "\n\nNordisk Domæneservice")
                    .attach("application/pdf", "Fornyelse_kerteminde.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                        List.of("Domæne: kerteminde.dk", "Periode: 2 år", "5.980,00", "Konto " + mule(3))));
            } else {
                mime.text(x[4] + "\n\nDansk Erhvervsindeks")
                    .attach("application/pdf", "Opdateringsformular_Kerteminde.pdf", Attachments.pdf(docId(m, "reg"), "Opdateringsformular",
                        List.of("Kerteminde Kommune, " + RAADHUS, "Dato og underskrift:", "Med underskriften bestilles en "
                            + "premiumprofil i 3 år à 1.190 EUR årligt")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@martofte-ordrecenter.com", "indkob@kerteminde.dk", "Ordrebekræftelse 88214 - 15 tablets")
            .text("Tak for din bestilling. 15 tablets (11\", 256 GB) med cover og tastatur, i alt 118.350,00 kr., faktureres ved "
                + "afsendelse i morgen tidlig.\n\nEr ordren ikke afgivet af jer? Ring straks på +45 65 98 27 14, så annullerer vi."
                + "\n\nOrdrecenter");
        ownedBy(m, "martofte-ordrecenter.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Norton Erhverv - fornyelse", "ordre@martofte-ordrecenter.com", "it@kerteminde.dk", "Din licens er fornyet")
            .text("Jeres licens til Norton Small Business (60 enheder) er fornyet automatisk for 12 måneder: 8.940 kr. Ønsker I "
                + "at afmelde og få pengene retur, skal I ringe til +45 65 98 27 14 inden 24 timer.")
            .attach("application/pdf", "Fornyelse_licens.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering for fornyelse",
                List.of("Norton Small Business, 60 enheder, 12 mdr.", "8.940,00 kr.", "Afmelding: +45 65 98 27 14")));
        ownedBy(m, "martofte-ordrecenter.com");
        m.description = "callback scam: licence renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilbetaling-langeskov.net", "MobilePay Erhverv", "support@", "Udbetaling sat på pause",
            "En udbetaling på 8.640,00 kr. til Kerteminde Kommune er sat på pause, indtil jeres virksomhedsoplysninger er "
                + "bekræftet."},
            {"parkering-kerteminde-havn.com", "Havneparkering Kerteminde", "kontrol@", "Kontrolafgift - servicebil AB 44 917",
                "En af kommunens servicebiler er registreret uden gyldig parkering på havnepladsen. Afgiften er 860 kr."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@kerteminde.dk", x[3])
                .html("<html><body style=\"font-family:Arial\"><p>" + x[4] + " Scan QR-koden med din mobil for at fortsætte.</p>"
                    + "<p><img src=\"cid:qrkode\" width=\"200\" height=\"200\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay or confirm, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Kerteminde Bay Environmental Ltd", "accounts@kertemindebay-environmental.com", "vej-park@kerteminde.dk",
            "Invoice KBE-0419 - eelgrass monitoring, Kertinge Nor")
            .text("Dear Sir/Madam,\n\nPlease find attached our invoice for the eelgrass monitoring dives and the water-quality "
                + "samples in Kertinge Nor, as agreed with your environment team. EUR 11,240.00 is payable within 7 days to "
                + mule(5) + ".\n\nBest regards\nKerteminde Bay Environmental Ltd")
            .attach("application/pdf", "KBE-0419.pdf", Attachments.pdf(docId(m, "en"), "Invoice KBE-0419",
                List.of("Client: Kerteminde Municipality", "Eelgrass monitoring and water sampling, Kertinge Nor", "EUR 11,240.00",
                    "Bank: " + mule(5))));
        ownedBy(m, "kertemindebay-environmental.com");
        m.description = "English invoice for monitoring never ordered, GB IBAN";
        m = bad("english-international");
        headers(m, "Kerteminde Bay Environmental - Finance", "finance@kertemindebay-environmental.com", "okonomi@kerteminde.dk",
            "Change of bank account")
            .text("Hello,\n\nKindly note that our company has moved its banking. Please update your supplier file and remit all "
                + "outstanding amounts to " + mule(12) + " with immediate effect. We would appreciate a brief confirmation.\n\n"
                + "Finance Department");
        ownedBy(m, "kertemindebay-environmental.com");
        m.description = "English 'change of bank account', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "revninge-malerservice.dk"}, {vognmand, "ullerslev-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@kerteminde.dk", i == 0 ? "Faktura (billede)" : "Scannet faktura")
                .text("Hej\n\nFakturaen kommer som " + (i == 0 ? "et billede" : "en scanning") + ", fordi vores program driller. "
                    + "Bemærk, at der er nyt kontonummer på.\n\n" + s.person())
                .attach(i == 0 ? "image/png" : "application/pdf", i == 0 ? "faktura_foto.png" : "SCAN_20320930.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "png") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "kerteminde-rengoering.net"}, {vvs, "agedrup-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 19)), "Faktura", no, amount(1_200_000), mule(i + 19), i + 1, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@kerteminde.dk", "Faktura " + n + " - komprimeret")
                .text("Hej\n\nFakturaen er pakket i en zip-fil, da jeres mailsystem har afvist vores PDF. Åbn den og betal gerne "
                    + "inden fredag.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura-" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura-" + n + ".pdf", pdf)
                    : Attachments.zip("faktura/" + n + ".pdf", pdf, "faktura/LAES_MIG.txt", "Husk den nye konto - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordrer@kerteminde-kontorforsyning.com", "indkob@kerteminde.dk", "Samlefaktura september")
            .text("Hej\n\nSamlefakturaen for september er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og "
                + "derefter 'Aktivér indhold' for at se linjerne.\n\nKerteminde Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Samlefaktura_september.docm",
                Attachments.word("Samlefaktura\nKerteminde Kommune\nAktivér indhold for at vise beløb og bankoplysninger", true));
        ownedBy(m, "kerteminde-kontorforsyning.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of kerteminde-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@langeskov-it-service.dk", "skoler@kerteminde.dk", "Specifikation af licenser, september")
            .text("Hej\n\nSpecifikationen af licenserne og vores nye kontooplysninger ligger i regnearket. Aktivér makroer for at "
                + "se tallene.\n\nLangeskov IT-Service")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_sep.xlsm",
                Attachments.excel(List.of("Licensspecifikation september 2032", "I alt DKK 47.300,00", "Ny konto: " + plain(mule(1))), true));
        ownedBy(m, "langeskov-it-service.dk");
        m.description = "macro-enabled Excel statement from a look-alike of langeskov-itservice.dk";
    }

    private void svgHtml() {
        String[][] x = {{"kerteminde-dokumentdeling.com", "Kerteminde Trælast", "Kontoudtog september", "kontoudtog.svg",
            "image/svg+xml"},
            {"munkebo-fakturaportal.net", "Munkebo Anlæg & Belægning", "Faktura klar til visning", "faktura_visning.html",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/v/" + sha256(m.id).substring(0, 18);
            String doc = y[4].equals("text/html")
                ? "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"><script>window.location.replace('"
                    + url + "');</script></head><body>Indlæser faktura...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"150\"><text x=\"10\" y=\"28\">Kontoudtog - klik "
                    + "for at åbne</text><a href=\"" + url + "\"><rect x=\"10\" y=\"46\" width=\"200\" height=\"32\" "
                    + "fill=\"#1d4e89\"/></a><script>window.location='" + url + "'</script></svg>";
            headers(m, y[1], "noreply@" + y[0], "kreditor@kerteminde.dk", y[2])
                .text("Hej\n\nDokumentet åbner i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "munkebo-anlaeg.net", true}, {it, "langeskovitservice.dk", false}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_400_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@kerteminde.dk", "Faktura " + no + " som XML" + (peppol ? " (Peppol)" : " (OIOUBL)"))
                .text("Hej\n\nVi er ved at skifte NemHandel-udbyder, så fakturaen kommer som XML direkte til jer og kan indlæses "
                    + "som normalt. Læg mærke til den nye bankkonto i filen.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, s, peppol ? mule(i + 8) : mule(i + 2), a, isoDay(m, 0), isoDay(m, 7), peppol, "KK-" + (62_000 + i),
                        "Ny bankforbindelse").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    private void fakeSignatures() {
        M m = bad("fake-esignature-request");
        headers(m, "Kerteminde Advokatkontor via Contractbook", "noreply@contractbook-kerteminde.com", "havnen@kerteminde.dk",
            "Kerteminde Advokatkontor har sendt dig et dokument til underskrift: Endelig lejeaftale, Kerteminde Sejlklub")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Et dokument venter på din "
                + "underskrift: <b>Endelig lejeaftale om klubhuset, Kerteminde Sejlklub</b>. Linket udløber i dag kl. 15.</p><p><a "
                + "href=\"https://contractbook-kerteminde.com/s/" + sha256(m.id).substring(0, 22) + "\">Log ind og underskriv</a>"
                + "</p><p style=\"font-size:10px;color:#888\">Contractbook ApS</p></body></html>");
        ownedBy(m, "contractbook-kerteminde.com");
        m.description = "look-alike e-signature domain in the real lawyer's name: login page, deadline today";
        m = bad("fake-esignature-request");
        headers(m, "E-signering", "signer@hindsholm-esign.net", "plan@kerteminde.dk", "Dokument til underskrift: "
            + "byggemodningsaftale Langeskov Nord")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Du er blevet bedt om at underskrive <b>Byggemodningsaftale, "
                + "Langeskov Nord etape 1</b>.</p><p>Bekræft din identitet med din Microsoft 365-konto for at åbne dokumentet.</p>"
                + "<p><a href=\"https://hindsholm-esign.net/d/" + sha256(m.id).substring(0, 20) + "\">Åbn dokument</a></p></body></html>");
        ownedBy(m, "hindsholm-esign.net");
        m.description = "fake signing service: a development agreement for the real Langeskov Nord project behind a Microsoft 365 login";
    }

    /**
     * New family: a "museum" or "field archaeologist" wants the statutory archaeological survey before a building project
     * prepaid to a new account; one rides on the real survey at Langeskov Nord.
     */
    private void archaeologySurveys() {
        M m = bad("fake-archaeology-survey-invoice");
        String no = "ARK-" + (3_310 + rnd.nextInt(400));
        headers(m, "Østfyns Museer, Arkæologisk afdeling", "arkaeologi@kerteminde-arkaeologi.dk", "plan@kerteminde.dk",
            "Langeskov Nord etape 2 - forudbetaling af forundersøgelse")
            .text("Til Kerteminde Kommune, Plan og Byg\n\nEfter forundersøgelsen af etape 1 skal der laves en tilsvarende "
                + "undersøgelse på etape 2, før jordarbejdet kan begynde, jf. museumslovens § 25. Vi har en ledig maskine og et "
                + "hold i næste uge, men da etape 2 ligger uden for det budget, I har godkendt, skal undersøgelsen forudbetales.\n\n"
                + "Beløbet, 96.400,00 kr., bedes indbetalt senest " + writtenDay(m, 2) + " på vores projektkonto " + mule(1)
                + ". Bemærk, at det er en anden konto end den, museet normalt bruger - projektkontoen er oprettet til "
                + "byggemodningsopgaverne.\n\nMed venlig hilsen\nØstfyns Museer, Arkæologisk afdeling")
            .attach("application/pdf", "Forudbetaling_" + no + ".pdf", Attachments.pdf(docId(m, "ark"), "Forudbetaling " + no,
                List.of("Bygherre: Kerteminde Kommune", "Forundersøgelse Langeskov Nord, etape 2", "Maskine og hold uge 41",
                    "Forudbetaling 96.400,00 (momsfri)", "Projektkonto: " + mule(1))));
        ownedBy(m, "kerteminde-arkaeologi.dk");
        m.description = "the regional museum's name on a look-alike domain: stage-2 survey of the real project prepaid to a new account";
        m = bad("fake-archaeology-survey-invoice");
        no = "MS-" + (770 + rnd.nextInt(200));
        headers(m, "Martofte Museumsservice ApS", "faktura@martofte-museumsservice.com", "vej-park@kerteminde.dk",
            "Faktura " + no + " - arkæologisk overvågning, cykelsti Martofte-Dalby")
            .text("Til Kerteminde Kommune, Vej og Park\n\nUnder anlægget af cykelstien mellem Martofte og Dalby har vi efter "
                + "påbud ført arkæologisk tilsyn med afrømningen i 6 dage. Tilsynet er obligatorisk, når der graves i et kendt "
                + "fortidsmindeområde, og omkostningerne påhviler bygherren.\n\nFaktura " + no + " på 58.750,00 kr. bedes betalt "
                + "inden 8 dage til " + mule(10) + ".\n\nMed venlig hilsen\nMartofte Museumsservice ApS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "ms"), "Faktura " + no,
                List.of("Martofte Museumsservice ApS", "Kunde: Kerteminde Kommune, Vej og Park",
                    "Arkæologisk tilsyn, cykelsti Martofte-Dalby, 6 dage", "47.000,00 + moms 11.750,00 = 58.750,00",
                    "Konto: " + mule(10))));
        ownedBy(m, "martofte-museumsservice.com");
        m.description = "a private 'museum service' invoices a mandatory archaeological watch nobody ordered, RO IBAN";
        m = bad("fake-archaeology-survey-invoice");
        headers(m, "Mette Kjær, arkæolog", "mette.kjaer.arkaeolog@gmail.com", "plan@kerteminde.dk", "Udgravning ved Ladby - "
            + "betaling af 1. rate")
            .text("Hej\n\nJeg er feltleder på den lille udgravning ved vejudvidelsen nær Ladby, som museet har sat i gang for "
                + "kommunen. Museets økonomisystem er lukket ned under et systemskifte, og vi skal have betalt gravemaskinføreren "
                + "i denne uge, ellers stopper han.\n\nKan I overføre 1. rate, 42.000 kr., til holdets projektkonto " + mule(8)
                + "? Museet udsteder den formelle faktura, når systemet kører igen.\n\nVenlig hilsen\nMette Kjær\nfeltarkæolog");
        genuine(m, GMAIL);
        m.description = "a 'field archaeologist' on gmail (authenticates) wants the first instalment of a dig to a German account";
    }

    /**
     * New family: a "lender", its "lawyer" or a "project financier" calls a guarantee the municipality gave for a club's,
     * hall's or energy project's loan and wants the guaranteed sum paid within days.
     */
    private void guaranteeCalls() {
        M m = bad("fake-municipal-guarantee-call");
        headers(m, "Munkebo Kreditbank, Garantiafdelingen", "garanti@munkebo-kreditbank.com", "okonomi@kerteminde.dk",
            "Påkrav i henhold til kommunal garanti - Munkebo Bådelaug")
            .text("Kerteminde Kommune\nØkonomiafdelingen\n\nMunkebo Bådelaug har trods gentagne rykkere ikke betalt de seneste "
                + "tre ydelser på lån nr. 4471-0093, som kommunen har stillet selvskyldnergaranti for efter byrådets beslutning. "
                + "Lånet er derfor opsagt.\n\nVi gør hermed garantien gældende og anmoder om betaling af den forfaldne restgæld, "
                + "686.500,00 kr., senest 5 bankdage fra i dag på " + mule(0) + ". Ved manglende betaling tillægges morarenter, og "
                + "sagen overgives til retlig inddrivelse.\n\nMed venlig hilsen\nMunkebo Kreditbank\nGarantiafdelingen")
            .attach("application/pdf", "Paakrav_garanti_4471-0093.pdf", Attachments.pdf(docId(m, "pg"), "Påkrav - kommunal garanti",
                List.of("Låntager: Munkebo Bådelaug", "Garant: Kerteminde Kommune (selvskyldnergaranti)", "Lån nr. 4471-0093",
                    "Forfalden restgæld: 686.500,00", "Betaling senest 5 bankdage: " + mule(0))));
        ownedBy(m, "munkebo-kreditbank.com");
        m.description = "an unknown 'bank' calls the real guarantee for the boat club's loan (which is with another bank), LT IBAN";
        m = bad("fake-municipal-guarantee-call");
        headers(m, "Advokat Jesper Thorsen", "jt@ullerslev-advokathus.dk", "okonomi@kerteminde.dk", "Langeskov Hallen - "
            + "delvis indfrielse af kommunegaranti")
            .text("Til Kerteminde Kommune\n\nJeg repræsenterer långiveren i forbindelse med den selvejende institution Langeskov "
                + "Hallens refinansiering. Som led i aftalen skal kommunen indfri den del af garantien, der svarer til hallens "
                + "restance, 318.000 kr., inden lånet kan omlægges.\n\nBeløbet bedes indbetalt på min klientkonto " + mule(6)
                + " senest fredag, så refinansieringen kan gennemføres. Hallens formand er orienteret, men har bedt om, at sagen "
                + "behandles diskret af hensyn til foreningens medlemmer.\n\nMed venlig hilsen\nJesper Thorsen\nadvokat")
            .attach("application/pdf", "Garantierklaering_Langeskov_Hallen.pdf", Attachments.pdf(docId(m, "lh"),
                "Kommunegaranti - indfrielse", List.of("Debitor: Langeskov Hallen (selvejende institution)",
                    "Garantist: Kerteminde Kommune", "Delvis indfrielse: 318.000,00", "Klientkonto: " + mule(6))));
        ownedBy(m, "ullerslev-advokathus.dk");
        m.description = "a 'lender's lawyer' wants part of the real sports-hall guarantee paid to his client account, discreetly, IE IBAN";
        m = bad("fake-municipal-guarantee-call");
        headers(m, "Hindsholm Energy Finance - Loan Administration", "loans@hindsholm-energyfinance.com", "okonomi@kerteminde.dk",
            "Guarantee call notice - Hindsholm community solar park")
            .text("Dear Kerteminde Kommune,\n\nThe borrower, Hindsholm Solenergi Amba, has failed to meet the instalment due on "
                + "30 September under the facility agreement guaranteed by the municipality. In accordance with the guarantee we "
                + "hereby demand payment of EUR 96,800.00 within five business days to " + mule(14) + ".\n\nPlease confirm "
                + "receipt of this notice by return e-mail.\n\nYours faithfully\nLoan Administration\nHindsholm Energy Finance")
            .attach("application/pdf", "Guarantee_call_notice.pdf", Attachments.pdf(docId(m, "gc"), "Guarantee call notice",
                List.of("Borrower: Hindsholm Solenergi Amba", "Guarantor: Kerteminde Kommune", "Amount demanded: EUR 96,800.00",
                    "Payment within 5 business days to " + mule(14))));
        ownedBy(m, "hindsholm-energyfinance.com");
        m.description = "English guarantee call for a community solar park the municipality never guaranteed, MT IBAN";
    }

    /**
     * New family: a "school-camp operator", "tour operator" or private "cabin owner" wants the deposit for a class trip paid
     * to an account of his own at once, or the booking is lost.
     */
    private void schoolTripDeposits() {
        M m = bad("fake-school-trip-deposit");
        headers(m, "Hindsholm Lejrskoler, Booking", "booking@hindsholm-lejrskoler.dk", "skoler@kerteminde.dk", "Sidste frist: "
            + "depositum for lejrskole uge 19 - Munkebo Skole 6.a")
            .text("Kære Munkebo Skole\n\nVi mangler stadig depositum for 6.a's lejrskole i uge 19. Der er venteliste til ugen, og "
                + "hvis 12.555 kr. ikke er indbetalt senest i morgen kl. 10, frigiver vi pladserne til næste skole på listen.\n\n"
                + "Vær opmærksom på, at vi er skiftet til ny bank, så kontonummeret i ordrebekræftelsen gælder ikke længere. "
                + "Indbetal til " + mule(2) + " og skriv skolens navn i teksten.\n\nVenlig hilsen\nHindsholm Lejrskoler, Booking")
            .attach("application/pdf", "Depositum_6a_uge19.pdf", Attachments.pdf(docId(m, "hl"), "Opkrævning af depositum",
                List.of("Munkebo Skole, 6.a, uge 19 2033", "Depositum 30 %: 12.555,00", "Frist: i morgen kl. 10",
                    "Konto: " + mule(2))));
        ownedBy(m, "hindsholm-lejrskoler.dk");
        m.description = "a look-alike 'camp operator' repeats the real camp booking's deposit with a new account and a 24-hour deadline";
        m = bad("fake-school-trip-deposit");
        headers(m, "Langeskov Klassenfahrten - Reservierung", "reservierung@langeskov-klassenfahrten.com", "skoler@kerteminde.dk",
            "Anzahlung Klassenfahrt Berlin - Langeskov Skole 9. Klassen")
            .text("Sehr geehrte Damen und Herren,\n\nfür die Klassenfahrt der 9. Klassen der Langeskov Skole nach Berlin "
                + "(Bus, Jugendherberge mit Halbpension, Führung im Bundestag) halten wir 52 Plätze bis Freitag reserviert. Um die "
                + "Buchung zu bestätigen, überweisen Sie bitte die Anzahlung von EUR 6.240,00 auf " + mule(7) + ".\n\n"
                + "Ohne Anzahlung verfällt die Reservierung.\n\nMit freundlichen Grüßen\nLangeskov Klassenfahrten")
            .attach("application/pdf", "Anzahlung_Berlin.pdf", Attachments.pdf(docId(m, "kf"), "Anzahlungsrechnung",
                List.of("Langeskov Skole, 9. Klassen, 52 Personen", "Berlin, 4 Nächte, Bus und Halbpension", "Anzahlung EUR 6.240,00",
                    "Konto: " + mule(7))));
        ownedBy(m, "langeskov-klassenfahrten.com");
        m.description = "German 'tour operator' wants a class-trip deposit for a booking the school never made, NL IBAN";
        m = bad("fake-school-trip-deposit");
        headers(m, "Jørn Kragh", "joern.kragh.lejrhytten@gmail.com", "skoler@kerteminde.dk", "Lejrhytten ved Nordskov - "
            + "depositum til Hindsholmskolen")
            .text("Hej\n\nJeg har overtaget udlejningen af lejrhytten ved Nordskov efter min far, som Hindsholmskolen plejer at "
                + "leje i uge 24. Jeg holder hytten til jer igen, men skal have depositum på 4.800 kr. i dag, ellers lejer jeg "
                + "den ud til en spejdergruppe, der også har spurgt.\n\nBetal gerne til min konto " + mule(9) + " - foreningens "
                + "gamle konto er lukket.\n\nMvh Jørn Kragh");
        genuine(m, GMAIL);
        m.description = "a private 'cabin owner' on gmail (authenticates) wants a same-day deposit for the school's camp, HU IBAN";
    }

    // ------------------------------------------------------------------------------------------ output

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus31().generate(), List.of(
            "# Kerteminde Kommune, Økonomi: invoice checks (thirty-first held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=langeskov-varmevaerk.dk munkebo-anlaeg.dk hindsholm-kloak.dk mesinge-toemrer.dk "
                + "revninge-maler.dk kerteminde-rengoering.dk kerteminde-lokalnyt.dk ullerslev-vognmand.dk martofte-el.dk "
                + "agedrup-vvs.dk munkebo-madservice.dk kerteminde-traelast.dk langeskov-itservice.dk hindsholm-busser.dk "
                + "kerteminde-kontorforsyning.dk",
            "invoice.domains.platforms=airwallex.com factofly.com finom.co mollie.com",
            "invoice.names.protected=Kerteminde Kommune"));
    }
}
