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
 * The tenth held-out invoice corpus (issue 11 item 5): an eleventh test set in a world nobody tuned on. "Our" public
 * body is Sønderborg Kommune ({@value #OWN}, p=reject, its creditor, e-invoice, finance, purchasing and payroll
 * mailboxes and departments) with fifteen listed suppliers from Als and Sundeved (Sønderborg, Nordborg, Augustenborg,
 * Gråsten, Broager, Guderup) in every DNS posture real Danish firms have, three invoicing platforms ({@code
 * sevdesk.de}, {@code holded.com}, {@code quaderno.io}), banks, neighbouring municipalities and a gymnasium paying us,
 * a South Jutland creditor network list, forwarders (with and without SRS), free mail, foreign suppliers (Flensburg,
 * Sweden) and SaaS, local associations we sponsor, toll and parking operators, and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (fakturafælder, changed bank details, CEO fraud, fake
 * Digital Post/MitID/NemHandel, fake inkasso, renewal and directory scams, compromised mailboxes, hijacked threads, QR
 * codes, archives, SVG/HTML attachments, image-only invoices, salary-account changes, fake parking fines, fake tax
 * refunds, fake software licence renewals, fake sponsorship and charity advert invoices, fake supplier customer
 * portals), without reading the invoice engine, its tests, tuning notes or any earlier result. Labels say what a mail
 * is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice, credit
 * note, reminder, collection letter for a real debt, leasing notice, sponsorship invoice, toll or parking statement or
 * SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From domain publishes
 * no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus10GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus10 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout10");
    public static final String OWN = "sonderborg.dk";
    static final String FRAUD_NET = "127.131.";
    private static final String OWN_IP = "127.120.0.1";
    private static final String GLN = "5798007421346";
    private static final String ADDRESS = "Rådhustorvet 10, 6400 Sønderborg";

    private final Random rnd = new Random(10_0010_2027L);
    private final Map<String, String> threads = new TreeMap<>();
    private final Map<String, String> threadSubject = new TreeMap<>();
    private final Map<String, String> historyNo = new TreeMap<>();
    private final Map<String, Amount> historyAmount = new TreeMap<>();
    private String lastSubject;
    private Amount lastAmount;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2027, 2, 1, 7, 40, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2027, 3, 1, 7, 55, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "9.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Als Forsyning A/S", "als-forsyning.dk", "Als Forsyning Erhvervsafregning",
        "erhvervsafregning", "127.121.1.1", iban("DK", "54700004418825"), "vand og spildevand, kommunale bygninger, 4. kvartal 2026");
    private final Supplier elnet = new Supplier("Nordals Elnet A/S", "nordals-elnet.dk", "Nordals Elnet Kundecenter", "kundecenter",
        "127.121.2.1", iban("DK", "79000006612043"), "nettarif og målerabonnement, gadebelysning og pumpestationer, januar");
    private final Supplier bus = new Supplier("Alssund Bus ApS", "alssund-bus.dk", "Alssund Bus Bogholderi", "bogholderi", "127.121.3.1",
        bank("7940", "0004418226"), "specialkørsel til Augustenborg Skole og Humlehøj Skole, januar");
    private final Supplier toemrer = new Supplier("Nordborg Tømrer & Snedker ApS", "nordborg-toemrer.dk", "Kim Lyhne", "kim",
        "127.121.4.1", bank("7940", "0002274413"), "udskiftning af tagrender og sternbrædder, Nordborg Bibliotek");
    private final Supplier anlaeg = new Supplier("Augustenborg Anlæg A/S", "augustenborg-anlaeg.dk", "Helle Ketting", "regnskab",
        "127.121.5.1", bank("9570", "0012271185"), "glatførebekæmpelse og fejning, Augustenborg og Ketting, januar");
    private final Supplier maler = new Supplier("Gråsten Malerfirma v/ Peter Hjort", "graasten-maler.dk", "Peter Hjort", "peter",
        "127.121.6.1", bank("8065", "0001128855"), "maling af gange og trappeopgang, Gråsten Skole");
    private final Supplier avis = new Supplier("Sønderborg Ugeavis", "sonderborg-ugeavis.dk", "Ugeavisens Annonceafdeling", "annonce",
        "127.121.7.1", iban("DK", "30000012456618"), "stillingsannoncer og offentlige bekendtgørelser, januar");
    private final Supplier vognmand = new Supplier("Broager Vognmandsforretning ApS", "broager-vognmand.dk", "Jørn Skelde", "jorn",
        "127.121.8.1", bank("7940", "0006631974"), "bortkørsel af jord og grus, Broager Idrætsanlæg");
    private final Supplier rengoering = new Supplier("Guderup Rengøringsservice ApS", "guderup-rengoering.dk", "Susanne Guderup",
        "faktura", "127.121.9.1", bank("9570", "0014405528"), "daglig rengøring, Nordborg Rådhus og Havnbjerg Børnehus");
    private final Supplier kloak = new Supplier("Als Kloakservice A/S", "als-kloak.dk", "Als Kloak Disponent", "disponent",
        "127.121.10.1", bank("7940", "0008819340"), "spuling og TV-inspektion af stikledninger, Sønderborg Svømmehal");
    private final Supplier traelast = new Supplier("Sønderborg Trælast A/S", "sonderborg-traelast.dk", "Trælastens Debitorafdeling",
        "debitor", "127.121.11.1", iban("DK", "54700007763219"), "byggematerialer til Bygningsdrift, rammeaftale 2027");
    private final Supplier el = new Supplier("Nordals El-Teknik ApS", "nordals-el.dk", "Martin Holm", "martin", "127.121.12.1",
        bank("9570", "0015536610"), "service på ABA-anlæg og nødbelysning, Sønderborg Musikskole");
    private final Supplier storkoekken = new Supplier("Sønderjysk Storkøkken A/S", "sdj-storkoekken.dk", "Sønderjysk Storkøkken Ordre",
        "ordre", "127.121.13.1", bank("7940", "0009904427"), "fødevarer og emballage til madservice og plejecentre");
    private final Supplier kontor = new Supplier("Syddansk Kontorforsyning ApS", "syddansk-kontor.dk", "Syddansk Kontor Salg", "salg",
        "127.121.14.1", iban("DK", "79000003347712"), "kopipapir, toner og arkivkasser, rammeaftale, februar");
    private final Supplier it = new Supplier("Dybbøl IT-Service ApS", "dybboel-it.dk", "Dybbøl IT Fakturering", "fakturering",
        "127.121.15.1", bank("9570", "0016627731"), "serviceaftale på skolernes netværk og 40 nye access points");
    // unlisted small suppliers, one-person businesses
    private final Supplier guderupVvs = new Supplier("Guderup VVS v/ Bo Mathiesen", "guderup-vvs.dk", "Bo Mathiesen", "bo",
        "127.122.1.1", bank("7940", "0003318467"), "udskiftning af blandingsbatterier, Guderup Hallen");
    private final Supplier musik = new Supplier("Mette Dybbøl Musikterapi", "gmail.com", "Mette Dybbøl", "mette.dybboel.musik",
        "127.126.1.1", bank("9570", "0017748802"), "musikterapi for beboere, Plejecenter Kastaniegården, februar");
    private final Supplier snedker = new Supplier("Kegnæs Snedkeri v/ Ole Kegnæs", "kegnaes-snedkeri.dk", "Ole Kegnæs", "ole",
        "127.122.2.1", bank("7940", "0005527719"), "garderobeskabe og bænke, Lysabild Skole");
    private final Supplier tolk = new Supplier("Yusuf Demir Tolkning", "outlook.com", "Yusuf Demir", "ydemir.tolk", "127.126.2.1",
        bank("9570", "0018859913"), "tolkning tyrkisk-dansk, Jobcenter Sønderborg, 6 timer");
    private final Supplier skadedyr = new Supplier("Als Skadedyrskontrol", "als-skadedyr.dk", "Finn Mommark", "finn", "127.122.3.1",
        bank("7940", "0007740026"), "rottesikring af kloakker, Hørup Skole og Svenstrup Børnehave");
    private final Supplier grafisk = new Supplier("Line Broager Grafisk Design", "icloud.com", "Line Broager", "line.broager.design",
        "127.126.5.1", bank("9570", "0019960124"), "layout af informationsfolder om affaldssortering");

    private final List<Supplier> listed = List.of(forsyning, elnet, bus, toemrer, anlaeg, maler, avis, vognmand, rengoering, kloak,
        traelast, el, storkoekken, kontor, it);

    /** Fraudsters' domains, each set up (SPF, mostly DKIM, some DMARC) by its owner. */
    private static final String[] OWNED = {"als-forsyning-betaling.dk", "alsforsyning.com", "alssund-bus.com", "nordals-elnet.com",
        "nordborg-tomrer.dk", "sonderborg-traelast.com", "sonderborgtraelast.net", "sonderborg-ugeavis.com", "nordals-el.com",
        "als-kloak.com", "sdj-storkokken.dk", "broager-vognmand.com", "guderup-rengoring.dk", "augustenborg-anlag.dk",
        "graasten-maler.com", "syddansk-kontor.com", idn("sonderborg-ugeav\u0456s.dk"), idn("s\u043enderborg.dk"),
        "sonderborg-kommune.com", "sevdesk-rechnung.com", "holded-invoices.com", "quaderno-pay.io", "als-inkasso.dk",
        "nordisk-fordringsservice.com", "digitalpost-meddelelse.net", "nemhandel-drift.com", "dotdk-renewals.com",
        "offentlig-indkoebsregister.eu", "p-kontrol-syd.dk", "europark-opkraevning.com", "skat-refusion.net", "momsrefusion-sktst.com",
        "acadre-licens.com", "office365-fornyelse.com", "beredskabsmagasinet.dk", "boernehjaelp-sponsor.com", "idraetsstoette-syd.dk",
        "traelast-kundeportal.com", "leverandoer-portal-dk.com", "baltic-advisory-partners.com", "filoverfoersel-sikker.net",
        "betal-med-qr.dk", "ordre-annullering-dk.com", "dybboel-it.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("als-forsyning.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordals-elnet.dk", null, null, DkimAlgorithm.ED25519_SHA256, "reject"); // Ed25519 DKIM only
        domain("alssund-bus.dk", List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nordborg-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("augustenborg-anlaeg.dk", List.of(anlaeg.ip()), "~all", null, null); // SPF only
        domain("graasten-maler.dk", null, null, null, null); // nothing published
        domain("sonderborg-ugeavis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("broager-vognmand.dk", List.of("127.121.98.8"), "~all", null, "none"); // SPF names the web host only
        domain("guderup-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, null); // RSA DKIM only
        domain("als-kloak.dk", List.of(kloak.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("sonderborg-traelast.dk", List.of(traelast.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("nordals-el.dk", List.of(el.ip()), "-all", null, null); // SPF only
        domain("sdj-storkoekken.dk", List.of(storkoekken.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("syddansk-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("dybboel-it.dk", List.of(it.ip(), "127.121.15.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("guderup-vvs.dk", List.of(guderupVvs.ip()), "-all", null, null);
        domain("kegnaes-snedkeri.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("als-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kredinor.dk", List.of("127.122.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("elektroimportoeren.dk", List.of("127.122.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ringriderfest.dk", List.of("127.122.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("als-kulturnat.dk", List.of("127.122.9.1"), "~all", null, null);
        domain("brobizz.com", List.of("127.122.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("q-park.dk", List.of("127.122.11.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        // invoicing platforms
        domain("sevdesk.de", List.of("127.123.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("holded.com", List.of("127.123.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("quaderno.io", List.of("127.123.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // associations, banks, public bodies, neighbours, relays
        domain("brevo.com", List.of("127.124.1.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("sydleasing.dk", List.of("127.124.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oekonomi-sydjylland.dk", List.of("127.124.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("broagersparekasse.dk", List.of("127.124.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("spar-syd.dk", List.of("127.124.5.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("aabenraa.dk", List.of("127.124.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("toender.dk", List.of("127.124.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("middelfart.dk", List.of("127.124.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("fsr.dk", List.of("127.124.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("deloitte.dk", List.of("127.124.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("alssundgym.dk", List.of("127.124.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("relay.nordals-fiber.dk", List.of("127.127.1.1"), "-all", null, null);
        domain("srs.alsnet.dk", List.of("127.127.3.1"), "-all", null, null);
        // free mail, foreign SaaS and suppliers, shops
        domain("gmail.com", List.of("127.126.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.126.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of("127.126.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of("127.126.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of("127.126.3.1"), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of("127.126.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("asana.com", List.of("127.125.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("docusign.com", List.of("127.125.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("flensburger-buero.de", List.of("127.125.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hags.se", List.of("127.125.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("stark.dk", List.of("127.125.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("netto.dk", List.of("127.125.5.1"), "~all", null, "none");
        domain("jemogfix.dk", List.of("127.125.6.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        for (int i = 0; i < OWNED.length; i++) {
            domain(OWNED[i], List.of(FRAUD_NET + "10." + (i + 1)), i % 3 == 1 ? "~all" : "-all",
                i % 4 == 3 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256,
                switch (i % 5) {
                    case 0 -> "reject";
                    case 2 -> "none";
                    case 3 -> "quarantine";
                    default -> null;
                });
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int maxNetOre) {
        long net = 42_500 + rnd.nextInt(maxNetOre);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String no(String prefix) {
        return prefix + (400_000 + rnd.nextInt(500_000));
    }

    /** Each supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        return switch (Math.floorMod(sha256("nr10:" + s.domain()).hashCode(), 5)) {
            case 0 -> "27" + (1_000 + rnd.nextInt(8_000));
            case 1 -> "F-" + (54_000 + rnd.nextInt(9_999));
            case 2 -> String.valueOf(120_000 + rnd.nextInt(30_000));
            case 3 -> "2027-" + String.format("%04d", 10 + rnd.nextInt(900));
            default -> "INV" + (880_000 + rnd.nextInt(90_000));
        };
    }

    private static final String[] TO = {"kreditor@sonderborg.dk", "faktura@sonderborg.dk", "oekonomi@sonderborg.dk",
        "kreditor@sonderborg.dk", "bygningsdrift@sonderborg.dk", "skole-dagtilbud@sonderborg.dk", "sundhed-omsorg@sonderborg.dk",
        "kultur-fritid@sonderborg.dk", "indkoeb@sonderborg.dk", "faktura@sonderborg.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("pdf10:" + what + ":" + m.id).substring(0, 12), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(32_000_000 + Math.floorMod(sha256("cvr10:" + domain).hashCode(), 12_000_000));
    }

    private static String fiCreditor(String domain) {
        return String.valueOf(82_000_000 + Math.floorMod(sha256("fi10:" + domain).hashCode(), 7_999_999));
    }

    /**
     * Three layouts of this corpus: an ERP print with positions and "Deres ordre", a small-business bookkeeping
     * program's layout with an FI line "+75<...>" (only with the supplier's own account), and a tradesman's "regning"
     * with wages and materials.
     */
    private byte[] pdf(M m, Supplier s, String kind, String no, Amount a, String account, int layout, List<String> extra) {
        List<String> l = new ArrayList<>();
        String title;
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                title = kind + " nr. " + no;
                l.add(s.name() + " - CVR-nr. " + cvr(s.domain()) + " - www." + s.domain());
                l.add("Debitor: Sønderborg Kommune, " + ADDRESS);
                l.add("EAN-lokationsnr. " + GLN + "    Deres ordre: " + (4_400_000 + Math.floorMod(sha256("ordre10:" + no).hashCode(), 99_999)));
                l.add("Dato " + dottedDay(m, 0) + "    Betalingsfrist " + dottedDay(m, 30));
                l.add("Pos. 10   " + s.what());
                l.add("Subtotal " + a.net() + "    Moms 25 % " + a.vat() + "    At betale DKK " + a.gross());
                l.addAll(extra);
                l.add("Betaling til " + account + ". Anfør venligst " + kind.toLowerCase(DA) + "snummeret.");
            }
            case 1 -> {
                title = s.name();
                l.add(kind + " " + no + " - dato " + writtenDay(m, 0));
                l.add("Kunde: Sønderborg Kommune (EAN " + GLN + ")");
                l.add("Beskrivelse: " + s.what());
                l.add("Netto " + a.net() + " | moms " + a.vat() + " | total " + a.gross() + " DKK");
                l.addAll(extra);
                l.add("Betales senest " + writtenDay(m, 14) + " til " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("[^0-9]", "");
                    l.add("FI-indbetaling: +75<" + String.format("%016d", Long.parseLong(digits.isEmpty() ? "0" : digits)) + " +"
                        + fiCreditor(s.domain()) + "<");
                }
                l.add("Momsnr. DK" + cvr(s.domain()));
            }
            default -> {
                title = "Regning fra " + s.name();
                l.add("Regning nr. " + no + ", " + dottedDay(m, 0));
                l.add("Kunde: Sønderborg Kommune, Kreditorer");
                l.add("Udført: " + s.what());
                l.add("Arbejdsløn og materialer " + a.net() + ", moms " + a.vat() + ", i alt kr. " + a.gross());
                l.addAll(extra);
                l.add("Bedes betalt inden 8 dage på " + account + ". Tak for opgaven!");
            }
        }
        return Attachments.pdf(docId(m, no), title, l);
    }

    private static String pdfName(String no, int variant) {
        String n = no.replace('/', '-');
        return switch (Math.floorMod(variant, 6)) {
            case 0 -> "Faktura_" + n + ".pdf";
            case 1 -> "SK_" + n + ".pdf";
            case 2 -> "faktura-" + n.toLowerCase(DA) + ".pdf";
            case 3 -> "INV-" + n + ".pdf";
            case 4 -> n + "_faktura.pdf";
            default -> "Dokument" + n.replaceAll("[^0-9]", "") + ".pdf";
        };
    }

    private static final String[] GREET = {"Goddag", "Hej kreditorteamet", "Til Sønderborg Kommune, Kreditorer", "Kære Økonomi",
        "Goddaw", "Att.: Regnskab"};

    private String sig(Supplier s) {
        return switch (Math.floorMod(sha256("sig10:" + s.domain()).hashCode(), 3)) {
            case 0 -> "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + " | CVR " + cvr(s.domain());
            case 1 -> "\n\nMvh.\n" + s.person() + "\nTlf. 7" + (3 + rnd.nextInt(2)) + " " + (10 + rnd.nextInt(89)) + " "
                + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            default -> "\n\n" + s.name() + "\n" + s.domain() + "\nDenne adresse bruges kun til fakturaer og betalingsspørgsmål.";
        };
    }

    /** A supplier's invoice mail (body, PDF); headers set, the caller decides how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> extra, String bodyExtra) {
        String n = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 14_000_000 : 900_000);
        String[] subjects = {"Faktura " + n, s.name() + " - faktura nr. " + n, "Faktura til Sønderborg Kommune, " + n,
            "Faktura vedr. " + s.what(), "Fakt. " + n + " / EAN " + GLN, "Faktura fra " + s.name(), "Sønderborg Kommune - " + n,
            "Vedr. faktura " + n};
        String body = GREET[Math.floorMod(v, GREET.length)] + "\n\n" + switch (Math.floorMod(v, 6)) {
            case 0 -> "Hermed faktura " + n + " for " + s.what() + ". Den er også sendt elektronisk til jeres EAN.";
            case 1 -> "Se vedlagte faktura. Beløbet udgør " + a.gross() + " kr. inkl. moms og forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Opgaven er afsluttet og afleveret til jeres bygningsansvarlige, og vi fremsender derfor vores regning.";
            case 3 -> "Vi takker for samarbejdet og vedlægger fakturaen som PDF. Spørgsmål til fakturaen kan sendes hertil.";
            case 4 -> "Fakturaen for perioden er vedhæftet. Angiv venligst fakturanummeret ved betaling.";
            default -> "Fakturanummer: " + n + "\nAt betale: " + a.gross() + " kr.\nSidste rettidige betaling: " + writtenDay(m, 30);
        } + bodyExtra + sig(s);
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        lastAmount = a;
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:10pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(n, v), pdf(m, s, "Faktura", n, a, account, v, extra));
        return n;
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legit() {
        int v = 0;
        for (Supplier s : listed) {
            M m = mail("supplier-invoice", false);
            m.wave = 1;
            invoiceLike.add(m.id);
            String n = invoice(m, s, s.account(), v++, List.of(), "");
            historyNo.put(s.domain(), n);
            historyAmount.put(s.domain(), lastAmount);
            genuine(m, s.ip());
            threads.put(s.domain(), messageId(m, s.domain()));
            threadSubject.put(s.domain(), lastSubject);
            m.description = "history: " + s.domain() + " invoice, usual account, from its own server";
        }
        for (Supplier s : List.of(traelast, kloak, avis, toemrer, maler, forsyning, storkoekken, it, anlaeg, kontor, vognmand, el)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 7 + 2, List.of(v % 2 == 0 ? "Indkøbsordre " + (8_200_000 + v * 31) : "Rekvirent: " + to()),
                v % 3 == 0 ? "\n\nTimesedler for opgaven ligger i den ekstra vedhæftning." : "");
            if (v % 3 == 0) {
                m.mime.attach("application/pdf", "timesedler.pdf", Attachments.pdf(docId(m, "tim"), "Timesedler",
                    List.of("Opgave: " + s.what(), "Montørtimer: " + (5 + v % 7), "Kørsel: " + (40 + v) + " km", "Materialer iflg. bilag")));
            } else if (v % 3 == 1) {
                m.mime.attach("image/jpeg", "foto_" + (2200 + v) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice, usual account, from its own server";
            v++;
        }
        for (Supplier s : List.of(elnet, storkoekken, bus, rengoering, forsyning)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v++ * 5 + 4, List.of("Periode: februar 2027"), "\n\nFakturaen dækker februar måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        sponsorships();
        vehicleStatements();
        platforms();
        xml();
        newAccount();
        smallSuppliers();
        newsletters();
        lists();
        forwarded();
        internal();
        foreign();
        remittances();
        receipts();
        other();
    }

    private void creditNotes() {
        Object[][] x = {{traelast, "Kreditnota til faktura ", "Ved leverancen til Bygningsdrift fik I 12 plader gips for lidt; de er "
            + "trukket ud af fakturaen med denne kreditnota."},
            {storkoekken, "Krediteret: faktura ", "Plejecenter Kastaniegården afviste tre kolli frost, der var tøet op under transporten. "
                + "Dem har vi krediteret."},
            {kloak, "Kreditnota - fejl i timeantal på faktura ", "Vores disponent havde registreret fire timers spuling for meget ved "
                + "svømmehallen. Det er rettet nu."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("credit-note", false);
            invoiceLike.add(m.id);
            String n = no("KN");
            Amount a = amount(450_000);
            headers(m, s.person(), addr(s), "kreditor@sonderborg.dk", e[1] + historyNo.get(s.domain()))
                .text(GREET[v + 1] + "\n\n" + e[2] + " Kreditnota " + n + " lyder på " + a.gross() + " kr. og fremgår af vedhæftede. "
                    + "I kan modregne den i jeres næste betaling." + sig(s))
                .attach("application/pdf", "Kreditnota-" + n + ".pdf", pdf(m, s, "Kreditnota", n, a.credit(),
                    s.account(), v, List.of("Reference: faktura " + historyNo.get(s.domain()))));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note for its earlier invoice";
            v++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(traelast, avis)) {
            M m = mail("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@sonderborg.dk", "Kontoudtog pr. " + dottedDay(m, 0))
                .text("Goddag\n\nVi sender jer et kontoudtog til orientering. Faktura " + historyNo.get(s.domain()) + " er registreret "
                    + "som betalt, og der står ikke noget udestående på jeres konto hos os. Giv lyd, hvis jeres opgørelse viser noget "
                    + "andet." + sig(s))
                .attach("application/pdf", "kontoudtog_sonderborg.pdf", Attachments.pdf(docId(m, "ktu"), "Kontoudtog " + s.name(),
                    List.of("Kunde: Sønderborg Kommune", "Faktura " + historyNo.get(s.domain()) + " - betalt", "Udestående 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing outstanding";
        }
        M m = mail("payment-acknowledgement", false);
        headers(m, bus.person(), addr(bus), "kreditor@sonderborg.dk", "Tak for indbetalingen")
            .text("Hej\n\nVi bekræfter hermed, at betalingen af faktura " + historyNo.get(bus.domain()) + " er gået ind hos os.\n\n"
                + "Mvh.\nAlssund Bus Bogholderi");
        genuine(m, bus.ip());
        m.description = "alssund-bus.dk acknowledges payment of its earlier invoice";
    }

    private void reminders() {
        Object[][] r = {{elnet, "Påmindelse om betaling", "Ifølge vores opgørelse er nedenstående faktura ikke betalt. Er betalingen "
            + "allerede sendt, beder vi jer se bort fra denne mail."},
            {maler, "Regning fra januar", "Goddaw. Jeg har endnu ikke set pengene for malerarbejdet på Gråsten Skole. Vil I være søde "
                + "at kigge efter, om regningen er havnet det rigtige sted? Hilsen Peter"},
            {toemrer, "1. rykker", "Fakturaen for tagrender og stern ved Nordborg Bibliotek er over forfald. Vi har ikke lagt gebyr på."}};
        int v = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            M m = mail("payment-reminder", false);
            invoiceLike.add(m.id);
            String n = historyNo.get(s.domain());
            Amount a = historyAmount.get(s.domain());
            headers(m, s.person(), addr(s), "kreditor@sonderborg.dk", x[1] + ": faktura " + n)
                .text(GREET[(v + 3) % 6] + "\n\n" + x[2] + "\n\nFaktura " + n + ", " + a.gross() + " kr., kan betales til "
                    + s.account() + "." + sig(s))
                .attach("application/pdf", "rykker_" + n.replace('/', '-') + ".pdf", pdf(m, s, "Betalingspåmindelse", n, a, s.account(),
                    v + 1, List.of("Vedrører faktura " + n)));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real earlier invoice, usual account";
            v++;
        }
    }

    private void collection() {
        M m = mail("collection-notice", false);
        invoiceLike.add(m.id);
        String n = "KR-" + (7_000_000 + rnd.nextInt(999_999));
        String acct = bank("8117", "0003350941");
        headers(m, "Kredinor", "kundeservice@kredinor.dk", "kreditor@sonderborg.dk", "Sagsnr. " + n + " - Als Skadedyrskontrol")
            .text("Sønderborg Kommune\n\nPå vegne af Als Skadedyrskontrol skal vi gøre opmærksom på, at faktura 2291 af 4. januar "
                + "2027 (rottesikring, Hørup Skole, 4.875,00 kr.) fortsat står ubetalt.\n\nHar I betalt, eller bestrider I kravet, "
                + "så svar venligst med sagsnummeret, så sætter vi sagen på pause. Ellers kan beløbet plus rykkergebyr på 100 kr. "
                + "betales til vores klientkonto " + acct + ".\n\nVi træffes på 70 25 40 40 alle hverdage 9-15.\n\nKredinor A/S")
            .attach("application/pdf", "Kredinor_" + n + ".pdf", Attachments.pdf(docId(m, "kred"), "Betalingsopfordring " + n,
                List.of("Fordringshaver: Als Skadedyrskontrol", "Faktura 2291: 4.875,00", "Rykkergebyr 100,00", "Klientkonto " + acct)));
        genuine(m, "127.122.7.1");
        m.description = "real collection agency (DMARC pass) about a real unpaid invoice of an unlisted small supplier";
    }

    /** New legitimate family: genuine invoices for sponsorships the municipality signed (Ringridning, Kulturnat). */
    private void sponsorships() {
        M m = mail("event-sponsorship-invoice", false);
        invoiceLike.add(m.id);
        String n = "RR-2027-" + (10 + rnd.nextInt(80));
        String acct = bank("7940", "0001990327");
        headers(m, "Sønderborg Ringriderforening, kasserer", "kasserer@ringriderfest.dk", "kultur-fritid@sonderborg.dk",
            "Faktura sponsorat Ringridning 2027")
            .text("Kære Kultur og Fritid\n\nIfølge sponsoraftalen underskrevet i november fremsender vi faktura for kommunens "
                + "hovedsponsorat af Ringridningen 2027: 75.000,00 kr. (momsfrit, forening).\n\nBeløbet bedes indsat på foreningens "
                + "konto " + acct + " senest 30 dage fra fakturadato. Kontrakten med logoplacering er vedhæftet igen til "
                + "orientering.\n\nMed ringriderhilsen\nKasserer, Sønderborg Ringriderforening")
            .attach("application/pdf", "Faktura_" + n + ".pdf", Attachments.pdf(docId(m, "rr"), "Faktura " + n,
                List.of("Sønderborg Ringriderforening, CVR " + cvr("ringriderfest.dk"), "Kunde: Sønderborg Kommune, EAN " + GLN,
                    "Hovedsponsorat Ringridning 2027 iflg. aftale", "I alt 75.000,00 (momsfrit)", "Konto: " + acct)))
            .attach("application/pdf", "Sponsoraftale_2027.pdf", Attachments.pdf(docId(m, "rra"), "Sponsoraftale",
                List.of("Parter: Sønderborg Ringriderforening og Sønderborg Kommune", "Logo på programmet og ved ringriderpladsen",
                    "Vederlag 75.000,00 kr.")));
        genuine(m, "127.122.8.1");
        m.description = "local association's genuine invoice for a sponsorship we signed, its own account, DMARC pass";
        m = mail("event-sponsorship-invoice", false);
        invoiceLike.add(m.id);
        n = String.valueOf(300 + rnd.nextInt(200));
        acct = bank("9570", "0020071635");
        headers(m, "Kulturnat på Als", "bestyrelse@als-kulturnat.dk", "kultur-fritid@sonderborg.dk", "Faktura " + n + " - tilskud/sponsorat")
            .text("Hej\n\nTak fordi kommunen igen er med som partner. Her er fakturaen på de aftalte 20.000 kr. Pengene går til "
                + "lys og lyd på Havnen.\n\nKonto: " + acct + "\n\nKh\nBestyrelsen, Kulturnat på Als");
        genuine(m, "127.122.9.1");
        m.description = "small association's sponsorship invoice in the body, SPF-only domain without DMARC (aligned SPF)";
    }

    /** New legitimate family: real toll and parking statements for municipal vehicles and staff. */
    private void vehicleStatements() {
        M m = mail("vehicle-usage-statement", false);
        invoiceLike.add(m.id);
        String n = String.valueOf(61_000_000 + rnd.nextInt(900_000));
        headers(m, "BroBizz Erhverv", "erhverv@brobizz.com", "oekonomi@sonderborg.dk", "Din opgørelse for februar 2027 er klar")
            .html("<html><body style=\"font-family:Arial\"><p>Kære Sønderborg Kommune</p><p>Opgørelsen over passager for jeres 23 "
                + "BroBizz-brikker i februar er nu klar. Beløbet på 6.418,75 kr. trækkes via Betalingsservice den 10. marts.</p>"
                + "<p>Opgørelse nr. " + n + " er vedhæftet som PDF.</p><p>Venlig hilsen<br>BroBizz Erhverv</p></body></html>")
            .attach("application/pdf", "Opgoerelse_" + n + ".pdf", Attachments.pdf(docId(m, "bz"), "Opgørelse " + n,
                List.of("Kunde: Sønderborg Kommune", "23 brikker, 61 passager Storebælt og Lillebælt", "I alt 6.418,75 inkl. moms",
                    "Betalingsservice 10.03.2027")));
        genuine(m, "127.122.10.1");
        m.description = "toll operator's monthly statement for our vehicles, direct debit, DMARC pass";
        m = mail("vehicle-usage-statement", false);
        invoiceLike.add(m.id);
        n = "QP" + (200_000 + rnd.nextInt(90_000));
        headers(m, "Q-Park Erhverv", "faktura@q-park.dk", "indkoeb@sonderborg.dk", "Faktura " + n + " - abonnement P-hus Borgen")
            .text("Sønderborg Kommune\n\nVedlagt faktura for 15 abonnementspladser i P-hus Borgen for marts. Beløbet opkræves som "
                + "vanligt via EAN " + GLN + ".\n\nQ-Park Danmark")
            .attach("application/pdf", n + ".pdf", Attachments.pdf(docId(m, "qp"), "Faktura " + n, List.of("Q-Park Danmark A/S",
                "15 abonnementer P-hus Borgen, marts 2027", "11.250,00 + moms 2.812,50", "Total 14.062,50", "Fakturering via EAN")));
        genuine(m, "127.122.11.1");
        m.description = "parking operator's invoice for staff parking subscriptions, via EAN, DMARC pass";
    }

    private void platforms() {
        Object[][] p = {{"sevdesk.de", "rechnungen@", "sevDesk", kontor}, {"sevdesk.de", "rechnungen@", "sevDesk", grafisk},
            {"holded.com", "no-reply@", "Holded", anlaeg}, {"holded.com", "no-reply@", "Holded", snedker},
            {"quaderno.io", "invoices@", "Quaderno", it}, {"quaderno.io", "invoices@", "Quaderno", guderupVvs},
            {"quaderno.io", "invoices@", "Quaderno", musik}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = mail("platform-invoice", false);
            invoiceLike.add(m.id);
            String n = no("R");
            Amount a = amount(2_000_000);
            headers(m, s.name() + " via " + x[2], x[1] + d, "faktura@sonderborg.dk", "Faktura " + n + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"margin:0;background:#eef1f4;font-family:Arial,sans-serif\"><table width=\"100%\"><tr><td "
                    + "align=\"center\"><table width=\"520\" style=\"background:#ffffff;padding:20px\"><tr><td><p style=\"font-size:16px\">"
                    + "<b>" + s.name() + "</b></p><p>Hej Sønderborg Kommune,</p><p>du har modtaget en ny faktura.</p><p>Fakturanr.: "
                    + n + "<br>Beløb: " + a.gross() + " DKK<br>Betalingsfrist: " + writtenDay(m, 14 + v) + "</p><p>Fakturaen er vedhæftet som "
                    + "PDF. Svar på denne mail går direkte til " + s.person() + ".</p><p style=\"font-size:9px;color:#8a8a8a\">Sendt med "
                    + x[2] + " for " + s.name() + ".</p></td></tr></table></td></tr></table></body></html>")
                .attach("application/pdf", "Rechnung-" + n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v + 1, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice sent by platform " + d + ", usual account";
            v++;
        }
    }

    private String ubl(String no, Supplier s, Amount a, String account, boolean iban, String issue, String due) {
        return Ubl.oioubl(no, s.name(), cvr(s.domain()), s.what(), "Sønderborg Kommune", GLN, a.ore(), account, iban, issue, due,
            "Procurement-OrdSim-BilSim-1.0", String.valueOf(5_100_000 + Math.floorMod(sha256("ubl10:" + no).hashCode(), 99_999)));
    }

    private void xml() {
        int v = 0;
        for (Supplier s : List.of(traelast, kloak, kontor)) {
            M m = mail("oioubl-peppol-xml", false);
            invoiceLike.add(m.id);
            String n = no("EF");
            Amount a = amount(2_800_000);
            headers(m, s.name(), addr(s), "faktura@sonderborg.dk", "E-faktura " + n + " (OIOUBL)")
                .text("Goddag\n\nVores access point melder fejl ved levering til jeres EAN " + GLN + ". Som aftalt med jeres "
                    + "kreditorafdeling sender vi derfor OIOUBL-filen her som vedhæftning sammen med en PDF-udgave.\n\n" + s.name())
                .attach("application/xml", n + "_oioubl.xml", ubl(n, s, a, plain(s.account()), s.account().startsWith("IBAN"),
                    isoDay(m, 0), isoDay(m, 30)).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Faktura_" + n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v, List.of("OIOUBL-fil vedlagt")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL XML invoice with PDF copy, usual account";
            v++;
        }
    }

    private void newAccount() {
        M m = mail("supplier-new-account", false);
        String n = iban("DK", "79000002288416");
        headers(m, el.person(), addr(el), "kreditor@sonderborg.dk", "Orientering om ny bankforbindelse fra 1. juni")
            .text("Hej\n\nNordals El-Teknik flytter til et andet pengeinstitut. Fra den 1. juni 2027 skal vores fakturaer betales til "
                + n + ". Fakturaer med forfald inden da betales til den nuværende konto.\n\nFordi falske kontoændringer er et "
                + "kendt problem, forventer vi ikke, at I retter noget på baggrund af denne mail alene: ring til os på det nummer, "
                + "der står i vores serviceaftale, så bekræfter vi ændringen mundtligt. Et underskrevet brev ligger ved." + sig(el))
            .attach("application/pdf", "ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "nyb"), "Ny bankforbindelse",
                List.of("Nordals El-Teknik ApS, CVR " + cvr("nordals-el.dk"), "Fra 01.06.2027: " + n, "Martin Holm, direktør")));
        genuine(m, el.ip());
        m.description = "listed supplier genuinely announces a bank change from June, own server (SPF only, no DMARC), asks for a phone check";
    }

    private void smallSuppliers() {
        int v = 0;
        for (Supplier s : List.of(guderupVvs, musik, snedker, tolk, skadedyr, grafisk)) {
            M m = mail("small-supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 5 + 1, List.of("Bestilt af: " + (v % 2 == 0 ? "institutionsleder" : "teamleder")),
                v == 2 ? "\n\nDet er min første regning til kommunen, så sig endelig til, hvis der mangler et EAN eller andet." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted small local supplier " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    private void newsletters() {
        String[][] n = {{"fsr.dk", "FSR - danske revisorer", "nyt@", "Kontoændringer hos leverandører: sådan gør revisor status",
            "Svindel med ændrede kontonumre rammer både virksomheder og offentlige myndigheder. Vi har samlet revisors anbefalinger "
                + "til intern kontrol af kreditorstamdata."},
            {"deloitte.dk", "Deloitte", "insights@", "Offentlig økonomi 2027: budgetopfølgning og kontroller",
                "Ny analyse: fire ud af ti kommuner har skærpet godkendelsen af betalinger over 50.000 kr."},
            {"broagersparekasse.dk", "Broager Sparekasse", "nyhedsbrev@", "Erhvervsnyt marts",
                "Nye åbningstider i Gråsten, renteudvikling - og en påmindelse om, at vi aldrig sender links til log ind."}};
        for (String[] x : n) {
            M m = mail("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl10:" + x[0]).substring(0, 10) + "@brevo.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@sonderborg.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><table width=\"600\" style=\"font-family:Georgia,serif\"><tr><td><h1 style=\"font-size:20px\">" + x[3]
                    + "</h1><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs mere</a></p><p style=\"font-size:9px;"
                    + "color:#777\">Du får dette nyhedsbrev, fordi du er tilmeldt. Afmeld via linket i bunden.</p></td></tr></table>"
                    + "</body></html>");
            m.signers.add(x[0]);
            m.signers.add("brevo.com");
            m.ip = "127.124.1.1";
            m.helo = "smtp-relay.brevo.com";
            m.description = "newsletter from " + x[0] + " sent via an ESP, signed by both";
        }
    }

    static byte[] listFooter(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [kreditor-syd] ");
        s = s.replaceFirst("\r\n$", "\r\n_______________________________________________\r\nkreditor-syd - netværk for kreditorbogholdere i "
            + "Syddanmark\r\nAfmeld: https://oekonomi-sydjylland.dk/lister/kreditor-syd\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void lists() {
        String[][] p = {{"aabenraa.dk", "Mads Rødekro", "mr@", "Falske P-afgifter på kommunens biler",
            "Hej alle\n\nVi har fået to mails om 'kontrolafgift' for vores hjemmeplejebiler med betaling til en konto i udlandet. "
                + "Parkeringsfirmaet kender ikke sagerne. Pas på derude.\n\nMads"},
            {"toender.dk", "Karen Højer", "kaho@", "SV: Falske P-afgifter på kommunens biler",
                "Samme her. Vi betaler kun afgifter, som Fleet-teamet har fået direkte fra selskabet. /Karen"},
            {"middelfart.dk", "Rasmus Ejby", "raej@", "Sponsorannoncer 'aftalt i telefonen'",
                "Hej\n\nEr der andre, der får fakturaer for støtteannoncer i blade, som nogen angiveligt har sagt ja til i "
                    + "telefonen? Vi afviser dem nu og beder om en underskrevet ordre.\n\nRasmus"}};
        for (String[] x : p) {
            M m = mail("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "kreditor-syd@oekonomi-sydjylland.dk", x[3])
                .header("List-Id", "<kreditor-syd.oekonomi-sydjylland.dk>").text(x[4]);
            m.signers.add(x[0]);
            m.ip = "127.124.3.1";
            m.helo = "lists.oekonomi-sydjylland.dk";
            m.afterSigning = HeldOutCorpus10::listFooter;
            m.listSigner = "oekonomi-sydjylland.dk";
            m.description = "list post by " + x[0] + " (DMARC " + dns.get(x[0]).dmarc() + "); footer breaks its DKIM";
        }
    }

    private void forwarded() {
        M m = mail("forwarded", false);
        invoiceLike.add(m.id);
        invoice(m, traelast, traelast.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=k7Qd=UH=sonderborg-traelast.dk=debitor@srs.alsnet.dk";
        m.signers.add("sonderborg-traelast.dk");
        m.ip = "127.127.3.1";
        m.helo = "srs.alsnet.dk";
        m.description = "sonderborg-traelast.dk invoice forwarded with SRS (SPF passes for the forwarder, supplier's DKIM survives)";
        for (Supplier s : List.of(avis, anlaeg)) {
            m = mail("forwarded", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), 29, List.of(), "");
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.ip = "127.127.1.1";
            m.helo = "relay.nordals-fiber.dk";
            m.description = s.domain() + " invoice relayed without SRS" + (dns.get(s.domain()).dkim() != null ? " (DKIM survives)"
                : " (SPF only: nothing survives)");
        }
        m = mail("forwarded", false);
        invoiceLike.add(m.id);
        String n = invoiceNo(el);
        Amount a = amount(1_200_000);
        headers(m, "Birthe Kær", "bkaer@" + OWN, "kreditor@sonderborg.dk", "VS: Faktura " + n + " - ABA-service Musikskolen")
            .text("Hej Kreditorer\n\nDenne faktura kom til min egen postkasse. Servicebesøget er udført, og fakturaen er godkendt af "
                + "mig. Omkostningssted 4410-220.\n\nBirthe Kær\nKultur og Fritid\n\n________________________________\nFra: "
                + el.person() + " <" + addr(el) + ">\nSendt: " + writtenDay(m, -3) + "\nTil: Birthe Kær\nEmne: Faktura " + n + "\n\nHej "
                + "Birthe, fakturaen for ABA-servicen er vedlagt.")
            .attach("application/pdf", "Faktura_" + n.replace('/', '-') + ".pdf", pdf(m, el, "Faktura", n, a, el.account(), 0, List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    private void internal() {
        String[][] x = {{"Anette Sottrup", "asot@", "Skærpet kontrol af kontoændringer", "Kære alle i Kreditorer\n\nFra 1. marts "
            + "skal ændringer af bankoplysninger på leverandører altid verificeres ved et opkald til et telefonnummer fra vores "
            + "egne systemer, og ændringen skal godkendes af en kollega.\n\nAnette\nØkonomi"},
            {"Jakob Ulkebøl", "julk@", "Er Alssund Bus betalt for januar?", "Hej\n\nKan I se, om specialkørslen for januar er "
                + "betalt til Alssund Bus? Jeg er ved at lave kvartalsopfølgning.\n\nJakob\nSkole og Dagtilbud"},
            {"Digitalisering", "digitalisering@", "Planlagt nedetid i økonomisystemet", "Økonomisystemet er lukket for "
                + "opdatering onsdag kl. 16-20. E-fakturaer i perioden indlæses torsdag morgen."},
            {"Signe Havnbjerg", "shav@", "Udlæg - togbillet til kursus", "Hej\n\nVedhæftet kvittering for togbillet til KL's kursus "
                + "i Odense. Bedes refunderet via lønnen.\n\nSigne"}};
        for (String[] i : x) {
            M m = mail("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, "kreditor@sonderborg.dk", i[2]).text(i[3]);
            if (i[2].startsWith("Udlæg")) {
                mime.attach("image/png", "billet.png", Attachments.image(docId(m, "bil"), "png"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
        M m = mail("internal", false);
        headers(m, "Thomas Dybbøl", "tdyb@" + OWN, "kreditor@sonderborg.dk", "Mistænkelig P-afgift på vores varevogn")
            .text("Hej\n\nJeg har fået en mail om en kontrolafgift på en af Vej og Parks varevogne med betaling til en udenlandsk "
                + "konto. Vognen stod i garagen den dag. Jeg har sendt mailen videre til IT-sikkerhed og betaler ikke.\n\nThomas");
        genuine(m, OWN_IP);
        m.description = "internal warning about a fake parking fine (nothing to pay)";
        m = mail("internal", false);
        headers(m, "Kreditorer", "kreditor@" + OWN, "ledere@sonderborg.dk", "Fakturaer skal godkendes inden månedsafslutning")
            .text("Kære ledere\n\nHusk at godkende de fakturaer, der ligger i jeres workflow, senest den 25. Brug intranettets "
                + "genvej som sædvanlig.\n\nVenlig hilsen\nKreditorer");
        genuine(m, OWN_IP);
        m.description = "internal circular about the approval deadline";
        m = mail("bank-notice", false);
        headers(m, "Broager Sparekasse Erhverv", "erhverv@broagersparekasse.dk", "oekonomi@sonderborg.dk", "Nyt dokument i netbanken")
            .text("Kære Sønderborg Kommune\n\nDer ligger et nyt dokument til jer i Netbank Erhverv. Log på som normalt; vi sender "
                + "aldrig links til login.\n\nBroager Sparekasse");
        genuine(m, "127.124.4.1");
        m.description = "bank notice without link, DMARC pass";
        m = mail("bank-notice", false);
        headers(m, "Spar Syd", "noreply@spar-syd.dk", "oekonomi@sonderborg.dk", "Ændrede vilkår for erhvervskonti")
            .text("Fra 1. maj ændres vilkårene for erhvervskonti. Brevet ligger i netbanken. Denne mail kan ikke besvares.");
        genuine(m, "127.124.5.1");
        m.description = "bank notice, DMARC pass";
    }

    private void foreign() {
        Object[][] f = {{"asana.com", "Asana", "billing@", "Your Asana receipt #", "Thanks for using Asana Business. Your annual "
            + "subscription has renewed and the payment method on file was charged.", "USD 2,640.00"},
            {"docusign.com", "Docusign", "billing@", "Docusign invoice ", "Your Docusign Business Pro plan has been renewed. No "
                + "action is needed; the card on file has been charged.", "EUR 1,188.00"}};
        for (Object[] x : f) {
            M m = mail("foreign-saas-invoice", false);
            invoiceLike.add(m.id);
            String n = String.valueOf(50_000_000 + rnd.nextInt(9_000_000));
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@sonderborg.dk", x[3] + n)
                .text(x[4] + "\n\nInvoice: " + n + "\nAmount: " + x[5] + "\n\n" + x[1] + " Billing Team")
                .attach("application/pdf", "receipt-" + n + ".pdf", Attachments.pdf(docId(m, "saas"), x[1] + " invoice " + n,
                    List.of("Bill to: Sønderborg Kommune, " + ADDRESS + ", Denmark", "VAT reverse charged", "Total " + x[5],
                        "Paid by card ending 4417")));
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "foreign SaaS invoice (card already charged), DMARC pass";
        }
        M m = mail("foreign-invoice", false);
        invoiceLike.add(m.id);
        String n = "RE-" + (27_000 + rnd.nextInt(9_000));
        String acct = iban("DE", "215200700001234561");
        headers(m, "Flensburger Bürobedarf GmbH", "rechnung@flensburger-buero.de", "indkoeb@sonderborg.dk", "Rechnung " + n)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung für die Büromöbel an das Borgerservice Sønderborg. "
                + "Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf " + acct + " (BIC NOLADE21SHO).\n\nHermed vores "
                + "faktura på kontormøbler til Borgerservice. Betaling 30 dage netto.\n\nMit freundlichen Grüßen\nFlensburger Bürobedarf")
            .attach("application/pdf", "Rechnung_" + n + ".pdf", Attachments.pdf(docId(m, "fb"), "Rechnung " + n, List.of(
                "Flensburger Bürobedarf GmbH, Flensburg", "Kunde: Sønderborg Kommune, EAN " + GLN, "6 Schreibtische, 6 Bürostühle",
                "Gesamt EUR 4.812,00 (Reverse Charge)", "Bank: " + acct)));
        genuine(m, "127.125.3.1");
        m.description = "German office-furniture supplier from Flensburg, its own DE IBAN, DMARC pass";
        m = mail("foreign-invoice", false);
        invoiceLike.add(m.id);
        n = String.valueOf(9_400_000 + rnd.nextInt(90_000));
        acct = iban("SE", "50000000058398257466");
        headers(m, "HAGS Aneby AB Kundreskontra", "kundreskontra@hags.se", "bygningsdrift@sonderborg.dk", "Faktura " + n + " / Invoice")
            .text("Hej!\n\nBifogat finner ni faktura för reservdelar till lekplatsen i Augustenborg Slotspark. Invoice attached; "
                + "payment 30 days net to " + acct + ".\n\nMed vänlig hälsning\nHAGS Kundreskontra")
            .attach("application/pdf", "Faktura_" + n + ".pdf", Attachments.pdf(docId(m, "hags"), "Faktura " + n, List.of(
                "HAGS Aneby AB, Sverige", "Kund: Sønderborg Kommune", "Reservdelar gungställning, 1 st", "Totalt SEK 18 420,00",
                "Bankgiro / " + acct)));
        genuine(m, "127.125.7.1");
        m.description = "Swedish playground-equipment supplier, SE IBAN in its own name, p=none but aligned DMARC pass";
        m = mail("leasing-instalment-notice", false);
        invoiceLike.add(m.id);
        headers(m, "Syd Leasing", "opkraevning@sydleasing.dk", "oekonomi@sonderborg.dk", "Leasingydelse 2. kvartal 2027 - aftale 3104-882")
            .text("Sønderborg Kommune\n\nHer er opkrævningen af leasingydelsen for 2. kvartal 2027 på aftale 3104-882 (8 el-varebiler, "
                + "Vej og Park). Ydelsen trækkes automatisk via Betalingsservice den 1. april.\n\nSyd Leasing")
            .attach("application/pdf", "opkraevning_3104-882.pdf", Attachments.pdf(docId(m, "lea"), "Opkrævning",
                List.of("Aftale 3104-882, 8 køretøjer", "Kvartalsydelse 71.250,00 inkl. moms", "Betalingsservice 01.04.2027")));
        genuine(m, "127.124.2.1");
        m.description = "leasing instalment notice, direct debit, DMARC pass";
    }

    private void remittances() {
        M m = mail("remittance-advice", false);
        headers(m, "Aabenraa Kommune Økonomi", "betalinger@aabenraa.dk", "oekonomi@sonderborg.dk", "Betalingsadvisering")
            .text("Til Sønderborg Kommune\n\nVi har i dag overført 124.560,00 kr. til jeres NemKonto. Betalingen dækker jeres "
                + "faktura 7700318 om mellemkommunal refusion for 4. kvartal.\n\nVenlig hilsen\nAabenraa Kommune, Økonomi");
        genuine(m, "127.124.6.1");
        m.description = "remittance advice: a municipality paid our invoice (nothing to pay), DMARC pass";
        m = mail("remittance-advice", false);
        headers(m, "Alssund Gymnasium Administration", "administration@alssundgym.dk", "oekonomi@sonderborg.dk", "Betaling af hallerje")
            .text("Hej\n\nVi har betalt jeres to opkrævninger for leje af idrætshallen. Specifikationen er vedhæftet som CSV.\n\n"
                + "Venlig hilsen\nAlssund Gymnasium")
            .attach("text/csv", "betalinger_sonderborg.csv", ("fakturanr;periode;beloeb\r\n7700402;jan 2027;18750,00\r\n"
                + "7700403;feb 2027;18750,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.124.11.1");
        m.description = "remittance advice from a gymnasium paying our rent invoices, CSV, DMARC pass";
    }

    private void receipts() {
        Object[][] r = {{"stark.dk", "STARK", "kvittering@", "Kvittering for dit køb hos STARK Sønderborg", "Skruer, fugemasse og "
            + "2 stiger, 3.214,00 kr. Betalt med kommunens indkøbskort."},
            {"netto.dk", "Netto", "kvittering@", "Din digitale kvittering", "Frugt og kaffe til personalemøde, 486,35 kr., betalt "
                + "med kort."},
            {"jemogfix.dk", "jem & fix", "webshop@", "Din ordre 4471902 er klar til afhentning", "3 stk. kompostbeholdere, 1.497,00 kr. "
                + "Betalt online."}};
        for (Object[] x : r) {
            M m = mail("receipt", false);
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@sonderborg.dk", (String) x[3]).text(x[4] + "\n\nTak for handlen\n" + x[1]);
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = mail("order-confirmation", false);
        headers(m, "Elektroimportøren Erhverv", "erhverv@elektroimportoeren.dk", "indkoeb@sonderborg.dk", "Ordrebekræftelse 9021344")
            .text("Tak for din bestilling af 60 LED-armaturer til Sønderborg Idrætspark. Varen faktureres elektronisk til EAN " + GLN
                + " ved levering.\n\nElektroimportøren Erhverv");
        genuine(m, "127.122.5.1");
        m.description = "order confirmation, to be invoiced by EAN";
    }

    private void other() {
        M m = mail("quote", false);
        headers(m, guderupVvs.person(), addr(guderupVvs), "bygningsdrift@sonderborg.dk", "Tilbud: nye cisterner, Guderup Hallen")
            .text("Hej\n\nSom lovet får I her et tilbud på udskiftning af 8 cisterner i omklædningsrummene: 23.600 kr. ekskl. moms, "
                + "inkl. bortskaffelse. Prisen holder til udgangen af april." + sig(guderupVvs))
            .attach("application/pdf", "tilbud_cisterner.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("8 cisterner inkl. montering og bortskaffelse", "23.600,00 ekskl. moms")));
        genuine(m, guderupVvs.ip());
        m.description = "quote from unlisted small supplier, nothing to pay";
        m = mail("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skole-dagtilbud@sonderborg.dk", "Kørsel i påskeferien")
            .text("Hej\n\nI påskeugen kører vi ikke specialkørsel. Fakturaen for april bliver tilsvarende mindre. Vores "
                + "bankoplysninger er de samme som altid.\n\nAlssund Bus");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment details unchanged";
        m = mail("supplier-letter", false);
        headers(m, storkoekken.person(), addr(storkoekken), "sundhed-omsorg@sonderborg.dk", "Ny bestillingsportal for køkkenerne fra maj")
            .text("Kære køkkenledere\n\nFra 1. maj afgiver I bestillinger i vores opdaterede webshop. Jeres nuværende login virker "
                + "fortsat, og fakturering sker uændret via EAN. Der ændres intet ved betalingen.\n\nSønderjysk Storkøkken");
        genuine(m, storkoekken.ip());
        m.description = "listed supplier's ordering notice, nothing to pay, payment unchanged";
        m = mail("supplier-letter", false);
        headers(m, avis.person(), addr(avis), "kreditor@sonderborg.dk", "Annoncepriser pr. 1. april")
            .html("<html><body><p>Kære annoncør</p><p>Fra 1. april justeres vores annoncepriser med 2,8 %. Kontonummer og "
                + "fakturering er uændret.</p><p>Venlig hilsen<br>Sønderborg Ugeavis</p></body></html>");
        genuine(m, avis.ip());
        m.description = "listed supplier's price letter, payment details unchanged";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private int host = 40;

    private void fraud() {
        forgedSupplier();
        lookalikes();
        platformFraud();
        compromised();
        hijack();
        correctedResend();
        ownDomain();
        ceo();
        payroll();
        bodyOnly();
        inkasso();
        digitalPost();
        nemhandel();
        renewals();
        parkingFine();
        taxRefund();
        softwareRenewal();
        sponsorFraud();
        customerPortal();
        callback();
        qr();
        english();
        imageOnly();
        archives();
        svg();
        macro();
    }

    private static final String[] MULE = {iban("LT", "7370440012345678"), iban("DK", "89900007731205"), bank("5301", "0002284471"),
        iban("EE", "4220221020145685"), iban("PL", "271140200400003802753712"), iban("GB", "REVO00997012345678"),
        iban("IE", "BOFI90001710023456"), iban("NL", "BUNQ2290145382"), iban("DE", "500105175409870012"),
        iban("HU", "120100110123456700000000"), iban("RO", "BTRL0130120512345XX1"), iban("BG", "STSA93000012345678"),
        iban("CY", "002001950000357001234567"), bank("9860", "0007714429"), iban("MT", "VALL22013000000040012345678")};

    private String mule(int i) {
        return MULE[Math.floorMod(i, MULE.length)];
    }

    private void forgedSupplier() {
        Supplier[] s = {forsyning, traelast, avis, kloak, storkoekken, it};
        String[] notes = {"\n\nBemærk: vi har skiftet bank. Brug udelukkende kontonummeret på denne faktura.",
            "\n\nVores konto i det gamle pengeinstitut er opsagt, så betaling skal ske til den konto, der står på fakturaen.",
            "", "\n\nKontonummeret er ændret fra og med denne faktura - opdater venligst jeres kreditorkartotek."};
        for (int i = 0; i < s.length; i++) {
            M m = mail("forged-supplier", true);
            invoice(m, s[i], mule(i), i + 9, List.of("Ny bankforbindelse"), notes[i % notes.length]);
            if (i == 1) {
                m.mime.header("Reply-To", "<debitor@sonderborgtraelast.net>");
            }
            forged(m, host++);
            m.description = "forged From " + s[i].domain() + " from a fraudster's machine, changed account"
                + (i == 1 ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"als-forsyning-betaling.dk", forsyning}, {"sonderborg-traelast.com", traelast}, {"nordborg-tomrer.dk", toemrer},
            {"nordals-el.com", el}, {"guderup-rengoring.dk", rengoering}};
        int i = 0;
        for (Object[] x : l) {
            Supplier s = (Supplier) x[1];
            M m = mail("lookalike-domain", true);
            invoice(m, s.posing((String) x[0], s.account()), mule(i + 2), i + 3, List.of(),
                i % 2 == 0 ? "\n\nVi har fået ny bank, så ret gerne kontonummeret hos jer inden betaling." : "");
            ownedBy(m, (String) x[0]);
            m.description = "look-alike " + x[0] + " of " + s.domain() + " (own DNS), new account";
            i++;
        }
        M m = mail("punycode-homoglyph", true);
        String d = idn("sonderborg-ugeav\u0456s.dk");
        invoice(m, avis.posing(d, avis.account()), mule(7), 13, List.of(), "");
        ownedBy(m, d);
        m.description = "IDN homoglyph " + d + " (Cyrillic i) of sonderborg-ugeavis.dk, invoice with new account, authenticates";
        m = mail("punycode-homoglyph", true);
        d = idn("s\u043enderborg.dk");
        headers(m, "Sønderborg Kommune, Økonomi", "oekonomi@" + d, "kreditor@sonderborg.dk", "Akut: forudbetaling til entreprenør")
            .text("Hej Kreditorer\n\nEfter vandskaden på Sønderborg Slot skal affugtningsfirmaet have en forudbetaling på 186.000 "
                + "kr. i dag, ellers trækker de mandskabet. Beløbet overføres til " + mule(9) + ". Dokumentation eftersendes, når "
                + "direktøren er tilbage fra Christiansborg.\n\nØkonomi");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our finance department, urgent prepayment, authenticates";
    }

    private void platformFraud() {
        String[][] p = {{"sevdesk-rechnung.com", "sevDesk"}, {"holded-invoices.com", "Holded"}, {"quaderno-pay.io", "Quaderno"}};
        int i = 0;
        for (String[] x : p) {
            M m = mail("lookalike-platform", true);
            String n = no("R");
            Supplier s = listed.get(i * 4 + 2);
            headers(m, s.name() + " via " + x[1], "no-reply@" + x[0], "faktura@sonderborg.dk", "Påmindelse: faktura " + n + " er forfalden")
                .html("<html><body style=\"font-family:Arial\"><p>Hej Sønderborg Kommune,</p><p>faktura " + n + " fra " + s.name()
                    + " er forfalden for " + (6 + i) + " dage siden. Betal straks online for at undgå rykkergebyr.</p><p><a "
                    + "style=\"background:#1a73e8;color:#fff;padding:8px 14px\" href=\"https://" + x[0] + "/pay/"
                    + sha256(m.id).substring(0, 12) + "\">Se og betal faktura</a></p><p style=\"font-size:9px;color:#999\">" + x[1]
                    + "</p></body></html>");
            ownedBy(m, x[0]);
            m.description = "look-alike of platform " + x[1] + " with view-and-pay link, HTML only";
            i++;
        }
        M m = mail("platform-account-misused", true);
        String n = no("R");
        Amount a = amount(5_000_000);
        Supplier s = new Supplier("Als Vinduespolering & Facade ApS", "sevdesk.de", "Als Vinduespolering", "", "", mule(4),
            "facaderens og vinduespolering, Sønderborg Rådhus, februar");
        headers(m, s.name() + " via sevDesk", "rechnungen@sevdesk.de", "kreditor@sonderborg.dk", "Faktura " + n + " fra " + s.name())
            .header("Reply-To", "<alsvinduespolering@outlook.com>")
            .html("<html><body><p>Faktura " + n + " fra " + s.name() + " for " + s.what() + ": DKK " + a.gross() + ".</p><p>Betaling "
                + "inden 7 dage til " + mule(4) + ".</p></body></html>")
            .attach("application/pdf", "Rechnung-" + n + ".pdf", pdf(m, s, "Faktura", n, a, mule(4), 0, List.of()));
        genuine(m, "127.123.1.1");
        m.description = "fraudster's own account on real platform sevdesk.de invoices a job never ordered (authenticates)";
        m = mail("platform-account-misused", true);
        n = no("R");
        a = amount(3_500_000);
        String acct = iban("DK", "89900006120448");
        headers(m, vognmand.name() + " via Quaderno", "invoices@quaderno.io", "faktura@sonderborg.dk", "Faktura " + n + " - " + vognmand.name())
            .header("Reply-To", "<broager.vognmand@hotmail.com>")
            .html("<html><body><p>Hej Sønderborg Kommune</p><p>" + vognmand.name() + " har sendt jer faktura " + n + " på DKK "
                + a.gross() + ".</p><p>OBS: ny bankforbindelse - betal til " + acct + ".</p></body></html>")
            .attach("application/pdf", "Rechnung-" + n + ".pdf", pdf(m, vognmand, "Faktura", n, a, acct, 1, List.of("Ny konto")));
        genuine(m, "127.123.3.1");
        m.description = "listed broager-vognmand.dk's name on real platform quaderno.io: new account, hotmail Reply-To (authenticates)";
    }

    private void compromised() {
        Supplier[] s = {kontor, toemrer, traelast, bus};
        String[] why = {"Efter fusionen med vores søsterselskab samles alle indbetalinger nu på koncernens konto.",
            "Banken har midlertidigt spærret vores driftskonto under en hvidvaskkontrol, så vi benytter en anden konto.",
            "Vores tilgodehavender er overdraget til en finansieringspartner, og betaling skal derfor ske til dennes konto.",
            "Vi har skiftet revisor og samtidig pengeinstitut; den gamle konto lukker med udgangen af måneden."};
        for (int i = 0; i < s.length; i++) {
            M m = mail("compromised-supplier", true);
            String body = "\n\n" + why[i] + " Denne og kommende fakturaer bedes betalt til " + mule(i + 10)
                + ". Vores telefoner er nede pga. et systemskifte, så skriv endelig her, hvis der er spørgsmål.";
            invoice(m, s[i], mule(i + 10), i * 4 + 1, List.of("Betaling til: " + mule(i + 10)), body);
            genuine(m, s[i].ip());
            m.description = "mail from " + s[i].domain() + "'s real (compromised) mailbox, changed account, authenticates";
        }
    }

    private void hijack() {
        Supplier[] s = {forsyning, kloak, kontor};
        String[] via = {"alsforsyning.com", "als-kloak.com", "syddansk-kontor.com"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("reply-chain-hijack", true);
            Supplier fake = s[i].posing(via[i], mule(i + 5));
            String n = historyNo.get(s[i].domain());
            Mime mime = headers(m, s[i].person(), addr(fake), "kreditor@sonderborg.dk", "SV: " + threadSubject.get(s[i].domain()))
                .header("In-Reply-To", threads.get(s[i].domain())).header("References", threads.get(s[i].domain()))
                .text("Hej igen\n\nMange tak for tilbagemeldingen. Faktura " + n + " er stadig åben i vores bogholderi. Vi er ved at "
                    + "lukke den gamle konto, så vi vil bede jer overføre " + historyAmount.get(s[i].domain()).gross() + " kr. til "
                    + mule(i + 5) + " og ikke til kontoen på fakturaen. Send os gerne kvitteringen, når det er gjort.\n\nVenlig hilsen\n"
                    + s[i].person() + "\n\n> Fra: Kreditorer <kreditor@sonderborg.dk>\n> Sendt: " + writtenDay(m, -4) + "\n> Emne: "
                    + threadSubject.get(s[i].domain()) + "\n>\n> Tak, fakturaen er modtaget og sendt til godkendelse.");
            if (i == 1) {
                mime.attach("application/pdf", "Faktura_" + n.replace('/', '-') + "_ny_konto.pdf", pdf(m, fake, "Faktura", n,
                    historyAmount.get(s[i].domain()), mule(i + 5), 2, List.of("Opdaterede betalingsoplysninger")));
            }
            ownedBy(m, via[i]);
            m.description = "hijacked thread about " + s[i].domain() + "'s earlier invoice, look-alike domain, new account";
        }
    }

    private void correctedResend() {
        Supplier[] s = {vognmand, anlaeg};
        String[] via = {"broager-vognmand.com", "augustenborg-anlag.dk"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("corrected-invoice-resend", true);
            String n = historyNo.get(s[i].domain());
            Supplier fake = s[i].posing(via[i], mule(i + 12));
            Amount a = historyAmount.get(s[i].domain());
            headers(m, s[i].person(), addr(fake), "kreditor@sonderborg.dk", "Rettet faktura " + n + " - erstatter tidligere")
                .text("Goddag\n\nDesværre blev faktura " + n + " fra februar sendt med et forkert kontonummer, fordi vores nye "
                    + "økonomisystem hentede en gammel skabelon. Vedhæftet er den rettede udgave; den første bedes annulleret, og "
                    + "betaling skal kun ske efter den nye.\n\nUndskyld besværet.\n\n" + s[i].person())
                .attach("application/pdf", "Faktura_" + n.replace('/', '-') + "_rettet.pdf", pdf(m, fake, "Faktura", n, a, mule(i + 12),
                    i + 1, List.of("RETTET - erstatter tidligere fremsendt faktura")));
            ownedBy(m, via[i]);
            m.description = "'corrected' re-issue of real earlier invoice " + n + " of " + s[i].domain() + " from a look-alike, new account";
        }
    }

    private void ownDomain() {
        String[][] x = {{"Borgmester Jens Peter Dybbøl", "borgmester@", "Personligt - haster"},
            {"Sønderborg Kommune Debitor", "debitor@", "Mellemregning 2027-118 - intern overførsel"},
            {"Kommunaldirektør Susanne Kegnæs", "direktion@", "Kan du hjælpe mig med en betaling?"}};
        int i = 0;
        for (String[] y : x) {
            M m = mail("own-domain-forged", true);
            Mime mime = headers(m, y[0], y[1] + OWN, i == 1 ? "oekonomi@sonderborg.dk" : "kreditor@sonderborg.dk", y[2]);
            if (i == 1) {
                mime.text("Til Økonomi\n\nHermed mellemregning vedr. intern overførsel mellem forsyningsområdet og kassen. Beløbet "
                    + "indsættes på " + mule(13) + ".")
                    .attach("application/pdf", "mellemregning_2027-118.pdf", Attachments.pdf(docId(m, "own"), "Mellemregning 2027-118",
                        List.of("Sønderborg Kommune", "Intern overførsel, 1. kvartal", "Beløb 64.900,00", "Indsættes på: " + mule(13))));
            } else {
                mime.text("Hej\n\nJeg sidder i et lukket møde med KL og kan ikke tale i telefon. Vi skal i dag have overført "
                    + (i == 0 ? "214.000" : "88.750") + " kr. til " + mule(i + 14) + " vedrørende et fortroligt grundkøb ved havnen. "
                    + "Sig det ikke til nogen endnu, og skriv til mig, når pengene er sendt.\n\n" + y[0]);
            }
            forged(m, host++);
            m.description = "our own domain forged from outside (p=reject)";
            i++;
        }
    }

    private void ceo() {
        String[][] x = {{"Jens Peter Dybbøl", "gmail.com", "jp.dybboel.borgmester"}, {"Susanne Kegnæs", "outlook.com",
            "susanne.kegnaes.dir"}, {"Henrik Lysabild, økonomichef", "icloud.com", "h.lysabild"}, {"Susanne Kegnæs", "live.dk",
                "s.kegnaes"}};
        String[] text = {"Hej\n\nEr du ved dit skrivebord? Jeg har brug for, at du ordner noget for mig hurtigt og uden at "
            + "involvere andre. Svar bare på denne mail, jeg kan ikke tage telefonen lige nu.\n\nJens Peter\nSendt fra min iPad",
            "Hej\n\nKan du lave en overførsel på 57.300 kr. til " + mule(1) + " i dag? Det er depositum for venskabsbybesøget i "
                + "Polen, og det skal være på plads inden kl. 14. Faktura kommer senere.\n\nSusanne",
            "Hej\n\nVi har en fortrolig opkøbssag, hvor advokaten skal have et beløb deponeret i dag. Send mig dit direkte "
                + "nummer, så kontakter advokaten dig med detaljerne.\n\nHenrik",
            "Hej\n\nVil du købe 8 gavekort til 1.500 kr. stykket til en overraskelse for direktionssekretariatet og sende mig "
                + "koderne? Jeg betaler dig tilbage i morgen.\n\nSusanne"};
        for (int i = 0; i < x.length; i++) {
            M m = mail("ceo-fraud", true);
            headers(m, x[i][0], x[i][2] + "@" + x[i][1], "kreditor@sonderborg.dk", i % 2 == 0 ? "Et hurtigt spørgsmål" : "Haster i dag")
                .text(text[i]);
            genuine(m, dns.get(x[i][1]).spfIps().get(0));
            m.description = "CEO/mayor fraud from free mail (" + x[i][1] + ", authenticates), display name of our management";
        }
    }

    private void payroll() {
        M m = mail("payroll-account-change", true);
        headers(m, "Lene Nydam", "lene.nydam77@gmail.com", "loen@sonderborg.dk", "Ændring af lønkonto")
            .text("Hej Løn\n\nJeg er lærer på Nordborg Skole og har skiftet bank. Vil I sørge for, at min løn fra marts går til "
                + bank("5301", "0002284471") + "? Jeg kan ikke logge på medarbejderportalen fra min nye telefon endnu.\n\n"
                + "Tak\nLene Nydam");
        genuine(m, "127.126.1.1");
        m.description = "'employee' on gmail asks payroll to move her salary to a mule account";
        m = mail("payroll-account-change", true);
        headers(m, "Ove Sandbjerg", "ove.sandbjerg@hotmail.com", "loen@sonderborg.dk", "Pension - udbetaling til ny konto")
            .text("Goddag\n\nJeg gik på efterløn fra Vej og Park i december og får stadig et tillæg via kommunen. Pengene skal "
                + "fremover sendes til min konto " + mule(8) + ", da jeg bor i Tyskland nu.\n\nMed venlig hilsen\nOve Sandbjerg");
        genuine(m, "127.126.2.1");
        m.description = "'former employee' on hotmail asks to redirect a payment to a foreign mule account";
    }

    private void bodyOnly() {
        String[][] x = {{"sdj-storkokken.dk", "Sønderjysk Storkøkken Ordre", "ordre@", "Nye betalingsoplysninger", "Goddag\n\nVi har "
            + "fået ny bankforbindelse. Fremtidige betalinger skal gå til " + iban("DK", "89900003318820") + ". Bekræft gerne med et "
            + "kort svar, når kontoen er rettet hos jer.\n\nSønderjysk Storkøkken A/S"},
            {"hotmail.com", "Peter Hjort", "peter.hjort.maler@", "Konto", "Hej\n\nMin firmamail virker ikke for tiden. Regningen for "
                + "Gråsten Skole bedes betalt til " + bank("5301", "0002284471") + ". Jeg er på 30 41 22 87 hvis I vil ringe.\n\nPeter"},
            {"graasten-maler.com", "Peter Hjort", "peter@", "Skift af bank", "Hej\n\nMalerfirmaet er flyttet til ny bank: " + mule(6)
                + ". Den gamle konto nedlægges 1. april.\n\nPeter Hjort"}};
        for (String[] y : x) {
            M m = mail("bank-change-body-only", true);
            headers(m, y[1], y[2] + y[0], "kreditor@sonderborg.dk", y[3]).text(y[4]);
            if (y[0].equals("hotmail.com")) {
                genuine(m, "127.126.2.1");
            } else {
                ownedBy(m, y[0]);
            }
            m.description = "no attachment: changed account in the body only (" + y[0] + ")";
        }
    }

    private void inkasso() {
        Supplier[] s = {bus, elnet, el};
        String[] via = {"als-inkasso.dk", "nordisk-fordringsservice.com", "als-inkasso.dk"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("fake-reminder-inkasso", true);
            String n = historyNo.get(s[i].domain());
            headers(m, "Als Inkasso - Inddrivelse", "sag@" + via[i], "kreditor@sonderborg.dk", "Sidste varsel før retslige skridt - " + n)
                .text("Sønderborg Kommune\n\n" + s[i].name() + " har overdraget faktura " + n + " til inddrivelse hos os. Hvis "
                    + "hovedstolen og inkassosalær på 1.150,00 kr. ikke er indbetalt til " + mule(i + 3) + " inden 72 timer, sendes "
                    + "sagen til fogedretten uden yderligere varsel.\n\nAls Inkasso")
                .attach("application/pdf", "Varsel_" + n.replace('/', '-') + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassovarsel",
                    List.of("Kreditor: " + s[i].name(), "Faktura " + n, "Salær 1.150,00", "Betaling: " + mule(i + 3))));
            ownedBy(m, via[i]);
            m.description = "fake inkasso notice citing real earlier invoice " + n + " of " + s[i].domain() + ", new account";
        }
    }

    private void digitalPost() {
        String[][] x = {{"Digital Post", "Ny besked fra Gældsstyrelsen", "Gældsstyrelsen har sendt en afgørelse om modregning. "
            + "Afgørelsen skal åbnes med MitID Erhverv inden 3 dage, ellers betragtes den som forkyndt."},
            {"MitID Erhverv", "Jeres MitID Erhverv-administrator skal genbekræftes", "Sønderborg Kommunes administratoradgang "
                + "udløber. Genbekræft organisationen nu for at bevare adgangen til Virk og Digital Post."}};
        for (String[] y : x) {
            M m = mail("fake-digital-post", true);
            headers(m, y[0], "notifikation@digitalpost-meddelelse.net", "oekonomi@sonderborg.dk", y[1])
                .html("<html><body><p style=\"font-size:15px\"><b>" + y[0] + "</b></p><p>" + y[2] + "</p><p><a href=\"https://"
                    + "digitalpost-meddelelse.net/login/" + sha256(m.id).substring(0, 10) + "\">Log på med MitID</a></p></body></html>");
            ownedBy(m, "digitalpost-meddelelse.net");
            m.description = "fake " + y[0] + " with login link";
        }
    }

    private void nemhandel() {
        String[] subj = {"Fejl i jeres NemHandel-registrering (EAN " + GLN + ")", "Fakturaer i kø - handling påkrævet"};
        String[] body = {"Jeres EAN-nummer mangler en obligatorisk opdatering af certifikatet. Uden opdatering kan leverandørernes "
            + "e-fakturaer ikke modtages efter fredag.", "5 e-fakturaer til Sønderborg Kommune er sat i kø, fordi modtagelsen er "
                + "afbrudt. Log ind for at frigive dem, før der sendes rykkere."};
        for (int i = 0; i < 2; i++) {
            M m = mail("fake-nemhandel-notice", true);
            headers(m, "NemHandel Drift", "drift@nemhandel-drift.com", "faktura@sonderborg.dk", subj[i])
                .html("<html><body><p>" + body[i] + "</p><p><a href=\"https://nemhandel-drift.com/ean/" + GLN + "\">Opdater med MitID "
                    + "Erhverv</a></p><p style=\"font-size:9px\">NemHandel driftsinformation</p></body></html>");
            ownedBy(m, "nemhandel-drift.com");
            m.description = "fake NemHandel notice with login link";
        }
    }

    private void renewals() {
        M m = mail("domain-directory-scam", true);
        headers(m, "DK Domain Services", "renewal@dotdk-renewals.com", "faktura@sonderborg.dk", "Varsel: sonderborg.dk skal fornyes")
            .text("Registreringen af sonderborg.dk udløber snart. Fornyes domænet ikke inden 7 dage, frigives det, og al e-mail "
                + "og jeres hjemmeside stopper. Fornyelse i 3 år: 4.680,00 kr. ekskl. moms, indbetales til " + mule(0) + ".")
            .attach("application/pdf", "fornyelse_sonderborg-dk.pdf", Attachments.pdf(docId(m, "ren"), "Fornyelse sonderborg.dk",
                List.of("Domæne: sonderborg.dk", "Fornyelse 36 måneder", "4.680,00 + moms", "Indbetaling: " + mule(0))));
        ownedBy(m, "dotdk-renewals.com");
        m.description = "domain renewal scam, unordered";
        m = mail("domain-directory-scam", true);
        headers(m, "Offentligt Indkøbsregister", "data@offentlig-indkoebsregister.eu", "kreditor@sonderborg.dk",
            "Kontrol af jeres registrering som ordregiver")
            .text("Kære Sønderborg Kommune\n\nVi opdaterer registret over offentlige ordregivere. Kontrollér venligst jeres data og "
                + "returnér den underskrevne blanket. Underskriften gælder som tilmelding i 3 år til EUR 1.090 årligt.\n\n"
                + "Please sign and return within 10 days.\n\nOffentligt Indkøbsregister")
            .attach("application/pdf", "registrering_sonderborg.pdf", Attachments.pdf(docId(m, "reg"), "Registreringsblanket",
                List.of("Sønderborg Kommune, " + ADDRESS, "Årligt gebyr EUR 1.090, 3 år", "Betaling: " + mule(10))));
        ownedBy(m, "offentlig-indkoebsregister.eu");
        m.description = "directory 'check your entry' form that is a 3-year contract, unordered";
    }

    /** New family: a fake parking control fee for a municipal vehicle, with a mule account or a pay link. */
    private void parkingFine() {
        M m = mail("fake-parking-fine", true);
        headers(m, "P-Kontrol Syd", "afgift@p-kontrol-syd.dk", "oekonomi@sonderborg.dk", "Kontrolafgift 760 kr. - reg.nr. CX 41 772")
            .text("Sønderborg Kommune\n\nKøretøj med reg.nr. CX 41 772, registreret til jer, er pålagt kontrolafgift på privat "
                + "parkeringsareal ved Borgen Shopping den " + writtenDay(m, -6) + " (parkering uden gyldig tilladelse).\n\nAfgiften på "
                + "760,00 kr. skal betales til " + mule(2) + " senest 5 dage fra i dag. Herefter tillægges gebyr og sagen overgår "
                + "til inkasso.\n\nP-Kontrol Syd")
            .attach("application/pdf", "Kontrolafgift_CX41772.pdf", Attachments.pdf(docId(m, "pk"), "Kontrolafgift",
                List.of("Reg.nr. CX 41 772", "Sted: Borgen Shopping, P-dæk 2", "Afgift 760,00", "Indbetaling: " + mule(2))));
        ownedBy(m, "p-kontrol-syd.dk");
        m.description = "fake private parking control fee for a municipal vehicle, PDF and mule account";
        m = mail("fake-parking-fine", true);
        headers(m, "EuroPark Forderungsmanagement", "service@europark-opkraevning.com", "kreditor@sonderborg.dk",
            "Unpaid parking charge Flensburg / Ubetalt parkeringsafgift")
            .html("<html><body><p>Dear vehicle owner / Kære ejer,</p><p>A parking charge of EUR 45.00 for your vehicle (DK, "
                + "Sønderborg Kommune) at Flensburg ZOB remains unpaid. Pay within 48 hours to avoid a collection fee of EUR 85.00."
                + "</p><p><a href=\"https://europark-opkraevning.com/pay/" + sha256(m.id).substring(0, 10) + "\">Betal nu / Pay now</a>"
                + "</p></body></html>");
        ownedBy(m, "europark-opkraevning.com");
        m.description = "fake foreign parking charge, bilingual, card-payment link";
    }

    /** New family: a fake refund from the tax authority that needs "confirmation" of the account or a login. */
    private void taxRefund() {
        M m = mail("fake-tax-refund", true);
        headers(m, "Skattestyrelsen", "refusion@skat-refusion.net", "oekonomi@sonderborg.dk", "Momsrefusion klar til udbetaling")
            .html("<html><body style=\"font-family:Arial\"><p><b>Skattestyrelsen</b></p><p>Ved gennemgang af jeres momsindberetning "
                + "for 4. kvartal 2026 er der opgjort et tilgodehavende på 84.312,00 kr.</p><p>Udbetalingen kan ikke ske, før "
                + "NemKontoen er bekræftet. Bekræft inden 48 timer:</p><p><a href=\"https://skat-refusion.net/nemkonto/"
                + sha256(m.id).substring(0, 8) + "\">Bekræft NemKonto med MitID</a></p></body></html>");
        ownedBy(m, "skat-refusion.net");
        m.description = "fake tax-authority VAT refund, login link to 'confirm NemKonto'";
        m = mail("fake-tax-refund", true);
        headers(m, "Skattestyrelsen - Erhverv", "udbetaling@momsrefusion-sktst.com", "kreditor@sonderborg.dk",
            "Tilbagebetaling af for meget betalt lønsumsafgift")
            .text("Sønderborg Kommune\n\nI har indbetalt for meget i lønsumsafgift. Beløbet 19.640,00 kr. tilbagebetales, når "
                + "vedhæftede blanket er udfyldt med pengeinstitut, kontonummer og den kontoansvarliges CPR-nummer og returneret til "
                + "denne adresse. Et administrationsgebyr på 350 kr. betales forud til " + mule(3) + ".\n\nSkattestyrelsen")
            .attach("application/pdf", "Blanket_tilbagebetaling.pdf", Attachments.pdf(docId(m, "tr"), "Anmodning om tilbagebetaling",
                List.of("Tilgodehavende 19.640,00", "Pengeinstitut: ______  Kontonr.: ______", "CPR kontoansvarlig: ______",
                    "Gebyr 350,00 til " + mule(3))));
        ownedBy(m, "momsrefusion-sktst.com");
        m.description = "fake tax refund: form asks bank details and CPR, advance fee to a mule";
    }

    /** New family: a fake renewal of software the municipality really uses (case system, office suite). */
    private void softwareRenewal() {
        M m = mail("fake-software-renewal", true);
        headers(m, "Acadre Licensadministration", "licens@acadre-licens.com", "indkoeb@sonderborg.dk",
            "Fornyelse af Acadre ESDH-licenser 2027/28 - faktura vedlagt")
            .text("Kære kunde\n\nJeres licens til Acadre ESDH (1.200 brugere) udløber den 31. marts. For at undgå, at systemet "
                + "overgår til skrivebeskyttet tilstand, skal vedlagte faktura betales inden udløb.\n\nBeløb: 386.400,00 kr. inkl. moms\n"
                + "Konto: " + mule(11) + "\n\nLicensadministrationen")
            .attach("application/pdf", "Licensfaktura_2027.pdf", Attachments.pdf(docId(m, "sw"), "Licensfornyelse",
                List.of("Acadre ESDH, 1.200 brugere, 12 måneder", "Beløb ekskl. moms 309.120,00", "I alt 386.400,00",
                    "Betaling: " + mule(11))));
        ownedBy(m, "acadre-licens.com");
        m.description = "fake licence renewal invoice for our case-management system, mule account";
        m = mail("fake-software-renewal", true);
        headers(m, "Microsoft 365 Fakturering", "billing@office365-fornyelse.com", "oekonomi@sonderborg.dk",
            "Betaling mislykkedes - Microsoft 365 E3 (1.850 licenser)")
            .html("<html><body style=\"font-family:Segoe UI,Arial\"><p>Vi kunne ikke trække betalingen for jeres Microsoft 365 E3-"
                + "abonnement. Opdater betalingsoplysningerne inden 24 timer, ellers deaktiveres postkasser og OneDrive.</p><p><a "
                + "href=\"https://office365-fornyelse.com/billing/" + sha256(m.id).substring(0, 10) + "\">Opdater betaling</a></p>"
                + "</body></html>");
        ownedBy(m, "office365-fornyelse.com");
        m.description = "fake office-suite renewal failure with a payment-details link";
    }

    /** New family: invoices for support adverts and charity sponsorships nobody agreed to ("aftalt telefonisk"). */
    private void sponsorFraud() {
        M m = mail("fake-sponsor-invoice", true);
        headers(m, "Beredskabsmagasinet", "annonce@beredskabsmagasinet.dk", "kreditor@sonderborg.dk",
            "Faktura 27-0412: støtteannonce som aftalt telefonisk")
            .text("Til Sønderborg Kommune\n\nTak for jeres støtte til vores arbejde for frivillige i beredskabet. Som aftalt "
                + "telefonisk med jeres administration d. " + writtenDay(m, -9) + " er jeres støtteannonce (1/4 side) nu bragt i "
                + "forårsudgaven.\n\nBeløbet 8.750,00 kr. + moms bedes indbetalt til " + mule(5) + " inden 8 dage. Lydoptagelse af "
                + "aftalen kan rekvireres.\n\nBeredskabsmagasinet")
            .attach("application/pdf", "Faktura_27-0412.pdf", Attachments.pdf(docId(m, "bm"), "Faktura 27-0412",
                List.of("Støtteannonce 1/4 side, forårsudgaven 2027", "8.750,00 + moms 2.187,50", "I alt 10.937,50", "Konto: " + mule(5))));
        ownedBy(m, "beredskabsmagasinet.dk");
        m.description = "support advert 'agreed by phone' in a rescue-services magazine, never ordered";
        m = mail("fake-sponsor-invoice", true);
        headers(m, "Børnehjælp Sponsorservice", "sponsor@boernehjaelp-sponsor.com", "oekonomi@sonderborg.dk",
            "Jeres sponsorbidrag 2027 - opkrævning")
            .text("Kære sponsor\n\nTusind tak, fordi Sønderborg Kommune igen i år er guldsponsor for børnenes sommerlejr. Opkrævning "
                + "på 15.000,00 kr. er vedhæftet. Bidraget bedes betalt til " + mule(0) + ".\n\nVarme hilsner\nSponsorservice");
        ownedBy(m, "boernehjaelp-sponsor.com");
        m.description = "fake charity 'renewal' of a sponsorship never made";
        m = mail("fake-sponsor-invoice", true);
        headers(m, "Idrætsstøtte Syd", "faktura@idraetsstoette-syd.dk", "kultur-fritid@sonderborg.dk", "Banner Ringridning 2027 - faktura")
            .text("Hej\n\nHermed faktura for jeres bannerplads ved ringriderpladsen under Ringridningen 2027, som aftalt med jeres "
                + "kulturkonsulent. 12.500,00 kr. + moms til " + mule(6) + ", betales inden 5 dage af hensyn til trykkeriet.\n\n"
                + "Idrætsstøtte Syd")
            .attach("application/pdf", "Banner_Ringridning_2027.pdf", Attachments.pdf(docId(m, "ib"), "Faktura",
                List.of("Bannerplads Ringridning 2027", "12.500,00 + moms", "Indbetaling: " + mule(6))));
        ownedBy(m, "idraetsstoette-syd.dk");
        m.description = "banner-advert invoice riding on a real local event we sponsor, unrelated company, mule account";
    }

    /** New family: a fake "new customer portal" of a supplier or a payment hub asking to log in and confirm bank data. */
    private void customerPortal() {
        M m = mail("fake-customer-portal", true);
        headers(m, traelast.person(), "kundeservice@traelast-kundeportal.com", "kreditor@sonderborg.dk",
            "Sønderborg Trælast: fakturaer flyttes til ny kundeportal")
            .html("<html><body style=\"font-family:Verdana\"><p>Kære kunde</p><p>Fra i dag sendes fakturaer og kontoudtog fra "
                + "Sønderborg Trælast kun via vores nye kundeportal. For at åbne jeres 3 ubetalte fakturaer skal I logge ind og "
                + "bekræfte jeres betalingsoplysninger.</p><p><a href=\"https://traelast-kundeportal.com/login/" + sha256(m.id)
                .substring(0, 8) + "\">Åbn kundeportalen</a></p><p>Sønderborg Trælast A/S</p></body></html>");
        ownedBy(m, "traelast-kundeportal.com");
        m.description = "fake 'new customer portal' of a listed supplier, login and bank-details link";
        m = mail("fake-customer-portal", true);
        headers(m, "Leverandørportalen", "noreply@leverandoer-portal-dk.com", "faktura@sonderborg.dk",
            "Genregistrering af betalingsmodtagere påkrævet")
            .text("Til Sønderborg Kommune\n\nSom led i overgangen til ny betalingsplatform skal alle offentlige kunder genregistrere "
                + "deres leverandørforbindelser. Log ind med MitID Erhverv på https://leverandoer-portal-dk.com/registrering og "
                + "bekræft kontonumrene for jeres 20 største leverandører inden fredag.\n\nLeverandørportalen");
        ownedBy(m, "leverandoer-portal-dk.com");
        m.description = "fake payment-hub 're-registration' asking to log in and confirm supplier accounts";
    }

    private void callback() {
        M m = mail("callback-phone-invoice", true);
        headers(m, "Ordreservice", "ordre@ordre-annullering-dk.com", "indkoeb@sonderborg.dk", "Kvittering: 25 x iPad Pro bestilt")
            .text("Tak for din bestilling. Dit firmakort trækkes 312.475,00 kr. ved afsendelse i morgen.\n\nHar du ikke bestilt "
                + "varerne? Ring hurtigst muligt til vores annulleringsservice på +45 89 88 14 70.\n\nOrdreservice");
        ownedBy(m, "ordre-annullering-dk.com");
        m.description = "callback scam: fake order receipt urging a call to cancel";
        m = mail("callback-phone-invoice", true);
        headers(m, "McAfee Erhverv", "ordre@ordre-annullering-dk.com", "oekonomi@sonderborg.dk", "Din licens er forlænget - 6.890 kr.")
            .attach("application/pdf", "Ordrebekraeftelse.pdf", Attachments.pdf(docId(m, "cb"), "Forlængelse",
                List.of("Total Protection Business, 5 år", "6.890,00 kr.", "Fortryd eller spørgsmål: +45 89 88 14 70")))
            .text("Licensen er forlænget automatisk. Se vedhæftede. Kontakt os på +45 89 88 14 70 for at få pengene retur.");
        ownedBy(m, "ordre-annullering-dk.com");
        m.description = "callback scam: auto-renewal 'invoice' with only a phone number";
    }

    private void qr() {
        for (int i = 0; i < 2; i++) {
            M m = mail("qr-code-payment", true);
            String d = i == 0 ? "betal-med-qr.dk" : "alssund-bus.com";
            headers(m, i == 0 ? "Betalingsoverblik" : bus.person(), (i == 0 ? "besked@" : "bogholderi@") + d, "kreditor@sonderborg.dk",
                i == 0 ? "Overførsel afvist - handling påkrævet" : "Specialkørsel februar - betal via QR")
                .html("<html><body><p>" + (i == 0 ? "Jeres overførsel på 12.340,00 kr. blev afvist af modtagerbanken." : "Februar-"
                    + "fakturaen kan nu betales med det samme.") + " Brug mobilen og scan koden herunder for at betale.</p><img "
                    + "src=\"cid:qr\" width=\"170\" alt=\"QR\"></body></html>")
                .attach("image/png", "betal.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, d);
            m.description = "QR code to pay, no account in text";
        }
    }

    private void english() {
        M m = mail("english-international", true);
        headers(m, "Baltic Advisory Partners", "finance@baltic-advisory-partners.com", "kreditor@sonderborg.dk",
            "Invoice BAP-2207 - energy harbour feasibility review")
            .text("Dear Accounts Payable,\n\nAttached is our invoice for the feasibility review of the Sønderborg energy harbour. "
                + "EUR 14,850.00 is payable immediately to " + mule(4) + ".\n\nRegards,\nBaltic Advisory Partners")
            .attach("application/pdf", "BAP-2207.pdf", Attachments.pdf(docId(m, "en"), "Invoice BAP-2207",
                List.of("Client: Sonderborg Municipality", "Energy harbour feasibility review", "EUR 14,850.00", "Bank: " + mule(4))));
        ownedBy(m, "baltic-advisory-partners.com");
        m.description = "English invoice for a review never ordered, PL IBAN";
        m = mail("english-international", true);
        headers(m, "Baltic Advisory Partners - Accounts", "accounts@baltic-advisory-partners.com", "oekonomi@sonderborg.dk",
            "Change of bank details - urgent")
            .text("Good morning,\n\nDue to an internal audit our banking details have changed with immediate effect. Please settle "
                + "all open items to " + mule(14) + " and confirm once your records are updated.\n\nKind regards,\nAccounts");
        ownedBy(m, "baltic-advisory-partners.com");
        m.description = "English 'change of bank details', MT IBAN";
    }

    private void imageOnly() {
        Supplier[] s = {maler, vognmand};
        String[] via = {"graasten-maler.com", "broager-vognmand.com"};
        for (int i = 0; i < 2; i++) {
            M m = mail("image-only-invoice", true);
            headers(m, s[i].person(), s[i].box() + "@" + via[i], "kreditor@sonderborg.dk", i == 0 ? "regning" : "Faktura (scannet)")
                .text("Hej\n\nPrinteren kan ikke lave PDF, så fakturaen kommer som billede. Bemærk den nye konto nederst.\n\n"
                    + s[i].person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_0311.jpg" : "Scan_20270304.pdf",
                    i == 0 ? Attachments.image(docId(m, "sc"), "jpg") : Attachments.scannedPdf(docId(m, "sc")));
            ownedBy(m, via[i]);
            m.description = "invoice only as image/scan from look-alike of " + s[i].domain();
        }
    }

    private void archives() {
        for (int i = 0; i < 2; i++) {
            M m = mail("archive-invoice", true);
            Supplier s = i == 0 ? kloak : elnet;
            String d = i == 0 ? "als-kloak.com" : "nordals-elnet.com";
            String n = invoiceNo(s);
            byte[] inner = pdf(m, s.posing(d, mule(i + 8)), "Faktura", n, amount(2_200_000), mule(i + 8), i, List.of());
            headers(m, s.person(), s.box() + "@" + d, "kreditor@sonderborg.dk", "Faktura " + n + " og bilag")
                .text("Hej\n\nFakturaen og bilagene er pakket i den vedhæftede fil af hensyn til størrelsen.\n\n" + s.person())
                .attach("application/zip", i == 0 ? "faktura_bilag.zip" : "NordalsElnet_" + n + ".zip",
                    i == 0 ? Attachments.zip("Faktura_" + n + ".pdf", inner, "inspektion.txt", "Inspektionsrapport følger")
                        : Attachments.zip(n + ".pdf", inner));
            ownedBy(m, d);
            m.description = "invoice inside an archive from a look-alike of " + s.domain();
        }
    }

    private void svg() {
        String[][] x = {{"filoverfoersel-sikker.net", "Trælastens Debitorafdeling", "Saldo og åbne poster", "saldo.svg",
            "image/svg+xml"}, {"filoverfoersel-sikker.net", "Syddansk Kontor", "Faktura fra Syddansk Kontorforsyning",
                "Faktura_marts.html", "text/html"}};
        for (String[] y : x) {
            M m = mail("svg-html-attachment", true);
            String page = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=https://" + y[0] + "/d/" + sha256(m.id).substring(0, 8)
                    + "\"></head><body>Henter dokument ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"180\"><text x=\"12\" y=\"36\">Åbne poster - "
                    + "klik for at se</text><a href=\"https://" + y[0] + "/s/" + sha256(m.id).substring(0, 8) + "\"><rect x=\"12\" "
                    + "y=\"60\" width=\"220\" height=\"36\" fill=\"#c33\"/></a></svg>";
            headers(m, y[1], "dokumenter@" + y[0], "kreditor@sonderborg.dk", y[2])
                .text("Hej\n\nDokumentet er vedhæftet. Det åbnes bedst i en browser.\n\n" + y[1])
                .attach(y[4], y[3], page.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, supplier's name";
        }
    }

    private void macro() {
        M m = mail("office-macro", true);
        headers(m, kontor.person(), "salg@syddansk-kontor.com", "indkoeb@sonderborg.dk", "Ordrebekræftelse og faktura, uge 10")
            .text("Hej\n\nVedlagt ordrebekræftelse og faktura. Filen er beskyttet: klik 'Aktivér redigering' og 'Aktivér indhold', "
                + "så vises priser og konto.\n\nSyddansk Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_uge10.docm", Attachments.word(
                "Faktura\nSønderborg Kommune\nAktivér indhold for at se dokumentet", true));
        ownedBy(m, "syddansk-kontor.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of syddansk-kontor.dk";
        m = mail("office-macro", true);
        headers(m, anlaeg.person(), "regnskab@augustenborg-anlag.dk", "bygningsdrift@sonderborg.dk", "Opgørelse vintertjeneste januar")
            .text("Hej\n\nOpgørelsen over saltning og snerydning i januar ligger i regnearket, inkl. vores nye bankoplysninger. Tillad "
                + "makroer, ellers bliver beløbene ikke beregnet.\n\nHelle")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Vintertjeneste_januar.xlsm", Attachments.excel(
                List.of("Vintertjeneste januar 2027", "I alt DKK 148.250,00", "Betaling: " + mule(12)), true));
        ownedBy(m, "augustenborg-anlag.dk");
        m.description = "macro-enabled Excel statement from a look-alike of augustenborg-anlaeg.dk";
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus10().generate(), List.of(
            "# Sønderborg Kommune, Økonomi: invoice checks (tenth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=als-forsyning.dk nordals-elnet.dk alssund-bus.dk nordborg-toemrer.dk augustenborg-anlaeg.dk "
                + "graasten-maler.dk sonderborg-ugeavis.dk broager-vognmand.dk guderup-rengoering.dk als-kloak.dk "
                + "sonderborg-traelast.dk nordals-el.dk sdj-storkoekken.dk syddansk-kontor.dk dybboel-it.dk",
            "invoice.domains.platforms=sevdesk.de holded.com quaderno.io",
            "invoice.names.protected=Sønderborg Kommune"));
    }
}
