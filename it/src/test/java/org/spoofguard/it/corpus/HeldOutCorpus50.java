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
 * The fiftieth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is Læsø
 * Kommune ({@value #OWN}, p=reject), the island municipality in the Kattegat: Byrum with the town hall, the harbours of
 * Vesterø and Østerby, the Frederikshavn-Vesterø ferry, Hals Barre, Holtemmen, Rønnerne, Nordmarken and Danzigmand, the salt
 * boiling at Læsø Saltsyderi, the seaweed-thatched houses, the bird reserves and the spa. Seventeen listed suppliers from
 * those places in the DNS postures real Danish firms have, four invoicing platforms ({@code tidevandsregning.dk},
 * {@code pilotfaktura.com}, {@code obligopay.io}, {@code ravnebilag.dk}), the salt works (school salt-boiling days, salt for
 * the tourist office), a seaweed thatcher keeping the municipality's seaweed roofs, sole traders on free mail, foreign
 * suppliers, SaaS, an ESP, an e-signature service, banks, a creditor list, forwarders (with and without SRS) and
 * fraudsters' own domains, each carrying a Læsø place name.
 *
 * <p>Written blind: from the brief and Danish fraud warnings, with two kinds new here: a salt-works bill (wood for the
 * pans, brine pumps, salt deliveries) sent by someone who is not the salt works (fake-saltworks-invoice), and a repair or
 * re-laying of the seaweed roofs billed by someone who never climbed one (fake-seaweed-thatch-repair-invoice). The invoice
 * engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written.
 * {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus50GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus50 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout50");
    public static final String OWN = "laesoe.dk";
    static final String FRAUD_NET = "127.250.";
    private static final String OWN_IP = "127.50.0.1";
    private static final String EAN = "5798000418508";
    private static final String KOMMUNE = "Læsø Kommune";
    private static final String RAADHUS = "Doktorvejen 2, 9940 Læsø";
    private static final String HOSTER_IP = "127.50.9.1";
    private static final String GMAIL = "127.52.1.1";
    private static final String MSFT = "127.52.2.1";
    private static final String APPLE = "127.52.5.1";

    private final Random rnd = new Random(50_9940_0050L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The salt works' school agreement number (the frauds cite it). */
    private String saltAgreement;
    /** The thatcher's roof case number (the frauds cite it). */
    private String roofCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 3, 2, 7, 25, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 3, 30, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "5.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Byrum Varmeværk a.m.b.a.", "byrum-varmevaerk.dk", "Kundeservice",
        "kunde", "127.50.1.1", iban("DK", "90700001208841"), "fjernvarme til Rådhuset, Læsø Skole og Plejecentret");
    private final Supplier entrep = new Supplier("Vesterø Entreprenørforretning ApS", "vestero-entreprenoer.dk", "Kim Bach", "kb",
        "127.50.1.2", bank("9070", "0001215530"), "ny belægning og afvanding på kajpladsen, Vesterø Havn");
    private final Supplier salt = new Supplier("Læsø Saltsyderi", "saltsyderiet-laesoe.dk", "Saltsyder Mette Bundgaard",
        "mette", "127.50.1.3", bank("9070", "0001226604"), "saltsydning for 5. årgang og salt til Turistkontoret");
    private final Supplier tang = new Supplier("Læsø Tangtag v/ Henrik Fog", "laesoe-tangtag.dk", "Henrik Fog", "henrik",
        "127.50.1.4", iban("DK", "57010004622417"), "vedligehold af tangtagene på Museumsgården og Tanghuset i Østerby");
    private final Supplier havn = new Supplier("Østerby Havneservice ApS", "osterby-havneservice.dk", "Havneservice, Regnskab",
        "regnskab", "127.50.1.5", iban("DK", "90700001231187"), "fortøjning, slæbested og pullerter, Østerby Havn");
    private final Supplier toemrer = new Supplier("Byrum Tømrer og Snedker ApS", "byrum-toemrer.dk", "Jens Kristian Holm", "jkh",
        "127.50.1.6", bank("9070", "0001240062"), "nyt skur og udskiftning af døre, Læsø Børnehus");
    private final Supplier maler = new Supplier("Vesterø Malerforretning v/ Poul Kjær", "vestero-maler.dk", "Poul Kjær", "poul",
        "127.50.1.7", bank("9070", "0001244418"), "maling af gange og fællesrum, Plejecentret Læsø");
    private final Supplier rengoer = new Supplier("Læsø Rengøring ApS", "laesoe-rengoering.dk", "Kontoret", "kontor",
        "127.50.1.8", iban("DK", "57010004633906"), "rengøring af Rådhuset, biblioteket og Læsø Skole");
    private final Supplier avis = new Supplier("Læsø Ugeavis", "laesoe-ugeavis.dk", "Annonceafdelingen", "annonce",
        "127.50.1.9", iban("DK", "90700001251270"), "annoncer: høring om Hals Barre og stillinger i hjemmeplejen");
    private final Supplier vognmand = new Supplier("Østerby Vognmandsforretning", "osterby-vognmand.dk", "Bo Ravn",
        "bo", "127.50.1.10", bank("9070", "0001257793"), "kørsel med grus og tang fra strandene ved Vesterø");
    private final Supplier el = new Supplier("Byrum El-Service ApS", "byrum-el.dk", "Torben Friis", "tf", HOSTER_IP,
        bank("9070", "0001262034"), "ny gadebelysning i Byrum og eftersyn af tavler, Vesterø Havn");
    private final Supplier vvs = new Supplier("Vesterø VVS og Blik", "vestero-vvs.dk", "Værkstedet", "vaerksted", "127.50.1.12",
        bank("9070", "0001268850"), "service på varmepumper og nye toiletter, Læsø Skole");
    private final Supplier mad = new Supplier("Læsø Køkken A/S", "laesoe-koekken.dk", "Læsø Køkken, Bogholderi",
        "bogholderi", "127.50.1.13", iban("DK", "57010004640551"), "mad til hjemmeboende ældre og Plejecentret");
    private final Supplier byg = new Supplier("Byrum Byggemarked A/S", "byrum-byggemarked.dk", "Erhvervssalg", "erhverv",
        "127.50.1.14", iban("DK", "90700001273306"), "byggematerialer til Ejendomsafdelingen efter rammeaftale");
    private final Supplier it = new Supplier("Læsø Data ApS", "laesoe-data.dk", "Fakturering", "faktura",
        "127.50.1.15", bank("9070", "0001279914"), "drift af skolens netværk og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Læsø Bustrafik ApS", "laesoe-bustrafik.dk", "Trafikkontoret", "trafik",
        "127.50.1.16", bank("9070", "0001283377"), "ø-bussen Vesterø-Byrum-Østerby og skolekørsel");
    private final Supplier kontor = new Supplier("Byrum Kontorforsyning ApS", "byrum-kontor.dk", "Salg", "salg",
        "127.50.1.17", iban("DK", "57010004651728"), "kopipapir, toner og mapper til Rådhuset og skolen");
    // not on the creditor list
    private final Supplier smed = new Supplier("Vesterø Smedie", "vestero-smedie.dk", "Anker Nielsen", "anker",
        "127.50.2.1", bank("9070", "0001290046"), "nyt rækværk på badebroen ved Vesterø");
    private final Supplier natur = new Supplier("Læsø Naturpleje v/ Ida Lund", "laesoe-naturpleje.dk", "Ida Lund",
        "ida", "127.50.2.2", bank("9070", "0001295531"), "rydning af opvækst på strandengene ved Rønnerne");
    private final Supplier guide = new Supplier("Fugleguide Rasmus Vinther", "gmail.com", "Rasmus Vinther",
        "rasmus.vinther.fugle", GMAIL, bank("9070", "0001301186"), "fugleture til Rønnerne for 7. årgang, 3 ture");
    private final Supplier tolk = new Supplier("Tolk v/ Yasmin Haddad", "outlook.com", "Yasmin Haddad", "yasmin.haddad.tolk",
        MSFT, bank("9070", "0001307729"), "tolkning arabisk-dansk, Borgerservice Byrum, 3 x 2 timer");
    private final Supplier musik = new Supplier("Harmonikaspiller Erik Thomsen", "icloud.com", "Erik Thomsen",
        "erik.thomsen.harmonika", APPLE, bank("9070", "0001310452"), "musik til sangeftermiddage på Plejecentret");
    private final Supplier tysk = new Supplier("Husumer Pfannenbau GmbH", "husumer-pfannenbau.de", "Buchhaltung",
        "buchhaltung", "127.53.1.1", iban("DE", "217500000061443708"), "Ersatzteile für Salzpfannen, Læsø");
    private final Supplier svensk = new Supplier("Varbergs Fågelutrustning AB", "varbergs-fagelutrustning.se", "Ekonomi",
        "ekonomi", "127.53.2.1", iban("SE", "45500000058830012276"), "fugleskjul og tællekikkerter til Rønnerne");

    private final List<Supplier> listed = List.of(varme, entrep, salt, tang, havn, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Læsø place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"byrum-varmevaerk.com", "vestero-entreprenor.dk", "byrum-byggemarked.net",
        "byrum-elservice.dk", idn("byrum-bygg\u0435marked.dk"), idn("la\u0435soe.dk"), "tidevandsregning-laesoe.dk",
        "pilotfaktura-byrum.com", "byrum-tomrer.dk", "laesoe-kokken.dk", "hals-barre-inkasso.dk", "mitid-vestero.com",
        "digitalpost-osterby.net", "nemhandel-laesoe.net", "vestero-havneparkering.dk", "byrum-betalingsservice.net",
        "laesoe-rengoring.dk", "vestero-vvs.net", "byrum-kontor.net", "laesoe-datadrift.net", "vestero-malerfirma.dk",
        "osterby-vognmand.net", "byrum-ordrekontor.com", "vestero-entreprenoer.net", "zignaa-laesoe.dk",
        "nordmarken-dokumenter.net", "laesoe-bustrafik.net", "vestero-vvs-aps.dk", "saltsyderiet-laesoe.com",
        "danzigmand-salt.dk", "holtemmen-braende.dk", "laesoe-tangtag.com", "ronnerne-tang.dk", "byrum-tagtaekning.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(salt.domain(), List.of(salt.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(tang.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(havn.domain(), List.of(havn.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.50.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.50.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nordvendsyssel-renovation.dk", List.of("127.150.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kystinspektionen-nord.dk", List.of("127.150.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("laesoe-museum.dk", List.of("127.150.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("laesoe-kurbad.dk", List.of("127.150.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("laesoe-revisorkontor.dk", List.of("127.150.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("byrum-isenkram.dk", List.of("127.150.5.1"), "-all", null, "none");
        domain("vestero-lystbaadehavn.dk", List.of("127.150.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("tidevandsregning.dk", List.of("127.150.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("pilotfaktura.com", List.of("127.150.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ravnebilag.dk", List.of("127.150.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("obligopay.io", List.of("127.150.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("laesoe-sparekasse.dk", List.of("127.150.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kattegatbanken-erhverv.dk", List.of("127.150.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-nordjylland.dk", List.of("127.150.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("smaaoernes-bogholdere.dk", List.of("127.150.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordjyske-indkoebsfolk.dk", List.of("127.150.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postsvaerm.com", List.of("127.150.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelnyt-nord.dk", List.of("127.150.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.laesoe-bredbaand.dk", List.of("127.150.28.1"), "-all", null, null);
        domain("relay.byrum-net.dk", List.of("127.150.29.1"), "-all", null, null);
        domain("sejlplan.io", List.of("127.150.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtskifte.dk", List.of("127.150.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("zigna.dk", List.of("127.150.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"reject", "none", "quarantine", null, "none", "reject", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 5 ? null : i % 4 == 3 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "90." + (i + 1)), i % 3 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 46_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no50:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "LÆ" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "9940-" + (1_100 + rnd.nextInt(7_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "F37-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "37-" + (200 + rnd.nextInt(700));
            default:
                return "K" + (71_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@laesoe.dk", "efaktura@laesoe.dk", "kreditor@laesoe.dk", "okonomi@laesoe.dk",
        "teknik@laesoe.dk", "skole@laesoe.dk", "aeldre@laesoe.dk", "havn@laesoe.dk", "ejendom@laesoe.dk", "indkob@laesoe.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf50:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr50:" + domain).hashCode(), 3_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(86_000_000 + Math.floorMod(sha256("fi50:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "byrum-varmevaerk.dk" -> "Varmeværksvej 2, Byrum, 9940 Læsø";
            case "vestero-entreprenoer.dk" -> "Vesterø Havnegade 31, 9940 Læsø";
            case "saltsyderiet-laesoe.dk" -> "Hornfiskrønvej 3, 9940 Læsø";
            case "laesoe-tangtag.dk" -> "Nordmarksvej 12, 9940 Læsø";
            case "osterby-havneservice.dk" -> "Østerby Havn 4, 9940 Læsø";
            case "byrum-toemrer.dk" -> "Byrum Hovedgade 58, 9940 Læsø";
            case "vestero-maler.dk" -> "Storegade 17, Vesterø, 9940 Læsø";
            case "laesoe-rengoering.dk" -> "Linievej 6, Byrum, 9940 Læsø";
            case "laesoe-ugeavis.dk" -> "Byrum Hovedgade 21, 9940 Læsø";
            case "osterby-vognmand.dk" -> "Østerbyvej 88, 9940 Læsø";
            case "byrum-el.dk" -> "Industrivej 5, Byrum, 9940 Læsø";
            case "vestero-vvs.dk" -> "Vesterø Søndergade 9, 9940 Læsø";
            case "laesoe-koekken.dk" -> "Plejehjemsvej 1, Byrum, 9940 Læsø";
            case "byrum-byggemarked.dk" -> "Færgevejen 40, Byrum, 9940 Læsø";
            case "laesoe-data.dk" -> "Kirkevej 3, Byrum, 9940 Læsø";
            case "laesoe-bustrafik.dk" -> "Rugmarken 10, 9940 Læsø";
            case "byrum-kontor.dk" -> "Byrum Hovedgade 44, 9940 Læsø";
            case "vestero-smedie.dk" -> "Smedevej 2, Vesterø, 9940 Læsø";
            case "laesoe-naturpleje.dk" -> "Bangsbovej 7, 9940 Læsø";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a letter-style invoice with "Leverandør"/"Faktureres til" and a price line; a
     * job card with materials, labour and ferry freight and the FI line (card 71); a quarterly account with meter or
     * contract number and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name() + " - " + title + " " + no;
                l.add("Leverandør: " + s.name() + (addr.isEmpty() ? "" : " / " + addr) + " / CVR " + cvr(s.domain()));
                l.add("Faktureres til: " + KOMMUNE + " / " + RAADHUS + " / GLN " + EAN);
                l.add("Udstedt " + dottedDay(m, 0) + ", vores reference " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Pris ekskl. moms " + a.net() + " kr. + moms " + a.vat() + " kr. = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betalingsbetingelse: løbende måned + 30 dage (" + dottedDay(m, 30) + ")");
                if (account != null) {
                    l.add("Bankoplysninger: " + account + ". Oplys fakturanr. ved betaling");
                }
            }
            case 1 -> {
                head = title + " / jobkort " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " (EAN " + EAN + "). Opgave: " + s.what());
                long labour = a.ore() * 47 / 100;
                long ferry = a.ore() * 6 / 100;
                l.add("Arbejdsløn " + kr(labour) + "  Færgefragt Frederikshavn-Vesterø " + kr(ferry) + "  Materialer "
                    + kr(a.ore() - labour - ferry));
                l.add("Beløb før moms " + a.net() + " | moms 25 % " + a.vat() + " | i alt " + a.gross());
                l.addAll(more);
                l.add("Forfaldsdato " + writtenDay(m, 21) + (account == null ? "" : " | betaling til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Kvartalsopgørelse " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Aftalenr. " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -90) + " til " + dottedDay(m, -1) + ": " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast bidrag " + kr(fixed) + " | variable ydelser " + kr(a.ore() - fixed));
                l.add("Netto " + a.net() + " | moms " + a.vat() + " | til betaling DKK " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + dottedDay(m, 14) + (account == null ? "" : " | konto " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Læsø Kommune " + no + ".pdf", "FAK" + no + ".pdf",
            "invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Læsø Kommune", "Til bogholderiet", "Goddag", "Hej alle",
        "Att. kreditorer", "Kære Læsø Kommune", "Hej økonomi", "Til Læsø Kommune, Økonomi"};

    private String phone() {
        return "98 " + (40 + rnd.nextInt(59)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig50:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMed venlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nVenlig hilsen\n" + s.person() + (freeMail(s) ? "" : "\n" + s.name() + " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\nMvh. " + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " | " + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 380_000);
        String[] subjects = {"Faktura " + no, "Faktura " + no + " - " + KOMMUNE, "Ny faktura fra " + s.name(),
            s.name() + ": faktura " + no, "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, "Fakturanr. " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Faktura " + no + " på " + a.gross() + " kr. inkl. moms er vedhæftet. Forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er også sendt elektronisk til EAN " + EAN + ", så betal den kun én gang.";
            case 3 -> "Tak for samarbejdet. Vedhæftet er fakturaen som PDF.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb: " + a.gross() + " kr.\nForfald: " + dashedDay(m, 30);
            case 5 -> "Vedlagt faktura for det udførte arbejde med jeres rekvisitionsnummer.";
            case 6 -> "Så er der faktura på sidste måneds leverancer. Giv lyd, hvis noget ikke stemmer.";
            default -> "Se vedhæftede faktura.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 2) {
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
        if (List.of(varme, rengoer, mad, havn, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, tang, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Doktorvejen 2", "Læsø", "9940", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        saltAgreement = "SK-" + (120 + rnd.nextInt(80));
        roofCase = "TT-37-" + (10 + rnd.nextInt(60));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == salt ? List.of("Skoleaftale " + saltAgreement + ": saltsydning for 5. årgang, forår")
                : s == tang ? List.of("Sag " + roofCase + ": eftersyn af tangtaget, Museumsgården") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 4, List.of("Bestilt af havnefogeden, Vesterø"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the jetty railing, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, havn, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition LÆK-" + (7_300 + k * 151));
                case 1 -> List.of("Bestiller: " + to().replace("@laesoe.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Læsø Skole, nye faglokaler" : "Rammeaftale 2036-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 4, ref, k % 5 == 2 ? "\n\nFølgesedlerne ligger med som bilag." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "foelgesedler.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Modtaget af Ejendomsafdelingen, Byrum", "Kolli: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditnota til faktura ", "To paller fliser kom knækkede med færgen og er sendt retur."},
            {kontor, "Kreditering af faktura ", "Tonerpatronerne passede ikke til printerne på skolen, så vi krediterer dem."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (300 + rnd.nextInt(500));
            Amount a = amount(100_000).credit();
            headers(m, s.person(), addr(s), "kreditor@laesoe.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra i jeres næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se betalingen for annoncerne herunder. Er den allerede "
            + "sendt, så se bort fra denne mail."},
            {entrep, "Rykker", "Fakturaen er forfalden for to uger siden. Der er ikke pålagt rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@laesoe.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 4] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. betales "
                    + "som sædvanlig til " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@laesoe.dk", "Saldo pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres afstemning: faktura " + p.no() + " er betalt, og saldoen er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "osterby-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(800_000);
            boolean peppol = v == 1;
            String ref = "LÆK-" + (8_100 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@laesoe.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej\n\nVores NemHandel-adgang er ved at blive flyttet til et nyt regnskabsprogram, så denne gang kommer "
                    + "XML-filen som vedhæftning med en PDF-kopi. Kontoen er uændret. Hvis fakturaen også når jer ad den "
                    + "normale vej, skal den kun betales én gang.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Rekvisition " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"tidevandsregning.dk", "pilotfaktura.com", "ravnebilag.dk", "obligopay.io"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(340_000);
            m.mailFrom = "bounce-" + sha256("plat50:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "OP-" + (30_000 + rnd.nextInt(9_000));
                headers(m, "ObligoPay", "regning@obligopay.io", "aeldre@laesoe.dk", "Regning " + no + " - vikartimer marts")
                    .text("Til " + KOMMUNE + ", Ældreområdet\n\nHer er regningen for de vikartimer i hjemmeplejen, som jeres "
                        + "leder godkendte i marts (72 timer). Vikarerne er ansat og lønnet af os.\n\nBeløb " + a.gross()
                        + " kr., forfald " + dottedDay(m, 21) + ".\n\nObligoPay")
                    .attach("application/pdf", "ObligoPay-" + no + ".pdf", Attachments.pdf(docId(m, "op"), "Regning " + no,
                        List.of("ObligoPay ApS", "Kunde: " + KOMMUNE + ", Ældreområdet", "Vikartimer marts 2037: 72",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "57010004670013"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform obligopay.io invoices approved temp care hours under its own name";
                continue;
            }
            String no = "T" + (400_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + d[i], "faktura@" + d[i], i == 1 ? "havn@laesoe.dk" : "natur@laesoe.dk",
                "Faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har sendt jer en faktura på <b>" + a.gross() + " kr.</b> med forfald " + dottedDay(m, 14) + ".</p>"
                    + "<p>Fakturaen er vedhæftet som PDF. Svar på mailen, hvis I har spørgsmål; svaret går direkte til "
                    + s.person() + ".</p><p style=\"color:#888;font-size:10px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 3), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 3, List.of(), v == 2 ? "\n\nJeg er ikke momsregistreret, derfor er der ingen moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HP-" + (37_400 + rnd.nextInt(700));
        Amount a = amount(800_000);
        headers(m, "Husumer Pfannenbau", addr(tysk), "kultur@laesoe.dk", "Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " für die Ersatzteile der Salzpfannen in "
                + "der Saltsyderi-Hütte der Gemeinde. Steuerschuldnerschaft des Leistungsempfängers.\n\nMit freundlichen "
                + "Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Husum", "Kunde: " + KOMMUNE, tysk.what(), "Netto EUR " + kr(a.ore() / 7),
                    "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "VF" + (5_200 + rnd.nextInt(700));
        headers(m, "Varbergs Fågelutrustning", addr(svensk), "natur@laesoe.dk", "Faktura " + no + " - fågeltorn")
            .text("Hej,\n\nHär kommer fakturan för fågelgömslet och två tubkikare till Rønnerne, beställda av er "
                + "naturvejleder. Betala till kontot på fakturan.\n\nVänliga hälsningar\nEkonomi, Varbergs Fågelutrustning AB")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Sejlplan Billing", "billing@sejlplan.io", "it@laesoe.dk", "Your Sejlplan invoice for April")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for your Sejlplan subscription (harbour berth booking for "
                + "Vesterø and Østerby, 2 harbours). A copy has been sent to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nSejlplan")
            .attach("application/pdf", "sejlplan-invoice.pdf", Attachments.pdf(docId(m, "sp"), "Invoice",
                List.of("Sejlplan ApS", "Customer: " + KOMMUNE, "Subscription April 2037, 2 harbours", "DKK " + a.gross())));
        genuine(m, "127.150.30.1");
        m.description = "SaaS sejlplan.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Vagtskifte", "kvittering@vagtskifte.dk", "aeldre@laesoe.dk", "Kvittering - Vagtskifte licens")
            .text("Hej\n\nBetalingen for jeres Vagtskifte-licens (vagtplaner for hjemmeplejen, 48 brugere) er modtaget. "
                + a.gross() + " kr. er trukket på kortet, der ender på 7714.\n\nVagtskifte");
        genuine(m, "127.150.31.1");
        m.description = "SaaS vagtskifte.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9070", "0001344871");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@laesoe.dk", "Ændret bankkonto fra 1. april")
            .text("Til kreditorbogholderiet\n\nVi har samlet firmaets konti i Læsø Sparekasse. Fakturaer dateret 1. april "
                + "2037 og senere betales til " + nyT + "; ældre fakturaer til den konto, der står på dem.\n\nI er velkomne til "
                + "at ringe på værkstedets faste nummer og få det bekræftet." + signature(toemrer))
            .attach("application/pdf", "Ny_bankkonto.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankkonto",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.04.2037", "Ny konto: " + nyT,
                    "Jens Kristian Holm, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye skabe i personalestuen, Læsø Børnehus");
        invoice(m, moved, nyT, 13, List.of("Ny konto fra 01.04.2037, jf. vores brev"), "\n\nHusk vores nye konto, som vi "
            + "skrev om.");
        genuine(m, toemrer.ip());
        m.description = "byrum-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "90700001351020");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Læsø Køkken, Bogholderi", addr(mad), "kreditor@laesoe.dk", "Ny bankforbindelse fra april")
            .text("Til " + KOMMUNE + ", kreditor og Ældreområdet\n\nLæsø Køkken skifter hovedbank pr. 1. april. Fakturaer "
                + "med dato fra 1. april betales til " + nyM + ". Den gamle konto er åben til udgangen af maj. Et underskrevet "
                + "brev er sendt til jeres Digital Post.\n\nMed venlig hilsen\nLæsø Køkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from April, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 18, List.of("Ny betalingskonto fra 01.04.2037"), "\n\nBemærk vores nye konto.");
        genuine(m, mad.ip());
        m.description = "laesoe-koekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 22, List.of(), "");
        m.mailFrom = "SRS0=p7Qx=LM=laesoe-ugeavis.dk=annonce@srs.laesoe-bredbaand.dk";
        m.signers.add(avis.domain());
        m.ip = "127.150.28.1";
        m.helo = "srs.laesoe-bredbaand.dk";
        m.description = "laesoe-ugeavis.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 29, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.byrum-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 26, List.of(), "");
        relayedBy(m, "relay.byrum-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"smaaoernes-bogholdere.dk", "Hanne Brix", "hb@", "Falsk regning på tangtag?",
            "Hej alle\n\nVi har fået en regning for 'akut reparation af tangtag' fra et firma, ingen her har hørt om. Er der "
                + "andre øer med tanghuse, der har fået den slags?\n\nHanne"},
            {"nordjyske-indkoebsfolk.dk", "Claus Mørch", "cm@", "Saltsyderiet - ny konto?", "Hej\n\nEn kollega fik en mail om "
                + "'ny konto hos saltsyderiet' fra et domæne med et ekstra bogstav. Saltsyderiet kendte intet til den.\n\nClaus"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditornet-nordjylland.dk", x[3])
                .header("List-Id", "Kreditornet Nordjylland <netvaerk.kreditornet-nordjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-nordjylland.dk", "[Kreditornet] ", "\r\n--\r\nKreditornet Nordjylland\r\n"
                + "Afmeld: https://kreditornet-nordjylland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelnyt-nord.dk", "Svindelnyt Nord", "Saltsyderi og tangtage: nye fakturafælder",
            "Svindlere bruger nu rigtige aftalenumre på regninger for salt, brænde og tangtage. Ring til leverandøren på et "
                + "nummer, I selv har, før I betaler."},
            {"laesoe-revisorkontor.dk", "Læsø Revisorkontor", "Fire gode vaner i kreditorbogholderiet",
                "Hold kreditorkartoteket ajour, og kræv to godkendere til enhver ændring af kontonumre."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "rtn-" + sha256("nl50:" + x[0]).substring(0, 14) + "@postsvaerm.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@laesoe.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere"
                    + "</a></p><p style=\"font-size:9px\">Afmeld nyhedsbrevet.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postsvaerm.com");
            m.ip = "127.150.26.1";
            m.helo = "out.postsvaerm.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postsvaerm.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kultur og Turisme", "kultur@", "kreditor@laesoe.dk", "Saltsyderiet",
            "Hej\n\nSkolernes saltsydning og saltet til Turistkontoret køber vi kun hos Læsø Saltsyderi, og deres regninger "
                + "har altid skoleaftalens nummer. Andre regninger om salt eller brænde sender I til mig.\n\nKultur og Turisme"},
            {"Ejendomsafdelingen", "ejendom@", "kreditor@laesoe.dk", "Tangtagene", "Hej\n\nTangtagene på Museumsgården og "
                + "Tanghuset passes af Læsø Tangtag, og deres regninger bærer altid sagsnummeret. Vi bestiller selv alt arbejde på tagene."
                + "\n\nEjendomsafdelingen"},
            {"Økonomichefen", "okonomichef@", "ledere@laesoe.dk", "Ændring af kontonumre", "Kære ledere\n\nKontonumre ændres "
                + "kun efter opringning til leverandøren på et nummer fra kreditorkartoteket. Send mails om nye konti til "
                + "kreditor@.\n\nØkonomichefen"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Læsø Sparekasse, Erhverv", "erhverv@laesoe-sparekasse.dk", "okonomi@laesoe.dk", "Betalingsfil modtaget")
            .text("Kære kunde\n\nBetalingsfilen med 94 betalinger er modtaget og bogføres på næste bankdag. Se detaljerne i "
                + "netbanken. Vi sender aldrig links i denne type besked.\n\nLæsø Sparekasse");
        genuine(m, "127.150.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Kattegatbanken", "info@kattegatbanken-erhverv.dk", "okonomi@laesoe.dk", "Nye priser på valutaoverførsler")
            .text("Til erhvervskunder\n\nPr. 1. juni justeres priserne på overførsler i udenlandsk valuta. Den nye prisliste "
                + "ligger i netbanken.\n\nKattegatbanken");
        genuine(m, "127.150.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("saltworks-invoice", true);
        invoice(m, salt, salt.account(), 6, List.of("Skoleaftale " + saltAgreement + ", saltsydning 5.A og 5.B",
            "200 poser Læsø salt til Turistkontoret"), "\n\nTak for to gode dage i sydehytten med eleverne.");
        genuine(m, salt.ip());
        m.description = "the salt works invoice the school salt-boiling days and salt for the tourist office (RSA, no DMARC)";
        m = ok("seaweed-thatch-invoice", true);
        invoice(m, tang, tang.account(), 9, List.of("Sag " + roofCase + ", udbedring af rygningen, Museumsgården",
            "Ålegræs 1,5 tons, indsamlet ved Østerby"), "\n\nBilleder af rygningen er sendt til Ejendomsafdelingen.");
        genuine(m, tang.ip());
        m.description = "the seaweed thatcher repairs the ridge at Museumsgården (DKIM only, p=quarantine, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Læsø Tangtag", addr(tang), "ejendom@laesoe.dk", "Eftersyn af tangtagene i maj")
            .text("Hej Ejendomsafdelingen\n\nVi går tagene efter i maj som aftalt under sag " + roofCase + ". Eftersynet er "
                + "med i den faste pris. Vi sender aldrig regning på arbejde, I ikke selv har bestilt.\n\nHenrik, Læsø Tangtag");
        genuine(m, tang.ip());
        m.description = "the thatcher announces the spring inspection at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_400_000);
        headers(m, "Nordvendsyssel Renovation I/S", "opkraevning@nordvendsyssel-renovation.dk", "efaktura@laesoe.dk",
            "Interessentbidrag 2. kvartal 2037")
            .text("Til interessentkommunerne\n\nHer er opkrævningen af interessentbidraget for andet kvartal; den er også sendt "
                + "til jeres EAN.\n\nNordvendsyssel Renovation I/S")
            .attach("application/pdf", "Bidrag-2kv.pdf", Attachments.pdf(docId(m, "ren"), "Interessentbidrag 2. kvartal 2037",
                List.of("Nordvendsyssel Renovation I/S", "Interessent: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "90700001367745"))));
        genuine(m, "127.150.1.1");
        m.description = "intermunicipal waste company's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Kystinspektionen Nord", "tilsyn@kystinspektionen-nord.dk", "havn@laesoe.dk", "Tilsyn med høfderne ved Vesterø")
            .text("Til Læsø Kommune, Havnene\n\nVi foretager det årlige tilsyn med høfderne og kystsikringen ved Vesterø i maj. "
                + "Datoen meddeles senere. Tilsynet er gratis.\n\nKystinspektionen Nord");
        genuine(m, "127.150.6.1");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@zigna.dk";
        headers(m, "Læsø Museum via Zigna", "noreply@zigna.dk", "kultur@laesoe.dk", "Til underskrift: udlånsaftale")
            .header("Reply-To", "<samling@laesoe-museum.dk>")
            .text("Læsø Museum beder jer underskrive 'Udlånsaftale - saltpander til Museumsgården'.\n\nDokumentet ligger på "
                + "jeres konto hos Zigna.\n\nZigna");
        genuine(m, "127.150.32.1");
        m.description = "real e-signature request from zigna.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Byrum Isenkram", "kvittering@byrum-isenkram.dk", "havn@laesoe.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n4 fendere og 20 m tovværk. Betalt med kommunens betalingskort.\n\nByrum Isenkram");
        genuine(m, "127.150.5.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Læsø Kur", "bogholderi@laesoe-kurbad.dk", "okonomi@laesoe.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag betalt jeres faktura for leje af hallen til saltvandskurset, 9.800 kr.\n\nLæsø Kur");
        genuine(m, "127.150.3.1");
        m.description = "the spa pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Vesterø Lystbådehavn", "havnekontor@vestero-lystbaadehavn.dk", "havn@laesoe.dk", "Ordrebekræftelse: bådplads")
            .text("Hej\n\nVi bekræfter sommerplads til kommunens arbejdsbåd frem til 1. oktober. Faktura følger via EAN.\n\n"
                + "Vesterø Lystbådehavn");
        genuine(m, "127.150.7.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "6532500045678112"), iban("DK", "89900006633197"), bank("5301", "0004770391"),
        iban("EE", "3810002214005561"), iban("PL", "931090101400007120009988"), iban("GB", "REVO00996905512307"),
        iban("IE", "AIBK93115212345698"), iban("NL", "ABNA0417164300"), iban("DE", "120300000019283746"),
        iban("HU", "117730160000000071840022"), iban("RO", "BTRL01301202A77314XX"), iban("BG", "BNBG96611020345678"),
        iban("CY", "005002000000001200527600"), bank("8401", "0001299504"), iban("MT", "MALT011000012345MTLCAST001S"),
        iban("SE", "12000000012810105723"), iban("NO", "15034412345"), iban("DK", "40480004520066")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Ny modtagerkonto"), "", "Kære varmekunde\n\nByrum Varmeværk er gået sammen "
            + "med et forsyningsselskab i Frederikshavn om opkrævningen, og derfor har vi fået en anden bank. Kvartalets "
            + "regning er vedlagt med den rigtige konto. Pengene kan ikke længere modtages på den konto, I har brugt hidtil.");
        forged(m, forgedHost++);
        m.description = "forged From byrum-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 6, List.of(), "", "Hej\n\nUgeavisen har fået ny ejer i Storbritannien, og alle annoncer "
            + "afregnes nu dér. Fakturaen for høringsannoncen om Hals Barre har derfor en britisk konto. Den danske konto "
            + "bliver lukket med udgangen af måneden.");
        forged(m, forgedHost++);
        m.description = "forged From laesoe-ugeavis.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"byrum-varmevaerk.com", varme, "Efter en opgradering af vores kundesystem er der registreret forkerte "
            + "kontonumre hos flere kunder. Slet den gemte konto og brug den, der er trykt på denne regning."},
            {"vestero-entreprenor.dk", entrep, "Kajpladsen er færdig og klar til brug. Firmaet er netop flyttet til en ny bank "
                + "efter generationsskiftet, og fakturaen skal derfor betales til den konto, som står nederst."},
            {"byrum-byggemarked.net", byg, "Her er opgørelsen over materialer til Ejendomsafdelingen. OBS: pengeinstituttet er "
                + "skiftet, og indbetalinger til den tidligere konto bliver sendt retur."},
            {"byrum-elservice.dk", el, "Gadelyset i Byrum er sat op. Regnskabet er lagt over til en anden bank, så se "
                + "kontonummeret på den vedhæftede faktura."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 2, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[4];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 5, List.of("Kontoændring pr. " + dottedDay(m, -2)), "",
            "Erhvervssalget i Byrum sender her aprils samlede opgørelse over tømmer, isolering og fliser, som jeres "
                + "pedeller har hentet ved disken. Revisionen af vores regnskab flyttede os til en anden sparekasse i påsken; "
                + "det nummer, der er trykt på bilaget, er derfor det eneste, som vores bogholder kan se indbetalinger på.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as byrum-byggemarked.dk, new account";
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@laesoe.dk", "Fortroligt: deponering inden middag")
            .text("Hej\n\nBorgmesteren har mundtligt aftalt at købe en ledig erhvervsgrund ved Østerby Havn, inden et "
                + "fiskeselskab fra fastlandet slår til. Sælgers advokat kræver et depositum på 420.000 kr. overført til "
                + mule(14) + " før kl. 12. Skødet følger, når det er registreret. Indtil kommunalbestyrelsen er orienteret, må "
                + "ingen andre kende til sagen.\n\nSekretariatet");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as our municipality: secret harbour plot deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Tidevandsregning", "notifikation@tidevandsregning-laesoe.dk", "natur@laesoe.dk",
            "Betalingen mangler - gebyr pålægges i nat")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Vi har ikke registreret betaling af fakturaen fra <b>" + natur.name()
                + "</b>. Et gebyr på 350 kr. lægges til i nat, men du kan undgå det ved at betale med kort nu:</p><p>"
                + "<a href=\"https://tidevandsregning-laesoe.dk/b/" + sha256("tv50").substring(0, 18) + "\">Betal fakturaen</a>"
                + "</p><p>Tidevandsregning</p></body></html>");
        ownedBy(m, "tidevandsregning-laesoe.dk");
        m.description = "look-alike of the platform tidevandsregning.dk: card-payment link to dodge a 'fee'";
        m = bad("lookalike-platform");
        headers(m, "PilotFaktura", "service@pilotfaktura-byrum.com", "havn@laesoe.dk", "Faktura overdraget: " + smed.name())
            .text("Goddag\n\n" + smed.name() + " har overdraget sine tilgodehavender til PilotFaktura, som nu opkræver dem. "
                + "Indbetal derfor fakturaen til vores samlekonto " + mule(15) + ", ikke til smedien direkte.\n\nKundeservice, "
                + "PilotFaktura")
            .attach("application/pdf", "pilot-" + (4_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("pilotfaktura-byrum.com", mule(15)), "Faktura", "PF-" + (9_100 + rnd.nextInt(700)), amount(260_000),
                mule(15), 0, List.of("Opkræves af PilotFaktura")));
        ownedBy(m, "pilotfaktura-byrum.com");
        m.description = "look-alike of pilotfaktura.com: the smithy's invoice 'assigned' to an SE account";

        // compromised-supplier
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 7, List.of("Betaling via factoringselskab"), "", "Vi bruger fra denne måned et "
            + "factoringfirma, så betalingen skal gå til " + mule(16) + " og ikke til vores egen konto. Jeg er væk fra "
            + "kontoret på et kursus i Aalborg og svarer kun på mail.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of laesoe-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@laesoe.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn hurtig tilføjelse til fakturaen nedenfor: vores bank har midlertidigt spærret kontoen under en "
                + "hvidvaskkontrol, så de " + p.amount().gross() + " kr. bedes overført til " + mule(17) + " denne ene gang. "
                + "Fremover er det den normale konto igen.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of laesoe-data.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "byrum-tomrer.dk"}, {mad, "laesoe-kokken.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@laesoe.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nFør faktura " + p.no() + " (" + p.amount().gross() + " kr.) går til betaling: vores "
                    + "bogholder har opdaget, at den er udskrevet med en konto, vi har lukket. Overfør i stedet til "
                    + mule(i + 3) + ", og giv mig et kort svar, når I har rettet det.\n\nTak\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "okonomi@laesoe.dk", "Tilskud til høstfesten - i dag")
            .text("Hej\n\nJeg har lovet foreningen bag høstfesten på Vesterø Havn et tilskud på 85.000 kr., og de skal bruge "
                + "pengene i dag til teltet. Sæt dem ind på " + mule(7) + ". Jeg er på færgen til Frederikshavn med elendigt "
                + "net, så bare skriv, når det er ordnet.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged laesoe.dk (p=reject) from outside: the mayor's urgent harvest-festival grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "okonomichef@" + OWN, "kreditor@laesoe.dk", "Vesterø VVS - opdater konto")
            .text("Hej\n\nVesterø VVS ringede til mig i morges om en ny bank. Ret deres konto til " + mule(8) + " før "
                + "eftermiddagens betalingskørsel. Jeg har godkendt det.\n\nØkonomichef");
        forged(m, forgedHost++);
        m.description = "forged laesoe.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.laesoe@gmail.com", "okonomi@laesoe.dk", "Har du to minutter?")
            .text("Hej\n\nSidder i møde i Aalborg hele dagen og kan ikke ringe. Jeg skal bruge din hjælp til en fortrolig "
                + "overførsel, som ikke kan vente til i morgen. Svar her på mailen, så får du detaljerne.\n\nSendt fra min iPad");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting in Aalborg'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.laesoe@outlook.com", "indkob@laesoe.dk", "Gavekort til frivillige")
            .text("Hej\n\nDe frivillige fra strandrydningen på Hals Barre fortjener en tak. Vil du købe 10 gavekort á 1.000 kr. "
                + "og sende mig koderne inden kl. 15? Jeg klarer bilaget bagefter.\n\nBorgmester");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Andersen", "louise.andersen.laeso@gmail.com", "loen@laesoe.dk", "Ny konto til løn")
            .text("Hej Løn\n\nJeg arbejder i nattevagten på Plejecentret og har lige skiftet bank. Kan I sende min løn til "
                + mule(0) + " allerede fra denne måned? Medarbejderportalen vil ikke lukke mig ind fra min telefon, så jeg "
                + "skriver herfra. På forhånd tak!\n\nLouise Andersen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a night-shift care worker";
        m = bad("payroll-account-change");
        headers(m, "Mads Kofod", "mads.kofod.osterby@hotmail.com", "loen@laesoe.dk", "Løn til ny konto")
            .text("Hej\n\nJeg er havnearbejder i Østerby og flytter min økonomi til en irsk netbank, fordi jeg arbejder i "
                + "Irland om vinteren. Lønnen skal fremover gå til " + mule(6) + ".\n\nHilsen Mads");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Hals Barre Inkasso", "sag@hals-barre-inkasso.dk", "kreditor@laesoe.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nPå vegne af vores klient " + inkasso[i].name() + " kræver vi betaling af "
                    + "faktura " + p.no() + " på " + p.amount().gross() + " kr. plus et inkassogebyr på 500 kr. Beløbet skal "
                    + "stå på " + mule(i + 9) + " inden tre hverdage. Modtager vi intet, anlægger vi sag ved fogedretten og "
                    + "melder kommunen til RKI.\n\nHals Barre Inkasso, Retsafdelingen");
            ownedBy(m, "hals-barre-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv Support", "support@mitid-vestero.com", "it@laesoe.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Kære administrator</p><p>Organisationens MitID Erhverv-oplysninger er ikke blevet valideret "
                + "efter de nye regler. Alle medarbejdersignaturer i " + KOMMUNE + " deaktiveres inden 24 timer, hvis "
                + "valideringen ikke gennemføres.</p><p><a href=\"https://mitid-vestero.com/org\">Gennemfør validering</a>"
                + "</p></body></html>");
        ownedBy(m, "mitid-vestero.com");
        m.description = "fake MitID Erhverv validation with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-osterby.net", "okonomi@laesoe.dk", "Nyt brev fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt et brev til jeres virksomhedspostkasse "
                + "om for meget udbetalt momskompensation i 2036. Brevet kræver svar inden fem dage, ellers opkræves beløbet "
                + "med renter og gebyr.</p><p><a href=\"https://digitalpost-osterby.net/login\">Åbn brevet med MitID</a></p>"
                + "<p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-osterby.net");
        m.description = "fake Digital Post notice with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-laesoe.net", "efaktura@laesoe.dk", "EAN-registrering udløber")
            .text("Til " + KOMMUNE + "\n\nRegistreringen af EAN " + EAN + " i NemHandelsregistret mangler en årlig bekræftelse. "
                + "Uden den afvises alle indkommende e-fakturaer fra mandag. Bekræft her: https://nemhandel-laesoe.net/ean\n\n"
                + "NemHandel Support");
        ownedBy(m, "nemhandel-laesoe.net");
        m.description = "fake NemHandel EAN confirmation with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afvist@nemhandel-laesoe.net", "kreditor@laesoe.dk", "Afviste e-fakturaer - betal samlet")
            .text("Kære kreditorteam på Læsø\n\nI løbet af påskeugen strandede ni elektroniske regninger fra jeres faste "
                + "leverandører hos os, fordi jeres modtagerprofil pegede på en udløbet adresse. Leverandørerne har klaget, "
                + "og flere truer med renter. Den hurtigste udvej er, at kommunen lægger summen, 96.412,50 kr., på vores "
                + "clearingkonto " + mule(4) + "; derfra sender vores driftsfolk hver enkelt sin andel, så snart pengene er "
                + "landet.\n\nVenlig hilsen\nSupportvagten, NemHandel");
        ownedBy(m, "nemhandel-laesoe.net");
        m.description = "fake NemHandel 'rejected invoices' asking for one pooled payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Vesterø Havneparkering", "afgift@vestero-havneparkering.dk", "teknik@laesoe.dk", "Parkeringsafgift ved færgen")
            .html("<html><body><p>En kommunal bil holdt i færgekøen på Vesterø Havn uden gyldig billet. Afgiften er 750 kr. "
                + "Scan koden med mobilen for at betale inden fem dage og undgå tillæg.</p><p><img src=\"cid:qr\" alt=\"QR\">"
                + "</p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "vestero-havneparkering.dk");
        m.description = "QR code for a parking 'fee' at the ferry";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "kunde@byrum-betalingsservice.net", "okonomi@laesoe.dk", "Aftale om automatisk betaling stoppet")
            .html("<html><body><p>Vi kunne ikke gennemføre jeres faste aftaler, fordi fuldmagten er udløbet. Scan QR-koden "
                + "og forny fuldmagten.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "fuldmagt.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "byrum-betalingsservice.net");
        m.description = "QR code for an 'expired payment mandate'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "kontor@laesoe-rengoring.dk", "kreditor@laesoe.dk", "Faktura " + no + " i zip")
            .text("Kære bogholderi\n\nTo gange er vores regninger for rengøringen af biblioteket og skolen kommet retur fra "
                + "jeres server med en fejlkode, så denne gang har vi komprimeret dokumentet. Udpak filen og bogfør den som "
                + "sædvanligt - men overfør til den nye sparekassekonto, som står inde i dokumentet, fordi den gamle er "
                + "opsagt.\n\nKontoret, Læsø Rengøring")
            .attach("application/zip", "faktura_" + no + ".zip", Attachments.zip("faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("laesoe-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Kontoen i fakturaen er den eneste gyldige."));
        ownedBy(m, "laesoe-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of laesoe-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "vaerksted@vestero-vvs.net", "kreditor@laesoe.dk", "Fakturaer marts samlet")
            .text("Goddag\n\nMarts måneds regninger ligger i 7z-filen, da de fylder for meget hver for sig. Bemærk, at vi har "
                + "fået ny bank.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "marts.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("vestero-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "vestero-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of vestero-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "salg@byrum-kontor.net", "indkob@laesoe.dk", "Ordrebekræftelse og faktura - papir")
            .text("Hej\n\nOrdrebekræftelse og faktura er samlet i ét dokument. Klik på 'Aktivér indhold' øverst, ellers "
                + "kan tallene ikke ses.\n\nSalg")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Indholdet låses op, når makroer er slået til.", true));
        ownedBy(m, "byrum-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of byrum-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "faktura@laesoe-datadrift.net", "it@laesoe.dk", "Licensopgørelse Chromebooks")
            .text("Hej\n\nRegnearket med licenser til mellemtrinnets Chromebooks er vedhæftet. Slå makroer til, så summerne "
                + "regnes ud. Bemærk ændret betalingskonto.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "licenser_2037.xlsm", Attachments.excel(List.of(
                "Licensopgørelse april 2037", "Chromebook og administration 130 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "laesoe-datadrift.net");
        m.description = "macro-enabled .xlsm from a look-alike of laesoe-data.dk, new account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "poul@vestero-malerfirma.dk", "ejendom@laesoe.dk", "Regning Plejecentret")
            .text("Hej\n\nHar fotograferet regningen, da printeren driller. Husk den nye konto, den står på billedet.\n\nPoul")
            .attach("image/jpeg", "20370412_093311.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "vestero-malerfirma.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of vestero-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "bo@osterby-vognmand.net", "teknik@laesoe.dk", "Faktura grus og tang")
            .text("Hejsa\n\nBo her fra vognmanden i Østerby. Sender lige regningen for læssene med stabilgrus til "
                + "Vesterø og de tre vognlæs tang fra stranden; den er lagt ind via kopimaskinen på havnekontoret. Kig "
                + "nederst på arket, for efter nytår bruger jeg en anden sparekasse end før.\n\nBo")
            .attach("application/pdf", "Scan_2037_04.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "osterby-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of osterby-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "ordre@byrum-ordrekontor.com", "indkob@laesoe.dk", "Ordre 55120 afsendes i morgen")
            .text("Jeres bestilling af 6 projektorer til skolen, i alt 38.940 kr., er klar til afsendelse med morgenfærgen. "
                + "Har I ikke bestilt varerne, skal I ringe til os på 70 22 81 46 inden kl. 17 i dag, ellers faktureres "
                + "ordren.\n\nOrdrekontoret");
        ownedBy(m, "byrum-ordrekontor.com");
        m.description = "callback scam: fake projector order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "licens@byrum-ordrekontor.com", "it@laesoe.dk", "Antivirus fornyet automatisk")
            .text("Kære kunde\n\nJeres antiviruslicens til 140 computere er fornyet automatisk for tre år til 47.250 kr. ekskl. "
                + "moms. Beløbet opkræves om fire dage. Vil I afmelde fornyelsen, kan det kun ske telefonisk på 70 22 81 47 "
                + "inden fredag kl. 12.\n\nLicensafdelingen");
        ownedBy(m, "byrum-ordrekontor.com");
        m.description = "callback scam: auto-renewed antivirus licence";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kb@vestero-entreprenoer.net", "efaktura@laesoe.dk", "E-faktura " + no + " som fil")
            .text("Hej\n\nVi er skiftet til et nyt økonomiprogram, der endnu ikke er koblet på NemHandel. E-fakturaen er "
                + "derfor vedhæftet som XML. Bemærk at betalingskontoen i filen er vores nye.\n\n" + entrep.name())
            .attach("application/xml", "faktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "LÆK-" + (9_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "vestero-entreprenoer.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@laesoe-datadrift.net", "efaktura@laesoe.dk", "OIOUBL " + no)
            .text("Vedhæftet OIOUBL-faktura. Vores betalingsoplysninger er rettet efter bankskiftet; brug kontoen i filen.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "LÆK-" + (9_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "laesoe-datadrift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of laesoe-data.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Zigna", "dokument@zignaa-laesoe.dk", "kultur@laesoe.dk", "Læsø Museum: dokument afventer din signatur")
            .html("<html><body><p>Læsø Museum har sendt dig 'Forsikringstillæg - saltpanderne' til signering. Invitationen "
                + "udløber i dag.</p><p><a href=\"https://zignaa-laesoe.dk/d/" + sha256("zg50").substring(0, 16) + "\">Åbn "
                + "dokumentet</a></p></body></html>");
        ownedBy(m, "zignaa-laesoe.dk");
        m.description = "fake e-signature request imitating zigna.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "deling@nordmarken-dokumenter.net", "ejendom@laesoe.dk", "Forpagtningsaftale til signering")
            .html("<html><body><p>En forpagtningsaftale for græsningsarealer i Nordmarken venter på jeres underskrift. Log "
                + "ind med din kommunale Microsoft-konto for at se den.</p><p><a href=\"https://nordmarken-dokumenter.net/"
                + "login\">Log ind</a></p></body></html>");
        ownedBy(m, "nordmarken-dokumenter.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "trafik@laesoe-bustrafik.net", "kreditor@laesoe.dk", "Betaling af " + p.no() + " i to dele")
            .text("Kære kreditorer\n\nø-bussen er i gang med at flytte sine pengesager fra én sparekasse til en anden, og "
                + "indtil flytningen er afsluttet, har begge konti et dagligt loft. Derfor vil vi bede jer sende fire tiendedele "
                + "af regning " + p.no() + " (" + p.amount().gross() + " kr.) som vanligt og de sidste seks tiendedele til "
                + mule(9) + ". Chaufførernes løn afhænger af, at pengene når frem i denne uge.\n\nTrafikkontoret, "
                + "Læsø Bustrafik");
        ownedBy(m, "laesoe-bustrafik.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@vestero-vvs-aps.dk", "kreditor@laesoe.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Goddag\n\nPå faktura " + p.no() + " kan 25.000 kr. betales til vores gamle konto, mens restbeløbet skal til "
                + mule(10) + ". Banken har et loft over indbetalinger, mens vores kredit bliver gennemgået.\n\nVærkstedet");
        ownedBy(m, "vestero-vvs-aps.dk");
        m.description = "split payment on Vesterø VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-saltworks-invoice
        M m = bad("fake-saltworks-invoice");
        invoice(m, salt.posing("saltsyderiet-laesoe.com", salt.account()), mule(0), 10,
            List.of("Skoleaftale " + saltAgreement + " - ekstra brænde og sydning"), "", "Eleverne fra 5. årgang brugte mere "
                + "brænde end planlagt, og vi holdt panden i kog en ekstra dag, så skoleaftalen er efterreguleret. Regningen "
                + "ligger ved. Saltsyderiet har fået en ny driftsbank efter fondens bestyrelsesskifte, så pengene skal ind på "
                + "kontoen på regningen og ikke den gamle.");
        ownedBy(m, "saltsyderiet-laesoe.com");
        m.description = "look-alike of the salt works cites its real school agreement, 'extra firewood', new account (LT IBAN)";
        m = bad("fake-saltworks-invoice");
        headers(m, "Danzigmand Salt", "salg@danzigmand-salt.dk", "kultur@laesoe.dk", "Levering af 600 kg syltesalt - faktura")
            .text("Hej Turistkontoret\n\nSom aftalt pr. telefon med jeres medarbejder har vi sendt 600 kg groft Læsø-salt i "
                + "gaveposer til sæsonen. Fakturaen på 31.250,00 kr. inkl. moms skal betales senest mandag til " + mule(5)
                + ", ellers kan vi ikke love levering med næste færge.\n\nDanzigmand Salt")
            .attach("application/pdf", "salt-faktura.pdf", Attachments.pdf(docId(m, "ds50"), "Faktura saltlevering",
                List.of("Danzigmand Salt", "600 kg groft salt i gaveposer", "I alt inkl. moms 31.250,00",
                    "Indbetales til " + mule(5))));
        ownedBy(m, "danzigmand-salt.dk");
        m.description = "unknown 'salt trader' bills gift salt 'agreed by phone' for the tourist office (GB IBAN)";
        m = bad("fake-saltworks-invoice");
        headers(m, "Holtemmen Brænde", "ordre@holtemmen-braende.dk", "teknik@laesoe.dk", "Brænde til sydehytterne - forudbetaling")
            .text("Goddag\n\nSyderiet har ikke brænde nok til sommerens sydninger, og vi har derfor lagt 40 rummeter tørt "
                + "fyrretræ til side til de kommunale sydehytter. Det køres ud, når forudbetalingen på 18.400 kr. står på "
                + mule(4) + ". Pladsen på vognen holdes kun til torsdag.\n\nHoltemmen Brænde");
        ownedBy(m, "holtemmen-braende.dk");
        m.description = "'firewood for the salt-boiling huts' reserved against prepayment (PL IBAN)";

        // fake-seaweed-thatch-repair-invoice
        m = bad("fake-seaweed-thatch-repair-invoice");
        invoice(m, tang.posing("laesoe-tangtag.com", tang.account()), mule(9), 14,
            List.of("Sag " + roofCase + " - akut udbedring efter storm"), "", "Stormen i weekenden rev et stykke af "
                + "rygningen på Museumsgården løs, og vi lagde straks nyt ålegræs på, før regnen kom ind i loftet. Arbejdet "
                + "ligger uden for den faste aftale og faktureres særskilt under sagsnummeret. Vi er skiftet til en ny bank, "
                + "og den nye konto står på fakturaen.");
        ownedBy(m, "laesoe-tangtag.com");
        m.description = "look-alike of the thatcher cites the real roof case, 'storm repair', new account (HU IBAN)";
        m = bad("fake-seaweed-thatch-repair-invoice");
        headers(m, "Rønnerne Tang", "faktura@ronnerne-tang.dk", "ejendom@laesoe.dk", "Faktura: ålegræs til tanghusene")
            .text("Hej Ejendomsafdelingen\n\nVi har efter aftale med jeres bygningskonsulent i vinter samlet og tørret 3 tons "
                + "ålegræs ved Rønnerne til omlægning af tangtagene. Fakturaen på 44.800,00 kr. inkl. moms forfalder om fire "
                + "dage; betal til " + mule(10) + ".\n\nRønnerne Tang");
        ownedBy(m, "ronnerne-tang.dk");
        m.description = "unknown firm bills eelgrass 'agreed with your building consultant' for the seaweed roofs (RO account)";
        m = bad("fake-seaweed-thatch-repair-invoice");
        headers(m, "Byrum Tagtækning", "kontor@byrum-tagtaekning.dk", "kultur@laesoe.dk", "Tilstandsrapport tangtag - betaling")
            .text("Hej\n\nVi har besigtiget tangtaget på Tanghuset i Østerby med drone og fundet svamp i tre fag. "
                + "Tilstandsrapporten, som forsikringen kræver, sendes, så snart 12.900 kr. er modtaget på " + mule(11)
                + ".\n\nByrum Tagtækning");
        ownedBy(m, "byrum-tagtaekning.dk");
        m.description = "unknown roofer holds a 'drone survey' report of the seaweed roof hostage for payment (BG IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus50().generate(), List.of(
            "# Læsø Kommune, Økonomi: invoice checks (fiftieth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=byrum-varmevaerk.dk vestero-entreprenoer.dk saltsyderiet-laesoe.dk laesoe-tangtag.dk "
                + "osterby-havneservice.dk byrum-toemrer.dk vestero-maler.dk laesoe-rengoering.dk laesoe-ugeavis.dk "
                + "osterby-vognmand.dk byrum-el.dk vestero-vvs.dk laesoe-koekken.dk byrum-byggemarked.dk laesoe-data.dk "
                + "laesoe-bustrafik.dk byrum-kontor.dk",
            "invoice.domains.platforms=tidevandsregning.dk pilotfaktura.com ravnebilag.dk obligopay.io",
            "invoice.names.protected=Læsø Kommune"));
    }
}
