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
 * The ninety-first held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Herlev Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, property,
 * schools, elderly care, the central kitchen, culture, library and sports mailboxes; town hall Herlev Bygade 90, 2730 Herlev),
 * the suburb on Ring 3 north-west of Copenhagen: Herlev with its old village street and the town centre, Hjortespring,
 * Lindehøj, the industrial estates at Marielund and Skinderskov, the bog Kagsmosen and Kagsåparken along Kagsåen; sixteen
 * listed suppliers from those places in every DNS posture real Danish firms have (one sending through a web hoster named in
 * its SPF), four invoicing platforms ({@code fakturavifte.dk}, {@code bilagsvogn.com}, {@code kontantkurv.dk}, {@code
 * regningstog.io}), a lift firm servicing the lifts of the care homes, the town hall and the schools, an environmental
 * service emptying the grease separators of the central kitchen and the school kitchens, sole traders on free mail, foreign
 * suppliers, SaaS ({@code madplanly.io}, {@code vagtvenner.dk}), an ESP ({@code postbuket.com}), an e-signature service
 * ({@code signeringsstuen.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each
 * carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and two kinds new here: lift service,
 * "statutory" lift inspections or releases of trapped residents billed by someone who never touched the lifts
 * (fake-lift-inspection-invoice), and emptying, overflow call-outs or "registration" of the grease separators of the
 * central kitchen and the school kitchens billed to a new account (fake-grease-separator-emptying-invoice). The invoice
 * engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written.
 * {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus91GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus91 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout91");
    public static final String OWN = "herlev.dk";
    static final String FRAUD_NET = "127.191.";
    private static final String OWN_IP = "127.91.0.1";
    private static final String EAN = "5798007915537";
    private static final String KOMMUNE = "Herlev Kommune";
    private static final String RAADHUS = "Herlev Bygade 90, 2730 Herlev";
    private static final String HOSTER_IP = "127.91.9.1";
    private static final String GMAIL = "127.93.1.1";
    private static final String MSFT = "127.93.2.1";
    private static final String APPLE = "127.93.5.1";

    private final Random rnd = new Random(91_2730_0091L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The lift firm's service agreement number (the frauds cite it). */
    private String liftAgreement;
    /** The environmental service's emptying scheme number for the kitchens' grease separators (the frauds cite it). */
    private String greaseScheme;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Herlev Varmeforsyning A.m.b.a.", "herlev-varmeforsyning.dk", "Kundecenter",
        "kundecenter", "127.91.1.1", iban("DK", "20000723381154"), "fjernvarme til Rådhuset, Herlev Bibliotek og Plejecenter Lindehøj");
    private final Supplier entrep = new Supplier("Hjortespring Anlæg ApS", "hjortespring-anlaeg.dk", "Morten Skov", "ms",
        "127.91.1.2", bank("2191", "8830417725"), "ny belægning og kantsten på stien langs Kagsåen");
    private final Supplier lift = new Supplier("Lindehøj Elevatorservice ApS", "lindehoj-elevator.dk", "Servicekoordinator Rikke Falk",
        "rikke", "127.91.1.3", bank("3001", "4410982276"), "service og fejlretning på elevatorer i plejecentre, skoler og Rådhuset");
    private final Supplier fedt = new Supplier("Skinderskov Miljøservice A/S", "skinderskov-miljoe.dk", "Miljøservice, Debitor",
        "debitor", "127.91.1.4", iban("DK", "30000990127413"), "tømning af fedtudskillere ved Produktionskøkkenet og skolekøkkenerne");
    private final Supplier toemrer = new Supplier("Hjortespring Tømrer & Snedker ApS", "hjortespring-toemrer.dk", "Jakob Riis",
        "jakob", "127.91.1.5", bank("2191", "8830455031"), "nye indvendige døre og lydlofter, Hjortespringskolen");
    private final Supplier maler = new Supplier("Marielund Malerforretning v/ Kim Holt", "marielund-maler.dk", "Kim Holt", "kim",
        "127.91.1.6", bank("9570", "0012288417"), "maling af gange og fællesstuer, Plejecenter Hjortespring");
    private final Supplier rengoer = new Supplier("Herlev Erhvervsrengøring ApS", "herlev-erhvervsrengoering.dk", "Kontoret",
        "kontor", "127.91.1.7", iban("DK", "30000990148820"), "daglig rengøring af Rådhuset, Jobcentret og Herlev Bibliotek");
    private final Supplier avis = new Supplier("Kagsåposten", "kagsaaposten.dk", "Annonceafdelingen", "annonce", "127.91.1.8",
        iban("DK", "20000723394470"), "annoncer: lokalplanforslag for Marielund og stillinger i ældreplejen");
    private final Supplier vognmand = new Supplier("Hold-An Transport ApS", "holdan-transport.dk", "Bent Kragh", "bent",
        "127.91.1.9", bank("9570", "0012301944"), "bortkørsel af haveaffald og levering af stabilgrus til Kagsåparken");
    private final Supplier el = new Supplier("Bygade El ApS", "bygade-el.dk", "Thomas Vinther", "tv", HOSTER_IP,
        bank("2191", "8830470669"), "udskiftning af armaturer i Herlev Idrætscenter og nye stikkontakter i klubhuset");
    private final Supplier vvs = new Supplier("Herlev VVS-Service ApS", "herlev-vvs-service.dk", "Værkstedet", "vaerksted",
        "127.91.1.11", bank("3001", "4410996318"), "service på varmtvandsbeholdere og nye blandingsbatterier, Lindehøjskolen");
    private final Supplier mad = new Supplier("Herlev Storkøkken A/S", "herlev-storkoekken.dk", "Herlev Storkøkken, Regnskab",
        "regnskab", "127.91.1.12", iban("DK", "30000990163308"), "råvarer og færdigretter til Produktionskøkkenet");
    private final Supplier byg = new Supplier("Marielund Byggemarked A/S", "marielund-byggemarked.dk", "Erhvervssalg", "erhverv",
        "127.91.1.13", iban("DK", "20000723407731"), "byggematerialer og værktøj til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Hjortespring IT-Drift ApS", "hjortespring-itdrift.dk", "Fakturering", "faktura",
        "127.91.1.14", bank("2191", "8830488912"), "drift af trådløst net på skolerne og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Herlev Kørselsservice ApS", "herlev-koerselsservice.dk", "Kørselskontoret",
        "koersel", "127.91.1.15", bank("9570", "0012317506"), "specialkørsel til Kildegårdskolen og kørsel til daghjemmet");
    private final Supplier kontor = new Supplier("Lindehøj Kontorforsyning ApS", "lindehoj-kontor.dk", "Ordrekontoret", "ordre",
        "127.91.1.16", iban("DK", "30000990179945"), "kopipapir, toner og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Skinderskov Smede- og Maskinværksted", "skinderskov-smedie.dk", "Villy Brandt",
        "villy", "127.91.2.1", bank("3001", "4411007745"), "nyt rækværk og cykelstativer ved Herlev Medborgerhus");
    private final Supplier natur = new Supplier("Kagsåparkens Naturpleje v/ Lise Bak", "kagsaa-naturpleje.dk", "Lise Bak", "lise",
        "127.91.2.2", bank("9570", "0012329011"), "slåning af engene i Kagsmosen og rydning af pilekrat");
    private final Supplier musik = new Supplier("Musikpædagog Sofie Krogh", "gmail.com", "Sofie Krogh", "sofie.krogh.musik", GMAIL,
        bank("2191", "8830502287"), "sang og rytmik for vuggestuerne i Hjortespring, 6 gange");
    private final Supplier tolk = new Supplier("Tolk v/ Yusuf Demir", "outlook.com", "Yusuf Demir", "yusuf.demir.tolk", MSFT,
        bank("3001", "4411019962"), "tolkning tyrkisk-dansk i Jobcentret, 5 samtaler");
    private final Supplier fys = new Supplier("Fysioterapeut Mette Lund", "icloud.com", "Mette Lund", "mette.lund.fys", APPLE,
        bank("9570", "0012334478"), "holdtræning for seniorer i Herlev Idrætscenter, efterårssæson");
    private final Supplier tysk = new Supplier("Aufzugteile Nord GmbH", "aufzugteile-nord.de", "Buchhaltung", "buchhaltung",
        "127.91.7.1", iban("DE", "200400000628119700"), "Türantriebe und Steuerplatinen für Aufzüge");
    private final Supplier svensk = new Supplier("Skånes Köksventilation AB", "skanes-koksventilation.se", "Ekonomi", "ekonomi",
        "127.91.7.2", iban("SE", "91800000832761449102"), "rengöring av köksventilation och fettfilter");

    private final List<Supplier> listed = List.of(varme, entrep, lift, fedt, toemrer, maler, rengoer, avis, vognmand, el, vvs,
        mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Herlev place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"herlev-varmeforsyning.com", "hjortespring-anlag.dk", "marielund-bygmarked.dk",
        "herlev-bygade-el.dk", idn("lindeh\u043ej-kontor.dk"), idn("h\u0435rlev.dk"), "fakturavifte-herlev.dk",
        "bilagsvogn-hjortespring.com", "herlev-erhvervsrengoring.dk", "herlev-vvsservice.net", "lindehoj-kontorforsyning.dk",
        "hjortespring-it.net", "marielund-malerforretning.dk", "holdan-transport-herlev.dk", "hjortespring-toemrer.net",
        "herlev-storkokken.dk", "herlev-inkasso.dk", "mitid-herlev.com", "digitalpost-hjortespring.net", "herlev-parkering.dk",
        "kagsmosen-betaling.com", "hjortespring-anlaeg.net", "herlev-koerselsservice.net", "herlev-vvs-aps.dk",
        "signer-herlev.dk", "skinderskov-dokumenter.net", "herlev-dns-fornyelse.net", "skinderskov-webhotel.com",
        "lindehoj-elevatorservice.com", "herlev-elevatorkontrol.dk", "marielund-liftteknik.dk", "skinderskov-miljoe.net",
        "herlev-fedtudskiller.dk", "kagsmosen-slamsugning.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(lift.domain(), List.of(lift.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain(fedt.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.91.98.4"), "~all", null, "none"); // SPF names only its route planner
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.91.1.23"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vestegnens-affaldsselskab.dk", List.of("127.91.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("beredskab-vestegnen.dk", List.of("127.91.3.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("herlev-kunstforening.dk", List.of("127.91.3.3"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("herlev-gymnasium-hf.dk", List.of("127.91.3.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("herlev-revisionshus.dk", List.of("127.91.3.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("herlev-isenkram.dk", List.of("127.91.3.6"), "-all", null, "none");
        domain("hjortespring-boldklub.dk", List.of("127.91.3.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("fakturavifte.dk", List.of("127.91.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bilagsvogn.com", List.of("127.91.4.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kontantkurv.dk", List.of("127.91.4.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("regningstog.io", List.of("127.91.4.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("lindehoj-sparekasse.dk", List.of("127.91.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kagsaa-bank.dk", List.of("127.91.5.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorring-vestegnen.dk", List.of("127.91.5.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hovedstadens-bogholdere.dk", List.of("127.91.5.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("storkoebenhavns-indkoebere.dk", List.of("127.91.5.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postbuket.com", List.of("127.91.5.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelradar-vestegnen.dk", List.of("127.91.5.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.hjortespring-net.dk", List.of("127.91.5.8"), "-all", null, null);
        domain("relay.herlev-fiber.dk", List.of("127.91.5.9"), "-all", null, null);
        domain("madplanly.io", List.of("127.91.5.10"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtvenner.dk", List.of("127.91.5.11"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signeringsstuen.dk", List.of("127.91.5.12"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
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
        switch (Math.floorMod(sha256("no91:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36-" + String.format("%05d", 1_200 + rnd.nextInt(8_000));
            case 1:
                return "HK" + (7_100 + rnd.nextInt(2_800));
            case 2:
                return String.valueOf(118_000 + rnd.nextInt(40_000));
            case 3:
                return "FA" + String.format("%06d", 4_000 + rnd.nextInt(90_000));
            case 4:
                return "2036-" + (1_000 + rnd.nextInt(3_000));
            default:
                return "INV" + (30_400 + rnd.nextInt(6_000));
        }
    }

    private static final String[] TO = {"kreditor@herlev.dk", "efaktura@herlev.dk", "kreditor@herlev.dk", "okonomi@herlev.dk",
        "teknik@herlev.dk", "skoler@herlev.dk", "aeldre@herlev.dk", "ejendom@herlev.dk", "indkob@herlev.dk", "kokken@herlev.dk",
        "idraet@herlev.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf91:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr91:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(83_000_000 + Math.floorMod(sha256("fi91:" + domain).hashCode(), 8_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "herlev-varmeforsyning.dk" -> "Gammelgårdsvej 12, 2730 Herlev";
            case "hjortespring-anlaeg.dk" -> "Hjortespringvej 81, 2730 Herlev";
            case "lindehoj-elevator.dk" -> "Lyskær 3E, 2730 Herlev";
            case "skinderskov-miljoe.dk" -> "Skinderskovvej 27, 2730 Herlev";
            case "hjortespring-toemrer.dk" -> "Ringbakken 4, 2730 Herlev";
            case "marielund-maler.dk" -> "Marielundvej 43, 2730 Herlev";
            case "herlev-erhvervsrengoering.dk" -> "Mileparken 20, 2730 Herlev";
            case "kagsaaposten.dk" -> "Herlev Hovedgade 139, 2730 Herlev";
            case "holdan-transport.dk" -> "Hold-An Vej 7, 2730 Herlev";
            case "bygade-el.dk" -> "Herlev Bygade 34, 2730 Herlev";
            case "herlev-vvs-service.dk" -> "Turbinevej 9, 2730 Herlev";
            case "herlev-storkoekken.dk" -> "Tempovej 15, 2750 Ballerup";
            case "marielund-byggemarked.dk" -> "Marielundvej 16, 2730 Herlev";
            case "hjortespring-itdrift.dk" -> "Hjortespringvej 2, 2730 Herlev";
            case "herlev-koerselsservice.dk" -> "Industrivej 5, 2730 Herlev";
            case "lindehoj-kontor.dk" -> "Lindehøjvej 30, 2730 Herlev";
            case "skinderskov-smedie.dk" -> "Skinderskovvej 40, 2730 Herlev";
            case "kagsaa-naturpleje.dk" -> "Kagsåvej 8, 2730 Herlev";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with supplier, customer and amount lines; a service report with labour,
     * service van and materials and the FI line (card 71); a quarterly settlement with customer number, fixed charge and
     * variable services and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Leverandør: " + s.name() + (addr.isEmpty() ? "" : " - " + addr));
                l.add("CVR " + cvr(s.domain()) + "   Vores reference: " + s.person());
                l.add("Faktureres til: " + KOMMUNE + ", " + RAADHUS + " - EAN " + EAN);
                l.add("Dato " + dottedDay(m, 0) + "   Leveret: " + s.what());
                l.add("Beløb uden moms " + a.net() + " | Moms 25 % " + a.vat() + " | I alt kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage");
                l.add("Spørgsmål til denne bilagsside besvares af " + s.person() + ", husk at nævne vores nummer");
                if (account != null) {
                    l.add("Overføres til " + account + " med fakturanummer som tekst");
                }
            }
            case 1 -> {
                head = "Servicerapport / " + title.toLowerCase(DA) + " " + no;
                l.add("Udført af " + s.name() + ", CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : ", " + addr));
                l.add("Rekvirent " + KOMMUNE + " (EAN " + EAN + ") - opgave: " + s.what());
                long labour = a.ore() * 47 / 100;
                long van = a.ore() * 11 / 100;
                l.add("Arbejdsløn " + kr(labour) + "   Servicebil og kørsel " + kr(van) + "   Materialer " + kr(a.ore() - labour - van));
                l.add("Netto " + a.net() + "  +  moms " + a.vat() + "  =  til betaling " + a.gross());
                l.addAll(more);
                l.add("Montøren har afleveret arbejdssedlen til den driftsansvarlige på stedet, som kvitterede på tabletten");
                l.add("Forfaldsdato " + writtenDay(m, 21) + (account == null ? "" : ", betaling til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Kvartalsafregning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Kunde " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + ": " + KOMMUNE + ", " + RAADHUS);
                l.add("Perioden fra " + writtenDay(m, -91) + " og frem til i går - " + s.what());
                long fixed = a.ore() * 28 / 100;
                l.add("Fast afgift " + kr(fixed) + "   Variable ydelser " + kr(a.ore() - fixed));
                l.add("I alt uden moms " + a.net() + ", moms " + a.vat() + ", opkrævet beløb DKK " + a.gross());
                l.addAll(more);
                l.add("Afregningen bygger på aflæsninger og kørselslister, som jeres kontaktperson kan se i kundeportalen");
                l.add("Sidste rettidige betaling " + writtenDay(m, 14) + (account == null ? "" : " - kontonummer " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Herlev Kommune " + no + ".pdf", "FAK-" + no + ".pdf",
            "invoice-" + no + ".pdf", "regning" + no + ".pdf", "Dokument_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Herlev Kommune", "Til bogholderiet", "Godmorgen", "Hej kreditor",
        "Att. Økonomi", "Kære Herlev Kommune", "Hej igen", "Til rette vedkommende"};

    private String phone() {
        return "44 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig91:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlige hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + ", " + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_400_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Fakturanr. " + no + " (EAN " + EAN + ")", s.name() + ": faktura " + no, "Regning " + no, "Deres faktura " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede fil finder I faktura " + no + ". Beløbet er " + a.gross() + " kr. inkl. moms, og sidste "
                + "betalingsdag er " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er lagt i NemHandel på jeres EAN " + EAN + " - her er en PDF-kopi til orientering.";
            case 3 -> "Tak for samarbejdet. Som aftalt kommer regningen her.";
            case 4 -> "Fakturanummer: " + no + "\nBeløb i alt: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 30);
            case 5 -> "Vedhæftet er fakturaen for opgaven. Jeres ordrenummer er påført.";
            case 6 -> "Så er månedens fakturering klar. Skriv endelig, hvis noget ikke stemmer med jeres bestilling.";
            default -> "Se venligst den vedhæftede faktura.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
            mime.html("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><div>"
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
        if (List.of(varme, rengoer, mad, fedt, it, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, lift, vognmand, vvs, el, toemrer, bus).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Herlev Bygade 90", "Herlev", "2730", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        liftAgreement = "SE-" + (4_100 + rnd.nextInt(700));
        greaseScheme = "TO-" + (880 + rnd.nextInt(90)) + "-H";
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == lift ? List.of("Serviceaftale " + liftAgreement + ": 23 elevatorer, 4 gennemgange om året")
                : s == fedt ? List.of("Tømningsordning " + greaseScheme + ": 9 fedtudskillere, tømning hver 6. uge") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Kultur og Fritid"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices railings at the community centre, aligned SPF pass";

        List<Supplier> again = List.of(it, byg, rengoer, vvs, avis, entrep, kontor, el, bus, varme, mad, it);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre HK-" + (70_200 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@herlev.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Herlev Bibliotek, nyt udlånsområde" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 3 ? "\n\nTimesedlerne ligger som bilag." : "");
            if (k % 5 == 3) {
                m.mime.attach("application/pdf", "timesedler.pdf", Attachments.pdf(docId(m, "ts"), "Timesedler",
                    List.of(s.what(), "Godkendt af Ejendomscentret, Herlev", "Antal timer: " + (12 + k * 2))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "To paller fliser blev leveret i forkert farve og er hentet retur."},
            {kontor, "Kreditnota til faktura ", "Mapperne, der kom i dobbelt antal, er returneret, og det overskydende krediteres."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (2_300 + rnd.nextInt(600));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@herlev.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se en indbetaling på nedenstående faktura. Har I betalt i mellemtiden, "
            + "er alt i orden."},
            {entrep, "Rykker 1", "Betalingsfristen er overskredet med en uge. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@herlev.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato i oktober")));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@herlev.dk", "Saldoopgørelse " + dottedDay(m, -1))
            .text("Hej\n\nTil brug for jeres afstemning ved årsskiftet: vi har registreret betaling af faktura " + p.no()
                + " for haveaffaldet fra Kagsåparken, og saldoen hos os er nul. Der kommer en ny faktura, når vinterens "
                + "grusleverancer er kørt." + signature(s));
        genuine(m, s.ip());
        m.description = "holdan-transport.dk statement, nothing open (SPF names only its route planner: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(780_000);
            boolean peppol = v == 0;
            String ref = "HK-" + (71_500 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@herlev.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej Herlev\n\nVores NemHandel-adgang er ved at blive flyttet til en ny udbyder, så i denne uge kommer "
                    + "fakturaen som XML-bilag med en læsbar PDF. Betalingsoplysningerne er uændrede. Dukker den samme faktura op "
                    + "i NemHandel senere, er det en dublet.\n\nMvh.\n" + s.name())
                .attach("application/xml", (peppol ? "bis3-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordrereference " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturavifte.dk", "bilagsvogn.com", "kontantkurv.dk", "regningstog.io"};
        Supplier[] who = {natur, smed, musik, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "b-" + sha256("plat91:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "RT-" + (50_000 + rnd.nextInt(9_000));
                headers(m, "Regningstog", "regning@regningstog.io", "aeldre@herlev.dk", "Regning " + no + " - vikartimer oktober")
                    .text("Til " + KOMMUNE + ", Sundhed og Omsorg\n\nHer er opgørelsen over vikartimerne i hjemmeplejen i "
                        + "oktober, som jeres distriktsleder har godkendt i vagtportalen (112 timer). Vikarerne er ansat hos os.\n\n"
                        + "At betale " + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nRegningstog")
                    .attach("application/pdf", "Regningstog-" + no + ".pdf", Attachments.pdf(docId(m, "rt"), "Regning " + no,
                        List.of("Regningstog ApS", "Kunde: " + KOMMUNE + ", hjemmeplejen", "Godkendte vikartimer oktober 2036: 112",
                            "Netto " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross(), "Konto " + iban("DK", "20000723421166"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform regningstog.io invoices approved home-care temp hours under its own name";
                continue;
            }
            String no = "V" + (410_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], i == 1 ? "kultur@herlev.dk" : i == 2 ? "skoler@herlev.dk"
                : "natur@herlev.dk", "Ny faktura fra " + s.name() + " (" + no + ")")
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som PDF i denne mail. Besvarer du mailen, havner dit svar direkte hos "
                    + s.person() + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + " - fakturering for små "
                    + "virksomheder</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, musik, tolk, fys, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nSundhedsydelser er momsfri, derfor ingen moms på regningen." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "AN-" + (36_400 + rnd.nextInt(900));
        Amount a = amount(700_000);
        headers(m, "Aufzugteile Nord", addr(tysk), "teknik@herlev.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die gelieferten Türantriebe und "
                + "Steuerplatinen für die Aufzüge in Ihren Pflegeheimen, bestellt über Lindehøj Elevatorservice. Innergemeinschaftliche "
                + "Lieferung, Umkehr der Steuerschuld.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg", "Kunde: " + KOMMUNE + ", Teknik og Miljø", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Zahlbar auf " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German lift-parts supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "SK" + (8_800 + rnd.nextInt(900));
        headers(m, "Skånes Köksventilation", addr(svensk), "kokken@herlev.dk", "Faktura " + no + " - köksventilation")
            .text("Hej,\n\nBifogat finns fakturan för rengöringen av köksventilationen och fettfiltren i Produktionskøkkenet, "
                + "utförd förra veckan enligt avtal. Betala gärna till kontot på fakturan.\n\nVänliga hälsningar\nEkonomi, "
                + "Skånes Köksventilation AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE + ", Produktionskøkkenet", svensk.what(),
                    "Summa att betala SEK " + kr(a.ore() * 3 / 2), "Bankgiro via IBAN " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish kitchen-ventilation supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(240_000);
        headers(m, "Madplanly Billing", "billing@madplanly.io", "kokken@herlev.dk", "Your Madplanly invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for your Madplanly subscription (menu planning and allergen "
                + "labelling for the central kitchen, 14 users). The same invoice has been sent to EAN " + EAN + ".\n\n"
                + "Total DKK " + a.gross() + "\n\nThe Madplanly team")
            .attach("application/pdf", "madplanly-invoice.pdf", Attachments.pdf(docId(m, "mp"), "Invoice",
                List.of("Madplanly ApS", "Bill to: " + KOMMUNE, "Subscription November 2036, 14 users", "DKK " + a.gross())));
        genuine(m, "127.91.5.10");
        m.description = "SaaS madplanly.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(240_000);
        headers(m, "Vagtvenner", "betaling@vagtvenner.dk", "aeldre@herlev.dk", "Kvittering - Vagtvenner årslicens")
            .text("Hej\n\nTak for betalingen af jeres årslicens til Vagtvenner, appen hvor plejecentrenes medarbejdere bytter "
                + "vagter (210 brugere). " + a.gross() + " kr. er hævet på kortet, der ender på 7714, og der skal ikke betales "
                + "mere. Kvitteringen kan også hentes under Indstillinger og Betaling, hvis bogholderiet skal bruge den.\n\n"
                + "Vagtvenner");
        genuine(m, "127.91.5.11");
        m.description = "SaaS vagtvenner.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0012418830");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@herlev.dk", "Skift af bank pr. 1. december")
            .text("Til kreditorbogholderiet\n\nEfter mange år i samme bank har vi flyttet værkstedets erhvervskonti, fordi den "
                + "lokale filial på Herlev Hovedgade lukker. Fakturaer dateret 1. december 2036 og frem skal betales til " + nyT
                + ". Ældre fakturaer betales som anført på dem.\n\nI er velkomne til at ringe til værkstedet på det nummer, I "
                + "har i jeres kartotek, og få skiftet bekræftet, før I retter noget. Brevet med underskrift ligger også som PDF."
                + signature(toemrer))
            .attach("application/pdf", "Nyt_kontonummer.pdf", Attachments.pdf(docId(m, "nk"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Nyt kontonummer: " + nyT,
                    "Underskrevet: Jakob Riis, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye hylder og skabe i personalerummet, Hjortespringskolen");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036, se brev"), "\n\nBemærk, at betalingen skal til vores nye "
            + "konto, som vi tidligere har oplyst.");
        genuine(m, toemrer.ip());
        m.description = "hjortespring-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "20000723455502");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Herlev Storkøkken, Regnskab", addr(mad), "kreditor@herlev.dk", "Ændret betalingskonto fra november")
            .text("Til " + KOMMUNE + ", kreditor og Produktionskøkkenet\n\nHerlev Storkøkken er blevet en del af en større "
                + "fødevarekoncern, og vores bankforbindelse følger med. Fakturaer med dato 1. november og senere betales til "
                + nyM + ". Indbetalinger til den gamle konto bliver modtaget året ud. Samme meddelelse er sendt til jeres "
                + "Digital Post med underskrift fra vores direktør.\n\nVenlig hilsen\nHerlev Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed food wholesaler (DMARC pass) announces a new account from November, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Betalingskonto ændret pr. 01.11.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "herlev-storkoekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=Hq7x=MA=kagsaaposten.dk=annonce@srs.hjortespring-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.91.5.8";
        m.helo = "srs.hjortespring-net.dk";
        m.description = "kagsaaposten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.herlev-fiber.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.herlev-fiber.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"hovedstadens-bogholdere.dk", "Hanne Juul", "hju@", "Elevatoreftersyn fra ukendt firma?",
            "Hej allesammen\n\nEt plejecenter hos os har fået en regning på 'lovpligtigt eftersyn' af elevatorerne fra et firma, "
                + "som hverken vi eller vores servicefirma kender. Er der andre, der har set den?\n\nHanne"},
            {"storkoebenhavns-indkoebere.dk", "Peter Aagaard", "paa@", "Fedtudskiller - regning med ny konto", "Hej\n\nVores "
                + "skolekøkken modtog en opkrævning for 'ekstra tømning efter overløb' med et nyt kontonummer. Den rigtige "
                + "slamsuger havde ikke været der.\n\nPeter"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditorring-vestegnen.dk", x[3])
                .header("List-Id", "Kreditorringen Vestegnen <netvaerk.kreditorring-vestegnen.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorring-vestegnen.dk", "[Kreditorringen] ", "\r\n-- \r\nKreditorringen Vestegnen - "
                + "erfa for kommunale bogholdere\r\nAfmeld: https://kreditorring-vestegnen.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelradar-vestegnen.dk", "Svindelradar Vestegnen", "Elevatorer og fedtudskillere: nye falske regninger",
            "Svindlere bruger nu rigtige aftalenumre fra elevatorservice og tømningsordninger, når de sender regninger med ny "
                + "konto. Kontakt leverandøren på et kendt telefonnummer, inden I ændrer noget."},
            {"herlev-revisionshus.dk", "Herlev Revisionshus", "Tjekliste til årsskiftet",
                "Gennemgå kreditorstamdata, fjern inaktive leverandører, og kræv to godkendere, når en bankkonto ændres."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounces+" + sha256("nl91:" + x[0]).substring(0, 12) + "@postbuket.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@herlev.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere "
                    + "på vores side</a></p><p style=\"font-size:8px\">Du modtager denne mail, fordi du er tilmeldt.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postbuket.com");
            m.ip = "127.91.5.6";
            m.helo = "mta.postbuket.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postbuket.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Ejendomscentret", "ejendomscenter@", "kreditor@herlev.dk", "Elevatorerne i vores bygninger",
            "Hej kreditor\n\nAlle elevatorer i plejecentre, skoler og på Rådhuset serviceres af Lindehøj Elevatorservice under "
                + "serviceaftalen. Det lovpligtige eftersyn bestiller vi selv hos et akkrediteret inspektionsorgan. Andre "
                + "regninger om elevatorer sender I videre til os.\n\nEjendomscentret"},
            {"Produktionskøkkenet", "kokken@", "kreditor@herlev.dk", "Fedtudskillerne", "Hej\n\nFedtudskillerne ved køkkenet og "
                + "skolekøkkenerne tømmes af Skinderskov Miljøservice efter tømningsordningen. Ekstra tømninger aftaler vi selv "
                + "med dem, og de står altid med ordningens nummer på regningen.\n\nKøkkenlederen"},
            {"Løn og Personale", "lon@", "ledere@herlev.dk", "Ændring af lønkonto", "Kære ledere\n\nMedarbejdere ændrer selv "
                + "lønkonto i den digitale personalemappe med MitID. Vi ændrer aldrig en konto efter en mail, heller ikke når "
                + "den haster.\n\nLøn og Personale"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Lindehøj Sparekasse, Erhverv", "erhverv@lindehoj-sparekasse.dk", "okonomi@herlev.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nI dag kl. 10.14 modtog vi en betalingsfil med 243 poster. De gennemføres på bogføringsdagen. Se "
                + "detaljer i erhvervsnetbanken. Vi sender aldrig links i denne slags beskeder.\n\nLindehøj Sparekasse");
        genuine(m, "127.91.5.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Kagså Bank", "kundeservice@kagsaa-bank.dk", "okonomi@herlev.dk", "Nye priser på valutaoverførsler")
            .text("Til erhvervskunder\n\nFra 1. januar justerer vi prisen på overførsler i udenlandsk valuta. Den nye prisliste "
                + "kan ses, når du logger på netbanken.\n\nKagså Bank");
        genuine(m, "127.91.5.2");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("lift-service-invoice", true);
        invoice(m, lift, lift.account(), 7, List.of("Serviceaftale " + liftAgreement + ", gennemgang 4. kvartal",
            "Justering af dørkontakter, Plejecenter Lindehøj; nyt nødkaldsmodul, Rådhuset"), "\n\nServicerapporterne ligger i "
            + "jeres elevatorportal.");
        genuine(m, lift.ip());
        m.description = "the lift firm invoices the quarter's service visits under its agreement (Ed25519, p=none, DMARC pass)";
        m = ok("grease-separator-invoice", true);
        invoice(m, fedt, fedt.account(), 10, List.of("Tømningsordning " + greaseScheme + ", tømninger i november",
            "9 udskillere tømt, 14,2 m3 fedtholdigt slam til biogas"), "\n\nKvitteringerne for bortskaffelse er sendt til "
            + "køkkenlederen.");
        genuine(m, fedt.ip());
        m.description = "the environmental service invoices grease-separator emptying under its scheme (DKIM only, p=reject, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Lindehøj Elevatorservice", addr(lift), "ejendomscenter@herlev.dk", "Fejlmeldinger i julen")
            .text("Kære Ejendomscenter\n\nI juledagene har vi vagt som altid; fejlmeldinger går til vores vagttelefon. Udkald "
                + "under serviceaftale " + liftAgreement + " faktureres samlet med kvartalet, og vi sender aldrig en særskilt "
                + "regning med et andet kontonummer.\n\nLindehøj Elevatorservice");
        genuine(m, lift.ip());
        m.description = "the lift firm on its holiday call-out routine and its one account";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_500_000);
        headers(m, "Vestegnens Affaldsselskab I/S", "opkraevning@vestegnens-affaldsselskab.dk", "efaktura@herlev.dk",
            "Acontobidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt er opkrævningen af acontobidraget for fjerde kvartal, beregnet efter "
                + "indbyggertallet pr. 1. juli og bestyrelsens budget for genbrugspladserne og storskraldsordningen. Den er også "
                + "sendt elektronisk til jeres EAN, så den skal kun betales én gang. Årets endelige regulering følger efter "
                + "regnskabsafslutningen i foråret.\n\nVestegnens Affaldsselskab I/S")
            .attach("application/pdf", "Acontobidrag-4kv.pdf", Attachments.pdf(docId(m, "vaf"), "Acontobidrag 4. kvartal 2036",
                List.of("Vestegnens Affaldsselskab I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "30000990201178"))));
        genuine(m, "127.91.3.1");
        m.description = "intermunicipal waste company's quarterly on-account contribution";
        m = ok("authority-notice", false);
        headers(m, "Beredskab Vestegnen, Forebyggelse", "forebyggelse@beredskab-vestegnen.dk", "ejendom@herlev.dk",
            "Brandsyn på Herlev Bibliotek")
            .text("Til " + KOMMUNE + ", Ejendomscentret\n\nVi gennemfører det periodiske brandsyn på Herlev Bibliotek i "
                + "januar. Tidspunktet aftales med jeres driftsleder. Brandsynet er gratis.\n\nBeredskab Vestegnen");
        genuine(m, "127.91.3.2");
        m.description = "fire service announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signeringsstuen.dk";
        headers(m, "Herlev Kunstforening via Signeringsstuen", "noreply@signeringsstuen.dk", "kultur@herlev.dk",
            "Til underskrift: udlånsaftale for udstilling")
            .header("Reply-To", "<formand@herlev-kunstforening.dk>")
            .text("Herlev Kunstforening har sendt jer 'Udlånsaftale - vinterudstilling i Rådhushallen' til underskrift.\n\n"
                + "Åbn dokumentet ved at logge på jeres konto hos Signeringsstuen.\n\nSigneringsstuen");
        genuine(m, "127.91.5.12");
        m.description = "real e-signature request from signeringsstuen.dk on behalf of the art society";
        m = ok("receipt", false);
        headers(m, "Herlev Isenkram", "kvittering@herlev-isenkram.dk", "idraet@herlev.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n4 forlængerledninger, 2 stiger. Betalt med kommunens indkøbskort.\n\nHerlev Isenkram");
        genuine(m, "127.91.3.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Herlev Gymnasium og HF", "okonomi@herlev-gymnasium-hf.dk", "okonomi@herlev.dk", "Indbetalingsadvis")
            .text("Hej\n\nVi har i dag overført 18.400 kr. for leje af Herlev Idrætscenter til sidste terminsprøve.\n\n"
                + "Herlev Gymnasium og HF");
        genuine(m, "127.91.3.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Hjortespring Boldklub", "kasserer@hjortespring-boldklub.dk", "idraet@herlev.dk", "Bekræftelse af banetider")
            .text("Hej\n\nVi bekræfter kommunens leje af kunstgræsbanen til skolernes stævne 12. december. Faktura følger på "
                + "EAN.\n\nKassereren, Hjortespring Boldklub");
        genuine(m, "127.91.3.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7230000032817409"), iban("DK", "89900004478123"), bank("5479", "0007741180"),
        iban("EE", "8722007719902214"), iban("PL", "611020105500003611278843"), iban("GB", "REVO04005567123409"),
        iban("IE", "AIBK93104722901356"), iban("NL", "BUNQ0782311450"), iban("DE", "701204005512883019"),
        iban("HU", "117730160000000093271845"), iban("RO", "BTRL0130120388417202"), iban("BG", "STSA93000024661782"),
        iban("CY", "005001200000001204558133"), bank("7681", "0001663402"), iban("MT", "MALT01100000000000022337801"),
        iban("SE", "50000000058291144780"), iban("LT", "3532500010288846"), iban("DK", "57010004733812")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 2, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nFra denne kvartalsafregning "
            + "håndteres opkrævningen for Herlev Varmeforsyning af det fælles afregningskontor, som vi har oprettet sammen med "
            + "to andre andelsværker på Vestegnen. Derfor er modtagerkontoen skiftet. Den kendte konto lukkes, når "
            + "vinterkvartalet er omme, og beløb, der sendes dertil, bliver sendt retur med et gebyr fra banken. Læg derfor "
            + "kun den konto ind, som står nederst i den vedhæftede afregning, og lad være med at bruge den, I har liggende i "
            + "kreditorsystemet. Vores kundecenter har travlt med omlægningen og kan bedst svare på mail.");
        forged(m, forgedHost++);
        m.description = "forged From herlev-varmeforsyning.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej annoncør\n\nOktobers annoncer i Kagsåposten er faktureret. Avisen drives "
            + "nu af en britisk udgiver, og alle betalinger går derfor til udgiverens konto i London, som står i fakturaen. "
            + "Betal ikke til den danske konto, der er opsagt. Lokalredaktionen på Herlev Hovedgade fortsætter som hidtil, men "
            + "bogholderiet er flyttet til udgiverens kontor i England.");
        forged(m, forgedHost++);
        m.description = "forged From kagsaaposten.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"herlev-varmeforsyning.com", varme, "Da vi skiftede kundesystem i sensommer, blev der sendt et "
            + "forkert kontonummer ud til en del af vores erhvervskunder, og det er desværre også havnet i jeres kartotek. "
            + "Vi har rettet fejlen hos os. Venligst betal denne afregning og alle kommende til kontoen, der er trykt på "
            + "PDF'en, så undgår vi at skulle rykke jer for beløb, der er endt det forkerte sted. Undskyld besværet."},
            {"hjortespring-anlag.dk", entrep, "Stien langs Kagsåen er færdig og afleveret til jeres vejafdeling, og "
                + "afspærringen ved broen er fjernet. Min søn har overtaget firmaet pr. 1. november, og med ejerskiftet fulgte "
                + "en ny bank. Derfor skal regningen betales til den konto, der står nederst, og ikke til den, I har brugt før. "
                + "Jeg håber, I var tilfredse med belægningen."},
            {"marielund-bygmarked.dk", byg, "Her kommer samlefakturaen for ugens afhentninger i trælasten på "
                + "Marielundvej, som jeres håndværkere har kvitteret for. Vores koncern har samlet alle butikkers indbetalinger "
                + "i én bank, og den tidligere konto tager ikke længere imod penge. Ret venligst kontoen i jeres system inden "
                + "betalingen."},
            {"herlev-bygade-el.dk", el, "Armaturerne i hal 2 i idrætscentret er skiftet til LED, og de gamle "
                + "lysstofrør er afleveret til genbrug. Vores revisor har flyttet virksomhedens betalinger til en ny bank i "
                + "forbindelse med årsafslutningen, så brug kontonummeret på fakturaen. Den gamle konto bliver nedlagt."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[4];
        m = bad("punycode-homoglyph");
        invoice(m, kontor.posing(d, kontor.account()), mule(11), 6, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2)),
            "", "Ordrekontoret sender hermed kvartalets afregning for papir, toner og mapper til Rådhuset og skolerne. Vi "
                + "har flyttet hele vores økonomifunktion til en ekstern partner, og i den forbindelse er betalingsoplysningerne "
                + "ændret. De nye oplysninger står på afregningen og gælder allerede nu. Kontakt os endelig her på mailen, hvis "
                + "jeres system driller med at oprette den nye konto.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as lindehoj-kontor.dk, new account";
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektøren", "direktion@" + d, "okonomi@herlev.dk", "Fortroligt: deponering inden frokost")
            .text("Hej\n\nSom du måske har hørt rygter om, ønsker Herlev at købe den tomme lagerhal på Skinderskovvej til en ny "
                + "genbrugsplads. Ejeren har en anden køber på hånden, men vil holde handlen til os, hvis hans advokat modtager "
                + "et depositum på fire hundrede og atten tusinde kroner på " + mule(14) + " før frokost. Skøde og "
                + "købsaftale sendes til byrådssekretariatet i eftermiddag. Indtil økonomiudvalget har fået sagen på bordet i "
                + "morgen, skal den holdes helt tæt; du må derfor kun skrive til mig her og ikke ringe eller spørge kollegerne."
                + "\n\nKommunaldirektøren");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as our municipality: secret land deposit before lunch";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Fakturavifte", "besked@fakturavifte-herlev.dk", "natur@herlev.dk",
            "Betalingspåmindelse - gebyr tilskrives i nat")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig som ubetalt. "
                + "Efter midnat lægges der gebyr på, og sagen sendes videre. Naturplejeren har bedt os minde jer om slåningen af engene "
                + "i Kagsmosen i september. Du kan betale med det samme med kort:</p><p><a href=\"https://"
                + "fakturavifte-herlev.dk/b/" + sha256("fv91").substring(0, 20) + "\">Betal nu</a></p><p>Fakturavifte</p>"
                + "</body></html>");
        ownedBy(m, "fakturavifte-herlev.dk");
        m.description = "look-alike of the platform fakturavifte.dk: card-payment link before a 'fee' in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Bilagsvogn", "noreply@bilagsvogn-hjortespring.com", "kultur@herlev.dk", smed.name() + " - regning klar til betaling")
            .text("Hej\n\nEn regning fra " + smed.name() + " for rækværket ved medborgerhuset venter på jer. Smedien har "
                + "solgt sine udeståender til Bilagsvogn, og vi står derfor for opkrævningen fremover. Pengene skal indbetales på "
                + "vores klientkonto " + mule(15) + " og må ikke gå direkte til værkstedet, for så bliver de ikke registreret.\n\n"
                + "Venlig hilsen\nBilagsvogn Opkrævning")
            .attach("application/pdf", "bilagsvogn-" + (5_100 + rnd.nextInt(800)) + ".pdf", pdfInvoice(m,
                smed.posing("bilagsvogn-hjortespring.com", mule(15)), "Faktura", "BV-" + (9_300 + rnd.nextInt(600)),
                amount(260_000), mule(15), 0, List.of("Opkræves af Bilagsvogn på vegne af smedien")));
        ownedBy(m, "bilagsvogn-hjortespring.com");
        m.description = "look-alike of bilagsvogn.com: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 0, List.of("Betales til factoringselskab"), "", "Rengøringen af Rådhuset, Jobcentret og "
            + "biblioteket er afregnet for perioden. Vi har indgået en aftale med et factoringselskab, der overtager vores "
            + "fakturaer, og denne skal derfor betales til " + mule(16) + ". Jeg er til branchemesse i Fredericia hele ugen og "
            + "svarer kun på mail, så ring venligst ikke til kontoret; de ved ikke noget om aftalen endnu.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of herlev-erhvervsrengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@herlev.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej kreditor\n\nJeg skriver i tråden om fakturaen for det trådløse net og skolernes Chromebooks, fordi der "
                + "er sket en fejl hos os: vores bank har midlertidigt frosset driftskontoen under en rutinegennemgang af "
                + "hvidvaskreglerne. Beløbet på " + p.amount().gross() + " kr. skal derfor denne ene gang sendes til vores "
                + "sekundære konto " + mule(17) + ". Når gennemgangen er slut, bruger I den sædvanlige konto igen. Sig til, når "
                + "det er sat i gang, så jeg kan holde øje med det.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of hjortespring-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "hjortespring-toemrer.net"}, {mad, "herlev-storkokken.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@herlev.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nJeg følger lige op på faktura " + p.no() + " fra oktober. Vores bogholder har, mens hun lukkede "
                    + "måneden, fundet ud af, at fakturaen blev dannet med en konto fra et gammelt skabelonark, som vi ikke har "
                    + "adgang til mere. Vil I være søde at sende beløbet til " + mule(i + 3) + " i stedet, og give mig en kort "
                    + "besked, når det er ændret i jeres kreditorsystem? Så kan jeg lukke sagen i vores ende.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        m.mailFrom = "borgmester@herlev.dk";
        headers(m, "Borgmesteren", "borgmester@herlev.dk", "okonomi@herlev.dk", "Tilskud til julearrangement - haster")
            .text("Hej\n\nJeg har lovet Herlev Bymidtes handelsforening et tilskud på 64.000 kr. til juletræstændingen på lørdag, og "
                + "orkestret skal have pengene i dag. Overfør dem til " + mule(1) + " og skriv 'jul' i teksten. Jeg sidder i møder "
                + "hele dagen, så svar blot her.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged From our own herlev.dk (p=reject): mayor's 'Christmas event grant' today";
        m = bad("own-domain-forged");
        m.mailFrom = "okonomichef@herlev.dk";
        headers(m, "Økonomichefen", "okonomichef@herlev.dk", "kreditor@herlev.dk", "Opdatér kreditor: Herlev VVS-Service")
            .text("Hej kreditor\n\nIndehaveren af Herlev VVS-Service ringede til mig i går aftes om, at de har skiftet bank efter "
                + "en uenighed om kassekreditten. Ret venligst deres konto til " + mule(13) + " før næste betalingskørsel, så "
                + "de ikke står uden penge til lønningerne. Jeg har selv godkendt ændringen, så du behøver hverken ringe til "
                + "dem eller lave den sædvanlige kontrol.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged From our own domain: 'finance manager' orders a supplier's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør (privat)", "kommunaldir.herlev@gmail.com", "okonomi@herlev.dk", "Er du ved dit skrivebord?")
            .text("Hej\n\nJeg er på KL's topmøde og kan kun bruge min private mail. Jeg skal have lavet en hurtig udenlandsk "
                + "overførsel for en konsulentopgave, der er aftalt fortroligt. Kan du klare det inden for en time? Jeg sender "
                + "oplysningerne, så snart du svarer.\n\nSendt fra min telefon");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail (DMARC pass for gmail.com): 'are you at your desk'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.herlev@outlook.com", "indkob@herlev.dk", "Gavekort til frivillige")
            .text("Hej Indkøb\n\nNaturlauget i Kagsmosen har ryddet pil og ordnet stier hele efteråret uden en krone i løn, og "
                + "det vil jeg gerne påskønne, før de holder juleafslutning i aften. Kan du på vej hjem hente femten digitale "
                + "oplevelsesbeviser til tusind kroner stykket i en kiosk og sende mig koderne fra bagsiden som foto? Udgiften "
                + "lægger du bare ud, så bliver den refunderet, når jeg igen sidder på Rådhuset i næste uge.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "mayor's gift-card request from outlook.com";

        // display-name-abuse
        m = bad("display-name-abuse");
        headers(m, "Herlev Storkøkken A/S", "herlev.storkoekken.regnskab@gmail.com", "kokken@herlev.dk",
            "Ændring af betalingsoplysninger")
            .text("Hej Produktionskøkken\n\nVores firmamail er nede efter opdateringen, derfor skriver vi herfra. Betal "
                + "venligst de kommende fakturaer til " + mule(8) + ", indtil vi får styr på systemet. Kontoen på fakturaerne "
                + "er ikke længere aktiv.\n\nRegnskab");
        genuine(m, GMAIL);
        m.description = "the food wholesaler's display name on gmail asks for a new account";
        m = bad("display-name-abuse");
        headers(m, "Lindehøj Elevatorservice ApS", "lindehoj.elevatorservice@outlook.com", "ejendomscenter@herlev.dk",
            "Faktura for udkald - betal til ny konto")
            .text("Hej Ejendomscenter\n\nHer er opgørelsen over udkaldene til elevatorerne i oktober, blandt andet de to gange "
                + "på Plejecenter Lindehøj. Vores server er ved at blive flyttet, så vi skriver midlertidigt fra denne adresse, "
                + "og samtidig har vi skiftet bank. Beløbet bedes overført til " + mule(9) + " inden fredag.\n\n"
                + "Med venlig hilsen\nServicekoordinatoren");
        genuine(m, MSFT);
        m.description = "the lift firm's display name on outlook.com, call-outs to a new HU account";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Nadia Hansen", "nadia.hansen.herlev@gmail.com", "lon@herlev.dk", "Ny lønkonto")
            .text("Hej Løn\n\nJeg er social- og sundhedsassistent på Plejecenter Lindehøj og har fået en ny bank. Vil I ændre min "
                + "lønkonto til " + mule(13) + " fra lønnen i denne måned? Jeg kan ikke komme på personalemappen hjemmefra.\n\n"
                + "Tak, Nadia");
        genuine(m, GMAIL);
        m.description = "payroll change request for a care assistant from gmail";
        m = bad("payroll-account-change");
        headers(m, "Kasper Mørk", "kasper.moerk@hotmail.com", "lon@herlev.dk", "Løn til udenlandsk konto")
            .text("Hej\n\nJeg arbejder som pedel på Herlev Byskole, men flytter til min kæreste i Irland efter jul og vil gerne "
                + "have min sidste løn og feriepenge sat ind på " + mule(6) + ". Kan det nås inden lønkørslen?\n\nHilsen Kasper");
        genuine(m, MSFT);
        m.description = "payroll change to an IE account from hotmail";

        // fake-reminder-inkasso
        Supplier[] debt = {kontor, vognmand};
        for (int i = 0; i < debt.length; i++) {
            p = past.get(debt[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Herlev Inkasso, Retsafdelingen", "sag@herlev-inkasso.dk", "kreditor@herlev.dk",
                "Inkassovarsel - sag " + (77_000 + rnd.nextInt(2_000)))
                .text("Til " + KOMMUNE + "\n\n" + debt[i].name() + " har bedt os inddrive fakturanummer " + p.no() + ", som "
                    + "efter kreditors oplysninger aldrig er blevet betalt trods flere påmindelser. Med renter, kompensation og "
                    + "vores salær er kravet vokset, og den samlede opgørelse står i sagsakterne. "
                    + (i == 0 ? "Vi gør opmærksom på, at en offentlig myndighed, der ikke betaler sine leverandører, risikerer "
                        + "omtale i pressen, når sagen kommer for retten."
                        : "Kommunen er tidligere varslet skriftligt, og vi har ikke modtaget indsigelser inden for fristen.")
                    + " Indbetal hele beløbet til klientkontoen " + mule(i == 0 ? 10 : 12) + " senest på torsdag; ellers "
                    + "sender vi sagen til fogedretten og anmoder om udlæg uden at skrive igen.\n\nHerlev Inkasso");
            ownedBy(m, "herlev-inkasso.dk");
            m.description = "fake debt collection citing " + debt[i].domain() + "'s real wave-1 invoice number";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@mitid-herlev.com", "okonomi@herlev.dk", "Din MitID Erhverv-adgang skal fornyes")
            .html("<html><body><p>Kære bruger</p><p>Jeres organisations MitID Erhverv-certifikat udløber om 48 timer. Når det "
                + "udløber, kan I ikke længere godkende betalinger eller læse Digital Post.</p><p><a href=\"https://mitid-herlev.com/"
                + "forny\">Forny adgangen</a></p><p>Med venlig hilsen<br>MitID Erhverv</p></body></html>");
        ownedBy(m, "mitid-herlev.com");
        m.description = "fake MitID Erhverv renewal link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "meddelelse@digitalpost-hjortespring.net", "kreditor@herlev.dk",
            "Ulæst brev: tilbagebetaling af moms")
            .html("<html><body><p>Du har et ulæst brev fra Skattestyrelsen om en tilbagebetaling af for meget betalt "
                + "købsmoms.</p><p>Brevet slettes om tre dage, hvis det ikke åbnes.</p><p><a href=\"https://"
                + "digitalpost-hjortespring.net/laes\">Åbn brevet med MitID</a></p></body></html>");
        ownedBy(m, "digitalpost-hjortespring.net");
        m.description = "fake Digital Post letter about a VAT refund: credential link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "P-kontrol Herlev", "kontrol@herlev-parkering.dk", "teknik@herlev.dk", "Kontrolafgift for servicebil")
            .text("En af kommunens hvide servicebiler holdt i tirsdags over en time på en plads for elbiler i p-kælderen under "
                + "Herlev Bymidte uden at lade. Kontrolafgiften betales nemmest ved at scanne QR-koden i bilaget med din "
                + "telefon; så slipper I for et opkrævningsgebyr.\n\nP-kontrol Herlev")
            .attach("image/png", "betal-kontrolafgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "herlev-parkering.dk");
        m.description = "fake parking fee with a QR code to pay";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "aftaler@kagsmosen-betaling.com", "okonomi@herlev.dk", "Afvist betalingsaftale")
            .text("Hej\n\nEn af jeres faste betalingsaftaler blev afvist ved seneste trækning. Scan koden for at bekræfte aftalen "
                + "igen, ellers tillægges et gebyr.")
            .attach("image/png", "bekraeft.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "kagsmosen-betaling.com");
        m.description = "'rejected direct-debit agreement' QR code";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        headers(m, rengoer.person(), "kontor@herlev-erhvervsrengoring.dk", "kreditor@herlev.dk", "Faktura " + no + " (pakket)")
            .text("Hej\n\nVi prøvede at sende novembers faktura for rengøringen i går, men jeres mailsystem sendte den retur, "
                + "fordi PDF-filen var for stor. Derfor kommer den nu pakket i en zip-fil, som åbnes ved at dobbeltklikke. Læs "
                + "også den lille tekstfil, der ligger sammen med fakturaen.\n\nKontoret")
            .attach("application/zip", "faktura_" + no + ".zip", Attachments.zip("faktura_" + no + ".pdf", Attachments.pdf(
                docId(m, "zip"), "Faktura " + no, List.of(rengoer.name(), "Rengøring november", "Betaling til " + mule(3))),
                "VIGTIGT.txt", "Betal til den nye konto i fakturaen."));
        ownedBy(m, "herlev-erhvervsrengoring.dk");
        m.description = "invoice PDF in a ZIP from a look-alike of the cleaning firm";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        headers(m, vvs.person(), "vaerksted@herlev-vvsservice.net", "teknik@herlev.dk", "Regning " + no)
            .text("Regningen ligger i det komprimerede bilag. Adgangskode er ikke nødvendig.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "Regning_" + no + ".7z", Attachments.sevenZip("Regning_" + no + ".pdf",
                Attachments.pdf(docId(m, "7z"), "Regning " + no, List.of(vvs.name(), "Service varmtvand", "Konto " + mule(4)))));
        ownedBy(m, "herlev-vvsservice.net");
        m.description = "invoice PDF in a 7z from a look-alike of the plumber";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@lindehoj-kontorforsyning.dk", "indkob@herlev.dk", "Tilbud og ordrebekræftelse")
            .text("Hej Indkøb\n\nTilbuddet på næste års kopipapir er vedhæftet. Klik 'Aktivér indhold' for at se priserne.\n\n"
                + "Ordrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Tilbud_2037.docm", Attachments.word(
                "Tilbud kopipapir 2037\nAktivér indhold for at se priser\nBetaling: " + mule(7), true));
        ownedBy(m, "lindehoj-kontorforsyning.dk");
        m.description = "macro-enabled .docm from a look-alike of the office-supply firm";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@hjortespring-it.net", "it@herlev.dk", "Opgørelse Chromebooks november")
            .text("Hej IT\n\nOpgørelsen over Chromebooks og licenser for november ligger i regnearket. Det er bygget med "
                + "formler, der henter priserne fra vores prisliste, så du skal trykke på knappen om at slå makroer til, ellers "
                + "står felterne tomme.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Opgoerelse_nov.xlsm", Attachments.excel(List.of(
                "Chromebooks november 2036", "Licens og drift 380 enheder", "Betaling til " + mule(12)), true));
        ownedBy(m, "hjortespring-it.net");
        m.description = "macro-enabled .xlsm from a look-alike of the IT firm, new account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "kim@marielund-malerforretning.dk", "aeldre@herlev.dk", "Regning malerarbejde")
            .text("Hej Ældre og Sundhed\n\nMalingen af gangene på plejecentret blev færdig i fredags. Min computer er gået ned, så "
                + "regningen er fotograferet med mobilen fra papirudgaven. Læg mærke til, at jeg bruger en anden bank nu, og "
                + "at kontonummeret derfor er nyt.\n\nKim")
            .attach("image/jpeg", "20361120_093312.jpg", Attachments.image(docId(m, "jpg"), "jpg"));
        ownedBy(m, "marielund-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of marielund-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "bent@holdan-transport-herlev.dk", "natur@herlev.dk", "Faktura kørsel Kagsåparken")
            .text("Hej\n\nFakturaen for kørslen i Kagsåparken er scannet og vedlagt. Vi har fået ny konto, den står på "
                + "fakturaen.\n\nBent")
            .attach("application/pdf", "Scan_20361121.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "holdan-transport-herlev.dk");
        m.description = "scanned image-only PDF from a look-alike of holdan-transport.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        Amount a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "ms@hjortespring-anlaeg.net", "efaktura@herlev.dk", "E-faktura " + no + " som fil")
            .text("Hej\n\nVi har fået nyt økonomisystem, som endnu ikke er koblet på NemHandel, så fakturaen kommer som XML her. "
                + "Læg mærke til den nye betalingskonto i filen.\n\n" + entrep.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "HK-" + (73_000 + rnd.nextInt(500))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "hjortespring-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(bus);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, bus.name(), "koersel@herlev-koerselsservice.net", "efaktura@herlev.dk", "OIOUBL " + no)
            .text("OIOUBL-filen for novembers kørsel er vedhæftet. Kontoen er ændret efter vores bankskifte.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, bus, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "HK-" + (73_600 + rnd.nextInt(500))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "herlev-koerselsservice.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of herlev-koerselsservice.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signer Herlev", "dokument@signer-herlev.dk", "kultur@herlev.dk", "Herlev Kunstforening afventer din signatur")
            .html("<html><body><p>Du skal underskrive 'Forsikringstillæg - vinterudstillingen'. Linket er kun gyldigt i dag.</p>"
                + "<p><a href=\"https://signer-herlev.dk/d/" + sha256("sg91").substring(0, 16) + "\">Åbn og underskriv</a>"
                + "</p></body></html>");
        ownedBy(m, "signer-herlev.dk");
        m.description = "fake e-signature request imitating the art society's real loan agreement";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@skinderskov-dokumenter.net", "ejendom@herlev.dk", "Lejekontrakt til signering")
            .html("<html><body><p>En lejekontrakt for lagerlokaler på Skinderskovvej afventer jeres underskrift. Log ind med "
                + "din Microsoft-arbejdskonto for at se dokumentet.</p><p><a href=\"https://skinderskov-dokumenter.net/login\">"
                + "Log ind</a></p></body></html>");
        ownedBy(m, "skinderskov-dokumenter.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@herlev-koerselsservice.net", "kreditor@herlev.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Goddag kreditor\n\nVores leasingselskab for minibusserne til Kildegårdskolen har fået transport i en del af "
                + "vores indtægter, indtil de nye lifte i bussernes bagende er betalt af. Derfor beder vi jer fordele "
                + "fakturabeløbet på " + p.no() + ": den ene halvdel sendes som normalt til os, den anden halvdel direkte til "
                + "leasingselskabets konto " + mule(9) + ". Husk fakturanummeret i teksten på begge poster, så "
                + "kørselskontoret kan afstemme det.\n\nKørselskontoret");
        ownedBy(m, "herlev-koerselsservice.net");
        m.description = "split payment on the transport firm's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@herlev-vvs-aps.dk", "kreditor@herlev.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nEt spørgsmål om faktura " + p.no() + " for varmtvandsbeholderne på Lindehøjskolen: vil I betale "
                + "femogtyve tusinde af beløbet til vores normale konto og resten til " + mule(10) + "? Vores revisor vil have en "
                + "del af årets omsætning holdt på en separat konto på grund af en verserende skattesag.\n\nVærkstedet");
        ownedBy(m, "herlev-vvs-aps.dk");
        m.description = "split payment on Herlev VVS-Service's real wave-1 invoice";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "DNS Fornyelse", "fornyelse@herlev-dns-fornyelse.net", "it@herlev.dk", "herlev.dk udløber om 5 dage")
            .text("Kære domæneindehaver\n\nRegistreringen af herlev.dk og seks tilknyttede domæner, blandt andet for biblioteket "
                + "og idrætscentret, løber ud i næste uge. Fornyer I ikke nu for tre år, frigives navnene, og så kan en anden "
                + "registrere dem og omdirigere kommunens mail. Prisen står i den vedhæftede opkrævning og indbetales på "
                + mule(0) + " med domænenavnet som tekst.\n\nDNS Fornyelse")
            .attach("application/pdf", "Fornyelse_herlev.dk.pdf", Attachments.pdf(docId(m, "dns"), "Fornyelse af domæner",
                List.of("herlev.dk + 6 domæner, 3 år", "Pris 7.450,00 + moms", "Betaling " + mule(0))));
        ownedBy(m, "herlev-dns-fornyelse.net");
        m.description = "fake domain renewal invoice for herlev.dk (LT IBAN)";
        m = bad("fake-domain-renewal");
        headers(m, "Skinderskov Webhotel", "kunde@skinderskov-webhotel.com", "bibliotek@herlev.dk",
            "Sidste varsel: webhotel for bibliotekets side lukkes")
            .text("Hej\n\nAbonnementet på webhotellet til bibliotekets arrangementsside er ikke fornyet. Siden og alle mails "
                + "slettes på mandag. Betal årsgebyret på 2.995 kr. til " + mule(16) + " for at beholde den.\n\nSkinderskov "
                + "Webhotel");
        ownedBy(m, "skinderskov-webhotel.com");
        m.description = "fake web-hosting renewal for the library's events page";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-lift-inspection-invoice
        M m = bad("fake-lift-inspection-invoice");
        invoice(m, lift.posing("lindehoj-elevatorservice.com", lift.account()), mule(0), 9,
            List.of("Serviceaftale " + liftAgreement + " - nødudkald"), "", "Natten til søndag sad en beboer fast i elevatoren på "
                + "Plejecenter Lindehøj, og vores montør blev kaldt ud og skiftede en defekt dørlås. Udkaldet ligger uden for "
                + "serviceaftalen og afregnes særskilt med det samme. Vi er skiftet til en ny bank, så betal til kontoen på "
                + "fakturaen.");
        ownedBy(m, "lindehoj-elevatorservice.com");
        m.description = "look-alike of the lift firm cites its real agreement number, 'night call-out for a trapped resident' (LT IBAN)";
        m = bad("fake-lift-inspection-invoice");
        headers(m, "Herlev Elevatorkontrol", "rapport@herlev-elevatorkontrol.dk", "ejendom@herlev.dk",
            "Lovpligtigt elevatoreftersyn overskredet - 11 anlæg")
            .text("Til Ejendomscentret\n\nVores register viser, at 11 af kommunens elevatoranlæg ikke har haft det årlige "
                + "lovpligtige eftersyn inden fristen. For at undgå påbud og driftsstop har vi reserveret inspektører i næste "
                + "uge. Gebyret for eftersyn og indberetning, 31.900 kr. inkl. moms, skal være indbetalt på " + mule(4)
                + " senest fredag, ellers melder vi anlæggene som ulovlige i drift.\n\nHerlev Elevatorkontrol")
            .attach("application/pdf", "Eftersyn_11_anlaeg.pdf", Attachments.pdf(docId(m, "ek91"), "Opkrævning elevatoreftersyn",
                List.of("Herlev Elevatorkontrol", "11 anlæg, årligt eftersyn og indberetning", "I alt inkl. moms 31.900,00",
                    "Indbetaling " + mule(4))));
        ownedBy(m, "herlev-elevatorkontrol.dk");
        m.description = "unknown 'inspection body' says the statutory lift inspections are overdue, pay by Friday (PL IBAN)";
        m = bad("fake-lift-inspection-invoice");
        headers(m, "Marielund Liftteknik", "service@marielund-liftteknik.dk", "aeldre@herlev.dk",
            "Årstjek af loftlifte og trappelifte - forudbetaling")
            .text("Hej Ældre og Sundhed\n\nSom opfølgning på jeres henvendelse i sommer har vi sat årstjekket af loftlifte og "
                + "trappelifte i plejeboligerne i Hjortespring på planen i uge 50. For at holde teknikerne reserveret skal "
                + "halvdelen af prisen, 18.750 kr., betales forud til " + mule(7) + ".\n\nMarielund Liftteknik");
        ownedBy(m, "marielund-liftteknik.dk");
        m.description = "'your enquiry last summer': prepayment for a yearly check of ceiling and stair lifts (NL IBAN)";

        // fake-grease-separator-emptying-invoice
        m = bad("fake-grease-separator-emptying-invoice");
        invoice(m, fedt.posing("skinderskov-miljoe.net", fedt.account()), mule(3), 12,
            List.of("Tømningsordning " + greaseScheme + " - ekstratømning"), "", "Produktionskøkkenets fedtudskiller løb over "
                + "i weekenden, og vores slamsuger rykkede ud med det samme for at undgå tilstopning af kloakken. Ekstratømningen "
                + "er ikke med i tømningsordningen og faktureres for sig. Bemærk vores nye kontonummer på fakturaen; den gamle "
                + "konto er lukket.");
        ownedBy(m, "skinderskov-miljoe.net");
        m.description = "look-alike of the environmental service cites its real scheme number, 'overflow call-out' (EE IBAN)";
        m = bad("fake-grease-separator-emptying-invoice");
        headers(m, "Herlev Fedtudskiller-registret", "registrering@herlev-fedtudskiller.dk", "kokken@herlev.dk",
            "Manglende registrering af fedtudskillere")
            .text("Til køkkenlederen\n\nEfter de nye regler for spildevand fra storkøkkener skal alle fedtudskillere registreres "
                + "og have et tømningscertifikat. Jeres 9 udskillere er ikke registreret. Registreringsgebyret på 12.600 kr. "
                + "betales til " + mule(11) + " inden otte dage; herefter udstedes certifikaterne.\n\nRegistreringskontoret");
        ownedBy(m, "herlev-fedtudskiller.dk");
        m.description = "'registration fee' for the kitchens' grease separators under invented rules (BG IBAN)";
        m = bad("fake-grease-separator-emptying-invoice");
        headers(m, "Kagsmosen Slamsugning", "drift@kagsmosen-slamsugning.dk", "skoler@herlev.dk",
            "Faktura: nattømning af fedtudskiller, Hjortespringskolen")
            .text("Hej\n\nVi blev kaldt ud af skolens pedel natten til onsdag, fordi fedtudskilleren ved skolekøkkenet lugtede og "
                + "stod højt. Tømning, spuling og bortskaffelse af 3 m3 slam koster 14.375,00 kr. inkl. moms. Betal venligst "
                + "til " + mule(5) + " inden fem dage.\n\nKagsmosen Slamsugning")
            .attach("application/pdf", "nattoemning.pdf", Attachments.pdf(docId(m, "ks91"), "Faktura nattømning",
                List.of("Kagsmosen Slamsugning", "Nattømning fedtudskiller, Hjortespringskolen", "3 m3 slam, spuling",
                    "I alt 14.375,00 inkl. moms", "Konto " + mule(5))));
        ownedBy(m, "kagsmosen-slamsugning.dk");
        m.description = "unknown firm bills a 'night emptying' of a school kitchen's grease separator (GB IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus91().generate(), List.of(
            "# Herlev Kommune, Økonomi: invoice checks (ninety-first held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=herlev-varmeforsyning.dk hjortespring-anlaeg.dk lindehoj-elevator.dk "
                + "skinderskov-miljoe.dk hjortespring-toemrer.dk marielund-maler.dk herlev-erhvervsrengoering.dk kagsaaposten.dk "
                + "holdan-transport.dk bygade-el.dk herlev-vvs-service.dk herlev-storkoekken.dk marielund-byggemarked.dk "
                + "hjortespring-itdrift.dk herlev-koerselsservice.dk lindehoj-kontor.dk",
            "invoice.domains.platforms=fakturavifte.dk bilagsvogn.com kontantkurv.dk regningstog.io",
            "invoice.names.protected=Herlev Kommune"));
    }
}
