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
 * The twenty-fourth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body
 * is Haderslev Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, harbour, culture,
 * digitalisation and department mailboxes) with fifteen listed suppliers from Haderslev, Vojens, Gram, Christiansfeld,
 * Hammelev, Sommersted, Skrydstrup, Fjelstrup, Øsby, Starup and Hoptrup in every DNS posture real Danish firms have (some
 * sending through a web hoster named in their SPF), three invoicing platforms ({@code sendregning.dk}, {@code
 * reepay.com}, {@code zuora.com}), local banks, an intermunicipal waste company, a car-leasing company, a web
 * accessibility auditor and a security consultancy, a Swedish ice-rink firm (Vojens Skøjtehal), a German hydraulic
 * engineering firm from Flensburg, an Irish playground-surface maker, a Norwegian harbour-software house, SaaS, an
 * auditor, an e-signature service, a lawyer's collection department, a pension company, the air base at Skrydstrup, a
 * creditor list, forwarders (with and without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices,
 * e-invoice XML with a changed account) and four kinds new here: a fee or "re-inspection" demanded because the
 * municipality's website or self-service kiosks supposedly fail the web-accessibility law or the European Accessibility
 * Act (fake-accessibility-compliance-fee), a registration or "supervision" fee for the NIS2 register or a "NIS2
 * certificate" (fake-nis2-registration-fee), a leader's cloned voice as an attached voice message that orders a payment
 * (voice-clone-payment-request), and a damage settlement for returned lease cars from a fake return centre or a look-alike
 * of the real leasing company (fake-lease-return-damage-invoice). The invoice engine, its tests, tuning notes and earlier
 * results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the
 * mail's kind (a legitimate invoice, credit note, reminder, collection demand for a real debt, intermunicipal, lease,
 * consultancy, foreign or SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the
 * From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test -Dtest=HeldOutCorpus24GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus24 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout24");
    public static final String OWN = "haderslev.dk";
    static final String FRAUD_NET = "127.246.";
    private static final String OWN_IP = "127.240.0.1";
    private static final String EAN = "5798007519324";
    private static final String RAADHUS = "Gåskærgade 26, 6100 Haderslev";
    /** A South Jutland web hoster whose outgoing server several small firms name in their SPF. */
    private static final String HOSTER_IP = "127.245.9.1";
    private static final String GMAIL = "127.249.1.1";
    private static final String MSFT = "127.249.2.1";
    private static final String YAHOO = "127.249.3.1";
    private static final String APPLE = "127.249.5.1";
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);

    private final Random rnd = new Random(24_0024_6100L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 20;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2030, 2, 4, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2030, 3, 4, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Vojens Fjernvarme a.m.b.a.", "vojens-varme.dk", "Opkrævningen, Vojens Fjernvarme",
        "opkraevning", "127.241.1.1", iban("DK", "79300001458823"), "fjernvarme til kommunale bygninger i Vojens, januar");
    private final Supplier entrep = new Supplier("Hammelev Entreprenørforretning A/S", "hammelev-entreprenoer.dk",
        "Tine Kjær Damgaard", "tine", "127.241.2.1", bank("7930", "0004418257"),
        "asfaltreparationer og nye kantsten, Hammelev Bygade og Nørreskovvej");
    private final Supplier kloak = new Supplier("Fjelstrup Kloak & Anlæg ApS", "fjelstrup-kloak.dk", "Brian Hollesen", "brian",
        HOSTER_IP, bank("3412", "3360291845"), "slamsugning og TV-inspektion af stikledninger, Fjelstrup Skole");
    private final Supplier toemrer = new Supplier("Starup Tømrer- og Snedkerforretning ApS", "starup-toemrer.dk",
        "Jens Peter Nissen", "jp", "127.241.4.1", bank("7930", "0002297710"), "nye indvendige døre og karme, Starup Børnehus");
    private final Supplier maler = new Supplier("Gram Malerforretning v/ Henrik Lund", "gram-maler.dk", "Henrik Lund", "henrik",
        "127.241.5.1", bank("2270", "6281004497"), "maling af klasselokaler og fællesrum, Gram Skole");
    private final Supplier rengoer = new Supplier("Skrydstrup Rengøring ApS", "skrydstrup-rengoering.dk", "Bogholderiet",
        "bogholderi", "127.241.6.1", bank("7930", "0006130028"), "daglig rengøring af Vojens Rådhus og Vojens Bibliotek, januar");
    private final Supplier avis = new Supplier("Ugeavisen Haderslev-Vojens", "haderslev-ugeavis.dk", "Annoncesalget",
        "annonce", "127.241.7.1", iban("DK", "34120003318760"), "annoncer for borgermøder og stillingsopslag, januar");
    private final Supplier vognmand = new Supplier("Sommersted Vognmandsforretning ApS", "sommersted-vognmand.dk",
        "Karsten Fogh", "karsten", "127.241.8.1", bank("7930", "0001183364"),
        "snerydning og saltning af cykelstier, Sommersted og Maugstrup, januar");
    private final Supplier el = new Supplier("Øsby El & Service ApS", "oesby-el.dk", "Rasmus Brodersen", "rasmus", HOSTER_IP,
        bank("3412", "3360774102"), "udskiftning af armaturer til LED, Øsby Forsamlingshus og Halk Skole");
    private final Supplier vvs = new Supplier("Vojens VVS & Energi ApS", "vojens-vvs.dk", "Kontoret", "kontor", "127.241.10.1",
        bank("7930", "0003049915"), "service på varmepumper, Vojens Skøjtehal og Vojens Svømmehal");
    private final Supplier mad = new Supplier("Madhuset Gram A/S", "madhuset-gram.dk", "Madhuset Gram, Kundeservice", "kunde",
        "127.241.11.1", iban("DK", "22700006628193"), "madservice til hjemmeboende borgere i Gram og Vojens, uge 2-4");
    private final Supplier bygge = new Supplier("Christiansfeld Byggecenter A/S", "christiansfeld-byggecenter.dk",
        "Proffsalget", "proff", "127.241.12.1", iban("DK", "79300009914426"),
        "byggematerialer til Kommunale Ejendomme, rammeaftale 2030");
    private final Supplier it = new Supplier("Vojens IT-Service ApS", "vojens-itservice.dk", "Fakturering, Vojens IT-Service",
        "faktura", "127.241.13.1", bank("3412", "3361085520"), "drift af skolernes trådløse net og 60 nye elev-Chromebooks");
    private final Supplier bus = new Supplier("Hoptrup Busser ApS", "hoptrup-busser.dk", "Kørselskontoret", "trafik",
        "127.241.14.1", bank("7930", "0005527719"), "skolebuskørsel Hoptrup-Marstrup og Fjelstrup-Hoptrup, januar");
    private final Supplier kontor = new Supplier("Haderslev Kontorcenter ApS", "haderslev-kontorcenter.dk", "Ordrekontoret",
        "ordre", "127.241.15.1", iban("DK", "22700004417382"), "kopipapir, kuverter og toner, rammeaftale, januar");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Aarøsund Bådeværft & Smedie", "aaroesund-baadevaerft.dk", "Poul Erik Jessen",
        "pej", "127.242.1.1", bank("7930", "0002461187"), "reparation af landgangsbro og fenderlister, Aarøsund Havn");
    private final Supplier skadedyr = new Supplier("Diernæs Skadedyrskontrol", "diernaes-skadedyr.dk", "Mona Diernæs", "mona",
        "127.242.2.1", bank("3412", "3362208814"), "rottebekæmpelse og kontrol af fælder, Haderslev Havn, februar");
    private final Supplier snedker = new Supplier("Moltrup Møbelsnedkeri", "moltrup-snedkeri.dk", "Niels Thygesen", "niels",
        "127.242.3.1", bank("7930", "0004409962"), "nye reoler og skranke, Vojens Bibliotek");
    private final Supplier have = new Supplier("Slivsø Naturpleje v/ Karina Bek", "slivsoe-naturpleje.dk", "Karina Bek",
        "karina", "127.242.4.1", bank("2270", "6283391150"), "høslæt og rydning af pil ved Slivsø og Hindemade");
    private final Supplier natur = new Supplier("Damparken Naturformidling v/ Lise Brun", "gmail.com", "Lise Brun",
        "lise.brun.natur", GMAIL, bank("7930", "0001327745"), "fugletur ved Haderslev Dam for 4. årgang, Sct. Severin Skole");
    private final Supplier tolk = new Supplier("Yasmin Haddad Tolkeservice", "outlook.com", "Yasmin Haddad",
        "yasmin.haddad.tolk", MSFT, bank("3412", "3360118723"), "tolkning arabisk-dansk, Jobcenter Haderslev, 3 timer");
    private final Supplier musik = new Supplier("Spillemand Hans Jerstal", "icloud.com", "Hans Jerstal", "hans.jerstal.musik",
        APPLE, bank("7930", "0006618830"), "musik til fastelavnsfest, Plejecenter Hjemly, Vojens");
    private final Supplier foto = new Supplier("Fjordlys Foto v/ Camilla Hviid", "live.dk", "Camilla Hviid", "camilla.fjordlys",
        MSFT, bank("2270", "6280447729"), "fotos af Christiansfeld og Haderslev Domkirke til kommunens turistfolder");
    // foreign suppliers
    private final Supplier is = new Supplier("Jönköping Isteknik AB", "jonkoping-isteknik.se", "Ekonomiavdelningen", "ekonomi",
        "127.247.1.1", iban("SE", "50000000058221104473"), "nya sargpaneler och service av ismaskin, Vojens Skøjtehal");
    private final Supplier wasserbau = new Supplier("Flensburger Wasserbau GmbH", "flensburg-wasserbau.de", "Buchhaltung",
        "buchhaltung", "127.247.2.1", iban("DE", "215200700004417722"), "Spundwandsanierung Kai 3, Haderslev Havn");
    private final Supplier havnedata = new Supplier("Bergen Havnesystem AS", "bergen-havnesystem.no", "Fakturaavdelingen",
        "faktura", "", iban("NO", "12500411873"), "bookingsystem for Årøfærgen og gjestehavnen, årsabonnement");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        bygge, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"vojens-varme.com", "hammelev-entreprenor.dk", "christiansfeld-byggecenter.com",
        "oesby-el-service.dk", idn("christiansfeld-byggecent\u0435r.dk"), idn("h\u0430derslev.dk"), "sendregning-haderslev.com",
        "zuora-vojens.net", "fjelstrup-kloak.net", "madhuset-gram.com", "starup-tomrer.dk", "hoptrup-bus.dk", "grammaler.dk",
        "haderslev-inkasso.com", "mitid-haderslev.com", "digitalpost-vojens.com", "haderslev-domaener.net",
        "gram-erhvervsregister.org", "christiansfeld-ordreservice.com", "mobilbetal-haderslev.net", "skrydstrup-parkering.com",
        "aaroesund-marine-survey.com", "gram-maler.net", "sommersted-vognmand.com", "skrydstrup-rengoering.com",
        "vojens-vvs.net", "haderslev-kontorcenter.com", "vojens-it-service.net", "haderslev-dokumenter.com",
        "fakturavisning-vojens.net", "hammelev-entreprenoer.net", "madhuset-gram.net", "webtilsyn-haderslev.dk",
        "eaa-compliance-haderslev.com", "webtjek-haderslev.dk", "nis2-register-haderslev.dk", "cybertilsyn-vojens.com",
        "vojens-itservice.com", "haderslev-kommune.com", "leasingretur-vojens.dk", "fjordland-leasing-haderslev.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vojens-varme.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hammelev-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("fjelstrup-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("starup-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("gram-maler.dk", null, null, null, null); // nothing published
        domain("skrydstrup-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("haderslev-ugeavis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sommersted-vognmand.dk", List.of("127.241.98.8"), "~all", null, "none"); // SPF names the dispatch system only
        domain("oesby-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("vojens-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("madhuset-gram.dk", List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("christiansfeld-byggecenter.dk", List.of(bygge.ip(), "127.241.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vojens-itservice.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("hoptrup-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("haderslev-kontorcenter.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("aaroesund-baadevaerft.dk", List.of(smed.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("diernaes-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("moltrup-snedkeri.dk", List.of(snedker.ip()), "-all", null, null);
        domain("slivsoe-naturpleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("vojens-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("jonkoping-isteknik.se", List.of(is.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("flensburg-wasserbau.de", List.of(wasserbau.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("galway-playsurfaces.ie", List.of("127.247.3.1"), "-all", null, null);
        // collection, auditor, e-signature, pension, school, shops, waste company, leasing, consultants, authorities
        domain("advokathuset-haderslev.dk", List.of("127.243.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("revision-vojens.dk", List.of("127.243.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("pensiondanmark.com", List.of("127.243.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("verified.eu", List.of("127.243.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("haderslev-katedralskole.dk", List.of("127.243.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("legeplads-skrydstrup.dk", List.of("127.243.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vojens-byggemarked.dk", List.of("127.243.7.1"), "-all", null, "none");
        domain("haderslev-boghandel.dk", List.of("127.243.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("sydjysk-genbrug.dk", List.of("127.243.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fjordland-leasing.dk", List.of("127.243.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("webtjek.dk", List.of("127.243.13.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sikkerraad-syd.dk", List.of("127.243.14.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("forsvaret.dk", List.of("127.243.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vejdirektoratet.dk", List.of("127.243.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("sendregning.dk", List.of("127.244.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("reepay.com", List.of("127.244.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("zuora.com", List.of("127.244.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, list, ESP, newsletter, forwarders
        domain("vojens-sparekasse.dk", List.of("127.245.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("soenderjysk-andelskasse.dk", List.of("127.245.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-syddanmark.dk", List.of("127.245.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("smtp2go.com", List.of("127.245.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("indkoebsnetvaerk-syd.dk", List.of("127.245.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("loenforum-kommuner.dk", List.of("127.245.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("offentlig-oekonomi-nyt.dk", List.of("127.245.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.fjordnet.dk", List.of("127.248.1.1"), "-all", null, null);
        domain("relay.haderslev-fiber.dk", List.of("127.248.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("netigate.net", List.of("127.247.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("relesys.net", List.of("127.247.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        String[] policy = {"reject", null, "quarantine", "none", null, "reject", "quarantine"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 5 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "70." + (i + 1)), i % 5 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 151_700 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no24:" + s.domain()).hashCode(), 6)) {
            case 0:
                return String.valueOf(23_000 + rnd.nextInt(9_000));
            case 1:
                return "2030-" + String.format("%04d", 30 + rnd.nextInt(2_000));
            case 2:
                return "F" + (30_0100 + rnd.nextInt(9_000));
            case 3:
                return "FAK-" + (8_100 + rnd.nextInt(1_800));
            case 4:
                return (1_000 + rnd.nextInt(900)) + "-30";
            default:
                return String.valueOf(600 + rnd.nextInt(900));
        }
    }

    private static final String[] TO = {"kreditor@haderslev.dk", "efaktura@haderslev.dk", "kreditor@haderslev.dk",
        "oekonomi@haderslev.dk", "teknik-miljoe@haderslev.dk", "boern-skole@haderslev.dk", "sundhed-aeldre@haderslev.dk",
        "kultur-fritid@haderslev.dk", "ejendomme@haderslev.dk", "indkoeb@haderslev.dk", "kreditor@haderslev.dk",
        "havn@haderslev.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf24:" + tag + ":" + m.id).substring(4, 16), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr24:" + domain).hashCode(), 6_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(86_000_000 + Math.floorMod(sha256("fi24:" + domain).hashCode(), 9_000_000));
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "vojens-varme.dk" -> "Varmeværksvej 4, 6500 Vojens";
            case "hammelev-entreprenoer.dk" -> "Industrivej 11, Hammelev, 6500 Vojens";
            case "fjelstrup-kloak.dk" -> "Aastrupvej 8, Fjelstrup, 6100 Haderslev";
            case "starup-toemrer.dk" -> "Starup Bygade 27, 6100 Haderslev";
            case "gram-maler.dk" -> "Slotsvej 15, 6510 Gram";
            case "skrydstrup-rengoering.dk" -> "Lufthavnsvej 3, Skrydstrup, 6500 Vojens";
            case "haderslev-ugeavis.dk" -> "Nørregade 29, 6100 Haderslev";
            case "sommersted-vognmand.dk" -> "Ribelandevej 52, 6560 Sommersted";
            case "oesby-el.dk" -> "Øsby Næs 6, 6100 Haderslev";
            case "vojens-vvs.dk" -> "Østergade 40, 6500 Vojens";
            case "madhuset-gram.dk" -> "Møllegade 2, 6510 Gram";
            case "christiansfeld-byggecenter.dk" -> "Fredericiavej 70, 6070 Christiansfeld";
            case "vojens-itservice.dk" -> "Tingvej 1, 6500 Vojens";
            case "hoptrup-busser.dk" -> "Hoptrup Hovedgade 48, 6100 Haderslev";
            case "haderslev-kontorcenter.dk" -> "Bygstubben 9, 6100 Haderslev";
            case "aaroesund-baadevaerft.dk" -> "Aarøsund Havn 2, 6100 Haderslev";
            case "diernaes-skadedyr.dk" -> "Diernæs Strandvej 31, 6100 Haderslev";
            case "moltrup-snedkeri.dk" -> "Moltrupvej 88, 6100 Haderslev";
            case "slivsoe-naturpleje.dk" -> "Slivsøvej 5, 6100 Haderslev";
            case "vojens-laas.dk" -> "Vestergade 12, 6500 Vojens";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: a letterhead with a line table and due date; a craftsman's "regning" with
     * hours at an hourly rate, materials and driving; an accounting program's short bill with the FI line "+71<...>"
     * (printed only with the supplier's own account); a period bill (subscriptions, utilities) with the EAN.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        switch (Math.floorMod(layout, 4)) {
            case 0 -> {
                head = s.name();
                l.add((addr.isEmpty() ? "" : addr + "  -  ") + "CVR " + cvr(s.domain()) + (freeMail(s) ? "" : "  -  " + s.domain()));
                l.add(title.toUpperCase(DA) + " " + no + "        Fakturadato " + dottedDay(m, 0) + "        Forfald " + dottedDay(m, 30));
                l.add("Faktureres til: Haderslev Kommune, " + RAADHUS + ", EAN " + EAN);
                l.add("Linje  Beskrivelse                                  Antal   Beløb");
                l.add("1      " + s.what() + "   1   " + a.net());
                l.add("Beløb ekskl. moms " + a.net() + "     Moms 25 % " + a.vat() + "     Total DKK " + a.gross());
                l.addAll(more);
                l.add("Indbetaling: " + account + " - husk fakturanr. " + no + " som tekst");
            }
            case 1 -> {
                head = title + " nr. " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", cvr. " + cvr(s.domain()));
                l.add("Til Haderslev Kommune, EAN " + EAN + ", den " + writtenDay(m, 0));
                l.add("Arbejdet: " + s.what());
                long rate = 52_500;
                long hours = Math.max(1, a.ore() * 55 / 100 / rate);
                long drive = a.ore() / 25;
                l.add("Timeløn " + hours + " t. à " + kr(rate) + " = " + kr(hours * rate) + ",  materialer " + kr(a.ore() - hours * rate - drive)
                    + ",  kørsel " + kr(drive));
                l.add("I alt ekskl. moms " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betaling senest " + writtenDay(m, 14) + " til " + account + ". Tak for opgaven!");
            }
            case 2 -> {
                head = title;
                l.add(s.name() + " | " + title + " " + no + " | " + isoDay(m, 0));
                l.add("Kunde: Haderslev Kommune (kreditorbogholderiet), EAN " + EAN);
                l.add("Varer/ydelser: " + s.what());
                l.add("Netto " + a.net() + " | moms " + a.vat() + " | at betale " + a.gross() + " DKK | betalingsbet. løbende måned + 30");
                l.addAll(more);
                l.add("Bankkonto: " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("\\D", "");
                    l.add("+71<" + String.format("%015d", digits.isEmpty() ? 0L : Long.parseLong(digits)) + "+" + creditorNo(s.domain()) + "<");
                }
            }
            default -> {
                head = s.name() + " - " + title;
                l.add(title + " " + no + " af " + dottedDay(m, 0) + " til Haderslev Kommune, EAN " + EAN);
                l.add("Afregningsperiode " + sentPlus(m, -33, DOTS) + " til " + dottedDay(m, -3));
                l.add("Specifikation: " + s.what());
                l.add("Beløb " + a.net() + " + 25 % moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Beløbet betales til " + account + " inden " + dottedDay(m, 21) + "." + (freeMail(s) ? "" : " CVR " + cvr(s.domain())));
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura-" + n + ".pdf", n + ".pdf", "Haderslev Kommune " + n + ".pdf",
            "Faktura nr. " + n + ".pdf", "regning" + n + ".pdf", "INV_" + n + ".pdf", "Fakt" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej", "Til Haderslev Kommune", "Kære kreditorafdeling", "Goddag", "Hej bogholderi",
        "Att.: Økonomi", "Hej der", "Kære kunde"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig24:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMed venlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nVh\n" + firstName(s) + "\n\n" + s.name() + " | Tlf. 7" + (3 + rnd.nextInt(2)) + " " + (10 + rnd.nextInt(89))
                    + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nBedste hilsner\n\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : "\nCVR-nr. " + cvr(s.domain()));
            case 3:
                return "\n\n/" + s.person() + (freeMail(s) ? "\n\nSendt fra min iPad" : "\n" + s.name() + " · " + s.domain());
            default:
                return "\n\nMvh. " + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 9_400_000 : 640_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name() + " (" + no + ")", "Haderslev Kommune - faktura nr. " + no,
            "Regning nr. " + no, "Faktura " + no + " / EAN " + EAN, "Faktura til betaling", "Fakt. " + no, "Vedlagt faktura " + no,
            s.name() + " - faktura " + no};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Vedhæftet finder I faktura " + no + " vedrørende " + s.what() + ".";
            case 1 -> "Hermed fremsendes faktura nr. " + no + " på i alt " + a.gross() + " kr. inkl. moms. Betalingsfristen er "
                + writtenDay(m, 30) + ".";
            case 2 -> "Opgaven er afsluttet, og her er fakturaen. Den er også lagt ind til jeres EAN-nummer.";
            case 3 -> "Tak for samarbejdet. Fakturaen ligger i vedhæftningen - sig endelig til, hvis noget skal rettes.";
            case 4 -> "Vi sender hermed faktura for perioden. Husk at angive fakturanummeret ved indbetaling.";
            case 5 -> "Fakturanr.: " + no + "\nTotal inkl. moms: " + a.gross() + " kr.\nSidste rettidige betaling: " + writtenDay(m, 30);
            case 6 -> "Beklager at fakturaen først kommer nu - januar var travl med sne og frost.";
            default -> "Se vedhæftede.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 2) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><div>"
                + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>\n") + "</div></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v + 1, more));
        return no;
    }

    /** An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice. */
    private String ubl(String no, Supplier s, Amount a, String issue, String due, boolean peppol, String note) {
        return Ubl.compact(no, s.name(), cvr(s.domain()), s.account(), s.what(), "Haderslev Kommune", EAN, a.ore(), issue, due, peppol, note);
    }

    /** A voice message as a phone system or a messenger exports it: a short container header, then audio frames. */
    private static byte[] audio(long seed, boolean wav) {
        Random r = new Random(seed);
        byte[] data = new byte[9_000 + r.nextInt(3_000)];
        r.nextBytes(data);
        byte[] head = wav
            ? new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' ', 16, 0, 0, 0, 1, 0, 1, 0,
                0x40, 0x1F, 0, 0, (byte) 0x80, 0x3E, 0, 0, 2, 0, 16, 0, 'd', 'a', 't', 'a', 0, 0, 0, 0}
            : new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'M', '4', 'A', ' ', 0, 0, 0, 0, 'M', '4', 'A', ' ', 'm', 'p', '4', '2',
                'i', 's', 'o', 'm', 0, 0, 0, 0};
        byte[] out = new byte[head.length + data.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(data, 0, out, head.length, data.length);
        if (wav) {
            int size = out.length - 8;
            int dsize = data.length;
            for (int i = 0; i < 4; i++) {
                out[4 + i] = (byte) (size >>> (8 * i));
                out[40 + i] = (byte) (dsize >>> (8 * i));
            }
        }
        return out;
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
        List<Supplier> again = List.of(bygge, entrep, it, mad, vvs, avis, el, kloak, varme, maler, kontor, vognmand, toemrer,
            rengoer, bygge, it);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Rekvisition " + (40_310 + k * 23));
                case 1 -> List.of("Deres ref.: " + to().replace("@haderslev.dk", ""));
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "frostskader, februar" : "planlagt vedligehold 2030"));
                case 3 -> List.of("Ordre via indkøbsportalen, ordrenr. " + (7_700_000 + k * 311));
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nTimesedlen er vedlagt." : k % 7 == 4 ? "\n\nFoto af det udførte arbejde er vedhæftet." : "";
            invoice(m, s, s.account(), k * 3 + 2, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "timeseddel_uge" + (5 + k) + ".pdf", Attachments.pdf(docId(m, "ts"), "Timeseddel",
                    List.of(s.what(), "Timer: " + (4 + k % 8), "Kørsel: 2 x Haderslev t/r", "Godkendt af driftsleder")));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "IMG_" + (3300 + k * 7) + ".JPG", Attachments.image(docId(m, "jpg"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, mad, rengoer)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 1, List.of("Periode: februar 2030"), "\n\nFakturaen dækker februar måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for February, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        lease();
        consultancy();
        authorityNotices();
        voicemail();
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
        pension();
        auditor();
        remittances();
        shops();
        quotesAndLetters();
    }

    private void creditNotes() {
        Object[][] c = {{bygge, "Kreditnota - faktura ", "Fire ruller tagpap kom retur fra Kommunale Ejendomme i ubrudt emballage. "
            + "Beløbet er krediteret."},
            {kontor, "Kreditering af fakt. ", "Vi har faktureret 30 æsker kuverter, men kun leveret 18. Resten er krediteret herved."},
            {mad, "Kreditnota til faktura ", "Tre borgere var på aflastning i uge 3 og fik ikke leveret mad. Portionerne er krediteret."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KR-" + (200 + rnd.nextInt(1_500));
            Amount a = amount(310_000).credit();
            headers(m, s.person(), addr(s), "kreditor@haderslev.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "modregnes i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i + 1,
                    List.of("Vedr. faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(toemrer, el)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@haderslev.dk", "Saldoliste pr. " + dottedDay(m, -1))
                .text("Hej\n\nTil jeres afstemning: saldolisten viser, at faktura " + p.no() + " er modtaget betalt, og at der ikke "
                    + "er noget udestående." + signature(s))
                .attach("application/pdf", "saldoliste_haderslev_kommune.pdf", Attachments.pdf(docId(m, "sl"), "Saldoliste",
                    List.of("Debitor: Haderslev Kommune", "Faktura " + p.no() + "   " + p.amount().gross() + "   indbetalt",
                        "Udestående i alt 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@haderslev.dk", "Tak for betalingen")
            .text("Hej\n\nBetalingen for faktura " + past.get(vognmand.domain()).no() + " (snerydning i januar) er kommet ind. "
                + "Tak for det.\n\nKarsten\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "sommersted-vognmand.dk thanks for payment (its SPF names only the dispatch system: softfail)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse om betaling", "Ifølge vores bogholderi er nedenstående faktura endnu ikke betalt. Har I "
            + "betalt inden for de seneste dage, kan I se bort fra denne mail."},
            {maler, "Mangler betaling", "Hej igen. Jeg har ikke fået betaling for malerarbejdet på Gram Skole endnu. Kan I se, hvor "
                + "den er henne? Mvh Henrik"},
            {kloak, "1. rykker", "Fakturaen forfaldt for 10 dage siden. Der er ikke beregnet gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@haderslev.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 3) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. bedes indbetalt til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker-" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 2, List.of("Vedr. faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "AH-" + (5_100 + rnd.nextInt(800));
        String klient = bank("7930", "0011872245");
        headers(m, "Advokathuset Haderslev, inkassoafdelingen", "inkasso@advokathuset-haderslev.dk", "kreditor@haderslev.dk",
            "Inkassomeddelelse, j.nr. " + sag + " - Moltrup Møbelsnedkeri")
            .text("Haderslev Kommune\n\nVi er af Moltrup Møbelsnedkeri v/ Niels Thygesen anmodet om at inddrive faktura nr. 311 "
                + "af 2. december 2029 på 14.375,00 kr. (nye bogreoler, Vojens Bibliotek). Der er sendt to rykkere.\n\n"
                + "Hvis fakturaen er betalt, eller hvis I er uenige i kravet, bedes I svare os med journalnummeret. Ellers bedes "
                + "beløbet med tillæg af inkassogebyr 100 kr. indbetalt på vores klientkonto " + klient + " inden 10 dage.\n\n"
                + "Med venlig hilsen\nAdvokathuset Haderslev")
            .attach("application/pdf", "Inkassomeddelelse_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + sag,
                List.of("Kreditor: Moltrup Møbelsnedkeri", "Faktura 311: 14.375,00", "Inkassogebyr: 100,00",
                    "Klientkonto: " + klient)));
        genuine(m, "127.243.1.1");
        m.description = "a real lawyer's collection letter about an unlisted joiner's unpaid invoice, DMARC pass";
    }

    /** The intermunicipal waste company's quarterly settlement. */
    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "SG-" + (30_100 + rnd.nextInt(700));
        String konto = iban("DK", "79300007713382");
        headers(m, "Sydjysk Genbrug I/S, Økonomi", "oekonomi@sydjysk-genbrug.dk", "kreditor@haderslev.dk", "Faktura " + no
            + " - acontobidrag 1. kvartal 2030")
            .text("Til Haderslev Kommune\n\nHermed faktura for kommunens acontobidrag til driften af genbrugspladserne og "
                + "deponiet for 1. kvartal 2030, fordelt efter indbyggertal jf. selskabets vedtægter § 7. Fakturaen er også sendt "
                + "elektronisk til jeres EAN-nummer. Betaling til " + konto + ".\n\nMed venlig hilsen\nSydjysk Genbrug I/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "sg"), "Faktura " + no,
                List.of("Sydjysk Genbrug I/S", "Betaler: Haderslev Kommune, EAN " + EAN,
                    "Acontobidrag 1. kvartal 2030, andel 38,6 %", "I alt DKK 2.947.300,00 ekskl. moms", "Betaling: " + konto)));
        genuine(m, "127.243.11.1");
        m.description = "the intermunicipal waste company's quarterly contribution, its own account, DMARC pass";
    }

    /** The real leasing company: the monthly invoice and the settlement for three returned home-care cars. */
    private void lease() {
        String konto = iban("DK", "30000010447725");
        M m = ok("lease-invoice", true);
        String no = "FL" + (480_000 + rnd.nextInt(9_000));
        headers(m, "Fjordland Leasing A/S", "faktura@fjordland-leasing.dk", "kreditor@haderslev.dk", "Leasingfaktura " + no
            + " - marts 2030")
            .text("Kære kunde\n\nVedhæftet er månedens leasingfaktura for 46 køretøjer (hjemmeplejen, Teknik og Miljø og "
                + "Ejendomsservice) efter rammekontrakt 2027-114. Beløbet trækkes ikke automatisk; betal til " + konto + " med "
                + "fakturanummeret.\n\nMed venlig hilsen\nFjordland Leasing A/S, Debitorafdelingen")
            .attach("application/pdf", "Leasingfaktura_" + no + ".pdf", Attachments.pdf(docId(m, "fl"), "Leasingfaktura " + no,
                List.of("Haderslev Kommune, EAN " + EAN, "46 køretøjer, ydelse marts 2030", "DKK 271.840,00 ekskl. moms",
                    "Betaling: " + konto)));
        genuine(m, "127.243.12.1");
        m.description = "real leasing company's monthly invoice for the municipal fleet, DMARC pass";
        m = ok("lease-invoice", true);
        no = "FL" + (480_000 + rnd.nextInt(9_000));
        headers(m, "Fjordland Leasing A/S", "faktura@fjordland-leasing.dk", "sundhed-aeldre@haderslev.dk", "Slutafregning for tre "
            + "tilbageleverede biler")
            .text("Hej Sundhed og Ældre\n\nDe tre Citroën ë-C3 fra hjemmeplejen i Vojens er synet ved tilbageleveringen den "
                + writtenDay(m, -9) + ". Synsrapporterne, som jeres flådeansvarlige har underskrevet på stedet, er vedhæftet. To biler "
                + "var uden bemærkninger; den tredje havde en revnet forlygte og en bule i bagklappen, 6.120 kr. ekskl. moms, "
                + "efter takstbladet i kontrakten.\n\nBeløbet kommer på næste månedsfaktura, så I skal ikke betale særskilt.\n\n"
                + "Med venlig hilsen\nFjordland Leasing A/S")
            .attach("application/pdf", "Slutafregning_" + no + ".pdf", Attachments.pdf(docId(m, "fls"), "Slutafregning " + no,
                List.of("CV 41 207, CV 41 218: ingen bemærkninger", "CV 41 233: forlygte, bagklap: 6.120,00 ekskl. moms",
                    "Afregnes på månedsfakturaen for april", "Synsrapporter underskrevet af kunden ved aflevering")));
        genuine(m, "127.243.12.1");
        m.description = "real leasing company's end-of-lease settlement with signed inspection reports, added to the next invoice";
    }

    /** Genuine counterparts to the compliance-fee frauds: ordered audits by real consultants. */
    private void consultancy() {
        M m = ok("consultancy-invoice", true);
        String no = "WT-" + (2_030_100 + rnd.nextInt(400));
        String konto = bank("2270", "6289914406");
        headers(m, "Webtjek ApS", "faktura@webtjek.dk", "digitalisering@haderslev.dk", "Faktura " + no + " - tilgængelighedsaudit "
            + "haderslev.dk")
            .text("Hej Digitalisering\n\nTak for samarbejdet om audit af haderslev.dk og selvbetjeningsløsningerne efter WCAG 2.1 "
                + "AA. Rapporten blev gennemgået på mødet i sidste uge, og som aftalt i tilbuddet af 9. januar fremsendes "
                + "fakturaen nu. Den opdaterede tilgængelighedserklæring lægger I selv ind i WAS-Tool.\n\nBeløb 36.500,00 kr. "
                + "ekskl. moms, betaling 30 dage til " + konto + ".\n\nVenlig hilsen\nSidsel Winther\nWebtjek ApS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "wt"), "Faktura " + no,
                List.of("Webtjek ApS, CVR " + cvr("webtjek.dk"), "Haderslev Kommune, Digitalisering, EAN " + EAN,
                    "Tilgængelighedsaudit haderslev.dk, 120 sider + 6 selvbetjeningsflows, jf. tilbud 09.01.2030",
                    "36.500,00 + moms 9.125,00 = 45.625,00 DKK", "Konto " + konto)));
        genuine(m, "127.243.13.1");
        m.description = "ordered web-accessibility audit invoiced by the consultancy (p=none, aligned pass)";
        m = ok("consultancy-invoice", true);
        no = "SRS-" + (1_400 + rnd.nextInt(300));
        konto = iban("DK", "34120009981174");
        headers(m, "Sikkerhedsrådgivning Syd", "bogholderi@sikkerraad-syd.dk", "digitalisering@haderslev.dk", "Faktura " + no
            + ", NIS2 gap-analyse, 2. rate")
            .text("Til Haderslev Kommune, Digitalisering\n\nVedlagt faktura for anden rate af NIS2 gap-analysen (workshops med "
                + "forvaltningerne og leverandørgennemgang) efter kontrakten af 18. november 2029. Første rate er betalt. "
                + "Slutrapporten følger i uge 14.\n\nMed venlig hilsen\nThomas Lykke\nSikkerhedsrådgivning Syd ApS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "srs"), "Faktura " + no,
                List.of("Sikkerhedsrådgivning Syd ApS", "NIS2 gap-analyse, rate 2 af 3, kontrakt 18.11.2029",
                    "DKK 84.000,00 ekskl. moms", "Betaling: " + konto)));
        genuine(m, "127.243.14.1");
        m.description = "ordered NIS2 gap analysis, second instalment, from the security consultancy (Ed25519, p=reject)";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Flyvestation Skrydstrup", "skrydstrup-presse@forsvaret.dk", "teknik-miljoe@haderslev.dk",
            "Varsel om øget flyaktivitet og aftenflyvning, uge 12-13")
            .text("Til naboer og myndigheder omkring Flyvestation Skrydstrup\n\nI uge 12 og 13 gennemføres øvelse med aftenflyvning "
                + "til kl. 23. Vi beder kommunen orientere skoler og plejecentre i Skrydstrup, Vojens og Gram. Spørgsmål om "
                + "støj kan rettes til flyvestationens nabotelefon.\n\nVenlig hilsen\nFlyvestation Skrydstrup, Presse og "
                + "kommunikation");
        genuine(m, "127.243.15.1");
        m.description = "air base notice of evening flying to the municipality, DMARC pass, nothing to pay";
        m = ok("authority-notice", false);
        headers(m, "Vejdirektoratet", "trafikinfo@vejdirektoratet.dk", "teknik-miljoe@haderslev.dk",
            "E45: natlukning af frakørsel 65 Christiansfeld")
            .text("Til Haderslev Kommune\n\nFrakørsel 65 Christiansfeld lukkes i nordgående retning i fire nætter fra den "
                + writtenDay(m, 6) + " på grund af autoværnsarbejde. Omkørsel via frakørsel 66. Skolebusser berøres ikke.\n\n"
                + "Vejdirektoratet");
        genuine(m, "127.243.16.1");
        m.description = "road authority's closure notice, DMARC pass";
    }

    /** Our own telephone system mails voicemails with the recording: the genuine counterpart of the voice-clone fraud. */
    private void voicemail() {
        String[][] v = {{"+45 74 52 18 90", "2143", "0:38", "kreditor@haderslev.dk"}, {"+45 40 17 72 61", "3318", "1:12",
            "havn@haderslev.dk"}};
        for (String[] x : v) {
            M m = ok("voicemail-notification", false);
            headers(m, "Telefoni Haderslev Kommune", "voicemail@" + OWN, x[3], "Ny talebesked fra " + x[0] + " (" + x[2] + ")")
                .text("Du har modtaget en ny talebesked.\n\nFra: " + x[0] + "\nTil lokalnummer: " + x[1] + "\nVarighed: " + x[2]
                    + "\nModtaget: " + dottedDay(m, 0) + "\n\nBeskeden er vedhæftet som lydfil og kan også afspilles i telefonklienten. "
                    + "Denne mail er sendt automatisk.")
                .attach("audio/wav", "talebesked_" + x[1] + ".wav", audio(docId(m, "wav"), true));
            genuine(m, OWN_IP);
            m.description = "our own phone system mails a voicemail recording, signed by " + OWN;
        }
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, mad.person(), addr(mad), "sundhed-aeldre@haderslev.dk", "Regulering af portionspriser 2030")
            .text("Til Haderslev Kommune, Sundhed og Ældre\n\nIfølge kontraktens afsnit 6.3 reguleres portionsprisen én gang årligt "
                + "efter nettoprisindekset. Reguleringen udgør 2,1 % og slår igennem på aprilfakturaen, som kommer til jeres "
                + "EAN-nummer som sædvanlig. Der skal ikke betales noget særskilt.\n\nBeregningen er vedlagt.\n\nMed venlig hilsen\n"
                + "Madhuset Gram A/S")
            .attach("application/pdf", "Prisregulering_2030.pdf", Attachments.pdf(docId(m, "idx"), "Prisregulering 2030",
                List.of("Kontrakt om madservice, afsnit 6.3", "Nettoprisindeks dec. 2028: 121,4 - dec. 2029: 123,9",
                    "Regulering 2,1 %", "Gælder leverancer fra 01.04.2030")));
        genuine(m, mad.ip());
        m.description = "listed meal supplier announces contractual indexation on the next ordinary invoice";
    }

    private void platforms() {
        Supplier pest = skadedyr;
        Object[][] p = {{"sendregning.dk", "noreply@", "SendRegning", toemrer}, {"sendregning.dk", "noreply@", "SendRegning", el},
            {"sendregning.dk", "noreply@", "SendRegning", natur}, {"reepay.com", "invoices@", "Reepay", pest},
            {"zuora.com", "billing@", "Zuora", havnedata}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            String no = (d.startsWith("send") ? "" : d.startsWith("reepay") ? "inv-" : "INV") + (1_200 + rnd.nextInt(8_000));
            Amount a = amount(1_100_000);
            m.mailFrom = "bounce-" + sha256("plat24:" + m.id).substring(0, 12) + "@" + d;
            Mime mime = headers(m, s.name() + (d.startsWith("send") ? "" : " via " + x[2]), x[1] + d, "efaktura@haderslev.dk",
                s == havnedata ? "Faktura " + no + " fra Bergen Havnesystem AS" : (d.startsWith("reepay") ? "Din faktura " : "Faktura ")
                    + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)));
            if (s == havnedata) {
                mime.html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hei,</p><p>Vedlagt er faktura <b>" + no + "</b> for "
                    + "årsabonnementet på bookingsystemet for Årøfærgen og gjestehavnen i Haderslev.</p><p>Beløp: <b>NOK "
                    + a.gross() + "</b><br>Forfallsdato: " + isoDay(m, 30) + "<br>Konto: " + s.account() + ".</p><p>Spørsmål om "
                    + "fakturaen kan besvares direkte på denne e-posten.</p><p>Med vennlig hilsen<br>Bergen Havnesystem AS</p>"
                    + "<p style=\"color:#999;font-size:10px\">Sent via Zuora</p></body></html>");
            } else {
                mime.html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#f5f5f0\"><div style=\"max-width:580px;"
                    + "margin:auto;background:#fff;padding:24px\"><p>Kære Haderslev Kommune</p><p>" + s.name() + " har sendt dig "
                    + "faktura nr. <b>" + no + "</b>.</p><table><tr><td>Beløb</td><td><b>DKK " + a.gross() + "</b></td></tr><tr>"
                    + "<td>Forfald</td><td>" + writtenDay(m, 14 + v) + "</td></tr></table><p>Fakturaen er vedhæftet som PDF. Svarer du på "
                    + "denne mail, går svaret til " + s.name() + ".</p><p style=\"color:#999;font-size:11px\">Sendt med " + x[2]
                    + "</p></div></body></html>");
            }
            mime.attach("application/pdf", (s == havnedata ? "Faktura_" : "faktura-") + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                s.account(), s == havnedata ? 3 : v + 2, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(varme, bygge, it)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(2_200_000);
            boolean peppol = v != 0;
            headers(m, s.name(), addr(s), "efaktura@haderslev.dk", "Elektronisk faktura " + no + (peppol ? " - Peppol" : " - OIOUBL"))
                .text("Hej\n\nVores nye økonomisystem kan endnu ikke sende til NemHandel, så som aftalt med jeres e-fakturateam "
                    + "sender vi XML-filen her med en PDF til visning. Når forbindelsen er på plads, kommer fakturaerne den normale "
                    + "vej - denne skal kun betales én gang.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol_" : "oioubl_") + no.replace('/', '-') + ".xml",
                    ubl(no, s, a, isoDay(m, 0), isoDay(m, 30), peppol, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning-" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v, List.of("Original: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF view, usual account";
            v++;
        }
    }

    /** Two genuine bank changes, announced properly; one supplier's next invoice then carries the new account. */
    private void bankChanges() {
        String nyT = bank("5301", "0001187723");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@haderslev.dk", "Nyt pengeinstitut fra 1. maj")
            .text("Hej\n\nVi skifter fra Vojens Sparekasse til Sønderjysk Andelskasse. Fakturaer dateret 1. maj 2030 og senere vil "
                + "have det nye kontonummer " + nyT + " påtrykt; fakturaer før den dato betales som hidtil til den gamle konto.\n\n"
                + "I er velkomne til at ringe til mig på det nummer, I har i jeres leverandørkartotek, og få det bekræftet, før I "
                + "retter noget. Et underskrevet brev er vedlagt." + signature(toemrer))
            .attach("application/pdf", "Nyt_pengeinstitut.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om nyt pengeinstitut",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer dateret fra 01.05.2030",
                    "Ny konto: " + nyT, "Jens Peter Nissen, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from May (SPF+DKIM, no DMARC) and invites a call-back";
        String nyB = bank("7930", "0009318862");
        m = ok("supplier-new-account", false);
        headers(m, bus.person(), addr(bus), "kreditor@haderslev.dk", "Ændret bankforbindelse - Hoptrup Busser")
            .text("Til Haderslev Kommune, kreditorbogholderiet\n\nHoptrup Busser er pr. 1. februar overtaget af den nye ejer, "
                + "og virksomhedens bankforbindelse er derfor flyttet. Fakturaer fra og med februar skal betales til " + nyB
                + ". CVR-nummeret er uændret.\n\nVi har også skrevet til jer med almindelig post og har ringet til Helle i "
                + "kreditorbogholderiet den " + writtenDay(m, -2) + ".\n\nMed venlig hilsen\nKørselskontoret\nHoptrup Busser ApS");
        genuine(m, bus.ip());
        m.description = "listed bus company (Ed25519, p=quarantine, DMARC pass) announces a new owner and bank, also by post and phone";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(bus.name(), bus.domain(), bus.person(), bus.box(), bus.ip(), nyB, "skolebuskørsel, februar");
        invoice(m, moved, nyB, 13, List.of("Ny bankforbindelse jf. brev og mail af " + writtenDay(m, -4)), "\n\nBemærk den nye "
            + "bankforbindelse, som vi har skrevet om.");
        genuine(m, bus.ip());
        m.description = "hoptrup-busser.dk invoice with its new account after the announced, authenticated bank change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(smed, skadedyr, snedker, have, natur, tolk, musik, foto)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 4, List.of("Rekvirent: " + (v % 2 == 0 ? "driftsleder" : "afdelingsleder")),
                v % 3 == 1 ? "\n\nDet er første regning til kommunen fra mig, så sig til, hvis der mangler oplysninger." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted local " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved workshop but not bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Vojens Låse- og Alarmservice", "vojens-laas.dk", "Ole Bisgaard", "ole", HOSTER_IP,
            bank("7930", "0005506218"), "omkodning af nøglesystem og nye cylindre, Vojens Skole");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 21, List.of("Nøgler udleveret til skolens serviceleder"), "\n\nNøglerne er afleveret.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 26, List.of("Ny adresse: Kelstrupvej 4, 6100 Haderslev"), "\n\nVi er flyttet til nyt "
            + "værksted ved Kelstrup. Bank og kontonummer er de samme som altid.");
        genuine(m, HOSTER_IP);
        m.description = "oesby-el.dk invoice announcing a new workshop address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        Object[][] g = {{is, "Faktura ", "här kommer fakturan för de nya sargpanelerna och servicen av ismaskinen i Vojens "
            + "Skøjtehal, utfört vecka 4. Omvänd skattskyldighet gäller.", "SEK 184 600,00", "Hej,", "Vänliga hälsningar"},
            {wasserbau, "Rechnung ", "anbei erhalten Sie unsere Rechnung für die Sanierung der Spundwand an Kai 3 im Hafen "
                + "Haderslev (2. Abschlag laut Vertrag). Steuerschuldnerschaft des Leistungsempfängers.", "EUR 62.480,00",
                "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == is) {
                m.wave = 1;
            }
            String no = (s == is ? "JI-" : "RE-30-") + (1_400 + rnd.nextInt(600));
            String subject = x[1] + no + " / Haderslev Kommune";
            headers(m, s.person(), addr(s), s == is ? "kultur-fritid@haderslev.dk" : "havn@haderslev.dk", subject)
                .text(x[4] + "\n\n" + x[2] + "\n\n" + (s == is ? "Betalning inom 30 dagar till " : "Zahlbar innerhalb von 30 Tagen "
                    + "auf ") + s.account() + ".\n\n" + x[5] + "\n" + s.name())
                .attach("application/pdf", (s == is ? "Faktura_" : "Rechnung_") + no + ".pdf", Attachments.pdf(docId(m, "fx"), x[1] + no,
                    List.of(s.name(), "Kund/Kunde: Haderslev Kommune, " + RAADHUS + ", Danmark", s.what(), "Summa/Summe " + x[3]
                        + " (reverse charge)", "Bank: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), subject));
            m.description = s == is ? "Swedish ice-rink firm from Jönköping (history), SE IBAN, reverse charge, p=none"
                : "German hydraulic engineering firm from Flensburg, DE IBAN, reverse charge, p=quarantine";
        }
        M m = ok("foreign-invoice", true);
        String no = "GPS-" + (30_210 + rnd.nextInt(300));
        String konto = iban("IE", "BOFI90412833019954");
        headers(m, "Galway Play Surfaces", "accounts@galway-playsurfaces.ie", "indkoeb@haderslev.dk", "Invoice " + no
            + " - wetpour safety surfacing, Damparken playground")
            .text("Dear Sir/Madam,\n\nPlease find attached our invoice for the wetpour safety surfacing laid at the Damparken "
                + "playground in Haderslev, per your purchase order HK-2030-0118. Payment to " + konto + ", reverse charge "
                + "applies.\n\nKind regards\nAoife Byrne\nGalway Play Surfaces Ltd")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "ie"), "Invoice " + no,
                List.of("Galway Play Surfaces Ltd", "Wetpour surfacing 240 m2, Damparken, Haderslev", "EUR 21,950.00 excl. VAT, "
                    + "reverse charge", konto)));
        genuine(m, "127.247.3.1");
        m.description = "Irish playground-surface maker, SPF only (aligned pass, no DMARC), IE IBAN, ordered work";
        Past f = past.get(is.domain());
        m = ok("payment-reminder", true);
        headers(m, is.person(), addr(is), "kultur-fritid@haderslev.dk", "Påminnelse: faktura " + f.no())
            .text("Hej,\n\nenligt vår reskontra är faktura " + f.no() + " på " + f.amount().gross() + " ännu inte betald. Vänligen "
                + "betala till vårt vanliga konto " + is.account() + ". Om betalningen redan är gjord kan ni bortse från detta "
                + "meddelande.\n\nVänliga hälsningar\nJönköping Isteknik AB, Ekonomi");
        genuine(m, is.ip());
        m.description = "Swedish supplier's polite reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "NG-" + (77_000 + rnd.nextInt(9_000));
        headers(m, "Netigate Billing", "billing@netigate.net", "oekonomi@haderslev.dk", "Invoice " + no + " - Netigate Enterprise")
            .text("Hello,\n\nPlease find enclosed the invoice for your Netigate Enterprise licence (citizen and employee surveys, "
                + "12 months). As agreed, payment is made via your EAN number.\n\nInvoice: " + no + "\nAmount: DKK 64,800.00 "
                + "excl. VAT\n\nBest regards\nNetigate AB, Billing")
            .attach("application/pdf", "Netigate_" + no + ".pdf", Attachments.pdf(docId(m, "ng"), "Invoice " + no,
                List.of("Customer: Haderslev Kommune, EAN " + EAN, "Netigate Enterprise, 12 months", "DKK 64,800.00 excl. VAT",
                    "Payment via EAN / NemHandel")));
        genuine(m, "127.247.5.1");
        m.description = "survey SaaS annual invoice in English, payment via EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "RS" + (20_300 + rnd.nextInt(900));
        headers(m, "Relesys", "invoice@relesys.net", "hr@haderslev.dk", "Faktura " + no + " - medarbejderapp, 2. kvartal")
            .text("Kære kunde\n\nHermed faktura for medarbejderappen til jeres 1.900 medarbejdere uden fast pc-arbejdsplads "
                + "(2. kvartal 2030). Fakturaen er også sendt til EAN-nummeret.\n\nVenlig hilsen\nRelesys A/S")
            .attach("application/pdf", "Relesys_" + no + ".pdf", Attachments.pdf(docId(m, "rs"), "Faktura " + no,
                List.of("Haderslev Kommune, EAN " + EAN, "Medarbejderapp, 1.900 brugere, Q2 2030", "DKK 47.500,00 + moms",
                    "Betaling via EAN")));
        genuine(m, "127.247.6.1");
        m.description = "staff-app SaaS quarterly invoice sent to the EAN as well, Ed25519, DMARC pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounces-" + sha256("ver24:" + m.id).substring(0, 8) + "@verified.eu";
        headers(m, "Revisionsfirmaet Vojens via Verified", "noreply@verified.eu", "oekonomi@haderslev.dk", "Dokument til "
            + "underskrift: Erklæring om tilskudsregnskab, Aarøsund Havn")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Revisionsfirmaet Vojens har sendt dig et "
                + "dokument til underskrift: <b>Ledelseserklæring - tilskudsregnskab 2029 for renovering af Aarøsund Havn</b>.</p>"
                + "<p>Du underskriver med MitID. Du kan også logge ind på verified.eu og finde dokumentet under 'Til underskrift'."
                + "</p><p><a href=\"https://app.verified.eu/s/" + sha256("vl24:" + m.id).substring(0, 20) + "\">Se og underskriv "
                + "dokumentet</a></p><p>Har du spørgsmål, så kontakt afsenderen.</p><p style=\"font-size:10px;color:#888\">"
                + "Verified - digital signering</p></body></html>");
        genuine(m, "127.243.9.1");
        m.description = "real e-signature service sends the auditor's statement for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"offentlig-oekonomi-nyt.dk", "Offentlig Økonomi Nyt", "redaktion@", "NIS2 og webtilgængelighed: hvad koster "
            + "det egentlig?",
            "Registrering efter NIS2-loven og indberetning af tilgængelighedserklæringer er gratis. Får I en regning for "
                + "'registreringsgebyr' eller 'tilsynsgebyr', så er den falsk. Tjek altid afsenderen via myndighedens hjemmeside."},
            {"revision-vojens.dk", "Revisionsfirmaet Vojens", "nyhedsbrev@", "Nyhedsbrev: leasing ved ophør",
                "Ved tilbagelevering af leasingbiler bør synsrapporten underskrives på stedet. Skader, der først dukker op i en "
                    + "mail uger senere og skal betales til en ny konto, bør altid kontrolleres hos leasingselskabet."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce+" + sha256("nl24:" + x[0]).substring(0, 12) + "@smtp2go.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@haderslev.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld/" + sha256("u24:" + x[0]).substring(0, 10) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><table width=\"620\" style=\"font-family:Georgia,serif\"><tr><td><h1 style=\"font-size:20px\">"
                    + x[3] + "</h1><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs mere</a></p><hr><p "
                    + "style=\"font-size:10px\">Du får nyhedsbrevet, fordi du er tilmeldt. Frameld med ét klik.</p></td></tr>"
                    + "</table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("smtp2go.com");
            m.ip = "127.245.7.1";
            m.helo = "mail.smtp2go.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"indkoebsnetvaerk-syd.dk", "Birthe Lauritsen", "bila@", "Regning for 'NIS2-registrering'?",
            "Hej alle\n\nEr der andre, der har fået en opkrævning på 'tilsynsgebyr' for optagelse i NIS2-registret? Vores "
                + "it-sikkerhed siger, at registreringen er gratis og sker på virk.dk.\n\nBirthe, Indkøbsnetværk Syd"},
            {"loenforum-kommuner.dk", "Jesper Holm", "jeho@", "SV: Regning for 'NIS2-registrering'?", "Ja, og en variant om "
                + "webtilgængelighed med 'genkontrolgebyr'. Vi har sendt begge videre til politiet.\n\nJesper"},
            {"indkoebsnetvaerk-syd.dk", "Pernille Vad", "peva@", "Lydbeskeder fra 'direktøren'", "Hej\n\nPas på mails med en "
                + "vedhæftet lydbesked, hvor en leder beder om en hurtig betaling. Stemmen kan være kunstigt lavet. Ring altid "
                + "tilbage på det nummer, I kender.\n\nPernille"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorforum-syddanmark.dk", x[3])
                .header("List-Id", "Kreditorforum Syddanmark <liste.kreditorforum-syddanmark.dk>")
                .header("List-Post", "<mailto:liste@kreditorforum-syddanmark.dk>")
                .text(x[4]);
            String list = "kreditorforum-syddanmark.dk";
            listPost(m, x[0], list, "[Kreditorforum Syddanmark] ",
                "\r\n_______________________________________________\r\nKreditorforum Syddanmark - netværk for "
                + "kreditorbogholdere i syddanske kommuner og regioner\r\nAfmeld: https://kreditorforum-syddanmark.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 18, List.of(), "");
        m.mailFrom = "SRS0=Kp7d=VQ=haderslev-ugeavis.dk=annonce@srs.fjordnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.248.1.1";
        m.helo = "srs.fjordnet.dk";
        m.description = "haderslev-ugeavis.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, bygge, bygge.account(), 31, List.of(), "");
        m.signers.add(bygge.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 35, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(380_000);
        headers(m, "Mikkel Rask", "mira@" + OWN, "kreditor@haderslev.dk", "VS: Faktura " + no + " - saltning cykelstier")
            .text("Hej kreditor\n\nDenne faktura kom direkte til mig. Saltningen er udført og godkendt, konto 6120-311 Vejdrift."
                + "\n\nMikkel Rask\nTeknik og Miljø\n\n-------- Oprindelig meddelelse --------\nFra: " + vognmand.person() + " <"
                + addr(vognmand) + ">\nSendt: " + writtenDay(m, -3) + "\nEmne: Faktura " + no + "\n\nHej Mikkel, her er regningen for "
                + "saltningen.")
            .attach("application/pdf", pdfName(no, 3), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 1, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.haderslev-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorbogholderiet", "kreditor@", "ledere@haderslev.dk", "Opkrævninger for 'NIS2' og "
            + "'webtilgængelighed'",
            "Kære ledere\n\nVi ser regninger på gebyrer for NIS2-registrering og genkontrol af hjemmesiden. Kommunen er "
                + "registreret, og det er gratis. Betal intet af den slags - send det til os.\n\nKreditorbogholderiet, Økonomi"},
            {"Helle Duus", "hedu@", "kreditor@haderslev.dk", "Hoptrup Busser - ny konto", "Hej\n\nJeg har talt med den nye ejer af "
                + "Hoptrup Busser på nummeret i kreditorstamdata, og kontoændringen er bekræftet. Jeg retter stamdata i dag.\n\n"
                + "Helle"},
            {"IT-sikkerhed", "it-sikkerhed@", "alle-medarbejdere@haderslev.dk", "Lydbeskeder og deepfakes", "Svindlere kan "
                + "efterligne en leders stemme. Får du en lydbesked eller et opkald med en hastebetaling, så læg på og ring tilbage "
                + "på nummeret i Outlook. Vores telefonsystem sender kun talebeskeder fra voicemail@haderslev.dk."},
            {"Anja Refslund", "anre@", "kreditor@haderslev.dk", "Udlæg - reservedele til Årøfærgen", "Hej\n\nVedhæftet kvittering "
                + "for to kileremme og et filter købt i Aarøsund til færgen. Kan det komme med i udlægskørslen?\n\nAnja\nHavn og "
                + "Færge"},
            {"Flådestyring", "flaade@", "kreditor@haderslev.dk", "Tilbagelevering af leasingbiler", "Hej\n\nTil orientering: "
                + "synsrapporter ved aflevering af leasingbiler underskrives altid af os på stedet, og eventuelle skader "
                + "afregnes på Fjordland Leasings månedsfaktura. Særskilte skadesregninger skal forbi flådestyring.\n\nFlådestyring"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_faerge.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Vojens Sparekasse, Erhverv", "erhverv@vojens-sparekasse.dk", "oekonomi@haderslev.dk", "Ny meddelelse i "
            + "Netbank Erhverv")
            .text("Kære kunde\n\nDer ligger en ny meddelelse til jer i Netbank Erhverv. Log på, som I plejer. Vi sender aldrig "
                + "links til login og beder aldrig om MitID-godkendelser eller koder pr. mail eller telefon.\n\nVojens Sparekasse");
        genuine(m, "127.245.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Sønderjysk Andelskasse", "erhverv@soenderjysk-andelskasse.dk", "oekonomi@haderslev.dk",
            "Påske: sidste frist for betalinger")
            .text("Betalinger, der skal være modtageren i hænde før påske, skal godkendes senest onsdag kl. 13. Udlandsbetalinger i "
                + "euro og norske og svenske kroner skal godkendes en bankdag tidligere.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.245.2.1");
        m.description = "bank notice about cut-off times, DMARC pass";
    }

    private void pension() {
        M m = ok("pension-notice", false);
        headers(m, "PensionDanmark Arbejdsgiverservice", "arbejdsgiver@pensiondanmark.com", "loen@haderslev.dk",
            "Ændrede satser for arbejdsmarkedspension pr. 1. april")
            .text("Kære arbejdsgiver\n\nSom følge af overenskomstfornyelsen ændres bidragssatsen for en række medarbejdergrupper "
                + "pr. 1. april 2030. Indbetalingen sker fortsat via jeres lønsystem; I skal ikke foretage jer andet end at "
                + "kontrollere satserne i lønsystemet. Vi beder aldrig om betaling til en konto pr. mail.\n\nVenlig hilsen\n"
                + "PensionDanmark");
        genuine(m, "127.243.3.1");
        m.description = "pension company's routine notice to the employer, payment via the payroll system, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Revisionsfirmaet Vojens", "revision@revision-vojens.dk", "kreditor@haderslev.dk", "Anmodning om "
            + "saldobekræftelse - " + entrep.name())
            .text("Til Haderslev Kommune\n\nVi reviderer årsregnskabet for " + entrep.name() + " og beder jer bekræfte jeres "
                + "mellemværende med selskabet pr. 31. december 2029. Selskabets fuldmagt er vedlagt.\n\nSvar venligst direkte "
                + "til os, også hvis saldoen er 0. Vi beder ikke om betaling eller bankoplysninger.\n\nMed venlig hilsen\n"
                + "Revisionsfirmaet Vojens")
            .attach("application/pdf", "Fuldmagt_saldo.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Opgørelsesdato 31.12.2029", "Svar sendes til revisor")));
        genuine(m, "127.243.2.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Haderslev Katedralskole, Økonomi", "oekonomi@haderslev-katedralskole.dk", "oekonomi@haderslev.dk",
            "Betalingsadvisering")
            .text("Hej\n\nI dag har vi overført 22.400,00 kr. for leje af Frøs Hallen til idrætsdag i januar (jeres faktura "
                + "8820417).\n\nMed venlig hilsen\nHaderslev Katedralskole");
        genuine(m, "127.243.5.1");
        m.description = "remittance advice: a school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Sydjysk Genbrug I/S, Kreditorer", "kreditor@sydjysk-genbrug.dk", "oekonomi@haderslev.dk", "Betalingsadvis")
            .text("Til Haderslev Kommune\n\nSpecifikation af dagens betaling fra Sydjysk Genbrug er vedlagt.\n\nSydjysk Genbrug")
            .attach("text/csv", "betalingsadvis.csv", ("fakturanr;tekst;beloeb\r\n8820433;Leje af areal ved Vojens genbrugsplads;"
                + "31500,00\r\n8820434;Vintertjeneste på adgangsvej Hammelev;7820,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.243.11.1");
        m.description = "the waste company pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"vojens-byggemarked.dk", "Vojens Byggemarked", "kvittering@", "Din kvittering",
            "Is-smelt 10 x 25 kg, snefnug-skovle og to arbejdslamper, 4.215,50 kr. Betalt med kommunens indkøbskort."},
            {"haderslev-boghandel.dk", "Haderslev Boghandel", "webshop@", "Ordrebekræftelse 30882", "26 eksemplarer af "
                + "'Christiansfeld - Brødremenighedens by' til 6. årgang, 5.070,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@haderslev.dk", x[3]).text(x[4] + "\n\nTak for din handel.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Legeplads Skrydstrup", "ordre@legeplads-skrydstrup.dk", "indkoeb@haderslev.dk", "Ordrebekræftelse 11874")
            .text("Tak for ordren på klatrestativ og balancebom til Børnehuset Solsikken i Gram. Levering uge 16. Faktura sendes "
                + "via NemHandel til EAN " + EAN + ".\n\nLegeplads Skrydstrup");
        genuine(m, "127.243.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, smed.person(), addr(smed), "havn@haderslev.dk", "Tilbud på nye fortøjningsringe, Aarøsund")
            .text("Hej\n\nTolv nye fortøjningsringe i galvaniseret stål, monteret på kajen i Aarøsund: 27.600 kr. ekskl. moms. "
                + "Tilbuddet gælder til 1. maj." + signature(smed))
            .attach("application/pdf", "Tilbud_fortoejningsringe.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("12 fortøjningsringe, galvaniseret", "27.600,00 ekskl. moms", "Gyldigt til 01.05.2030")));
        genuine(m, smed.ip());
        m.description = "quote from an unlisted boatyard and smithy, nothing to pay";
        m = ok("quote", false);
        headers(m, have.person(), addr(have), "teknik-miljoe@haderslev.dk", "Pris på pileslæt ved Hindemade")
            .text("Hej\n\nSlæt af pil og tagrør langs stien ved Hindemade inkl. opsamling og bortkørsel: 3 dage, 19.200 kr. "
                + "+ moms. Jeg kan gå i gang, når jorden er frossen igen eller efter 1. august." + signature(have));
        genuine(m, have.ip());
        m.description = "quote in the body from an unlisted nature-care firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "boern-skole@haderslev.dk", "Køreplan ved vejarbejde i Hoptrup")
            .text("Hej\n\nMens Hoptrup Hovedgade er spærret i uge 11-12, kører skolebussen ad Marstrupvej. Morgenturen fra "
                + "Fjelstrup afgår derfor 10 minutter tidligere. Faktureringen er uændret.\n\nHoptrup Busser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomme@haderslev.dk", "Varsling: afbrydelse af fjernvarme, Vojens Øst")
            .text("Kære kunde\n\nTirsdag kl. 8-13 afbryder vi fjernvarmen i dele af Vojens Øst på grund af ledningsarbejde. Det "
                + "berører Vojens Skøjtehal og Plejecenter Hjemly, som har fået direkte besked.\n\nVojens Fjernvarme");
        genuine(m, varme.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250000451998270"), iban("DK", "89910007729315"), bank("8991", "0004473190"),
        iban("EE", "2210220173389406"), iban("PL", "611090101400000712198801"), iban("GB", "MONZ04008921443019"),
        iban("IE", "AIBK93115211908817"), iban("NL", "RABO0371194402"), iban("DE", "500105175408812271"),
        iban("HU", "107000240000551933720000"), iban("RO", "INGB0000999908813356"), iban("BG", "UNCR70001522941873"),
        iban("CY", "005001720000001200773941"), bank("5301", "0000445190"), iban("MT", "MMEB44093000000088122190174"),
        iban("SE", "91200000014478293315"), iban("LT", "7373000010098877"), iban("DK", "53010000998174")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

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
        accessibilityFees();
        nis2Fees();
        voiceClones();
        leaseDamage();
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, bygge, kontor};
        String[] notes = {"\n\nVi er skiftet til ny bank. Betal venligst kun til kontoen på denne faktura.",
            "\n\nVores konto i Vojens Sparekasse er opsagt - ret venligst jeres stamdata.", "",
            "\n\nBemærk: ny bankforbindelse fra og med denne faktura."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 1), i + 5, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == bygge) {
                m.mime.header("Reply-To", "<proff@christiansfeld-byggecenter.com>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == bygge ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"vojens-varme.com", varme}, {"hammelev-entreprenor.dk", entrep},
            {"christiansfeld-byggecenter.com", bygge}, {"oesby-el-service.dk", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 3), i * 3 + 2, List.of(), i % 2 == 0
                ? "\n\nVær opmærksom på, at vores kontonummer er ændret." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("christiansfeld-byggecent\u0435r.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, bygge.posing(d, bygge.account()), mule(6), 15, List.of("Ny kontoforbindelse pr. 1. marts"), "\n\nHusk venligst "
            + "det nye kontonummer.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as christiansfeld-byggecenter.dk, invoice with new account, authenticates";
        d = idn("h\u0430derslev.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Haderslev Kommune, Økonomi", "oekonomi@" + d, "kreditor@haderslev.dk", "Depositum personaleseminar - skal "
            + "betales i dag")
            .text("Hej\n\nHotellet i Aarøsund har ikke fået depositum for ledernes seminar i april, 67.500 kr., og frigiver "
                + "værelserne i eftermiddag. Overfør venligst beløbet til " + mule(10) + " inden kl. 14. Bilaget kommer bagefter "
                + "via indkøbssystemet.\n\nMvh\nØkonomi");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic a) posing as our finance department: same-day seminar deposit, authenticates";
    }

    private void platformFrauds() {
        String[][] look = {{"sendregning-haderslev.com", "SendRegning"}, {"zuora-vojens.net", "Zuora"}};
        for (int i = 0; i < look.length; i++) {
            Supplier s = i == 0 ? toemrer : it;
            M m = bad("lookalike-platform");
            String no = String.valueOf(1_200 + rnd.nextInt(8_000));
            headers(m, s.name() + (i == 0 ? "" : " via " + look[i][1]), "noreply@" + look[i][0], "efaktura@haderslev.dk",
                "Faktura " + no + " er overskredet")
                .html("<html><body style=\"font-family:Helvetica,Arial\"><p>Kære Haderslev Kommune</p><p>Faktura " + no + " fra "
                    + s.name() + " har overskredet forfaldsdatoen. Betal nu med kort eller bankoverførsel for at undgå gebyr:</p>"
                    + "<p><a href=\"https://" + look[i][0] + "/b/" + sha256(m.id).substring(0, 16) + "\" style=\"background:#0a7f"
                    + "5a;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px\">Se og betal faktura</a></p>"
                    + "<p style=\"color:#999;font-size:11px\">Sendt med " + look[i][1] + "</p></body></html>");
            ownedBy(m, look[i][0]);
            m.description = "look-alike platform " + look[i][0] + ": overdue invoice in listed " + s.domain() + "'s name, pay link";
        }
        M m = bad("platform-account-misused");
        String no = "inv-" + (1_200 + rnd.nextInt(8_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 12) + "@reepay.com";
        headers(m, "Kommunal Compliance Norden via Reepay", "invoices@reepay.com", "digitalisering@haderslev.dk", "Din faktura "
            + no + " fra Kommunal Compliance Norden")
            .header("Reply-To", "<kommunal.compliance.norden@outlook.com>")
            .html("<html><body><p>Kære Haderslev Kommune</p><p>Tak for jeres tilmelding til <b>Compliance-pakken 2030</b> "
                + "(GDPR, NIS2 og webtilgængelighed, 12 måneder). Faktura <b>" + no + "</b> på <b>DKK 34.375,00</b> forfalder om 5 "
                + "dage og betales til " + mule(11) + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", Attachments.pdf(docId(m, "pf"), "Faktura " + no,
                List.of("Kommunal Compliance Norden", "Compliance-pakken 2030, 12 mdr.", "DKK 34.375,00 inkl. moms",
                    "Konto " + mule(11))));
        genuine(m, "127.244.2.1");
        m.description = "real platform reepay.com used by an unknown firm for a 'compliance package' never ordered, outlook Reply-To, mule";
        m = bad("platform-account-misused");
        no = "INV" + (1_200 + rnd.nextInt(8_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 12) + "@zuora.com";
        headers(m, "Vojens IT-Service ApS via Zuora", "billing@zuora.com", "kreditor@haderslev.dk", "Faktura " + no
            + " - nye betalingsoplysninger")
            .header("Reply-To", "<vojens.itservice.faktura@gmail.com>")
            .html("<html><body><p>Kære kunde</p><p>Vojens IT-Service fakturerer fremover gennem Zuora og har samtidig skiftet "
                + "bank. Faktura " + no + " bedes derfor betalt til " + mule(2) + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", pdfInvoice(m, it.posing(it.domain(), mule(2)), "Faktura", no,
                amount(3_000_000), mule(2), 0, List.of("Nye betalingsoplysninger")));
        genuine(m, "127.244.3.1");
        m.description = "real platform zuora.com in listed vojens-itservice.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{entrep, "Vores bank har midlertidigt lukket driftskontoen, mens de gennemgår vores byggekreditter. Indtil "
            + "videre bedes I betale til "},
            {vvs, "Vi har solgt vores tilgodehavender til et factoringselskab, så fremover skal betaling ske til "},
            {rengoer, "Efter vores fusion med et landsdækkende rengøringsfirma skal alle betalinger gå til koncernens konto "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 12), i + 8, List.of("Ændret betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 12)
                + ". Jeg sidder i møder det meste af ugen, så skriv endelig frem for at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = mad;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@haderslev.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn opfølgning på fakturaen nedenfor: vi har flyttet bankforbindelse i forbindelse med årsskiftet, så de "
                + p.amount().gross() + " kr. skal betales til " + mule(15) + ". Den gamle konto bliver lukket i denne måned.\n\n"
                + s.person() + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of madhuset-gram.dk replies in its own wave-1 thread (DMARC pass), mule account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "fjelstrup-kloak.net"}, {mad, "madhuset-gram.com"}, {toemrer, "starup-tomrer.dk"},
            {bus, "hoptrup-bus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@haderslev.dk", (i % 2 == 0 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nAngående faktura " + p.no() + " på " + p.amount().gross() + " kr.: vi har skiftet bank, så beløbet "
                    + "skal indbetales på " + mule(i + 4) + " og ikke den konto, der står på fakturaen. Send lige en kort "
                    + "bekræftelse, når det er rettet.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\n> "
                    + GREETING[i] + "\n> Vedhæftet faktura " + p.no() + ".");
            if (i == 1) {
                mime.attach("application/pdf", pdfName(p.no(), 6), pdfInvoice(m, s.posing(d, mule(i + 4)), "Faktura", p.no(),
                    p.amount(), mule(i + 4), 0, List.of("Rettet bankforbindelse")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account";
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Anders Kjærgaard, borgmester", "borgmester@" + OWN, "oekonomi@haderslev.dk", "Fortroligt - erhvervsgrund "
            + "i Vojens")
            .text("Hej\n\nVi er i fortrolige drøftelser om køb af en erhvervsgrund ved Vojens Lufthavn. Sælgers advokat skal have "
                + "et deponeringsbeløb på 285.000 kr. i dag. Overfør til " + mule(3) + ", og lad det blive mellem os, til "
                + "Økonomiudvalget er orienteret.\n\nAnders");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Kreditorbogholderiet", "kreditor@" + OWN, "oekonomi@haderslev.dk", "Returneret betaling til Sydjysk Genbrug")
            .text("Hej\n\nBetalingen af acontobidraget til Sydjysk Genbrug for 1. kvartal er kommet retur fra banken. Betal "
                + "venligst 2.947.300,00 kr. igen til " + mule(7) + " i dag - genbrugsselskabet har selv oplyst kontoen. Bilaget "
                + "retter vi efterfølgende.\n\nKreditorbogholderiet");
        forged(m, forgedHost++);
        m.description = "our creditor mailbox forged from outside: 'pay the returned waste-company contribution again', mule";
    }

    private void ceo() {
        Object[][] c = {{"Anders Kjærgaard", "anders.kjaergaard.borgmester@gmail.com", GMAIL, "Lige et hurtigt spørgsmål",
            "Hej\n\nJeg sidder i KKR Syddanmark og kan ikke tale i telefon. Jeg skal bruge din hjælp til en betaling, inden "
                + "banken lukker. Svar på denne mail, så sender jeg detaljerne.\n\nAnders\nSendt fra min iPhone"},
            {"Mette Brodersen - kommunaldirektør", "mette.brodersen.haderslev@outlook.com", MSFT, "Påskegave til hjemmeplejen",
                "Hej\n\nJeg vil gerne sige tak til hjemmeplejen i Vojens for en hård vinter. Køb 25 digitale gavekort à 400 kr., "
                    + "og send mig koderne på mail - jeg lægger ud, og du får pengene retur i morgen.\n\nMette"},
            {"Søren Hjort", "soeren.hjort.oekonomichef@icloud.com", APPLE, "Fortroligt: forlig om Haderslev Havn", "Hej\n\nVi "
                + "har indgået forlig i voldgiftssagen om kajen på Haderslev Havn. Modpartens advokat skal have 312.000 kr. i dag: "
                + mule(5) + ". Bilaget godkender jeg, når jeg er tilbage.\n\nSøren, økonomichef"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@haderslev.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Sanne Hammelev", "sanne.hammelev72@gmail.com", "loen@haderslev.dk", "Ny lønkonto")
            .text("Hej\n\nJeg er social- og sundhedsassistent på Plejecenter Hjemly og har skiftet bank. Kan marts-lønnen gå ind "
                + "på " + bank("8991", "0002287716") + "? Jeg kan ikke komme på medarbejderportalen hjemmefra.\n\nVenlig hilsen\n"
                + "Sanne");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Torben Aarø", "torben.aaroe@yahoo.com", "loen@haderslev.dk", "Lønkonto ændret")
            .text("Hej\n\nJeg er færgemand på Årøfærgen. Min gamle konto er lukket, så løn og feriepenge skal fremover ind på "
                + mule(9) + ". Jeg har ikke adgang til MitID i øjeblikket.\n\nTorben");
        genuine(m, YAHOO);
        m.description = "a 'ferryman' on yahoo (p=reject, DKIM pass) wants his salary to a foreign account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "henrik@grammaler.dk", "kreditor@haderslev.dk", "Kontonummer")
            .text("Hej\n\nBare en kort besked: jeg har fået nyt kontonummer " + mule(13) + ". Brug det fra nu af, også til den "
                + "regning, der står åben.\n\nMvh Henrik\nGram Malerforretning");
        ownedBy(m, "grammaler.dk");
        m.description = "no attachment: look-alike of gram-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Hoptrup Busser <trafik@hoptrup-busser.dk>", "hoptrup.busser.trafik@hotmail.com", "kreditor@haderslev.dk",
            "Ændring af bankoplysninger")
            .text("Kære kunde\n\nVores mailserver er nede efter en opdatering, så vi skriver fra denne adresse. Vores konto er "
                + "ændret til " + mule(14) + " med virkning fra i dag.\n\nHoptrup Busser");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is hotmail: new account in the body";
    }

    private void fakeInkasso() {
        Supplier[] s = {el, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "HI-" + (610_000 + rnd.nextInt(90_000));
            headers(m, "Haderslev Inkasso", "sagsbehandling@haderslev-inkasso.com", "kreditor@haderslev.dk",
                "Inkassovarsel - sag " + sag)
                .text("Haderslev Kommune\n\n" + s[i].name() + " har overdraget kravet for faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. til os. Betales beløbet med tillæg af 2.100 kr. i inkassoomkostninger ikke inden 3 "
                    + "hverdage til " + mule(i + 2) + ", overgår sagen til fogedretten.\n\nHaderslev Inkasso")
                .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Inkassovarsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(),
                        "Omkostninger 2.100,00", "Konto " + mule(i + 2))));
            ownedBy(m, "haderslev-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-haderslev.com", "Digital Post", "post@", "Ny meddelelse fra Skattestyrelsen",
            "Haderslev Kommune har fået en meddelelse i Digital Post om regulering af A-skat. Meddelelsen skal åbnes med MitID "
                + "Erhverv inden 48 timer.", "fake-digital-post"},
            {"mitid-haderslev.com", "MitID Erhverv", "noreply@", "Bekræft jeres MitID Erhverv-administrator",
                "Administratorrettighederne for Haderslev Kommune skal bekræftes. Gør det inden fredag, ellers spærres "
                    + "adgangen til Digital Post og NemRefusion.", "fake-digital-post"},
            {"digitalpost-vojens.com", "Digital Post Erhverv", "meddelelse@", "Ulæst brev fra Udbetaling Danmark",
                "Der ligger et ulæst brev om efterregulering af refusion. Log på for at læse brevet og undgå modregning.",
                "fake-digital-post"},
            {"haderslev-domaener.net", "Nordisk Domæneservice", "fornyelse@", "Fornyelse af haderslev.dk",
                "Registreringen af haderslev.dk udløber snart. Betal inden 7 dage, ellers lukkes hjemmeside og e-mail.",
                "domain-directory-scam"},
            {"gram-erhvervsregister.org", "Dansk Erhvervsregister", "data@", "Kontrol af virksomhedsoplysninger",
                "Kontrollér de forudfyldte oplysninger, og returnér formularen underskrevet. Grundregistrering er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@haderslev.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 16);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log på med "
                    + "MitID</a></p></body></html>");
            } else if (x[0].startsWith("haderslev-domaener")) {
                mime.text(x[4] + "\n\nPris for 2 år: 4.950,00 kr. til " + mule(16) + " eller med betalingskort: " + link
                        + "\n\nNordisk Domæneservice")
                    .attach("application/pdf", "Fornyelse_haderslev.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domænefornyelse",
                        List.of("Domæne: haderslev.dk", "Periode: 2 år", "4.950,00", "Konto " + mule(16))));
            } else {
                mime.text(x[4] + "\n\nDansk Erhvervsregister")
                    .attach("application/pdf", "Formular_Haderslev_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Kontrolformular",
                        List.of("Haderslev Kommune, " + RAADHUS, "Underskrift:", "Med underskriften bestilles 3 års "
                            + "markedsføringsprofil à 1.190 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordrebekræftelse", "ordre@christiansfeld-ordreservice.com", "indkoeb@haderslev.dk", "Ordre 55102 afsendes "
            + "i dag: 8 x iPad Pro")
            .text("Tak for din ordre. 8 x iPad Pro 13\" med tastatur, i alt 118.320,00 kr., faktureres ved afsendelse i morgen.\n\n"
                + "Har du ikke afgivet ordren? Ring straks til +45 74 40 92 18 for at annullere.\n\nOrdreservice");
        ownedBy(m, "christiansfeld-ordreservice.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "McAfee Fornyelse", "ordre@christiansfeld-ordreservice.com", "oekonomi@haderslev.dk", "Kvittering for "
            + "automatisk fornyelse")
            .text("Jeres abonnement er automatisk fornyet for 3 år (6.980 kr.). Ønsker I at fortryde, skal I ringe til +45 74 40 92 18 "
                + "inden 24 timer.")
            .attach("application/pdf", "Kvittering_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("Total Protection, 3 år", "6.980,00 kr.", "Fortrydelse: +45 74 40 92 18")));
        ownedBy(m, "christiansfeld-ordreservice.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilbetal-haderslev.net", "MobilePay", "noreply@", "Betaling kunne ikke gennemføres",
            "En betaling på 9.640,00 kr. fra Haderslev Kommune blev afvist."},
            {"skrydstrup-parkering.com", "Parkering Skrydstrup", "kontrol@", "Ubetalt kontrolafgift - tjenestebil CX 82 117",
                "En af kommunens biler har fået en kontrolafgift på 795 kr. ved Skrydstrup Lufthavn."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@haderslev.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din telefon for at betale.</p><p><img src=\"cid:qr\" "
                    + "width=\"200\" height=\"200\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "betal_qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Aarøsund Marine Survey", "accounts@aaroesund-marine-survey.com", "havn@haderslev.dk",
            "Invoice AMS-3047 - depth survey Haderslev Fjord channel")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the multibeam depth survey of the Haderslev Fjord "
                + "navigation channel, as agreed with your harbour office. EUR 16,400.00 is due within 7 days to " + mule(4)
                + ".\n\nKind regards\nAarøsund Marine Survey")
            .attach("application/pdf", "AMS-3047.pdf", Attachments.pdf(docId(m, "en"), "Invoice AMS-3047",
                List.of("Client: Haderslev Municipality", "Multibeam depth survey, Haderslev Fjord channel", "EUR 16,400.00",
                    "Bank: " + mule(4))));
        ownedBy(m, "aaroesund-marine-survey.com");
        m.description = "English invoice for a survey never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Aarøsund Marine Survey - Accounts", "finance@aaroesund-marine-survey.com", "oekonomi@haderslev.dk",
            "Change of remittance details")
            .text("Hello,\n\nDue to a change of our banking partner, please amend your vendor master data and settle all open "
                + "items to " + mule(12) + " with immediate effect. Kindly confirm once this is done.\n\nAccounts Department");
        ownedBy(m, "aaroesund-marine-survey.com");
        m.description = "English 'change of remittance details', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "gram-maler.net"}, {vognmand, "sommersted-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@haderslev.dk", i == 0 ? "Regning" : "Faktura (scannet)")
                .text("Hej\n\nRegningen kommer som " + (i == 0 ? "foto" : "scanning") + ", da fakturaprogrammet er nede. Bemærk "
                    + "det nye kontonummer.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20300311_0814.jpg" : "Scan_2030-03-12.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "skrydstrup-rengoering.com"}, {vvs, "vojens-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 1)), "Faktura", no, amount(1_900_000), mule(i + 1), i + 1, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@haderslev.dk", "Faktura " + n)
                .text("Hej\n\nFakturaen er lagt i en zip-fil, fordi jeres spamfilter stoppede den sidste PDF. Åbn den og betal "
                    + "gerne inden fredag.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("faktura/" + n + ".pdf", pdf, "faktura/LAES_MIG.txt", "Ny bankforbindelse - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@haderslev-kontorcenter.com", "indkoeb@haderslev.dk", "Faktura og pakkeseddel februar")
            .text("Hej\n\nFaktura og pakkeseddel er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og så "
                + "'Aktivér indhold' for at se det.\n\nHaderslev Kontorcenter")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_pakkeseddel.docm",
                Attachments.word("Faktura\nHaderslev Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "haderslev-kontorcenter.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of haderslev-kontorcenter.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@vojens-it-service.net", "boern-skole@haderslev.dk", "Timeforbrug februar")
            .text("Hej\n\nTimeforbruget for februar og vores nye kontooplysninger står i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nVojens IT-Service")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timeforbrug_februar.xlsm",
                Attachments.excel(List.of("Timeforbrug februar 2030", "I alt DKK 61.250,00", "Ny konto: " + plain(mule(0))), true));
        ownedBy(m, "vojens-it-service.net");
        m.description = "macro-enabled Excel statement from a look-alike of vojens-itservice.dk";
    }

    private void svgHtml() {
        String[][] x = {{"haderslev-dokumenter.com", "Christiansfeld Byggecenter", "Kontoudtog februar", "kontoudtog.svg",
            "image/svg+xml"},
            {"fakturavisning-vojens.net", "Skrydstrup Rengøring", "Ny faktura klar til visning", "Faktura_februar.htm",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/v/" + sha256(m.id).substring(0, 14);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Indlæser faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"160\"><text x=\"10\" y=\"30\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"10\" y=\"50\" width=\"200\" height=\"34\" "
                    + "fill=\"#1f6fb2\"/></a><script>window.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokumenter@" + y[0], "kreditor@haderslev.dk", y[2])
                .text("Hej\n\nDokumentet åbner i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "hammelev-entreprenoer.net", false}, {mad, "madhuset-gram.net", true}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            Supplier fake = s.posing(s.domain(), mule(i + 7));
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(3_500_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@haderslev.dk", "E-faktura " + no + (peppol ? " (Peppol)" : " (OIOUBL)"))
                .text("Hej e-faktura\n\nVores udbyder af NemHandel er ved at blive skiftet, så denne gang kommer fakturaen som "
                    + "XML-fil direkte. Den kan indlæses som normalt. Bemærk den opdaterede bankkonto i filen.\n\nVenlig hilsen\n"
                    + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, fake, a, isoDay(m, 0), isoDay(m, 10), peppol, "Ny bankforbindelse").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    /**
     * New family: a fee, fine or "re-inspection" demanded because the municipality's website, apps or self-service kiosks
     * supposedly fail the web-accessibility law or the European Accessibility Act.
     */
    private void accessibilityFees() {
        M m = bad("fake-accessibility-compliance-fee");
        String sag = "WT-2030-" + (300 + rnd.nextInt(600));
        headers(m, "Tilsynet med Webtilgængelighed", "tilsyn@webtilsyn-haderslev.dk", "digitalisering@haderslev.dk",
            "Afgørelse om manglende overholdelse - haderslev.dk (sag " + sag + ")")
            .text("Til Haderslev Kommune\n\nVed stikprøvekontrol af haderslev.dk er der konstateret 41 brud på WCAG 2.1 AA, bl.a. "
                + "manglende alternativ tekst og utilgængelige PDF-blanketter. Efter lov om tilgængelighed af offentlige organers "
                + "websteder og mobilapplikationer skal der gennemføres genkontrol.\n\nGenkontrolgebyret på 24.800,00 kr. skal "
                + "indbetales på " + mule(17) + " senest " + writtenDay(m, 10) + " med sagsnummeret som tekst. Betales gebyret ikke, "
                + "offentliggøres afgørelsen, og sagen sendes videre til Digitaliseringsstyrelsen.\n\nAfgørelsen er vedhæftet."
                + "\n\nMed venlig hilsen\nTilsynet med Webtilgængelighed")
            .attach("application/pdf", "Afgoerelse_" + sag + ".pdf", Attachments.pdf(docId(m, "wa"), "Afgørelse " + sag,
                List.of("Myndighed: Haderslev Kommune, haderslev.dk", "Konstaterede brud: 41 (WCAG 2.1 AA)",
                    "Genkontrolgebyr: 24.800,00 kr.", "Indbetaling: " + mule(17) + ", senest " + dottedDay(m, 10))));
        ownedBy(m, "webtilsyn-haderslev.dk");
        m.description = "fake 'web accessibility supervision' demands a re-inspection fee for haderslev.dk, Danish mule account";
        m = bad("fake-accessibility-compliance-fee");
        headers(m, "EAA Compliance Office", "certification@eaa-compliance-haderslev.com", "borgerservice@haderslev.dk",
            "European Accessibility Act - certification of your self-service kiosks")
            .text("Dear Sir or Madam,\n\nSince 28 June 2025 self-service terminals and e-services must comply with the European "
                + "Accessibility Act (Directive 2019/882). Our records show that the citizen service kiosks in Haderslev, Vojens "
                + "and Gram have not been certified.\n\nTo avoid a compliance notice, please settle the certification fee of "
                + "EUR 3,950.00 to " + mule(0) + " within 14 days. The certificate will be issued upon receipt of payment.\n\n"
                + "Kind regards\nCertification Desk\nEAA Compliance Office")
            .attach("application/pdf", "EAA_certification_fee.pdf", Attachments.pdf(docId(m, "eaa"), "Certification fee",
                List.of("Haderslev Kommune - self-service kiosks (3)", "EAA certification, 24 months", "EUR 3,950.00",
                    "Bank: " + mule(0))));
        ownedBy(m, "eaa-compliance-haderslev.com");
        m.description = "fake 'EAA certification' fee for the citizen-service kiosks, English, LT IBAN";
        m = bad("fake-accessibility-compliance-fee");
        headers(m, "Webtjek ApS", "faktura@webtjek-haderslev.dk", "digitalisering@haderslev.dk", "Faktura - genaudit efter "
            + "rettelser, haderslev.dk")
            .text("Hej Digitalisering\n\nSom opfølgning på audit-rapporten skal de rettede sider og blanketter genaudites, før "
                + "tilgængelighedserklæringen kan opdateres. Genaudit er obligatorisk og faktureres med 14.900,00 kr. ekskl. moms."
                + "\n\nVi har skiftet bank ved årsskiftet, så betal venligst til " + mule(2) + ". Fakturaen er vedhæftet.\n\n"
                + "Venlig hilsen\nSidsel Winther\nWebtjek ApS")
            .attach("application/pdf", "Faktura_genaudit.pdf", Attachments.pdf(docId(m, "wg"), "Faktura genaudit",
                List.of("Webtjek ApS", "Genaudit haderslev.dk efter rettelser", "14.900,00 + moms 3.725,00 = 18.625,00 DKK",
                    "Konto " + mule(2))));
        ownedBy(m, "webtjek-haderslev.dk");
        m.description = "look-alike of the real accessibility auditor webtjek.dk bills a 'mandatory re-audit' to a new account";
    }

    /** New family: a registration or "supervision" fee for the NIS2 register, or a "NIS2 certificate". */
    private void nis2Fees() {
        M m = bad("fake-nis2-registration-fee");
        String ref = "NIS2-" + (74_000 + rnd.nextInt(9_000));
        headers(m, "NIS2-registret", "registrering@nis2-register-haderslev.dk", "digitalisering@haderslev.dk",
            "Påkrævet: registrering som væsentlig enhed efter NIS2-loven")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Til Haderslev Kommune</p><p>Efter lov om foranstaltninger "
                + "til sikring af et højt cybersikkerhedsniveau (NIS2-loven) skal kommuner registreres som væsentlige enheder. "
                + "Vi har ikke modtaget jeres registrering.</p><p>Registrering og det årlige tilsynsgebyr på <b>18.500,00 kr.</b> "
                + "skal være gennemført senest " + writtenDay(m, 7) + ". Gebyret indbetales på " + mule(1) + " mærket " + ref + ".</p><p>"
                + "<a href=\"https://nis2-register-haderslev.dk/registrer/" + sha256(m.id).substring(0, 12) + "\">Udfyld "
                + "registreringen</a></p><p>Manglende registrering kan straffes med bøde.</p><p>Med venlig hilsen<br>"
                + "NIS2-registret</p></body></html>");
        ownedBy(m, "nis2-register-haderslev.dk");
        m.description = "fake 'NIS2 register' demands registration and a supervision fee (registration is free), login link and mule";
        m = bad("fake-nis2-registration-fee");
        headers(m, "Cybertilsyn Syd", "faktura@cybertilsyn-vojens.com", "kreditor@haderslev.dk", "Faktura: NIS2-"
            + "overensstemmelsescertifikat 2030")
            .text("Til Haderslev Kommune\n\nVedlagt faktura for udstedelse af NIS2-overensstemmelsescertifikat for 2030, som skal "
                + "kunne forevises ved myndighedstilsyn. Certifikatet udstedes, når betalingen er registreret.\n\nBeløb 29.750,00 "
                + "kr. inkl. moms, netto 8 dage, til " + mule(4) + ".\n\nMed venlig hilsen\nCybertilsyn Syd, Fakturering")
            .attach("application/pdf", "Faktura_NIS2_certifikat.pdf", Attachments.pdf(docId(m, "nc"), "Faktura NIS2-certifikat",
                List.of("Kunde: Haderslev Kommune, EAN " + EAN, "NIS2-overensstemmelsescertifikat 2030", "29.750,00 kr. inkl. moms",
                    "Betaling netto 8 dage til " + mule(4))));
        ownedBy(m, "cybertilsyn-vojens.com");
        m.description = "fake 'NIS2 conformity certificate' invoice with PDF, PL IBAN";
        m = bad("fake-nis2-registration-fee");
        headers(m, it.person(), "faktura@vojens-itservice.com", "kreditor@haderslev.dk", "NIS2 - leverandørkædesikkerhed, "
            + "opkrævning 2030")
            .text("Kære kunde\n\nNIS2-loven pålægger os som it-leverandør at dokumentere sikkerheden i leverandørkæden over for "
                + "vores kunder. Omkostningen fordeles efter antal enheder, og jeres andel for 2030 er 22.400,00 kr. ekskl. moms."
                + "\n\nBeløbet opkræves særskilt og skal betales til vores sikkerhedskonto " + mule(8) + " inden 10 dage.\n\n"
                + "Med venlig hilsen\nFakturering\nVojens IT-Service ApS");
        ownedBy(m, "vojens-itservice.com");
        m.description = "look-alike of vojens-itservice.dk bills a 'NIS2 supply-chain security' share to a separate account";
    }

    /** New family: a leader's cloned voice, as an attached voice message, orders a payment. */
    private void voiceClones() {
        M m = bad("voice-clone-payment-request");
        headers(m, "Anders Kjærgaard", "anders.kjaergaard.hk@gmail.com", "oekonomi@haderslev.dk", "Lydbesked - vigtigt i dag")
            .text("Hej\n\nJeg har indtalt en besked, fordi jeg sidder i bilen til Christiansborg. Hør den lige og sørg for, at det "
                + "bliver klaret i dag. Kontoen er " + mule(5) + ", beløb 148.000 kr.\n\nAnders\n\nSendt fra min iPhone")
            .attach("audio/x-m4a", "Lydbesked 0-47.m4a", audio(docId(m, "m4a"), false));
        genuine(m, GMAIL);
        m.description = "the mayor's 'voice message' (m4a) on gmail orders a same-day payment to a GB account (authenticates)";
        m = bad("voice-clone-payment-request");
        headers(m, "Mette Brodersen (Teams)", "voicemail@haderslev-kommune.com", "kreditor@haderslev.dk", "Talebesked fra Mette "
            + "Brodersen (1:04)")
            .text("Du har en ny talebesked.\n\nFra: Mette Brodersen, kommunaldirektør\nVarighed: 1:04\n\nAutomatisk udskrift:\n"
                + "\"Hej, det er Mette. Vi skal have betalt depositum til advokaten i sagen om Haderslev Havn i dag, ellers "
                + "falder aftalen. Det er 265.000 kroner til " + mule(6) + ". Jeg sender bilaget i morgen. Tak.\"\n\n"
                + "Lydfilen er vedhæftet.")
            .attach("audio/wav", "Talebesked_Mette_Brodersen.wav", audio(docId(m, "wav"), true));
        ownedBy(m, "haderslev-kommune.com");
        m.description = "'voicemail' with a transcript and WAV in the city manager's voice from haderslev-kommune.com, IE account";
    }

    /** New family: damage charges for returned lease cars, from a fake return centre or a look-alike of the leasing company. */
    private void leaseDamage() {
        M m = bad("fake-lease-return-damage-invoice");
        headers(m, "Leasingretur Vojens, Skadeafdelingen", "skade@leasingretur-vojens.dk", "sundhed-aeldre@haderslev.dk",
            "Skadesopgørelse - 3 tilbageleverede køretøjer")
            .text("Til Haderslev Kommune\n\nVed efterkontrol af de tre køretøjer, som hjemmeplejen har tilbageleveret, er der "
                + "fundet skader ud over normalt slid: stenslag i forruder, ridser i lak og manglende ladekabel. Opgørelsen efter "
                + "FDM's skadeskatalog er vedhæftet.\n\nSkadesbeløbet 38.940,00 kr. inkl. moms bedes indbetalt på " + mule(13)
                + " inden 5 hverdage. Derefter sendes sagen til leasingselskabets forsikring med tillæg af sagsbehandlingsgebyr."
                + "\n\nMed venlig hilsen\nSkadeafdelingen\nLeasingretur Vojens")
            .attach("application/pdf", "Skadesopgoerelse.pdf", Attachments.pdf(docId(m, "lr"), "Skadesopgørelse",
                List.of("3 køretøjer, tilbageleveret af Haderslev Kommune", "Forruder, lak, ladekabel", "38.940,00 kr. inkl. moms",
                    "Indbetaling: " + mule(13))));
        ownedBy(m, "leasingretur-vojens.dk");
        m.description = "fake lease-return centre bills damage on the returned home-care cars weeks later, Danish mule account";
        m = bad("fake-lease-return-damage-invoice");
        headers(m, "Fjordland Leasing A/S", "skade@fjordland-leasing-haderslev.com", "kreditor@haderslev.dk", "Slutopgørelse "
            + "skader - kontrakt 2027-114")
            .text("Kære kunde\n\nVi har afsluttet skadesbehandlingen for de returnerede biler under kontrakt 2027-114. Beløbet kan "
                + "ikke modregnes på månedsfakturaen, da kontrakterne er afsluttet, og skal derfor betales særskilt: 21.360,00 kr. "
                + "til vores skadekonto " + mule(3) + ".\n\nSpecifikation vedlagt.\n\nMed venlig hilsen\nFjordland Leasing A/S")
            .attach("application/pdf", "Slutopgoerelse_skader.pdf", Attachments.pdf(docId(m, "fls"), "Slutopgørelse skader",
                List.of("Kontrakt 2027-114, Haderslev Kommune", "Skader ved tilbagelevering", "21.360,00 kr.",
                    "Skadekonto: " + mule(3))));
        ownedBy(m, "fjordland-leasing-haderslev.com");
        m.description = "look-alike of fjordland-leasing.dk demands separate payment of return damages to a new account, EE IBAN";
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
        return writeFiles(dir, new HeldOutCorpus24().generate(), List.of(
            "# Haderslev Kommune, Økonomi: invoice checks (twenty-fourth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=vojens-varme.dk hammelev-entreprenoer.dk fjelstrup-kloak.dk starup-toemrer.dk "
                + "gram-maler.dk skrydstrup-rengoering.dk haderslev-ugeavis.dk sommersted-vognmand.dk oesby-el.dk "
                + "vojens-vvs.dk madhuset-gram.dk christiansfeld-byggecenter.dk vojens-itservice.dk hoptrup-busser.dk "
                + "haderslev-kontorcenter.dk",
            "invoice.domains.platforms=sendregning.dk reepay.com zuora.com",
            "invoice.names.protected=Haderslev Kommune"));
    }
}
