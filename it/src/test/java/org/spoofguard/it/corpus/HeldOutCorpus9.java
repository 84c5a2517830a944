package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The ninth held-out invoice corpus (issue 11 item 5): a tenth test set in a world nobody tuned on. "Our" public body
 * is Thisted Kommune ({@value #OWN}, p=reject, its creditor, e-invoice and finance mailboxes and departments) with
 * fourteen listed suppliers from Thy in every DNS posture real Danish firms have, three invoicing platforms ({@code
 * chargebee.com}, {@code procountor.com}, {@code billit.eu}), banks, a neighbouring municipality and a school paying
 * us, a north-west Jutland creditor network list, forwarders (with and without SRS), free mail, foreign suppliers and
 * SaaS, and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (fakturafælder, changed bank details, CEO fraud, fake
 * Digital Post/MitID/NemHandel, fake inkasso, renewal and directory scams, compromised mailboxes, hijacked threads, QR
 * codes, archives, SVG/HTML attachments, image-only invoices, fake utility settlements, fake grant repayment demands,
 * fake ERP approval notices, conference hotel "housing" scams), without reading the invoice engine, its tests, tuning
 * notes or any earlier result. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived
 * from the mail's kind (a legitimate invoice, credit note, reminder, collection letter for a real debt, leasing notice,
 * utility settlement or SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the
 * From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus9GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus9 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout9");
    public static final String OWN = "thisted.dk";
    static final String FRAUD_NET = "127.103.";
    private static final String OWN_IP = "127.90.0.1";
    private static final String GLN = "5798006638219";
    private static final String ADDRESS = "Asylgade 30, 7700 Thisted";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MM-yyyy", DA);

    private final Random rnd = new Random(91_0009_2026L);
    private final Map<String, String> threads = new TreeMap<>();
    private final Map<String, String> threadSubject = new TreeMap<>();
    private final Map<String, String> historyNo = new TreeMap<>();
    private final Map<String, Amount> historyAmount = new TreeMap<>();
    private String lastSubject;
    private Amount lastAmount;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2026, 10, 5, 7, 50, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2026, 11, 16, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "6.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Thy Forsyning A/S", "thyforsyning.dk", "Thy Forsyning Kundeservice Erhverv",
        "erhverv", "127.91.1.1", iban("DK", "76000003318455"), "fjernvarme, vand og vandafledning, kommunale ejendomme, 3. kvartal");
    private final Supplier bus = new Supplier("Thy Bus & Turist ApS", "thybus.dk", "Thy Bus Regnskab", "regnskab", "127.91.2.1",
        bank("7600", "0001447215"), "skolebuskørsel, ruterne Hanstholm-Thisted og Hurup-Thisted, oktober");
    private final Supplier elnet = new Supplier("Thy Elnet A/S", "thy-elnet.dk", "Thy Elnet Afregning", "afregning", "127.91.3.1",
        iban("DK", "90700004418327"), "nettarif og abonnement, gadebelysning og pumpestationer");
    private final Supplier toemrer = new Supplier("Hanstholm Tømrer & Byg ApS", "hanstholm-toemrer.dk", "Niels Hanstholm", "niels",
        "127.91.4.1", bank("7600", "0002261908"), "udskiftning af vinduer i gymnastiksalen, Hanstholm Skole");
    private final Supplier entreprenoer = new Supplier("Thy Entreprenør A/S", "thy-entreprenoer.dk", "Lisbeth Bedsted", "bogholderi",
        "127.91.5.1", bank("9880", "0001135576"), "asfaltreparation og kantsten, Vestergade og Silstrupvej");
    private final Supplier maler = new Supplier("Vestervig Maler v/ Jens Bak", "vestervig-maler.dk", "Jens Bak", "jens",
        "127.91.6.1", bank("7600", "0005524319"), "indvendig maling af fællesrum, Plejecenter Vestervig");
    private final Supplier avis = new Supplier("Thisted Dagblad", "thisted-dagblad.dk", "Thisted Dagblad Annonceservice", "annoncer",
        "127.91.7.1", iban("DK", "52950001177903"), "jobannoncer og kommunale bekendtgørelser i Thisted Dagblad");
    private final Supplier vognmand = new Supplier("Snedsted Vognmandsforretning ApS", "snedsted-vognmand.dk", "Erik Snedsted", "erik",
        "127.91.8.1", bank("9880", "0003307741"), "vintertjeneste, saltning af veje i distrikt Syd");
    private final Supplier rengoering = new Supplier("Hurup Rengøring ApS", "hurup-rengoering.dk", "Annette Hurup", "faktura",
        "127.91.9.1", bank("7600", "0004418830"), "daglig rengøring, Hurup Rådhus og Sydthy Bibliotek");
    private final Supplier kloak = new Supplier("Thy Kloak & Slamsugning A/S", "thy-kloak.dk", "Thy Kloak Ordrekontor", "ordre",
        "127.91.10.1", bank("9880", "0006625180"), "slamsugning og TV-inspektion, Thisted Svømmehal og Idrætscenter");
    private final Supplier byg = new Supplier("Thy Byggecenter A/S", "thy-byggecenter.dk", "Thy Byggecenter Debitor", "debitor",
        "127.91.11.1", iban("DK", "76000004476023"), "byggematerialer til Ejendomsservice, rammeaftale 2026");
    private final Supplier el = new Supplier("Sjørring El ApS", "sjoerring-el.dk", "Mads Sjørring", "mads", "127.91.12.1",
        bank("7600", "0007719304"), "eftersyn af brandalarmer og nødbelysning, Thisted Musikskole");
    private final Supplier grossist = new Supplier("Thy Storkøkken Grossist A/S", "thy-grossist.dk", "Ordrekontoret", "ordre",
        "127.91.13.1", bank("9880", "0008830027"), "fødevarer og engangsartikler til plejecentrenes køkkener");
    private final Supplier kontor = new Supplier("Nordvest Kontor ApS", "nordvest-kontor.dk", "Nordvest Kontor Ordre", "salg",
        "127.91.14.1", iban("DK", "90700009915428"), "kopipapir, toner og kontorartikler, rammeaftale, november");
    // unlisted small suppliers, one-person businesses
    private final Supplier hundborgVvs = new Supplier("Hundborg VVS & Blik", "hundborg-vvs.dk", "Torben Hundborg", "torben",
        "127.92.1.1", bank("7600", "0002290614"), "reparation af cirkulationspumpe, Hundborg Friskole-hal");
    private final Supplier kursus = new Supplier("Karen Vang Kursus & Coaching", "gmail.com", "Karen Vang", "karen.vang.coaching",
        "127.96.1.1", bank("9880", "0004456601"), "temadag om konflikthåndtering, Jobcenter Thisted");
    private final Supplier snedker = new Supplier("Koldby Snedkeri v/ Ulrik Koldby", "koldby-snedker.dk", "Ulrik Koldby", "ulrik",
        "127.92.2.1", bank("7600", "0005530872"), "nye reoler og disk, Thisted Bibliotek børneafdeling");
    private final Supplier tolk = new Supplier("Amina Yusuf Tolkeservice", "outlook.com", "Amina Yusuf", "amina.yusuf.tolk",
        "127.96.2.1", bank("9880", "0006618243"), "tolkning somali-dansk, Familieafdelingen, 7 timer");
    private final Supplier skadedyr = new Supplier("Thy Skadedyrsservice", "thy-skadedyr.dk", "Bent Nors", "bent", "127.92.3.1",
        bank("7600", "0008851160"), "rottebekæmpelse, Nors Skole og Sennels Børnehave");
    private final Supplier foto = new Supplier("Sofie Klitmøller Foto", "icloud.com", "Sofie Klitmøller", "sofie.klitmoller.foto",
        "127.96.5.1", bank("9880", "0001178850"), "fotografering til Thisted Kommunes rekrutteringskampagne");

    private final List<Supplier> listed = List.of(forsyning, bus, elnet, toemrer, entreprenoer, maler, avis, vognmand, rengoering, kloak,
        byg, el, grossist, kontor);

    /** Fraudsters' domains, each set up (SPF, mostly DKIM, some DMARC) by its owner. */
    private static final String[] OWNED = {"thyforsyning-betaling.dk", "thy-forsyning.com", "thybus-regnskab.dk", "thy-elnet.com",
        "hanstholm-tomrer.dk", "thy-byggecenter.com", "thybyggecenter.net", "thisted-dagblad.com", "sjoerring-el.com", "thy-kloak.com",
        "thy-grossist.com", "snedsted-vognmand.com", "hurup-rengoring.dk", "thy-entreprenor.dk", "vestervig-maler.com",
        "nordvest-kontor.com", idn("thisted-dagbl\u0430d.dk"), idn("th\u0456sted.dk"), "thisted-kommune.com", "thistedkommune.net",
        "chargebee-invoices.com", "procountor-pay.com", "billit-docs.eu", "thy-inkasso.dk", "nordic-debt-solutions.com",
        "digitalpost-erhverv.net", "nemhandel-status.com", "dk-domain-renewal.com", "nordic-public-register.eu",
        "thy-energiafregning.dk", "tilskud-tilbagebetaling.dk", "opus-godkendelse.com", "konference-booking-nordic.com",
        "nordsoe-partners.com", "sikker-fildeling.net", "betaling-qr.dk", "faktura-support-dk.com", "erhvervstilskud-kontrol.com",
        "kommune-hotelservice.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("thyforsyning.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("thybus.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("thy-elnet.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only
        domain("hanstholm-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain("thy-entreprenoer.dk", List.of(entreprenoer.ip()), "~all", null, null); // SPF only
        domain("vestervig-maler.dk", null, null, null, null); // nothing published
        domain("thisted-dagblad.dk", List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("snedsted-vognmand.dk", List.of("127.91.98.8"), "~all", null, "none"); // SPF names the web host only
        domain("hurup-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, null); // RSA DKIM only
        domain("thy-kloak.dk", List.of(kloak.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("thy-byggecenter.dk", List.of(byg.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sjoerring-el.dk", List.of(el.ip()), "-all", null, null); // SPF only
        domain("thy-grossist.dk", List.of(grossist.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("nordvest-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("hundborg-vvs.dk", List.of(hundborgVvs.ip()), "-all", null, null);
        domain("koldby-snedker.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("thy-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("intrum.dk", List.of("127.92.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("computercity.dk", List.of("127.92.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("chargebee.com", List.of("127.93.1.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("procountor.com", List.of("127.93.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("billit.eu", List.of("127.93.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // associations, banks, public bodies, neighbours, relays
        domain("mailjet.com", List.of("127.94.1.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("nordvestbank.dk", List.of("127.94.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordvest-oekonomi.dk", List.of("127.94.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sparthy.dk", List.of("127.94.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("landbobanken-thy.dk", List.of("127.94.5.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("vesthimmerland.dk", List.of("127.94.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("mariagerfjord.dk", List.of("127.94.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ikast-brande.dk", List.of("127.94.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("danskerhverv.dk", List.of("127.94.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("pwc.dk", List.of("127.94.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("thisted-gym.dk", List.of("127.94.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("relay.thyfiber.dk", List.of("127.97.1.1"), "-all", null, null);
        domain("srs.thynet.dk", List.of("127.97.3.1"), "-all", null, null);
        // free mail, foreign SaaS and suppliers, shops
        domain("gmail.com", List.of("127.96.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.96.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of("127.96.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of("127.96.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of("127.96.3.1"), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of("127.96.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("smartsheet.com", List.of("127.95.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("lastpass.com", List.of("127.95.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("sport-thieme.de", List.of("127.95.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("silvan.dk", List.of("127.95.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bilka.dk", List.of("127.95.5.1"), "~all", null, "none");
        domain("harald-nyborg.dk", List.of("127.95.6.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        for (int i = 0; i < OWNED.length; i++) {
            domain(OWNED[i], List.of(FRAUD_NET + "7." + (i + 1)), i % 4 == 2 ? "~all" : "-all",
                i % 5 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256,
                i % 3 == 1 ? null : i % 3 == 0 ? "none" : "reject");
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int maxNetOre) {
        long net = 38_000 + rnd.nextInt(maxNetOre);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String no(String prefix) {
        return prefix + (300_000 + rnd.nextInt(600_000));
    }

    /** Each supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        return switch (Math.floorMod(sha256("nr9:" + s.domain()).hashCode(), 4)) {
            case 0 -> "26-" + (10_000 + rnd.nextInt(80_000));
            case 1 -> "FA" + (2_600_000 + rnd.nextInt(99_999));
            case 2 -> String.valueOf(70_000 + rnd.nextInt(20_000));
            default -> "2026/" + (100 + rnd.nextInt(800));
        };
    }

    private static final String[] TO = {"kreditor@thisted.dk", "efaktura@thisted.dk", "oekonomi@thisted.dk", "kreditor@thisted.dk",
        "teknik-miljoe@thisted.dk", "boern-familie@thisted.dk", "sundhed-aeldre@thisted.dk", "kultur-fritid@thisted.dk",
        "indkoeb@thisted.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("pdf9:" + what + ":" + m.id).substring(0, 12), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr9:" + domain).hashCode(), 13_000_000));
    }

    private static String fiCreditor(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi9:" + domain).hashCode(), 8_999_999));
    }

    private String day(M m, int plus) {
        if (m.sent == null) {
            date(m);
        }
        return m.sent.atZone(ZoneOffset.ofHours(1)).plusDays(plus).format(DAY);
    }

    private String shortDay(M m, int plus) {
        if (m.sent == null) {
            date(m);
        }
        return m.sent.atZone(ZoneOffset.ofHours(1)).plusDays(plus).format(SHORT);
    }

    private String isoDay(M m) {
        if (m.sent == null) {
            date(m);
        }
        return m.sent.atZone(ZoneOffset.ofHours(1)).toLocalDate().toString();
    }

    /**
     * Three layouts of this corpus: a wholesaler's print with customer number and delivery address, a bookkeeping
     * program's layout with a "kortart 71" payment line (only with the supplier's own account), a tradesman's bill
     * with hours and materials.
     */
    private byte[] pdf(M m, Supplier s, String kind, String no, Amount a, String account, int layout, List<String> extra) {
        List<String> l = new ArrayList<>();
        String title;
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                title = kind.toUpperCase(DA) + "  " + no;
                l.add(s.name() + "  |  CVR " + cvr(s.domain()) + "  |  " + s.domain());
                l.add("Kundenr. " + (10_000 + Math.floorMod(sha256("kunde9:" + s.domain()).hashCode(), 89_999)) + "   Fakturadato "
                    + shortDay(m, 0) + "   Forfald " + shortDay(m, 30));
                l.add("Køber: Thisted Kommune, " + ADDRESS + "   EAN " + GLN);
                l.add("Leveret: " + s.what());
                l.add("Beløb ekskl. moms " + a.net() + "   25 % moms " + a.vat() + "   Total DKK " + a.gross());
                l.addAll(extra);
                l.add("Indbetales til " + account + " med angivelse af " + kind.toLowerCase(DA) + "nummer.");
            }
            case 1 -> {
                title = s.name();
                l.add(kind + " " + no + " af " + day(m, 0));
                l.add("Til: Thisted Kommune (EAN " + GLN + ")");
                l.add("Vedr.: " + s.what());
                l.add("I alt ekskl. moms " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross() + " kr.");
                l.addAll(extra);
                l.add("Betalingsbetingelser: løbende måned + 30 dage. Konto: " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("[^0-9]", "");
                    l.add("Kortart +71<" + String.format("%015d", Long.parseLong(digits.isEmpty() ? "0" : digits)) + " +"
                        + fiCreditor(s.domain()) + "<");
                }
                l.add("CVR-nr. " + cvr(s.domain()));
            }
            default -> {
                title = "Regning - " + s.name();
                l.add("Nr. " + no + "    " + shortDay(m, 0));
                l.add("Thisted Kommune, att. kreditor");
                l.add("Arbejde: " + s.what());
                l.add("Timer og materialer, i alt " + a.net() + " + moms " + a.vat() + " = kr. " + a.gross());
                l.addAll(extra);
                l.add("Beløbet bedes indsat på " + account + " senest 14 dage fra dato.");
            }
        }
        return Attachments.pdf(docId(m, no), title, l);
    }

    private static String pdfName(String no, int variant) {
        String n = no.replace('/', '-');
        return switch (Math.floorMod(variant, 6)) {
            case 0 -> "Faktura-" + n + ".pdf";
            case 1 -> "ThistedKommune_" + n + ".pdf";
            case 2 -> "faktura_" + n.toLowerCase(DA) + ".pdf";
            case 3 -> "Invoice_" + n + ".pdf";
            case 4 -> "Fakt " + n + ".pdf";
            default -> "DOC" + n.replaceAll("[^0-9]", "") + ".pdf";
        };
    }

    private static final String[] GREET = {"Goddag", "Hej Thisted Kommune", "Til kreditorafdelingen", "Kære bogholderi",
        "Hej med jer", "Att. Økonomi og Personale"};

    private String sig(Supplier s) {
        return switch (Math.floorMod(sha256("sig9:" + s.domain()).hashCode(), 3)) {
            case 0 -> "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + "\nCVR " + cvr(s.domain());
            case 1 -> "\n\nVh\n" + s.person() + "\nMobil 2" + (1 + rnd.nextInt(8)) + " " + (10 + rnd.nextInt(89)) + " "
                + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            default -> "\n\n--\n" + s.name() + "\n" + s.domain() + " | Svar til denne adresse læses af bogholderiet";
        };
    }

    /** A supplier's invoice mail (body, PDF); headers set, the caller decides how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> extra, String bodyExtra) {
        String n = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 15_000_000 : 1_000_000);
        String[] subjects = {"Faktura nr. " + n, s.name() + ": faktura " + n, "Faktura til Thisted Kommune (" + n + ")",
            "Regning vedr. " + s.what(), "Fakturanr. " + n + " - EAN " + GLN, "Ny faktura", "Thisted Kommune / " + s.name() + " / " + n};
        String body = GREET[Math.floorMod(v, GREET.length)] + "\n\n" + switch (Math.floorMod(v, 6)) {
            case 0 -> "Vedhæftet er faktura " + n + " vedrørende " + s.what() + ".";
            case 1 -> "I modtager hermed vores faktura på i alt " + a.gross() + " kr. inkl. moms med forfald den " + day(m, 30) + ".";
            case 2 -> "Arbejdet er færdigt og gennemgået med jeres driftsleder. Fakturaen ligger i vedhæftningen.";
            case 3 -> "Hermed fremsendes faktura. Den er ligeledes sendt via NemHandel til jeres EAN-nummer.";
            case 4 -> "Tak for opgaven. Fakturaen er vedlagt som PDF; ret gerne henvendelse, hvis noget ikke stemmer.";
            default -> "Faktura: " + n + "\nBeløb: " + a.gross() + " kr.\nForfald: " + day(m, 30);
        } + bodyExtra + sig(s);
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        lastAmount = a;
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 2) {
            mime.html("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><div>"
                + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
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
        for (Supplier s : List.of(byg, kloak, avis, toemrer, maler, forsyning, grossist, elnet, entreprenoer, kontor, vognmand, el)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 5 + 3, List.of(v % 2 == 1 ? "Rekvisitionsnr. " + (7_100_000 + v * 17) : "Bestilt af: " + to()),
                v % 4 == 0 ? "\n\nSpecifikation af timer og materialer er vedhæftet." : "");
            if (v % 4 == 0) {
                m.mime.attach("application/pdf", "specifikation.pdf", Attachments.pdf(docId(m, "spec"), "Specifikation",
                    List.of("Opgave: " + s.what(), "Svendetimer: " + (6 + v), "Lærlingetimer: " + (2 + v % 3), "Materialer iflg. følgeseddel")));
            } else if (v % 4 == 2) {
                m.mime.attach("image/jpeg", "IMG_" + (4400 + v) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice, usual account, from its own server";
            v++;
        }
        for (Supplier s : List.of(elnet, grossist, bus, rengoering, forsyning)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v++ * 7 + 1, List.of("Afregningsperiode: oktober 2026"), "\n\nFakturaen gælder for oktober.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        settlement();
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
        Object[][] x = {{byg, "Kreditnota vedr. faktura ", "Der var faktureret 40 sække fliseklæb for meget på leverancen til Ejendomsservice; "
            + "de er nu krediteret."},
            {grossist, "Kreditering af faktura ", "Vi har krediteret de to kasser kyllingebryst, som Plejecenter Thyhjem returnerede "
                + "pga. brudt kølekæde."},
            {kloak, "Rettelse - kreditnota til faktura ", "Slamsugningen ved svømmehallen blev faktureret med to vogne, men der "
                + "kørte kun én."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("credit-note", false);
            invoiceLike.add(m.id);
            String n = no("K");
            Amount a = amount(500_000);
            headers(m, s.person(), addr(s), "kreditor@thisted.dk", e[1] + historyNo.get(s.domain()))
                .text(GREET[v + 2] + "\n\n" + e[2] + " Kreditnota " + n + " på " + a.gross() + " kr. er vedhæftet og kan modregnes i "
                    + "næste betaling til os." + sig(s))
                .attach("application/pdf", "Kreditnota_" + n + ".pdf", pdf(m, s, "Kreditnota", n, a.credit(),
                    s.account(), v + 1, List.of("Vedrører faktura " + historyNo.get(s.domain()))));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note for its earlier invoice";
            v++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(byg, avis)) {
            M m = mail("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@thisted.dk", "Saldobekræftelse " + shortDay(m, 0))
                .text("Hej\n\nTil brug for vores årsafslutning sender vi en saldooversigt. Efter vores bøger er faktura "
                    + historyNo.get(s.domain()) + " betalt, og I skylder os intet. Stemmer det ikke med jeres, hører vi gerne fra jer."
                    + sig(s))
                .attach("application/pdf", "saldo_thisted_kommune.pdf", Attachments.pdf(docId(m, "saldo"), "Saldooversigt " + s.name(),
                    List.of("Debitor: Thisted Kommune", "Faktura " + historyNo.get(s.domain()) + " betalt", "Saldo 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " balance confirmation, nothing due";
        }
        M m = mail("payment-acknowledgement", false);
        headers(m, bus.person(), addr(bus), "kreditor@thisted.dk", "Betaling modtaget - tak")
            .text("Hej\n\nBare en kort besked om, at vi har modtaget jeres betaling for faktura " + historyNo.get(bus.domain())
                + ". Den er bogført.\n\nVenlig hilsen\nThy Bus Regnskab");
        genuine(m, bus.ip());
        m.description = "thybus.dk acknowledges payment of its earlier invoice";
    }

    private void reminders() {
        Object[][] r = {{elnet, "Betalingspåmindelse", "Vores system viser, at fakturaen nedenfor er forfalden. Har I allerede betalt, kan "
            + "I se bort fra denne påmindelse."},
            {maler, "Mangler betaling", "Hej. Jeg kan ikke se, at regningen for malerarbejdet på Plejecenter Vestervig er betalt. Kan I "
                + "tjekke, om den er kommet ind hos jer? Mvh Jens"},
            {toemrer, "Rykker 1", "Fakturaen for vinduerne i Hanstholm Skoles gymnastiksal er overskredet. Der er ikke beregnet gebyr."}};
        int v = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            M m = mail("payment-reminder", false);
            invoiceLike.add(m.id);
            String n = historyNo.get(s.domain());
            Amount a = historyAmount.get(s.domain());
            headers(m, s.person(), addr(s), "kreditor@thisted.dk", x[1] + " - faktura " + n)
                .text(GREET[(v + 1) % 6] + "\n\n" + x[2] + "\n\nFaktura " + n + " på " + a.gross() + " kr. kan indbetales på "
                    + s.account() + sig(s))
                .attach("application/pdf", "paamindelse_" + n.replace('/', '-') + ".pdf", pdf(m, s, "Påmindelse", n, a, s.account(), v + 2,
                    List.of("Oprindelig fakturadato: se faktura " + n)));
            genuine(m, s.ip());
            m.description = s.domain() + " polite reminder for its real earlier invoice, usual account";
            v++;
        }
    }

    private void collection() {
        M m = mail("collection-notice", false);
        invoiceLike.add(m.id);
        String n = "INT-" + (6_000_000 + rnd.nextInt(999_999));
        headers(m, "Intrum", "klientservice@intrum.dk", "kreditor@thisted.dk", "Sag " + n + " - Thy Skadedyrsservice")
            .text("Thisted Kommune\n\nThy Skadedyrsservice har bedt os om at inddrive faktura 1184 af 1. september 2026 (rottebekæmpelse "
                + "på Nors Skole, 3.250,00 kr.).\n\nEr fakturaen betalt, eller mener I ikke, at den er berettiget, beder vi jer "
                + "skrive til os med sagsnummeret, så stiller vi sagen i bero. Ellers kan beløbet med tillæg af et rykkergebyr på "
                + "100 kr. indbetales på vores klientkonto " + bank("3001", "0004471190") + ".\n\nTelefon 33 69 70 00, mandag-fredag "
                + "8-16.\n\nVenlig hilsen\nIntrum A/S")
            .attach("application/pdf", "Intrum_" + n + ".pdf", Attachments.pdf(docId(m, "int"), "Inkassomeddelelse " + n,
                List.of("Kreditor: Thy Skadedyrsservice", "Faktura 1184: 3.250,00", "Rykkergebyr 100,00", "Klientkonto " + bank("3001", "0004471190"))));
        genuine(m, "127.92.7.1");
        m.description = "real collection agency (DMARC pass) about a real unpaid invoice of an unlisted small supplier";
    }

    /** New legitimate family: the utility's genuine annual settlement (efterregulering) with its usual account. */
    private void settlement() {
        M m = mail("utility-annual-settlement", false);
        invoiceLike.add(m.id);
        String n = no("AO");
        Amount a = amount(9_000_000);
        headers(m, forsyning.person(), addr(forsyning), "kreditor@thisted.dk", "Årsopgørelse fjernvarme 2025/26 - efterbetaling")
            .text("Til Thisted Kommune\n\nÅrsopgørelsen for fjernvarme for perioden 1. oktober 2025 til 30. september 2026 er nu "
                + "klar. For de kommunale ejendomme giver aflæsningerne en samlet efterbetaling på " + a.gross() + " kr., som "
                + "opkræves sammen med næste rate. Specifikation pr. måler er vedhæftet.\n\nI skal ikke gøre noget; beløbet trækkes "
                + "som hidtil.\n\nThy Forsyning A/S, Kundeservice Erhverv")
            .attach("application/pdf", "Aarsopgoerelse_" + n + ".pdf", pdf(m, forsyning, "Årsopgørelse", n, a, forsyning.account(), 1,
                List.of("Periode 01.10.2025-30.09.2026", "Efterbetaling opkræves med næste rate")));
        genuine(m, forsyning.ip());
        m.description = "thyforsyning.dk genuine annual settlement (back payment via usual account), DMARC pass";
        m = mail("utility-annual-settlement", false);
        invoiceLike.add(m.id);
        n = no("AO");
        a = amount(2_000_000);
        headers(m, elnet.person(), addr(elnet), "oekonomi@thisted.dk", "Slutafregning, nedlagt målepunkt Hurup Vandværk")
            .text("Goddag\n\nMålepunktet ved det nedlagte vandværk i Hurup er afmeldt pr. 31. oktober. Slutafregningen giver et "
                + "tilgodehavende til jer på " + a.gross() + " kr., som udbetales til jeres NemKonto inden for 10 bankdage.\n\n"
                + "Thy Elnet A/S");
        genuine(m, "127.91.3.7");
        m.description = "thy-elnet.dk (DKIM only, p=reject) final settlement, money owed to us via NemKonto";
    }

    private void platforms() {
        Object[][] p = {{"chargebee.com", "invoices@", "Chargebee", kontor}, {"chargebee.com", "invoices@", "Chargebee", foto},
            {"procountor.com", "noreply@", "Procountor", entreprenoer}, {"procountor.com", "noreply@", "Procountor", snedker},
            {"billit.eu", "documents@", "Billit", el}, {"billit.eu", "documents@", "Billit", hundborgVvs},
            {"billit.eu", "documents@", "Billit", kursus}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = mail("platform-invoice", false);
            invoiceLike.add(m.id);
            String n = no("P");
            Amount a = amount(2_200_000);
            headers(m, s.name() + " (via " + x[2] + ")", x[1] + d, "efaktura@thisted.dk", "Ny faktura " + n + " - " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"background:#f6f7f9;font-family:Helvetica,Arial,sans-serif\"><div style=\"max-width:560px;"
                    + "margin:auto;background:#fff;padding:24px\"><h2 style=\"font-size:18px\">" + s.name() + "</h2><p>Kære Thisted "
                    + "Kommune</p><p>" + s.name() + " har udstedt en faktura til jer.</p><p><b>Nr.:</b> " + n + "<br><b>Total:</b> DKK "
                    + a.gross() + "<br><b>Forfald:</b> " + day(m, 21 + v) + "</p><p>PDF'en er vedhæftet. Spørgsmål om fakturaen "
                    + "besvares af " + s.person() + " - brug blot svar-knappen.</p><p style=\"color:#999;font-size:10px\">Denne e-mail er "
                    + "sendt af " + x[2] + " på vegne af " + s.name() + ".</p></div></body></html>")
                .attach("application/pdf", "invoice-" + n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice sent by platform " + d + ", usual account";
            v++;
        }
    }

    private String ubl(String no, Supplier s, Amount a, String account, boolean iban, String issue) {
        return Ubl.oioubl(no, s.name(), cvr(s.domain()), s.what(), "Thisted Kommune", GLN, a.ore(), account, iban, issue, issue,
            "Procurement-BilSim-1.0", null);
    }

    private void xml() {
        int v = 0;
        for (Supplier s : List.of(byg, kloak, kontor)) {
            M m = mail("oioubl-peppol-xml", false);
            invoiceLike.add(m.id);
            String n = no("E");
            Amount a = amount(3_000_000);
            headers(m, s.name(), addr(s), "efaktura@thisted.dk", "OIOUBL-faktura " + n)
                .text("Hej\n\nVores NemHandel-forbindelse har været nede siden i går, så efter aftale med jeres kreditorafdeling sender vi "
                    + "OIOUBL-filen direkte hertil, sammen med en læsbar PDF.\n\nEAN " + GLN + "\n\n" + s.name())
                .attach("application/xml", "OIOUBL_" + n + ".xml", ubl(n, s, a, plain(s.account()), s.account().startsWith("IBAN"), isoDay(m))
                    .getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v + 1, List.of("Elektronisk faktura vedlagt")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL XML invoice with PDF view, usual account";
            v++;
        }
    }

    private void newAccount() {
        M m = mail("supplier-new-account", false);
        String n = iban("DK", "76000009871102");
        headers(m, toemrer.person(), addr(toemrer), "kreditor@thisted.dk", "Varsel: vi skifter bank pr. 1. marts 2027")
            .text("Goddag\n\nHanstholm Tømrer & Byg skifter pengeinstitut. Fra 1. marts 2027 skal betalinger til os gå til " + n + ".\n\n"
                + "Vi ved godt, at svindlere sender den slags mails, så ret ikke noget alene på baggrund af denne besked. Ring til "
                + "mig på det nummer, I har fra vores tilbud, eller slå os op i CVR-registret. Alt, der forfalder før 1. marts, betales "
                + "som hidtil.\n\nUnderskrevet brev er vedhæftet." + sig(toemrer))
            .attach("application/pdf", "nyt_pengeinstitut.pdf", Attachments.pdf(docId(m, "nb"), "Skift af pengeinstitut",
                List.of("Hanstholm Tømrer & Byg ApS, CVR " + cvr("hanstholm-toemrer.dk"), "Gældende fra 01.03.2027: " + n,
                    "Niels Hanstholm, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed supplier genuinely announces a bank change from March, own server (SPF+DKIM, no DMARC), asks for a phone check";
    }

    private void smallSuppliers() {
        int v = 0;
        for (Supplier s : List.of(hundborgVvs, kursus, snedker, tolk, skadedyr, foto)) {
            M m = mail("small-supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 7 + 4, List.of("Kontaktperson hos kommunen: " + (v % 2 == 0 ? "skoleleder" : "afdelingsleder")),
                v == 1 ? "\n\nDet er første gang, jeg fakturerer jer - skal I bruge andet end CVR og kontonummer, så skriv endelig." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted small local supplier " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    private void newsletters() {
        String[][] n = {{"danskerhverv.dk", "Dansk Erhverv", "nyhedsbrev@", "Offentlige indkøb: svindel med falske fakturaer stiger",
            "Flere kommuner har i år fået falske fakturaer fra firmaer, der ligner kendte leverandører. Gennemgå jeres procedure for "
                + "ændring af stamdata, og vær opmærksom på opkrævninger for annoncer og registreringer, ingen har bestilt."},
            {"pwc.dk", "PwC", "kommunikation@", "Kommunal revision 2026: fokus på kreditorstamdata",
                "Vi gennemgår hvert år stikprøver af ændringer i leverandørers kontonumre. Her er de fem hyppigste fund."},
            {"sparthy.dk", "Sparekassen Thy", "nyhed@", "Erhvervsnyt december",
                "Julens åbningstider, nyt om MitID Erhverv - og husk: vi beder dig aldrig logge på via et link i en mail."}};
        for (String[] x : n) {
            M m = mail("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl9:" + x[0]).substring(0, 8) + "@mailjet.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@thisted.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/nyhedsbrev/afmeld>")
                .html("<html><body><div style=\"max-width:600px;font-family:Verdana,sans-serif\"><h2>" + x[3] + "</h2><p>" + x[4]
                    + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs hele artiklen</a></p><hr><p style=\"font-size:10px\">Du "
                    + "modtager denne mail som abonnent. Afmeld nederst på siden.</p></div></body></html>");
            m.signers.add(x[0]);
            m.signers.add("mailjet.com");
            m.ip = "127.94.1.1";
            m.helo = "smtp.mailjet.com";
            m.description = "newsletter from " + x[0] + " sent via an ESP, signed by both";
        }
    }

    static byte[] listFooter(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [kreditor-nordvest] ");
        s = s.replaceFirst("\r\n$", "\r\n-- \r\nkreditor-nordvest: erfaringsudveksling for kreditorbogholdere\r\n"
            + "Indstillinger: https://nordvest-oekonomi.dk/lister/kreditor-nordvest\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void lists() {
        String[][] p = {{"vesthimmerland.dk", "Gitte Aars", "giaa@", "Falsk årsopgørelse fra 'forsyningen'",
            "Hej alle\n\nVi har i dag fået en mail, der ligner vores varmeværks årsopgørelse, men med en ny konto til efterbetalingen. "
                + "Varmeværket kender ikke noget til den. Tjek jeres, hvis I får en lignende.\n\nGitte"},
            {"mariagerfjord.dk", "Jonas Hobro", "joho@", "SV: Falsk årsopgørelse fra 'forsyningen'",
                "Tak for advarslen. Vi fik en lignende sidste år og har siden kun betalt opkrævninger via NemHandel. /Jonas"},
            {"ikast-brande.dk", "Pia Bording", "pibo@", "Mails om manglende fakturagodkendelse i økonomisystemet",
                "Hej\n\nHar andre fået mails om 'fakturaer, der afventer jeres godkendelse', med et link til et login, der ligner "
                    + "økonomisystemet? Vi har bedt vores IT om at blokere domænet.\n\nPia"}};
        for (String[] x : p) {
            M m = mail("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "kreditor-nordvest@nordvest-oekonomi.dk", x[3])
                .header("List-Id", "<kreditor-nordvest.nordvest-oekonomi.dk>").text(x[4]);
            m.signers.add(x[0]);
            m.ip = "127.94.3.1";
            m.helo = "lists.nordvest-oekonomi.dk";
            m.afterSigning = HeldOutCorpus9::listFooter;
            m.listSigner = "nordvest-oekonomi.dk";
            m.description = "list post by " + x[0] + " (DMARC " + dns.get(x[0]).dmarc() + "); footer breaks its DKIM";
        }
    }

    private void forwarded() {
        M m = mail("forwarded", false);
        invoiceLike.add(m.id);
        invoice(m, byg, byg.account(), 19, List.of(), "");
        m.mailFrom = "SRS0=p3Xa=TC=thy-byggecenter.dk=debitor@srs.thynet.dk";
        m.signers.add("thy-byggecenter.dk");
        m.ip = "127.97.3.1";
        m.helo = "srs.thynet.dk";
        m.description = "thy-byggecenter.dk invoice forwarded with SRS (SPF passes for the forwarder, supplier's DKIM survives)";
        for (Supplier s : List.of(avis, entreprenoer)) {
            m = mail("forwarded", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), 31, List.of(), "");
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.ip = "127.97.1.1";
            m.helo = "relay.thyfiber.dk";
            m.description = s.domain() + " invoice relayed without SRS" + (dns.get(s.domain()).dkim() != null ? " (DKIM survives)"
                : " (SPF only: nothing survives)");
        }
        m = mail("forwarded", false);
        invoiceLike.add(m.id);
        String n = invoiceNo(el);
        Amount a = amount(1_500_000);
        headers(m, "Henrik Sennels", "hese@" + OWN, "kreditor@thisted.dk", "Fwd: Faktura " + n + " - brandalarmer Musikskolen")
            .text("Hej\n\nFakturaen nedenfor er sendt til mig personligt. Eftersynet er udført, og jeg har godkendt den. Konto 2230-410.\n\n"
                + "Henrik Sennels\nKultur og Fritid\n\n---------- Videresendt besked ----------\nFra: " + el.person() + " <" + addr(el)
                + ">\nDato: " + day(m, -2) + "\nEmne: Faktura " + n + "\n\nHej Henrik, her er regningen for eftersynet af "
                + "brandalarmerne.")
            .attach("application/pdf", "Faktura " + n.replace('/', '-') + ".pdf", pdf(m, el, "Faktura", n, a, el.account(), 2, List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    private void internal() {
        String[][] x = {{"Birgitte Vorupør", "bivo@", "Ny procedure: ændring af leverandørstamdata", "Kære kolleger\n\nFremover "
            + "skal alle ændringer af konto eller e-mail hos en leverandør bekræftes ved opkald til et nummer, vi selv har fundet, og "
            + "godkendes af to personer. Gælder fra mandag.\n\nBirgitte\nØkonomi og Personale"},
            {"Morten Bedsted", "mobe@", "Er Thy Bus betalt for oktober?", "Hej kreditor\n\nKan I se, om Thy Bus har fået pengene for "
                + "oktober? Jeg skal afstemme skolekørselsbudgettet.\n\nMorten\nBørn og Familie"},
            {"IT Service", "itservice@", "Opus er lukket torsdag aften", "Økonomisystemet opdateres torsdag kl. 17-21. Fakturaer, "
                + "der modtages i tidsrummet, indlæses fredag morgen."},
            {"Camilla Østerild", "caoe@", "Kvittering - kørsel og parkering", "Hej\n\nVedhæftet kvittering for parkering ved "
                + "Aalborg Sygehus i forbindelse med borgerledsagelse. Konto 5510-12.\n\nCamilla"}};
        for (String[] i : x) {
            M m = mail("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, "kreditor@thisted.dk", i[2]).text(i[3]);
            if (i[2].startsWith("Kvittering")) {
                mime.attach("image/jpeg", "parkering.jpg", Attachments.image(docId(m, "park"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
        M m = mail("internal", false);
        headers(m, "Lars Frøstrup", "lafr@" + OWN, "kreditor@thisted.dk", "Advarsel: falsk godkendelsesmail om fakturaer")
            .text("Hej\n\nJeg har fået en mail om, at 'fakturaer afventer min godkendelse', med et link. Det ligner Opus, men "
                + "adressen er forkert. Jeg har ikke klikket og har sendt den til IT.\n\nLars\nTeknik og Miljø");
        genuine(m, OWN_IP);
        m.description = "internal warning about a phishing attempt (no account, nothing to pay)";
        m = mail("internal", false);
        headers(m, "Kreditorbogholderiet", "kreditor@" + OWN, "ledere@thisted.dk", "Husk at godkende fakturaer inden den 20.")
            .text("Kære ledere\n\nFor at nå novemberafslutningen skal fakturaer i jeres indbakke i Opus være godkendt senest den 20. "
                + "Log ind via intranettet som normalt.\n\nVenlig hilsen\nKreditorbogholderiet");
        genuine(m, OWN_IP);
        m.description = "internal circular about invoice approval deadline";
        m = mail("bank-notice", false);
        headers(m, "Sparekassen Thy Erhverv", "erhverv@sparthy.dk", "oekonomi@thisted.dk", "Besked fra din rådgiver")
            .text("Kære Thisted Kommune\n\nDin rådgiver har lagt et dokument til underskrift i netbanken. Log på, som du plejer - "
                + "vi sender aldrig links til log ind.\n\nSparekassen Thy");
        genuine(m, "127.94.4.1");
        m.description = "bank notice without link, DMARC pass";
        m = mail("bank-notice", false);
        headers(m, "Landbobanken Thy", "noreply@landbobanken-thy.dk", "oekonomi@thisted.dk", "Renteændring på byggekreditten")
            .text("Renten på byggekreditten til Thisted Idrætscenter ændres pr. 1. januar. Brevet ligger i netbanken. Mailen kan ikke "
                + "besvares.");
        genuine(m, "127.94.5.1");
        m.description = "bank notice, DMARC pass";
    }

    private void foreign() {
        Object[][] f = {{"smartsheet.com", "Smartsheet", "billing@", "Smartsheet invoice ", "Thank you for your business. Your Smartsheet Business "
            + "plan renewed and your card was charged.", "USD 1,799.00"},
            {"lastpass.com", "LastPass", "billing@", "Your LastPass Business receipt ", "This is a receipt for the automatic renewal "
                + "of your LastPass Business subscription. No action is required.", "USD 1,296.00"}};
        for (Object[] x : f) {
            M m = mail("foreign-saas-invoice", false);
            invoiceLike.add(m.id);
            String n = String.valueOf(40_000_000 + rnd.nextInt(9_000_000));
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@thisted.dk", x[3] + n)
                .text(x[4] + "\n\nInvoice number: " + n + "\nTotal: " + x[5] + "\n\n" + x[1] + " Billing")
                .attach("application/pdf", "Invoice-" + n + ".pdf", Attachments.pdf(docId(m, "saas"), x[1] + " - Invoice " + n,
                    List.of("Billed to: Thisted Kommune, " + ADDRESS + ", Denmark", "Reverse charge", "Total " + x[5], "Charged to Visa ****")));
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "foreign SaaS invoice (card already charged), DMARC pass";
        }
        M m = mail("foreign-invoice", false);
        invoiceLike.add(m.id);
        String n = String.valueOf(3_300_000 + rnd.nextInt(600_000));
        String acct = iban("DE", "280501000006017283");
        headers(m, "Sport-Thieme GmbH Buchhaltung", "buchhaltung@sport-thieme.de", "kultur-fritid@thisted.dk", "Rechnung / Faktura " + n)
            .text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung für die Lieferung von Turnmatten und "
                + "Bällen an die Thisted Svømmehal og Idrætscenter. Zahlbar innerhalb 30 Tagen auf " + acct + " (BIC NOLADE21HEB).\n\n"
                + "Vedhæftet faktura for levering af måtter og bolde. Betaling netto 30 dage.\n\nMit freundlichen Grüßen\nSport-Thieme")
            .attach("application/pdf", "Rechnung_" + n + ".pdf", Attachments.pdf(docId(m, "st"), "Rechnung " + n, List.of(
                "Sport-Thieme GmbH, Grasleben, Deutschland", "Kunde: Thisted Kommune, EAN " + GLN, "Turnmatten, Bälle",
                "Gesamt EUR 2.164,00 (Reverse Charge)", "Bank: " + acct)));
        genuine(m, "127.95.3.1");
        m.description = "German sports-equipment supplier invoice, its own DE IBAN, DMARC pass";
        m = mail("leasing-instalment-notice", false);
        invoiceLike.add(m.id);
        headers(m, "Nordvestbank Leasing", "leasing@nordvestbank.dk", "oekonomi@thisted.dk", "Opkrævning af leasingydelse, kontrakt 77-20418")
            .text("Thisted Kommune\n\nHermed opkrævningen for 1. kvartal 2027 på leasingkontrakt 77-20418 (5 el-personbiler, "
                + "Hjemmeplejen). Beløbet hæves via Betalingsservice den 2. januar.\n\nNordvestbank Leasing")
            .attach("application/pdf", "opkraevning_77-20418.pdf", Attachments.pdf(docId(m, "lea"), "Opkrævning leasing",
                List.of("Kontrakt 77-20418, 5 køretøjer", "Kvartalsydelse 48.375,00 inkl. moms", "Betalingsservice 02.01.2027")));
        genuine(m, "127.94.2.1");
        m.description = "leasing instalment notice, direct debit, DMARC pass";
    }

    private void remittances() {
        M m = mail("remittance-advice", false);
        headers(m, "Vesthimmerlands Kommune", "betaling@vesthimmerland.dk", "oekonomi@thisted.dk", "Betalingsadvis - refusion")
            .text("Til Thisted Kommune\n\nVi har overført 86.340,00 kr. til jeres NemKonto som betaling af jeres faktura 9100442 "
                + "(mellemkommunal refusion, anbringelse, 3. kvartal).\n\nMed venlig hilsen\nVesthimmerlands Kommune, Økonomi");
        genuine(m, "127.94.6.1");
        m.description = "remittance advice: a municipality paid our invoice (nothing to pay), DMARC pass";
        m = mail("remittance-advice", false);
        headers(m, "Thisted Gymnasium Økonomi", "oekonomi@thisted-gym.dk", "oekonomi@thisted.dk", "Indbetaling af husleje, hal 2")
            .text("Hej\n\nVi har i dag betalt jeres opkrævning for leje af hal 2 i efteråret. Specifikation er vedhæftet.\n\n"
                + "Venlig hilsen\nThisted Gymnasium")
            .attach("text/csv", "betaling_thisted_kommune.csv", ("faktura;periode;beloeb\r\n9100517;aug-okt 2026;42600,00\r\n"
                + "9100518;nov 2026;14200,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.94.11.1");
        m.description = "remittance advice from a school paying our rent invoices, CSV, DMARC pass";
    }

    private void receipts() {
        Object[][] r = {{"silvan.dk", "Silvan", "kvittering@", "Din e-kvittering fra Silvan Thisted", "Maling og pensler, 1.142,50 kr. "
            + "Betalt med firmakort."},
            {"bilka.dk", "Bilka", "kvittering@", "Tak for dit køb i Bilka", "Legetøj og spil til SFO Østre, 2.390,00 kr., betalt med kort."},
            {"harald-nyborg.dk", "Harald Nyborg", "webshop@", "Ordre 88314421 er afhentet", "2 stk. højtryksrensere, 3.998,00 kr. "
                + "Betalt ved bestilling."}};
        for (Object[] x : r) {
            M m = mail("receipt", false);
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@thisted.dk", (String) x[3]).text(x[4] + "\n\nVenlig hilsen\n" + x[1]);
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = mail("order-confirmation", false);
        headers(m, "Computercity Erhverv", "ordre@computercity.dk", "indkoeb@thisted.dk", "Vi har modtaget din ordre 5512097")
            .text("Tak for ordren på 15 stk. bærbare computere til Thisted Ungdomsskole. Vi fakturerer via EAN " + GLN
                + " ved afsendelse.\n\nComputercity Erhverv");
        genuine(m, "127.92.5.1");
        m.description = "order confirmation, to be invoiced by EAN";
    }

    private void other() {
        M m = mail("quote", false);
        headers(m, hundborgVvs.person(), addr(hundborgVvs), "teknik-miljoe@thisted.dk", "Pris på ny varmtvandsbeholder, Hundborg")
            .text("Hej\n\nHer er prisen på en ny 200 l varmtvandsbeholder inkl. montering: 18.900 kr. ekskl. moms. Tilbuddet gælder "
                + "til nytår." + sig(hundborgVvs))
            .attach("application/pdf", "tilbud_vvb.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Varmtvandsbeholder 200 l inkl. montering", "18.900,00 ekskl. moms")));
        genuine(m, hundborgVvs.ip());
        m.description = "quote from unlisted small supplier, nothing to pay";
        m = mail("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "boern-familie@thisted.dk", "Køreplan for skolebusser i vinterferien")
            .text("Hej\n\nI uge 7 kører skolebusserne ikke. Faktureringen for februar reduceres tilsvarende. Vores betalingsoplysninger "
                + "er uændrede.\n\nThy Bus & Turist");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment details unchanged";
        m = mail("supplier-letter", false);
        headers(m, grossist.person(), addr(grossist), "sundhed-aeldre@thisted.dk", "Bestillingsfrister jul og nytår")
            .text("Kære køkkener\n\nBestillinger til levering 23. og 30. december skal være os i hænde to hverdage før. Vi holder "
                + "lukket 24.-26. december og 1. januar.\n\nThy Storkøkken Grossist");
        genuine(m, grossist.ip());
        m.description = "listed supplier's holiday ordering notice, nothing to pay";
        m = mail("supplier-letter", false);
        headers(m, avis.person(), addr(avis), "kreditor@thisted.dk", "Nye annoncepriser 2027")
            .html("<html><body><p>Kære annoncør</p><p>Fra 1. januar 2027 stiger vores annoncepriser med 3,2 %. Fakturering og "
                + "kontooplysninger er uændrede.</p><p>Thisted Dagblad</p></body></html>");
        genuine(m, avis.ip());
        m.description = "listed supplier's price letter, payment details unchanged";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private int host = 30;

    private void fraud() {
        forgedSupplier();
        lookalikes();
        platformFraud();
        compromised();
        hijack();
        correctedResend();
        ownDomain();
        ceo();
        bodyOnly();
        inkasso();
        digitalPost();
        nemhandel();
        renewals();
        fakeSettlement();
        grantRepayment();
        approvalWorkflow();
        hotelScam();
        callback();
        qr();
        english();
        imageOnly();
        archives();
        svg();
        macro();
    }

    private static final String[] MULE = {iban("LT", "3130001020304050"), iban("DK", "89900001234577"), bank("5470", "0003318842"),
        iban("EE", "1722002210055521"), iban("PL", "611090101400000712198128"), iban("GB", "MONZ04000412345678"),
        iban("IE", "AIBK93115212345678"), iban("NL", "ABNA0417164300"), iban("DE", "100110012629586371"),
        iban("HU", "117730161111101800000000"), iban("RO", "INGB0000999901234567"), iban("BG", "BNBG96611020345678"),
        iban("CY", "005001210000000123456789"), bank("9880", "0001462203")};

    private String mule(int i) {
        return MULE[Math.floorMod(i, MULE.length)];
    }

    private void forgedSupplier() {
        Supplier[] s = {forsyning, byg, avis, kloak, grossist, toemrer};
        String[] notes = {"\n\nOBS: Vi har fået ny bankforbindelse. Benyt kun kontoen på denne faktura.",
            "\n\nVores tidligere konto er lukket i forbindelse med et skift af bank - ny konto fremgår af fakturaen.", "",
            "\n\nBemærk ændret kontonummer fra og med denne faktura."};
        for (int i = 0; i < s.length; i++) {
            M m = mail("forged-supplier", true);
            invoice(m, s[i], mule(i), i + 7, List.of("Ændret bankforbindelse"), notes[i % notes.length]);
            if (i == 1) {
                m.mime.header("Reply-To", "<debitor@thybyggecenter.net>");
            }
            forged(m, host++);
            m.description = "forged From " + s[i].domain() + " from a fraudster's machine, changed account"
                + (i == 1 ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"thyforsyning-betaling.dk", forsyning}, {"thy-byggecenter.com", byg}, {"hanstholm-tomrer.dk", toemrer},
            {"sjoerring-el.com", el}, {"hurup-rengoring.dk", rengoering}, {"thy-grossist.com", grossist}};
        int i = 0;
        for (Object[] x : l) {
            Supplier s = (Supplier) x[1];
            M m = mail("lookalike-domain", true);
            invoice(m, s.posing((String) x[0], s.account()), mule(i + 2), i + 1, List.of(),
                i % 2 == 1 ? "\n\nVi beder jer opdatere vores bankoplysninger i jeres kreditorsystem." : "");
            ownedBy(m, (String) x[0]);
            m.description = "look-alike " + x[0] + " of " + s.domain() + " (own DNS), new account";
            i++;
        }
        M m = mail("punycode-homoglyph", true);
        String d = idn("thisted-dagbl\u0430d.dk");
        invoice(m, avis.posing(d, avis.account()), mule(6), 11, List.of(), "");
        ownedBy(m, d);
        m.description = "IDN homoglyph " + d + " (Cyrillic a) of thisted-dagblad.dk, invoice with new account, authenticates";
        m = mail("punycode-homoglyph", true);
        d = idn("th\u0456sted.dk");
        headers(m, "Thisted Kommune, Økonomi og Personale", "oekonomi@" + d, "kreditor@thisted.dk", "Haster - acontobetaling i dag")
            .text("Hej kreditor\n\nEfter stormfloden i Agger skal entreprenøren, der har sikret diget, have en acontobetaling på "
                + "212.500 kr. i dag. Kontoen er " + mule(7) + ". Bilag og godkendelse følger i morgen, når direktionen er tilbage.\n\n"
                + "Økonomi og Personale");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic i) posing as our finance department, urgent payout, authenticates";
    }

    private void platformFraud() {
        String[][] p = {{"chargebee-invoices.com", "Chargebee"}, {"procountor-pay.com", "Procountor"}, {"billit-docs.eu", "Billit"}};
        int i = 0;
        for (String[] x : p) {
            M m = mail("lookalike-platform", true);
            String n = no("P");
            Supplier s = listed.get(i * 3 + 4);
            headers(m, s.name() + " (via " + x[1] + ")", "noreply@" + x[0], "efaktura@thisted.dk", "Faktura " + n + " er ikke betalt")
                .html("<html><body><p>Kære Thisted Kommune</p><p>Faktura " + n + " fra " + s.name() + " er nu " + (8 + i) + " dage "
                    + "over forfald. Betal online med det samme for at undgå inkassogebyr.</p><p><a href=\"https://" + x[0] + "/i/"
                    + sha256(m.id).substring(0, 12) + "\">Vis og betal faktura</a></p><p style=\"font-size:10px;color:#999\">" + x[1]
                    + "</p></body></html>");
            ownedBy(m, x[0]);
            m.description = "look-alike of platform " + x[1] + " with view-and-pay link, HTML only";
            i++;
        }
        M m = mail("platform-account-misused", true);
        String n = no("P");
        Amount a = amount(6_000_000);
        Supplier s = new Supplier("Vestkyst Facility Service ApS", "procountor.com", "Vestkyst Facility Service", "", "", mule(3),
            "akut affugtning efter oversvømmelse, Agger Forsamlingshus");
        headers(m, s.name() + " (via Procountor)", "noreply@procountor.com", "kreditor@thisted.dk", "Ny faktura " + n + " - " + s.name())
            .header("Reply-To", "<vestkyst.facility@outlook.com>")
            .html("<html><body><p>Faktura " + n + " fra " + s.name() + " for " + s.what() + ": DKK " + a.gross() + ".</p><p>Betales "
                + "inden 5 dage til " + mule(3) + ".</p></body></html>")
            .attach("application/pdf", n + ".pdf", pdf(m, s, "Faktura", n, a, mule(3), 0, List.of()));
        genuine(m, "127.93.2.1");
        m.description = "fraudster's own account on real platform procountor.com invoices a job never ordered (authenticates)";
        m = mail("platform-account-misused", true);
        n = no("P");
        a = amount(4_000_000);
        String acct = iban("DK", "89900008763310");
        headers(m, el.name() + " (via Billit)", "documents@billit.eu", "efaktura@thisted.dk", "Ny faktura " + n + " - " + el.name())
            .header("Reply-To", "<sjoerring.el@gmail.com>")
            .html("<html><body><p>Kære Thisted Kommune</p><p>" + el.name() + " har udstedt faktura " + n + " på DKK " + a.gross()
                + ".</p><p>VIGTIGT: Vi har fået ny bank. Indbetal venligst til " + acct + ".</p></body></html>")
            .attach("application/pdf", n + ".pdf", pdf(m, el, "Faktura", n, a, acct, 1, List.of("Ny konto")));
        genuine(m, "127.93.3.1");
        m.description = "listed sjoerring-el.dk's name on real platform billit.eu: new account, gmail Reply-To (authenticates)";
    }

    private void compromised() {
        Supplier[] s = {kontor, toemrer, byg, bus};
        String[] why = {"Efter en omlægning af vores økonomifunktion modtager vi nu betalinger på en ny konto.",
            "Vores bank har indefrosset den gamle konto i forbindelse med et generationsskifte i firmaet.",
            "Koncernen har samlet alle indbetalinger i én cash pool med ny kontoforbindelse.",
            "Vi er overgået til et nyt regnskabssystem, og indbetalinger skal derfor ske til en ny konto."};
        for (int i = 0; i < s.length; i++) {
            M m = mail("compromised-supplier", true);
            String body = "\n\n" + why[i] + " Betal venligst denne og fremtidige fakturaer til " + mule(i + 8)
                + ". Telefonen er omstillet i denne uge pga. flytning, så skriv gerne her.";
            invoice(m, s[i], mule(i + 8), i * 3 + 2, List.of("Ny konto: " + mule(i + 8)), body);
            genuine(m, s[i].ip());
            m.description = "mail from " + s[i].domain() + "'s real (compromised) mailbox, changed account, authenticates";
        }
    }

    private void hijack() {
        Supplier[] s = {forsyning, kloak, kontor};
        String[] via = {"thy-forsyning.com", "thy-kloak.com", "nordvest-kontor.com"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("reply-chain-hijack", true);
            Supplier fake = s[i].posing(via[i], mule(i + 4));
            String n = historyNo.get(s[i].domain());
            Mime mime = headers(m, s[i].person(), addr(fake), "kreditor@thisted.dk", "SV: " + threadSubject.get(s[i].domain()))
                .header("In-Reply-To", threads.get(s[i].domain())).header("References", threads.get(s[i].domain()))
                .text("Hej\n\nTak for hurtigt svar. Vi kan se, at faktura " + n + " stadig står åben hos os. Da vi er midt i et bankskifte, "
                    + "beder vi jer indbetale de " + historyAmount.get(s[i].domain()).gross() + " kr. på " + mule(i + 4) + " i stedet for "
                    + "den konto, der står på fakturaen. Send gerne en betalingskvittering.\n\nMvh\n" + s[i].person() + "\n\n"
                    + "-----Oprindelig meddelelse-----\nFra: Kreditorbogholderiet <kreditor@thisted.dk>\nSendt: " + day(m, -5)
                    + "\nEmne: " + threadSubject.get(s[i].domain()) + "\n\nVi har modtaget fakturaen, den afventer godkendelse.");
            if (i == 2) {
                mime.attach("application/pdf", "Faktura_" + n.replace('/', '-') + "_opdateret.pdf", pdf(m, fake, "Faktura", n,
                    historyAmount.get(s[i].domain()), mule(i + 4), 0, List.of("Opdateret bankinformation")));
            }
            ownedBy(m, via[i]);
            m.description = "hijacked thread about " + s[i].domain() + "'s earlier invoice, look-alike domain, new account";
        }
    }

    private void correctedResend() {
        Supplier[] s = {vognmand, entreprenoer};
        String[] via = {"snedsted-vognmand.com", "thy-entreprenor.dk"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("corrected-invoice-resend", true);
            String n = historyNo.get(s[i].domain());
            Supplier fake = s[i].posing(via[i], mule(i + 10));
            Amount a = historyAmount.get(s[i].domain());
            headers(m, s[i].person(), addr(fake), "kreditor@thisted.dk", "Korrigeret faktura " + n)
                .text("Goddag\n\nVores revisor har gjort os opmærksom på, at faktura " + n + " fra oktober blev udstedt med et forkert "
                    + "kontonummer. Vedhæftet er den korrigerede faktura. Den oprindelige skal makuleres, og betaling bedes kun ske efter "
                    + "den nye.\n\nBeklager ulejligheden.\n\n" + s[i].person())
                .attach("application/pdf", "Faktura_" + n.replace('/', '-') + "_korrigeret.pdf", pdf(m, fake, "Faktura", n, a, mule(i + 10),
                    i, List.of("KORRIGERET - erstatter tidligere udstedt faktura")));
            ownedBy(m, via[i]);
            m.description = "'corrected' re-issue of real earlier invoice " + n + " of " + s[i].domain() + " from a look-alike, new account";
        }
    }

    private void ownDomain() {
        String[][] x = {{"Borgmester Niels Jørgen Hanstholm", "borgmester@", "Fortroligt"},
            {"Thisted Kommune Opkrævning", "opkraevning@", "Opkrævning 2026-4471 - intern afregning"},
            {"Kommunaldirektør Anne Klitmøller", "kommunaldirektoer@", "Er du på kontoret?"}};
        int i = 0;
        for (String[] y : x) {
            M m = mail("own-domain-forged", true);
            Mime mime = headers(m, y[0], y[1] + OWN, i == 1 ? "oekonomi@thisted.dk" : "kreditor@thisted.dk", y[2]);
            if (i == 1) {
                mime.text("Til Økonomi\n\nVedlagt opkrævning vedr. intern afregning med forsyningsselskabet. Indbetales til " + mule(12) + ".")
                    .attach("application/pdf", "opkraevning_2026-4471.pdf", Attachments.pdf(docId(m, "own"), "Opkrævning 2026-4471",
                        List.of("Thisted Kommune", "Intern afregning, 3. kvartal", "Beløb 57.300,00", "Indbetaling: " + mule(12))));
            } else {
                mime.text("Hej\n\nJeg er til møde i KKR og kan ikke ringe. Der skal i dag betales " + (i == 0 ? "189.000" : "76.450")
                    + " kr. til " + mule(i + 11) + " i forbindelse med en fortrolig ejendomshandel. Hold det venligst mellem os, og giv "
                    + "mig besked, når det er sket.\n\n" + y[0]);
            }
            forged(m, host++);
            m.description = "our own domain forged from outside (p=reject)";
            i++;
        }
    }

    private void ceo() {
        String[][] x = {{"Niels Jørgen Hanstholm", "gmail.com", "nj.hanstholm.borgmester"}, {"Anne Klitmøller", "outlook.com",
            "anne.klitmoller.direktor"}, {"Økonomichef Per Thorsted", "icloud.com", "per.thorsted"}, {"Anne Klitmøller",
                "yahoo.com", "a.klitmoller"}};
        String[] text = {"Hej\n\nHar du et øjeblik? Jeg skal bruge hjælp til noget, der skal klares hurtigt og diskret. Svar mig her, "
            + "jeg sidder i møde hele eftermiddagen.\n\nNiels Jørgen\nSendt fra min iPhone",
            "Hej\n\nVil du overføre 68.900 kr. til " + mule(1) + " i dag? Det er depositum for konferencen i Bruxelles, som skal "
                + "være betalt inden kl. 15. Jeg sender fakturaen bagefter.\n\nAnne",
            "Hej\n\nDer er en fortrolig sag om et jordkøb ved Hanstholm Havn, hvor advokaten skal have et deponeringsbeløb i dag. "
                + "Skriv dit mobilnummer, så ringer advokaten til dig.\n\nPer",
            "Hej\n\nKan du købe 10 gavekort à 1.000 kr. til en personalegave og sende mig koderne som foto? Jeg lægger ud selv.\n\nAnne"};
        for (int i = 0; i < x.length; i++) {
            M m = mail("ceo-fraud", true);
            headers(m, x[i][0], x[i][2] + "@" + x[i][1], "kreditor@thisted.dk", i % 2 == 0 ? "Lige et øjeblik" : "Skal ordnes i dag")
                .text(text[i]);
            genuine(m, dns.get(x[i][1]).spfIps().get(0));
            m.description = "CEO/mayor fraud from free mail (" + x[i][1] + ", authenticates), display name of our management";
        }
    }

    private void bodyOnly() {
        String[][] x = {{"thy-grossist.com", "Ordrekontoret", "ordre@", "Opdatering af bankoplysninger", "Goddag\n\nVi har skiftet "
            + "pengeinstitut. Alle fremtidige betalinger bedes indsat på " + iban("DK", "89900004471229") + ". Send os venligst en "
            + "bekræftelse, når det er ændret.\n\nVed spørgsmål: 31 47 20 95.\n\nThy Storkøkken Grossist A/S"},
            {"hotmail.com", "Jens Bak", "jens.bak.maler@", "Ny konto", "Hej\n\nMin mail på firmaet driller. Regningen for malerarbejdet "
                + "bedes betalt til " + bank("5470", "0003318842") + ". Ring til mig på 29 64 18 03, hvis I er i tvivl.\n\nJens"},
            {"vestervig-maler.com", "Jens Bak", "jens@", "Bankskifte", "Hej\n\nVi er skiftet til ny bank: " + mule(5) + ". Den gamle "
                + "konto lukker ved årsskiftet.\n\nJens Bak"}};
        for (String[] y : x) {
            M m = mail("bank-change-body-only", true);
            headers(m, y[1], y[2] + y[0], "kreditor@thisted.dk", y[3]).text(y[4]);
            if (y[0].equals("hotmail.com")) {
                genuine(m, "127.96.2.1");
            } else {
                ownedBy(m, y[0]);
            }
            m.description = "no attachment: changed account in the body only (" + y[0] + ")";
        }
    }

    private void inkasso() {
        Supplier[] s = {bus, elnet, el};
        String[] via = {"thy-inkasso.dk", "nordic-debt-solutions.com", "thy-inkasso.dk"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("fake-reminder-inkasso", true);
            String n = historyNo.get(s[i].domain());
            headers(m, "Thy Inkasso - Retsafdelingen", "sagsbehandler@" + via[i], "kreditor@thisted.dk", "Inkassovarsel - faktura " + n)
                .text("Thisted Kommune\n\nVi er af " + s[i].name() + " anmodet om at inddrive faktura " + n + ". Betales hovedstol "
                    + "samt inkassoomkostninger på 1.020,00 kr. ikke senest 3 hverdage fra i dag til " + mule(i + 2) + ", indgives "
                    + "betalingspåkrav uden yderligere varsel.\n\nThy Inkasso")
                .attach("application/pdf", "Inkassovarsel_" + n.replace('/', '-') + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassovarsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + n, "Omkostninger 1.020,00", "Indbetaling: " + mule(i + 2))));
            ownedBy(m, via[i]);
            m.description = "fake inkasso notice citing real earlier invoice " + n + " of " + s[i].domain() + ", new account";
        }
    }

    private void digitalPost() {
        String[][] x = {{"digitalpost-erhverv.net", "Digital Post", "Du har modtaget post fra Skattestyrelsen", "Skattestyrelsen har "
            + "sendt en meddelelse om efterregulering af moms. Meddelelsen kan kun åbnes med MitID Erhverv inden 48 timer."},
            {"digitalpost-erhverv.net", "MitID Erhverv", "Bekræft jeres organisations MitID Erhverv", "Som følge af nye regler skal "
                + "Thisted Kommunes administratorer bekræfte organisationen. Ellers spærres adgangen til Virk."}};
        for (String[] y : x) {
            M m = mail("fake-digital-post", true);
            headers(m, y[1], "besked@" + y[0], "oekonomi@thisted.dk", y[2]).html("<html><body><p><b>" + y[1] + "</b></p><p>" + y[3]
                + "</p><p><a href=\"https://" + y[0] + "/mitid/" + sha256(m.id).substring(0, 8) + "\">Åbn med MitID</a></p></body></html>");
            ownedBy(m, y[0]);
            m.description = "fake " + y[1] + " with login link";
        }
    }

    private void nemhandel() {
        String[] subj = {"Jeres EAN-nummer " + GLN + " er deaktiveret", "Afviste e-fakturaer afventer handling"};
        String[] body = {"Vi har registreret fejl på jeres NemHandel-modtagelse. For at undgå, at leverandørers fakturaer afvises, skal "
            + "EAN-nummeret genaktiveres i dag.", "3 elektroniske fakturaer til Thisted Kommune kunne ikke leveres. Log ind for at se "
                + "og godkende dem manuelt, inden leverandørerne sender rykkere."};
        for (int i = 0; i < 2; i++) {
            M m = mail("fake-nemhandel-notice", true);
            headers(m, "NemHandel Support", "support@nemhandel-status.com", "efaktura@thisted.dk", subj[i])
                .html("<html><body><p>" + body[i] + "</p><p><a href=\"https://nemhandel-status.com/login?ean=" + GLN + "\">Log ind med "
                    + "MitID Erhverv</a></p><p style=\"font-size:10px\">NemHandel - Erhvervsstyrelsen</p></body></html>");
            ownedBy(m, "nemhandel-status.com");
            m.description = "fake NemHandel notice with login link";
        }
    }

    private void renewals() {
        M m = mail("domain-directory-scam", true);
        headers(m, "Domain Renewal Denmark", "fornyelse@dk-domain-renewal.com", "efaktura@thisted.dk", "Sidste frist: thisted.dk udløber")
            .text("Domænet thisted.dk står til at udløbe. Forny inden 5 dage, ellers kan domænet overtages af tredjemand, og jeres "
                + "e-mail holder op med at virke. Pris for 2 år: 3.950,00 kr. ekskl. moms, betales til " + mule(13) + ".")
            .attach("application/pdf", "fornyelse_thisted-dk.pdf", Attachments.pdf(docId(m, "ren"), "Fornyelse thisted.dk",
                List.of("Domæne: thisted.dk", "Fornyelse 24 måneder", "3.950,00 + moms", "Indbetaling: " + mule(13))));
        ownedBy(m, "dk-domain-renewal.com");
        m.description = "domain renewal scam, unordered";
        m = mail("domain-directory-scam", true);
        headers(m, "Nordic Public Register", "registration@nordic-public-register.eu", "kreditor@thisted.dk",
            "Opdatering af jeres oplysninger / update of your entry")
            .text("Kære Thisted Kommune\n\nFor at holde registret over offentlige ordregivere ajour beder vi jer kontrollere og "
                + "underskrive vedhæftede formular. Ved underskrift bekræftes en registrering i 3 år à EUR 995 pr. år.\n\n"
                + "Please return the signed form within 8 days.\n\nNordic Public Register")
            .attach("application/pdf", "register_form_thisted.pdf", Attachments.pdf(docId(m, "reg"), "Registration form",
                List.of("Thisted Kommune, " + ADDRESS, "Annual fee EUR 995, 3 years", "Payment: " + mule(12))));
        ownedBy(m, "nordic-public-register.eu");
        m.description = "directory 'update your entry' form that is a 3-year contract, unordered";
    }

    /** New family: a fake utility annual settlement (efterregulering) with a back payment to a new account. */
    private void fakeSettlement() {
        M m = mail("fake-annual-settlement", true);
        Amount a = amount(7_000_000);
        headers(m, "Thy Forsyning Afregning", "afregning@thy-energiafregning.dk", "kreditor@thisted.dk",
            "Årsopgørelse 2025/26 - efterbetaling skal indbetales")
            .text("Til Thisted Kommune\n\nÅrsopgørelsen for jeres varme- og vandforbrug viser en efterbetaling på " + a.gross() + " kr. "
                + "Da vi har skiftet afregningspartner, skal beløbet denne gang indbetales til " + mule(0) + " senest 8 dage fra i dag. "
                + "Opgørelsen er vedhæftet.\n\nThy Forsyning - Afregning")
            .attach("application/pdf", "Aarsopgoerelse_2025-26.pdf", pdf(m, forsyning.posing("thy-energiafregning.dk", mule(0)), "Årsopgørelse",
                no("AO"), a, mule(0), 1, List.of("Periode 01.10.2025-30.09.2026", "Efterbetaling")));
        ownedBy(m, "thy-energiafregning.dk");
        m.description = "fake annual heating/water settlement in Thy Forsyning's name from an unrelated domain, back payment to a mule";
        m = mail("fake-annual-settlement", true);
        a = amount(3_000_000);
        headers(m, forsyning.person(), "erhverv@thy-forsyning.com", "oekonomi@thisted.dk", "Efterregulering af aconto - Thisted Rådhus")
            .html("<html><body><p>Kære kunde</p><p>Ved efterreguleringen af jeres acontobetalinger er der opstået en difference på "
                + a.gross() + " kr. Beløbet skal betales inden den 1. i næste måned.</p><p>Betal til " + mule(3) + " eller brug "
                + "<a href=\"https://thy-forsyning.com/betal\">selvbetjeningen</a>.</p><p>Thy Forsyning A/S</p></body></html>");
        ownedBy(m, "thy-forsyning.com");
        m.description = "fake 'aconto difference' settlement from look-alike thy-forsyning.com, account and pay link";
        m = mail("fake-annual-settlement", true);
        a = amount(1_500_000);
        headers(m, elnet.person(), addr(elnet), "kreditor@thisted.dk", "Slutafregning - tilbagebetaling kræver bekræftelse")
            .text("Goddag\n\nSlutafregningen for det afmeldte målepunkt giver et tilgodehavende til jer på " + a.gross() + " kr. Da "
                + "jeres NemKonto ikke kunne verificeres, beder vi jer oplyse kontonummer og bekræfte et gebyr på 495,00 kr. til "
                + mule(9) + ", hvorefter beløbet udbetales.\n\nThy Elnet A/S");
        forged(m, host++);
        m.description = "forged From thy-elnet.dk (DKIM-only domain, p=reject): fake refund that needs a 'fee' paid first";
    }

    /** New family: a fake demand to repay a public grant (tilskud) too much paid out, to a mule account. */
    private void grantRepayment() {
        M m = mail("fake-grant-repayment", true);
        headers(m, "Tilskudskontrol - Energistyrelsen", "kontrol@tilskud-tilbagebetaling.dk", "oekonomi@thisted.dk",
            "Krav om tilbagebetaling af tilskud, j.nr. 2026-88103")
            .text("Thisted Kommune\n\nVed kontrol af jeres tilskud til energirenovering af Thisted Svømmehal er der konstateret "
                + "et for meget udbetalt beløb på 143.750,00 kr. Beløbet skal tilbagebetales inden 10 dage til " + mule(8) + ", "
                + "ellers oversendes kravet til Gældsstyrelsen med renter.\n\nAfgørelsen er vedhæftet.\n\nTilskudskontrollen")
            .attach("application/pdf", "Afgoerelse_2026-88103.pdf", Attachments.pdf(docId(m, "gr"), "Afgørelse om tilbagebetaling",
                List.of("J.nr. 2026-88103", "Modtager: Thisted Kommune", "Tilbagebetaling 143.750,00", "Indbetaling: " + mule(8))));
        ownedBy(m, "tilskud-tilbagebetaling.dk");
        m.description = "fake public grant repayment demand with PDF 'decision' and a mule account";
        m = mail("fake-grant-repayment", true);
        headers(m, "EU Fund Compliance Office", "audit@erhvervstilskud-kontrol.com", "oekonomi@thisted.dk",
            "Interreg project audit - repayment required")
            .text("Dear Sir/Madam,\n\nThe audit of your Interreg North Sea project identified ineligible costs of EUR 18,420.00. "
                + "Please repay the amount within 14 days to " + mule(10) + " quoting reference NSR-4471 to avoid suspension of "
                + "further payments.\n\nCompliance Office");
        ownedBy(m, "erhvervstilskud-kontrol.com");
        m.description = "English fake EU-project audit repayment demand, RO IBAN";
    }

    /** New family: a fake notice from "our ERP" that invoices await approval, with a login link. */
    private void approvalWorkflow() {
        String[][] x = {{"Opus Økonomi", "Du har 4 fakturaer, der afventer godkendelse", "Fakturaerne skal godkendes inden kl. 16 i dag "
            + "for at blive betalt rettidigt."}, {"Opus Økonomi - Workflow", "Faktura afvist: kontering mangler",
                "En faktura fra Thy Byggecenter A/S er returneret til dig. Åbn sagen og angiv kontering."}};
        for (String[] y : x) {
            M m = mail("fake-approval-workflow", true);
            headers(m, y[0], "workflow@opus-godkendelse.com", "teknik-miljoe@thisted.dk", y[1])
                .html("<html><body style=\"font-family:Segoe UI,Arial\"><p>" + y[1] + ".</p><p>" + y[2] + "</p><p><a href=\"https://"
                    + "opus-godkendelse.com/thisted/sso\">Gå til indbakken</a></p><p style=\"font-size:9px\">Automatisk besked fra "
                    + "økonomisystemet.</p></body></html>");
            ownedBy(m, "opus-godkendelse.com");
            m.description = "fake ERP invoice-approval notice with a credential link";
        }
    }

    /** New family: the conference "housing pirate": hotel rooms to prepay for an event the municipality attends. */
    private void hotelScam() {
        M m = mail("conference-hotel-scam", true);
        headers(m, "KommuneKonference Housing", "housing@konference-booking-nordic.com", "kreditor@thisted.dk",
            "Værelsesreservation Kommunal Økonomi 2027 - forudbetaling")
            .text("Kære deltagere fra Thisted Kommune\n\nSom officiel bookingpartner for konferencen har vi reserveret 4 værelser "
                + "til jer. For at fastholde reservationen skal forudbetaling på 14.360,00 kr. indbetales til " + mule(11)
                + " inden 3 dage. Værelser, der ikke er betalt, frigives.\n\nKommuneKonference Housing")
            .attach("application/pdf", "Booking_Thisted_Kommune.pdf", Attachments.pdf(docId(m, "ho"), "Bookingbekræftelse",
                List.of("Gæst: Thisted Kommune, 4 værelser, 2 nætter", "Forudbetaling 14.360,00", "Betaling: " + mule(11))));
        ownedBy(m, "konference-booking-nordic.com");
        m.description = "conference 'housing' scam: prepay hotel rooms nobody booked";
        m = mail("conference-hotel-scam", true);
        headers(m, "Kommune Hotel Service", "reservations@kommune-hotelservice.com", "kultur-fritid@thisted.dk",
            "Cancellation fee - group booking Thisted Kommune")
            .text("Dear customer,\n\nAs the group booking for 12 rooms for your delegation was not confirmed, a cancellation fee of "
                + "EUR 2,640.00 applies according to our terms. Please pay to " + mule(6) + " within 7 days.\n\nReservations");
        ownedBy(m, "kommune-hotelservice.com");
        m.description = "English cancellation fee for a hotel group booking never made, IE IBAN";
    }

    private void callback() {
        M m = mail("callback-phone-invoice", true);
        headers(m, "Faktura Support", "support@faktura-support-dk.com", "indkoeb@thisted.dk", "Ordre bekræftet: Microsoft 365 E5, 40 licenser")
            .text("Tak for din ordre. Dit kort belastes 38.600,00 kr. inden for 24 timer.\n\nHar du ikke afgivet ordren? Ring "
                + "straks til vores annulleringsafdeling på +45 78 79 41 22 for at stoppe betalingen.\n\nFaktura Support");
        ownedBy(m, "faktura-support-dk.com");
        m.description = "callback scam: fake order confirmation urging a phone call to cancel";
        m = mail("callback-phone-invoice", true);
        headers(m, "Norton Business", "support@faktura-support-dk.com", "oekonomi@thisted.dk", "Fornyelse af abonnement 4.995 kr.")
            .attach("application/pdf", "Faktura_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Fornyelse",
                List.of("Antivirus Business, 3 år", "4.995,00 kr.", "Spørgsmål eller annullering: +45 78 79 41 22")))
            .text("Dit abonnement er fornyet automatisk. Se vedhæftede. Ring på +45 78 79 41 22 for refusion.");
        ownedBy(m, "faktura-support-dk.com");
        m.description = "callback scam: auto-renewal 'invoice' with only a phone number";
    }

    private void qr() {
        for (int i = 0; i < 2; i++) {
            M m = mail("qr-code-payment", true);
            String d = i == 0 ? "betaling-qr.dk" : "thybus-regnskab.dk";
            headers(m, i == 0 ? "Betalingsservice" : bus.person(), (i == 0 ? "opkraevning@" : "regnskab@") + d, "kreditor@thisted.dk",
                i == 0 ? "Betaling kunne ikke gennemføres" : "Skolekørsel november - betal med QR")
                .html("<html><body><p>" + (i == 0 ? "Jeres betaling af 9.870,00 kr. er returneret." : "Fakturaen for november kan nu "
                    + "betales direkte.") + " Scan QR-koden med mobilen for at gennemføre betalingen.</p><img src=\"cid:qr\" "
                    + "width=\"180\"></body></html>")
                .attach("image/png", "qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, d);
            m.description = "QR code to pay, no account in text";
        }
    }

    private void english() {
        M m = mail("english-international", true);
        headers(m, "North Sea Partners", "billing@nordsoe-partners.com", "kreditor@thisted.dk", "Invoice NSP-1187 - port development study")
            .text("Dear Finance Team,\n\nPlease find attached our invoice for the Hanstholm port development pre-study. Payment of "
                + "EUR 12,300.00 is due on receipt to " + mule(4) + ".\n\nKind regards,\nNorth Sea Partners")
            .attach("application/pdf", "NSP-1187.pdf", Attachments.pdf(docId(m, "en"), "Invoice NSP-1187",
                List.of("Client: Thisted Municipality", "Port development pre-study", "EUR 12,300.00", "Bank: " + mule(4))));
        ownedBy(m, "nordsoe-partners.com");
        m.description = "English invoice for a study never ordered, PL IBAN";
        m = mail("english-international", true);
        headers(m, "North Sea Partners Accounts", "accounts@nordsoe-partners.com", "oekonomi@thisted.dk", "Updated remittance details")
            .text("Hello,\n\nPlease note our remittance details have been updated. All outstanding and future invoices should be "
                + "settled to " + mule(5) + ". Kindly confirm once your vendor file has been amended.\n\nBest regards,\nAccounts");
        ownedBy(m, "nordsoe-partners.com");
        m.description = "English 'updated remittance details', GB IBAN";
    }

    private void imageOnly() {
        Supplier[] s = {maler, vognmand};
        String[] via = {"vestervig-maler.com", "snedsted-vognmand.com"};
        for (int i = 0; i < 2; i++) {
            M m = mail("image-only-invoice", true);
            headers(m, s[i].person(), s[i].box() + "@" + via[i], "kreditor@thisted.dk", i == 0 ? "faktura" : "Regning scannet")
                .text("Hej\n\nKan ikke få PDF til at virke, så her er fakturaen som billede. Kontoen er ny, se nederst.\n\n" + s[i].person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20261118_0931.jpg" : "Scan_0042.pdf",
                    i == 0 ? Attachments.image(docId(m, "sc"), "jpg") : Attachments.scannedPdf(docId(m, "sc")));
            ownedBy(m, via[i]);
            m.description = "invoice only as image/scan from look-alike of " + s[i].domain();
        }
    }

    private void archives() {
        for (int i = 0; i < 2; i++) {
            M m = mail("archive-invoice", true);
            Supplier s = i == 0 ? kloak : elnet;
            String d = i == 0 ? "thy-kloak.com" : "thy-elnet.com";
            String n = invoiceNo(s);
            byte[] inner = pdf(m, s.posing(d, mule(i + 6)), "Faktura", n, amount(2_500_000), mule(i + 6), 0, List.of());
            headers(m, s.person(), s.box() + "@" + d, "kreditor@thisted.dk", "Faktura " + n + " med bilag")
                .text("Hej\n\nFaktura og dokumentation er samlet i vedhæftede zip-fil.\n\n" + s.person())
                .attach("application/zip", i == 0 ? "faktura_dokumentation.zip" : "ThyElnet_" + n + ".zip",
                    i == 0 ? Attachments.zip("Faktura_" + n + ".pdf", inner, "TV-rapport.txt", "Rapport eftersendes")
                        : Attachments.zip(n + ".pdf", inner));
            ownedBy(m, d);
            m.description = "invoice inside an archive from a look-alike of " + s.domain();
        }
    }

    private void svg() {
        String[][] x = {{"sikker-fildeling.net", "Thy Byggecenter Debitor", "Kontoudtog og ubetalte fakturaer", "kontoudtog.svg",
            "image/svg+xml"}, {"sikker-fildeling.net", "Nordvest Kontor", "Faktura fra Nordvest Kontor ApS", "Faktura_2026.html",
                "text/html"}};
        for (String[] y : x) {
            M m = mail("svg-html-attachment", true);
            String page = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=https://" + y[0] + "/f/" + sha256(m.id).substring(0, 8)
                    + "\"></head><body>Indlæser faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\"><text x=\"10\" y=\"40\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"https://" + y[0] + "/k/" + sha256(m.id).substring(0, 8) + "\"><rect x=\"10\" "
                    + "y=\"60\" width=\"200\" height=\"40\" fill=\"#0a5\"/></a></svg>";
            headers(m, y[1], "dokument@" + y[0], "kreditor@thisted.dk", y[2])
                .text("Hej\n\nSe venligst vedhæftede dokument. Åbn det i din browser.\n\n" + y[1])
                .attach(y[4], y[3], page.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, supplier's name";
        }
    }

    private void macro() {
        M m = mail("office-macro", true);
        headers(m, kontor.person(), "salg@nordvest-kontor.com", "indkoeb@thisted.dk", "Følgeseddel og faktura, levering uge 47")
            .text("Hej\n\nVedhæftet følgeseddel og faktura. Dokumentet er låst - tryk 'Aktivér redigering' og derefter 'Aktivér "
                + "indhold' for at se priserne.\n\nNordvest Kontor")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Foelgeseddel_faktura.docm", Attachments.word(
                "Faktura\nThisted Kommune\nAktivér indhold for at vise dokumentet", true));
        ownedBy(m, "nordvest-kontor.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of nordvest-kontor.dk";
        m = mail("office-macro", true);
        headers(m, entreprenoer.person(), "bogholderi@thy-entreprenor.dk", "teknik-miljoe@thisted.dk", "Opgørelse ekstraarbejder Vestergade")
            .text("Hej\n\nOpgørelsen over ekstraarbejder på Vestergade er vedhæftet med vores nye kontooplysninger. Husk at slå makroer "
                + "til, ellers vises beløbene ikke.\n\nLisbeth")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Ekstraarbejder_Vestergade.xlsm", Attachments.excel(
                List.of("Ekstraarbejder Vestergade", "Total DKK 131.400,00", "Betaling: " + mule(1)), true));
        ownedBy(m, "thy-entreprenor.dk");
        m.description = "macro-enabled Excel statement from a look-alike of thy-entreprenoer.dk";
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus9().generate(), List.of(
            "# Thisted Kommune, Økonomi og Personale: invoice checks (ninth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=thyforsyning.dk thybus.dk thy-elnet.dk hanstholm-toemrer.dk thy-entreprenoer.dk "
                + "vestervig-maler.dk thisted-dagblad.dk snedsted-vognmand.dk hurup-rengoering.dk thy-kloak.dk thy-byggecenter.dk "
                + "sjoerring-el.dk thy-grossist.dk nordvest-kontor.dk",
            "invoice.domains.platforms=chargebee.com procountor.com billit.eu",
            "invoice.names.protected=Thisted Kommune"));
    }
}
