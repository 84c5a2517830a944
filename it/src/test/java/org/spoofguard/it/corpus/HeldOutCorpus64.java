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
 * The sixty-fourth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Hedensted Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and parks, nature,
 * schools, elderly care, culture, harbours and property mailboxes), between Vejle Fjord and Horsens Fjord: the town hall in
 * Hedensted, Juelsminde harbour and beach, Tørring and Uldum in the Gudenå valley, Løsning, Daugård, Hornsyld, Barrit,
 * Stouby, Rårup, Glud with its open-air museum, Ølsted, Klakring, Snaptun and the little ferry to Hjarnø with its Viking-age
 * ship settings, Bjerre Skov, the wet meadows of Uldum Kær with their boardwalks and bird tower, and the Gudenå springs in
 * Tinnet Krat; seventeen listed suppliers from those places in every DNS posture real Danish firms have (one sending through
 * a web hoster named in its SPF), four invoicing platforms ({@code takstro.dk}, {@code opgoer.io}, {@code ydelsespost.dk},
 * {@code zalvo.dk}), a joinery that builds and mends the boardwalks in Uldum Kær, a stonemason caring for the ship settings
 * on Hjarnø, a nature-care firm that clears the spring pool at Tinnet Krat, sole traders on free mail, foreign suppliers,
 * SaaS ({@code tavlenet.io}, {@code vagtvaerk.dk}), an ESP ({@code sendebud.net}), an e-signature service
 * ({@code penneskift.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each
 * carrying a Hedensted place name.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, forged and look-alike senders,
 * homoglyphs, CEO fraud, fake Digital Post/MitID, fake inkasso, compromised mailboxes, hijacked threads, split payments,
 * QR codes, archives, image-only invoices, a callback scam, payroll changes, e-invoice XML with a changed account, fake
 * e-signature requests, fake credit-note refunds) and three kinds new here: repairs of the boardwalks and bird tower in
 * Uldum Kær billed by someone who never stood on them (fake-bog-boardwalk-repair-invoice); straightening, re-setting or
 * surveying the stones of the ship settings on Hjarnø billed to a new account (fake-stone-ship-setting-restoration-invoice);
 * and desilting the spring pool at the Gudenå's source in Tinnet Krat billed by a stranger
 * (fake-spring-pool-desilting-invoice), each with the real supplier's invoice in the legitimate traffic. The invoice engine,
 * its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written.
 * {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus64GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus64 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout64");
    public static final String OWN = "hedensted.dk";
    static final String FRAUD_NET = "127.164.";
    private static final String OWN_IP = "127.64.0.1";
    private static final String EAN = "5798000556428";
    private static final String KOMMUNE = "Hedensted Kommune";
    private static final String RAADHUS = "Niels Espersvej 8, 8722 Hedensted";
    private static final String HOSTER_IP = "127.64.9.1";
    private static final String GMAIL = "127.65.1.1";
    private static final String MSFT = "127.65.2.1";
    private static final String APPLE = "127.65.5.1";

    private final Random rnd = new Random(64_8722_0064L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The joinery's boardwalk maintenance order for Uldum Kær (the frauds cite it). */
    private String walkOrder;
    /** The stonemason's heritage permit number for the Hjarnø ship settings (the frauds cite it). */
    private String stonePermit;
    /** The spring pool care agreement at Tinnet Krat (the frauds cite it). */
    private String springCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 3, 2, 7, 10, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 3, 30, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Hedensted Fjernvarme a.m.b.a.", "hedensted-fjernvarme.dk", "Kundeservice",
        "kunde", "127.64.1.1", iban("DK", "75970004021836"), "varmeforsyning til Rådhuset, Hedensted Skole og Plejecenter Åkanden");
    private final Supplier entrep = new Supplier("Tørring Anlæg ApS", "torring-anlaeg.dk", "Kasper Lauridsen", "kl",
        "127.64.1.2", bank("7970", "0004113295"), "ny fortovsbelægning og regnvandsbassin ved Tørring Gymnasium");
    private final Supplier gangbro = new Supplier("Uldum Snedkeri & Tømrer ApS", "uldum-snedkeri.dk", "Mette Vinther",
        "mette", "127.64.1.3", bank("7970", "0004125561"), "reparation af gangbroer og fugletårnet i Uldum Kær");
    private final Supplier sten = new Supplier("Hjarnø Stenhuggeri v/ Rasmus Bech", "hjarno-stenhuggeri.dk", "Rasmus Bech",
        "rasmus", "127.64.1.4", iban("DK", "75970004138827"), "pleje og opretning af skibssætningerne på Hjarnø");
    private final Supplier kilde = new Supplier("Tinnet Naturservice ApS", "tinnet-naturservice.dk", "Naturservice, Bogholderi",
        "bogholderi", "127.64.1.5", iban("DK", "20000004140091"), "oprensning af kildebassinet og stierne ved Gudenåens udspring "
        + "i Tinnet Krat");
    private final Supplier toemrer = new Supplier("Løsning Tømrerforretning ApS", "losning-toemrer.dk", "Brian Kjær", "bk",
        "127.64.1.6", bank("2000", "0004151738"), "nyt tag på cykelskuret og udskiftning af døre, Løsning Skole");
    private final Supplier maler = new Supplier("Stouby Malerfirma v/ Kim Juhl", "stouby-maler.dk", "Kim Juhl", "kim",
        "127.64.1.7", bank("7970", "0004163320"), "malerarbejde i gange og fællesstuer, Plejecenter Åkanden");
    private final Supplier rengoer = new Supplier("Hornsyld Rengøring ApS", "hornsyld-rengoering.dk", "Kontoret", "kontor",
        "127.64.1.8", iban("DK", "20000004170954"), "daglig rengøring af Rådhuset, Borgerservice og Hornsyld Idrætscenter");
    private final Supplier avis = new Supplier("Juelsminde Ugeblad", "juelsminde-ugeblad.dk", "Annonceafdelingen", "annonce",
        "127.64.1.9", iban("DK", "75970004182209"), "annoncering af lokalplanforslag for Juelsminde Havn og ledige stillinger");
    private final Supplier vognmand = new Supplier("Daugård Vognmandsforretning ApS", "daugaard-vognmand.dk", "Torben Hald",
        "torben", "127.64.1.10", bank("2000", "0004194476"), "transport af flis og grus til stierne i Bjerre Skov");
    private final Supplier el = new Supplier("Barrit El-Service ApS", "barrit-el.dk", "Jens Overgaard", "jo", HOSTER_IP,
        bank("7970", "0004205513"), "udskiftning af gadelamper og ny tavle i Barrit Hallen");
    private final Supplier vvs = new Supplier("Rårup VVS og Blik ApS", "raarup-vvs.dk", "Værkstedet", "vaerksted",
        "127.64.1.12", bank("2000", "0004217740"), "service på varmepumper og nye håndvaske, Rårup Skole");
    private final Supplier mad = new Supplier("Klakring Køkken A/S", "klakring-koekken.dk", "Klakring Køkken, Regnskab",
        "regnskab", "127.64.1.13", iban("DK", "75970004229067"), "varm mad til hjemmeboende og plejecentrene i kommunen");
    private final Supplier byg = new Supplier("Hedensted Trælast A/S", "hedensted-traelast.dk", "Proffen", "proff",
        "127.64.1.14", iban("DK", "20000004231188"), "trælast og byggevarer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Stouby IT-Service ApS", "stouby-itservice.dk", "Fakturering", "fakturering",
        "127.64.1.15", bank("7970", "0004243359"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Juelsminde Turistfart ApS", "juelsminde-turistfart.dk", "Kørselskontoret",
        "koersel", "127.64.1.16", bank("2000", "0004255624"), "skolebuskørsel Stouby-Hornsyld-Juelsminde og svømmeture");
    private final Supplier kontor = new Supplier("Tørring Kontorforsyning ApS", "torring-kontor.dk", "Ordre", "ordre",
        "127.64.1.17", iban("DK", "75970004267801"), "kopipapir, blæk og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Glud Smedie v/ Preben Ahl", "glud-smedie.dk", "Preben Ahl", "preben",
        "127.64.2.1", bank("7970", "0004279936"), "nyt rækværk på anløbsbroen i Snaptun");
    private final Supplier natur = new Supplier("Bjerre Skovpleje v/ Hanne Lind", "bjerre-skovpleje.dk", "Hanne Lind",
        "hanne", "127.64.2.2", bank("2000", "0004281157"), "udtynding og rydning langs skovvejene i Bjerre Skov");
    private final Supplier guide = new Supplier("Fjordguide v/ Sara Møller", "gmail.com", "Sara Møller", "sara.moller.fjordguide",
        GMAIL, bank("7970", "0004292240"), "naturvandring på Hjarnø for 7. årgang, 3 ture");
    private final Supplier tolk = new Supplier("Tolk v/ Fatima Noor", "outlook.com", "Fatima Noor", "fatima.noor.tolk", MSFT,
        bank("2000", "0004304472"), "tolkning tigrinya-dansk, Jobcenter Hedensted, 5 samtaler");
    private final Supplier musik = new Supplier("Harmonikaspiller Bent Ravn", "icloud.com", "Bent Ravn", "bent.ravn.harmonika",
        APPLE, bank("7970", "0004316695"), "eftermiddagsmusik med harmonika, Plejecenter Åkanden og Tørring Ældrecenter");
    private final Supplier tysk = new Supplier("Husumer Naturstein GmbH", "husumer-naturstein.de", "Buchhaltung",
        "buchhaltung", "127.66.1.1", iban("DE", "217500000060881243"), "Feldsteine und Setzkies für die Schiffssetzungen, Hjarnø");
    private final Supplier svensk = new Supplier("Smålands Spänger AB", "smalands-spanger.se", "Fakturering", "faktura",
        "127.66.2.1", iban("SE", "60000000094412088316"), "lärkträplank och skruv till spängerna i Uldum Kær");

    private final List<Supplier> listed = List.of(varme, entrep, gangbro, sten, kilde, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Hedensted place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"hedensted-fjernvarme.com", "torring-anlaeg.net", "hedensted-traelast.com",
        "barrit-elservice.dk", "hornsyld-rengoring.dk", "raarup-vvs.net", idn("hedensted-tr\u00e6last.dk"),
        idn("heden\u0455ted.dk"), "takstro-juelsminde.dk", "opgoer-hornsyld.com", "losning-tomrer.dk",
        "klakring-kokken.dk", "juelsminde-turistfart.net", "daugaard-vognmand.com", "hedensted-inkasso.dk",
        "mitid-hedensted.net", "digitalpost-uldum.com", "juelsminde-betaling.dk", "torring-kontorforsyning.dk",
        "stouby-itdrift.dk", "penneskift-stouby.dk", "olsted-dokumenter.net", "uldum-snedkeri.com",
        "uldumkaer-gangbro.dk", "glud-traebyg.dk", "hjarno-stenhuggeri.com", "snaptun-fortidsminder.dk", "hjarno-arkaeologi.dk",
        "tinnet-naturservice.net", "tinnet-krat-pleje.dk", "gudenaa-kilde-torring.dk", "stouby-maler.net",
        "klakring-ordrekontrol.com", "hedensted-refusion.dk", "raarup-vvs-aps.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(gangbro.domain(), List.of(gangbro.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(sten.domain(), List.of(sten.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kilde.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.64.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.64.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.ED25519_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sydoestjysk-affald.dk", List.of("127.64.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("slotsogkultur-tilsyn.dk", List.of("127.64.11.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("glud-museum.dk", List.of("127.64.11.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("juelsminde-efterskole.dk", List.of("127.64.11.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hedensted-revisorhus.dk", List.of("127.64.11.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("torring-jernhandel.dk", List.of("127.64.11.6"), "-all", null, "none");
        domain("juelsminde-havn.dk", List.of("127.64.11.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("takstro.dk", List.of("127.64.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("opgoer.io", List.of("127.64.12.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ydelsespost.dk", List.of("127.64.12.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("zalvo.dk", List.of("127.64.12.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("fjordbanken-hedensted.dk", List.of("127.64.13.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hedensted-andelskasse.dk", List.of("127.64.13.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-oestjylland.dk", List.of("127.64.13.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("horsensfjord-bogholdere.dk", List.of("127.64.13.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("gudenaadalens-indkob.dk", List.of("127.64.13.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("sendebud.net", List.of("127.64.13.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelnyt-jylland.dk", List.of("127.64.13.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.hedensted-bredbaand.dk", List.of("127.64.13.8"), "-all", null, null);
        domain("relay.juelsminde-net.dk", List.of("127.64.13.9"), "-all", null, null);
        domain("tavlenet.io", List.of("127.64.13.10"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtvaerk.dk", List.of("127.64.13.11"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("penneskift.dk", List.of("127.64.13.12"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", "none", null, "quarantine"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "70." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no64:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "HF" + String.format("%06d", 1_200 + rnd.nextInt(80_000));
            case 1:
                return "37-" + (4_100 + rnd.nextInt(5_000));
            case 2:
                return String.valueOf(520_000 + rnd.nextInt(60_000));
            case 3:
                return "FA" + (37_000 + rnd.nextInt(900)) + "-" + (1 + rnd.nextInt(9));
            case 4:
                return "F-2037-" + String.format("%05d", 80 + rnd.nextInt(9_000));
            default:
                return "INV" + (7_000 + rnd.nextInt(2_000));
        }
    }

    private static final String[] TO = {"kreditor@hedensted.dk", "efaktura@hedensted.dk", "kreditor@hedensted.dk",
        "oekonomi@hedensted.dk", "vejpark@hedensted.dk", "skole@hedensted.dk", "omsorg@hedensted.dk", "havn@hedensted.dk",
        "ejendomscenter@hedensted.dk", "indkoeb@hedensted.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf64:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(35_000_000 + Math.floorMod(sha256("cvr64:" + domain).hashCode(), 6_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi64:" + domain).hashCode(), 7_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "hedensted-fjernvarme.dk" -> "Stationsvej 41, 8722 Hedensted";
            case "torring-anlaeg.dk" -> "Vestergade 70, 7160 Tørring";
            case "uldum-snedkeri.dk" -> "Kærvej 12, 7171 Uldum";
            case "hjarno-stenhuggeri.dk" -> "Hjarnø Byvej 9, Hjarnø, 8700 Horsens";
            case "tinnet-naturservice.dk" -> "Tinnetvej 3, 7160 Tørring";
            case "losning-toemrer.dk" -> "Løsning Bygade 28, 8723 Løsning";
            case "stouby-maler.dk" -> "Stoubyvej 57, 7140 Stouby";
            case "hornsyld-rengoering.dk" -> "Bjerrevej 15, 8783 Hornsyld";
            case "juelsminde-ugeblad.dk" -> "Strandvejen 2, 7130 Juelsminde";
            case "daugaard-vognmand.dk" -> "Ny Daugårdvej 20, 7130 Juelsminde";
            case "barrit-el.dk" -> "Barritvej 44, 7150 Barrit";
            case "raarup-vvs.dk" -> "Rårupvej 19, 7130 Juelsminde";
            case "klakring-koekken.dk" -> "Klakringvej 101, 7130 Juelsminde";
            case "hedensted-traelast.dk" -> "Industrivej 31, 8722 Hedensted";
            case "stouby-itservice.dk" -> "Fjordvej 8, 7140 Stouby";
            case "juelsminde-turistfart.dk" -> "Havnegade 16, 7130 Juelsminde";
            case "torring-kontor.dk" -> "Bredgade 11, 7160 Tørring";
            case "glud-smedie.dk" -> "Museumsvej 5, Glud, 8700 Horsens";
            case "bjerre-skovpleje.dk" -> "Bjerre Skovvej 4, 8783 Hornsyld";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a letter-style invoice with a header band, a line table and a payment box; a
     * task account with labour, machines and materials and the FI line (card 71); a quarterly statement with meter or
     * subscription lines and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name() + " | " + title + " " + no;
                l.add("Udsteder " + s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Faktureres til " + KOMMUNE + " | " + RAADHUS + " | GLN/EAN " + EAN);
                l.add("Dato " + dottedDay(m, 0) + " | Vores reference " + s.person());
                l.add("Linje 1: " + s.what());
                l.add("Beløb uden moms " + a.net() + " | Momsbeløb " + a.vat() + " | Fakturabeløb i alt " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage, sidste rettidige betaling " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Betaling til " + account + " med fakturanummer som tekst");
                }
            }
            case 1 -> {
                head = "Opgaveregnskab / faktura " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Bygherre/kunde: " + KOMMUNE + " (EAN " + EAN + "). Opgave: " + s.what());
                long labour = a.ore() * 47 / 100;
                long machine = a.ore() * 13 / 100;
                l.add("Arbejdsløn " + kr(labour) + " | Maskiner og kørsel " + kr(machine) + " | Materialer " + kr(a.ore() - labour - machine));
                l.add("Sum " + a.net() + " + 25 % moms " + a.vat() + " = " + a.gross());
                l.addAll(more);
                l.add("Forfalder " + writtenDay(m, 21) + (account == null ? "" : " | Bankkonto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Kvartalsopgørelse " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Aftalenr. " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " | Kunde " + KOMMUNE);
                l.add("Periode " + dashedDay(m, -90) + " til " + dashedDay(m, -1) + " | " + s.what());
                long fixed = a.ore() * 28 / 100;
                l.add("Fast bidrag " + kr(fixed) + " | Variable ydelser " + kr(a.ore() - fixed));
                l.add("I alt før moms " + a.net() + " | Moms " + a.vat() + " | Til betaling " + a.gross());
                l.addAll(more);
                l.add("Betalingsdato " + dashedDay(m, 14) + (account == null ? "" : " | Konto " + account));
                if (own) {
                    l.add("FI-linje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Hedensted_" + no + ".pdf", "fa-" + no + ".pdf",
            "Invoice " + no + ".pdf", "regning-" + no + ".pdf", "Dokument_" + no + ".pdf", "FAKTURA" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Kære Hedensted Kommune", "Til Økonomi og Indkøb", "Hej", "Goddag kreditor",
        "Att.: Bogholderiet", "Hej Hedensted", "Hej kreditorteam", "Til rette vedkommende"};

    private String phone() {
        return "75 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig64:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nMange hilsner\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\nSendt fra mobilen" : " | " + s.name() + " | www." + s.domain());
            default:
                return "\n\nDe bedste hilsener\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_200_000 : 360_000);
        String[] subjects = {"Faktura " + no + " fra " + s.name(), "Ny faktura: " + no, "Fakturanr. " + no + " - " + KOMMUNE,
            s.name() + ": faktura " + no, "Faktura til EAN " + EAN + " (" + no + ")", "Regning " + no, "Fremsendelse af faktura " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Fakturabeløbet er " + a.gross() + " kr. inkl. moms, og betalingsfristen er " + writtenDay(m, 30) + ". "
                + "Fakturaen ligger som bilag.";
            case 2 -> "Samme faktura er sendt elektronisk til EAN " + EAN + "; denne mail er kun en kopi til orientering.";
            case 3 -> "Tak for samarbejdet denne gang. Vores faktura er vedhæftet som PDF-fil.";
            case 4 -> "Fakturanummer " + no + "\nBeløb i alt " + a.gross() + " kr.\nBetales senest " + dashedDay(m, 30);
            case 5 -> "Arbejdet er afsluttet og afleveret, og her er fakturaen. Jeres indkøbsnummer er påført.";
            case 6 -> "Fakturaen for månedens leveringer er vedhæftet. Ring eller skriv, hvis en post ikke stemmer.";
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
        if (List.of(varme, rengoer, mad, kilde, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, gangbro, sten, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Niels Espersvej 8", "Hedensted", "8722", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        walkOrder = "UK-" + (5_100 + rnd.nextInt(700));
        stonePermit = "SK-HJ-" + (70 + rnd.nextInt(25));
        springCase = "TK-" + (2_300 + rnd.nextInt(500));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == gangbro ? List.of("Driftsordre " + walkOrder + ": eftersyn af 1,4 km gangbro i Uldum Kær")
                : s == sten ? List.of("Dispensation " + stonePermit + ": opretning af 6 sten, skibssætning nr. 14")
                : s == kilde ? List.of("Plejeaftale " + springCase + ": kildebassin og trappesti, Tinnet Krat") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af havnefogeden i Snaptun"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the jetty railing at Snaptun, aligned SPF pass";

        List<Supplier> again = List.of(kontor, byg, vvs, it, rengoer, entrep, el, avis, bus, varme, mad, kontor);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre HK-" + (24_100 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@hedensted.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Juelsminde Bibliotek, renovering" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 5 + 3, ref, k % 5 == 1 ? "\n\nLeveringssedlerne er vedhæftet for sig." : "");
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Hedensted", "Kolli i alt: " + (2 + k))));
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
        bankChange();
        forwarded();
        creditorList();
        newsletters();
        internal();
        banks();
        counterparts();
        misc();
    }

    private void creditNotes() {
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader krydsfiner kom med knækkede hjørner og er taget retur."},
            {vvs, "Kreditnota til ", "Den ene håndvask blev ikke monteret alligevel, og den trækkes fra."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (1_100 + rnd.nextInt(800));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@hedensted.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. ligger som bilag; "
                    + "beløbet kan trækkes fra jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "KN_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{bus, "Venlig påmindelse", "Efter vores bogføring mangler vi stadig betaling for fakturaen nedenfor. "
            + "Har betalingen krydset denne mail, er alt i orden."},
            {toemrer, "Rykker 1", "Betalingsfristen er overskredet med en uge. Der er ikke beregnet rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@hedensted.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Betal gerne til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Original faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@hedensted.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres kvartalsafstemning: faktura " + p.no() + " er indgået, og saldoen mellem os er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "daugaard-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(kontor, el)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(700_000);
            boolean peppol = v == 0;
            String ref = "HK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@hedensted.dk", (peppol ? "Peppol BIS" : "OIOUBL") + "-faktura " + no)
                .text("Hej e-fakturamodtager\n\nVores nye regnskabsprogram er endnu ikke tilmeldt som afsender i NemHandel, så "
                    + "indtil videre følger XML-fakturaen med som vedhæftet fil sammen med en læsbar PDF. Kontonummeret er "
                    + "uændret. Modtager I den samme faktura ad anden vej, betales den selvfølgelig kun én gang.\n\nHilsen\n"
                    + s.name())
                .attach("application/xml", (peppol ? "bis3-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1,
                    List.of("Ordrereference " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"takstro.dk", "opgoer.io", "ydelsespost.dk", "zalvo.dk"};
        Supplier[] who = {natur, smed, null, guide};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(320_000);
            m.mailFrom = "b-" + sha256("plat64:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "YP" + (44_000 + rnd.nextInt(9_000));
                headers(m, "Ydelsespost", "opkraevning@ydelsespost.dk", "omsorg@hedensted.dk", "Opkrævning " + no
                    + " - vikartimer i hjemmeplejen")
                    .text("Til " + KOMMUNE + ", Social og Sundhed\n\nHer er opkrævningen for de vikartimer i hjemmeplejen "
                        + "Juelsminde, som jeres planlægger bekræftede i portalen i marts (118 timer). Vikarerne er ansat og "
                        + "lønnet hos os.\n\nAt betale " + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nYdelsespost")
                    .attach("application/pdf", "Ydelsespost_" + no + ".pdf", Attachments.pdf(docId(m, "yp"), "Opkrævning " + no,
                        List.of("Ydelsespost ApS", "Kunde: " + KOMMUNE + ", Hjemmeplejen Juelsminde", "Vikartimer marts 2037: 118",
                            "Netto " + a.net() + " | moms " + a.vat() + " | i alt " + a.gross(),
                            "Konto " + iban("DK", "20000004352218"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform ydelsespost.dk invoices confirmed home-care temp hours under its own name";
                continue;
            }
            String no = "T" + (810_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "havn@hedensted.dk" : "natur@hedensted.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name() + " har "
                    + "udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen er vedhæftet som PDF. Svarer du på mailen, lander svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + " - fakturering for små virksomheder</p>"
                    + "</body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, så beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HN-" + (8_800 + rnd.nextInt(900));
        Amount a = amount(700_000);
        headers(m, "Husumer Naturstein", addr(tysk), "natur@hedensted.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die gelieferten Feldsteine und den "
                + "Setzkies für die Schiffssetzungen auf Hjarnø. Es gilt das Reverse-Charge-Verfahren.\n\nMit freundlichen "
                + "Grüßen\nBuchhaltung")
            .attach("application/pdf", "RE_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Husum", "Kunde: " + KOMMUNE + ", Natur og Miljø", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlung an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "SS-" + (2_300 + rnd.nextInt(600));
        headers(m, "Smålands Spänger", addr(svensk), "vejpark@hedensted.dk", "Faktura " + no + " - lärkträplank")
            .text("Hej!\n\nBifogat finns fakturan för lärkträplanken och skruven till spängerna i Uldum Kær som er snickare "
                + "beställde i februari. Betala till kontot på fakturan.\n\nVänliga hälsningar\nFakturering, Smålands Spänger AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Bankgiro/IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Tavlenet Billing", "billing@tavlenet.io", "it@hedensted.dk", "Your Tavlenet invoice for April")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for your Tavlenet plan (interactive classroom boards, 9 "
                + "schools). The same invoice is delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross() + "\n\nTavlenet")
            .attach("application/pdf", "tavlenet-april.pdf", Attachments.pdf(docId(m, "tv"), "Invoice",
                List.of("Tavlenet ApS", "Bill to: " + KOMMUNE, "Plan April 2037, 9 schools", "DKK " + a.gross())));
        genuine(m, "127.64.13.10");
        m.description = "SaaS tavlenet.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(250_000);
        headers(m, "Vagtværk", "betaling@vagtvaerk.dk", "omsorg@hedensted.dk", "Vagtværk: betalingen er gennemført")
            .text("Hej\n\nBetalingen for jeres Vagtværk-abonnement (vagtplanlægning i ældreplejen, 210 brugere) er gået igennem. "
                + a.gross() + " kr. er trukket på kortet, der ender på 7713.\n\nVagtværk");
        genuine(m, "127.64.13.11");
        m.description = "SaaS vagtvaerk.dk card receipt, Ed25519, DMARC pass";
    }

    /** One genuine announced bank change, followed by the supplier's next invoice to the new account. */
    private void bankChange() {
        String nyK = iban("DK", "75970004399055");
        M m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Klakring Køkken, Regnskab", addr(mad), "kreditor@hedensted.dk", "Skift af pengeinstitut pr. 1. april")
            .text("Til " + KOMMUNE + ", kreditorbogholderiet og Social og Sundhed\n\nKlakring Køkken flytter sine konti til "
                + "et andet pengeinstitut. Fakturaer dateret 1. april 2037 og senere skal betales til " + nyK + ". Den nuværende "
                + "konto holdes åben til udgangen af maj. Et underskrevet brev om skiftet er også sendt til jeres Digital Post, "
                + "og I er velkomne til at ringe til vores regnskabschef på det nummer, der står i jeres kreditorkartotek.\n\n"
                + "Med venlig hilsen\nKlakring Køkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from April, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyK, mad.what());
        invoice(m, moved, nyK, 17, List.of("Ny bankforbindelse fra 01.04.2037"), "\n\nHusk at bruge vores nye konto.");
        genuine(m, mad.ip());
        m.description = "klakring-koekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 21, List.of(), "");
        m.mailFrom = "SRS0=Pq7d=LM=juelsminde-ugeblad.dk=annonce@srs.hedensted-bredbaand.dk";
        m.signers.add(avis.domain());
        m.ip = "127.64.13.8";
        m.helo = "srs.hedensted-bredbaand.dk";
        m.description = "juelsminde-ugeblad.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, varme, varme.account(), 27, List.of(), "");
        m.signers.add(varme.domain());
        relayedBy(m, "relay.juelsminde-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 30, List.of(), "");
        relayedBy(m, "relay.juelsminde-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"horsensfjord-bogholdere.dk", "Dorthe Krogh", "dk@", "Regning for gangbroer i et moseområde?",
            "Hej kolleger\n\nVi har modtaget en regning for 'akut udskiftning af planker på gangbro' fra et snedkeri, ingen her "
                + "har hørt om. Er der andre med naturstier på træbroer, der har fået samme?\n\nDorthe"},
            {"gudenaadalens-indkob.dk", "Michael Friis", "mf@", "Advarsel: falsk regning for fortidsminde", "Hej alle\n\nEn "
                + "kommune i området fik en faktura for 'opretning af sten i skibssætning' med nyt kontonummer. Den rigtige "
                + "stenhugger kendte intet til den.\n\nMichael"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditornet-oestjylland.dk", x[3])
                .header("List-Id", "Kreditornet Østjylland <forum.kreditornet-oestjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-oestjylland.dk", "[Kreditornet] ", "\r\n--\r\nKreditornet Østjylland - for "
                + "bogholdere i det offentlige\r\nAfmeld: https://kreditornet-oestjylland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelnyt-jylland.dk", "Svindelnyt Jylland", "Gangbroer, fortidsminder og kilder: svindlernes nye emner",
            "Vi ser falske regninger for naturpleje, der nævner ægte ordre- og sagsnumre. Kontakt leverandøren på et nummer, "
                + "I selv slår op, før I ændrer en konto."},
            {"hedensted-revisorhus.dk", "Hedensted Revisorhus", "Kvartalets tjekliste til bogholderiet",
                "Gennemgå kreditorkartoteket hvert kvartal, og kræv to godkendere på alle ændringer af betalingsoplysninger."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl64:" + x[0]).substring(0, 14) + "@sendebud.net";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@hedensted.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs "
                    + "mere på vores side</a></p><p style=\"font-size:9px\">Du kan altid afmelde nyhedsbrevet.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("sendebud.net");
            m.ip = "127.64.13.6";
            m.helo = "mta.sendebud.net";
            m.description = "newsletter from " + x[0] + " sent through the ESP sendebud.net, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Natur og Miljø", "natur@", "kreditor@hedensted.dk", "Gangbroerne i Uldum Kær",
            "Hej kreditor\n\nGangbroerne og fugletårnet i Uldum Kær vedligeholdes kun af Uldum Snedkeri & Tømrer under vores "
                + "driftsordre. Deres regninger har altid ordrenummeret på. Alt andet om broerne sender I videre til mig."
                + "\n\nNatur og Miljø"},
            {"Kultur og Fritid", "kultur@", "kreditor@hedensted.dk", "Skibssætningerne på Hjarnø", "Hej\n\nDet er alene "
                + "Hjarnø Stenhuggeri, der arbejder ved skibssætningerne, og kun efter dispensation fra Slots- og "
                + "Kulturstyrelsen. Regninger uden dispensationsnummer skal ikke betales.\n\nKultur og Fritid"},
            {"Vej og Park", "vejpark@", "ledere@hedensted.dk", "Kilden i Tinnet Krat", "Kære ledere\n\nOprensning af "
                + "kildebassinet ved Gudenåens udspring er udbudt og ligger hos Tinnet Naturservice. Andre regninger for arbejde "
                + "ved kilden sendes til Vej og Park.\n\nVej og Park"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Fjordbanken Hedensted, Erhverv", "erhverv@fjordbanken-hedensted.dk", "oekonomi@hedensted.dk",
            "Betalingsfil modtaget")
            .text("Til erhvervskunden\n\nEn betalingsfil med 233 posteringer er modtaget og gennemføres på næste bankdag. Status "
                + "kan følges i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nFjordbanken Hedensted");
        genuine(m, "127.64.13.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Hedensted Andelskasse", "kundeservice@hedensted-andelskasse.dk", "oekonomi@hedensted.dk", "Ny prisliste")
            .text("Kære erhvervskunde\n\nPr. 1. juni justeres prisen på valutaoverførsler. Den opdaterede prisliste ligger i "
                + "netbanken under Dokumenter.\n\nHedensted Andelskasse");
        genuine(m, "127.64.13.2");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("bog-boardwalk-repair-invoice", true);
        invoice(m, gangbro, gangbro.account(), 6, List.of("Driftsordre " + walkOrder + ", forårseftersyn",
            "Nye planker på 38 m gangbro, to trin i fugletårnet"), "\n\nBilleder af de udskiftede planker er sendt til Natur og "
            + "Miljø.");
        genuine(m, gangbro.ip());
        m.description = "the real joinery invoices spring repairs of the Uldum Kær boardwalks under its order (RSA, no DMARC)";
        m = ok("stone-ship-setting-restoration-invoice", true);
        invoice(m, sten, sten.account(), 9, List.of("Dispensation " + stonePermit + ", forår 2037",
            "Opretning af 4 væltede sten, græsklipning omkring 12 skibssætninger"), "\n\nArbejdet er meldt færdigt til "
            + "Slots- og Kulturstyrelsen.");
        genuine(m, sten.ip());
        m.description = "the stonemason invoices work at the Hjarnø ship settings under its permit (Ed25519, p=quarantine)";
        m = ok("spring-pool-desilting-invoice", true);
        invoice(m, kilde, kilde.account(), 11, List.of("Plejeaftale " + springCase + ", 1. kvartal 2037",
            "Håndoprensning af kildebassin, 6 m3 slam fjernet"), "\n\nSlammet er kørt til godkendt modtager; kvittering kan "
            + "sendes.");
        genuine(m, kilde.ip());
        m.description = "the nature-care firm invoices desilting the Gudenå spring pool (DKIM only, p=reject, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Hjarnø Stenhuggeri", addr(sten), "kultur@hedensted.dk", "Sæsonplan for skibssætningerne")
            .text("Hej Kultur og Fritid\n\nI maj tager jeg færgen fra Snaptun og retter de sten, som frosten har skubbet. Det "
                + "ligger inden for dispensation " + stonePermit + ", og I får først en regning, når arbejdet er meldt færdigt. "
                + "Jeg skifter aldrig konto pr. mail.\n\nRasmus Bech");
        genuine(m, sten.ip());
        m.description = "the stonemason announces the season's plan, no payment";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_500_000);
        headers(m, "Sydøstjysk Affald I/S", "faktura@sydoestjysk-affald.dk", "efaktura@hedensted.dk", "Ejerbidrag 2. kvartal 2037")
            .text("Til ejerkommunerne\n\nVedhæftet er opkrævningen af ejerbidrag for andet kvartal. Den er også sendt til "
                + "jeres EAN.\n\nSydøstjysk Affald I/S")
            .attach("application/pdf", "Ejerbidrag_Q2.pdf", Attachments.pdf(docId(m, "aff"), "Ejerbidrag 2. kvartal 2037",
                List.of("Sydøstjysk Affald I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "20000004407762"))));
        genuine(m, "127.64.11.1");
        m.description = "intermunicipal waste company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Slots- og Kulturstyrelsen, Tilsyn", "fortidsminder@slotsogkultur-tilsyn.dk", "kultur@hedensted.dk",
            "Besigtigelse af skibssætninger, Hjarnø")
            .text("Til Hedensted Kommune, Kultur og Fritid\n\nVi besigtiger de fredede skibssætninger på Hjarnø i juni sammen "
                + "med jeres stenhugger. Besigtigelsen er gratis for kommunen.\n\nSlots- og Kulturstyrelsen");
        genuine(m, "127.64.11.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "system@penneskift.dk";
        headers(m, "Glud Museum via Penneskift", "system@penneskift.dk", "kultur@hedensted.dk",
            "Underskriv: udlånsaftale for udstilling")
            .header("Reply-To", "<samling@glud-museum.dk>")
            .text("Glud Museum har sendt jer 'Udlånsaftale - bondestuen på biblioteket' til underskrift.\n\nÅbn dokumentet fra "
                + "jeres Penneskift-konto.\n\nPenneskift");
        genuine(m, "127.64.13.12");
        m.description = "real e-signature request from penneskift.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Tørring Jernhandel", "kvittering@torring-jernhandel.dk", "vejpark@hedensted.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n4 spader, 2 trillebøre, 1 rulle bindetråd. Betalt med kommunens indkøbskort.\n\n"
                + "Tørring Jernhandel");
        genuine(m, "127.64.11.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Juelsminde Efterskole", "bogholderi@juelsminde-efterskole.dk", "oekonomi@hedensted.dk", "Advis om betaling")
            .text("Hej\n\nVi har i dag overført 18.400 kr. for leje af Juelsminde Hallen i marts.\n\nJuelsminde Efterskole");
        genuine(m, "127.64.11.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Juelsminde Havn", "havnekontor@juelsminde-havn.dk", "havn@hedensted.dk", "Ordrebekræftelse: bådplads")
            .text("Hej\n\nVi bekræfter sommerplads til kommunens miljøbåd fra 1. maj til 30. september. Fakturaen kommer via "
                + "EAN.\n\nJuelsminde Havn");
        genuine(m, "127.64.11.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250000021187744"), iban("DK", "89900006240917"), bank("5470", "0007731206"),
        iban("EE", "7710221014450092"), iban("PL", "831090101400000712219904"), iban("GB", "REVO00996612457731"),
        iban("IE", "AIBK93115200448811"), iban("NL", "BUNQ2041178855"), iban("DE", "120300000019887745"),
        iban("HU", "117730160000000055902217"), iban("RO", "BTRL0130120577310099"), iban("BG", "STSA93000020118870"),
        iban("CY", "005001200000001200665310"), bank("9070", "0002218864"), iban("MT", "MALT01100000000000022340118"),
        iban("SE", "50000000058411377290"), iban("LT", "1170800001776534"), iban("DK", "30000004412280")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nFjernvarmen har overdraget sin "
            + "opkrævning til et fælles servicecenter for østjyske værker. Derfor er modtagerkontoen ændret, og beløbet skal "
            + "fremover indbetales til den konto, der fremgår af den vedhæftede opkrævning. Betalinger til den hidtidige konto "
            + "bliver sendt retur.");
        forged(m, forgedHost++);
        m.description = "forged From hedensted-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej annoncør\n\nMartsannoncerne er gjort op. Ugebladet har fået en "
            + "britisk ejer, og alle indbetalinger skal derfor nu gå til den engelske konto i fakturaen; den danske lukkes ved "
            + "månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From juelsminde-ugeblad.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"hedensted-fjernvarme.com", varme, "Værkets bestyrelse vedtog på generalforsamlingen i Hedensted Hallen at samle "
            + "bankforretningerne hos én udbyder, og i den forbindelse blev vores kundekartotek flyttet til et nyt "
            + "forsyningssystem. Ved flytningen gik gamle stamdata tabt, og nogle kommuner har siden betalt til en lukket "
            + "konto. Kvartalsopgørelsen for Rådhuset, skolen og Åkanden er derfor udstedt igen med den rigtige "
            + "modtagerkonto, som I bedes lægge ind hos jer før næste betalingsløb."},
            {"torring-anlaeg.net", entrep, "Bassinet ved gymnasiet er færdigt. Firmaet har fået ny ejer pr. 1. marts, og vi er "
                + "flyttet til en anden bank - se kontonummeret nederst."},
            {"hedensted-traelast.com", byg, "Proffen har samlet leverancerne af lægter, gipsplader og skruer til "
                + "Ejendomscentrets værksted på Industrivej i én regning. Trælasten er netop blevet en del af en større "
                + "byggevarekæde, og koncernens bogholderi i Aarhus har overtaget debitorstyringen; derfor står kædens "
                + "indbetalingskonto nu på fakturaen, mens den lokale konto nedlægges med udgangen af april."},
            {"barrit-elservice.dk", el, "Gadelamperne er skiftet. Vi har flyttet vores forretning til et nyt pengeinstitut, og "
                + "kun kontoen i den vedhæftede faktura kan bruges fremover."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2)), "",
            "Fra Proffen på Industrivej kommer aprils samleregning for tagpap, reglar og beslag, "
                + "hentet af jeres pedeller fra Løsning og Hornsyld. Kassereren har flyttet kreditorkontoen efter revisionens "
                + "gennemgang, så brug venligst tallene i bunden af bilaget og slet den registrering, I har liggende fra "
                + "sidste vinter.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ for ae) posing as hedensted-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@hedensted.dk", "Fortroligt: deponering i dag")
            .text("Hej\n\nVi skriver fra sekretariatet på vegne af borgmesteren, som sidder i forhandling med ejerne af "
                + "markerne øst for motorvejsafkørslen ved Hedensted. Ejerfamilien vil sælge til kommunen frem for til en "
                + "logistikvirksomhed fra Kolding, men kun hvis en sikkerhedsstillelse på 412.000 kr. står på deres "
                + "bobestyrers klientkonto " + mule(14) + " før frokost. Lokalplanen er ikke offentlig endnu, så nævn intet "
                + "for teknisk forvaltning, og svar kun til denne adresse.\n\nBorgmesterens sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic dze for s) posing as our municipality: secret land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Takstro", "paamindelse@takstro-juelsminde.dk", "natur@hedensted.dk",
            "Ubetalt faktura - gebyr i morgen")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig som ubetalt. "
                + "I morgen lægges et gebyr på 300 kr. Betal nu med kort, så undgår I gebyret:</p><p><a href=\""
                + "https://takstro-juelsminde.dk/b/" + sha256("tk64").substring(0, 18) + "\">Betal fakturaen</a></p>"
                + "<p>Takstro</p></body></html>");
        ownedBy(m, "takstro-juelsminde.dk");
        m.description = "look-alike of the platform takstro.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Opgoer", "noreply@opgoer-hornsyld.com", "havn@hedensted.dk", "Faktura fra " + smed.name() + " er klar")
            .text("Hej\n\n" + smed.name() + " har overdraget sine tilgodehavender til os. Beløbet skal derfor betales til "
                + "vores samlekonto " + mule(15) + " og ikke direkte til smedien.\n\nVenlig hilsen\nOpgoer")
            .attach("application/pdf", "opgoer-" + (5_500 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("opgoer-hornsyld.com", mule(15)), "Faktura", "OG-" + (3_200 + rnd.nextInt(700)), amount(250_000),
                mule(15), 2, List.of("Opkræves af Opgoer")));
        ownedBy(m, "opgoer-hornsyld.com");
        m.description = "look-alike of opgoer.io: the smithy's invoice 'assigned' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 9, List.of("Indbetales til factoringselskab"), "", "Rengøringen af Borgerservice og "
            + "idrætscentret i Hornsyld er gjort op for marts. Vores tilgodehavender er fra i år solgt til et finansieringshus "
            + "i Vilnius, som betaler lønnen til vores rengøringsassistenter, så beløbet skal ind på " + mule(16) + ". Jeg er "
            + "på inspektionsrunde på skolerne hele ugen uden signal i kælderen, så alle spørgsmål bedes skrevet her.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of hornsyld-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@hedensted.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn lille rettelse til fakturaen herunder: vores bank har en intern kontrol af kontoen, så de "
                + p.amount().gross() + " kr. bedes denne ene gang indsat på " + mule(17) + ". Fra næste faktura er det den "
                + "normale konto igen.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of stouby-itservice.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "losning-tomrer.dk"}, {mad, "klakring-kokken.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@hedensted.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hejsa\n\nSmå rettelser til " + p.no() + " på " + p.amount().gross() + " kr.: i forbindelse med "
                    + "årsafslutningen flyttede revisoren vores driftsmidler, og den konto, fakturaen peger på, tager ikke imod "
                    + "flere overførsler. Vi har fået " + mule(i + 3) + " som afløser. Når kreditorkartoteket i Hedensted er "
                    + "opdateret, må I meget gerne sende et skærmbillede tilbage, så jeg kan vise chefen det.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@hedensted.dk", "Tilskud til havnefesten - haster")
            .text("Hej\n\nForeningen bag Juelsminde Havnefest har mistet sin hovedsponsor, og teltudlejeren fra Horsens "
                + "kører først ud, når depositummet er betalt. Jeg har mundtligt givet dem 175.000 kr. af kulturpuljen og tager "
                + "den formelle bevilling på næste udvalgsmøde. Sæt beløbet ind på festudvalgets konto " + mule(7) + " i "
                + "formiddag. Jeg kører mellem Tørring og Stouby og kan ikke tale, så send bare et ord retur.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged hedensted.dk (p=reject) from outside: the mayor's urgent harbour festival grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomidirektør", "oekonomidirektoer@" + OWN, "kreditor@hedensted.dk", "Ny konto til Rårup VVS")
            .text("Hej\n\nRårup VVS har skiftet bank og har bedt mig sørge for, at det bliver rettet. Læg " + mule(8) + " ind "
                + "som deres nye konto før dagens betalingskørsel. Jeg har godkendt det.\n\nØkonomidirektøren");
        forged(m, forgedHost++);
        m.description = "forged hedensted.dk: 'finance director' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektøren", "kommunaldirektor.hedensted@gmail.com", "oekonomi@hedensted.dk", "Har du et øjeblik?")
            .text("Hej\n\nEr du ved skrivebordet? Jeg sidder til et seminar i Nyborg og har kun mobilen med. Der er en "
                + "overførsel, der skal laves diskret i dag. Svar mig her, så får du detaljerne.\n\nSendt fra min iPhone");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'at a seminar'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.hedensted@outlook.com", "indkoeb@hedensted.dk", "En tjeneste")
            .text("Hej\n\nJeg vil overraske de frivillige fra strandrensningen i Juelsminde. Køb 15 gavekort til 1.000 kr. "
                + "stykket, og send mig koderne på mail inden klokken 15. Du får pengene igen.\n\nBorgmester");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Bang", "louise.bang.hedensted@gmail.com", "loen@hedensted.dk", "Ny konto til min løn")
            .text("Hej lønkontoret\n\nLouise her fra nattevagten i hjemmeplejen i Hornsyld, distrikt Bjerre. Efter min "
                + "skilsmisse har jeg fået min egen konto i en mobilbank, fordi den fælles konto er spærret af advokaten. Vil "
                + "I sende martslønnen og tillæggene for weekendvagterne til " + mule(0) + "? Min kode til personaleportalen "
                + "virker ikke på min private telefon, og IT-supporten har lukket, når jeg har fri.\n\nKnus Louise Bang");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care assistant";
        m = bad("payroll-account-change");
        headers(m, "Mads Kjeldsen", "mads.kjeldsen.torring@hotmail.com", "loen@hedensted.dk", "Lønkonto")
            .text("Hej\n\nJeg er pedel på Tørring Skole og flytter til Irland til sommer, så jeg har fået en irsk konto. Fra "
                + "april skal lønnen ind på " + mule(6) + ".\n\nHilsen Mads");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Hedensted Inkasso", "sag@hedensted-inkasso.dk", "kreditor@hedensted.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Sagsnummer HI-" + (7_300 + i * 41) + "\n\nVores klient, " + inkasso[i].name() + ", har overgivet os "
                    + "fordringen " + p.no() + " på " + p.amount().gross() + " kr., som står ubetalt i klientens reskontro. "
                    + "Kommunen hæfter tillige for kompensationsbeløb og vores omkostninger, i alt 525 kr. Indbetales det "
                    + "samlede krav ikke på vores klientkonto " + mule(i + 9) + " inden fem hverdage, indgiver vi "
                    + "betalingspåkrav til Retten i Horsens uden yderligere varsel.\n\nMed venlig hilsen\nHedensted Inkasso, "
                    + "retsafdelingen");
            ownedBy(m, "hedensted-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "besked@mitid-hedensted.net", "it@hedensted.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Kære brugeradministrator</p><p>Organisationens oplysninger skal genbekræftes. Gør I ikke det "
                + "inden 24 timer, spærres MitID Erhverv for alle medarbejdere i " + KOMMUNE + ".</p><p><a href=\"https://"
                + "mitid-hedensted.net/org\">Genbekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-hedensted.net");
        m.description = "fake MitID Erhverv block with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-uldum.com", "oekonomi@hedensted.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>En kuvert fra Skattestyrelsen ligger uåbnet i postkassen for "
                + "CVR-nummeret. Emnet er efteropkrævning af købsmoms på vindmøllelauget ved Ølsted, og brevet kræver "
                + "kvittering fra en medarbejder med fuldmagt til Digital Post, før fristen for indsigelse løber ud på "
                + "torsdag.</p><p><a href=\"https://digitalpost-uldum.com/aabn\">Åbn meddelelsen"
                + "</a></p><p>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-uldum.com");
        m.description = "fake Digital Post notice with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "aftaler@juelsminde-betaling.dk", "oekonomi@hedensted.dk", "Jeres aftale er stoppet")
            .html("<html><body><p>Kære aftaleholder</p><p>Ved overgangen til det nye overførselssystem blev "
                + "kommunens tilmeldinger af husleje for pavillonerne ved Juelsminde Skole og leasing af feje-maskinerne ikke "
                + "overført. Åbn kameraet på en mobiltelefon, ret det mod koden, og godkend aftalerne påny, så leverandørerne "
                + "ikke sender rykkere.</p><p><img src=\"cid:aftale\" alt=\"Scan\"></p></body></html>")
            .attach("image/png", "genopret.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "juelsminde-betaling.dk");
        m.description = "QR code for 'stopped payment agreements'";
        m = bad("qr-code-payment");
        headers(m, "Juelsminde Betaling", "p-afgift@juelsminde-betaling.dk", "vejpark@hedensted.dk", "Parkeringsafgift")
            .html("<html><body><p>En varevogn tilhørende kommunen holdt på havnens betalingsparkering uden billet. Afgiften på "
                + "750 kr. betales ved at scanne koden inden otte dage.</p><img src=\"cid:afgift\"></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "juelsminde-betaling.dk");
        m.description = "QR code for a parking 'fee' at the harbour";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(700_000);
        headers(m, rengoer.person(), "kontor@hornsyld-rengoring.dk", "kreditor@hedensted.dk", "Faktura " + no + " (zip)")
            .text("Hej bogholderi\n\nTre gange er vores marts-regning kommet retur fra jeres postserver med en besked "
                + "om farlige vedhæftninger. Vores IT-mand i Hornsyld har derfor komprimeret dokumentet. Udpak det, og brug "
                + "det kontonummer, der står i selve regningen, for vi har skiftet bank efter nytår.\n\nKontoret")
            .attach("application/zip", "faktura_" + no + ".zip", Attachments.zip("faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("hornsyld-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "hornsyld-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of hornsyld-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(700_000);
        headers(m, vvs.person(), "vaerksted@raarup-vvs.net", "kreditor@hedensted.dk", "Fakturaer for marts")
            .text("Goddag\n\nVarmepumpeservicen på Rårup Skole og de to akutopkald i Glud er samlet i et komprimeret "
                + "arkiv, fordi vores fakturaprogram laver meget store filer med billeder af målerne. Vi bruger nu Sparekassens "
                + "afløser, og det nye nummer står i dokumentet.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "marts.7z", Attachments.sevenZip("faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("raarup-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "raarup-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of raarup-vvs.dk";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "kim@stouby-maler.net", "ejendomscenter@hedensted.dk", "Regning Åkanden")
            .text("Hej Ejendomscenter\n\nMalingen af fællesstuerne på Åkanden er færdig, og regningen er fotograferet på "
                + "værkstedsbordet, da min pc står til reparation hos forhandleren i Vejle. Læg mærke til, at jeg har fået "
                + "erhvervskonto i en netbank; nummeret står skrevet med kuglepen nederst på papiret.\n\nKim")
            .attach("image/jpeg", "20370402_0915.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "stouby-maler.net");
        m.description = "image-only invoice (JPEG) from a look-alike of stouby-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "torben@daugaard-vognmand.com", "vejpark@hedensted.dk", "Faktura fliskørsel Bjerre Skov")
            .text("Hej\n\nFakturaen for kørsel med flis til Bjerre Skov er scannet og vedhæftet. Vi har ny konto, se bilaget."
                + "\n\nTorben")
            .attach("application/pdf", "scan_0402.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "daugaard-vognmand.com");
        m.description = "scanned image-only PDF from a look-alike of daugaard-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontrol", "ordre@klakring-ordrekontrol.com", "indkoeb@hedensted.dk", "Ordre 55120 afsendes i dag")
            .text("Jeres bestilling af 12 bærbare computere til 9.870 kr. pr. stk. er godkendt og afsendes i eftermiddag, "
                + "hvorefter fakturaen udstedes. Har I ikke bestilt noget, skal ordren annulleres på telefon 78 90 12 44 "
                + "inden kl. 14.\n\nOrdrekontrol");
        ownedBy(m, "klakring-ordrekontrol.com");
        m.description = "callback scam: fake laptop order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Licensfornyelse", "fornyelse@klakring-ordrekontrol.com", "it@hedensted.dk", "Antivirus-licens fornyet")
            .text("Kære IT-afdeling\n\nJeres licens til antivirus på 340 pc'er i administrationen og på skolerne er fornyet "
                + "automatisk for tre år. Prisen, 71.400 kr. ekskl. moms, faktureres inden for 48 timer. Vil I afmelde "
                + "fornyelsen, skal det ske telefonisk på 78 90 12 45 i dag.\n\nLicensservice");
        ownedBy(m, "klakring-ordrekontrol.com");
        m.description = "callback scam: auto-renewed antivirus licence";

        // fake-credit-note-refund
        m = bad("fake-credit-note-refund");
        p = past.get(kontor.domain());
        headers(m, kontor.person(), "ordre@torring-kontorforsyning.dk", "kreditor@hedensted.dk", "Dobbeltbetaling af " + p.no())
            .text("Hej\n\nVi kan se, at faktura " + p.no() + " er blevet betalt to gange. Vi vil gerne betale de "
                + p.amount().gross() + " kr. tilbage, men vores bank kræver, at I først bekræfter jeres kontonummer og navnet "
                + "på den, der godkender betalinger, ved at svare på denne mail.\n\nOrdre\n" + kontor.name());
        ownedBy(m, "torring-kontorforsyning.dk");
        m.description = "fake refund of a 'double payment' of the real wave-1 invoice, fishing for approvers";
        m = bad("fake-credit-note-refund");
        headers(m, "Refusionskontoret", "refusion@hedensted-refusion.dk", "oekonomi@hedensted.dk", "Tilbagebetaling af for meget "
            + "opkrævet moms")
            .text("Til " + KOMMUNE + "\n\nEfter en fejl i momsberegningen har I betalt 23.640 kr. for meget til flere "
                + "leverandører. Før vi kan udbetale beløbet, skal et ekspeditionsgebyr på 1.950 kr. indbetales til " + mule(13)
                + ".\n\nRefusionskontoret");
        ownedBy(m, "hedensted-refusion.dk");
        m.description = "advance fee for a 'VAT refund' from a Hedensted-named domain";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kl@torring-anlaeg.net", "efaktura@hedensted.dk", "E-faktura " + no + " som fil")
            .text("Hej\n\nVores regnskabsbureau er ikke koblet på NemHandel endnu, så e-fakturaen er vedhæftet som XML. "
                + "Betalingskontoen i filen er ny.\n\n" + entrep.name())
            .attach("application/xml", "e-faktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "HK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "torring-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "fakturering@stouby-itdrift.dk", "efaktura@hedensted.dk", "OIOUBL " + no)
            .text("Vedhæftet OIOUBL-fil. Bankoplysningerne er ændret, fordi vi har skiftet til en anden bank.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "HK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "stouby-itdrift.dk");
        m.description = "OIOUBL XML with a changed payee from a look-alike of stouby-itservice.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Penneskift", "signer@penneskift-stouby.dk", "kultur@hedensted.dk", "Glud Museum: dokument afventer")
            .html("<html><body><p>Du skal underskrive 'Forsikringstillæg - udstillingen om Hjarnø'. Linket er kun aktivt i "
                + "dag.</p><p><a href=\"https://penneskift-stouby.dk/d/" + sha256("ps64").substring(0, 16) + "\">Åbn og "
                + "underskriv</a></p></body></html>");
        ownedBy(m, "penneskift-stouby.dk");
        m.description = "fake e-signature request imitating penneskift.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "share@olsted-dokumenter.net", "ejendomscenter@hedensted.dk", "Forpagtningsaftale til signatur")
            .html("<html><body><p>Forpagteren af de kommunale enge ved Ølsted Strand har fornyet sin græsningsaftale og "
                + "skrevet under. Kommunens underskrift mangler. Dokumentet åbnes efter bekræftelse med jeres kontorkonto og "
                + "adgangskode, da filen er beskyttet.</p><p><a href=\"https://olsted-dokumenter.net/login\">Log ind og underskriv"
                + "</a></p></body></html>");
        ownedBy(m, "olsted-dokumenter.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@juelsminde-turistfart.net", "kreditor@hedensted.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej\n\nSkolebusserne mellem Stouby og Juelsminde er nu finansieret af et leasingselskab, som vil "
                + "have andel direkte. Af faktura " + p.no() + " på " + p.amount().gross() + " kr. går 60 procent som "
                + "altid til os, og de øvrige 40 procent overføres til leasingselskabets konto " + mule(9) + ". Skriv "
                + "begge posteringer med turnummer på, tak.\n\nKørselskontoret");
        ownedBy(m, "juelsminde-turistfart.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@raarup-vvs-aps.dk", "kreditor@hedensted.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nFra faktura " + p.no() + " kan 25.000 kr. betales til den kendte konto; det resterende beløb skal til "
                + mule(10) + ", da banken har en grænse for indbetalinger på den gamle konto.\n\nVærkstedet");
        ownedBy(m, "raarup-vvs-aps.dk");
        m.description = "split payment on Rårup VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-bog-boardwalk-repair-invoice
        M m = bad("fake-bog-boardwalk-repair-invoice");
        invoice(m, gangbro.posing("uldum-snedkeri.com", gangbro.account()), mule(0), 12,
            List.of("Driftsordre " + walkOrder + ", akut reparation"), "", "Efter isvinteren var flere planker på gangbroen "
                + "gennem Uldum Kær knækket, og vi lukkede af og skiftede 60 meter bro, så ingen faldt i mosen. Arbejdet ligger "
                + "uden for den faste driftsordre og faktureres særskilt. Vi har fået ny bankforbindelse efter et ejerskifte, så "
                + "brug kontoen på fakturaen.");
        ownedBy(m, "uldum-snedkeri.com");
        m.description = "look-alike of the real joinery cites its real boardwalk order, new account (LT IBAN)";
        m = bad("fake-bog-boardwalk-repair-invoice");
        headers(m, "Uldum Kær Gangbroer", "regnskab@uldumkaer-gangbro.dk", "natur@hedensted.dk", "Faktura: sikring af fugletårn")
            .text("Til Natur og Miljø\n\nEn borger meldte i weekenden, at trappen i fugletårnet i Uldum Kær var løs. Vi rykkede "
                + "ud, spærrede tårnet af og udskiftede to vanger. Udrykning, materialer og afspærring koster 16.250,00 kr. inkl. "
                + "moms, som skal betales til " + mule(5) + " inden syv dage.\n\nUldum Kær Gangbroer");
        ownedBy(m, "uldumkaer-gangbro.dk");
        m.description = "unknown firm bills an 'emergency' bird-tower repair nobody ordered (GB IBAN)";
        m = bad("fake-bog-boardwalk-repair-invoice");
        headers(m, "Glud Træbyg", "tilbud@glud-traebyg.dk", "vejpark@hedensted.dk", "Ny gangbro i Uldum Kær - forudbetaling")
            .text("Hej\n\nSom drøftet med jeres naturvejleder har vi bestilt robiniatræ til 120 meter ny gangbro i kæret. "
                + "Savværket kræver betaling, før træet leveres, så vi beder om 30 % af prisen, 41.700 kr., på " + mule(4)
                + ".\n\nGlud Træbyg");
        ownedBy(m, "glud-traebyg.dk");
        m.description = "'agreed with your ranger' new boardwalk, prepayment for timber (PL IBAN)";

        // fake-stone-ship-setting-restoration-invoice
        m = bad("fake-stone-ship-setting-restoration-invoice");
        invoice(m, sten.posing("hjarno-stenhuggeri.com", sten.account()), mule(9), 14,
            List.of("Dispensation " + stonePermit + " - ekstraarbejde"), "", "Under stormen i marts væltede tre af stævnstenene i "
                + "den store skibssætning, og jeg fik dem rejst, før de sank ned i den bløde jord. Det var ikke med i "
                + "sæsonplanen, derfor denne særskilte faktura. Jeg har skiftet bank, så betal venligst til kontoen, der står på "
                + "fakturaen.");
        ownedBy(m, "hjarno-stenhuggeri.com");
        m.description = "look-alike of the stonemason cites the real permit, 'storm-felled stones' (HU IBAN)";
        m = bad("fake-stone-ship-setting-restoration-invoice");
        headers(m, "Snaptun Fortidsminder", "kontor@snaptun-fortidsminder.dk", "kultur@hedensted.dk",
            "Opmåling af skibssætninger - faktura")
            .text("Hej Kultur og Fritid\n\nSom aftalt i efteråret har vi foretaget 3D-opmåling af samtlige skibssætninger på "
                + "Hjarnø med drone. Data udleveres, når fakturaen på 36.900,00 kr. inkl. moms er betalt til " + mule(10)
                + ".\n\nSnaptun Fortidsminder")
            .attach("application/pdf", "opmaaling.pdf", Attachments.pdf(docId(m, "op64"), "Faktura opmåling",
                List.of("Snaptun Fortidsminder", "Droneopmåling, 54 skibssætninger", "I alt inkl. moms 36.900,00",
                    "Indbetaling " + mule(10))));
        ownedBy(m, "snaptun-fortidsminder.dk");
        m.description = "unknown firm holds a drone survey of the ship settings hostage for payment (RO IBAN)";
        m = bad("fake-stone-ship-setting-restoration-invoice");
        headers(m, "Hjarnø Arkæologi", "sekretariat@hjarno-arkaeologi.dk", "natur@hedensted.dk",
            "Lovpligtig tilstandsvurdering af fortidsminder")
            .text("Kære kommune\n\nStensætningerne på øens nordende hører til de fortidsminder, der efter reglerne skal "
                + "gennemgås af en uvildig arkæolog med mellemrum. Vores hold tager båden fra Snaptun i juni og kan klare "
                + "gennemgangen af alle både-formede anlæg på én dag. For at låse datoen, færgebilletter og overnatning "
                + "opkræves 12.400 kr. a conto på " + mule(11) + "; rapporten følger inden sommerferien.\n\nHjarnø Arkæologi");
        ownedBy(m, "hjarno-arkaeologi.dk");
        m.description = "'legally required condition assessment' of the ship settings with a deposit (BG IBAN)";

        // fake-spring-pool-desilting-invoice
        m = bad("fake-spring-pool-desilting-invoice");
        invoice(m, kilde.posing("tinnet-naturservice.net", kilde.account()), mule(13), 15, List.of("Plejeaftale " + springCase
            + " - ekstra oprensning"), "", "Det kraftige regnvejr skyllede sand fra trappestien ned i kildebassinet ved "
            + "Gudenåens udspring, og vi måtte suge det op med det samme, før kilden groede til. Opgaven falder uden for "
            + "plejeaftale " + springCase + ". Betal til vores nye erhvervskonto, som står på fakturaen.");
        ownedBy(m, "tinnet-naturservice.net");
        m.description = "look-alike of the nature-care firm cites the real care agreement, 'extra desilting' (DK mule)";
        m = bad("fake-spring-pool-desilting-invoice");
        headers(m, "Tinnet Krat Pleje", "faktura@tinnet-krat-pleje.dk", "vejpark@hedensted.dk", "Faktura: slamsugning ved kilden")
            .text("Goddag Vej og Park\n\nVi har slamsuget kildebassinet i Tinnet Krat og kørt 9 m3 slam væk, som jeres "
                + "medarbejder bad om i telefonen. Fakturaen på 27.375,00 kr. inkl. moms forfalder om fem dage; betaling til "
                + mule(14) + ".\n\nTinnet Krat Pleje");
        ownedBy(m, "tinnet-krat-pleje.dk");
        m.description = "unknown firm bills suction desilting 'ordered by phone' (MT IBAN)";
        m = bad("fake-spring-pool-desilting-invoice");
        headers(m, "Gudenå Kilde Service", "info@gudenaa-kilde-torring.dk", "natur@hedensted.dk",
            "Vandprøver og oprensning ved Gudenåens udspring")
            .text("Hej\n\nVandet i kildebassinet ved Tinnet har for høj okkerværdi, og bassinet skal renses, før turistsæsonen "
                + "begynder. Vi har reserveret mandskab i uge 17 mod forudbetaling af halvdelen, 14.200 kr., til " + mule(1)
                + ".\n\nGudenå Kilde Service");
        ownedBy(m, "gudenaa-kilde-torring.dk");
        m.description = "'ochre in the spring pool' desilting booked with half paid in advance (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus64().generate(), List.of(
            "# Hedensted Kommune, Økonomi: invoice checks (sixty-fourth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=hedensted-fjernvarme.dk torring-anlaeg.dk uldum-snedkeri.dk hjarno-stenhuggeri.dk "
                + "tinnet-naturservice.dk losning-toemrer.dk stouby-maler.dk hornsyld-rengoering.dk juelsminde-ugeblad.dk "
                + "daugaard-vognmand.dk barrit-el.dk raarup-vvs.dk klakring-koekken.dk hedensted-traelast.dk stouby-itservice.dk "
                + "juelsminde-turistfart.dk torring-kontor.dk",
            "invoice.domains.platforms=takstro.dk opgoer.io ydelsespost.dk zalvo.dk",
            "invoice.names.protected=Hedensted Kommune"));
    }
}
