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
 * The eighty-second held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Hvidovre Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and parks,
 * schools, elderly care, culture, allotment and property mailboxes; town hall Hvidovrevej 57, 2650 Hvidovre) on the
 * Kalveboderne shore west of Copenhagen: Hvidovre, Avedøre, Avedøre Holme with its harbour and industrial estate, Avedøre
 * Stationsby, Friheden, Risbjerg, Åmarken, Rebæk, Strandmarken, Langhøj and Hvidovre Strand, the coastal dike along the
 * shore and the many allotment associations on municipal land; sixteen listed suppliers from those places in every DNS
 * posture real Danish firms have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code
 * fakturakaj.dk}, {@code regnspor.com}, {@code slusefaktura.io}, {@code kvitteringsbro.dk}), a metering firm reading the
 * water meters of the allotment associations, a coastal engineering firm inspecting the dike, sole traders on free mail,
 * foreign suppliers, SaaS ({@code skolekort.io}, {@code vagtsnor.dk}), an ESP ({@code postkvik.com}), an e-signature service
 * ({@code penneklar.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each
 * carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and two kinds new here: water-meter reading,
 * meter swaps or "leak charges" for the allotment associations billed by someone who never opened a meter well
 * (fake-allotment-water-meter-invoice), and surveys, levelling or "urgent" repairs of the coastal dike along Kalveboderne
 * billed to a new account (fake-seawall-dike-inspection-invoice). The invoice engine, its tests, tuning notes and earlier
 * results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the
 * mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus82GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus82 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout82");
    public static final String OWN = "hvidovre.dk";
    static final String FRAUD_NET = "127.182.";
    private static final String OWN_IP = "127.82.0.1";
    private static final String EAN = "5798000423617";
    private static final String KOMMUNE = "Hvidovre Kommune";
    private static final String RAADHUS = "Hvidovrevej 57, 2650 Hvidovre";
    private static final String HOSTER_IP = "127.82.9.1";
    private static final String GMAIL = "127.84.1.1";
    private static final String MSFT = "127.84.2.1";
    private static final String APPLE = "127.84.5.1";

    private final Random rnd = new Random(82_2650_0082L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The metering firm's contract number for the allotment associations' water meters (the frauds cite it). */
    private String meterContract;
    /** The coastal engineering firm's case number for the dike survey (the frauds cite it). */
    private String dikeCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 10, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Avedøre Varmelaug a.m.b.a.", "avedoere-varmelaug.dk", "Kundecenter",
        "kunde", "127.82.1.1", iban("DK", "20000008213377"), "fjernvarme til Rådhuset, Avedøre Bibliotek og Plejehjemmet Rebæk");
    private final Supplier entrep = new Supplier("Strandmarken Anlæg ApS", "strandmarken-anlaeg.dk", "Thomas Lykke", "tl",
        "127.82.1.2", bank("2191", "8204417735"), "ny belægning på stien langs Hvidovre Strandpark");
    private final Supplier maaler = new Supplier("Rebæk Måleteknik ApS", "rebaek-maaleteknik.dk", "Målerservice",
        "maalerservice", "127.82.1.3", bank("5479", "0001823306"), "aflæsning og udskiftning af vandmålere i "
        + "kolonihaveforeningerne på kommunens jord");
    private final Supplier kyst = new Supplier("Holme Kystteknik ApS", "holme-kystteknik.dk", "Kystteknik, Bogholderi",
        "bogholderi", "127.82.1.4", iban("DK", "30000008240912"), "opmåling og tilsyn af kystdiget langs Kalveboderne");
    private final Supplier toemrer = new Supplier("Risbjerg Tømrerfirma ApS", "risbjerg-tomrerfirma.dk", "Kasper Holt", "kh",
        "127.82.1.5", bank("2191", "8204451190"), "nye skabsvægge og døre, Risbjergskolen");
    private final Supplier maler = new Supplier("Åmarkens Malerservice v/ Kim Juhl", "aamarken-malerservice.dk", "Kim Juhl",
        "kim", "127.82.1.6", bank("5479", "0001839027"), "maling af klasselokaler og gange, Dansborgskolen");
    private final Supplier rengoer = new Supplier("Friheden Facility ApS", "friheden-facility.dk", "Kundeservice", "service",
        "127.82.1.7", iban("DK", "20000008266104"), "rengøring af Rådhuset, Borgerservice og Frihedens Idrætscenter");
    private final Supplier avis = new Supplier("Vestegnens Lokalavis", "vestegnens-lokalavis.dk", "Annonceafdelingen",
        "annonce", "127.82.1.8", iban("DK", "30000008277563"), "annoncer: lokalplanhøring for Avedøre Holme og ledige "
        + "stillinger i daginstitutionerne");
    private final Supplier vognmand = new Supplier("Holme Transport ApS", "holme-transport.dk", "Pia Westergaard", "pia",
        "127.82.1.9", bank("2191", "8204480256"), "kørsel med sand og bortkørsel af opgravet jord fra Avedøre Holme");
    private final Supplier el = new Supplier("Langhøj El-Teknik ApS", "langhoj-elteknik.dk", "Brian Nørgaard", "bn", HOSTER_IP,
        bank("5479", "0001846613"), "LED-armaturer og nye tavler, Hvidovre Stadion");
    private final Supplier vvs = new Supplier("Strand VVS Hvidovre ApS", "strand-vvs-hvidovre.dk", "Kontoret", "kontor",
        "127.82.1.11", bank("2191", "8204492208"), "nye radiatorventiler og afløb, Gungehusskolen");
    private final Supplier mad = new Supplier("Avedøre Køkken A/S", "avedoere-koekken.dk", "Økonomiafdelingen", "okonomi",
        "127.82.1.12", iban("DK", "20000008301849"), "mad til hjemmeboende pensionister og plejecentrenes afdelinger");
    private final Supplier byg = new Supplier("Vestegnens Trælast A/S", "vestegn-traelast.dk", "Proffcentret", "proff",
        "127.82.1.13", iban("DK", "30000008315520"), "træ, gips og beslag til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Frihedens IT-Partner ApS", "frihedens-itpartner.dk", "Fakturering", "faktura",
        "127.82.1.14", bank("5479", "0001860047"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Hvidovre Bybusser ApS", "hvidovre-bybusser.dk", "Kørselskontoret", "koersel",
        "127.82.1.15", bank("2191", "8204503371"), "specialkørsel til Engstrandskolen og kørsel til svømmehallen");
    private final Supplier kontor = new Supplier("Kontorforsyningen Hvidovre ApS", "kontorforsyningen-hvidovre.dk", "Ordre",
        "ordre", "127.82.1.16", iban("DK", "20000008329918"), "kopipapir, blæk og ringbind til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Avedøre Stål og Smedie", "avedoere-staal.dk", "Ole Vinther", "ole",
        "127.82.2.1", bank("2191", "8204519982"), "nye rækværker ved trappen til Avedøre Havn");
    private final Supplier natur = new Supplier("Grønne Hænder v/ Sofie Krag", "groenne-haender-krag.dk", "Sofie Krag",
        "sofie", "127.82.2.2", bank("5479", "0001877750"), "beskæring af hække og pleje af staudebede ved Rebæk Søpark");
    private final Supplier guide = new Supplier("Trommeværksted v/ Rasmus Bech", "gmail.com", "Rasmus Bech",
        "rasmus.bech.trommer", GMAIL, bank("2191", "8204527764"), "trommeværksted for 4. årgang, 3 dage på Avedøre Skole");
    private final Supplier tolk = new Supplier("Tolkeservice v/ Leyla Yilmaz", "outlook.com", "Leyla Yilmaz",
        "leyla.yilmaz.tolk", MSFT, bank("5479", "0001883014"), "tolkning tyrkisk-dansk i Jobcentret, 5 samtaler");
    private final Supplier musik = new Supplier("Harmonikaspiller Bent Olsen", "icloud.com", "Bent Olsen", "bent.olsen.harmonika",
        APPLE, bank("2191", "8204534408"), "eftermiddagsmusik på Plejehjemmet Rebæk og Bakkegården");
    private final Supplier tysk = new Supplier("Hamburger Deichmesstechnik GmbH", "hamburger-deichmess.de", "Buchhaltung",
        "buchhaltung", "127.82.7.1", iban("DE", "200505501234567890"), "Pegelsensoren und Messlatten für den Deich");
    private final Supplier svensk = new Supplier("Malmö Vattenmätare AB", "malmo-vattenmatare.se", "Fakturering", "faktura",
        "127.82.7.2", iban("SE", "45500000058213644917"), "vattenmätare och plomber till koloniträdgårdarna");

    private final List<Supplier> listed = List.of(varme, entrep, maaler, kyst, toemrer, maler, rengoer, avis, vognmand, el, vvs,
        mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Hvidovre place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"avedoere-varmelaug.com", "strandmarken-anlag.dk", "hvidovre-traelast.dk",
        "langhoj-elteknik-hvidovre.dk", "friheden-facilityservice.dk", "strand-vvs-hvidovre.net", idn("hvid\u043evre.dk"),
        idn("risbjerg-t\u043emrerfirma.dk"), "fakturakaj-avedore.dk", "regnspor-hvidovre.com", "risbjerg-tomrer.dk",
        "avedoere-kokken.dk", "hvidovre-bybus.net", "holme-transport-avedore.dk", "hvidovre-inkasso.dk", "mitid-hvidovre.com",
        "digitalpost-avedore.com", "dk-domaener-hvidovre.com", "friheden-parkering.dk", "avedore-betalingsservice.net",
        "kontorforsyning-hvidovre.net", "frihedens-it-partner.net", "strandmarken-anlaeg.net", "penneklar-risbjerg.dk",
        "avedore-esign.net", "rebaek-maaleteknik.com", "kolonihavevand-hvidovre.dk", "avedore-havemaaler.dk",
        "holme-kystteknik-avedore.dk", "hvidovre-digeservice.dk", "kystvagt-avedore.dk", "aamarken-malerservice.net",
        "vestegn-lokalavis-hvidovre.dk", "strand-vvs-aps-hvidovre.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(maaler.domain(), List.of(maaler.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(kyst.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.82.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.82.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("affaldsselskab-vest-ejer.dk", List.of("127.82.40.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kystsikringstilsynet-vest.dk", List.of("127.82.40.6"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hvidovre-museum.dk", List.of("127.82.40.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("avedoere-idraetsforening.dk", List.of("127.82.40.3"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("revisorhuset-friheden.dk", List.of("127.82.40.4"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("frihedens-byggemarked.dk", List.of("127.82.40.5"), "-all", null, "none");
        domain("avedoere-havn-baadeklub.dk", List.of("127.82.40.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("fakturakaj.dk", List.of("127.82.41.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("regnspor.com", List.of("127.82.41.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("slusefaktura.io", List.of("127.82.41.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("kvitteringsbro.dk", List.of("127.82.41.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("vestegnens-sparekasse.dk", List.of("127.82.42.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("amager-andelsbank.dk", List.of("127.82.42.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkreds-vestegnen.dk", List.of("127.82.42.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kreditorer-kalvebod.dk", List.of("127.82.42.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoebsnet-vest.dk", List.of("127.82.42.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postkvik.com", List.of("127.82.42.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelvarsel-vestegn.dk", List.of("127.82.42.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.vestegn-fiber.dk", List.of("127.82.42.8"), "-all", null, null);
        domain("relay.hvidovre-net.dk", List.of("127.82.42.9"), "-all", null, null);
        domain("skolekort.io", List.of("127.82.43.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtsnor.dk", List.of("127.82.43.2"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("penneklar.dk", List.of("127.82.43.3"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
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
        switch (Math.floorMod(sha256("no82:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "HV-" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "F36-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "2036-" + (1_100 + rnd.nextInt(800));
            default:
                return "K" + (71_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@hvidovre.dk", "efaktura@hvidovre.dk", "kreditor@hvidovre.dk",
        "okonomi@hvidovre.dk", "vejpark@hvidovre.dk", "skoler@hvidovre.dk", "omsorg@hvidovre.dk", "kolonihaver@hvidovre.dk",
        "ejendomscenter@hvidovre.dk", "indkoeb@hvidovre.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf82:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr82:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(84_000_000 + Math.floorMod(sha256("fi82:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "avedoere-varmelaug.dk" -> "Avedøre Tværvej 20, 2650 Hvidovre";
            case "strandmarken-anlaeg.dk" -> "Strandmarksvej 41, 2650 Hvidovre";
            case "rebaek-maaleteknik.dk" -> "Rebæk Søpark 5, 2650 Hvidovre";
            case "holme-kystteknik.dk" -> "Stamholmen 151, 2650 Hvidovre";
            case "risbjerg-tomrerfirma.dk" -> "Risbjergvej 12, 2650 Hvidovre";
            case "aamarken-malerservice.dk" -> "Åmarksvej 9, 2650 Hvidovre";
            case "friheden-facility.dk" -> "Frihedens Butikscenter 3, 2650 Hvidovre";
            case "vestegnens-lokalavis.dk" -> "Hvidovrevej 220, 2650 Hvidovre";
            case "holme-transport.dk" -> "Avedøre Holme 88, 2650 Hvidovre";
            case "langhoj-elteknik.dk" -> "Langhøjvej 30, 2650 Hvidovre";
            case "strand-vvs-hvidovre.dk" -> "Hvidovre Strandvej 64, 2650 Hvidovre";
            case "avedoere-koekken.dk" -> "Store Hvidovre Ring 2, 2650 Hvidovre";
            case "vestegn-traelast.dk" -> "Kanalholmen 18, 2650 Hvidovre";
            case "frihedens-itpartner.dk" -> "Frihedens Torv 6, 2650 Hvidovre";
            case "hvidovre-bybusser.dk" -> "Gammel Køge Landevej 610, 2650 Hvidovre";
            case "kontorforsyningen-hvidovre.dk" -> "Hvidovre Torv 4, 2650 Hvidovre";
            case "avedoere-staal.dk" -> "Avedøre Havnevej 33, 2650 Hvidovre";
            case "groenne-haender-krag.dk" -> "Brostykkevej 71, 2650 Hvidovre";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a plain invoice with a seller line and a buyer line; a job card with labour,
     * vehicle and materials and the FI line (card 71); a quarterly bill with customer number and the FI line (card 75). A
     * {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Fra: " + s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Til: " + KOMMUNE + " | " + RAADHUS + " | GLN/EAN " + EAN);
                l.add("Dato " + dottedDay(m, 0) + " | Vores reference " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Beløb ekskl. moms " + a.net() + " | Moms 25 % " + a.vat() + " | I alt kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage, senest " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Bankoplysninger: " + account + " (husk fakturanummer som tekst)");
                }
            }
            case 1 -> {
                head = "Jobkort / faktura " + no;
                l.add(s.name() + " | " + addr + " | CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " (EAN " + EAN + ") - opgave: " + s.what());
                long labour = a.ore() * 48 / 100;
                long van = a.ore() * 9 / 100;
                l.add("Arbejdsløn " + kr(labour) + " | Servicebil " + kr(van) + " | Materialer " + kr(a.ore() - labour - van));
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Forfaldsdato " + writtenDay(m, 21) + (account == null ? "" : " | Indbetaling " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Kvartalsafregning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Kundenummer " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " | " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -90) + " til " + dottedDay(m, -1) + " | " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast bidrag " + kr(fixed) + " | Variable ydelser " + kr(a.ore() - fixed));
                l.add("Ialt før moms " + a.net() + " | Moms " + a.vat() + " | Til betaling " + a.gross());
                l.addAll(more);
                l.add("Betales senest " + dottedDay(m, 14) + (account == null ? "" : " | Konto " + account));
                if (own) {
                    l.add("Kortart " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Hvidovre_" + no + ".pdf", "FAK" + no + ".pdf",
            "dokument-" + no + ".pdf", "Regning-" + no + ".pdf", "bilag_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Hvidovre Kommune", "Til Kreditorteamet", "Godmorgen", "Hej kreditor",
        "Att. bogholderiet", "Kære Hvidovre Kommune", "Hejsa", "Til Økonomi"};

    private String phone() {
        return "36 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig82:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMange hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh.\n" + firstName(s) + ", " + s.name() + "\nDirekte " + phone();
            case 2:
                return "\n\nDbh.\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nHav en god dag\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 370_000);
        String[] subjects = {"Ny faktura " + no, "Fakturanr. " + no + " - " + KOMMUNE, s.name() + ": faktura " + no,
            "Faktura vedhæftet", "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, "Fakt. " + no,
            "Faktura: " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Her er faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms, og sidste frist er " + writtenDay(m, 30)
                + ".";
            case 2 -> "Fakturaen går også ind via NemHandel på EAN " + EAN + ", så pas på ikke at betale den to gange.";
            case 3 -> "Tak for samarbejdet denne gang. Fakturaen ligger som PDF i mailen.";
            case 4 -> "Fakturanummer " + no + "\nTotal " + a.gross() + " kr.\nForfald " + dottedDay(m, 30);
            case 5 -> "Fakturaen for det afsluttede arbejde er vedhæftet, og jeres indkøbsnummer er påført.";
            case 6 -> "Så er der faktura på sidste måneds leverancer. Giv lyd, hvis noget ikke stemmer.";
            default -> "Se venligst den vedhæftede faktura.";
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
        if (List.of(varme, rengoer, mad, maaler, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, kyst, toemrer, vognmand, vvs, el).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Hvidovrevej 57", "Hvidovre", "2650", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        meterContract = "VM-" + (5_100 + rnd.nextInt(700));
        dikeCase = "KD-36-" + (210 + rnd.nextInt(500));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == maaler ? List.of("Kontrakt " + meterContract + ": 1.140 målere i 9 haveforeninger")
                : s == kyst ? List.of("Sag " + dikeCase + ": nivellement af diget, 3,2 km strækning") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af havnefogeden i Avedøre"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices harbour railings, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, toemrer);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsnr. HK-" + (20_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@hvidovre.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sted: " + (k % 3 == 0 ? "Avedøre Bibliotek, nyt børneområde" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nKvitterede leveringssedler ligger med i mailen." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Hvidovre", "Kolli i alt: " + (4 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte gipsplader kom frem knækkede og er sendt retur med vognmanden."},
            {kontor, "Kreditnota til faktura ", "Den forkerte blækpatron til printeren på Borgerservice er taget retur."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (600 + rnd.nextInt(400));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@hvidovre.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " I får derfor kreditnota " + no + " på " + a.gross() + " kr., som "
                    + "trækkes fra ved jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "KN_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for nedenstående. Har "
            + "I allerede betalt, så er mailen bare en fejl fra vores side."},
            {entrep, "Rykker 1", "Betalingsfristen er overskredet med en uge. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@hvidovre.dk", x[1] + " - " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Betal gerne til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
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
        headers(m, s.person(), addr(s), "kreditor@hvidovre.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej\n\nTil brug for jeres afstemning: vi har registreret betalingen af faktura " + p.no() + ", og saldoen er "
                + "nul kroner." + signature(s));
        genuine(m, s.ip());
        m.description = "holme-transport.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(800_000);
            boolean peppol = v == 0;
            String ref = "HK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@hvidovre.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Goddag\n\nVores nye regnskabsprogram er endnu ikke koblet på NemHandel, så e-fakturaen følger med som fil "
                    + "sammen med en læsbar PDF. Betalingskontoen er uændret. Får I den samme faktura ad anden vej, betaler I den "
                    + "selvfølgelig kun én gang.\n\nMvh.\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Indkøbsreference " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturakaj.dk", "regnspor.com", "slusefaktura.io", "kvitteringsbro.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "b-" + sha256("plat82:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "KB-" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Kvitteringsbro", "opkraevning@kvitteringsbro.dk", "omsorg@hvidovre.dk", "Opkrævning " + no
                    + " - vikardækning i hjemmeplejen")
                    .text("Til " + KOMMUNE + ", Omsorg\n\nHer er opkrævningen for de vikartimer i hjemmeplejen, som jeres "
                        + "distriktsleder har attesteret for oktober (112 timer). Vikarerne får løn gennem os.\n\nTotal "
                        + a.gross() + " kr., forfald " + dottedDay(m, 20) + ".\n\nKvitteringsbro")
                    .attach("application/pdf", "Kvitteringsbro-" + no + ".pdf", Attachments.pdf(docId(m, "kb"), "Opkrævning " + no,
                        List.of("Kvitteringsbro ApS", "Kunde: " + KOMMUNE + ", Omsorg", "Vikartimer oktober 2036: 112",
                            "Kr. " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "30000008390251"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform kvitteringsbro.dk bills attested relief hours in home care under its own name";
                continue;
            }
            String no = "FK" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], i == 1 ? "havn@hvidovre.dk" : "vejpark@hvidovre.dk",
                "Ny faktura fra " + s.name() + " - " + no)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som vedhæftet PDF. Svarer du på mailen, lander svaret direkte hos " + s.person()
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
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg driver det som hobby uden momsnummer, så beløbet er "
                + "uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HD-" + (36_500 + rnd.nextInt(700));
        Amount a = amount(800_000);
        headers(m, "Hamburger Deichmesstechnik", addr(tysk), "vejpark@hvidovre.dk", "Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die Pegelsensoren und Messlatten für "
                + "Ihren Deich an den Kalveboderne. Steuerschuldnerschaft des Leistungsempfängers.\n\nMit freundlichen Grüßen\n"
                + "Buchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg", "Kunde: " + KOMMUNE + ", Vej og Park", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "IBAN-Verbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "MV" + (7_200 + rnd.nextInt(700));
        headers(m, "Malmö Vattenmätare", addr(svensk), "kolonihaver@hvidovre.dk", "Faktura " + no + " - vattenmätare")
            .text("Hej,\n\nBifogat finns fakturan för vattenmätare och plomber som er mätarfirma beställt till "
                + "koloniträdgårdarna. Betala till kontot som står på fakturan.\n\nVänliga hälsningar\nFakturering, "
                + "Malmö Vattenmätare AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Betalas till IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Skolekort Billing", "billing@skolekort.io", "it@hvidovre.dk", "Your Skolekort invoice for December")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Skolekort (digital pupil cards for 14 "
                + "schools in Hvidovre). It has also been delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Skolekort team")
            .attach("application/pdf", "skolekort-invoice.pdf", Attachments.pdf(docId(m, "sk"), "Invoice",
                List.of("Skolekort ApS", "Bill to: " + KOMMUNE, "December 2036, 14 schools", "DKK " + a.gross())));
        genuine(m, "127.82.43.1");
        m.description = "SaaS skolekort.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Vagtsnor", "betaling@vagtsnor.dk", "omsorg@hvidovre.dk", "Kvittering - Vagtsnor licens")
            .text("Hej\n\nTak for betalingen af jeres Vagtsnor-licens (vagtplanlægning i hjemmeplejen, 210 brugere). Vi har "
                + "trukket " + a.gross() + " kr. på kortet, der ender på 7741.\n\nVagtsnor");
        genuine(m, "127.82.43.2");
        m.description = "SaaS vagtsnor.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0012804433");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@hvidovre.dk", "Skift af bank pr. 1. december")
            .text("Til kreditorteamet\n\nRisbjerg Tømrerfirma er flyttet til en ny bank. Fakturaer dateret 1. december 2036 og "
                + "frem betales til " + nyT + ", mens ældre fakturaer betales som angivet på dem.\n\nVil I have ændringen "
                + "bekræftet, så ring til værkstedets faste nummer, som står i jeres kartotek." + signature(toemrer))
            .attach("application/pdf", "Ny_bank.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Fra 01.12.2036", "Konto: " + nyT,
                    "Kasper Holt, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye garderobeskabe, Avedøre Skole");
        invoice(m, moved, nyT, 14, List.of("Ny bankforbindelse fra 01.12.2036, jf. brev"), "\n\nBemærk, at det er den nye "
            + "konto, vi skrev om.");
        genuine(m, toemrer.ip());
        m.description = "risbjerg-tomrerfirma.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "30000008412096");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Avedøre Køkken, Økonomi", addr(mad), "kreditor@hvidovre.dk", "Ændret kontonummer fra december")
            .text("Til " + KOMMUNE + ", kreditorer og Omsorg\n\nAvedøre Køkken har samlet sine konti i et andet pengeinstitut. "
                + "Alle fakturaer med dato fra 1. december bedes indbetalt til " + nyM + ". Den nuværende konto holdes åben "
                + "til og med januar. Et underskrevet brev er også sendt til jeres Digital Post.\n\nMed venlig hilsen\n"
                + "Avedøre Køkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny bankkonto fra 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "avedoere-koekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=q7Tw=KX=vestegnens-lokalavis.dk=annonce@srs.vestegn-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.82.42.8";
        m.helo = "srs.vestegn-fiber.dk";
        m.description = "vestegnens-lokalavis.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.hvidovre-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.hvidovre-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"kreditorer-kalvebod.dk", "Mette Bruun", "mebr@", "Regninger for vandmålere i kolonihaver?",
            "Hej kolleger\n\nVi har modtaget en opkrævning for 'udskiftning af plomberede målere' i to haveforeninger fra et "
                + "firma, vi ikke kender. Er der andre med kolonihaver på kommunal jord, der har set det samme?\n\nMette"},
            {"indkoebsnet-vest.dk", "Henrik Storm", "hest@", "Dige-tilsyn med ny konto", "Hej alle\n\nVores kystafdeling fik "
                + "en regning for 'akut opmåling af diget efter stormen' med et nyt kontonummer. Vores faste rådgiver kendte "
                + "intet til den.\n\nHenrik"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditorkreds-vestegnen.dk", x[3])
                .header("List-Id", "Kreditorkreds Vestegnen <netvaerk.kreditorkreds-vestegnen.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorkreds-vestegnen.dk", "[Kreditorkreds] ", "\r\n--\r\nKreditorkreds Vestegnen\r\n"
                + "Afmeld listen: https://kreditorkreds-vestegnen.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelvarsel-vestegn.dk", "Svindelvarsel Vestegnen", "Kolonihaver og kystdiger: falske regninger",
            "Svindlerne har fundet kolonihavernes vandmålere og kommunernes diger. Regningerne bruger ægte kontraktnumre. "
                + "Kontakt altid leverandøren på et kendt telefonnummer, før en ny konto tages i brug."},
            {"revisorhuset-friheden.dk", "Revisorhuset Friheden", "Tjekliste til årsskiftet",
                "Lav en stikprøve i leverandørregistret før regnskabsafslutningen, og lad aldrig den samme medarbejder både oprette og godkende et nyt kontonummer. Hvidovre-kunder kan booke en gratis gennemgang i januar."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl82:" + x[0]).substring(0, 14) + "@postkvik.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@hvidovre.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere "
                    + "på hjemmesiden</a></p><p style=\"font-size:9px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postkvik.com");
            m.ip = "127.82.42.6";
            m.helo = "mta.postkvik.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postkvik.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kolonihavekontoret", "kolonihaver@", "kreditor@hvidovre.dk", "Vandmålerne i haveforeningerne",
            "Hej\n\nVandmålerne i haveforeningerne læses af og skiftes udelukkende af Rebæk Måleteknik under kontrakt "
                + "nummeret, I kender fra deres fakturaer. Alle andre regninger om målere eller lækager sender I til os.\n\n"
                + "Kolonihavekontoret"},
            {"Vej og Park, Kyst", "kyst@", "kreditor@hvidovre.dk", "Diget langs Kalveboderne", "Hej\n\nHolme Kystteknik "
                + "står for opmåling og tilsyn af diget. Ekstra arbejde bestiller vi skriftligt, og det faktureres altid "
                + "med sagsnummeret.\n\nVej og Park"},
            {"Økonomi", "okonomi@", "ledere@hvidovre.dk", "Ændring af kontonumre", "Kære ledere\n\nHusk: ændring af en "
                + "leverandørs kontonummer sker kun efter opringning til leverandøren på et nummer fra kartoteket. Send "
                + "mails om nye konti videre til kreditor.\n\nØkonomi"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Vestegnens Sparekasse, Erhverv", "erhverv@vestegnens-sparekasse.dk", "okonomi@hvidovre.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har fået jeres betalingsfil med 243 poster. De bogføres næste bankdag og kan følges i "
                + "netbanken. Vi sender aldrig links i denne slags beskeder.\n\nVestegnens Sparekasse");
        genuine(m, "127.82.42.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Amager Andelsbank", "erhverv@amager-andelsbank.dk", "okonomi@hvidovre.dk", "Ny prisliste fra februar")
            .text("Til erhvervskunder\n\nPr. 1. februar justeres priserne på SEPA-overførsler. Den nye prisliste ligger i "
                + "netbanken under Dokumenter.\n\nAmager Andelsbank");
        genuine(m, "127.82.42.2");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("allotment-water-meter-invoice", true);
        invoice(m, maaler, maaler.account(), 7, List.of("Kontrakt " + meterContract + ", efterårsaflæsning",
            "Aflæst 1.140 målere, udskiftet 38 med udløbet stempling"), "\n\nAflæsningslisten er sendt til Kolonihavekontoret.");
        genuine(m, maaler.ip());
        m.description = "the real metering firm invoices the autumn reading in the allotment associations (RSA, no DMARC)";
        m = ok("seawall-dike-inspection-invoice", true);
        invoice(m, kyst, kyst.account(), 10, List.of("Sag " + dikeCase + ", efterårstilsyn",
            "Visuel inspektion og nivellement, 3,2 km, rapport afleveret"), "\n\nRapporten ligger i jeres sagssystem.");
        genuine(m, kyst.ip());
        m.description = "the coastal firm's autumn survey of the dike (DKIM only, p=quarantine, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Holme Kystteknik", addr(kyst), "kyst@hvidovre.dk", "Ekstra målepunkter på diget - ingen merpris")
            .text("Hej Vej og Park\n\nI januar sætter vi seks ekstra målepunkter på diget ved Avedøre Holme. Det ligger inden "
                + "for sag " + dikeCase + ", så der kommer ingen særskilt faktura. Vi sender aldrig regninger for akutarbejde, I "
                + "ikke selv har bestilt.\n\nHolme Kystteknik");
        genuine(m, kyst.ip());
        m.description = "the coastal firm announces extra survey points at no cost";
        m = ok("supplier-letter", false);
        headers(m, "Rebæk Måleteknik", addr(maaler), "kolonihaver@hvidovre.dk", "Vinterlukning af vandet i haveforeningerne")
            .text("Hej\n\nVi lukker for vandet i haveforeningerne i uge 47 og aflæser samtidig. Det er en del af kontrakt "
                + meterContract + " og faktureres med den kvartalsvise afregning.\n\nRebæk Måleteknik");
        genuine(m, maaler.ip());
        m.description = "the metering firm announces the winter shut-off, billed under the contract";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Affaldsselskabet Vest, Ejerkredsen", "faktura@affaldsselskab-vest-ejer.dk", "efaktura@hvidovre.dk",
            "Acontobidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt opkrævning af acontobidraget for fjerde kvartal; den er også sendt elektronisk "
                + "til jeres EAN.\n\nEjerkredsens sekretariat")
            .attach("application/pdf", "Aconto-4kv.pdf", Attachments.pdf(docId(m, "vf"), "Acontobidrag 4. kvartal 2036",
                List.of("Ejerkredsen", "Ejerkommune: " + KOMMUNE, "Kr. " + a.gross(), "Konto " + iban("DK", "20000008437781"))));
        genuine(m, "127.82.40.1");
        m.description = "intermunicipal waste company's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Kystsikringstilsynet Vest", "tilsyn@kystsikringstilsynet-vest.dk", "kyst@hvidovre.dk",
            "Varsling af tilsyn med kystbeskyttelsen")
            .text("Til Hvidovre Kommune\n\nVi gennemfører et ordinært tilsyn med kystbeskyttelsesanlægget ved Kalveboderne i "
                + "foråret. Nærmere dato følger. Tilsynet er gebyrfrit.\n\nKystsikringstilsynet Vest");
        genuine(m, "127.82.40.6");
        m.description = "authority announces a dike inspection, no payment";
        m = ok("e-signature-request", false);
        headers(m, "Hvidovre Museum via Penneklar", "noreply@penneklar.dk", "kultur@hvidovre.dk",
            "Til underskrift: udlånsaftale")
            .header("Reply-To", "<udstilling@hvidovre-museum.dk>")
            .text("Hvidovre Museum beder jer underskrive 'Udlånsaftale - fotosamling fra Avedøre Flyveplads'.\n\nDokumentet "
                + "ligger på jeres konto hos Penneklar.\n\nPenneklar");
        genuine(m, "127.82.43.3");
        m.description = "real e-signature request from penneklar.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Frihedens Byggemarked", "kvittering@frihedens-byggemarked.dk", "vejpark@hvidovre.dk", "Kvittering for køb")
            .text("Tak fordi du handlede hos os\n\n4 sække vejsalt, 2 skovle. Betalt med firmakort.\n\nFrihedens Byggemarked");
        genuine(m, "127.82.40.5");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Avedøre Idrætsforening", "kasserer@avedoere-idraetsforening.dk", "okonomi@hvidovre.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag overført 9.800 kr. for leje af Avedøre Idrætscenter i oktober.\n\nKassereren");
        genuine(m, "127.82.40.3");
        m.description = "a club pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Avedøre Havn Bådeklub", "havnekontor@avedoere-havn-baadeklub.dk", "havn@hvidovre.dk",
            "Bekræftet: vinteropbevaring")
            .text("Hej\n\nKommunens arbejdsbåd står på land hos os til 15. april. Regningen kommer via EAN.\n\nHavnekontoret");
        genuine(m, "127.82.40.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "5070000080012345"), iban("DK", "89900006317702"), bank("5301", "0006627419"),
        iban("EE", "3822002210081166"), iban("PL", "601140200400003502119933"), iban("GB", "REVO00996912345678"),
        iban("IE", "AIBK93115212345678"), iban("NL", "RABO0312345678"), iban("DE", "100100100987654321"),
        iban("HU", "117730160000000012345678"), iban("RO", "BTRL0130120212345678"), iban("BG", "STSA93000012345678"),
        iban("CY", "005002450000000012345678"), bank("8401", "0001298833"), iban("MT", "MALT01100000000000012345678"),
        iban("SE", "12800000012345678901"), iban("LT", "1273000020034567"), iban("DK", "50510001234588")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny betalingsmodtager"), "", "Kære kunde\n\nVarmelauget er gået sammen med et "
            + "større forsyningsselskab om opkrævningen, og derfor har vi fået en anden modtagerkonto. Fra nu af skal al "
            + "betaling ske til kontoen på den vedhæftede afregning. Beløb sendt til den gamle konto sendes tilbage.");
        forged(m, forgedHost++);
        m.description = "forged From avedoere-varmelaug.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej annoncekunde\n\nStillingsannoncerne fra november er faktureret. "
            + "Avisen er overtaget af en britisk mediekoncern, og betalinger skal derfor gå til den engelske konto på "
            + "fakturaen. Vores danske konto lukkes ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From vestegnens-lokalavis.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"avedoere-varmelaug.com", varme, "Efter en opdatering af vores kundesystem har nogle kunder fået "
            + "forkerte betalingsoplysninger. Betal derfor kun til den konto, der står på denne afregning."},
            {"strandmarken-anlag.dk", entrep, "Stien langs stranden er færdig. Firmaet har fået ny ejer, og vi er samtidig "
                + "skiftet til en anden bank - brug kontoen nederst på fakturaen."},
            {"hvidovre-traelast.dk", byg, "Her er faktura for materialer til Ejendomscentret. Bemærk at vores bankkonto er "
                + "skiftet i dag, og den gamle er lukket for indbetalinger."},
            {"langhoj-elteknik-hvidovre.dk", el, "Armaturerne på stadion er skiftet. Vores revisor har flyttet alle "
                + "indbetalinger til en ny bank, så brug kontonummeret i PDF-filen."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[7];
        m = bad("punycode-homoglyph");
        invoice(m, toemrer.posing(d, toemrer.account()), mule(11), 6, List.of("Kontoændring pr. " + dottedDay(m, -2)), "",
            "Vedhæftet er fakturaen for skabsvæggene. Vær opmærksom på, at vores betalingsoplysninger er ændret og gælder "
                + "fra og med denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as risbjerg-tomrerfirma.dk, new account";
        d = OWNED[6];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens Kontor", "sekretariat@" + d, "kreditor@hvidovre.dk", "Fortroligt - skal overføres før frokost")
            .text("Hej\n\nBorgmesteren har aftalt at købe et erhvervsareal på Avedøre Holme, inden en udenlandsk investor "
                + "når at byde. Sælgers advokat skal have 420.000 kr. deponeret på " + mule(14) + " før kl. 12 i dag. "
                + "Skødet kommer bagefter. Sagen er fortrolig indtil kommunalbestyrelsen er orienteret.\n\nBorgmesterens "
                + "Kontor");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret land deposit";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Fakturakaj", "besked@fakturakaj-avedore.dk", "vejpark@hvidovre.dk",
            "Betal nu - ellers rykkergebyr")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> er forfalden, og "
                + "i nat lægges der gebyr på. Du kan betale med kort med det samme:</p><p><a href=\"https://"
                + "fakturakaj-avedore.dk/betal/" + sha256("fk82").substring(0, 18) + "\">Betal fakturaen</a></p>"
                + "<p>Fakturakaj</p></body></html>");
        ownedBy(m, "fakturakaj-avedore.dk");
        m.description = "look-alike of the platform fakturakaj.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Regnspor", "info@regnspor-hvidovre.com", "havn@hvidovre.dk", smed.name() + " - opkrævning")
            .text("Til Havnen\n\nRækværket ved trappen i Avedøre Havn faktureres nu gennem Regnspor på vegne af " + smed.name()
                + ". Vi modtager beløbet på vores samlekonto " + mule(15) + "; smedien skal ikke have noget direkte.\n\nRegnspor")
            .attach("application/pdf", "regnspor-" + (4_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("regnspor-hvidovre.com", mule(15)), "Faktura", "RS-" + (9_100 + rnd.nextInt(700)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Regnspor")));
        ownedBy(m, "regnspor-hvidovre.com");
        m.description = "look-alike of regnspor.com: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betales til factoringselskab"), "", "Fra denne måned håndterer en "
            + "finansieringspartner vores tilgodehavender, så rengøringen af Borgerservice skal afregnes via " + mule(16) + ". Jeg "
            + "er på kursus til torsdag, og mobilen er slukket, så skriv endelig her.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of friheden-facility.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@hvidovre.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn lille rettelse til fakturaen nedenfor: vores bank har midlertidigt spærret kontoen under en "
                + "gennemgang, så de " + p.amount().gross() + " kr. skal denne ene gang sættes ind på " + mule(17) + ". Derefter "
                + "bruger I den normale konto igen.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of frihedens-itpartner.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "risbjerg-tomrer.dk"}, {mad, "avedoere-kokken.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@hvidovre.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nDejligt at faktura " + p.no() + " (" + p.amount().gross() + " kr.) er attesteret. Lige en ting: "
                    + "revisoren fandt en fejl i stamdata, så beløbet skal sendes til " + mule(i + 3) + ". Skriv lige tilbage, når "
                    + "rettelsen er lagt ind hos jer.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "okonomi@hvidovre.dk", "Tilskud til julemarked - haster")
            .text("Hej\n\nJeg har lovet foreningen bag julemarkedet på Hvidovre Torv et tilskud på 135.000 kr. Beløbet skal "
                + "overføres i dag, så de kan betale boderne. Kontoen er " + mule(7) + ". Jeg sidder i møder hele dagen, så "
                + "svar bare på mail, når det er sket.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged hvidovre.dk (p=reject) from outside: the mayor's urgent Christmas market grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomidirektør", "okonomidirektor@" + OWN, "kreditor@hvidovre.dk", "Ny konto for Strand VVS")
            .text("Hej\n\nStrand VVS Hvidovre har skiftet bank og har bedt mig sige det videre. Ret deres konto til " + mule(8)
                + " før dagens betalingskørsel. Jeg har godkendt det.\n\nØkonomidirektøren");
        forged(m, forgedHost++);
        m.description = "forged hvidovre.dk: 'finance director' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektor.hvidovre@gmail.com", "okonomi@hvidovre.dk", "Har du et minut?")
            .text("Kære kollega\n\nEr du ved skrivebordet? Jeg er til KL's topmøde i Aalborg uden adgang til min pc. En fortrolig "
                + "betaling til en rådgiver skal ud inden lukketid. Giv mig et hurtigt ja, så sender jeg oplysningerne.\n\nSendt fra min mobil");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'on a course'";
        m = bad("ceo-fraud");
        headers(m, "Borgmesteren", "borgmester.hvidovre@outlook.com", "indkoeb@hvidovre.dk", "En tjeneste")
            .text("Hej\n\nJeg vil gerne give de frivillige i Avedøre Strandrens en påskønnelse. Kan du købe 15 gavekort á "
                + "1.000 kr. og sende mig koderne inden kl. 15? Jeg betaler selv og får det refunderet.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Mortensen", "louise.mortensen.hvidovre@gmail.com", "loen@hvidovre.dk", "Ny konto til løn")
            .text("Hej Løn\n\nJeg er social- og sundhedshjælper i hjemmeplejen i Avedøre. Min bank har lukket mit NemKonto-"
                + "kort, så jeg har oprettet en ny konto i en app-bank: " + mule(0) + ". Lønnen skal gå dertil fra næste "
                + "måned. Jeg kan ikke logge ind på medarbejdersiden, så kan I ikke bare rette det?\n\nLouise Mortensen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care assistant";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Dahl", "mikkel.dahl.avedore@hotmail.com", "loen@hvidovre.dk", "Løn til udlandet")
            .text("Hej\n\nJeg er pedel på Risbjergskolen og flytter til Irland efter nytår, så jeg har åbnet en konto "
                + "derovre. Lønnen skal fremover ind på " + mule(6) + ", allerede fra december.\n\nHilsen Mikkel");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Hvidovre Inkasso", "sag@hvidovre-inkasso.dk", "kreditor@hvidovre.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nPå vegne af " + inkasso[i].name() + " inddriver vi den ubetalte faktura "
                    + p.no() + " på " + p.amount().gross() + " kr. Sammen med inkassogebyret på 100 kr. og salær skal "
                    + "beløbet indbetales på " + mule(i + 9) + " inden tre hverdage. Sker det ikke, går sagen til fogedretten "
                    + "og RKI.\n\nHvidovre Inkasso, Retsafdelingen");
            ownedBy(m, "hvidovre-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-hvidovre.com", "it@hvidovre.dk", "Handling påkrævet: MitID Erhverv spærres")
            .html("<html><body><p>Til den lokale brugeradministrator</p><p>Den årlige kontrol af jeres tegningsregler mangler. Uden "
                + "jeres godkendelse i dag lukker vi samtlige medarbejdersignaturer hos " + KOMMUNE + " ved midnat.</p><p><a href=\"https://"
                + "mitid-hvidovre.com/bekraeft\">Bekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-hvidovre.com");
        m.description = "fake MitID Erhverv lock-out with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-avedore.com", "okonomi@hvidovre.dk", "Ny besked fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt en afgørelse om for meget udbetalt "
                + "momskompensation. Afgørelsen skal åbnes af en tegningsberettiget senest fredag, ellers tilskrives renter af "
                + "hele beløbet.</p><p><a href=\"https://digitalpost-avedore.com/laes\">Åbn beskeden</a></p>"
                + "<p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-avedore.com");
        m.description = "fake Digital Post notice with a link";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "DK Domæneservice", "fornyelse@dk-domaener-hvidovre.com", "it@hvidovre.dk", "hvidovre.dk udløber om 5 dage")
            .text("Til domæneejer\n\nRegistreringen af hvidovre.dk udløber snart. Hvis fornyelsen på 4.980 kr. ikke er betalt "
                + "til " + mule(12) + " inden udløb, frigives domænet, og mail og hjemmeside holder op med at virke.\n\n"
                + "DK Domæneservice");
        ownedBy(m, "dk-domaener-hvidovre.com");
        m.description = "fake domain renewal invoice for our own domain";
        m = bad("fake-domain-renewal");
        headers(m, "DK Domæneservice", "faktura@dk-domaener-hvidovre.com", "kreditor@hvidovre.dk", "Faktura - søgemaskineregistrering")
            .text("Hej\n\nVedlagt faktura for registrering af hvidovre.dk i vores erhvervsregister og søgemaskiner for 2037. "
                + "Beløbet er 7.450 kr. ekskl. moms til " + mule(13) + ".\n\nDK Domæneservice")
            .attach("application/pdf", "domaene-faktura.pdf", Attachments.pdf(docId(m, "dom"), "Faktura domæneregistrering",
                List.of("DK Domæneservice", "hvidovre.dk, registrering 2037", "Kr. 7.450,00 + moms", "Betales til " + mule(13))));
        ownedBy(m, "dk-domaener-hvidovre.com");
        m.description = "domain-registry 'invoice' dressed as a renewal";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Friheden Parkering", "afgift@friheden-parkering.dk", "vejpark@hvidovre.dk", "Parkeringsafgift - Friheden")
            .html("<html><body><p>Et af kommunens køretøjer har holdt ved Frihedens Butikscenter uden gyldig p-tilladelse. "
                + "Afgiften på 795 kr. betales ved at scanne koden inden 5 dage.</p><p><img src=\"cid:afgift\" alt=\"QR\"></p>"
                + "</body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "friheden-parkering.dk");
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "kunde@avedore-betalingsservice.net", "okonomi@hvidovre.dk",
            "Jeres aftaler skal fornyes")
            .html("<html><body><p>Jeres aftaler om automatisk betaling er udløbet. Scan koden med telefonen for at forny "
                + "dem.</p><img src=\"cid:forny\"></body></html>")
            .attach("image/png", "forny.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "avedore-betalingsservice.net");
        m.description = "QR code for 'expired automatic payment agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "service@friheden-facilityservice.dk", "kreditor@hvidovre.dk", "Faktura " + no + " (zip)")
            .text("Kære kreditorteam\n\nJeres spamfilter sendte vores sidste tre PDF-bilag retur til os, derfor kommer rengøringsfakturaen "
                + "komprimeret denne gang. Vores kontonummer er udskiftet siden sommer.\n\nKundeservice")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("friheden-facilityservice.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "friheden-facilityservice.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of friheden-facility.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "kontor@strand-vvs-hvidovre.net", "kreditor@hvidovre.dk", "Fakturaer november")
            .text("Goddag\n\nSamtlige regninger fra Gungehusskolen og Engstrandskolen i november ligger i den pakkede mappe, da vores "
                + "scanner laver meget tunge filer. Indbetaling sker fremover til en anden konto.\n\nKontoret")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("strand-vvs-hvidovre.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "strand-vvs-hvidovre.net");
        m.description = "invoice PDF inside a 7z from a look-alike of strand-vvs-hvidovre.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@kontorforsyning-hvidovre.net", "indkoeb@hvidovre.dk", "Ordrebekræftelse og faktura")
            .text("Hej\n\nOrdrebekræftelse og faktura ligger i samme Word-fil. Klik på 'Aktivér indhold', ellers kan "
                + "tabellen ikke vises.\n\nOrdre")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Indholdet vises, når makroer er aktiveret.", true));
        ownedBy(m, "kontorforsyning-hvidovre.net");
        m.description = "macro-enabled .docm from a look-alike of kontorforsyningen-hvidovre.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "faktura@frihedens-it-partner.net", "it@hvidovre.dk", "Chromebook-oversigt mellemtrin")
            .text("Hej\n\nOversigten over Chromebooks og licenser ligger i regnearket. Tillad makroer, så beløbene regnes ud. "
                + "Bemærk vores nye kontonummer.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebooks.xlsm", Attachments.excel(List.of(
                "Chromebooks november 2036", "Chromebook og licens 380 stk", "Betaling til " + mule(1)), true));
        ownedBy(m, "frihedens-it-partner.net");
        m.description = "macro-enabled .xlsm from a look-alike of frihedens-itpartner.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "kim@aamarken-malerservice.net", "ejendomscenter@hvidovre.dk", "Regning Dansborgskolen")
            .text("Hej\n\nJeg har taget et billede af regningen, da printeren driller. Det nye kontonummer står nederst.\n\nKim")
            .attach("image/jpeg", "IMG_3391.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "aamarken-malerservice.net");
        m.description = "image-only invoice (JPEG) from a look-alike of aamarken-malerservice.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "pia@holme-transport-avedore.dk", "vejpark@hvidovre.dk", "Faktura jordkørsel")
            .text("Hej\n\nFakturaen for jordkørslen fra Avedøre Holme er scannet ind og vedhæftet. Vi har ny konto, se "
                + "scanningen.\n\nPia")
            .attach("application/pdf", "Scan_2036.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "holme-transport-avedore.dk");
        m.description = "scanned image-only PDF from a look-alike of holme-transport.dk";

        // display-name-abuse
        m = bad("display-name-abuse");
        headers(m, bus.name() + " | Kørselskontoret", "hvidovre.bybusser.koersel@gmail.com", "kreditor@hvidovre.dk",
            "Opdaterede betalingsoplysninger")
            .text("Hej\n\nVores firmamail er nede efter et serverskift, så vi skriver herfra. Fremtidige fakturaer for "
                + "specialkørslen skal betales til " + mule(4) + ". Ret det venligst i jeres system.\n\nKørselskontoret");
        genuine(m, GMAIL);
        m.description = "display name of hvidovre-bybusser.dk on gmail, new account";
        m = bad("display-name-abuse");
        headers(m, "Vestegnens Trælast A/S - Proffcentret", "proffcentret.vestegn@outlook.com", "ejendomscenter@hvidovre.dk",
            "Kontoudtog og ny bank")
            .text("Hej\n\nVi har skiftet bank i forbindelse med en fusion. Åbne poster og fremtidige fakturaer betales til "
                + mule(9) + ". Vores almindelige mail virker ikke i denne uge.\n\nProffcentret");
        genuine(m, MSFT);
        m.description = "display name of vestegn-traelast.dk on outlook, new account";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "tl@strandmarken-anlaeg.net", "efaktura@hvidovre.dk", "E-faktura " + no)
            .text("Hej\n\nVores nye bogføringssystem kan endnu ikke sende via NemHandel, så e-fakturaen er vedhæftet som "
                + "fil. Der står en ny betalingskonto i den.\n\n" + entrep.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "HK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "strandmarken-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@frihedens-it-partner.net", "efaktura@hvidovre.dk", "Faktura i OIOUBL " + no)
            .text("Vedlagt OIOUBL-fil. Vi har skiftet pengeinstitut, og bankoplysningerne i filen er de nye.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(10), a, isoDay(m, 0), isoDay(m, 10), false,
                "HK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "frihedens-it-partner.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of frihedens-itpartner.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Penneklar", "dokument@penneklar-risbjerg.dk", "kultur@hvidovre.dk", "Hvidovre Museum: underskrift mangler")
            .html("<html><body><p>Du skal underskrive 'Forsikringstillæg - fotosamlingen'. Linket virker kun i dag.</p>"
                + "<p><a href=\"https://penneklar-risbjerg.dk/d/" + sha256("pk82").substring(0, 16) + "\">Åbn og underskriv"
                + "</a></p></body></html>");
        ownedBy(m, "penneklar-risbjerg.dk");
        m.description = "fake e-signature request imitating penneklar.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "share@avedore-esign.net", "ejendomscenter@hvidovre.dk", "Lejekontrakt afventer signatur")
            .html("<html><body><p>En lejekontrakt for lagerhal på Avedøre Holme venter på jeres underskrift. Log ind med "
                + "din Microsoft-konto for at se dokumentet.</p><p><a href=\"https://avedore-esign.net/login\">Log ind</a>"
                + "</p></body></html>");
        ownedBy(m, "avedore-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@hvidovre-bybus.net", "kreditor@hvidovre.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej\n\nFordi vi er ved at skifte bank, beder vi om at få faktura " + p.no() + " (" + p.amount().gross()
                + " kr.) betalt i to dele: halvdelen til den konto, I har, og resten til " + mule(9) + ".\n\nKørselskontoret");
        ownedBy(m, "hvidovre-bybus.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "kontor@strand-vvs-aps-hvidovre.dk", "kreditor@hvidovre.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nAf faktura " + p.no() + " kan 25.000 kr. gå til den almindelige konto, mens resten skal til "
                + mule(10) + ", da banken har lagt et loft over vores indbetalinger i denne måned.\n\nKontoret");
        ownedBy(m, "strand-vvs-aps-hvidovre.dk");
        m.description = "split payment on Strand VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-allotment-water-meter-invoice
        M m = bad("fake-allotment-water-meter-invoice");
        invoice(m, maaler.posing("rebaek-maaleteknik.com", maaler.account()), mule(0), 11,
            List.of("Kontrakt " + meterContract + ", ekstra udskiftning"), "", "Ved efterårsaflæsningen i haveforeningerne "
                + "fandt vores montører 64 målere med brudte plomber, som vi har skiftet under kontrakt " + meterContract
                + ". Regningen er vedhæftet. Efter et ejerskifte bruger vi en ny bank, så betal til kontoen på regningen "
                + "og ikke den, I har i kartoteket.");
        ownedBy(m, "rebaek-maaleteknik.com");
        m.description = "look-alike of the real metering firm cites its real contract number, new account (LT IBAN)";
        m = bad("fake-allotment-water-meter-invoice");
        headers(m, "Kolonihavevand Hvidovre", "regning@kolonihavevand-hvidovre.dk", "kolonihaver@hvidovre.dk",
            "Lækageafgift - haveforeningernes fællesmålere")
            .text("Til Kolonihavekontoret\n\nVores fjernaflæsning viser et stort vandspild på fællesmålerne i tre "
                + "haveforeninger ved Rebæk siden september. Lækageafgiften og fejlfinding udgør 23.640,00 kr. inkl. moms, som "
                + "skal betales til " + mule(5) + " inden syv dage, ellers lukkes vandet til haverne.\n\nKolonihavevand "
                + "Hvidovre");
        ownedBy(m, "kolonihavevand-hvidovre.dk");
        m.description = "unknown firm bills a 'leak charge' on the allotments' shared meters, threatens shut-off (GB IBAN)";
        m = bad("fake-allotment-water-meter-invoice");
        headers(m, "Avedøre Havemåler", "kontor@avedore-havemaaler.dk", "kreditor@hvidovre.dk",
            "Lovpligtig omstempling af vandmålere")
            .text("Goddag\n\nMålerbekendtgørelsen kræver, at bimålerne i kolonihaverne stemples om hvert sjette år. Vi har "
                + "sat jeres haveforeninger på listen til foråret. For at holde tiden beder vi om et forskud på 18.200 kr. til "
                + mule(4) + "; restbeløbet faktureres bagefter.\n\nAvedøre Havemåler");
        ownedBy(m, "avedore-havemaaler.dk");
        m.description = "'mandatory re-verification' of the allotments' meters with an advance payment (PL IBAN)";

        // fake-seawall-dike-inspection-invoice
        m = bad("fake-seawall-dike-inspection-invoice");
        invoice(m, kyst.posing("holme-kystteknik-avedore.dk", kyst.account()), mule(9), 15,
            List.of("Sag " + dikeCase + " - akut opmåling"), "", "Efter stormen i weekenden registrerede vores målepunkter "
                + "sætninger i diget ud for Avedøre Holme, og to landmålere lavede en akut opmåling søndag under sag "
                + dikeCase + ". Arbejdet ligger uden for den faste aftale og skal betales med det samme. Vi har skiftet "
                + "bank, og den nye konto står på fakturaen.");
        ownedBy(m, "holme-kystteknik-avedore.dk");
        m.description = "look-alike of the coastal firm cites the real dike case, 'storm survey', new account (HU IBAN)";
        m = bad("fake-seawall-dike-inspection-invoice");
        headers(m, "Hvidovre Digeservice", "drift@hvidovre-digeservice.dk", "vejpark@hvidovre.dk",
            "Faktura: tætning af dige ved Hvidovre Strand")
            .text("Hej Vej og Park\n\nSom aftalt telefonisk med jeres kystmedarbejder har vi tætnet to huller i digets "
                + "skråning ved Hvidovre Strand med ler og sten. Fakturaen på 46.875,00 kr. inkl. moms forfalder om fire dage "
                + "og betales til " + mule(10) + ".\n\nHvidovre Digeservice")
            .attach("application/pdf", "digefaktura.pdf", Attachments.pdf(docId(m, "dg82"), "Faktura tætning af dige",
                List.of("Hvidovre Digeservice", "Tætning af skråning, 2 steder, ler og sten", "I alt inkl. moms 46.875,00",
                    "Betaling " + mule(10))));
        ownedBy(m, "hvidovre-digeservice.dk");
        m.description = "unknown firm bills dike repairs 'agreed by phone' (RO account)";
        m = bad("fake-seawall-dike-inspection-invoice");
        headers(m, "Kystvagt Avedøre", "booking@kystvagt-avedore.dk", "kyst@hvidovre.dk",
            "Stormberedskab vinter 2036/37 - forudbetaling")
            .text("Hej\n\nVi har reserveret et hold med sandsække og pumper, der kan rykke ud til diget ved Kalveboderne ved "
                + "stormvarsel hele vinteren. Beredskabet koster 31.500 kr. og skal betales forud til " + mule(11)
                + ", før holdet er på vagt.\n\nKystvagt Avedøre");
        ownedBy(m, "kystvagt-avedore.dk");
        m.description = "'winter storm standby' for the dike sold with prepayment (BG IBAN)";
    }

    /** A last paragraph each fraud writer adds: local colour from Hvidovre, the pressure, the excuse. */
    private static final Map<String, String> ADDENDUM = Map.ofEntries(
        Map.entry("forged-supplier", "PS. Vi ved, at mange af jer på Vestegnen har haft travlt med vinterklargøring, så vi har forlænget fristen "
            + "med to hverdage, men kun hvis pengene går til den nye modtager. Spørgsmål bedes stilles skriftligt, fordi "
            + "telefonerne omstilles under flytningen."),
        Map.entry("lookalike-domain", "PS. Vores gamle postkasse bliver lukket ned i løbet af december, så svar venligst kun til denne "
            + "adresse. Kontoret på adressen i Hvidovre er ubemandet i ombygningsperioden, og vi kan derfor ikke tage imod "
            + "besøg eller opkald om betalinger."),
        Map.entry("punycode-homoglyph", "Husk at bekræfte med et kort svar, så snart overførslen er lagt ind i banken. Tak for hurtig "
            + "ekspedition, og god weekend fra alle os i Risbjerg og på rådhuset."),
        Map.entry("lookalike-platform", "Denne opkrævning er udsendt automatisk. Indsigelser behandles først, når beløbet er indgået, "
            + "og eventuelle overskud tilbagebetales inden for fyrretyve bankdage."),
        Map.entry("compromised-supplier", "Undskyld den korte besked - vi er midt i årsafslutningen, og halvdelen af kontoret ligger "
            + "syge med influenza. Lad være med at ringe til hovednummeret, det er omstillet til en telefonsvarer i denne uge."),
        Map.entry("reply-chain-hijack", "Min kollega på lageret i Avedøre har ikke fået besked endnu, så lad være med at nævne det for "
            + "ham, hvis han ringer. Det hele bliver ryddet op i vores system efter nytår."),
        Map.entry("own-domain-forged", "Sig det ikke til nogen i direktionssekretariatet endnu, for pressen må ikke få nys om sagen "
            + "før mødet i Økonomiudvalget. Jeg ordner papirerne med revisionen bagefter."),
        Map.entry("ceo-fraud", "Det er vigtigt, at det bliver mellem os to, indtil jeg er tilbage på Hvidovrevej. Ring ikke - jeg "
            + "sidder med hovedtelefoner på hele eftermiddagen."),
        Map.entry("payroll-account-change", "Min teamleder er på ferie, så jeg skriver direkte til jer. Det er helt fint at sende "
            + "lønsedlen til min private mail i stedet for e-Boks, indtil det er løst."),
        Map.entry("fake-reminder-inkasso", "Sagen er registreret hos vores advokatsamarbejde i Glostrup. Henvendelser om betalingsaftaler "
            + "besvares kun, når mindst halvdelen af kravet er indbetalt. Denne skrivelse er maskinelt dannet og gyldig uden "
            + "underskrift."),
        Map.entry("fake-digital-post", "Beskeden er sendt til alle registrerede administratorer i organisationen. Ignoreres den, "
            + "sendes en påmindelse ikke ud igen."),
        Map.entry("fake-domain-renewal", "Bemærk: fornyelsen omfatter også jeres underdomæner til borgerservice, selvbetjening og "
            + "skoleintra. Efter udløb kan domænet købes af tredjemand på en åben auktion."),
        Map.entry("qr-code-payment", "Kan koden ikke læses, så prøv igen fra en anden telefon. Betaling med kort via koden er gebyrfri "
            + "indtil fredag."),
        Map.entry("archive-invoice", "Hvis arkivet beder om en adgangskode, er det vores postnummer skrevet to gange. Undskyld besværet "
            + "- vi skifter mailudbyder efter nytår, og så burde det virke normalt igen."),
        Map.entry("office-macro", "Filen er låst med vores virksomhedscertifikat. Bliver der spurgt om tilladelse, skal du blot "
            + "trykke ja, så henter regnearket de seneste priser fra vores lagersystem."),
        Map.entry("image-only-invoice", "Jeg er ude på en opgave i Strandmarken hele ugen, så det er nemmest at skrive en sms eller "
            + "svare på mailen. Papirudgaven lægger jeg i postkassen ved rådhuset, når jeg kommer forbi."),
        Map.entry("display-name-abuse", "Gem gerne denne adresse i stedet for den gamle, indtil vores it-leverandør har fået styr på "
            + "serveren. Vi giver besked, når firmaadressen virker igen."),
        Map.entry("xml-invoice-changed-account", "Når vi er kommet på NemHandel igen, sender vi en kreditnota på den gamle faktura, så "
            + "I ikke skal gøre noget yderligere."),
        Map.entry("fake-esignature-request", "Dokumentet er delt med dig af en kollega i Hvidovre Kommune. Denne notifikation kan ikke "
            + "besvares."),
        Map.entry("split-payment-redirect", "Vi er kede af besværet, men den nye bank i Avedøre kan først overtage alle betalinger fra "
            + "februar. Send venligst en kvittering for begge overførsler."),
        Map.entry("fake-allotment-water-meter-invoice", "Haveforeningernes bestyrelser er orienteret, og formændene har accepteret "
            + "prisen på generalforsamlingerne. Plomberne leveres med nye serienumre, som I får tilsendt, når betalingen er "
            + "registreret hos os."),
        Map.entry("fake-seawall-dike-inspection-invoice", "Målingerne viser, at kronen af diget er sunket op til fire centimeter ved "
            + "pumpestationen. Vores rapport til Kystsikringstilsynet sendes, så snart regningen er betalt, så I undgår påbud "
            + "inden stormsæsonen."));

    /** Appends the fraud family's last paragraph to every fraud mail's text (plain and HTML). */
    private void addendum() {
        try {
            java.lang.reflect.Field plain = Mime.class.getDeclaredField("plain");
            java.lang.reflect.Field html = Mime.class.getDeclaredField("html");
            plain.setAccessible(true);
            html.setAccessible(true);
            for (M m : mails) {
                String add = m.fraud ? ADDENDUM.get(m.family) : null;
                if (add == null) {
                    continue;
                }
                String p = (String) plain.get(m.mime);
                String h = (String) html.get(m.mime);
                if (p != null) {
                    plain.set(m.mime, p + "\n\n" + add);
                }
                if (h != null) {
                    html.set(m.mime, h.replace("</body>", "<p>" + add + "</p></body>"));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        addendum();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus82().generate(), List.of(
            "# Hvidovre Kommune, Økonomi: invoice checks (eighty-second held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=avedoere-varmelaug.dk strandmarken-anlaeg.dk rebaek-maaleteknik.dk holme-kystteknik.dk "
                + "risbjerg-tomrerfirma.dk aamarken-malerservice.dk friheden-facility.dk vestegnens-lokalavis.dk "
                + "holme-transport.dk langhoj-elteknik.dk strand-vvs-hvidovre.dk avedoere-koekken.dk vestegn-traelast.dk "
                + "frihedens-itpartner.dk hvidovre-bybusser.dk kontorforsyningen-hvidovre.dk",
            "invoice.domains.platforms=fakturakaj.dk regnspor.com slusefaktura.io kvitteringsbro.dk",
            "invoice.names.protected=Hvidovre Kommune"));
    }
}
