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
 * The seventy-fifth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Høje-Taastrup Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, culture,
 * schools, elderly care and property mailboxes; town hall Bygaden 2, 2630 Taastrup) on Copenhagen's western edge: Taastrup,
 * Høje Taastrup with its station and the wholesale market, Hedehusene and the new town Nærheden, Fløng, Reerslev, Sengeløse,
 * Vridsløsemagle with Kroppedal Museum and Ole Rømer's observatory, Soderup and Baldersbrønde, and the former gravel pits of
 * Hedeland with their open-air amphitheatre; sixteen listed suppliers from those places in every DNS posture real Danish firms
 * have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code fakturlinje.dk}, {@code
 * kasseflow.com}, {@code notaflow.io}, {@code postkurv.dk}), a sound and stage firm running the amphitheatre in Hedeland, an
 * optics workshop servicing the observatory's telescopes, sole traders on free mail, foreign suppliers, SaaS ({@code
 * skemaro.io}, {@code vagtly.dk}), an ESP ({@code udsendly.com}), an e-signature service ({@code signerly.dk}), banks, a
 * creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a place name of the
 * municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known suppliers
 * on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes,
 * archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature requests, domain-renewal
 * invoices, payroll changes, look-alikes, homoglyphs) and two kinds new here: sound, light or stage rigging for concerts in
 * the Hedeland amphitheatre billed by someone who never rigged it (fake-hedeland-amphitheatre-sound-invoice), and cleaning,
 * collimation or repair of the telescopes at the Kroppedal observatory billed to a new account
 * (fake-kroppedal-observatory-telescope-invoice). The invoice engine, its tests, tuning notes and earlier results were not
 * read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its
 * computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus75GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus75 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout75");
    public static final String OWN = "htk.dk";
    static final String FRAUD_NET = "127.175.";
    private static final String OWN_IP = "127.75.0.1";
    private static final String EAN = "5798000220131";
    private static final String KOMMUNE = "Høje-Taastrup Kommune";
    private static final String RAADHUS = "Bygaden 2, 2630 Taastrup";
    private static final String HOSTER_IP = "127.75.9.1";
    private static final String GMAIL = "127.77.1.1";
    private static final String MSFT = "127.77.2.1";
    private static final String APPLE = "127.77.5.1";

    private final Random rnd = new Random(75_2630_0075L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The sound firm's season contract for the Hedeland amphitheatre (the frauds cite it). */
    private String stageContract;
    /** The optics workshop's instrument register number for the observatory (the frauds cite it). */
    private String scopeRegister;

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

    private final Supplier varme = new Supplier("Hedehusene Fjernvarme a.m.b.a.", "hedehusene-fjernvarme.dk", "Kundecenter",
        "kundecenter", "127.75.1.1", iban("DK", "23930007512044"), "fjernvarme til Rådhuset, Taastrup Bibliotek og Plejecenter Torstorp");
    private final Supplier entrep = new Supplier("Reerslev Anlæg ApS", "reerslev-anlaeg.dk", "Kasper Lindberg", "kl",
        "127.75.1.2", bank("2393", "7510338812"), "ny belægning og regnvandsbassin ved Reerslev Skole");
    private final Supplier lyd = new Supplier("Hedeland Scene & Lyd ApS", "hedeland-scenelyd.dk", "Rikke Thorsen", "rikke",
        "127.75.1.3", bank("5301", "0007522190"), "lyd, lys og scenerigning i Hedeland Amfiteater");
    private final Supplier optik = new Supplier("Kroppedal Optik & Instrument ApS", "kroppedal-optik.dk", "Instrumentværkstedet",
        "vaerksted", "127.75.1.4", iban("DK", "53010007533817"), "eftersyn og justering af teleskoperne i observatoriet på "
        + "Kroppedal");
    private final Supplier maler = new Supplier("Fløng Malerforretning v/ Tina Holm", "flong-maler.dk", "Tina Holm", "tina",
        "127.75.1.5", bank("2393", "7510349920"), "maling af gange og klasselokaler, Fløng Skole");
    private final Supplier toemrer = new Supplier("Sengeløse Tømrer & Snedker ApS", "sengelose-toemrer.dk", "Bjarne Kirk", "bk",
        "127.75.1.6", bank("5301", "0007540066"), "nye døre og skabe i køkkenet, Sengeløse Børnehus");
    private final Supplier rengoer = new Supplier("Taastrup Rengøring A/S", "taastrup-rengoering.dk", "Fakturering", "faktura",
        "127.75.1.7", iban("DK", "23930007555101"), "daglig rengøring af Rådhuset, Jobcentret og Taastrupgårdskolen");
    private final Supplier avis = new Supplier("Vestegnens Lokalblad", "vestegnens-lokalblad.dk", "Annonceafdelingen",
        "annonce", "127.75.1.8", iban("DK", "53010007561348"), "annoncer om lokalplan for Nærheden og jobopslag i ældreplejen");
    private final Supplier vognmand = new Supplier("Vridsløsemagle Vognmandsforretning ApS", "vridslosemagle-vognmand.dk",
        "Gitte Nørgaard", "gitte", "127.75.1.9", bank("2393", "7510372254"), "kørsel med grus og jord til stierne i Hedeland");
    private final Supplier el = new Supplier("Taastrup El-Service ApS", "taastrup-elservice.dk", "Morten Skov", "ms", HOSTER_IP,
        bank("5301", "0007579933"), "nye LED-armaturer og tavleeftersyn, Taastrup Idrætspark");
    private final Supplier vvs = new Supplier("Hedehusene VVS ApS", "hedehusene-vvs.dk", "Kontoret", "kontor", "127.75.1.11",
        bank("2393", "7510384410"), "udskiftning af radiatorventiler og vandvarmere, Hedehusene Skole");
    private final Supplier mad = new Supplier("Taastrup Storkøkken A/S", "taastrup-storkoekken.dk", "Storkøkkenet, Økonomi",
        "oekonomi", "127.75.1.12", iban("DK", "53010007597722"), "mad til hjemmeboende borgere og plejecentrene");
    private final Supplier byg = new Supplier("Høje Taastrup Trælast A/S", "hoejetaastrup-traelast.dk", "Proffen", "proff",
        "127.75.1.13", iban("DK", "23930007603115"), "trælast og byggevarer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Vestegnens IT-Drift ApS", "vestegnens-itdrift.dk", "Bogholderiet", "bogholderi",
        "127.75.1.14", bank("5301", "0007618845"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Taastrup Turistbusser ApS", "taastrup-turistbusser.dk", "Disponenten", "dispo",
        "127.75.1.15", bank("2393", "7510627730"), "skolekørsel Reerslev-Fløng-Hedehusene og kørsel til lejrskoler");
    private final Supplier kontor = new Supplier("Fløng Kontorforsyning ApS", "flong-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.75.1.16", iban("DK", "53010007634402"), "kopipapir, toner og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Soderup Smedie v/ Palle Krog", "soderup-smedie.dk", "Palle Krog", "palle",
        "127.75.2.1", bank("2393", "7510641187"), "nyt gelænder ved gangbroen over Baldersbækken");
    private final Supplier natur = new Supplier("Hedeland Naturpleje v/ Mette Krog", "hedeland-naturpleje.dk", "Mette Krog",
        "mette", "127.75.2.2", bank("5301", "0007652215"), "afgræsning med får og rydning af tjørn på skrænterne i Hedeland");
    private final Supplier guide = new Supplier("Byvandring v/ Søren Bak", "gmail.com", "Søren Bak", "soeren.bak.byvandring",
        GMAIL, bank("2393", "7510663348"), "byvandringer i gamle Taastrup for 5. årgang, 3 hold");
    private final Supplier tolk = new Supplier("Tolk v/ Leyla Demir", "outlook.com", "Leyla Demir", "leyla.demir.tolk", MSFT,
        bank("5301", "0007674471"), "tolkning tyrkisk-dansk, Jobcenter Høje-Taastrup, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Poul Riis", "icloud.com", "Poul Riis", "poul.riis.harmonika",
        APPLE, bank("2393", "7510685504"), "eftermiddagsmusik på Plejecenter Torstorp og Blåkildegården");
    private final Supplier tysk = new Supplier("Hamburger Bühnentechnik GmbH", "hamburger-buehnentechnik.de", "Buchhaltung",
        "buchhaltung", "127.75.7.1", iban("DE", "200400600075220199"), "Ersatzteile für die Bühnentraversen, Hedeland");
    private final Supplier svensk = new Supplier("Lunds Teleskopservice AB", "lunds-teleskopservice.se", "Fakturor", "faktura",
        "127.75.7.2", iban("SE", "40500000057522014481"), "okularer och spegelrengöring till observatoriet");

    private final List<Supplier> listed = List.of(varme, entrep, lyd, optik, maler, toemrer, rengoer, avis, vognmand, el, vvs,
        mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name of the municipality; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"hedehusene-fjernvarme.com", "reerslev-anlaeg.com", "hoejetaastrup-trae.dk",
        "taastrup-el-service.dk", idn("h\u043eejetaastrup-traelast.dk"), idn("taastrup-st\u043erkoekken.dk"),
        "fakturlinje-taastrup.dk", "kasseflow-hedehusene.com", "sengelose-tomrer.dk", "taastrup-storkokken.dk",
        "taastrup-inkasso.dk", "mitid-taastrup.com", "digitalpost-hedehusene.com", "taastrup-parkering.dk", "reerslev-betaling.net",
        "taastrup-rengoring.dk", "hedehusene-vvs.net", "flong-kontorforsyning.net", "taastrup-itdrift.net", "flong-malerfirma.dk",
        "vridslosemagle-vognmand.net", "reerslev-anlaeg.net", "signerly-flong.dk", "hedeland-esign.net",
        "taastrup-turistbusser.net", "hedehusene-vvs-aps.dk", "dk-domaene-taastrup.com", "hedehusene-hosting.net",
        "hedeland-scenelyd.com", "hedeland-eventteknik.dk", "baldersbronde-lydudlejning.dk", "kroppedal-optik.net",
        "kroppedal-stjernevagt.dk", "vridslosemagle-teleskop.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(lyd.domain(), List.of(lyd.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(optik.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.75.98.4"), "~all", null, "none"); // SPF names only its route planner
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.75.1.23"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vestforbraending-ejer.dk", List.of("127.75.41.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kroppedal-museum.dk", List.of("127.75.42.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("taastrup-idraetsforening.dk", List.of("127.75.43.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestegnens-revisorer.dk", List.of("127.75.44.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hedehusene-jernhandel.dk", List.of("127.75.45.1"), "-all", null, "none");
        domain("arbejdstilsynet-besog.dk", List.of("127.75.46.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("taastrup-teaterforening.dk", List.of("127.75.47.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("fakturlinje.dk", List.of("127.75.51.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kasseflow.com", List.of("127.75.52.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("notaflow.io", List.of("127.75.53.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("postkurv.dk", List.of("127.75.54.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("vestegnens-bank.dk", List.of("127.75.61.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("koege-bugt-andelskasse.dk", List.of("127.75.62.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkreds-vestegnen.dk", List.of("127.75.63.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sjaellands-kreditorer.dk", List.of("127.75.64.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestegnens-indkoeb.dk", List.of("127.75.65.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("udsendly.com", List.of("127.75.66.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelalarm-vestegnen.dk", List.of("127.75.67.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.taastrup-fibernet.dk", List.of("127.75.68.1"), "-all", null, null);
        domain("relay.hedehusene-net.dk", List.of("127.75.69.1"), "-all", null, null);
        domain("skemaro.io", List.of("127.75.70.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtly.dk", List.of("127.75.71.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signerly.dk", List.of("127.75.72.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"reject", "none", "quarantine", null, "none", "reject", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 5 ? null : i % 4 == 3 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 3 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no75:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "HT-" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "INV-36-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "2036-" + (1_100 + rnd.nextInt(800));
            default:
                return "T" + (71_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@htk.dk", "efaktura@htk.dk", "kreditor@htk.dk", "oekonomi@htk.dk",
        "teknik@htk.dk", "skole@htk.dk", "omsorg@htk.dk", "kultur@htk.dk", "ejendomscenter@htk.dk", "indkoeb@htk.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf75:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr75:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(83_000_000 + Math.floorMod(sha256("fi75:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "hedehusene-fjernvarme.dk" -> "Hovedgaden 420, 2640 Hedehusene";
            case "reerslev-anlaeg.dk" -> "Reerslev Bygade 31, 2640 Hedehusene";
            case "hedeland-scenelyd.dk" -> "Stærkendevej 232, 2640 Hedehusene";
            case "kroppedal-optik.dk" -> "Kroppedals Allé 7, 2630 Taastrup";
            case "flong-maler.dk" -> "Fløng Byvej 18, 2640 Hedehusene";
            case "sengelose-toemrer.dk" -> "Sengeløse Bygade 44, 2630 Taastrup";
            case "taastrup-rengoering.dk" -> "Taastrupgårdsvej 61, 2630 Taastrup";
            case "vestegnens-lokalblad.dk" -> "Køgevej 12, 2630 Taastrup";
            case "vridslosemagle-vognmand.dk" -> "Vridsløsemaglevej 90, 2630 Taastrup";
            case "taastrup-elservice.dk" -> "Helgeshøj Allé 17, 2630 Taastrup";
            case "hedehusene-vvs.dk" -> "Stationsvej 6, 2640 Hedehusene";
            case "taastrup-storkoekken.dk" -> "Høje Taastrup Boulevard 29, 2630 Taastrup";
            case "hoejetaastrup-traelast.dk" -> "Husmandsvej 3, 2630 Taastrup";
            case "vestegnens-itdrift.dk" -> "Carl Gustavs Gade 5, 2630 Taastrup";
            case "taastrup-turistbusser.dk" -> "Kuldyssen 14, 2630 Taastrup";
            case "flong-kontorforsyning.dk" -> "Gadehavegårdsvej 2, 2630 Taastrup";
            case "soderup-smedie.dk" -> "Soderupvej 8, 2630 Taastrup";
            case "hedeland-naturpleje.dk" -> "Vesterkøb 3, 2640 Hedehusene";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a letterhead invoice with a line table and an "amount due" block; a service report
     * with labour, vehicle and spare parts and the FI line (card 71); a quarterly charge with meter and fixed fee and the FI
     * line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no + " - " + s.name();
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Faktureres til: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Udstedt " + dottedDay(m, 0) + " | Vores reference: " + s.person());
                l.add("Linje 1: " + s.what());
                l.add("Beløb uden moms " + a.net() + " | Moms 25 % " + a.vat() + " | Beløb til betaling kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist: " + dottedDay(m, 30) + " (løbende måned + 30 dage)");
                if (account != null) {
                    l.add("Vores bankkonto: " + account + ". Oplys venligst fakturanr. ved betaling.");
                }
            }
            case 1 -> {
                head = "Servicerapport / faktura " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " (EAN " + EAN + ") - udført: " + s.what());
                long hours = a.ore() * 48 / 100;
                long drive = a.ore() * 9 / 100;
                l.add("Montørtimer " + kr(hours) + " / Servicebil " + kr(drive) + " / Dele og forbrug " + kr(a.ore() - hours - drive));
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = i alt " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + writtenDay(m, 21) + (account == null ? "" : ", til konto " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Kvartalsopkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Aftalenr. " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - " + KOMMUNE);
                l.add("Periode fra " + dottedDay(m, -90) + " til " + dottedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast bidrag " + kr(fixed) + " - Variabelt efter måling " + kr(a.ore() - fixed));
                l.add("I alt før moms " + a.net() + " - heraf moms " + a.vat() + " - Total kr. " + a.gross());
                l.addAll(more);
                l.add("Betales senest " + dottedDay(m, 14) + (account == null ? "" : " - indbetaling til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "HTK-" + no + ".pdf", "Fak-" + no + ".pdf",
            "invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Høje-Taastrup", "Til Kreditorbogholderiet", "Hej", "Godmorgen",
        "Att. kreditor", "Kære Høje-Taastrup Kommune", "Hej regnskab", "Til Økonomi"};

    private String phone() {
        return "43 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig75:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " - tlf. " + phone();
            case 2:
                return "\n\nDe bedste hilsener\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nTak for samarbejdet\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 370_000);
        String[] subjects = {"Faktura " + no, "Ny faktura " + no + " fra " + s.name(), s.name() + ": faktura " + no,
            "Faktura til Høje-Taastrup Kommune", "Fakturanr. " + no + " / EAN " + EAN, "Regning " + no, "Faktura " + no + " - "
            + s.name(), "Fakturering: " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Her er faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms, og den forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "En kopi af fakturaen er sendt til EAN " + EAN + ", så I kun skal betale den ene.";
            case 3 -> "Tak fordi I brugte os igen. Fakturaen er lagt ved.";
            case 4 -> "Fakturanummer " + no + "\nBeløb i alt " + a.gross() + " kr.\nForfaldsdato " + dottedDay(m, 30);
            case 5 -> "Fakturaen for det arbejde, vi har lavet for jer, er vedhæftet med jeres indkøbsnummer påført.";
            case 6 -> "Vedhæftet er fakturaen for denne måneds leverancer. Giv lyd, hvis noget ikke stemmer.";
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
        if (List.of(varme, rengoer, mad, optik, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, lyd, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Bygaden 2", "Taastrup", "2630", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        stageContract = "SK-HA-" + (410 + rnd.nextInt(90));
        scopeRegister = "INS-" + (7_020 + rnd.nextInt(300));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == lyd ? List.of("Sæsonkontrakt " + stageContract + ": efterårskoncerter i amfiteatret")
                : s == optik ? List.of("Instrumentregister " + scopeRegister + ": refraktor og to spejlteleskoper") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Park og Vej, Taastrup"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the footbridge railing, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, maler);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsnr. HTK-" + (24_100 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@htk.dk", "") + " i " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Taastrup Bibliotek, nyt lydanlæg" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nLeveringssedlerne ligger som ekstra bilag." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget og kvitteret af Ejendomscentret, Taastrup", "Paller: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Fire plader krydsfiner kom med knækkede hjørner og er sendt retur til os."},
            {kontor, "Kreditnota til faktura ", "Den ekstra kasse toner, som I ikke havde bestilt, er afhentet af vores chauffør."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (700 + rnd.nextInt(500));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@htk.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er lagt ved og kan "
                    + "trækkes fra ved næste afregning." + signature(s))
                .attach("application/pdf", "KN_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se betalingen for annoncerne herunder. Har I allerede betalt, "
            + "krydser mailen bare jeres indbetaling."},
            {entrep, "Rykker 1", "Betalingsfristen er overskredet med otte dage. Der er ikke beregnet rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@htk.dk", x[1] + " - " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Betal den til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindeligt fakturanr. " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@htk.dk", "Saldo pr. " + dottedDay(m, -1))
            .text("Hej kreditor\n\nJeres revisor bad om en saldobekræftelse. Vi har modtaget betaling for faktura " + p.no()
                + ", og saldoen er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "vridslosemagle-vognmand.dk statement, nothing open (SPF names only its route planner: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(800_000);
            boolean peppol = v == 1;
            String ref = "HTK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@htk.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL 2.1)"))
                .text("Hej e-faktura\n\nVores VAN-udbyder har nedetid i denne uge, så I får XML-filen direkte her og en "
                    + "læsbar PDF ved siden af. Ingen ændringer i bankoplysningerne. Dukker samme faktura op via NemHandel, "
                    + "er det en dublet.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Indkøbsordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturlinje.dk", "kasseflow.com", "notaflow.io", "postkurv.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(340_000);
            m.mailFrom = "b-" + sha256("plat75:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "PK-" + (30_000 + rnd.nextInt(9_000));
                headers(m, "Postkurv Vikarservice", "afregning@postkurv.dk", "omsorg@htk.dk", "Afregning " + no + " - vikartimer oktober")
                    .text("Til " + KOMMUNE + ", Sundhed og Omsorg\n\nHer er afregningen for de vikartimer i hjemmeplejen, som "
                        + "jeres planlægger bestilte i oktober (118 timer). Vikarerne er ansat hos os.\n\nI alt " + a.gross()
                        + " kr., forfald " + dottedDay(m, 21) + ".\n\nPostkurv")
                    .attach("application/pdf", "Postkurv-" + no + ".pdf", Attachments.pdf(docId(m, "pk"), "Afregning " + no,
                        List.of("Postkurv ApS", "Kunde: " + KOMMUNE + ", Hjemmeplejen", "Vikartimer oktober 2036: 118",
                            "Netto " + a.net() + ", moms " + a.vat() + ", total " + a.gross(), "Bank " + iban("DK", "23930007709916"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform postkurv.dk invoices ordered temp hours in home care under its own name";
                continue;
            }
            String no = "FL" + (400_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "teknik@htk.dk" : "kultur@htk.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name() + " har "
                    + "udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som PDF i mailen. Svar direkte på mailen, hvis I har spørgsmål til "
                    + s.person() + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg har ikke momsnummer, derfor er der ikke lagt moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HB-" + (36_500 + rnd.nextInt(700));
        Amount a = amount(800_000);
        headers(m, "Hamburger Bühnentechnik", addr(tysk), "kultur@htk.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei die Rechnung " + no + " über Ersatzteile für die Traversen der "
                + "Freilichtbühne in Hedeland. Steuerschuldnerschaft des Leistungsempfängers.\n\nMit freundlichen Grüßen\n"
                + "Buchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg", "Kunde: " + KOMMUNE + ", Kultur", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar an: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "LT" + (5_200 + rnd.nextInt(700));
        headers(m, "Lunds Teleskopservice", addr(svensk), "kultur@htk.dk", "Faktura " + no + " - okularer")
            .text("Hej,\n\nBifogat finns fakturan för okularer och spegelrengöring till observatoriet på Kroppedal, beställt "
                + "av museets astronom. Betala till kontot på fakturan.\n\nVänliga hälsningar\nFakturor, Lunds Teleskopservice AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "IBAN för betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Skemaro Billing", "billing@skemaro.io", "it@htk.dk", "Your Skemaro invoice for December")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for Skemaro (timetabling for 14 schools). It has also been "
                + "delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross() + "\n\nSkemaro")
            .attach("application/pdf", "skemaro-invoice.pdf", Attachments.pdf(docId(m, "sk"), "Invoice",
                List.of("Skemaro ApS", "Customer: " + KOMMUNE, "Licence December 2036, 14 schools", "DKK " + a.gross())));
        genuine(m, "127.75.70.1");
        m.description = "SaaS skemaro.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Vagtly", "kvittering@vagtly.dk", "omsorg@htk.dk", "Kvittering - Vagtly abonnement")
            .text("Hej\n\nTak for betalingen af Vagtly (vagtplanlægning i hjemmeplejen, 210 brugere). Vi har trukket "
                + a.gross() + " kr. på kortet, der ender på 7713.\n\nVagtly");
        genuine(m, "127.75.71.1");
        m.description = "SaaS vagtly.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("5301", "0007781126");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@htk.dk", "Skift af bank pr. 1. december")
            .text("Til kreditorbogholderiet\n\nVi har flyttet firmaets konti til et andet pengeinstitut. Fakturaer dateret "
                + "1. december 2036 og senere skal betales til " + nyT + ". Ældre fakturaer betales til den konto, der står på "
                + "dem.\n\nI er velkomne til at ringe til værkstedet på det nummer, I har i kartoteket, og få det bekræftet."
                + signature(toemrer))
            .attach("application/pdf", "Nyt_kontonummer.pdf", Attachments.pdf(docId(m, "nk"), "Meddelelse om ny bankkonto",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Fra og med 01.12.2036", "Konto: " + nyT,
                    "Bjarne Kirk, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye reoler i biblioteket, Sengeløse Skole");
        invoice(m, moved, nyT, 14, List.of("Ny bankkonto fra 01.12.2036, se brev"), "\n\nDenne faktura går til den nye konto, "
            + "som vi gav besked om.");
        genuine(m, toemrer.ip());
        m.description = "sengelose-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "23930007799041");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Taastrup Storkøkken, Økonomi", addr(mad), "kreditor@htk.dk", "Ny konto til betalinger fra december")
            .text("Til " + KOMMUNE + ", kreditor samt Sundhed og Omsorg\n\nEfter vores nye koncernaftale samles alle "
                + "indbetalinger i én bank. Fakturaer fra 1. december og frem betales til " + nyM + ". Den gamle konto er "
                + "åben til og med januar. Et underskrevet brev er sendt til jeres Digital Post.\n\nVenlig hilsen\n"
                + "Taastrup Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed kitchen (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Betalingskonto ændret fra 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "taastrup-storkoekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qd=LV=vestegnens-lokalblad.dk=annonce@srs.taastrup-fibernet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.75.68.1";
        m.helo = "srs.taastrup-fibernet.dk";
        m.description = "vestegnens-lokalblad.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.hedehusene-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.hedehusene-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"sjaellands-kreditorer.dk", "Hanne Vind", "hv@", "Regning for lyd til friluftsscene?",
            "Hej kolleger\n\nVi har fået en regning for 'rigning af lyd og lys til friluftskoncert' fra et firma, ingen her "
                + "kender. Er der andre med en udendørs scene, der har set noget lignende?\n\nHanne"},
            {"vestegnens-indkoeb.dk", "Martin Brandt", "mb@", "Teleskoprens - ukendt leverandør", "Hej\n\nEt museum i "
                + "nabokommunen fik en faktura for 'rens af spejl og justering' af et teleskop med et nyt kontonummer. Deres "
                + "faste værksted kendte ikke til den.\n\nMartin"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditorkreds-vestegnen.dk", x[3])
                .header("List-Id", "Kreditorkredsen Vestegnen <forum.kreditorkreds-vestegnen.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorkreds-vestegnen.dk", "[Kreditorkredsen] ", "\r\n--\r\nKreditorkredsen på Vestegnen\r\n"
                + "Afmeld: https://kreditorkreds-vestegnen.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelalarm-vestegnen.dk", "Svindelalarm Vestegnen", "Koncertscener og teleskoper i nye svindelmails",
            "Svindlere sender nu fakturaer for scenelyd og instrumentservice med rigtige kontraktnumre. Kontakt altid "
                + "leverandøren på et kendt telefonnummer, før I ændrer en konto."},
            {"vestegnens-revisorer.dk", "Vestegnens Revisorer", "Inden regnskabet lukkes",
                "Årsskiftet nærmer sig, så ryd op i kreditorkartoteket: slet leverandører, der ikke er brugt i to år, og lad "
                    + "altid en kollega se rettelser af bankoplysninger igennem."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl75:" + x[0]).substring(0, 14) + "@udsendly.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@htk.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Hele "
                    + "nyhedsbrevet online</a></p><p style=\"font-size:9px\">Ikke flere nyhedsbreve? Klik her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("udsendly.com");
            m.ip = "127.75.66.1";
            m.helo = "mta.udsendly.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP udsendly.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kultur og Fritid", "kulturogfritid@", "kreditor@htk.dk", "Amfiteatret i Hedeland",
            "Hej\n\nLyd, lys og rigning i amfiteatret står Hedeland Scene & Lyd for under sæsonkontrakten, og deres regninger "
                + "har altid kontraktnummeret på. Får I regninger fra andre om scenen, så send dem til mig, før noget betales."
                + "\n\nKultur og Fritid"},
            {"Kroppedal Museum, drift", "kroppedal@", "kreditor@htk.dk", "Teleskoperne", "Hej\n\nKun Kroppedal Optik rører "
                + "observatoriets teleskoper. Deres regninger bærer nummeret fra instrumentregistret, og vi bestiller altid "
                + "skriftligt.\n\nMuseets driftsleder"},
            {"Økonomi", "oekonomichef@", "ledere@htk.dk", "Ændring af leverandørkonti", "Kære ledere\n\nHusk: ingen ændrer en "
                + "leverandørs kontonummer på baggrund af en mail. Kreditor ringer altid leverandøren op på et kendt nummer."
                + "\n\nØkonomi"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Vestegnens Bank, Erhverv", "erhverv@vestegnens-bank.dk", "oekonomi@htk.dk", "Betalingsfil modtaget")
            .text("Hej Høje-Taastrup Kommune\n\nDen betalingsfil, I uploadede i morges, indeholdt 241 overførsler. Alle "
                + "poster er valideret uden fejl og bogføres i morgen tidlig. Oversigten ligger under Betalinger i "
                + "erhvervsnetbanken. Banken beder jer aldrig klikke på et link eller oplyse koder i en mail.\n\n"
                + "Vestegnens Bank, Erhvervsservice");
        genuine(m, "127.75.61.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Køge Bugt Andelskasse", "info@koege-bugt-andelskasse.dk", "oekonomi@htk.dk", "Nye priser på valuta")
            .text("Til erhvervskunder\n\nPr. 1. februar justeres priserne på valutaoverførsler. Den nye prisliste ligger i "
                + "netbanken under dokumenter.\n\nKøge Bugt Andelskasse");
        genuine(m, "127.75.62.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("amphitheatre-sound-invoice", true);
        invoice(m, lyd, lyd.account(), 7, List.of("Sæsonkontrakt " + stageContract + ", julekoncert i amfiteatret",
            "Line array, 2 lysmaster, 3 teknikere i 11 timer"), "\n\nRiggerlisten er sendt til Kultur og Fritid.");
        genuine(m, lyd.ip());
        m.description = "the real sound firm invoices the Christmas concert in the Hedeland amphitheatre (RSA, no DMARC)";
        m = ok("observatory-telescope-invoice", true);
        invoice(m, optik, optik.account(), 10, List.of("Instrumentregister " + scopeRegister + ", halvårseftersyn",
            "Kollimering af spejlteleskop, smøring af montering"), "\n\nServicelogbogen ligger i kuplen.");
        genuine(m, optik.ip());
        m.description = "the optics workshop's half-yearly service of the observatory telescopes (DKIM only, p=quarantine)";
        m = ok("supplier-letter", false);
        headers(m, "Kroppedal Optik & Instrument", addr(optik), "kroppedal@htk.dk", "Vinterpause i observatoriet")
            .text("Kære museum\n\nI januar pakker vi det store teleskop ind for vinteren som aftalt under " + scopeRegister
                + ". Det koster ikke ekstra, og I modtager aldrig en regning fra os, uden at I har bestilt arbejdet.\n\n"
                + "Instrumentværkstedet");
        genuine(m, optik.ip());
        m.description = "the optics workshop announces winter covering at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Vestforbrænding Ejerkreds", "opkraevning@vestforbraending-ejer.dk", "efaktura@htk.dk", "Ejerbetaling 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nOpkrævningen af ejerbetalingen for fjerde kvartal er vedhæftet og ligeledes sendt "
                + "elektronisk til jeres EAN.\n\nVestforbrænding Ejerkreds")
            .attach("application/pdf", "Ejerbetaling-4kv.pdf", Attachments.pdf(docId(m, "vf"), "Ejerbetaling 4. kvartal 2036",
                List.of("Vestforbrænding Ejerkreds I/S", "Ejerkommune: " + KOMMUNE, "Kr. " + a.gross(), "Bank " + iban("DK", "53010007812250"))));
        genuine(m, "127.75.41.1");
        m.description = "intermunicipal waste company's quarterly owner payment";
        m = ok("authority-notice", false);
        headers(m, "Arbejdstilsynet, Besøg", "besog@arbejdstilsynet-besog.dk", "ejendomscenter@htk.dk",
            "Varsling af tilsynsbesøg - Taastrup Idrætspark")
            .text("Til Høje-Taastrup Kommune, Ejendomscentret\n\nVi aflægger et tilsynsbesøg i Taastrup Idrætspark i januar. "
                + "Besøget er gratis, og vi kontakter jer om tidspunktet.\n\nArbejdstilsynet");
        genuine(m, "127.75.46.1");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signerly.dk";
        headers(m, "Kroppedal Museum via Signerly", "noreply@signerly.dk", "kultur@htk.dk", "Klar til underskrift: udlånsaftale")
            .header("Reply-To", "<registrator@kroppedal-museum.dk>")
            .text("Kroppedal Museum beder jer underskrive 'Udlånsaftale - meridiankredsen'.\n\nLog ind på jeres Signerly-konto "
                + "for at se dokumentet.\n\nSignerly");
        genuine(m, "127.75.72.1");
        m.description = "real e-signature request from signerly.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Hedehusene Jernhandel", "kvittering@hedehusene-jernhandel.dk", "teknik@htk.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n4 skovle, 2 trillebøre og 25 kg vejsalt. Betalt med kommunens indkøbskort.\n\n"
                + "Hedehusene Jernhandel");
        genuine(m, "127.75.45.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Taastrup Idrætsforening", "kasserer@taastrup-idraetsforening.dk", "oekonomi@htk.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag overført 18.400 kr. for leje af Taastrup Idrætspark i efterårssæsonen.\n\n"
                + "Kassereren, Taastrup Idrætsforening");
        genuine(m, "127.75.43.1");
        m.description = "a sports club pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Taastrup Teaterforening", "billet@taastrup-teaterforening.dk", "kultur@htk.dk", "Ordrebekræftelse: 60 billetter")
            .text("Hej\n\nVi bekræfter 60 billetter til seniorforestillingen den 12. december. Regningen kommer via jeres EAN."
                + "\n\nTaastrup Teaterforening");
        genuine(m, "127.75.47.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250000075120044"), iban("DK", "89900007520318"), bank("5470", "0007511264"),
        iban("EE", "2210007522004711"), iban("PL", "611090101400007522119034"), iban("GB", "REVO00997075120033"),
        iban("IE", "AIBK93115275200118"), iban("NL", "RABO0375220119"), iban("DE", "100110017522001187"),
        iban("HU", "117730160000007522004411"), iban("RO", "BTRL07501202007522XX"), iban("BG", "STSA93000075220188"),
        iban("CY", "005002700000007522011900"), bank("9070", "0007522871"), iban("MT", "MMEB44093000000075220118001"),
        iban("SE", "80000000075220011874"), iban("NO", "75221100187"), iban("DK", "20000007530912")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nFjernvarmeværket er gået sammen med "
            + "et større forsyningsselskab på Vestegnen, og opkrævningerne håndteres nu af dem. Derfor skal beløbet betales til "
            + "den konto, som er trykt på denne opkrævning. Penge sendt til den tidligere konto bliver sendt retur. Vi beklager "
            + "ulejligheden ved skiftet og takker for jeres tålmodighed, mens ledningerne under Hovedgaden i Hedehusene lægges om "
            + "i løbet af vinteren.");
        forged(m, forgedHost++);
        m.description = "forged From hedehusene-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej annoncør\n\nNovembers jobannoncer er faktureret. Bladet er blevet "
            + "opkøbt af en britisk udgiver, og fra nu af modtager vi kun betaling på den engelske konto på fakturaen. Den "
            + "danske konto lukker ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From vestegnens-lokalblad.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{OWNED[0], varme, "Efter en opdatering af kundesystemet er nogle kunders stamdata blevet forkerte. "
            + "Brug derfor kontoen på denne opkrævning og ikke den, der ligger i jeres kreditorsystem. Kundecentret holder lukket "
            + "om fredagen resten af året, fordi vi flytter til nye lokaler ved det gamle vandtårn."},
            {OWNED[1], entrep, "Regnvandsbassinet ved Reerslev Skole er færdigt. Firmaet har fået ny ejer, som har flyttet "
                + "bankforbindelsen, så betal til kontoen nederst i PDF'en."},
            {OWNED[2], byg, "Her er faktureringen af sidste uges leverancer til Ejendomscentret. Bemærk: vi har ny bankkonto "
                + "med virkning fra i dag, den gamle er spærret for indbetalinger."},
            {OWNED[3], el, "Armaturerne i Idrætsparken er skiftet. Vores regnskabsfører har flyttet alle indbetalinger til "
                + "en anden bank, så den konto, der står på fakturaen, er den rigtige nu."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Proffen sender her månedens faktura. Vær opmærksom på, at vores betalingsoplysninger er ændret, og at de nye skal "
                + "bruges fra og med denne faktura. Har I spørgsmål til leveringerne af spær og lægter til børnehusene, så skriv "
                + "hellere her, for telefonerne i butikken er omstillet til lageret hele december. Husk også, at tømmerpladsen ved "
                + "Husmandsvej holder åbent til middag lørdag, hvis pedellerne mangler noget i weekenden.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as hoejetaastrup-traelast.dk, new account";
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        invoice(m, mad.posing(d, mad.account()), mule(12), 9, List.of("Gælder leverancer til plejecentrene"), "",
            "Storkøkkenets økonomi fremsender fakturaen for madleverancerne. Vores revisor har bedt os skifte til en "
                + "udenlandsk konto, fordi vi nu har en ejer i Cypern, så betal venligst til den nye konto på fakturaen.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as taastrup-storkoekken.dk, CY account";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Fakturlinje", "besked@" + OWNED[6], "kultur@htk.dk", "Påmindelse: faktura ikke betalt")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig som ubetalt. "
                + "I aften lægges der et gebyr på 350 kr. oveni. Betal hurtigt med kort her:</p><p><a href=\"https://"
                + OWNED[6] + "/betal/" + sha256("fl75").substring(0, 18) + "\">Betal nu</a></p><p>Fakturlinje</p></body></html>");
        ownedBy(m, OWNED[6]);
        m.description = "look-alike of the platform fakturlinje.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Kasseflow", "faktura@" + OWNED[7], "teknik@htk.dk", smed.name() + " har sendt en faktura")
            .text("Hej\n\nDer er kommet en faktura fra " + smed.name() + ". Kasseflow varetager nu opkrævningen for smedien, så "
                + "betalingen skal gå til vores samlekonto " + mule(15) + " og ikke direkte til smeden.\n\nVenlig hilsen\nKasseflow")
            .attach("application/pdf", "kasseflow-" + (4_400 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing(OWNED[7], mule(15)), "Faktura", "KF-" + (9_100 + rnd.nextInt(700)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Kasseflow")));
        ownedBy(m, OWNED[7]);
        m.description = "look-alike of kasseflow.com: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betaling til factoringselskab"), "", "Vores fakturaer er overdraget til et "
            + "factoringselskab, og denne skal derfor betales til " + mule(16) + ". Jeg sidder i møder hele dagen og kan ikke "
            + "tage imod opkald, så svar mig endelig her på mailen. Vinduespudserne har desuden været forbi jobcentret i ugen, og "
            + "det kommer med på næste måneds opgørelse, så det skal I ikke undre jer over. Vores holdleder på rådhuset "
            + "har ferie mellem jul og nytår, og en afløser fra Taastrupgård tager over i de dage.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of taastrup-rengoering.dk (DKIM, DMARC pass): account moved, NO IBAN";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@htk.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn hurtig rettelse til fakturaen nedenfor: vores bank har en kontrol kørende på firmakontoen, så de "
                + p.amount().gross() + " kr. skal denne gang overføres til " + mule(17) + ". Fremover er det den gamle konto "
                + "igen. Undskyld besværet - det er bankens hvidvaskafdeling, der har bedt om det, og gennemgangen ventes afsluttet "
                + "før juleferien, hvorefter alt kører som før.\n\nBogholderiet\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of vestegnens-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, OWNED[8], "Snedkeren har i øvrigt målt op til de nye garderobeskabe i personalerummet, så "
            + "tilbuddet på dem følger i næste uge sammen med tegningerne."}, {mad, OWNED[9], "Julemenuen til plejecentrene "
            + "med flæskesteg og risalamande er planlagt, og kostfaglig afdeling sender jer menuplanen, så snart den er godkendt."}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@htk.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nVi har opdaget, at faktura " + p.no() + " (" + p.amount().gross() + " kr.) blev sendt med "
                    + "en konto, vi ikke bruger mere. Vil I sørge for at betale til " + mule(i + 3) + " i stedet og skrive "
                    + "tilbage, når kontoen er skiftet hos jer? " + h[i][2] + "\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: "
                    + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@htk.dk", "Tilskud til julemarked - haster")
            .text("Hej\n\nForeningen, der står for lysfesten på Taastrup Torv, mangler penge til leje af pavilloner og "
                + "lyskæder, og jeg har mundtligt lovet dem en underskudsgaranti på 120.000 kr. Beløbet skal ud i løbet af "
                + "formiddagen; sæt det ind på " + mule(7) + ". Jeg sidder i byrådssalen til budgetforhandlinger resten af "
                + "dagen og kan ikke tage telefonen, men skriv en kort besked, når overførslen er gennemført. Formanden for "
                + "Kultur- og Fritidsudvalget kender aftalen, så du behøver ikke spørge andre.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged htk.dk (p=reject) from outside: the mayor's urgent Christmas market grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomidirektør", "oekonomidirektoer@" + OWN, "kreditor@htk.dk", "Ny konto Hedehusene VVS")
            .text("Hej kreditor\n\nIndehaveren af Hedehusene VVS fangede mig efter morgenmødet og fortalte, at firmaet "
                + "efter et generationsskifte bruger en bank i udlandet. Læg venligst deres nye konto " + mule(8) + " ind i "
                + "stamdata, inden dagens betalinger sendes af sted. Jeg har selv talt med ham og godkender ændringen, så der "
                + "er ingen grund til at ringe dem op - de har travlt med vintervagten.\n\nØkonomidirektøren");
        forged(m, forgedHost++);
        m.description = "forged htk.dk: 'finance director' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.htk@gmail.com", "oekonomi@htk.dk", "Er du ved skrivebordet?")
            .text("Hej\n\nHar du et par minutter? Jeg sidder til et møde i Indenrigsministeriet og har kun min private telefon. "
                + "Der er en fortrolig overførsel, der skal laves i dag. Svar på denne mail, så får du detaljerne.\n\nSendt fra "
                + "min iPhone");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'at the ministry'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.taastrup@outlook.com", "indkoeb@htk.dk", "En tjeneste")
            .text("Hej\n\nDe frivillige naturvejledere i Hedeland har slidt hårdt hele efteråret med at rydde stier og passe "
                + "fårene, og jeg vil overraske dem med en personlig tak ved julefrokosten i aften. Vil du købe femten "
                + "elektroniske gavekort på hver tusind kroner og sende mig koderne her før klokken tre? Jeg får udlægget "
                + "refunderet over min repræsentationskonto bagefter, så det går efter bogen. Hold det lige for dig selv, det "
                + "skal være en overraskelse.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Sofie Lund", "sofie.lund.taastrup@gmail.com", "loen@htk.dk", "Ny konto til løn")
            .text("Hej Løn\n\nJeg er pædagog i Børnehuset Fløng. Min bank har lukket mit kort efter et hackerangreb, så jeg har "
                + "åbnet en ny konto, som lønnen fra december skal gå til: " + mule(0) + ". Min MitID virker ikke i øjeblikket, "
                + "så jeg kan ikke selv rette det i portalen. Tusind tak!\n\nSofie Lund");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a nursery teacher, LT IBAN";
        m = bad("payroll-account-change");
        headers(m, "Mads Kjær", "mads.kjaer.hedehusene@hotmail.com", "loen@htk.dk", "Lønkonto")
            .text("Hej\n\nJeg er vejmand i Park og Vej og flytter til Irland efter nytår, så jeg har oprettet en irsk konto. "
                + "Lønnen skal indsættes på " + mule(6) + " allerede fra denne måned.\n\nHilsen Mads");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // display-name-abuse: a listed supplier's name on free mail
        m = bad("display-name-abuse");
        headers(m, vvs.name(), "hedehusene.vvs.kontor@gmail.com", "kreditor@htk.dk", "Faktura og ny konto")
            .text("Hej\n\nVores firmamail er nede, så jeg skriver herfra. Den seneste faktura for ventilerne på Hedehusene "
                + "Skole skal betales til " + mule(9) + ", fordi vi har skiftet bank. Send gerne en bekræftelse til denne "
                + "adresse. Montøren er færdig med varmtvandsbeholderen i gymnastiksalens omklædningsrum, og den kommer på en "
                + "særskilt regning, når materialerne er talt op.\n\nKontoret, Hedehusene VVS");
        genuine(m, GMAIL);
        m.description = "display name of the listed plumber on gmail, new account";
        m = bad("display-name-abuse");
        headers(m, mad.name(), "taastrup.storkoekken@outlook.com", "omsorg@htk.dk", "Ændret betaling for madservice")
            .text("Kære Sundhed og Omsorg\n\nFremover skal betalingen for madservice til borgerne sendes til vores nye konto "
                + mule(13) + ". Bogholderiet er flyttet til et nyt system, og derfor skriver vi fra denne mail.\n\n"
                + "Storkøkkenet");
        genuine(m, MSFT);
        m.description = "display name of the listed kitchen on outlook, new account";
        m = bad("display-name-abuse");
        headers(m, bus.name(), "taastrup.turistbusser@icloud.com", "skole@htk.dk", "Kørsel til lejrskole - forudbetaling")
            .text("Hej skoleafdeling\n\nFor at holde bussen til 6.A's lejrskole i marts skal halvdelen, 14.600 kr., betales "
                + "forud til " + mule(14) + ". Skriv her, når det er overført, så sender vi bekræftelsen.\n\nDisponenten");
        genuine(m, APPLE);
        m.description = "display name of the listed bus company on icloud: prepayment for a school trip";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Taastrup Inkasso", "sag@" + OWNED[10], "kreditor@htk.dk", "Inkassovarsel - " + inkasso[i].name())
                .text("Til " + KOMMUNE + ", kreditorafdelingen\n\nVi er blevet bedt om at inddrive et tilgodehavende for "
                    + inkasso[i].name() + ". Ifølge vores klient er faktura " + p.no() + " på " + p.amount().gross() + " kr. "
                    + "ikke blevet betalt trods flere påmindelser. Vi opkræver derfor beløbet med tillæg af et inkassogebyr, "
                    + "som skal stå på klientkontoen " + mule(i + 10) + " senest tre hverdage efter modtagelsen af dette brev. "
                    + "Modtager vi ikke pengene, overgår sagen uden yderligere varsel til fogedretten i Glostrup, og kommunen "
                    + "noteres som dårlig betaler hos vores samarbejdspartnere. Henvendelser rettes skriftligt til "
                    + "sagsbehandleren, da vi ikke har telefontid i december.\n\nMed venlig hilsen\nTaastrup Inkasso, "
                    + "juridisk afdeling");
            ownedBy(m, OWNED[10]);
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@" + OWNED[11], "it@htk.dk", "Handling påkrævet: MitID Erhverv spærres")
            .html("<html><body><p>Kære administrator</p><p>Organisationens oplysninger skal bekræftes igen. Gør I det ikke inden "
                + "24 timer, spærres alle medarbejdersignaturer i " + KOMMUNE + ".</p><p><a href=\"https://" + OWNED[11]
                + "/bekraeft\">Bekræft nu</a></p></body></html>");
        ownedBy(m, OWNED[11]);
        m.description = "fake MitID Erhverv lock-out with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@" + OWNED[12], "oekonomi@htk.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>I virksomhedens digitale postkasse ligger en afgørelse fra "
                + "Skattestyrelsen om efterregulering af momskompensationen for de sociale tilbud. Klagefristen løber fra det "
                + "tidspunkt, meddelelsen åbnes, og den skal derfor åbnes af en person med tegningsret inden fredag. Er den "
                + "ikke åbnet inden da, beregnes der renter af hele beløbet fra forfaldsdagen.</p><p><a href=\"https://" + OWNED[12] + "/laes\">Åbn meddelelsen</a></p></body></html>");
        ownedBy(m, OWNED[12]);
        m.description = "fake Digital Post notice with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Taastrup Parkering", "afgift@" + OWNED[13], "teknik@htk.dk", "Parkeringsafgift - Høje Taastrup Station")
            .html("<html><body><p>Kommunens servicebil med logo er noteret af vores kontrollør på pendlerparkeringen ved "
                + "Høje Taastrup Station, hvor der på hverdage kræves digital tilladelse. Da ingen tilladelse var registreret, er "
                + "der udstedt en afgift, som kan betales med det samme ved at scanne QR-koden med mobilen. Betales den ikke "
                + "inden fem dage, sendes sagen videre med et ekspeditionsgebyr.</p><p><img src=\"cid:qr\" alt=\"QR\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, OWNED[13]);
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "aftaler@" + OWNED[14], "oekonomi@htk.dk", "Jeres betalingsaftaler er deaktiveret")
            .html("<html><body><p>Vores system har registreret, at de faste aftaler om træk på kommunens konto er sat på "
                + "pause efter bankens skift af platform. For at undgå afviste opkrævninger fra el, vand og forsikring skal "
                + "aftalerne genaktiveres i dag. Det gøres hurtigst ved at scanne koden herunder med en telefon, hvor "
                + "MitID-appen er installeret.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "aktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, OWNED[14]);
        m.description = "QR code for 'paused direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "faktura@" + OWNED[15], "kreditor@htk.dk", "Faktura " + no + " (komprimeret)")
            .text("Hej\n\nVores PDF'er bliver tilsyneladende stoppet af jeres filter, så fakturaen er pakket i en zip. Bemærk de "
                + "nye betalingsoplysninger.\n\nFakturering")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing(OWNED[15], mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontoen i fakturaen."));
        ownedBy(m, OWNED[15]);
        m.description = "invoice PDF inside a ZIP from a look-alike of taastrup-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "kontor@" + OWNED[16], "kreditor@htk.dk", "Fakturaer november")
            .text("Hej\n\nVi har samlet alle fakturaer fra november for arbejdet på skolerne i Hedehusene og Fløng i et "
                + "7z-arkiv, fordi vores nye program laver meget store filer. Arkivet åbnes med det gratis program fra "
                + "producentens hjemmeside. Vi har fået ny bankforbindelse, og det nye kontonummer står i fakturaerne i "
                + "arkivet.\n\nKontoret")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing(OWNED[16], mule(4)), "Faktura", no, a, mule(4), 1, List.of())));
        ownedBy(m, OWNED[16]);
        m.description = "invoice PDF inside a 7z from a look-alike of hedehusene-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@" + OWNED[17], "indkoeb@htk.dk", "Ordrebekræftelse og faktura - papir")
            .text("Hej indkøb\n\nTak for bestillingen af kopipapir og mapper til rådhuset. Ordrebekræftelsen og fakturaen "
                + "er lagt sammen i ét Word-dokument, som er beskyttet, fordi det viser priserne efter jeres rammeaftale. Når "
                + "dokumentet åbnes, skal I klikke på den gule bjælke for at tillade redigering og dernæst tillade indhold, før "
                + "varelinjerne og betalingsoplysningerne bliver synlige.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Linjerne vises først, når indhold aktiveres.", true));
        ownedBy(m, OWNED[17]);
        m.description = "macro-enabled .docm from a look-alike of flong-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, "Bogholderiet", "bogholderi@" + OWNED[18], "it@htk.dk", "Specifikation Chromebooks mellemtrin")
            .text("Hej\n\nSpecifikationen af Chromebooks og licenser ligger i regnearket. Makroer skal tillades, ellers regnes "
                + "totalerne ikke ud. Læg mærke til den nye konto.\n\nBogholderiet")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebooks_spec.xlsm", Attachments.excel(List.of(
                "Specifikation Chromebooks november 2036", "Chromebook og licens 380 stk", "Betales til " + mule(1)), true));
        ownedBy(m, OWNED[18]);
        m.description = "macro-enabled .xlsm from a look-alike of vestegnens-itdrift.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "tina@" + OWNED[19], "ejendomscenter@htk.dk", "Regning Fløng Skole")
            .text("Hej Ejendomscentret\n\nArbejdet i gangene på Fløng Skole er færdigt, og lærerne er glade for de lyse "
                + "farver. Min printer er gået i stykker, så jeg har fotograferet regningen med telefonen i stedet. Firmaet "
                + "har skiftet bank i forbindelse med en ny momsregistrering, så det nye kontonummer står nederst på "
                + "billedet.\n\nTina")
            .attach("image/jpeg", "IMG_7521.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, OWNED[19]);
        m.description = "image-only invoice (JPEG) from a look-alike of flong-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "gitte@" + OWNED[20], "teknik@htk.dk", "Faktura grus Hedeland")
            .text("Hej\n\nFakturaen for gruskørslen til stierne i Hedeland er scannet og vedhæftet. Vi har ny konto, se "
                + "scanningen.\n\nGitte")
            .attach("application/pdf", "Scan_7520.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, OWNED[20]);
        m.description = "scanned image-only PDF from a look-alike of vridslosemagle-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kl@" + OWNED[21], "efaktura@htk.dk", "E-faktura " + no)
            .text("Hej\n\nVi er skiftet til et nyt regnskabsprogram, der ikke kan sende gennem NemHandel endnu, så I får "
                + "XML-filen her. Bemærk den nye betalingskonto i filen.\n\n" + entrep.name())
            .attach("application/xml", "faktura-" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "HTK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, OWNED[21]);
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "bogholderi@" + OWNED[18], "efaktura@htk.dk", "Faktura " + no + " i OIOUBL")
            .text("Vedhæftet OIOUBL-fil. Vi har skiftet bank, og kontonummeret i filen er derfor nyt.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(17), a, isoDay(m, 0), isoDay(m, 10), false,
                "HTK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, OWNED[18]);
        m.description = "OIOUBL XML with a changed payee from a look-alike of vestegnens-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signerly", "dokument@" + OWNED[22], "kultur@htk.dk", "Kroppedal Museum afventer din signatur")
            .html("<html><body><p>Kroppedal Museum har delt dokumentet 'Forsikringstillæg - udstillingen i kuplen', som "
                + "kræver underskrift fra en leder i Kultur og Fritid. Af sikkerhedshensyn udløber linket ved midnat, og "
                + "dokumentet slettes derefter fra portalen. Bekræft din identitet med arbejdsmail og adgangskode, før du kan "
                + "se det.</p><p><a href=\"https://" + OWNED[22] + "/doc/" + sha256("sg75").substring(0, 16) + "\">Åbn og "
                + "underskriv</a></p></body></html>");
        ownedBy(m, OWNED[22]);
        m.description = "fake e-signature request imitating signerly.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@" + OWNED[23], "ejendomscenter@htk.dk", "Lejekontrakt venter på signering")
            .html("<html><body><p>Forpagteren af kiosken ved søen i Hedeland har skrevet under på den nye lejekontrakt, og "
                + "den mangler nu kun kommunens underskrift. Kontrakten er delt med dig gennem vores portal, og fordi den "
                + "rummer personoplysninger, skal du logge ind med den Microsoft-konto, du bruger på arbejdet.</p><p><a href=\"https://" + OWNED[23] + "/login\">Log ind</a></p></body></html>");
        ownedBy(m, OWNED[23]);
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "dispo@" + OWNED[24], "kreditor@htk.dk", "Betaling af " + p.no() + " - del op")
            .text("Hej kreditor\n\nVi er ved at flytte forretningen til en ny bank, og i overgangsperioden kan den gamle "
                + "konto kun modtage mindre beløb. Derfor beder vi jer dele betalingen af faktura " + p.no() + " ("
                + p.amount().gross() + " kr.) i to: halvdelen til den konto, I allerede har registreret, og resten til "
                + mule(10) + ". Når flytningen er på plads efter nytår, bruger vi igen kun én konto. Busserne til lejrskolerne "
                + "kører som planlagt.\n\nDisponenten");
        ownedBy(m, OWNED[24]);
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "kontor@" + OWNED[25], "kreditor@htk.dk", "Faktura " + p.no() + " - to indbetalinger")
            .text("Hej\n\nVores bank har indført et loft over, hvor meget driftskontoen må modtage om dagen, indtil den nye "
                + "kassekredit er godkendt. Af faktura " + p.no() + " vil vi derfor bede jer sende en mindre del til den konto, "
                + "I kender, og det resterende beløb til vores opsparingskonto " + mule(11) + ". Radiatorventilerne på skolen "
                + "er i øvrigt alle skiftet, og vi kommer tilbage og efterser dem i februar.\n\nKontoret");
        ownedBy(m, OWNED[25]);
        m.description = "split payment on Hedehusene VVS's real wave-1 invoice";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "DK Domæneservice", "fornyelse@" + OWNED[26], "it@htk.dk", "htk.dk udløber - forny i dag")
            .text("Til domæneindehaveren\n\nRegistreringen af htk.dk udløber om 48 timer. Betal fornyelsen for tre år, 4.850 "
                + "kr., til " + mule(12) + ", så hjemmesiden og mailen ikke lukker.\n\nDK Domæneservice")
            .attach("application/pdf", "fornyelse-htk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                List.of("DK Domæneservice", "Domæne: htk.dk, 3 år", "Kr. 4.850,00", "Betaling: " + mule(12))));
        ownedBy(m, OWNED[26]);
        m.description = "fake domain renewal for our own domain with a payment account";
        m = bad("fake-domain-renewal");
        headers(m, "Hedehusene Hosting", "regning@" + OWNED[27], "kultur@htk.dk", "Webhotel til hedeland-amfi: sidste frist")
            .text("Hej\n\nWebhotellet til amfiteatrets billetside er ikke fornyet. Betal 2.390 kr. på kort via https://"
                + OWNED[27] + "/forny inden midnat, ellers slettes siden og alle data.\n\nHedehusene Hosting");
        ownedBy(m, OWNED[27]);
        m.description = "fake hosting renewal with a card-payment link";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-hedeland-amphitheatre-sound-invoice
        M m = bad("fake-hedeland-amphitheatre-sound-invoice");
        invoice(m, lyd.posing(OWNED[28], lyd.account()), mule(0), 11, List.of("Sæsonkontrakt " + stageContract
            + ", ekstra rigning"), "", "Til julekoncerten i amfiteatret måtte vi i sidste øjeblik leje en ekstra generator og "
            + "to følgespots, fordi strømmen på scenen svigtede under lydprøven. Regningen er vedhæftet med kontraktnummeret. Vi "
            + "har samtidig skiftet bank, så betal venligst til den konto, der står på regningen.");
        ownedBy(m, OWNED[28]);
        m.description = "look-alike of the real sound firm cites the real season contract, 'extra rigging' (LT IBAN)";
        m = bad("fake-hedeland-amphitheatre-sound-invoice");
        headers(m, "Hedeland Eventteknik", "regnskab@" + OWNED[29], "kulturogfritid@htk.dk", "Faktura: lydanlæg til "
            + "friluftskoncert")
            .text("Til Kultur og Fritid\n\nSom aftalt telefonisk med jeres arrangør stillede vi PA-anlæg, mixer og to "
                + "lydteknikere til rådighed ved koncerten på den store græsscene i Hedeland. Samlet pris 46.250,00 kr. inkl. "
                + "moms, som skal indbetales på " + mule(5) + " senest om ti dage.\n\nHedeland Eventteknik");
        ownedBy(m, OWNED[29]);
        m.description = "unknown event firm bills a PA system 'agreed by phone' for the amphitheatre (GB IBAN)";
        m = bad("fake-hedeland-amphitheatre-sound-invoice");
        headers(m, "Baldersbrønde Lydudlejning", "booking@" + OWNED[30], "kultur@htk.dk", "Reservation af scenetag til sommersæsonen")
            .text("Hej\n\nVi har reserveret vores store scenetag og lystraverser til amfiteatrets sommersæson, så I er sikret "
                + "udstyret før de andre festivaler. Depositum 22.000 kr. indbetales til " + mule(4) + " inden fredag, ellers "
                + "går reservationen videre.\n\nBaldersbrønde Lydudlejning");
        ownedBy(m, OWNED[30]);
        m.description = "'reserved' stage roof for the amphitheatre's summer season with a deposit (PL IBAN)";

        // fake-kroppedal-observatory-telescope-invoice
        m = bad("fake-kroppedal-observatory-telescope-invoice");
        invoice(m, optik.posing(OWNED[31], optik.account()), mule(9), 12, List.of("Instrumentregister " + scopeRegister
            + " - akut reparation"), "", "Under sidste offentlige stjerneaften satte drivmotoren i det store teleskop ud, og vi "
            + "udskiftede den dagen efter, så kuplen kunne åbne igen til weekenden. Reparationen ligger uden for det aftalte "
            + "eftersyn og forfalder straks. Vores nye bankkonto fremgår af fakturaen.");
        ownedBy(m, OWNED[31]);
        m.description = "look-alike of the optics workshop cites the real instrument register, 'motor swap' (HU IBAN)";
        m = bad("fake-kroppedal-observatory-telescope-invoice");
        headers(m, "Kroppedal Stjernevagt", "service@" + OWNED[32], "kroppedal@htk.dk", "Faktura: rens af hovedspejl")
            .text("Hej museet\n\nEfter aftale med jeres astronom i september har vi renset og genbelagt hovedspejlet i "
                + "spejlteleskopet samt justeret søgerkikkerten. Fakturaen på 31.900,00 kr. inkl. moms forfalder om syv dage; "
                + "indbetal til " + mule(3) + ".\n\nKroppedal Stjernevagt")
            .attach("application/pdf", "spejlrens.pdf", Attachments.pdf(docId(m, "sp75"), "Faktura spejlrens",
                List.of("Kroppedal Stjernevagt", "Rens og genbelægning af hovedspejl, justering", "Total inkl. moms 31.900,00",
                    "Indbetaling " + mule(3))));
        ownedBy(m, OWNED[32]);
        m.description = "unknown firm bills mirror re-coating 'agreed in September' (EE IBAN)";
        m = bad("fake-kroppedal-observatory-telescope-invoice");
        headers(m, "Vridsløsemagle Teleskopservice", "ordre@" + OWNED[33], "kultur@htk.dk", "Lovpligtig sikkerhedskontrol af kuppel")
            .text("Goddag\n\nKuppelmotorer og skydeluger i offentligt tilgængelige observatorier skal kontrolleres hvert år. "
                + "Vi har sat Kroppedal på ruten i januar. Betal forud 12.400 kr. til " + mule(14) + ", så sender vi "
                + "kontrolattesten efter besøget.\n\nVridsløsemagle Teleskopservice");
        ownedBy(m, OWNED[33]);
        m.description = "'mandatory yearly dome safety check' paid in advance (MT IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus75().generate(), List.of(
            "# Høje-Taastrup Kommune, Økonomi: invoice checks (seventy-fifth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=hedehusene-fjernvarme.dk reerslev-anlaeg.dk hedeland-scenelyd.dk kroppedal-optik.dk "
                + "flong-maler.dk sengelose-toemrer.dk taastrup-rengoering.dk vestegnens-lokalblad.dk vridslosemagle-vognmand.dk "
                + "taastrup-elservice.dk hedehusene-vvs.dk taastrup-storkoekken.dk hoejetaastrup-traelast.dk vestegnens-itdrift.dk "
                + "taastrup-turistbusser.dk flong-kontorforsyning.dk",
            "invoice.domains.platforms=fakturlinje.dk kasseflow.com notaflow.io postkurv.dk",
            "invoice.names.protected=Høje-Taastrup Kommune"));
    }
}
