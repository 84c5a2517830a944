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
 * The forty-third held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Morsø Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, harbour, schools,
 * day care, elderly care, environment and property mailboxes), the island municipality of Mors in the Limfjord: Nykøbing
 * Mors with its harbour, the moler cliffs at Hanklit, Sallingsund and Vilsund bridges, Erslev, Karby, Øster Assels, Sejerslev,
 * Vils, Frøslev, Redsted, Jesperhus, mussels and oysters, farming, schools and elderly care; seventeen listed suppliers from
 * those places in every DNS posture real Danish firms have (one sending through a web hoster named in its SPF), four
 * invoicing platforms ({@code afregna.dk}, {@code dagsfaktura.dk}, {@code holmbill.com}, {@code kvitly.io}), a bathing-water
 * laboratory, a geotechnical firm watching the cliffs, a playground inspector, sole traders on free mail, foreign suppliers,
 * SaaS ({@code driftsplan.io}, {@code kalenderpleje.dk}), an ESP ({@code budsendt.com}), an e-signature service ({@code
 * attestio.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a place
 * name of Mors.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID, fake
 * NemHandel notices, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives, macro
 * documents, image-only invoices, callback scams, payroll changes, look-alikes, homoglyphs, e-invoice XML with a changed
 * account, fake e-signature requests) and three kinds new here: the summer bathing-water samples at the island's beaches
 * billed by a "laboratory" that never took them, or the real lab's sample round turned into an invoice to a new account
 * (fake-bathing-water-analysis-invoice); a geotechnical survey of the moler cliffs and the coast road after a slide, billed by
 * someone who never drilled (fake-cliff-geotechnical-survey-invoice); and the yearly main inspection of playgrounds at schools
 * and day care "carried out" and billed by an unknown inspector, or "required by new rules" with prepayment
 * (fake-playground-safety-inspection-invoice). Every text was written for this corpus. The invoice engine, its tests, tuning
 * notes and earlier results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is
 * derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus43GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus43 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout43");
    public static final String OWN = "morsoe.dk";
    static final String FRAUD_NET = "127.243.";
    private static final String OWN_IP = "127.143.0.1";
    private static final String EAN = "5798000547124";
    private static final String KOMMUNE = "Morsø Kommune";
    private static final String RAADHUS = "Jernbanevej 7, 7900 Nykøbing M";
    private static final String HOSTER_IP = "127.143.9.1";
    private static final String GMAIL = "127.46.1.1";
    private static final String MSFT = "127.46.2.1";
    private static final String APPLE = "127.46.5.1";

    private final Random rnd = new Random(43_7900_0043L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 70;
    /** The lab's sample-round number for the bathing-water programme (the frauds cite it). */
    private String sampleRound;
    /** The geotechnical firm's case number for the Hanklit cliff monitoring (the frauds cite it). */
    private String geoCase;
    /** The playground inspector's report series for schools and day care (the frauds cite it). */
    private String playReport;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 4, 7, 7, 20, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 5, 5, 7, 50, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Nykøbing Mors Fjernvarmeværk a.m.b.a.", "nykmors-fjernvarme.dk",
        "Forbrugerservice", "forbruger", "127.143.1.1", iban("DK", "76000002718834"),
        "fjernvarme til Rådhuset, Morsø Bibliotek og Plejecenter Lindevang");
    private final Supplier entrep = new Supplier("Erslev Anlæg ApS", "erslev-anlaeg.dk", "Søren Kjær", "sk", "127.143.1.2",
        bank("7470", "0002213846"), "ny belægning og dræn på parkeringspladsen ved Erslev Skole");
    private final Supplier geo = new Supplier("Mors Geoteknik ApS", "mors-geoteknik.dk", "Line Bach", "lb", "127.143.1.3",
        bank("7470", "0002226715"), "geotekniske boringer og skredovervågning ved Hanklit og kystvejen");
    private final Supplier lab = new Supplier("Vilsund Vandanalyse ApS", "vilsund-vandanalyse.dk", "Vilsund Vandanalyse, "
        + "Prøvetagning", "proever", "127.143.1.4", iban("DK", "20000008814427"), "badevandsprøver ved kommunens strande, "
        + "analyse for E. coli og enterokokker");
    private final Supplier leg = new Supplier("Karby Legepladstilsyn v/ Rune Holm", "karby-legepladstilsyn.dk", "Rune Holm",
        "rune", "127.143.1.5", iban("DK", "53010002290518"), "årlig hovedinspektion af legepladser ved skoler og dagtilbud");
    private final Supplier toemrer = new Supplier("Sejerslev Tømrerforretning ApS", "sejerslev-toemrer.dk", "Niels Bundgaard",
        "nb", "127.143.1.6", bank("7470", "0002239904"), "nye vinduer og inddækninger i gymnastiksalen, Tødsø Skole");
    private final Supplier maler = new Supplier("Vils Malerforretning v/ Karen Østergaard", "vils-maler.dk", "Karen Østergaard",
        "karen", "127.143.1.7", bank("9070", "0006624183"), "maling af fællesarealer og boliger, Plejecenter Lindevang");
    private final Supplier rengoer = new Supplier("Mors Rengøringsservice ApS", "mors-rengoering.dk", "Administrationen",
        "admin", "127.143.1.8", iban("DK", "30000014471206"), "rengøring af Rådhuset, Jobcenter Morsø og Morsø Bibliotek");
    private final Supplier avis = new Supplier("Mors Ugeavis", "mors-ugeavis.dk", "Annoncesalg", "annoncer", "127.143.1.9",
        iban("DK", "20000008870315"), "annoncer om lokalplan for havnearealet og jobopslag i hjemmeplejen");
    private final Supplier vognmand = new Supplier("Frøslev Vognmandsforretning ApS", "froeslev-vognmand.dk", "Henrik Toft",
        "ht", "127.143.1.10", bank("9070", "0006651027"), "kørsel med sten og grus til kystsikringen ved Feggesund");
    private final Supplier el = new Supplier("Karby El-Teknik ApS", "karby-elteknik.dk", "Jonas Riis", "jr", HOSTER_IP,
        bank("7470", "0002251338"), "nye eltavler og nødlys i Karby Skole og Morsø Hallen");
    private final Supplier vvs = new Supplier("Øster Assels VVS ApS", "oesterassels-vvs.dk", "Kontoret", "post",
        "127.143.1.12", bank("9070", "0006672590"), "service på varmepumper og nye vandvarmere, Plejecenter Lindevang");
    private final Supplier mad = new Supplier("Mors Madservice A/S", "mors-madservice.dk", "Økonomi, Mors Madservice",
        "okonomi", "127.143.1.13", iban("DK", "53010002314476"), "madservice til hjemmeboende pensionister på Mors");
    private final Supplier byg = new Supplier("Nykøbing Trælast A/S", "nykoebing-traelast.dk", "Erhvervssalg", "erhverv",
        "127.143.1.14", iban("DK", "76000002745109"), "byggematerialer til Kommunale Ejendomme efter rammeaftale");
    private final Supplier it = new Supplier("Mors Netdrift ApS", "mors-netdrift.dk", "Fakturering", "regnskab",
        "127.143.1.15", bank("7470", "0002268851"), "drift af skolenetværket og iPads til indskolingen");
    private final Supplier bus = new Supplier("Vilsund Busser ApS", "vilsund-busser.dk", "Trafikkontoret", "trafik",
        "127.143.1.16", bank("9070", "0006690432"), "skolekørsel Vilsund-Nykøbing og ture til svømmehallen");
    private final Supplier kontor = new Supplier("Nykøbing Kontorhus ApS", "nykoebing-kontorhus.dk", "Ordrekontoret", "salg",
        "127.143.1.17", iban("DK", "30000014498377"), "kopipapir, toner og mødemøbler");
    // not on the creditor list
    private final Supplier smed = new Supplier("Redsted Smedie", "redsted-smedie.dk", "Poul Vinther", "poul", "127.143.2.1",
        bank("7470", "0002277190"), "nye trapper og rækværk ved lystbådehavnen i Nykøbing");
    private final Supplier natur = new Supplier("Hanklit Naturpleje v/ Trine Lund", "hanklit-naturpleje.dk", "Trine Lund",
        "trine", "127.143.2.2", bank("9070", "0006713845"), "slåning af overdrev og rydning af rynket rose ved Hanklit");
    private final Supplier guide = new Supplier("Naturformidler Jakob Nørgaard", "gmail.com", "Jakob Nørgaard",
        "jakob.morsnatur", GMAIL, bank("7470", "0002288064"), "molerture og fossiljagt for 6. årgang, 4 forløb");
    private final Supplier tolk = new Supplier("Tolk v/ Dalia Haddad", "outlook.com", "Dalia Haddad", "dalia.haddad.tolk", MSFT,
        bank("9070", "0006735511"), "tolkning arabisk-dansk, Jobcenter Morsø, 6 samtaler");
    private final Supplier musik = new Supplier("Spillemand Kaj Thomsen", "icloud.com", "Kaj Thomsen", "kaj.thomsen.spillemand",
        APPLE, bank("7470", "0002295327"), "fællessang og violin på Plejecenter Lindevang og i Sundby Dagcenter");
    private final Supplier tysk = new Supplier("Husumer Hafenbedarf GmbH", "husumer-hafenbedarf.de", "Buchhaltung",
        "rechnung", "127.147.1.1", iban("DE", "217500000062218840"), "Festmacherleinen und Poller, Hafen Nykøbing Mors");
    private final Supplier svensk = new Supplier("Malmö Lekplatsdelar AB", "malmo-lekplatsdelar.se", "Ekonomi", "ekonomi",
        "127.147.2.1", iban("SE", "50000000051726638840"), "reservdelar till gungor och klätterställningar, 12 st");

    private final List<Supplier> listed = List.of(varme, entrep, geo, lab, leg, toemrer, maler, rengoer, avis, vognmand, el,
        vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name of Mors; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"nykmors-fjernvarme.com", "erslevanlaeg.dk", "nykobing-traelast.dk",
        "karby-el-teknik.dk", "mors-rengoring.dk", "oesterassels-vvs.net", idn("nyk\u043eebing-traelast.dk"),
        idn("morso\u0435-kommune.dk"), "afregna-mors.dk", "kvitly-nykobing.com", "sejerslev-tomrer.dk", "mors-madservice.com",
        "vilsund-busser.net", "froeslev-vognmand.net", "nykobing-inkassocenter.dk", "mitid-mors.com", "digitalpost-erslev.com",
        "nemhandel-mors.net", "jesperhus-parkering.dk", "vilsund-betalingsservice.net", "sallingsund-ordre.com",
        "vils-malerforretning.dk", "nykoebing-kontorhus.net", "mors-netdrift.net", "erslev-anlaeg.net", "attestio-mors.dk",
        "karby-dokument.net", "vilsund-vandanalyse.com", "mors-badevand.dk", "sejerslev-laboratorium.dk",
        "mors-geoteknik.com", "hanklit-geoconsult.dk", "feggesund-kystsikring.dk", "karby-legepladstilsyn.net",
        "legepladskontrol-nykobing.dk", "dragstrup-legeinspektion.dk", "oesterassels-vvs-aps.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(geo.domain(), List.of(geo.ip()), "-all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(lab.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(leg.domain(), List.of(leg.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.ED25519_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.143.98.4"), "~all", null, "none"); // SPF names only its route planner
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.143.1.24"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("mors-affaldsselskab.dk", List.of("127.144.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("morslands-historiske-museum.dk", List.of("127.144.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("mors-gymnasium.dk", List.of("127.144.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nykoebing-revision.dk", List.of("127.144.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("mors-isenkram.dk", List.of("127.144.5.1"), "-all", null, "none");
        domain("fiskeristyrelsen-kontrol.dk", List.of("127.144.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nykoebing-sejlklub.dk", List.of("127.144.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("afregna.dk", List.of("127.145.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("dagsfaktura.dk", List.of("127.145.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("holmbill.com", List.of("127.145.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("kvitly.io", List.of("127.145.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("mors-sparekasse.dk", List.of("127.146.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sallingsund-andelsbank.dk", List.of("127.146.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-limfjorden.dk", List.of("127.146.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("thy-mors-bogholdere.dk", List.of("127.146.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oeko-indkoeb-nord.dk", List.of("127.146.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("budsendt.com", List.of("127.146.6.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("bedrageri-advarsel.dk", List.of("127.146.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.morsnet.dk", List.of("127.146.8.1"), "-all", null, null);
        domain("relay.erslev-fiber.dk", List.of("127.146.9.1"), "-all", null, null);
        domain("driftsplan.io", List.of("127.146.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kalenderpleje.dk", List.of("127.146.11.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("attestio.dk", List.of("127.146.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"reject", "none", "quarantine", null, "none", "reject", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 3 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "90." + (i + 1)), i % 3 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 48_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no43:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "2036" + String.format("%05d", 200 + rnd.nextInt(40_000));
            case 1:
                return "MO-" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(41_000 + rnd.nextInt(30_000));
            case 3:
                return "FAK" + String.format("%05d", 1_000 + rnd.nextInt(60_000));
            case 4:
                return "36/" + (120 + rnd.nextInt(800));
            default:
                return "N" + (17_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@morsoe.dk", "efaktura@morsoe.dk", "kreditor@morsoe.dk", "okonomi@morsoe.dk",
        "teknik@morsoe.dk", "skoler@morsoe.dk", "aeldre@morsoe.dk", "havn@morsoe.dk", "ejendomme@morsoe.dk", "indkob@morsoe.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf43:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr43:" + domain).hashCode(), 8_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi43:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "nykmors-fjernvarme.dk" -> "Fjordvej 22, 7900 Nykøbing M";
            case "erslev-anlaeg.dk" -> "Erslevvej 41, Erslev, 7950 Erslev";
            case "mors-geoteknik.dk" -> "Limfjordsgade 3, 7900 Nykøbing M";
            case "vilsund-vandanalyse.dk" -> "Vilsundvej 118, 7900 Nykøbing M";
            case "karby-legepladstilsyn.dk" -> "Karbyvej 7, Karby, 7900 Nykøbing M";
            case "sejerslev-toemrer.dk" -> "Sejerslevvej 64, 7900 Nykøbing M";
            case "vils-maler.dk" -> "Vilsvej 15, Vils, 7960 Karby";
            case "mors-rengoering.dk" -> "Nørregade 28, 7900 Nykøbing M";
            case "mors-ugeavis.dk" -> "Algade 2, 7900 Nykøbing M";
            case "froeslev-vognmand.dk" -> "Frøslevvej 90, 7950 Erslev";
            case "karby-elteknik.dk" -> "Hovedvejen 33, 7960 Karby";
            case "oesterassels-vvs.dk" -> "Asselsvej 12, Øster Assels, 7990 Øster Assels";
            case "mors-madservice.dk" -> "Industrivej 14, 7900 Nykøbing M";
            case "nykoebing-traelast.dk" -> "Viborgvej 95, 7900 Nykøbing M";
            case "mors-netdrift.dk" -> "Havnen 6, 7900 Nykøbing M";
            case "vilsund-busser.dk" -> "Thistedvej 201, 7900 Nykøbing M";
            case "nykoebing-kontorhus.dk" -> "Kirketorvet 4, 7900 Nykøbing M";
            case "redsted-smedie.dk" -> "Redstedvej 9, Redsted, 7900 Nykøbing M";
            case "hanklit-naturpleje.dk" -> "Hanklitvej 30, 7900 Nykøbing M";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a plain invoice with lines, totals and a "pay to" sentence; a work report with
     * hours by trade, driving and parts and the FI line (card 71); a subscription note with a customer number, base fee,
     * consumption and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name() + " | " + title + " nr. " + no;
                l.add("Afsender: " + (addr.isEmpty() ? s.name() : s.name() + ", " + addr) + " | CVR-nr. " + cvr(s.domain()));
                l.add("Modtager: " + KOMMUNE + ", " + RAADHUS + " | GLN/EAN " + EAN);
                l.add("Fakturadato " + dottedDay(m, 0) + " | Kontaktperson " + s.person());
                l.add("Leveret: " + s.what());
                l.add("Subtotal " + a.net() + " kr.");
                l.add("Heraf moms (25 %) " + a.vat() + " kr.");
                l.add("At betale i alt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Netto 30 dage - sidste frist " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Betales til " + account + ", anfør fakturanummer " + no);
                }
            }
            case 1 -> {
                head = "Arbejdsrapport og faktura " + no;
                l.add(s.name() + " - " + addr + " - CVR " + cvr(s.domain()));
                l.add("Bestiller: " + KOMMUNE + ", EAN " + EAN + " | Arbejde: " + s.what());
                long hours = a.ore() * 52 / 100;
                long driving = a.ore() * 8 / 100;
                l.add("Timer (svend/lærling) " + kr(hours) + " | Kørsel " + kr(driving) + " | Dele og materialer "
                    + kr(a.ore() - hours - driving));
                l.add("Arbejdssum netto " + a.net() + " kroner, lagt moms til " + a.vat() + ", fakturatotal " + a.gross());
                l.addAll(more);
                l.add("Betales senest " + writtenDay(m, 20) + (account == null ? "" : " | Bank " + account));
                if (own) {
                    l.add("Girokort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Abonnementsopkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Kundenr. " + (20_000 + Math.floorMod(s.domain().hashCode(), 70_000)) + " - " + KOMMUNE);
                l.add("Afregningsperiode " + dottedDay(m, -30) + " - " + dottedDay(m, -1) + ": " + s.what());
                long base = a.ore() * 35 / 100;
                l.add("Fast månedsgebyr " + kr(base) + " kroner, variable tillæg " + kr(a.ore() - base) + " kroner");
                l.add("Sum før afgift " + a.net() + " - momsandel " + a.vat() + " - samlet opkrævning " + a.gross());
                l.addAll(more);
                l.add("Trækkes/betales " + dashedDay(m, 15) + (account == null ? "" : ", konto " + account));
                if (own) {
                    l.add("Betalingslinje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String s = no.replace('/', '-');
        String[] names = {"Faktura_" + s + ".pdf", "faktura-" + s + ".pdf", "Morsoe_Kommune_" + s + ".pdf", s + ".pdf",
            "INV" + s + ".pdf", "Fakturakopi " + s + ".pdf", "bilag_" + s + ".pdf", "Regning-" + s + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Morsø Kommune", "Til kreditorafdelingen", "Godmorgen", "Hej med jer",
        "Att.: Bogholderiet", "Kære Morsø Kommune", "Hej økonomi", "Til rette vedkommende"};

    private String phone() {
        return "97 " + (70 + rnd.nextInt(29)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig43:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMed venlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nVh\n" + firstName(s) + " - " + s.name() + "\nTlf. " + phone();
            case 2:
                return "\n\nMange hilsner\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR-nr. " + cvr(s.domain()));
            case 3:
                return "\n\n/" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min telefon" : "\n" + s.name() + " | " + s.domain());
            default:
                return "\n\nVenligst\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_800_000 : 390_000);
        String[] subjects = {"Faktura nr. " + no, KOMMUNE + " - faktura " + no, "Faktura " + no + " fra " + s.name(),
            s.name() + " - ny faktura", "Fakturanummer " + no + ", EAN " + EAN, "Regning nr. " + no, "Faktura/" + no,
            "Afregning: " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil finder I faktura " + no + " vedrørende " + s.what() + ".";
            case 1 -> "Faktura nr. " + no + " følger her. Beløbet er " + a.gross() + " kr. med moms, og sidste betalingsdag er "
                + writtenDay(m, 30) + ".";
            case 2 -> "Samme faktura går også via NemHandel til jeres EAN " + EAN + ", så betal den venligst kun én gang.";
            case 3 -> "Tak for samarbejdet. PDF med fakturaen er vedhæftet.";
            case 4 -> "Nr.: " + no + "\nTotal: " + a.gross() + " kr.\nSidste frist: " + dottedDay(m, 30);
            case 5 -> "Hermed vores regning for arbejdet, som blev afsluttet i sidste uge. Jeres rekvisitionsnummer står på.";
            case 6 -> "Faktura for sidste levering vedlagt. Giv lyd hvis der er spørgsmål.";
            default -> "Vedlagt finder I fakturaen.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 2) {
            mime.html("<html><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:10pt\"><p>"
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
        if (List.of(varme, rengoer, mad, lab, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, geo, vognmand, vvs, el, toemrer, leg).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Jernbanevej 7", "Nykøbing M", "7900", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        sampleRound = "BV-36-" + (10 + rnd.nextInt(80));
        geoCase = "GT-" + (4_200 + rnd.nextInt(700));
        playReport = "LP-" + (6_100 + rnd.nextInt(800));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == lab ? List.of("Prøverunde " + sampleRound + ": 14 badestrande, prøver udtaget af os")
                : s == geo ? List.of("Sag " + geoCase + ": inklinometre ved Hanklit aflæst, 3 punkter")
                : s == leg ? List.of("Rapportserie " + playReport + ": 22 legepladser gennemgået i april") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 3, List.of("Rekvireret af havnekontoret"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices harbour stairs, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, maler);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekv.nr. MK-" + (51_200 + k * 187));
                case 1 -> List.of("Bestiller: " + to().replace("@morsoe.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Ombygning Morsø Bibliotek" : "Rammeaftale 2034-2037"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 4, ref, k % 5 == 2 ? "\n\nKvitterede følgesedler ligger med." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "foelgesedler.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Kvitteret af Kommunale Ejendomme, Nykøbing", "Antal leverancer: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditnota vedr. faktura ", "Tre bundter terrassebrædder var af forkert længde og er returneret."},
            {kontor, "Kreditering af faktura ", "Kontorstolene i den forkerte farve er hentet igen, og vi krediterer dem."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KR-" + (400 + rnd.nextInt(500));
            Amount a = amount(110_000).credit();
            headers(m, s.person(), addr(s), "kreditor@morsoe.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Vedlagt kreditnota " + no + " på " + a.gross() + " kr., som I kan "
                    + "modregne i næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Krediterer faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Ifølge vores bogholderi står nedenstående faktura stadig åben. Er den betalt i "
            + "mellemtiden, kan I se bort fra denne påmindelse."},
            {entrep, "1. rykker", "Forfaldsdatoen er overskredet med 9 dage. Vi har ikke lagt gebyr på."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@morsoe.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[i + 4] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + ", " + p.amount().gross() + " kr., betales til "
                    + "vores kendte konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(),
                    p.amount(), s.account(), i, List.of("Gælder faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@morsoe.dk", "Kontoudtog pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres afstemning: faktura " + p.no() + " er indgået, og I skylder os intet pr. dags dato." + signature(s));
        genuine(m, s.ip());
        m.description = "froeslev-vognmand.dk statement, nothing open (SPF names only its route planner: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(800_000);
            boolean peppol = v == 0;
            String ref = "MK-" + (62_000 + v * 413);
            headers(m, s.name(), addr(s), "efaktura@morsoe.dk", "Elektronisk faktura " + no + (peppol ? " - Peppol BIS" : " - OIOUBL"))
                .text("Hej\n\nVores udbyder af e-faktura har nedbrud, så vi sender XML-filen direkte som bilag med en PDF-kopi. "
                    + "Bankkontoen er den samme som altid. Kommer fakturaen også gennem NemHandel, skal den kun betales én "
                    + "gang.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol_" : "oioubl_") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Rekvisition " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"afregna.dk", "dagsfaktura.dk", "holmbill.com", "kvitly.io"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(360_000);
            m.mailFrom = "bnc-" + sha256("plat43:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "KV-" + (52_000 + rnd.nextInt(9_000));
                headers(m, "Kvitly", "faktura@kvitly.io", "aeldre@morsoe.dk", "Kvitly faktura " + no + " - afløsertimer april")
                    .text("Til " + KOMMUNE + ", Sundhed og Ældre\n\nHer er fakturaen for de afløsertimer i hjemmeplejen, som jeres "
                        + "planlæggere godkendte i april (96 timer). Kvitly udbetaler selv lønnen til afløserne.\n\nI alt "
                        + a.gross() + " kr., betalingsfrist " + dottedDay(m, 21) + ".\n\nKvitly ApS")
                    .attach("application/pdf", "Kvitly_" + no + ".pdf", Attachments.pdf(docId(m, "kv"), "Faktura " + no,
                        List.of("Kvitly ApS", "Kunde: " + KOMMUNE + ", Sundhed og Ældre", "Afløsertimer april 2036: 96",
                            "Netto " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "30000014553820"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform kvitly.io invoices approved relief-staff hours under its own name";
                continue;
            }
            String no = "D" + (610_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " (via " + d[i] + ")", "no-reply@" + d[i], i == 1 ? "havn@morsoe.dk" : "miljoe@morsoe.dk",
                s.name() + " har sendt faktura " + no)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Verdana,sans-serif\"><p>Kære " + KOMMUNE + "</p><p>Du har modtaget en "
                    + "faktura fra " + s.name() + " på <b>" + a.gross() + " kr.</b>, der forfalder " + dottedDay(m, 14) + ".</p>"
                    + "<p>PDF'en er vedhæftet. Har du spørgsmål, så svar på denne mail, så når den frem til " + s.person() + ".</p>"
                    + "<p style=\"color:#999;font-size:10px\">Faktureret gennem " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 5, List.of(), v == 2 ? "\n\nJeg er ikke momsregistreret, så der er ingen moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HB-" + (24_300 + rnd.nextInt(900));
        Amount a = amount(800_000);
        headers(m, "Husumer Hafenbedarf", addr(tysk), "havn@morsoe.dk", "Ihre Rechnung " + no)
            .text("Guten Tag,\n\nim Anhang erhalten Sie die Rechnung " + no + " über Festmacherleinen und zwei Poller für den Hafen "
                + "Nykøbing. Die Steuerschuld geht auf den Leistungsempfänger über.\n\nFreundliche Grüße\nHusumer Hafenbedarf")
            .attach("application/pdf", "Rechnung-" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Husum", "Kunde: " + KOMMUNE + ", Havn", tysk.what(), "Nettobetrag EUR " + kr(a.ore() / 7),
                    "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "ML" + (3_300 + rnd.nextInt(600));
        headers(m, "Malmö Lekplatsdelar", addr(svensk), "ejendomme@morsoe.dk", "Faktura " + no + " - reservdelar lekplats")
            .text("Hej,\n\nHär kommer fakturan för de reservdelar till gungor och klätterställningar som er besiktningsman "
                + "beställde. Betala i SEK eller EUR till kontot på fakturan.\n\nMed vänlig hälsning\nEkonomi, Malmö Lekplatsdelar AB")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Betalning till " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(280_000);
        headers(m, "Driftsplan Billing", "invoices@driftsplan.io", "teknik@morsoe.dk", "Driftsplan: invoice for May 2036")
            .text("Hi " + KOMMUNE + ",\n\nPlease find attached your invoice for the maintenance planning module (roads and green "
                + "areas, 9 crews). A copy goes to EAN " + EAN + " as usual.\n\nAmount due DKK " + a.gross() + "\n\nDriftsplan")
            .attach("application/pdf", "driftsplan-2036-05.pdf", Attachments.pdf(docId(m, "dp"), "Invoice",
                List.of("Driftsplan ApS", "Customer: " + KOMMUNE, "Maintenance planning May 2036, 9 crews", "DKK " + a.gross())));
        genuine(m, "127.146.10.1");
        m.description = "SaaS driftsplan.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(280_000);
        headers(m, "Kalenderpleje", "kvittering@kalenderpleje.dk", "aeldre@morsoe.dk", "Kvittering for betaling - Kalenderpleje")
            .text("Hej\n\nVi har modtaget betalingen for jeres Kalenderpleje-licens (besøgsplanlægning i hjemmeplejen, 150 "
                + "medarbejdere). " + a.gross() + " kr. er trukket på betalingskortet med slutcifre 8802.\n\nKalenderpleje");
        genuine(m, "127.146.11.1");
        m.description = "SaaS kalenderpleje.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9070", "0006802219");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@morsoe.dk", "Vi skifter bank fra 1. maj")
            .text("Kære kreditorbogholderi\n\nSejerslev Tømrerforretning har samlet sin bankforretning i Mors Sparekasse. Fakturaer "
                + "med dato 1. maj 2036 eller senere bedes betalt til " + nyT + ". Fakturaer, der allerede er sendt, betales som "
                + "anført på dem.\n\nRing gerne til mig på telefonnummeret fra jeres leverandøroplysninger, hvis I vil have "
                + "ændringen bekræftet." + signature(toemrer))
            .attach("application/pdf", "Bankskifte.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Fra og med 01.05.2036", "Konto: " + nyT,
                    "Niels Bundgaard, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+RSA aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye døre til omklædningsrummene, Tødsø Skole");
        invoice(m, moved, nyT, 15, List.of("Betales til ny konto fra 01.05.2036"), "\n\nHusk at bruge det nye kontonummer, "
            + "som vi skrev om i april.");
        genuine(m, toemrer.ip());
        m.description = "sejerslev-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "76000002867743");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Økonomi, Mors Madservice", addr(mad), "kreditor@morsoe.dk", "Ny bankkonto for Mors Madservice")
            .text("Til " + KOMMUNE + ", kreditor og Sundhed og Ældre\n\nMors Madservice flytter sin driftskonto som led i en ny "
                + "finansieringsaftale. Fakturaer dateret fra 1. maj bedes betalt til " + nyM + ". Den gamle konto modtager "
                + "betalinger til og med juni. Vi har også sendt meddelelsen med direktørens underskrift til jeres Digital "
                + "Post.\n\nMed venlig hilsen\nMors Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from May, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 18, List.of("Ny bankkonto fra 01.05.2036"), "\n\nBemærk den nye konto.");
        genuine(m, mad.ip());
        m.description = "mors-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 22, List.of(), "");
        m.mailFrom = "SRS0=k2Lm=QX=mors-ugeavis.dk=annoncer@srs.morsnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.146.8.1";
        m.helo = "srs.morsnet.dk";
        m.description = "mors-ugeavis.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 31, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.erslev-fiber.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 26, List.of(), "");
        relayedBy(m, "relay.erslev-fiber.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"thy-mors-bogholdere.dk", "Birgit Holm", "biho@", "Regning for badevandsprøver?",
            "Hej alle\n\nVi har fået en regning for analyse af badevandsprøver fra et laboratorium, vi aldrig har brugt. Den "
                + "nævner et prøverundenummer, der ligner vores eget labs. Har nogen andre kystkommuner fået den?\n\nBirgit"},
            {"oeko-indkoeb-nord.dk", "Morten Dam", "moda@", "Legepladsinspektion uden aftale", "Hej\n\nEn ukendt inspektør har "
                + "sendt faktura for 'lovpligtig' gennemgang af vores legepladser og vil have forudbetaling for næste runde. "
                + "Vores faste inspektør ved intet.\n\nMorten"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditorforum-limfjorden.dk", x[3])
                .header("List-Id", "Kreditorforum Limfjorden <forum.kreditorforum-limfjorden.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorforum-limfjorden.dk", "[Kreditorforum] ", "\r\n--\r\nKreditorforum Limfjorden\r\n"
                + "Framelding: https://kreditorforum-limfjorden.dk/forum\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"bedrageri-advarsel.dk", "Bedrageri-advarsel", "Strande, skrænter og legepladser: nye fupregninger",
            "Kommuner modtager i år falske regninger for vandprøver, geotekniske undersøgelser og legepladstilsyn. Sammenlign "
                + "altid med jeres aftale, og ring til den faste leverandør på et nummer, I selv har."},
            {"nykoebing-revision.dk", "Nykøbing Revision", "Sommerens råd til kreditorafdelingen",
                "Lad to personer godkende ændrede kontonumre, og gennemgå leverandørkartoteket før ferien."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl43:" + x[0]).substring(0, 14) + "@budsendt.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@morsoe.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/artikel\">Læs hele "
                    + "artiklen</a></p><p style=\"font-size:10px\">Frameld dig her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("budsendt.com");
            m.ip = "127.146.6.1";
            m.helo = "out.budsendt.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP budsendt.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Natur og Miljø", "miljoe@", "kreditor@morsoe.dk", "Badevandsprøver i sæsonen",
            "Hej\n\nBadevandet ved vores strande testes kun af Vilsund Vandanalyse efter vores prøveplan, og hver runde har et "
                + "BV-nummer fra os. Andre regninger for vandprøver skal sendes til mig, før nogen betaler.\n\nNatur og Miljø"},
            {"Vej og Park", "teknik@", "kreditor@morsoe.dk", "Skrænten ved Hanklit", "Hej\n\nDet er alene Mors Geoteknik, der "
                + "overvåger skrænten ved Hanklit og kystvejen, og kun efter skriftlig bestilling fra os. Vi har ikke bestilt "
                + "nye boringer i år.\n\nVej og Park"},
            {"Kommunale Ejendomme", "ejendomme@", "ledere@morsoe.dk", "Legepladstilsyn 2036", "Kære ledere\n\nÅrets "
                + "hovedinspektion af legepladserne udføres af Karby Legepladstilsyn under rammeaftalen. Betal aldrig selv for "
                + "inspektioner, og send os mails fra andre inspektører.\n\nKommunale Ejendomme"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Mors Sparekasse Erhverv", "erhverv@mors-sparekasse.dk", "okonomi@morsoe.dk", "Kvittering for betalingsfil")
            .text("Kære kunde\n\nJeres betalingsfil med 187 posteringer er modtaget og gennemføres på næste bankdag. Detaljer "
                + "kan ses i netbanken. Vi sender aldrig links eller beder om koder i mails som denne.\n\nMors Sparekasse");
        genuine(m, "127.146.1.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Sallingsund Andelsbank", "kunde@sallingsund-andelsbank.dk", "okonomi@morsoe.dk", "Ændrede gebyrer fra juni")
            .text("Til vores erhvervskunder\n\nFra 1. juni ændres gebyret for udlandsoverførsler. Den nye prisliste findes i "
                + "netbanken.\n\nSallingsund Andelsbank");
        genuine(m, "127.146.2.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("bathing-water-invoice", true);
        invoice(m, lab, lab.account(), 6, List.of("Prøverunde " + sampleRound + ", 2. runde i sæsonen",
            "14 strande, 28 prøver, akkrediteret analyse"), "\n\nResultaterne er lagt i jeres mappe hos Natur og Miljø.");
        genuine(m, lab.ip());
        m.description = "the real lab invoices the second sample round of the bathing-water plan (DKIM only, p=reject)";
        m = ok("geotechnical-survey-invoice", true);
        invoice(m, geo, geo.account(), 9, List.of("Sag " + geoCase + ", kvartalsaflæsning", "Bestilt af Vej og Park"),
            "\n\nAflæsningerne viser ingen ny bevægelse i skrænten.");
        genuine(m, geo.ip());
        m.description = "the geotechnical firm's quarterly cliff-monitoring invoice (RSA, no DMARC)";
        m = ok("playground-inspection-invoice", true);
        invoice(m, leg, leg.account(), 11, List.of("Rapportserie " + playReport + ", dagtilbud", "18 legepladser à fast pris"),
            "\n\nRapporterne med fotos er sendt til Kommunale Ejendomme.");
        genuine(m, leg.ip());
        m.description = "the playground inspector's invoice under the framework agreement (RSA, p=none)";
        m = ok("supplier-letter", false);
        headers(m, "Vilsund Vandanalyse", addr(lab), "miljoe@morsoe.dk", "Prøveplan for badesæsonen 2036")
            .text("Kære Natur og Miljø\n\nVedlagt vores forslag til datoer for årets prøverunder. Prisen er uændret efter "
                + "aftalen, og vi fakturerer først, når en runde er udtaget og analyseret.\n\nVilsund Vandanalyse");
        genuine(m, lab.ip());
        m.description = "the lab sends the season's sample plan, no payment";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Mors Affaldsselskab", "faktura@mors-affaldsselskab.dk", "efaktura@morsoe.dk", "Opkrævning 2. kvartal 2036")
            .text("Til " + KOMMUNE + "\n\nVedlagt opkrævning for genbrugspladserne i 2. kvartal. Den er samtidig sendt til jeres "
                + "EAN-nummer.\n\nMors Affaldsselskab")
            .attach("application/pdf", "Opkraevning_Q2.pdf", Attachments.pdf(docId(m, "aff"), "Opkrævning Q2 2036",
                List.of("Mors Affaldsselskab", "Kunde: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "20000008993361"))));
        genuine(m, "127.144.1.1");
        m.description = "municipal waste company's quarterly charge";
        m = ok("authority-notice", false);
        headers(m, "Fiskeristyrelsen", "kontrol@fiskeristyrelsen-kontrol.dk", "havn@morsoe.dk", "Kontrolbesøg i Nykøbing Havn")
            .text("Til Morsø Kommune, Havnen\n\nVi aflægger kontrolbesøg ved landingspladsen for muslinger og østers i juni og "
                + "vender tilbage med en dato. Besøget er uden udgift for havnen.\n\nFiskeristyrelsen");
        genuine(m, "127.144.6.1");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@attestio.dk";
        headers(m, "Morslands Historiske Museum via Attestio", "noreply@attestio.dk", "kultur@morsoe.dk",
            "Dokument til underskrift: depositumaftale")
            .header("Reply-To", "<museum@morslands-historiske-museum.dk>")
            .text("Morslands Historiske Museum beder jer underskrive 'Depositumaftale - fossiler fra molergraven'.\n\n"
                + "Log ind på jeres Attestio-konto for at læse og underskrive.\n\nAttestio");
        genuine(m, "127.146.12.1");
        m.description = "real e-signature request from attestio.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Mors Isenkram", "kvittering@mors-isenkram.dk", "havn@morsoe.dk", "Din kvittering")
            .text("Tak for købet\n\n6 fendere, 2 bådshager, 30 m fortøjning. Betalt med firmakort.\n\nMors Isenkram");
        genuine(m, "127.144.5.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Mors Gymnasium", "regnskab@mors-gymnasium.dk", "okonomi@morsoe.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag indbetalt 14.250 kr. for leje af Morsø Hallen til idrætsdagen.\n\nMors Gymnasium");
        genuine(m, "127.144.3.1");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Nykøbing Sejlklub", "havnefoged@nykoebing-sejlklub.dk", "havn@morsoe.dk", "Bekræftelse: kranløft i maj")
            .text("Hej\n\nVi bekræfter kranløft af kommunens to arbejdsbåde den 12. maj. Regningen kommer via EAN.\n\n"
                + "Nykøbing Sejlklub");
        genuine(m, "127.144.7.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7330000100287465"), iban("DK", "89800006612934"), bank("5301", "0004471298"),
        iban("EE", "4210100220073315"), iban("PL", "541090101400000712204418"), iban("GB", "MONZ04000469852177"),
        iban("IE", "BOFI90001784420155"), iban("NL", "INGB0007731846"), iban("DE", "500100600044817255"),
        iban("HU", "107000240000000051229874"), iban("RO", "RNCB0082044183550001"), iban("BG", "UNCR70001522663015"),
        iban("CY", "002001950000357004418221"), bank("8401", "0001188730"), iban("MT", "VALL22013000000040012345678"),
        iban("SE", "80000000098711042235"), iban("LT", "3140400001558207"), iban("DK", "64710001927755")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Ændret modtagerkonto"), "", "Fjernvarmeværket har lagt sin "
            + "opkrævning sammen med et andet værk på øen, og i den forbindelse er bankforbindelsen flyttet. Aprils "
            + "varmeforbrug på Rådhuset, biblioteket og Lindevang skal derfor afregnes til kontoen på den vedhæftede "
            + "opkrævning og ikke til den gamle. Betalingsservice-aftalen ophører samtidig, så I skal selv overføre "
            + "beløbet denne gang.");
        forged(m, forgedHost++);
        m.description = "forged From nykmors-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 8, List.of(), "", "Jobopslagene fra april er faktureret på vedlagte. Avisen er solgt til "
            + "en britisk mediegruppe, og betaling sker nu til deres konto i London. Vores danske konto er nedlagt.");
        forged(m, forgedHost++);
        m.description = "forged From mors-ugeavis.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"nykmors-fjernvarme.com", varme, "Vi har flyttet vores domæne og samtidig vores konto. Den gamle "
            + "mailadresse lukker snart, så gem venligst denne, og betal efter oplysningerne i PDF'en."},
            {"erslevanlaeg.dk", entrep, "Parkeringspladsen ved skolen er asfalteret og afleveret. Firmaet har skiftet "
                + "pengeinstitut efter nyt ejerskab, så brug kontonummeret fra denne faktura fremover."},
            {"nykobing-traelast.dk", byg, "Samlefaktura for maj til Kommunale Ejendomme. Vi gør opmærksom på, at vi har "
                + "fået nyt kontonummer i forbindelse med skift af bank."},
            {"karby-el-teknik.dk", el, "Tavlerne på Karby Skole er skiftet, og nødlyset er testet. Vores bogholder har "
                + "oprettet en særskilt projektkonto til denne opgave - se fakturaen."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 2, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 5, List.of("Bankoplysninger ændret " + dottedDay(m, -3)), "",
            "Her kommer fakturaen for trælast leveret i maj. Vær opmærksom på, at betalingsoplysningerne er ændret, og at "
                + "de nye gælder allerede for denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as nykoebing-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Direktionssekretariatet", "direktion@" + d, "kreditor@morsoe.dk", "Diskret betaling før kl. 13")
            .text("Hej\n\nKommunen har indgået et forlig med en tidligere entreprenør på havnen, og det skal ikke omtales før "
                + "byrådsmødet. Overfør 167.500 kr. til advokatfirmaets deponeringskonto " + mule(12) + " inden kl. 13. "
                + "Forligsaftalen eftersendes, når den er underskrevet af begge parter. Sagen må ikke drøftes med kolleger."
                + "\n\nDirektionssekretariatet");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as our municipality: discreet same-day settlement";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Afregna", "betaling@afregna-mors.dk", "miljoe@morsoe.dk", "Sidste frist: faktura ubetalt")
            .html("<html><body><p>Kære " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> er ikke betalt. Betal "
                + "med betalingskort inden midnat, så slipper I for rykkergebyr:</p><p><a href=\"https://afregna-mors.dk/pay/"
                + sha256("af43").substring(0, 16) + "\">Gå til betaling</a></p><p>Afregna</p></body></html>");
        ownedBy(m, "afregna-mors.dk");
        m.description = "look-alike of the platform afregna.dk: 'unpaid' card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Kvitly", "opkraevning@kvitly-nykobing.com", "havn@morsoe.dk", smed.name() + " har sendt en opkrævning")
            .text("Goddag\n\n" + smed.name() + " har overdraget sin fakturering til Kvitly. Beløbet skal derfor indsættes på "
                + "Kvitlys klientkonto " + mule(14) + ", hvorefter vi afregner med smeden.\n\nKvitly Inkasso & Fakturering")
            .attach("application/pdf", "kvitly-opkraevning.pdf", pdfInvoice(m, smed.posing("kvitly-nykobing.com", mule(14)),
                "Faktura", "KQ-" + (8_200 + rnd.nextInt(700)), amount(280_000), mule(14), 0, List.of("Opkræves af Kvitly")));
        ownedBy(m, "kvitly-nykobing.com");
        m.description = "look-alike of kvitly.io: the smithy's invoice 'handed over' to an MT client account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(15), 7, List.of("Betaling via finansieringspartner"), "", "Fra og med maj har vi solgt "
            + "vores tilgodehavender til et finansieringsselskab, som nu opkræver rengøringen på vores vegne. Pengene skal "
            + "derfor sendes til " + mule(15) + ", mens navn og CVR på fakturaen forbliver vores egne. Undertegnede sidder "
            + "på et efteruddannelsesforløb i Viborg hele ugen uden mobil, men mailen bliver læst om aftenen, så svar "
            + "gerne her med et kort ok, når kartoteket er rettet.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of mors-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@morsoe.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nEn lille tilføjelse til fakturaen nedenfor. Banken har midlertidigt spærret vores hovedkonto, "
                + "mens den gennemgår vores kundekendskabsoplysninger, og det kan trække ud til efter sommerferien. Summen på "
                + p.amount().gross() + " kroner må derfor gerne sendes til reservekontoen " + mule(16) + " i denne omgang; "
                + "fakturanummeret som tekst på overførslen er fint, og resten af aftalen med skolerne er uændret.\n\n"
                + "Fakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of mors-netdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "sejerslev-tomrer.dk"}, {mad, "mors-madservice.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@morsoe.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nUndskyld rodet med faktura " + p.no() + ". Under årsafslutningen opdagede vores revisor, at "
                    + "skabelonen stadig viste en konto, vi har sagt op, så beløbet vil aldrig nå frem dertil. Overfør i "
                    + "stedet til " + mule(i + 3) + " - resten af fakturaen gælder uændret. Send mig gerne en linje, når "
                    + "I har rettet det i jeres system.\n\n" + s.person() + "\n\nFra: " + addr(s) + "\nSendt: " + dottedDay(m, -20) + "\nEmne: "
                    + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "okonomi@morsoe.dk", "Hurtig overførsel - østersfestival")
            .text("Hej\n\nArrangøren af østersfestivalen på havnen mangler et forskud på 145.000 kr., ellers aflyser de. Jeg "
                + "har givet tilsagn, så send beløbet i dag til " + mule(7) + ". Jeg sidder på færgen og har dårlig dækning, "
                + "så skriv hellere end at ringe.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged morsoe.dk (p=reject) from outside: the mayor's urgent festival advance";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "okonomichef@" + OWN, "kreditor@morsoe.dk", "Opdater bankoplysninger: Øster Assels VVS")
            .text("Hej\n\nØster Assels VVS har givet mig deres nye kontonummer mundtligt: " + mule(8) + ". Ret det i "
                + "kartoteket inden dagens betalingsløb, jeg står inde for ændringen.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged morsoe.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektøren", "kommunaldir.mors@gmail.com", "okonomi@morsoe.dk", "Har du et øjeblik?")
            .text("Hej\n\nJeg er til KKR-møde i Aarhus og har kun min private mail med. Der er en fortrolig overførsel, jeg "
                + "har brug for din hjælp til inden fyraften. Er du ved computeren?\n\nSendt fra min iPad");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'at a regional meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmesteren", "borgmester.morsoe@outlook.com", "indkob@morsoe.dk", "Lille opgave til i dag")
            .text("Hej\n\nVi vil gerne takke de frivillige ved Jesperhus-stafetten. Kan du købe 12 digitale gavekort på 1.500 "
                + "kr. og maile mig koderne inden kl. 12? Du får udlægget refunderet.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Bech", "louise.bech.sosu@gmail.com", "loen@morsoe.dk", "Skift af konto til løn")
            .text("Hej Løn\n\nMin filial på Mors lukker til sommer, og jeg har derfor flyttet alt til en netbank. Jeg kører "
                + "aftenvagter i hjemmeplejen, distrikt Nykøbing Nord, og vil gerne have maj-lønnen ind på " + mule(2)
                + ". Min arbejdsmail virker ikke på min private telefon, så derfor kommer beskeden fra gmail. Ring ikke på "
                + "mit nummer, jeg sover om dagen.\n\nKh Louise Bech, SOSU-hjælper");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a care helper";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Skov", "mikkel.skov.mors@hotmail.com", "loen@morsoe.dk", "Lønkonto")
            .text("Hej\n\nJeg er pædagog i Vils Børnehus og skal på udveksling i Irland i et år. Sæt venligst min løn ind på "
                + "min irske konto " + mule(6) + " fra næste udbetaling.\n\nMikkel Skov");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Nykøbing Inkassocenter", "krav@nykobing-inkassocenter.dk", "kreditor@morsoe.dk", "Sidste varsel før "
                + "retslige skridt - " + inkasso[i].name())
                .text(KOMMUNE + "\n\nVi repræsenterer " + inkasso[i].name() + " i sagen om den ubetalte faktura " + p.no() + " ("
                    + p.amount().gross() + " kr.). Hovedstol, renter og et inkassogebyr på 100 kr. skal være os i hænde på "
                    + mule(i + 9) + " inden 48 timer. Derefter indleveres betalingspåkrav uden yderligere varsel.\n\n"
                    + "Nykøbing Inkassocenter");
            ownedBy(m, "nykobing-inkassocenter.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@mitid-mors.com", "it@morsoe.dk", "Jeres medarbejdersignaturer udløber")
            .html("<html><body><p>Til organisationsadministratoren</p><p>Certifikaterne for " + KOMMUNE + " i MitID Erhverv skal "
                + "fornyes inden fredag. Sker det ikke, mister medarbejderne adgang til Digital Post og NemRefusion.</p><p><a "
                + "href=\"https://mitid-mors.com/admin\">Forny certifikater</a></p></body></html>");
        ownedBy(m, "mitid-mors.com");
        m.description = "fake MitID Erhverv certificate renewal with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "meddelelse@digitalpost-erslev.com", "okonomi@morsoe.dk", "Ulæst brev: Motorstyrelsen")
            .html("<html><body><p>Der ligger et ulæst brev om afgift på kommunens servicekøretøjer i jeres postkasse.</p><p><a "
                + "href=\"https://digitalpost-erslev.com/brev\">Åbn brevet</a></p></body></html>");
        ownedBy(m, "digitalpost-erslev.com");
        m.description = "fake Digital Post notice with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Drift", "drift@nemhandel-mors.net", "efaktura@morsoe.dk", "Genvalidering af EAN " + EAN)
            .text("Til " + KOMMUNE + "\n\nEfter opdateringen af NemHandelsregistret skal alle offentlige modtagere bekræfte "
                + "deres lokationsnumre. Gør I det ikke inden den 15., afvises indgående e-fakturaer. Bekræft på "
                + "https://nemhandel-mors.net/bekraeft\n\nNemHandel Drift");
        ownedBy(m, "nemhandel-mors.net");
        m.description = "fake NemHandel revalidation with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Drift", "retur@nemhandel-mors.net", "kreditor@morsoe.dk", "Fakturaer kunne ikke leveres")
            .text("Syv fakturaer fra jeres leverandører er returneret på grund af en fejl i jeres profil. I kan undgå rykkere "
                + "ved at indbetale det samlede beløb, 112.830,00 kr., til vores mellemregningskonto " + mule(7) + ". Vi "
                + "videresender pengene til de enkelte leverandører.");
        ownedBy(m, "nemhandel-mors.net");
        m.description = "fake NemHandel 'returned invoices' asking for one pooled payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Jesperhus Parkering", "kontrol@jesperhus-parkering.dk", "teknik@morsoe.dk", "Kontrolafgift - kommunal varebil")
            .html("<html><body><p>En varebil fra " + KOMMUNE + " stod på vores område ved Jesperhus uden registreret "
                + "parkering. Afgiften på 690 kr. betales ved at scanne koden nedenfor inden 7 dage.</p><p><img src=\"cid:qr\" "
                + "alt=\"Betal\"></p></body></html>")
            .attach("image/png", "kontrolafgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "jesperhus-parkering.dk");
        m.description = "QR code for a parking 'penalty'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "mandat@vilsund-betalingsservice.net", "okonomi@morsoe.dk", "Betalingsaftale "
            + "suspenderet")
            .html("<html><body><p>En af jeres betalingsaftaler er suspenderet efter en fejlet trækning. Scan QR-koden med "
                + "mobilen og bekræft med MitID for at genoptage den.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genoptag.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "vilsund-betalingsservice.net");
        m.description = "QR code for a 'suspended payment agreement'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "admin@mors-rengoring.dk", "kreditor@morsoe.dk", "Faktura " + no + " - komprimeret")
            .text("Hej\n\nJeres mailsystem har afvist vores PDF to gange, derfor kommer fakturaen pakket. Bemærk at "
                + "bankoplysningerne er nye.\n\nAdministrationen")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("mors-rengoring.dk", mule(4)), "Faktura", no, a, mule(4), 2, List.of()),
                "vejledning.txt", "Pak filen ud og betal til kontoen i fakturaen."));
        ownedBy(m, "mors-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of mors-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "post@oesterassels-vvs.net", "kreditor@morsoe.dk", "Samlede regninger april")
            .text("Hej\n\nAprils regninger er samlet i en 7z-fil for at spare plads. Vi har ny konto, den står i fakturaen.\n\n"
                + "Kontoret")
            .attach("application/x-7z-compressed", "april.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("oesterassels-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "oesterassels-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of oesterassels-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "salg@nykoebing-kontorhus.net", "indkob@morsoe.dk", "Prisliste og faktura, maj")
            .text("Hej\n\nFaktura og den nye prisliste er i samme Word-dokument. Beløbene vises først, når du trykker "
                + "'Aktivér redigering' og derefter 'Aktivér indhold'.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_prisliste.docm", Attachments.word(
                "Faktura og prisliste maj. Beløb og betalingskonto vises, når indhold er aktiveret.", true));
        ownedBy(m, "nykoebing-kontorhus.net");
        m.description = "macro-enabled .docm from a look-alike of nykoebing-kontorhus.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "regnskab@mors-netdrift.net", "it@morsoe.dk", "Opgørelse over iPad-licenser")
            .text("Hej\n\nOpgørelsen over indskolingens iPad-licenser er i det vedhæftede regneark, som kræver makroer for at "
                + "regne korrekt. Betalingen går fra nu af til en ny konto.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "iPad_licenser_maj.xlsm", Attachments.excel(List.of(
                "Licensopgørelse maj 2036", "MDM-licenser indskoling 480 stk", "Indbetaling til " + mule(13)), true));
        ownedBy(m, "mors-netdrift.net");
        m.description = "macro-enabled .xlsm from a look-alike of mors-netdrift.dk";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "karen@vils-malerforretning.dk", "ejendomme@morsoe.dk", "Regning Lindevang")
            .text("Hej\n\nRegningen er taget med mobilen, håber den kan læses. Kontoen er en anden end sidst.\n\nKaren")
            .attach("image/jpeg", "IMG_4471.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "vils-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of vils-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "ht@froeslev-vognmand.net", "teknik@morsoe.dk", "Faktura kørsel Feggesund")
            .text("Hej\n\nIndscannet faktura for stenkørsel til Feggesund. Betal venligst til den nye bank, der står "
                + "nederst.\n\nHenrik")
            .attach("application/pdf", "scan_faktura.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "froeslev-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of froeslev-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Kundecenter", "bekraeftelse@sallingsund-ordre.com", "indkob@morsoe.dk", "Bekræftelse på køb af 8 projektorer")
            .text("Din bestilling på 8 laserprojektorer til i alt 71.920 kr. er registreret og sendes fra lageret i morgen. "
                + "Kender du ikke til bestillingen, skal du inden for 24 timer ringe til vores fortrydelsesafdeling på "
                + "70 27 44 18.\n\nKundecenter");
        ownedBy(m, "sallingsund-ordre.com");
        m.description = "callback scam: fake order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Kundecenter", "abonnement@sallingsund-ordre.com", "it@morsoe.dk", "Dit cloud-backup abonnement er fornyet")
            .text("Hej IT\n\nJeres backup-abonnement til skolernes servere er fornyet for to år, 58.400 kr., som hæves på den "
                + "registrerede konto fredag. Ønsker I ikke fornyelsen, kan den kun annulleres ved at ringe på 70 27 44 19 "
                + "mellem 8 og 22.\n\nKundecenter");
        ownedBy(m, "sallingsund-ordre.com");
        m.description = "callback scam: auto-renewed backup subscription";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_400_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "sk@erslev-anlaeg.net", "efaktura@morsoe.dk", "E-faktura " + no + " (XML)")
            .text("Hej\n\nVores nye økonomisystem er ikke koblet på NemHandel endnu, så XML-filen kommer her. Der er "
                + "opdateret betalingskonto i filen.\n\n" + entrep.name())
            .attach("application/xml", "efaktura-" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 10), true,
                "MK-" + (64_000 + rnd.nextInt(500))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "erslev-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_400_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "regnskab@mors-netdrift.net", "efaktura@morsoe.dk", "OIOUBL-faktura " + no)
            .text("Vedlagt OIOUBL. Kontonummeret i filen er ændret efter vores bankskifte og erstatter det gamle.")
            .attach("application/xml", "OIOUBL-" + no + ".xml", ubl(no, it, mule(3), a, isoDay(m, 0), isoDay(m, 8), false,
                "MK-" + (64_600 + rnd.nextInt(500))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "mors-netdrift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of mors-netdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Attestio", "noreply@attestio-mors.dk", "kultur@morsoe.dk", "Morslands Historiske Museum venter på din "
            + "underskrift")
            .html("<html><body><p>Dokumentet 'Tillæg til depositumaftale 2036' er sendt til dig. Linket udløber om 12 timer.</p>"
                + "<p><a href=\"https://attestio-mors.dk/sign/" + sha256("at43").substring(0, 14) + "\">Se dokumentet og "
                + "underskriv</a></p></body></html>");
        ownedBy(m, "attestio-mors.dk");
        m.description = "fake e-signature request imitating attestio.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentcenter", "deling@karby-dokument.net", "ejendomme@morsoe.dk", "Lejekontrakt for landbrugsjord")
            .html("<html><body><p>En lejekontrakt for kommunal landbrugsjord ved Karby er klar til underskrift. Bekræft din "
                + "identitet med din Microsoft-arbejdskonto for at åbne den.</p><p><a href=\"https://karby-dokument.net/auth\">"
                + "Åbn kontrakten</a></p></body></html>");
        ownedBy(m, "karby-dokument.net");
        m.description = "fake e-signature behind a Microsoft login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "trafik@vilsund-busser.net", "kreditor@morsoe.dk", "Betaling af faktura " + p.no() + " i to dele")
            .text("Hej\n\nVi er midt i et skifte af pengeinstitut, og vores kassekredit flyttes i løbet af ugen. Derfor vil vi "
                + "bede jer dele betalingen af skolekørslen (faktura " + p.no() + "): den ene halvdel som vanligt, den anden "
                + "halvdel til vores nye driftskonto " + mule(0) + ". Chaufførerne og ruterne påvirkes naturligvis ikke, "
                + "og fra juni kommer alt på én konto igen."
                + "\n\nTrafikkontoret");
        ownedBy(m, "vilsund-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "post@oesterassels-vvs-aps.dk", "kreditor@morsoe.dk", "Vedr. faktura " + p.no())
            .text("Hej\n\nDe første 30.000 kr. af faktura " + p.no() + " kan indsættes på den konto, I plejer at bruge. Resten "
                + "skal til " + mule(17) + ", fordi der er et beløbsloft på den gamle konto.\n\nKontoret");
        ownedBy(m, "oesterassels-vvs-aps.dk");
        m.description = "split payment on the VVS firm's real wave-1 invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-bathing-water-analysis-invoice
        M m = bad("fake-bathing-water-analysis-invoice");
        invoice(m, lab.posing("vilsund-vandanalyse.com", lab.account()), mule(9), 10,
            List.of("Prøverunde " + sampleRound + " - analysegebyr"), "", "Prøverne fra runde " + sampleRound + " er "
                + "analyseret, og resultaterne er sendt til Natur og Miljø. Laboratoriet er blevet en del af en tysk "
                + "koncern, så fra nu af betales analyserne til koncernens konto, som fremgår af fakturaen.");
        ownedBy(m, "vilsund-vandanalyse.com");
        m.description = "look-alike of the real lab cites its real sample round, new account (DE IBAN)";
        m = bad("fake-bathing-water-analysis-invoice");
        headers(m, "Mors Badevandskontrol", "analyse@mors-badevand.dk", "miljoe@morsoe.dk", "Faktura: ekstra prøver efter "
            + "algeopblomstring")
            .text("Til Natur og Miljø\n\nEfter meldingerne om blågrønalger ved Sundby Strand og Sallingsund udtog vi på eget "
                + "initiativ ekstra prøver ved 9 badestrande og analyserede for toksiner. Alle prøver var under grænseværdien. "
                + "Regningen på 27.875,00 kr. inkl. moms skal betales inden 4 dage til " + mule(10) + ", da der er tale om "
                + "akutanalyse.\n\nMors Badevandskontrol");
        ownedBy(m, "mors-badevand.dk");
        m.description = "unknown lab bills 'extra algae samples' nobody ordered";
        m = bad("fake-bathing-water-analysis-invoice");
        headers(m, "Sejerslev Laboratorium", "booking@sejerslev-laboratorium.dk", "teknik@morsoe.dk", "Påkrævet badevandsprofil "
            + "2036")
            .text("Kære kommune\n\nEU-reglerne kræver, at alle badestrande får en opdateret badevandsprofil hver sæson. Vi har "
                + "booket prøvetagere til jer i uge 24 og beder om et depositum på 40 %, i alt 16.400 kr., til " + mule(11)
                + " for at holde tiden.\n\nSejerslev Laboratorium");
        ownedBy(m, "sejerslev-laboratorium.dk");
        m.description = "'required bathing-water profile' with a deposit";

        // fake-cliff-geotechnical-survey-invoice
        m = bad("fake-cliff-geotechnical-survey-invoice");
        invoice(m, geo.posing("mors-geoteknik.com", geo.account()), mule(1), 13, List.of("Sag " + geoCase
            + " - ekstra boringer"), "", "I sag " + geoCase + " har vi efter skredet i marts udført tre ekstra boringer i "
            + "skrænten ved Hanklit. Fordi opgaven lå uden for rammeaftalen, er den faktureret særskilt, og beløbet skal "
            + "indsættes på vores projektkonto i en anden bank.");
        ownedBy(m, "mors-geoteknik.com");
        m.description = "look-alike of the geotechnical firm cites the real case, extra drillings to a DK mule account";
        m = bad("fake-cliff-geotechnical-survey-invoice");
        headers(m, "Hanklit GeoConsult", "faktura@hanklit-geoconsult.dk", "teknik@morsoe.dk", "Akut stabilitetsvurdering af "
            + "kystvejen")
            .text("Til Vej og Park\n\nVores landmålere kom forbi kystvejen under Hanklit lørdag og så friske revner i asfalten "
                + "tæt på skrænttoppen. Af hensyn til trafikken gennemførte vi straks en stabilitetsvurdering med georadar og "
                + "håndsondering. Rapporten med anbefalinger om lukning af vejbanen udleveres, så snart regningen på "
                + "42.500 kroner er betalt til vores konto " + mule(4) + ". Jo før betalingen, jo før kan I tage stilling "
                + "til afspærring.\n\nHanklit GeoConsult")
            .attach("application/pdf", "stabilitetsvurdering.pdf", Attachments.pdf(docId(m, "geo"), "Faktura stabilitetsvurdering",
                List.of("Hanklit GeoConsult", "Georadar og feltbesigtigelse, kystvejen", "I alt inkl. moms 42.500,00",
                    "Konto " + mule(4))));
        ownedBy(m, "hanklit-geoconsult.dk");
        m.description = "unknown firm bills an 'urgent stability assessment' and holds the report until paid (PL account)";
        m = bad("fake-cliff-geotechnical-survey-invoice");
        headers(m, "Feggesund Kystsikring", "sag@feggesund-kystsikring.dk", "okonomi@morsoe.dk", "Kommunens andel af "
            + "skrænteundersøgelse")
            .text("Hej\n\nLodsejerne ved Feggesund har fået udført en geoteknisk undersøgelse af den nedstyrtningstruede "
                + "skrænt. Kommunens andel som vejejer er 33.300 kr., som bedes indbetalt til projektets konto " + mule(5)
                + " inden udgangen af måneden.\n\nFeggesund Kystsikring");
        ownedBy(m, "feggesund-kystsikring.dk");
        m.description = "'your share' of a landowners' cliff survey, GB account";

        // fake-playground-safety-inspection-invoice
        m = bad("fake-playground-safety-inspection-invoice");
        invoice(m, leg.posing("karby-legepladstilsyn.net", leg.account()), mule(16), 14, List.of("Rapportserie " + playReport
            + " - opfølgning"), "", "Opfølgningen på rapportserie " + playReport + " er gennemført, og de røde anmærkninger er "
            + "lukket. Karby Legepladstilsyn er overtaget af en landsdækkende kæde, og fakturaer betales derfor til kædens "
            + "konto, som står nederst.");
        ownedBy(m, "karby-legepladstilsyn.net");
        m.description = "look-alike of the playground inspector cites the real report series, LT account";
        m = bad("fake-playground-safety-inspection-invoice");
        headers(m, "Legepladskontrol Nykøbing", "rapport@legepladskontrol-nykobing.dk", "skoler@morsoe.dk", "Faktura for "
            + "legepladseftersyn")
            .text("Kære skoleleder\n\nVi har i forbindelse med en rundtur på Mors set efter legepladserne ved fire af "
                + "kommunens skoler og fundet flere faldunderlag, der ikke lever op til standarden. Eftersyn og rapport "
                + "koster 11.900 kr. pr. skole, i alt 47.600 kr., som betales til " + mule(13) + ".\n\n"
                + "Legepladskontrol Nykøbing")
            .attach("application/pdf", "eftersyn.pdf", Attachments.pdf(docId(m, "lp"), "Faktura legepladseftersyn",
                List.of("Legepladskontrol Nykøbing", "4 skoler à 11.900,00", "I alt 47.600,00", "Indbetales til " + mule(13))));
        ownedBy(m, "legepladskontrol-nykobing.dk");
        m.description = "unknown inspector bills an unrequested playground check at four schools";
        m = bad("fake-playground-safety-inspection-invoice");
        headers(m, "Dragstrup Legeinspektion", "info@dragstrup-legeinspektion.dk", "ejendomme@morsoe.dk", "Ny certificering "
            + "af legepladser")
            .text("Hej\n\nFra sommeren skal alle offentlige legepladser have et nyt sikkerhedscertifikat. Vi har reserveret "
                + "inspektører til jeres 26 legepladser og beder om forudbetaling af halvdelen, 31.200 kr., til " + mule(15)
                + ", ellers går tiden videre til en anden kommune.\n\nDragstrup Legeinspektion");
        ownedBy(m, "dragstrup-legeinspektion.dk");
        m.description = "'new certification' of playgrounds with prepayment, SE account";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus43().generate(), List.of(
            "# Morsø Kommune, Økonomi: invoice checks (forty-third held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=nykmors-fjernvarme.dk erslev-anlaeg.dk mors-geoteknik.dk vilsund-vandanalyse.dk "
                + "karby-legepladstilsyn.dk sejerslev-toemrer.dk vils-maler.dk mors-rengoering.dk mors-ugeavis.dk "
                + "froeslev-vognmand.dk karby-elteknik.dk oesterassels-vvs.dk mors-madservice.dk nykoebing-traelast.dk "
                + "mors-netdrift.dk vilsund-busser.dk nykoebing-kontorhus.dk",
            "invoice.domains.platforms=afregna.dk dagsfaktura.dk holmbill.com kvitly.io",
            "invoice.names.protected=Morsø Kommune"));
    }
}
