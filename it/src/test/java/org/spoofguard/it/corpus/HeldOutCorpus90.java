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
 * The ninetieth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Greve Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, schools, elderly
 * care, culture, museum, beach and property mailboxes; town hall Rådhusholmen 10, 2670 Greve) on Køge Bugt between
 * Copenhagen and Køge: Greve Strand with its long beach and the bathing jetties set out every spring, Hundige with its harbour,
 * Mosede with the coastal fort of 1913-15 that is now a museum of Denmark in the First World War, Karlslunde and Karlslunde
 * Strand, Greve Landsby, Olsbæk, Kildebrønde and Tune; seventeen listed suppliers from those places in every DNS posture real
 * Danish firms have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code fakturavind.dk},
 * {@code brevsnor.com}, {@code udlaegsbox.io}, {@code rykkerfri.dk}), a metal conservator keeping the fort's guns, a firm
 * setting out and taking in the bathing jetties, sole traders on free mail, foreign suppliers, SaaS ({@code vagtbog.io},
 * {@code lonkompas.dk}), an ESP ({@code postfold.com}), an e-signature service ({@code tegnfast.dk}), banks, a creditor list,
 * forwarders (with and without SRS) and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake NemHandel notices, fake inkasso, compromised mailboxes, hijacked
 * threads, split payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee,
 * fake e-signature requests, callback scams, fake domain renewals, payroll changes, look-alikes, homoglyphs) and two kinds
 * new here: rust treatment, paint or a gun salute for the guns of Mosede Fort billed by someone who never touched them
 * (fake-fort-gun-battery-restoration-invoice), and setting out, taking in, winter storage or new ladders of Greve Strand's
 * bathing jetties billed to a new account (fake-bathing-jetty-mounting-invoice). The invoice engine, its tests, tuning notes
 * and earlier results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived
 * from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus90GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus90 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout90");
    public static final String OWN = "greve.dk";
    static final String FRAUD_NET = "127.190.";
    private static final String OWN_IP = "127.94.0.1";
    private static final String EAN = "5798007640185";
    private static final String KOMMUNE = "Greve Kommune";
    private static final String RAADHUS = "Rådhusholmen 10, 2670 Greve";
    private static final String HOSTER_IP = "127.94.9.1";
    private static final String GMAIL = "127.95.1.1";
    private static final String MSFT = "127.95.2.1";
    private static final String APPLE = "127.95.5.1";

    private final Random rnd = new Random(90_2670_0090L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The conservator's conservation plan for the guns of Mosede Fort (the frauds cite it). */
    private String gunPlan;
    /** The jetty firm's season contract for Greve Strand's bathing jetties (the frauds cite it). */
    private String jettyContract;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 25, 0, 0, ZoneOffset.ofHours(1));
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

    private final Supplier varme = new Supplier("Karlslunde Varmeværk a.m.b.a.", "karlslunde-varmevaerk.dk", "Kundeservice",
        "kundeservice", "127.94.1.1", iban("DK", "40450004903318"), "fjernvarme til Karlslunde Skole, Karlslundehallen og "
        + "Plejecenter Karlslunde");
    private final Supplier entrep = new Supplier("Hundige Anlæg & Belægning ApS", "hundige-anlaeg.dk", "Morten Skov", "ms",
        "127.94.1.2", bank("4045", "0004911620"), "omlægning af fliser og ny kantsten på stationspladsen i Hundige");
    private final Supplier konservator = new Supplier("Tune Metalkonservering ApS", "tune-metalkonservering.dk",
        "Konservator Rikke Holm", "rikke", "127.94.1.3", bank("4045", "0004920074"), "konservering af kanonerne og "
        + "panserdelene i batteriet på Mosede Fort");
    private final Supplier bro = new Supplier("Greve Strand Bromontage v/ Kim Laursen", "greve-bromontage.dk", "Kim Laursen",
        "kim", "127.94.1.4", iban("DK", "53690004929851"), "udlægning, optagning og eftersyn af badebroerne langs Greve Strand");
    private final Supplier gartner = new Supplier("Mosede Anlægsgartner ApS", "mosede-anlaegsgartner.dk", "Tina Mølgaard",
        "tina", "127.94.1.5", iban("DK", "40450004936607"), "græsslåning og beskæring på skolernes udearealer");
    private final Supplier toemrer = new Supplier("Greve Landsby Tømrer ApS", "grevelandsby-toemrer.dk", "Bo Kjærsgaard", "bo",
        "127.94.1.6", bank("4045", "0004944402"), "nyt loft og lydregulering i Greve Landsby Børnehus");
    private final Supplier maler = new Supplier("Kildebrønde Malerforretning v/ Palle Juhl", "kildebronde-maler.dk",
        "Palle Juhl", "palle", "127.94.1.7", bank("5369", "0005518840"), "maling af gange og trappeopgange, Tune Skole");
    private final Supplier rengoer = new Supplier("Greve Erhvervsrengøring A/S", "greve-erhvervsrengoering.dk",
        "Økonomiafdelingen", "okonomi", "127.94.1.8", iban("DK", "53690004951183"), "daglig rengøring af Rådhuset, "
        + "Greve Bibliotek og Portalen");
    private final Supplier avis = new Supplier("Bugtposten", "bugtposten.dk", "Annonceafdelingen", "annonce", "127.94.1.9",
        iban("DK", "40450004962270"), "annoncer: lokalplan for Hundige Havn og jobopslag i dagplejen");
    private final Supplier vognmand = new Supplier("Olsbæk Vognmandsforretning ApS", "olsbaek-vognmand.dk", "Jens Olsbæk",
        "jens", "127.94.1.10", bank("5369", "0005527713"), "kørsel med sand til legepladser og bortkørsel af tang ved Mosede");
    private final Supplier el = new Supplier("Mosede El-Teknik ApS", "mosede-elteknik.dk", "Peter Dalgaard", "pd", HOSTER_IP,
        bank("4045", "0004970136"), "nye LED-armaturer og nødbelysning, Mosede Skole");
    private final Supplier vvs = new Supplier("Karlslunde VVS & Blik ApS", "karlslunde-vvs.dk", "Kontoret", "kontor",
        "127.94.1.12", bank("5369", "0005534590"), "udskiftning af vandvarmere og blandingsbatterier, Karlslundehallen");
    private final Supplier mad = new Supplier("Tune Madservice A/S", "tune-madservice.dk", "Tune Madservice, Regnskab",
        "regnskab", "127.94.1.13", iban("DK", "40450004983357"), "mad til hjemmeboende borgere og til plejecentrene");
    private final Supplier byg = new Supplier("Hundige Trælast A/S", "hundige-traelast.dk", "Proffsalget", "proff",
        "127.94.1.14", iban("DK", "53690004990412"), "trælast og byggevarer til Ejendomsservice efter rammeaftale");
    private final Supplier it = new Supplier("Bugtens Skole-IT ApS", "bugtens-skoleit.dk", "Fakturering", "faktura",
        "127.94.1.15", bank("4045", "0005004491"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Greve Skolebusser ApS", "greve-skolebusser.dk", "Kørselskontoret", "koersel",
        "127.94.1.16", bank("5369", "0005541268"), "skolekørsel Tune-Kildebrønde-Greve og kørsel til idrætsdage");
    private final Supplier kontor = new Supplier("Karlslunde Kontorforsyning ApS", "karlslunde-kontor.dk", "Ordrekontoret",
        "ordre", "127.94.1.17", iban("DK", "40450005011175"), "kopipapir, kuverter og blæk til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Kildebrønde Smedie v/ Ulrik Berg", "kildebronde-smedie.dk", "Ulrik Berg",
        "ulrik", "127.94.2.1", bank("4045", "0005019938"), "nye gelændere ved trappen ned til stranden i Karlslunde");
    private final Supplier natur = new Supplier("Karlslunde Naturpleje v/ Hanne Bech", "naturpleje-karlslunde.dk",
        "Hanne Bech", "hanne", "127.94.2.2", bank("5369", "0005550034"), "høslæt og rydning af pil på strandengen ved Mosede");
    private final Supplier guide = new Supplier("Fortguide v/ Thomas Krag", "gmail.com", "Thomas Krag", "thomas.krag.fortguide",
        GMAIL, bank("4045", "0005026617"), "omvisninger på Mosede Fort for 8. årgang, 5 hold");
    private final Supplier tolk = new Supplier("Tolkning v/ Leyla Demir", "outlook.com", "Leyla Demir", "leyla.demir.tolk", MSFT,
        bank("5369", "0005567729"), "tolkning tyrkisk-dansk, Jobcenter Greve, 3 x 2 timer");
    private final Supplier musik = new Supplier("Harmonikaspiller Erik Vind", "icloud.com", "Erik Vind", "erik.vind.harmonika",
        APPLE, bank("4045", "0005033306"), "eftermiddagsmusik på Plejecenter Karlslunde og Tune Ældrecenter");
    private final Supplier tysk = new Supplier("Kieler Festungsrestaurierung GmbH", "kieler-festungsrestaurierung.de",
        "Buchhaltung", "buchhaltung", "127.94.7.1", iban("DE", "210500000092815507"), "Ersatzteile für Lafetten, Mosede Fort");
    private final Supplier svensk = new Supplier("Trelleborgs Bryggdelar AB", "trelleborgs-bryggdelar.se", "Fakturering",
        "faktura", "127.94.7.2", iban("SE", "82800000081234567712"), "bryggben, beslag och badstegar till badbryggorna");

    private final List<Supplier> listed = List.of(varme, entrep, konservator, bro, gartner, toemrer, maler, rengoer, avis,
        vognmand, el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name of Greve; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"karlslunde-varmevaerk.com", "hundige-anlaeg.net", "hundige-traelast.com",
        "mosede-el-teknik.dk", "greve-erhvervsrengoring.dk", "karlslunde-vvs.net", idn("hundige-tr\u0430elast.dk"),
        idn("greve-k\u043emmune.dk"), "fakturavind-greve.dk", "brevsnor-tune.com", "grevelandsby-tomrer.dk",
        "tune-madservice.com", "greve-skolebusser.net", "olsbaek-vognmand.net", "greve-inkasso.dk", "mitid-greve.com",
        "digitalpost-karlslunde.com", "nemhandel-hundige.net", "hundige-parkering.dk", "tune-betalingsservice.net",
        "greve-ordrekontor.com", "kildebronde-malerforretning.dk", "karlslunde-kontor.net", "greve-skoleit.net",
        "hundige-anlaeg-aps.dk", "tegnfast-mosede.dk", "karlslunde-esign.net", "karlslunde-vvs-blik.dk",
        "greve-dns-fornyelse.com", "tune-metalkonservering.com", "mosedefort-kanonlaug.dk", "hundige-fortifikation.dk",
        "greve-bromontage.net", "karlslunde-badebroer.dk", "mosede-strandservice.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(konservator.domain(), List.of(konservator.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(bro.domain(), List.of(bro.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(gartner.domain(), List.of(gartner.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.94.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.94.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bugtens-affald.dk", List.of("127.94.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("slks-fredning.dk", List.of("127.94.10.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("greve-museum.dk", List.of("127.94.10.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("tune-efterskole.dk", List.of("127.94.10.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bugtens-revision.dk", List.of("127.94.10.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("greve-isenkram.dk", List.of("127.94.10.6"), "-all", null, "none");
        domain("hundige-havn.dk", List.of("127.94.10.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("fakturavind.dk", List.of("127.94.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("brevsnor.com", List.of("127.94.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("udlaegsbox.io", List.of("127.94.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("rykkerfri.dk", List.of("127.94.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("bugtbanken.dk", List.of("127.94.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("greve-sparekasse.dk", List.of("127.94.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-oest.dk", List.of("127.94.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kommunebogholdere-oest.dk", List.of("127.94.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkobere-oest.dk", List.of("127.94.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postfold.com", List.of("127.94.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindeltjek-sjaelland.dk", List.of("127.94.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.greve-fiber.dk", List.of("127.94.28.1"), "-all", null, null);
        domain("relay.mosede-net.dk", List.of("127.94.29.1"), "-all", null, null);
        domain("vagtbog.io", List.of("127.94.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("lonkompas.dk", List.of("127.94.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("tegnfast.dk", List.of("127.94.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
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
        switch (Math.floorMod(sha256("no90:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36-" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "GRV" + (4_100 + rnd.nextInt(5_000));
            case 2:
                return String.valueOf(71_000 + rnd.nextInt(20_000));
            case 3:
                return "F" + String.format("%06d", 1_200 + rnd.nextInt(40_000));
            case 4:
                return "2036-" + (1_000 + rnd.nextInt(900));
            default:
                return "INV-" + (8_000 + rnd.nextInt(1_900));
        }
    }

    private static final String[] TO = {"kreditor@greve.dk", "efaktura@greve.dk", "kreditor@greve.dk", "oekonomi@greve.dk",
        "teknik@greve.dk", "skole@greve.dk", "aeldre@greve.dk", "strand@greve.dk", "ejendomme@greve.dk", "indkoeb@greve.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf90:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr90:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi90:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "karlslunde-varmevaerk.dk" -> "Værkstien 2, 2690 Karlslunde";
            case "hundige-anlaeg.dk" -> "Hundige Bygade 31, 2670 Greve";
            case "tune-metalkonservering.dk" -> "Tune Bygade 18, 4030 Tune";
            case "greve-bromontage.dk" -> "Greve Strandvej 140, 2670 Greve";
            case "mosede-anlaegsgartner.dk" -> "Mosede Landevej 77, 2670 Greve";
            case "grevelandsby-toemrer.dk" -> "Greve Landsby 9, 2670 Greve";
            case "kildebronde-maler.dk" -> "Kildebrøndevej 44, 2670 Greve";
            case "greve-erhvervsrengoering.dk" -> "Greve Centervej 12, 2670 Greve";
            case "bugtposten.dk" -> "Hundigevej 60, 2670 Greve";
            case "olsbaek-vognmand.dk" -> "Olsbækvej 5, 2670 Greve";
            case "mosede-elteknik.dk" -> "Mosede Strandvej 23, 2670 Greve";
            case "karlslunde-vvs.dk" -> "Karlslunde Strandvej 88, 2690 Karlslunde";
            case "tune-madservice.dk" -> "Industriskellet 4, 4030 Tune";
            case "hundige-traelast.dk" -> "Hundige Strandvej 201, 2670 Greve";
            case "bugtens-skoleit.dk" -> "Greve Main 30, 2670 Greve";
            case "greve-skolebusser.dk" -> "Tunevej 112, 4030 Tune";
            case "karlslunde-kontor.dk" -> "Karlslunde Centervej 3, 2690 Karlslunde";
            case "kildebronde-smedie.dk" -> "Kildebrønde Byvej 20, 2670 Greve";
            case "naturpleje-karlslunde.dk" -> "Strandengen 6, 2690 Karlslunde";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a plain invoice with a "from/to" block, service line and totals; a time sheet
     * with man-hours, machine hire and materials and the FI line (card 71); an on-account charge with the supply point, meter
     * and on-account amount and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Fakturanr. " + no + " | Dato " + dottedDay(m, 0) + " | Deres ref. " + s.person());
                l.add("Fra: " + s.name() + (addr.isEmpty() ? "" : ", " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Til: " + KOMMUNE + ", " + RAADHUS + " - EAN " + EAN);
                l.add("Ydelse: " + s.what());
                l.add("Beløb ekskl. moms " + a.net() + " | Moms 25 % " + a.vat() + " | I alt DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage, senest " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Bankkonto: " + account + " - husk fakturanr. ved betaling");
                }
            }
            case 1 -> {
                head = "Timeseddel / faktura " + no;
                l.add(s.name() + " | " + addr + " | CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " (EAN " + EAN + ") - Opgave: " + s.what());
                long hours = a.ore() * 47 / 100;
                long machine = a.ore() * 13 / 100;
                l.add("Mandetimer " + kr(hours) + " | Maskinleje " + kr(machine) + " | Materialer " + kr(a.ore() - hours - machine));
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Forfald " + writtenDay(m, 21) + (account == null ? "" : " | Overføres til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Acontoopkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Forbrugssted/kunde " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -28) + " til " + dottedDay(m, 2) + ": " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast bidrag " + kr(fixed) + " | Aconto forbrug og ydelser " + kr(a.ore() - fixed));
                l.add("Beløb u. moms " + a.net() + " | Moms " + a.vat() + " | Til betaling " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist " + dashedDay(m, 14) + (account == null ? "" : " | Konto " + account));
                if (own) {
                    l.add("Betal via " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Greve Kommune " + no + ".pdf", "FAK" + no + ".pdf",
            "fakturakopi-" + no + ".pdf", "Opkraevning_" + no + ".pdf", "dok" + no + ".pdf", "Faktura-nr-" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Kære Greve Kommune", "Hej kreditorerne", "Til bogholderiet i Greve", "Hej",
        "Goddag Greve Kommune", "Til rette vedkommende", "Hej økonomi", "Hej alle sammen"};

    private String phone() {
        return "43 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig90:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh. " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nHilsen\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\nSendt fra min iPhone" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_500_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura nr. " + no + " - " + KOMMUNE,
            "Fakturering " + no, "Faktura " + no + " (EAN " + EAN + ")", "Opkrævning " + no, "Fremsendelse af faktura " + no,
            s.name() + ": faktura for " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Her er fakturaen på " + a.gross() + " kr. inkl. moms. Den forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er lagt ind til jeres EAN-nummer " + EAN + " også, så den skal kun betales den ene gang.";
            case 3 -> "Tak for samarbejdet. Fakturaen er vedhæftet i PDF.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb: " + a.gross() + " kr.\nForfaldsdato: " + dottedDay(m, 30);
            case 5 -> "Vedhæftet faktura for det udførte. Jeres bestillingsnummer fremgår af bilaget.";
            case 6 -> "Fakturaen for månedens leverancer ligger i vedhæftningen. Ring endelig, hvis noget ser forkert ud.";
            default -> "Se venligst den vedlagte faktura.";
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
        if (List.of(varme, rengoer, mad, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, konservator, bro, gartner, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Rådhusholmen 10", "Greve", "2670", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        gunPlan = "KP-MF-" + (140 + rnd.nextInt(60));
        jettyContract = "BB-" + (2_036_00 + rnd.nextInt(90));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == konservator ? List.of("Konserveringsplan " + gunPlan + ": 2 kanoner, 4 lavetter, "
                + "panserplader i batteriet")
                : s == bro ? List.of("Sæsonaftale " + jettyContract + ": optagning af 14 badebroer, oktober 2036") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Park og Vej"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the beach stair railings, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, gartner);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Bestillingsnr. GK-" + (27_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@greve.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Portalen, nyt foyerområde" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nLeveringssedlerne ligger med som bilag." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget af Ejendomsservice, Greve", "Kolli i alt: " + (4 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader krydsfiner kom med knækkede hjørner og er sendt retur."},
            {kontor, "Kreditnota til faktura ", "Kuverterne med rude i venstre side var ikke dem, I bestilte; vi har hentet dem."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (2_100 + rnd.nextInt(600));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@greve.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " lyder på " + a.gross() + " kr. og kan trækkes fra "
                    + "i jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "KN_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se en indbetaling på nedenstående faktura. Har I allerede betalt, "
            + "krydser beløbene sikkert hinanden."},
            {entrep, "Rykker 1", "Betalingsfristen er overskredet med en uge. Der er ikke beregnet gebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@greve.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Beløbet indbetales som sædvanlig til " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Rykker", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@greve.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej\n\nI forbindelse med jeres afstemning kan vi bekræfte, at faktura " + p.no() + " er indbetalt, og at "
                + "saldoen hos os er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "olsbaek-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(800_000);
            boolean peppol = v == 1;
            String ref = "GK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@greve.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL 2.02)"))
                .text("Hej efaktura\n\nVores udbyder af fakturaprogram har problemer med afsendelsen til NemHandel i denne uge, "
                    + "så I får e-fakturaen som fil her og en læsbar kopi som PDF. Kontooplysningerne er uændrede. Hvis den samme "
                    + "faktura senere dukker op ad den normale vej, er det en dublet.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "bis3_" : "oioubl202_") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Bestillingsnr. " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturavind.dk", "brevsnor.com", "udlaegsbox.io", "rykkerfri.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "b-" + sha256("plat90:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "RF" + (70_000 + rnd.nextInt(9_000));
                headers(m, "Rykkerfri", "faktura@rykkerfri.dk", "skole@greve.dk", "Faktura " + no + " - vikartimer november")
                    .text("Til " + KOMMUNE + ", Center for Skole\n\nHer er fakturaen for de lærervikartimer, jeres skoleledere har "
                        + "godkendt i vores portal for november: 132 timer fordelt på fire skoler. Vikarerne er ansat hos os.\n\n"
                        + "Samlet " + a.gross() + " kr. med betaling senest " + dottedDay(m, 20) + " til "
                        + iban("DK", "53690005074418") + ".\n\nRykkerfri ApS")
                    .attach("application/pdf", "Rykkerfri-" + no + ".pdf", Attachments.pdf(docId(m, "rf"), "Faktura " + no,
                        List.of("Rykkerfri ApS", "Kunde: " + KOMMUNE + ", Center for Skole", "Vikartimer november 2036: 132",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "53690005074418"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform rykkerfri.dk invoices approved supply-teacher hours under its own name";
                continue;
            }
            String no = "V-" + (510_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "strand@greve.dk" : "kultur@greve.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif;color:#222\"><p>Hej " + KOMMUNE + "</p><p>"
                    + s.name() + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med sidste rettidige "
                    + "betaling " + dottedDay(m, 14) + ".</p><p>Fakturaen er vedhæftet som PDF. Svarer du på denne besked, "
                    + "havner svaret direkte hos " + s.person() + ".</p><p style=\"color:#888;font-size:9px\">Denne besked er "
                    + "sendt gennem " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 4, List.of(), v == 3 ? "\n\nDer er ikke moms på, da jeg ikke er momsregistreret." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "KF-" + (36_400 + rnd.nextInt(700));
        Amount a = amount(780_000);
        headers(m, "Kieler Festungsrestaurierung", addr(tysk), "museum@greve.dk", "Rechnung " + no + " - Mosede Fort")
            .text("Sehr geehrte Damen und Herren,\n\nanbei senden wir Ihnen die Rechnung " + no + " über die gelieferten "
                + "Ersatzteile für die Lafetten im Mosede Fort. Es gilt das Reverse-Charge-Verfahren.\n\nMit freundlichen "
                + "Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Kiel", "Kunde: " + KOMMUNE + ", Greve Museum / Mosede Fort", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlung an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "TB-" + (8_200 + rnd.nextInt(600));
        headers(m, "Trelleborgs Bryggdelar", addr(svensk), "strand@greve.dk", "Faktura " + no + " - bryggdelar Greve Strand")
            .text("Hej,\n\nBifogat finns fakturan för bryggben, beslag och två badstegar till era badbryggor, som er "
                + "entreprenör beställde i oktober. Betalning till vårt konto enligt fakturan.\n\nVänliga hälsningar\n"
                + "Fakturering, Trelleborgs Bryggdelar AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "IBAN-betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Vagtbog Billing", "billing@vagtbog.io", "aeldre@greve.dk", "Your Vagtbog invoice for December")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Vagtbog (shift planning for home care, 210 "
                + "seats). It has also been delivered to EAN " + EAN + " through your e-invoicing address.\n\nTotal due: DKK "
                + a.gross() + "\n\nThe Vagtbog team")
            .attach("application/pdf", "vagtbog-invoice-dec.pdf", Attachments.pdf(docId(m, "vb"), "Invoice",
                List.of("Vagtbog ApS", "Customer: " + KOMMUNE + ", home care", "December 2036, 210 seats", "DKK " + a.gross())));
        genuine(m, "127.94.30.1");
        m.description = "SaaS vagtbog.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Lønkompas", "betaling@lonkompas.dk", "loen@greve.dk", "Kvittering - Lønkompas årslicens")
            .text("Hej lønafdeling\n\nTak for betalingen af jeres årslicens til Lønkompas (overenskomstopslag for 12 brugere). "
                + a.gross() + " kr. er hævet på kortet, der ender på 7713. Kvitteringen kan også hentes i administrationsmodulet."
                + "\n\nLønkompas");
        genuine(m, "127.94.31.1");
        m.description = "SaaS lonkompas.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("5369", "0005612870");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@greve.dk", "Skift af bank pr. 1. december")
            .text("Hej kreditor\n\nVi har flyttet firmaets konti til Greve Sparekasse. Fakturaer, der er udstedt den 1. december "
                + "2036 eller senere, skal betales til " + nyT + ". Ældre fakturaer betales til den konto, der står på dem.\n\n"
                + "Vil I have skiftet bekræftet mundtligt, så ring til mig på det fastnetnummer, I har i kartoteket."
                + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Konto: " + nyT,
                    "Bo Kjærsgaard, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye døre til grupperummene, Greve Landsby Børnehus");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036 jf. vores brev"), "\n\nBemærk, at betalingen nu skal til "
            + "vores nye konto i Greve Sparekasse.");
        genuine(m, toemrer.ip());
        m.description = "grevelandsby-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "40450005098826");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Tune Madservice, Regnskab", addr(mad), "kreditor@greve.dk", "Ændret kontonummer fra december")
            .text("Til " + KOMMUNE + ", kreditorbogholderiet og Center for Omsorg\n\nTune Madservice er overgået til ny "
                + "bankforbindelse, fordi vores koncern har samlet alle selskaber i én bank. Fakturaer med dato fra 1. december "
                + "betales til " + nyM + ". Betalinger til den gamle konto modtages frem til årsskiftet. Et underskrevet brev "
                + "med samme indhold er lagt i jeres Digital Post.\n\nVenlig hilsen\nTune Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny bankkonto fra 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "tune-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=q7Tn=LB=bugtposten.dk=annonce@srs.greve-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.94.28.1";
        m.helo = "srs.greve-fiber.dk";
        m.description = "bugtposten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.mosede-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.mosede-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"kommunebogholdere-oest.dk", "Birthe Lassen", "bila@", "Regning for rustbehandling af kanoner?",
            "Kære netværk\n\nHar andre museumskommuner fået en regning for 'ekstra rustbehandling efter stormen' fra et firma, "
                + "der ligner vores konservator, men med en anden bank? Vi har holdt den tilbage.\n\nBirthe"},
            {"indkobere-oest.dk", "Kasper Friis", "kafr@", "Badebroer - opbevaring over vinteren", "Hej\n\nPas på: en kollega "
                + "modtog en opkrævning for vinteropbevaring af badebroer fra et ukendt firma. Brofirmaet, de bruger, kendte "
                + "ikke noget til det.\n\nKasper"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditornet-oest.dk", x[3])
                .header("List-Id", "Kreditornet Øst <netvaerk.kreditornet-oest.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-oest.dk", "[Kreditornet] ", "\r\n____\r\nKreditornet Øst - for kreditorbogholdere "
                + "i offentlige virksomheder\r\nAfmeld: https://kreditornet-oest.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindeltjek-sjaelland.dk", "Svindeltjek Sjælland", "Fort, strand og kanoner: svindlerne læser med",
            "Falske regninger citerer nu rigtige aftalenumre for museumsgenstande og strandudstyr. Få aftalenummeret bekræftet "
                + "på et telefonnummer, du selv slår op."},
            {"bugtens-revision.dk", "Bugtens Revision", "Sådan lukker I året uden fejl i kreditorerne",
                "Gennemgå kreditorstamdata, og kræv at to medarbejdere godkender ændrede kontonumre, før de bruges."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl90:" + x[0]).substring(0, 12) + "@postfold.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@greve.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs "
                    + "mere på hjemmesiden</a></p><p style=\"font-size:9px;color:#777\">Du modtager dette nyhedsbrev som "
                    + "abonnent. Afmeld her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postfold.com");
            m.ip = "127.94.26.1";
            m.helo = "mta.postfold.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postfold.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Greve Museum", "museum@", "kreditor@greve.dk", "Kanonerne på Mosede Fort",
            "Hej kreditor\n\nDet er udelukkende Tune Metalkonservering, der arbejder på kanonerne og lavetterne på fortet, og "
                + "alt sker efter konserveringsplanen. Deres fakturaer har planens nummer på. Får I andre regninger om "
                + "kanonerne, så send dem til museet, før noget betales.\n\nGreve Museum"},
            {"Strand og Natur", "strand@", "kreditor@greve.dk", "Badebroerne", "Hej\n\nBadebroerne lægges ud i maj og tages "
                + "op i oktober af Greve Strand Bromontage under sæsonaftalen, og de står i vinteropbevaring i kommunens egen "
                + "hal. Der er ingen andre firmaer involveret.\n\nStrand og Natur"},
            {"Center for Økonomi", "oekonomi@", "ledere@greve.dk", "Ændrede kontonumre", "Kære ledere\n\nSom altid: ændrer en "
                + "leverandør kontonummer, skal det bekræftes telefonisk af kreditorbogholderiet på et nummer fra vores "
                + "leverandørkartotek. Send den slags mails til kreditor@, ikke direkte til betaling.\n\nCenter for Økonomi"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Bugtbanken Erhverv", "erhverv@bugtbanken.dk", "oekonomi@greve.dk", "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 241 overførsler. De gennemføres på den valgte "
                + "betalingsdato, og status kan følges i erhvervsnetbanken. Vi sender aldrig links i denne slags beskeder.\n\n"
                + "Bugtbanken");
        genuine(m, "127.94.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Greve Sparekasse", "info@greve-sparekasse.dk", "oekonomi@greve.dk", "Nye priser på valutaoverførsler")
            .text("Til vores erhvervskunder\n\nPriserne på overførsler til udlandet justeres fra 1. februar. Den fulde "
                + "prisliste kan ses, når I logger på netbanken.\n\nGreve Sparekasse");
        genuine(m, "127.94.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("fort-gun-restoration-invoice", true);
        invoice(m, konservator, konservator.account(), 7, List.of("Konserveringsplan " + gunPlan + ", 4. kvartal",
            "Voksbehandling af kanonrør, kontrol af drejemekanisme"), "\n\nTilstandsrapporten er sendt til museumsinspektøren.");
        genuine(m, konservator.ip());
        m.description = "the real conservator invoices the quarter's work on Mosede Fort's guns (RSA, no DMARC)";
        m = ok("bathing-jetty-invoice", true);
        invoice(m, bro, bro.account(), 10, List.of("Sæsonaftale " + jettyContract + ", eftersyn efter optagning",
            "Udskiftning af 22 brædder og 6 bolte"), "\n\nBroerne står klar i kommunens hal til foråret.");
        genuine(m, bro.ip());
        m.description = "the jetty firm invoices the post-season check of the bathing jetties (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Greve Strand Bromontage", addr(bro), "strand@greve.dk", "Vinteren og broerne")
            .text("Hej Strand og Natur\n\nAlle 14 broer er taget op og står i jeres hal. Vi tilser dem en gang i januar, det "
                + "er med i sæsonaftale " + jettyContract + ". Hvis der kommer en storm, gør vi ingenting uden at I har "
                + "ringet til os først, og der kommer aldrig en regning for noget, I ikke har bestilt.\n\nKim");
        genuine(m, bro.ip());
        m.description = "the jetty firm explains the winter arrangement, no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Bugtens Affald I/S", "opkraevning@bugtens-affald.dk", "efaktura@greve.dk", "Ejerkommunebidrag 4. kvartal")
            .text("Til ejerkommunerne\n\nVedhæftet er opkrævningen af ejerkommunebidraget for fjerde kvartal. Den er også "
                + "sendt elektronisk til jeres EAN.\n\nBugtens Affald I/S")
            .attach("application/pdf", "Bidrag-4kv.pdf", Attachments.pdf(docId(m, "aff"), "Ejerkommunebidrag 4. kvartal 2036",
                List.of("Bugtens Affald I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "40450005110937"))));
        genuine(m, "127.94.10.1");
        m.description = "intermunicipal waste company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Slots- og Kulturstyrelsen, Fredning", "fredning@slks-fredning.dk", "museum@greve.dk",
            "Besigtigelse af Mosede Fort")
            .text("Til Greve Museum\n\nStyrelsen besigtiger i foråret de fredede anlæg på Mosede Fort som led i den faste "
                + "runde. Vi aftaler en dato med jer. Besigtigelsen er uden betaling.\n\nSlots- og Kulturstyrelsen");
        genuine(m, "127.94.10.2");
        m.description = "authority announces an inspection of the listed fort, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@tegnfast.dk";
        headers(m, "Greve Museum via Tegnfast", "noreply@tegnfast.dk", "kultur@greve.dk", "Til underskrift: udlånsaftale")
            .header("Reply-To", "<samlinger@greve-museum.dk>")
            .text("Greve Museum har sendt 'Udlånsaftale - uniformer fra 1914' til underskrift.\n\nDu finder dokumentet, når du "
                + "logger på Tegnfast som du plejer.\n\nTegnfast");
        genuine(m, "127.94.32.1");
        m.description = "real e-signature request from tegnfast.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Greve Isenkram", "kasse@greve-isenkram.dk", "strand@greve.dk", "Kvittering for dit køb")
            .text("Tak fordi du handlede hos os\n\n4 ruller afspærringsbånd, 2 skovle, 1 trillebør. Betalt med kommunens "
                + "indkøbskort.\n\nGreve Isenkram");
        genuine(m, "127.94.10.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Tune Efterskole", "bogholderi@tune-efterskole.dk", "oekonomi@greve.dk", "Advis om indbetaling")
            .text("Hej\n\nVi har i dag overført 18.600 kr. for leje af Tunehallen til vores idrætsuge.\n\nTune Efterskole");
        genuine(m, "127.94.10.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Hundige Havn", "havnefoged@hundige-havn.dk", "strand@greve.dk", "Ordrebekræftelse: vinterplads")
            .text("Hej\n\nKommunens to redningsjoller har vinterplads på land hos os frem til 15. april. Regningen kommer via "
                + "EAN som sædvanlig.\n\nHavnefogeden, Hundige Havn");
        genuine(m, "127.94.10.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "5532500060011184"), iban("DK", "89900006240917"), bank("5479", "0006631184"),
        iban("EE", "3810220022450061"), iban("PL", "621020102600000902002233"), iban("GB", "REVO00997011223344"),
        iban("IE", "AIBK93115212345678"), iban("NL", "BUNQ2206711498"), iban("DE", "120300000018840276"),
        iban("HU", "117730160000000051904412"), iban("RO", "BTRL0130120166551200"), iban("BG", "STSA93000024417790"),
        iban("CY", "005002000000001200527711"), bank("9070", "0002243318"), iban("MT", "MMEB44093000000009012345671"),
        iban("SE", "91200000061234509876"), iban("LT", "0870400055517733"), iban("DK", "91520005580043")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 2, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nVarmeværket har overdraget "
            + "opkrævningen til et fælles administrationsselskab for flere værker på Sjælland, og derfor skal betalingen "
            + "fremover ske til den konto, der er trykt på denne regning. Overførsler til den gamle konto kan blive afvist.");
        forged(m, forgedHost++);
        m.description = "forged From karlslunde-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 5, List.of(), "", "Hej annoncører\n\nAnnoncerne for december er faktureret. Bugtposten er "
            + "overtaget af en udenlandsk mediekoncern, og vores danske bankkonto lukker ved månedens udgang. Indbetal derfor "
            + "beløbet til koncernens konto, som fremgår af fakturaen.");
        forged(m, forgedHost++);
        m.description = "forged From bugtposten.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"karlslunde-varmevaerk.com", varme, "Vinterens acontoopkrævning for Karlslunde Skole, Karlslundehallen "
            + "og plejecentret er vedhæftet. Varmeværkets bestyrelse har flyttet driftskontoen fra andelskassen i Karlslunde til "
            + "en landsdækkende bank, og kontoen i jeres kreditorkartotek nedlægges ved nytår. Opdatér derfor "
            + "varmeværkets stamdata med kontonummeret fra opkrævningen, før I betaler.",
            "Varmeværkets driftskonto er flyttet - se beløbsfeltet"},
            {"hundige-anlaeg.net", entrep, "Omlægningen af fliserne og den nye kantsten foran Hundige Station blev afsluttet i "
                + "fredags, og pladsen er åben for cyklerne igen. Morten har solgt anlægsfirmaet til sin svoger pr. 1. november, "
                + "og de gamle konti i Hundige følger ikke med i handlen. Derfor skal pengene overføres til den konto, vi har "
                + "skrevet nederst på timesedlen.", "Ejerskifte 1. november: gammel konto lukket"},
            {"hundige-traelast.com", byg, "Proffsalget i Hundige sender hermed samlefakturaen for novembers udleveringer til "
                + "Ejendomsservice: lægter, krydsfiner og skruer til skurene ved Mosede Fort og Greve Strand. Trælasten har skiftet "
                + "hovedbank efter en revision af koncernens likviditet, og den konto, I plejer at bruge, kan ikke modtage "
                + "penge fra i dag.", "Udleveret fra lageret på Hundige Strandvej mod rekvisition"},
            {"mosede-el-teknik.dk", el, "LED-armaturerne og nødbelysningen på Mosede Skole er monteret og afprøvet sammen med "
                + "jeres pedel. Peter overdrager el-firmaet til sin datter ved årsskiftet, og samtidig har vi samlet forretningen "
                + "i et nyt pengeinstitut. Fakturaen på arbejdet i gymnastiksalen og gangene skal derfor betales til kontoen "
                + "i den vedhæftede PDF.", "Generationsskifte: ny bankforbindelse fra november"}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of((String) l[i][3]), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Kontooplysninger opdateret " + dottedDay(m, -2), "Afhentet i trælastens gård på Hundige Strandvej"), "",
            "Proffsalget i Hundige sender novemberfakturaen for de reglar, gipsplader og spær, som Ejendomsservice hentede til "
                + "ombygningen af Portalens garderobe. Trælasten er netop flyttet til en ny bank, og fra og med denne faktura skal "
                + "betalingen ske til kontonummeret i bilaget; kontoen i jeres leverandørkartotek er lukket.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as hundige-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@greve.dk", "Fortroligt: deponering i dag")
            .text("Kære kreditorbogholder\n\nBorgmesteren har i weekenden fået mundtligt tilsagn om at kommunen kan købe "
                + "grunden med de gamle sommerhuse ved Karlslunde Strand, som grænser op til strandengen, før en developer fra "
                + "Ishøj lægger et bud. Sælgers advokat vil have et depositum på 410.000 kr. stående på klientkontoen "
                + mule(14) + " inden middag, ellers sælges grunden til developeren. Skødet og købsaftalen fra advokaten kommer "
                + "bagefter. Sagen er fortrolig, indtil økonomiudvalget har holdt ekstraordinært møde torsdag.\n\n"
                + "Borgmesterens sekretariat, Rådhusholmen");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret beach-land deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Fakturavind", "besked@fakturavind-greve.dk", "kultur@greve.dk",
            "Betal nu og undgå gebyr")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig som ubetalt. "
                + "Et gebyr på 300 kr. lægges til i nat, medmindre I betaler med kort via knappen herunder:</p><p><a href=\""
                + "https://fakturavind-greve.dk/b/" + sha256("fv90").substring(0, 20) + "\">Betal fakturaen</a></p>"
                + "<p>Fakturavind</p></body></html>");
        ownedBy(m, "fakturavind-greve.dk");
        m.description = "look-alike of the platform fakturavind.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Brevsnor", "noreply@brevsnor-tune.com", "strand@greve.dk", "Faktura fra " + smed.name())
            .text("Hej Strand og Natur\n\nSmeden i Kildebrønde, " + smed.name() + ", har fra denne måned lagt hele sin "
                + "fakturering og opkrævning over til Brevsnor, så han kan bruge tiden i værkstedet. Regningen for gelænderne ved "
                + "strandtrappen i Karlslunde følger derfor fra os, og beløbet indbetales på Brevsnors samlekonto " + mule(15)
                + " - ikke til smedien i Kildebrønde, som ikke længere kan modtage betalinger direkte.\n\nVenlig hilsen\n"
                + "Brevsnor kundeservice")
            .attach("application/pdf", "brevsnor-" + (4_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                smed.posing("brevsnor-tune.com", mule(15)), "Faktura", "BS-" + (9_100 + rnd.nextInt(600)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Brevsnor")));
        ownedBy(m, "brevsnor-tune.com");
        m.description = "look-alike of brevsnor.com: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betales til factoringselskab"), "", "Rengøringen af Rådhuset, Greve Bibliotek "
            + "og Portalen for november er faktureret som aftalt. Vores bestyrelse har solgt selskabets tilgodehavender til et "
            + "factoringselskab fra december, og derfor skal netop denne faktura indbetales til " + mule(16) + " og ikke til "
            + "vores egen konto i Greve Centervej-afdelingen. Jeg sidder i budgetmøder med vores rengøringsledere hele ugen, "
            + "så skriv hellere her i tråden end at ringe til kontoret.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of greve-erhvervsrengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@greve.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen fra Bugtens Skole-IT\n\nVi må desværre bede om en ændring til fakturaen nedenfor for driften af "
                + "skolernes trådløse net og Chromebooks. Vores pengeinstitut gennemgår i øjeblikket selskabets konti efter "
                + "hvidvaskreglerne, og indtil gennemgangen er færdig, skal de " + p.amount().gross() + " kr. lande på "
                + mule(17) + ". Næste måneds faktura fra os betaler I helt som normalt til den konto, I kender.\n\nFakturering"
                + "\n" + it.name() + ", Greve Main\n\n> " + p.subject());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of bugtens-skoleit.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "grevelandsby-tomrer.dk"}, {mad, "tune-madservice.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@greve.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej kreditorbogholderiet i Greve\n\nTusind tak fordi I allerede har bogført faktura " + p.no() + " ("
                    + p.amount().gross() + " kr.) fra " + s.name() + ". Inden pengene sendes af sted: vores eksterne bogholder "
                    + "har ved kvartalsafstemningen opdaget, at fakturaskabelonen stadig havde kontonummeret fra før vores "
                    + "bankskifte i sommer. Vær sød at rette betalingsmodtageren til " + mule(i + 3) + " og send mig et par ord "
                    + "retur her i tråden, når det er rettet i jeres økonomisystem.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@greve.dk", "Tilskud til julemarkedet - haster")
            .text("Hej Økonomi\n\nJulemarkedsforeningen i Greve Landsby har fået lovning fra mig på 95.000 kr. til "
                + "telte, lyskæder og vagter ved gadekæret, og teltudlejeren fra Tune kræver pengene i dag. Send beløbet til "
                + "foreningens konto " + mule(7) + " - bevillingen følger i næste udvalgsmøde. Jeg sidder til KKR-møde i "
                + "Roskilde til sent, så skriv til mig her, når overførslen er lavet.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged greve.dk (p=reject) from outside: the mayor's urgent Christmas market grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@greve.dk", "Ny konto for Karlslunde VVS")
            .text("Hej kreditor\n\nIndehaveren af Karlslunde VVS & Blik ringede til mig i morges, fordi deres nye bank i "
                + "Køge har overtaget alle firmaets konti. Sæt " + mule(8) + " ind som ny konto på leverandøren i "
                + "stamdata, så det når med i eftermiddagens betalingskørsel. Jeg har selv talt med ham, så den telefoniske "
                + "kontrol er klaret.\n\nØkonomichefen, Center for Økonomi");
        forged(m, forgedHost++);
        m.description = "forged greve.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.greve@gmail.com", "oekonomi@greve.dk", "Har du to minutter?")
            .text("Hej\n\nEr du ved skrivebordet? Jeg sidder i et lukket forhandlingsmøde og kan kun skrive fra mobilen. Vi skal "
                + "have gennemført en overførsel i dag, og den skal ikke gennem den almindelige godkendelse. Svar her, så får "
                + "du detaljerne.\n\nSendt fra min Android");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a closed negotiation'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.greve@outlook.com", "indkoeb@greve.dk", "En hurtig tjeneste")
            .text("Hej indkøb\n\nDe frivillige, der har samlet tang og plastik på stranden mellem Mosede Havn og Hundige "
                + "hele efteråret, skal have en lille påskønnelse ved kaffen i eftermiddag. Køb 15 digitale gavekort til en "
                + "webshop á 1.000 kr., skrab koderne fri og send dem til mig i en mail inden klokken 15. Jeg lægger selv "
                + "ud og får pengene tilbage over mit udlæg.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // display-name-free-mail
        m = bad("display-name-free-mail");
        headers(m, bus.name(), "greveskolebusser.koersel@gmail.com", "kreditor@greve.dk", "Vores kontonummer")
            .text("Hej\n\nVi skriver fra denne adresse, fordi vores firmamail er nede efter et skift af udbyder. Fra og med "
                + "decemberkørslen skal betalinger for skolekørslen gå til " + mule(12) + ". Den gamle konto bliver lukket."
                + "\n\nKørselskontoret\n" + bus.name());
        genuine(m, GMAIL);
        m.description = "the school-bus firm's name as display name on gmail, new CY account";
        m = bad("display-name-free-mail");
        headers(m, konservator.person(), "rikke.holm.konservering@hotmail.com", "museum@greve.dk", "Faktura - kanonerne")
            .text("Hej museum\n\nMin firmamail driller, så jeg sender fra min private. Fakturaen for sidste besøg på fortet "
                + "er 27.340 kr. inkl. moms. Jeg har skiftet bank, så overfør venligst til " + mule(4) + ".\n\nRikke");
        genuine(m, MSFT);
        m.description = "the conservator's name on hotmail asks for payment to a PL account";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Frandsen", "mette.frandsen.greve@gmail.com", "loen@greve.dk", "Ny konto til lønnen")
            .text("Hej løn\n\nJeg arbejder som pædagog i Hundige Børnehus. Min bank har spærret mit kort efter et svindelforsøg, "
                + "så jeg har oprettet en ny konto, som lønnen skal gå ind på fra december: " + mule(0) + ". Jeg kan ikke logge "
                + "på personaleportalen lige nu, så det ville være dejligt, hvis I kunne rette det.\n\nHilsen Mette");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a pedagogue";
        m = bad("payroll-account-change");
        headers(m, "Rasmus Thorsen", "rasmus.thorsen.tune@hotmail.com", "loen@greve.dk", "Lønkonto ændres")
            .text("Hej lønkontoret\n\nJeg er vejmand på materielgården i Tune og flytter til min kæreste i Cork efter "
                + "nytår, hvor jeg har åbnet en irsk konto. Lønnen for december og feriepengene skal derfor sættes ind på "
                + mule(6) + " allerede fra næste kørsel, så jeg ikke skal betale gebyr for at flytte pengene.\n\nVh Rasmus, "
                + "Park og Vej");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Greve Inkasso", "sag@greve-inkasso.dk", "kreditor@greve.dk", "Inkassovarsel - " + inkasso[i].name())
                .text("Til " + KOMMUNE + ", Rådhusholmen\n\nGreve Inkasso har overtaget " + inkasso[i].name() + "s "
                    + "tilgodehavende for faktura " + p.no() + " på " + p.amount().gross() + " kr., som firmaet i "
                    + (i == 0 ? "Karlslunde" : "Olsbæk") + " forgæves har rykket for. Med rykkergebyr og vores salær "
                    + "på 650 kr. skal kravet være indbetalt på klientkontoen " + mule(i + 9) + " senest mandag. Modtager vi "
                    + "ikke pengene, indgiver vi betalingspåkrav til fogedretten i Roskilde uden yderligere varsel, og sagen "
                    + "registreres hos kreditoplysningsbureauerne.\n\nGreve Inkasso, juridisk sagsbehandler");
            ownedBy(m, "greve-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@mitid-greve.com", "it@greve.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Kære brugeradministrator</p><p>Organisationens MitID Erhverv skal genbekræftes. Hvis det "
                + "ikke sker inden 24 timer, deaktiveres alle medarbejdersignaturer i " + KOMMUNE + ".</p><p><a href=\"https://"
                + "mitid-greve.com/genbekraeft\">Genbekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-greve.com");
        m.description = "fake MitID Erhverv deactivation with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-karlslunde.com", "oekonomi@greve.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har lagt en afgørelse om efterregulering af "
                + "lønsumsafgift for jeres kommunale forsyningsaktiviteter i jeres virksomhedspostkasse. Afgørelsen skal "
                + "åbnes og kvitteres af en medarbejder med fuldmagt inden fredag; ellers udløber klagefristen, og "
                + "efterreguleringen forfalder med renter til betaling via jeres skattekonto.</p><p><a href=\"https://"
                + "digitalpost-karlslunde.com/meddelelse\">Åbn meddelelsen</a></p><p>Med venlig hilsen<br>Digital Post</p>"
                + "</body></html>");
        ownedBy(m, "digitalpost-karlslunde.com");
        m.description = "fake Digital Post notice with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-hundige.net", "efaktura@greve.dk", "Jeres EAN-registrering udløber")
            .text("Til " + KOMMUNE + "\n\nRegistreringen af EAN " + EAN + " i NemHandelsregistret skal fornyes inden fem dage. "
                + "Sker det ikke, afvises indgående e-fakturaer. Fornyelsen foretages på https://nemhandel-hundige.net/ean med "
                + "MitID.\n\nNemHandel Support");
        ownedBy(m, "nemhandel-hundige.net");
        m.description = "fake NemHandel EAN renewal with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afregning@nemhandel-hundige.net", "kreditor@greve.dk", "Afviste e-fakturaer")
            .text("Til kreditorbogholderiet i Greve\n\nNi e-fakturaer til jeres EAN er i løbet af november blevet afvist i "
                + "NemHandels adgangspunkt, fordi jeres modtagerprofil pegede på et udløbet certifikat. Leverandørerne, bl.a. "
                + "et varmeværk og en trælast, har klaget til os over manglende betaling. Den hurtigste løsning er, at I betaler "
                + "det samlede beløb, 136.420,00 kr., til vores mellemregningskonto " + mule(4) + ", hvorefter supporten "
                + "fordeler pengene til de enkelte leverandører.\n\nNemHandel Support, afregning");
        ownedBy(m, "nemhandel-hundige.net");
        m.description = "fake NemHandel 'rejected invoices' asking for one pooled payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Hundige Parkering", "afgift@hundige-parkering.dk", "teknik@greve.dk", "Parkeringsafgift - Hundige Havn")
            .html("<html><body><p>En hvid varebil med kommunens logo blev ved vores kontrolrunde noteret på "
                + "bådpladsen ved Hundige Havn, hvor der kun må holde biler med bådtrailer og havnens vinterlicens. "
                + "Kontrolafgiften på 760 kr. betales nemmest ved at scanne koden med mobilen; efter fem dage lægges "
                + "rykkergebyr til.</p><p><img src=\"cid:qr\" "
                + "alt=\"Scan\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "hundige-parkering.dk");
        m.description = "QR code for a parking 'fee' at Hundige harbour";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "aftaler@tune-betalingsservice.net", "oekonomi@greve.dk", "Jeres aftaler er sat på pause")
            .html("<html><body><p>Jeres faste betalingsaftaler er sat på pause, fordi en bekræftelse mangler. Scan QR-koden "
                + "med telefonen for at aktivere dem igen.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "aktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "tune-betalingsservice.net");
        m.description = "QR code for 'paused' direct-debit agreements";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "okonomi@greve-erhvervsrengoring.dk", "kreditor@greve.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVi har haft problemer med at få PDF'er igennem jeres filter, så fakturaen er zippet denne gang. "
                + "Vær opmærksom på vores nye kontonummer.\n\nØkonomiafdelingen")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("greve-erhvervsrengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Indbetal kun til kontoen i fakturaen."));
        ownedBy(m, "greve-erhvervsrengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of greve-erhvervsrengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "kontor@karlslunde-vvs.net", "kreditor@greve.dk", "Fakturaer november")
            .text("Hej kreditor\n\nVandvarmerne og blandingsbatterierne i Karlslundehallen er skiftet, og novembers "
                + "fakturaer fra VVS & Blik ligger pakket i et 7z-arkiv, fordi vores nye fakturaprogram laver meget store "
                + "PDF-filer. Åbn arkivet med 7-Zip. Vi har samtidig fået ny kontoforbindelse, som står i fakturaen.\n\n"
                + "Kontoret, Karlslunde Strandvej")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("karlslunde-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "karlslunde-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of karlslunde-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@karlslunde-kontor.net", "indkoeb@greve.dk", "Ordrebekræftelse og faktura, blæk")
            .text("Hej Indkøb\n\nBlækpatronerne til printerne på Rådhuset og skolerne i Tune og Kildebrønde er pakket. "
                + "Ordrebekræftelsen og fakturaen ligger i samme Word-fil; priserne hentes fra vores prisliste, når du trykker "
                + "på den gule bjælke og vælger 'Aktivér indhold'. Uden det står felterne tomme.\n\nOrdrekontoret, Karlslunde")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_blaek.docm", Attachments.word(
                "Ordrebekræftelse og faktura, blækpatroner til Rådhuset og skolerne.\nPrisfelterne udfyldes, når indhold er "
                    + "aktiveret.", true));
        ownedBy(m, "karlslunde-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of karlslunde-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "faktura@greve-skoleit.net", "it@greve.dk", "Chromebook-opgørelse mellemtrin")
            .text("Hej IT-afdelingen\n\nHer er kvartalets opgørelse over Chromebooks, opladervogne og Google-licenser på "
                + "mellemtrinnet på Hundige Skole, Mosede Skole og Tune Skole. Regnearket henter antallet fra vores "
                + "lagersystem, så makroerne skal være slået til, før totalerne kommer frem. Vi har fået ny bankkonto, den står "
                + "nederst i arket.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebooks_opgoerelse.xlsm", Attachments.excel(List.of(
                "Opgørelse Chromebooks november 2036", "Chromebook og licens 380 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "greve-skoleit.net");
        m.description = "macro-enabled .xlsm from a look-alike of bugtens-skoleit.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "palle@kildebronde-malerforretning.dk", "ejendomme@greve.dk", "Regning Tune Skole")
            .text("Hej\n\nJeg har taget et billede af regningen, da printeren er i stykker. Min nye konto står nederst på den."
                + "\n\nPalle")
            .attach("image/jpeg", "20361129_0912.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "kildebronde-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of kildebronde-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "jens@olsbaek-vognmand.net", "teknik@greve.dk", "Regning for tangkørsel")
            .text("Hej Park og Vej\n\nRegningen for de seks læs tang, vi kørte fra stranden ved Mosede Havn til "
                + "komposteringspladsen i Tune, er scannet på kontoret og hænger ved her. Vognmandsforretningen har fået ny "
                + "konto i forbindelse med et lån til den nye lastbil, og den står på den scannede side.\n\nJens, Olsbæk")
            .attach("application/pdf", "Scan_2036-11.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "olsbaek-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of olsbaek-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontor", "ordre@greve-ordrekontor.com", "indkoeb@greve.dk", "Ordre 61188 er godkendt")
            .text("Kære indkøber i Greve\n\nTak for bestillingen af 12 loftsmonterede laserprojektorer med lærredsskærme til "
                + "klasselokalerne, 8.990 kr. pr. stk. Ordren er godkendt af vores kreditafdeling, pakkes på lageret i aften og "
                + "leveres til skolerne fredag. Fakturaen udstedes, når lastbilen kører. Kan du ikke genkende bestillingen, skal "
                + "den stoppes ved at ringe til ordrekontoret på 78 70 41 22 i dag.\n\nOrdrekontor");
        ownedBy(m, "greve-ordrekontor.com");
        m.description = "callback scam: fake projector order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontor", "licens@greve-ordrekontor.com", "it@greve.dk", "Fornyelse af antivirus-licenser")
            .text("Hej IT i Greve\n\nJeres abonnement på endpoint-beskyttelse til 320 pc'er på Rådhuset, biblioteket og "
                + "jobcentret er automatisk forlænget med tre år. Prisen, 71.400 kr. ekskl. moms, faktureres mandag. Ønsker "
                + "I at opsige forlængelsen, kan det kun ske ved at ringe til licensafdelingen på 78 70 41 23 inden i morgen "
                + "middag; skriftlige opsigelser behandles ikke.\n\nLicensafdelingen");
        ownedBy(m, "greve-ordrekontor.com");
        m.description = "callback scam: auto-renewed antivirus licences";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "ms@hundige-anlaeg-aps.dk", "efaktura@greve.dk", "E-faktura " + no)
            .text("Hej\n\nVi er skiftet til et nyt regnskabsprogram, der endnu ikke kan sende via NemHandel, så I får "
                + "fakturafilen her. Den indeholder vores nye bankkonto.\n\n" + entrep.name())
            .attach("application/xml", "faktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "GK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "hundige-anlaeg-aps.dk");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@greve-skoleit.net", "efaktura@greve.dk", "OIOUBL " + no)
            .text("OIOUBL-filen er vedhæftet. Bankoplysningerne i filen er opdateret, da vi har skiftet bank.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "GK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "greve-skoleit.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of bugtens-skoleit.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Tegnfast", "dokument@tegnfast-mosede.dk", "kultur@greve.dk", "Greve Museum afventer din signatur")
            .html("<html><body><p>Du er anmodet om at signere 'Forsikringstillæg - udstillingen på Mosede Fort'. Anmodningen "
                + "udløber i dag.</p><p><a href=\"https://tegnfast-mosede.dk/d/" + sha256("tf90").substring(0, 18) + "\">Åbn og "
                + "signér</a></p></body></html>");
        ownedBy(m, "tegnfast-mosede.dk");
        m.description = "fake e-signature request imitating tegnfast.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Signeringsportal", "noreply@karlslunde-esign.net", "ejendomme@greve.dk", "Forpagtningsaftale til signering")
            .html("<html><body><p>Forpagteren af græsningen på strandengen ved Karlslunde har underskrevet den nye "
                + "forpagtningsaftale for 2037-2041, og den afventer nu kommunens underskrift. Dokumentet åbnes, når du logger "
                + "ind med din kommunale Microsoft 365-konto og koden fra din authenticator.</p><p><a href=\"https://karlslunde-esign.net/login\">Log "
                + "ind</a></p></body></html>");
        ownedBy(m, "karlslunde-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@greve-skolebusser.net", "kreditor@greve.dk", "Betaling af " + p.no() + " i to dele")
            .text("Hej kreditor\n\nVi er midt i et skift fra vores gamle bank i Tune til en ny, og banken har sat et loft "
                + "over, hvor meget der må gå ind på den gamle konto i overgangen. Derfor beder vi om, at faktura " + p.no()
                + " for skolekørslen mellem Tune, Kildebrønde og Greve (" + p.amount().gross() + " kr.) bliver delt i to: "
                + "halvdelen til den konto I plejer at bruge, og resten til " + mule(9) + ".\n\nKørselskontoret, Greve "
                + "Skolebusser");
        ownedBy(m, "greve-skolebusser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "kontor@karlslunde-vvs-blik.dk", "kreditor@greve.dk", "Angående " + p.no())
            .text("Hej\n\nAf faktura " + p.no() + " skal 25.000 kr. til den kendte konto, og restbeløbet skal overføres til "
                + mule(10) + ", da banken har en beløbsgrænse på vores gamle konto.\n\nKontoret");
        ownedBy(m, "karlslunde-vvs-blik.dk");
        m.description = "split payment on Karlslunde VVS's real wave-1 invoice";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "DNS Fornyelse", "fornyelse@greve-dns-fornyelse.com", "it@greve.dk", "greve.dk udløber om 3 dage")
            .text("Kære domæneindehaver\n\nRegistreringen af greve.dk udløber om tre dage. Efter udløb kan domænet blive "
                + "registreret af andre, og jeres e-mail og hjemmeside stopper. Fornyelse for 5 år koster 4.850 kr. og betales "
                + "til " + mule(3) + " eller med kort på https://greve-dns-fornyelse.com/forny.\n\nDNS Fornyelse");
        ownedBy(m, "greve-dns-fornyelse.com");
        m.description = "fake renewal of our own domain, EE IBAN or card link";
        m = bad("fake-domain-renewal");
        headers(m, "DNS Fornyelse", "faktura@greve-dns-fornyelse.com", "oekonomi@greve.dk", "Faktura: søgemaskineregistrering")
            .text("Faktura for registrering af greve-strand.dk og mosede-fort.dk i vores søgemaskineindeks for 12 måneder: "
                + "3.960 kr. Betaling til " + mule(5) + " senest om 7 dage. Dette er ikke en domænefornyelse.")
            .attach("application/pdf", "DNS-faktura.pdf", Attachments.pdf(docId(m, "dns"), "Faktura søgemaskineregistrering",
                List.of("DNS Fornyelse", "greve-strand.dk, mosede-fort.dk - 12 måneder", "DKK 3.960,00", "Betaling " + mule(5))));
        ownedBy(m, "greve-dns-fornyelse.com");
        m.description = "domain-slamming style 'search engine registration' invoice for domains we do not own";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-fort-gun-battery-restoration-invoice
        M m = bad("fake-fort-gun-battery-restoration-invoice");
        invoice(m, konservator.posing("tune-metalkonservering.com", konservator.account()), mule(0), 11,
            List.of("Konserveringsplan " + gunPlan + ", ekstraarbejde"), "", "Efter stormen i november stod der havvand i "
                + "kanonstillingerne på Mosede Fort, og museet bad os komme ud med det samme. Vi har afrenset saltet og lagt "
                + "en ny rustbeskyttelse på begge kanonrør og lavetterne. Arbejdet ligger uden for konserveringsplanen og "
                + "faktureres særskilt. Vi har skiftet bank, så brug kontoen på fakturaen.");
        ownedBy(m, "tune-metalkonservering.com");
        m.description = "look-alike of the real conservator cites its real conservation plan, storm rust work, new account (LT IBAN)";
        m = bad("fake-fort-gun-battery-restoration-invoice");
        headers(m, "Mosede Fort Kanonlaug", "kasserer@mosedefort-kanonlaug.dk", "museum@greve.dk", "Salut ved mindedagen - "
            + "forudbetaling")
            .text("Kære Greve Museum\n\nSom tidligere år affyrer lauget salutten fra batteriet ved mindedagen for "
                + "neutralitetsvagten. Krudt, løskrudtspatroner og forsikring for 8 skud udgør 23.750 kr. Beløbet skal være os "
                + "i hænde på " + mule(5) + " senest fredag, ellers kan vi ikke nå at bestille krudtet hjem.\n\nKassereren, "
                + "Mosede Fort Kanonlaug");
        ownedBy(m, "mosedefort-kanonlaug.dk");
        m.description = "unknown 'gun guild' wants prepayment for a salute from the fort's battery (GB IBAN)";
        m = bad("fake-fort-gun-battery-restoration-invoice");
        headers(m, "Hundige Fortifikation", "regnskab@hundige-fortifikation.dk", "kultur@greve.dk",
            "Faktura - sandblæsning af panserplader")
            .text("Hej Kultur og Fritid\n\nSom aftalt telefonisk med museumslederen på Mosede Fort i oktober har vores to "
                + "folk sandblæst panserpladerne omkring de to kanoner i batteriet og givet dem tre lag zinkrig grunding og "
                + "feltgrå dækmaling, så de står som i 1914. Fakturaen på 61.250,00 kr. inkl. moms er vedhæftet og "
                + "forfalder om otte dage; beløbet sættes ind på " + mule(9) + ".\n\nHundige Fortifikation, regnskab")
            .attach("application/pdf", "faktura-panserplader.pdf", Attachments.pdf(docId(m, "hf90"), "Faktura panserplader",
                List.of("Hundige Fortifikation", "Sandblæsning og korrosionsbeskyttelse, batteriet, Mosede Fort",
                    "I alt inkl. moms 61.250,00", "Indbetaling " + mule(9))));
        ownedBy(m, "hundige-fortifikation.dk");
        m.description = "unknown firm bills sandblasting of the battery's armour plates 'agreed by phone' (HU IBAN)";

        // fake-bathing-jetty-mounting-invoice
        m = bad("fake-bathing-jetty-mounting-invoice");
        invoice(m, bro.posing("greve-bromontage.net", bro.account()), mule(13), 12,
            List.of("Sæsonaftale " + jettyContract + " - akut optagning"), "", "Da DMI varslede stormflod, fjernede vi "
                + "de tre sidste badebroer ved Hundige Strand om natten, så de ikke blev slået i stykker. Den slags akutte "
                + "udkald er ikke dækket af sæsonaftalen, og regningen følger her. Pengene bedes sat ind på vores nye "
                + "erhvervskonto, som står på fakturaen.");
        ownedBy(m, "greve-bromontage.net");
        m.description = "look-alike of the jetty firm cites the real season contract, 'emergency take-in', new DK account";
        m = bad("fake-bathing-jetty-mounting-invoice");
        headers(m, "Karlslunde Badebroer", "salg@karlslunde-badebroer.dk", "kultur@greve.dk", "Vinterbadestiger - forudbetaling")
            .text("Hej Kultur og Fritid\n\nVinterbaderne ved Karlslunde Strand har via jeres forvaltning bestilt to "
                + "isfaste badestiger, som monteres på den faste bro. Stigerne produceres først, når halvdelen af prisen, "
                + "19.400 kr., er indbetalt på " + mule(14) + ".\n\nKarlslunde Badebroer");
        ownedBy(m, "karlslunde-badebroer.dk");
        m.description = "'ordered through your department': winter-bathing ladders against 50 % prepayment (MT IBAN)";
        m = bad("fake-bathing-jetty-mounting-invoice");
        headers(m, "Mosede Strandservice", "faktura@mosede-strandservice.dk", "strand@greve.dk", "Opkrævning - vinteropbevaring "
            + "af broer")
            .text("Hej\n\nDa jeres sædvanlige hal var fyldt, har vi hentet 14 badebrosektioner og opbevarer dem frostfrit hos "
                + "os til april. Opkrævningen for vinteren er vedhæftet og betales til " + mule(1) + ".\n\nMosede Strandservice")
            .attach("application/pdf", "vinteropbevaring.pdf", Attachments.pdf(docId(m, "ms90"), "Opkrævning vinteropbevaring",
                List.of("Mosede Strandservice", "Opbevaring af 14 badebrosektioner, november-april", "I alt 34.500,00 kr.",
                    "Betaling til " + mule(1))));
        ownedBy(m, "mosede-strandservice.dk");
        m.description = "unknown firm bills winter storage of jetty sections it never collected (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus90().generate(), List.of(
            "# Greve Kommune, Center for Økonomi: invoice checks (ninetieth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=karlslunde-varmevaerk.dk hundige-anlaeg.dk tune-metalkonservering.dk "
                + "greve-bromontage.dk mosede-anlaegsgartner.dk grevelandsby-toemrer.dk kildebronde-maler.dk "
                + "greve-erhvervsrengoering.dk bugtposten.dk olsbaek-vognmand.dk mosede-elteknik.dk karlslunde-vvs.dk "
                + "tune-madservice.dk hundige-traelast.dk bugtens-skoleit.dk greve-skolebusser.dk karlslunde-kontor.dk",
            "invoice.domains.platforms=fakturavind.dk brevsnor.com udlaegsbox.io rykkerfri.dk",
            "invoice.names.protected=Greve Kommune"));
    }
}
