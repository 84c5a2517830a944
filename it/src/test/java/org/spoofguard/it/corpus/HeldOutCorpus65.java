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
 * The sixty-fifth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Brønderslev Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and parks,
 * nature, harbour, schools, elderly care and culture mailboxes) in Vendsyssel: Brønderslev town with the town hall on Ny
 * Rådhusplads, Dronninglund with its castle and the beech forest Dronninglund Storskov, Hjallerup, Asaa and Asaa Havn on
 * the Kattegat coast, Klokkerholm, Jerslev, Flauenskjold, Agersted, Serritslev, Øster Brønderslev, the raised bog Store
 * Vildmose and the stream Voer Å; sixteen listed suppliers from those places in every DNS posture real Danish firms have
 * (one sending through a web hoster named in its SPF), three invoicing platforms ({@code afregnix.com},
 * {@code betalingsfyr.dk}, {@code debitrix.dk}), a stream-care firm laying spawning gravel for sea trout in Voer Å, a forest
 * service keeping the trails of Dronninglund Storskov, sole traders on free mail, foreign suppliers, SaaS
 * ({@code dagtilbudsapp.dk}, {@code kantinekassen.io}), an ESP ({@code maildrop-nord.com}), an e-signature service
 * ({@code godkendsnart.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each
 * carrying a full place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID, fake
 * inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives, callback scams, payroll changes,
 * look-alikes, homoglyphs, e-invoice XML with a changed account, fake e-signature requests, fake domain renewals) and two
 * kinds new here: spawning gravel, electrofishing counts or fish-pass work for sea trout in Voer Å billed by someone who
 * never stood in the stream (fake-sea-trout-gravel-invoice), and trail gravel, bridges over the brooks or storm clearing in
 * Dronninglund Storskov billed to a new account (fake-forest-trail-maintenance-invoice); each has its genuine counterpart.
 * The invoice engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was
 * written. {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus65GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus65 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout65");
    public static final String OWN = "broenderslev.dk";
    static final String FRAUD_NET = "127.165.";
    private static final String OWN_IP = "127.65.0.1";
    private static final String EAN = "5798000233652";
    private static final String KOMMUNE = "Brønderslev Kommune";
    private static final String RAADHUS = "Ny Rådhusplads 1, 9700 Brønderslev";
    private static final String HOSTER_IP = "127.65.9.1";
    private static final String GMAIL = "127.67.1.1";
    private static final String MSFT = "127.67.2.1";
    private static final String APPLE = "127.67.5.1";

    private final Random rnd = new Random(65_9700_0065L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 20;
    /** The stream-care firm's permit for gravel in Voer Å (the frauds cite it). */
    private String streamPermit;
    /** The forest service's work order for the Storskov trails (the frauds cite it). */
    private String trailOrder;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 3, 2, 7, 10, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 3, 30, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Brønderslev Varmeværk a.m.b.a.", "bronderslev-varmevaerk.dk", "Kundecenter",
        "kunde", "127.65.1.1", iban("DK", "74000006510233"), "fjernvarme til Rådhuset, Brønderslev Hallerne og Plejecenter Kastanjehaven");
    private final Supplier entrep = new Supplier("Hjallerup Anlæg ApS", "hjallerup-anlaeg.dk", "Bo Kjærsgaard", "bk",
        "127.65.1.2", bank("9070", "0006511871"), "ny fortovsbelægning og regnvandsbrønde på Hjallerup Bygade");
    private final Supplier aa = new Supplier("Voer Å Vandløbspleje v/ Kim Thorsen", "voeraa-vandloeb.dk", "Kim Thorsen", "kim",
        "127.65.1.3", iban("DK", "74000006520418"), "udlægning af gydegrus og skjulesten i Voer Å ved Dronninglund");
    private final Supplier skov = new Supplier("Dronninglund Skovservice ApS", "dronninglund-skovservice.dk",
        "Skovservice, Bogholderi", "bogholderi", "127.65.1.4", bank("9070", "0006529904"),
        "vedligehold af stier, trapper og gangbroer i Dronninglund Storskov");
    private final Supplier toemrer = new Supplier("Asaa Tømrer & Snedker ApS", "asaa-toemrer.dk", "Rasmus Vestergaard", "rv",
        "127.65.1.5", bank("7450", "0001533472"), "nye skydedøre og lofter, Asaa Børnehus");
    private final Supplier maler = new Supplier("Klokkerholm Malerforretning v/ Per Holt", "klokkerholm-maler.dk", "Per Holt",
        "per", "127.65.1.6", bank("7450", "0001541108"), "maling af gange og fællesstuer, Klokkerholm Ældrecenter");
    private final Supplier rengoer = new Supplier("Jerslev Rengøring ApS", "jerslev-rengoering.dk", "Kontoret", "kontor",
        "127.65.1.7", iban("DK", "74000006537745"), "daglig rengøring af Rådhuset, Jerslev Skole og Biblioteket");
    private final Supplier avis = new Supplier("Vendelbo Ugeavis", "vendelbo-ugeavis.dk", "Annonceafdelingen", "annonce",
        "127.65.1.8", iban("DK", "90700006545016"), "annoncer: lokalplan for Asaa Havn og stillinger på skolerne");
    private final Supplier vognmand = new Supplier("Flauenskjold Vognmandsforretning ApS", "flauenskjold-vognmand.dk",
        "Jens Kirk", "jens", "127.65.1.9", bank("7450", "0001552290"), "kørsel med stabilgrus og fjernelse af tang ved Asaa");
    private final Supplier el = new Supplier("Serritslev El-Service ApS", "serritslev-el.dk", "Mette Lund", "ml", HOSTER_IP,
        bank("9070", "0006558813"), "LED-armaturer i sportshallen og nye tavler, Serritslev Forsamlingshus");
    private final Supplier vvs = new Supplier("Agersted VVS & Blik ApS", "agersted-vvs.dk", "Værkstedet", "vaerksted",
        "127.65.1.11", bank("7450", "0001566047"), "udskiftning af varmtvandsbeholdere, Agersted Skole og hal");
    private final Supplier mad = new Supplier("Brønderslev Storkøkken A/S", "bronderslev-storkoekken.dk", "Regnskab", "regnskab",
        "127.65.1.12", iban("DK", "74000006573381"), "mad til borgere i eget hjem og tre plejecentre");
    private final Supplier byg = new Supplier("Dronninglund Trælast A/S", "dronninglund-traelast.dk", "Proffen", "proff",
        "127.65.1.13", iban("DK", "90700006581129"), "tømmer, plader og beslag til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Hjallerup IT-Drift ApS", "hjallerup-itdrift.dk", "Fakturering", "faktura",
        "127.65.1.14", bank("9070", "0006590472"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Klokkerholm Turist- og Skolebusser ApS", "klokkerholm-busser.dk", "Disponenten",
        "dispo", "127.65.1.15", bank("7450", "0001578833"), "skolekørsel Flauenskjold-Dronninglund og svømmekørsel");
    private final Supplier kontor = new Supplier("Brønderslev Kontorforsyning ApS", "bronderslev-kontorforsyning.dk", "Ordre",
        "ordre", "127.65.1.16", iban("DK", "74000006599250"), "kopipapir, toner og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Øster Brønderslev Smedie", "oster-bronderslev-smedie.dk", "Thomas Mikkelsen",
        "thomas", "127.65.2.1", bank("9070", "0006602216"), "nyt gelænder på slæbestedet i Asaa Havn");
    private final Supplier natur = new Supplier("Vildmose Høslæt v/ Lise Dam", "vildmose-hoeslaet.dk", "Lise Dam", "lise",
        "127.65.2.2", bank("7450", "0001583306"), "høslæt og fjernelse af birkeopvækst i Store Vildmose");
    private final Supplier guide = new Supplier("Naturvejleder Ib Nørgaard", "gmail.com", "Ib Nørgaard", "ib.norgaard.natur",
        GMAIL, bank("9070", "0006611183"), "naturture i Dronninglund Storskov for 5. årgang, 3 dage");
    private final Supplier tolk = new Supplier("Tolk v/ Hawre Aziz", "outlook.com", "Hawre Aziz", "hawre.aziz.tolkning", MSFT,
        bank("7450", "0001590114"), "tolkning sorani-dansk, Jobcentret, 5 samtaler");
    private final Supplier musik = new Supplier("Harmonikaspiller Grethe Bak", "icloud.com", "Grethe Bak", "grethe.bak.musik",
        APPLE, bank("9070", "0006617720"), "eftermiddagsmusik på Plejecenter Kastanjehaven og i Hjallerup");
    private final Supplier tysk = new Supplier("Husumer Fischtreppenbau GmbH", "husumer-fischtreppenbau.de", "Buchhaltung",
        "buchhaltung", "127.65.3.1", iban("DE", "217501000060123456"), "Ersatzteile für den Fischpass in der Voer Å");
    private final Supplier svensk = new Supplier("Hallands Spångbyggare AB", "hallands-spangbyggare.se", "Ekonomi", "ekonomi",
        "127.65.3.2", iban("SE", "45500000058310411822"), "spångvirke i lärk till stigarna i Dronninglund Storskov");

    private final List<Supplier> listed = List.of(varme, entrep, aa, skov, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a full place name of the municipality; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"broenderslev-varmevaerk.dk", "hjallerup-anlaeg.com", "dronninglund-traelast.com",
        idn("bronderslev-varmev\u0430erk.dk"), idn("br\u043eenderslev.dk"), "afregnix-agersted.com", "betalingsfyr-hjallerup.dk",
        "jerslev-rengoring.dk", "agersted-vvs.net", "serritslev-elservice.dk", "bronderslev-storkokken.dk",
        "klokkerholm-busser.net", "hjallerup-it-drift.dk", "broenderslev-inkasso.dk", "mitid-dronninglund.com",
        "digitalpost-broenderslev.net", "asaa-havn-parkering.dk", "flauenskjold-betaling.net", "jerslev-ordrestop.com",
        "godkend-klokkerholm.dk", "serritslev-signatur.net", "voeraa-vandlob.dk", "voer-aa-fiskepleje.dk",
        "oster-bronderslev-laksefond.dk", "dronninglund-skovservice.net", "dronninglund-storskov-stier.dk",
        "hjallerup-naturspor.dk", "flauenskjold-vognmand.net", "klokkerholm-domaeneservice.dk", "asaa-webhotel.net",
        "asaa-toemrer.com", "bronderslev-kontorforsyning.net", "klokkerholm-malerforretning.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(aa.domain(), List.of(aa.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(skov.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), List.of(rengoer.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.65.98.7"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.65.1.33"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nordjysk-genbrug-is.dk", List.of("127.65.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vandloebsmyndighed-nord.dk", List.of("127.65.4.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("dronninglund-slot-kultur.dk", List.of("127.65.4.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("hjallerup-friskole.dk", List.of("127.65.4.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("asaa-havnefoged.dk", List.of("127.65.4.5"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bronderslev-jernhandel.dk", List.of("127.65.4.6"), "-all", null, "none");
        domain("kattegatkystens-revision.dk", List.of("127.65.4.7"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // platforms
        domain("afregnix.com", List.of("127.65.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("betalingsfyr.dk", List.of("127.65.12.1"), "~all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("debitrix.dk", List.of("127.65.13.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("dronninglund-andelskasse.dk", List.of("127.65.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hjallerup-bank.dk", List.of("127.65.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-nordjylland.dk", List.of("127.65.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kommunale-bogholdere-nord.dk", List.of("127.65.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoebsnet-kattegat.dk", List.of("127.65.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("maildrop-nord.com", List.of("127.65.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("bedrageriadvarsel-nord.dk", List.of("127.65.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.bronderslev-fiber.dk", List.of("127.65.28.1"), "-all", null, null);
        domain("relay.dronninglund-net.dk", List.of("127.65.29.1"), "-all", null, null);
        domain("dagtilbudsapp.dk", List.of("127.65.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kantinekassen.io", List.of("127.65.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("godkendsnart.dk", List.of("127.65.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", "none"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "70." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no65:" + s.domain()).hashCode(), 5)) {
            case 0:
                return "2037-" + String.format("%04d", 110 + rnd.nextInt(8_000));
            case 1:
                return "BR" + (5_300 + rnd.nextInt(4_000));
            case 2:
                return String.valueOf(70_100 + rnd.nextInt(20_000));
            case 3:
                return "F37/" + (1_000 + rnd.nextInt(900));
            default:
                return "INV" + (820_000 + rnd.nextInt(90_000));
        }
    }

    private static final String[] TO = {"kreditor@broenderslev.dk", "efaktura@broenderslev.dk", "kreditor@broenderslev.dk",
        "oekonomi@broenderslev.dk", "vejpark@broenderslev.dk", "skole@broenderslev.dk", "omsorg@broenderslev.dk",
        "havn@broenderslev.dk", "ejendomme@broenderslev.dk", "indkoeb@broenderslev.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf65:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(24_000_000 + Math.floorMod(sha256("cvr65:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(86_000_000 + Math.floorMod(sha256("fi65:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "bronderslev-varmevaerk.dk" -> "Værkstedsvej 11, 9700 Brønderslev";
            case "hjallerup-anlaeg.dk" -> "Industrivej 27, 9320 Hjallerup";
            case "voeraa-vandloeb.dk" -> "Åvej 4, 9330 Dronninglund";
            case "dronninglund-skovservice.dk" -> "Skovvej 60, 9330 Dronninglund";
            case "asaa-toemrer.dk" -> "Havnegade 19, 9340 Asaa";
            case "klokkerholm-maler.dk" -> "Hovedgaden 44, 9320 Klokkerholm";
            case "jerslev-rengoering.dk" -> "Brønderslevvej 102, 9740 Jerslev J";
            case "vendelbo-ugeavis.dk" -> "Algade 31, 9700 Brønderslev";
            case "flauenskjold-vognmand.dk" -> "Hjørringvej 8, 9330 Flauenskjold";
            case "serritslev-el.dk" -> "Serritslevvej 150, 9700 Brønderslev";
            case "agersted-vvs.dk" -> "Agerstedvej 23, 9330 Dronninglund";
            case "bronderslev-storkoekken.dk" -> "Sydvej 7, 9700 Brønderslev";
            case "dronninglund-traelast.dk" -> "Ravnshøj Alle 3, 9330 Dronninglund";
            case "hjallerup-itdrift.dk" -> "Hjallerupvej 90, 9320 Hjallerup";
            case "klokkerholm-busser.dk" -> "Vestergade 2, 9320 Klokkerholm";
            case "bronderslev-kontorforsyning.dk" -> "Bredgade 58, 9700 Brønderslev";
            case "oster-bronderslev-smedie.dk" -> "Østergade 12, Øster Brønderslev, 9700 Brønderslev";
            case "vildmose-hoeslaet.dk" -> "Vildmosevej 33, 9740 Jerslev J";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a ledger-style invoice with a numbered line table and a totals line; a job
     * report with crew hours, machine hours and material and the FI line (card 71); a quarterly account with meter or
     * contract data and the FI line (card 73 written as 71). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name() + " | " + title + " " + no;
                l.add("Udsteder " + s.name() + (addr.isEmpty() ? "" : " · " + addr) + " · CVR " + cvr(s.domain()));
                l.add("Modtager " + KOMMUNE + " · " + RAADHUS + " · GLN/EAN " + EAN);
                l.add("Dato " + dottedDay(m, 0) + " · Deres reference: " + s.person());
                l.add("Pos. 1  " + s.what());
                l.add("Beløb uden moms " + a.net() + " · Momsbeløb 25% " + a.vat() + " · Fakturabeløb kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage, sidste rettidige betaling " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Vores bankkonto " + account + " - husk fakturanr. ved overførsel");
                }
            }
            case 1 -> {
                head = "Opgaverapport med faktura " + no;
                l.add(s.name() + " / " + addr + " / CVR " + cvr(s.domain()));
                l.add("Bestiller " + KOMMUNE + " (EAN " + EAN + ") - opgave: " + s.what());
                long crew = a.ore() * 47 / 100;
                long machine = a.ore() * 18 / 100;
                l.add("Mandskabstimer " + kr(crew) + " / Maskintimer " + kr(machine) + " / Materialer " + kr(a.ore() - crew - machine));
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = kr. " + a.gross());
                l.addAll(more);
                l.add("Forfaldsdato " + writtenDay(m, 21) + (account == null ? "" : " / indsættes på " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Afregning for kvartalet, bilag " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Vores aftale med jer har løbenummer " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - " + KOMMUNE);
                l.add("Afregnet fra " + dashedDay(m, -90) + " og frem til " + dashedDay(m, -1) + " vedrørende " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Grundbeløb efter aftalen " + kr(fixed) + ", efterregulering efter forbrug " + kr(a.ore() - fixed));
                l.add("Kvartalets beløb før moms " + a.net() + ", heraf moms " + a.vat() + ", samlet opkrævet DKK " + a.gross());
                l.addAll(more);
                l.add("Vi skal have beløbet senest " + dashedDay(m, 14) + (account == null ? "" : ", overført til " + account));
                if (own) {
                    l.add("Alternativt via FI-kort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no.replace('/', '-') + ".pdf", "faktura " + no.replace('/', '-') + ".pdf",
            "BK-" + no.replace('/', '-') + ".pdf", "Doc" + no.replace('/', '-') + ".pdf", "regning-" + no.replace('/', '-') + ".pdf",
            "Broenderslev Kommune faktura " + no.replace('/', '-') + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Brønderslev Kommune", "Kære kreditorbogholderi", "Hej", "Til rette vedkommende",
        "Goddag kreditor", "Hej økonomi", "Kære Brønderslev Kommune"};

    private String phone() {
        return "98 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig65:" + s.domain() + s.box()).hashCode(), 4)) {
            case 0:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + "\nTelefon " + phone();
            case 1:
                return "\n\nMvh. " + firstName(s) + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 2:
                return "\n\nHilsen " + s.person() + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name()
                    + " - CVR " + cvr(s.domain()));
            default:
                return "\n\nDe bedste hilsener\n" + s.person() + ", " + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_200_000 : 410_000);
        String[] subjects = {"Ny faktura " + no, s.name() + ": faktura " + no, "Faktura nr. " + no + " - " + KOMMUNE,
            "Fakturering " + no, "Regning " + no + " fra " + s.name(), "Faktura " + no + " (EAN " + EAN + ")",
            "Vedhæftet faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 7)) {
            case 0 -> "Hermed fremsendes vores faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede PDF finder I faktura " + no + ", i alt kr. " + a.gross() + " inkl. moms, som forfalder "
                + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen går samtidig til jeres EAN-nummer " + EAN + ", så I skal kun betale den ene af dem.";
            case 3 -> "Tak for samarbejdet på opgaven. Vedlagt følger afregningen.";
            case 4 -> "Fakturanummer " + no + "\nBeløb inkl. moms " + a.gross() + "\nBetalingsfrist " + dottedDay(m, 30);
            case 5 -> "Her er fakturaen for det aftalte arbejde, med jeres indkøbsnummer påført.";
            default -> "Se venligst den vedhæftede faktura og giv lyd, hvis noget ikke stemmer.";
        };
        String full = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + body + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
            mime.html("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\"><div>"
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
        if (List.of(entrep, aa, skov, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Ny Rådhusplads 1", "Brønderslev", "9700", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        streamPermit = "VT-" + (2_100 + rnd.nextInt(300));
        trailOrder = "AO-DS-" + (700 + rnd.nextInt(200));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == aa ? List.of("Vandløbstilladelse " + streamPermit + ": 140 m3 gydegrus, 3 strækninger")
                : s == skov ? List.of("Arbejdsordre " + trailOrder + ": 6 km stier, 4 gangbroer i Storskoven") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 3, List.of("Bestilt af havnefogeden i Asaa"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the slipway railing, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, toemrer);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre BK-" + (30_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@broenderslev.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Dronninglund Bibliotek, nyt tag" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nKvitterede leveringssedler følger med." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Brønderslev", "Kolli i alt: " + (4 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "");
            k++;
        }
        creditNotes();
        reminders();
        ublFiles();
        platforms();
        smallFirms();
        foreignSuppliers();
        saas();
        bankChange();
        forwarded();
        creditorList();
        newsletters();
        internal();
        banks();
        counterparts();
        misc();
        more();
    }

    private void more() {
        M m = ok("supplier-invoice", true);
        invoice(m, maler, maler.account(), 25, List.of("Aftalt med centerlederen, Klokkerholm Ældrecenter"), "");
        genuine(m, maler.ip());
        m.description = "klokkerholm-maler.dk (publishes nothing) invoice to its usual account";
        m = ok("statement-of-account", false);
        Past p = past.get(mad.domain());
        headers(m, mad.person(), addr(mad), "kreditor@broenderslev.dk", "Saldoopgørelse for 1. kvartal")
            .text("Hej\n\nTil jeres kvartalsafstemning kan vi oplyse, at faktura " + p.no() + " er registreret som betalt, og at "
                + "der ikke står noget udestående på jeres kundenummer." + signature(mad));
        genuine(m, mad.ip());
        m.description = "bronderslev-storkoekken.dk statement of account, nothing open (DMARC pass)";
        m = ok("order-confirmation", false);
        headers(m, byg.person(), addr(byg), "ejendomme@broenderslev.dk", "Ordrebekræftelse: gulvbrædder til Asaa Børnehus")
            .text("Hej Ejendomscentret\n\nTak for bestillingen af 180 m2 gulvbrædder i eg. Levering onsdag i uge 16 direkte på "
                + "pladsen. Faktura følger efter levering på rammeaftalen." + signature(byg));
        genuine(m, byg.ip());
        m.description = "listed timber merchant confirms an order, invoice later";
        m = ok("e-signature-completed", false);
        m.mailFrom = "notifikation@godkendsnart.dk";
        headers(m, "GodkendSnart", "notifikation@godkendsnart.dk", "kultur@broenderslev.dk", "Alle parter har underskrevet")
            .text("Dokumentet 'Samarbejdsaftale - sommerkoncerter i slotshaven 2037' er nu underskrevet af alle parter. Den "
                + "færdige aftale kan hentes på jeres konto i 30 dage.\n\nGodkendSnart");
        genuine(m, "127.65.32.1");
        m.description = "e-signature service reports a completed signing, no link";
    }

    private void creditNotes() {
        Object[][] c = {{byg, "Kreditering af ", "Seks plader krydsfiner havde vandskader ved aflæsningen og er taget retur."},
            {rengoer, "Kreditnota til ", "Rengøringen i Jerslev Skole var aflyst i vinterferien, og de dage trækkes fra."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (700 + rnd.nextInt(200));
            Amount a = amount(90_000).credit();
            headers(m, s.person(), addr(s), "kreditor@broenderslev.dk", x[1] + "faktura " + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " I vedhæftede kreditnota " + no + " på " + a.gross() + " kr. kan "
                    + "beløbet fratrækkes jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "KN-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{vognmand, "Venlig påmindelse", "Ifølge vores bogholderi mangler nedenstående faktura at blive betalt. "
            + "Har pengene krydset denne mail, så se bort fra den."},
            {entrep, "Rykker 1", "Betalingsfristen er overskredet med en uge. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@broenderslev.dk", x[1] + " - " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som betales til den sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Påmindelse",
                    p.no(), p.amount(), s.account(), i + 1, List.of("Første fremsendelse " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account"
                + (s == vognmand ? " (SPF names only its booking system: softfail, p=none)" : "");
            i++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(kontor, el)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(760_000);
            boolean peppol = v == 0;
            String ref = "BK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@broenderslev.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej efaktura\n\nVores nye fakturasystem er endnu ikke koblet på jeres NemHandel-adresse, så denne gang "
                    + "kommer den elektroniske faktura som vedhæftet XML, og en læsbar PDF ligger ved siden af. Kontonummeret er "
                    + "uændret. Skulle den samme faktura også dukke op via NemHandel, er der tale om en dublet.\n\nMvh.\n"
                    + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi " + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Indkøbsordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"afregnix.com", "betalingsfyr.dk", "debitrix.dk"};
        Supplier[] who = {natur, smed, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "b-" + sha256("plat65:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "DX-" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Debitrix", "opkraevning@debitrix.dk", "omsorg@broenderslev.dk", "Opkrævning " + no + " - vikartimer")
                    .text("Til " + KOMMUNE + ", Ældre og Handicap\n\nHer er opkrævningen for de vikartimer i hjemmeplejen "
                        + "Dronninglund, som jeres områdeleder attesterede i marts: 112 timer. Vikarerne er ansat hos os."
                        + "\n\nTil betaling " + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nDebitrix")
                    .attach("application/pdf", "Debitrix-" + no + ".pdf", Attachments.pdf(docId(m, "dx"), "Opkrævning " + no,
                        List.of("Debitrix ApS", "Kunde: " + KOMMUNE + ", hjemmeplejen Dronninglund", "Vikartimer marts: 112",
                            "Netto " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross(),
                            "Betaling til " + iban("DK", "90700006630045"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform debitrix.dk invoices attested agency hours under its own name";
                continue;
            }
            String no = "A" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "havn@broenderslev.dk" : "natur@broenderslev.dk",
                "Faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name() + " har "
                    + "udstedt en faktura til jer på <b>kr. " + a.gross() + "</b> med betalingsfrist " + dottedDay(m, 14) + ".</p>"
                    + "<p>Fakturaen er vedhæftet som PDF. Spørgsmål til fakturaen besvares af " + s.person() + ", når du svarer "
                    + "på denne besked.</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nDa jeg ikke er momsregistreret, er der ikke lagt moms på."
                : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HF-" + (8_100 + rnd.nextInt(700));
        Amount a = amount(700_000);
        headers(m, "Husumer Fischtreppenbau", addr(tysk), "natur@broenderslev.dk", "Rechnung " + no + " Fischpass Voer Å")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die Ersatzteile für den Fischpass an "
                + "der Voer Å. Es gilt das Reverse-Charge-Verfahren, die Umsatzsteuer schulden Sie.\n\nMit freundlichen Grüßen\n"
                + "Buchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Husum", "Kunde: " + KOMMUNE + ", Natur og Vand", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar auf " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "HS" + (2_300 + rnd.nextInt(700));
        headers(m, "Hallands Spångbyggare", addr(svensk), "vejpark@broenderslev.dk", "Faktura " + no + " - spångvirke")
            .text("Hej,\n\nBifogat finns fakturan för spångvirket i lärk till stigarna i Dronninglund Storskov, som er "
                + "skovfoged beställde i februari. Betala gärna till kontot på fakturan.\n\nVänliga hälsningar\nEkonomi, "
                + "Hallands Spångbyggare AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "IBAN-betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Dagtilbudsapp", "faktura@dagtilbudsapp.dk", "skole@broenderslev.dk", "Faktura for april - Dagtilbudsapp")
            .text("Hej " + KOMMUNE + "\n\nHer er fakturaen for jeres licens til Dagtilbudsapp (forældrekommunikation i 19 "
                + "børnehuse). Den er også sendt til EAN " + EAN + ".\n\nBeløb " + a.gross() + " kr.\n\nDagtilbudsapp")
            .attach("application/pdf", "dagtilbudsapp-april.pdf", Attachments.pdf(docId(m, "dt"), "Faktura",
                List.of("Dagtilbudsapp ApS", "Kunde: " + KOMMUNE, "Licens april 2037, 19 børnehuse", "I alt kr. " + a.gross())));
        genuine(m, "127.65.30.1");
        m.description = "SaaS dagtilbudsapp.dk invoice, DMARC pass";
        m = ok("saas-invoice", true);
        a = amount(250_000);
        headers(m, "Kantinekassen", "billing@kantinekassen.io", "skole@broenderslev.dk", "Your Kantinekassen receipt")
            .text("Hello,\n\nThank you for your payment for Kantinekassen (cashless school canteens, 7 schools in Brønderslev). "
                + "DKK " + a.gross() + " was charged to the card ending 4471. No action is needed.\n\nKantinekassen");
        genuine(m, "127.65.31.1");
        m.description = "SaaS kantinekassen.io card receipt in English, Ed25519, DMARC pass";
    }

    /** One genuine announced bank change, followed by the supplier's next invoice to the new account. */
    private void bankChange() {
        String ny = bank("9070", "0006644189");
        M m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, toemrer.person(), addr(toemrer), "kreditor@broenderslev.dk", "Vi skifter bank 1. april")
            .text("Hej kreditor\n\nAsaa Tømrer & Snedker flytter til Andelskassen i Dronninglund. Fakturaer dateret 1. april "
                + "2037 og senere skal betales til " + ny + ", mens ældre fakturaer betales som anført på dem.\n\nI er "
                + "velkomne til at ringe til værkstedet på det nummer, I har i jeres kartotek, og få ændringen bekræftet. "
                + "Brevet er også sendt med posten med min underskrift." + signature(toemrer));
        genuine(m, toemrer.ip());
        m.description = "history: listed carpenter announces a new bank a month ahead (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), ny,
            "udskiftning af terrassebrædder, Asaa Havnehus");
        invoice(m, moved, ny, 15, List.of("Ny bankforbindelse fra 01.04.2037, jf. brev af marts"), "\n\nSom skrevet i marts "
            + "er det første faktura til den nye konto.");
        genuine(m, toemrer.ip());
        m.description = "asaa-toemrer.dk invoice to its new account after the bank change announced in wave 1";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 20, List.of(), "");
        m.mailFrom = "SRS0=Qd7v=LW=vendelbo-ugeavis.dk=annonce@srs.bronderslev-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.65.28.1";
        m.helo = "srs.bronderslev-fiber.dk";
        m.description = "vendelbo-ugeavis.dk invoice forwarded with SRS (forwarder SPF passes, the paper's Ed25519 DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, mad, mad.account(), 27, List.of(), "");
        m.signers.add(mad.domain());
        relayedBy(m, "relay.dronninglund-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 31, List.of(), "");
        relayedBy(m, "relay.dronninglund-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"kommunale-bogholdere-nord.dk", "Annette Riis", "anri@", "Gydegrus i åen - kender I firmaet?",
            "Hej kolleger\n\nVi har modtaget en regning på gydegrus til en å, fra et firma ingen hos vores vandløbsfolk har hørt "
                + "om. Har nogen af jer set noget tilsvarende i foråret?\n\nAnnette"},
            {"indkoebsnet-kattegat.dk", "Morten Falk", "mofa@", "Advarsel: stiarbejde i skovene", "Hej alle\n\nEn af vores "
                + "skovfogeder fik en faktura for grus til skovstier med henvisning til en rigtig arbejdsordre, men med en "
                + "ukendt konto. Den rigtige entreprenør havde ikke sendt den.\n\nMorten"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditornet-nordjylland.dk", x[3])
                .header("List-Id", "Kreditornet Nordjylland <debat.kreditornet-nordjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-nordjylland.dk", "[Kreditornet] ", "\r\n-- \r\nKreditornet Nordjylland\r\n"
                + "Afmeld dig her: https://kreditornet-nordjylland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"bedrageriadvarsel-nord.dk", "Bedrageriadvarsel Nord", "Åer og skovstier: nye regninger fra svindlere",
            "Falske fakturaer henviser nu til rigtige tilladelser og arbejdsordrer for vandløb og skove. Bekræft altid en ny "
                + "konto over telefonen på et nummer fra jeres eget kartotek."},
            {"kattegatkystens-revision.dk", "Kattegatkystens Revision", "Kvartalsbrev: attestation og kontrol",
                "Gennemgå jævnligt, hvem der kan ændre kreditorstamdata, og kræv to godkendere ved nye bankoplysninger."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl65:" + x[0]).substring(0, 12) + "@maildrop-nord.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@broenderslev.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere "
                    + "på vores side</a></p><p style=\"font-size:8px\">Du kan afmelde dig nederst på siden.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("maildrop-nord.com");
            m.ip = "127.65.26.1";
            m.helo = "smtp.maildrop-nord.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP maildrop-nord.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Natur og Vand", "natur@", "kreditor@broenderslev.dk", "Regninger om Voer Å",
            "Hej kreditor\n\nGydegrus og skjulesten i Voer Å lægges kun ud af Voer Å Vandløbspleje, og kun under vores "
                + "vandløbstilladelse. Deres regninger bærer altid tilladelsens nummer. Alt andet om åen sender I videre til "
                + "mig, før det betales.\n\nNatur og Vand"},
            {"Vej og Park", "vejpark@", "ledere@broenderslev.dk", "Stierne i Storskoven", "Kære ledere\n\nStierne og "
                + "gangbroerne i Dronninglund Storskov vedligeholdes af Dronninglund Skovservice på en arbejdsordre fra os. "
                + "Ekstraarbejde aftales skriftligt på forhånd.\n\nVej og Park"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Dronninglund Andelskasse, Erhverv", "erhverv@dronninglund-andelskasse.dk", "oekonomi@broenderslev.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nDen betalingsfil, der blev indsendt i morges, er modtaget med 214 betalinger og gennemføres på "
                + "bogføringsdagen. Status kan ses i jeres erhvervsnetbank. Vi sender aldrig links i den slags beskeder.\n\n"
                + "Dronninglund Andelskasse");
        genuine(m, "127.65.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Hjallerup Bank", "info@hjallerup-bank.dk", "oekonomi@broenderslev.dk", "Nye vilkår for erhvervskort")
            .text("Til vores erhvervskunder\n\nPr. 1. juni opdaterer vi vilkårene for erhvervskort. De nye vilkår ligger i "
                + "netbanken under Dokumenter.\n\nHjallerup Bank");
        genuine(m, "127.65.22.1");
        m.description = "bank notice about card terms, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("sea-trout-gravel-invoice", true);
        invoice(m, aa, aa.account(), 8, List.of("Vandløbstilladelse " + streamPermit + ", etape 2 ved Voer Mølle",
            "Gydegrus 16-64 mm, 45 m3, udlagt med gravemaskine fra bredden"), "\n\nFotos af gydebankerne er sendt til Natur "
            + "og Vand.");
        genuine(m, aa.ip());
        m.description = "the real stream-care firm invoices stage 2 of the spawning gravel under its permit (Ed25519, p=reject)";
        m = ok("sea-trout-gravel-invoice", true);
        invoice(m, aa, aa.account(), 12, List.of("Vandløbstilladelse " + streamPermit + ", opfølgning",
            "Elfiskeri på tre stationer, optælling af ørredyngel"), "\n\nRapporten med tætheder følger i næste uge.");
        genuine(m, aa.ip());
        m.description = "the real stream-care firm invoices the electrofishing follow-up";
        m = ok("forest-trail-maintenance-invoice", true);
        invoice(m, skov, skov.account(), 10, List.of("Arbejdsordre " + trailOrder + ", forårsrunde",
            "Stenmel på 2,4 km sti, udskiftning af to trapper ved Bøgebakken"), "\n\nArbejdet er afleveret til skovfogeden.");
        genuine(m, skov.ip());
        m.description = "the forest service invoices the spring round on the Storskov trails (DKIM only, p=quarantine, DMARC pass)";
        m = ok("forest-trail-maintenance-invoice", true);
        invoice(m, skov, skov.account(), 18, List.of("Arbejdsordre " + trailOrder + ", tillæg aftalt pr. mail",
            "Ny gangbro over bækken ved Vandværksstien, 9 m"), "\n\nTillægget blev godkendt af Vej og Park inden start.");
        genuine(m, skov.ip());
        m.description = "the forest service invoices an agreed extra footbridge";
        m = ok("supplier-letter", false);
        headers(m, "Voer Å Vandløbspleje", addr(aa), "natur@broenderslev.dk", "Plan for grusudlægning i efteråret")
            .text("Hej Natur og Vand\n\nEtape 3 af grusudlægningen under tilladelse " + streamPermit + " ligger i oktober, når "
                + "ørreden er færdig med at gyde. Vi sender først regning, når arbejdet er udført og godkendt af jer.\n\n"
                + "Kim Thorsen");
        genuine(m, aa.ip());
        m.description = "the stream-care firm announces the next stage, no invoice before the work";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_400_000);
        headers(m, "Nordjysk Genbrug I/S", "faktura@nordjysk-genbrug-is.dk", "efaktura@broenderslev.dk",
            "Acontobidrag 2. kvartal 2037")
            .text("Til ejerkommunerne\n\nVedlagt opkrævning af acontobidrag for andet kvartal. Den er samtidig sendt til jeres "
                + "EAN-nummer.\n\nNordjysk Genbrug I/S")
            .attach("application/pdf", "Aconto-2kv.pdf", Attachments.pdf(docId(m, "ng"), "Acontobidrag 2. kvartal 2037",
                List.of("Nordjysk Genbrug I/S", "Ejerkommune: " + KOMMUNE, "Kr. " + a.gross(),
                    "Konto " + iban("DK", "74000006652271"))));
        genuine(m, "127.65.4.1");
        m.description = "intermunicipal recycling company's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Vandløbsmyndigheden Nord", "post@vandloebsmyndighed-nord.dk", "natur@broenderslev.dk",
            "Tilsyn med fiskepassagen i Voer Å")
            .text("Til Brønderslev Kommune, Natur og Vand\n\nVi foretager i maj det årlige tilsyn med fiskepassagen ved "
                + "Voer Mølle. Tidspunktet aftales med jer. Der er ingen betaling forbundet med tilsynet.\n\n"
                + "Vandløbsmyndigheden Nord");
        genuine(m, "127.65.4.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "notifikation@godkendsnart.dk";
        headers(m, "Dronninglund Slot via GodkendSnart", "notifikation@godkendsnart.dk", "kultur@broenderslev.dk",
            "Til underskrift: aftale om sommerkoncerter")
            .header("Reply-To", "<booking@dronninglund-slot-kultur.dk>")
            .text("Dronninglund Slot beder jer underskrive 'Samarbejdsaftale - sommerkoncerter i slotshaven 2037'.\n\n"
                + "Dokumentet ligger på jeres konto hos GodkendSnart.\n\nGodkendSnart");
        genuine(m, "127.65.32.1");
        m.description = "real e-signature request from godkendsnart.dk for Dronninglund Slot";
        m = ok("receipt", false);
        headers(m, "Brønderslev Jernhandel", "kasse@bronderslev-jernhandel.dk", "havn@broenderslev.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n4 fendere og 25 m ankerkæde til Asaa Havn. Betalt med kommunens indkøbskort.\n\n"
                + "Brønderslev Jernhandel");
        genuine(m, "127.65.4.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Hjallerup Friskole", "bogholderi@hjallerup-friskole.dk", "oekonomi@broenderslev.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag overført 9.800 kr. for leje af Hjallerup Hallen i marts.\n\nHjallerup Friskole");
        genuine(m, "127.65.4.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Havnefogeden i Asaa", "foged@asaa-havnefoged.dk", "havn@broenderslev.dk", "Bekræftelse: kranløft")
            .text("Hej\n\nKranløftet af kommunens arbejdsbåd er booket til den 22. april. Regningen kommer via EAN.\n\n"
                + "Havnefogeden");
        genuine(m, "127.65.4.5");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("NO", "86011117947"), iban("DK", "87650006123399"),
        bank("5470", "0003311872"), iban("EE", "6110220221005544"), iban("PL", "611090101400007125800099"),
        iban("GB", "REVO00996912345678"), iban("IE", "AIBK93118212345611"), iban("NL", "ABNA0417164300"),
        iban("DE", "100100100061234567"), iban("HU", "117730160000000012345678"), iban("RO", "BTRL01301202925690XX"),
        iban("BG", "STSA93000012345678"), iban("CY", "005001230000001234567891"), bank("8411", "0004488120"),
        iban("LT", "1000011101001000"), iban("SE", "80000000082010004477"), iban("MT", "MALT01100000000000000000123"),
        iban("DK", "52950004471188")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ændret modtagerkonto"), "", "Kære storkunde hos varmeværket\n\nBestyrelsen "
            + "besluttede på generalforsamlingen i Brønderslev Hallerne, at værkets fakturering fra april klares af en "
            + "afregningscentral i Aarhus, som samler flere nordjyske fjernvarmeværker. Centralen har sin egen bank, og derfor "
            + "står der en anden modtagerkonto på kvartalets opkrævning end den, I har i jeres kreditorkartotek. Kommunens "
            + "rådhus, hallerne og Kastanjehaven er samlet på én opkrævning. Pengene kan ikke videresendes fra den gamle konto, "
            + "så opdatér venligst kartoteket, før betalingen går af sted.");
        forged(m, forgedHost++);
        m.description = "forged From bronderslev-varmevaerk.dk (p=reject) from a fraudster's machine, DK mule";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej annoncekunde\n\nMarts' annoncer for lokalplanen og stillingerne er "
            + "nu afregnet. Efter at avisen er overtaget af en britisk udgiver, skal betaling ske til den engelske konto på "
            + "fakturaen. Vores konto i Danmark lukkes ved udgangen af måneden.");
        forged(m, forgedHost++);
        m.description = "forged From vendelbo-ugeavis.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"broenderslev-varmevaerk.dk", varme, "Efter flytningen af vores kundedata til et nyt system har "
            + "nogle kunder fået et forkert kontonummer. Brug kun kontoen på denne opkrævning fremover."},
            {"hjallerup-anlaeg.com", entrep, "Fortovet på Hjallerup Bygade står færdigt. Vi har fået ny hovedbank i forbindelse "
                + "med et generationsskifte, og betalingen skal nu gå til kontoen på fakturaen."},
            {"dronninglund-traelast.com", byg, "Her er samlefakturaen for Ejendomscentrets leverancer. Bemærk, at vi fra i dag "
                + "kun kan modtage betaling på den nye konto, der står på fakturaen."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 2 + 3, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[3];
        m = bad("punycode-homoglyph");
        invoice(m, varme.posing(d, varme.account()), mule(9), 6, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Kundecentret på Værkstedsvej vedlægger forårets varmeregning for jeres bygninger i Brønderslev by. Efter "
                + "sammenlægningen af værkets to driftskonti i én ny konto hos en netbank står der et andet kontonummer på "
                + "regningen end tidligere, og det nye nummer er det eneste, der kan bruges fra nu af. Målerdata for "
                + "Rådhuset og Kastanjehaven kan ses i kundeportalen som sædvanlig.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as bronderslev-varmevaerk.dk, new account";
        d = OWNED[4];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektørens sekretariat", "sekretariat@" + d, "oekonomi@broenderslev.dk",
            "Fortroligt: depositum skal sendes før middag")
            .text("Goddag\n\nKommunen har fået mulighed for at købe den gamle kornsilo ved Asaa Havn, men kun hvis sælgerens "
                + "advokat modtager et depositum på 420.000 kr. på " + mule(14) + " inden kl. 12. Kommunaldirektøren sidder i "
                + "møde med sælger og kan ikke tage telefonen. Sagen er fortrolig, indtil økonomiudvalget har fået den.\n\n"
                + "Sekretariatet");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: confidential deposit before noon";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " (via Afregnix)", "noreply@afregnix-agersted.com", "natur@broenderslev.dk",
            "Betaling mangler - gebyr i aften")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> er stadig ubetalt. "
                + "Fra kl. 24 lægges et gebyr på. Du kan betale nu med kort:</p><p><a href=\"https://afregnix-agersted.com/b/"
                + sha256("ax65").substring(0, 20) + "\">Betal fakturaen</a></p><p>Afregnix</p></body></html>");
        ownedBy(m, "afregnix-agersted.com");
        m.description = "look-alike of the platform afregnix.com: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Betalingsfyr", "besked@betalingsfyr-hjallerup.dk", "havn@broenderslev.dk", "Ny faktura fra " + smed.name())
            .text("Goddag havnekontoret\n\nSmeden i Øster Brønderslev har valgt at lade Betalingsfyr tage sig af alle sine "
                + "udestående regninger, herunder gelænderet ved slæbestedet i Asaa. Vi sender derfor kravet i hans navn, "
                + "men pengene går til vores fælles klientkonto " + mule(15) + ". Han modtager sit beløb fra os, når I har "
                + "betalt, så overfør ikke direkte til ham.\n\nVenlig hilsen\nBetalingsfyr, kundeteamet")
            .attach("application/pdf", "bf-" + (6_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("betalingsfyr-hjallerup.dk", mule(15)), "Faktura", "BF-" + (4_200 + rnd.nextInt(700)),
                amount(260_000), mule(15), 2, List.of("Håndteres af Betalingsfyr")));
        ownedBy(m, "betalingsfyr-hjallerup.dk");
        m.description = "look-alike of betalingsfyr.dk: the smithy's invoice 'taken over' to an SE account";

        // compromised-supplier
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 9, List.of("Betales til factoringselskab"), "", "Fra april sælger vi vores "
            + "fakturaer videre til et finansieringshus, der betaler os med det samme, så lønnen til rengøringsholdene i "
            + "Jerslev og på Rådhuset kan komme ud til tiden. Det betyder, at denne regning skal afregnes på " + mule(16)
            + ", som tilhører finansieringshuset. Jeg kører rundt mellem skolerne hele ugen og kan dårligt tale i telefon, "
            + "men jeg læser mails om aftenen.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of jerslev-rengoering.dk (aligned SPF and DKIM, p=none): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@broenderslev.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nApropos den faktura, I fik fra os om Chromebooks og det trådløse net: vores revisor er midt i "
                + "en gennemgang af hvidvaskreglerne sammen med banken, og imens er vores driftskonto frosset. For ikke at "
                + "forsinke noget vil vi bede jer sende de " + p.amount().gross() + " kr. til vores midlertidige konto "
                + mule(17) + ". Når gennemgangen er slut, går alt tilbage til den vante konto.\n\nFakturering\n" + it.name()
                + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of hjallerup-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{el, "serritslev-elservice.dk"}, {mad, "bronderslev-storkokken.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@broenderslev.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nVi har opdaget, at faktura " + p.no() + " (" + p.amount().gross() + " kr.) blev sendt med et "
                    + "kontonummer, vi er holdt op med at bruge. Vil I sætte betalingen ind på " + mule(i + 3) + " i stedet og "
                    + "give mig besked, når det er ændret hos jer?\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\n"
                    + "Fra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@broenderslev.dk", "Tilskud til byfesten - haster")
            .text("Hej\n\nJeg har lovet foreningen bag byfesten i Hjallerup et tilskud på 85.000 kr. til teltet. Pengene skal "
                + "overføres i dag til " + mule(7) + ", ellers mister de reservationen. Jeg er i Aalborg til møde hele dagen, så "
                + "mail mig bare, når det er sket.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged broenderslev.dk (p=reject) from outside: the mayor's urgent grant for the town festival";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@broenderslev.dk", "Ny konto for Agersted VVS")
            .text("Hej\n\nIndehaveren af Agersted VVS & Blik fangede mig på gangen efter byrådsmødet i går og fortalte, at "
                + "firmaet har flyttet sine penge til en ny bank. Vil du lægge " + mule(8) + " ind som deres konto i "
                + "kreditorsystemet, så varmtvandsbeholderne på Agersted Skole kommer med i dagens kørsel? Jeg står inde for "
                + "det, og der er ingen grund til at ringe til dem.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged broenderslev.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektor.bronderslev@gmail.com", "oekonomi@broenderslev.dk", "Er du ved skrivebordet?")
            .text("Hej\n\nHar du ti minutter? Jeg sidder på et kursus i København med kun mobilen, og der er en overførsel, som "
                + "skal klares diskret i dag. Svar mig her, så får du detaljerne.\n\nSendt fra min Android");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'on a course'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.broenderslev@outlook.com", "indkoeb@broenderslev.dk", "Kan du hjælpe mig hurtigt")
            .text("Hej\n\nJeg vil overraske de frivillige fra Dronninglund Storskovs stilaug. Køb venligst 10 digitale "
                + "gavekort á 2.000 kr. og send mig koderne her, inden de mødes kl. 15. Jeg betaler det tilbage.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards for volunteers";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Kragh", "louise.kragh.hjallerup@gmail.com", "loen@broenderslev.dk", "Skift af lønkonto")
            .text("Hej Løn\n\nDet er Louise fra stuen Mariehønen i Hjallerup Børnehus. Nogen fik fat i mine kortoplysninger "
                + "i påsken, og banken har derfor lukket både kort og konto. Indtil sagen er færdig, bruger jeg en konto i "
                + "udlandet, som min svoger har hjulpet med: " + mule(0) + ". Mit MitID er også spærret, så jeg kan ikke selv "
                + "rette det i medarbejderportalen. Kan I skrive det ind, så aprillønnen ikke går tabt?\n\nHilsen Louise");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a kindergarten teacher, NO IBAN";
        m = bad("payroll-account-change");
        headers(m, "Nikolaj Bech", "nikolaj.bech.asaa@hotmail.com", "loen@broenderslev.dk", "Kontonummer til løn")
            .text("Hej\n\nJeg er havnearbejder i Asaa og flytter til Irland efter sommerferien. Vil I sætte min løn ind på "
                + mule(6) + " allerede fra næste måned?\n\nVh Nikolaj");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, bus};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Brønderslev Inkasso", "sag@broenderslev-inkasso.dk", "kreditor@broenderslev.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nPå vegne af " + inkasso[i].name() + " kræver vi betaling af faktura " + p.no()
                    + " på " + p.amount().gross() + " kr. tillagt et salær på 600 kr. Beløbet indbetales til " + mule(i + 9)
                    + " senest på tirsdag; sker det ikke, går kravet videre til fogedretten og til RKI.\n\nBrønderslev "
                    + "Inkasso, juridisk afdeling");
            ownedBy(m, "broenderslev-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv Support", "support@mitid-dronninglund.com", "it@broenderslev.dk", "Handling krævet: MitID-adgang")
            .html("<html><body><p>Kære administrator</p><p>Organisationens MitID Erhverv-adgang mangler en årlig validering. "
                + "Uden validering inden 24 timer spærres alle medarbejderes log-in hos " + KOMMUNE + ".</p><p><a href=\""
                + "https://mitid-dronninglund.com/valider\">Valider nu</a></p></body></html>");
        ownedBy(m, "mitid-dronninglund.com");
        m.description = "fake MitID Erhverv validation with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-broenderslev.net", "oekonomi@broenderslev.dk",
            "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt en afgørelse om efterbetaling af "
                + "lønsumsafgift til jeres virksomhedspostkasse. Afgørelsen skal åbnes inden fredag, da renter ellers "
                + "tilskrives.</p><p><a href=\"https://digitalpost-broenderslev.net/post\">Åbn meddelelsen</a></p>"
                + "<p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-broenderslev.net");
        m.description = "fake Digital Post notice with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Parkering Asaa Havn", "afgift@asaa-havn-parkering.dk", "havn@broenderslev.dk", "Parkeringsafgift udstedt")
            .html("<html><body><p>Havnevagten i Asaa noterede tirsdag en hvid varebil med kommunens logo på pladsen ved "
                + "fiskerhusene, hvor der kun må holde både på trailer. Bilen havde ingen P-billet i forruden. Den udstedte "
                + "afgift er på 750 kr. og kan kun betales mobilt ved at scanne koden herunder; efter fem dage sendes sagen "
                + "til opkrævning med tillæg.</p><p><img src=\"cid:betal\" alt=\"QR\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "asaa-havn-parkering.dk");
        m.description = "QR code for a parking 'fee' at Asaa Havn";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "kunde@flauenskjold-betaling.net", "oekonomi@broenderslev.dk",
            "Jeres aftaler er sat på pause")
            .html("<html><body><p>Jeres automatiske betalinger er sat på pause efter en sikkerhedsopdatering. Scan koden med "
                + "jeres telefon for at genaktivere dem.</p><img src=\"cid:betal\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "flauenskjold-betaling.net");
        m.description = "QR code to 'reactivate paused payments'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(760_000);
        headers(m, rengoer.person(), "kontor@jerslev-rengoring.dk", "kreditor@broenderslev.dk", "Faktura " + no + " (zip)")
            .text("Hej kreditorbogholderiet\n\nSidste måned fik vi to fakturaer retur fra jeres mailserver med besked om, at "
                + "vedhæftningen var afvist. Vores IT-mand har derfor pakket denne måneds regning for Rådhuset og Jerslev Skole "
                + "i en komprimeret mappe. Åbn den og læs også den lille tekstfil; vi har fået ny bankforbindelse i "
                + "forbindelse med et ejerskifte.\n\nKontoret, Jerslev Rengøring")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("jerslev-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "jerslev-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of jerslev-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(760_000);
        headers(m, vvs.person(), "vaerksted@agersted-vvs.net", "kreditor@broenderslev.dk", "Marts-fakturaer samlet")
            .text("Hej\n\nI marts skiftede vi varmtvandsbeholdere på både skolen og hallen i Agersted, og regningerne fylder "
                + "mange sider med fotos, så bogholderen har samlet det hele i ét 7z-arkiv. Husk, at firmaet har fået ny "
                + "bankkonto siden sidste regning; den står i fakturaen inde i arkivet.\n\nVærkstedet i Agersted")
            .attach("application/x-7z-compressed", "marts.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("agersted-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "agersted-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of agersted-vvs.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "ordre@jerslev-ordrestop.com", "indkoeb@broenderslev.dk", "Ordre 55120 afsendes i dag")
            .text("Jeres bestilling af 12 stk. bærbare computere til Jobcentret, i alt 98.400 kr., pakkes i dag og faktureres "
                + "ved afsendelse. Har I ikke afgivet ordren, skal den annulleres på telefon 78 75 40 22 inden kl. 15.\n\n"
                + "Ordrekontoret");
        ownedBy(m, "jerslev-ordrestop.com");
        m.description = "callback scam: fake laptop order, 'call to cancel it'";
        m = bad("callback-phone-invoice");
        headers(m, "Licensservice", "licens@jerslev-ordrestop.com", "it@broenderslev.dk", "Antivirus fornyet for 3 år")
            .text("Hej IT-afdeling\n\nBeskyttelsen af jeres 900 pc'er og tablets på skoler, rådhus og plejecentre kørte ud "
                + "den 31. marts, og systemet har derfor selv forlænget aftalen med 36 måneder. Der udskrives en regning på "
                + "74.250 kr. før moms fredag. Vil I ikke have forlængelsen, skal vores support have besked mundtligt på "
                + "78 75 40 23 senest torsdag, fordi mails om opsigelse efter vores vilkår ikke tæller.\n\nLicensservice");
        ownedBy(m, "jerslev-ordrestop.com");
        m.description = "callback scam: auto-renewed antivirus licence";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "bk@hjallerup-anlaeg.com", "efaktura@broenderslev.dk", "E-faktura " + no)
            .text("Hej\n\nVi er gået over til et nyt bogføringsprogram, som ikke kan sende via NemHandel endnu, så XML-filen "
                + "er vedhæftet her. Bemærk den nye betalingskonto i filen.\n\n" + entrep.name())
            .attach("application/xml", "e-faktura-" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "BK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "hjallerup-anlaeg.com");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@hjallerup-it-drift.dk", "efaktura@broenderslev.dk", "OIOUBL " + no)
            .text("Den elektroniske faktura i OIOUBL er vedlagt. Vi har skiftet bank, og de nye oplysninger står i filen.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "BK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "hjallerup-it-drift.dk");
        m.description = "OIOUBL XML with a changed payee from a look-alike of hjallerup-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "GodkendSnart", "dokument@godkend-klokkerholm.dk", "kultur@broenderslev.dk",
            "Dronninglund Slot afventer jeres underskrift")
            .html("<html><body><p>Et dokument, 'Allonge til lejeaftale - Riddersalen', er sendt til jer til underskrift. "
                + "Adgangen udløber i dag.</p><p><a href=\"https://godkend-klokkerholm.dk/d/" + sha256("gs65").substring(0, 18)
                + "\">Åbn dokumentet</a></p></body></html>");
        ownedBy(m, "godkend-klokkerholm.dk");
        m.description = "fake e-signature request imitating godkendsnart.dk and Dronninglund Slot";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "share@serritslev-signatur.net", "ejendomme@broenderslev.dk", "Forpagtningsaftale til signatur")
            .html("<html><body><p>Landmanden, der forpagter kommunens enge i Store Vildmose, har uploadet en fornyet "
                + "forpagtningskontrakt med ny afgift pr. hektar. Kontrakten er krypteret, og den kan kun åbnes af "
                + "ejendomsafdelingen efter login med den samme Microsoft 365-konto, som I bruger på arbejdet.</p><p><a "
                + "href=\"https://serritslev-signatur.net/login\">Åbn kontrakten sikkert</a></p></body></html>");
        ownedBy(m, "serritslev-signatur.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "dispo@klokkerholm-busser.net", "kreditor@broenderslev.dk", "Betaling af " + p.no() + " i to dele")
            .text("Hej\n\nSkolekørslen mellem Flauenskjold og Dronninglund i marts er faktureret på " + p.no() + " ("
                + p.amount().gross() + " kr.). Fordi vi er midt i at flytte fra vores gamle bank, og den nye kun tager imod "
                + "en vis sum om måneden i starten, beder jeg jer betale halvdelen som vanligt og lægge den anden halvdel på "
                + mule(9) + ". Busserne kører som altid.\n\nDisponenten, Klokkerholm");
        ownedBy(m, "klokkerholm-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@agersted-vvs.net", "kreditor@broenderslev.dk", "Angående faktura " + p.no())
            .text("Hej\n\nAf faktura " + p.no() + " skal 25.000 kr. betales til vores normale konto, mens restbeløbet sendes til "
                + mule(10) + ", fordi banken har lagt et loft over vores indgående betalinger.\n\nVærkstedet");
        ownedBy(m, "agersted-vvs.net");
        m.description = "split payment on Agersted VVS's real wave-1 invoice";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "fornyelse@klokkerholm-domaeneservice.dk", "it@broenderslev.dk",
            "broenderslev.dk udløber om 3 dage")
            .text("Kære domæneindehaver\n\nRegistreringen af broenderslev.dk udløber om tre dage. Uden fornyelse stopper "
                + "hjemmeside og mail. Fornyelse for fem år koster 4.950 kr. og betales til " + mule(11) + " med domænenavnet "
                + "som reference.\n\nDomæneservice");
        ownedBy(m, "klokkerholm-domaeneservice.dk");
        m.description = "fake domain renewal for our own domain, BG IBAN";
        m = bad("fake-domain-renewal");
        headers(m, "Webhotel Support", "support@asaa-webhotel.net", "it@broenderslev.dk", "Faktura: SSL-certifikat og hosting")
            .text("Kære kunde\n\nCertifikatet, der sikrer forbindelsen til jeres selvbetjening for borgerne, holder op med at "
                + "gælde ved midnat. Så snart det sker, ser borgerne en rød advarselsside, når de vil søge om byggetilladelse "
                + "eller melde flytning. Vi kan først forny det, når årsregningen for hosting og certifikat, 12.480 kr., står "
                + "på " + mule(12) + ".\n\nWebhotel Support, Asaa");
        ownedBy(m, "asaa-webhotel.net");
        m.description = "fake SSL/hosting renewal invoice, CY IBAN";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "per@klokkerholm-malerforretning.dk", "omsorg@broenderslev.dk", "Regning for malerarbejdet")
            .text("Hej\n\nPrinteren driller, så jeg har taget et billede af regningen. Pengene skal ind på den konto, der står "
                + "på billedet, da den gamle er lukket.\n\nPer")
            .attach("image/jpeg", "20370412_091544.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "klokkerholm-malerforretning.dk");
        m.description = "photographed invoice (JPEG only) from a look-alike of klokkerholm-maler.dk";
        m = bad("image-only-invoice");
        headers(m, toemrer.person(), "rv@asaa-toemrer.com", "ejendomme@broenderslev.dk", "Scannet faktura - Asaa Børnehus")
            .text("Hej\n\nFakturaen for skydedørene er scannet ind og vedhæftet. Læg mærke til, at kontoen er en anden end "
                + "sidst.\n\nRasmus")
            .attach("application/pdf", "Scan_2037-04.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "asaa-toemrer.com");
        m.description = "scanned image-only PDF from a look-alike of asaa-toemrer.dk";
        m = bad("forged-supplier");
        invoice(m, mad, mule(17), 16, List.of("Ny bank pr. april"), "", "Kære kunde\n\nStorkøkkenet har gjort marts "
            + "op: varm mad til borgere i eget hjem og frokost til de tre plejecentre. Samtidig er vores bankforretninger "
            + "flyttet til en udenlandsk erhvervsbank, som vores nye ejer bruger, så der står et andet kontonummer på "
            + "fakturaen end før. Den danske konto bliver nedlagt med udgangen af april.");
        forged(m, forgedHost++);
        m.description = "forged From bronderslev-storkoekken.dk (p=reject) from a fraudster's machine";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-sea-trout-gravel-invoice
        M m = bad("fake-sea-trout-gravel-invoice");
        invoice(m, aa.posing("voeraa-vandlob.dk", aa.account()), mule(0), 11, List.of("Vandløbstilladelse " + streamPermit
            + ", ekstra grus"), "", "Under højvandet i marts skyllede en del af gydegruset ved Voer Mølle væk, og vi "
            + "genudlagde 30 m3 med det samme, så gydesæsonen ikke gik tabt. Regningen med tilladelsens nummer er vedlagt. "
            + "Firmaet har skiftet bank efter et ejerskifte, så brug kun kontoen på regningen.");
        ownedBy(m, "voeraa-vandlob.dk");
        m.description = "look-alike of the real stream-care firm cites its real permit, 'gravel washed away', NO IBAN";
        m = bad("fake-sea-trout-gravel-invoice");
        headers(m, "Voer Å Fiskepleje", "kontor@voer-aa-fiskepleje.dk", "natur@broenderslev.dk", "Regning: elfiskeri og "
            + "optælling af havørred")
            .text("Til Natur og Vand\n\nSom led i overvågningen af havørredbestanden har vi elfisket fire stationer i Voer Å "
                + "og optalt yngel og smolt. Rapporten sendes, når regningen på 23.750,00 kr. inkl. moms er betalt til "
                + mule(5) + ". Betalingsfrist 8 dage.\n\nVoer Å Fiskepleje")
            .attach("application/pdf", "elfiskeri.pdf", Attachments.pdf(docId(m, "ef65"), "Regning elfiskeri Voer Å",
                List.of("Voer Å Fiskepleje", "4 stationer, 2 mand, generator og net", "I alt inkl. moms 23.750,00",
                    "Indbetaling " + mule(5))));
        ownedBy(m, "voer-aa-fiskepleje.dk");
        m.description = "unknown firm bills electrofishing in Voer Å nobody ordered, report held back (GB IBAN)";
        m = bad("fake-sea-trout-gravel-invoice");
        headers(m, "Laksefonden Øster Brønderslev", "sekretariat@oster-bronderslev-laksefond.dk", "vejpark@broenderslev.dk",
            "Kommunens andel af fiskepassagen")
            .text("Kære kommune\n\nFonden har finansieret den nye fiskepassage, så havørreden kan komme forbi stemmeværket. "
                + "Efter vandløbsloven skal kommunen betale en tredjedel, 61.300 kr., som indbetales til " + mule(4)
                + " inden månedens udgang, så entreprenøren kan få sin slutrate.\n\nLaksefonden");
        ownedBy(m, "oster-bronderslev-laksefond.dk");
        m.description = "'your legal share' of a fish pass paid by a made-up foundation (PL IBAN)";

        // fake-forest-trail-maintenance-invoice
        m = bad("fake-forest-trail-maintenance-invoice");
        invoice(m, skov.posing("dronninglund-skovservice.net", skov.account()), mule(13), 13, List.of("Arbejdsordre "
            + trailOrder + " - stormskader"), "", "Stormen i weekenden væltede seks bøge hen over stierne i Dronninglund "
            + "Storskov, og vi ryddede dem mandag under arbejdsordre " + trailOrder + ", så skolerne kunne bruge skoven igen. "
            + "Fakturaen er vedlagt. Beløbet skal overføres til vores nye erhvervskonto senest fredag.");
        ownedBy(m, "dronninglund-skovservice.net");
        m.description = "look-alike of the forest service cites the real work order, storm clearing, new DK account";
        m = bad("fake-forest-trail-maintenance-invoice");
        headers(m, "Storskovens Stier", "faktura@dronninglund-storskov-stier.dk", "vejpark@broenderslev.dk",
            "Faktura: grus og dræn på vandrestier")
            .text("Goddag Vej og Park\n\nEfter aftale med jeres skovfoged har vi kørt 60 tons stigrus ud og lagt dræn på de "
                + "våde strækninger af Hærvejsstien og Bøgestien. Fakturaen på 47.900,00 kr. skal betales til " + mule(14)
                + " inden ti dage.\n\nStorskovens Stier");
        ownedBy(m, "dronninglund-storskov-stier.dk");
        m.description = "unknown firm bills trail gravel 'agreed with your forester' (LT IBAN)";
        m = bad("fake-forest-trail-maintenance-invoice");
        headers(m, "Hjallerup Naturspor", "booking@hjallerup-naturspor.dk", "kultur@broenderslev.dk",
            "Reservation: nyt mountainbikespor i Storskoven")
            .text("Hej kulturafdelingen\n\nVi hørte fra en af jeres medarbejdere på messen i Aalborg, at kommunen gerne vil "
                + "have et flowspor for mountainbikes mellem bøgene i Dronninglund Storskov. Vores to sporbyggere med "
                + "minigraver kan komme i uge 19. Kalenderen fyldes hurtigt, så vi holder kun ugen, hvis en tredjedel af "
                + "prisen, 29.400 kr., står på " + mule(16) + " senest fredag.\n\nHjallerup Naturspor");
        ownedBy(m, "hjallerup-naturspor.dk");
        m.description = "'your interest' in a mountain-bike trail, a third paid in advance (MT IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus65().generate(), List.of(
            "# Brønderslev Kommune, Økonomi: invoice checks (sixty-fifth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=bronderslev-varmevaerk.dk hjallerup-anlaeg.dk voeraa-vandloeb.dk "
                + "dronninglund-skovservice.dk asaa-toemrer.dk klokkerholm-maler.dk jerslev-rengoering.dk vendelbo-ugeavis.dk "
                + "flauenskjold-vognmand.dk serritslev-el.dk agersted-vvs.dk bronderslev-storkoekken.dk "
                + "dronninglund-traelast.dk hjallerup-itdrift.dk klokkerholm-busser.dk bronderslev-kontorforsyning.dk",
            "invoice.domains.platforms=afregnix.com betalingsfyr.dk debitrix.dk",
            "invoice.names.protected=Brønderslev Kommune"));
    }
}
