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
import java.util.Set;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The twenty-sixth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body
 * is Holbæk Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, communication, harbour
 * and ferry, digitalisation and department mailboxes) with fifteen listed suppliers from Holbæk, Tølløse, Jyderup,
 * Svinninge, Mørkøv, Tuse, Vipperød, Ugerløse, Regstrup, Store Merløse and Kvanløse in every DNS posture real Danish
 * firms have (two sending through a web hoster named in their SPF), three invoicing platforms ({@code odoo.com},
 * {@code quickpay.net}, {@code recurly.com}), local banks, an intermunicipal waste company, a photo agency, a Swedish
 * pool-technology firm, a German ferry yard (the Orø ferry), a Dutch playground maker, a Norwegian parking-system house,
 * SaaS, an auditor, an e-signature service, a lawyer's collection department, the rail and coastal authorities, a
 * creditor list, forwarders (with and without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices,
 * e-invoice XML with a changed account) and four kinds new here: a colleague's own municipal mailbox taken over by
 * phishing and used from inside to push a payment, a bank change or a credential page (compromised-colleague-mailbox),
 * an invoice whose bank account is left alone but whose FI payment line (+71) carries the fraudster's creditor number
 * (fi-card-creditor-swap), a demand for a "licence fee" or settlement for a photo on the municipality's website
 * (fake-image-copyright-claim), and a bank's "know your customer" review under the money-laundering act as a pretext for
 * a login page or a form with the signatories' data (fake-bank-kyc-update). The invoice engine, its tests, tuning notes
 * and earlier results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is
 * derived from the mail's kind (a legitimate invoice, credit note, reminder, collection demand for a real debt,
 * intermunicipal, image-licence, platform, e-invoice XML, foreign or SaaS invoice) and its computed authentication (DMARC
 * pass, or aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus26GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus26 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout26");
    public static final String OWN = "holbaek.dk";
    static final String FRAUD_NET = "127.229.";
    private static final String OWN_IP = "127.220.0.1";
    private static final String EAN = "5798007316640";
    private static final String RAADHUS = "Kanalstræde 2, 4300 Holbæk";
    /** A West Zealand web hoster whose outgoing server two listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.225.9.1";
    private static final String GMAIL = "127.228.1.1";
    private static final String MSFT = "127.228.2.1";
    private static final String YAHOO = "127.228.3.1";
    private static final String APPLE = "127.228.5.1";
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);

    private final Random rnd = new Random(26_0026_4300L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 30;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2031, 1, 13, 7, 40, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2031, 2, 10, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "6.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Tølløse Fjernvarme a.m.b.a.", "toelloese-fjernvarme.dk", "Forbrugerafregningen",
        "afregning", "127.221.1.1", iban("DK", "53700001883412"), "fjernvarme til kommunale ejendomme i Tølløse");
    private final Supplier entrep = new Supplier("Jyderup Entreprenør A/S", "jyderup-entreprenoer.dk", "Mette Hvidt Sørensen",
        "mhs", "127.221.2.1", bank("0537", "0002214876"), "lapning af slaghuller og nye rendestensbrønde, Skarresøvej");
    private final Supplier kloak = new Supplier("Svinninge Kloakservice ApS", "svinninge-kloakservice.dk", "Kim Brøndum", "kim",
        HOSTER_IP, bank("2520", "8811023374"), "spuling og TV-inspektion af kloakstik, Svinninge Skole");
    private final Supplier toemrer = new Supplier("Mørkøv Tømrerforretning ApS", "moerkoev-toemrer.dk", "Bjarne Kofoed", "bk",
        "127.221.4.1", bank("0537", "0001908825"), "udskiftning af vinduespartier, Mørkøv Børnehus");
    private final Supplier maler = new Supplier("Tuse Malerfirma v/ Allan Juul", "tuse-malerfirma.dk", "Allan Juul", "allan",
        "127.221.5.1", bank("9570", "0011276453"), "malerarbejde i gymnastiksal og omklædning, Tuse Skole");
    private final Supplier rengoer = new Supplier("Vipperød Rengøring ApS", "vipperoed-rengoering.dk", "Administrationen",
        "admin", "127.221.6.1", bank("0537", "0004416690"), "daglig rengøring af Jobcenter Holbæk og Tølløse Bibliotek");
    private final Supplier avis = new Supplier("Holbæk Ugeblad", "holbaek-ugeblad.dk", "Annonceafdelingen", "annoncer",
        "127.221.7.1", iban("DK", "20000734418851"), "annoncer: borgermøde om kystsikring og to stillingsopslag");
    private final Supplier vognmand = new Supplier("Ugerløse Vognmandsforretning ApS", "ugerloese-vognmand.dk", "Preben Nørgaard",
        "preben", "127.221.8.1", bank("0537", "0003380917"), "vintertjeneste, saltning af cykelstien Ugerløse-Tølløse");
    private final Supplier el = new Supplier("Regstrup El-Service ApS", "regstrup-el.dk", "Tobias Rytter", "tobias", HOSTER_IP,
        bank("2520", "8810337719"), "ny LED-belysning og nødlys, Regstrup Hallen");
    private final Supplier vvs = new Supplier("Store Merløse VVS ApS", "store-merloese-vvs.dk", "Kontoret", "kontor",
        "127.221.10.1", bank("9570", "0012209584"), "service på kedelanlæg, Store Merløse Skole og Merløsehus");
    private final Supplier mad = new Supplier("Kvanløse Madhus A/S", "kvanloese-madhus.dk", "Kvanløse Madhus, Kundeservice",
        "kundeservice", "127.221.11.1", iban("DK", "20000751126904"), "madservice til hjemmeboende borgere i Holbæk by og på Orø");
    private final Supplier trae = new Supplier("Mørkøv Trælast A/S", "moerkoev-traelast.dk", "Proffcentret", "proff",
        "127.221.12.1", iban("DK", "53700009217764"), "byggematerialer til Ejendomsservice, rammeaftale 2031");
    private final Supplier it = new Supplier("Holbæk IT-Drift ApS", "holbaek-itdrift.dk", "Fakturering, Holbæk IT-Drift",
        "faktura", "127.221.13.1", bank("2520", "8812945530"), "drift af skolernes netværk og 45 nye lærer-pc'er");
    private final Supplier bus = new Supplier("Jyderup Turist- og Skolebusser ApS", "jyderup-turistbusser.dk", "Trafikkontoret",
        "trafik", "127.221.14.1", bank("0537", "0005562081"), "skolekørsel Jyderup-Knabstrup og Svinninge-Gislinge");
    private final Supplier kontor = new Supplier("Holbæk Kontormaskiner ApS", "holbaek-kontormaskiner.dk", "Ordrekontoret",
        "ordre", "127.221.15.1", iban("DK", "20000741903361"), "kopipapir, toner og serviceaftale på multifunktionsprintere");
    // not on the creditor list: small local firms and sole traders
    private final Supplier baad = new Supplier("Orø Bådebyggeri & Smedie", "oroe-baadebyggeri.dk", "Søren Olsen", "so",
        "127.222.1.1", bank("0537", "0002573318"), "reparation af fenderværk ved færgelejet, Orø Havn");
    private final Supplier skadedyr = new Supplier("Hagested Skadedyrsservice", "hagested-skadedyr.dk", "Lone Bruun", "lone",
        "127.222.2.1", bank("2520", "8813604417"), "rottebekæmpelse, Holbæk Havn og Holbæk Marina");
    private final Supplier snedker = new Supplier("Gislinge Snedkeri", "gislinge-snedkeri.dk", "Ib Mortensen", "ib",
        "127.222.3.1", bank("0537", "0004478023"), "nye garderobeskabe og bænke, Svinninge Hallen");
    private final Supplier natur = new Supplier("Skarresø Naturpleje v/ Maja Friis", "skarresoe-naturpleje.dk", "Maja Friis",
        "maja", "127.222.4.1", bank("9570", "0016638102"), "høslæt og rydning af opvækst ved Skarresø");
    private final Supplier guide = new Supplier("Åmose Naturvejledning v/ Rikke Holm", "gmail.com", "Rikke Holm",
        "rikke.holm.naturvejleder", GMAIL, bank("0537", "0001449906"), "naturdag i Store Åmose for 5. årgang, Ugerløse Skole");
    private final Supplier tolk = new Supplier("Samir Nasser Tolkeservice", "outlook.com", "Samir Nasser", "samir.nasser.tolk",
        MSFT, bank("2520", "8810552297"), "tolkning arabisk-dansk, Borgerservice Holbæk, 2 x 2 timer");
    private final Supplier musik = new Supplier("Duo Fjordlyd v/ Kirsten Bach", "icloud.com", "Kirsten Bach",
        "kirsten.bach.fjordlyd", APPLE, bank("0537", "0006721164"), "musik til nytårskur, Plejecenter Elmegården");
    private final Supplier pudser = new Supplier("Vipperød Vinduespudsning v/ Kenneth Lykke", "hotmail.com", "Kenneth Lykke",
        "kenneth.vinduespudser", MSFT, bank("9570", "0014493827"), "vinduespolering, Vipperød Skole og Børnehuset Mælkebøtten");
    private final Supplier foto = new Supplier("Orø Foto v/ Lasse Winther", "live.dk", "Lasse Winther", "lasse.oroefoto", MSFT,
        bank("9570", "0017725530"), "fotos af Orøfærgen og Holbæk Havn til turistbrochuren, inkl. brugsret");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Halmstad Badteknik AB", "halmstad-badteknik.se", "Ekonomi", "ekonomi",
        "127.227.1.1", iban("SE", "80000000053241187732"), "ny doseringspump och service av reningsanläggningen, Holbæk Svømmehal");
    private final Supplier tysk = new Supplier("Eckernförder Fährtechnik GmbH", "eckernfoerde-faehrtechnik.de", "Buchhaltung",
        "buchhaltung", "127.227.2.1", iban("DE", "210501700004418822"), "Werftaufenthalt und Wechsel der Propellerwelle, Fähre Orø");
    private final Supplier norsk = new Supplier("Drammen Parkeringssystem AS", "drammen-parkering.no", "Fakturaavdelingen",
        "faktura", "", iban("NO", "15036624918"), "parkeringsapp og betalingsautomater, Holbæk Havn, årslisens");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        trae, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"toelloese-fjernvarme.com", "jyderup-entreprenor.dk", "moerkoev-traelast.com",
        "regstrup-el-service.dk", idn("moerkoev-trael\u0430st.dk"), idn("h\u043elbaek.dk"), "odoo-holbaek.com",
        "recurly-jyderup.net", "svinninge-kloakservice.net", "kvanloese-madhus.com", "moerkoev-tomrer.dk", "jyderup-turistbus.dk",
        "tusemalerfirma.dk", "holbaek-inkasso.com", "mitid-holbaek.com", "digitalpost-toelloese.com", "holbaek-domaener.net",
        "svinninge-erhvervsregister.org", "vipperoed-ordreservice.com", "mobilbetal-holbaek.net", "holbaek-havn-parkering.com",
        "isefjord-marine-survey.com", "tuse-malerfirma.net", "ugerloese-vognmand.com", "vipperoed-rengoering.com",
        "store-merloese-vvs.net", "holbaek-kontormaskiner.com", "holbaek-it-drift.net", "holbaek-dokumenter.com",
        "fakturavisning-jyderup.net", "jyderup-entreprenoer.net", "holbaekitdrift.dk", "holbaek-ugeblad.net",
        "tolloese-fjernvarme.dk", "billedret-holbaek.com", "isefjord-photo-licensing.com", "isefjord-foto.dk",
        "isefjord-sparekasse-erhverv.com", "toelloese-andelskasse.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("toelloese-fjernvarme.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("jyderup-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("svinninge-kloakservice.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("moerkoev-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("tuse-malerfirma.dk", null, null, null, null); // nothing published
        domain("vipperoed-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("holbaek-ugeblad.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ugerloese-vognmand.dk", List.of("127.221.98.4"), "~all", null, "none"); // SPF names the dispatch system only
        domain("regstrup-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("store-merloese-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("kvanloese-madhus.dk", List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("moerkoev-traelast.dk", List.of(trae.ip(), "127.221.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("holbaek-itdrift.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("jyderup-turistbusser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("holbaek-kontormaskiner.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("oroe-baadebyggeri.dk", List.of(baad.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("hagested-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("gislinge-snedkeri.dk", List.of(snedker.ip()), "-all", null, null);
        domain("skarresoe-naturpleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("knabstrup-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("halmstad-badteknik.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("eckernfoerde-faehrtechnik.de", List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("zwolle-speeltoestellen.nl", List.of("127.227.3.1"), "-all", null, null);
        // collection, auditor, e-signature, school, shops, waste company, photo agency, authorities
        domain("ahlgade-advokater.dk", List.of("127.223.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("revisorhuset-toelloese.dk", List.of("127.223.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("skrivunder.com", List.of("127.223.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("tusenaes-efterskole.dk", List.of("127.223.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("knabstrup-legepladser.dk", List.of("127.223.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("jyderup-byggemarked.dk", List.of("127.223.7.1"), "-all", null, "none");
        domain("holbaek-boghandel.dk", List.of("127.223.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("isefjord-affald.dk", List.of("127.223.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("isefjordfoto.dk", List.of("127.223.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("banedanmark.dk", List.of("127.223.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kystdirektoratet.dk", List.of("127.223.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("odoo.com", List.of("127.224.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("quickpay.net", List.of("127.224.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("recurly.com", List.of("127.224.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, list, ESP, newsletter, forwarders
        domain("isefjord-sparekasse.dk", List.of("127.225.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("toelloese-andelskasse.dk", List.of("127.225.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornetvaerk-sjaelland.dk", List.of("127.225.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sendpulse.com", List.of("127.225.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("indkoebsforum-sjaelland.dk", List.of("127.225.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("loennetvaerk-kommuner.dk", List.of("127.225.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kommuneoekonomen.dk", List.of("127.225.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.isefjordnet.dk", List.of("127.226.1.1"), "-all", null, null);
        domain("relay.holbaek-fiber.dk", List.of("127.226.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("whereby.com", List.of("127.227.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("plandisc.com", List.of("127.227.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        String[] policy = {"quarantine", "reject", null, "none", "reject", null, "quarantine", "none"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 6 ? null : i % 3 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 6 == 4 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 98_500 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no26:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "2031" + String.format("%03d", 10 + rnd.nextInt(900));
            case 1:
                return "FA" + (41_000 + rnd.nextInt(8_000));
            case 2:
                return String.valueOf(11_200 + rnd.nextInt(7_000));
            case 3:
                return "HB-" + (3_100 + rnd.nextInt(2_500));
            case 4:
                return "31-" + String.format("%04d", 20 + rnd.nextInt(3_000));
            default:
                return String.valueOf(250 + rnd.nextInt(700));
        }
    }

    private static final String[] TO = {"kreditor@holbaek.dk", "efaktura@holbaek.dk", "kreditor@holbaek.dk",
        "oekonomi@holbaek.dk", "teknik-miljoe@holbaek.dk", "boern-unge@holbaek.dk", "sundhed-omsorg@holbaek.dk",
        "kultur-fritid@holbaek.dk", "ejendomme@holbaek.dk", "indkoeb@holbaek.dk", "kreditor@holbaek.dk", "havn@holbaek.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf26:" + tag + ":" + m.id).substring(4, 16), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr26:" + domain).hashCode(), 8_000_000));
    }

    /** The supplier's FI creditor number (indbetalingskort 71), as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi26:" + domain).hashCode(), 8_000_000));
    }

    /** A FI payment line, type 71: the payment id (15 digits, from the invoice number) and the creditor number. */
    private static String fiLine(String no, String creditor) {
        String digits = no.replaceAll("\\D", "");
        return "+71<" + String.format("%015d", digits.isEmpty() ? 0L : Long.parseLong(digits)) + "+" + creditor + "<";
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "toelloese-fjernvarme.dk" -> "Værkstedsvej 3, 4340 Tølløse";
            case "jyderup-entreprenoer.dk" -> "Industrivej 14, 4450 Jyderup";
            case "svinninge-kloakservice.dk" -> "Tuekærvej 9, 4520 Svinninge";
            case "moerkoev-toemrer.dk" -> "Jyderupvej 41, 4440 Mørkøv";
            case "tuse-malerfirma.dk" -> "Tuse Byvej 18, 4300 Holbæk";
            case "vipperoed-rengoering.dk" -> "Vipperød Bygade 72, 4390 Vipperød";
            case "holbaek-ugeblad.dk" -> "Ahlgade 21, 4300 Holbæk";
            case "ugerloese-vognmand.dk" -> "Gl. Kongevej 112, 4350 Ugerløse";
            case "regstrup-el.dk" -> "Hovedvejen 65, 4420 Regstrup";
            case "store-merloese-vvs.dk" -> "Bygaden 6, 4370 Store Merløse";
            case "kvanloese-madhus.dk" -> "Kvanløsevej 30, 4300 Holbæk";
            case "moerkoev-traelast.dk" -> "Stationsvej 5, 4440 Mørkøv";
            case "holbaek-itdrift.dk" -> "Smedelundsgade 60, 4300 Holbæk";
            case "jyderup-turistbusser.dk" -> "Holbækvej 88, 4450 Jyderup";
            case "holbaek-kontormaskiner.dk" -> "Tveje Merløsevej 11, 4300 Holbæk";
            case "oroe-baadebyggeri.dk" -> "Bybjergvej 2, Orø, 4300 Holbæk";
            case "hagested-skadedyr.dk" -> "Hagestedvej 17, 4300 Holbæk";
            case "gislinge-snedkeri.dk" -> "Gislinge Bygade 40, 4532 Gislinge";
            case "skarresoe-naturpleje.dk" -> "Skarresøvej 121, 4450 Jyderup";
            case "knabstrup-laas.dk" -> "Knabstrupvej 8, 4440 Mørkøv";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: a letterhead invoice with numbered positions and bank details only; a
     * craftsman's "regning" with hours, materials and kilometres; an accounting program's compact bill with the
     * "indbetalingskort" FI line; a utility-style period statement with meter or agreement number. The FI line carries
     * the supplier's own creditor number whenever its own account is printed; {@code fi} is another creditor number
     * ("" for no FI line),
     * and a {@code null} account prints no bank account at all (FI only).
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more,
                              String fi) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        int kind = Math.floorMod(layout, 4);
        String fiText = fi == null
            ? kind != 0 && account != null && account.equals(s.account()) ? fiLine(no, creditorNo(s.domain())) : ""
            : fi.isEmpty() ? "" : fiLine(no, fi);
        switch (kind) {
            case 0 -> {
                head = s.name();
                l.add((addr.isEmpty() ? "" : addr + "   ") + "CVR-nr. " + cvr(s.domain()) + (freeMail(s) ? "" : "   www." + s.domain()));
                l.add(title.toUpperCase(DA) + "   Nr. " + no + "   Dato " + dottedDay(m, 0) + "   Betalingsbetingelser: netto 30 dage");
                l.add("Kunde: Holbæk Kommune, " + RAADHUS + "   EAN " + EAN);
                l.add("Pos.  Tekst                                             Beløb DKK");
                l.add("10    " + s.what() + "   " + a.net());
                l.add("Subtotal " + a.net() + "   Moms 25 % " + a.vat() + "   At betale " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Bankforbindelse: " + account + ". Anfør venligst fakturanummeret ved betaling.");
                }
                if (!fiText.isEmpty()) {
                    l.add("Indbetalingskort: " + fiText);
                }
            }
            case 1 -> {
                head = title + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - cvr " + cvr(s.domain()));
                l.add("Holbæk Kommune, EAN " + EAN + "   " + writtenDay(m, 0));
                l.add("Udført: " + s.what());
                long rate = 49_500;
                long hours = Math.max(1, a.ore() * 6 / 10 / rate);
                long km = 40 + a.ore() % 90;
                long drive = km * 379;
                l.add(hours + " timer à " + kr(rate) + " = " + kr(hours * rate) + "   Materialer " + kr(a.ore() - hours * rate - drive)
                    + "   Kørsel " + km + " km à 3,79 = " + kr(drive));
                l.add("Ialt ekskl. moms " + a.net() + "   moms " + a.vat() + "   ialt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betalingsfrist " + writtenDay(m, 14) + (account == null ? "" : ", konto " + account));
                if (!fiText.isEmpty()) {
                    l.add("FI-kort " + fiText);
                }
                l.add("Tak for opgaven.");
            }
            case 2 -> {
                head = title;
                l.add(s.name() + " / " + title + " " + no + " / " + isoDay(m, 0) + " / CVR " + cvr(s.domain()));
                l.add("Debitor: Holbæk Kommune, EAN " + EAN);
                l.add("Vare/ydelse: " + s.what());
                l.add("Netto " + a.net() + " / moms " + a.vat() + " / total DKK " + a.gross() + " / forfald " + isoDay(m, 21));
                l.addAll(more);
                if (account != null) {
                    l.add("Konto: " + account);
                }
                if (!fiText.isEmpty()) {
                    l.add("Betaling via netbank: " + fiText);
                }
            }
            default -> {
                head = s.name() + " - " + title.toLowerCase(DA);
                l.add(title + " " + no + " udstedt " + dottedDay(m, 0) + " til Holbæk Kommune, EAN " + EAN);
                l.add("Aftale/målernr. " + (40_000 + Math.floorMod(s.domain().hashCode(), 50_000)) + "   Periode "
                    + sentPlus(m, -31, DOTS) + " - " + dottedDay(m, -1));
                l.add("Specifikation: " + s.what());
                l.add("Beløb før moms " + a.net() + "   25 % moms " + a.vat() + "   I alt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Sidste rettidige betalingsdag " + dottedDay(m, 20) + (account == null ? "" : ". Betales til " + account));
                if (!fiText.isEmpty()) {
                    l.add(fiText);
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        return pdfInvoice(m, s, title, no, a, account, layout, more, null);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura " + n + ".pdf", "faktura_" + n + ".pdf", n + ".pdf", "Holbaek Kommune - faktura " + n + ".pdf",
            "Faktura-nr-" + n + ".pdf", "Regning_" + n + ".pdf", "Invoice_" + n + ".pdf", "FAK" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej", "Til Holbæk Kommune", "Kære kreditorbogholderi", "Goddag", "Hej økonomi",
        "Att. kreditor", "Hej alle", "Kære kunde"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig26:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh\n" + firstName(s) + "\n" + s.name() + "\nTlf. 59 " + (10 + rnd.nextInt(89))
                    + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " | CVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n--\n" + s.name() + "\n" + s.domain());
            default:
                return "\n\nHilsen " + s.person() + ", " + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        return invoice(m, s, account, v, more, note, null);
    }

    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String fi) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 8_800_000 : 590_000);
        String[] subjects = {"Faktura nr. " + no, "Faktura " + no + " fra " + s.name(), "Holbæk Kommune: faktura " + no,
            "Regning " + no, "Faktura " + no + " - EAN " + EAN, "Ny faktura", "Fak. " + no, "Fremsendelse af faktura " + no,
            s.name() + ": faktura " + no};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Vedlagt fremsendes faktura nr. " + no + ", i alt " + a.gross() + " kr. inkl. moms, med forfald "
                + writtenDay(m, 30) + ".";
            case 2 -> "Arbejdet er færdigt og afleveret. Fakturaen er vedhæftet, og den er også sendt til jeres EAN-nummer.";
            case 3 -> "Tak for opgaven. Regningen ligger som PDF her i mailen - ring endelig, hvis I har spørgsmål til den.";
            case 4 -> "Faktura for seneste periode er vedhæftet. Angiv venligst fakturanummeret ved betaling.";
            case 5 -> "Fakturanummer: " + no + "\nBeløb i alt: " + a.gross() + " kr.\nBetales senest: " + writtenDay(m, 30);
            case 6 -> "Undskyld at fakturaen kommer lidt sent - vi har haft travlt med frostskaderne i januar.";
            default -> "Faktura vedlagt.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt\">"
                + "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more, fi));
        return no;
    }

    /** Utilities and period services bill by period; merchants use their program's letterhead or compact bill. */
    private static final Set<String> PERIODIC = Set.of("Tølløse Fjernvarme a.m.b.a.", "Kvanløse Madhus A/S",
        "Vipperød Rengøring ApS", "Holbæk Ugeblad", "Jyderup Turist- og Skolebusser ApS", "Ugerløse Vognmandsforretning ApS");
    private static final Set<String> TRADE = Set.of("Mørkøv Trælast A/S", "Holbæk Kontormaskiner ApS", "Holbæk IT-Drift ApS");

    private static int layout(Supplier s, int v) {
        return PERIODIC.contains(s.name()) ? 3 : TRADE.contains(s.name()) ? (v % 2 == 0 ? 0 : 2) : Math.floorMod(v, 3);
    }

    /** An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice. */
    private String ubl(String no, Supplier s, Amount a, String issue, String due, boolean peppol, String note) {
        return Ubl.compact(no, s.name(), cvr(s.domain()), s.account(), s.what(), "Holbæk Kommune", EAN, a.ore(), issue, due, peppol, note);
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
        List<Supplier> again = List.of(trae, entrep, it, mad, vvs, avis, el, kloak, varme, maler, kontor, vognmand, toemrer,
            rengoer, trae, it);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Rekv.nr. " + (52_140 + k * 17));
                case 1 -> List.of("Jeres ref.: " + to().replace("@holbaek.dk", ""));
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "stormskader januar" : "planlagt vedligehold 2031"));
                case 3 -> List.of("Indkøbsordre " + (4_500_000 + k * 257) + " fra e-handelssystemet");
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nTimesedler for perioden er vedhæftet." : k % 7 == 4
                ? "\n\nBilleder af det udførte er vedhæftet til jeres dokumentation." : "";
            invoice(m, s, s.account(), k * 3 + 2, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "timesedler_uge" + (7 + k) + ".pdf", Attachments.pdf(docId(m, "ts"), "Timesedler",
                    List.of(s.what(), "Mandskab: 2", "Timer i alt: " + (6 + k % 9), "Kvitteret af bygningsansvarlig")));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "billede_" + (k + 1) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, mad, rengoer)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 1, List.of("Periode: januar 2031"), "\n\nFakturaen dækker januar måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for January, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        imageLicences();
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
        Object[][] c = {{trae, "Kreditnota vedr. faktura ", "Seks paller fliser blev returneret fra Ejendomsservice uåbnede. "
            + "Vi krediterer dem hermed."},
            {kontor, "Kreditering - faktura ", "Vi har faktureret toner til 14 printere, men der blev kun leveret til 9. Resten "
                + "er krediteret."},
            {mad, "Kreditnota til faktura ", "Fire borgere var indlagt i uge 2 og fik derfor ikke leveret mad. Portionerne er "
                + "krediteret."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "K" + (1_100 + rnd.nextInt(2_500));
            Amount a = amount(260_000).credit();
            headers(m, s.person(), addr(s), "kreditor@holbaek.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota " + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2,
                    List.of("Vedrører faktura " + p.no()), ""));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(toemrer, el)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@holbaek.dk", "Kontoudtog " + dottedDay(m, -1))
                .text("Hej\n\nTil jeres afstemning sender vi kontoudtog. Faktura " + p.no() + " er registreret betalt, og der står "
                    + "ikke noget åbent." + signature(s))
                .attach("application/pdf", "kontoudtog_holbaek_kommune.pdf", Attachments.pdf(docId(m, "ku"), "Kontoudtog",
                    List.of("Kunde: Holbæk Kommune", "Faktura " + p.no() + "   " + p.amount().gross() + "   betalt",
                        "Saldo 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@holbaek.dk", "Betaling modtaget")
            .text("Hej\n\nVi har modtaget betalingen for faktura " + past.get(vognmand.domain()).no() + " (saltning i januar). "
                + "Mange tak.\n\nPreben\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "ugerloese-vognmand.dk thanks for payment (its SPF names only the dispatch system: softfail)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Betalingspåmindelse", "Vi kan ikke se, at nedenstående faktura er betalt. Er betalingen sendt "
            + "inden for de sidste par dage, kan I se bort fra denne påmindelse."},
            {maler, "Mangler vi betaling?", "Hej. Jeg har ikke fået penge for malerarbejdet på Tuse Skole endnu. Ved I, om den "
                + "er godkendt? Mvh Allan"},
            {kloak, "Rykker 1", "Fakturaen forfaldt for 8 dage siden. Der er ikke pålagt rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@holbaek.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 4) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. kan betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker " + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 3, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "AA-" + (7_200 + rnd.nextInt(700));
        String klient = bank("2520", "8819006341");
        headers(m, "Ahlgade Advokater, Inkasso", "inkasso@ahlgade-advokater.dk", "kreditor@holbaek.dk",
            "Inkassomeddelelse " + sag + " / Gislinge Snedkeri")
            .text("Holbæk Kommune\n\nPå vegne af vores klient, Gislinge Snedkeri v/ Ib Mortensen, skal vi anmode om betaling af "
                + "faktura nr. 188 af 28. november 2030 på 11.937,50 kr. (ny skranke, Svinninge Bibliotek). Der er rykket to "
                + "gange uden svar.\n\nEr fakturaen betalt, eller bestrider I kravet, så skriv til os med sagsnummeret. Ellers "
                + "bedes beløbet med tillæg af inkassogebyr 100 kr. indbetalt på vores klientkonto " + klient + " inden 10 "
                + "dage.\n\nMed venlig hilsen\nAhlgade Advokater\nInkassoafdelingen")
            .attach("application/pdf", "Inkassomeddelelse " + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + sag,
                List.of("Fordringshaver: Gislinge Snedkeri", "Faktura 188: 11.937,50", "Inkassogebyr: 100,00",
                    "Klientkonto: " + klient)));
        genuine(m, "127.223.1.1");
        m.description = "a real lawyer's collection letter about an unlisted joiner's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "IA" + (61_000 + rnd.nextInt(900));
        String konto = iban("DK", "53700007741180");
        headers(m, "Isefjord Affald I/S - Økonomi", "oekonomi@isefjord-affald.dk", "kreditor@holbaek.dk", "Faktura " + no
            + ": a conto ejerbidrag 1. kvartal 2031")
            .text("Til Holbæk Kommune\n\nVedhæftet faktura på kommunens a conto ejerbidrag for 1. kvartal 2031 til drift af "
                + "genbrugspladserne i Holbæk, Tølløse og Jyderup. Fordelingen følger indbyggertallet pr. 1. januar, jf. "
                + "selskabsaftalens § 9. Den samme faktura er sendt til jeres EAN-nummer.\n\nBetaling til " + konto + ".\n\n"
                + "Venlig hilsen\nIsefjord Affald I/S")
            .attach("application/pdf", "Faktura " + no + ".pdf", Attachments.pdf(docId(m, "ia"), "Faktura " + no,
                List.of("Isefjord Affald I/S", "Holbæk Kommune, EAN " + EAN, "A conto ejerbidrag 1. kvt. 2031, andel 41,2 %",
                    "DKK 3.184.600,00 ekskl. moms", "Betaling: " + konto)));
        genuine(m, "127.223.11.1");
        m.description = "the intermunicipal waste company's quarterly owner contribution, its own account, DMARC pass";
    }

    /** Genuine counterparts to the copyright-claim fraud: licensed photos, ordered and invoiced. */
    private void imageLicences() {
        M m = ok("image-licence-invoice", true);
        String no = "IF-" + (5_400 + rnd.nextInt(500));
        String konto = bank("9570", "0018804412");
        headers(m, "Isefjord Foto & Billedarkiv", "salg@isefjordfoto.dk", "kommunikation@holbaek.dk", "Faktura " + no
            + " - billedlicens til 'Oplev Holbæk'")
            .text("Hej Kommunikation\n\nTak for bestillingen. Som aftalt i ordrebekræftelsen af " + writtenDay(m, -12) + " har I fået "
                + "licens til 12 billeder fra vores arkiv (Holbæk Havn, Munkholmbroen og Orø) til kampagnen 'Oplev Holbæk' på "
                + "web, sociale medier og i trykt folder, i 3 år fra i dag.\n\nFakturaen er vedhæftet, 14.400,00 kr. ekskl. moms, "
                + "netto 30 dage til " + konto + ". Licensbeviset med billednumrene ligger på jeres download-side.\n\n"
                + "Venlig hilsen\nHanne Dalsgaard\nIsefjord Foto & Billedarkiv ApS")
            .attach("application/pdf", "Faktura " + no + ".pdf", Attachments.pdf(docId(m, "if"), "Faktura " + no,
                List.of("Isefjord Foto & Billedarkiv ApS, CVR " + cvr("isefjordfoto.dk"), "Kunde: Holbæk Kommune, Kommunikation, EAN " + EAN,
                    "Licens 12 billeder, web/SoMe/tryk, 36 mdr., jf. ordre " + (8_800 + rnd.nextInt(100)),
                    "14.400,00 + moms 3.600,00 = 18.000,00 DKK", "Konto " + konto)));
        genuine(m, "127.223.12.1");
        m.description = "photo agency's invoice for an ordered image licence (p=quarantine, DMARC pass)";
        m = ok("image-licence-invoice", true);
        invoice(m, foto, foto.account(), 3, List.of("Brugsret: Holbæk Kommunes turistmateriale, tryk og web, uden tidsbegrænsning"),
            "\n\nBillederne er uploadet til jeres mappe i WeTransfer som aftalt med Kommunikation.");
        genuine(m, foto.ip());
        m.description = "a photographer on live.dk invoices commissioned photos with the right of use, authenticated";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Banedanmark", "naboinfo@banedanmark.dk", "teknik-miljoe@holbaek.dk",
            "Sporarbejde Tølløse-Holbæk: togbusser i uge 9 og 10")
            .text("Til Holbæk Kommune\n\nI uge 9 og 10 fornyer vi skinner og sveller mellem Tølløse og Holbæk. Der kører togbusser "
                + "i hele perioden, og der arbejdes også om natten ved overkørslen på Ugerløsevej. Naboerne får brev. Vi beder "
                + "kommunen orientere skolerne i Tølløse og Ugerløse om den ændrede trafik.\n\nMed venlig hilsen\nBanedanmark, "
                + "Kommunikation");
        genuine(m, "127.223.15.1");
        m.description = "rail authority notice of track works, DMARC pass, nothing to pay";
        m = ok("authority-notice", false);
        headers(m, "Kystdirektoratet", "kdi@kystdirektoratet.dk", "teknik-miljoe@holbaek.dk",
            "Afgørelse om kystbeskyttelse ved Orø Vestskov")
            .text("Kystdirektoratet har truffet afgørelse i sagen om stenkastning ved Orø Vestskov. Afgørelsen er sendt til "
                + "kommunens Digital Post. Klagefristen er 4 uger. Der skal ikke betales gebyr for sagen.\n\nKystdirektoratet");
        genuine(m, "127.223.16.1");
        m.description = "coastal authority's decision pointer to Digital Post, DMARC pass";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, mad.person(), addr(mad), "sundhed-omsorg@holbaek.dk", "Årlig prisregulering af madservice")
            .text("Til Holbæk Kommune, Sundhed og Omsorg\n\nEfter kontraktens punkt 8.2 reguleres prisen pr. portion hvert år pr. "
                + "1. marts efter Danmarks Statistiks nettoprisindeks. Reguleringen bliver 1,8 % og kommer med på "
                + "martsfakturaen, som sendes til jeres EAN-nummer som altid. I skal ikke betale noget særskilt.\n\n"
                + "Beregningen er vedhæftet.\n\nVenlig hilsen\nKvanløse Madhus A/S")
            .attach("application/pdf", "Prisregulering 2031.pdf", Attachments.pdf(docId(m, "idx"), "Prisregulering 2031",
                List.of("Kontrakt om madservice, pkt. 8.2", "Nettoprisindeks dec. 2029: 124,2 / dec. 2030: 126,4",
                    "Regulering 1,8 %", "Gælder fra 01.03.2031")));
        genuine(m, mad.ip());
        m.description = "listed meal supplier announces contractual indexation on the next ordinary invoice";
    }

    private void platforms() {
        Object[][] p = {{"odoo.com", toemrer}, {"odoo.com", el}, {"odoo.com", guide}, {"quickpay.net", skadedyr},
            {"recurly.com", norsk}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(900_000);
            m.mailFrom = "bounce-" + sha256("plat26:" + m.id).substring(0, 12) + "@" + d;
            Mime mime;
            String no;
            if (d.equals("odoo.com")) {
                no = "INV/2031/" + String.format("%05d", 20 + rnd.nextInt(900));
                mime = headers(m, s.name(), "notifications@odoo.com", "efaktura@holbaek.dk", s.name() + " Faktura (Ref "
                    + no + ")")
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Verdana,Arial,sans-serif;font-size:13px\"><div style=\"margin:0 auto;"
                        + "max-width:600px\"><p>Kære Holbæk Kommune</p><p>Her er din faktura <strong>" + no + "</strong> på "
                        + "<strong>" + a.gross() + " kr.</strong> fra " + s.name() + ".</p><p>Betal venligst så hurtigt som "
                        + "muligt og senest " + writtenDay(m, 14 + v) + ". Brug betalingsreferencen <strong>" + no + "</strong>.</p>"
                        + "<p>Hvis du har spørgsmål, er du velkommen til at kontakte os.</p><p>" + s.person() + "</p>"
                        + "<p style=\"color:#888;font-size:11px\">Drevet af Odoo</p></div></body></html>");
            } else if (d.equals("quickpay.net")) {
                no = String.valueOf(3_100 + rnd.nextInt(800));
                mime = headers(m, s.name() + " via QuickPay", "noreply@quickpay.net", "havn@holbaek.dk", "Faktura " + no
                    + " fra " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej Holbæk Kommune, Havnekontoret</p><p>"
                        + s.name() + " har sendt dig en faktura på <b>DKK " + a.gross() + "</b> for " + s.what() + ".</p><p>"
                        + "Fakturaen er vedhæftet. Du kan betale med bankoverførsel som angivet på fakturaen eller med kort via "
                        + "betalingssiden.</p><p><a href=\"https://payment.quickpay.net/payments/" + sha256("qp26:" + m.id)
                            .substring(0, 24) + "\">Gå til betaling</a></p><p style=\"font-size:10px;color:#999\">QuickPay "
                        + "ApS - betalinger på vegne af " + s.name() + "</p></body></html>");
            } else {
                no = "DPS-" + (60_400 + rnd.nextInt(900));
                mime = headers(m, "Drammen Parkeringssystem AS", "invoices@recurly.com", "havn@holbaek.dk", "Faktura " + no
                    + " - Drammen Parkeringssystem AS")
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><p>Hei Holbæk Havn,</p><p>Takk for at "
                        + "dere bruker parkeringsappen vår. Vedlagt er faktura <b>" + no + "</b> for årslisensen 2031 (app og "
                        + "fire betalingsautomater).</p><p>Beløp: <b>NOK " + a.gross() + "</b><br>Forfall: " + isoDay(m, 30)
                        + "<br>Kontonummer: " + s.account() + "</p><p>Spørsmål om fakturaen kan sendes som svar på denne "
                        + "e-posten.</p><p>Vennlig hilsen<br>Drammen Parkeringssystem AS</p><p style=\"color:#aaa;"
                        + "font-size:10px\">Billing by Recurly</p></body></html>");
            }
            mime.attach("application/pdf", "Faktura_" + no.replace('/', '_') + ".pdf", s == norsk
                ? Attachments.pdf(docId(m, "no"), "Faktura " + no, List.of("Drammen Parkeringssystem AS, org.nr. 921 447 306 MVA",
                    "Kunde: Holbæk Kommune, Holbæk Havn, " + RAADHUS, "Årslisens 2031: " + s.what(), "Beløp NOK " + a.gross(),
                    "Forfall " + isoDay(m, 30) + ", kontonummer " + s.account()))
                : pdfInvoice(m, s, "Faktura", no, a, s.account(), v, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(varme, trae, it)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_900_000);
            boolean peppol = v != 0;
            headers(m, s.name(), addr(s), "efaktura@holbaek.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej e-fakturateamet\n\nVi er skiftet til nyt ERP-system, og forbindelsen til NemHandel er ikke godkendt "
                    + "endnu. Derfor sender vi efter aftale med jer XML-filen direkte sammen med en PDF-visning. Så snart "
                    + "forbindelsen er oppe, kommer fakturaerne igen den normale vej. Fakturaen skal naturligvis kun betales "
                    + "én gang.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no.replace('/', '-') + ".xml",
                    ubl(no, s, a, isoDay(m, 0), isoDay(m, 30), peppol, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning " + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 2, List.of("Original: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF view, usual account";
            v++;
        }
    }

    /** Two genuine bank changes, announced properly; one supplier's next invoice then carries the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0019902315");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@holbaek.dk", "Skift af bank pr. 1. april")
            .text("Hej kreditorbogholderiet\n\nVi flytter vores bankforretninger til Tølløse Andelskasse. Fakturaer med "
                + "fakturadato 1. april 2031 eller senere vil have det nye kontonummer " + nyT + " og et nyt FI-kreditornummer "
                + "påtrykt. Alt, der er faktureret før, betales som hidtil.\n\nI må meget gerne ringe til mig på det nummer, I "
                + "har stående i leverandørkartoteket, og få det bekræftet, før I ændrer noget. Brevet er også vedhæftet med "
                + "underskrift." + signature(toemrer))
            .attach("application/pdf", "Meddelelse om bankskifte.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om bankskifte",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer dateret fra 01.04.2031",
                    "Ny konto: " + nyT, "Bjarne Kofoed, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from April (SPF+DKIM, no DMARC) and invites a call-back";
        String nyB = bank("0537", "0009127764");
        m = ok("supplier-new-account", false);
        headers(m, bus.person(), addr(bus), "kreditor@holbaek.dk", "Ny bankforbindelse - Jyderup Turist- og Skolebusser")
            .text("Til Holbæk Kommune, Kreditor\n\nJyderup Turist- og Skolebusser er pr. 1. januar solgt til Bjørn Lassen, der "
                + "har drevet virksomheden sammen med sin far i 12 år. Virksomheden har i den forbindelse fået ny bankforbindelse, "
                + "og fakturaer fra og med januar skal betales til " + nyB + ". CVR-nummer og adresse er de samme.\n\n"
                + "Vi har sendt et brev med posten og talte i telefonen med Lene i kreditorbogholderiet " + writtenDay(m, -3) + ".\n\n"
                + "Med venlig hilsen\nTrafikkontoret\nJyderup Turist- og Skolebusser ApS");
        genuine(m, bus.ip());
        m.description = "listed bus company (Ed25519, p=quarantine, DMARC pass) announces a new owner and bank, also by post and phone";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(bus.name(), bus.domain(), bus.person(), bus.box(), bus.ip(), nyB, "skolekørsel, januar");
        invoice(m, moved, nyB, 10, List.of("Ny bankforbindelse, jf. brev og mail af " + writtenDay(m, -5)), "\n\nHusk venligst vores "
            + "nye bankforbindelse, som vi har skrevet om.");
        genuine(m, bus.ip());
        m.description = "jyderup-turistbusser.dk invoice with its new account after the announced, authenticated bank change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(baad, skadedyr, snedker, natur, guide, tolk, musik, pudser)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 1, List.of("Bestilt af " + (v % 2 == 0 ? "driftslederen" : "institutionslederen")),
                v % 3 == 2 ? "\n\nDet er min første regning til jer, så sig til, hvis jeg mangler at oplyse noget." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted local " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved workshop but not bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Knabstrup Låseservice", "knabstrup-laas.dk", "Henning Bisgaard", "henning", HOSTER_IP,
            bank("0537", "0005518402"), "omkodning af låsesystem og nye cylindre, Mørkøv Skole");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 12, List.of("Nøgler kvitteret af skolens pedel"), "\n\nNøglerne er udleveret.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 25, List.of("Ny adresse: Regstrup Erhvervspark 4, 4420 Regstrup"), "\n\nVi er flyttet "
            + "ind i nyt værksted i erhvervsparken. Bank og kontonummer er uændret.");
        genuine(m, HOSTER_IP);
        m.description = "regstrup-el.dk invoice announcing a new workshop address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        Object[][] g = {{svensk, "Faktura ", "här kommer fakturan för den nya doseringspumpen och servicen av reningsanläggningen "
            + "i Holbæk Svømmehal, utförd vecka 2. Omvänd skattskyldighet.", "SEK 96 350,00", "Hej,", "Med vänliga hälsningar"},
            {tysk, "Rechnung ", "anbei unsere Rechnung für den Werftaufenthalt der Fähre Orø und den Wechsel der Propellerwelle "
                + "(Schlussrechnung laut Auftrag vom 4. November 2030). Steuerschuldnerschaft des Leistungsempfängers.",
                "EUR 48.760,00", "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == svensk) {
                m.wave = 1;
            }
            String no = (s == svensk ? "HB" : "R-2031-") + (2_300 + rnd.nextInt(600));
            String subject = x[1] + no + " / Holbæk Kommune";
            headers(m, s.person(), addr(s), s == svensk ? "kultur-fritid@holbaek.dk" : "havn@holbaek.dk", subject)
                .text(x[4] + "\n\n" + x[2] + "\n\n" + (s == svensk ? "Betalning inom 30 dagar till " : "Zahlbar innerhalb von 30 "
                    + "Tagen auf ") + s.account() + ".\n\n" + x[5] + "\n" + s.name())
                .attach("application/pdf", (s == svensk ? "Faktura_" : "Rechnung_") + no + ".pdf", Attachments.pdf(docId(m, "fx"),
                    x[1] + no, List.of(s.name(), "Kund/Kunde: Holbæk Kommune, " + RAADHUS + ", Danmark", s.what(),
                        "Summa/Summe " + x[3] + " (reverse charge)", "Bank: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), subject));
            m.description = s == svensk ? "Swedish pool-technology firm from Halmstad (history), SE IBAN, reverse charge, p=none"
                : "German ferry yard from Eckernförde, DE IBAN, reverse charge, p=quarantine";
        }
        M m = ok("foreign-invoice", true);
        String no = "ZS" + (31_020 + rnd.nextInt(300));
        String konto = iban("NL", "RABO0312244871");
        headers(m, "Zwolle Speeltoestellen B.V.", "debiteuren@zwolle-speeltoestellen.nl", "indkoeb@holbaek.dk", "Invoice " + no
            + " - climbing net, Holbæk Strandpark")
            .text("Dear customer,\n\nPlease find attached our invoice for the climbing net and safety surfacing delivered and "
                + "installed at the Strandpark playground in Holbæk, your purchase order HOL-2031-0042. Reverse charge applies. "
                + "Payment within 30 days to " + konto + ", quoting the invoice number.\n\nWith kind regards\nSanne de Vries\n"
                + "Zwolle Speeltoestellen B.V.")
            .attach("application/pdf", "Invoice " + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of("Zwolle Speeltoestellen B.V.", "Climbing net type K4 + installation, Strandparken, Holbæk",
                    "EUR 18,420.00 excl. VAT, reverse charge", konto)));
        genuine(m, "127.227.3.1");
        m.description = "Dutch playground maker, SPF only (aligned pass, no DMARC), NL IBAN, ordered work";
        Past f = past.get(svensk.domain());
        m = ok("payment-reminder", true);
        headers(m, svensk.person(), addr(svensk), "kultur-fritid@holbaek.dk", "Påminnelse faktura " + f.no())
            .text("Hej,\n\nvi saknar fortfarande betalning av faktura " + f.no() + " på " + f.amount().gross() + ". Vänligen "
                + "betala till vårt vanliga konto " + svensk.account() + ". Har ni redan betalat kan ni bortse från detta "
                + "meddelande.\n\nMed vänliga hälsningar\nHalmstad Badteknik AB, Ekonomi");
        genuine(m, svensk.ip());
        m.description = "Swedish supplier's polite reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "WB-" + (410_000 + rnd.nextInt(9_000));
        headers(m, "Whereby Billing", "billing@whereby.com", "digitalisering@holbaek.dk", "Your Whereby invoice " + no)
            .text("Hi,\n\nThanks for using Whereby Business for the video consultations in Holbæk home care. Your annual invoice is "
                + "attached. As agreed, it is paid by electronic invoice to your EAN number, no card is charged.\n\nInvoice: "
                + no + "\nAmount: DKK 38,400.00 excl. VAT\nPeriod: 1 March 2031 - 28 February 2032\n\nBest,\nWhereby AS")
            .attach("application/pdf", "Whereby-" + no + ".pdf", Attachments.pdf(docId(m, "wb"), "Invoice " + no,
                List.of("Customer: Holbæk Kommune, EAN " + EAN, "Whereby Business, 40 hosts, 12 months", "DKK 38,400.00 excl. VAT",
                    "Payment: e-invoice via EAN")));
        genuine(m, "127.227.5.1");
        m.description = "video-meeting SaaS annual invoice in English, payment via EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "PD" + (17_300 + rnd.nextInt(900));
        headers(m, "Plandisc", "invoice@plandisc.com", "boern-unge@holbaek.dk", "Faktura " + no + " - årshjul, skoleåret")
            .text("Hej\n\nHer er fakturaen for Plandisc-årshjulet til skolerne i Holbæk Kommune for resten af skoleåret. Den er "
                + "også sendt til EAN-nummeret.\n\nVenlig hilsen\nPlandisc ApS, Fakturering")
            .attach("application/pdf", "Plandisc " + no + ".pdf", Attachments.pdf(docId(m, "pd"), "Faktura " + no,
                List.of("Holbæk Kommune, Børn og Unge, EAN " + EAN, "Årshjul, 24 skoler, feb.-juli 2031", "DKK 21.600,00 + moms",
                    "Betaling via EAN")));
        genuine(m, "127.227.6.1");
        m.description = "planning SaaS invoice sent to the EAN as well, Ed25519, DMARC pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce-" + sha256("su26:" + m.id).substring(0, 8) + "@skrivunder.com";
        headers(m, "Revisorhuset Tølløse via SkrivUnder", "noreply@skrivunder.com", "oekonomi@holbaek.dk", "Til underskrift: "
            + "Ledelseserklæring, regnskab for tilskud til Orø Havn")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Revisorhuset Tølløse har sendt dig et dokument "
                + "til underskrift med MitID: <b>Ledelseserklæring - tilskudsregnskab 2030, Orø Havn</b>.</p><p>"
                + "<a href=\"https://skrivunder.com/s/" + sha256("sl26:" + m.id).substring(0, 20) + "\">Åbn dokumentet</a></p>"
                + "<p>Har du spørgsmål til dokumentet, så kontakt afsenderen direkte.</p><p style=\"font-size:10px;color:#888\">"
                + "SkrivUnder.com - digital underskrift</p></body></html>");
        genuine(m, "127.223.9.1");
        m.description = "real e-signature service sends the auditor's statement for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"kommuneoekonomen.dk", "Kommuneøkonomen", "nyhedsbrev@", "Krav om betaling for billeder på hjemmesiden",
            "Flere kommuner har fået krav om 'efterlicensering' af fotos på deres hjemmesider, ofte med en kort frist og et "
                + "kontonummer i udlandet. Tjek altid jeres egne licensaftaler, og betal aldrig, før kravet er undersøgt. "
                + "Samme bølge: mails om 'opdatering af kundekendskab' med link til en falsk bankside."},
            {"revisorhuset-toelloese.dk", "Revisorhuset Tølløse", "nyt@", "Nyhedsbrev: FI-kort og kreditornumre",
                "Et FI-kort betaler til det kreditornummer, der står på kortet - ikke til den konto, der står på fakturaen. "
                    + "Sammenlign derfor kreditornummeret med leverandørens stamdata, når det ændrer sig."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce." + sha256("nl26:" + x[0]).substring(0, 12) + "@sendpulse.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@holbaek.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld/" + sha256("u26:" + x[0]).substring(0, 10) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><table width=\"600\" style=\"font-family:Georgia,serif\"><tr><td><h2>" + x[3] + "</h2><p>"
                    + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs hele artiklen</a></p><p style=\"font-size:10px\">"
                    + "Du modtager nyhedsbrevet, fordi du har tilmeldt dig. Afmeld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("sendpulse.com");
            m.ip = "127.225.7.1";
            m.helo = "mail.sendpulse.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"indkoebsforum-sjaelland.dk", "Gitte Ravn", "gira@", "Krav om licens for billeder på hjemmesiden",
            "Hej alle\n\nVi har fået et krav på 6.800 kr. for et foto af havnen, som angiveligt bruges uden licens på vores "
                + "hjemmeside. Billedet er vores eget. Har andre fået det samme?\n\nGitte, Indkøbsforum Sjælland"},
            {"loennetvaerk-kommuner.dk", "Ole Brandt", "olbr@", "SV: Krav om licens for billeder på hjemmesiden", "Ja, to gange, "
                + "senest på engelsk med en litauisk konto. Vi har meldt det til politiet og betaler ikke.\n\nOle"},
            {"indkoebsforum-sjaelland.dk", "Karina Lund", "kalu@", "FI-kort med nyt kreditornummer", "Hej\n\nPas på fakturaer, "
                + "hvor kontonummeret er det gamle, men kreditornummeret på FI-linjen er nyt. Vi var tæt på at betale en "
                + "varmeregning til en fremmed.\n\nKarina"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornetvaerk-sjaelland.dk", x[3])
                .header("List-Id", "Kreditornetvaerk Sjaelland <liste.kreditornetvaerk-sjaelland.dk>")
                .header("List-Post", "<mailto:liste@kreditornetvaerk-sjaelland.dk>")
                .text(x[4]);
            String list = "kreditornetvaerk-sjaelland.dk";
            listPost(m, x[0], list, "[Kreditornetværk Sjælland] ",
                "\r\n-- \r\nKreditornetværk Sjælland - for kreditorbogholdere i sjællandske kommuner og regioner\r\n"
                + "Indstillinger og afmelding: https://kreditornetvaerk-sjaelland.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 17, List.of(), "");
        m.mailFrom = "SRS0=a3Fq=WK=holbaek-ugeblad.dk=annoncer@srs.isefjordnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.226.1.1";
        m.helo = "srs.isefjordnet.dk";
        m.description = "holbaek-ugeblad.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, trae, trae.account(), 30, List.of(), "");
        m.signers.add(trae.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 34, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(340_000);
        headers(m, "Jonas Friis", "jofr@" + OWN, "kreditor@holbaek.dk", "VS: Faktura " + no + " saltning")
            .text("Hej\n\nFakturaen her er sendt direkte til mig. Saltningen er udført og godkendt - konteres på Vejdrift, "
                + "vintertjeneste.\n\nJonas Friis\nVej og Park\n\n-------- Videresendt meddelelse --------\nFra: "
                + vognmand.person() + " <" + addr(vognmand) + ">\nDato: " + writtenDay(m, -2) + "\nEmne: Faktura " + no + "\n\n"
                + "Hej Jonas, her er regningen for saltningen.")
            .attach("application/pdf", pdfName(no, 2), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 3, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.holbaek-fiber.dk";

    private void internal() {
        String[][] x = {{"Kommunikation", "kommunikation@", "ledere@holbaek.dk", "Krav om betaling for billeder",
            "Kære ledere\n\nDer går krav rundt om 'licensgebyr' eller 'forlig' for fotos på holbaek.dk. Vi har licens til alle "
                + "billeder, vi bruger, og vi betaler kun efter aftale med billedbureauet. Send kravet til os, og betal ikke.\n\n"
                + "Kommunikation"},
            {"Lene Bonde", "lebo@", "kreditor@holbaek.dk", "Jyderup Turistbusser - bankskifte bekræftet", "Hej\n\nJeg har "
                + "ringet til Jyderup Turist- og Skolebusser på nummeret i leverandørkartoteket og talt med den nye ejer. Den nye "
                + "konto er bekræftet, og stamdata er rettet i dag.\n\nLene"},
            {"IT-sikkerhed", "it-sikkerhed@", "alle-medarbejdere@holbaek.dk", "Kompromitterede mailkonti", "Vi har lukket to "
                + "medarbejderkonti, hvor nogen havde fået adgang efter et falsk login-link. Fik du i går en mail fra en kollega "
                + "med et delt dokument eller en betalingsanmodning, så slet den og giv os besked. Kreditor betaler aldrig på "
                + "baggrund af en mail alene."},
            {"Per Holt", "peho@", "kreditor@holbaek.dk", "Udlæg: reservedele til Orøfærgen", "Hej\n\nVedhæftet kvittering for "
                + "to impellere og et brændstoffilter, som jeg købte i Holbæk Marina til færgen. Kan det komme med i næste "
                + "udlægskørsel?\n\nPer\nHavn og Færge"},
            {"Kreditorbogholderiet", "kreditor@", "ledere@holbaek.dk", "FI-kort og kreditornumre", "Kære ledere\n\nFra 1. marts "
                + "sammenligner vi FI-kreditornummeret på alle fakturaer med leverandørens stamdata. Får I en faktura direkte, så "
                + "send den til efaktura@ eller kreditor@ og ret ikke selv betalingsoplysninger.\n\nKreditorbogholderiet"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_marina.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Isefjord Sparekasse Erhverv", "erhverv@isefjord-sparekasse.dk", "oekonomi@holbaek.dk", "Ny besked i "
            + "Netbank Erhverv")
            .text("Kære kunde\n\nDer er en ny besked til jer i Netbank Erhverv. Log på, som I plejer.\n\nVi sender aldrig links "
                + "til log-on og beder aldrig om MitID-godkendelser eller koder på mail eller telefon.\n\nIsefjord Sparekasse");
        genuine(m, "127.225.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Isefjord Sparekasse Erhverv", "erhverv@isefjord-sparekasse.dk", "oekonomi@holbaek.dk", "Opdatering af "
            + "kundekendskab")
            .text("Kære kunde\n\nVi skal efter hvidvaskloven jævnligt opdatere vores kendskab til jer som kunde. Jeres "
                + "kunderådgiver, Anders Kragh, kontakter jer i marts for at aftale et møde. Spørgeskemaet finder I allerede nu i "
                + "Netbank Erhverv under 'Kundekendskab', hvis I vil udfylde det på forhånd.\n\nDenne mail indeholder bevidst "
                + "ingen links.\n\nIsefjord Sparekasse");
        genuine(m, "127.225.1.1");
        m.description = "the real bank's own know-your-customer notice: no link, refers to the netbank and the adviser";
        m = ok("bank-notice", false);
        headers(m, "Tølløse Andelskasse", "erhverv@toelloese-andelskasse.dk", "oekonomi@holbaek.dk",
            "Ændrede priser på udlandsbetalinger")
            .text("Fra 1. april ændres prisen for udlandsbetalinger uden for SEPA. Prislisten ligger i netbanken under "
                + "'Priser og vilkår'. SEPA-betalinger i euro er fortsat gratis.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.225.2.1");
        m.description = "bank notice about prices, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Revisorhuset Tølløse", "revision@revisorhuset-toelloese.dk", "kreditor@holbaek.dk", "Saldobekræftelse "
            + "pr. 31.12.2030 - " + entrep.name())
            .text("Til Holbæk Kommune\n\nSom revisor for " + entrep.name() + " beder vi jer bekræfte jeres mellemværende med "
                + "selskabet pr. 31. december 2030. Selskabets fuldmagt er vedhæftet.\n\nSvar venligst direkte til os, også hvis "
                + "saldoen er nul. Vi beder ikke om betaling eller bankoplysninger.\n\nMed venlig hilsen\nRevisorhuset Tølløse")
            .attach("application/pdf", "Fuldmagt saldobekraeftelse.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Opgørelsesdato 31.12.2030", "Svar sendes til revisor")));
        genuine(m, "127.223.2.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Tuse Næs Efterskole, Kontoret", "kontor@tusenaes-efterskole.dk", "oekonomi@holbaek.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført 18.750,00 kr. for leje af Holbæk Sportsby til vores idrætsdag (jeres faktura "
                + "7714093).\n\nVenlig hilsen\nTuse Næs Efterskole");
        genuine(m, "127.223.5.1");
        m.description = "remittance advice: a school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Isefjord Affald I/S, Bogholderi", "bogholderi@isefjord-affald.dk", "oekonomi@holbaek.dk", "Betalingsadvis")
            .text("Til Holbæk Kommune\n\nSpecifikation af dagens betaling fra Isefjord Affald er vedhæftet.\n\nIsefjord Affald")
            .attach("text/csv", "advis.csv", ("faktura;tekst;beloeb\r\n7714101;Leje af areal ved Tølløse genbrugsplads;27600,00\r\n"
                + "7714102;Snerydning af adgangsvej Jyderup;6450,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.223.11.1");
        m.description = "the waste company pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"jyderup-byggemarked.dk", "Jyderup Byggemarked", "kvittering@", "Kvittering for dit køb",
            "Vejsalt 20 x 25 kg, to sneskubbere og en byggelampe, 3.486,00 kr. Betalt med kommunens indkøbskort."},
            {"holbaek-boghandel.dk", "Holbæk Boghandel", "webshop@", "Ordre 41877 er afsendt", "28 stk. 'Holbæk - byen ved "
                + "fjorden' til 4. årgang på Absalonskolen, 4.620,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@holbaek.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Knabstrup Legepladser", "ordre@knabstrup-legepladser.dk", "indkoeb@holbaek.dk", "Ordrebekræftelse 22061")
            .text("Tak for jeres ordre på gyngestativ og sandkasse til Børnehuset Mælkebøtten i Vipperød. Forventet levering uge "
                + "14. Fakturaen sendes via NemHandel til EAN " + EAN + ".\n\nKnabstrup Legepladser");
        genuine(m, "127.223.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, baad.person(), addr(baad), "havn@holbaek.dk", "Tilbud: nyt fenderværk ved færgelejet på Holbæk-siden")
            .text("Hej\n\nNyt fenderværk i egetræ ved færgelejet på Holbæk-siden, inkl. nedtagning af det gamle og nye bolte: "
                + "31.800 kr. ekskl. moms. Tilbuddet gælder til 1. maj." + signature(baad))
            .attach("application/pdf", "Tilbud fenderværk.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Fenderværk, egetræ, færgelejet Holbæk", "31.800,00 ekskl. moms", "Gyldigt til 01.05.2031")));
        genuine(m, baad.ip());
        m.description = "quote from an unlisted boatyard and smithy, nothing to pay";
        m = ok("quote", false);
        headers(m, natur.person(), addr(natur), "teknik-miljoe@holbaek.dk", "Pris på rydning ved Skarresø")
            .text("Hej\n\nRydning af pil og tjørn på de to engarealer ved Skarresø, inkl. flisning: 4 dage, 22.400 kr. + moms. "
                + "Jeg kan tage det i uge 10, før fuglene begynder at yngle." + signature(natur));
        genuine(m, natur.ip());
        m.description = "quote in the body from an unlisted nature-care firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "boern-unge@holbaek.dk", "Skolebus ved vejarbejde i Jyderup")
            .text("Hej\n\nMens Hovedgaden i Jyderup er lukket i uge 8-9, kører skolebussen ad Skarresøvej og Østergade. "
                + "Morgenturen fra Knabstrup kører derfor 8 minutter tidligere. Prisen er uændret.\n\nJyderup Turist- og "
                + "Skolebusser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomme@holbaek.dk", "Varsel om afbrydelse af fjernvarmen i Tølløse Nord")
            .text("Kære kunde\n\nTorsdag kl. 8-12 lukker vi for fjernvarmen i dele af Tølløse Nord på grund af en ny "
                + "ledningsforbindelse. Tølløse Skole og Plejecentret Solbakken har fået direkte besked.\n\nTølløse Fjernvarme");
        genuine(m, varme.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "1872300044189216"), iban("DK", "89910008814427"), bank("8991", "0007730952"),
        iban("EE", "4710220188340172"), iban("PL", "271090101400000758213307"), iban("GB", "REVO00996912345678"),
        iban("IE", "AIBK93115216603318"), iban("NL", "BUNQ2061358877"), iban("DE", "100110012624839912"),
        iban("HU", "117730160000552219030000"), iban("RO", "BTRL0000999966128840"), iban("BG", "STSA93000021554719"),
        iban("CY", "002001950000357001447726"), bank("9860", "0000662418"), iban("MT", "VALL22013000000040021779120"),
        iban("SE", "30000000033451188764"), iban("LT", "4032500005513872"), iban("DK", "98600001447719")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private static final String[] FAKE_FI = {"87405513", "89226170", "86631894", "88017342"};

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
        colleagueMailbox();
        fiSwap();
        copyrightClaims();
        kycUpdates();
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, trae, kontor};
        String[] notes = {"\n\nVi har skiftet pengeinstitut. Betal venligst kun til kontoen på denne opkrævning.",
            "\n\nVores konto i Isefjord Sparekasse er lukket - opdater venligst jeres leverandøroplysninger.", "",
            "\n\nBemærk ny bankforbindelse fra og med denne faktura."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 1), i + 4, List.of("Ny bankforbindelse"), notes[i], "");
            if (who[i] == trae) {
                m.mime.header("Reply-To", "<proff@moerkoev-traelast.com>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == trae ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"toelloese-fjernvarme.com", varme}, {"jyderup-entreprenor.dk", entrep},
            {"moerkoev-traelast.com", trae}, {"regstrup-el-service.dk", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 3), i * 3 + 1, List.of(), i % 2 == 1
                ? "\n\nVær opmærksom på, at vi har fået nyt kontonummer." : "", "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("moerkoev-trael\u0430st.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, trae.posing(d, trae.account()), mule(6), 14, List.of("Ændret kontoforbindelse fra 1. februar"), "\n\nHusk "
            + "venligst at bruge det nye kontonummer.", "");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as moerkoev-traelast.dk, invoice with new account, authenticates";
        d = idn("h\u043elbaek.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Holbæk Kommune, Ejendomme", "ejendomme@" + d, "kreditor@holbaek.dk", "Forudbetaling skurvogne Tølløse Skole "
            + "- haster")
            .text("Hej kreditor\n\nUdlejeren af de seks skurvogne til byggepladsen ved Tølløse Skole leverer først, når lejen for "
                + "første kvartal er betalt, og håndværkerne starter mandag. Kan I overføre 84.300 kr. til " + mule(10) + " i dag? "
                + "Fakturaen kommer bagefter i indkøbssystemet.\n\nVh\nEjendomme");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our property department: same-day prepayment, authenticates";
    }

    private void platformFrauds() {
        String[][] look = {{"odoo-holbaek.com", "Odoo"}, {"recurly-jyderup.net", "Recurly"}};
        M m = bad("lookalike-platform");
        String no = "INV/2031/" + String.format("%05d", 20 + rnd.nextInt(900));
        headers(m, toemrer.name(), "notifications@" + look[0][0], "efaktura@holbaek.dk", toemrer.name() + " Faktura (Ref " + no
            + ") - forfalden")
            .html("<html><body style=\"font-family:Verdana,Arial,sans-serif;font-size:13px\"><p>Kære Holbæk Kommune</p><p>Faktura "
                + "<strong>" + no + "</strong> fra " + toemrer.name() + " er forfalden. Betal nu med kort eller bankoverførsel for "
                + "at undgå rykkergebyr.</p><p><a href=\"https://" + look[0][0] + "/my/invoices/" + sha256(m.id).substring(0, 16)
                + "\" style=\"background:#714B67;color:#fff;padding:9px 18px;text-decoration:none\">Vis og betal</a></p>"
                + "<p style=\"color:#888;font-size:11px\">Drevet af Odoo</p></body></html>");
        ownedBy(m, look[0][0]);
        m.description = "look-alike platform " + look[0][0] + ": overdue invoice in listed " + toemrer.domain() + "'s name, pay link";
        m = bad("lookalike-platform");
        headers(m, it.name() + " via Recurly", "billing@" + look[1][0], "digitalisering@holbaek.dk", "Betaling mislykkedes - "
            + "opdater betalingsoplysninger")
            .html("<html><body style=\"font-family:Helvetica,Arial\"><p>Hej</p><p>Vi kunne ikke trække månedens betaling for "
                + "driftsaftalen med " + it.name() + ". For at undgå, at aftalen sættes på pause, skal I opdatere jeres "
                + "betalingsoplysninger inden 48 timer.</p><p><a href=\"https://" + look[1][0] + "/account/billing/"
                + sha256(m.id).substring(0, 14) + "\">Opdater betalingsoplysninger</a></p><p style=\"color:#aaa;font-size:10px\">"
                + "Billing by Recurly</p></body></html>");
        ownedBy(m, look[1][0]);
        m.description = "look-alike platform " + look[1][0] + ": 'payment failed, update card' in listed holbaek-itdrift.dk's name";
        m = bad("platform-account-misused");
        no = "OIN-" + (5_200 + rnd.nextInt(800));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 12) + "@recurly.com";
        headers(m, "Offentlig Indkøbsportal Norden", "invoices@recurly.com", "indkoeb@holbaek.dk", "Faktura " + no
            + " - Offentlig Indkøbsportal Norden")
            .header("Reply-To", "<indkoebsportal.norden@outlook.com>")
            .html("<html><body><p>Kære Holbæk Kommune</p><p>Tak for jeres tilmelding til <b>Leverandørmodulet 2031</b> "
                + "(udbudsovervågning og leverandørregister, 12 måneder). Faktura <b>" + no + "</b> på <b>DKK 27.125,00</b> "
                + "forfalder om 7 dage og betales til " + mule(11) + ".</p><p style=\"color:#aaa;font-size:10px\">Billing by "
                + "Recurly</p></body></html>")
            .attach("application/pdf", no + ".pdf", Attachments.pdf(docId(m, "pf"), "Faktura " + no,
                List.of("Offentlig Indkøbsportal Norden", "Leverandørmodulet 2031, 12 mdr.", "DKK 27.125,00 inkl. moms",
                    "Konto " + mule(11))));
        genuine(m, "127.224.3.1");
        m.description = "real platform recurly.com used by an unknown firm for a subscription never ordered, outlook Reply-To, mule";
        m = bad("platform-account-misused");
        no = "INV/2031/" + String.format("%05d", 20 + rnd.nextInt(900));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 12) + "@odoo.com";
        headers(m, mad.name(), "notifications@odoo.com", "kreditor@holbaek.dk", mad.name() + " Faktura (Ref " + no + ")")
            .header("Reply-To", "<kvanloese.madhus.regnskab@gmail.com>")
            .html("<html><body style=\"font-family:Verdana,Arial,sans-serif;font-size:13px\"><p>Kære Holbæk Kommune</p><p>Her er "
                + "din faktura <strong>" + no + "</strong> fra " + mad.name() + ". Vi er skiftet til nyt regnskabsprogram og "
                + "samtidig til ny bank, så betal venligst til " + mule(2) + ".</p><p style=\"color:#888;font-size:11px\">Drevet "
                + "af Odoo</p></body></html>")
            .attach("application/pdf", "Faktura_" + no.replace('/', '_') + ".pdf", pdfInvoice(m, mad.posing(mad.domain(), mule(2)),
                "Faktura", no, amount(2_600_000), mule(2), 2, List.of("Ny bankforbindelse"), ""));
        genuine(m, "127.224.1.1");
        m.description = "real platform odoo.com in listed kvanloese-madhus.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Vores driftskonto er midlertidigt spærret, mens banken gennemgår vores kundeforhold. Indtil "
            + "videre skal betaling ske til "},
            {vvs, "I forbindelse med generationsskiftet har firmaet fået ny bank, så fremover skal I betale til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 12), i + 7, List.of("Ændret betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 12)
                + ". Jeg er på kursus resten af ugen, så skriv hellere end at ringe.", "");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = mad;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@holbaek.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn opfølgning på fakturaen herunder: vi har flyttet bankforbindelse ved årsskiftet, så de "
                + p.amount().gross() + " kr. skal betales til " + mule(15) + ". Den gamle konto lukkes med udgangen af måneden.\n\n"
                + s.person() + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of kvanloese-madhus.dk replies in its own wave-1 thread (DMARC pass), mule account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "svinninge-kloakservice.net"}, {mad, "kvanloese-madhus.com"}, {toemrer, "moerkoev-tomrer.dk"},
            {bus, "jyderup-turistbus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@holbaek.dk", (i % 2 == 1 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nVedr. faktura " + p.no() + " på " + p.amount().gross() + " kr.: vi har skiftet bank, så beløbet skal "
                    + "betales til " + mule(i + 4) + " og ikke til kontoen på fakturaen. Giv mig lige et kort svar, når det er "
                    + "rettet hos jer.\n\n" + s.person() + "\n\n---- Oprindelig mail ----\n> " + GREETING[i] + "\n> Hermed "
                    + "faktura " + p.no() + ".");
            if (i == 2) {
                mime.attach("application/pdf", pdfName(p.no(), 5), pdfInvoice(m, s.posing(d, mule(i + 4)), "Faktura", p.no(),
                    p.amount(), mule(i + 4), 0, List.of("Rettet kontonummer")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account"
                + (s == bus ? " (the real firm did change bank: this is a third account)" : "");
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Lene Skovgaard, borgmester", "borgmester@" + OWN, "oekonomi@holbaek.dk", "Fortroligt: delegation til "
            + "Bruxelles")
            .text("Hej\n\nJeg er med i en lille delegation til Regionernes Komité i næste uge, og arrangøren skal have betalt "
                + "deltagergebyr og hotel i dag, ellers mister vi pladserne: 46.800 kr. til " + mule(3) + ". Hold det venligst "
                + "for dig selv, indtil programmet er offentligt - bilaget sender jeg, når jeg er hjemme.\n\nLene");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Kreditorbogholderiet", "kreditor@" + OWN, "oekonomi@holbaek.dk", "Rettelse af kontonummer - Holbæk "
            + "Kontormaskiner")
            .text("Hej\n\nHolbæk Kontormaskiner har ringet: der er en fejl i deres kontonummer i stamdata. Korrekt konto er "
                + mule(7) + ". Kan du nå at rette det inden dagens betalingsløb? Jeg sidder i møde resten af dagen.\n\n"
                + "Kreditorbogholderiet");
        forged(m, forgedHost++);
        m.description = "our creditor mailbox forged from outside: 'correct the office supplier's account before today's run', mule";
    }

    private void ceo() {
        Object[][] c = {{"Lene Skovgaard", "lene.skovgaard.borgmester@gmail.com", GMAIL, "Er du ved dit skrivebord?",
            "Hej\n\nJeg sidder i KL's bestyrelsesmøde og kan ikke ringe. Jeg har brug for, at du klarer en overførsel for mig, "
                + "før banken lukker. Skriv tilbage, så sender jeg oplysningerne.\n\nLene\nSendt fra min iPhone"},
            {"Jesper Lund Mikkelsen", "jesper.lund.mikkelsen.kd@outlook.com", MSFT, "Tak til de frivillige på Orø",
                "Hej\n\nJeg vil gerne sige tak til de frivillige i Orø Beboerforening for hjælpen under stormen. Køb 20 "
                    + "digitale gavekort à 500 kr. og send mig koderne her - jeg lægger ud og refunderer i morgen.\n\n"
                    + "Jesper\nKommunaldirektør"},
            {"Camilla Brix", "camilla.brix.oekonomichef@icloud.com", APPLE, "Fortroligt - forlig Holbæk Marina", "Hej\n\nVi har "
                + "indgået forlig med entreprenøren i sagen om bølgebryderen ved Holbæk Marina. Modpartens advokat skal have "
                + "238.000 kr. i dag: " + mule(5) + ". Jeg godkender bilaget, når jeg er tilbage på mandag.\n\nCamilla"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@holbaek.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Louise Tølbøll", "louise.tolboll84@gmail.com", "loen@holbaek.dk", "Ændring af lønkonto")
            .text("Hej Løn\n\nJeg er pædagog i Børnehuset Mælkebøtten og har skiftet bank. Kan februar-lønnen gå ind på "
                + bank("8991", "0003318764") + "? Jeg kan ikke logge på medarbejderportalen hjemmefra.\n\nVenlig hilsen\nLouise");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Vang", "mikkel.vang.holbaek@hotmail.com", "loen@holbaek.dk", "Ny konto til løn")
            .text("Hej\n\nJeg er timelærer i Ungdomsskolen. Min danske konto er lukket, så løn og feriepenge skal fremover ind "
                + "på " + mule(5) + ". Jeg har ikke MitID lige nu, derfor skriver jeg herfra.\n\nMikkel");
        genuine(m, MSFT);
        m.description = "a 'teacher' on hotmail wants his salary to a foreign account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "allan@tusemalerfirma.dk", "kreditor@holbaek.dk", "Nyt kontonr")
            .text("Hej\n\nKort besked: jeg har fået nyt kontonummer " + mule(13) + ". Brug det fremover, også til den regning, "
                + "der står åben.\n\nMvh Allan\nTuse Malerfirma");
        ownedBy(m, "tusemalerfirma.dk");
        m.description = "no attachment: look-alike of tuse-malerfirma.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Ugerløse Vognmand <preben@ugerloese-vognmand.dk>", "ugerloese.vognmand@outlook.com", "kreditor@holbaek.dk",
            "Nye bankoplysninger")
            .text("Kære kunde\n\nVores mailserver er ved at blive flyttet, så vi skriver fra denne adresse et par dage. Vores "
                + "konto er ændret til " + mule(14) + " fra i dag.\n\nUgerløse Vognmandsforretning");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is outlook: new account in the body";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "HI" + (220_000 + rnd.nextInt(70_000));
            headers(m, "Holbæk Inkasso", "sag@holbaek-inkasso.com", "kreditor@holbaek.dk", "Sidste varsel før retslige skridt - "
                + "sag " + sag)
                .text("Holbæk Kommune\n\n" + s[i].name() + " har overdraget kravet vedrørende faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. til os. Betales beløbet tillagt 1.850 kr. i inkassoomkostninger ikke senest 3 "
                    + "hverdage fra i dag til " + mule(i + 2) + ", indgives sagen til fogedretten uden yderligere varsel.\n\n"
                    + "Holbæk Inkasso")
                .attach("application/pdf", "Varsel " + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Inkassovarsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(),
                        "Omkostninger 1.850,00", "Konto " + mule(i + 2))));
            ownedBy(m, "holbaek-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-holbaek.com", "Digital Post", "besked@", "Ny post fra Skattestyrelsen",
            "Holbæk Kommune har modtaget en meddelelse om efterregulering af indeholdt A-skat. Meddelelsen skal åbnes med MitID "
                + "Erhverv inden 72 timer.", "fake-digital-post"},
            {"mitid-holbaek.com", "MitID Erhverv", "support@", "Jeres MitID Erhverv-administrator skal genbekræftes",
                "Administratorrollen for Holbæk Kommune er ikke bekræftet efter den seneste opdatering. Bekræft inden fredag, "
                    + "ellers lukkes adgangen til Digital Post og Virk.", "fake-digital-post"},
            {"digitalpost-toelloese.com", "Digital Post Erhverv", "meddelelse@", "Ulæst brev fra Udbetaling Danmark",
                "Der ligger et ulæst brev om tilbagebetaling af refusion for boligstøtte. Log på for at læse brevet, så "
                    + "beløbet ikke modregnes.", "fake-digital-post"},
            {"holbaek-domaener.net", "Skandinavisk Domæneregister", "fornyelse@", "holbaek.dk udløber - forny nu",
                "Registreringen af holbaek.dk udløber snart. Betal inden 7 dage, ellers lukkes hjemmeside og e-mail.",
                "domain-directory-scam"},
            {"svinninge-erhvervsregister.org", "Nordisk Erhvervsregister", "opdatering@", "Kontrol af jeres firmaoplysninger",
                "Kontroller venligst de forudfyldte oplysninger og returner formularen med underskrift. Grundregistrering er "
                    + "gratis.", "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@holbaek.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 16);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log på med "
                    + "MitID Erhverv</a></p></body></html>");
            } else if (x[0].startsWith("holbaek-domaener")) {
                mime.text(x[4] + "\n\nPris for 2 år: 5.280,00 kr. til " + mule(16) + " eller med betalingskort: " + link
                        + "\n\nSkandinavisk Domæneregister")
                    .attach("application/pdf", "Fornyelse holbaek.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domænefornyelse",
                        List.of("Domæne: holbaek.dk", "Periode: 2 år", "5.280,00", "Konto " + mule(16))));
            } else {
                mime.text(x[4] + "\n\nNordisk Erhvervsregister")
                    .attach("application/pdf", "Formular Holbaek Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Kontrolformular",
                        List.of("Holbæk Kommune, " + RAADHUS, "Underskrift:", "Ved underskrift bestilles en 3-årig "
                            + "markedsføringspakke à 1.290 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordreservice", "ordre@vipperoed-ordreservice.com", "indkoeb@holbaek.dk", "Ordre 71304: 10 x Surface Laptop "
            + "sendes i dag")
            .text("Tak for din bestilling. 10 x Surface Laptop 15\" med dockingstation, i alt 142.950,00 kr., faktureres ved "
                + "afsendelse i morgen tidlig.\n\nHar du ikke bestilt? Ring straks på +45 59 44 81 27 for at annullere ordren.\n\n"
                + "Ordreservice");
        ownedBy(m, "vipperoed-ordreservice.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Microsoft 365 fornyelse", "ordre@vipperoed-ordreservice.com", "oekonomi@holbaek.dk", "Kvittering: "
            + "abonnement fornyet")
            .text("Jeres abonnement på Microsoft 365 Business Premium er automatisk fornyet for 12 måneder (8.940 kr.). Vil I "
                + "fortryde, skal I ringe på +45 59 44 81 27 inden for 24 timer.")
            .attach("application/pdf", "Kvittering fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("Microsoft 365 Business Premium, 12 mdr.", "8.940,00 kr.", "Fortrydelse: +45 59 44 81 27")));
        ownedBy(m, "vipperoed-ordreservice.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilbetal-holbaek.net", "MobilePay Erhverv", "noreply@", "Udbetaling tilbageholdt",
            "En udbetaling på 12.380,00 kr. til Holbæk Kommune er tilbageholdt, fordi jeres oplysninger skal bekræftes."},
            {"holbaek-havn-parkering.com", "Parkering Holbæk Havn", "kontrol@", "Ubetalt parkering - tjenestebil DH 71 402",
                "En af kommunens biler er registreret uden gyldig betaling på Holbæk Havn. Afgiften er 760 kr."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@holbaek.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din telefon for at fortsætte.</p><p><img src=\"cid:qr\" "
                    + "width=\"180\" height=\"180\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay or confirm, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Isefjord Marine Survey", "accounts@isefjord-marine-survey.com", "havn@holbaek.dk",
            "Invoice IMS-2207 - side-scan survey Orø ferry route")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the side-scan sonar survey of the Holbæk-Orø ferry "
                + "route, as agreed with your harbour office. EUR 14,950.00 is due within 7 days to " + mule(4)
                + ".\n\nKind regards\nIsefjord Marine Survey")
            .attach("application/pdf", "IMS-2207.pdf", Attachments.pdf(docId(m, "en"), "Invoice IMS-2207",
                List.of("Client: Holbaek Municipality", "Side-scan sonar survey, Holbaek-Oroe ferry route", "EUR 14,950.00",
                    "Bank: " + mule(4))));
        ownedBy(m, "isefjord-marine-survey.com");
        m.description = "English invoice for a survey never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Isefjord Marine Survey - Finance", "finance@isefjord-marine-survey.com", "oekonomi@holbaek.dk",
            "Updated bank details")
            .text("Hello,\n\nFollowing a change of our banking partner, please update your vendor records and settle all open "
                + "items to " + mule(12) + " with immediate effect. Kindly confirm by return once done.\n\nFinance Department");
        ownedBy(m, "isefjord-marine-survey.com");
        m.description = "English 'updated bank details', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "tuse-malerfirma.net"}, {vognmand, "ugerloese-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@holbaek.dk", i == 0 ? "Regning" : "Faktura (scan)")
                .text("Hej\n\nRegningen kommer som " + (i == 0 ? "billede" : "scanning") + ", fordi vores fakturaprogram driller. "
                    + "Læg mærke til det nye kontonummer.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_4471.jpg" : "Scan_20310217.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "vipperoed-rengoering.com"}, {vvs, "store-merloese-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 1)), "Faktura", no, amount(1_700_000), mule(i + 1), i + 2, List.of(), "");
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@holbaek.dk", "Faktura " + n)
                .text("Hej\n\nVi har pakket fakturaen i en zip-fil, da jeres mailsystem afviste vores sidste PDF. Åbn den og betal "
                    + "gerne inden fredag.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("faktura/" + n + ".pdf", pdf, "faktura/VIGTIGT.txt", "Ny bankforbindelse - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@holbaek-kontormaskiner.com", "indkoeb@holbaek.dk", "Faktura og følgeseddel januar")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og derefter "
                + "'Aktivér indhold' for at se det.\n\nHolbæk Kontormaskiner")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\nHolbæk Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "holbaek-kontormaskiner.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of holbaek-kontormaskiner.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@holbaek-it-drift.net", "boern-unge@holbaek.dk", "Timeopgørelse januar")
            .text("Hej\n\nTimeopgørelsen for januar og vores nye kontooplysninger står i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nHolbæk IT-Drift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timeopgoerelse_januar.xlsm",
                Attachments.excel(List.of("Timeopgørelse januar 2031", "I alt DKK 58.900,00", "Ny konto: " + plain(mule(0))), true));
        ownedBy(m, "holbaek-it-drift.net");
        m.description = "macro-enabled Excel statement from a look-alike of holbaek-itdrift.dk";
    }

    private void svgHtml() {
        String[][] x = {{"holbaek-dokumenter.com", "Mørkøv Trælast", "Kontoudtog januar", "kontoudtog.svg", "image/svg+xml"},
            {"fakturavisning-jyderup.net", "Jyderup Entreprenør", "Faktura klar til visning", "Faktura_januar.html", "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 14);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Henter faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"150\"><text x=\"12\" y=\"30\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"12\" y=\"48\" width=\"210\" height=\"34\" "
                    + "fill=\"#2a6f3f\"/></a><script>location.href='" + url + "'</script></svg>";
            headers(m, y[1], "dokument@" + y[0], "kreditor@holbaek.dk", y[2])
                .text("Hej\n\nDokumentet åbnes i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "jyderup-entreprenoer.net", false}, {it, "holbaekitdrift.dk", true}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            Supplier fake = s.posing(s.domain(), mule(i + 7));
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(3_100_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@holbaek.dk", "E-faktura " + no + (peppol ? " (Peppol)" : " (OIOUBL)"))
                .text("Hej e-faktura\n\nVi skifter NemHandel-udbyder i denne måned, så fakturaen kommer som XML-fil direkte. Den "
                    + "kan indlæses som normalt. Bemærk den opdaterede bankkonto i filen.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, fake, a, isoDay(m, 0), isoDay(m, 10), peppol, "Ny bankforbindelse").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    /**
     * New family: a colleague's real municipal mailbox, taken over by an adversary-in-the-middle login page, used from
     * inside (DMARC pass on our own domain) to push an "approved" invoice with a changed account, a supplier's bank change,
     * or a credential page to colleagues.
     */
    private void colleagueMailbox() {
        M m = bad("compromised-colleague-mailbox");
        String no = invoiceNo(entrep);
        Amount a = amount(2_400_000);
        Supplier fake = new Supplier(entrep.name(), entrep.domain(), entrep.person(), entrep.box(), "", mule(17),
            "akut udbedring af vejbane og rabat, Munkholmvej ved Munkholmbroen");
        headers(m, "Rasmus Kjeldsen", "rakj@" + OWN, "kreditor@holbaek.dk", "VS: Faktura " + no + " - akut reparation "
            + "Munkholmvej - godkendt")
            .text("Hej kreditor\n\nFakturaen herunder er godkendt af mig - det er den akutte reparation af vejen ved Munkholmbroen "
                + "efter stormen. Jyderup Entreprenør har fået ny bank, kontoen står på fakturaen. Kan den komme med i dagens "
                + "betalingskørsel? Jeg sidder i møder resten af dagen, så skriv hellere end at ringe.\n\nRasmus Kjeldsen\n"
                + "Projektleder, Vej og Park\nHolbæk Kommune\n\n-------- Videresendt meddelelse --------\nFra: "
                + entrep.person() + " <" + addr(entrep) + ">\nDato: " + writtenDay(m, -1) + "\nEmne: Faktura " + no + "\n\nHej Rasmus\n"
                + "Som aftalt faktura for den akutte udbedring. Vi har skiftet bank, så brug venligst kontoen på fakturaen.")
            .attach("application/pdf", pdfName(no, 4), pdfInvoice(m, fake, "Faktura", no, a, mule(17), 0,
                List.of("Ny bankforbindelse"), ""));
        genuine(m, OWN_IP);
        m.description = "a colleague's real " + OWN + " mailbox (taken over) forwards an 'approved' supplier invoice with a mule "
            + "account: DMARC pass on our own domain";
        m = bad("compromised-colleague-mailbox");
        headers(m, "Birgitte Skov", "bisk@" + OWN, "kreditor@holbaek.dk", "Ny konto - Vipperød Rengøring")
            .text("Hej\n\nVipperød Rengøring ringede til mig i morges - de har fået ny bank og har bedt mig give jer besked, da "
                + "jeg er kontaktperson på rengøringsaftalen. Den nye konto er " + mule(13) + ". Vil I rette det, inden "
                + "februar-fakturaen betales?\n\nTak!\nBirgitte\nDriftskoordinator, Ejendomsservice");
        genuine(m, OWN_IP);
        m.description = "a colleague's real mailbox (taken over) relays a supplier's 'bank change' from inside, DMARC pass";
        m = bad("compromised-colleague-mailbox");
        String url = "https://holbaek-kommune-sharepoint.com/:b:/g/" + sha256(m.id).substring(0, 18);
        headers(m, "Rasmus Kjeldsen", "rakj@" + OWN, "oekonomi@holbaek.dk", "Rasmus Kjeldsen har delt \"Betalingsoversigt "
            + "vinterskader 2031.pdf\" med dig")
            .html("<html><body style=\"font-family:Segoe UI,Arial,sans-serif\"><p>Rasmus Kjeldsen har delt en fil med dig.</p>"
                + "<p style=\"font-size:15px\"><b>Betalingsoversigt vinterskader 2031.pdf</b></p><p>\"Kan du kigge på "
                + "oversigten inden mødet? Der er to betalinger, der skal med i denne uge.\"</p><p><a href=\"" + url + "\" "
                + "style=\"background:#0f6cbd;color:#fff;padding:8px 18px;text-decoration:none\">Åbn</a></p><p "
                + "style=\"color:#777;font-size:11px\">Denne mail er sendt fra Holbæk Kommunes Microsoft 365.</p></body></html>");
        genuine(m, OWN_IP);
        m.description = "the same taken-over colleague mailbox shares a 'payment overview' that leads to a fake login page";
    }

    /**
     * New family: the invoice keeps the supplier's bank account (or prints none) but its FI payment line (indbetalingskort
     * +71) carries the fraudster's creditor number, so a netbank payment of the card goes to the fraudster.
     */
    private void fiSwap() {
        M m = bad("fi-card-creditor-swap");
        Supplier s = avis.posing("holbaek-ugeblad.net", avis.account());
        String no = invoiceNo(avis);
        Amount a = amount(900_000);
        headers(m, avis.person(), "annoncer@holbaek-ugeblad.net", "kreditor@holbaek.dk", "Faktura " + no + " - annoncer februar")
            .text("Til Holbæk Kommune\n\nHermed faktura for annoncer i februar (borgermøde om trafikplan og to stillingsopslag). "
                + "Fakturaen betales nemmest med indbetalingskortet nederst på fakturaen:\n\n" + fiLine(no, FAKE_FI[0]) + "\n\n"
                + "Med venlig hilsen\nAnnonceafdelingen\nHolbæk Ugeblad")
            .attach("application/pdf", "Faktura " + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, null, 3, List.of(),
                FAKE_FI[0]));
        ownedBy(m, "holbaek-ugeblad.net");
        m.description = "look-alike of holbaek-ugeblad.dk: invoice payable only by FI card, with the fraudster's creditor number";
        m = bad("fi-card-creditor-swap");
        invoice(m, el, el.account(), 2, List.of(), "\n\nFra februar modtager vi betaling via FI-indbetalingskort - brug venligst "
            + "betalingslinjen på fakturaen, så bliver betalingen matchet automatisk.", FAKE_FI[1]);
        genuine(m, HOSTER_IP);
        m.description = "compromised real mailbox of regstrup-el.dk (via its hoster): usual account printed, FI line with another "
            + "creditor number";
        Past p = past.get(varme.domain());
        m = bad("fi-card-creditor-swap");
        headers(m, varme.person(), "afregning@tolloese-fjernvarme.dk", "kreditor@holbaek.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nDer var desværre en fejl i FI-linjen på opkrævningen herunder efter vores systemskifte. Den korrekte "
                + "betalingslinje er:\n\n" + fiLine(p.no(), FAKE_FI[2]) + "\n\nKontonummeret er uændret. Beløbet er fortsat "
                + p.amount().gross() + " kr.\n\nVenlig hilsen\nForbrugerafregningen\nTølløse Fjernvarme\n\n> Opkrævning " + p.no());
        ownedBy(m, "tolloese-fjernvarme.dk");
        m.description = "reply in the utility's wave-1 thread from look-alike tolloese-fjernvarme.dk: 'corrected' FI line, account "
            + "unchanged";
    }

    /** New family: a "licence fee" or settlement demanded for a photo on the municipality's website. */
    private void copyrightClaims() {
        M m = bad("fake-image-copyright-claim");
        String sag = "BR-" + (40_100 + rnd.nextInt(800));
        headers(m, "Nordisk Billedret", "sag@billedret-holbaek.com", "kommunikation@holbaek.dk", "Uautoriseret brug af foto på "
            + "holbaek.dk - sag " + sag)
            .text("Til Holbæk Kommune\n\nVi repræsenterer fotografen bag billedet 'Holbæk Havn ved solnedgang', som siden 2028 er "
                + "brugt på holbaek.dk/oplev-holbaek uden licens. Skærmbillede og dokumentation for ophavsretten kan ses her: "
                + "https://billedret-holbaek.com/sag/" + sha256(m.id).substring(0, 12) + "\n\nSagen kan afsluttes ved betaling "
                + "af efterlicensering på 6.850,00 kr. ekskl. moms til " + mule(1) + " senest " + writtenDay(m, 10) + ", mærket " + sag
                + ". Modtager vi ikke betaling, overgår sagen til retslig inddrivelse, og kravet forhøjes.\n\n"
                + "Med venlig hilsen\nNordisk Billedret\nRettighedsforvaltning for fotografer")
            .attach("application/pdf", "Krav " + sag + ".pdf", Attachments.pdf(docId(m, "br"), "Krav om efterlicensering " + sag,
                List.of("Værk: 'Holbæk Havn ved solnedgang'", "Anvendt: holbaek.dk/oplev-holbaek, siden 2028",
                    "Efterlicensering: 6.850,00 kr. ekskl. moms", "Betaling: " + mule(1) + ", senest " + dottedDay(m, 10))));
        ownedBy(m, "billedret-holbaek.com");
        m.description = "fake photo-rights agency demands an 'after-licensing' fee for a website photo, Danish mule account";
        m = bad("fake-image-copyright-claim");
        headers(m, "Isefjord Photo Licensing - Compliance", "compliance@isefjord-photo-licensing.com", "kommunikation@holbaek.dk",
            "Copyright infringement notice - image ID 88413")
            .text("Dear Sir or Madam,\n\nOur image recognition system has found image ID 88413 ('Orø ferry in winter light') on "
                + "your website without a valid licence. Evidence of the use and of our client's ownership is attached.\n\nTo "
                + "settle this matter out of court, please pay the retroactive licence fee of EUR 1,480.00 to " + mule(0)
                + " within 14 days and remove the image. Should you hold a licence, reply with a copy.\n\nKind regards\n"
                + "Compliance Team\nIsefjord Photo Licensing")
            .attach("application/pdf", "Infringement_88413.pdf", Attachments.pdf(docId(m, "ipl"), "Infringement notice 88413",
                List.of("Image 88413, 'Oroe ferry in winter light'", "Found on: holbaek.dk", "Retroactive licence: EUR 1,480.00",
                    "Bank: " + mule(0))));
        ownedBy(m, "isefjord-photo-licensing.com");
        m.description = "English 'copyright infringement notice' with a retroactive licence fee, LT IBAN";
        m = bad("fake-image-copyright-claim");
        headers(m, "Isefjord Foto & Billedarkiv", "salg@isefjord-foto.dk", "kommunikation@holbaek.dk", "Forlængelse af "
            + "billedlicens - web")
            .text("Hej Kommunikation\n\nJeres licens til webbrug af vores billeder fra Holbæk Havn og Orø skal forlænges for at "
                + "kunne anvendes fortsat på holbaek.dk. Forlængelsen koster 9.600,00 kr. ekskl. moms for 12 måneder, og "
                + "fakturaen er vedhæftet.\n\nBemærk, at vi har fået ny bankforbindelse: " + mule(8) + ".\n\nVenlig hilsen\n"
                + "Hanne Dalsgaard\nIsefjord Foto & Billedarkiv ApS")
            .attach("application/pdf", "Faktura licensforlængelse.pdf", Attachments.pdf(docId(m, "ifl"), "Faktura",
                List.of("Isefjord Foto & Billedarkiv ApS", "Forlængelse af weblicens, 12 mdr.",
                    "9.600,00 + moms 2.400,00 = 12.000,00 DKK", "Konto " + mule(8))));
        ownedBy(m, "isefjord-foto.dk");
        m.description = "look-alike of the real photo agency isefjordfoto.dk bills a 'licence extension' to a new account";
    }

    /** New family: the bank's "know your customer" review as a pretext for a login page or the signatories' data. */
    private void kycUpdates() {
        M m = bad("fake-bank-kyc-update");
        headers(m, "Isefjord Sparekasse Erhverv", "kundekendskab@isefjord-sparekasse-erhverv.com", "oekonomi@holbaek.dk",
            "Frist: opdatering af kundekendskab for jeres erhvervskonti")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Kære kunde</p><p>Efter hvidvaskloven skal vi løbende "
                + "opdatere vores kendskab til jer. Vi mangler stadig jeres besvarelse for Holbæk Kommune.</p><p>Besvar "
                + "spørgsmålene og bekræft de tegningsberettigede med MitID Erhverv senest <b>" + writtenDay(m, 5) + "</b>. Herefter "
                + "vil betalinger fra jeres konti blive begrænset, indtil oplysningerne er modtaget.</p><p><a href=\"https://"
                + "isefjord-sparekasse-erhverv.com/kyc/" + sha256(m.id).substring(0, 14) + "\">Opdater kundekendskab</a></p><p>"
                + "Med venlig hilsen<br>Isefjord Sparekasse, Erhverv</p></body></html>");
        ownedBy(m, "isefjord-sparekasse-erhverv.com");
        m.description = "fake KYC review in our real bank's name, deadline and MitID Erhverv login link";
        m = bad("fake-bank-kyc-update");
        headers(m, "Tølløse Andelskasse, Compliance", "compliance@toelloese-andelskasse.net", "oekonomi@holbaek.dk",
            "Kundekendskab - manglende oplysninger om tegningsberettigede")
            .text("Til Holbæk Kommune\n\nSom led i vores årlige gennemgang efter hvidvaskloven mangler vi oplysninger om "
                + "kommunens tegningsberettigede og brugere af Erhvervsnetbank. Udfyld venligst den vedhæftede formular med navn, "
                + "CPR-nummer og MitID-brugernavn for hver bruger, og returnér den underskrevet inden 5 hverdage.\n\nHar I "
                + "spørgsmål, kan I ringe til vores compliance-afdeling på +45 59 18 44 70.\n\nMed venlig hilsen\n"
                + "Compliance\nTølløse Andelskasse")
            .attach("application/pdf", "Kundekendskab erhverv.pdf", Attachments.pdf(docId(m, "kyc"), "Kundekendskab - erhverv",
                List.of("Kunde: Holbæk Kommune, " + RAADHUS, "Tegningsberettigede: navn / CPR-nr. / MitID-brugernavn",
                    "Brugere af Erhvervsnetbank: navn / CPR-nr. / MitID-brugernavn", "Underskrift:")));
        ownedBy(m, "toelloese-andelskasse.net");
        m.description = "look-alike of toelloese-andelskasse.dk asks for signatories' CPR and MitID user names on a 'KYC' form";
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
        return writeFiles(dir, new HeldOutCorpus26().generate(), List.of(
            "# Holbæk Kommune, Økonomi: invoice checks (twenty-sixth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=toelloese-fjernvarme.dk jyderup-entreprenoer.dk svinninge-kloakservice.dk "
                + "moerkoev-toemrer.dk tuse-malerfirma.dk vipperoed-rengoering.dk holbaek-ugeblad.dk ugerloese-vognmand.dk "
                + "regstrup-el.dk store-merloese-vvs.dk kvanloese-madhus.dk moerkoev-traelast.dk holbaek-itdrift.dk "
                + "jyderup-turistbusser.dk holbaek-kontormaskiner.dk",
            "invoice.domains.platforms=odoo.com quickpay.net recurly.com",
            "invoice.names.protected=Holbæk Kommune"));
    }
}
