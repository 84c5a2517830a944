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
 * The forty-second held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Struer Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, harbour, schools,
 * elderly care, culture and property mailboxes), a North-West Jutland municipality on the Limfjord: Struer harbour and marina,
 * Venø, Hjerm, Humlum, Asp, Fousing, Bremdal, Thyholm with Hvidbjerg and Jegindø, the Oddesund crossing, schools and elderly
 * care; seventeen listed suppliers from those places in every DNS posture real Danish firms have (one sending through a web
 * hoster named in its SPF), four invoicing platforms ({@code opkrav.dk}, {@code saldoflow.com}, {@code tallykit.io}, {@code
 * ydelsesbox.dk}), a harbour diving contractor, a care-alarm supplier, an AV firm leasing the council hall's equipment, sole
 * traders on free mail, foreign suppliers, SaaS, an ESP, an e-signature service, banks, a creditor list, forwarders (with and
 * without SRS) and fraudsters' own domains, each carrying a Struer place name.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID, fake
 * NemHandel notices, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives, macro
 * documents, image-only invoices, callback scams, payroll changes, look-alikes, homoglyphs, e-invoice XML with a changed
 * account, fake e-signature requests) and three kinds new here: a diving inspection of the harbour's quays and sheet piling
 * billed by someone who never dived, or the real diver's report turned into an invoice to a new account
 * (fake-quay-diving-inspection-invoice); the care-alarm subscriptions of home-care citizens "renewed" or "moved to a new
 * SIM provider" by someone who does not run them (fake-care-alarm-subscription-invoice); and the end of the council hall's AV
 * lease turned into a "buyout" due at once to a new account (fake-lease-buyout-invoice). The invoice engine, its tests,
 * tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus42GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus42 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout42");
    public static final String OWN = "struer.dk";
    static final String FRAUD_NET = "127.242.";
    private static final String OWN_IP = "127.42.0.1";
    private static final String EAN = "5798000561477";
    private static final String KOMMUNE = "Struer Kommune";
    private static final String RAADHUS = "Østergade 11-15, 7600 Struer";
    private static final String HOSTER_IP = "127.42.9.1";
    private static final String GMAIL = "127.46.1.1";
    private static final String MSFT = "127.46.2.1";
    private static final String APPLE = "127.46.5.1";

    private final Random rnd = new Random(42_7600_0042L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 60;
    /** The diver's report number for the January quay inspection (the frauds cite it). */
    private String diveReport;
    /** The care-alarm supplier's agreement number (the frauds cite it). */
    private String alarmAgreement;
    /** The AV lease contract number for the council hall (the frauds cite it). */
    private String leaseContract;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 2, 4, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 3, 3, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Struer Varmeværk a.m.b.a.", "struer-varmevaerk.dk", "Kundeservice", "kunde",
        "127.42.1.1", iban("DK", "76000001845523"), "fjernvarme til Rådhuset, Struer Bibliotek og Plejecenter Kildegården");
    private final Supplier entrep = new Supplier("Hjerm Entreprenørforretning ApS", "hjerm-entreprenoer.dk", "Kristian Damgaard",
        "kd", "127.42.1.2", bank("7600", "0001227841"), "omlægning af fortov og regnvandsledning på Hjermvej");
    private final Supplier dykker = new Supplier("Struer Dykkerservice ApS", "struer-dykkerservice.dk", "Thomas Lyhne", "thomas",
        "127.42.1.3", bank("7600", "0001230972"), "dykkerinspektion af kajer og spuns, Struer Havn og Venø Havn");
    private final Supplier alarm = new Supplier("Humlum Tryghedsalarm ApS", "humlum-tryghedsalarm.dk", "Humlum Tryghedsalarm, "
        + "Debitor", "debitor", "127.42.1.4", iban("DK", "20000007731154"), "nødkaldeanlæg og tryghedsalarmer hos borgere i "
        + "hjemmeplejen, drift og vagtcentral");
    private final Supplier av = new Supplier("Struer AV-Teknik A/S", "struer-avteknik.dk", "Lise Brohus", "lise", "127.42.1.5",
        iban("DK", "53010001184406"), "leje af lyd- og billedanlæg i byrådssalen og mødelokalerne på Rådhuset");
    private final Supplier toemrer = new Supplier("Asp Tømrer & Snedker ApS", "asp-toemrer.dk", "Peter Sloth", "ps",
        "127.42.1.6", bank("7600", "0001244459"), "nye døre og lofter i gangarealer, Asp Skole");
    private final Supplier maler = new Supplier("Fousing Malerfirma v/ Jens Bak", "fousing-maler.dk", "Jens Bak", "jens",
        "127.42.1.7", bank("9280", "0004417320"), "maling af beboerstuer og gange, Plejecenter Kildegården");
    private final Supplier rengoer = new Supplier("Struer Rengøring ApS", "struer-rengoering.dk", "Bogholderiet", "bogholderi",
        "127.42.1.8", iban("DK", "30000013364189"), "daglig rengøring af Rådhuset, Jobcentret og Struer Bibliotek");
    private final Supplier avis = new Supplier("Ugeposten Struer", "ugeposten-struer.dk", "Annonceafdelingen", "annonce",
        "127.42.1.9", iban("DK", "20000007790018"), "annoncer: lokalplanhøring for havnefronten og stillingsopslag i ældreplejen");
    private final Supplier vognmand = new Supplier("Humlum Vognmandsforretning ApS", "humlum-vognmand.dk", "Erik Holst", "erik",
        "127.42.1.10", bank("9280", "0004458192"), "kørsel med grus og bortkørsel af overskudsjord fra Bremdal");
    private final Supplier el = new Supplier("Hvidbjerg El-Service ApS", "hvidbjerg-elservice.dk", "Mads Kirk", "mk", HOSTER_IP,
        bank("7600", "0001261187"), "nye LED-armaturer og nødbelysning i Hvidbjerg Skole og Thyholm Hallen");
    private final Supplier vvs = new Supplier("Bremdal VVS ApS", "bremdal-vvs.dk", "Kontoret", "kontor", "127.42.1.12",
        bank("9280", "0004479963"), "service på varmecentraler og nye blandingsbatterier, Bremdal Skole");
    private final Supplier mad = new Supplier("Thyholm Madservice A/S", "thyholm-madservice.dk", "Thyholm Madservice, Økonomi",
        "oekonomi", "127.42.1.13", iban("DK", "53010001206617"), "mad til hjemmeboende ældre og beboere i Thyholm");
    private final Supplier byg = new Supplier("Struer Tømmerhandel A/S", "struer-toemmerhandel.dk", "Proffsalg", "proff",
        "127.42.1.14", iban("DK", "76000001872260"), "byggematerialer til Ejendomsservice efter rammeaftale");
    private final Supplier it = new Supplier("Limfjord IT-Drift ApS", "limfjord-itdrift.dk", "Fakturering", "faktura",
        "127.42.1.15", bank("7600", "0001279034"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Hjerm Turistfart ApS", "hjerm-turistfart.dk", "Kørselskontoret", "koersel",
        "127.42.1.16", bank("9280", "0004501276"), "skolebuskørsel Hjerm-Struer og kørsel til svømmehallen");
    private final Supplier kontor = new Supplier("Struer Kontorforsyning ApS", "struer-kontorforsyning.dk", "Ordre", "ordre",
        "127.42.1.17", iban("DK", "30000013398815"), "kopipapir, toner og mødeblokke til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Oddesund Smedie", "oddesund-smedie.dk", "Bent Juul", "bent", "127.42.2.1",
        bank("7600", "0001290385"), "nye gelændere og fortøjningsringe ved lystbådehavnen");
    private final Supplier natur = new Supplier("Venø Naturpleje v/ Sofie Krog", "veno-naturpleje.dk", "Sofie Krog", "sofie",
        "127.42.2.2", bank("9280", "0004522871"), "afgræsning og rydning af strandeng på Venø");
    private final Supplier guide = new Supplier("Fjordguide v/ Anders Vestergaard", "gmail.com", "Anders Vestergaard",
        "anders.fjordguide", GMAIL, bank("7600", "0001301744"), "naturvejledning ved fjorden for 4. årgang, 5 forløb");
    private final Supplier tolk = new Supplier("Tolk v/ Amina Yusuf", "outlook.com", "Amina Yusuf", "amina.yusuf.tolk", MSFT,
        bank("9280", "0004540018"), "tolkning somali-dansk, Jobcenter Struer, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Ole Dahl", "icloud.com", "Ole Dahl", "ole.dahl.musik", APPLE,
        bank("7600", "0001312930"), "fællessang med harmonika, Plejecenter Kildegården og Hvidbjerg Ældrecenter");
    private final Supplier tysk = new Supplier("Kieler Hafentechnik GmbH", "kieler-hafentechnik.de", "Buchhaltung",
        "buchhaltung", "127.47.1.1", iban("DE", "210500000034418730"), "Gummifender und Leitersprossen, Hafen Struer");
    private final Supplier svensk = new Supplier("Göteborgs Larmteknik AB", "goteborgs-larmteknik.se", "Ekonomi", "ekonomi",
        "127.47.2.1", iban("SE", "45800000082140011722"), "reservdelar till trygghetslarm, 40 st armbandssändare");

    private final List<Supplier> listed = List.of(varme, entrep, dykker, alarm, av, toemrer, maler, rengoer, avis, vognmand, el,
        vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Struer place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"struer-varmevaerk.com", "hjerm-entreprenor.dk", "struer-tommerhandel.dk",
        "hvidbjerg-el-service.dk", "struer-rengoring.dk", "bremdal-vvs.net", idn("struer-t\u043emmerhandel.dk"),
        idn("stru\u0435r-kommune.dk"), "opkrav-struer.dk", "saldoflow-hjerm.com", "asp-tomrer.dk", "thyholm-madservice.com",
        "hjerm-turistfart.net", "humlum-vognmand.net", "struer-inkasso.dk", "mitid-struer.com", "digitalpost-hjerm.com",
        "nemhandel-struer.net", "venoe-parkering.dk", "thyholm-betaling.net", "struer-ordrekontor.com", "fousing-malerfirma.dk",
        "struer-kontorforsyning.net", "struer-itdrift.net", "hjerm-entreprenoer.net", "signeret-struer.dk", "asp-esign.net",
        "struer-dykkerservice.com", "struer-havnedykning.dk", "oddesund-dykning.dk", "humlum-tryghedsalarm.com",
        "hvidbjerg-nodkald.dk", "jegindoe-alarmservice.dk", "struer-avteknik.net", "struer-leasing.dk", "venoe-finans.com",
        "bremdal-vvs-aps.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(dykker.domain(), List.of(dykker.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(alarm.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(av.domain(), List.of(av.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.42.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.42.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("limfjordsaffald-is.dk", List.of("127.43.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("struer-museum.dk", List.of("127.43.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("struer-gymnasium.dk", List.of("127.43.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("struer-revision.dk", List.of("127.43.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("struer-jernhandel.dk", List.of("127.43.5.1"), "-all", null, "none");
        domain("sikkerhedsstyrelsen.dk", List.of("127.43.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("struer-marina.dk", List.of("127.43.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("opkrav.dk", List.of("127.44.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("saldoflow.com", List.of("127.44.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("tallykit.io", List.of("127.44.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("ydelsesbox.dk", List.of("127.44.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("struer-sparekasse.dk", List.of("127.45.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("thyholm-andelskasse.dk", List.of("127.45.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-vestjylland.dk", List.of("127.45.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nordvest-bogholdere.dk", List.of("127.45.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordvestjyske-indkoebere.dk", List.of("127.45.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("sendvarp.com", List.of("127.45.6.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelvarsel-vest.dk", List.of("127.45.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.struer-fiber.dk", List.of("127.45.8.1"), "-all", null, null);
        domain("relay.hjerm-net.dk", List.of("127.45.9.1"), "-all", null, null);
        domain("ruteplan.io", List.of("127.45.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtflow.dk", List.of("127.45.11.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signeret.dk", List.of("127.45.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "90." + (i + 1)), i % 3 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no42:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%04d", 100 + rnd.nextInt(9_000));
            case 1:
                return "ST-" + (1_200 + rnd.nextInt(8_000));
            case 2:
                return String.valueOf(70_000 + rnd.nextInt(20_000));
            case 3:
                return "F-2036-" + String.format("%03d", 10 + rnd.nextInt(900));
            case 4:
                return (300 + rnd.nextInt(700)) + "-36";
            default:
                return "R" + (48_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@struer.dk", "efaktura@struer.dk", "kreditor@struer.dk", "oekonomi@struer.dk",
        "teknik@struer.dk", "skole@struer.dk", "aeldre@struer.dk", "havn@struer.dk", "ejendom@struer.dk", "indkoeb@struer.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf42:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(42_000_000 + Math.floorMod(sha256("cvr42:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(86_000_000 + Math.floorMod(sha256("fi42:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "struer-varmevaerk.dk" -> "Fabriksvej 4, 7600 Struer";
            case "hjerm-entreprenoer.dk" -> "Stationsvej 12, 7560 Hjerm";
            case "struer-dykkerservice.dk" -> "Havnevej 31, 7600 Struer";
            case "humlum-tryghedsalarm.dk" -> "Humlumvej 88, 7600 Struer";
            case "struer-avteknik.dk" -> "Jyllandsgade 9, 7600 Struer";
            case "asp-toemrer.dk" -> "Aspvej 20, Asp, 7600 Struer";
            case "fousing-maler.dk" -> "Fousingvej 5, 7600 Struer";
            case "struer-rengoering.dk" -> "Vestergade 47, 7600 Struer";
            case "ugeposten-struer.dk" -> "Smedegade 6, 7600 Struer";
            case "humlum-vognmand.dk" -> "Kirkevej 3, Humlum, 7600 Struer";
            case "hvidbjerg-elservice.dk" -> "Søndergade 14, 7790 Thyholm";
            case "bremdal-vvs.dk" -> "Bremdalvej 61, 7600 Struer";
            case "thyholm-madservice.dk" -> "Industrivej 2, 7790 Thyholm";
            case "struer-toemmerhandel.dk" -> "Holstebrovej 60, 7600 Struer";
            case "limfjord-itdrift.dk" -> "Østergade 40, 7600 Struer";
            case "hjerm-turistfart.dk" -> "Vindingvej 7, 7560 Hjerm";
            case "struer-kontorforsyning.dk" -> "Torvet 2, 7600 Struer";
            case "oddesund-smedie.dk" -> "Oddesundvej 140, 7790 Thyholm";
            case "veno-naturpleje.dk" -> "Venø Byvej 19, 7600 Struer";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an itemised invoice with a payment box and a reference; a job sheet with crew hours,
     * machine hours, materials and the FI line (card 71); a periodic statement with agreement number, fixed charge, variable
     * charge and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no + " - " + s.name();
                l.add((addr.isEmpty() ? s.name() : addr) + "   CVR " + cvr(s.domain()));
                l.add("Til: " + KOMMUNE + ", " + RAADHUS + "   EAN " + EAN);
                l.add("Dato " + dottedDay(m, 0) + "   Vores ref. " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Pris ekskl. moms: " + a.net());
                l.add("Moms 25 %: " + a.vat());
                l.add("Til betaling DKK: " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelse: løbende måned + 15 dage, dvs. senest " + dottedDay(m, 25));
                if (account != null) {
                    l.add("Overføres til " + account + " med reference " + no);
                }
            }
            case 1 -> {
                head = "Faktura / jobseddel " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Rekvirent: " + KOMMUNE + " (EAN " + EAN + "). Opgave: " + s.what());
                long crew = a.ore() * 45 / 100;
                long machine = a.ore() * 25 / 100;
                l.add("Mandskab " + kr(crew) + "   Maskintimer " + kr(machine) + "   Materialer " + kr(a.ore() - crew - machine));
                l.add("Netto " + a.net() + "   Moms " + a.vat() + "   I alt " + a.gross());
                l.addAll(more);
                l.add("Forfaldsdato " + writtenDay(m, 21) + (account == null ? "" : "   Konto " + account));
                if (own) {
                    l.add("FI-kort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Aftalenr. " + (10_000 + Math.floorMod(s.domain().hashCode(), 80_000)) + "   Kunde: " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -28) + " til " + dottedDay(m, 0) + ": " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Fast ydelse " + kr(fixed) + "   Variabel del " + kr(a.ore() - fixed));
                l.add("Beløb " + a.net() + " + moms " + a.vat() + " = DKK " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + dashedDay(m, 14) + (account == null ? "" : " til " + account));
                if (own) {
                    l.add("Indbetaling " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura-" + no + ".pdf", "faktura_" + no + ".pdf", "Struer Kommune " + no + ".pdf", no + ".pdf",
            "FAK" + no + ".pdf", "Dokument_" + no + ".pdf", "regning " + no + ".pdf", "Bilag-" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Struer Kommune", "Til bogholderiet", "Goddag", "Hej", "Att. kreditor",
        "Kære Struer Kommune", "Hej kreditorer", "Til økonomi"};

    private String phone() {
        return "97 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig42:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh\n" + firstName(s) + ", " + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nHilsen\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + "\nwww." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Faktura " + no + " - " + KOMMUNE, s.name() + ": faktura " + no,
            "Ny faktura fra " + s.name(), "Faktura " + no + " / EAN " + EAN, "Regning " + no, "Fakturanr. " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Vedhæftet faktura " + no + " for " + s.what() + ".";
            case 1 -> "Her er vores faktura nr. " + no + ", i alt " + a.gross() + " kr. inkl. moms. Forfald " + writtenDay(m, 25) + ".";
            case 2 -> "Fakturaen er samtidig sendt elektronisk til EAN " + EAN + ". Betal venligst kun den ene.";
            case 3 -> "Tak for opgaven. Faktura ligger som PDF i mailen.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 25);
            case 5 -> "Hermed afregning for det udførte arbejde. Jeres ordrenummer er påført.";
            case 6 -> "Så er der faktura på den seneste levering. Ring endelig hvis noget ikke stemmer.";
            default -> "Se venligst vedhæftede faktura.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
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
        if (List.of(varme, rengoer, mad, alarm, av, it, bus).contains(s)) {
            return 2;
        }
        if (List.of(entrep, dykker, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Østergade 11-15", "Struer", "7600", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 15 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        diveReport = "DR-36-" + (20 + rnd.nextInt(60));
        alarmAgreement = "TA-" + (5_100 + rnd.nextInt(800));
        leaseContract = "LK-" + (88_000 + rnd.nextInt(900));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == dykker ? List.of("Inspektionsrapport " + diveReport + ": 420 m kaj, spuns og fendere")
                : s == alarm ? List.of("Aftale " + alarmAgreement + ": 212 aktive tryghedsalarmer, vagtcentral døgnet rundt")
                : s == av ? List.of("Lejekontrakt " + leaseContract + ", måned 31 af 36") : List.of();
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
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices marina railings, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition STR-" + (20_400 + k * 211));
                case 1 -> List.of("Bestilt af " + to().replace("@struer.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Renovering Struer Bibliotek" : "Driftsaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nFølgesedler er vedlagt." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "foelgesedler.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Modtaget af Ejendomsservice, Struer", "Kolli: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditnota til faktura ", "To paller gipsplader blev leveret i forkert tykkelse og er hentet igen."},
            {kontor, "Kreditering, faktura ", "Mødeblokkene med forkert logo er taget retur, og beløbet krediteres fuldt ud."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (700 + rnd.nextInt(300));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@struer.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se, at nedenstående faktura er betalt. Har I allerede betalt, "
            + "så se bort fra denne mail."},
            {entrep, "Rykker", "Fakturaen er forfalden for 12 dage siden. Der er ikke pålagt gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@struer.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. betales til "
                    + "den sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
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
        headers(m, s.person(), addr(s), "kreditor@struer.dk", "Saldoopgørelse " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres afstemning: faktura " + p.no() + " er betalt, og saldoen er 0,00." + signature(s));
        genuine(m, s.ip());
        m.description = "humlum-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String ref = "STR-" + (31_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@struer.dk", "E-faktura " + no + (peppol ? " (Peppol)" : " (OIOUBL)"))
                .text("Hej\n\nVores nye regnskabsprogram kan endnu ikke sende via NemHandel, så XML-filen kommer her som bilag "
                    + "sammen med en PDF. Kontonummeret er uændret. Skulle den også komme ad den normale vej, betaler I kun "
                    + "én gang.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 25), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"opkrav.dk", "saldoflow.com", "tallykit.io", "ydelsesbox.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "b-" + sha256("plat42:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "YB-" + (30_000 + rnd.nextInt(9_000));
                headers(m, "Ydelsesbox", "faktura@ydelsesbox.dk", "aeldre@struer.dk", "Faktura " + no + " - vikartimer februar")
                    .text("Hej " + KOMMUNE + ", Ældre og Sundhed\n\nFakturaen for godkendte vikartimer i hjemmeplejen i februar "
                        + "(112 timer, godkendt af jeres planlægger) er vedhæftet. Vi afregner selv med vikarerne.\n\nBeløb "
                        + a.gross() + " kr., forfald " + dottedDay(m, 20) + ".\n\nYdelsesbox")
                    .attach("application/pdf", "Ydelsesbox-" + no + ".pdf", Attachments.pdf(docId(m, "yb"), "Faktura " + no,
                        List.of("Ydelsesbox ApS", "Kunde: " + KOMMUNE + ", Ældre og Sundhed", "Vikartimer februar 2036: 112",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "30000013420517"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform ydelsesbox.dk invoices approved temp hours under its own name";
                continue;
            }
            String no = "P" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], i == 1 ? "havn@struer.dk" : "kultur@struer.dk",
                "Faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>"
                    + s.name() + " har sendt jer en faktura på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen er vedhæftet som PDF. Spørgsmål til fakturaen besvares af " + s.person() + ".</p>"
                    + "<p style=\"color:#888;font-size:11px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 1 ? "\n\nJeg har ikke CVR-nummer, så der er ingen moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "RE-" + (36_100 + rnd.nextInt(800));
        Amount a = amount(900_000);
        headers(m, "Kieler Hafentechnik Buchhaltung", addr(tysk), "havn@struer.dk", "Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " für die gelieferten Gummifender. "
                + "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Kiel", "Kunde: " + KOMMUNE + ", Havnen", tysk.what(), "Netto EUR " + kr(a.ore() / 7),
                    "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "GL" + (9_100 + rnd.nextInt(700));
        headers(m, "Göteborgs Larmteknik", addr(svensk), "aeldre@struer.dk", "Faktura " + no + " - armbandssändare")
            .text("Hej!\n\nBifogat finns fakturan för 40 armbandssändare som ni beställt via Humlum Tryghedsalarm. Betalning "
                + "till vårt konto i SEK eller EUR enligt fakturan.\n\nVänliga hälsningar\nEkonomi, Göteborgs Larmteknik AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "IBAN-betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(300_000);
        headers(m, "Ruteplan Billing", "billing@ruteplan.io", "it@struer.dk", "Your Ruteplan invoice for March")
            .text("Hello " + KOMMUNE + ",\n\nYour invoice for the route planning licence (school transport, 14 routes) is "
                + "attached. It will also be delivered to your EAN " + EAN + ".\n\nTotal DKK " + a.gross() + "\n\nRuteplan")
            .attach("application/pdf", "ruteplan-invoice.pdf", Attachments.pdf(docId(m, "rp"), "Invoice",
                List.of("Ruteplan ApS", "Customer: " + KOMMUNE, "Licence March 2036, 14 routes", "DKK " + a.gross())));
        genuine(m, "127.45.10.1");
        m.description = "SaaS ruteplan.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(300_000);
        headers(m, "Vagtflow", "faktura@vagtflow.dk", "aeldre@struer.dk", "Kvittering: Vagtflow abonnement")
            .text("Hej\n\nTak for betalingen af jeres Vagtflow-abonnement (vagtplanlægning for hjemmeplejen, 180 brugere). "
                + "Beløbet " + a.gross() + " kr. er trukket på kortet, der slutter på 4417.\n\nVagtflow");
        genuine(m, "127.45.11.1");
        m.description = "SaaS vagtflow.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9280", "0004601552");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@struer.dk", "Skift af bank pr. 1. marts")
            .text("Til kreditorbogholderiet\n\nVi er flyttet fra vores gamle bank til en lokal sparekasse. Fakturaer dateret 1. marts "
                + "2036 og senere skal betales til " + nyT + ". Allerede udsendte fakturaer betales som anført på dem.\n\nI er "
                + "velkomne til at ringe til mig på det nummer, I har i leverandørkartoteket, og få det bekræftet." + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "bs"), "Ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.03.2036", "Konto: " + nyT,
                    "Peter Sloth, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "udskiftning af vinduer i lærerværelset, Asp Skole");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.03.2036, jf. vores brev"), "\n\nBemærk vores nye kontonummer, som vi "
            + "skrev om forleden.");
        genuine(m, toemrer.ip());
        m.description = "asp-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "76000001933318");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Thyholm Madservice, Økonomi", addr(mad), "kreditor@struer.dk", "Ændrede betalingsoplysninger fra marts")
            .text("Til " + KOMMUNE + ", kreditor og Ældre og Sundhed\n\nThyholm Madservice skifter pengeinstitut i forbindelse med "
                + "en ny kassekredit. Fakturaer udstedt fra 1. marts bedes betalt til " + nyM + ". Den hidtidige konto er åben "
                + "til udgangen af april. Ændringen er også sendt til jeres Digital Post med direktørens underskrift.\n\nVenlig "
                + "hilsen\nThyholm Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from March, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny betalingskonto fra 01.03.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "thyholm-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 21, List.of(), "");
        m.mailFrom = "SRS0=h7Qa=JX=ugeposten-struer.dk=annonce@srs.struer-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.45.8.1";
        m.helo = "srs.struer-fiber.dk";
        m.description = "ugeposten-struer.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.hjerm-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.hjerm-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"nordvest-bogholdere.dk", "Hanne Bisgaard", "habi@", "Dykkerregning for havnen?",
            "Hej alle\n\nVores havn har fået en faktura for 'dykkerinspektion af kajanlæg' fra et firma, ingen har bestilt. De "
                + "henviser til en rapport, der ligner vores faste dykkers. Har andre havnekommuner set det?\n\nHanne"},
            {"nordvestjyske-indkoebere.dk", "Jakob Møller", "jamo@", "Nødkald - pas på 'SIM-skifte'", "Hej\n\nVi fik en mail "
                + "om, at vores tryghedsalarmer skulle flyttes til en ny SIM-udbyder mod forudbetaling. Vores leverandør kendte "
                + "intet til det.\n\nJakob"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornet-vestjylland.dk", x[3])
                .header("List-Id", "Kreditornet Vestjylland <liste.kreditornet-vestjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-vestjylland.dk", "[Kreditornet] ", "\r\n--\r\nKreditornet Vestjylland\r\n"
                + "Afmeld: https://kreditornet-vestjylland.dk/liste\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelvarsel-vest.dk", "Svindelvarsel Vest", "Havne, alarmer og leasing: tre nye numre",
            "Svindlere sender nu regninger for dykkerinspektioner, alarmabonnementer og 'frikøb' af leasingudstyr. Tjek altid "
                + "kontrakten, og ring til leverandøren på et kendt nummer."},
            {"struer-revision.dk", "Struer Revision", "Forårets tjekliste for kreditorer",
                "Gennemgå stamdata for leverandører, og kræv to personers godkendelse, når et kontonummer ændres."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl42:" + x[0]).substring(0, 14) + "@sendvarp.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@struer.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere</a>"
                    + "</p><p style=\"font-size:10px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("sendvarp.com");
            m.ip = "127.45.6.1";
            m.helo = "mta.sendvarp.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP sendvarp.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Havnefogeden", "havn@", "kreditor@struer.dk", "Dykkerinspektioner",
            "Hej\n\nKun Struer Dykkerservice inspicerer kajerne, og kun efter vores skriftlige bestilling. Deres rapport får "
                + "altid et DR-nummer fra os. Andre regninger for dykning sendes til mig.\n\nHavnefogeden"},
            {"Ældre og Sundhed", "aeldre@", "kreditor@struer.dk", "Tryghedsalarmer", "Hej\n\nAlle tryghedsalarmer kører under "
                + "aftalen med Humlum Tryghedsalarm, og SIM-kortene er en del af aftalen. Vi betaler aldrig særskilt for SIM "
                + "eller forudbetaler noget.\n\nÆldre og Sundhed"},
            {"Kreditor", "kreditor@", "ledere@struer.dk", "Leasingaftaler", "Kære ledere\n\nLeasingaftaler udløber efter "
                + "kontrakten, og et eventuelt køb aftales skriftligt med os. Sig til, hvis nogen beder om betaling for at "
                + "'overtage' udstyr.\n\nKreditor"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Struer Sparekasse Erhverv", "erhverv@struer-sparekasse.dk", "oekonomi@struer.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 214 betalinger til bogføring i morgen. Log på netbanken "
                + "som sædvanlig for at se detaljer. Vi sender aldrig links i denne slags beskeder.\n\nStruer Sparekasse");
        genuine(m, "127.45.1.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Thyholm Andelskasse", "info@thyholm-andelskasse.dk", "oekonomi@struer.dk", "Nye renteaftaler")
            .text("Til vores erhvervskunder\n\nFra 1. april ændres renten på indlån. Det nye prisblad ligger i netbanken."
                + "\n\nThyholm Andelskasse");
        genuine(m, "127.45.2.1");
        m.description = "bank notice about interest terms, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("quay-inspection-invoice", true);
        invoice(m, dykker, dykker.account(), 5, List.of("Jf. rapport " + diveReport + " og bestilling fra havnefogeden",
            "Opfølgende dyk ved Venø Havn, 2 dykkere, 1 dag"), "\n\nRapporten med foto og video ligger i jeres mappe hos "
            + "havnefogeden.");
        genuine(m, dykker.ip());
        m.description = "the real diving contractor invoices the follow-up inspection ordered by the harbour (RSA, no DMARC)";
        m = ok("care-alarm-invoice", true);
        invoice(m, alarm, alarm.account(), 10, List.of("Aftale " + alarmAgreement + ", kvartal 1 2036", "216 aktive alarmer, "
            + "heraf 9 nye"), "\n\nSIM-kort og vagtcentral er indeholdt i aftalen som altid.");
        genuine(m, alarm.ip());
        m.description = "the care-alarm supplier's quarterly invoice under its agreement (DKIM only, p=quarantine, DMARC pass)";
        m = ok("lease-invoice", true);
        invoice(m, av, av.account(), 12, List.of("Lejekontrakt " + leaseContract + ", måned 32 af 36"), "\n\nKontrakten udløber "
            + "efter måned 36; vi kontakter jer i god tid om genleje eller afhentning.");
        genuine(m, av.ip());
        m.description = "the AV firm's monthly lease invoice for the council hall (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Humlum Tryghedsalarm", addr(alarm), "aeldre@struer.dk", "Skift af mobilnet i alarmerne - ingen udgift for jer")
            .text("Kære Ældre og Sundhed\n\nI løbet af foråret skifter vi mobiloperatør i tryghedsalarmerne. Det sker trådløst og "
                + "koster ikke jer noget - det er dækket af aftale " + alarmAgreement + ". Vi sender aldrig opkrævninger for "
                + "SIM-kort.\n\nHumlum Tryghedsalarm");
        genuine(m, alarm.ip());
        m.description = "the care-alarm supplier announces a network change at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(4_000_000);
        headers(m, "Limfjordsaffald I/S", "faktura@limfjordsaffald-is.dk", "efaktura@struer.dk", "Ejerbidrag 1. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedhæftet opkrævning af ejerbidrag for 1. kvartal. Den er også sendt til jeres EAN.\n\n"
                + "Limfjordsaffald I/S")
            .attach("application/pdf", "Ejerbidrag_Q1.pdf", Attachments.pdf(docId(m, "aff"), "Ejerbidrag Q1 2036",
                List.of("Limfjordsaffald I/S", "Ejer: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "20000007955010"))));
        genuine(m, "127.43.1.1");
        m.description = "intermunicipal waste company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Sikkerhedsstyrelsen", "post@sikkerhedsstyrelsen.dk", "havn@struer.dk", "Tilsyn med lystbådehavnens el")
            .text("Til Struer Kommune, Havnen\n\nVi gennemfører stikprøvetilsyn med el-standere i lystbådehavne i april. I hører fra "
                + "os med en dato. Tilsynet er gratis.\n\nSikkerhedsstyrelsen");
        genuine(m, "127.43.6.1");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signeret.dk";
        headers(m, "Struer Museum via Signeret", "noreply@signeret.dk", "kultur@struer.dk", "Til underskrift: udlånsaftale")
            .header("Reply-To", "<museum@struer-museum.dk>")
            .text("Struer Museum har sendt jer et dokument til underskrift: 'Udlånsaftale - radiosamlingen på Rådhuset'.\n\n"
                + "Åbn dokumentet fra jeres Signeret-konto.\n\nSigneret");
        genuine(m, "127.45.12.1");
        m.description = "real e-signature request from signeret.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Struer Jernhandel", "kvittering@struer-jernhandel.dk", "havn@struer.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n4 redningskranse, 20 m tovværk. Betalt med firmakort.\n\nStruer Jernhandel");
        genuine(m, "127.43.5.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Struer Gymnasium", "oekonomi@struer-gymnasium.dk", "oekonomi@struer.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag betalt jeres faktura for leje af idrætshallen, 18.400 kr.\n\nStruer Gymnasium");
        genuine(m, "127.43.3.1");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Struer Marina", "havnekontor@struer-marina.dk", "havn@struer.dk", "Ordrebekræftelse: vinteropbevaring")
            .text("Hej\n\nVi bekræfter opbevaring af kommunens to arbejdsbåde til 15. april. Faktura følger via EAN.\n\nStruer Marina");
        genuine(m, "127.43.7.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "6332500200456781"), iban("DK", "89800004417226"), bank("5482", "0003381947"),
        iban("EE", "2910220022041188"), iban("PL", "811020101400000210209001"), iban("GB", "REVO04040812345671"),
        iban("IE", "AIBK93115212345678"), iban("NL", "RABO0331228840"), iban("DE", "100110012620555001"),
        iban("HU", "117730160000000012345678"), iban("RO", "BTRL0130120538441200"), iban("BG", "STSA93000012345678"),
        iban("CY", "005001760000001203315400"), bank("8117", "0002294471"), iban("MT", "MALT01100000000000000012345"),
        iban("SE", "50000000058398257466"), iban("LT", "1070400001200098"), iban("DK", "52950001122334")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(1), 2, List.of("Ny betalingsmodtager"), "", "Kære kunde\n\nFordi vi er gået over til et nyt "
            + "afregningssystem hos vores bank, skal betalinger for fjernvarme nu ske til kontonummeret nederst på den vedlagte "
            + "opkrævning. Den gamle konto bliver lukket ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From struer-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(4), 7, List.of(), "", "Annoncerne fra februar er faktureret her. Bemærk: vi har måttet flytte "
            + "vores konto til Polen pga. den nye koncernejer. Alle tidligere kontonumre er ugyldige.");
        forged(m, forgedHost++);
        m.description = "forged From ugeposten-struer.dk (p=reject), PL account";

        // lookalike-domain
        Object[][] l = {{"struer-varmevaerk.com", varme, "Ifm. årsafregningen er der sket en fejl i vores stamdata. Brug kun "
            + "kontoen på denne opkrævning - vi beklager rodet."},
            {"hjerm-entreprenor.dk", entrep, "Fortovet på Hjermvej er færdigt. Vi har fået ny bank efter generationsskiftet, "
                + "så indbetal venligst på den konto, der står på fakturaen."},
            {"struer-tommerhandel.dk", byg, "Ugens leverancer til Ejendomsservice. OBS ny bankforbindelse gældende med det samme."},
            {"hvidbjerg-el-service.dk", el, "Armaturerne i Thyholm Hallen er monteret. Vores revisor har bedt os samle "
                + "indbetalinger på en ny konto, se PDF."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 5), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(10), 4, List.of("Konto opdateret " + dottedDay(m, -2)), "",
            "Hermed marts-fakturaen fra Proffsalg. Vi gør opmærksom på vores opdaterede betalingsoplysninger, som skal "
                + "bruges fra og med denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as struer-toemmerhandel.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektørens sekretariat", "sekretariat@" + d, "kreditor@struer.dk", "Fortroligt: udbetaling i dag")
            .text("Hej\n\nKommunaldirektøren har aftalt en erstatning med en borger i en retssag, der skal holdes ude af pressen. "
                + "Beløbet 212.000 kr. skal overføres til advokatens klientkonto " + mule(13) + " senest kl. 14. Bilag kommer, "
                + "når forliget er underskrevet. Tal ikke med andre om sagen.\n\nSekretariatet");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as our municipality: confidential same-day payout";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Opkrav", "noreply@opkrav-struer.dk", "kultur@struer.dk", "Rykker: faktura afventer betaling")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>En faktura fra <b>" + natur.name() + "</b> er overskredet. Undgå "
                + "gebyr ved at betale med kort i dag:</p><p><a href=\"https://opkrav-struer.dk/betal/" + sha256("ok42").substring(0, 16)
                + "\">Betal nu</a></p><p>Opkrav</p></body></html>");
        ownedBy(m, "opkrav-struer.dk");
        m.description = "look-alike of the platform opkrav.dk: 'overdue' card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Saldoflow", "faktura@saldoflow-hjerm.com", "havn@struer.dk", "Ny faktura fra " + smed.name())
            .text("Hej\n\n" + smed.name() + " har sendt en faktura via Saldoflow. Bemærk at Saldoflow nu modtager betalingen på "
                + "vegne af leverandøren: " + mule(14) + ".\n\nSaldoflow")
            .attach("application/pdf", "saldoflow-faktura.pdf", pdfInvoice(m, smed.posing("saldoflow-hjerm.com", mule(14)),
                "Faktura", "SF-" + (7_100 + rnd.nextInt(800)), amount(300_000), mule(14), 0, List.of("Opkræves af Saldoflow")));
        ownedBy(m, "saldoflow-hjerm.com");
        m.description = "look-alike of saldoflow.com: the smithy's invoice 'collected on its behalf' to an MT account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(15), 6, List.of("Betaling til factoring"), "", "Vi har indgået aftale med et factoringselskab, "
            + "og alle betalinger fra i dag skal derfor gå til " + mule(15) + ". Jeg sidder til møder hele dagen, så svar "
            + "bare på mailen, hvis noget er uklart.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of struer-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@struer.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn hurtig tilføjelse til fakturaen nedenfor: pga. en revision hos vores bank bedes de " + p.amount().gross()
                + " kr. indsat på " + mule(16) + " i stedet. Det er midlertidigt.\n\nFakturering\n" + it.name()
                + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of limfjord-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "asp-tomrer.dk"}, {mad, "thyholm-madservice.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@struer.dk", "Re: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nVedr. faktura " + p.no() + " på " + p.amount().gross() + " kr.: vi har desværre opdaget, at "
                    + "nummeret på fakturaen var forkert. Den rigtige konto er " + mule(i + 2) + ". Kan I bekræfte, når det er "
                    + "ændret?\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@struer.dk", "Tilskud til havnefronten - haster")
            .text("Hej\n\nJeg har lovet investoren bag det nye hotel på havnefronten et tilskud på 180.000 kr., før byrådet mødes. "
                + "Overfør det venligst i dag til " + mule(6) + ". Jeg er til møde i KL og kan ikke tage telefonen.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged struer.dk (p=reject) from outside: the mayor's urgent 'grant'";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@struer.dk", "Ret venligst kontonummer for Bremdal VVS")
            .text("Hej\n\nBremdal VVS har ringet til mig - de har ny bank. Ret kontoen til " + mule(7) + " før betalingskørslen "
                + "i eftermiddag. Jeg har godkendt det.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged struer.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.struer@gmail.com", "oekonomi@struer.dk", "Er du ved skrivebordet?")
            .text("Hej\n\nJeg sidder i et lukket møde og kan kun skrive herfra. Jeg har brug for, at du klarer en diskret "
                + "betaling for mig i dag. Svar når du er klar, så sender jeg detaljerne.\n\nSendt fra min iPhone");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a closed meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.struer@outlook.com", "indkoeb@struer.dk", "Gavekort til frivillige")
            .text("Hej\n\nVi skal overraske de frivillige fra Venø-festen. Køb 15 gavekort à 1.000 kr. og send mig koderne på "
                + "mail inden frokost. Jeg refunderer via udlæg.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Kjeldsen", "mette.kjeldsen76@gmail.com", "loen@struer.dk", "Ny lønkonto")
            .text("Kære Løn og Personale\n\nI forbindelse med min skilsmisse har jeg fået min egen konto i et andet pengeinstitut, "
                + "og den fælles konto bliver lukket. Min løn som nattevagt på Plejecenter Kildegården skal fremover udbetales til "
                + mule(1) + ". Min ekskone må ikke se det, så jeg skriver fra min private mail. Giv gerne besked, når ændringen "
                + "er lagt ind før den 25.\n\nVenlig hilsen\nMette Kjeldsen, nattevagt");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care helper";
        m = bad("payroll-account-change");
        headers(m, "Rasmus Lund", "rasmus.lund.struer@hotmail.com", "loen@struer.dk", "Løn - ny konto")
            .text("Goddag\n\nJeg arbejder som havnearbejder ved Struer Havn og flytter til Irland efter sommer. Lønnen skal derfor "
                + "gå til " + mule(6) + " fra næste lønkørsel.\n\nRasmus Lund");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Struer Inkasso", "sag@struer-inkasso.dk", "kreditor@struer.dk", "Inkassovarsel - " + inkasso[i].name())
                .text(KOMMUNE + "\n\nPå vegne af " + inkasso[i].name() + " varsler vi inkasso for faktura " + p.no() + " ("
                    + p.amount().gross() + " kr.). Beløbet plus gebyr 300 kr. skal være indsat på " + mule(i + 8) + " inden tre "
                    + "hverdage, ellers oversendes sagen til fogedretten uden yderligere varsel.\n\nStruer Inkasso");
            ownedBy(m, "struer-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "besked@mitid-struer.com", "it@struer.dk", "Handling påkrævet: din erhvervsidentitet udløber")
            .html("<html><body><p>Kære administrator</p><p>Jeres MitID Erhverv-adgang til Struer Kommune skal genbekræftes inden "
                + "48 timer, ellers spærres medarbejdernes signaturer.</p><p><a href=\"https://mitid-struer.com/forny\">Bekræft nu</a>"
                + "</p></body></html>");
        ownedBy(m, "mitid-struer.com");
        m.description = "fake MitID Erhverv renewal with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-hjerm.com", "oekonomi@struer.dk", "Ny besked fra Skattestyrelsen")
            .html("<html><body><p>Du har modtaget en ny meddelelse om efterregulering af moms for havnedriften.</p><p><a href=\""
                + "https://digitalpost-hjerm.com/laes\">Læs meddelelsen</a></p></body></html>");
        ownedBy(m, "digitalpost-hjerm.com");
        m.description = "fake Digital Post notice with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-struer.net", "efaktura@struer.dk", "EAN " + EAN + " deaktiveres")
            .text("Til " + KOMMUNE + "\n\nJeres EAN-lokationsnummer mangler en årlig genregistrering og deaktiveres fredag. Udfyld "
                + "formularen på https://nemhandel-struer.net/ean for at modtage fakturaer fremover.\n\nNemHandel Support");
        ownedBy(m, "nemhandel-struer.net");
        m.description = "fake NemHandel re-registration with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afvist@nemhandel-struer.net", "kreditor@struer.dk", "Fem e-fakturaer afvist")
            .text("Fem fakturaer til jer er afvist af infrastrukturen. For at undgå rykkergebyrer kan I betale samlet "
                + "86.450,00 kr. til vores afregningskonto " + mule(6) + ", så fordeler vi beløbet til leverandørerne.");
        ownedBy(m, "nemhandel-struer.net");
        m.description = "fake NemHandel 'rejected invoices' asking for one pooled payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Venø Parkering", "p-afgift@venoe-parkering.dk", "teknik@struer.dk", "Ubetalt parkering ved Venø Færgeleje")
            .html("<html><body><p>En kommunal bil har holdt ved færgelejet uden gyldig billet. Scan koden og betal 795 kr. "
                + "inden 5 dage.</p><p><img src=\"cid:qr\" alt=\"QR\"></p></body></html>")
            .attach("image/png", "betal.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "venoe-parkering.dk");
        m.description = "QR code for a parking 'fine'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "aftale@thyholm-betaling.net", "oekonomi@struer.dk", "Aftale afvist - scan for at "
            + "genaktivere")
            .html("<html><body><p>Jeres aftale om automatisk betaling er afvist. Scan QR-koden med telefonen for at "
                + "genaktivere.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "aftale.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "thyholm-betaling.net");
        m.description = "QR code for a 'rejected direct-debit agreement'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "bogholderi@struer-rengoring.dk", "kreditor@struer.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVores PDF'er bliver åbenbart fanget af jeres filter, så fakturaen ligger i en zip-fil. Kontoen er ændret "
                + "- se fakturaen.\n\nBogholderiet")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("struer-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 2, List.of()),
                "LAES MIG.txt", "Åbn fakturaen og betal til den angivne konto."));
        ownedBy(m, "struer-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of struer-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "kontor@bremdal-vvs.net", "kreditor@struer.dk", "Fakturaer marts")
            .text("Hej\n\nFakturaerne for marts i et komprimeret 7z-arkiv. Bemærk ny konto.\n\nKontoret")
            .attach("application/x-7z-compressed", "marts.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("bremdal-vvs.net", mule(11)), "Faktura", no, a, mule(11), 1, List.of())));
        ownedBy(m, "bremdal-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of bremdal-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@struer-kontorforsyning.net", "indkoeb@struer.dk", "Ordrebekræftelse og faktura")
            .text("Hej\n\nOrdrebekræftelse og faktura er samlet i Word-filen. Klik 'Aktivér indhold' for at se priserne.\n\nOrdre")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura.docm", Attachments.word(
                "Ordrebekræftelse og faktura. Aktivér indhold for at vise beløb og konto.", true));
        ownedBy(m, "struer-kontorforsyning.net");
        m.description = "macro-enabled .docm from a look-alike of struer-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "faktura@struer-itdrift.net", "it@struer.dk", "Licensopgørelse Chromebooks")
            .text("Hej IT\n\nLicensopgørelsen for skolernes Chromebooks ligger i regnearket. Makroer skal være slået til. Bemærk "
                + "ny betalingskonto fra marts.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_marts.xlsm", Attachments.excel(List.of(
                "Licensopgørelse marts 2036", "Chromebook management 640 stk", "Betaling til " + mule(12)), true));
        ownedBy(m, "struer-itdrift.net");
        m.description = "macro-enabled .xlsm from a look-alike of limfjord-itdrift.dk, CY account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "jens@fousing-malerfirma.dk", "ejendom@struer.dk", "Regning maling Kildegården")
            .text("Hej\n\nHer er regningen som billede - printeren driller. HUSK ny konto står på.\n\nJens")
            .attach("image/jpeg", "regning.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "fousing-malerfirma.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of fousing-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "erik@humlum-vognmand.net", "teknik@struer.dk", "Scannet faktura")
            .text("Goddag\n\nScannet faktura for grus og jordkørsel vedhæftet. Vi er skiftet til ny bank, kontoen står på "
                + "fakturaen.\n\nErik")
            .attach("application/pdf", "scan0042.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "humlum-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of humlum-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "ordre@struer-ordrekontor.com", "indkoeb@struer.dk", "Ordre 55102 er afsendt")
            .text("Tak for din ordre på 12 stk. bærbare til 9.480 kr. pr. stk. Beløbet trækkes automatisk i morgen. Har du ikke "
                + "bestilt, så ring straks til vores annulleringslinje på 78 74 12 09.\n\nOrdrekontoret");
        ownedBy(m, "struer-ordrekontor.com");
        m.description = "callback scam: fake order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "licens@struer-ordrekontor.com", "it@struer.dk", "Fornyelse af antivirus - 3 år")
            .text("Kære IT-afdeling\n\nTak fordi I fortsat vælger vores endpoint-beskyttelse. Abonnementet for 300 pc'er i "
                + "skoler og administration er automatisk forlænget med tre år til en samlet pris af 64.900 kr., som bliver opkrævet "
                + "om to hverdage. Skete fornyelsen ved en fejl, kan den kun standses telefonisk via supportcentret på 78 74 12 10, "
                + "der har åbent til kl. 20.\n\nKundeservice, licensafdelingen");
        ownedBy(m, "struer-ordrekontor.com");
        m.description = "callback scam: auto-renewed licence";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kd@hjerm-entreprenoer.net", "efaktura@struer.dk", "E-faktura " + no)
            .text("Hej\n\nVi har skiftet e-fakturaudbyder og sender derfor XML direkte. Betalingskontoen i filen er den nye.\n\n"
                + entrep.name())
            .attach("application/xml", "faktura-" + no + ".xml", ubl(no, entrep, mule(7), a, isoDay(m, 0), isoDay(m, 14), true,
                "STR-" + (33_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "hjerm-entreprenoer.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@struer-itdrift.net", "efaktura@struer.dk", "OIOUBL " + no)
            .text("OIOUBL-fil vedhæftet. Kontoen er opdateret i forbindelse med vores bankskifte.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(2), a, isoDay(m, 0), isoDay(m, 10), false,
                "STR-" + (33_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "struer-itdrift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of limfjord-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signeret", "noreply@signeret-struer.dk", "kultur@struer.dk", "Struer Museum har sendt dig et dokument")
            .html("<html><body><p>Du er inviteret til at underskrive 'Forsikringstillæg - udlån 2036'. Dokumentet udløber i dag.</p>"
                + "<p><a href=\"https://signeret-struer.dk/doc/" + sha256("es42").substring(0, 14) + "\">Gennemse og underskriv</a>"
                + "</p></body></html>");
        ownedBy(m, "signeret-struer.dk");
        m.description = "fake e-signature request imitating signeret.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "dokument@asp-esign.net", "ejendom@struer.dk", "Forpagtningsaftale til underskrift")
            .html("<html><body><p>En forpagtningsaftale for jord ved Asp venter på jeres underskrift. Log ind med jeres "
                + "Microsoft 365-konto for at åbne.</p><p><a href=\"https://asp-esign.net/login\">Åbn dokument</a></p></body></html>");
        ownedBy(m, "asp-esign.net");
        m.description = "fake e-signature behind a Microsoft 365 login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@hjerm-turistfart.net", "kreditor@struer.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej\n\nFor faktura " + p.no() + " (" + p.amount().gross() + " kr.) beder vi jer betale 40 % til den sædvanlige "
                + "konto og 60 % til vores nye driftskonto " + mule(0) + ", da vi er ved at skifte bank.\n\nKørselskontoret");
        ownedBy(m, "hjerm-turistfart.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "kontor@bremdal-vvs-aps.dk", "kreditor@struer.dk", "Betaling af " + p.no())
            .text("Hej\n\n25.000 kr. af faktura " + p.no() + " kan gå til den gamle konto som før; restbeløbet bedes sendt til "
                + mule(17) + ". Vores bank har et loft over indbetalinger.\n\nKontoret");
        ownedBy(m, "bremdal-vvs-aps.dk");
        m.description = "split payment on Bremdal VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-quay-diving-inspection-invoice
        M m = bad("fake-quay-diving-inspection-invoice");
        invoice(m, dykker.posing("struer-dykkerservice.com", dykker.account()), mule(8), 9,
            List.of("Jf. inspektionsrapport " + diveReport), "", "Rapport " + diveReport + " fra kajinspektionen er godkendt af "
                + "havnefogeden. Fakturaen for dykkerarbejdet er vedhæftet. Vi er overgået til en ny erhvervskonto hos en "
                + "tysk bank, og den gamle konto modtager ikke længere indbetalinger.");
        ownedBy(m, "struer-dykkerservice.com");
        m.description = "look-alike of the real diver cites its real report number, new account (DE IBAN)";
        m = bad("fake-quay-diving-inspection-invoice");
        headers(m, "Havnedykning Struer", "faktura@struer-havnedykning.dk", "havn@struer.dk", "Faktura: akut inspektion af spuns")
            .text("Til Struer Havn\n\nEfter stormen i weekenden blev vi ringet op af jeres vagthavende og foretog akut "
                + "undervandsinspektion af spunsvæggen ved Østkajen (2 dykkere, båd, 6 timer). Der blev ikke fundet skader. "
                + "Beløb 31.250,00 kr. inkl. moms bedes betalt inden 5 dage til " + mule(5) + ".\n\nHavnedykning Struer");
        ownedBy(m, "struer-havnedykning.dk");
        m.description = "unknown diving firm bills an 'emergency inspection' nobody ordered";
        m = bad("fake-quay-diving-inspection-invoice");
        headers(m, "Oddesund Dykning", "mail@oddesund-dykning.dk", "teknik@struer.dk", "Lovpligtig kajinspektion 2036")
            .text("Kære havnemyndighed\n\nIfølge de nye regler skal alle kommunale kajanlæg dykkerinspiceres hvert år. Vi har "
                + "reserveret en dato til jer og beder om 50 % forudbetaling, 18.900 kr., til " + mule(4) + " for at "
                + "fastholde tiden.\n\nOddesund Dykning");
        ownedBy(m, "oddesund-dykning.dk");
        m.description = "'compulsory yearly quay inspection' with prepayment";

        // fake-care-alarm-subscription-invoice
        m = bad("fake-care-alarm-subscription-invoice");
        invoice(m, alarm.posing("humlum-tryghedsalarm.com", alarm.account()), mule(0), 11,
            List.of("Aftale " + alarmAgreement + " - SIM-tillæg"), "", "I forbindelse med skiftet til nyt mobilnet opkræver vi "
                + "et engangsbeløb for nye SIM-kort i 212 alarmer. Beløbet skal betales inden fredag, ellers kan alarmerne "
                + "miste forbindelsen til vagtcentralen. Bemærk den ændrede konto.");
        ownedBy(m, "humlum-tryghedsalarm.com");
        m.description = "look-alike of the care-alarm supplier cites the real agreement, SIM fee to an LT account";
        m = bad("fake-care-alarm-subscription-invoice");
        headers(m, "Hvidbjerg Nødkald", "abonnement@hvidbjerg-nodkald.dk", "aeldre@struer.dk", "Fornyelse af alarmabonnementer")
            .text("Kære Ældre og Sundhed\n\nAbonnementet for nødkald hos jeres borgere i Thyholm udløber ved månedens "
                + "udgang. For at undgå afbrydelse af alarmerne skal årsabonnementet, 47.700 kr., indbetales til " + mule(9)
                + ". Kvittering sendes pr. mail.\n\nHvidbjerg Nødkald");
        ownedBy(m, "hvidbjerg-nodkald.dk");
        m.description = "unknown firm 'renews' care-alarm subscriptions, HU account";
        m = bad("fake-care-alarm-subscription-invoice");
        headers(m, "Jegindø Alarmservice", "service@jegindoe-alarmservice.dk", "aeldre@struer.dk", "Batteriskift i tryghedsalarmer")
            .text("Hej\n\nVi har skiftet batterier i 64 tryghedsalarmer på Jegindø og i Hvidbjerg på vegne af jeres "
                + "alarmleverandør. Vedlagt faktura, der betales direkte til os.\n\nJegindø Alarmservice")
            .attach("application/pdf", "batteriskift.pdf", Attachments.pdf(docId(m, "bat"), "Faktura batteriskift",
                List.of("Jegindø Alarmservice", "64 alarmer à 245,00", "I alt inkl. moms 19.600,00", "Konto " + mule(10))));
        ownedBy(m, "jegindoe-alarmservice.dk");
        m.description = "unknown firm bills battery changes 'for your alarm supplier', RO account";

        // fake-lease-buyout-invoice
        m = bad("fake-lease-buyout-invoice");
        invoice(m, av.posing("struer-avteknik.net", av.account()), mule(11), 13, List.of("Lejekontrakt " + leaseContract
            + " - frikøb"), "", "Lejekontrakt " + leaseContract + " for byrådssalen nærmer sig udløb. Udstyret overgår til "
            + "kommunen mod betaling af restværdien, som skal ske inden 3 dage for at undgå afhentning før næste byrådsmøde.");
        ownedBy(m, "struer-avteknik.net");
        m.description = "look-alike of the AV firm cites the real lease and demands a buyout, BG account";
        m = bad("fake-lease-buyout-invoice");
        headers(m, "Struer Leasing", "kontrakt@struer-leasing.dk", "oekonomi@struer.dk", "Restværdi ved kontraktudløb")
            .text("Til " + KOMMUNE + "\n\nVi har overtaget jeres leasingaftaler på kopimaskiner fra den tidligere udlejer. "
                + "Restværdien på 96.000 kr. forfalder nu og betales til " + mule(12) + ". Herefter er maskinerne jeres.\n\n"
                + "Struer Leasing");
        ownedBy(m, "struer-leasing.dk");
        m.description = "'took over your leases': residual value due now";
        m = bad("fake-lease-buyout-invoice");
        headers(m, "Venø Finans", "finans@venoe-finans.com", "it@struer.dk", "Frikøb af skolernes skærme")
            .text("Hej\n\nLeasingperioden for de interaktive skærme på skolerne er slut. Ønsker I at beholde dem, skal frikøbet "
                + "(3 % af nyprisen, 28.800 kr.) betales senest i morgen til " + mule(13) + ".\n\nVenø Finans");
        ownedBy(m, "venoe-finans.com");
        m.description = "'buyout' of the schools' screens, due tomorrow";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus42().generate(), List.of(
            "# Struer Kommune, Økonomi: invoice checks (forty-second held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=struer-varmevaerk.dk hjerm-entreprenoer.dk struer-dykkerservice.dk "
                + "humlum-tryghedsalarm.dk struer-avteknik.dk asp-toemrer.dk fousing-maler.dk struer-rengoering.dk "
                + "ugeposten-struer.dk humlum-vognmand.dk hvidbjerg-elservice.dk bremdal-vvs.dk thyholm-madservice.dk "
                + "struer-toemmerhandel.dk limfjord-itdrift.dk hjerm-turistfart.dk struer-kontorforsyning.dk",
            "invoice.domains.platforms=opkrav.dk saldoflow.com tallykit.io ydelsesbox.dk",
            "invoice.names.protected=Struer Kommune"));
    }
}
