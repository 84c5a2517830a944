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
 * The ninety-fifth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Ishøj Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and parks, nature,
 * schools, elderly care, culture and property mailboxes; town hall Ishøj Store Torv 20, 2635 Ishøj) on Køge Bugt south-west
 * of Copenhagen: the town centre round Ishøj Store Torv and the station, the housing estates Vejleåparken and
 * Strandgården, the old village Ishøj Landsby with its pond, Torslunde with its church and village pond, Tranegilde, the
 * beach park at Ishøj Strand with its lagoons and the harbour, Store Vejleå, Ishøj Sø, Gildbro, Vibeholm, Bredekær and the
 * cycle superhighway through the town; seventeen listed suppliers from those places in every DNS posture real Danish firms
 * have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code faktuvia.dk}, {@code
 * opgoerly.com}, {@code kvittex.io}, {@code regnora.dk}), a traffic-data firm running the bicycle counters on the cycle
 * superhighway, a water-environment firm cleaning the village ponds, a facade-cleaning firm removing graffiti under a
 * framework agreement, sole traders on free mail, foreign suppliers, SaaS ({@code ruteskift.io}, {@code vagtlys.dk}), an ESP
 * ({@code postkaster.com}), an e-signature service ({@code tegnnu.dk}), banks, a creditor list, forwarders (with and
 * without SRS) and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and three kinds new here: calibration,
 * battery changes or data licences for the bicycle counters on the cycle superhighway billed by someone who never opened one
 * (fake-bicycle-counter-calibration-invoice); sludge suction, aeration or fish rescue in the village ponds of Ishøj Landsby
 * and Torslunde billed to a new account (fake-village-pond-sludge-removal-invoice); and "urgent" removal of graffiti at the
 * station underpass, on the estates' walls or an anti-graffiti coating billed outside the framework agreement
 * (fake-graffiti-removal-invoice). The invoice engine, its tests, tuning notes and earlier results were not read. Labels say
 * what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its computed
 * authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus95GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus95 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout95");
    public static final String OWN = "ishoj.dk";
    static final String FRAUD_NET = "127.195.";
    private static final String OWN_IP = "127.95.0.1";
    private static final String EAN = "5798000795268";
    private static final String KOMMUNE = "Ishøj Kommune";
    private static final String RAADHUS = "Ishøj Store Torv 20, 2635 Ishøj";
    private static final String HOSTER_IP = "127.95.9.1";
    private static final String GMAIL = "127.97.1.1";
    private static final String MSFT = "127.97.2.1";
    private static final String APPLE = "127.97.5.1";

    private final Random rnd = new Random(95_2635_0095L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The traffic-data firm's service contract for the bicycle counters (the frauds cite it). */
    private String counterContract;
    /** The water-environment firm's case number for the village ponds (the frauds cite it). */
    private String pondCase;
    /** The facade-cleaning firm's framework agreement for graffiti removal (the frauds cite it). */
    private String graffitiAgreement;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 20, 0, 0, ZoneOffset.ofHours(1));
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

    private final Supplier varme = new Supplier("Ishøj Fjernvarmeselskab a.m.b.a.", "ishoj-fjernvarmeselskab.dk", "Kundecentret",
        "kundecenter", "127.95.1.1", iban("DK", "23000006951183"), "fjernvarme til Rådhuset, Ishøj Bibliotek og Plejecenter Vejleå");
    private final Supplier entrep = new Supplier("Torslunde Anlæg ApS", "torslunde-anlaeg.dk", "Kasper Holm", "kh",
        "127.95.1.2", bank("2300", "0006957402"), "ny belægning og kantsten ved Gildbroskolen");
    private final Supplier damme = new Supplier("Tranegilde Vandmiljø ApS", "tranegilde-vandmiljoe.dk", "Biolog Sofie Krag",
        "sofie", "127.95.1.3", bank("2300", "0006963318"), "oprensning, slamsugning og iltning af gadekærene i Ishøj Landsby og Torslunde");
    private final Supplier taeller = new Supplier("Vejleå Trafikdata ApS", "vejleaa-trafikdata.dk", "Trafikdata, Økonomi",
        "okonomi", "127.95.1.4", iban("DK", "30000006970255"), "drift, kalibrering og dataleverance fra cykeltællerne på "
        + "cykelsuperstien gennem Ishøj");
    private final Supplier facade = new Supplier("Ishøj Facaderens ApS", "ishoj-facaderens.dk", "Morten Lund", "morten",
        "127.95.1.5", iban("DK", "23000006978840"), "fjernelse af graffiti og tags efter rammeaftale, stationen og byrummet");
    private final Supplier toemrer = new Supplier("Gildbro Tømrer ApS", "gildbro-toemrer.dk", "Jacob Winther", "jw",
        "127.95.1.6", bank("2300", "0006981127"), "nye skure og overdækning til cykler, Vibeholmskolen");
    private final Supplier maler = new Supplier("Vibeholm Malerfirma v/ Henrik Dam", "vibeholm-maler.dk", "Henrik Dam", "henrik",
        "127.95.1.7", bank("3001", "0004712066"), "maling af gange og personalerum, Plejecenter Vejleå");
    private final Supplier rengoer = new Supplier("Strandgården Rengøring ApS", "strandgaarden-rengoering.dk", "Kontoret",
        "kontor", "127.95.1.8", iban("DK", "30000004719932"), "daglig rengøring af Rådhuset, Borgerservice og Ishøj Bibliotek");
    private final Supplier avis = new Supplier("Ishøj Lokalposten", "ishoj-lokalposten.dk", "Annonceafdelingen", "annonce",
        "127.95.1.9", iban("DK", "23000006990071"), "annoncer: høring om lokalplan for Ishøj Strand og ledige stillinger");
    private final Supplier vognmand = new Supplier("Bredekær Vognmandsforretning ApS", "bredekaer-vognmand.dk", "Tina Bak",
        "tina", "127.95.1.10", bank("3001", "0004726610"), "kørsel med sand til strandparken og bortkørsel af tang og jord");
    private final Supplier el = new Supplier("Ishøj Havn El ApS", "ishojhavn-el.dk", "Rasmus Kjær", "rk", HOSTER_IP,
        bank("2300", "0006998205"), "ny belysning på molen og service på tavler, Ishøj Havn");
    private final Supplier vvs = new Supplier("Vejlebro VVS ApS", "vejlebro-vvs.dk", "Serviceafdelingen", "service",
        "127.95.1.12", bank("3001", "0004733594"), "udskiftning af blandingsbatterier og service på varmtvandsbeholdere, Ishøj Skole");
    private final Supplier mad = new Supplier("Ishøj Storkøkken A/S", "ishoj-storkoekken.dk", "Storkøkkenet, Regnskab",
        "regnskab", "127.95.1.13", iban("DK", "30000004741168"), "mad til hjemmeboende ældre og plejecentrenes afdelinger");
    private final Supplier byg = new Supplier("Torslunde Trælast A/S", "torslunde-traelast.dk", "Erhvervssalg", "erhverv",
        "127.95.1.14", iban("DK", "23000007004489"), "trælast og byggevarer til Ejendomsservice efter indkøbsaftale");
    private final Supplier it = new Supplier("Strandparkens IT ApS", "strandparken-it.dk", "Bogholderiet", "bogholderi",
        "127.95.1.15", bank("2300", "0007011852"), "drift af skolernes trådløse net og elev-pc'er");
    private final Supplier bus = new Supplier("Tranegilde Busser ApS", "tranegilde-busser.dk", "Kørselskontoret", "korsel",
        "127.95.1.16", bank("3001", "0004750023"), "specialkørsel til skoler og kørsel til svømning i Ishøj Svømmehal");
    private final Supplier kontor = new Supplier("Ishøj Kontorforsyning ApS", "ishoj-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.95.1.17", iban("DK", "30000004763315"), "kopipapir, blæk og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Torslunde Smedie v/ Bo Nygaard", "torslunde-smedie.dk", "Bo Nygaard", "bo",
        "127.95.2.1", bank("2300", "0007024417"), "nyt rækværk på broen over Store Vejleå");
    private final Supplier natur = new Supplier("Ishøj Naturpleje v/ Lise Toft", "ishoj-naturpleje.dk", "Lise Toft", "lise",
        "127.95.2.2", bank("3001", "0004778901"), "slåning af engene ved Ishøj Sø og fjernelse af kæmpebjørneklo");
    private final Supplier guide = new Supplier("Fuglekig v/ Emil Strand", "gmail.com", "Emil Strand", "emil.strand.fuglekig", GMAIL,
        bank("2300", "0007030660"), "fugleture ved lagunerne i strandparken for 4. årgang, 3 hold");
    private final Supplier tolk = new Supplier("Tolk v/ Farah Yusuf", "outlook.com", "Farah Yusuf", "farah.yusuf.tolk", MSFT,
        bank("3001", "0004785442"), "tolkning somali-dansk, Jobcentret og Borgerservice, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonika v/ Ove Lassen", "icloud.com", "Ove Lassen", "ove.lassen.harmonika", APPLE,
        bank("2300", "0007041109"), "eftermiddagsmusik på Plejecenter Vejleå og i dagcentret");
    private final Supplier tysk = new Supplier("Lübecker Zählsysteme GmbH", "luebecker-zaehlsysteme.de", "Buchhaltung",
        "buchhaltung", "127.95.40.1", iban("DE", "230400000095712204"), "Induktionsschleifen und Zählermodule, Radschnellweg Ishøj");
    private final Supplier svensk = new Supplier("Malmö Klotterskydd AB", "malmo-klotterskydd.se", "Fakturering", "faktura",
        "127.95.40.2", iban("SE", "45500000059510088213"), "antiklottermedel och offerskikt för betongytor");

    private final List<Supplier> listed = List.of(varme, entrep, damme, taeller, facade, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying an Ishøj place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"ishoj-fjernvarme.com", "torslunde-anlaeg.net", "torslunde-trae.dk",
        "ishojhavn-elservice.dk", "strandgaarden-rengoring.dk", "vejlebro-vvs.net", idn("torslunde-tr\u00e6last.dk"),
        idn("ishoj-k\u043emmune.dk"), "faktuvia-ishoj.dk", "kvittex-torslunde.com", "gildbro-tomrer.dk", "ishoj-storkokken.dk",
        "tranegilde-busser.net", "bredekaer-vognmand.net", "ishoj-inkasso.dk", "mitid-ishoj.com", "digitalpost-vejleaa.com",
        "ishoj-domaeneservice.com", "ishojstrand-parkering.dk", "torslunde-betaling.net", "vibeholm-malerfirma.dk",
        "ishoj-kontorforsyning.net", "strandparken-itservice.net", "torslunde-anlaeg-aps.dk", "tegnnu-ishoj.dk",
        "tranegilde-esign.net", "vejleaa-trafikdata.com", "ishoj-cykeltal.dk", "torslunde-taelleservice.dk",
        "tranegilde-vandmiljo.dk", "ishojlandsby-slamsugning.dk", "torslunde-damservice.dk", "ishoj-facaderens.net",
        "vejleaaparken-graffitiservice.dk", "ishojstrand-antigraffiti.dk", "vejlebro-vvs-aps.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(damme.domain(), List.of(damme.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(taeller.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(facade.domain(), List.of(facade.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.95.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.95.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vestforbraending-ishoj.dk", List.of("127.95.20.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ishoj-miljoetilsyn-region.dk", List.of("127.95.20.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ishoj-kunstforening.dk", List.of("127.95.20.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("ishoj-gymnasium.dk", List.of("127.95.20.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ishoj-revisionsfirma.dk", List.of("127.95.20.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ishoj-farvehandel.dk", List.of("127.95.20.6"), "-all", null, "none");
        domain("ishoj-baadelaug.dk", List.of("127.95.20.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("faktuvia.dk", List.of("127.95.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("opgoerly.com", List.of("127.95.21.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kvittex.io", List.of("127.95.21.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("regnora.dk", List.of("127.95.21.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("ishoj-sparekasse.dk", List.of("127.95.22.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("koegebugt-erhvervsbank.dk", List.of("127.95.22.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-ishoj.dk", List.of("127.95.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("torslunde-bogfoering.dk", List.of("127.95.23.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ishoj-boligselskab.dk", List.of("127.95.23.3"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postkaster.com", List.of("127.95.24.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelvarsel-ishoj.dk", List.of("127.95.24.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.ishoj-bredbaand.dk", List.of("127.95.25.1"), "-all", null, null);
        domain("relay.tranegilde-net.dk", List.of("127.95.25.2"), "-all", null, null);
        domain("ruteskift.io", List.of("127.95.26.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtlys.dk", List.of("127.95.26.2"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("tegnnu.dk", List.of("127.95.26.3"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
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
        switch (Math.floorMod(sha256("no95:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%06d", 1_200 + rnd.nextInt(40_000));
            case 1:
                return "IS" + (5_100 + rnd.nextInt(4_000));
            case 2:
                return String.valueOf(128_000 + rnd.nextInt(50_000));
            case 3:
                return "F36-" + String.format("%05d", 100 + rnd.nextInt(9_000));
            case 4:
                return (1_000 + rnd.nextInt(8_000)) + "/36";
            default:
                return "NR" + (7_400 + rnd.nextInt(2_000));
        }
    }

    private static final String[] TO = {"kreditor@ishoj.dk", "efaktura@ishoj.dk", "kreditor@ishoj.dk", "okonomi@ishoj.dk",
        "vejpark@ishoj.dk", "skoler@ishoj.dk", "aeldre@ishoj.dk", "natur@ishoj.dk", "ejendomme@ishoj.dk", "indkob@ishoj.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf95:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(29_000_000 + Math.floorMod(sha256("cvr95:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(84_000_000 + Math.floorMod(sha256("fi95:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "ishoj-fjernvarmeselskab.dk" -> "Industribuen 11, 2635 Ishøj";
            case "torslunde-anlaeg.dk" -> "Torslundevej 48, 2635 Ishøj";
            case "tranegilde-vandmiljoe.dk" -> "Tranegildevej 7, 2635 Ishøj";
            case "vejleaa-trafikdata.dk" -> "Vejleåvej 131, 2635 Ishøj";
            case "ishoj-facaderens.dk" -> "Ishøj Stationsvej 25, 2635 Ishøj";
            case "gildbro-toemrer.dk" -> "Gildbrovej 19, 2635 Ishøj";
            case "vibeholm-maler.dk" -> "Vibeholms Allé 4, 2635 Ishøj";
            case "strandgaarden-rengoering.dk" -> "Strandgårdsvej 60, 2635 Ishøj";
            case "ishoj-lokalposten.dk" -> "Ishøj Store Torv 3, 2635 Ishøj";
            case "bredekaer-vognmand.dk" -> "Bredekærs Vænge 88, 2635 Ishøj";
            case "ishojhavn-el.dk" -> "Ishøj Havnevej 2, 2635 Ishøj";
            case "vejlebro-vvs.dk" -> "Vejlebrovej 72, 2635 Ishøj";
            case "ishoj-storkoekken.dk" -> "Industribuen 30, 2635 Ishøj";
            case "torslunde-traelast.dk" -> "Ishøj Bygade 41, 2635 Ishøj";
            case "strandparken-it.dk" -> "Ishøj Strandvej 14, 2635 Ishøj";
            case "tranegilde-busser.dk" -> "Tranegilde Strandvej 9, 2635 Ishøj";
            case "ishoj-kontorforsyning.dk" -> "Ishøj Store Torv 9, 2635 Ishøj";
            case "torslunde-smedie.dk" -> "Torslunde Bygade 22, 2635 Ishøj";
            case "ishoj-naturpleje.dk" -> "Pilemøllevej 5, 2635 Ishøj";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a plain invoice with supplier and billed-to lines and an amount line; a time
     * sheet with labour, materials and kilometres and the FI line (card 71); a charge for a period with an agreement number,
     * a fixed and a variable part and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title.toUpperCase(DA) + " " + no;
                l.add("Leverandør: " + s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Faktureres til: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Udstedt " + dottedDay(m, 0) + " | Vores reference: " + s.person());
                l.add("Leverance: " + s.what());
                l.add("Beløb før moms " + a.net() + " | Moms 25 % " + a.vat() + " | I alt DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage, sidste rettidige betaling " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Bankoverførsel til " + account + ", mærket med fakturanummeret");
                }
            }
            case 1 -> {
                head = "Timeseddel og regning " + no;
                l.add(s.name() + ", " + addr + " (CVR " + cvr(s.domain()) + ")");
                l.add("Udført for " + KOMMUNE + " (EAN " + EAN + "): " + s.what());
                long labour = a.ore() * 58 / 100;
                long km = a.ore() * 6 / 100;
                l.add("Arbejdsløn " + kr(labour) + " / Materialer " + kr(a.ore() - labour - km) + " / Kilometer " + kr(km));
                l.add("Sum uden moms " + a.net() + " / moms " + a.vat() + " / total " + a.gross());
                l.addAll(more);
                l.add("Forfalder " + writtenDay(m, 21) + (account == null ? "" : " / overføres til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + " * CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : " * " + addr));
                l.add("Aftalenr. " + (70_000 + Math.floorMod(s.domain().hashCode(), 20_000)) + " * Kunde: " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -30) + " til " + dottedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Fast del " + kr(fixed) + " * Variabel del " + kr(a.ore() - fixed));
                l.add("Ialt uden moms " + a.net() + " * moms " + a.vat() + " * at betale DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsdato " + dottedDay(m, 14) + (account == null ? "" : " * konto " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Ishoej Kommune " + no + ".pdf", "FAK" + no + ".pdf",
            "Invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", "dok" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Ishøj Kommune", "Til Kreditorbogholderiet", "Hej", "Goddag kreditor",
        "Att. Økonomi", "Kære Ishøj Kommune", "Hej bogføringen", "Til rette vedkommende i økonomi"};

    private String phone() {
        return "43 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig95:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlige hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nMvh.\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name() + "\n" + phone();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 410_000);
        String[] subjects = {"Faktura " + no, "Ny faktura " + no + " - " + KOMMUNE, s.name() + ": faktura " + no,
            "Fakturering fra " + s.name(), "Faktura " + no + " / EAN " + EAN, "Regning " + no, "Faktura vedr. " + s.what(),
            "Jeres faktura nr. " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "I får her faktura " + no + ", i alt " + a.gross() + " kr. med moms, forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Samme faktura er sendt til EAN " + EAN + ", så den skal kun betales én gang.";
            case 3 -> "Tak for samarbejdet. Den vedlagte PDF er fakturaen for opgaven.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 30);
            case 5 -> "Vedhæftet fakturaen for det udførte arbejde med jeres indkøbsnummer påført.";
            case 6 -> "Her er regningen for månedens leverancer. Giv lyd, hvis noget ikke stemmer med jeres bestilling.";
            default -> "Se venligst fakturaen i vedhæftningen.";
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
        if (List.of(varme, rengoer, mad, taeller, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, damme, facade, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Ishøj Store Torv 20", "Ishøj", "2635", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        counterContract = "CT-" + (4_100 + rnd.nextInt(700));
        pondCase = "VM-" + (2_300 + rnd.nextInt(500)) + "-36";
        graffitiAgreement = "RA-GR-" + (610 + rnd.nextInt(300));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == taeller ? List.of("Servicekontrakt " + counterContract + ": 14 tællestationer, månedlig datarapport")
                : s == damme ? List.of("Sag " + pondCase + ": gadekæret i Ishøj Landsby, slamprøver og iltmåling")
                : s == facade ? List.of("Rammeaftale " + graffitiAgreement + ": afrensning inden 48 timer efter anmeldelse")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Vej og Park, broen ved Vejleåparken"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a bridge railing, aligned SPF pass";

        List<Supplier> again = List.of(kontor, vvs, it, byg, entrep, avis, rengoer, el, varme, mad, bus, kontor);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsnr. IK-" + (20_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@ishoj.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sted: " + (k % 3 == 0 ? "Ishøj Bibliotek, ny læsesal" : "Indkøbsaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 1 ? "\n\nKvitterede følgesedler ligger som bilag." : "");
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "foelgeseddel.pdf", Attachments.pdf(docId(m, "fs"), "Følgeseddel",
                    List.of(s.what(), "Modtaget og kvitteret af Ejendomsservice, Ishøj", "Kolli i alt: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Tolv plader krydsfiner kom frem med knækkede hjørner og er sendt retur."},
            {kontor, "Kreditnota til faktura ", "Blækpatronerne passede ikke til printerne på Vibeholmskolen, så de er taget "
                + "tilbage."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (700 + rnd.nextInt(600));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@ishoj.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for fakturaen nedenfor. "
            + "Hvis pengene allerede er sendt, kan I bare slette denne mail."},
            {entrep, "Rykker 1", "Fristen for fakturaen er overskredet med otte dage. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@ishoj.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som fortsat skal betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Gælder faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@ishoj.dk", "Saldoudtog " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres kvartalsafstemning: vi har modtaget betalingen af faktura " + p.no() + ", og saldoen hos os "
                + "er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "bredekaer-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 0;
            String ref = "IK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@ishoj.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej efaktura\n\nVores nye bogføringsprogram er endnu ikke koblet på NemHandel, så I får e-fakturaen som "
                    + "XML-fil her, og en PDF til jeres sagsbehandler. Betalingsoplysningerne er uændrede. Hvis den samme "
                    + "faktura også dukker op i NemHandel, betaler I den naturligvis kun én gang.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1,
                    List.of("Indkøbsnr. " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"faktuvia.dk", "opgoerly.com", "kvittex.io", "regnora.dk"};
        Supplier[] who = {smed, natur, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "return-" + sha256("plat95:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "RG-" + (41_000 + rnd.nextInt(8_000));
                headers(m, "Regnora", "faktura@regnora.dk", "aeldre@ishoj.dk", "Faktura " + no + " - vikarvagter oktober")
                    .text("Til " + KOMMUNE + ", Ældre og Sundhed\n\nHer er fakturaen for de vikarvagter i hjemmeplejen, som "
                        + "jeres planlægger bestilte og kvitterede i oktober (72 vagter). Vikarerne er ansat og lønnet af "
                        + "Regnora.\n\nI alt " + a.gross() + " kr., forfald " + dottedDay(m, 20) + ".\n\nRegnora ApS")
                    .attach("application/pdf", "Regnora-" + no + ".pdf", Attachments.pdf(docId(m, "rg"), "Faktura " + no,
                        List.of("Regnora ApS", "Kunde: " + KOMMUNE + ", Ældre og Sundhed", "Vikarvagter oktober 2036: 72",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "30000004801176"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform regnora.dk invoices approved temp shifts in home care under its own name";
                continue;
            }
            String no = "V" + (510_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 0 ? "vejpark@ishoj.dk" : "natur@ishoj.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som PDF i denne mail. Svarer du på mailen, lander svaret direkte hos "
                    + s.person() + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i + 1, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg driver det som hobbyvirksomhed uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "LZ-" + (36_400 + rnd.nextInt(600));
        Amount a = amount(900_000);
        headers(m, "Lübecker Zählsysteme", addr(tysk), "vejpark@ishoj.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über Induktionsschleifen und zwei "
                + "Zählermodule für den Radschnellweg in Ishøj. Es gilt das Reverse-Charge-Verfahren.\n\nMit freundlichen "
                + "Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Lübeck", "Kunde: " + KOMMUNE + ", Vej og Park", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar auf " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "MK" + (8_200 + rnd.nextInt(600));
        headers(m, "Malmö Klotterskydd", addr(svensk), "ejendomme@ishoj.dk", "Faktura " + no + " - offerskikt")
            .text("Hej!\n\nBifogat finns fakturan för antiklottermedel och offerskikt till betongväggarna vid Ishøj station, "
                + "beställt av er fastighetsavdelning i september. Betala till kontot på fakturan.\n\nVänliga hälsningar\n"
                + "Fakturering, Malmö Klotterskydd AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Bankgiro/IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Ruteskift Billing", "billing@ruteskift.io", "it@ishoj.dk", "Your Ruteskift invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Ruteskift (route planning for special school "
                + "transport, 9 routes). We have also delivered it to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Ruteskift team")
            .attach("application/pdf", "ruteskift-november.pdf", Attachments.pdf(docId(m, "rs"), "Invoice",
                List.of("Ruteskift ApS", "Customer: " + KOMMUNE, "November 2036, 9 routes", "DKK " + a.gross())));
        genuine(m, "127.95.26.1");
        m.description = "SaaS ruteskift.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Vagtlys", "betaling@vagtlys.dk", "aeldre@ishoj.dk", "Kvittering - Vagtlys licens")
            .text("Kvittering nr. VL-36-0412\n\nAbonnement: Vagtlys Plan, hjemmeplejens tre distrikter, 140 planlæggere og "
                + "medarbejdere\nPeriode: december 2036 til november 2037\nBetalt: " + a.gross() + " kr. med firmakort "
                + "****7741 den " + dottedDay(m, 0) + "\n\nDenne kvittering er kun til jeres bogføring; beløbet er allerede "
                + "hævet. Spørgsmål om vagtmoduler eller flere brugere kan stilles i chatten inde i Vagtlys.\n\nVagtlys ApS, "
                + "Kundeservice");
        genuine(m, "127.95.26.2");
        m.description = "SaaS vagtlys.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("3001", "0004820563");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@ishoj.dk", "Vi skifter bank pr. 1. december")
            .text("Til kreditorbogholderiet\n\nGildbro Tømrer flytter sin erhvervskonto, fordi vores gamle bank lukker "
                + "filialen i Ishøj. Regninger dateret 1. december 2036 og derefter skal betales til " + nyT + ". Ældre "
                + "regninger betales som anført på dem.\n\nI er velkomne til at ringe til mig på det nummer, der står i jeres "
                + "leverandørkartotek, og få det bekræftet." + signature(toemrer))
            .attach("application/pdf", "Ny-bankforbindelse.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny konto",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Ny konto: " + nyT,
                    "Jacob Winther, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye reoler i depotet, Ishøj Bibliotek");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036, se vores brev"), "\n\nBemærk, at beløbet skal til den "
            + "nye konto, som vi har skrevet til jer om.");
        genuine(m, toemrer.ip());
        m.description = "gildbro-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "23000007066310");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Ishøj Storkøkken, Regnskab", addr(mad), "kreditor@ishoj.dk", "Ændret betalingskonto fra december")
            .text("Til " + KOMMUNE + ", kreditor og Ældre og Sundhed\n\nIshøj Storkøkken er blevet en del af en større "
                + "koncern og overgår til koncernens bank. Fakturaer med dato 1. december og senere betales til " + nyM
                + ". Vi holder den gamle konto åben til udgangen af februar. Et underskrevet brev om ændringen er også sendt "
                + "til kommunens Digital Post.\n\nVenlig hilsen\nIshøj Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal kitchen (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Betalingskonto ændret pr. 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "ishoj-storkoekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=Qm7d=RT=ishoj-lokalposten.dk=annonce@srs.ishoj-bredbaand.dk";
        m.signers.add(avis.domain());
        m.ip = "127.95.25.1";
        m.helo = "srs.ishoj-bredbaand.dk";
        m.description = "ishoj-lokalposten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.tranegilde-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.tranegilde-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"torslunde-bogfoering.dk", "Mette Skov", "mesk@", "Regning for tælling af cykler?",
            "Hej forum\n\nVi har fået en faktura for 'genkalibrering af cykeltællere' fra et firma, ingen af os kender. Vores "
                + "tællere passes af en fast leverandør. Har andre set det samme?\n\nMette"},
            {"ishoj-boligselskab.dk", "Ali Demir", "alde@", "Graffitifjernelse uden bestilling", "Hej alle\n\nVi har "
                + "modtaget en regning for akut afrensning af graffiti på en gavl i Vejleåparken. Vores faste firma havde "
                + "ikke været der, og kontoen var udenlandsk.\n\nAli"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditornet-ishoj.dk", x[3])
                .header("List-Id", "Kreditornet Ishøj <forum.kreditornet-ishoj.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-ishoj.dk", "[Kreditornet] ", "\r\n-- \r\nKreditornet for bogholdere i Ishøj og omegn\r\n"
                + "Afmeld: https://kreditornet-ishoj.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelvarsel-ishoj.dk", "Svindelvarsel Ishøj", "Tællere, gadekær og graffiti: tre nye regningsfælder",
            "I denne måned har vi set falske regninger på kalibrering af cykeltællere, slamsugning af gadekær og akut "
                + "graffitifjernelse, ofte med ægte aftalenumre. Ring altid til leverandøren på et nummer, I selv har slået op."},
            {"ishoj-revisionsfirma.dk", "Ishøj Revisionsfirma", "Tjekliste til årsskiftet",
                "Gennemgå leverandørstamdata inden årsafslutningen, og kræv, at to personer godkender hver ændring af en "
                    + "betalingskonto."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl95:" + x[0]).substring(0, 14) + "@postkaster.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@ishoj.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs "
                    + "mere på hjemmesiden</a></p><p style=\"font-size:8px\">Du modtager denne mail, fordi du er tilmeldt.</p>"
                    + "</body></html>");
            m.signers.add(x[0]);
            m.signers.add("postkaster.com");
            m.ip = "127.95.24.1";
            m.helo = "mta.postkaster.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postkaster.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Vej og Park", "vejpark@", "kreditor@ishoj.dk", "Cykeltællerne på supercykelstien",
            "Hej kreditor\n\nTællestationerne langs cykelsuperstien drives alene af Vejleå Trafikdata under servicekontrakten. "
                + "Deres regninger har kontraktnummeret på. Får I andre regninger om tællerne, så send dem til mig, før der "
                + "betales noget.\n\nVej og Park"},
            {"Natur og Miljø", "natur@", "kreditor@ishoj.dk", "Gadekærene i Ishøj Landsby og Torslunde", "Hej\n\nOprensning "
                + "af gadekærene er bestilt hos Tranegilde Vandmiljø og kører under én sag. Vi bestiller ikke slamsugning "
                + "eller iltning andre steder fra.\n\nNatur og Miljø"},
            {"Ejendomme", "ejendomme@", "ledere@ishoj.dk", "Graffiti på kommunens bygninger", "Kære ledere\n\nGraffiti "
                + "fjernes kun af Ishøj Facaderens under rammeaftalen, og det er Ejendomme, der anmelder det. Kommer der "
                + "regninger for afrensning, vi ikke kender til, så videresend dem til os.\n\nEjendomme"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Ishøj Sparekasse, Erhvervscenter", "erhverv@ishoj-sparekasse.dk", "okonomi@ishoj.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 214 poster til bogføring i morgen. Status kan ses i "
                + "netbanken. Vi sender aldrig links i denne slags beskeder.\n\nIshøj Sparekasse");
        genuine(m, "127.95.22.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Køge Bugt Erhvervsbank", "info@koegebugt-erhvervsbank.dk", "okonomi@ishoj.dk", "Nye priser fra januar")
            .text("Til erhvervskunder\n\nPr. 1. januar justeres prisen på hasteoverførsler. Den nye prisliste ligger i "
                + "netbanken under Dokumenter.\n\nKøge Bugt Erhvervsbank");
        genuine(m, "127.95.22.2");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("bicycle-counter-calibration-invoice", true);
        invoice(m, taeller, taeller.account(), 7, List.of("Servicekontrakt " + counterContract + ", november",
            "Kontrolkalibrering af 14 tællestationer, udskiftning af 2 batteripakker"), "\n\nMånedsrapporten med tallene er "
            + "lagt op i jeres dataportal.");
        genuine(m, taeller.ip());
        m.description = "the real traffic-data firm invoices November's counter service (DKIM only, p=quarantine, DMARC pass)";
        m = ok("village-pond-sludge-removal-invoice", true);
        invoice(m, damme, damme.account(), 10, List.of("Sag " + pondCase + ", etape 2: Torslunde gadekær",
            "Slamsugning 46 m3, bortskaffelse til godkendt modtager"), "\n\nMålingerne af ilt og fosfor er sendt til Natur og "
            + "Miljø.");
        genuine(m, damme.ip());
        m.description = "the water-environment firm invoices stage 2 of the pond case (RSA, no DMARC)";
        m = ok("graffiti-removal-invoice", true);
        invoice(m, facade, facade.account(), 12, List.of("Rammeaftale " + graffitiAgreement + ", anmeldelser uge 46-47",
            "Afrensning 38 m2 tunnelvæg, Ishøj Station"), "\n\nFør- og efterbilleder er sendt til Ejendomme.");
        genuine(m, facade.ip());
        m.description = "the facade-cleaning firm invoices reported graffiti under its framework agreement (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Vejleå Trafikdata", addr(taeller), "vejpark@ishoj.dk", "Firmwareopdatering af tællerne")
            .text("Kære Vej og Park\n\nI januar opdaterer vi softwaren i alle cykeltællere. Arbejdet ligger inden for "
                + "servicekontrakt " + counterContract + " og faktureres ikke særskilt. Vi sender aldrig regninger for "
                + "ekstra kalibrering, uden at I har bestilt den skriftligt.\n\nVejleå Trafikdata");
        genuine(m, taeller.ip());
        m.description = "the traffic-data firm announces a firmware update at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_500_000);
        headers(m, "Vestforbrænding Ishøj, Opkrævning", "opkraevning@vestforbraending-ishoj.dk", "efaktura@ishoj.dk",
            "Acontobidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt opkrævningen af acontobidraget for fjerde kvartal. Den er også leveret til "
                + "jeres EAN-nummer.\n\nVestforbrænding Ishøj")
            .attach("application/pdf", "Acontobidrag-4kv.pdf", Attachments.pdf(docId(m, "vf"), "Acontobidrag 4. kvartal 2036",
                List.of("Vestforbrænding Ishøj I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "23000007079914"))));
        genuine(m, "127.95.20.1");
        m.description = "intermunicipal waste company's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Miljøtilsynet", "tilsyn@ishoj-miljoetilsyn-region.dk", "natur@ishoj.dk", "Varsling af tilsyn, Ishøj Sø")
            .text("Til Ishøj Kommune, Natur og Miljø\n\nVi varsler et ordinært tilsyn med udløbet fra regnvandsbassinet ved "
                + "Ishøj Sø i januar. Tidspunktet aftales senere. Der er ingen betaling forbundet med tilsynet.\n\nMiljøtilsynet");
        genuine(m, "127.95.20.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "no-reply@tegnnu.dk";
        headers(m, "Ishøj Kunstforening via TegnNu", "no-reply@tegnnu.dk", "kultur@ishoj.dk",
            "Til underskrift: udlånsaftale for skulptur")
            .header("Reply-To", "<formand@ishoj-kunstforening.dk>")
            .text("Ishøj Kunstforening beder jer underskrive 'Udlånsaftale - bronzeskulptur på Ishøj Store Torv'.\n\n"
                + "Aftalen ligger på jeres konto hos TegnNu.\n\nTegnNu");
        genuine(m, "127.95.26.3");
        m.description = "real e-signature request from tegnnu.dk on behalf of the art society";
        m = ok("receipt", false);
        headers(m, "Ishøj Farvehandel", "kvittering@ishoj-farvehandel.dk", "ejendomme@ishoj.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n10 liter facademaling, 4 ruller tape og 2 pensler. Betalt med kommunens indkøbskort."
                + "\n\nIshøj Farvehandel");
        genuine(m, "127.95.20.6");
        m.description = "paint shop receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Ishøj Gymnasium", "administration@ishoj-gymnasium.dk", "okonomi@ishoj.dk", "Advis om indbetaling")
            .text("Hej\n\nVi har i dag overført 18.400 kr. for leje af Ishøj Idrætscenter til skolernes idrætsdag.\n\n"
                + "Ishøj Gymnasium, administrationen");
        genuine(m, "127.95.20.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Ishøj Bådelaug", "havnefoged@ishoj-baadelaug.dk", "vejpark@ishoj.dk", "Ordrebekræftelse: vinteroplæg")
            .text("Hej\n\nVinteroplæg af kommunens to arbejdsbåde på pladsen ved Ishøj Havn er bekræftet til 15. april. "
                + "Regningen kommer via EAN.\n\nIshøj Bådelaug");
        genuine(m, "127.95.20.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "6132500010033442"), iban("DK", "91820006401337"), bank("9570", "0013377102"),
        iban("EE", "6010220012238101"), iban("PL", "109010140000071219812874"), iban("GB", "REVO04000512007765"),
        iban("IE", "AIBK93115212345678"), iban("NL", "BUNQ2045678901"), iban("DE", "100110012629586104"),
        iban("HU", "117730160000000033447788"), iban("RO", "BTRL01301205S12345XX"), iban("BG", "STSA93000012345678"),
        iban("CY", "005001210000000123456789"), bank("9860", "0004412097"), iban("MT", "MALT01100000000000000012345"),
        iban("SE", "91500000054391022001"), iban("LT", "0932700020019833"), iban("DK", "89400003410026")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nFra novemberopkrævningen er Ishøj "
            + "Fjernvarmeselskab gået sammen med to naboværker om et fælles opkrævningskontor på Industribuen, og vores gamle "
            + "pengeinstitut ville ikke føre kontoen med over i det nye samarbejde. Derfor står der et andet kontonummer på "
            + "opkrævningen end det, der ligger i jeres kreditorsystem. Det gamle nummer tager imod penge til og med den 30., "
            + "hvorefter beløbene løber retur af sig selv. Spørgsmål om målerstande på Rådhuset, biblioteket og plejecentret "
            + "besvarer kundecentret som altid, vi har sagen liggende hele ugen.");
        forged(m, forgedHost++);
        m.description = "forged From ishoj-fjernvarmeselskab.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej annoncører\n\nNovembers stillingsopslag er nu faktureret. "
            + "Lokalposten er overtaget af en udgiver med hovedsæde i London, så pengene skal fremover til den engelske "
            + "konto på regningen. Den danske konto bliver lukket ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From ishoj-lokalposten.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"ishoj-fjernvarme.com", varme, "Under systemskiftet i oktober blev kontonumrene på en del "
            + "erhvervskunders opkrævninger byttet rundt, og det beklager vi. Kontrollér derfor, at betalingen for "
            + "Plejecenter Vejleå og Rådhuset går til det nummer, der er trykt på denne opkrævning, for det er det eneste, "
            + "bogholderiet afstemmer nu. Nummeret fra sidste år er nedlagt. Afsenderadressen ser lidt anderledes ud, fordi "
            + "mailen samtidig er flyttet til en ny udbyder."},
            {"torslunde-anlaeg.net", entrep, "Fliserne og kantstenen ved Gildbroskolen blev lagt færdig torsdag, og pedellen "
                + "har gået arbejdet igennem. Kasper er trådt tilbage og har solgt Torslunde Anlæg til sin værkfører, så firmaet "
                + "har fået anden revisor og anden bank. Der står derfor en ny kontohaver og et nyt kontonummer nederst på "
                + "regningen, og det er dér, pengene skal hen. CVR-nummeret er uændret."},
            {"torslunde-trae.dk", byg, "Novemberregningen for reglar, skruer og gipsplader til Ejendomsservice er samlet på "
                + "én faktura, sådan som jeres indkøber bad om. På grund af vores nye kassekredit i et andet pengeinstitut er "
                + "den gamle indbetalingskonto lukket fra mandag. Havner pengene alligevel derovre, tager det op mod tre uger "
                + "at få dem tilbageført, så ret gerne stamdata med det samme."},
            {"ishojhavn-elservice.dk", el, "Lysarmaturerne ude på molen er skiftet til LED, og de to tavler ved slæbestedet "
                + "har fået nye relæer. Da vores bogholder er gået ned i tid, har et regnskabsbureau overtaget bogføringen og "
                + "samlet indbetalingerne i et nyt pengeinstitut. Kontonummeret fremgår af PDF'en, og det er kun det, der "
                + "gælder. Ring ikke til værkstedet om betalingen, Rasmus er ude på opgaver hele dagen."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2),
                "Leveret til Ejendomsservices lager bag Vejleå Kirke, kvitteret af vagtmesteren"), "",
            "Vedlagt novemberfakturaen fra Erhvervssalg for krydsfiner, lægter og gips leveret til Ejendomsservice på "
                + "Industribuen. Vi er ved at flytte vores bankforretninger, og de betalingsoplysninger, der står trykt på "
                + "fakturaen, er de nye. Kontonummeret i jeres kreditorkartotek skal hverken bruges til denne eller kommende "
                + "regninger. Vi har samtidig taget et domæne med æ i brug, så svar gerne direkte hertil. Pallerne fra sidste "
                + "levering står stadig ved lageret bag Vejleå Kirke; chaufføren tager dem med, næste gang han kommer forbi "
                + "med gipsen til Vibeholmskolen.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ for ae) posing as torslunde-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@ishoj.dk", "Fortroligt: deponering inden kl. 12")
            .text("Hej\n\nJeg skriver for borgmesteren, der sidder midt i forhandlingerne om den tomme havnegrund bag "
                + "bådelaugets plads. En privat udvikler har budt over os, men sælgers advokat giver kommunen forkøbsret, hvis "
                + "der står 420.000 kr. deponeret på klientkontoen " + mule(14) + " før frokost. Købsaftale og skøde sendes, "
                + "når papirerne er underskrevet. Sagen er lukket, indtil Økonomiudvalget får den på bordet torsdag, så snak "
                + "kun med mig om den.\n\nLouise Brandt\nBorgmesterens sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o in \"kommune\") posing as our municipality: secret land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, smed.name() + " via Faktuvia", "opkraevning@faktuvia-ishoj.dk", "vejpark@ishoj.dk",
            "Betalingen mangler - gebyr i aften")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + smed.name() + "</b> står stadig som "
                + "ubetalt. I aften kl. 23.59 lægges et gebyr på. Undgå det ved at betale med kort nu:</p><p><a href=\""
                + "https://faktuvia-ishoj.dk/betal/" + sha256("fv95").substring(0, 20) + "\">Betal fakturaen</a></p>"
                + "<p>Faktuvia</p></body></html>");
        ownedBy(m, "faktuvia-ishoj.dk");
        m.description = "look-alike of the platform faktuvia.dk: card-payment link in the smithy's name before a 'fee'";
        m = bad("lookalike-platform");
        headers(m, "Kvittex", "inddrivelse@kvittex-torslunde.com", "natur@ishoj.dk", natur.name() + " - regning overdraget")
            .text("Goddag\n\nRegningen fra " + natur.name() + " er overdraget til Kvittex, som fremover modtager betalingen. "
                + "Overfør derfor beløbet til vores samlekonto " + mule(15) + " og ikke til naturplejeren.\n\nVenlig hilsen\n"
                + "Kvittex Inddrivelse")
            .attach("application/pdf", "kvittex-" + (5_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                natur.posing("kvittex-torslunde.com", mule(15)), "Faktura", "KX-" + (9_100 + rnd.nextInt(600)), amount(260_000),
                mule(15), 0, List.of("Overdraget til Kvittex Inddrivelse")));
        ownedBy(m, "kvittex-torslunde.com");
        m.description = "look-alike of kvittex.io: the nature-care firm's invoice 'handed over' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betales til factoringselskab",
            "Aftenhold Ishøj Bibliotek: gulvvask, toiletter og læsesal mandag-torsdag"), "", "Da vi har udvidet med et aftenhold på biblioteket, "
            + "har vi solgt vores tilgodehavender til et factoringfirma. Fakturaen her skal derfor indbetales på firmaets "
            + "konto " + mule(16) + ", som også står på PDF'en, og ikke på Strandgårdens egen. Jeg er på "
            + "arbejdsmiljøkursus i Roskilde til fredag og har mobilen slukket i undervisningen, så skriv endelig her, hvis "
            + "der er tvivl om noget. Aftenholdet har i øvrigt fået nøglebrik til personaleindgangen ved Ishøj Store "
            + "Torv, så de ikke længere skal ringe på hos vagten.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of strandgaarden-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@ishoj.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nApropos fakturaen i tråden her: hvidvaskafdelingen i vores bank gennemgår alle erhvervskunder i "
                + "december, og imens er driftskontoen frosset. De " + p.amount().gross() + " kr. for skolernes trådløse net "
                + "bedes derfor sendt til " + mule(17) + " denne ene gang. Fra januar kører alt som før på det gamle nummer. "
                + "Undskyld bøvlet, vi har selv været overraskede.\n\nBogholderiet\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of strandparken-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "gildbro-tomrer.dk"}, {mad, "ishoj-storkokken.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@ishoj.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text((i == 0 ? "Hej Ishøj\n\nJeg kan se i jeres portal, at faktura " + p.no() + " (" + p.amount().gross()
                    + " kr.) er godkendt - tak for det. Vores bogholder fangede i går, at skabelonen stadig havde kontoen "
                    + "fra før flytningen af værkstedet til Gildbrovej. Pengene skal derfor til " + mule(i + 3) + ". Giv et "
                    + "lille nik retur, når det er tastet om."
                    : "Goddag\n\nTil faktura " + p.no() + " på " + p.amount().gross() + " kr. for maden til "
                    + "plejecentrene: koncernens økonomifolk har bedt os stoppe alt, der peger på den konto, vi skrev om i "
                    + "efteråret, fordi den kun var midlertidig. Indbetal i stedet på " + mule(i + 3) + ". En kvittering "
                    + "pr. mail, når ændringen er lavet, vil være en stor hjælp.") + "\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "okonomi@ishoj.dk", "Tilskud til strandfesten - i dag")
            .text("Hej\n\nJeg har lovet foreningen bag sommerens strandfest ved Ishøj Strand et tilskud på 135.000 kr., og "
                + "pengene skal overføres i dag, så de kan betale lejen af scenen. Kontoen er " + mule(7) + ". Jeg sidder i "
                + "bestyrelsesmøde og kan ikke tale, så send bare en sms, når det er ordnet.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged ishoj.dk (p=reject) from outside: the mayor's urgent beach-party grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomidirektøren", "okonomidirektoer@" + OWN, "kreditor@ishoj.dk", "Ændring: Vejlebro VVS")
            .text("Hej Kreditor\n\nIndehaveren af Vejlebro VVS fangede mig efter byrådsmødet i aftes: deres pengeinstitut "
                + "på Vejlebrovej er lagt sammen med et andet, og kontoen er flyttet. Tast " + mule(8) + " ind på dem, så "
                + "den kommer med i eftermiddagens kørsel - det er min underskrift, der står på ændringen, så du behøver "
                + "ikke vente på blanketten.\n\nØkonomidirektøren");
        forged(m, forgedHost++);
        m.description = "forged ishoj.dk: 'finance director' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.ishoj@gmail.com", "okonomi@ishoj.dk", "Har du to minutter?")
            .text("Hej\n\nSidder fast på KL's topmøde i Aalborg, og arbejds-pc'en vil ikke på netværket her. Der er en "
                + "betaling vedr. Strandparkens fonde, som jeg har lovet at få afsted før kl. 14, og den må ikke vente på "
                + "godkendelsesflowet. Er du ved dit skrivebord? Så skriver jeg beløb og modtager, så snart du svarer på "
                + "denne adresse.\n\nKD");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'at a course'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.ishoj@outlook.com", "indkob@ishoj.dk", "En tjeneste")
            .text("Hej\n\nDe frivillige, der samlede plastik ved lagunerne i weekenden, fortjener en påskønnelse fra "
                + "byrådet. Køb 15 digitale gavekort til Ishøj Bycenter á 1.000 kr., skrap koderne fri og tag et billede af "
                + "dem til mig her. Udlægget refunderes over min repræsentationskonto i næste uge.\n\nBorgmester");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Nadia Hansen", "nadia.hansen.ishoj@gmail.com", "lon@ishoj.dk", "Ny konto til min løn")
            .text("Hej Løn\n\nNadia her, sosu-hjælper i distrikt Strandgården, nattevagt. Efter nogen misbrugte mit "
                + "hævekort i Rødovre, har banken spærret alt og åbnet en ny konto til mig i en app-bank: " + mule(0)
                + ". Medarbejderportalen afviser mit nye MitID-kodeviser, så jeg kan ikke selv rette det, og jeg tør ikke "
                + "vente til decemberlønnen. Kan I lægge nummeret ind fra jeres side?\n\nNadia Hansen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care assistant";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Jensen", "mikkel.jensen.torslunde@hotmail.com", "lon@ishoj.dk", "Lønkonto")
            .text("Hejsa\n\nMikkel, pedel på Ishøj Skole. Min kæreste har fået job i Cork, og vi rykker over i januar, så "
                + "al min løn skal fremover til min irske konto " + mule(6) + " - også decemberlønnen, hvis I kan nå det. "
                + "Jeg er stadig ansat frem til februar.\n\nVh Mikkel");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // display-name-abuse: known suppliers' names on free mail
        m = bad("display-name-abuse");
        headers(m, varme.name(), "ishoj.fjernvarme.opkraevning@gmail.com", "kreditor@ishoj.dk", "Opkrævning - ny konto")
            .text("Til Ishøj Kommune\n\nEt lynnedslag i transformerstationen på Industribuen har slået vores server ud, "
                + "og indtil teknikerne har den oppe, bruger kundecentret denne adresse. Opkrævningen for november skal gå "
                + "til " + mule(1) + ", mens vores almindelige konto er ved at blive omlagt til det nye regnskabssystem."
                + "\n\nKundecentret, Ishøj Fjernvarmeselskab");
        genuine(m, GMAIL);
        m.description = "the district heating's name on a gmail address, DK mule";
        m = bad("display-name-abuse");
        headers(m, bus.name(), "tranegilde.busser@outlook.com", "skoler@ishoj.dk", "Svømmekørsel - forudbetaling")
            .text("Hej skoleafdelingen\n\nPga. en fejl i vores økonomisystem kan vi ikke udstede faktura i denne uge. For at "
                + "fortsætte svømmekørslen efter jul skal december betales forud, 28.750 kr. til " + mule(12) + ".\n\n"
                + "Kørselskontoret");
        genuine(m, MSFT);
        m.description = "the bus company's name on an outlook address, prepayment (CY IBAN)";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Ishøj Inkasso", "sag@ishoj-inkasso.dk", "kreditor@ishoj.dk", "Inkassovarsel - " + inkasso[i].name())
                .text("Til " + KOMMUNE + ", kreditorbogholderiet\n\nVores klient " + inkasso[i].name() + " har overgivet "
                    + "faktura " + p.no() + " (" + p.amount().gross() + " kr.) til os, da den trods påkrav står åben. "
                    + (i == 0 ? "Ud over hovedstolen skyldes der 550 kr. i salær efter inkassobekendtgørelsen. Indbetal det "
                        + "samlede beløb på klientkonto " + mule(i + 9) + " senest mandag, ellers indgiver vi "
                        + "betalingspåkrav til fogedretten i Glostrup uden yderligere varsel."
                    : "Vi har noteret 550 kr. i omkostninger. Står pengene ikke på " + mule(i + 9) + " inden mandag kl. "
                        + "12, går sagen videre til retten, og klienten ophører med at levere.")
                    + "\n\nIshøj Inkasso, sagsbehandler J. Vinther");
            ownedBy(m, "ishoj-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "besked@mitid-ishoj.com", "it@ishoj.dk", "Handling påkrævet: MitID Erhverv spærres")
            .html("<html><body><p>Til den lokale brugeradministrator</p><p>Ved den årlige revision af erhvervsidentiteter mangler "
                + KOMMUNE + " at genindsende oplysninger om tegningsberettigede. Fristen udløber i morgen kl. 10, og derefter "
                + "deaktiveres samtlige medarbejderidentiteter under CVR-nummeret, også i hjemmeplejens telefoner.</p>"
                + "<p><a href=\"https://mitid-ishoj.com/bekraeft\">Genindsend oplysningerne</a></p></body></html>");
        ownedBy(m, "mitid-ishoj.com");
        m.description = "fake MitID Erhverv suspension with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-vejleaa.com", "okonomi@ishoj.dk", "Nyt brev fra Skattestyrelsen")
            .html("<html><body><p>" + KOMMUNE + " - postkassen Økonomi</p><p>Der ligger et brev fra Skattestyrelsen med "
                + "overskriften 'Tilbagebetaling af dobbelt udbetalt købsmoms, 3. kvartal'. Brevet er markeret som "
                + "fristbrev; kvitterer ingen for modtagelsen inden fredag, tilskrives der renter fra udbetalingsdagen.</p>"
                + "<p><a href=\"https://digitalpost-vejleaa.com/laes\">Vis fristbrevet</a></p><p>Digital Post, "
                + "erhvervspostkasser</p></body></html>");
        ownedBy(m, "digitalpost-vejleaa.com");
        m.description = "fake Digital Post notice with a link";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneadministration", "fornyelse@ishoj-domaeneservice.com", "it@ishoj.dk", "ishoj.dk udløber om 5 dage")
            .text("Til domæneindehaveren\n\nRegistreringen af ishoj.dk udløber om fem dage. Når den er udløbet, holder "
                + "kommunens hjemmeside og mail op med at virke. Fornyelse for tre år koster 4.980 kr. ekskl. moms og betales "
                + "til " + mule(3) + " med reference ISHOJ-DK.\n\nDomæneadministration")
            .attach("application/pdf", "fornyelse-ishoj-dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                List.of("Domæne: ishoj.dk", "Periode: 3 år", "Pris DKK 4.980,00 + moms", "Betaling: " + mule(3))));
        ownedBy(m, "ishoj-domaeneservice.com");
        m.description = "fake renewal invoice for the municipality's own domain, EE IBAN";
        m = bad("fake-domain-renewal");
        headers(m, "Domæneadministration", "kunde@ishoj-domaeneservice.com", "kommunikation@ishoj.dk",
            "Beskyt ishoj-strand.dk før andre gør")
            .text("Hej\n\nEn virksomhed har bedt os registrere ishoj-strand.dk og ishojhavn.com. Som indehaver af ishoj.dk "
                + "har I forkøbsret i syv dage. Pakken med begge navne koster 3.400 kr. og betales til " + mule(4)
                + ".\n\nDomæneadministration");
        ownedBy(m, "ishoj-domaeneservice.com");
        m.description = "fake 'first right' to similar domains, pay to a PL IBAN";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "P-kontrol Ishøj Strand", "afgift@ishojstrand-parkering.dk", "vejpark@ishoj.dk",
            "Parkeringsafgift - Ishøj Strand")
            .html("<html><body><p>Kontrolnotat: en hvid varevogn med kommunens logo holdt 3 timer og 40 minutter i "
                + "betalingszonen ved Strandparkens hovedindgang uden billet. Afgiften er 790 kr. og kan klares med "
                + "MobilePay-koden nedenfor. Efter fem hverdage overgår kravet til vores advokat.</p>"
                + "<p><img src=\"cid:betal\" alt=\"Scan\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "ishojstrand-parkering.dk");
        m.description = "QR code for a parking 'fee' at the beach park";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice Erhverv", "aftaler@torslunde-betaling.net", "okonomi@ishoj.dk",
            "Jeres betalingsaftaler er stoppet")
            .html("<html><body><p>Otte af kommunens tilmeldte leverandøraftaler, heriblandt el, varme og renovation, blev "
                + "afvist ved månedsskiftet, fordi bekræftelsen af aftalerne ikke er fornyet. Peg mobilkameraet mod koden, "
                + "så kommer du direkte til fornyelsen.</p><img src=\"cid:betal\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "torslunde-betaling.net");
        m.description = "QR code for 'paused direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "kontor@strandgaarden-rengoring.dk", "kreditor@ishoj.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nTo gange har jeres spamfilter sendt vores rengøringsfaktura retur med besked om 'farligt indhold', "
                + "så nu prøver vi med en komprimeret mappe. Åbn zip-filen, og læs lige sedlen, der ligger ved siden af "
                + "fakturaen - den handler om vores skift af pengeinstitut efter sammenlægningen med vinduespudserne.\n\n"
                + "Kontoret, Strandgården")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("strandgaarden-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0,
                    List.of("Vinduespolering Rådhusets glasgang indregnet")),
                "LAES_MIG.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "strandgaarden-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of strandgaarden-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "service@vejlebro-vvs.net", "kreditor@ishoj.dk", "Fakturaer for november")
            .text("Goddag\n\nBlandingsbatterierne på Ishøj Skole og servicen af de tre varmtvandsbeholdere er samlet i "
                + "novemberfilen. Vores gamle scanner laver kæmpestore PDF'er, så den er pakket med 7-Zip. Indbetalingen "
                + "skal til kontoen inde i dokumentet, fordi driftskontoen er flyttet.\n\nServiceafdelingen, Vejlebro")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("vejlebro-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1,
                    List.of("Termostatventiler, gymnastiksal og omklædning"))));
        ownedBy(m, "vejlebro-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of vejlebro-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@ishoj-kontorforsyning.net", "indkob@ishoj.dk", "Ordrebekræftelse og faktura, papir")
            .text("Hej Indkøb\n\nFor at spare jer for to bilag har vi lagt ordrebekræftelsen på de 240 pakker kopipapir og "
                + "fakturaen ind i samme Word-fil. Prisfelterne er flettet ind fra lagersystemet, så Word beder om at "
                + "'Aktivere indhold' - ellers står der bare nuller.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Beløbene vises, når indholdet er aktiveret.", true));
        ownedBy(m, "ishoj-kontorforsyning.net");
        m.description = "macro-enabled .docm from a look-alike of ishoj-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, "Bogholderiet", "bogholderi@strandparken-itservice.net", "it@ishoj.dk", "Licensopgørelse elev-pc'er")
            .text("Hej\n\nOpgørelsen over elev-pc'er og licenser ligger i regnearket. Makroer skal være slået til, ellers "
                + "regnes totalerne ikke ud. Bemærk ny konto.\n\nBogholderiet")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_nov.xlsm", Attachments.excel(List.of(
                "Licensopgørelse november 2036", "Elev-pc og styring 620 stk", "Betaling til " + mule(13)), true));
        ownedBy(m, "strandparken-itservice.net");
        m.description = "macro-enabled .xlsm from a look-alike of strandparken-it.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "henrik@vibeholm-malerfirma.dk", "ejendomme@ishoj.dk", "Regning Plejecenter Vejleå")
            .text("Hej Ejendomme\n\nMalerarbejdet i gangene på Plejecenter Vejleå er afsluttet, og personalerummet fik to "
                + "lag ekstra. Printeren på værkstedet i Vibeholm har sagt op, så regningen er et billede taget på mobilen. "
                + "Læg mærke til kontonummeret forneden, det er skiftet siden sidst.\n\nHenrik")
            .attach("image/jpeg", "IMG_5531.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "vibeholm-malerfirma.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of vibeholm-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "tina@bredekaer-vognmand.net", "vejpark@ishoj.dk", "Faktura sandkørsel strandparken")
            .text("Hej\n\nFakturaen for sandkørslen til strandparken er scannet og vedhæftet. Der er ny konto, se bilaget."
                + "\n\nTina")
            .attach("application/pdf", "Scan_2211.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "bredekaer-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of bredekaer-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kh@torslunde-anlaeg-aps.dk", "efaktura@ishoj.dk", "E-faktura " + no)
            .text("Hej\n\nVores nye bogholder sender ikke via NemHandel endnu, så e-fakturaen er vedhæftet som fil. Filen "
                + "indeholder vores nye betalingskonto.\n\n" + entrep.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "IK-" + (62_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "torslunde-anlaeg-aps.dk");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "bogholderi@strandparken-itservice.net", "efaktura@ishoj.dk", "Faktura " + no + " i OIOUBL")
            .text("Vedhæftet fakturaen som OIOUBL-fil. Betalingsoplysningerne er ændret, efter vi har skiftet bank.")
            .attach("application/xml", "faktura-" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "IK-" + (62_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "strandparken-itservice.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of strandparken-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "TegnNu", "underskrift@tegnnu-ishoj.dk", "kultur@ishoj.dk", "Ishøj Kunstforening afventer din underskrift")
            .html("<html><body><p>Du er inviteret til at underskrive 'Forsikringstillæg - skulptur på torvet'. Invitationen "
                + "udløber i dag.</p><p><a href=\"https://tegnnu-ishoj.dk/d/" + sha256("tn95").substring(0, 16) + "\">Åbn "
                + "dokumentet</a></p></body></html>");
        ownedBy(m, "tegnnu-ishoj.dk");
        m.description = "fake e-signature request imitating tegnnu.dk and the art society";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "dokument@tranegilde-esign.net", "ejendomme@ishoj.dk", "Forpagtningsaftale til signatur")
            .html("<html><body><p>Forpagter af markerne mellem Tranegilde Strandvej og Ishøj Sø har delt 'Forlængelse af "
                + "forpagtning 2037-2041' med Ejendomme. Dokumentet er beskyttet; brug din Microsoft-konto fra kommunen for at "
                + "åbne og påføre digital signatur.</p><p><a href=\"https://tranegilde-esign.net/login\">Åbn beskyttet "
                + "dokument</a></p></body></html>");
        ownedBy(m, "tranegilde-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "korsel@tranegilde-busser.net", "kreditor@ishoj.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej\n\nFaktura " + p.no() + " for specialkørslen (" + p.amount().gross() + " kr.) vil vi gerne have "
                + "betalt i to rater: 50 % til kontoen fra fakturaen og de øvrige 50 % til " + mule(9) + ", hvor vores "
                + "nye leasingselskab trækker busafdragene. Det er kun for denne måned, mens vi skifter leasingpartner.\n\n"
                + "Kørselskontoret, Tranegilde Busser");
        ownedBy(m, "tranegilde-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "service@vejlebro-vvs-aps.dk", "kreditor@ishoj.dk", "Betaling af faktura " + p.no())
            .text("Goddag Kreditor\n\nPengeinstituttet har sat et beløbsloft på vores driftskonto, mens de vurderer "
                + "kassekreditten. Af faktura " + p.no() + " kan 25.000 kr. derfor gå den vante vej, mens restbeløbet skal "
                + "over på " + mule(10) + ", som er vores sekundære konto. Vi beklager ekstraarbejdet.\n\nServiceafdelingen, "
                + "Vejlebro VVS");
        ownedBy(m, "vejlebro-vvs-aps.dk");
        m.description = "split payment on Vejlebro VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-bicycle-counter-calibration-invoice
        M m = bad("fake-bicycle-counter-calibration-invoice");
        invoice(m, taeller.posing("vejleaa-trafikdata.com", taeller.account()), mule(0), 9,
            List.of("Servicekontrakt " + counterContract + ", ekstra kalibrering"), "", "Efter gravearbejdet ved Ishøj Station "
                + "viste tre tællestationer på cykelsuperstien for lave tal, og vi har derfor genkalibreret induktionsløkkerne "
                + "uden for den faste service. Regningen er vedlagt med kontraktnummeret. Vi har fået ny bankforbindelse efter "
                + "et ejerskifte, så brug kontoen på fakturaen.");
        ownedBy(m, "vejleaa-trafikdata.com");
        m.description = "look-alike of the traffic-data firm cites its real counter contract, 'recalibration' (LT IBAN)";
        m = bad("fake-bicycle-counter-calibration-invoice");
        headers(m, "Ishøj Cykeltal", "data@ishoj-cykeltal.dk", "vejpark@ishoj.dk", "Årslicens til cykeldata 2037")
            .text("Til Vej og Park\n\nJeres tællere på supercykelstien sender data gennem vores platform. For at I fortsat "
                + "kan se dags- og timetal efter nytår, skal årslicensen på 31.250,00 kr. inkl. moms være betalt til "
                + mule(5) + " senest den 15. december. Ellers lukkes adgangen til tællerdataene.\n\nIshøj Cykeltal")
            .attach("application/pdf", "licens-2037.pdf", Attachments.pdf(docId(m, "ct"), "Årslicens cykeldata 2037",
                List.of("Ishøj Cykeltal", "14 tællestationer, adgang til data", "At betale 31.250,00 inkl. moms",
                    "Konto " + mule(5))));
        ownedBy(m, "ishoj-cykeltal.dk");
        m.description = "unknown firm bills a 'data licence' for the counters or access is cut (GB IBAN)";
        m = bad("fake-bicycle-counter-calibration-invoice");
        headers(m, "Torslunde Tælleservice", "service@torslunde-taelleservice.dk", "teknik@ishoj.dk",
            "Batteriskift i tællere langs Vestskoven")
            .text("Hej\n\nBatterierne i de fire cykeltællere på stien mod Vestskoven er ved at være brugt op, og tællerne "
                + "stopper inden jul. Vi har booket en montør i uge 50. Forudbetal 11.400 kr. til " + mule(4) + ", så "
                + "bestiller vi batteripakkerne hjem.\n\nTorslunde Tælleservice");
        ownedBy(m, "torslunde-taelleservice.dk");
        m.description = "'counters stop before Christmas', battery change against prepayment (PL IBAN)";

        // fake-village-pond-sludge-removal-invoice
        m = bad("fake-village-pond-sludge-removal-invoice");
        invoice(m, damme.posing("tranegilde-vandmiljo.dk", damme.account()), mule(9), 13,
            List.of("Sag " + pondCase + " - akut iltning"), "", "Efter fiskedøden i gadekæret i Ishøj Landsby i weekenden "
                + "satte vi under sag " + pondCase + " to iltpumper op og sugede det værste slam op samme nat. Det ligger uden "
                + "for etapeaftalen og skal betales straks. Vi bruger nu en ny bankkonto, som står på fakturaen.");
        ownedBy(m, "tranegilde-vandmiljo.dk");
        m.description = "look-alike of the water-environment firm cites the real pond case, 'emergency aeration' (HU IBAN)";
        m = bad("fake-village-pond-sludge-removal-invoice");
        headers(m, "Ishøj Landsby Slamsugning", "faktura@ishojlandsby-slamsugning.dk", "natur@ishoj.dk",
            "Faktura: slamsugning af gadekær")
            .text("Hej Natur og Miljø\n\nSom aftalt pr. telefon i oktober har vi suget 30 m3 slam op af gadekæret ved "
                + "Ishøj Bygade og kørt det til deponi. Fakturaen på 42.100,00 kr. inkl. moms forfalder om seks dage; betal "
                + "til " + mule(10) + ".\n\nIshøj Landsby Slamsugning")
            .attach("application/pdf", "slamsugning.pdf", Attachments.pdf(docId(m, "sl95"), "Faktura slamsugning",
                List.of("Ishøj Landsby Slamsugning", "Gadekær, Ishøj Bygade: 30 m3 slam", "I alt inkl. moms 42.100,00",
                    "Konto " + mule(10))));
        ownedBy(m, "ishojlandsby-slamsugning.dk");
        m.description = "unknown firm bills sludge removal 'agreed by phone' for the village pond (RO IBAN)";
        m = bad("fake-village-pond-sludge-removal-invoice");
        headers(m, "Torslunde Damservice", "booking@torslunde-damservice.dk", "natur@ishoj.dk",
            "Vinterbeluftning af gadekæret i Torslunde")
            .text("Hej\n\nFor at undgå iltsvind under isen i vinter har vi reserveret en solcelledrevet beluftningspumpe "
                + "til gadekæret ved Torslunde Kirke. Depositum på 14.500 kr. betales til " + mule(11) + ", før pumpen "
                + "sættes i.\n\nTorslunde Damservice");
        ownedBy(m, "torslunde-damservice.dk");
        m.description = "'reserved winter aeration pump' for the Torslunde pond with a deposit (BG IBAN)";

        // fake-graffiti-removal-invoice
        m = bad("fake-graffiti-removal-invoice");
        invoice(m, facade.posing("ishoj-facaderens.net", facade.account()), mule(13), 15, List.of("Rammeaftale "
            + graffitiAgreement + " - nataktion"), "", "Natten til søndag blev tunnelen under Ishøj Station malet til med "
            + "krænkende tekster, og politiet bad os fjerne dem før morgentrafikken. Vi kørte ud under rammeaftale "
            + graffitiAgreement + ", men nattillægget falder uden for aftalen. Betal venligst til vores nye erhvervskonto "
            + "senest fredag.");
        ownedBy(m, "ishoj-facaderens.net");
        m.description = "look-alike of the facade-cleaning firm cites the real agreement, 'night call-out', new DK account";
        m = bad("fake-graffiti-removal-invoice");
        headers(m, "Vejleåparken Graffitiservice", "kontor@vejleaaparken-graffitiservice.dk", "ejendomme@ishoj.dk",
            "Afrensning af gavle i Vejleåparken")
            .text("Goddag\n\nVi har fjernet tags fra seks gavle og to cykelskure ved Vejleåparken efter henvendelse fra "
                + "beboere. Arbejdet udgør 27.900,00 kr. inkl. moms, og før- og efterbilleder udleveres, når beløbet er "
                + "indbetalt til " + mule(14) + ".\n\nVejleåparken Graffitiservice");
        ownedBy(m, "vejleaaparken-graffitiservice.dk");
        m.description = "unknown firm bills tag removal nobody ordered, photos held back until paid (MT IBAN)";
        m = bad("fake-graffiti-removal-invoice");
        headers(m, "Ishøj Strand Antigraffiti", "tilbud@ishojstrand-antigraffiti.dk", "vejpark@ishoj.dk",
            "Bekræftelse: antigraffitibehandling af strandtoiletter")
            .text("Hej Vej og Park\n\nSom opfølgning på jeres forespørgsel om at behandle de fem toiletbygninger langs "
                + "Ishøj Strand med offerlag, så tags kan spules af med varmt vand, har vi reserveret et sprøjtehold i "
                + "uge 2. Voksbehandlingen kan kun lægges på i frostfrit vejr, så pladsen holdes kun, når depositummet på "
                + "19.200 kr. er modtaget på " + mule(1) + ".\n\nIshøj Strand Antigraffiti");
        ownedBy(m, "ishojstrand-antigraffiti.dk");
        m.description = "'your enquiry' for anti-graffiti coating of the beach toilets, half in advance (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus95().generate(), List.of(
            "# Ishøj Kommune, Økonomi: invoice checks (ninety-fifth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=ishoj-fjernvarmeselskab.dk torslunde-anlaeg.dk tranegilde-vandmiljoe.dk "
                + "vejleaa-trafikdata.dk ishoj-facaderens.dk gildbro-toemrer.dk vibeholm-maler.dk strandgaarden-rengoering.dk "
                + "ishoj-lokalposten.dk bredekaer-vognmand.dk ishojhavn-el.dk vejlebro-vvs.dk ishoj-storkoekken.dk "
                + "torslunde-traelast.dk strandparken-it.dk tranegilde-busser.dk ishoj-kontorforsyning.dk",
            "invoice.domains.platforms=faktuvia.dk opgoerly.com kvittex.io regnora.dk",
            "invoice.names.protected=Ishøj Kommune"));
    }
}
