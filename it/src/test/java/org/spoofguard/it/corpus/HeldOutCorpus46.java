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
 * The forty-sixth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Lolland Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, environment,
 * harbour, schools, care, culture and property mailboxes), the island municipality with the town hall in Nakskov: Maribo and
 * its lakes (Søndersø, Nørresø, Hejrede Sø), Rødby and the ferry port Rødbyhavn where the Fehmarn Belt tunnel is being built,
 * Sakskøbing, Holeby, Horslunde, Dannemare, Søllested, Bandholm, Stokkemarke, Errindlev, Hyllekrog, the small islands Femø,
 * Fejø and Askø, the sugar factory's beet campaign and the wind turbines along the coast; seventeen listed suppliers from
 * those places in every DNS posture real Danish firms have (one sending through a web hoster named in its SPF), four
 * invoicing platforms ({@code regnlet.dk}, {@code saldoport.com}, {@code opkraevly.dk}, {@code vikarflow.io}), a lake-care
 * firm doing reduction fishing in the Maribo lakes, a machine station sweeping the roads during the beet campaign, a
 * measuring firm monitoring vibrations in the municipality's buildings near the tunnel works, sole traders on free mail,
 * foreign suppliers, SaaS, an ESP, an e-signature service, banks, a creditor list, forwarders (with and without SRS) and
 * fraudsters' own domains, each carrying a Lolland place name.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID, fake
 * NemHandel notices, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives, macro
 * documents, image-only invoices, callback scams, payroll changes, look-alikes, homoglyphs, e-invoice XML with a changed
 * account, fake e-signature requests) and three kinds new here: extra fishing days, dead-fish removal or an electrofishing
 * survey in the Maribo lakes billed by someone who never set a net (fake-lake-reduction-fishing-invoice); night sweeping of
 * beet mud from the roads during the sugar factory's campaign, or a sweeper held on standby, billed to a new account
 * (fake-beet-campaign-road-sweeping-invoice); and vibration alarms, crack surveys or a "shared measuring station" at
 * Rødbyhavn during the tunnel works billed by someone who never installed a sensor (fake-vibration-monitoring-invoice). The
 * invoice engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written.
 * {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus46GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus46 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout46");
    public static final String OWN = "lollandkommune.dk";
    static final String FRAUD_NET = "127.246.";
    private static final String OWN_IP = "127.46.0.1";
    private static final String EAN = "5798000419823";
    private static final String KOMMUNE = "Lolland Kommune";
    private static final String RAADHUS = "Jernbanevej 7, 4900 Nakskov";
    private static final String HOSTER_IP = "127.46.9.1";
    private static final String GMAIL = "127.146.91.1";
    private static final String MSFT = "127.146.92.1";
    private static final String APPLE = "127.146.95.1";

    private final Random rnd = new Random(46_4900_0046L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The lake-care firm's catch log for the reduction fishing in the Maribo lakes (the frauds cite it). */
    private String catchLog;
    /** The machine station's agreement for sweeping during the beet campaign (the frauds cite it). */
    private String sweepAgreement;
    /** The measuring firm's vibration programme for Rødbyhavn (the frauds cite it). */
    private String vibrationProgramme;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 9, 14, 7, 5, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 10, 12, 7, 25, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Nakskov Fjernvarme A.m.b.a.", "nakskov-fjernvarme.dk", "Kundeservice",
        "kundeservice", "127.46.1.1", iban("DK", "07550004912345"), "fjernvarme til Nakskov Rådhus, Nakskov Bibliotek og "
        + "Plejecenter Færgestræde");
    private final Supplier entrep = new Supplier("Rødby Anlæg & Entreprenør ApS", "rodby-anlaeg.dk", "Bo Kristiansen", "bk",
        "127.46.1.2", bank("6140", "0004918822"), "ny fortovsbelægning og regnvandsbrønde på Nørregade, Rødby");
    private final Supplier fiskeri = new Supplier("Maribo Sø- og Fiskepleje ApS", "maribo-fiskepleje.dk", "Fiskeribiolog Jens Vinther",
        "jens", "127.46.1.3", bank("0755", "0004927716"), "reduktionsfiskeri efter brasen og skalle i Maribo Søndersø og Nørresø");
    private final Supplier fejning = new Supplier("Holeby Maskinstation I/S", "holeby-maskinstation.dk", "Maskinstationen, Kontoret",
        "kontor", "127.46.1.4", iban("DK", "61400004933507"), "fejning og spuling af kommuneveje under roekampagnen");
    private final Supplier maaling = new Supplier("Rødbyhavn Geoteknik & Måling ApS", "rodbyhavn-maaling.dk", "Ingeniør Line Brandt",
        "lb", "127.46.1.5", iban("DK", "07550004940081"), "vibrations- og sætningsmålinger på Rødbyhavn Skole og Havnehuset under "
        + "tunnelarbejdet");
    private final Supplier toemrer = new Supplier("Horslunde Tømrer & Snedker ApS", "horslunde-toemrer.dk", "Per Mikkelsen", "per",
        "127.46.1.6", bank("6140", "0004946613"), "nye udhængsbrædder og tagrender, Horslunde Skole");
    private final Supplier maler = new Supplier("Dannemare Malerforretning v/ Kim Lassen", "dannemare-maler.dk", "Kim Lassen", "kim",
        "127.46.1.7", bank("0755", "0004951290"), "maling af gange og fællesrum, Plejecenter Dannemare");
    private final Supplier rengoer = new Supplier("Lolland Rengøring ApS", "lolland-rengoering.dk", "Administration og Løn",
        "adm", "127.46.1.8", iban("DK", "61400004958874"), "daglig rengøring af Nakskov Rådhus, jobcentret og Maribo Skole");
    private final Supplier avis = new Supplier("Lollandsposten", "lollandsposten.dk", "Annonceafdelingen", "annonce",
        "127.46.1.9", iban("DK", "07550004963318"), "annoncer: lokalplan for Rødbyhavn og stillinger i ældreplejen");
    private final Supplier vognmand = new Supplier("Søllested Vognmandsforretning ApS", "sollested-vognmand.dk", "Torben Juhl",
        "torben", "127.46.1.10", bank("6140", "0004970025"), "kørsel med vejsalt og bortkørsel af jord fra Søllested Skole");
    private final Supplier el = new Supplier("Sakskøbing El-Service ApS", "sakskobing-el.dk", "Mads Frandsen", "mf", HOSTER_IP,
        bank("0755", "0004978841"), "ny gadebelysning på Torvet og eftersyn af tavler, Sakskøbing");
    private final Supplier vvs = new Supplier("Stokkemarke VVS & Blik ApS", "stokkemarke-vvs.dk", "Værkstedet", "vaerksted",
        "127.46.1.12", bank("6140", "0004983356"), "udskiftning af varmtvandsbeholder og nye blandingsbatterier, Stokkemarke Hallen");
    private final Supplier mad = new Supplier("Maribo Madservice A/S", "maribo-madservice.dk", "Maribo Madservice, Regnskab",
        "regnskab", "127.46.1.13", iban("DK", "07550004991172"), "mad til hjemmeboende pensionister og plejecentrene i Maribo og "
        + "Sakskøbing");
    private final Supplier byg = new Supplier("Nakskov Trælast A/S", "nakskov-traelast.dk", "Proffhandel", "proff",
        "127.46.1.14", iban("DK", "61400005004419"), "træ, isolering og beslag til Ejendomsdrift Vest efter rammeaftale");
    private final Supplier it = new Supplier("Lolland Skole-IT ApS", "lolland-skoleit.dk", "Fakturering", "faktura",
        "127.46.1.15", bank("0755", "0005011867"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Bandholm Busser ApS", "bandholm-busser.dk", "Kørselskontoret", "korsel",
        "127.46.1.16", bank("6140", "0005017730"), "skolekørsel Bandholm-Maribo og kørsel til Knuthenborg med 4. årgang");
    private final Supplier kontor = new Supplier("Nakskov Kontorforsyning ApS", "nakskov-kontor.dk", "Ordrekontoret", "ordre",
        "127.46.1.17", iban("DK", "07550005026654"), "kopipapir, toner og mapper til rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Errindlev Smedie v/ Hans Krogh", "errindlev-smedie.dk", "Hans Krogh", "hans",
        "127.46.2.1", bank("0755", "0005033198"), "nyt rækværk og svejsning af bådebroen ved Kragenæs Havn");
    private final Supplier natur = new Supplier("Femø Naturpleje v/ Signe Holm", "femo-naturpleje.dk", "Signe Holm", "signe",
        "127.46.2.2", bank("6140", "0005040461"), "slåning af strandeng og fjernelse af rynket rose på Femø");
    private final Supplier guide = new Supplier("Naturformidler Rasmus Kjær", "gmail.com", "Rasmus Kjær", "rasmus.kjaer.askoe",
        GMAIL, bank("0755", "0005046977"), "naturvandringer på Askø for 5. årgang, 3 ture");
    private final Supplier tolk = new Supplier("Tolkeservice v/ Leyla Demir", "outlook.com", "Leyla Demir", "leyla.demir.tolk",
        MSFT, bank("6140", "0005052214"), "tolkning tyrkisk-dansk på Jobcenter Lolland, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Ib Nørgaard", "icloud.com", "Ib Nørgaard", "ib.noergaard.musik",
        APPLE, bank("0755", "0005059580"), "sang og harmonika på plejecentrene i Nakskov og Holeby");
    private final Supplier tysk = new Supplier("Kieler Netz- und Fischereitechnik GmbH", "kieler-fischereitechnik.de",
        "Buchhaltung", "buchhaltung", "127.46.3.1", iban("DE", "210501980007716324"), "Zugnetze und Reusen für die "
        + "Reduktionsfischerei, Maribo-Seen");
    private final Supplier hollandsk = new Supplier("Zeeuwse Veegtechniek B.V.", "zeeuwse-veegtechniek.nl", "Accounts",
        "accounts", "127.46.3.2", iban("NL", "RABO0318845702"), "replacement brushes and suction hoses for road sweepers");

    private final List<Supplier> listed = List.of(varme, entrep, fiskeri, fejning, maaling, toemrer, maler, rengoer, avis,
        vognmand, el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Lolland place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"nakskovfjernvarme.dk", "rodby-anlaeg.com", "nakskov-traeiast.dk",
        "sakskobing-elservice.dk", idn("n\u0430kskov-traelast.dk"), idn("l\u043ellandkommune.dk"), "regnlet-nakskov.dk",
        "saldoport-maribo.com", "horslunde-tomrer.dk", "maribo-madservice.com", "maribo-inkasso.dk", "mitid-nakskov.com",
        "digitalpost-maribo.com", "nemhandel-sakskobing.net", "rodbyhavn-parkering.dk", "holeby-betaling.net",
        "lolland-rengoring.dk", "stokkemarke-vvs.net", "nakskov-kontor.net", "lolland-skole-it.net",
        "dannemare-malerforretning.dk", "sollested-vognmand.net", "nakskov-ordrecenter.com", "rodby-anlaeg.net",
        "lolland-skoleit.com", "tegnhurtigt-maribo.dk", "bandholm-esign.net", "bandholm-busser.net", "stokkemarke-vvs-aps.dk",
        "maribo-fiskepleje.com", "sondersoe-fiskeri.dk", "hejrede-so-fiskeri.dk", "holeby-maskinstation.net",
        "nakskov-vejfejning.dk", "saxkobing-roefejning.dk", "rodbyhavn-maling.dk", "rodby-byggemaaling.dk",
        "hyllekrog-geoteknik.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(fiskeri.domain(), List.of(fiskeri.ip()), "~all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(fejning.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(maaling.domain(), List.of(maaling.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.46.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.46.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(hollandsk.domain(), List.of(hollandsk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sydhavs-beredskab.dk", List.of("127.146.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("femern-vejinfo.dk", List.of("127.146.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("museum-lolfal.dk", List.of("127.146.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("maribo-gym.dk", List.of("127.146.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("lolland-revisorerne.dk", List.of("127.146.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("rodby-cykler.dk", List.of("127.146.5.1"), "-all", null, "none");
        domain("sakskobing-planteskole.dk", List.of("127.146.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("regnlet.dk", List.of("127.146.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("saldoport.com", List.of("127.146.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("opkraevly.dk", List.of("127.146.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("vikarflow.io", List.of("127.146.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("nakskov-sparekasse.dk", List.of("127.146.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sydhavsbanken.dk", List.of("127.146.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-sydhavs.dk", List.of("127.146.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sydsjaellandske-bogholdere.dk", List.of("127.146.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkobsnet-lf.dk", List.of("127.146.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("rundsend.com", List.of("127.146.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("fakturavagt-sydhavs.dk", List.of("127.146.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.nakskov-fiber.dk", List.of("127.146.28.1"), "-all", null, null);
        domain("relay.maribo-net.dk", List.of("127.146.29.1"), "-all", null, null);
        domain("overfart.io", List.of("127.146.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("plejeflow.dk", List.of("127.146.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("tegnhurtigt.dk", List.of("127.146.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", null, "none", "quarantine"};
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
        switch (Math.floorMod(sha256("no46:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "2037-" + String.format("%04d", 110 + rnd.nextInt(8_800));
            case 1:
                return "F" + (370_000 + rnd.nextInt(90_000));
            case 2:
                return "LO" + (10_000 + rnd.nextInt(80_000));
            case 3:
                return String.valueOf(88_000 + rnd.nextInt(11_000));
            case 4:
                return "INV-37" + String.format("%04d", 20 + rnd.nextInt(9_000));
            default:
                return "R-" + (52_000 + rnd.nextInt(40_000));
        }
    }

    private static final String[] TO = {"kreditor@lollandkommune.dk", "efaktura@lollandkommune.dk", "kreditor@lollandkommune.dk",
        "okonomi@lollandkommune.dk", "teknik@lollandkommune.dk", "skole@lollandkommune.dk", "pleje@lollandkommune.dk",
        "havn@lollandkommune.dk", "ejendom@lollandkommune.dk", "indkob@lollandkommune.dk", "miljo@lollandkommune.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf46:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(32_000_000 + Math.floorMod(sha256("cvr46:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi46:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "nakskov-fjernvarme.dk" -> "Vesterskovvej 12, 4900 Nakskov";
            case "rodby-anlaeg.dk" -> "Nørregade 41, 4970 Rødby";
            case "maribo-fiskepleje.dk" -> "Søndersøvej 3, 4930 Maribo";
            case "holeby-maskinstation.dk" -> "Bredgade 88, 4960 Holeby";
            case "rodbyhavn-maaling.dk" -> "Færgestedsvej 21, Rødbyhavn, 4970 Rødby";
            case "horslunde-toemrer.dk" -> "Nordlundevej 7, 4913 Horslunde";
            case "dannemare-maler.dk" -> "Dannemarevej 30, 4983 Dannemare";
            case "lolland-rengoering.dk" -> "Østergade 14, 4900 Nakskov";
            case "lollandsposten.dk" -> "Torvet 4, 4930 Maribo";
            case "sollested-vognmand.dk" -> "Industrivej 5, 4920 Søllested";
            case "sakskobing-el.dk" -> "Nykøbingvej 19, 4990 Sakskøbing";
            case "stokkemarke-vvs.dk" -> "Stokkemarkevej 52, 4952 Stokkemarke";
            case "maribo-madservice.dk" -> "Suhrsvej 9, 4930 Maribo";
            case "nakskov-traelast.dk" -> "Svingelen 2, 4900 Nakskov";
            case "lolland-skoleit.dk" -> "Vestensborg Allé 6, 4930 Maribo";
            case "bandholm-busser.dk" -> "Havnegade 11, 4941 Bandholm";
            case "nakskov-kontor.dk" -> "Søndergade 23, 4900 Nakskov";
            case "errindlev-smedie.dk" -> "Errindlevvej 64, 4895 Errindlev";
            case "femo-naturpleje.dk" -> "Femø Byvej 18, Femø, 4930 Maribo";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with "Fra/Til" lines and a one-line amount box; a time account with
     * crew, machines and materials and the FI line (card 71); a charge for a period with a customer number, a fixed and a
     * use-dependent part and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Fra: " + s.name() + (addr.isEmpty() ? "" : ", " + addr) + " (CVR " + cvr(s.domain()) + ")");
                l.add("Til: " + KOMMUNE + ", " + RAADHUS + " - EAN " + EAN);
                l.add("Dato: " + dottedDay(m, 0) + "   Vores reference: " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Beløb ekskl. moms: " + a.net() + " | Moms 25 %: " + a.vat() + " | I alt DKK: " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: 30 dage netto (" + dottedDay(m, 30) + ")");
                if (account != null) {
                    l.add("Bankkonto: " + account + " - oplys venligst fakturanummeret ved betaling");
                }
            }
            case 1 -> {
                head = "Timeregnskab og faktura " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Opgave for " + KOMMUNE + " (EAN " + EAN + "): " + s.what());
                long crew = a.ore() * 55 / 100;
                long machines = a.ore() * 15 / 100;
                l.add("Mandskab " + kr(crew) + "   Maskiner " + kr(machines) + "   Materialer " + kr(a.ore() - crew - machines));
                l.add("Sum ekskl. moms " + a.net() + " - moms " + a.vat() + " - total " + a.gross());
                l.addAll(more);
                l.add("Forfalder " + writtenDay(m, 21) + (account == null ? "" : "; indbetaling til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Kundenummer " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - " + KOMMUNE + ", " + RAADHUS);
                l.add("Periode " + dottedDay(m, -30) + " til " + dottedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast bidrag " + kr(fixed) + "   Forbrugsafhængig del " + kr(a.ore() - fixed));
                l.add("I alt ekskl. moms " + a.net() + "   Moms " + a.vat() + "   Til betaling " + a.gross());
                l.addAll(more);
                l.add("Betalingsdato " + dashedDay(m, 14) + (account == null ? "" : "   Konto " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "LollandKommune_" + no + ".pdf", "FAK" + no + ".pdf",
            no + ".pdf", "Regning-" + no + ".pdf", "Bilag_" + no + ".pdf", "invoice-" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Kære Lolland Kommune", "Til Økonomi og Indkøb", "Hej kreditorbogholderiet",
        "Goddag Lolland Kommune", "Att. Kreditorer", "Hej alle i bogholderiet", "Til rette vedkommende", "Hejsa"};

    private String phone() {
        return "54 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig46:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh. " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nMed venlig hilsen\n" + s.person() + " - " + s.name() + (freeMail(s) ? "" : " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\nHilsen " + firstName(s) + (freeMail(s) ? "\nSendt fra min iPhone" : "\n" + s.name() + ", www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 380_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE, "Regning " + no,
            "Fakturanr. " + no + " (EAN " + EAN + ")", "Faktura vedr. " + s.what(), "Jeres faktura " + no, s.name() + ": faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Vi fremsender faktura " + no + " på " + a.gross() + " kr. inkl. moms. Forfaldsdato: " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er også sendt elektronisk til EAN " + EAN + ". Den skal naturligvis kun betales én gang.";
            case 3 -> "Tak for samarbejdet. Vedhæftet finder I fakturaen i PDF.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nBetalingsfrist: " + dashedDay(m, 30);
            case 5 -> "Hermed regningen for det udførte arbejde, med jeres rekvisitionsnummer påført.";
            case 6 -> "Her er fakturaen for sidste periode. Skriv endelig, hvis noget ser forkert ud.";
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
        if (List.of(entrep, fiskeri, fejning, maaling, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Jernbanevej 7", "Nakskov", "4900", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        catchLog = "FJ-" + (2_400 + rnd.nextInt(500));
        sweepAgreement = "RK-37-" + (100 + rnd.nextInt(800));
        vibrationProgramme = "VM-" + (6_100 + rnd.nextInt(700));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == fiskeri ? List.of("Fangstjournal " + catchLog + ": 11,8 tons brasen og skalle, Søndersø")
                : s == fejning ? List.of("Aftale " + sweepAgreement + ": fejeberedskab i roekampagnen, 6 ruter")
                : s == maaling ? List.of("Måleprogram " + vibrationProgramme + ": 9 vibrationsmålere, 14 sætningsbolte") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af havnefogeden, Kragenæs"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the Kragenæs jetty railing, aligned SPF pass";

        List<Supplier> again = List.of(kontor, vvs, byg, entrep, rengoer, el, avis, it, varme, bus, mad, kontor);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition LOK-" + (70_400 + k * 211));
                case 1 -> List.of("Bestiller: " + to().replace("@lollandkommune.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Nakskov Bibliotek, ny indgang" : "Rammeaftale 2036-2040"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 2, ref, k % 5 == 3 ? "\n\nVi har vedlagt kvitterede følgesedler." : "");
            if (k % 5 == 3) {
                m.mime.attach("application/pdf", "foelgesedler-" + (k + 1) + ".pdf", Attachments.pdf(docId(m, "fs"),
                    "Kvitterede følgesedler", List.of(s.what(), "Modtaget af Ejendomsdrift Vest, Nakskov", "Kolli: " + (2 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
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
        Object[][] c = {{byg, "Kreditnota til faktura ", "Otte plader gips kom knækkede frem og er taget retur af chaufføren."},
            {kontor, "Kreditering af faktura ", "Vi leverede to kasser toner til en printer, I ikke har. De er hentet igen."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (1_200 + rnd.nextInt(700));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@lollandkommune.dk", x[1] + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se en indbetaling på fakturaen nedenfor. Har I betalt inden for de "
            + "seneste dage, kan I bare slette denne mail."},
            {entrep, "Rykker", "Fakturaen er forfalden med to uger. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@lollandkommune.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Betalingen sker som altid til " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato i september")));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@lollandkommune.dk", "Saldoopgørelse pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres afstemning: faktura " + p.no() + " er registreret betalt hos os, og kontoen står i nul."
                + signature(s));
        genuine(m, s.ip());
        m.description = "sollested-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(kontor, el)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(800_000);
            boolean peppol = v == 0;
            String ref = "LOK-" + (81_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@lollandkommune.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Goddag\n\nVores nye bogføringsprogram er ikke koblet på NemHandel endnu. Indtil det sker, får I e-fakturaen "
                    + "som XML-fil og en PDF-udgave her på mail. Kontonummeret er uændret. Modtager I den også ad anden vej, "
                    + "betaler I den selvfølgelig kun én gang.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Jeres rekvisition " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"regnlet.dk", "saldoport.com", "opkraevly.dk", "vikarflow.io"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(340_000);
            m.mailFrom = "b-" + sha256("plat46:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "VF-" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Vikarflow", "faktura@vikarflow.io", "pleje@lollandkommune.dk", "Faktura " + no + " - vikartimer september")
                    .text("Til " + KOMMUNE + ", Ældre og Sundhed\n\nHer er fakturaen for de vikartimer i hjemmeplejen Vest, som "
                        + "jeres planlægger har godkendt i portalen for september (112 timer). Vikarerne er ansat og lønnet af "
                        + "Vikarflow.\n\nBeløb " + a.gross() + " kr., forfald " + dottedDay(m, 20) + ".\n\nVikarflow")
                    .attach("application/pdf", "Vikarflow-" + no + ".pdf", Attachments.pdf(docId(m, "vf"), "Faktura " + no,
                        List.of("Vikarflow ApS", "Kunde: " + KOMMUNE + ", Ældre og Sundhed", "Godkendte vikartimer september 2037: 112",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "61400005066325"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform vikarflow.io invoices approved temp hours in home care under its own name";
                continue;
            }
            String no = "P" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], i == 1 ? "havn@lollandkommune.dk" : "miljo@lollandkommune.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Segoe UI,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med sidste betalingsdag " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som PDF i denne mail. Svarer du på mailen, lander svaret direkte hos " + s.person()
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
            invoice(m, s, s.account(), v + 4, List.of(), v == 3 ? "\n\nJeg er ikke momspligtig, så beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "KN-" + (37_500 + rnd.nextInt(700));
        Amount a = amount(800_000);
        headers(m, "Kieler Netz- und Fischereitechnik", addr(tysk), "miljo@lollandkommune.dk", "Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die Zugnetze und Reusen für die "
                + "Reduktionsfischerei in den Maribo-Seen. Steuerschuldnerschaft des Leistungsempfängers.\n\nMit freundlichen "
                + "Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Kiel", "Kunde: " + KOMMUNE + ", Natur og Miljø", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "ZV" + (23_100 + rnd.nextInt(800));
        headers(m, "Zeeuwse Veegtechniek", addr(hollandsk), "teknik@lollandkommune.dk", "Invoice " + no + " - sweeper parts")
            .text("Dear customer,\n\nPlease find enclosed our invoice for replacement brushes and suction hoses for your road "
                + "sweepers, delivered to the depot in Maribo. VAT reverse charged.\n\nKind regards\nAccounts, Zeeuwse Veegtechniek")
            .attach("application/pdf", "Invoice-" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of(hollandsk.name(), "Customer: " + KOMMUNE, hollandsk.what(), "Total EUR " + kr(a.ore() / 7),
                    "Payment to " + hollandsk.account())));
        genuine(m, hollandsk.ip());
        m.description = "Dutch supplier invoice in English (RSA, p=none), NL IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Overfart Billing", "billing@overfart.io", "havn@lollandkommune.dk", "Your Overfart invoice for September")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for the Overfart booking system used by the Femø, Fejø and "
                + "Askø ferries (3 vessels, online tickets and car reservations). It has also been sent to EAN " + EAN + ".\n\n"
                + "Amount due: DKK " + a.gross() + "\n\nOverfart")
            .attach("application/pdf", "overfart-invoice-sept.pdf", Attachments.pdf(docId(m, "of"), "Invoice",
                List.of("Overfart ApS", "Customer: " + KOMMUNE + ", Færgerne", "Booking system September 2037, 3 vessels",
                    "DKK " + a.gross())));
        genuine(m, "127.146.30.1");
        m.description = "SaaS overfart.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Plejeflow", "kvittering@plejeflow.dk", "pleje@lollandkommune.dk", "Kvittering - Plejeflow oktober")
            .text("Hej\n\nTak for betalingen af jeres Plejeflow-abonnement (ruteplanlægning i hjemmeplejen, 210 brugere). "
                + a.gross() + " kr. er trukket på kortet, der ender på 7714.\n\nPlejeflow");
        genuine(m, "127.146.31.1");
        m.description = "SaaS plejeflow.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("0755", "0005102257");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@lollandkommune.dk", "Vi skifter bank pr. 1. oktober")
            .text("Hej kreditorafdelingen\n\nVores bank i Horslunde har lukket erhvervsafdelingen, og vi er derfor flyttet til "
                + "Sparekassen i Nakskov. Fakturaer udstedt 1. oktober 2037 og senere skal betales til " + nyT + ". Ældre "
                + "fakturaer betales til den konto, der står på dem.\n\nI er velkomne til at ringe til mig på det nummer, I har "
                + "i kartoteket, og få det bekræftet mundtligt." + signature(toemrer))
            .attach("application/pdf", "Ny-bankforbindelse.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer fra 01.10.2037", "Ny konto: " + nyT,
                    "Per Mikkelsen, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye døre til omklædningsrummene, Horslunde Hallen");
        invoice(m, moved, nyT, 15, List.of("Ny bankkonto fra 01.10.2037 jf. vores brev"), "\n\nSom nævnt i vores brev har vi "
            + "skiftet bank; kontoen står på fakturaen.");
        genuine(m, toemrer.ip());
        m.description = "horslunde-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "61400005118846");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Maribo Madservice, Regnskab", addr(mad), "kreditor@lollandkommune.dk", "Ændret betalingskonto fra oktober")
            .text("Til " + KOMMUNE + ", kreditor og Ældre og Sundhed\n\nMaribo Madservice er blevet en del af en større "
                + "køkkenkoncern, og vores betalinger samles derfor i koncernens bank. Fakturaer dateret 1. oktober 2037 og "
                + "senere betales til " + nyM + ". Indbetalinger til den hidtidige konto modtages frem til nytår. Et underskrevet "
                + "brev om ændringen er også sendt til jeres Digital Post.\n\nMed venlig hilsen\nMaribo Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from October, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 20, List.of("Ny betalingskonto fra 01.10.2037"), "\n\nHusk den nye konto fra oktober.");
        genuine(m, mad.ip());
        m.description = "maribo-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 25, List.of(), "");
        m.mailFrom = "SRS0=Hq7d=RT=lollandsposten.dk=annonce@srs.nakskov-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.146.28.1";
        m.helo = "srs.nakskov-fiber.dk";
        m.description = "lollandsposten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.maribo-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.maribo-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"sydsjaellandske-bogholdere.dk", "Anette Friis", "anfr@", "Regning for vejfejning under roekampagnen?",
            "Hej allesammen\n\nVi har modtaget en regning for natfejning af roejord fra et firma, vi aldrig har haft aftale med. "
                + "Er der andre kommuner med sukkerroekørsel, der har set den?\n\nAnette"},
            {"indkobsnet-lf.dk", "Morten Bech", "mobe@", "Falske fakturaer om fiskeri i søer", "Hej\n\nEn kollega fik en "
                + "faktura for 'ekstra fangstdage' i en sø, vi slet ikke fisker i. Kontonummeret var udenlandsk. Pas på "
                + "derude.\n\nMorten"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditorforum-sydhavs.dk", x[3])
                .header("List-Id", "Kreditorforum Sydhavsøerne <debat.kreditorforum-sydhavs.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorforum-sydhavs.dk", "[Kreditorforum Sydhavs] ", "\r\n-- \r\nKreditorforum for Lolland, "
                + "Falster og Sydsjælland\r\nAfmeld: https://kreditorforum-sydhavs.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"fakturavagt-sydhavs.dk", "Fakturavagten", "Søer, roer og tunnelbyggeri: nye svindelnumre",
            "Svindlere sender regninger for reduktionsfiskeri, vejfejning og vibrationsmålinger og skriver rigtige aftalenumre "
                + "på. Ring altid op på et nummer, I selv har, før I ændrer en konto."},
            {"lolland-revisorerne.dk", "Lolland Revisorerne", "Tjekliste til kvartalsafslutningen",
                "Gennemgå kreditorkartoteket, og kræv to godkendere, når et kontonummer skal ændres."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl46:" + x[0]).substring(0, 12) + "@rundsend.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@lollandkommune.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs "
                    + "mere</a></p><p style=\"font-size:9px\">Du modtager nyhedsbrevet, fordi du er tilmeldt.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("rundsend.com");
            m.ip = "127.146.26.1";
            m.helo = "mta.rundsend.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP rundsend.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Natur og Miljø", "miljo@", "kreditor@lollandkommune.dk", "Reduktionsfiskeriet i Maribosøerne",
            "Hej\n\nReduktionsfiskeriet i Søndersø og Nørresø udføres kun af Maribo Sø- og Fiskepleje efter vores aftale. Deres "
                + "fakturaer har altid fangstjournalnummeret på. Kommer der andre regninger om fiskeri i søerne, så send dem til "
                + "mig, før de betales.\n\nNatur og Miljø"},
            {"Vej og Park", "vejpark@", "kreditor@lollandkommune.dk", "Fejning i roekampagnen", "Hej\n\nFejning af roejord på "
                + "vejene bestilles kun af vagten i Vej og Park, og Holeby Maskinstation fakturerer efter aftalen med dens "
                + "nummer. Andre regninger for vejfejning skal forbi os.\n\nVej og Park"},
            {"Ejendomme", "ejendom@", "ledere@lollandkommune.dk", "Vibrationsmålinger i Rødbyhavn", "Kære ledere\n\n"
                + "Målerne på Rødbyhavn Skole og i Havnehuset passes af Rødbyhavn Geoteknik & Måling under måleprogrammet. "
                + "Tunnelentreprenøren betaler sine egne målinger. Får I regninger for målinger eller revneregistrering, så "
                + "send dem til Ejendomme.\n\nEjendomme"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Nakskov Sparekasse, Erhverv", "erhverv@nakskov-sparekasse.dk", "okonomi@lollandkommune.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nI dag har vi modtaget en betalingsfil med 214 posteringer til bogføring i morgen. Se detaljerne "
                + "i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nNakskov Sparekasse");
        genuine(m, "127.146.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Sydhavsbanken", "erhverv@sydhavsbanken.dk", "okonomi@lollandkommune.dk", "Nye priser på valutaoverførsler")
            .text("Til vores erhvervskunder\n\nPr. 1. januar justeres priserne på overførsler til udlandet. Den nye prisliste "
                + "ligger i netbanken under Dokumenter.\n\nSydhavsbanken");
        genuine(m, "127.146.22.1");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("lake-reduction-fishing-invoice", true);
        invoice(m, fiskeri, fiskeri.account(), 7, List.of("Fangstjournal " + catchLog + ", oktober",
            "Bundgarn og vod i Nørresø, 6 fangstdage, 9,4 tons"), "\n\nFangstopgørelsen er sendt til Natur og Miljø.");
        genuine(m, fiskeri.ip());
        m.description = "the real lake-care firm invoices October's reduction fishing in the Maribo lakes (Ed25519, no DMARC)";
        m = ok("beet-campaign-road-sweeping-invoice", true);
        invoice(m, fejning, fejning.account(), 10, List.of("Aftale " + sweepAgreement + ", uge 40-41",
            "Fejning og spuling af Rødbyvej, Holebyvej og Nakskovvej, 38 timer"), "\n\nKørselslisterne ligger hos Vej og Park.");
        genuine(m, fejning.ip());
        m.description = "the machine station bills sweeping during the beet campaign under its agreement (DKIM only, p=quarantine)";
        m = ok("vibration-monitoring-invoice", true);
        invoice(m, maaling, maaling.account(), 12, List.of("Måleprogram " + vibrationProgramme + ", 3. kvartal",
            "Aflæsning af 9 målere, kvartalsrapport"), "\n\nKvartalsrapporten er lagt i jeres sagsmappe.");
        genuine(m, maaling.ip());
        m.description = "the measuring firm bills the quarter's vibration monitoring at Rødbyhavn (RSA, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Rødbyhavn Geoteknik & Måling", addr(maaling), "ejendom@lollandkommune.dk", "Ekstra måler i Havnehuset - uden "
            + "merpris")
            .text("Kære Ejendomme\n\nNår tunnelfabrikken begynder at ramme spuns i november, sætter vi en ekstra vibrationsmåler "
                + "op i Havnehuset. Den er omfattet af måleprogram " + vibrationProgramme + ", og der kommer ingen særskilt "
                + "regning. Alarmer sender vi kun til jeres vagttelefon, aldrig som en faktura.\n\nRødbyhavn Geoteknik & Måling");
        genuine(m, maaling.ip());
        m.description = "the measuring firm announces an extra sensor at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_500_000);
        headers(m, "Beredskab Sydhavsøerne I/S", "opkraevning@sydhavs-beredskab.dk", "efaktura@lollandkommune.dk",
            "Ejerbidrag 4. kvartal 2037")
            .text("Til ejerkommunerne\n\nHermed opkrævning af ejerbidraget for fjerde kvartal. Den er også sendt til jeres EAN."
                + "\n\nBeredskab Sydhavsøerne I/S")
            .attach("application/pdf", "Ejerbidrag-4kv-2037.pdf", Attachments.pdf(docId(m, "ber"), "Ejerbidrag 4. kvartal 2037",
                List.of("Beredskab Sydhavsøerne I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "07550005123379"))));
        genuine(m, "127.146.1.1");
        m.description = "intermunicipal fire and rescue service's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Vejdirektoratet, Femern-forbindelsen", "trafik@femern-vejinfo.dk", "teknik@lollandkommune.dk",
            "Natlukning af Færgestedsvej, Rødbyhavn")
            .text("Til Lolland Kommune, Vej og Park\n\nFærgestedsvej lukkes tre nætter i uge 45 for transport af tunnelelementer. "
                + "Omkørsel skiltes af entreprenøren. Det koster ikke kommunen noget.\n\nVejdirektoratet");
        genuine(m, "127.146.6.1");
        m.description = "authority announces a night closure for tunnel transports, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@tegnhurtigt.dk";
        headers(m, "Museum Lolland-Falster via Tegn Hurtigt", "noreply@tegnhurtigt.dk", "kultur@lollandkommune.dk",
            "Til underskrift: aftale om arkæologisk forundersøgelse")
            .header("Reply-To", "<arkaeologi@museum-lolfal.dk>")
            .text("Museum Lolland-Falster har sendt 'Aftale om forundersøgelse - erhvervsområde ved Maribo Syd' til "
                + "underskrift.\n\nDu finder dokumentet, når du logger ind på jeres konto hos Tegn Hurtigt.\n\nTegn Hurtigt");
        genuine(m, "127.146.32.1");
        m.description = "real e-signature request from tegnhurtigt.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Rødby Cykler", "kasse@rodby-cykler.dk", "pleje@lollandkommune.dk", "Kvittering for reparation")
            .text("Tak for besøget\n\nReparation af tre elcykler fra hjemmeplejen i Rødby: nye bremseklodser og et baghjul. "
                + "Betalt med kommunens indkøbskort.\n\nRødby Cykler");
        genuine(m, "127.146.5.1");
        m.description = "bicycle shop receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Maribo Gymnasium", "okonomi@maribo-gym.dk", "okonomi@lollandkommune.dk", "Advis om betaling")
            .text("Hej\n\nVi har i dag overført 18.600 kr. for leje af Maribo Hallerne til skolernes idrætsdag.\n\nMaribo Gymnasium");
        genuine(m, "127.146.3.1");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Sakskøbing Planteskole", "ordre@sakskobing-planteskole.dk", "teknik@lollandkommune.dk", "Ordrebekræftelse "
            + "- lindetræer")
            .text("Hej\n\nTak for ordren på 24 lindetræer til Torvet i Sakskøbing, levering i uge 46. Faktura sendes til jeres "
                + "EAN efter levering.\n\nSakskøbing Planteskole");
        genuine(m, "127.146.7.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "4010051005612345"), iban("DK", "98600007734152"), bank("7890", "0003318870"),
        iban("EE", "2210201177004521"), iban("PL", "611090101400000712198812"), iban("GB", "BUKB20201555613579"),
        iban("IE", "AIBK93115212345611"), iban("NL", "ABNA0417164300"), iban("DE", "370400440532013000"),
        iban("HU", "117730160011111800000000"), iban("RO", "BTRL01301202925689XX"), iban("BG", "BNBG96611020345678"),
        iban("CY", "002001280000001200527600"), bank("9070", "0001644290"), iban("MT", "MALT011000012345MTLCAST001S"),
        iban("SE", "45000000058398257466"), iban("LT", "6032500000012345"), iban("DK", "52950003345871"),
        iban("NO", "86011117947")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Korrigeret opkrævning"), "", "I forrige kvartal blev jeres opkrævning "
            + "desværre dannet med et forkert kontonummer, fordi værket skiftede regnskabssystem midt i perioden. Vedhæftet "
            + "ligger den rettede opkrævning. Overfør venligst beløbet til kontonummeret på den nye opkrævning; det, I eventuelt "
            + "har betalt til den gamle konto, bliver modregnet ved årsafregningen.");
        forged(m, forgedHost++);
        m.description = "forged From nakskov-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(0), 7, List.of(), "", "Lollandsposten er pr. 1. oktober overtaget af en baltisk mediegruppe, "
            + "der står for al fakturering fra Vilnius. Annoncerne for lokalplanen i Rødbyhavn og jeres jobopslag er derfor "
            + "faktureret herfra, og betalingen går til den litauiske konto i bunden af fakturaen.");
        forged(m, forgedHost++);
        m.description = "forged From lollandsposten.dk (p=reject), LT account";

        // lookalike-domain
        Object[][] l = {{"nakskovfjernvarme.dk", varme, "Kvartalets opkrævning er vedhæftet. Pengeinstituttet har nedlagt sin "
            + "filial i Nakskov, og vores konto er flyttet med til en anden bank. Ret venligst kontonummeret i kreditorsystemet "
            + "før betalingen."},
            {"rodby-anlaeg.com", entrep, "Belægningen på Nørregade er færdig og afleveret. Vi har fået en ny "
                + "finansieringspartner, så fakturaen skal betales til den konto, der står på den. Vores gamle konto er lukket "
                + "for indbetalinger."},
            {"nakskov-traeiast.dk", byg, "Her er oktobers samlefaktura for proffhandlen. Revisoren har bedt os bruge én konto "
                + "til alle kunder fra nu af - den står nederst på fakturaen."},
            {"sakskobing-elservice.dk", el, "Gadelyset på Torvet er skiftet til LED. Bemærk at vi er gået over til Sparekassen, "
                + "og at den tidligere konto kun bruges til kortbetalinger i butikken."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(10), 6, List.of("Ny bankforbindelse fra " + dottedDay(m, -5)), "",
            "Trælasten har fået ny bankforbindelse pr. 1. oktober. Det nye kontonummer er trykt på fakturaen og bør rettes i "
                + "jeres kreditorkartotek, inden I betaler.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as nakskov-traelast.dk, new account";
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens Sekretariat", "sekretariat@" + d, "okonomi@lollandkommune.dk", "Fortroligt: forligssum skal "
            + "betales i dag")
            .text("Goddag\n\nKommunen har i nat indgået forlig med en lodsejger ved Rødbyhavn om arealerhvervelse til den nye "
                + "adgangsvej. Forligssummen på 412.500 kr. skal stå på advokatens klientkonto " + mule(13) + " senest kl. 14 i "
                + "dag, ellers sendes sagen til taksationskommissionen, og det bliver langt dyrere. Sagen er fortrolig, indtil "
                + "byrådet er orienteret. Bekræft kort på denne mail, når overførslen er lagt ind.\n\nBorgmesterens Sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: confidential settlement to pay today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Regnlet", "paamindelse@regnlet-nakskov.dk", "miljo@lollandkommune.dk",
            "Regning forfalder i dag - undgå gebyr")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Regningen fra <b>" + natur.name() + "</b> for slåning af strandeng "
                + "forfalder i dag. Betaler du ikke inden kl. 23.59, lægger vi et gebyr på 250 kr. oveni. Du kan betale sikkert "
                + "med kort her:</p><p><a href=\"https://regnlet-nakskov.dk/b/" + sha256("rl46").substring(0, 20) + "\">Betal "
                + "regningen</a></p><p>Venlig hilsen<br>Regnlet</p></body></html>");
        ownedBy(m, "regnlet-nakskov.dk");
        m.description = "look-alike of the platform regnlet.dk: 'due today' card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Saldoport Debitorservice", "debitor@saldoport-maribo.com", "havn@lollandkommune.dk", "Overdragelse af "
            + "tilgodehavende - " + smed.name())
            .text("Goddag\n\nSaldoport har overtaget debitorstyringen for " + smed.name() + ". Betal derfor den vedlagte faktura "
                + "til vores samlekonto " + mule(15) + " - smedien kan ikke længere selv tage imod beløbet.\n\nSaldoport "
                + "Debitorservice")
            .attach("application/pdf", "saldoport-" + (5_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("saldoport-maribo.com", mule(15)), "Faktura", "SP-" + (7_400 + rnd.nextInt(700)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Saldoport på vegne af smedien")));
        ownedBy(m, "saldoport-maribo.com");
        m.description = "look-alike of saldoport.com: the smithy's invoice 'taken over' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Modtager: koncernbogholderiet"), "", "Vi er blevet opkøbt af en landsdækkende "
            + "servicekoncern, og koncernens bogholderi i Odense overtager opkrævningen allerede nu. Oktobers beløb skal derfor "
            + "gå til koncernkontoen " + mule(16) + ", selv om vores navn stadig står øverst på fakturaen. Vores telefonnumre "
            + "bliver omstillet i disse dage, så det letteste er at skrive tilbage i denne tråd.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of lolland-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@lollandkommune.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nEn lille korrektion til fakturaen herunder: vores faste konto er midlertidigt spærret, mens banken "
                + "laver sin hvidvaskkontrol. Overfør derfor de " + p.amount().gross() + " kr. til " + mule(17) + ". Resten af "
                + "året går alt til den normale konto igen.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of lolland-skoleit.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "horslunde-tomrer.dk", "Jeg kan se, at faktura %s på %s kr. ikke er betalt endnu, og det er "
            + "faktisk godt: vores fakturaskabelon havde et gammelt kontonummer stående. Det korrekte er %s. Giv mig lige et "
            + "praj, når det er rettet hos jer."},
            {mad, "maribo-madservice.com", "Tak for jeres mail. Angående faktura %s (%s kr.): koncernens bogholderi har bedt os "
                + "om, at netop denne betaling går til %s, fordi den hører til det gamle regnskabsår. Alle nye fakturaer følger "
                + "den konto, I har fået oplyst."}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@lollandkommune.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\n" + String.format((String) h[i][2], p.no(), p.amount().gross(), mule(i + 2)) + "\n\n"
                    + (i == 0 ? "Per" : "Regnskab") + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: "
                    + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", another account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "okonomi@lollandkommune.dk", "Tilskud til Femø Jazz - i dag")
            .text("Hej\n\nFemø Jazz har mistet sin hovedsponsor med kort varsel, og jeg har lovet dem et tilskud på 120.000 kr., "
                + "så scenen og lyden kan betales. Beløbet skal ud i dag til " + mule(6) + " - bevillingen bliver formaliseret i "
                + "Kultur- og Fritidsudvalget bagefter. Jeg sidder i møde i Femern-sekretariatet og kan ikke tage telefonen.\n\n"
                + "Borgmesteren");
        forged(m, forgedHost++);
        m.description = "forged lollandkommune.dk (p=reject) from outside: the mayor's same-day festival grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichefen", "oekonomichef@" + OWN, "kreditor@lollandkommune.dk", "Bandholm Busser - ny konto")
            .text("Hej\n\nBandholm Busser har skiftet bank, og jeg har selv talt med ejeren. Ret deres konto til " + mule(8)
                + " inden dagens betalingskørsel, så skolekørslen for oktober kommer rigtigt ud. Du behøver ikke ringe dem op.\n\n"
                + "Økonomichefen");
        forged(m, forgedHost++);
        m.description = "forged lollandkommune.dk: 'finance manager' orders the bus company's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektor.lolland@gmail.com", "okonomi@lollandkommune.dk", "Har du 5 min?")
            .text("Hej\n\nJeg sidder i et lukket møde med tunnelselskabet og kan kun skrive, ikke tale. Der er en fortrolig "
                + "overførsel, som skal igennem i dag, og jeg vil gerne have, at du tager dig af den personligt. Svar mig her, "
                + "så får du detaljerne.\n\nSendt fra min iPad");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a closed meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.lolland@outlook.com", "indkob@lollandkommune.dk", "Tak til de frivillige")
            .text("Hej\n\nDe frivillige fra sølejren ved Maribo har gjort et kæmpe stykke arbejde, og jeg vil gerne sige tak. "
                + "Køb 15 gavekort á 1.000 kr. på nettet og send mig koderne på mail i eftermiddag. Jeg afregner det bagefter "
                + "over et udlægsbilag.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards for volunteers";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Hansen", "mette.hansen.nakskov@gmail.com", "lon@lollandkommune.dk", "Ny konto til min løn")
            .text("Hej Løn\n\nJeg er pædagog i Børnehuset Stjernen i Nakskov. Jeg har skiftet til en netbank, og min løn skal "
                + "fremover gå til " + mule(3) + " - gerne allerede fra næste lønkørsel. Jeg kan ikke få medarbejderportalen til "
                + "at virke hjemmefra, så jeg håber, I kan rette det ud fra denne mail.\n\nTak på forhånd\nMette");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a kindergarten teacher, EE IBAN";
        m = bad("payroll-account-change");
        headers(m, "Kasper Lind", "kasper.lind.rodby@hotmail.com", "lon@lollandkommune.dk", "Lønudbetaling til tysk konto")
            .text("Hej\n\nJeg arbejder på materielgården i Rødby og flytter til Fehmarn, fordi min kæreste har fået job på "
                + "tunnelbyggeriet. Fra oktoberlønnen vil jeg gerne have pengene sat ind på " + mule(8) + ".\n\nMvh Kasper");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, DE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        String[] tone = {"Vores klient %s har overdraget faktura %s på %s kr. til inkasso, da den trods rykkere ikke er betalt. "
            + "Kravet forhøjes med rykkergebyr 100 kr. og inkassogebyr 750 kr. og skal indbetales til %s inden 10 dage. Sker det "
            + "ikke, indgives betalingspåkrav til fogedretten uden yderligere varsel.",
            "Inkassovarsel vedrørende %s, faktura %s, restbeløb %s kr. Betal til vores klientkonto %s senest på fredag, så "
                + "undgår kommunen, at sagen registreres i RKI og overgår til retslig inkasso med de omkostninger, det medfører."};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Maribo Inkasso", "sag@maribo-inkasso.dk", "kreditor@lollandkommune.dk", (i == 0 ? "Inkassomeddelelse: "
                : "Inkassovarsel - ") + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\n" + String.format(tone[i], inkasso[i].name(), p.no(), p.amount().gross(),
                    mule(i + 11)) + "\n\nMaribo Inkasso\nSagsbehandler, inkassoafdelingen");
            ownedBy(m, "maribo-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@mitid-nakskov.com", "it@lollandkommune.dk", "Handling påkrævet: genaktivér "
            + "organisationens nøglebærer")
            .html("<html><body><p>Kære administrator</p><p>Efter opdateringen af sikkerhedskravene skal " + KOMMUNE
                + "s nøglebærer genaktiveres. Bliver det ikke gjort inden 48 timer, mister alle medarbejdere adgangen til "
                + "offentlige selvbetjeningsløsninger.</p><p><a href=\"https://mitid-nakskov.com/genaktiver\">Genaktivér nu"
                + "</a></p><p>MitID Erhverv support</p></body></html>");
        ownedBy(m, "mitid-nakskov.com");
        m.description = "fake MitID Erhverv reactivation with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-maribo.com", "okonomi@lollandkommune.dk",
            "Ny meddelelse fra Skattestyrelsen - svarfrist")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt en meddelelse om efterregulering af "
                + "kommunens momskompensation for andet halvår. Meddelelsen indeholder en svarfrist på fem hverdage; derefter "
                + "anses reguleringen for accepteret, og beløbet modregnes i bloktilskuddet.</p><p><a href=\"https://"
                + "digitalpost-maribo.com/meddelelse\">Åbn meddelelsen med MitID</a></p><p>Med venlig hilsen<br>Digital Post"
                + "</p></body></html>");
        ownedBy(m, "digitalpost-maribo.com");
        m.description = "fake Digital Post notice about a VAT compensation adjustment, with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Registeret", "registrering@nemhandel-sakskobing.net", "efaktura@lollandkommune.dk",
            "EAN " + EAN + " skal valideres")
            .text("Til " + KOMMUNE + "\n\nNemHandel flytter alle modtagere til et nyt register. Jeres EAN " + EAN + " er endnu "
                + "ikke valideret, og fra 1. november afvises fakturaer til det. Validér registreringen med MitID Erhverv på "
                + "https://nemhandel-sakskobing.net/validering - det tager to minutter.\n\nNemHandel Registeret");
        ownedBy(m, "nemhandel-sakskobing.net");
        m.description = "fake NemHandel register validation with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afregning@nemhandel-sakskobing.net", "kreditor@lollandkommune.dk",
            "Fejlet levering af e-fakturaer")
            .text("Fem e-fakturaer til jeres EAN kunne ikke leveres på grund af en fejl i jeres modtageprofil. De berørte "
                + "leverandører har bedt NemHandel opkræve beløbene samlet, så de ikke rammes af forsinkelsen. Overfør "
                + "86.412,50 kr. til afregningskontoen " + mule(4) + "; vi fordeler pengene til leverandørerne inden for to "
                + "bankdage.\n\nNemHandel Support");
        ownedBy(m, "nemhandel-sakskobing.net");
        m.description = "fake NemHandel 'failed deliveries' asking for one pooled payment (PL IBAN)";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Parkering Rødbyhavn", "afgift@rodbyhavn-parkering.dk", "pleje@lollandkommune.dk",
            "Parkeringsafgift - Færgehavnen Rødbyhavn")
            .html("<html><body><p>En bil, der er indregistreret til " + KOMMUNE + ", holdt " + dottedDay(m, -3) + " på "
                + "færgehavnens langtidsparkering uden gyldig billet. Afgiften er 750 kr. og kan betales med MobilePay ved at "
                + "scanne koden herunder inden 5 dage.</p><p><img src=\"cid:qr\" alt=\"Scan for at betale\"></p></body></html>")
            .attach("image/png", "parkeringsafgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "rodbyhavn-parkering.dk");
        m.description = "QR code for a parking charge at the ferry port";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice Erhverv", "aftaler@holeby-betaling.net", "okonomi@lollandkommune.dk",
            "Jeres betalingsaftaler er stoppet")
            .html("<html><body><p>Vi har stoppet kommunens tilmeldte betalingsaftaler, fordi den tilknyttede konto ikke kunne "
                + "verificeres. Scan QR-koden med din telefon for at bekræfte kontoen og genoptage aftalerne.</p>"
                + "<img src=\"cid:qr\"></body></html>")
            .attach("image/png", "bekraeft-konto.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "holeby-betaling.net");
        m.description = "QR code to 'confirm the account' for stopped direct debits";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "adm@lolland-rengoring.dk", "kreditor@lollandkommune.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nJeres spamfilter har sendt vores sidste to fakturaer retur, så denne kommer i en zip-fil. Vær opmærksom "
                + "på, at kontoen er ny.\n\nAdministration og Løn")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("lolland-rengoring.dk", mule(9)), "Faktura", no, a, mule(9), 0, List.of()),
                "LAES_MIG.txt", "Fakturaen betales til kontoen i PDF-filen, ikke til den gamle konto."));
        ownedBy(m, "lolland-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of lolland-rengoering.dk, HU account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "vaerksted@stokkemarke-vvs.net", "kreditor@lollandkommune.dk", "Fakturaer september")
            .text("Hej\n\nSeptembers fakturaer ligger samlet i en 7z-fil, fordi filerne ellers blev for store. Læg mærke til den "
                + "nye konto.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "fakturaer-sept.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("stokkemarke-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "stokkemarke-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of stokkemarke-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@nakskov-kontor.net", "indkob@lollandkommune.dk", "Ordrebekræftelse og faktura - papir")
            .text("Hej\n\nOrdrebekræftelse og faktura på kopipapiret ligger i det samme dokument. Dokumentet er beskyttet: klik "
                + "'Aktivér indhold' for at se priserne.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_og_faktura_papir.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir A4. Priserne vises, når indholdet er aktiveret.", true));
        ownedBy(m, "nakskov-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of nakskov-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "faktura@lolland-skole-it.net", "it@lollandkommune.dk", "Licensoversigt Chromebooks")
            .text("Hej\n\nLicensoversigten for mellemtrinnets Chromebooks er i regnearket. Makroerne skal være slået til, ellers "
                + "regner arket ikke beløbene ud. Betaling sker til den nye konto, der står i arket.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_oktober.xlsm", Attachments.excel(List.of(
                "Licensoversigt oktober 2037", "Chromebook-licens og administration 380 stk", "Betales til " + mule(14)), true));
        ownedBy(m, "lolland-skole-it.net");
        m.description = "macro-enabled .xlsm from a look-alike of lolland-skoleit.dk, MT account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "kim@dannemare-malerforretning.dk", "ejendom@lollandkommune.dk", "Regning plejecentret")
            .text("Hej\n\nHer er regningen for malerarbejdet på plejecentret. Jeg har fotograferet den, fordi printeren driller. "
                + "Kontonummeret er nyt - det står på billedet.\n\nKim")
            .attach("image/jpeg", "20371014_093211.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "dannemare-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of dannemare-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "torben@sollested-vognmand.net", "teknik@lollandkommune.dk", "Faktura saltkørsel")
            .text("Hej\n\nFakturaen for saltkørslen er scannet og vedhæftet. Vi har fået ny bank, så brug kontoen på den "
                + "scannede faktura.\n\nTorben")
            .attach("application/pdf", "Scan_20371015.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "sollested-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of sollested-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@nakskov-ordrecenter.com", "pleje@lollandkommune.dk", "Ordre 55821 er registreret")
            .text("Tak for jeres ordre på 12 smartphones til hjemmeplejen, i alt 74.280 kr. ekskl. moms. Pakken afsendes i "
                + "morgen tidlig, og fakturaen følger med. Har I ikke afgivet ordren, skal I ringe til vores ordrecenter på "
                + "54 90 17 33 i dag, så annullerer vi den.\n\nOrdrecenter");
        ownedBy(m, "nakskov-ordrecenter.com");
        m.description = "callback scam: fake smartphone order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Licenscenter", "licens@nakskov-ordrecenter.com", "it@lollandkommune.dk", "Antiviruslicens fornyet - 3 år")
            .text("Kære IT-afdeling\n\nJeres antiviruslicens til 420 computere er automatisk fornyet for tre år til 96.400 kr. "
                + "ekskl. moms, og beløbet faktureres fredag. Vil I ikke forny, kan fornyelsen kun stoppes ved at ringe til "
                + "licenscentret på 54 90 17 34 inden torsdag kl. 15.\n\nLicenscenter");
        ownedBy(m, "nakskov-ordrecenter.com");
        m.description = "callback scam: auto-renewed antivirus licence";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "bk@rodby-anlaeg.net", "efaktura@lollandkommune.dk", "E-faktura " + no)
            .text("Hej\n\nVi har skiftet regnskabsprogram, og det nye kan endnu ikke sende via NemHandel. Derfor får I "
                + "e-fakturaen som vedhæftet fil. Den nye bankkonto fremgår af filen.\n\n" + entrep.name())
            .attach("application/xml", "peppol-" + no + ".xml", ubl(no, entrep, mule(7), a, isoDay(m, 0), isoDay(m, 10), true,
                "LOK-" + (83_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "rodby-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee (NL), look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@lolland-skoleit.com", "efaktura@lollandkommune.dk", "OIOUBL " + no)
            .text("OIOUBL-filen for oktober er vedhæftet. Betalingsoplysningerne i filen er opdateret, da vi har skiftet bank.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 8), false,
                "LOK-" + (83_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "lolland-skoleit.com");
        m.description = "OIOUBL XML with a changed payee from a look-alike of lolland-skoleit.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Tegn Hurtigt", "dokument@tegnhurtigt-maribo.dk", "kultur@lollandkommune.dk",
            "Museum Lolland-Falster har sendt dig et dokument")
            .html("<html><body><p>Du skal underskrive 'Udlånsaftale - Stiftsmuseet Maribo'. Dokumentet udløber i dag kl. 16."
                + "</p><p><a href=\"https://tegnhurtigt-maribo.dk/d/" + sha256("th46").substring(0, 16) + "\">Åbn og "
                + "underskriv</a></p></body></html>");
        ownedBy(m, "tegnhurtigt-maribo.dk");
        m.description = "fake e-signature request imitating tegnhurtigt.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "signering@bandholm-esign.net", "ejendom@lollandkommune.dk",
            "Forpagtningskontrakt klar til signering")
            .html("<html><body><p>Hej</p><p>Der ligger et dokument til jer: 'Forpagtning af engarealet øst for Bandholm Havn "
                + "2038-2043'. Forpagteren har allerede skrevet under, og hans ansøgning om arealstøtte kræver, at kommunen "
                + "signerer i denne uge. Dokumentet åbnes efter login med kommunens Microsoft-konto.</p><p><a href=\""
                + "https://bandholm-esign.net/login\">Gå til dokumentet</a></p></body></html>");
        ownedBy(m, "bandholm-esign.net");
        m.description = "fake e-signature behind a Microsoft 365 login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "korsel@bandholm-busser.net", "kreditor@lollandkommune.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nVi er ved at skifte bank, og i overgangen vil vi gerne have faktura " + p.no() + " på "
                + p.amount().gross() + " kr. betalt i to dele: den ene halvdel til kontoen, I plejer at bruge, og den anden "
                + "halvdel til " + mule(5) + ".\n\nKørselskontoret");
        ownedBy(m, "bandholm-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@stokkemarke-vvs-aps.dk", "kreditor@lollandkommune.dk", "Faktura " + p.no()
            + " - opdelt betaling")
            .text("Hej\n\nFaktura " + p.no() + " for varmtvandsbeholderen i Stokkemarke Hallen vil vi gerne have betalt i to "
                + "dele: 25.000 kr. til os som normalt og resten direkte til grossisten, der leverede beholderen, på "
                + mule(11) + ". Vi har lovet grossisten at betale ham på den måde, og så slipper I for en ekstra faktura.\n\n"
                + "Værkstedet");
        ownedBy(m, "stokkemarke-vvs-aps.dk");
        m.description = "split payment on Stokkemarke VVS's real wave-1 invoice (BG IBAN)";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-lake-reduction-fishing-invoice
        M m = bad("fake-lake-reduction-fishing-invoice");
        invoice(m, fiskeri.posing("maribo-fiskepleje.com", fiskeri.account()), mule(0), 9,
            List.of("Fangstjournal " + catchLog + ", ekstra fangstdage"), "", "Efter algeopblomstringen i august bad Natur og "
                + "Miljø os om fire ekstra fangstdage i Nørresø. De ligger uden for den faste aftale og er derfor faktureret for "
                + "sig, under fangstjournalen. Vi har i mellemtiden flyttet vores bankforretninger, og den gamle konto lukker ved "
                + "månedens udgang, så brug kontonummeret på denne faktura.");
        ownedBy(m, "maribo-fiskepleje.com");
        m.description = "look-alike of the real lake-care firm cites its real catch log, 'extra fishing days', LT IBAN";
        m = bad("fake-lake-reduction-fishing-invoice");
        headers(m, "Søndersø Fiskeri", "regning@sondersoe-fiskeri.dk", "miljo@lollandkommune.dk", "Opsamling af døde fisk, "
            + "Maribo Søndersø")
            .text("Til Natur og Miljø\n\nEfter iltsvindet i sidste uge flød der store mængder død brasen langs bredden ved "
                + "Maribo. Af hensyn til lugten og de mange gæster ved domkirken samlede vores folk fiskene op på eget initiativ. "
                + "Opsamling, transport og destruktion af 3,1 tons beløber sig til 27.340,00 kr. inkl. moms. Beløbet bedes "
                + "indbetalt på " + mule(5) + " inden fem dage, så vi kan afregne med destruktionsanstalten.\n\nSøndersø Fiskeri");
        ownedBy(m, "sondersoe-fiskeri.dk");
        m.description = "unknown firm bills dead-fish removal at Søndersø that nobody ordered (GB IBAN)";
        m = bad("fake-lake-reduction-fishing-invoice");
        headers(m, "Hejrede Lake Fisheries", "survey@hejrede-so-fiskeri.dk", "miljo@lollandkommune.dk",
            "Electrofishing survey Hejrede Sø - booking deposit")
            .text("Dear environmental department,\n\nAs agreed by phone with your lake team, we have booked our electrofishing "
                + "boat for the fish stock survey of Hejrede Sø in week 44, before the winter reduction fishing starts. To "
                + "secure the slot we require a deposit of EUR 2,950 to " + mule(3) + " within three days; the final report "
                + "and invoice follow after the survey.\n\nBest regards\nHejrede Lake Fisheries, field office");
        ownedBy(m, "hejrede-so-fiskeri.dk");
        m.description = "'as agreed by phone' electrofishing survey of Hejrede Sø with a deposit, English (EE IBAN)";

        // fake-beet-campaign-road-sweeping-invoice
        m = bad("fake-beet-campaign-road-sweeping-invoice");
        invoice(m, fejning.posing("holeby-maskinstation.net", fejning.account()), mule(9), 13,
            List.of("Aftale " + sweepAgreement + " - ekstra nattevagter"), "", "Roevognene til sukkerfabrikken lagde så meget "
                + "jord på Rødbyvej i weekenden, at politiet krævede vejen renset om natten. Vi har kørt tre ekstra nattevagter "
                + "med fejemaskine og spulevogn, som ligger ud over aftalen. Efter sammenlægningen med en anden maskinstation "
                + "er vores bankforbindelse ny - kontoen står på fakturaen.");
        ownedBy(m, "holeby-maskinstation.net");
        m.description = "look-alike of the machine station cites the real sweeping agreement, 'extra night shifts', HU IBAN";
        m = bad("fake-beet-campaign-road-sweeping-invoice");
        headers(m, "Nakskov Vejfejning", "faktura@nakskov-vejfejning.dk", "teknik@lollandkommune.dk", "Faktura: rengøring af "
            + "kommuneveje efter roekørsel")
            .text("Hej Vej og Park\n\nVi har på tre nætter fejet og spulet Vejlebyvej og Tårsvej ved Nakskov, efter at borgere "
                + "klagede over glat roejord i kurverne. Opgaven blev sat i gang efter henvendelse fra jeres vagttelefon. "
                + "Regningen lyder på 31.250,00 kr. inkl. moms og betales til " + mule(10) + " senest om otte dage.\n\n"
                + "Nakskov Vejfejning")
            .attach("application/pdf", "vejfejning-okt.pdf", Attachments.pdf(docId(m, "vf46"), "Faktura vejrengøring",
                List.of("Nakskov Vejfejning", "Fejning og spuling, Vejlebyvej og Tårsvej, 3 nætter", "I alt inkl. moms 31.250,00",
                    "Betales til " + mule(10))));
        ownedBy(m, "nakskov-vejfejning.dk");
        m.description = "unknown firm bills night sweeping of beet mud 'ordered by your duty phone' (RO account)";
        m = bad("fake-beet-campaign-road-sweeping-invoice");
        headers(m, "Saxkøbing Roefejning", "booking@saxkobing-roefejning.dk", "teknik@lollandkommune.dk",
            "Standby-fejemaskine resten af kampagnen")
            .text("Hej\n\nKampagnen på sukkerfabrikken er forlænget til midt i januar, og flere kommuner har allerede bestilt "
                + "maskiner. Vi har derfor holdt en fejemaskine med fører klar til jer resten af sæsonen. Standby-gebyret på "
                + "18.750 kr. forudbetales til " + mule(12) + ", før maskinen bliver stillet til rådighed.\n\nSaxkøbing Roefejning");
        ownedBy(m, "saxkobing-roefejning.dk");
        m.description = "'we held a sweeper on standby for you' with a prepaid fee (CY IBAN)";

        // fake-vibration-monitoring-invoice
        m = bad("fake-vibration-monitoring-invoice");
        invoice(m, maaling.posing("rodbyhavn-maling.dk", maaling.account()), mule(6), 16,
            List.of("Måleprogram " + vibrationProgramme + " - alarmudrykning"), "", "Vibrationsmåleren på Rødbyhavn Skole gav "
                + "alarm i nat, da tunnelfabrikkens pæleramning overskred grænseværdien. Vi rykkede ud, aflæste målerne og har "
                + "sendt en hasterapport til Ejendomme. Udrykningen hører ikke under det faste program. Vores konto er skiftet "
                + "efter en omlægning af firmaet, så betal venligst til den konto, der står på fakturaen.");
        ownedBy(m, "rodbyhavn-maling.dk");
        m.description = "look-alike of the measuring firm cites the real programme, a night alarm call-out, IE IBAN";
        m = bad("fake-vibration-monitoring-invoice");
        headers(m, "Rødby Byggemåling", "rapport@rodby-byggemaaling.dk", "ejendom@lollandkommune.dk",
            "Revneregistrering af kommunale bygninger i Rødbyhavn")
            .text("Til Ejendomme\n\nFør næste fase af tunnelbyggeriet har vi fotoregistreret og målt revner i kommunens "
                + "bygninger i Rødbyhavn, så I står sikrest, hvis der senere skal rejses erstatningskrav. Registreringen er "
                + "afsluttet, og rapporten frigives, når vores faktura på 44.800,00 kr. inkl. moms er indbetalt på " + mule(13)
                + ".\n\nRødby Byggemåling");
        ownedBy(m, "rodby-byggemaaling.dk");
        m.description = "unknown firm holds a crack-survey report of our Rødbyhavn buildings hostage for payment (DK mule)";
        m = bad("fake-vibration-monitoring-invoice");
        headers(m, "Hyllekrog Geoteknik", "projekt@hyllekrog-geoteknik.dk", "teknik@lollandkommune.dk",
            "Jeres andel af fælles målestation, Færgestedsvej")
            .text("Goddag\n\nDe fælles vibrationsmålestationer langs Færgestedsvej betales af grundejerne efter en "
                + "fordelingsnøgle, som tunnelentreprenøren har fastsat. Kommunens andel for 2037 er 22.100 kr. ekskl. moms. "
                + "Beløbet indbetales til " + mule(18) + ", og opgørelsen kan fås ved henvendelse.\n\nHyllekrog Geoteknik");
        ownedBy(m, "hyllekrog-geoteknik.dk");
        m.description = "'your share' of shared vibration stations along Færgestedsvej (NO IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus46().generate(), List.of(
            "# Lolland Kommune, Økonomi: invoice checks (forty-sixth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=nakskov-fjernvarme.dk rodby-anlaeg.dk maribo-fiskepleje.dk holeby-maskinstation.dk "
                + "rodbyhavn-maaling.dk horslunde-toemrer.dk dannemare-maler.dk lolland-rengoering.dk lollandsposten.dk "
                + "sollested-vognmand.dk sakskobing-el.dk stokkemarke-vvs.dk maribo-madservice.dk nakskov-traelast.dk "
                + "lolland-skoleit.dk bandholm-busser.dk nakskov-kontor.dk",
            "invoice.domains.platforms=regnlet.dk saldoport.com opkraevly.dk vikarflow.io",
            "invoice.names.protected=Lolland Kommune"));
    }
}
