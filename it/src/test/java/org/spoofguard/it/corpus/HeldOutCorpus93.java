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
 * The ninety-third held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Glostrup Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and traffic,
 * schools, elderly care, library, culture and sports and property mailboxes; town hall Rådhusvej 2, 2600 Glostrup) on the
 * western edge of Copenhagen: Glostrup with its station, the pedestrian street Hovedvejen, the new light rail along Ring 3,
 * Stationsparken, the library, the swimming bath and the sports park, Hvissinge, Ejby with its industrial estate and Ejby
 * Mose; seventeen listed suppliers in every DNS posture real Danish firms have (one sending through a web hoster named in its
 * SPF), four invoicing platforms ({@code kvitline.dk}, {@code regnskabsrute.io}, {@code fakturavippe.com}, {@code
 * betalstien.dk}), a utility contractor relocating the municipality's cables and drains for the light rail, a firm
 * servicing the library's automatic return and sorting machine, sole traders on free mail, foreign suppliers, SaaS, an ESP,
 * an e-signature service, banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each
 * carrying a place name of the municipality (Glostrup, Hvissinge, Ejby, Ejby Mose).
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, fake domain renewals, payroll changes, look-alikes, homoglyphs) and two kinds new here: relocation of the
 * municipality's street-light cables, signal cables and drains for the light rail along Ring 3 billed by someone who never
 * dug there (fake-light-rail-utility-relocation-invoice), and service, parts or licences for the library's automatic
 * return and sorting machine billed to a new account (fake-library-sorting-machine-service-invoice). The invoice engine,
 * its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus93GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus93 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout93");
    public static final String OWN = "glostrup.dk";
    static final String FRAUD_NET = "127.193.";
    private static final String OWN_IP = "127.93.0.1";
    private static final String EAN = "5798007893013";
    private static final String KOMMUNE = "Glostrup Kommune";
    private static final String RAADHUS = "Rådhusvej 2, 2600 Glostrup";
    private static final String HOSTER_IP = "127.93.9.1";
    private static final String GMAIL = "127.95.1.1";
    private static final String MSFT = "127.95.2.1";
    private static final String APPLE = "127.95.5.1";

    private final Random rnd = new Random(93_2600_0093L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The light-rail coordination case under which the utility contractor relocates our cables (the frauds cite it). */
    private String railCase;
    /** The service agreement for the library's return and sorting machine (the frauds cite it). */
    private String sorterAgreement;

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

    private final Supplier varme = new Supplier("Hvissinge Fjernvarme a.m.b.a.", "hvissinge-fjernvarme.dk", "Kundecenter",
        "kundecenter", "127.93.1.1", iban("DK", "20000745118203"), "fjernvarme til Rådhuset, Glostrup Bibliotek og Hvissingehus");
    private final Supplier entrep = new Supplier("Glostrup Anlæg ApS", "glostrup-anlaeg.dk", "Morten Bech", "mb",
        "127.93.1.2", bank("2211", "0745129944"), "nye fortove og kantsten på Østervej ved Søndervangskolen");
    private final Supplier ledning = new Supplier("Ejby Ledningsteknik ApS", "ejby-ledningsteknik.dk", "Projektleder Rikke Holm",
        "rikke", "127.93.1.3", bank("2211", "0745136650"), "omlægning af kommunens vejbelysningskabler og dræn langs letbanen ved "
        + "Ring 3 og Glostrup Station");
    private final Supplier bogretur = new Supplier("Bogretur Automatik ApS", "bogretur-automatik.dk", "Service og Fakturering",
        "faktura", "127.93.1.4", iban("DK", "30000745140718"), "service på afleverings- og sorteringsautomaten, Glostrup Bibliotek");
    private final Supplier toemrer = new Supplier("Hvissinge Tømrer & Snedker ApS", "hvissinge-toemrer.dk", "Kasper Juul", "kj",
        "127.93.1.5", bank("9570", "0011823346"), "nye døre og lofter i omklædningsrummene, Glostrup Svømmehal");
    private final Supplier maler = new Supplier("Hovedvejens Malerforretning v/ Per Mølgaard", "hovedvejens-maler.dk",
        "Per Mølgaard", "per", "127.93.1.6", bank("9570", "0011830071"), "maling af klasselokaler, Nordvangskolen");
    private final Supplier rengoer = new Supplier("Glostrup Servicerengøring ApS", "glostrup-servicerengoering.dk", "Administration",
        "adm", "127.93.1.7", iban("DK", "20000745151187"), "daglig rengøring af Rådhuset, Jobcentret og Glostrup Bibliotek");
    private final Supplier avis = new Supplier("Glostrup Bypost", "glostrup-bypost.dk", "Annonceafdelingen", "annonce",
        "127.93.1.8", iban("DK", "30000745162209"), "annoncer: høring om lokalplan ved Glostrup Station og stillingsopslag");
    private final Supplier vognmand = new Supplier("Hvissinge Vognmandsforretning ApS", "hvissinge-vognmand.dk", "Bo Kragh",
        "bo", "127.93.1.9", bank("2211", "0745170033"), "kørsel med jord og asfaltbrokker fra Sydvestvej");
    private final Supplier el = new Supplier("Stationsbyens El ApS", "stationsbyens-el.dk", "Thomas Ravn", "tr", HOSTER_IP,
        bank("9570", "0011845582"), "ny LED-belysning i cykelkælderen og på perronadgangen, Glostrup Station");
    private final Supplier vvs = new Supplier("Søndervangens VVS ApS", "sondervang-vvs.dk", "Kontoret", "kontor", "127.93.1.11",
        bank("2211", "0745188176"), "udskiftning af blandingsbatterier og varmtvandsbeholder, Hvissingehus");
    private final Supplier mad = new Supplier("Vestegnskøkkenet A/S", "vestegnskoekkenet-as.dk", "Vestegnskøkkenet, Debitor",
        "debitor", "127.93.1.12", iban("DK", "20000745193350"), "mad til hjemmeboende pensionister og Ældrecenter Hvissingehus");
    private final Supplier byg = new Supplier("Glostrup Trælast A/S", "glostrup-traelast.dk", "Proffen", "proff",
        "127.93.1.13", iban("DK", "30000745204416"), "byggematerialer til Ejendomsservice efter indkøbsaftale");
    private final Supplier it = new Supplier("Ringvejens IT ApS", "ringvejens-it.dk", "Bogholderiet", "bogholderi",
        "127.93.1.14", bank("9570", "0011859927"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Vestvej Minibusser ApS", "vestvej-minibus.dk", "Kørselskontoret", "korsel",
        "127.93.1.15", bank("2211", "0745217790"), "visiteret kørsel til aktivitetscentret og specialskolekørsel");
    private final Supplier kontor = new Supplier("Glostrup Kontorforsyning ApS", "glostrup-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.93.1.16", iban("DK", "30000745228841"), "kopipapir, kuverter og blækpatroner til Rådhuset og skolerne");
    private final Supplier vand = new Supplier("Aquavest Vandbehandling ApS", "aquavest-vandbehandling.dk", "Lars Thygesen",
        "lt", "127.93.1.17", bank("9570", "0011863305"), "drift af klor- og pH-anlæg, Glostrup Svømmehal");
    // not on the creditor list
    private final Supplier smed = new Supplier("Hvissinge Smedie v/ Jan Ulrik", "hvissinge-smedie.dk", "Jan Ulrik", "jan",
        "127.93.2.1", bank("2211", "0745239908"), "nye rækværker ved gangtunnelen under Hovedvejen");
    private final Supplier natur = new Supplier("Ejby Mose Naturpleje v/ Hanne Lind", "ejbymose-naturpleje.dk", "Hanne Lind",
        "hanne", "127.93.2.2", bank("9570", "0011871144"), "høslæt og pleje af engene i Ejby Mose");
    private final Supplier guide = new Supplier("Byvandring v/ Sofie Krag", "gmail.com", "Sofie Krag", "sofie.krag.byvandring",
        GMAIL, bank("2211", "0745246612"), "byvandringer om Glostrups stationsby for 8. årgang, 3 hold");
    private final Supplier tolk = new Supplier("Tolkeservice v/ Nadia Haddad", "outlook.com", "Nadia Haddad",
        "nadia.haddad.tolk", MSFT, bank("9570", "0011884470"), "tolkning arabisk-dansk, Jobcentret, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Erik Vang", "icloud.com", "Erik Vang", "erik.vang.harmonika",
        APPLE, bank("2211", "0745251109"), "eftermiddagsmusik på Ældrecenter Hvissingehus og i dagcentret");
    private final Supplier tysk = new Supplier("Lübecker Fördertechnik GmbH", "luebecker-foerdertechnik.de", "Buchhaltung",
        "buchhaltung", "127.93.3.1", iban("DE", "230400000812775200"), "Ersatzteile für die Sortieranlage der Bibliothek");
    private final Supplier svensk = new Supplier("Lunds Kabelskydd AB", "lunds-kabelskydd.se", "Fakturering", "faktura",
        "127.93.3.2", iban("SE", "45800000052031144781"), "kabelskyddsrör och markeringsnät till ledningsomläggningen");

    private final List<Supplier> listed = List.of(varme, entrep, ledning, bogretur, toemrer, maler, rengoer, avis, vognmand, el,
        vvs, mad, byg, it, bus, kontor, vand);

    /** Fraudsters' own domains, each carrying a Glostrup place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"hvissinge-fjernvarme.net", "glostrup-anlaeg.com", "glostrup-traelast.net",
        "stationsbyens-el-glostrup.dk", "glostrup-servicerengoring.dk", "sondervang-vvs-glostrup.dk",
        idn("hvissinge-fj\u0435rnvarme.dk"), idn("gl\u043estrup.dk"), "kvitline-glostrup.dk", "regnskabsrute-hvissinge.com",
        "hvissinge-tomrer.dk", "vestegnskoekkenet-glostrup.com", "vestvej-minibus-glostrup.net", "hvissinge-vognmand.net",
        "glostrup-inkassobureau.dk", "mitid-glostrup.com", "digitalpost-hvissinge.com", "glostrup-domaeneservice.net",
        "glostrup-p-kontrol.dk", "ejby-betalingsservice.net", "glostrup-licenscenter.com", "hovedvejens-maler-glostrup.dk",
        "glostrup-kontorforsyning.net", "ringvejens-it-glostrup.net", "glostrup-anlaeg-aps.dk", "signatur-glostrup.dk",
        "ejby-dokumentdeling.net", "ejby-ledningsteknik.com", "glostrup-letbanekoordinering.dk", "hvissinge-ledningsregister.dk",
        "glostrup-bogretur.dk", "hvissinge-biblioteksteknik.dk", "ejbymose-rfid-service.dk", "sondervang-vvs-hvissinge.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(ledning.domain(), List.of(ledning.ip()), "~all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(bogretur.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "none"); // DKIM only, monitoring
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.93.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "quarantine"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.93.1.23"), "?all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.ED25519_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain(kontor.domain(), List.of(kontor.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(vand.domain(), List.of(vand.ip()), "~all", null, null); // SPF only, no DMARC
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null);
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", null, "none");
        domain("letbane-interessentskab.dk", List.of("127.93.101.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("miljoetilsyn-hovedstaden.dk", List.of("127.93.101.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("glostrup-idraetsforening.dk", List.of("127.93.101.3"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("vestegns-produktionsskole.dk", List.of("127.93.101.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hvissinge-revision.dk", List.of("127.93.101.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ejby-jernhandel.dk", List.of("127.93.101.6"), "-all", null, "none");
        domain("glostrup-teltudlejning.dk", List.of("127.93.101.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("kvitline.dk", List.of("127.93.111.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("regnskabsrute.io", List.of("127.93.112.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("fakturavippe.com", List.of("127.93.113.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("betalstien.dk", List.of("127.93.114.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("ringbyens-sparekasse.dk", List.of("127.93.121.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kommunalbanken-oest.dk", List.of("127.93.122.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-vestegnen.dk", List.of("127.93.123.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kommunale-bogholdere-vest.dk", List.of("127.93.124.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoebsringen-ring3.dk", List.of("127.93.125.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postkaret.com", List.of("127.93.126.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelnyt-ring3.dk", List.of("127.93.127.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.glostrupnet.dk", List.of("127.93.128.1"), "-all", null, null);
        domain("relay.hvissinge-hosting.dk", List.of("127.93.129.1"), "-all", null, null);
        domain("laanerkort.io", List.of("127.93.130.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtlinjen.dk", List.of("127.93.131.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("underskriftsbordet.dk", List.of("127.93.132.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
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
        switch (Math.floorMod(sha256("no93:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 150 + rnd.nextInt(9_500));
            case 1:
                return "GL-" + (3_400 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(57_000 + rnd.nextInt(30_000));
            case 3:
                return "F36-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "2036-" + (1_100 + rnd.nextInt(800));
            default:
                return "INV" + (72_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@glostrup.dk", "efaktura@glostrup.dk", "kreditor@glostrup.dk",
        "oekonomi@glostrup.dk", "vejogtrafik@glostrup.dk", "skoler@glostrup.dk", "aeldre@glostrup.dk", "bibliotek@glostrup.dk",
        "ejendomsservice@glostrup.dk", "indkoeb@glostrup.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf93:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(35_000_000 + Math.floorMod(sha256("cvr93:" + domain).hashCode(), 8_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(82_000_000 + Math.floorMod(sha256("fi93:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "hvissinge-fjernvarme.dk" -> "Hvissingevej 118, 2600 Glostrup";
            case "glostrup-anlaeg.dk" -> "Ejby Industrivej 41, 2600 Glostrup";
            case "ejby-ledningsteknik.dk" -> "Ejby Industrivej 87, 2600 Glostrup";
            case "bogretur-automatik.dk" -> "Naverland 12, 2600 Glostrup";
            case "hvissinge-toemrer.dk" -> "Stationsvej 5, 2600 Glostrup";
            case "hovedvejens-maler.dk" -> "Hovedvejen 139, 2600 Glostrup";
            case "glostrup-servicerengoering.dk" -> "Sydvestvej 22, 2600 Glostrup";
            case "glostrup-bypost.dk" -> "Hovedvejen 96, 2600 Glostrup";
            case "hvissinge-vognmand.dk" -> "Skovvejen 60, 2600 Glostrup";
            case "stationsbyens-el.dk" -> "Banegårdsvej 9, 2600 Glostrup";
            case "sondervang-vvs.dk" -> "Søndervang 14, 2600 Glostrup";
            case "vestegnskoekkenet-as.dk" -> "Fabriksparken 30, 2600 Glostrup";
            case "glostrup-traelast.dk" -> "Roskildevej 251, 2600 Glostrup";
            case "ringvejens-it.dk" -> "Nordre Ringvej 78, 2600 Glostrup";
            case "vestvej-minibus.dk" -> "Vestvej 15, 2600 Glostrup";
            case "glostrup-kontorforsyning.dk" -> "Kirkevej 3, 2600 Glostrup";
            case "aquavest-vandbehandling.dk" -> "Ejby Industrivej 120, 2600 Glostrup";
            case "hvissinge-smedie.dk" -> "Smedegårdsvej 2, 2600 Glostrup";
            case "ejbymose-naturpleje.dk" -> "Ejbymosevej 4, 2600 Glostrup";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a letter-style invoice with a specification table line and bank block; a job
     * card with labour, materials and machine hours and the FI line (card 71); a subscription or contract charge with the
     * period, fixed part and variable part and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no + " - " + s.name();
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Faktureres til: " + KOMMUNE + ", " + RAADHUS + " | EAN " + EAN);
                l.add("Udstedt den " + writtenDay(m, 0) + ", spørgsmål rettes til " + s.person());
                l.add("Specifikation: " + s.what());
                l.add("I alt at betale DKK " + a.gross() + ", heraf moms " + a.vat());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned plus tredive dage, senest " + writtenDay(m, 30));
                if (account != null) {
                    l.add("Bank: " + account + " | Husk fakturanummeret som tekst på overførslen");
                }
            }
            case 1 -> {
                head = "Jobkort / faktura " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " (EAN " + EAN + "). Opgave: " + s.what());
                l.add("Arbejdsløn, maskintimer og materialer efter medsendt timeseddel");
                l.add("Samlet pris uden moms " + a.net() + ", med moms " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Forfalder " + writtenDay(m, 21) + (account == null ? "" : " | Kontonummer " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Kundenummer " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " | " + KOMMUNE);
                l.add("Afregning for perioden frem til " + writtenDay(m, -1) + " | " + s.what());
                l.add("Fast abonnementsdel og variabelt forbrug ifølge aftalen");
                l.add("Til betaling DKK " + a.gross() + " inklusive moms");
                l.addAll(more);
                l.add("Betales senest " + writtenDay(m, 14) + (account == null ? "" : " | Konto " + account));
                if (own) {
                    l.add("Betalingslinje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Glostrup Kommune " + no + ".pdf", "FA" + no + ".pdf",
            "Invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", "Fak_" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Glostrup Kommune", "Til Kreditorer", "Hej", "Godmorgen",
        "Att. kreditorbogholderiet", "Kære Glostrup Kommune", "Hej økonomi", "Til rette vedkommende"};

    private String phone() {
        return "43 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig93:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nMvh.\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\nKh " + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 410_000);
        String[] subjects = {"Faktura " + no, "Ny faktura " + no + " - " + KOMMUNE, s.name() + ": faktura " + no,
            "Faktura fra " + s.name(), "Fakturanr. " + no + " / EAN " + EAN, "Regning " + no, "Fremsendelse af faktura " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede fil finder I faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms, og sidste "
                + "rettidige betaling er " + writtenDay(m, 30) + ".";
            case 2 -> "Samme faktura er sendt elektronisk til EAN " + EAN + ", så I skal kun betale den én gang.";
            case 3 -> "Tak for samarbejdet. Som aftalt kommer fakturaen her som PDF.";
            case 4 -> "Fakturanummer " + no + "\nBeløb inkl. moms " + a.gross() + " kr.\nForfald " + dottedDay(m, 30);
            case 5 -> "Vedhæftet er fakturaen for det udførte. Jeres ordrenummer er påført.";
            case 6 -> "Her er fakturaen for sidste måneds leverancer. Skriv endelig, hvis noget ikke stemmer.";
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
        if (List.of(varme, rengoer, mad, bogretur, it, bus, vand).contains(s)) {
            return 2;
        }
        if (List.of(entrep, ledning, vognmand, vvs, el, toemrer, smed).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Rådhusvej 2", "Glostrup", "2600", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        railCase = "LET-" + (4_100 + rnd.nextInt(700));
        sorterAgreement = "SV-GB-" + (150 + rnd.nextInt(80));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == ledning ? List.of("Koordineringssag " + railCase + ": kabler og dræn, etape Glostrup Station")
                : s == bogretur ? List.of("Serviceaftale " + sorterAgreement + ": afleveringsautomat med 7 sorteringskasser")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Vej og Trafik"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices railings at the tunnel, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, vand, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Ordrenr. GK-" + (20_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@glostrup.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sted: " + (k % 3 == 0 ? "Søndervangskolen, 2. sal" : "Indkøbsaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nKvitterede følgesedler er lagt ved." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "foelgesedler-" + (k + 1) + ".pdf", Attachments.pdf(docId(m, "fs"),
                    "Følgesedler", List.of(s.what(), "Modtaget af Ejendomsservice, Glostrup", "Kolli i alt: " + (4 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Spærene i forkert længde er taget retur, og vi krediterer dem fuldt ud."},
            {rengoer, "Kreditnota til faktura ", "Jobcentret var lukket i efterårsferien, og de dage, vi ikke gjorde rent, "
                + "trækkes fra."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "CN-" + (700 + rnd.nextInt(500));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@glostrup.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet; beløbet "
                    + "kan trækkes fra i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for nedenstående. Hvis "
            + "pengene allerede er sendt, kan I se bort fra denne mail."},
            {vvs, "Rykker 1", "Forfaldsdatoen er overskredet med en uges tid. Der er ikke pålagt gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@glostrup.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. kan "
                    + "betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
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
        headers(m, s.person(), addr(s), "kreditor@glostrup.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej kreditor\n\nI bad om en udskrift til årsafstemningen. Jordkørslen fra Sydvestvej, faktura " + p.no()
                + ", er indbetalt, og der er ingen åbne poster på kommunens kundekonto hos vognmanden." + signature(s));
        genuine(m, s.ip());
        m.description = "hvissinge-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(kontor, el)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 0;
            String ref = "GK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@glostrup.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej efaktura\n\nVores NemHandel-adgang bliver flyttet til ny udbyder i denne uge, så fakturaen kommer "
                    + "undtagelsesvis som XML-fil sammen med en PDF. Kontonummeret er uændret. Skulle den samme faktura også dukke "
                    + "op elektronisk, er det en dublet.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "BIS3_" : "OIO_") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"kvitline.dk", "regnskabsrute.io", "fakturavippe.com", "betalstien.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "b-" + sha256("plat93:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "BS-" + (41_000 + rnd.nextInt(9_000));
                headers(m, "Betalstien", "opkraevning@betalstien.dk", "aeldre@glostrup.dk", "Opkrævning " + no
                    + " - vikartimer oktober")
                    .text("Til " + KOMMUNE + ", Ældre og Sundhed\n\nI oktober dækkede vores vikarer 112 timer i hjemmeplejens "
                        + "distrikt Nord, bestilt af jeres planlæggere i vagtplanen og kvitteret af teamlederen. Timesedlerne ligger "
                        + "i portalen, og opkrævningen er vedhæftet.\n\nSamlet " + a.gross() + " kr., som forfalder "
                        + writtenDay(m, 20) + ".\n\nBetalstien, vikarafregning")
                    .attach("application/pdf", "Betalstien-" + no + ".pdf", Attachments.pdf(docId(m, "bs"), "Opkrævning " + no,
                        List.of("Betalstien ApS, vikarformidling", "Kunde: " + KOMMUNE + ", Ældre og Sundhed, distrikt Nord",
                            "Vikartimer i oktober ifølge kvitterede timesedler", "At betale med moms DKK " + a.gross(),
                            "Konto " + iban("DK", "20000745260077"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform betalstien.dk invoices approved home-care temp hours under its own name";
                continue;
            }
            String no = "KV" + (510_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "vejogtrafik@glostrup.dk" : "kultur@glostrup.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen er vedhæftet som PDF. Svarer du på denne mail, lander svaret hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er ikke momsregistreret, så beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "LF-" + (36_400 + rnd.nextInt(800));
        Amount a = amount(900_000);
        headers(m, "Lübecker Fördertechnik", addr(tysk), "bibliotek@glostrup.dk", "Rechnung " + no + " Ersatzteile")
            .text("Sehr geehrte Damen und Herren,\n\nanbei die Rechnung " + no + " über die Förderbänder und Lichtschranken für "
                + "die Sortieranlage in Ihrer Bibliothek, geliefert an Bogretur Automatik. Steuerschuldnerschaft des "
                + "Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Lübeck", "Kunde: " + KOMMUNE + ", Glostrup Bibliotek", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF and RSA, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "LK" + (8_200 + rnd.nextInt(700));
        headers(m, "Lunds Kabelskydd", addr(svensk), "vejogtrafik@glostrup.dk", "Faktura " + no + " kabelskydd")
            .text("Hej,\n\nBifogat finns fakturan för kabelskyddsrör och markeringsnät som levererats till ert projekt vid "
                + "Glostrup Station. Betala till IBAN enligt fakturan.\n\nVänliga hälsningar\nFakturering, Lunds Kabelskydd AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (SPF ~all only, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Laanerkort Billing", "billing@laanerkort.io", "bibliotek@glostrup.dk", "Your Laanerkort invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Laanerkort (self-service loans and the "
                + "library app, 1 branch). We also sent it to EAN " + EAN + ".\n\nTotal DKK " + a.gross() + "\n\nLaanerkort")
            .attach("application/pdf", "laanerkort-invoice.pdf", Attachments.pdf(docId(m, "lk"), "Invoice",
                List.of("Laanerkort ApS", "Customer: " + KOMMUNE, "Subscription November 2036, 1 branch", "DKK " + a.gross())));
        genuine(m, "127.93.130.1");
        m.description = "SaaS laanerkort.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Vagtlinjen", "kvittering@vagtlinjen.dk", "aeldre@glostrup.dk", "Kvittering - Vagtlinjen")
            .text("Hej hjemmeplejen\n\nVagtlinjen har hævet månedens abonnement for vagtplanerne til jeres 140 medarbejdere: "
                + a.gross() + " kr. på det kort, der slutter med 7731. Kvitteringen ligger også under Administration i "
                + "appen.\n\nVagtlinjen");
        genuine(m, "127.93.131.1");
        m.description = "SaaS vagtlinjen.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0012049958");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@glostrup.dk", "Ændret kontonummer pr. 1. december")
            .text("Til kreditorbogholderiet\n\nHvissinge Tømrer & Snedker har flyttet sin erhvervskonto til en anden afdeling "
                + "af banken. Fakturaer dateret 1. december 2036 og frem betales til " + nyT + ". Ældre fakturaer betales "
                + "som anført på dem.\n\nVil I have ændringen bekræftet, så ring til kontoret på det nummer, der står i jeres "
                + "leverandøroplysninger." + signature(toemrer))
            .attach("application/pdf", "Kontoaendring.pdf", Attachments.pdf(docId(m, "ka"), "Meddelelse om ny bankkonto",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gældende fra 01.12.2036", "Ny konto: " + nyT,
                    "Kasper Juul, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new account (SPF+RSA aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye skabe i personalestuen, Hvissinge Børnehus");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036, jf. vores brev"), "\n\nBemærk vores nye kontonummer, "
            + "som vi skrev om tidligere.");
        genuine(m, toemrer.ip());
        m.description = "hvissinge-toemrer.dk invoice to its new account after the announced change";

        String nyM = iban("DK", "30000745299014");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Vestegnskøkkenet, Debitor", addr(mad), "kreditor@glostrup.dk", "Ny bankforbindelse fra december")
            .text("Til " + KOMMUNE + ", kreditor og Ældre og Sundhed\n\nVestegnskøkkenet skifter hovedbank ved årsskiftet. "
                + "Fakturaer dateret 1. december og senere bedes betalt til " + nyM + ". Den gamle konto holdes åben til "
                + "udgangen af februar. Et underskrevet brev om ændringen er også sendt til jeres Digital Post.\n\nMed venlig "
                + "hilsen\nVestegnskøkkenet A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny bankkonto fra 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "vestegnskoekkenet-as.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=Hq7v=RD=glostrup-bypost.dk=annonce@srs.glostrupnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.93.128.1";
        m.helo = "srs.glostrupnet.dk";
        m.description = "glostrup-bypost.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, kontor, kontor.account(), 28, List.of(), "");
        m.signers.add(kontor.domain());
        relayedBy(m, "relay.hvissinge-hosting.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.hvissinge-hosting.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"kommunale-bogholdere-vest.dk", "Mette Skov", "mesk@", "Regning for ledningsomlægning ved letbanen?",
            "Hej allesammen\n\nVi har fået en regning for flytning af vejbelysningskabler ved et letbanestop, men vores "
                + "entreprenør kender ikke noget til den, og kontonummeret er udenlandsk. Er der andre langs Ring 3, der har "
                + "fået den slags?\n\nMette"},
            {"indkoebsringen-ring3.dk", "Jakob Lund", "jalu@", "Biblioteksautomat - falsk serviceregning", "Hej\n\nVores "
                + "bibliotek fik en faktura for 'udskiftning af transportbånd' i sorteringsautomaten med ny bankkonto. "
                + "Leverandøren havde ikke været der.\n\nJakob"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditornet-vestegnen.dk", x[3])
                .header("List-Id", "Kreditornet Vestegnen <forum.kreditornet-vestegnen.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-vestegnen.dk", "[Kreditornet] ", "\r\n-- \r\nKreditornet Vestegnen\r\n"
                + "Afmeld: https://kreditornet-vestegnen.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelnyt-ring3.dk", "Svindelnyt Ring 3", "Letbane, biblioteker og falske serviceregninger",
            "Svindlere udnytter store anlægsprojekter og kendte serviceaftaler og skriver aftalenumre af. Kontakt altid "
                + "leverandøren på et nummer, I selv har, før en ny konto tages i brug."},
            {"hvissinge-revision.dk", "Hvissinge Revision", "Tjekliste til regnskabsafslutningen",
                "Gennemgå kreditorstamdata, og kræv to godkendere ved enhver ændring af en leverandørs bankkonto."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl93:" + x[0]).substring(0, 12) + "@postkaret.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@glostrup.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere "
                    + "på hjemmesiden</a></p><p style=\"font-size:9px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postkaret.com");
            m.ip = "127.93.126.1";
            m.helo = "mta.postkaret.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postkaret.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Vej og Trafik", "vejogtrafik@", "kreditor@glostrup.dk", "Ledningsarbejde ved letbanen",
            "Hej kreditor\n\nDet er udelukkende Ejby Ledningsteknik, der flytter kommunens kabler og dræn ved letbanen, og kun "
                + "efter bestilling fra os. Deres fakturaer står altid med koordineringssagens nummer. Letbaneselskabet betaler "
                + "selv sin egen andel. Får I andre regninger om ledninger ved Ring 3, så send dem til mig.\n\nVej og Trafik"},
            {"Glostrup Bibliotek", "bibliotek@", "kreditor@glostrup.dk", "Sorteringsautomaten",
                "Hej\n\nAfleverings- og sorteringsautomaten passes af Bogretur Automatik under serviceaftalen. Ekstra besøg "
                    + "bestiller vi selv, og de faktureres med aftalenummeret. Licensen til softwaren er med i aftalen.\n\n"
                    + "Biblioteket"},
            {"Løn og Personale", "loen@", "ledere@glostrup.dk", "Ændring af lønkonto",
                "Kære ledere\n\nMedarbejdere ændrer selv deres lønkonto via NemKonto. Løn og Personale ændrer aldrig en konto "
                    + "på grundlag af en mail, heller ikke hvis den ser ud til at komme fra en kollega.\n\nLøn og Personale"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Ringbyens Sparekasse, Erhverv", "erhverv@ringbyens-sparekasse.dk", "oekonomi@glostrup.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nDen betalingsfil med 211 overførsler, I sendte i dag, er modtaget og gennemføres på "
                + "bogføringsdagen. Se detaljerne i netbanken. Vi sender aldrig links i denne type beskeder.\n\n"
                + "Ringbyens Sparekasse");
        genuine(m, "127.93.121.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Kommunalbanken Øst", "info@kommunalbanken-oest.dk", "oekonomi@glostrup.dk", "Ny rentesats på byggelån")
            .text("Til vores kommunale kunder\n\nRentesatsen på byggekreditter ændres fra 1. januar. Den nye rentetabel ligger i "
                + "netbanken under Dokumenter.\n\nKommunalbanken Øst");
        genuine(m, "127.93.122.1");
        m.description = "bank notice about rates, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("light-rail-utility-relocation-invoice", true);
        invoice(m, ledning, ledning.account(), 7, List.of("Koordineringssag " + railCase + ", etape Sydvestvej",
            "Omlægning af 140 m vejbelysningskabel og to drænbrønde"), "\n\nOpmålingen er sendt til Vej og Trafik.");
        genuine(m, ledning.ip());
        m.description = "the real utility contractor invoices relocation at Sydvestvej under the light-rail case (Ed25519, no DMARC)";
        m = ok("library-sorting-machine-invoice", true);
        invoice(m, bogretur, bogretur.account(), 10, List.of("Serviceaftale " + sorterAgreement + ", 4. kvartal 2036",
            "Rensning af læsere og justering af transportbånd"), "\n\nServicerapporten er lagt i bibliotekets portal.");
        genuine(m, bogretur.ip());
        m.description = "the sorting-machine firm's quarterly service for the library (DKIM only, p=quarantine, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Bogretur Automatik", addr(bogretur), "bibliotek@glostrup.dk", "Softwareopdatering af automaten")
            .text("Kære bibliotek\n\nI uge 50 opdaterer vi softwaren i afleveringsautomaten fra vores servicecenter. Det er "
                + "dækket af serviceaftale " + sorterAgreement + " og koster ikke ekstra. Vi sender aldrig regninger for "
                + "reservedele, som I ikke har bestilt.\n\nBogretur Automatik");
        genuine(m, bogretur.ip());
        m.description = "the sorting-machine firm announces a software update at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_900_000);
        headers(m, "Letbane Interessentskabet", "regnskab@letbane-interessentskab.dk", "efaktura@glostrup.dk",
            "Interessentbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedhæftet er opkrævningen af interessentbidraget for fjerde kvartal. Den er også sendt "
                + "til jeres EAN.\n\nLetbane Interessentskabet")
            .attach("application/pdf", "Interessentbidrag-4kv.pdf", Attachments.pdf(docId(m, "let"), "Interessentbidrag 4. kvt.",
                List.of("Letbane Interessentskabet", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "20000745311168"))));
        genuine(m, "127.93.101.1");
        m.description = "light-rail partnership's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Miljøtilsyn Hovedstaden", "tilsyn@miljoetilsyn-hovedstaden.dk", "vejogtrafik@glostrup.dk",
            "Varsling af tilsyn med regnvandsbassin")
            .text("Til Glostrup Kommune, Vej og Trafik\n\nVi varsler et rutinetilsyn med regnvandsbassinet ved Ejby "
                + "Industrivej i januar. Den præcise dato følger. Tilsynet er gebyrfrit.\n\nMiljøtilsyn Hovedstaden");
        genuine(m, "127.93.101.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@underskriftsbordet.dk";
        headers(m, "Glostrup Idrætsforening via Underskriftsbordet", "noreply@underskriftsbordet.dk", "kultur@glostrup.dk",
            "Til underskrift: aftale om haltider")
            .header("Reply-To", "<formand@glostrup-idraetsforening.dk>")
            .text("Glostrup Idrætsforening har sendt 'Aftale om haltider 2037 - Glostrup Idrætspark' til underskrift.\n\n"
                + "Dokumentet ligger på jeres konto hos Underskriftsbordet.\n\nUnderskriftsbordet");
        genuine(m, "127.93.132.1");
        m.description = "real e-signature request from underskriftsbordet.dk on behalf of the sports club";
        m = ok("receipt", false);
        headers(m, "Ejby Jernhandel", "kvittering@ejby-jernhandel.dk", "ejendomsservice@glostrup.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n4 snecyklonkoste, 25 kg vejsalt. Betalt med kommunens indkøbskort.\n\nEjby Jernhandel");
        genuine(m, "127.93.101.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Vestegnens Produktionsskole", "bogholderi@vestegns-produktionsskole.dk", "oekonomi@glostrup.dk",
            "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført 18.400 kr. for leje af Glostrup Hallen til vores idrætsdag.\n\n"
                + "Vestegnens Produktionsskole");
        genuine(m, "127.93.101.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Glostrup Teltudlejning", "ordre@glostrup-teltudlejning.dk", "kultur@glostrup.dk",
            "Ordrebekræftelse: telte til julemarkedet")
            .text("Hej\n\nHermed bekræftet: tre telte på 6 x 12 m til julemarkedet i Stationsparken, opstilling fredag. "
                + "Faktura sendes til EAN bagefter.\n\nGlostrup Teltudlejning");
        genuine(m, "127.93.101.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "4032100000781255"), iban("DK", "89900007341026"), bank("5470", "0005518840"),
        iban("EE", "7710001199820041"), iban("PL", "691090101400007129887314"), iban("GB", "REVO00997012345566"),
        iban("IE", "AIBK93115212398761"), iban("NL", "BUNQ2084471190"), iban("DE", "100110012625884301"),
        iban("HU", "117730160000000088421903"), iban("RO", "BTRL0130120567338800"), iban("BG", "STSA93000029951812"),
        iban("CY", "005002700000001200528811"), bank("8117", "0002297766"), iban("MT", "MALT01100000000000040021177"),
        iban("SE", "50000000058398257766"), iban("LT", "6870000120045513"), iban("DK", "40400004438811")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Opkræves af Vestegnens Varmesamarbejde"), "", "Kære kunde\n\nFra denne måned "
            + "står Vestegnens Varmesamarbejde, som Hvissinge Fjernvarme nu er en del af, for al opkrævning. Vores gamle konto i "
            + "Hvissinge nedlægges i takt med, at bogholderierne lægges sammen, og derfor er indbetalingsoplysningerne på bilaget "
            + "ændret. Lægger I beløbet på den tidligere konto, sender banken det retur efter en uges tid, og så risikerer "
            + "Rådhuset og biblioteket at få en rykker. Vi beklager besværet i overgangsperioden.");
        forged(m, forgedHost++);
        m.description = "forged From hvissinge-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej annoncekunde\n\nHøringsannoncen om lokalplanen ved stationen og de to "
            + "stillingsopslag fra november er nu faktureret. Bypostens nye ejer, et forlag med hovedsæde i Manchester, samler "
            + "alle abonnements- og annonceindtægter på én engelsk konto, og den er påført fakturaen. Den lokale bankkonto i "
            + "Glostrup afvikles i løbet af december og skal ikke bruges mere. Har I spørgsmål til annoncerne, så skriv hellere "
            + "end at ringe, for redaktionen er flyttet til nye lokaler.");
        forged(m, forgedHost++);
        m.description = "forged From glostrup-bypost.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"hvissinge-fjernvarme.net", varme, "Vi er ved at flytte fjernvarmekunderne over i et nyt "
            + "afregningssystem, og under konverteringen er nogle kunders stamdata blevet overskrevet med forkerte kontonumre. "
            + "For at undgå fejlposteringer beder vi jer se bort fra den konto, der ligger i jeres kreditorsystem, og alene "
            + "indbetale til kontoen nederst på opkrævningen. Rådhusets målere er fjernaflæst som sædvanligt."},
            {"glostrup-anlaeg.com", entrep, "Fortovet på Østervej er færdigt. Vi har fået ny revisor, som har fået os til at "
                + "samle økonomien i en anden bank, så betal venligst til kontoen i bunden af fakturaen."},
            {"glostrup-traelast.net", byg, "Her er opgørelsen over månedens varer til Ejendomsservice. Bemærk, at vi fra i dag "
                + "har nyt kontonummer; indbetalinger til det gamle bliver afvist."},
            {"stationsbyens-el-glostrup.dk", el, "Lamperne i cykelkælderen og ved perronadgangen er skiftet til LED, og "
                + "armaturerne under trappen er tætnet mod fugt. Vores revisionsfirma har rådet os til at lægge alle "
                + "kundeindbetalinger over i en ny erhvervsbank ved årsskiftet, hvilket vi har fremrykket. Kontoen på fakturaen er "
                + "derfor den eneste, der skal bruges nu; den, I har registreret, lukker snart."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 3, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, varme.posing(d, varme.account()), mule(11), 6, List.of("Kontooplysninger rettet " + writtenDay(m, -2)), "",
            "Kundecentret fremsender hermed novemberopkrævningen for Rådhuset, Glostrup Bibliotek og Hvissingehus. I forbindelse "
                + "med vores nye aftale med pengeinstituttet er betalingsoplysningerne rettet, og den opdaterede konto er trykt "
                + "på opkrævningen. Vær venlig at rette kreditoroplysningerne, inden næste betalingsløb køres, så pengene ikke "
                + "skal sendes frem og tilbage.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as hvissinge-fjernvarme.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@glostrup.dk", "Lukket sag - deponering i formiddag")
            .text("Goddag\n\nDenne sag kører uden om den normale sagsgang efter aftale med borgmesteren. Glostrup har fået "
                + "tilbudt forkøbsret til en tom lagerbygning på hjørnet ved Ejby Industrivej, hvor materielgården tænkes "
                + "flyttet hen. Ejerens advokat forlanger, at 412.500 kr. deponeres på klientkontoen " + mule(14) + " allerede i "
                + "formiddag; ellers sælges bygningen til en logistikvirksomhed fra Køge, der står klar. Den underskrevne "
                + "købsaftale får du, så snart pengene er registreret. Tal ikke med nogen i Teknik og Miljø om det endnu, for "
                + "økonomiudvalget orienteres først på et lukket møde.\n\nMed venlig hilsen\nSekretariatet for borgmesteren");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret warehouse deposit this morning";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Kvitline", "info@kvitline-glostrup.dk", "kultur@glostrup.dk",
            "Høslæt i Ejby Mose: gebyr lægges til i nat")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Vi har endnu ikke registreret betaling for fakturaen fra <b>"
                + natur.name() + "</b> for høslættet på engene. Naturplejeren har bedt Kvitline lægge et rykkergebyr på 250 kr. "
                + "til i nat, hvis beløbet ikke er modtaget forinden. Du slipper for gebyret ved at betale med kommunens "
                + "indkøbskort på den sikre side herunder; det tager under et minut.</p><p><a href=\"https://"
                + "kvitline-glostrup.dk/betal/" + sha256("kv93").substring(0, 20) + "\">Betal med kort</a></p>"
                + "<p>Kvitline - fakturaer for små virksomheder</p></body></html>");
        ownedBy(m, "kvitline-glostrup.dk");
        m.description = "look-alike of the platform kvitline.dk: card-payment link before a 'fee' in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Regnskabsrute", "opkraevning@regnskabsrute-hvissinge.com", "vejogtrafik@glostrup.dk",
            smed.name() + " - fordring solgt til os")
            .text("Hej\n\nHvissinge Smedie har solgt sine udestående fakturaer, herunder regningen for rækværkerne ved "
                + "gangtunnelen, til os som led i en finansieringsaftale. Smedien kan derfor ikke længere modtage betaling for "
                + "den, og beløbet kan alene indbetales på vores klientkonto " + mule(15) + ". Betaler I direkte til smeden, kan "
                + "I efter aftalen blive opkrævet igen. Den overdragne faktura ligger vedhæftet.\n\nVenlig hilsen\n"
                + "Regnskabsrute, fordringsafdelingen")
            .attach("application/pdf", "rr-" + (5_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("regnskabsrute-hvissinge.com", mule(15)), "Faktura", "RR-" + (9_100 + rnd.nextInt(700)), amount(260_000),
                mule(15), 0, List.of("Transporteret til Regnskabsrute ifølge aftale med smedien")));
        ownedBy(m, "regnskabsrute-hvissinge.com");
        m.description = "look-alike of regnskabsrute.io: the smithy's claim 'sold' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Fakturaen er transporteret til vores factoringpartner"), "", "Vores selskab "
            + "har fra november overladt debitorstyringen til et factoringhus, der forudbetaler os for rengøringen på Rådhuset, "
            + "Jobcentret og biblioteket. Derfor er det nu deres konto, " + mule(16) + ", der står på fakturaen, og ikke vores "
            + "egen. Ændringen skal registreres som varig hos jer. Jeg er ude på vores pladser det meste af ugen og har dårlig "
            + "dækning, så send gerne bekræftelsen som svar på denne mail.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of glostrup-servicerengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@glostrup.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nLige en vigtig ting om fakturaen herunder, før den bliver betalt. Vores driftskonto er frosset et "
                + "par uger, mens banken gennemgår hvidvaskpapirerne efter et ejerskifte i holdingselskabet. For ikke at komme "
                + "bagud med lønnen til teknikerne beder vi jer overføre de " + p.amount().gross() + " kr. til reservekontoen "
                + mule(17) + " i denne omgang. Det gælder kun denne ene faktura; de næste går som normalt.\n\nBogholderiet\n"
                + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of ringvejens-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "hvissinge-tomrer.dk", "Skabene og dørene er monteret, og sløjden er ryddet"},
            {mad, "vestegnskoekkenet-glostrup.com", "Menuplanen for julefrokosten på Hvissingehus er på plads"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@glostrup.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\n" + h[i][2] + ", men jeg må lige stoppe betalingen af faktura " + p.no() + " (" + p.amount().gross()
                    + " kr.) et øjeblik. Vores nye revisor har gennemgået stamdata og opdaget, at kontonummeret på fakturaen hører "
                    + "til en konto, vi opsagde sidste år. Pengene skal derfor ind på " + mule(i + 3) + ". Skriv tilbage, når I har "
                    + "ændret det i jeres system, så jeg kan lukke sagen hos os.\n\nMange hilsner\n" + s.person()
                    + "\n\nFra: " + addr(s) + "\nSendt: " + writtenDay(m, -12) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@glostrup.dk", "Julemarkedet i Stationsparken - tilskud")
            .text("Hej\n\nFrivilliggruppen bag julemarkedet i Stationsparken mangler penge til boderne og lyskæderne, og jeg har "
                + "på byrådets vegne lovet dem et underskudstilskud på 95.000 kr. Udlejeren af boderne kører dem først ud, når "
                + "han har fået sine penge. Sæt derfor beløbet ind på " + mule(7) + " med teksten 'Julemarked Glostrup'. Jeg "
                + "sidder i KKR til sent i aften og kan ikke tage telefonen, så sms mig en kvittering, når det er sket.\n\n"
                + "Borgmesteren");
        forged(m, forgedHost++);
        m.description = "forged glostrup.dk (p=reject) from outside: the mayor's urgent Christmas market grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@glostrup.dk", "Søndervangens VVS - stamdata")
            .text("Hej\n\nJeg har lige talt med indehaveren af Søndervangens VVS, som har flyttet forretningen over i en ny bank "
                + "efter et generationsskifte. De er nervøse for, at novemberregningerne til Hvissingehus havner på den gamle "
                + "konto. Ret derfor deres stamdata til " + mule(8) + " før dagens betalingskørsel. Jeg har selv godkendt "
                + "ændringen, så den skal ikke rundt til attestation.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged glostrup.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.glostrup@gmail.com", "oekonomi@glostrup.dk", "Har du to minutter?")
            .text("Hej\n\nSidder du ved skrivebordet? Jeg er i Aarhus til et møde i KL og har kun mobilen med. Vi har en "
                + "betaling, der skal ud i dag og uden den sædvanlige godkendelsesgang. Svar på denne mail, så får du "
                + "detaljerne.\n\nSendt fra min Android");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in Aarhus'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.glostrup@outlook.com", "indkoeb@glostrup.dk", "Tak til løvriverne")
            .text("Hej\n\nGrundejerforeningen i Hvissinge har lagt et kæmpe arbejde i løvrivningen langs stierne i år, og jeg vil "
                + "sige tak med et gavekort til hver af de 15 frivillige, 1.000 kr. stykket. Kan du købe dem i en webshop og "
                + "sende mig koderne som et billede? Jeg har ikke indkøbskortet med, men jeg lægger selv ud og får pengene via "
                + "mit udlæg. Helst inden frokost.\n\nHilsen borgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Andersen", "louise.andersen.glostrup@gmail.com", "loen@glostrup.dk", "Ny konto til min løn")
            .text("Hej Løn\n\nJeg hedder Louise og er social- og sundhedshjælper i distrikt Syd i hjemmeplejen, mest aftenvagter. "
                + "Efter et svindelforsøg på min netbank har banken lukket min lønkonto, og jeg har fået en ny i en digital bank. "
                + "Decemberlønnen og fremad skal derfor gå til " + mule(0) + ". Mit MitID driller, så jeg kan hverken ændre "
                + "NemKonto eller komme ind på personaleportalen. Kan I ikke skrive det ind direkte? Jeg er på arbejde i aften, "
                + "hvis der skal skrives under på noget.\n\nLouise Andersen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care assistant";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Frost", "mikkel.frost.hvissinge@hotmail.com", "loen@glostrup.dk", "Lønkonto")
            .text("Hej\n\nJeg er pedel på Nordvangskolen. Min kæreste har fået job i Cork, og vi flytter derover efter jul, så "
                + "jeg har allerede åbnet en irsk bankkonto. Jeg bliver på skolen til marts, men lønnen skal sættes ind på "
                + mule(6) + " fra næste lønkørsel, så vi kan betale depositum på lejligheden. Min danske konto lukker snart."
                + "\n\nHilsen Mikkel Frost, pedel");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Glostrup Inkassobureau", "sag@glostrup-inkassobureau.dk", "kreditor@glostrup.dk", "Inkassosag - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + ", kreditorafdelingen\n\nVores klient, " + inkasso[i].name() + ", har overgivet den "
                    + "ubetalte faktura " + p.no() + " på " + p.amount().gross() + " kr. til os efter to påmindelser, som "
                    + "kommunen ifølge klienten har ladet ligge. Kravet forhøjes med salær og gebyr, i alt 565 kr. Beløbet skal "
                    + "stå på vores klientkonto " + mule(i + 9) + " senest tredje hverdag fra i dag. Er det ikke sket, indgiver vi "
                    + "betalingspåkrav til fogedretten i Glostrup, og kommunen meldes som dårlig betaler til "
                    + "kreditoplysningsbureauerne.\n\nGlostrup Inkassobureau\nSagsbehandler, fordringsafdelingen");
            ownedBy(m, "glostrup-inkassobureau.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv Support", "support@mitid-glostrup.com", "it@glostrup.dk", "Handling krævet: MitID Erhverv")
            .html("<html><body><p>Kære administrator</p><p>Organisationens MitID Erhverv-aftale mangler en årlig fornyelse. "
                + "Hvis den ikke fornyes inden 24 timer, spærres alle medarbejderes erhvervsidentiteter i " + KOMMUNE + ".</p>"
                + "<p><a href=\"https://mitid-glostrup.com/forny\">Forny aftalen nu</a></p></body></html>");
        ownedBy(m, "mitid-glostrup.com");
        m.description = "fake MitID Erhverv renewal with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-hvissinge.com", "oekonomi@glostrup.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt en meddelelse til jeres "
                + "virksomhedspostkasse om en efterregulering af momskompensation for tredje kvartal. Meddelelsen skal åbnes af "
                + "en person med fuldmagt inden fredag, ellers sendes kravet til opkrævning med renter.</p><p><a href=\""
                + "https://digitalpost-hvissinge.com/aabn\">Åbn meddelelsen</a></p><p>Med venlig hilsen<br>Digital Post "
                + "Erhverv</p></body></html>");
        ownedBy(m, "digitalpost-hvissinge.com");
        m.description = "fake Digital Post notice with a link";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "fornyelse@glostrup-domaeneservice.net", "it@glostrup.dk", "glostrup.dk - registrering løber ud")
            .text("Til " + KOMMUNE + ", IT-afdelingen\n\nVores overvågning viser, at registreringen af glostrup.dk løber ud om "
                + "fem dage. Fornyes domænet ikke, holder hjemmesiden, selvbetjeningen og al e-mail op med at virke samme døgn, "
                + "og domænet kan blive overtaget af andre. Tre års fornyelse koster 4.890 kr. ekskl. moms og gennemføres, når "
                + "beløbet er modtaget på " + mule(4) + " med domænenavnet i tekstfeltet. Ønsker I ikke at forny, skal I ikke "
                + "foretage jer noget.\n\nDomæneservice, fornyelsesteamet");
        ownedBy(m, "glostrup-domaeneservice.net");
        m.description = "fake domain renewal for our own domain, pay to a PL account";
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "faktura@glostrup-domaeneservice.net", "oekonomi@glostrup.dk", "Faktura: SSL og domæne")
            .text("Hej\n\nVedlagt faktura for fornyelse af SSL-certifikat og domænet glostrupbibliotek.dk. Betaling skal ske "
                + "inden 48 timer for at undgå afbrydelse.\n\nDomæneservice")
            .attach("application/pdf", "DS-" + (30_000 + rnd.nextInt(9_000)) + ".pdf", Attachments.pdf(docId(m, "ds"),
                "Faktura domæneservice", List.of("Fornyelse SSL og domæne, 1 år", "I alt 6.237,50 kr.", "Betal til " + mule(12))));
        ownedBy(m, "glostrup-domaeneservice.net");
        m.description = "fake SSL and domain invoice with a 48-hour deadline, CY IBAN";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "P-Kontrol Glostrup", "afgift@glostrup-p-kontrol.dk", "ejendomsservice@glostrup.dk",
            "Kontrolafgift 55120 - pendlerpladsen ved stationen")
            .html("<html><body><p>En hvid varebil med kommunens logo blev i går noteret på pendlerpladsen ved Glostrup Station "
                + "i over en time uden gyldig parkeringsbillet eller tilladelse i appen. Afgiften er 790 kr. Betales den inden "
                + "fem dage via QR-koden herunder, bortfalder opkrævningsgebyret. Indsigelser behandles ikke pr. mail.</p>"
                + "<p><img src=\"cid:qr\" alt=\"QR\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "glostrup-p-kontrol.dk");
        m.description = "QR code for a parking 'fine' at the station";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "kundeservice@ejby-betalingsservice.net", "oekonomi@glostrup.dk",
            "Jeres aftaler er sat på pause")
            .html("<html><body><p>Kære kunde</p><p>Vi har midlertidigt standset jeres faste overførsler, fordi kontrollen af "
                + "kontohaveren ikke kunne gennemføres. Åbn kameraet på telefonen og scan koden for at bekræfte jer som "
                + "kontohaver; så genoptages betalingerne til el, vand og leasing automatisk fra næste bankdag.</p>"
                + "<img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "ejby-betalingsservice.net");
        m.description = "QR code to 'reactivate paused payment agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "adm@glostrup-servicerengoring.dk", "kreditor@glostrup.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVores PDF'er er blevet blokeret hos jer før, så denne gang er fakturaen zippet. Bemærk de nye "
                + "betalingsoplysninger.\n\nAdministration")
            .attach("application/zip", "faktura_" + no + ".zip", Attachments.zip("faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("glostrup-servicerengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontoen i fakturaen."));
        ownedBy(m, "glostrup-servicerengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of glostrup-servicerengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "kontor@sondervang-vvs-hvissinge.net", "kreditor@glostrup.dk", "Samlede fakturaer november")
            .text("Hej\n\nAlle novemberfakturaer for Hvissingehus og Søndervangskolen er samlet i én 7z-fil, fordi vores nye "
                + "mailprogram ikke kan sende så mange PDF'er ad gangen. Pak filen ud med 7-Zip eller et lignende program. OBS: "
                + "vi har skiftet bank, og det nye kontonummer står inde i fakturaerne.\n\nKontoret")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("sondervang-vvs-hvissinge.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "sondervang-vvs-hvissinge.net");
        m.description = "invoice PDF inside a 7z from a look-alike of sondervang-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@glostrup-kontorforsyning.net", "indkoeb@glostrup.dk", "Kopipapir og blæk - ordre "
            + "og faktura")
            .text("Hej indkøb\n\nOrdrebekræftelsen på kopipapir og blækpatroner og selve fakturaen kommer i samme Word-fil denne "
                + "gang, fordi prislisten hentes ind fra vores lagersystem. Når filen åbner i beskyttet visning, så tryk på den "
                + "gule bjælke for at tillade redigering og derefter makroerne, ellers står tabellerne tomme. Læg mærke til de "
                + "nye betalingsoplysninger nederst.\n\nOrdrekontoret, Glostrup Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura.docm", Attachments.word(
                "Ordrebekræftelse og faktura. Priserne vises, når indholdet er aktiveret.", true));
        ownedBy(m, "glostrup-kontorforsyning.net");
        m.description = "macro-enabled .docm from a look-alike of glostrup-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, "Bogholderiet", "bogholderi@ringvejens-it-glostrup.net", "it@glostrup.dk", "Chromebooks mellemtrinnet - "
            + "månedsopgørelse")
            .text("Hej IT\n\nHer er månedens opgørelse over Chromebooks, Google-licenser og reparationer på mellemtrinnet, fordelt "
                + "på skolerne. Regnearket henter dagskurser og rabatter ind via en makro, så vælg at aktivere indholdet, når "
                + "Excel spørger, ellers bliver kolonnen med totaler blank. Vi har i øvrigt skiftet pengeinstitut; se fanen med "
                + "betaling.\n\nBogholderiet, Ringvejens IT")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebooks_nov.xlsm", Attachments.excel(List.of(
                "Opgørelse Chromebooks november 2036", "Chromebook og licens 360 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "ringvejens-it-glostrup.net");
        m.description = "macro-enabled .xlsm from a look-alike of ringvejens-it.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "per@hovedvejens-maler-glostrup.dk", "skoler@glostrup.dk", "Malerarbejde Nordvangskolen")
            .text("Hej\n\nPrinteren på værkstedet er stået af, så jeg har fotograferet regningen for malerarbejdet i "
                + "klasselokalerne på Nordvangskolen med mobilen. Håber den kan læses. Jeg har fået ny bank, og det nye "
                + "kontonummer står skrevet med kuglepen nederst på sedlen.\n\nPer, Hovedvejens Malerforretning")
            .attach("image/jpeg", "IMG_4471.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "hovedvejens-maler-glostrup.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of hovedvejens-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "bo@hvissinge-vognmand.net", "vejogtrafik@glostrup.dk", "Faktura jordkørsel")
            .text("Hej\n\nFakturaen for kørslen fra Sydvestvej er scannet ind og vedhæftet. Der er ny konto på.\n\nBo")
            .attach("application/pdf", "Scan_20361203.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "hvissinge-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of hvissinge-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Licenscenter", "ordre@glostrup-licenscenter.com", "it@glostrup.dk", "Ordre 66120 er registreret")
            .text("Jeres bestilling af 300 Office-licenser til 2.150 kr. pr. stk. er registreret og faktureres i morgen. Er "
                + "ordren afgivet ved en fejl, skal den annulleres telefonisk i dag på 78 77 31 04.\n\nLicenscenter");
        ownedBy(m, "glostrup-licenscenter.com");
        m.description = "callback scam: fake licence order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Licenscenter", "kundeservice@glostrup-licenscenter.com", "indkoeb@glostrup.dk", "Automatisk fornyelse")
            .text("Kære kunde\n\nJeres serviceaftale på antivirus til 900 pc'er i administration og på skolerne er fornyet "
                + "automatisk for 36 måneder. Prisen, 71.400 kr. ekskl. moms, opkræves om fire dage. Fornyelsen kan kun "
                + "stoppes ved at ringe til vores support på 78 77 31 05 inden kl. 15 i morgen.\n\nLicenscenter, Kundeservice");
        ownedBy(m, "glostrup-licenscenter.com");
        m.description = "callback scam: auto-renewed antivirus agreement";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "mb@glostrup-anlaeg-aps.dk", "efaktura@glostrup.dk", "E-faktura " + no + " som fil")
            .text("Hej efaktura\n\nGlostrup Anlæg er gået fra det gamle økonomisystem til et cloudprogram, der endnu ikke er "
                + "tilmeldt NemHandel, så indtil videre sender vi e-fakturaen som XML-fil direkte til jer. Den kan læses ind i "
                + "jeres system som normalt. Betalingskontoen i filen er vores nye konto efter bankskiftet.\n\nMed venlig "
                + "hilsen\n" + entrep.name())
            .attach("application/xml", "faktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "GK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "glostrup-anlaeg-aps.dk");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "bogholderi@ringvejens-it-glostrup.net", "efaktura@glostrup.dk", "OIOUBL " + no)
            .text("OIOUBL-filen er vedlagt. Vi har opdateret bankoplysningerne efter bankskiftet i oktober.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "GK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "ringvejens-it-glostrup.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of ringvejens-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Underskriftsbordet", "dokument@signatur-glostrup.dk", "kultur@glostrup.dk",
            "Glostrup Idrætsforening afventer din signatur")
            .html("<html><body><p>Glostrup Idrætsforening har sendt dig 'Tillæg til haltidsaftale - ekstra weekendtider i "
                + "Glostrup Idrætspark' til elektronisk underskrift. Af sikkerhedshensyn gælder invitationen kun i dag; åbn "
                + "dokumentet og bekræft med din arbejdsmail.</p><p><a href=\"https://signatur-glostrup.dk/d/"
                + sha256("sg93").substring(0, 16) + "\">Åbn dokumentet</a></p></body></html>");
        ownedBy(m, "signatur-glostrup.dk");
        m.description = "fake e-signature request imitating underskriftsbordet.dk and the sports club";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@ejby-dokumentdeling.net", "ejendomsservice@glostrup.dk", "Lejekontrakt lagerhal B")
            .html("<html><body><p>Ejby Erhvervsudlejning har delt 'Lejekontrakt - lagerhal B, Ejby Industrivej' med "
                + "Ejendomsservice. Dokumentet er beskyttet, og du skal bekræfte din identitet med brugernavn og adgangskode fra "
                + "din arbejds-pc, før du kan læse og underskrive.</p><p><a href=\"https://ejby-dokumentdeling.net/login\">"
                + "Bekræft og åbn</a></p></body></html>");
        ownedBy(m, "ejby-dokumentdeling.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "korsel@vestvej-minibus-glostrup.net", "kreditor@glostrup.dk", "Betaling af " + p.no()
            + " - delt")
            .text("Goddag kreditor\n\nMinibusserne kører som aftalt til aktivitetscentret hele december. Vi er dog ved at skifte "
                + "pengeinstitut, og den nye bank kræver, at kontoen prøvekøres med et par rigtige kundebetalinger, inden den "
                + "gamle opsiges. Derfor denne lidt usædvanlige bøn: faktura " + p.no() + " på " + p.amount().gross() + " kr. "
                + "deles i to halvdele, hvor den første går ad den vante vej, mens den anden sendes til " + mule(9) + ". "
                + "Beløb, fakturanummer og CVR er de samme.\n\nKørselskontoret, Vestvej Minibusser");
        ownedBy(m, "vestvej-minibus-glostrup.net");
        m.description = "split payment on the minibus firm's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "kontor@sondervang-vvs-glostrup.dk", "kreditor@glostrup.dk", "Ang. faktura " + p.no())
            .text("Hej\n\nAngående faktura " + p.no() + ": vores bank har indført et månedligt loft over, hvad der kan indsættes "
                + "på driftskontoen, mens de gennemgår vores kreditramme. Send derfor 25.000 kr. til den kendte konto og resten "
                + "til " + mule(10) + ", som er vores projektkonto. Det er samme firma og samme CVR, så det er ikke noget, I "
                + "skal bekymre jer om.\n\nKontoret, Søndervangens VVS");
        ownedBy(m, "sondervang-vvs-glostrup.dk");
        m.description = "split payment on Søndervangens VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-light-rail-utility-relocation-invoice
        M m = bad("fake-light-rail-utility-relocation-invoice");
        invoice(m, ledning.posing("ejby-ledningsteknik.com", ledning.account()), mule(0), 9,
            List.of("Koordineringssag " + railCase + ", ekstraarbejde"), "", "Letbanens hovedentreprenør flyttede sporaksen "
                + "ved stoppestedet på Glostrup Station med kort varsel, og vi måtte derfor grave kommunens signalkabler og "
                + "vejbelysning op igen og lægge dem om en gang til. Ekstraarbejdet er faktureret under koordineringssagen. "
                + "Efter en omstrukturering i koncernen har vi ny bankforbindelse, så benyt kontoen på fakturaen.");
        ownedBy(m, "ejby-ledningsteknik.com");
        m.description = "look-alike of the real utility contractor cites its real light-rail case, 'track axis moved', LT IBAN";
        m = bad("fake-light-rail-utility-relocation-invoice");
        headers(m, "Letbanekoordinering Glostrup", "afregning@glostrup-letbanekoordinering.dk", "vejogtrafik@glostrup.dk",
            "Kommunens andel af ledningsomlægningen")
            .text("Til Vej og Trafik\n\nEfter anlægsloven for letbanen bærer kommunen udgiften til omlægning af egne ledninger "
                + "i tracéet. Vi har som koordinerende part lagt beløbet ud over for entreprenørerne og opkræver hermed "
                + "Glostrups andel for strækningen mellem Glostrup Station og Ejby: 186.250,00 kr. inkl. moms, som indbetales "
                + "på " + mule(4) + " inden ti dage.\n\nLetbanekoordinering Glostrup");
        ownedBy(m, "glostrup-letbanekoordinering.dk");
        m.description = "unknown 'coordinator' bills the municipality's 'share' of the light-rail utility relocation (PL IBAN)";
        m = bad("fake-light-rail-utility-relocation-invoice");
        headers(m, "Hvissinge Ledningsregister", "gravning@hvissinge-ledningsregister.dk", "kreditor@glostrup.dk",
            "Forudbetaling: ledningspåvisning før genoptaget gravearbejde")
            .text("Hej\n\nGravearbejdet ved letbanen langs Ring 3 er standset, indtil kommunens egne kabler er påvist og "
                + "afmærket på stedet. Vi kan sende to påvisere ud i morgen, men kun mod forudbetaling af 23.400 kr. til "
                + mule(5) + ". Hver dag arbejdet står stille, koster entreprenørens ventetid kommunen mere.\n\nHvissinge "
                + "Ledningsregister");
        ownedBy(m, "hvissinge-ledningsregister.dk");
        m.description = "prepayment for 'cable location before digging can resume' at the light rail (GB IBAN)";

        // fake-library-sorting-machine-service-invoice
        m = bad("fake-library-sorting-machine-service-invoice");
        invoice(m, bogretur.posing("glostrup-bogretur.dk", bogretur.account()), mule(9), 12,
            List.of("Serviceaftale " + sorterAgreement + " - tilkaldebesøg"), "", "Bibliotekets afleveringsautomat meldte "
                + "fejl på transportbåndet i lørdags, og vores tekniker skiftede motor og to RFID-læsere, så lånerne kunne "
                + "aflevere bøger igen mandag morgen. Tilkaldebesøg uden for normal åbningstid er ikke omfattet af "
                + "serviceaftalen. Vores konto er ny; den står på fakturaen.");
        ownedBy(m, "glostrup-bogretur.dk");
        m.description = "look-alike of the sorting-machine firm cites the real agreement, 'weekend call-out' (HU IBAN)";
        m = bad("fake-library-sorting-machine-service-invoice");
        headers(m, "Hvissinge Biblioteksteknik", "licens@hvissinge-biblioteksteknik.dk", "bibliotek@glostrup.dk",
            "Faktura: licensfornyelse til sorteringssoftware")
            .text("Kære Glostrup Bibliotek\n\nStyringsprogrammet bag jeres afleverings- og sorteringsautomat kører på en "
                + "årslicens, som udløber ved nytår. Fornyes den ikke, går automaten i nødstop, og de afleverede bøger bliver "
                + "liggende i returkassen uden at blive sorteret eller meldt afleveret. Licensen for 2037 koster 27.875,00 kr. "
                + "inkl. moms og skal være indbetalt til " + mule(10) + " senest den 20. december, så vi kan nå at lægge den nye "
                + "nøgle ind.\n\nHvissinge Biblioteksteknik, licensafdelingen")
            .attach("application/pdf", "licens2037.pdf", Attachments.pdf(docId(m, "lic93"), "Faktura licens 2037",
                List.of("Hvissinge Biblioteksteknik", "Licensnøgle til sorteringsstyringen, kalenderåret 2037",
                    "Beløb med moms 27.875,00", "Betaling til " + mule(10))));
        ownedBy(m, "hvissinge-biblioteksteknik.dk");
        m.description = "unknown firm bills a 'software licence' for the sorting machine, PDF (RO IBAN)";
        m = bad("fake-library-sorting-machine-service-invoice");
        headers(m, "Ejby Mose RFID Service", "eftersyn@ejbymose-rfid-service.dk", "ejendomsservice@glostrup.dk",
            "Lovpligtigt sikkerhedseftersyn af transportbånd")
            .text("Goddag\n\nTransportbånd i offentligt tilgængelige automater skal efter maskindirektivet have et årligt "
                + "dokumenteret sikkerhedseftersyn. Vi har booket jeres afleveringsautomat på biblioteket i uge 51. Som "
                + "bekræftelse beder vi om et depositum på 8.750 kr. til " + mule(11) + "; resten afregnes efter "
                + "eftersynet.\n\nEjby Mose RFID Service");
        ownedBy(m, "ejbymose-rfid-service.dk");
        m.description = "'mandatory safety inspection' of the sorting conveyor with a deposit (BG IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus93().generate(), List.of(
            "# Glostrup Kommune, Økonomi: invoice checks (ninety-third held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=hvissinge-fjernvarme.dk glostrup-anlaeg.dk ejby-ledningsteknik.dk "
                + "bogretur-automatik.dk hvissinge-toemrer.dk hovedvejens-maler.dk glostrup-servicerengoering.dk "
                + "glostrup-bypost.dk hvissinge-vognmand.dk stationsbyens-el.dk sondervang-vvs.dk vestegnskoekkenet-as.dk "
                + "glostrup-traelast.dk ringvejens-it.dk vestvej-minibus.dk glostrup-kontorforsyning.dk "
                + "aquavest-vandbehandling.dk",
            "invoice.domains.platforms=kvitline.dk regnskabsrute.io fakturavippe.com betalstien.dk",
            "invoice.names.protected=Glostrup Kommune"));
    }
}
