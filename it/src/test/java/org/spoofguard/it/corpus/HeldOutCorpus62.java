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
 * The sixty-second held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Favrskov Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, nature, roads, schools, care, culture
 * and property mailboxes), the municipality between Aarhus and Randers with its town hall at Skovvej 20 in Hinnerup:
 * Hadsten, Hammel, Ulstrup, Søften, Voldum, Laurbjerg, Thorsø, Lading, Haldum, Pederstrup and Sall, the Gudenå river and
 * its canoe routes with their rest sites and landing stages, the Frijsenborg estate and forest and the Lilleå valley.
 * Sixteen listed suppliers from those towns in the DNS postures real Danish firms have (DMARC reject, quarantine and none,
 * SPF only, DKIM only, nothing published, Ed25519, one sending through a web hoster named in its SPF, one whose SPF names
 * only its booking system), four invoicing platforms ({@code nordbilag.dk}, {@code posteringo.io}, {@code regnstroem.dk},
 * {@code tavlefaktura.com}), a canoe service keeping the Gudenå rest sites, a forestry contractor felling bark-beetle spruce
 * in the municipal woods next to Frijsenborg, sole traders on free mail, a German boat builder, a Swedish forestry machine
 * dealer, SaaS ({@code skemastien.io}, {@code vagtplanum.dk}), an ESP ({@code postkaj.com}), an e-signature service
 * ({@code tegnsikkert.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each
 * carrying a Favrskov place name.
 *
 * <p>Fraud families: forged supplier, look-alike domain, punycode homoglyph, look-alike platform, compromised supplier,
 * reply-chain hijack, CEO fraud, fake Digital Post, fake NemHandel notice, fake inkasso, split payment, callback phone,
 * QR code, ZIP-wrapped PDF, Office macro, image-only invoice, payroll account change, UBL XML with a changed payee, fake
 * e-signature request, and two kinds new here: clearing, jetty repairs or toilet emptying at the Gudenå canoe rest sites
 * billed by someone who never paddled there (fake-canoe-rest-site-invoice), and "urgent" felling and removal of
 * bark-beetle spruce in the woods by Frijsenborg billed to a new account (fake-bark-beetle-felling-invoice). Their genuine
 * counterparts are in the legitimate traffic. Written blind: the invoice engine, its tests, tuning notes and earlier results
 * were not read. Labels say what a mail is when it was written; {@code genuine_auth_invoice} is derived from the mail's
 * kind and its computed authentication. A wave-1 history of the listed suppliers' invoices comes four weeks before the rest.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test -Dtest=HeldOutCorpus62GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus62 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout62");
    public static final String OWN = "favrskov.dk";
    static final String FRAUD_NET = "127.162.";
    private static final String OWN_IP = "127.62.0.1";
    private static final String EAN = "5798008431562";
    private static final String KOMMUNE = "Favrskov Kommune";
    private static final String RAADHUS = "Skovvej 20, 8382 Hinnerup";
    private static final String HOSTER_IP = "127.62.9.1";
    private static final String GMAIL = "127.64.1.1";
    private static final String MSFT = "127.64.2.1";
    private static final String APPLE = "127.64.5.1";

    private final Random rnd = new Random(62_8382_0062L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 20;
    /** The canoe service's maintenance agreement for the Gudenå rest sites (the frauds cite it). */
    private String canoeAgreement;
    /** The forestry case for the bark-beetle felling in the municipal woods (the frauds cite it). */
    private String beetleCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 3, 9, 7, 10, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 4, 6, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Hinnerup Fjernvarme a.m.b.a.", "hinnerup-fjernvarme.dk", "Kundecenter",
        "kunde", "127.62.1.1", iban("DK", "76100008213346"), "fjernvarme til Rådhuset, Hinnerup Bibliotek og Plejecenter Søften");
    private final Supplier entrep = new Supplier("Hadsten Anlæg & Kloak ApS", "hadsten-anlaeg.dk", "Brian Vestergaard", "bv",
        "127.62.1.2", bank("7610", "0008220471"), "omlægning af regnvandsledning ved Hadsten Skole");
    private final Supplier kano = new Supplier("Gudenå Kanoservice Ulstrup ApS", "ulstrup-kanoservice.dk", "Troels Kragh",
        "troels", "127.62.1.3", bank("7610", "0008231109"), "drift af kanorastepladserne ved Gudenåen: slåning, tømning af "
        + "toiletter og eftersyn af anløbsbroer");
    private final Supplier skov = new Supplier("Frijsenborg Skovservice ApS", "frijsenborg-skovservice.dk", "Skovfoged Ane Lund",
        "ane", "127.62.1.4", iban("DK", "53250008246630"), "fældning og udkørsel af barkbillegraner i kommuneskoven ved Hammel");
    private final Supplier toemrer = new Supplier("Hammel Tømrer & Snedker ApS", "hammel-snedker.dk", "Rasmus Holt", "rh",
        "127.62.1.5", bank("5325", "0008252294"), "nye døre og lofter i Hammel Idrætscenter");
    private final Supplier maler = new Supplier("Søften Malerfirma v/ Kim Berg", "soeften-maler.dk", "Kim Berg", "kim",
        "127.62.1.6", bank("7610", "0008263815"), "maling af gange og klasselokaler, Søften Skole");
    private final Supplier rengoer = new Supplier("Favrskov Rengøring ApS", "favrskov-rengoering.dk", "Fakturering",
        "faktura", "127.62.1.7", iban("DK", "76100008270048"), "daglig rengøring af Rådhuset og Hadsten Bibliotek");
    private final Supplier avis = new Supplier("Hadsten Posten", "hadsten-posten.dk", "Annonceafdelingen", "annonce",
        "127.62.1.8", iban("DK", "53250008281197"), "annoncer: lokalplan for Voldum og stillinger på dagtilbudsområdet");
    private final Supplier vognmand = new Supplier("Voldum Vognmandsforretning ApS", "voldum-vognmand.dk", "Jørgen Bech",
        "jb", "127.62.1.9", bank("7610", "0008295530"), "kørsel med grus og flis til stierne i Lilleådalen");
    private final Supplier el = new Supplier("Laurbjerg El-Service ApS", "laurbjerg-el.dk", "Mette Dahl", "md", HOSTER_IP,
        bank("5325", "0008302716"), "LED-armaturer og nye tavler, Laurbjerg Børnehus");
    private final Supplier vvs = new Supplier("Thorsø VVS & Energi ApS", "thorsoe-vvs.dk", "Kontoret", "kontor", "127.62.1.11",
        bank("7610", "0008314482"), "varmepumpeservice og nye blandingsbatterier, Thorsø Skole");
    private final Supplier mad = new Supplier("Lading Storkøkken A/S", "lading-storkoekken.dk", "Lading Storkøkken, Regnskab",
        "regnskab", "127.62.1.12", iban("DK", "53250008326607"), "mad til plejecentrene og madudbringning i Hammel og Ulstrup");
    private final Supplier byg = new Supplier("Hinnerup Trælast A/S", "hinnerup-traelast.dk", "Erhvervskunder", "erhverv",
        "127.62.1.13", iban("DK", "76100008338871"), "byggematerialer til Ejendomscenter Favrskov efter rammeaftale");
    private final Supplier it = new Supplier("Lilleådalens IT ApS", "lilleaadalen-it.dk", "Debitor", "debitor",
        "127.62.1.14", bank("5325", "0008341290"), "netværksdrift og Chromebooks til skolerne");
    private final Supplier bus = new Supplier("Haldum Turist- og Skolebusser ApS", "haldum-busser.dk", "Planlægningen", "plan",
        "127.62.1.15", bank("7610", "0008357724"), "skolekørsel Haldum-Hinnerup og ture til Frijsenborg Skov");
    private final Supplier kontor = new Supplier("Sall Kontorforsyning ApS", "sall-kontor.dk", "Ordrekontoret", "ordre",
        "127.62.1.16", iban("DK", "53250008369051"), "kopipapir, toner og mødebordsmateriel til Rådhuset");
    // not on the creditor list
    private final Supplier smed = new Supplier("Pederstrup Smedie v/ Ib Nørgaard", "pederstrup-smedie.dk", "Ib Nørgaard", "ib",
        "127.62.2.1", bank("7610", "0008372263"), "nyt gelænder på gangbroen over Lilleå");
    private final Supplier natur = new Supplier("Lilleådalens Naturpleje v/ Signe Aagaard", "lilleaa-naturpleje.dk",
        "Signe Aagaard", "signe", "127.62.2.2", bank("5325", "0008385518"), "afgræsning og rydning af pil i Lilleådalen");
    private final Supplier guide = new Supplier("Naturvejleder Jonas Friis", "gmail.com", "Jonas Friis", "jonas.friis.natur",
        GMAIL, bank("7610", "0008391107"), "tre kanoture på Gudenåen for 7. årgang");
    private final Supplier tolk = new Supplier("Tolk v/ Leyla Demir", "outlook.com", "Leyla Demir", "leyla.demir.tolk", MSFT,
        bank("5325", "0008402339"), "tolkning tyrkisk-dansk ved skole-hjem-samtaler i Hadsten, 5 timer");
    private final Supplier musik = new Supplier("Harmonikaspiller Poul Riis", "icloud.com", "Poul Riis", "poul.riis.musik",
        APPLE, bank("7610", "0008415526"), "musik til sommerfest på Plejecenter Lading og Ulstrup");
    private final Supplier fotograf = new Supplier("Fotograf Maja Krog", "live.dk", "Maja Krog", "majakrog.foto", MSFT,
        bank("5325", "0008420947"), "fotos af Gudenåens kanorastepladser til den nye turistfolder");
    private final Supplier tysk = new Supplier("Bootsbau Holm GmbH", "bootsbau-holm-schleswig.de", "Buchhaltung", "buchhaltung",
        "127.65.1.1", iban("DE", "230501980007315522"), "Kanus und Paddel für die Kanorastplätze am Gudenå");
    private final Supplier svensk = new Supplier("Värnamo Skogsmaskin AB", "varnamo-skogsmaskin.se", "Ekonomi", "ekonomi",
        "127.65.2.1", iban("SE", "30800000083261047755"), "reservdelar till gripen på er skotare");

    private final List<Supplier> listed = List.of(varme, entrep, kano, skov, toemrer, maler, rengoer, avis, vognmand, el, vvs,
        mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Favrskov place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"hinnerup-fjernvarme.net", "hadsten-anlaeg-kloak.dk", "hinnerup-trelast.dk",
        "laurbjerg-elservice.dk", idn("hinnerup-tr\u0430elast.dk"), idn("hinnerup-r\u0430adhus.dk"), "nordbilag-hadsten.com",
        "posteringo-hammel.io", "lading-storkokken.dk", "hammel-snedker.net", "hinnerup-okonomi.com", "soeften-betaling.dk",
        "digitalpost-hinnerup.com", "nemhandel-hadsten.net", "voldum-inkasso.dk", "thorsoe-vvs.com", "sall-kontorforsyning.dk",
        "haldum-busser.net", "lilleaadalen-it.net", "ulstrup-betalingsservice.dk", "pederstrup-faktura.dk",
        "hadsten-posten.net", "tegnsikkert-laurbjerg.dk", "hadsten-rengoring.dk", "ulstrup-kanoservice.com",
        "gudenaa-kanorasteplads-ulstrup.dk", "thorsoe-kanoudlejning.dk", "frijsenborg-skovservice.net",
        "hammel-skovdrift.dk", "frijsenborg-barkbille.dk", "voldum-vognmand.net", "haldum-loenservice.dk", "lading-xml.dk"};

    private String own(int i) {
        return OWNED[i];
    }

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(kano.domain(), List.of(kano.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(skov.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.62.98.7"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.62.1.23"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject");
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null);
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("nordbilag.dk", List.of("127.62.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("posteringo.io", List.of("127.62.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("regnstroem.dk", List.of("127.62.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("tavlefaktura.com", List.of("127.62.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature, partners
        domain("midtjysk-andelskasse.dk", List.of("127.62.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oestjysk-erhvervsbank.dk", List.of("127.62.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornetvaerk-oestjylland.dk", List.of("127.62.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("jyske-bogholderkreds.dk", List.of("127.62.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("offentlige-indkoebere-midt.dk", List.of("127.62.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postkaj.com", List.of("127.62.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kanoforum-gudenaa.dk", List.of("127.62.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.hinnerup-fiber.dk", List.of("127.62.28.1"), "-all", null, null);
        domain("relay.hadsten-net.dk", List.of("127.62.29.1"), "-all", null, null);
        domain("skemastien.io", List.of("127.62.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtplanum.dk", List.of("127.62.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("tegnsikkert.dk", List.of("127.62.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gudenaa-sejlads-samarbejdet.dk", List.of("127.62.33.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hadsten-idraetsforening.dk", List.of("127.62.34.1"), "~all", null, "none");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
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
        switch (Math.floorMod(sha256("no62:" + s.domain()).hashCode(), 5)) {
            case 0:
                return "F" + (37_000 + rnd.nextInt(9_000));
            case 1:
                return "FV-" + (500 + rnd.nextInt(8_000));
            case 2:
                return String.valueOf(620_000 + rnd.nextInt(90_000));
            case 3:
                return "2037-" + String.format("%05d", 40 + rnd.nextInt(9_000));
            default:
                return "INV" + (8_800 + rnd.nextInt(1_100));
        }
    }

    private static final String[] TO = {"kreditorer@favrskov.dk", "efaktura@favrskov.dk", "kreditorer@favrskov.dk",
        "oekonomi@favrskov.dk", "natur@favrskov.dk", "vejpark@favrskov.dk", "skoler@favrskov.dk", "omsorg@favrskov.dk",
        "ejendomscenter@favrskov.dk", "indkoeb@favrskov.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf62:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(35_000_000 + Math.floorMod(sha256("cvr62:" + domain).hashCode(), 6_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(83_000_000 + Math.floorMod(sha256("fi62:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "hinnerup-fjernvarme.dk" -> "Østergade 61, 8382 Hinnerup";
            case "hadsten-anlaeg.dk" -> "Industrivej 22, 8370 Hadsten";
            case "ulstrup-kanoservice.dk" -> "Åvej 4, 8860 Ulstrup";
            case "frijsenborg-skovservice.dk" -> "Frijsenborgvej 101, 8450 Hammel";
            case "hammel-snedker.dk" -> "Randersvej 17, 8450 Hammel";
            case "soeften-maler.dk" -> "Søftenvej 88, 8382 Hinnerup";
            case "favrskov-rengoering.dk" -> "Grønnegade 9, 8370 Hadsten";
            case "hadsten-posten.dk" -> "Søndergade 12, 8370 Hadsten";
            case "voldum-vognmand.dk" -> "Voldumvej 41, 8370 Hadsten";
            case "laurbjerg-el.dk" -> "Stationsvej 7, 8870 Langå";
            case "thorsoe-vvs.dk" -> "Bjerringbrovej 30, 8881 Thorsø";
            case "lading-storkoekken.dk" -> "Ladingvej 3, 8471 Sabro";
            case "hinnerup-traelast.dk" -> "Vestergade 50, 8382 Hinnerup";
            case "lilleaadalen-it.dk" -> "Torvet 2, 8370 Hadsten";
            case "haldum-busser.dk" -> "Haldumvej 19, 8382 Hinnerup";
            case "sall-kontor.dk" -> "Sallvej 5, 8450 Hammel";
            case "pederstrup-smedie.dk" -> "Pederstrupvej 28, 8370 Hadsten";
            case "lilleaa-naturpleje.dk" -> "Lilleåvej 60, 8382 Hinnerup";
            default -> "";
        };
    }

    /** Two layouts written for this corpus: an itemised invoice and a period charge with the FI line. */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        boolean own = account != null && account.equals(s.account());
        if (Math.floorMod(layout, 2) == 0) {
            head = title + " " + no + " - " + s.name();
            l.add("Afsender " + s.name() + " (" + street(s) + ") med CVR " + cvr(s.domain()));
            l.add("Faktureres til " + KOMMUNE + " på " + RAADHUS + " under EAN " + EAN);
            l.add("Udstedt " + dottedDay(m, 0) + " af " + s.person());
            l.add("Leveret: " + s.what());
            l.add("Grundbeløb " + a.net() + " kroner, hertil moms " + a.vat() + " kroner, fakturatotal " + a.gross() + " kroner");
            l.addAll(more);
            l.add("Vi beder om pengene senest " + writtenDay(m, 30) + ", som er tredive dages kredit");
            if (account != null) {
                l.add("Pengene sættes ind på " + account + ", og fakturanummeret skrives i posteringsteksten");
            }
        } else {
            head = title + " nr. " + no;
            l.add(s.name() + " | " + street(s) + " | CVR " + cvr(s.domain()));
            l.add("Modtager af ydelsen er " + KOMMUNE + " med EAN " + EAN);
            l.add("Afregnet tidsrum " + dottedDay(m, -31) + " til og med " + dottedDay(m, -1) + " vedrørende " + s.what());
            long fixed = a.ore() * 3 / 10;
            l.add("Grundgebyr " + kr(fixed) + " og timer samt materialer " + kr(a.ore() - fixed));
            l.add("Sum før moms " + a.net() + ", momsbeløb " + a.vat() + ", samlet at betale " + a.gross());
            l.addAll(more);
            l.add("Seneste betalingsdag er " + dashedDay(m, 21) + (account == null ? "" : ", gerne via " + account));
            if (own) {
                l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "FAV-" + no + ".pdf", no + ".pdf",
            "Favrskov Kommune faktura " + no + ".pdf", "fak-" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Favrskov Kommune", "Til kreditorbogholderiet", "Hej", "Goddag",
        "Kære Favrskov Kommune", "Hej økonomi", "Att. kreditorer"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig62:" + s.domain() + s.box()).hashCode(), 4)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh\n" + firstName(s) + "\n" + s.name() + "\nTlf. 86 " + (10 + rnd.nextInt(89)) + " "
                    + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nHilsen " + firstName(s) + (freeMail(s) ? "\n\nSendt fra min mobil" : "\n" + s.name());
            default:
                return "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : ", CVR " + cvr(s.domain()));
        }
    }

    private static final String[] BODY = {"Hermed fakturaen for %s.", "Vedhæftet finder I vores faktura på %s kr. inkl. moms.",
        "Tak for samarbejdet - fakturaen ligger i PDF-filen.", "Fakturaen er også indsendt via NemHandel til EAN-nummeret; "
        + "den skal naturligvis kun betales én gang.", "Her er regningen for arbejdet, som blev aftalt med jeres medarbejder.",
        "Fakturaen for sidste måned følger vedhæftet. Giv lyd, hvis noget ikke stemmer.",
        "Vi fremsender faktura for ydelsen jf. aftale.", "I får her fakturaen - betalingsoplysningerne er de sædvanlige."};

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 3_900_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Faktura " + no + " - " + KOMMUNE, s.name() + ": faktura " + no,
            "Ny faktura fra " + s.name(), "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, "Fakt. " + no};
        String b = BODY[Math.floorMod(v, BODY.length)];
        String body = text != null ? text : b.contains("%s") ? String.format(b, b.contains("kr.") ? a.gross() : s.what()) : b;
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 0 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><body><div style=\"font-family:Calibri,sans-serif\"><p>"
                + full.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></div></body></html>");
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
        if (List.of(varme, rengoer, mad, it, kontor, bus).contains(s)) {
            return 1;
        }
        return v % 3 == 0 ? 1 : 0;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Skovvej 20", "Hinnerup", "8382", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    /** A mule account: a valid IBAN from a country the fraud would plausibly use. */
    private static String mule(int i) {
        String h = sha256("mule62:" + i).replaceAll("[a-f]", "");
        String d = (h + h + h).substring(0, 30);
        return switch (Math.floorMod(i, 8)) {
            case 0 -> iban("DK", "89" + d.substring(0, 12));
            case 1 -> iban("LT", "73" + d.substring(0, 14));
            case 2 -> iban("GB", "ULSB" + d.substring(0, 14));
            case 3 -> iban("DE", d.substring(0, 18));
            case 4 -> iban("PL", d.substring(0, 24));
            case 5 -> iban("EE", d.substring(0, 16));
            case 6 -> iban("IE", "IPBS" + d.substring(0, 14));
            default -> iban("NL", "FVLB" + d.substring(0, 10));
        };
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private M simple(String family, boolean invoice, String name, String from, String to, String subject, String text,
                     String ip, String description) {
        M m = ok(family, invoice);
        headers(m, name, from, to, subject).text(text);
        genuine(m, ip);
        m.description = description;
        return m;
    }

    private void legitimate() {
        canoeAgreement = "KR-GUD-" + (140 + rnd.nextInt(60));
        beetleCase = "SKOV-" + (2_037_100 + rnd.nextInt(300));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == kano ? List.of("Driftsaftale " + canoeAgreement + ": 9 rastepladser Tange-Ulstrup-Bjerringbro")
                : s == skov ? List.of("Sag " + beetleCase + ": 240 rm angrebet rødgran, kommuneskoven ved Hammel") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 2, List.of("Bestilt af Vej og Park"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the footbridge railing, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, maler, vognmand, byg, it, entrep,
            kontor, avis);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = k % 3 == 0 ? List.of("Indkøbsordre FK-" + (60_100 + k * 211))
                : k % 3 == 1 ? List.of("Rekvirent: " + to().replace("@favrskov.dk", "")) : List.of();
            invoice(m, s, s.account(), k * 2 + 5, ref, k % 4 == 1 ? "\n\nFølgesedlen ligger med i samme mail." : "");
            if (k % 4 == 1) {
                m.mime.attach("application/pdf", "foelgeseddel.pdf", Attachments.pdf(docId(m, "fs"), "Følgeseddel",
                    List.of(s.what(), "Modtaget af Ejendomscenter Favrskov, Hinnerup", "Kolli: " + (2 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "");
            k++;
        }
        // credit notes and reminders
        Supplier[] cn = {byg, kontor};
        String[] why = {"Fem plader krydsfiner havde fugtskader og er taget retur.", "Tonerpatronerne passede ikke til "
            + "printerne i Borgerservice og er hentet igen."};
        for (int i = 0; i < 2; i++) {
            Supplier s = cn[i];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (700 + rnd.nextInt(200));
            Amount a = amount(90_000).credit();
            headers(m, s.person(), addr(s), "kreditorer@favrskov.dk", "Kreditnota " + no + " til faktura " + p.no())
                .text(GREETING[i + 1] + "\n\n" + why[i] + " Kreditnotaen på " + a.gross() + " kr. kan trækkes fra i "
                    + "næste betaling." + signature(s))
                .attach("application/pdf", "kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
        }
        Supplier[] rm = {avis, entrep};
        String[] rtext = {"Vi kan ikke se en indbetaling på fakturaen nedenfor. Har I allerede betalt, så se bort fra denne "
            + "mail.", "Fakturaen er nu 14 dage over forfald. Der er ikke pålagt rykkergebyr denne gang."};
        for (int i = 0; i < 2; i++) {
            Supplier s = rm[i];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditorer@favrskov.dk", (i == 0 ? "Venlig påmindelse" : "Rykker") + " - faktura " + p.no())
                .text("Hej\n\n" + rtext[i] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. betales til "
                    + s.account() + " som hidtil." + signature(s))
                .attach("application/pdf", "paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
        }
        Past pv = past.get(vognmand.domain());
        simple("statement-of-account", false, vognmand.person(), addr(vognmand), "kreditorer@favrskov.dk",
            "Saldoudskrift til årsafstemning", "Hej\n\nHer er saldoen til jeres afstemning: faktura "
                + pv.no() + " er betalt, og der er ingen åbne poster hos os pr. i dag." + signature(vognmand), vognmand.ip(),
            "voldum-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)");
        // UBL
        int u = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(700_000);
            boolean peppol = u == 1;
            String ref = "FK-" + (71_000 + u * 377);
            headers(m, s.name(), addr(s), "efaktura@favrskov.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej\n\nVores nye regnskabsprogram kan endnu ikke aflevere til NemHandel, så XML-filen kommer her som "
                    + "vedhæftet fil, og en PDF til jeres arkiv. Kontoen er uændret.\n\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), u,
                    List.of("Ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            u++;
        }
        // platforms
        String[] pd = {"nordbilag.dk", "posteringo.io", "regnstroem.dk", "tavlefaktura.com"};
        String[] pn = {"Nordbilag", "Posteringo", "Regnstrøm", "Tavlefaktura"};
        Supplier[] who = {natur, smed, guide, musik};
        for (int i = 0; i < 4; i++) {
            M m = ok("platform-invoice", true);
            Supplier s = who[i];
            Amount a = amount(300_000);
            String no = pn[i].substring(0, 2).toUpperCase() + "-" + (30_000 + rnd.nextInt(9_000));
            m.mailFrom = "retur-" + sha256("plat62:" + m.id).substring(0, 10) + "@" + pd[i];
            headers(m, s.person() + " via " + pn[i], "faktura@" + pd[i], to(), "Faktura " + no + " fra " + s.name())
                .text("Hej " + KOMMUNE + "\n\n" + s.name() + " har sendt jer en faktura gennem " + pn[i] + ".\nBeløb: "
                    + a.gross() + " kr.\nForfald: " + dottedDay(m, 14) + "\n\nBetaling sker direkte til leverandørens konto, "
                    + "som står på fakturaen.\n\n" + pn[i])
                .attach("application/pdf", no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of("Sendt via " + pd[i])));
            genuine(m, "127.62." + (11 + i) + ".1");
            m.description = "invoicing platform " + pd[i] + " delivers " + s.name() + "'s invoice";
        }
        // small firms
        int w = 0;
        for (Supplier s : List.of(tolk, fotograf, natur, guide)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), w + 1, List.of(), w == 0 ? "\n\nJeg er ikke momsregistreret." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            w++;
        }
        foreign();
        other();
    }

    private void foreign() {
        M m = ok("foreign-invoice", true);
        String no = "RE-" + (5_100 + rnd.nextInt(800));
        Amount a = amount(600_000);
        headers(m, "Bootsbau Holm", addr(tysk), "natur@favrskov.dk", "Rechnung " + no + " - Kanus")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über vier Kanadier und zwölf Paddel für "
                + "die Rastplätze am Gudenå. Innergemeinschaftliche Lieferung, Steuerschuldnerschaft des Leistungsempfängers."
                + "\n\nMit freundlichen Grüßen\nBuchhaltung, Bootsbau Holm")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Schleswig", "Kunde: " + KOMMUNE, tysk.what(), "Netto EUR " + kr(a.ore() / 7),
                    "Zahlbar an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German boat builder (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "VS" + (2_200 + rnd.nextInt(600));
        headers(m, "Värnamo Skogsmaskin", addr(svensk), "vejpark@favrskov.dk", "Faktura " + no)
            .text("Hej!\n\nBifogat finns fakturan för reservdelarna till gripen som ni beställde per telefon. Betala gärna "
                + "till kontot på fakturan.\n\nVänliga hälsningar\nEkonomi, Värnamo Skogsmaskin AB")
            .attach("application/pdf", "faktura-" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE + ", Vej og Park", svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "IBAN-betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish forestry machine dealer invoice (RSA, p=none), SE IBAN";
        // SaaS
        m = ok("saas-invoice", true);
        a = amount(250_000);
        headers(m, "Skemastien", "billing@skemastien.io", "skoler@favrskov.dk", "Your Skemastien invoice for April")
            .text("Hello " + KOMMUNE + ",\n\nYour invoice for Skemastien (timetables for 14 schools) is attached. It is also "
                + "delivered to EAN " + EAN + ". Total DKK " + a.gross() + ".\n\nThe Skemastien team")
            .attach("application/pdf", "skemastien-april.pdf", Attachments.pdf(docId(m, "sk"), "Invoice",
                List.of("Skemastien ApS", "Bill to: " + KOMMUNE, "Licence April 2037, 14 schools", "Total DKK " + a.gross())));
        genuine(m, "127.62.30.1");
        m.description = "SaaS skemastien.io invoice in English, DMARC pass";
        m = ok("saas-invoice", true);
        a = amount(250_000);
        headers(m, "Vagtplanum", "kvittering@vagtplanum.dk", "omsorg@favrskov.dk", "Kvittering - Vagtplanum licens")
            .text("Hej\n\nTak for betalingen af licensen til vagtplanlægning i hjemmeplejen (210 brugere). Der er trukket "
                + a.gross() + " kr. på kortet, der ender på 4471.\n\nVagtplanum");
        genuine(m, "127.62.31.1");
        m.description = "SaaS vagtplanum.dk receipt paid by card, Ed25519, DMARC pass";
    }

    private void other() {
        // a real bank change, announced and then used
        String nyT = bank("5325", "0008911346");
        M m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, toemrer.person(), addr(toemrer), "kreditorer@favrskov.dk", "Skift af pengeinstitut")
            .text("Til kreditorbogholderiet\n\nHammel Tømrer & Snedker har flyttet sine konti til "
                + "Østjysk Erhvervsbank. Fakturaer dateret 1. april 2037 og senere betales til " + nyT + ". Ældre fakturaer "
                + "betales som anført på dem.\n\nI er velkomne til at ringe til værkstedet på det nummer, I kender, og få "
                + "det bekræftet." + signature(toemrer));
        genuine(m, toemrer.ip());
        m.description = "history: listed carpenter genuinely announces a new bank (Ed25519, DMARC reject, pass)";
        m.mime.attach("application/pdf", "bankskift.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankforbindelse",
            List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.04.2037", "Ny konto: " + nyT, "Rasmus Holt")));
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nyt skab og bænke i omklædningsrummene, Hammel Idrætscenter");
        invoice(m, moved, nyT, 4, List.of("Ny bankforbindelse fra 01.04.2037"), "\n\nBemærk den nye konto, som vi varslede i marts.");
        genuine(m, toemrer.ip());
        m.description = "hammel-snedker.dk invoice to its new account after the announced bank change";
        // forwarded
        m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 9, List.of(), "");
        m.mailFrom = "SRS0=h7Tq=RA=hadsten-posten.dk=annonce@srs.hinnerup-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.62.28.1";
        m.helo = "srs.hinnerup-fiber.dk";
        m.description = "hadsten-posten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, mad, mad.account(), 12, List.of(), "");
        m.signers.add(mad.domain());
        relayedBy(m, "relay.hadsten-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 15, List.of(), "");
        relayedBy(m, "relay.hadsten-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
        // lists
        String[][] p = {{"jyske-bogholderkreds.dk", "Birthe Skov", "bsk@", "Regning for kanorastepladser?",
            "Hej alle\n\nEr der andre åkommuner, der har fået en regning for tømning af toiletter ved kanorastepladser fra et "
                + "firma, der ikke har nogen aftale? Vores driftsfolk kender dem ikke.\n\nBirthe"},
            {"offentlige-indkoebere-midt.dk", "Kasper Møller", "kmo@", "Barkbillefældning med ny konto", "Hej\n\nVi fik en "
                + "'akut' regning for fældning af barkbillegraner med en udenlandsk konto. Skovfogeden havde ikke bestilt "
                + "noget. Pas på derude.\n\nKasper"}};
        for (String[] x : p) {
            m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornetvaerk-oestjylland.dk", x[3])
                .header("List-Id", "Kreditornetværk Østjylland <liste.kreditornetvaerk-oestjylland.dk>").text(x[4]);
            listPost(m, x[0], "kreditornetvaerk-oestjylland.dk", "[Kreditornet] ", "\r\n-- \r\nKreditornetværk Østjylland\r\n"
                + "Afmeld: https://kreditornetvaerk-oestjylland.dk/afmeld\r\n");
        }
        // newsletters
        m = simple("newsletter", false, "Kanoforum Gudenå", "nyhedsbrev@kanoforum-gudenaa.dk", "natur@favrskov.dk",
            "Sæsonstart på Gudenåen", "Kære samarbejdspartnere\n\nKanosæsonen åbner 1. maj. Husk at tjekke skiltningen ved "
                + "rastepladserne, og at kun de aftalte driftsfirmaer fakturerer for pleje af pladserne.\n\nKanoforum Gudenå",
            "127.62.27.1", "newsletter from the canoe forum, DMARC pass");
        m.mime.header("List-Unsubscribe", "<https://kanoforum-gudenaa.dk/afmeld>");
        m = ok("newsletter", false);
        m.mailFrom = "bounce-8812@postkaj.com";
        headers(m, "Østjysk Erhvervsbank", "nyheder@oestjysk-erhvervsbank.dk", "oekonomi@favrskov.dk", "Nyt fra banken: april")
            .header("List-Unsubscribe", "<https://postkaj.com/u/oeb-8812>")
            .html("<html><body><h2>Nyt fra Østjysk Erhvervsbank</h2><p>Renteændringer på erhvervskonti og et godt råd: bed "
                + "altid leverandøren bekræfte nye kontonumre på et telefonnummer, I selv har.</p></body></html>");
        m.signers.add("oestjysk-erhvervsbank.dk");
        m.signers.add("postkaj.com");
        m.ip = "127.62.26.1";
        m.helo = "out.postkaj.com";
        m.description = "bank newsletter sent through the ESP postkaj.com (signed with the bank's delegated key and the ESP's)";
        // internal
        String[][] in = {{"Natur og Vand", "natur@", "kreditorer@favrskov.dk", "Kanorastepladserne 2037",
            "Hej\n\nKun Gudenå Kanoservice Ulstrup passer rastepladserne for os, under driftsaftale " + canoeAgreement
                + ". Andre regninger om pladserne skal sendes til mig, før de betales.\n\nNatur og Vand"},
            {"Vej og Park", "vejpark@", "kreditorer@favrskov.dk", "Barkbillegranerne", "Hej\n\nFældningen i kommuneskoven "
                + "ved Hammel er bestilt hos Frijsenborg Skovservice (sag " + beetleCase + "). Vi har ikke andre entreprenører "
                + "på opgaven.\n\nVej og Park"},
            {"Løn og Personale", "loen@", "ledere@favrskov.dk", "Ændring af lønkonto", "Kære ledere\n\nMedarbejdere ændrer "
                + "selv lønkonto i selvbetjeningen med MitID. Vi retter aldrig konti efter en mail.\n\nLøn og Personale"}};
        for (String[] i : in) {
            simple("internal", false, i[0], i[1] + OWN, i[2], i[3], i[4], OWN_IP, "internal mail from our own domain, signed");
        }
        // banks
        simple("bank-notice", false, "Midtjysk Andelskasse", "erhverv@midtjysk-andelskasse.dk", "oekonomi@favrskov.dk",
            "Betalingsfil modtaget", "Kære kunde\n\nBetalingsfilen med 212 poster er modtaget og gennemføres på bankdagen. "
                + "Se detaljerne i netbanken; vi sender aldrig links i disse beskeder.\n\nMidtjysk Andelskasse", "127.62.21.1",
            "the municipality's bank confirms a payment file, no link");
        simple("bank-notice", false, "Østjysk Erhvervsbank", "kunde@oestjysk-erhvervsbank.dk", "oekonomi@favrskov.dk",
            "Nye priser på valutaoverførsler", "Til erhvervskunder\n\nPrisen for SEPA-overførsler er uændret, mens "
                + "overførsler i andre valutaer stiger fra 1. juni. Se prislisten i netbanken.\n\nØstjysk Erhvervsbank",
            "127.62.22.1", "bank notice about prices, Ed25519");
        // order confirmations
        simple("order-confirmation", false, byg.person(), addr(byg), "ejendomscenter@favrskov.dk", "Ordrebekræftelse 55" + rnd.nextInt(900),
            "Hej\n\nTak for bestillingen af terrassebrædder og skruer til shelterpladsen ved Pederstrup. Levering torsdag "
                + "mellem 7 og 10. Faktura følger efter levering." + signature(byg), byg.ip(), "order confirmation, no payment data");
        simple("order-confirmation", false, kontor.person(), addr(kontor), "indkoeb@favrskov.dk", "Vi har modtaget din ordre",
            "Hej\n\nDin ordre på 40 kasser kopipapir og 12 tonere er registreret og sendes i morgen. Fakturaen kommer via "
                + "NemHandel." + signature(kontor), kontor.ip(), "order confirmation, no payment data");
        // e-signature
        String[][] es = {{"Lejeaftale for kanoskur, Ulstrup", "natur@favrskov.dk"}, {"Driftsaftale busser 2037-2040", "indkoeb@favrskov.dk"}};
        for (String[] e : es) {
            m = ok("e-signature-request", false);
            headers(m, "Tegnsikkert", "besked@tegnsikkert.dk", e[1], "Dokument til underskrift: " + e[0])
                .html("<html><body><p>Hej</p><p>Du er bedt om at underskrive <b>" + e[0] + "</b>. Log ind med MitID på "
                    + "tegnsikkert.dk for at læse og underskrive.</p><p><a href=\"https://tegnsikkert.dk/doc/"
                    + sha256("es62" + e[0]).substring(0, 16) + "\">Åbn dokumentet</a></p><p>Tegnsikkert</p></body></html>");
            genuine(m, "127.62.32.1");
            m.description = "genuine e-signature request from tegnsikkert.dk (DMARC pass)";
        }
        // deposit
        m = ok("deposit-invoice", true);
        invoice(m, bus, bus.account(), 20, List.of("Depositum 30 % for lejrskoletur til Frijsenborg, uge 24"), "",
            "Som aftalt sender vi fakturaen på depositum for bussen til lejrskoleturen. Restbeløbet faktureres efter turen.");
        genuine(m, bus.ip());
        m.description = "haldum-busser.dk deposit invoice for a school camp trip (Ed25519, DMARC pass)";
        // counterparts of the new fraud families
        m = ok("canoe-rest-site-invoice", true);
        invoice(m, kano, kano.account(), 3, List.of("Driftsaftale " + canoeAgreement + ", april 2037",
            "Klargøring af 9 rastepladser, 2 nye planker på broen ved Ulstrup"), "\n\nBilleder af broerne er sendt til Natur og Vand.");
        genuine(m, kano.ip());
        m.description = "the real canoe service invoices spring preparation of the Gudenå rest sites (RSA, no DMARC)";
        m = ok("canoe-rest-site-invoice", true);
        invoice(m, kano, kano.account(), 8, List.of("Driftsaftale " + canoeAgreement + ", tømning af toiletter uge 15-16"), "");
        genuine(m, kano.ip());
        m.description = "the real canoe service invoices toilet emptying at the rest sites";
        m = ok("bark-beetle-felling-invoice", true);
        invoice(m, skov, skov.account(), 6, List.of("Sag " + beetleCase + ", 1. etape: 130 rm fældet og kørt til Frijsenborg"),
            "\n\nOpmålingen af stablen kan ses ved skovvejen.");
        genuine(m, skov.ip());
        m.description = "the real forestry contractor invoices the first stage of the bark-beetle felling (DKIM only, p=quarantine)";
        m = ok("bark-beetle-felling-invoice", true);
        invoice(m, skov, skov.account(), 10, List.of("Sag " + beetleCase + ", 2. etape og oprydning af ris"), "");
        genuine(m, skov.ip());
        m.description = "the real forestry contractor invoices the second stage";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private M fake(String family, String name, String from, String to, String subject, String domain, String description) {
        M m = bad(family);
        headers(m, name, from, to, subject);
        ownedBy(m, domain);
        m.description = description;
        return m;
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(3), 2, List.of("Ny betalingsmodtager"), "", "Kære varmekunde i Hinnerup\n\nVærkets "
            + "bestyrelse har besluttet, at afregningen af kvartalets varme fra nu af håndteres af en tysk partner, som også "
            + "passer værkerne syd for grænsen. Derfor er beløbet på denne opkrævning stilet til partnerens konto. Overførsler "
            + "til værkets hidtidige konto vil blive tilbageført af banken om en uges tid, og så risikerer I renter.");
        forged(m, forgedHost++);
        m.description = "forged From hinnerup-fjernvarme.dk (p=reject) from a fraudster's machine, DE mule account";
        m = bad("forged-supplier");
        invoice(m, vvs, mule(9), 5, List.of(), "", "Servicebesøget på varmepumperne er afsluttet. Vi er skiftet til en "
            + "litauisk betalingsformidler for at få hurtigere afregning, så beløbet skal sendes til kontoen i fakturaen.");
        forged(m, forgedHost++);
        m.description = "forged From thorsoe-vvs.dk (SPF only, p=quarantine), LT account";

        // lookalike-domain
        Object[][] l = {{own(0), varme, "Vi har netop lagt kunderegistret over i et "
            + "nyt program, og samtidig har andelsselskabet valgt en anden bank til indbetalinger. Kontoen i vores gamle "
            + "breve kan derfor ikke bruges efter den sidste dag i måneden, så brug venligst udelukkende den, der står på "
            + "vedlagte opkrævning for fjernvarmen til Rådhuset og biblioteket."},
            {own(1), entrep, "Regnvandsledningen bag Hadsten "
                + "Skole er lagt om, og græsset er sået igen. Revisoren har fået os til at flytte driftskontoen til en "
                + "netbank med lavere gebyrer, så den gamle reg.nr. i jeres kartotek er ikke længere gyldig. Kig på "
                + "nederste linje i PDF-filen, der står den nye, og brug den til denne og kommende regninger."},
            {own(2), byg, "Samlefakturaen for trælastvarerne "
                + "til Ejendomscenteret i april følger her. Efter koncernens opkøb af et par tømmerhandler i Østjylland "
                + "går alle indbetalinger nu gennem moderselskabets bank. Vær søde at rette jeres leverandøroplysninger, "
                + "før næste betalingsløb køres, så pengene ikke havner på den lukkede konto."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 10), i * 2 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(own(4), byg.account()), mule(14), 4, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Fakturaen for spær, lægter og gipsplader til "
                + "Ejendomscenterets værksted i Hinnerup er vedhæftet. Trælasten bruger fra april en anden bank, og de "
                + "opdaterede betalingsoplysninger i PDF-filen erstatter alt, hvad I har stående fra tidligere.");
        ownedBy(m, own(4));
        m.description = "IDN " + own(4) + " (Cyrillic a) posing as hinnerup-traelast.dk, new account";
        m = fake("punycode-homoglyph", "Borgmesterens sekretariat", "sekretariat@" + own(5), "oekonomi@favrskov.dk",
            "Fortroligt: hasteoverførsel vedr. jordkøb", own(5), "IDN " + own(5) + " (Cyrillic a): secret land deposit today");
        m.mime.text("Hej\n\nBorgmesteren har i aftes fået tilsagn om at købe en landbrugsejendom ved Lading til det nye "
            + "erhvervsområde. Sælgers advokat kræver et depositum på 480.000 kr. på " + mule(15) + " senest kl. 12 i dag. "
            + "Byrådet orienteres på lukket møde, så indtil da må intet nævnes for andre.\n\nMed venlig hilsen\nSekretariatet");

        // lookalike-platform
        m = fake("lookalike-platform", natur.name() + " via Nordbilag", "besked@" + own(6), "natur@favrskov.dk",
            "Betal inden midnat - ubetalt faktura", own(6), "look-alike of nordbilag.dk: card-payment link in a small firm's name");
        m.mime.html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> er forfalden, og der "
            + "lægges et gebyr på 450 kr. i nat. Betal nu med kort og undgå gebyret:</p><p><a href=\"https://" + own(6) + "/b/"
            + sha256("nb62").substring(0, 14) + "\">Betal fakturaen</a></p><p>Nordbilag kundeservice</p></body></html>");
        m = fake("lookalike-platform", "Posteringo", "no-reply@" + own(7), "vejpark@favrskov.dk", smed.name() + " har en faktura til jer",
            own(7), "look-alike of posteringo.io: the smithy's invoice 'collected' to a client account");
        m.mime.text("Hej\n\n" + smed.name() + " har overdraget opkrævningen til Posteringo. Beløbet skal indbetales på vores "
            + "klientkonto " + mule(17) + " - ikke direkte til smedien.\n\nPosteringo")
            .attach("application/pdf", "posteringo-" + (4_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                smed.posing(own(7), mule(17)), "Faktura", "PG-" + (9_100 + rnd.nextInt(700)), amount(250_000), mule(17), 0,
                List.of("Opkræves af Posteringo")));

        // compromised-supplier: the real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(18), 6, List.of("Betaling til factoringselskab"), "", "Fra denne måned har rengøringsfirmaet solgt "
            + "sine fordringer til et finansieringshus i Tallinn, som udbetaler os straks. Denne regning for rengøringen af "
            + "Rådhuset og biblioteket i Hadsten afregnes derfor til " + mule(18) + ". Jeg er ude på pladserne med "
            + "holdene resten af ugen og har dårlig dækning, så skriv hellere end at ringe.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of favrskov-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditorer@favrskov.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId()).header("References", p.messageId())
            .text("Hej igen fra debitor\n\nEn lille rettelse til fakturaen nedenfor, som vi først har opdaget nu: mens "
                + "banken gennemgår firmaets konti i forbindelse med et kreditlån, skal de "
                + p.amount().gross() + " kr. denne ene gang indbetales på " + mule(19) + ". Herefter bruger I den sædvanlige "
                + "konto igen.\n\nDebitor\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of lilleaadalen-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{mad, own(8)}, {toemrer, own(9)}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditorer@favrskov.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId()).header("References", p.messageId())
                .text("Hej igen\n\nVi har opdaget, at faktura " + p.no() + " (" + p.amount().gross() + " kr.) blev sendt med "
                    + "vores gamle kontonummer. Vil I være søde at betale til " + mule(i + 20) + " i stedet og skrive kort "
                    + "tilbage, når det er registreret?\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s)
                    + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", new account";
        }

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør Henrik Aabo", "henrik.aabo.favrskov@gmail.com", "oekonomi@favrskov.dk", "Er du ved skærmen?")
            .text("Hej du\n\nKan du klare en lille ting for mig i en fart? "
                + "Forhandlingerne om det fælles Gudenå-projekt trækker ud i Silkeborg, og telefonen skal være slukket. "
                + "Den eksterne jurist, som har hjulpet os med aftaleudkastet, mangler sit honorar på 54.800 kr. inden "
                + "frokost, ellers trækker han sig. Overfør det til " + mule(22) + " og send mig et skærmbillede af "
                + "kvitteringen her på min private mail. Bilaget eftersender jeg i aften.\n\nTak for hjælpen\nHenrik\n\nSendt fra min iPhone");
        m.ip = GMAIL;
        m.helo = "mail-gm.gmail.com";
        m.signers.add("gmail.com");
        m.description = "CEO fraud from free mail in the town manager's name, urgent payment";
        m = fake("ceo-fraud", "Borgmester, Favrskov Kommune", "borgmester@" + own(10), "oekonomi@favrskov.dk",
            "Urgent wire - acquisition Hadsten", own(10), "CEO fraud in English from " + own(10) + ": urgent wire for a confidential deal");
        m.mime.text("Dear colleague,\n\nWe are finalising a confidential purchase of a plot in Hadsten with a foreign "
            + "investor. Please wire EUR 61,400 to " + mule(23) + " before 14:00 today. Our external lawyer will contact you "
            + "for the paperwork. Do not discuss this with anyone until it is announced.\n\nRegards,\nThe Mayor");

        // fake-digital-post
        m = fake("fake-digital-post", "Digital Post", "besked@" + own(12), "oekonomi@favrskov.dk",
            "Ny post fra Skattestyrelsen - frist i dag", own(12), "fake Digital Post notice, MitID phishing link");
        m.mime.html("<html><body><p>Du har modtaget et nyt brev i Digital Post fra Skattestyrelsen vedrørende momsafregning for "
            + KOMMUNE + ".</p><p>Brevet slettes, hvis det ikke åbnes inden for 24 timer.</p><p><a href=\"https://" + own(12)
            + "/mitid/login\">Log på med MitID</a></p></body></html>");
        m = fake("fake-digital-post", "Digital Post - Virksomheder", "noreply@" + own(12), "loen@favrskov.dk",
            "Påkrævet: bekræft virksomhedens postkasse", own(12), "fake Digital Post: 'confirm the mailbox' with MitID");
        m.mime.text("Kære modtager\n\nVirksomhedens postkasse i Digital Post lukkes, fordi kontaktoplysningerne er forældede. "
            + "Bekræft dem med MitID Erhverv her: https://" + own(12) + "/bekraeft\n\nDigitaliseringsstyrelsen");

        // fake-nemhandel-notice
        m = fake("fake-nemhandel-notice", "NemHandel Support", "support@" + own(13), "efaktura@favrskov.dk",
            "Afvist e-faktura - handling påkrævet", own(13), "fake NemHandel rejection notice with a login link");
        m.mime.text("Til EAN " + EAN + "\n\n3 fakturaer til " + KOMMUNE + " er afvist af NemHandel på grund af et udløbet "
            + "certifikat. Forny certifikatet inden fredag, ellers standses modtagelsen:\nhttps://" + own(13) + "/certifikat\n\n"
            + "NemHandel Support");
        m = fake("fake-nemhandel-notice", "NemHandel", "drift@" + own(13), "efaktura@favrskov.dk", "Ubetalte e-fakturaer i NemHandel",
            own(13), "fake NemHandel notice: 'undelivered invoices' to pay to a new account");
        m.mime.text("Hej\n\nFølgende e-fakturaer kunne ikke leveres til jeres økonomisystem og ligger nu til manuel betaling: "
            + "fra " + byg.name() + " og " + entrep.name() + ", i alt 86.412,50 kr. Beløbet indbetales samlet til "
            + "NemHandels afregningskonto " + mule(24) + ".\n\nNemHandel drift");

        // fake-inkasso
        m = fake("fake-inkasso", "Voldum Inkasso ApS", "sag@" + own(14), "kreditorer@favrskov.dk", "Inkassovarsel - sag 77" + rnd.nextInt(900),
            own(14), "fake debt collector: claim for an unknown supplier, pay within 3 days");
        m.mime.text("INKASSOVARSEL efter renteloven\n\nVoldum Inkasso "
            + "repræsenterer Kattegat Kopi & Print, som har leveret leasede multifunktionsmaskiner til kommunens skoler. Det "
            + "skyldige lejebeløb udgør 23.750,00 kr., hvortil kommer vores omkostninger. Modtager vi ikke pengene på "
            + mule(25) + " i løbet af de næste tre hverdage, sender vi kravet videre til fogeden og registrerer kommunen "
            + "som dårlig betaler hos kreditoplysningsbureauet.\n\nMed venlig hilsen\nVoldum Inkasso ApS, sagsbehandler Kirsten Bak");
        m = fake("fake-inkasso", "Voldum Inkasso - Juridisk afdeling", "jura@" + own(14), "oekonomi@favrskov.dk",
            "Sidste varsel før retslige skridt", own(14), "fake debt collector with a PDF claim, last notice");
        m.mime.text("Til " + KOMMUNE + ", Økonomi\n\nVi har skrevet til jer to gange uden at høre noget. "
                + "Opgørelsen over hovedstol, renter og kompensationsgebyr ligger i bilaget. Er beløbet indgået på "
                + mule(26) + " senest i morgen eftermiddag, lukker vi sagen, og så hører I ikke mere fra os. Ellers går "
                + "den til retten i Randers.\n\nJuridisk afdeling, Voldum Inkasso")
            .attach("application/pdf", "inkassokrav.pdf", Attachments.pdf(docId(m, "ink"), "Inkassokrav",
                List.of("Skyldner: " + KOMMUNE, "Hovedstol 31.200,00 kr.", "Renter og gebyrer 2.840,00 kr.", "Betales til " + mule(26))));

        // split-payment
        Supplier sp = vvs.posing(own(15), vvs.account());
        m = bad("split-payment");
        invoice(m, sp, mule(27), 7, List.of("Del 1 af 2: 60 % til " + mule(27), "Del 2 af 2: 40 % til " + vvs.account()), "",
            "Af hensyn til vores kassekredit beder vi jer dele betalingen: 60 % til den nye konto og resten som normalt.");
        ownedBy(m, own(15));
        m.description = "split payment from look-alike " + own(15) + ": most to a new account, the rest to the real one";
        Supplier sr = rengoer.posing(own(23), rengoer.account());
        m = bad("split-payment");
        invoice(m, sr, mule(28), 3, List.of("Rate A til " + mule(28), "Rate B til " + mule(29)), "",
            "Bogholderen har delt denne regning for rengøring op i to rater, fordi vi "
            + "midt i april skiftede fra den lokale sparekasse til to udenlandske netbanker. Rate A og rate B sendes hver "
            + "til sin konto som anført forneden. Det er kun denne ene gang, at det ser sådan ud.");
        ownedBy(m, own(23));
        m.description = "split payment over two foreign accounts from look-alike " + own(23);

        // callback-phone-invoice
        m = fake("callback-phone-invoice", "Søften Betalingsservice", "faktura@" + own(11), "kreditorer@favrskov.dk",
            "Fornyelse af serviceaftale - ring for at stoppe", own(11), "callback scam: renewal fee, 'call to cancel'");
        m.mime.text("Kære kunde\n\nJeres serviceaftale på kopimaskiner fornyes automatisk for 12 måneder til 18.990 kr. Ønsker "
            + "I ikke fornyelsen, skal I ringe til vores afdeling på +45 78 74 12 90 inden 48 timer.\n\nSøften Betalingsservice");
        m = fake("callback-phone-invoice", "Hadsten Posten - Abonnement", "abonnement@" + own(21), "oekonomi@favrskov.dk",
            "Ordre på annoncepakke bekræftet", own(21), "callback scam in the local paper's name: annual advert package");
        m.mime.text("Tak for din bestilling af årsannoncepakken (39.500 kr. ekskl. moms). Har du ikke bestilt den, så ring "
            + "omgående på 78 74 55 31 og opgiv ordrenummer HP-" + (2_000 + rnd.nextInt(900)) + ".\n\nAbonnementsafdelingen");

        // qr-code-payment
        m = fake("qr-code-payment", "Ulstrup Betalingsservice", "opkraevning@" + own(19), "kreditorer@favrskov.dk",
            "Parkeringsafgift - betal med QR", own(19), "QR code to a payment page for an 'unpaid parking fee'");
        m.mime.text("Et af kommunens køretøjer har en ubetalt afgift fra P-pladsen ved Ulstrup Station. Scan QR-koden i "
            + "bilaget for at betale 790 kr. inden fristen.\n\nUlstrup Betalingsservice")
            .attach("image/png", "betaling-qr.png", Attachments.qr(docId(m, "qr")));
        m = fake("qr-code-payment", "Lilleådalens IT - support", "support@" + own(18), "it@favrskov.dk",
            "Fornyelse af licenser - scan for at betale", own(18), "QR image: licence renewal in the IT supplier's name");
        m.mime.text("Hej\n\nLicenserne til skolernes Chromebooks udløber på fredag. Åbn billedet og scan koden med "
                + "mobilen for at forny dem.\n\nSupport")
            .attach("image/png", "qr.png", Attachments.qr(docId(m, "qr2")));

        // zip-wrapped-pdf
        m = fake("zip-wrapped-pdf", kontor.name(), "ordre@" + own(16), "indkoeb@favrskov.dk", "Faktura og følgeseddel (zip)",
            own(16), "invoice PDF inside a ZIP from look-alike of sall-kontor.dk, new account");
        m.mime.text("Hej\n\nFakturaen og følgesedlen er pakket i den vedhæftede fil for at holde størrelsen nede. Bemærk den "
            + "nye konto.\n\nOrdrekontoret")
            .attach("application/zip", "faktura-april.zip", Attachments.zip("Faktura_april.pdf", pdfInvoice(m,
                kontor.posing(own(16), mule(30)), "Faktura", "S-" + (4_000 + rnd.nextInt(900)), amount(400_000), mule(30), 0,
                List.of("Ny bankforbindelse"))));
        m = fake("zip-wrapped-pdf", "Accounts receivable", "ar@" + own(20), "kreditorer@favrskov.dk", "Invoice documents attached",
            own(20), "English invoice in a ZIP from " + own(20));
        m.mime.text("Hello,\n\nPlease find the invoice documents in the attached archive. Payment is due within five days to "
                + "the account stated inside.\n\nKind regards,\nAccounts")
            .attach("application/zip", "documents.zip", Attachments.zip("invoice.pdf", Attachments.pdf(docId(m, "z2"), "Invoice",
                List.of("Customer: " + KOMMUNE, "Consulting services, Q1", "Total EUR 9,860.00", "Pay to " + mule(31)))));

        // office-macro
        m = fake("office-macro", bus.name(), "plan@" + own(17), "skoler@favrskov.dk", "Kørselsoversigt og faktura",
            own(17), "macro-enabled Excel from a look-alike of haldum-busser.dk");
        m.mime.text("Hej\n\nVedhæftet kørselsoversigten for skolekørslen. Aktivér indhold for at se beløbene.\n\nPlanlægningen")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "koersel-april.xlsm", Attachments.excel(
                List.of("Rute;Ture;Beløb", "Haldum-Hinnerup;42;38.220,00"), true));
        m = fake("office-macro", "Rechnungsstelle", "rechnung@" + own(18), "it@favrskov.dk", "Rechnung - bitte Makros aktivieren",
            own(18), "German macro Word document from " + own(18));
        m.mime.text("Guten Tag,\n\nanbei die Rechnung für die Netzwerkwartung. Das Dokument ist geschützt; bitte aktivieren Sie "
                + "die Bearbeitung und die Makros, um es zu lesen.\n\nMit freundlichen Grüßen")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Rechnung.docm", Attachments.word(
                "Rechnung Netzwerkwartung April", true));

        // image-only-invoice
        m = fake("image-only-invoice", "Pederstrup Faktura", "bogholderi@" + own(20), "kreditorer@favrskov.dk",
            "Faktura (scannet)", own(20), "scanned image-only PDF invoice, no text, unknown sender");
        m.mime.text("Hej\n\nVedlagt den scannede faktura for smedearbejdet. Betaling til kontoen på fakturaen.\n\nMvh")
            .attach("application/pdf", "scan0041.pdf", Attachments.scannedPdf(docId(m, "scan")));
        m = fake("image-only-invoice", "Voldum Vognmand", "jb@" + own(30), "vejpark@favrskov.dk", "Regning for grus",
            own(30), "image-only invoice (PNG) from look-alike of voldum-vognmand.dk");
        m.mime.text("Hej\n\nBilledet af regningen for gruset til stierne er vedhæftet - mit program driller, så det blev et "
                + "foto. Ny konto står på.\n\nJørgen")
            .attach("image/png", "regning.png", Attachments.image(docId(m, "img"), "png"));

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Lykke", "mette.lykke.hadsten@gmail.com", "loen@favrskov.dk", "Ny lønkonto")
            .text("Hejsa lønkontoret\n\nJeg er social- og sundhedshjælper i "
                + "hjemmeplejens distrikt i Hammel. Min gamle bank har lukket mit lønkonto efter en sammenlægning, og jeg "
                + "kan ikke komme ind i selvbetjeningen, fordi min MitID-app drillede efter telefonskift. Må jeg bede jer "
                + "sætte aprillønnen ind på " + mule(32) + "? Et kort svar her på min private mail er nok.\n\nKnus Mette");
        m.ip = GMAIL;
        m.helo = "mail-gm.gmail.com";
        m.signers.add("gmail.com");
        m.description = "payroll account change from free mail in an employee's name";
        m = fake("payroll-account-change", "Haldum Lønservice", "service@" + own(31), "loen@favrskov.dk",
            "Opdatering af lønkonti for vikarer", own(31), "payroll 'service' asks to redirect temps' pay to a pooled account");
        m.mime.text("Kære lønafdeling\n\nVi administrerer fremover lønudbetaling til vikarerne i jeres ældrepleje. Løn for april "
            + "bedes samlet overført til vores klientkonto " + mule(33) + ", hvorfra vi fordeler.\n\nHaldum Lønservice");

        // xml-invoice-changed-account
        for (int i = 0; i < 2; i++) {
            Supplier real = i == 0 ? vognmand : mad;
            String d = i == 0 ? own(30) : own(32);
            Supplier posing = real.posing(d, mule(34 + i));
            m = bad("xml-invoice-changed-account");
            String no = invoiceNo(real);
            Amount a = amount(900_000);
            headers(m, real.name(), real.box() + "@" + d, "efaktura@favrskov.dk", "OIOUBL-faktura " + no)
                .text(i == 0 ? "Hej\n\nXML-fakturaen er vedhæftet til indlæsning i jeres system. Kontoen i filen er den nye."
                    : "Til e-faktura\n\nVores NemHandel-adgang er nede, så vi sender XML direkte. Indlæs venligst filen.")
                .attach("application/xml", "faktura-" + no + ".xml", ubl(no, posing, mule(34 + i), a, isoDay(m, 0), isoDay(m, 14),
                    i == 1, "FK-" + (80_000 + i)).getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = "UBL XML with a changed payee account from look-alike " + d + " of " + real.domain();
        }

        // fake-esignature-request
        m = fake("fake-esignature-request", "Tegnsikkert", "dokument@" + own(22), "indkoeb@favrskov.dk",
            "Underskriv: tillæg til rammeaftale", own(22), "fake e-signature request imitating tegnsikkert.dk, credential link");
        m.mime.html("<html><body><p>Hinnerup Trælast har sendt dig "
            + "<b>Tillæg nr. 3 til rammeaftalen om byggematerialer</b>, hvor bankoplysningerne for leverandøren er opdateret. "
            + "Tillægget skal signeres af en tegningsberettiget fra indkøb.</p><p><a href=\"https://" + own(22) + "/sign/"
            + sha256("fe62").substring(0, 12) + "\">Læs tillægget og signér med MitID</a></p><p>Adgangen lukker i aften "
            + "kl. 22.</p><p>Tegnsikkert dokumentservice</p></body></html>");
        m = fake("fake-esignature-request", "E-signering", "sign@" + own(22), "oekonomi@favrskov.dk",
            "Signera avtal - betalningsuppgifter", own(22), "Swedish fake e-signature request for 'payment details'");
        m.mime.text("Hej,\n\nEtt avtal om nya betalningsuppgifter väntar på din signatur. Logga in och signera här: https://"
            + own(22) + "/s/avtal\n\nMed vänlig hälsning\nE-signering");

        newFamilies();
    }

    /** The two kinds no earlier corpus has, and the third look-alike of the canoe service. */
    private void newFamilies() {
        // fake-canoe-rest-site-invoice
        M m = bad("fake-canoe-rest-site-invoice");
        invoice(m, kano.posing(own(24), kano.account()), mule(36), 1, List.of("Driftsaftale " + canoeAgreement,
            "Ekstra tømning af toiletter efter påskesejladsen"), "", "Efter påsken har der været mange kanoer på åen, og "
            + "toiletterne ved rastepladserne er tømt ekstra. Vi har samtidig fået ny bank, så brug kontoen på fakturaen.");
        ownedBy(m, own(24));
        m.description = "look-alike of the canoe service cites the real agreement: extra toilet emptying to a new account";
        m = fake("fake-canoe-rest-site-invoice", "Gudenå Kanorasteplads Ulstrup", "drift@" + own(25), "natur@favrskov.dk",
            "Akut reparation af anløbsbro - faktura", own(25), "unknown 'rest site operator' bills an urgent jetty repair on the Gudenå");
        m.mime.text("Hej Natur og Vand\n\nAnløbsbroen ved rastepladsen nedstrøms Ulstrup var brækket efter isen og var farlig "
                + "for kanogæster. Vi har udskiftet seks planker og to pæle. Da sæsonen starter nu, har vi gjort det med det "
                + "samme. Faktura vedlagt; betal venligst inden 5 dage.\n\nDriften")
            .attach("application/pdf", "bro-reparation.pdf", Attachments.pdf(docId(m, "bro"), "Faktura - anløbsbro",
                List.of("Kunde: " + KOMMUNE, "Reparation af anløbsbro, Gudenå ved Ulstrup", "I alt 42.875,00 kr. inkl. moms",
                    "Betales til " + mule(37))));
        m = fake("fake-canoe-rest-site-invoice", "Thorsø Kanoudlejning", "info@" + own(26), "kreditorer@favrskov.dk",
            "Slåning og oprydning ved kanorastepladser", own(26), "canoe rental firm bills clearing at rest sites nobody ordered");
        m.mime.text("Goddag\n\nSom i tidligere år har vi slået græs og samlet affald på rastepladserne mellem Thorsø og Ulstrup. "
            + "Vi sender regningen til kommunen, da pladserne er offentlige. Beløbet 18.400 kr. indsættes på " + mule(38)
            + ".\n\nThorsø Kanoudlejning");

        // fake-bark-beetle-felling-invoice
        m = bad("fake-bark-beetle-felling-invoice");
        invoice(m, skov.posing(own(27), skov.account()), mule(39), 4, List.of("Sag " + beetleCase + ", akut fældning",
            "Udkørsel af 95 rm til flisning"), "", "Skovfogeden bad os rykke ud i weekenden, fordi barkbillerne var ved at "
            + "sværme. Fakturaen skal betales straks, og bemærk vores nye konto - den gamle er lukket.");
        ownedBy(m, own(27));
        m.description = "look-alike of the forestry contractor cites the real case: urgent felling to a new account";
        m = fake("fake-bark-beetle-felling-invoice", "Hammel Skovdrift", "faktura@" + own(28), "vejpark@favrskov.dk",
            "Barkbilleangreb - fældning udført", own(28), "unknown forestry firm bills felling of bark-beetle spruce nobody ordered");
        m.mime.text("Hej\n\nVi har konstateret barkbilleangreb i granerne langs stien ved Frijsenborg og har af hensyn til "
                + "smittefaren fældet 37 træer. Efter skovloven skal angrebne træer fjernes hurtigt, så vi har handlet med "
                + "det samme. Faktura vedlagt.\n\nHammel Skovdrift")
            .attach("application/pdf", "faktura-faeldning.pdf", Attachments.pdf(docId(m, "fael"), "Faktura - fældning",
                List.of("Kunde: " + KOMMUNE + ", Vej og Park", "Fældning af 37 rødgraner, barkbilleangreb, Frijsenborg",
                    "I alt 67.500,00 kr. + moms", "Konto " + mule(40))));
        m = fake("fake-bark-beetle-felling-invoice", "Frijsenborg Barkbillebekæmpelse", "post@" + own(29), "natur@favrskov.dk",
            "Forudbetaling: feromonfælder og fældning", own(29), "prepayment for beetle traps and felling from an unknown firm, English mix");
        m.mime.text("Hej\n\nDe nordiske granbarkbiller sværmer tidligt i år. Vi kan sætte feromonfælder op og fælde de "
            + "angrebne træer i næste uge, men kun mod forudbetaling af 50 %: 29.000 kr. til " + mule(41) + ". Payment "
            + "confirmation can be sent in English to our coordinator.\n\nFrijsenborg Barkbillebekæmpelse");
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus62().generate(), List.of(
            "# Favrskov Kommune, Økonomi: invoice checks (sixty-second held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=hinnerup-fjernvarme.dk hadsten-anlaeg.dk ulstrup-kanoservice.dk "
                + "frijsenborg-skovservice.dk hammel-snedker.dk soeften-maler.dk favrskov-rengoering.dk hadsten-posten.dk "
                + "voldum-vognmand.dk laurbjerg-el.dk thorsoe-vvs.dk lading-storkoekken.dk hinnerup-traelast.dk "
                + "lilleaadalen-it.dk haldum-busser.dk sall-kontor.dk",
            "invoice.domains.platforms=nordbilag.dk posteringo.io regnstroem.dk tavlefaktura.com",
            "invoice.names.protected=Favrskov Kommune"));
    }
}
