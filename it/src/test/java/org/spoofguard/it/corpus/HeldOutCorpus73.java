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
 * The seventy-third held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Aarhus Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical and
 * environment, children and youth, health and care, culture, property, parking and nature mailboxes; town hall
 * Rådhuspladsen 2, 8000 Aarhus C): Aarhus C with Dokk1 and its automated car park under the harbour front, Aarhus Ø,
 * Tangkrogen, Marselisborg with its deer park, Riis Skov, Moesgaard beach with the circular pier Den Uendelige Bro at
 * Ballehage, Højbjerg, Viby, Brabrand, Gellerup, Åbyhøj, Tilst, Sabro, Harlev, Stavtrup, Tranbjerg, Mårslet, Solbjerg,
 * Skejby, Lisbjerg, Trige, Kasted, Risskov, Egå, Lystrup, Skødstrup and Trøjborg; seventeen listed suppliers from those
 * places in every DNS posture real Danish firms have (one sending through a web hoster named in its SPF), four invoicing
 * platforms ({@code regnskabsbud.dk}, {@code betalingsbroen.com}, {@code fakturaskib.io}, {@code kontoklar.dk}), the firm
 * servicing Dokk1's robot car park, a game-feed supplier for the deer and wild boar of Marselisborg deer park, a timber
 * firm keeping the circular pier at Ballehage, sole traders on free mail, foreign suppliers (German, Swedish, Dutch), SaaS
 * ({@code ruteplanlet.io}, {@code skemaklar.dk}), an ESP ({@code postsending.com}), an e-signature service ({@code
 * signaturkassen.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying
 * a full place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and three kinds new here: pallet-lift,
 * shuttle or "trapped cars" emergency work on the robot car park under Dokk1 billed by someone who never touched it
 * (fake-robot-carpark-service-invoice); extra winter feed, "mandatory" disease testing or prepaid boar feeding for the deer
 * park in Marselisborg billed to a new account (fake-deer-park-feed-invoice); and storm repairs, diver inspections or ice
 * protection for the circular wooden pier at Ballehage billed by someone who never stood on it
 * (fake-circular-pier-timber-invoice). The invoice engine, its tests, tuning notes and earlier results were not read.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its
 * computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus73GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus73 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout73");
    public static final String OWN = "aarhus.dk";
    static final String FRAUD_NET = "127.173.";
    private static final String OWN_IP = "127.73.0.1";
    private static final String EAN = "5798005013459";
    private static final String KOMMUNE = "Aarhus Kommune";
    private static final String RAADHUS = "Rådhuspladsen 2, 8000 Aarhus C";
    private static final String HOSTER_IP = "127.73.9.1";
    private static final String GMAIL = "127.75.1.1";
    private static final String MSFT = "127.75.2.1";
    private static final String APPLE = "127.75.5.1";

    private final Random rnd = new Random(73_8000_0073L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The service agreement for Dokk1's robot car park (the frauds cite it). */
    private String parkAgreement;
    /** The feeding plan for Marselisborg deer park (the frauds cite it). */
    private String feedPlan;
    /** The maintenance plan for the circular pier at Ballehage (the frauds cite it). */
    private String pierPlan;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Tilst Varmeværk a.m.b.a.", "tilst-varmevaerk.dk", "Kundeservice",
        "kundeservice", "127.73.1.1", iban("DK", "76810001734402"), "fjernvarme til Tilst Skole, Tilsthallen og Bofællesskabet Tilstvej");
    private final Supplier entrep = new Supplier("Mårslet Anlæg ApS", "maarslet-anlaeg.dk", "Rasmus Bech", "rb",
        "127.73.1.2", bank("7681", "0001740163"), "nye stier og regnvandsbassin ved Mårslet Skole");
    private final Supplier park = new Supplier("Skejby Parkeringsanlæg A/S", "skejby-parkeringsanlaeg.dk", "Serviceafdelingen",
        "service", "127.73.1.3", iban("DK", "95700000731186"), "drift og service af det automatiske parkeringsanlæg under Dokk1");
    private final Supplier foder = new Supplier("Moesgaard Vildtfoder v/ Karsten Holm", "moesgaard-vildtfoder.dk", "Karsten Holm",
        "karsten", "127.73.1.4", bank("9570", "0007310245"), "foderroer, hø og majs til dådyr, krondyr og vildsvin i Marselisborg Dyrehave");
    private final Supplier bro = new Supplier("Højbjerg Træbyg ApS", "hojbjerg-traebyg.dk", "Lærke Mølgaard", "laerke",
        "127.73.1.5", iban("DK", "81170003315207"), "vedligehold af planker, ræling og pæle på Den Uendelige Bro ved Ballehage");
    private final Supplier toemrer = new Supplier("Harlev Tømrer & Snedker ApS", "harlev-toemrer.dk", "Bo Kirkegaard", "bo",
        "127.73.1.6", bank("7681", "0001752998"), "nye døre og skabe i personalerummet, Harlev Dagtilbud");
    private final Supplier maler = new Supplier("Brabrand Malerforretning v/ Tonny Lauridsen", "brabrand-maler.dk",
        "Tonny Lauridsen", "tonny", "127.73.1.7", bank("9570", "0007324410"), "indvendig maling af klasselokaler, Gellerupskolen");
    private final Supplier rengoer = new Supplier("Stavtrup Erhvervsrengøring ApS", "stavtrup-rengoering.dk", "Kontoret",
        "kontor", "127.73.1.8", iban("DK", "81170003327718"), "daglig rengøring af Borgerservice og Kulturhus Åbyhøj");
    private final Supplier avis = new Supplier("Trøjborg Bladet", "trojborg-bladet.dk", "Annonceafdelingen", "annonce",
        "127.73.1.9", iban("DK", "76810001766630"), "annoncer om lokalplan for Nordre Ringgade og om nye pladser i dagplejen");
    private final Supplier vognmand = new Supplier("Sabro Vognmandsforretning ApS", "sabro-vognmand.dk", "Kim Juhl",
        "kim", "127.73.1.10", bank("9570", "0007337702"), "kørsel med sand til legepladserne og bortkørsel af haveaffald fra Sabro");
    private final Supplier el = new Supplier("Lystrup El-Service ApS", "lystrup-el.dk", "Morten Skov", "ms", HOSTER_IP,
        bank("7681", "0001779144"), "LED-armaturer i Lystrup Idrætshal og eftersyn af nødbelysning");
    private final Supplier vvs = new Supplier("Tranbjerg VVS & Blik ApS", "tranbjerg-vvs.dk", "Ordrekontoret", "ordre",
        "127.73.1.12", bank("9570", "0007341189"), "udskiftning af brugsvandsrør og tagrender, Tranbjerg Skole");
    private final Supplier mad = new Supplier("Gellerup Storkøkken A/S", "gellerup-storkoekken.dk", "Bogholderiet",
        "bogholderi", "127.73.1.13", iban("DK", "95700000745321"), "varm mad til hjemmeboende pensionister og tre plejehjem i Aarhus Vest");
    private final Supplier byg = new Supplier("Egå Trælast A/S", "egaa-traelast.dk", "Proffen, Egå", "proffen",
        "127.73.1.14", iban("DK", "76810001781206"), "byggematerialer til Ejendomsservice efter indkøbsaftalen");
    private final Supplier it = new Supplier("Risskov IT-Drift ApS", "risskov-itdrift.dk", "Fakturering", "fakturering",
        "127.73.1.15", bank("7681", "0001793460"), "drift af netværk og elevcomputere på skolerne i Risskov og Vejlby");
    private final Supplier bus = new Supplier("Solbjerg Turistbusser ApS", "solbjerg-busser.dk", "Kørselskontoret", "koersel",
        "127.73.1.16", bank("9570", "0007358836"), "kørsel til svømmeundervisning og lejrskoleture for skolerne i Syd");
    private final Supplier kontor = new Supplier("Åbyhøj Kontorforsyning ApS", "aabyhoj-kontor.dk", "Ordre og salg", "ordre",
        "127.73.1.17", iban("DK", "81170003368809"), "kopipapir, kuverter og toner til Rådhuset og lokalcentrene");
    // not on the creditor list
    private final Supplier smed = new Supplier("Skødstrup Smedie v/ Per Vinther", "skodstrup-smedie.dk", "Per Vinther", "per",
        "127.73.2.1", bank("9570", "0007369215"), "nye gelændere ved trappen til Skødstrup Strand");
    private final Supplier natur = new Supplier("Egå Engsø Naturpleje v/ Mette Kjær", "egaa-naturpleje.dk", "Mette Kjær",
        "mette", "127.73.2.2", bank("7681", "0001802277"), "afgræsning med kvæg og rydning af pil ved Egå Engsø");
    private final Supplier guide = new Supplier("Byvandring v/ Jakob Thorsen", "gmail.com", "Jakob Thorsen",
        "jakob.thorsen.byvandring", GMAIL, bank("9570", "0007373348"), "byvandringer i Latinerkvarteret for nye medarbejdere, 3 hold");
    private final Supplier tolk = new Supplier("Tolkning v/ Hiba Saleh", "outlook.com", "Hiba Saleh", "hiba.saleh.tolk", MSFT,
        bank("7681", "0001815530"), "tolkning arabisk-dansk, Jobcenter Aarhus, 5 samtaler");
    private final Supplier musik = new Supplier("Harpespiller Signe Bak", "icloud.com", "Signe Bak", "signe.bak.harpe", APPLE,
        bank("9570", "0007386671"), "koncerter med harpe på Lokalcenter Trøjborg og Lokalcenter Lisbjerg");
    private final Supplier tysk = new Supplier("Hamburger Parksysteme GmbH", "hamburger-parksysteme.de", "Buchhaltung",
        "buchhaltung", "127.73.7.1", iban("DE", "200400000627183300"), "Ersatzteile für Palettenheber und Shuttle, Parkhaus Dokk1");
    private final Supplier svensk = new Supplier("Skånes Viltvård AB", "skanes-viltvard.se", "Fakturor", "faktura",
        "127.73.7.2", iban("SE", "50000000058310044712"), "slickstenar och vitaminblock till hjortarna i Marselisborg");
    private final Supplier hollandsk = new Supplier("Houtbouw Zeeland B.V.", "houtbouw-zeeland.nl", "Administratie",
        "administratie", "127.73.7.3", iban("NL", "RABO0318822604"), "azobé-planken en RVS-bevestiging voor de ronde pier, Aarhus");

    private final List<Supplier> listed = List.of(varme, entrep, park, foder, bro, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name of Aarhus; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"tilst-varmevaerk.com", "maarslet-anleag.dk", "egaa-tralast.dk",
        "lystrup-elservice.dk", "stavtrup-rengoring.dk", "tranbjerg-vvs.net", idn("egaa-tr\u0430elast.dk"),
        idn("aarhus-k\u043emmune.dk"), "regnskabsbud-aarhus.dk", "betalingsbroen-risskov.com", "harlev-tomrer.dk",
        "gellerup-storkokken.dk", "solbjerg-busser.net", "sabro-vognmand.net", "aarhus-inkassoservice.dk",
        "mitid-aarhus-erhverv.com", "digitalpost-brabrand.com", "domaener-hojbjerg.com", "tangkrogen-parkering.dk",
        "lisbjerg-betaling.net", "aabyhoj-kontor.net", "brabrand-malerforretning.dk", "risskov-it-drift.net",
        "maarslet-anlaeg.net", "signaturkassen-trige.dk", "kasted-dokumentportal.net", "tranbjerg-vvs-aps.dk",
        "skejby-parkeringsanlaeg.com", "aarhusoe-parkeringsrobot.dk", "marselisborg-parkteknik.dk", "moesgaard-vildtfoder.com",
        "riis-skov-vildtpleje.dk", "maarslet-vildtpleje.dk", "hojbjerg-traebyg.com", "ballehage-maritim.dk",
        "moesgaard-strandservice.dk", "webhotel-tilst.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(park.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(foder.domain(), List.of(foder.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(bro.domain(), List.of(bro.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.73.98.6"), "~all", null, "none"); // SPF names only its order system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.73.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain(hollandsk.domain(), List.of(hollandsk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ostjylland-affald.dk", List.of("127.73.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("tilsynet-havne.dk", List.of("127.73.4.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("egaa-roklub.dk", List.of("127.73.4.3"), "~all", null, null);
        domain("aarhus-revisionshus.dk", List.of("127.73.4.4"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("lisbjerg-byggemarked.dk", List.of("127.73.4.5"), "-all", null, "none");
        domain("aarhus-musikskolefond.dk", List.of("127.73.4.6"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("trige-golfklub.dk", List.of("127.73.4.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("regnskabsbud.dk", List.of("127.73.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("betalingsbroen.com", List.of("127.73.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("fakturaskib.io", List.of("127.73.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("kontoklar.dk", List.of("127.73.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("aarhusbugtens-sparekasse.dk", List.of("127.73.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("aarhus-andelskasse.dk", List.of("127.73.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-oestjylland.dk", List.of("127.73.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("jyske-bogholdere.dk", List.of("127.73.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oestjyske-indkoebere.dk", List.of("127.73.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postsending.com", List.of("127.73.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelradar-aarhus.dk", List.of("127.73.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.aarhus-fibernet.dk", List.of("127.73.28.1"), "-all", null, null);
        domain("relay.brabrand-net.dk", List.of("127.73.29.1"), "-all", null, null);
        domain("ruteplanlet.io", List.of("127.73.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("skemaklar.dk", List.of("127.73.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signaturkassen.dk", List.of("127.73.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"quarantine", null, "reject", "none", null, "reject", "none"};
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
        switch (Math.floorMod(sha256("no73:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%06d", 1_500 + rnd.nextInt(90_000));
            case 1:
                return "AAR-" + (7_300 + rnd.nextInt(2_600));
            case 2:
                return String.valueOf(118_000 + rnd.nextInt(40_000));
            case 3:
                return "F36-" + String.format("%05d", 120 + rnd.nextInt(9_000));
            case 4:
                return "2036-" + (1_000 + rnd.nextInt(8_000));
            default:
                return "K" + (52_000 + rnd.nextInt(7_000)) + "-36";
        }
    }

    private static final String[] TO = {"kreditor@aarhus.dk", "efaktura@aarhus.dk", "kreditor@aarhus.dk", "okonomi@aarhus.dk",
        "teknikogmiljoe@aarhus.dk", "boernogunge@aarhus.dk", "sundhedogomsorg@aarhus.dk", "kultur@aarhus.dk",
        "ejendomme@aarhus.dk", "indkob@aarhus.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf73:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(27_000_000 + Math.floorMod(sha256("cvr73:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(84_000_000 + Math.floorMod(sha256("fi73:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "tilst-varmevaerk.dk" -> "Tilst Vestervej 12, 8381 Tilst";
            case "maarslet-anlaeg.dk" -> "Testrupvej 31, 8320 Mårslet";
            case "skejby-parkeringsanlaeg.dk" -> "Olof Palmes Allé 44, 8200 Aarhus N";
            case "moesgaard-vildtfoder.dk" -> "Moesgård Allé 70, 8270 Højbjerg";
            case "hojbjerg-traebyg.dk" -> "Oddervej 151, 8270 Højbjerg";
            case "harlev-toemrer.dk" -> "Skovvejen 9, 8462 Harlev J";
            case "brabrand-maler.dk" -> "Ravnsøvej 3, 8220 Brabrand";
            case "stavtrup-rengoering.dk" -> "Stavtrup Bygade 27, 8260 Viby J";
            case "trojborg-bladet.dk" -> "Tordenskjoldsgade 40, 8200 Aarhus N";
            case "sabro-vognmand.dk" -> "Sabrovej 88, 8471 Sabro";
            case "lystrup-el.dk" -> "Lystrup Centervej 5, 8520 Lystrup";
            case "tranbjerg-vvs.dk" -> "Grøndalsvej 19, 8310 Tranbjerg J";
            case "gellerup-storkoekken.dk" -> "Edwin Rahrs Vej 60, 8220 Brabrand";
            case "egaa-traelast.dk" -> "Egå Havvej 15, 8250 Egå";
            case "risskov-itdrift.dk" -> "Vejlby Centervej 46, 8240 Risskov";
            case "solbjerg-busser.dk" -> "Solbjerg Hovedgade 101, 8355 Solbjerg";
            case "aabyhoj-kontor.dk" -> "Silkeborgvej 620, 8230 Åbyhøj";
            case "skodstrup-smedie.dk" -> "Skødstrup Bygade 14, 8541 Skødstrup";
            case "egaa-naturpleje.dk" -> "Engsøvej 2, 8250 Egå";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with an issuer block, a billed-to block and an amount line; a time
     * sheet with man-hours, machine hours and materials and an inpayment line (card 71); a consumption charge with a
     * metering point, fixed and variable parts and an FI card 75 line. A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Udstedt af " + s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Faktureres til " + KOMMUNE + " | " + RAADHUS + " | EAN-lokationsnr. " + EAN);
                l.add("Udstedelsesdato " + dottedDay(m, 0) + " | Jeres kontakt hos os: " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Beløb uden moms kr. " + a.net() + " | Moms 25 % kr. " + a.vat() + " | I alt at betale kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage, seneste betalingsdato " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Overføres til " + account + " mærket med fakturanummeret");
                }
            }
            case 1 -> {
                head = "Timeregnskab og regning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + " (CVR " + cvr(s.domain()) + ")");
                l.add("Rekvirent: " + KOMMUNE + " (EAN " + EAN + ") - opgave: " + s.what());
                long men = a.ore() * 47 / 100;
                long machine = a.ore() * 13 / 100;
                l.add("Mandetimer " + kr(men) + " | Maskintimer " + kr(machine) + " | Materialer og småting " + kr(a.ore() - men - machine));
                l.add("Sum før moms " + a.net() + " | moms " + a.vat() + " | total " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Sidste rettidige betaling " + writtenDay(m, 21) + (account == null ? "" : " til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Forbrugssted/kundenr. " + (70_000 + Math.floorMod(s.domain().hashCode(), 20_000)) + " - " + KOMMUNE);
                l.add("Periode " + dashedDay(m, -31) + " til " + dashedDay(m, -1) + ": " + s.what());
                long fixed = a.ore() * 28 / 100;
                l.add("Fast bidrag " + kr(fixed) + " | Variabel del " + kr(a.ore() - fixed));
                l.add("Beløb ekskl. moms " + a.net() + " | moms " + a.vat() + " | i alt DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist " + dashedDay(m, 14) + (account == null ? "" : " - indbetales via " + account));
                if (own) {
                    l.add("FI-kort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Aarhus Kommune faktura " + no + ".pdf",
            "FAK" + no + ".pdf", "doc_" + no + ".pdf", "Regning-" + no + ".pdf", "bilag_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Aarhus Kommune", "Til Kreditorbogholderiet", "Hej kreditor", "Goddag Aarhus",
        "Kære modtager", "Hej med dig", "Att. Økonomi", "Hej igen"};

    private String phone() {
        return "86 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig73:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen fra\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen\n" + firstName(s) + ", " + s.name() + "\nDirekte " + phone();
            case 2:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " | CVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra iPhone" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Fakturanr. " + no + " - " + KOMMUNE,
            s.name() + ": faktura " + no, "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, "Faktura vedr. " + s.what(),
            "Faktura " + no + " er klar"};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Hermed fremsendes faktura " + no + " på " + a.gross() + " kr. inkl. moms. Den forfalder den " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er samtidig lagt ind på jeres EAN " + EAN + ", så betal den kun den ene gang.";
            case 3 -> "Tak for samarbejdet på opgaven. Fakturaen ligger som PDF her i mailen.";
            case 4 -> "Fakturanummer " + no + "\nBeløb i alt " + a.gross() + " kr.\nForfaldsdato " + dottedDay(m, 30);
            case 5 -> "Vedhæftet regning for det udførte. Vi har skrevet jeres indkøbsordre på, som aftalt.";
            case 6 -> "Her er regningen for månedens leverancer - giv lyd, hvis noget ikke stemmer med jeres ordre.";
            default -> "Fakturaen følger vedhæftet.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
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
        if (List.of(varme, rengoer, mad, park, it, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, foder, bro, vognmand, vvs, el, toemrer, bus).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Rådhuspladsen 2", "Aarhus C", "8000", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        parkAgreement = "SA-DK1-" + (4_100 + rnd.nextInt(700));
        feedPlan = "FP-" + (5_020 + rnd.nextInt(300));
        pierPlan = "VP-UB-" + (610 + rnd.nextInt(200));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == park ? List.of("Serviceaftale " + parkAgreement + ": 4 pallelifte, 2 shuttles, 970 pladser")
                : s == foder ? List.of("Foderplan " + feedPlan + ": ugentlig levering til foderpladserne i Dyrehaven")
                : s == bro ? List.of("Vedligeholdelsesplan " + pierPlan + ": halvårligt eftersyn af 60 m ring og 200 pæle")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Naturforvaltningen, Nord"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the beach stair railings, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, toemrer);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre AK-" + (80_120 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@aarhus.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Dokk1, ombygning af børnebiblioteket" : "Indkøbsaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 2, ref, k % 5 == 3 ? "\n\nLeverancesedlerne ligger med som ekstra bilag." : "");
            if (k % 5 == 3) {
                m.mime.attach("application/pdf", "leverancesedler.pdf", Attachments.pdf(docId(m, "ls"), "Leverancesedler",
                    List.of(s.what(), "Modtaget og kvitteret af Ejendomsservice Aarhus", "Kolli i alt: " + (4 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader gips var knækket, da de blev læsset af, og de er taget retur."},
            {kontor, "Kreditnota til faktura ", "Der var sendt to paller kuverter i C5 i stedet for C4; de er hentet, og beløbet "
                + "går retur til jer."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (700 + rnd.nextInt(600));
            Amount a = amount(130_000).credit();
            headers(m, s.person(), addr(s), "kreditor@aarhus.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra ved jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for annoncerne herunder. "
            + "Har I allerede betalt, krydser betalingerne hinanden, og så skal I ikke gøre mere."},
            {entrep, "Rykker 1", "Betalingsfristen er overskredet med en uge. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@aarhus.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker-" + p.no() + ".pdf", pdfInvoice(m, s, "Betalingspåmindelse", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Gælder faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@aarhus.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej Kreditor\n\nTil brug for jeres afstemning: vi har fået betalingen for faktura " + p.no() + ", og "
                + "saldoen hos os er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "sabro-vognmand.dk statement, nothing open (SPF names only its order system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 0;
            String ref = "AK-" + (81_500 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@aarhus.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Goddag\n\nVores regnskabsprogram er netop opdateret, og forbindelsen til NemHandel er ikke sat op igen "
                    + "endnu. Derfor vedhæfter vi e-fakturaen som fil og en læsbar PDF. Betalingsoplysningerne er uændrede. Når "
                    + "den samme faktura dukker op via NemHandel, er det en dublet.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "PEPPOL-" : "OIOUBL-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Indkøbsordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"regnskabsbud.dk", "betalingsbroen.com", "fakturaskib.io", "kontoklar.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "rtn-" + sha256("plat73:" + m.id).substring(0, 10) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "KK-" + (61_000 + rnd.nextInt(9_000));
                headers(m, "Kontoklar", "opkraevning@kontoklar.dk", "sundhedogomsorg@aarhus.dk", "Opkrævning " + no
                    + " - vikarvagter november")
                    .text("Til " + KOMMUNE + ", Sundhed og Omsorg\n\nSom aftalt sender vi opkrævningen for de vikarvagter på "
                        + "Plejehjemmet Kongsgården, som jeres afdelingsleder har attesteret for november: 112 timer. Vikarerne "
                        + "får deres løn fra os.\n\nTotal " + a.gross() + " kr. med betalingsfrist " + dottedDay(m, 20) + ".\n\nKontoklar")
                    .attach("application/pdf", "Kontoklar-" + no + ".pdf", Attachments.pdf(docId(m, "kk"), "Opkrævning " + no,
                        List.of("Kontoklar ApS", "Kunde: " + KOMMUNE + ", Sundhed og Omsorg", "Vikarvagter november 2036: 112 timer",
                            "Netto " + a.net() + ", moms " + a.vat() + ", total " + a.gross(), "Til konto " + iban("DK", "95700000792214"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform kontoklar.dk bills attested temp shifts under its own name";
                continue;
            }
            String no = "B" + (510_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " (via " + d[i] + ")", "no-reply@" + d[i], i == 1 ? "naturforvaltning@aarhus.dk" : "kultur@aarhus.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med sidste betalingsdag " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen er vedhæftet som PDF. Svarer du på denne besked, lander svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + " på vegne af afsenderen</p></body></html>")
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
        String no = "HP-" + (36_400 + rnd.nextInt(900));
        Amount a = amount(900_000);
        headers(m, "Hamburger Parksysteme", addr(tysk), "parkering@aarhus.dk", "Rechnung " + no + " - Ersatzteile Dokk1")
            .text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung " + no + " über die gelieferten Ersatzteile "
                + "für Palettenheber und Shuttle der automatischen Parkanlage unter Dokk1. Steuerschuldnerschaft des "
                + "Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg", "Kunde: " + KOMMUNE + ", Parkering", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Zahlbar an: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "SV" + (8_800 + rnd.nextInt(900));
        headers(m, "Skånes Viltvård", addr(svensk), "naturforvaltning@aarhus.dk", "Faktura " + no + " - slickstenar")
            .text("Hej!\n\nBifogat finns fakturan för slickstenar och vitaminblock till hjortarna i Marselisborg, beställda av "
                + "er skovfoged i oktober. Betala gärna till kontot som står på fakturan.\n\nVänliga hälsningar\nFakturor, "
                + "Skånes Viltvård AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE + ", Naturforvaltningen", svensk.what(), "Summa att betala SEK "
                    + kr(a.ore() * 3 / 2), "Betalning till IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
        m = ok("foreign-invoice", true);
        no = "HZ-36-" + (210 + rnd.nextInt(600));
        headers(m, "Houtbouw Zeeland", addr(hollandsk), "teknikogmiljoe@aarhus.dk", "Factuur " + no + " / Invoice " + no)
            .text("Dear Sir or Madam,\n\nPlease find enclosed our invoice " + no + " for the azobé planks and stainless fixings "
                + "shipped to Højbjerg Træbyg for the circular pier at Ballehage, ordered by your technical department. VAT "
                + "reverse charged.\n\nKind regards\nAdministratie, Houtbouw Zeeland B.V.")
            .attach("application/pdf", "Factuur_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Factuur " + no,
                List.of(hollandsk.name() + ", Middelburg", "Klant: " + KOMMUNE, hollandsk.what(),
                    "Totaal EUR " + kr(a.ore() / 7), "Betaling: " + hollandsk.account())));
        genuine(m, hollandsk.ip());
        m.description = "Dutch timber supplier invoice in English (RSA, p=quarantine, DMARC pass), NL IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(300_000);
        headers(m, "Ruteplanlet Billing", "billing@ruteplanlet.io", "boernogunge@aarhus.dk", "Your Ruteplanlet invoice for December")
            .text("Hello " + KOMMUNE + ",\n\nYour invoice for the Ruteplanlet subscription is attached (special school transport "
                + "planning, 38 routes). We also delivered it to EAN " + EAN + ".\n\nTotal due DKK " + a.gross()
                + "\n\nThe Ruteplanlet team")
            .attach("application/pdf", "ruteplanlet-invoice.pdf", Attachments.pdf(docId(m, "rp"), "Invoice",
                List.of("Ruteplanlet ApS", "Bill to: " + KOMMUNE, "Subscription December 2036, 38 routes", "Total DKK " + a.gross())));
        genuine(m, "127.73.30.1");
        m.description = "SaaS ruteplanlet.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(300_000);
        headers(m, "Skemaklar", "betaling@skemaklar.dk", "sundhedogomsorg@aarhus.dk", "Skemaklar: betaling modtaget")
            .text("Hej\n\nTak for betalingen af jeres Skemaklar-abonnement (vagtskemaer for 240 medarbejdere i hjemmeplejen "
                + "Nord). Vi har trukket " + a.gross() + " kr. på kortet, der ender på 7741.\n\nSkemaklar");
        genuine(m, "127.73.31.1");
        m.description = "SaaS skemaklar.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0007411053");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@aarhus.dk", "Vi skifter bank pr. 1. december")
            .text("Kære kreditorafdeling\n\nHarlev Tømrer & Snedker flytter sin forretning til et andet pengeinstitut. "
                + "Fakturaer udstedt 1. december 2036 og senere skal betales til " + nyT + ", mens ældre fakturaer betales til den "
                + "konto, der står på dem.\n\nI er velkomne til at ringe til værkstedet på det nummer, I har i jeres "
                + "leverandørkartotek, og få ændringen bekræftet." + signature(toemrer))
            .attach("application/pdf", "Ny-bankforbindelse.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Ny konto: " + nyT,
                    "Bo Kirkegaard, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "reparation af garderobeskabe, Harlev Skole");
        invoice(m, moved, nyT, 15, List.of("Ny konto fra 01.12.2036, se vores brev"), "\n\nBemærk, at vi er skiftet til den "
            + "nye konto, som vi skrev om tidligere på måneden.");
        genuine(m, toemrer.ip());
        m.description = "harlev-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "81170003420018");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Gellerup Storkøkken, Bogholderiet", addr(mad), "kreditor@aarhus.dk", "Ændret betalingskonto fra december")
            .text("Til " + KOMMUNE + ", Kreditorer og Sundhed og Omsorg\n\nEfter at vores koncern har samlet bankforretningerne, "
                + "skal fakturaer dateret 1. december 2036 og senere betales til " + nyM + ". Indbetalinger til den nuværende "
                + "konto bliver modtaget til udgangen af januar. Samme meddelelse er sendt med underskrift til jeres "
                + "Digital Post-postkasse.\n\nVenlig hilsen\nGellerup Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed kitchen (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 20, List.of("Betalingskonto ændret fra 01.12.2036"), "\n\nHusk den ændrede konto.");
        genuine(m, mad.ip());
        m.description = "gellerup-storkoekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qe=LC=trojborg-bladet.dk=annonce@srs.aarhus-fibernet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.73.28.1";
        m.helo = "srs.aarhus-fibernet.dk";
        m.description = "trojborg-bladet.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.brabrand-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.brabrand-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"jyske-bogholdere.dk", "Anne Mose", "anmo@", "Foder til hjortene - kender I firmaet?",
            "Hej alle\n\nVi har modtaget en regning på ekstra vinterfoder til en hjortefold fra et firma, der har næsten samme "
                + "navn som vores faste leverandør, men en anden konto. Er der andre kommuner med dyrehaver, der har set det?"
                + "\n\nAnne"},
            {"oestjyske-indkoebere.dk", "Peter Friis", "pefr@", "P-anlæg: akutregning med ny konto", "Hej listen\n\nEt "
                + "p-hus hos os fik en regning for en 'nødudkørsel til fastlåste biler' med en ny bankkonto. Vores rigtige "
                + "serviceleverandør havde ikke været der.\n\nPeter"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "kreditor-l@kreditornet-oestjylland.dk", x[3])
                .header("List-Id", "Kreditornet Østjylland <kreditor-l.kreditornet-oestjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-oestjylland.dk", "[Kreditornet] ", "\r\n____\r\nKreditornet Østjylland - for "
                + "bogholdere i det offentlige\r\nAfmeld: https://kreditornet-oestjylland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelradar-aarhus.dk", "Svindelradar Aarhus", "Robotparkering, hjortefoder og badebroer",
            "Vi ser regninger, der låner rigtige aftalenumre fra kommunale leverandører og kræver betaling til nye konti. Slå "
                + "leverandøren op i jeres eget kartotek, og ring op, før I ændrer noget."},
            {"aarhus-revisionshus.dk", "Aarhus Revisionshus", "Sådan lukker I året uden overraskelser",
                "Gennemgå kreditorstamdata, og kræv to godkendere, hver gang en leverandørs kontonummer skal ændres."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl73:" + x[0]).substring(0, 16) + "@postsending.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@aarhus.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs "
                    + "mere på hjemmesiden</a></p><p style=\"font-size:9px\">Afmeld dig her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postsending.com");
            m.ip = "127.73.26.1";
            m.helo = "mta.postsending.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postsending.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Naturforvaltningen", "naturforvaltning@", "kreditor@aarhus.dk", "Foder til Dyrehaven",
            "Hej Kreditor\n\nFoderet til dyrene i Marselisborg Dyrehave kommer kun fra Moesgaard Vildtfoder, og altid efter "
                + "foderplanen. Deres regninger har foderplanens nummer på. Får I regninger fra andre for foder eller "
                + "dyrlægeprøver, så send dem til os, før der betales.\n\nNaturforvaltningen"},
            {"Parkering, Dokk1", "parkering@", "kreditor@aarhus.dk", "Robotparkeringen", "Hej\n\nAl service på det automatiske "
                + "anlæg under Dokk1 udføres af Skejby Parkeringsanlæg under serviceaftalen. Akutudkald bestilles kun af "
                + "vores vagthavende og faktureres med aftalenummeret.\n\nParkering"},
            {"Vej og Park, Syd", "vejogpark@", "ledere@aarhus.dk", "Den Uendelige Bro", "Kære ledere\n\nAlt arbejde på "
                + "broen ved Ballehage bestilles af Vej og Park og udføres af Højbjerg Træbyg efter vedligeholdelsesplanen. "
                + "Regninger for dykkerinspektion, isbeskyttelse og lignende, som vi ikke har bestilt, sendes til os.\n\nVej og Park"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Aarhusbugtens Sparekasse, Erhverv", "erhverv@aarhusbugtens-sparekasse.dk", "okonomi@aarhus.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nBetalingsfilen med 412 betalinger er modtaget og bliver gennemført på den ønskede dato. Du "
                + "kan se status i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nAarhusbugtens Sparekasse");
        genuine(m, "127.73.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Aarhus Andelskasse", "info@aarhus-andelskasse.dk", "okonomi@aarhus.dk", "Nye priser på valutaoverførsler")
            .text("Til erhvervskunder\n\nPr. 1. februar justerer vi prisen på overførsler til udlandet. Den nye prisliste ligger "
                + "i netbanken under Dokumenter.\n\nAarhus Andelskasse");
        genuine(m, "127.73.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("robot-carpark-service-invoice", true);
        invoice(m, park, park.account(), 7, List.of("Serviceaftale " + parkAgreement + ", 4. kvartal 2036",
            "Smøring af pallelifte, test af brandspjæld og kortlæsere"), "\n\nServicerapporten er lagt i jeres driftsportal.");
        genuine(m, park.ip());
        m.description = "the real car park firm invoices the quarterly service of Dokk1's robot car park (DKIM only, p=quarantine)";
        m = ok("deer-park-feed-invoice", true);
        invoice(m, foder, foder.account(), 9, List.of("Foderplan " + feedPlan + ", leverancer uge 47-48",
            "Foderroer 6 t, hø 40 baller, majs 1,2 t"), "\n\nSkovfogeden har kvitteret for leverancerne.");
        genuine(m, foder.ip());
        m.description = "the real feed supplier invoices deliveries to Marselisborg deer park (RSA, no DMARC)";
        m = ok("circular-pier-timber-invoice", true);
        invoice(m, bro, bro.account(), 12, List.of("Vedligeholdelsesplan " + pierPlan + ", efterårseftersyn",
            "Udskiftning af 14 planker, efterspænding af ræling"), "\n\nFotodokumentation er sendt til Vej og Park.");
        genuine(m, bro.ip());
        m.description = "the timber firm invoices the autumn check of the circular pier at Ballehage (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Skejby Parkeringsanlæg", addr(park), "parkering@aarhus.dk", "Opdatering af styringssoftware - ingen udgift")
            .text("Kære Parkering\n\nI januar opdaterer vi styringssoftwaren i anlægget under Dokk1. Det er en del af "
                + "serviceaftale " + parkAgreement + " og faktureres ikke særskilt. Vi udfører aldrig akutarbejde uden en "
                + "bestilling fra jeres vagthavende.\n\nSkejby Parkeringsanlæg");
        genuine(m, park.ip());
        m.description = "the car park firm announces a software update at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(4_000_000);
        headers(m, "Østjylland Affald I/S", "regnskab@ostjylland-affald.dk", "efaktura@aarhus.dk", "Acontobidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedhæftet er opkrævningen af acontobidraget for fjerde kvartal. Den er også sendt som "
                + "e-faktura til jeres EAN.\n\nØstjylland Affald I/S")
            .attach("application/pdf", "Acontobidrag-4kv.pdf", Attachments.pdf(docId(m, "aff"), "Acontobidrag 4. kvartal 2036",
                List.of("Østjylland Affald I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "76810001830051"))));
        genuine(m, "127.73.4.1");
        m.description = "intermunicipal waste company's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Tilsynet med Havne", "post@tilsynet-havne.dk", "teknikogmiljoe@aarhus.dk", "Varsel om tilsyn, Tangkrogen")
            .text("Til Aarhus Kommune, Teknik og Miljø\n\nVi aflægger et rutinetilsyn ved bådebroerne i Tangkrogen i januar. "
                + "Dato og tidspunkt aftales med jer. Tilsynet er uden betaling.\n\nTilsynet med Havne");
        genuine(m, "127.73.4.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "notifikation@signaturkassen.dk";
        headers(m, "Aarhus Musikskolefond via Signaturkassen", "notifikation@signaturkassen.dk", "kultur@aarhus.dk",
            "Til underskrift: tilskudsaftale 2037")
            .header("Reply-To", "<fond@aarhus-musikskolefond.dk>")
            .text("Aarhus Musikskolefond beder jer underskrive 'Tilskudsaftale 2037 - instrumentudlån'.\n\nDu finder dokumentet, "
                + "når du logger ind på jeres konto hos Signaturkassen.\n\nSignaturkassen");
        genuine(m, "127.73.32.1");
        m.description = "real e-signature request from signaturkassen.dk on behalf of a foundation";
        m = ok("receipt", false);
        headers(m, "Lisbjerg Byggemarked", "kvittering@lisbjerg-byggemarked.dk", "ejendomme@aarhus.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n4 sække grus, 2 skovle og en trillebør. Betalt med kommunens indkøbskort.\n\nLisbjerg Byggemarked");
        genuine(m, "127.73.4.5");
        m.description = "builders' store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Egå Roklub", "kasserer@egaa-roklub.dk", "okonomi@aarhus.dk", "Betaling af leje")
            .text("Hej\n\nVi har i dag overført 9.400 kr. for leje af bådehallen ved Egå Marina for efteråret.\n\nKassereren, Egå Roklub");
        genuine(m, "127.73.4.3");
        m.description = "a club pays us: remittance advice (SPF only, no DMARC)";
        m = ok("order-confirmation", false);
        headers(m, "Trige Golfklub", "sekretariat@trige-golfklub.dk", "kultur@aarhus.dk", "Ordrebekræftelse: lokaleleje")
            .text("Hej\n\nHermed bekræftet: klubhuset er reserveret til jeres temadag for dagplejere den 14. januar. Regningen "
                + "kommer som e-faktura.\n\nTrige Golfklub");
        genuine(m, "127.73.4.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3132500070041182"), iban("DK", "89900006318827"), bank("5479", "0004721903"),
        iban("EE", "3722002210088214"), iban("PL", "611090101400000712198812"), iban("GB", "REVO00997011734002"),
        iban("IE", "AIBK93115212345678"), iban("NL", "BUNQ2090371650"), iban("DE", "100110012629847711"),
        iban("HU", "117730160000000031200470"), iban("RO", "BTRL0130120554418300"), iban("BG", "STSA93000024818836"),
        iban("CY", "005001200000001200527600"), bank("8065", "0001296047"), iban("MT", "MALT01100000000000014000137"),
        iban("SE", "95000000012830099127"), iban("LT", "8870400440220018"), iban("NO", "86011117947")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nVarmeværket er gået sammen med et "
            + "andelsselskab i Silkeborg om opkrævningerne, og derfor skal beløbet på denne opkrævning til en anden konto end "
            + "tidligere. Den nye konto står i PDF'en. Sender I pengene til den gamle, sendes de tilbage uden varsel.");
        forged(m, forgedHost++);
        m.description = "forged From tilst-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej\n\nNovembers annoncer er faktureret. Bladet er overtaget af en "
            + "britisk udgiver, og derfor betales der fremover kun til den engelske bankkonto, der står på fakturaen. Den "
            + "danske konto bliver lukket ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From trojborg-bladet.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"tilst-varmevaerk.com", varme, "Tilst Varmeværk har siden mandag kørt opkrævningerne i et "
            + "nyt forsyningsprogram fra en norsk leverandør. Jeres Betalingsservice-aftale kunne ikke flyttes med over, så "
            + "aconto for vinterkvartalet for skolen, hallen og bofællesskabet betales denne gang ved almindelig overførsel. "
            + "Kontoen er oprettet særskilt til overgangsperioden og står under beløbet på opkrævningen."},
            {"maarslet-anleag.dk", entrep, "Regnvandsbassinet og stisystemet ved Mårslet Skole er afleveret, og "
                + "mangelgennemgangen med jeres tilsyn gik uden bemærkninger. Slutregningen skal af hensyn til vores "
                + "garantistiller ind på projektkontoen for entreprisen, ikke på driftskontoen, for ellers kan bankgarantien "
                + "ikke frigives til nytår. Projektkontoen fremgår nederst i bilaget."},
            {"egaa-tralast.dk", byg, "Proffen i Egå fakturerer nu gennem koncernens fælles økonomicenter i Randers. "
                + "Det gælder også jeres leverancer til Ejendomsservice i november: gips, reglar, skruer og den store "
                + "ordre på vinduesbundstykker. Økonomicentret har sin egen bankforbindelse, og det er den, der står på "
                + "fakturaen. Rabatten efter indkøbsaftalen er trukket fra som sædvanlig."},
            {"lystrup-elservice.dk", el, "LED-skiftet i Lystrup Idrætshal er udført, og nødbelysningen er testet "
                + "og logget. Energitilskuddet fra staten er modregnet, så restbeløbet er mindre end i tilbuddet. Fordi "
                + "tilskudsordningen kræver et adskilt projektregnskab, skal netop denne faktura betales til den "
                + "projektkonto, der er angivet i PDF-filen, og ikke til vores almindelige konto."}};
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
            "Samlefakturaen for november er inklusive pant for 22 EUR-paller, som krediteres, når chaufføren henter dem "
                + "ved Ejendomsservices lager i Viby. Revisionen har bedt os køre al offentlig omsætning over en separat "
                + "konto efter hvidvaskreglerne, og den konto er påført fakturaen i stedet for den, I har stående.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as egaa-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Rådmandens sekretariat", "sekretariat@" + d, "kreditor@aarhus.dk", "Fortroligt: deponering før kl. 12")
            .text("Goddag\n\nRådmanden har i aftes fået mundtligt tilsagn om at kunne købe et havneareal på Aarhus Ø, før en "
                + "udenlandsk investor overtager det. Køberens depositum på 412.000 kr. skal stå på advokatens klientkonto "
                + mule(14) + " senest kl. 12 i dag, ellers går handlen tabt. Skødet kommer, når handlen er tinglyst. Sagen er "
                + "fortrolig, indtil byrådet har fået den forelagt.\n\nRådmandens sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as the municipality: secret harbour-land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Regnskabsbud", "noreply@regnskabsbud-aarhus.dk", "naturforvaltning@aarhus.dk",
            "Betal inden midnat - ellers gebyr")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig som ubetalt. "
                + "Betales den ikke i dag, lægges der et gebyr på 250 kr. oveni. Du kan betale med det samme med kort:</p><p>"
                + "<a href=\"https://regnskabsbud-aarhus.dk/b/" + sha256("rb73").substring(0, 20) + "\">Betal fakturaen nu</a>"
                + "</p><p>Regnskabsbud</p></body></html>");
        ownedBy(m, "regnskabsbud-aarhus.dk");
        m.description = "look-alike of the platform regnskabsbud.dk: 'pay before midnight' card link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Betalingsbroen", "opkraevning@betalingsbroen-risskov.com", "naturforvaltning@aarhus.dk",
            "Faktura fra " + smed.name() + " overdraget")
            .text("Goddag\n\n" + smed.name() + " har overdraget sine udestående fakturaer til Betalingsbroen. Beløbet skal "
                + "derfor ikke betales til smeden, men til vores samlekonto " + mule(15) + ".\n\nVenlig hilsen\nBetalingsbroen, "
                + "debitorservice")
            .attach("application/pdf", "overdragelse-" + (4_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                smed.posing("betalingsbroen-risskov.com", mule(15)), "Faktura", "BB-" + (7_100 + rnd.nextInt(800)),
                amount(300_000), mule(15), 0, List.of("Overdraget til Betalingsbroen til inddrivelse")));
        ownedBy(m, "betalingsbroen-risskov.com");
        m.description = "look-alike of betalingsbroen.com: the smithy's invoice 'handed over' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betaling til factoringselskab"), "", "Rengøringen af Borgerservice og "
            + "Kulturhus Åbyhøj er opgjort for november med de ekstra vinduespudsninger efter byggestøvet. Vores nye "
            + "bogføringsbureau har samlet kunderne fra den offentlige sektor på én modtagerkonto, " + mule(16) + ", "
            + "og den står også på fakturaen. Jeg er ude på pladserne det meste af dagen, så svar gerne her i tråden.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of stavtrup-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@aarhus.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Goddag\n\nVi har opdaget, at elevlicenserne til Risskov og Vejlby i fakturaen herunder blev afregnet gennem "
                + "vores norske licenspartner, som skal have sin andel direkte. Hele beløbet på " + p.amount().gross()
                + " kr. betales derfor til partnerens afregningskonto " + mule(17) + ", og så udligner vi internt. Driften "
                + "af netværket fortsætter uændret.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of risskov-itdrift.dk replies in its own wave-1 thread (DMARC pass), NO IBAN";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "harlev-tomrer.dk"}, {mad, "gellerup-storkokken.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@aarhus.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text((i == 0 ? "Goddag\n\nFaktura " + p.no() + " (" + p.amount().gross() + " kr.) hører til snedkerafdelingen, der "
                    + "pr. 1. november er skilt ud i sit eget selskab med eget CVR. Af den grund skal beløbet ind på "
                    + "snedkerselskabets konto " + mule(i + 3) + ". Tømrerdelen bruger stadig den gamle konto."
                    : "Hej Kreditor\n\nMed hensyn til " + p.no() + " på " + p.amount().gross() + " kr. for maden til "
                    + "pensionisterne i Aarhus Vest: koncernen trækker fra december alle kundebetalinger ind i en fælles "
                    + "cash pool, og derfor skal I sende beløbet til " + mule(i + 3) + ". Den nye konto, vi skrev om før, "
                    + "gælder kun for det daglige.")
                    + "\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "okonomi@aarhus.dk", "Sponsorat - skal ud i dag")
            .text("Hej\n\nJeg har lovet arrangørerne af vinterens lysfestival ved Aarhus Å et sponsorat på 175.000 kr., og de "
                + "skal bruge pengene i dag til at betale lysteknikerne. Overfør til " + mule(7) + ". Jeg sidder i "
                + "flyet til Bruxelles og kan ikke ringe, så send mig bare en sms, når det er sket.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged aarhus.dk (p=reject) from outside: the mayor's urgent light-festival sponsorship";
        m = bad("own-domain-forged");
        headers(m, "Afdelingschef, Borgerservice", "afdelingschef.borgerservice@" + OWN, "kreditor@aarhus.dk",
            "Tilbagebetaling til borger - haster")
            .text("Kære kreditor\n\nEn forælder i Gellerup har i to år betalt for meget for sin datters plads i fritidshjem, "
                + "og sagen er nu havnet hos en journalist på Stiften. Rådmanden ønsker pengene, 38.640 kr., tilbage hos "
                + "familien i dag. Borgeren har ikke NemKonto, så brug den konto, familiens advokat har oplyst: " + mule(8)
                + ". Bilag eftersendes.\n\nAfdelingschef, Borgerservice");
        forged(m, forgedHost++);
        m.description = "forged aarhus.dk: 'finance director' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Stadsdirektøren", "stadsdirektoer.aarhus@gmail.com", "okonomi@aarhus.dk", "Har du fem minutter?")
            .text("Goddag\n\nDu er blevet anbefalet af økonomichefen til en opgave, der kræver diskretion. Kommunen overtager "
                + "i næste uge en fond, som ejer en grund ved Lisbjerg, og advokaten har brug for en hurtig bekræftelse fra "
                + "kreditorsiden. Sig intet til kollegerne, før byrådet er orienteret torsdag. Skriv din direkte telefon, så "
                + "ringer advokaten dig op inden frokost.\n\nStadsdirektøren\nsendt fra mobil");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the city director 'in a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Rådmand for Kultur", "raadmand.kultur.aarhus@outlook.com", "indkob@aarhus.dk", "Lille tjeneste")
            .text("Hej\n\nJeg vil gerne sige tak til de frivillige fra Aarhus Festuge. Kan du købe 15 elektroniske gavekort á "
                + "1.000 kr. og sende mig koderne på mail i løbet af formiddagen? Jeg betaler dig tilbage over lønnen."
                + "\n\nRådmanden");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Dam", "louise.dam.aarhus@gmail.com", "loen@aarhus.dk", "Ny lønkonto")
            .text("Kære lønkontor\n\nUndskyld at jeg skriver fra min private mail. Jeg arbejder som pædagog i Vuggestuen "
                + "Frederiksbjerg og er midt i en skilsmisse, så vores fælles konto er blevet lukket af banken. Decemberlønnen "
                + "og feriepengene skal gå til min egen nye konto " + mule(0) + ". Min leder ved ikke noget om det endnu, og "
                + "jeg vil helst ikke snakke om det på stuen.\n\nLouise Dam");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a nursery teacher (LT IBAN)";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Stær", "mikkel.staer.viby@hotmail.com", "loen@aarhus.dk", "Angående løn")
            .text("Hej\n\nJeg er chauffør i hjemmeplejen Syd og flytter til Irland efter nytår. Derfor vil jeg gerne have min "
                + "løn sat ind på min irske konto " + mule(6) + " allerede fra næste lønkørsel.\n\nHilsen Mikkel");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Aarhus Inkassoservice", "sag@aarhus-inkassoservice.dk", "kreditor@aarhus.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nPå vegne af " + inkasso[i].name() + " rykker vi for faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. Hertil kommer inkassogebyr og renter på 630 kr., og det samlede krav skal stå på "
                    + mule(i + 9) + " inden tre hverdage. Ellers sender vi kravet til fogedretten og melder jer til RKI."
                    + "\n\nAarhus Inkassoservice, retsafdelingen");
            ownedBy(m, "aarhus-inkassoservice.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-aarhus-erhverv.com", "it@aarhus.dk", "Handling påkrævet: MitID Erhverv spærres")
            .html("<html><body><p>Kære administrator</p><p>Vi har ikke modtaget jeres årlige bekræftelse af "
                + "organisationsoplysningerne. Sker det ikke inden 24 timer, spærres MitID Erhverv for samtlige medarbejdere i "
                + KOMMUNE + ".</p><p><a href=\"https://mitid-aarhus-erhverv.com/org\">Bekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-aarhus-erhverv.com");
        m.description = "fake MitID Erhverv lock-out with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-brabrand.com", "okonomi@aarhus.dk", "Påkrav om bøder for kommunens biler")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Gældsstyrelsen har samlet 19 ubetalte bøder for "
                + "hastighedsovertrædelser med kommunens hjemmeplejebiler i et påkrav. Påkravet ligger i jeres "
                + "virksomhedspostkasse og kan åbnes af en medarbejder med fuldmagt. Sker det ikke inden 72 timer, overgår "
                + "kravet til lønindeholdelse hos de registrerede chauffører.</p><p><a href=\"https://digitalpost-brabrand.com/m"
                + "\">Se påkravet</a></p><p>Digital Post - meddelelser til virksomheder</p></body></html>");
        ownedBy(m, "digitalpost-brabrand.com");
        m.description = "fake Digital Post notice with a link";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice Højbjerg", "fornyelse@domaener-hojbjerg.com", "it@aarhus.dk", "Fornyelse: aarhus.dk udløber")
            .text("Til domæneansvarlig\n\nRegistreringen af aarhus.dk og 14 underdomæner skal fornyes inden udgangen af "
                + "måneden. Gør I ikke det, frigives navnene, og hjemmesider og mail holder op med at virke. Fakturaen er "
                + "vedhæftet.\n\nDomæneservice Højbjerg")
            .attach("application/pdf", "Fornyelse-aarhus-dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæner",
                List.of("Domæneservice Højbjerg", "aarhus.dk + 14 underdomæner, 3 år", "I alt 18.960,00 kr.",
                    "Betales til " + mule(12))));
        ownedBy(m, "domaener-hojbjerg.com");
        m.description = "fake domain renewal invoice for our own domain (CY IBAN)";
        m = bad("fake-domain-renewal");
        headers(m, "Webhotel Tilst", "kunde@webhotel-tilst.net", "kultur@aarhus.dk", "Dokk1-domæner: betaling mangler")
            .html("<html><body><p>Hej</p><p>Domænerne dokk1.dk og dokk1.net, som er registreret hos os, er ikke betalt for "
                + "næste periode. Betal 4.350 kr. med kort i dag for at undgå, at bibliotekets hjemmeside lukker.</p><p>"
                + "<a href=\"https://webhotel-tilst.net/kurv\">Gå til betaling</a></p><p>Webhotel Tilst</p></body></html>");
        ownedBy(m, "webhotel-tilst.net");
        m.description = "fake domain renewal for the library's domains, card link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Ladeservice Tangkrogen", "afregning@tangkrogen-parkering.dk", "teknikogmiljoe@aarhus.dk",
            "Uafregnet opladning, 6 elvarebiler")
            .html("<html><body><p>Seks af kommunens elektriske varebiler har i november ladet ved lynladerne på Tangkrogen "
                + "uden tilknyttet ladeabonnement. Forbruget, 1.312 kWh, afregnes til gæstepris og skal betales, før "
                + "ladebrikkerne spærres på mandag. Brug telefonens kamera på koden for at komme direkte til "
                + "betalingssiden.</p><p><img src=\"cid:qr\" alt=\"Betal opladning\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "tangkrogen-parkering.dk");
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice Lisbjerg", "noreply@lisbjerg-betaling.net", "okonomi@aarhus.dk",
            "Jeres aftale skal bekræftes")
            .html("<html><body><p>Aftalen om automatisk betaling af jeres faste regninger skal bekræftes igen efter en "
                + "sikkerhedsopdatering. Scan koden med telefonen og log ind.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "bekraeft.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "lisbjerg-betaling.net");
        m.description = "QR code to 're-confirm a direct-debit agreement'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "kontor@stavtrup-rengoring.dk", "kreditor@aarhus.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVores PDF'er bliver åbenbart fanget i jeres filter, så nu kommer fakturaen i en zip-fil. Læg mærke "
                + "til de nye bankoplysninger.\n\nKontoret")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("stavtrup-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Betaling kun til den konto, der står i fakturaen."));
        ownedBy(m, "stavtrup-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of stavtrup-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "ordre@tranbjerg-vvs.net", "kreditor@aarhus.dk", "Fakturaer for november")
            .text("Hej\n\nAlle novemberfakturaerne ligger i et 7z-arkiv, så mailen ikke bliver for stor. Kontonummeret er "
                + "nyt.\n\nOrdrekontoret")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("tranbjerg-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "tranbjerg-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of tranbjerg-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@aabyhoj-kontor.net", "indkob@aarhus.dk", "Prisliste og faktura, kopipapir")
            .text("Hej\n\nPrislisten og fakturaen står i samme Word-fil. Klik 'Aktivér redigering' og så 'Aktivér indhold', "
                + "ellers kan tallene ikke ses.\n\nOrdre og salg")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Prisliste_faktura.docm", Attachments.word(
                "Prisliste og faktura, kopipapir. Tallene vises, når indhold er aktiveret.", true));
        ownedBy(m, "aabyhoj-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of aabyhoj-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "fakturering@risskov-it-drift.net", "it@aarhus.dk", "Reparationer af Chromebooks, skolerne Nord")
            .text("Goddag IT\n\nVedlagt arket med de 214 skærm- og tastaturreparationer, vi har lavet på skolernes "
                + "Chromebooks siden august. Arket slår selv garantisagerne fra, men det kræver, at du trykker "
                + "'Aktivér makroer' i den gule bjælke. Indbetalingen sker til vores nye konto nederst i arket.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Opgoerelse_Q4.xlsm", Attachments.excel(List.of(
                "Opgørelse elevcomputere 4. kvartal 2036", "Chromebooks og licenser 1.240 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "risskov-it-drift.net");
        m.description = "macro-enabled .xlsm from a look-alike of risskov-itdrift.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "tonny@brabrand-malerforretning.dk", "ejendomme@aarhus.dk", "Regning Gellerupskolen")
            .text("Goddag Ejendomme\n\nVi er gået over til en app på telefonen til tilbud og regninger, og den kan indtil videre "
                + "kun gemme dem som billede. Billedet viser klasselokalerne på Gellerupskolen, tre gange maling og "
                + "spartling, og vores bankoplysninger, som er ændret siden sidst.\n\nTonny")
            .attach("image/jpeg", "IMG_4471.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "brabrand-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of brabrand-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "kim@sabro-vognmand.net", "teknikogmiljoe@aarhus.dk", "Regning for sandkørsel")
            .text("Hej\n\nRegningen for sand til legepladserne er scannet og vedhæftet. Vi bruger en ny konto nu, den står "
                + "på bilaget.\n\nKim")
            .attach("application/pdf", "Scan_2036-11.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "sabro-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of sabro-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "rb@maarslet-anlaeg.net", "efaktura@aarhus.dk", "E-faktura " + no)
            .text("Hej\n\nVi er lige skiftet til et nyt regnskabsprogram, som endnu ikke kan sende via NemHandel, så "
                + "e-fakturaen kommer her som vedhæftet fil. Betalingskontoen i filen er den nye.\n\n" + entrep.name())
            .attach("application/xml", "einvoice-" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "AK-" + (83_000 + rnd.nextInt(500))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "maarslet-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "fakturering@risskov-it-drift.net", "efaktura@aarhus.dk", "Faktura " + no + " i OIOUBL")
            .text("Vedhæftet OIOUBL-fil med fakturaen. Bankforbindelsen i filen er ny efter vores bankskifte.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "AK-" + (83_600 + rnd.nextInt(500))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "risskov-it-drift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of risskov-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signaturkassen", "dokument@signaturkassen-trige.dk", "kultur@aarhus.dk",
            "Aarhus Musikskolefond afventer din signatur")
            .html("<html><body><p>Du er inviteret til at signere 'Allonge til tilskudsaftale - instrumenter'. Invitationen "
                + "udløber i aften.</p><p><a href=\"https://signaturkassen-trige.dk/d/" + sha256("sk73").substring(0, 18)
                + "\">Åbn og signér</a></p></body></html>");
        ownedBy(m, "signaturkassen-trige.dk");
        m.description = "fake e-signature request imitating signaturkassen.dk and the foundation";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@kasted-dokumentportal.net", "ejendomme@aarhus.dk", "Forpagtningsaftale til signering")
            .html("<html><body><p>En forpagtningsaftale for jorden ved Kasted Mose venter på jeres signatur. Log ind med jeres "
                + "Microsoft-konto fra arbejdet for at se dokumentet.</p><p><a href=\"https://kasted-dokumentportal.net/login\">"
                + "Log ind</a></p></body></html>");
        ownedBy(m, "kasted-dokumentportal.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@solbjerg-busser.net", "kreditor@aarhus.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Goddag\n\nI oktober kørte en bus fra vores underleverandør i Skanderborg halvdelen af svømmeturene, og "
                + "vognmanden vil have sin del direkte. Del derfor faktura " + p.no() + " (" + p.amount().gross() + " kr.) i to: "
                + "50 procent til os som normalt og 50 procent til underleverandørens konto " + mule(9) + ". Skriv "
                + "fakturanummeret i begge tekster.\n\nKørselskontoret");
        ownedBy(m, "solbjerg-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "ordre@tranbjerg-vvs-aps.dk", "kreditor@aarhus.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nAf faktura " + p.no() + " kan de første 25.000 kr. betales til den gamle konto, mens resten skal til "
                + mule(10) + ". Banken har nemlig lagt et loft over, hvor meget vi må modtage om måneden.\n\nOrdrekontoret");
        ownedBy(m, "tranbjerg-vvs-aps.dk");
        m.description = "split payment on Tranbjerg VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-robot-carpark-service-invoice
        M m = bad("fake-robot-carpark-service-invoice");
        invoice(m, park.posing("skejby-parkeringsanlaeg.com", park.account()), mule(0), 10,
            List.of("Serviceaftale " + parkAgreement + " - nødudkald"), "", "Natten til lørdag stod en pallelift fast mellem "
                + "etage -2 og -3 i anlægget under Dokk1, og 23 biler kunne ikke udleveres. Vores vagttekniker frigjorde liften "
                + "og skiftede en motorstyring. Nødudkaldet ligger uden for serviceaftalen og skal betales med det samme. Efter "
                + "et ejerskifte har vi fået en ny konto, som står på fakturaen.");
        ownedBy(m, "skejby-parkeringsanlaeg.com");
        m.description = "look-alike of the car park firm cites the real agreement, 'lift stuck, cars trapped' (LT IBAN)";
        m = bad("fake-robot-carpark-service-invoice");
        headers(m, "Aarhus Ø Parkeringsrobot", "drift@aarhusoe-parkeringsrobot.dk", "parkering@aarhus.dk",
            "Faktura: kalibrering af shuttles")
            .text("Hej Parkering\n\nSom aftalt med jeres driftsleder i sommer har vi kalibreret lasersensorerne på de to "
                + "shuttles i robotparkeringen og opdateret deres kørselskort. Faktura på 47.250,00 kr. inkl. moms er vedhæftet "
                + "og betales inden fem dage til " + mule(5) + ".\n\nAarhus Ø Parkeringsrobot")
            .attach("application/pdf", "kalibrering.pdf", Attachments.pdf(docId(m, "kal73"), "Faktura kalibrering",
                List.of("Aarhus Ø Parkeringsrobot", "Kalibrering af 2 shuttles og opdatering af kørselskort",
                    "I alt inkl. moms 47.250,00", "Indbetaling " + mule(5))));
        ownedBy(m, "aarhusoe-parkeringsrobot.dk");
        m.description = "unknown firm bills a shuttle calibration 'agreed in the summer' for Dokk1's car park (GB IBAN)";
        m = bad("fake-robot-carpark-service-invoice");
        headers(m, "Marselisborg Parkteknik", "ordre@marselisborg-parkteknik.dk", "ejendomme@aarhus.dk",
            "Lovpligtig sikkerhedsgodkendelse af p-anlæg")
            .text("Kære Ejendomme\n\nAutomatiske parkeringsanlæg skal have en årlig sikkerhedsgodkendelse af liftenes "
                + "bremser og nødstop. Vi har sat anlægget under Dokk1 på vores plan i januar. For at holde tiden skal der "
                + "betales et forskud på 12.500 kr. til " + mule(4) + "; resten opkræves efter godkendelsen.\n\n"
                + "Marselisborg Parkteknik");
        ownedBy(m, "marselisborg-parkteknik.dk");
        m.description = "'legally required yearly safety approval' of the robot car park, deposit (PL IBAN)";

        // fake-deer-park-feed-invoice
        m = bad("fake-deer-park-feed-invoice");
        invoice(m, foder.posing("moesgaard-vildtfoder.com", foder.account()), mule(9), 13,
            List.of("Foderplan " + feedPlan + " - ekstra vinterlevering"), "", "Da frosten kom tidligt, bad skovfogeden os "
                + "om en ekstra levering af hø og roer til dådyrene og vildsvinene i Dyrehaven, og den er kørt ud i denne uge. "
                + "Regningen med foderplanens nummer er vedhæftet. Vi har skiftet bank i forbindelse med generationsskiftet, "
                + "så betal til den konto, der står på regningen, og ikke den gamle.");
        ownedBy(m, "moesgaard-vildtfoder.com");
        m.description = "look-alike of the feed supplier cites the real feeding plan, 'extra winter delivery' (HU IBAN)";
        m = bad("fake-deer-park-feed-invoice");
        headers(m, "Riis Skov Vildtpleje", "prove@riis-skov-vildtpleje.dk", "naturforvaltning@aarhus.dk",
            "Prøvetagning for skrantesyge - faktura")
            .text("Til Naturforvaltningen\n\nFødevaremyndighederne kræver i år prøver for skrantesyge fra hjortevildt i "
                + "indhegninger med offentlig adgang. Vi har udtaget prøver fra seks dyr i Dyrehaven og sendt dem til "
                + "laboratoriet. Udtagning, forsendelse og analyse udgør 21.375,00 kr. inkl. moms, som betales til "
                + mule(10) + " senest om ti dage.\n\nRiis Skov Vildtpleje");
        ownedBy(m, "riis-skov-vildtpleje.dk");
        m.description = "unknown firm bills 'mandatory' chronic-wasting-disease samples from the deer (RO IBAN)";
        m = bad("fake-deer-park-feed-invoice");
        headers(m, "Mårslet Vildtpleje", "bestilling@maarslet-vildtpleje.dk", "teknikogmiljoe@aarhus.dk",
            "Vinterfodring af vildsvin - forudbetaling")
            .text("Hej\n\nJeres faste leverandør kan ikke skaffe nok majs i år, og vi har derfor reserveret fire tons til "
                + "vildsvinene i Marselisborg fra december til marts. For at holde partiet skal 29.800 kr. betales forud til "
                + mule(11) + ", før første læs køres ud.\n\nMårslet Vildtpleje");
        ownedBy(m, "maarslet-vildtpleje.dk");
        m.description = "'your regular supplier is short of maize': prepaid boar feed (BG IBAN)";

        // fake-circular-pier-timber-invoice
        m = bad("fake-circular-pier-timber-invoice");
        invoice(m, bro.posing("hojbjerg-traebyg.com", bro.account()), mule(13), 16, List.of("Vedligeholdelsesplan " + pierPlan
            + " - stormskade"), "", "Under stormen i sidste uge slog bølgerne 38 planker løs på den sydlige del af ringen, og "
            + "vi lukkede og reparerede broen i weekenden under vedligeholdelsesplan " + pierPlan + ", så den kunne åbne igen. "
            + "Fakturaen er vedhæftet. Betal venligst til vores nye erhvervskonto inden fredag.");
        ownedBy(m, "hojbjerg-traebyg.com");
        m.description = "look-alike of the timber firm cites the real maintenance plan, storm repair, new DK account";
        m = bad("fake-circular-pier-timber-invoice");
        headers(m, "Ballehage Maritim", "kontor@ballehage-maritim.dk", "teknikogmiljoe@aarhus.dk",
            "Dykkerinspektion af pæle - Den Uendelige Bro")
            .text("Goddag Vej og Park\n\nVores dykkere har inspiceret de 200 egepæle under den runde bro ved Ballehage og "
                + "fundet pæleorm i 11 af dem. Rapporten med fotos sendes, når fakturaen på 36.900,00 kr. er indbetalt på "
                + mule(14) + ".\n\nBallehage Maritim");
        ownedBy(m, "ballehage-maritim.dk");
        m.description = "unknown firm holds a diver inspection report of the pier's piles hostage for payment (MT IBAN)";
        m = bad("fake-circular-pier-timber-invoice");
        headers(m, "Moesgaard Strandservice", "booking@moesgaard-strandservice.dk", "vejogpark@aarhus.dk",
            "Isbeskyttelse af broen - ordrebekræftelse")
            .text("Goddag Vej og Park\n\nIsvinteren for tre år siden knækkede seks pæle under den runde bro. Jeres "
                + "vagttelefon bad os i går give et bud på isbomme af gummifendere rundt om ringen fra januar til marts. "
                + "Prammen og dykkeren er booket til uge 2, men bookingen slettes, hvis ikke 18.400 kr. (halvdelen) står på "
                + mule(1) + " senest onsdag.\n\nMoesgaard Strandservice");
        ownedBy(m, "moesgaard-strandservice.dk");
        m.description = "'your request' for ice protection around the pier's piles, half paid in advance (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus73().generate(), List.of(
            "# Aarhus Kommune, Økonomi: invoice checks (seventy-third held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=tilst-varmevaerk.dk maarslet-anlaeg.dk skejby-parkeringsanlaeg.dk "
                + "moesgaard-vildtfoder.dk hojbjerg-traebyg.dk harlev-toemrer.dk brabrand-maler.dk stavtrup-rengoering.dk "
                + "trojborg-bladet.dk sabro-vognmand.dk lystrup-el.dk tranbjerg-vvs.dk gellerup-storkoekken.dk "
                + "egaa-traelast.dk risskov-itdrift.dk solbjerg-busser.dk aabyhoj-kontor.dk",
            "invoice.domains.platforms=regnskabsbud.dk betalingsbroen.com fakturaskib.io kontoklar.dk",
            "invoice.names.protected=Aarhus Kommune"));
    }
}
