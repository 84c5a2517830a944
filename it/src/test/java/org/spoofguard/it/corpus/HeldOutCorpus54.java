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
 * The fifty-fourth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Gribskov Kommune ({@value #OWN}, p=reject), the north-coast municipality of Zealand: the town hall in Helsinge, Gilleleje
 * harbour and its fish auction, Græsted, Vejby, the coast at Rågeleje, Dronningmølle, Smidstrup and Udsholt with their
 * summer-house areas, Tisvilde, Esrum Kloster and Esrum Sø, and the Gribskov forest. Seventeen listed suppliers in every DNS
 * posture real Danish firms have (one sending through a web hoster), four invoicing platforms ({@code pengeflod.dk},
 * {@code ruteregning.dk}, {@code sendbilag.io}, {@code tallyport.com}), a coastal engineering firm doing the yearly sand
 * nourishment, the fish auction that supplies ice and fish-waste handling to the harbour, a summer-house waste collector,
 * sole traders on free mail, foreign suppliers, SaaS, an ESP, an e-signature service, banks, a creditor list, forwarders and
 * fraudsters' own domains, each carrying a full place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * NemHandel notices, inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives, macro documents,
 * image-only invoices, callback scams, payroll changes, look-alikes, homoglyphs, e-invoice XML with a changed payee, fake
 * e-signature requests) and three kinds new here: landing, ice or auction charges from the Gilleleje fish auction billed by
 * someone else (fake-fish-auction-settlement-invoice); sand nourishment or groyne repair on the north coast billed by someone
 * who never moved sand (fake-sand-nourishment-invoice); and summer-house waste collection in Udsholt, Rågeleje or Smidstrup
 * billed to a new account (fake-summerhouse-waste-collection-invoice). The invoice engine, its tests, tuning notes and
 * earlier results were not read. Labels say what a mail is when it was written; {@code genuine_auth_invoice} is derived
 * from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus54GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus54 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout54");
    public static final String OWN = "gribskov.dk";
    static final String FRAUD_NET = "127.254.";
    private static final String OWN_IP = "127.54.0.1";
    private static final String EAN = "5798000355212";
    private static final String KOMMUNE = "Gribskov Kommune";
    private static final String RAADHUS = "Rådhusvej 3, 3200 Helsinge";
    private static final String HOSTER_IP = "127.54.9.1";
    private static final String GMAIL = "127.56.1.1";
    private static final String MSFT = "127.56.2.1";
    private static final String APPLE = "127.56.5.1";

    private final Random rnd = new Random(54_3200_2037L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The coastal firm's nourishment contract number (the frauds cite it). */
    private String sandContract;
    /** The fish auction's harbour customer number (the frauds cite it). */
    private String auctionCustomer;
    /** The waste collector's summer-house route contract (the frauds cite it). */
    private String wasteRoute;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 3, 2, 7, 5, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 4, 6, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Græsted Varmeværk a.m.b.a.", "graested-varmevaerk.dk", "Kundecenter",
        "kunde", "127.54.1.1", iban("DK", "30000012874466"), "fjernvarme til Græsted Skole, Græsted Hallen og Plejecenter Trongården");
    private final Supplier kyst = new Supplier("Nordkystens Kystteknik ApS", "nordkystens-kystteknik.dk", "Mette Rask",
        "mr", "127.54.1.2", bank("2191", "6874120093"), "sandfodring mellem Gilleleje og Rågeleje og reparation af høfder");
    private final Supplier auktion = new Supplier("Gilleleje Fiskeauktion A/S", "gilleleje-fiskeauktion.dk", "Auktionskontoret",
        "kontor", "127.54.1.3", iban("DK", "20000003318822"), "is til havnens fiskere og bortskaffelse af fiskeaffald fra kajerne");
    private final Supplier renovation = new Supplier("Udsholt Sommerhusrenovation ApS", "udsholt-renovation.dk", "Jonna Krag",
        "jonna", "127.54.1.4", bank("0400", "4017733561"), "tømning af dagrenovation og haveaffald i sommerhusområderne");
    private final Supplier anlaeg = new Supplier("Vejby Anlæg & Entreprise ApS", "vejby-anlaeg.dk", "Bo Frandsen", "bf",
        "127.54.1.5", bank("2191", "6874398817"), "nyt slidlag og grøfter langs skovvejene i Gribskov");
    private final Supplier skov = new Supplier("Esrum Skovservice v/ Karsten Holm", "esrum-skovservice.dk", "Karsten Holm",
        "karsten", "127.54.1.6", iban("DK", "30000012901178"), "rydning af skovbryn og farlige træer langs Esrum Sø");
    private final Supplier snedker = new Supplier("Smidstrup Tømrer & Snedker ApS", "smidstrup-snedker.dk", "Rasmus Vig", "rv",
        "127.54.1.7", bank("0400", "4017812044"), "nye bænke og gangbro ved Smidstrup Strand");
    private final Supplier maler = new Supplier("Dronningmølle Malerforretning v/ Pia Lund", "dronningmolle-maler.dk", "Pia Lund",
        "pia", "127.54.1.8", bank("2191", "6874450021"), "indvendig maling, Dronningmølle Børnehus");
    private final Supplier rengoring = new Supplier("Helsinge Rengøringsteam ApS", "helsinge-rengoringsteam.dk", "Bogholderiet",
        "bogholderi", "127.54.1.9", iban("DK", "20000003345510"), "rengøring af Rådhuset i Helsinge og Gilleleje Bibliotek");
    private final Supplier avis = new Supplier("Nordkysten Ugeavis", "nordkysten-ugeavis.dk", "Annonceafdelingen", "annonce",
        "127.54.1.10", iban("DK", "30000012922040"), "annoncer om høring af kystbeskyttelsesprojekt og ledige stillinger");
    private final Supplier vognmand = new Supplier("Rågeleje Vognmandsforretning", "raageleje-vognmand.dk", "Per Jessen", "per",
        "127.54.1.11", bank("0400", "4017900318"), "kørsel med strandsand og bortkørsel af tang fra Rågeleje Strand");
    private final Supplier el = new Supplier("Tisvilde El-Service ApS", "tisvilde-elservice.dk", "Kim Søndergaard", "kim",
        HOSTER_IP, bank("2191", "6874511206"), "ny belysning på Gilleleje Havn og tavleskift i auktionshallen");
    private final Supplier vvs = new Supplier("Græsted VVS & Blik ApS", "graested-vvs-blik.dk", "Ordrekontoret", "ordre",
        "127.54.1.13", bank("0400", "4017955602"), "nye tagrender og service på varmepumper, Vejby Skole");
    private final Supplier mad = new Supplier("Helsinge Madværksted A/S", "helsinge-madvaerksted.dk", "Helsinge Madværksted, Økonomi",
        "okonomi", "127.54.1.14", iban("DK", "20000003370014"), "mad til hjemmeboende ældre og plejecentrene");
    private final Supplier it = new Supplier("Kattegatkystens Skole-IT ApS", "kattegat-skoleit.dk", "Debitor", "debitor",
        "127.54.1.15", bank("2191", "6874603377"), "drift af skolernes netværk og elevcomputere");
    private final Supplier bus = new Supplier("Nordkystens Busser ApS", "nordkystens-busser.dk", "Trafikplanlægningen", "planlaeg",
        "127.54.1.16", iban("DK", "30000012955872"), "skolebuskørsel Vejby-Græsted-Helsinge og kørsel til svømning");
    private final Supplier kontor = new Supplier("Helsinge Kontorforsyning ApS", "helsinge-kontorforsyning.dk", "Salg", "salg",
        "127.54.1.17", bank("0400", "4018014476"), "kopipapir, toner og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Gilleleje Bådebyggeri og Smedie", "gilleleje-baadebyg.dk", "Niels Ottesen", "niels",
        "127.54.2.1", bank("2191", "6874688100"), "nye fortøjningsringe og lejder på Gilleleje Havns vestbassin");
    private final Supplier natur = new Supplier("Skovbryn Naturpleje v/ Signe Dam", "skovbryn-naturpleje.dk", "Signe Dam", "signe",
        "127.54.2.2", iban("DK", "20000003401257"), "slåning af strandenge ved Rågeleje");
    private final Supplier guide = new Supplier("Kystguide v/ Torben Blom", "gmail.com", "Torben Blom", "torben.blom.kystguide",
        GMAIL, bank("0400", "4018066213"), "naturvejledning på stranden for 4. årgang, 3 dage");
    private final Supplier tolk = new Supplier("Tolkeservice v/ Hana Saleh", "outlook.com", "Hana Saleh", "hana.saleh.tolk", MSFT,
        bank("2191", "6874704412"), "tolkning arabisk-dansk i Jobcentret, 5 samtaler");
    private final Supplier musik = new Supplier("Harmonikaspiller Bent Friis", "icloud.com", "Bent Friis", "bent.friis.harmonika",
        APPLE, bank("0400", "4018091150"), "musik til sommerfest på Plejecenter Trongården");
    private final Supplier tysk = new Supplier("Sylter Sandschutz GmbH", "sylter-sandschutz.de", "Buchhaltung", "buchhaltung",
        "127.57.1.1", iban("DE", "217500000014778812"), "Sandfangzäune aus Kastanienholz, 600 m");
    private final Supplier svensk = new Supplier("Höganäs Fisklådor AB", "hoganas-fisklador.se", "Fakturering", "faktura",
        "127.57.2.1", iban("SE", "30000000031201884472"), "fiskelådor i plast till auktionshallen, 400 st");

    private final List<Supplier> listed = List.of(varme, kyst, auktion, renovation, anlaeg, skov, snedker, maler, rengoring, avis,
        vognmand, el, vvs, mad, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a full place name of Gribskov; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"graested-varmevaerk.com", "vejby-anlag.dk", "helsinge-kontorforsyning.net",
        "tisvilde-el-service.dk", idn("gr\u0430ested-vvs-blik.dk"), idn("gribsk\u043ev.dk"), "pengeflod-helsinge.dk",
        "sendbilag-gilleleje.com", "smidstrup-tomrer.dk", "helsinge-madvarksted.dk", "helsinge-inkasso.dk", "mitid-graested.com",
        "digitalpost-vejby.com", "nemhandel-helsinge.net", "gilleleje-havneparkering.dk", "dronningmolle-betaling.net",
        "helsinge-ordrekontor.com", "helsinge-rengoring.net", "graested-vvs.net", "smidstrup-skoleit.dk",
        "udsholt-kontorservice.dk", "dronningmolle-malerfirma.dk", "rageleje-vognmand.net", "vejby-anlaeg.net",
        "smidstrup-it-drift.net", "signerpunkt-esrum.dk", "tisvilde-dokument.net", "gilleleje-busser.dk", "graested-blik.net",
        "gilleleje-fiskeauktion.net", "gilleleje-havnekontor.dk", "smidstrup-fiskeriforening.dk", "rageleje-kystteknik.dk",
        "dronningmolle-sandfodring.dk", "tisvilde-kystsikring.dk", "udsholt-renovation.net", "vejby-sommerhusrenovation.dk",
        "smidstrup-affald.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(kyst.domain(), List.of(kyst.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(auktion.domain(), List.of(auktion.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(renovation.domain(), null, null, DkimAlgorithm.ED25519_SHA256, "quarantine"); // DKIM only
        domain(anlaeg.domain(), List.of(anlaeg.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain(skov.domain(), List.of(skov.ip()), "-all", null, null); // SPF only, no DMARC
        domain(snedker.domain(), List.of(snedker.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoring.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.54.98.11"), "~all", null, "none"); // SPF names only its order system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(it.domain(), List.of(it.ip(), "127.54.1.25"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null);
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nordsj-affald.dk", List.of("127.154.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kystmyndigheden.dk", List.of("127.154.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("esrum-kloster-moellegaard.dk", List.of("127.154.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("vejby-friskole.dk", List.of("127.154.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("helsinge-revision.dk", List.of("127.154.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("helsinge-jernhandel.dk", List.of("127.154.5.1"), "-all", null, "none");
        domain("gilleleje-sejlklub.dk", List.of("127.154.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("pengeflod.dk", List.of("127.154.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ruteregning.dk", List.of("127.154.12.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("sendbilag.io", List.of("127.154.13.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("tallyport.com", List.of("127.154.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("nordkystens-sparekasse.dk", List.of("127.154.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kattegat-andelskasse.dk", List.of("127.154.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-nordsjaelland.dk", List.of("127.154.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nordsj-bogholdere.dk", List.of("127.154.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hovedstadens-indkobere.dk", List.of("127.154.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postflyver.com", List.of("127.154.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelraad-nordsjaelland.dk", List.of("127.154.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.nordkyst-fiber.dk", List.of("127.154.28.1"), "-all", null, null);
        domain("relay.helsinge-net.dk", List.of("127.154.29.1"), "-all", null, null);
        domain("skolespor.io", List.of("127.154.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtspejl.dk", List.of("127.154.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signerpunkt.dk", List.of("127.154.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 3 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 4 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 71_500 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no54:" + s.domain()).hashCode(), 5)) {
            case 0:
                return "F" + (2037_0000 + rnd.nextInt(9_000));
            case 1:
                return "GK-" + (700 + rnd.nextInt(8_000)) + "-37";
            case 2:
                return String.valueOf(118_000 + rnd.nextInt(40_000));
            case 3:
                return "37." + String.format("%04d", 10 + rnd.nextInt(2_000));
            default:
                return "INV" + (5_400 + rnd.nextInt(4_000));
        }
    }

    private static final String[] TO = {"faktura@gribskov.dk", "kreditorer@gribskov.dk", "faktura@gribskov.dk",
        "okonomi@gribskov.dk", "vejepark@gribskov.dk", "havn@gribskov.dk", "skole@gribskov.dk", "omsorg@gribskov.dk",
        "ejendomme@gribskov.dk", "affald@gribskov.dk", "kyst@gribskov.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf54:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(25_000_000 + Math.floorMod(sha256("cvr54:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(83_000_000 + Math.floorMod(sha256("fi54:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "graested-varmevaerk.dk" -> "Værkstedvej 2, 3230 Græsted";
            case "nordkystens-kystteknik.dk" -> "Kystvejen 41, 3250 Gilleleje";
            case "gilleleje-fiskeauktion.dk" -> "Havnevej 8, 3250 Gilleleje";
            case "udsholt-renovation.dk" -> "Udsholt Strandvej 77, 3230 Græsted";
            case "vejby-anlaeg.dk" -> "Vejbyvej 112, 3210 Vejby";
            case "esrum-skovservice.dk" -> "Klostergade 19, Esrum, 3230 Græsted";
            case "smidstrup-snedker.dk" -> "Smidstrupvej 6, 3250 Gilleleje";
            case "dronningmolle-maler.dk" -> "Strandkrogen 3, 3120 Dronningmølle";
            case "helsinge-rengoringsteam.dk" -> "Østergade 27, 3200 Helsinge";
            case "nordkysten-ugeavis.dk" -> "Vestergade 12, 3250 Gilleleje";
            case "raageleje-vognmand.dk" -> "Rågelejevej 54, 3210 Vejby";
            case "tisvilde-elservice.dk" -> "Hovedgaden 15, 3220 Tisvildeleje";
            case "graested-vvs-blik.dk" -> "Industrivej 21, 3230 Græsted";
            case "helsinge-madvaerksted.dk" -> "Solbjergvej 10, 3200 Helsinge";
            case "kattegat-skoleit.dk" -> "Frederiksværksvej 88, 3200 Helsinge";
            case "nordkystens-busser.dk" -> "Trafikcentret, Holtvej 4, 3230 Græsted";
            case "helsinge-kontorforsyning.dk" -> "Torvegade 5, 3200 Helsinge";
            case "gilleleje-baadebyg.dk" -> "Nordre Havnevej 2, 3250 Gilleleje";
            case "skovbryn-naturpleje.dk" -> "Skovgrænsen 9, 3200 Helsinge";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a bill with a header box (seller left, customer and EAN right) and a line table;
     * a job invoice listing crew hours, machine hours and materials with the FI line card 71; an account statement-style
     * invoice with period, meter or route count and the FI line card 75. A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name() + " | " + title + " " + no;
                l.add(addr.isEmpty() ? s.name() : addr + " | CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + ", " + RAADHUS + " | EAN " + EAN);
                l.add("Dato: " + dottedDay(m, 0) + " | Deres kontakt: " + s.person());
                l.add("Pos. 1  " + s.what() + "  " + a.net());
                l.addAll(more);
                l.add("Beløb før moms " + a.net() + " | Moms 25 % " + a.vat() + " | I alt " + a.gross() + " DKK");
                l.add("Betalingsbetingelser: løbende måned + 30 dage");
                if (account != null) {
                    l.add("Bank: " + account + ". Husk fakturanr. ved betaling.");
                }
            }
            case 1 -> {
                head = title + " " + no + " - udført arbejde";
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Rekvirent: " + KOMMUNE + " (EAN " + EAN + ")");
                l.add("Opgave: " + s.what());
                long crew = a.ore() * 47 / 100;
                long machine = a.ore() * 31 / 100;
                l.add("Mandskabstimer " + kr(crew) + " | Maskintimer " + kr(machine) + " | Materialer " + kr(a.ore() - crew - machine));
                l.addAll(more);
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = " + a.gross());
                l.add("Forfaldsdato " + writtenDay(m, 30) + (account == null ? "" : ", indbetaling til " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = title + " for perioden - " + no;
                l.add(s.name() + ", CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : ", " + addr));
                l.add("Aftalenr. " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " | " + KOMMUNE);
                l.add("Periode " + dashedDay(m, -31) + " til " + dashedDay(m, -1));
                l.add("Ydelse: " + s.what());
                long fixed = a.ore() * 28 / 100;
                l.add("Fast bidrag " + kr(fixed) + " | Variabel del " + kr(a.ore() - fixed));
                l.addAll(more);
                l.add("Ialt eksl. moms " + a.net() + " | moms " + a.vat() + " | ialt " + a.gross());
                l.add("Sidste rettidige betaling " + dashedDay(m, 14) + (account == null ? "" : " | Konto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", no + ".pdf", "faktura " + no + " gribskov.pdf", "FAK-" + no + ".pdf",
            "Invoice-" + no + ".pdf", "regning" + no + ".pdf", "Gribskov_" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Gribskov Kommune", "Kære kreditorbogholderi", "Hej", "Til Gribskov Kommune",
        "Godmorgen", "Att. fakturamodtagelsen", "Hej igen", "Kære modtager"};

    private String phone() {
        return "48 " + (30 + rnd.nextInt(69)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig54:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + "\nTelefon " + phone();
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + (street(s).isEmpty() ? "" : " | " + street(s));
            case 2:
                return "\n\nVenligst\n" + s.person() + (freeMail(s) ? "" : "\n" + s.name() + " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + s.name() + "\n" + (freeMail(s) ? "Sendt fra min iPhone" : "www." + s.domain());
            default:
                return "\n\nVi ses\n" + firstName(s) + ", " + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_600_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Gribskov Kommune - faktura " + no,
            "Fakt. " + no + " / EAN " + EAN, s.name() + ": regning " + no, "Faktura nr. " + no + " vedr. " + s.what(),
            "Fremsendelse af faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 7)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede fil finder I fakturaen. Beløbet er " + a.gross() + " kr. med moms, og den forfalder "
                + dashedDay(m, 30) + ".";
            case 2 -> "Tak for samarbejdet denne måned. Fakturaen ligger som PDF i mailen.";
            case 3 -> "Fakturanr.: " + no + "\nBeløb inkl. moms: " + a.gross() + "\nForfald: " + writtenDay(m, 30);
            case 4 -> "Arbejdet er afsluttet og godkendt på stedet. Fakturaen er vedlagt, og jeres ordrenummer står under pos. 1.";
            case 5 -> "Den elektroniske udgave er sendt til EAN " + EAN + "; denne PDF er jeres kopi og skal ikke betales ekstra.";
            default -> "Se venligst den vedhæftede regning. Ring endelig, hvis I har spørgsmål til linjerne.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
            mime.html("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\"><div>"
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
        if (List.of(varme, renovation, auktion, rengoring, mad, it, bus).contains(s)) {
            return 2;
        }
        if (List.of(kyst, anlaeg, skov, snedker, vognmand, el, vvs).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Rådhusvej 3", "Helsinge", "3200", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        sandContract = "KS-" + (4_100 + rnd.nextInt(700)) + "/37";
        auctionCustomer = "HK" + (2_000 + rnd.nextInt(900));
        wasteRoute = "Rute " + (11 + rnd.nextInt(20)) + "S";
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == kyst ? List.of("Kontrakt " + sandContract + ": sandfodring, 1. etape, 18.000 m3")
                : s == auktion ? List.of("Havnekunde " + auctionCustomer + ": is og fiskeaffald, februar")
                : s == renovation ? List.of("Kontrakt " + wasteRoute + ": sommerhusområder Udsholt, Rågeleje og Smidstrup")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 3, List.of("Bestilt af havnefogeden"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted boatyard and smithy (SPF only, no DMARC) invoices mooring rings, aligned SPF pass";

        List<Supplier> again = List.of(it, anlaeg, vvs, rengoring, kontor, skov, el, avis, varme, bus, mad, snedker);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Jeres ordre GRK-" + (30_410 + k * 211));
                case 1 -> List.of("Kontaktperson hos kunden: " + to().replace("@gribskov.dk", "") + "-teamet");
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Helsinge Rådhus, 2. sal" : "Rammeaftale drift 2036-2040"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 2 + 5, ref, k % 5 == 3 ? "\n\nTimesedlerne ligger med som ekstra bilag." : "");
            if (k % 5 == 3) {
                m.mime.attach("application/pdf", "timesedler.pdf", Attachments.pdf(docId(m, "ts"), "Timesedler",
                    List.of(s.what(), "Underskrevet af driftslederen, Gribskov Kommune", "Uge " + (14 + k))));
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
        Object[][] c = {{kontor, "Kreditering af ", "Der blev leveret fem kasser toner for meget til Gilleleje Skole; de er hentet retur."},
            {vvs, "Kreditnota til ", "Vi har fakturereret kørsel to gange for samme dag. Den ene kreditteres hermed."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "K" + (1_200 + rnd.nextInt(600));
            Amount a = amount(90_000).credit();
            headers(m, s.person(), addr(s), "faktura@gribskov.dk", x[1] + "faktura " + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedlagt og kan "
                    + "trækkes fra i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedr. faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{bus, "Venlig påmindelse", "Vi kan ikke se, at nedenstående faktura er betalt. Har I betalt i mellemtiden, "
            + "så se bort fra denne mail."},
            {anlaeg, "Rykker 1", "Fakturaen har nu været forfalden i to uger. Der er ikke pålagt renter eller gebyr endnu."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditorer@gribskov.dk", x[1] + " - " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Betalingen sker som sædvanligt til " + s.account() + "." + signature(s))
                .attach("application/pdf", "paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Første fakturadato se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditorer@gribskov.dk", "Saldo pr. " + dottedDay(m, -1))
            .text("Hej\n\nI bad om en saldo til jeres revision. Faktura " + p.no() + " er betalt, og I skylder os ikke noget pr. "
                + "dags dato." + signature(s));
        genuine(m, s.ip());
        m.description = "raageleje-vognmand.dk statement, nothing open (SPF names only its order system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(auktion, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(700_000);
            boolean peppol = v == 0;
            String ref = "GRK-" + (61_300 + v * 77);
            headers(m, s.name(), addr(s), "faktura@gribskov.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Goddag\n\nVores nye regnskabsprogram kan endnu ikke sende via NemHandel, så e-fakturaen ligger her som fil. "
                    + "Den samme faktura som PDF er med, så I kan se den. Betal kun én gang, også hvis den dukker op via "
                    + "NemHandel senere.\n\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1,
                    List.of("Ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"pengeflod.dk", "ruteregning.dk", "sendbilag.io", "tallyport.com"};
        Supplier[] who = {guide, natur, smed, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "b-" + sha256("plat54:" + m.id).substring(0, 10) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "TP" + (70_000 + rnd.nextInt(9_000));
                headers(m, "Tallyport", "invoice@tallyport.com", "skole@gribskov.dk", "Tallyport: invoice " + no)
                    .text("Hello " + KOMMUNE + ",\n\nYour Tallyport invoice for substitute teacher hours booked by your schools "
                        + "in March (54 hours) is attached. Amount DKK " + a.gross() + ", due " + isoDay(m, 20) + ".\n\n"
                        + "Tallyport Staffing")
                    .attach("application/pdf", "tallyport-" + no + ".pdf", Attachments.pdf(docId(m, "tp"), "Invoice " + no,
                        List.of("Tallyport ApS", "Bill to: " + KOMMUNE + ", Skoler", "Substitute teacher hours March 2037: 54",
                            "DKK " + a.net() + " + VAT " + a.vat() + " = " + a.gross(), "Pay to " + iban("DK", "30000013017740"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform tallyport.com invoices substitute-teacher hours under its own name";
                continue;
            }
            String no = "P-" + (510_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " (via " + d[i] + ")", "no-reply@" + d[i], i == 2 ? "havn@gribskov.dk" : "skole@gribskov.dk",
                "Ny regning fra " + s.name() + ": " + no)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><table><tr><td><b>" + s.name() + "</b> har sendt "
                    + "en regning til " + KOMMUNE + ".</td></tr><tr><td>Beløb: " + a.gross() + " kr.<br>Betales senest: "
                    + dashedDay(m, 14) + "</td></tr><tr><td>Regningen er vedhæftet som PDF. Svarer du på mailen, lander svaret "
                    + "hos " + s.person() + ".</td></tr><tr><td style=\"font-size:9px;color:#777\">" + d[i]
                    + " - fakturering for små virksomheder</td></tr></table></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Regning", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(guide, tolk, musik, natur, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 2 ? "\n\nJeg er under momsgrænsen, så beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "SS-" + (8_800 + rnd.nextInt(900));
        Amount a = amount(900_000);
        headers(m, "Sylter Sandschutz", addr(tysk), "kyst@gribskov.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei die Rechnung " + no + " für die gelieferten Sandfangzäune für den "
                + "Strand bei Rågeleje. Innergemeinschaftliche Lieferung, steuerfrei; die Umsatzsteuer schulden Sie.\n\n"
                + "Mit freundlichen Grüßen\nBuchhaltung, Sylter Sandschutz GmbH")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Westerland", "Kunde: " + KOMMUNE + ", Kystteam", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "HF-" + (2_300 + rnd.nextInt(500));
        headers(m, "Höganäs Fisklådor", addr(svensk), "havn@gribskov.dk", "Faktura " + no + " fisklådor")
            .text("Hej!\n\nBifogat finns fakturan för de 400 plastlådorna till auktionshallen i Gilleleje hamn. Leveransen "
                + "kvitterades av hamnfogden.\n\nVänliga hälsningar\nFakturering, Höganäs Fisklådor AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE + ", Gilleleje Havn", svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Bankgiro via IBAN " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Skolespor", "billing@skolespor.io", "skole@gribskov.dk", "Your Skolespor invoice (April)")
            .text("Hi,\n\nThanks for using Skolespor for pupil transport planning in " + KOMMUNE + ". Attached is the April "
                + "invoice for 14 routes; the e-invoice has gone to EAN " + EAN + ".\n\nTotal DKK " + a.gross() + "\n\n"
                + "The Skolespor team")
            .attach("application/pdf", "skolespor-april.pdf", Attachments.pdf(docId(m, "sp"), "Invoice April 2037",
                List.of("Skolespor ApS", "Customer: " + KOMMUNE, "14 routes, April 2037", "DKK " + a.gross())));
        genuine(m, "127.154.30.1");
        m.description = "SaaS skolespor.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Vagtspejl", "betaling@vagtspejl.dk", "omsorg@gribskov.dk", "Kvittering - Vagtspejl abonnement")
            .text("Hej Gribskov Kommune\n\nTak for betalingen af jeres Vagtspejl-abonnement for hjemmeplejen (210 brugere). Vi har "
                + "hævet " + a.gross() + " kr. på kortet, der slutter på 7731. Der er intet at betale.\n\nVagtspejl");
        genuine(m, "127.154.31.1");
        m.description = "SaaS vagtspejl.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyS = bank("2191", "6875120944");
        M m = ok("supplier-new-account", false);
        headers(m, snedker.person(), addr(snedker), "kreditorer@gribskov.dk", "Vi skifter bank")
            .text("Hej kreditorer\n\nSmidstrup Tømrer & Snedker flytter fra Nordkystens Sparekasse til Danske Bank pr. 1. april "
                + "2037. Fakturaer med fakturadato fra 1. april betales til " + nyS + ". Alt før den dato betales til den gamle "
                + "konto.\n\nI er velkomne til at ringe til værkstedet på det nummer, der står i jeres kartotek, og få det "
                + "bekræftet af mig." + signature(snedker))
            .attach("application/pdf", "bankskift-smidstrup.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankkonto",
                List.of(snedker.name() + ", CVR " + cvr(snedker.domain()), "Ny konto fra 01.04.2037: " + nyS,
                    "Underskrevet: Rasmus Vig, indehaver")));
        genuine(m, snedker.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(snedker.name(), snedker.domain(), snedker.person(), snedker.box(), snedker.ip(), nyS,
            "reparation af redningspost og trappe, Smidstrup Strand");
        invoice(m, moved, nyS, 9, List.of("Ny bankkonto pr. 01.04.2037"), "\n\nBemærk: første faktura til vores nye konto, "
            + "som vi skrev om.");
        genuine(m, snedker.ip());
        m.description = "smidstrup-snedker.dk invoice to its new account after the announced bank change";

        String nyR = iban("DK", "20000003460072");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Helsinge Rengøringsteam", addr(rengoring), "kreditorer@gribskov.dk", "Ny kontoforbindelse fra april")
            .text("Til Gribskov Kommune, kreditorbogholderiet\n\nVi er blevet opkøbt af en landsdækkende servicekoncern, og "
                + "fra fakturaer dateret 1. april 2037 skal betalingen ske til koncernens konto " + nyR + ". Navn, CVR og "
                + "kontaktpersoner er uændrede. Samme besked er sendt med underskrift til jeres Digital Post.\n\nMed venlig "
                + "hilsen\nHelsinge Rengøringsteam ApS");
        genuine(m, "127.54.1.9");
        m.description = "history: listed cleaning firm (DKIM only, DMARC pass) announces a new account from April, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(rengoring.name(), rengoring.domain(), rengoring.person(), rengoring.box(), rengoring.ip(),
            nyR, rengoring.what());
        invoice(m, pooled, nyR, 16, List.of("Betaling til koncernkonto jf. brev af marts 2037"), "\n\nDen nye konto står på "
            + "fakturaen.");
        genuine(m, rengoring.ip());
        m.description = "helsinge-rengoringsteam.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 20, List.of(), "");
        m.mailFrom = "SRS0=p7Qa=LR=nordkysten-ugeavis.dk=annonce@srs.nordkyst-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.154.28.1";
        m.helo = "srs.nordkyst-fiber.dk";
        m.description = "nordkysten-ugeavis.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, it, it.account(), 27, List.of(), "");
        m.signers.add(it.domain());
        relayedBy(m, "relay.helsinge-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 24, List.of(), "");
        relayedBy(m, "relay.helsinge-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"nordsj-bogholdere.dk", "Hanne Bech", "hb@", "Regning for sandfodring vi ikke har bestilt",
            "Hej alle\n\nEn kystkommune i vores netværk har fået en regning på 'ekstra sandfodring efter stormen' fra et firma, "
                + "der brugte den rigtige entreprenørs kontraktnummer. Tjek jeres kystsager!\n\nHanne"},
            {"hovedstadens-indkobere.dk", "Mads Ulrik", "mu@", "Sommerhusrenovation - pas på 'sæsontillæg'",
                "Hej\n\nVi har set en mail om et 'sæsontillæg for ekstra tømninger' i sommerhusområder med ny konto. "
                    + "Renovatøren kendte intet til den.\n\nMads"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditornet-nordsjaelland.dk", x[3])
                .header("List-Id", "Kreditornet Nordsjælland <netvaerk.kreditornet-nordsjaelland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-nordsjaelland.dk", "[Kreditornet] ", "\r\n_______\r\nKreditornet Nordsjælland\r\n"
                + "Afmeld: https://kreditornet-nordsjaelland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelraad-nordsjaelland.dk", "Svindelrådet Nordsjælland", "Kyst, havn og sommerhuse: sæsonens svindel",
            "Når sæsonen starter, kommer der falske regninger for sand, is fra fiskeauktionen og ekstra renovation i "
                + "sommerhusområder. Svindlerne kender jeres kontraktnumre. Ring op på et nummer, I selv har."},
            {"helsinge-revision.dk", "Helsinge Revision", "Kvartalsbrev: kontrol med kreditorstamdata",
                "Log alle ændringer af kreditorers bankkonti, og få dem godkendt af to personer, før næste betalingsløb."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl54:" + x[0]).substring(0, 12) + "@postflyver.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@gribskov.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs "
                    + "mere</a></p><p style=\"font-size:8px\">Du får denne mail, fordi du er tilmeldt. Afmeld her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postflyver.com");
            m.ip = "127.154.26.1";
            m.helo = "mta.postflyver.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postflyver.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kyst og Natur", "kyst@", "kreditorer@gribskov.dk", "Sandfodring 2037",
            "Hej\n\nSandfodringen på strækningen Gilleleje-Rågeleje udføres kun af Nordkystens Kystteknik under kontrakt "
                + sandContract + ". Andre regninger om sand, høfder eller skråninger skal forbi mig, før de betales.\n\nKyst og Natur"},
            {"Gilleleje Havn", "havn@", "kreditorer@gribskov.dk", "Fiskeauktionens regninger",
                "Hej kreditor\n\nFiskeauktionen fakturerer havnen for is og fiskeaffald en gang om måneden, altid med vores "
                    + "kundenummer. Vi får aldrig regninger for 'auktionsafregning' - det er fiskernes egne penge.\n\nHavnefogeden"},
            {"Affald og Genbrug", "affald@", "ledere@gribskov.dk", "Tømning i sommerhusområderne",
                "Kære kolleger\n\nUdsholt Sommerhusrenovation kører de faste ruter efter kontrakt. Ekstra tømninger bestilles "
                    + "kun af os, og der findes ikke noget 'sæsontillæg'.\n\nAffald og Genbrug"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Nordkystens Sparekasse", "erhverv@nordkystens-sparekasse.dk", "okonomi@gribskov.dk",
            "Betalingsfil modtaget")
            .text("Goddag\n\nBetalingsfilen fra i morges med 243 poster er modtaget og gennemføres på valørdagen. Se status i "
                + "erhvervsnetbanken. Vi sender aldrig links i disse beskeder.\n\nNordkystens Sparekasse, Erhverv");
        genuine(m, "127.154.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Kattegat Andelskasse", "info@kattegat-andelskasse.dk", "okonomi@gribskov.dk", "Nye rentesatser")
            .text("Kære erhvervskunde\n\nFra 1. juni ændres rentesatsen på indlån over 10 mio. kr. Du finder den nye prisliste "
                + "i netbanken under Dokumenter.\n\nKattegat Andelskasse");
        genuine(m, "127.154.22.1");
        m.description = "bank notice about interest, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("fish-auction-invoice", true);
        invoice(m, auktion, auktion.account(), 4, List.of("Havnekunde " + auctionCustomer + ", marts 2037",
            "Is 41 t, fiskeaffald 9,6 t"), "\n\nVejesedlerne kan ses på auktionskontoret.");
        genuine(m, auktion.ip());
        m.description = "the fish auction's monthly ice and fish-waste invoice to the harbour (RSA, DMARC pass)";
        m = ok("sand-nourishment-invoice", true);
        invoice(m, kyst, kyst.account(), 6, List.of("Kontrakt " + sandContract + ", 2. etape, 22.500 m3",
            "Opmåling vedlagt i kystsagen"), "\n\nOpmålingen af strandprofilet er lagt i jeres kystsag.");
        genuine(m, kyst.ip());
        m.description = "the coastal firm invoices the second stage of sand nourishment (SPF ~all, RSA, no DMARC)";
        m = ok("summerhouse-waste-invoice", true);
        invoice(m, renovation, renovation.account(), 8, List.of("Kontrakt " + wasteRoute + ", marts 2037",
            "Tømninger 3.114, heraf ekstra efter bestilling 12"), "\n\nBestillingslisten for ekstratømninger er vedhæftet i "
            + "jeres portal.");
        genuine(m, "127.54.1.4");
        m.description = "the summer-house collector's monthly route invoice (Ed25519 DKIM only, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Nordkystens Kystteknik", addr(kyst), "kyst@gribskov.dk", "Pause i sandfodringen")
            .text("Hej Kyst og Natur\n\nVi holder pause med pumpningen til efter påske på grund af ynglende fugle ved Rågeleje. "
                + "Kontrakt " + sandContract + " løber uændret, og der kommer ingen ekstra regning for pausen.\n\nMette Rask");
        genuine(m, kyst.ip());
        m.description = "the coastal firm announces a pause at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(4_200_000);
        headers(m, "Nordsjællands Affaldsselskab I/S", "regnskab@nordsj-affald.dk", "faktura@gribskov.dk",
            "Acontobidrag 2. kvartal 2037")
            .text("Til ejerkommunerne\n\nVedhæftet opkrævning af acontobidrag for 2. kvartal. E-fakturaen er sendt til jeres "
                + "EAN samtidig.\n\nNordsjællands Affaldsselskab I/S")
            .attach("application/pdf", "aconto-2kv.pdf", Attachments.pdf(docId(m, "aff"), "Acontobidrag 2. kvartal 2037",
                List.of("Nordsjællands Affaldsselskab I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "30000013088120"))));
        genuine(m, "127.154.1.1");
        m.description = "intermunicipal waste company's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Kystmyndigheden", "post@kystmyndigheden.dk", "kyst@gribskov.dk", "Tilladelse til sandfodring - høring")
            .text("Til Gribskov Kommune\n\nAnsøgningen om tilladelse til sandfodring ved Dronningmølle er i høring til 15. maj. "
                + "Der er intet gebyr.\n\nKystmyndigheden");
        genuine(m, "127.154.6.1");
        m.description = "authority hearing notice, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "notify@signerpunkt.dk";
        headers(m, "Esrum Kloster & Møllegård via Signerpunkt", "notify@signerpunkt.dk", "kultur@gribskov.dk",
            "Underskriv: driftsaftale 2037-2040")
            .header("Reply-To", "<leder@esrum-kloster-moellegaard.dk>")
            .text("Esrum Kloster & Møllegård beder om jeres underskrift på 'Driftsaftale 2037-2040'.\n\nLog ind på jeres "
                + "Signerpunkt-konto for at læse og underskrive.\n\nSignerpunkt");
        genuine(m, "127.154.32.1");
        m.description = "real e-signature request from signerpunkt.dk on behalf of Esrum Kloster";
        m = ok("receipt", false);
        headers(m, "Helsinge Jernhandel", "kvittering@helsinge-jernhandel.dk", "vejepark@gribskov.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n4 skovle, 2 trillebøre, 1 rulle afspærringsbånd. Betalt med firmakort.\n\nHelsinge Jernhandel");
        genuine(m, "127.154.5.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Vejby Friskole", "kontor@vejby-friskole.dk", "okonomi@gribskov.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag overført 9.800 kr. for leje af Vejby Hallen i marts.\n\nVejby Friskole");
        genuine(m, "127.154.3.1");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Gilleleje Sejlklub", "havnekontor@gilleleje-sejlklub.dk", "havn@gribskov.dk", "Ordrebekræftelse: kranløft")
            .text("Hej\n\nVi bekræfter kranløft af havnens arbejdsbåd den 22. april. Regningen kommer via EAN.\n\nGilleleje Sejlklub");
        genuine(m, "127.154.7.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "6270440001234599"), iban("DK", "54300000077104"), bank("9570", "0012661839"),
        iban("EE", "3817001204311550"), iban("PL", "721090101400000712198812"), iban("GB", "REVO00996901234567"),
        iban("IE", "AIBK93115212345678"), iban("NL", "RABO0312884411"), iban("DE", "120700240012349911"),
        iban("HU", "117730160000000000557712"), iban("RO", "BTRL0130120207891234"), iban("BG", "STSA93000012345678"),
        iban("CY", "005001210000001200339001"), bank("8117", "0002298841"), iban("MT", "VALL22013000000050019988442"),
        iban("SE", "50000000052710199041"), iban("LT", "1032500000778812"), iban("DK", "89100004718803")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(1), 2, List.of("Nye betalingsoplysninger"), "", "Kære kunde\n\nVarmeværket har fået ny "
            + "opkrævningspartner efter generalforsamlingen, og derfor er betalingsoplysningerne på denne faktura anderledes "
            + "end sidst. Det gamle FI-nummer lukkes ved månedens udgang, så indbetal venligst efter fakturaen.");
        forged(m, forgedHost++);
        m.description = "forged From graested-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, mad, mule(8), 5, List.of(), "", "Hej\n\nMarts-leverancerne til plejecentrene er faktureret. Vores tyske "
            + "moderselskab har overtaget debitorstyringen, og beløbet skal derfor gå til den konto i Tyskland, som står på "
            + "fakturaen. Tak fordi I retter det i jeres system.");
        forged(m, forgedHost++);
        m.description = "forged From helsinge-madvaerksted.dk (p=reject), DE account";

        // lookalike-domain
        Object[][] l = {{OWNED[0], varme, "Marts-opkrævningen for Græsted Skole, hallen og Trongården følger her i PDF'en. Vinterens "
            + "målerskift på skolens fyrrum betyder, at forbruget er lidt højere end i februar. Ved samme lejlighed: "
            + "andelsselskabet har fusioneret sine to bankforbindelser, og kontonummeret på opkrævningen er derfor et andet "
            + "end det, I har stående i kreditorkartoteket. Gamle indbetalingskort fra vinteren kan smides ud."},
            {OWNED[1], anlaeg, "Grøfterne ved Gribskov er færdige. Bogholderen har bedt mig sige, at vi ikke bruger "
                + "den gamle bank mere, så tag kontoen fra denne faktura."},
            {OWNED[2], kontor, "Vedlagt regning for papir og toner. Vi har lavet om i vores bankaftaler, brug derfor ikke "
                + "de oplysninger, I har liggende fra tidligere."},
            {OWNED[3], el, "Lysmasterne på havnen er sat op. Vær opmærksom på, at betaling fremover sker til en konto hos "
                + "vores nye bank, som fremgår nederst."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 3), i * 2 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[4];
        m = bad("punycode-homoglyph");
        invoice(m, vvs.posing(d, vvs.account()), mule(10), 4, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Ordrekontoret sender hermed regning for tagrenderne på Vejby Skole. Bemærk de opdaterede kontooplysninger, som "
                + "gælder fra og med denne regning.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as graested-vvs-blik.dk, new account";
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektørens sekretariat", "sekretariat@" + d, "okonomi@gribskov.dk", "Fortrolig: depositum Gilleleje Havn")
            .text("Hej\n\nKommunaldirektøren har i aftes aftalt med en investor at købe pakhuset på Gilleleje Havn, før det kommer "
                + "på auktion. Advokaten skal have et depositum på 480.000 kr. på " + mule(13) + " i dag inden kl. 12. Papirerne "
                + "kommer, når handlen er på plads, og økonomiudvalget orienteres først på næste møde, så hold det for dig selv."
                + "\n\nSekretariatet");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret harbour warehouse deposit";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, guide.name() + " via Pengeflod", "regning@pengeflod-helsinge.dk", "skole@gribskov.dk",
            "Regningen er forfalden - betal nu")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Regningen fra <b>" + guide.name() + "</b> er ikke betalt. For at "
                + "undgå gebyr kan du betale den nu med kort:</p><p><a href=\"https://pengeflod-helsinge.dk/b/"
                + sha256("pf54").substring(0, 16) + "\">Betal regningen</a></p><p>Pengeflod</p></body></html>");
        ownedBy(m, OWNED[6]);
        m.description = "look-alike of the platform pengeflod.dk: card-payment link in a sole trader's name";
        m = bad("lookalike-platform");
        String sx = "SB-" + (4_400 + rnd.nextInt(500));
        headers(m, "Sendbilag", "bilag@sendbilag-gilleleje.com", "havn@gribskov.dk", "Faktura fra " + smed.name())
            .text("Goddag havnefoged og kreditorer\n\nBådebyggeriet på Nordre Havnevej bruger nu Sendbilag til alt papirarbejde, "
                + "og vi står derfor for at kræve regningen for fortøjningsringene og lejderne i vestbassinet ind. Beløbet "
                + "samles på vores klientkonto " + mule(15) + " og udbetales til Niels Ottesen, når det er modtaget - "
                + "altså ikke direkte til værkstedet, som det stod på hans egen regning i marts.\n\nVenlig hilsen\n"
                + "Sendbilag kundeservice, Gilleleje-teamet")
            .attach("application/pdf", sx + ".pdf", pdfInvoice(m, smed.posing(OWNED[7], mule(15)), "Faktura", sx,
                amount(250_000), mule(15), 0, List.of("Opkræves af Sendbilag")));
        ownedBy(m, OWNED[7]);
        m.description = "look-alike of sendbilag.io: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier
        m = bad("compromised-supplier");
        invoice(m, bus, mule(16), 3, List.of("Betales til factoringselskab"), "", "April-kørslen på skolebusruterne Vejby-Græsted-"
            + "Helsinge og svømmeholdene til Gilleleje er faktureret. Busselskabet har solgt sine fordringer til et "
            + "finansieringshus, og fakturaen afregnes derfor på " + mule(16) + ". Jeg sidder selv bag rattet på rute 4 "
            + "det meste af ugen, så mailen her er den hurtigste vej til mig.");
        genuine(m, bus.ip());
        m.description = "compromised real mailbox of nordkystens-busser.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(auktion.domain());
        m = bad("compromised-supplier");
        headers(m, auktion.person(), addr(auktion), "kreditorer@gribskov.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej havn og kreditor\n\nAngående isen og fiskeaffaldet i fakturaen herunder: vores driftskonto er låst, mens "
                + "pengeinstituttet kører hvidvaskkontrol på hele fiskeauktionen efter de store torskelandinger, så de " + p.amount().gross() + " kr. bedes overført til " + mule(17) + ". Kontrollen forventes "
                + "afsluttet før makrelsæsonen, og så bruger vi igen kontoen fra vores faste regninger.\n\nAuktionskontoret, "
                + "Havnevej\n\n> Faktura " + p.no());
        genuine(m, auktion.ip());
        m.description = "compromised real mailbox of gilleleje-fiskeauktion.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{snedker, OWNED[8]}, {mad, OWNED[9]}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditorer@gribskov.dk", "Re: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nJeg kan se, at faktura " + p.no() + " på " + p.amount().gross() + " kr. endnu ikke er betalt. "
                    + "Vores regnskabskontor gør opmærksom på, at den blev sendt med et forkert kontonummer. Korrekt er "
                    + mule(i + 5) + ". Giv lige et kort svar, når I har opdateret det.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "okonomi@gribskov.dk", "Tilskud til Gilleleje Havnefest")
            .text("Kære økonomi\n\nBestyrelsen for Gilleleje Havnefest mangler penge til teltudlejeren, og jeg har på "
                + "kommunens vegne givet tilsagn om 125.000 kr. af puljen til kystbyernes events. Teltfirmaet frigiver først "
                + "pladsen på kajen, når beløbet står på " + mule(7) + ", helst før frokost. Bevillingen skrives ind i "
                + "referatet fra kultur- og fritidsudvalget bagefter. Jeg er i Hillerød hos regionen resten af dagen, så "
                + "svar på mail med en kvittering.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged gribskov.dk (p=reject) from outside: the mayor's urgent harbour-festival grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "okonomichef@" + OWN, "kreditorer@gribskov.dk", "Opdatering af kreditor: Vejby Anlæg")
            .text("Hej kreditorteam\n\nBo Frandsen fra Vejby Anlæg ringede i går aftes, fordi deres slidlagsfakturaer for "
                + "skovvejene er strandet i banken efter et ejerskifte. Opret " + mule(9) + " som deres betalingskonto før "
                + "torsdagens kørsel, så grøfteholdet kan få løn. Ændringsblanketten underskriver jeg, når jeg er tilbage "
                + "fra KL's budgetseminar.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged gribskov.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektor.gribskov@gmail.com", "okonomi@gribskov.dk", "Har du 5 min?")
            .text("Hej\n\nJeg er til samråd om kystbeskyttelse i Folketinget hele eftermiddagen og kan ikke ringe. Der er "
                + "en advokatregning i forbindelse med forliget om Dronningmølle-skrænten, som skal klares i dag, og som "
                + "jeg helst vil holde uden for det almindelige godkendelsesflow. Er du ved skrivebordet? Så sender jeg "
                + "oplysningerne herfra.\n\nKommunaldirektøren\nSendt fra Samsung Galaxy");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a closed meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.gribskov@outlook.com", "indkob@gribskov.dk", "En tjeneste")
            .text("Hej\n\nFrivilligholdet fra strandrensningen ved Tisvilde skal have en tak. Vil du købe 15 gavekort à 1.000 kr. "
                + "og sende koderne til mig i eftermiddag? Jeg afregner bagefter.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Kjær", "louise.kjaer.gribskov@gmail.com", "lon@gribskov.dk", "Ny konto til min løn")
            .text("Hej Løn og Personale\n\nLouise her, fra hjemmeplejens distrikt Græsted-Esrum (morgenholdet). Efter "
                + "at nogen misbrugte mit betalingskort, har banken lukket lønkontoen, og jeg har fået en ny hos en "
                + "onlinebank: " + mule(0) + ". Mit MitID-kodeviser er også spærret, så jeg kan hverken komme på "
                + "Silkeborg Data eller NemKonto - vil I være søde at skrive den nye konto ind for mig inden "
                + "aprilkørslen?\n\nLouise Kjær");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care worker";
        m = bad("payroll-account-change");
        headers(m, "Jens Mikkelsen", "jens.mikkelsen.havn@hotmail.com", "lon@gribskov.dk", "Lønkonto - havnen")
            .text("Hi\n\nI work as a harbour assistant in Gilleleje and I am moving to Ireland for the summer season. Please pay "
                + "my salary to my Irish account from next month: " + mule(6) + ". Sorry for writing in English, my Danish "
                + "keyboard is broken.\n\nJens");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail for a harbour hand, IE IBAN";

        // fake-reminder-inkasso
        Object[][] ink = {{kontor, 11}, {vognmand, 12}};
        for (Object[] x : ink) {
            Supplier s = (Supplier) x[0];
            p = past.get(s.domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Helsinge Inkasso", "sag@" + OWNED[10], "kreditorer@gribskov.dk", "Inkassosag " + (7_700 + (int) x[1])
                + " - " + s.name())
                .text("Gribskov Kommune, Rådhusvej\n\nKreditor " + s.name() + " har overdraget os sin fordring på faktura "
                    + p.no() + " (hovedstol " + p.amount().gross() + " kr.). Tillagt rykkerkompensation efter renteloven og "
                    + "vores salær er saldoen nu " + kr(p.amount().ore() * 5 / 4 + 120_000) + " kr. Indbetales beløbet ikke på "
                    + "klientkontoen " + mule((int) x[1]) + " inden fredag, indgiver vi betalingspåkrav, og kommunen "
                    + "registreres hos kreditoplysningsbureauerne. Indsigelser skal ske skriftligt til denne adresse.\n\n"
                    + "Helsinge Inkasso, afdeling for offentlige skyldnere");
            ownedBy(m, OWNED[10]);
            m.description = "fake debt collector citing " + s.domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@" + OWNED[11], "okonomi@gribskov.dk", "Jeres erhvervsidentitet udløber")
            .html("<html><body><p>Kære administrator</p><p>Gribskov Kommunes MitID Erhverv-løsning mangler en årlig bekræftelse. "
                + "Uden bekræftelse inden 48 timer spærres adgangen til Digital Post og NemRefusion.</p><p><a href=\"https://"
                + OWNED[11] + "/bekraeft\">Bekræft organisationen</a></p></body></html>");
        ownedBy(m, OWNED[11]);
        m.description = "fake MitID Erhverv renewal link from " + OWNED[11];
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "ikke-svar@" + OWNED[12], "okonomi@gribskov.dk", "Ny post fra Skattestyrelsen")
            .html("<html><body><p>Du har modtaget et brev i Digital Post: <i>Efterregulering af lønsumsafgift 2036</i>.</p>"
                + "<p>Brevet indeholder et beløb til betaling. Åbn det her:</p><p><a href=\"https://" + OWNED[12]
                + "/brev/" + sha256("dp54").substring(0, 10) + "\">Læs brevet</a></p><p>Venlig hilsen, Digital Post</p></body></html>");
        ownedBy(m, OWNED[12]);
        m.description = "fake Digital Post letter link from " + OWNED[12];

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "drift@" + OWNED[13], "faktura@gribskov.dk", "Afviste e-fakturaer på EAN " + EAN)
            .text("Goddag\n\nFem fakturaer til EAN " + EAN + " er afvist, fordi jeres modtagercertifikat er udløbet. Leverandørerne "
                + "har bedt os samle beløbene; indbetal " + kr(38_744_000) + " kr. til " + mule(4) + ", så frigives fakturaerne "
                + "automatisk.\n\nNemHandel Support");
        ownedBy(m, OWNED[13]);
        m.description = "fake NemHandel notice: pooled payment for 'rejected' invoices, PL IBAN";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Gilleleje Havneparkering", "kontrol@" + OWNED[14], "havn@gribskov.dk", "Kontrolafgift - tjenestebil")
            .html("<html><body><p>En af kommunens biler har holdt uden gyldig billet på Gilleleje Havn. Afgiften er 790 kr. "
                + "Scan koden i vedhæftede billede for at betale inden 7 dage.</p></body></html>")
            .attach("image/png", "betal.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, OWNED[14]);
        m.description = "fake parking fine at Gilleleje harbour with a QR image";
        m = bad("qr-code-payment");
        headers(m, "Dronningmølle Betaling", "service@" + OWNED[15], "affald@gribskov.dk", "Betalingsaftale udløbet")
            .text("Hej\n\nJeres betalingsaftale for strandtoiletterne i Dronningmølle er udløbet. Scan QR-koden i billedet med "
                + "telefonen og tilmeld igen, så undgår I en opkrævning med gebyr.\n\nKundeservice")
            .attach("image/png", "qr-tilmelding.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, OWNED[15]);
        m.description = "fake expired payment agreement with a QR image";

        // archive-invoice
        m = bad("archive-invoice");
        String an = "R" + (44_000 + rnd.nextInt(900));
        headers(m, rengoring.name(), "faktura@" + OWNED[17], "faktura@gribskov.dk", "Faktura " + an + " (komprimeret)")
            .text("Hej\n\nFakturaen er pakket, fordi jeres mailserver afviste PDF'en sidst. Åbn ZIP-filen og betal til kontoen i "
                + "dokumentet.\n\nBogholderiet")
            .attach("application/zip", "faktura_" + an + ".zip", Attachments.zip("faktura_" + an + ".pdf",
                pdfInvoice(m, rengoring.posing(OWNED[17], mule(2)), "Faktura", an, amount(900_000), mule(2), 2, List.of())));
        ownedBy(m, OWNED[17]);
        m.description = "look-alike of the cleaning firm sends a PDF in a ZIP, new account";
        m = bad("archive-invoice");
        String an2 = "V" + (9_100 + rnd.nextInt(800));
        headers(m, vvs.name(), "ordre@" + OWNED[18], "ejendomme@gribskov.dk", "Regning " + an2)
            .text("Vedlagt regning i 7z-format (vores nye scanner laver kun det). Mvh Ordrekontoret")
            .attach("application/x-7z-compressed", "regning_" + an2 + ".7z", Attachments.sevenZip("regning_" + an2 + ".pdf",
                pdfInvoice(m, vvs.posing(OWNED[18], mule(11)), "Regning", an2, amount(600_000), mule(11), 1, List.of())));
        ownedBy(m, OWNED[18]);
        m.description = "look-alike of the plumber sends a PDF in a 7z, new account";

        // office-macro
        m = bad("office-macro");
        headers(m, it.name(), "debitor@" + OWNED[19], "it@gribskov.dk", "Opgørelse elevcomputere")
            .text("Hej IT\n\nOpgørelsen over elevcomputere og licenser ligger i regnearket. Klik 'Aktivér indhold' for at se "
                + "beløbene; den nye kontoinformation står på fanen 'Betaling'.\n\nDebitor")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "opgoerelse-elevpc.xlsm", Attachments.excel(List.of(
                "Skole;Enheder;Beløb", "Gilleleje Skole;212;318.000", "Helsinge Skole;260;390.000", "Betaling;" + mule(9)), true));
        ownedBy(m, OWNED[19]);
        m.description = "look-alike of the school-IT firm sends a macro workbook";
        m = bad("office-macro");
        headers(m, kontor.name(), "salg@" + OWNED[20], "indkob@gribskov.dk", "Tilbud og faktura på kontorstole")
            .text("Hej\n\nSom aftalt tilbud og faktura på 30 kontorstole til Rådhuset. Dokumentet er beskyttet - tillad makroer "
                + "for at åbne det.\n\nSalg")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "tilbud-faktura-stole.docm", Attachments.word(
                "Faktura 30 kontorstole. Betales til " + mule(14) + ".", true));
        ownedBy(m, OWNED[20]);
        m.description = "office-supply look-alike sends a .docm";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "pia@" + OWNED[21], "ejendomme@gribskov.dk", "Regning Dronningmølle Børnehus")
            .text("Hej\n\nHer er regningen - jeg har taget et billede af den, for printeren er i stykker. Kontoen på den er "
                + "ny.\n\nPia")
            .attach("image/jpeg", "regning.jpg", Attachments.image(docId(m, "img"), "jpeg"));
        ownedBy(m, OWNED[21]);
        m.description = "painter look-alike sends a photographed invoice only";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "per@" + OWNED[22], "kyst@gribskov.dk", "Scannet faktura kørsel sand")
            .text("Hej\n\nScannet faktura for kørsel med sand til Rågeleje. Betal til den konto, der står på den, tak.\n\nPer")
            .attach("application/pdf", "scan0041.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, OWNED[22]);
        m.description = "haulier look-alike sends a scanned PDF without text";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "ordre@" + OWNED[16], "indkob@gribskov.dk", "Ordrebekræftelse 12 x tablets")
            .text("Bestillingsbekræftelse\n\n12 stk. robuste tablets til hjemmeplejens biler i Helsinge og Gilleleje, med "
                + "bilholder og skærmfilm, i alt 41.988 kr. Betalingen hæves via kommunens indkøbskort, når pakkerne forlader "
                + "lageret i Taastrup i morgen tidlig. Kender du ikke ordren, skal vores ordrekontor nås på 78 74 12 09 før "
                + "pakkerne sendes - derefter kan kun en returnering med fragtgebyr komme på tale.\n\nOrdrekontoret");
        ownedBy(m, OWNED[16]);
        m.description = "callback scam: fake tablet order, call to cancel";

        // xml-invoice-changed-account
        Object[][] xi = {{anlaeg, OWNED[23], true}, {it, OWNED[24], false}};
        for (Object[] x : xi) {
            Supplier s = (Supplier) x[0];
            String dd = (String) x[1];
            boolean peppol = (boolean) x[2];
            m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_000_000);
            String mu = mule(peppol ? 3 : 12);
            headers(m, s.name(), "efaktura@" + dd, "faktura@gribskov.dk", "E-faktura " + no)
                .text("Hej\n\nE-fakturaen ligger som XML, så I kan indlæse den direkte. Kontoen i filen er vores nye.\n\n" + s.name())
                .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, s.posing(dd, mu), mu, a, isoDay(m, 0),
                    isoDay(m, 20), peppol, "GRK-" + (61_900 + (peppol ? 3 : 7))).getBytes(StandardCharsets.UTF_8));
            ownedBy(m, dd);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML in " + s.domain() + "'s name and CVR with the payee changed";
        }

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Esrum Kloster via Signerpunkt", "dokument@" + OWNED[25], "kultur@gribskov.dk", "Underskrift mangler: tillæg")
            .html("<html><body><p>Esrum Kloster & Møllegård venter på jeres underskrift på <b>Tillæg til driftsaftale</b>.</p>"
                + "<p><a href=\"https://" + OWNED[25] + "/sign/" + sha256("es54").substring(0, 12) + "\">Åbn og underskriv</a>"
                + " - log ind med jeres Microsoft-konto.</p></body></html>");
        ownedBy(m, OWNED[25]);
        m.description = "fake e-signature link imitating signerpunkt.dk for Esrum Kloster";
        m = bad("fake-esignature-request");
        headers(m, "Tisvilde Dokument", "sign@" + OWNED[26], "ejendomme@gribskov.dk", "Købsaftale sommerhusgrund klar")
            .html("<html><body><p>Købsaftalen for grunden ved Tisvildeleje er klar til underskrift af kommunen som sælger.</p>"
                + "<p><a href=\"https://" + OWNED[26] + "/doc\">Se dokumentet</a></p></body></html>");
        ownedBy(m, OWNED[26]);
        m.description = "fake document-signing link for a plot sale";

        // split-payment-redirect
        Object[][] sp = {{bus, OWNED[27]}, {vvs, OWNED[28]}};
        for (int i = 0; i < sp.length; i++) {
            Supplier s = (Supplier) sp[i][0];
            String dd = (String) sp[i][1];
            p = past.get(s.domain());
            m = bad("split-payment-redirect");
            headers(m, s.person(), s.box() + "@" + dd, "kreditorer@gribskov.dk", "Betaling af " + p.no())
                .text(i == 0 ? "Hej\n\nSkolekørslen i marts er faktureret på " + p.no() + ". Vi er ved at flytte busdriften over i et "
                    + "nyt selskab sammen med garagen i Græsted, og i overgangsmåneden deler revisoren indbetalingerne: "
                    + "send den ene halvdel til kontoen på fakturaen og den anden halvdel til " + mule(i + 14) + ". Skriv "
                    + "fakturanummeret på begge overførsler, så chaufførlønnen kan afstemmes.\n\n" + s.person()
                    : "Hej\n\nAf hensyn til vores kassekredit: betal 25.000 kr. af faktura " + p.no() + " til den konto, I "
                        + "kender, og restbeløbet til " + mule(i + 14) + ".\n\nOrdrekontoret");
            ownedBy(m, dd);
            m.description = "split payment of " + s.domain() + "'s real invoice from look-alike " + dd;
        }

        // new: fake-fish-auction-settlement-invoice
        m = bad("fake-fish-auction-settlement-invoice");
        invoice(m, auktion.posing(OWNED[29], mule(2)), mule(2), 3, List.of("Havnekunde " + auctionCustomer
            + ": efterregulering is og fiskeaffald"), "", "Hej Havnen\n\nVed årsafstemningen har vi fundet, at is og "
            + "fiskeaffald for januar-februar er faktureret for lavt under kundenummer " + auctionCustomer + ". Differencen er "
            + "faktureret her. Auktionen har fået ny bank, så beløbet skal til kontoen på fakturaen.");
        ownedBy(m, OWNED[29]);
        m.description = "look-alike " + OWNED[29] + " of the fish auction cites its real customer number, new account";
        m = bad("fake-fish-auction-settlement-invoice");
        headers(m, "Havnekontoret Gilleleje", "afregning@" + OWNED[30], "havn@gribskov.dk", "Auktionsafregning uge 14 - difference")
            .text("Til Gribskov Kommune, Havn\n\nVed auktionsafregningen for uge 14 er landingsafgiften for 37 fartøjer trukket "
                + "to gange. Kommunen skal som havneejer tilbagebetale " + kr(8_640_000) + " kr. til fiskerne via vores "
                + "afregningskonto " + mule(5) + " inden ugens udgang, ellers stopper næste auktion.\n\nHavnekontoret")
            .attach("application/pdf", "afregning-uge14.pdf", Attachments.pdf(docId(m, "fa"), "Auktionsafregning uge 14",
                List.of("Fartøjer 37", "Dobbelt trukket landingsafgift " + kr(8_640_000), "Indbetal: " + mule(5))));
        ownedBy(m, OWNED[30]);
        m.description = "unknown 'harbour office' demands repayment of double landing fees, GB IBAN";
        m = bad("fake-fish-auction-settlement-invoice");
        headers(m, "Smidstrup Fiskeriforening", "kasserer@" + OWNED[31], "havn@gribskov.dk", "Fælles isregning for fiskerne")
            .text("Hej\n\nIsmaskinen på auktionen var i stykker i tre uger, og foreningen købte is hos en anden leverandør. Efter "
                + "aftalen med havnefogeden dækker kommunen halvdelen: 46.200 kr. til " + mule(9) + ". Regningen fra "
                + "isleverandøren følger, når vi har den.\n\nKassereren");
        ownedBy(m, OWNED[31]);
        m.description = "an unknown fishermen's association bills half an ice bill 'agreed with the harbour master', HU IBAN";

        // new: fake-sand-nourishment-invoice
        m = bad("fake-sand-nourishment-invoice");
        invoice(m, kyst.posing(OWNED[32], mule(6)), mule(6), 1, List.of("Kontrakt " + sandContract + ": ekstra 4.800 m3 efter "
            + "stormen"), "", "Hej Kyst og Natur\n\nEfter stormen i marts har vi pumpet ekstra sand ind ud for Rågeleje under "
            + "kontrakt " + sandContract + ". Det ekstra arbejde faktureres her. Betaling til vores projektkonto, som står på "
            + "fakturaen, da den ordinære konto kun bruges til etaperne.");
        ownedBy(m, OWNED[32]);
        m.description = "look-alike " + OWNED[32] + " of the coastal firm bills 'extra storm sand' under the real contract";
        m = bad("fake-sand-nourishment-invoice");
        headers(m, "Dronningmølle Sandfodring", "projekt@" + OWNED[33], "kyst@gribskov.dk", "Forudbetaling - sandpumpning maj")
            .text("Goddag\n\nVi har sikret os sandsugeren 'Havørn' til jeres strækning ved Dronningmølle i maj. For at holde "
                + "pladsen i planen beder rederiet om 30 % forud: " + kr(21_900_000) + " kr. til " + mule(10) + " inden 5 "
                + "hverdage. Resten faktureres efter opmåling.\n\nProjektafdelingen");
        ownedBy(m, OWNED[33]);
        m.description = "unknown firm wants a prepayment to 'hold the dredger' for sand pumping, RO IBAN";
        m = bad("fake-sand-nourishment-invoice");
        String tk = "TK-" + (300 + rnd.nextInt(400));
        headers(m, "Tisvilde Kystsikring", "faktura@" + OWNED[34], "kyst@gribskov.dk", "Faktura " + tk + " høfdereparation")
            .text("Hej\n\nVedlagt faktura for akut reparation af to høfder ved Tisvildeleje, bestilt telefonisk af jeres vagt i "
                + "påsken.\n\nTisvilde Kystsikring")
            .attach("application/pdf", tk + ".pdf", Attachments.pdf(docId(m, "tk"), "Faktura " + tk,
                List.of("Akut reparation af 2 høfder, Tisvildeleje", "Stenmaterialer og gravemaskine", "I alt DKK "
                    + kr(14_375_000), "Konto " + mule(4))));
        ownedBy(m, OWNED[34]);
        m.description = "unknown firm bills an 'emergency groyne repair ordered by phone', PL IBAN";

        // new: fake-summerhouse-waste-collection-invoice
        m = bad("fake-summerhouse-waste-collection-invoice");
        invoice(m, renovation.posing(OWNED[35], mule(7)), mule(7), 6, List.of("Kontrakt " + wasteRoute + ": sæsontillæg "
            + "påske"), "", "Hej Affald og Genbrug\n\nPåsken gav dobbelt så mange sække i sommerhusområderne, så vi har kørt "
            + "ekstra på " + wasteRoute + ". Sæsontillægget er faktureret særskilt og betales til vores sæsonkonto, som står på "
            + "fakturaen.");
        ownedBy(m, OWNED[35]);
        m.description = "look-alike " + OWNED[35] + " of the summer-house collector bills a 'season surcharge', new account";
        m = bad("fake-summerhouse-waste-collection-invoice");
        headers(m, "Vejby Sommerhusrenovation", "drift@" + OWNED[36], "affald@gribskov.dk", "Overtagelse af ruten i Vejby Strand")
            .text("Kære Gribskov Kommune\n\nVi har pr. 1. april overtaget tømningen af sommerhusene i Vejby Strand som "
                + "underleverandør. Regninger for ruten skal derfor betales direkte til os på " + mule(1) + ". Første regning "
                + "på " + kr(6_312_500) + " kr. er vedhæftet.\n\nDriften")
            .attach("application/pdf", "vejby-strand-april.pdf", Attachments.pdf(docId(m, "vs"), "Regning april",
                List.of("Tømning sommerhuse Vejby Strand, april", "DKK " + kr(6_312_500), "Konto " + mule(1))));
        ownedBy(m, OWNED[36]);
        m.description = "unknown 'subcontractor' claims the Vejby Strand route and its payments";
        m = bad("fake-summerhouse-waste-collection-invoice");
        headers(m, "Smidstrup Affald", "kunde@" + OWNED[37], "affald@gribskov.dk", "Storskrald fra sommerhuse - ekstra tur")
            .text("Hej\n\nEfter jeres opringning har vi hentet storskrald ved 64 sommerhuse i Smidstrup. Beløbet, 38.400 kr. "
                + "inkl. moms, bedes overført til " + mule(13) + " inden 8 dage.\n\nSmidstrup Affald");
        ownedBy(m, OWNED[37]);
        m.description = "unknown firm bills bulky-waste pickup 'after your call' in Smidstrup";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus54().generate(), List.of(
            "# Gribskov Kommune, Økonomi: invoice checks (fifty-fourth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=graested-varmevaerk.dk nordkystens-kystteknik.dk gilleleje-fiskeauktion.dk "
                + "udsholt-renovation.dk vejby-anlaeg.dk esrum-skovservice.dk smidstrup-snedker.dk dronningmolle-maler.dk "
                + "helsinge-rengoringsteam.dk nordkysten-ugeavis.dk raageleje-vognmand.dk tisvilde-elservice.dk "
                + "graested-vvs-blik.dk helsinge-madvaerksted.dk kattegat-skoleit.dk nordkystens-busser.dk "
                + "helsinge-kontorforsyning.dk",
            "invoice.domains.platforms=pengeflod.dk ruteregning.dk sendbilag.io tallyport.com",
            "invoice.names.protected=Gribskov Kommune"));
    }
}
