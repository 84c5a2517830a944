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
 * The ninety-second held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Rudersdal Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads and parks,
 * schools, elderly care, culture, property and town-centre mailboxes; town hall Øverødvej 2, 2840 Holte) north of
 * Copenhagen: Holte and Gammel Holte, Birkerød, Nærum, Vedbæk and Skodsborg on the Øresund coast, Trørød, Øverød,
 * Søllerød, Kajerød, Bistrup, Høsterkøb, the lakes Sjælsø and Vejlesø, Dumpedalen and Geels Skov, with Kongevejen and its
 * royal milestones running through; seventeen listed suppliers from those places in every DNS posture real Danish firms
 * have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code fakturavej.dk}, {@code
 * betalingsdesk.com}, {@code kontantbro.io}, {@code fakturaspor.dk}), a stonemason keeping the Kongevejen milestones, an
 * electrician hanging the Christmas lights in Holte and Birkerød, a landscaper collecting autumn leaves on the villa roads,
 * sole traders on free mail, foreign suppliers, SaaS ({@code elevkoersel.io}, {@code vagtrul.dk}), an ESP ({@code
 * postkaskade.com}), an e-signature service ({@code paraf.dk}), banks, a creditor list, forwarders (with and without SRS)
 * and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, fake domain renewals, compromised mailboxes, hijacked
 * threads, split payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee,
 * fake e-signature requests, payroll changes, look-alikes, homoglyphs) and three kinds new here: restoration of the
 * listed milestones along Kongevejen billed by someone who never touched them
 * (fake-kongevej-milestone-restoration-invoice), mounting, service or "extra" garlands of the Christmas lights in Holte
 * Midtpunkt and on Birkerød Hovedgade billed to a new account (fake-christmas-lights-mounting-invoice), and autumn leaf
 * collection on the villa roads billed by an unknown firm or a look-alike of the real one
 * (fake-leaf-collection-invoice). The invoice engine, its tests, tuning notes and earlier results were not read. Labels say
 * what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its computed
 * authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus92GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus92 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout92");
    public static final String OWN = "rudersdal.dk";
    static final String FRAUD_NET = "127.192.";
    private static final String OWN_IP = "127.92.0.1";
    private static final String EAN = "5798005500926";
    private static final String KOMMUNE = "Rudersdal Kommune";
    private static final String RAADHUS = "Øverødvej 2, 2840 Holte";
    private static final String HOSTER_IP = "127.92.9.1";
    private static final String GMAIL = "127.97.1.1";
    private static final String MSFT = "127.97.2.1";
    private static final String APPLE = "127.97.5.1";

    private final Random rnd = new Random(92_2840_0092L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The stonemason's case number for the Kongevejen milestones (the frauds cite it). */
    private String stoneCase;
    /** The electrician's Christmas-lights agreement (the frauds cite it). */
    private String lightsAgreement;
    /** The landscaper's leaf-collection route plan (the frauds cite it). */
    private String leafRoute;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Birkerød Varmeværk a.m.b.a.", "birkerod-varmevaerk.dk", "Kundeservice",
        "kundeservice", "127.92.1.1", iban("DK", "22100004417730"), "fjernvarme til Birkerød Idrætscenter, Birkerød Bibliotek og "
        + "Plejecenter Sjælsøhus");
    private final Supplier anlaeg = new Supplier("Nærum Anlægsgartner ApS", "naerum-anlaeg.dk", "Mette Juul", "mj", "127.92.1.2",
        bank("2100", "0004432519"), "løvopsamling på villavejene i Nærum og Trørød og pleje af de grønne arealer");
    private final Supplier sten = new Supplier("Vedbæk Stenhuggeri v/ Jens Holm", "vedbaek-stenhuggeri.dk", "Jens Holm", "jens",
        "127.92.1.3", bank("9570", "0012244608"), "istandsættelse af Kongevejens milesten ved Øverød og Holte");
    private final Supplier el = new Supplier("Skodsborg El-Service ApS", "skodsborg-el.dk", "Kasper Lind", "kl", HOSTER_IP,
        bank("2100", "0004451872"), "ophængning og drift af julebelysningen i Holte Midtpunkt og på Birkerød Hovedgade");
    private final Supplier tag = new Supplier("Trørød Tagdækning ApS", "trorod-tagdaekning.dk", "Brian Skov", "brian",
        "127.92.1.5", iban("DK", "30000011239984"), "ny tagpap og zinkinddækninger, Trørødskolen");
    private final Supplier maler = new Supplier("Holte Malerservice v/ Finn Ager", "holte-malerservice.dk", "Finn Ager", "finn",
        "127.92.1.6", bank("9570", "0012260177"), "maling af gange og trappeopgange i Rådhuset, Holte");
    private final Supplier rengoer = new Supplier("Øverød Rengøring A/S", "overod-rengoering.dk", "Kontoret", "kontor",
        "127.92.1.7", iban("DK", "22100004478203"), "daglig rengøring af Rådhuset, Borgerservice og Nærum Skole");
    private final Supplier avis = new Supplier("Søllerød Posten", "sollerod-posten.dk", "Annonceafdelingen", "annonce",
        "127.92.1.8", iban("DK", "30000011290413"), "annoncer: lokalplanforslag for Vedbæk Stationsvej og jobopslag i dagplejen");
    private final Supplier vognmand = new Supplier("Kajerød Vognmandsforretning ApS", "kajerod-vognmand.dk", "Per Dalsgaard",
        "per", "127.92.1.9", bank("2100", "0004490014"), "kørsel med vejsalt og grus til vinterdepotet i Kajerød");
    private final Supplier vvs = new Supplier("Gammel Holte VVS ApS", "gammelholte-vvs.dk", "Ordrekontoret", "ordre",
        "127.92.1.10", bank("9570", "0012277341"), "udskiftning af radiatorventiler, Gl. Holte Børnehus");
    private final Supplier mad = new Supplier("Høsterkøb Madservice A/S", "hosterkob-madservice.dk", "Høsterkøb Madservice, Økonomi",
        "okonomi", "127.92.1.11", iban("DK", "22100004501166"), "madlevering til hjemmeboende ældre og Plejecenter Sjælsøhus");
    private final Supplier byg = new Supplier("Birkerød Trælast A/S", "birkerod-traelast.dk", "Erhvervssalg", "erhverv",
        "127.92.1.12", iban("DK", "30000011325590"), "byggematerialer til Ejendomscenteret efter rammeaftale");
    private final Supplier it = new Supplier("Nærum IT-Drift ApS", "naerum-itdrift.dk", "Fakturering", "faktura", "127.92.1.13",
        bank("2100", "0004522870"), "drift af skolernes trådløse net og elevernes Chromebooks");
    private final Supplier bus = new Supplier("Vejlesø Busser ApS", "vejleso-busser.dk", "Kørselskontoret", "koersel",
        "127.92.1.14", bank("9570", "0012301958"), "specialkørsel til Vedbæk Skole og svømmekørsel til Birkerød Svømmehal");
    private final Supplier kontor = new Supplier("Holte Kontorforsyning ApS", "holte-kontorforsyning.dk", "Salgsteamet", "salg",
        "127.92.1.15", iban("DK", "30000011352207"), "kopipapir, toner og mødeblokke til Rådhuset og skolerne");
    private final Supplier laas = new Supplier("Bistrup Låse og Sikring ApS", "bistrup-laase.dk", "Thomas Ravn", "tr",
        "127.92.1.16", bank("2100", "0004539906"), "nye låsecylindre og adgangskontrol, Birkerød Skole");
    private final Supplier natur = new Supplier("Sjælsø Naturservice ApS", "sjaelso-natur.dk", "Line Bech", "line", "127.92.1.17",
        bank("9570", "0012324486"), "høslæt og hegnsarbejde ved Sjælsø og i Dumpedalen");
    // not on the creditor list
    private final Supplier smed = new Supplier("Dumpedalen Smedie v/ Ove Riis", "dumpedalen-smedie.dk", "Ove Riis", "ove",
        "127.92.2.1", bank("2100", "0004551207"), "nyt gelænder ved trappen ned til Vedbæk Strand");
    private final Supplier biavl = new Supplier("Geels Biavl v/ Ida Krogh", "geels-biavl.dk", "Ida Krogh", "ida", "127.92.2.2",
        bank("9570", "0012338120"), "bistader og biundervisning i skolehaven i Nærum, tre forløb");
    private final Supplier fortael = new Supplier("Historiefortæller Sofie Brandt", "gmail.com", "Sofie Brandt",
        "sofie.brandt.fortaeller", GMAIL, bank("2100", "0004560339"), "fortælleture om stenalderfundene i Vedbæk for 4. årgang, "
        + "fem gange");
    private final Supplier tolk = new Supplier("Tegnsprogstolk Rasmus Egholm", "outlook.com", "Rasmus Egholm", "rasmus.egholm.tolk",
        MSFT, bank("9570", "0012349902"), "tegnsprogstolkning ved borgermødet i Holte, 2 x 2 timer");
    private final Supplier pianist = new Supplier("Pianist Nanna Friis", "icloud.com", "Nanna Friis", "nanna.friis.klaver", APPLE,
        bank("2100", "0004571140"), "julekoncerter på klaver, Plejecenter Sjælsøhus og Plejecenter Ny Holte");
    private final Supplier tysk = new Supplier("Lübecker Natursteinwerk GmbH", "luebecker-natursteinwerk.de", "Buchhaltung",
        "buchhaltung", "127.92.7.1", iban("DE", "210400440012880019"), "Granitrohlinge für die Meilensteine am Kongevejen");
    private final Supplier svensk = new Supplier("Malmö Julbelysning AB", "malmo-julbelysning.se", "Fakturor", "faktura",
        "127.92.7.2", iban("SE", "50000000058230011475"), "LED-slingor och stjärnor till julbelysningen i Holte");

    private final List<Supplier> listed = List.of(varme, anlaeg, sten, el, tag, maler, rengoer, avis, vognmand, vvs, mad, byg, it,
        bus, kontor, laas, natur);

    /** Fraudsters' own domains, each carrying a Rudersdal place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"birkerod-varmevaerk.com", "trorod-tagdaekning.com", "birkerod-traelast.net",
        "skodsborg-elservice.dk", idn("birkerod-tr\u0430elast.dk"), idn("rudersdal-k\u043emmune.dk"), "fakturavej-holte.dk",
        "betalingsdesk-birkerod.com", "hosterkob-madservice.com", "bistrup-laase-sikring.dk", "holte-inkassoservice.dk",
        "mitid-erhverv-birkerod.com", "digitalpost-naerum.com", "dk-domaener-holte.com", "domaeneservice-vedbaek.net",
        "vedbaek-parkering.dk", "skodsborg-betalingsservice.net", "overod-rengoring.dk", "gammelholte-vvs.net",
        "holte-kontorforsyning.net", "naerum-it-drift.dk", "holte-malerservice.net", "kajerod-vognmand.net", "naerum-anlaeg.net",
        "naerum-itdrift.net", "paraf-sollerod.dk", "dokumentdeling-skodsborg.net", "vejleso-busser.net", "bistrup-laase.net",
        "vedbaek-stenhuggeri.com", "overod-stenkonservering.dk", "holte-milepaele.dk", "skodsborg-el.net",
        "holte-julebelysning.dk", "birkerod-juleudsmykning.dk", "naerum-anlaeg.com", "trorod-loevservice.dk",
        "sollerod-haveservice.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(anlaeg.domain(), List.of(anlaeg.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(sten.domain(), List.of(sten.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(tag.domain(), List.of(tag.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.92.98.9"), "~all", null, "none"); // SPF names only its dispatch system
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.92.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(laas.domain(), List.of(laas.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(natur.domain(), List.of(natur.ip()), "~all", null, null); // SPF only, no DMARC
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(biavl.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null); // DKIM only, no DMARC
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sjaelso-vandsamarbejde.dk", List.of("127.92.50.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("slotskultur-tilsyn.dk", List.of("127.92.50.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("mothsgaarden-museum.dk", List.of("127.92.50.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("holte-gymnastikforening.dk", List.of("127.92.50.4"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("holte-revisorerne.dk", List.of("127.92.50.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("birkerod-isenkram.dk", List.of("127.92.50.6"), "-all", null, "none");
        domain("vedbaek-havn-drift.dk", List.of("127.92.50.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("domaenekassen.dk", List.of("127.92.50.8"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // platforms
        domain("fakturavej.dk", List.of("127.92.51.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("betalingsdesk.com", List.of("127.92.51.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kontantbro.io", List.of("127.92.51.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("fakturaspor.dk", List.of("127.92.51.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("holte-sparekasse.dk", List.of("127.92.52.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("birkerod-bank.dk", List.of("127.92.52.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkreds-nord.dk", List.of("127.92.52.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bogholderkredsen-nord.dk", List.of("127.92.52.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoebsnetvaerk-nord.dk", List.of("127.92.52.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postkaskade.com", List.of("127.92.52.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("bedragerivarsel.dk", List.of("127.92.52.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.birkerod-fiber.dk", List.of("127.92.52.8"), "-all", null, null);
        domain("relay.holte-bredbaand.dk", List.of("127.92.52.9"), "-all", null, null);
        domain("elevkoersel.io", List.of("127.92.52.10"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtrul.dk", List.of("127.92.52.11"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("paraf.dk", List.of("127.92.52.12"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
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
        switch (Math.floorMod(sha256("no92:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "RD-" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "F36-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "2036-" + (1_000 + rnd.nextInt(800));
            default:
                return "H" + (71_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@rudersdal.dk", "efaktura@rudersdal.dk", "kreditor@rudersdal.dk",
        "oekonomi@rudersdal.dk", "vejpark@rudersdal.dk", "skoler@rudersdal.dk", "omsorg@rudersdal.dk", "bymidter@rudersdal.dk",
        "ejendomscenter@rudersdal.dk", "indkoeb@rudersdal.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf92:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(32_000_000 + Math.floorMod(sha256("cvr92:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(82_000_000 + Math.floorMod(sha256("fi92:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "birkerod-varmevaerk.dk" -> "Værkstedvej 9, 3460 Birkerød";
            case "naerum-anlaeg.dk" -> "Langebjerg 21, 2850 Nærum";
            case "vedbaek-stenhuggeri.dk" -> "Vedbæk Stationsvej 14, 2950 Vedbæk";
            case "skodsborg-el.dk" -> "Skodsborg Strandvej 190, 2942 Skodsborg";
            case "trorod-tagdaekning.dk" -> "Trørødvej 62, 2950 Vedbæk";
            case "holte-malerservice.dk" -> "Kongevejen 311, 2840 Holte";
            case "overod-rengoering.dk" -> "Øverødvej 140, 2840 Holte";
            case "sollerod-posten.dk" -> "Søllerødvej 30, 2840 Holte";
            case "kajerod-vognmand.dk" -> "Kajerødvej 55, 3460 Birkerød";
            case "gammelholte-vvs.dk" -> "Gammel Holtevej 88, 2840 Holte";
            case "hosterkob-madservice.dk" -> "Høsterkøbvej 12, 3460 Birkerød";
            case "birkerod-traelast.dk" -> "Bregnerødvej 96, 3460 Birkerød";
            case "naerum-itdrift.dk" -> "Nærum Hovedgade 4, 2850 Nærum";
            case "vejleso-busser.dk" -> "Vejlesøvej 71, 2840 Holte";
            case "holte-kontorforsyning.dk" -> "Holte Stationsvej 7, 2840 Holte";
            case "bistrup-laase.dk" -> "Bistrupvej 120, 3460 Birkerød";
            case "sjaelso-natur.dk" -> "Sjælsø Allé 3, 3460 Birkerød";
            case "dumpedalen-smedie.dk" -> "Dumpedalsvej 19, 3460 Birkerød";
            case "geels-biavl.dk" -> "Geelsvej 8, 2840 Holte";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with supplier, billed-to and terms blocks; a task sheet with labour,
     * materials and machines and the FI line (card 71); a charge under an agreement with fixed and variable parts and the FI
     * line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        String town = addr.isEmpty() ? "Rudersdal" : addr.substring(addr.lastIndexOf(' ') + 1);
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Leverandør: " + s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR-nummer " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + ", " + RAADHUS + " (EAN " + EAN + ")");
                l.add("Udstedt " + writtenDay(m, 0) + " af " + s.person() + " i " + town);
                l.add("Vedrørende " + s.what());
                l.add("Pris for ydelsen uden moms " + a.net() + " kroner, momsen udgør " + a.vat() + " kroner, og " + KOMMUNE
                    + " skal i alt betale " + a.gross() + " kroner");
                l.addAll(more);
                l.add("Betalingsfrist løbende måned plus 30 dage, det vil sige " + writtenDay(m, 30));
                if (account != null) {
                    l.add("Bankoplysninger til brug for " + KOMMUNE + ": " + account + " - skriv fakturanummeret i teksten");
                }
            }
            case 1 -> {
                head = title + " / opgaveseddel " + no;
                l.add("Udført af " + s.name() + " fra " + town + ", CVR-nummer " + cvr(s.domain()));
                l.add("Bestilt af " + KOMMUNE + " via EAN " + EAN + " - opgaven: " + s.what());
                long labour = a.ore() * 47 / 100;
                long machines = a.ore() * 11 / 100;
                l.add("Håndværkertimer på stedet " + kr(labour) + " kroner, brugte materialer fra " + town + " "
                    + kr(a.ore() - labour - machines) + " kroner, maskinleje og kørsel " + kr(machines) + " kroner");
                l.add("Sum uden moms " + a.net() + " kroner plus moms " + a.vat() + " kroner giver fakturabeløbet " + a.gross()
                    + " kroner");
                l.addAll(more);
                l.add("Skal være indbetalt senest " + writtenDay(m, 21) + (account == null ? "" : " på bankkonto " + account
                    + " hos " + s.name()));
                if (own) {
                    l.add("Indbetal gerne med FI-kort: " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = title + " - opkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR-nummer " + cvr(s.domain()));
                l.add("Aftale nummer " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " med " + KOMMUNE);
                l.add("Opkrævningen dækker perioden fra " + writtenDay(m, -31) + " til " + writtenDay(m, -1) + ": " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast andel efter aftalen " + kr(fixed) + " kroner og forbrugsafhængig andel " + kr(a.ore() - fixed)
                    + " kroner");
                l.add("Heraf moms " + a.vat() + " kroner, så " + KOMMUNE + " opkræves " + a.gross() + " kroner for perioden");
                l.addAll(more);
                l.add("Betales senest " + writtenDay(m, 14) + (account == null ? "" : " til " + s.name() + ", konto " + account));
                if (own) {
                    l.add("Indbetalingskort fra " + town + ": " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Rudersdal Kommune faktura " + no + ".pdf",
            "FAK" + no + ".pdf", "faktura-nr-" + no + ".pdf", "Bilag_" + no + ".pdf", "doc_" + no + ".pdf", "Regning-" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Rudersdal Kommune", "Til bogholderiet", "Godmorgen", "Kære kreditorafdeling",
        "Hej kreditor", "Att. Økonomi", "Hej alle sammen", "Til rette vedkommende"};

    private String phone() {
        return (rnd.nextBoolean() ? "45 " : "48 ") + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " "
            + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig92:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlige hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nMvh.\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\nTak og hav en god dag\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\nwww." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name() + "\nTelefon " + phone();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE, "Deres faktura nr. " + no,
            "Faktura til EAN " + EAN + " (" + no + ")", "Regning " + no, "Fakturering " + no + " vedr. udført arbejde",
            s.name() + ": faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed vores faktura " + no + " for " + s.what() + ". PDF'en ligger som bilag.";
            case 1 -> "I bilaget finder I faktura " + no + ". Den lyder på " + a.gross() + " kr. med moms og skal være betalt senest "
                + writtenDay(m, 30) + ".";
            case 2 -> "Samme faktura er sendt elektronisk til EAN " + EAN + ", så I kan nøjes med at betale den ene af dem.";
            case 3 -> "Tak for et godt samarbejde om opgaven. Fakturaen er vedhæftet.";
            case 4 -> "Fakturanr. " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 30);
            case 5 -> "Fakturaen for det udførte arbejde er vedlagt, og jeres ordrenummer er påført.";
            case 6 -> "Så er der faktura på den seneste levering. Giv lyd, hvis noget ikke stemmer med jeres bestilling.";
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
        if (List.of(varme, rengoer, mad, it, bus, kontor, avis).contains(s)) {
            return 2;
        }
        if (List.of(anlaeg, sten, el, tag, vvs, vognmand, laas).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Øverødvej 2", "Holte", "2840", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        stoneCase = "MS-" + (120 + rnd.nextInt(60));
        lightsAgreement = "JB-" + (4_300 + rnd.nextInt(500));
        leafRoute = "LR-" + (70 + rnd.nextInt(25));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == sten ? List.of("Sag " + stoneCase + ": rensning og opmaling af milesten nr. 2 og 3 på Kongevejen")
                : s == el ? List.of("Aftale " + lightsAgreement + ": nedtagning i januar og lagerleje for lyskæderne")
                : s == anlaeg ? List.of("Ruteplan " + leafRoute + ": løvsuger og lastbil, 14 villaveje i Nærum") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Vej og Park, kystteamet"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a railing at Vedbæk beach, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, anlaeg, avis, el, kontor, varme, bus, laas, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre RK-" + (40_100 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@rudersdal.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sted: " + (k % 3 == 0 ? "Birkerød Idrætscenter, omklædning" : "Rammeaftale 2035-2038, delaftale 2"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nKvitterede leveringssedler ligger i samme mail." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget og kvitteret af Ejendomscenteret, Holte", "Kolli i alt: " + (4 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader krydsfiner kom med knækkede hjørner og er taget retur med "
            + "chaufføren."},
            {kontor, "Kreditnota til faktura ", "Mødeblokkene blev leveret med forkert logo, så dem tager vi tilbage uden beregning."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (700 + rnd.nextInt(500));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@rudersdal.dk", x[1] + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. ligger i bilaget og kan "
                    + "trækkes fra i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "KN_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for fakturaen nedenfor. "
            + "Har I allerede betalt, krydser beløbene sikkert hinanden."},
            {anlaeg, "Rykker 1", "Fakturaen er en uge over forfald. Der er ikke beregnet rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@rudersdal.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
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
        headers(m, s.person(), addr(s), "kreditor@rudersdal.dk", "Saldoopgørelse " + dottedDay(m, -1))
            .text("Goddag\n\nTil jeres afstemning inden nytår: vi har modtaget betaling for faktura " + p.no() + ", og saldoen "
                + "hos os er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "kajerod-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String ref = "RK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@rudersdal.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL 2.02)"))
                .text("Hej e-faktura\n\nVores nye regnskabsprogram er endnu ikke koblet på NemHandel, så vi vedhæfter XML-filen og "
                    + "en PDF-udgave her. Kontonummeret er uændret. Når koblingen virker, får I fakturaerne den vej, og så skal "
                    + "denne ikke betales igen.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Faktura-PDF-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Indkøbsordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturavej.dk", "betalingsdesk.com", "kontantbro.io", "fakturaspor.dk"};
        Supplier[] who = {biavl, smed, fortael, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "b-" + sha256("plat92:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "FS-" + (30_000 + rnd.nextInt(9_000));
                headers(m, "Fakturaspor", "opkraevning@fakturaspor.dk", "omsorg@rudersdal.dk", "Opkrævning " + no
                    + " - vikartimer november")
                    .text("Til " + KOMMUNE + ", Omsorg\n\nHer er opkrævningen for de vikartimer i hjemmeplejen, som jeres "
                        + "distriktsleder har godkendt i vikarportalen for november (112 timer). Vikarerne er ansat hos os.\n\n"
                        + "Beløb " + a.gross() + " kr. Sidste rettidige betaling " + dottedDay(m, 20) + ".\n\nFakturaspor")
                    .attach("application/pdf", "Fakturaspor-" + no + ".pdf", Attachments.pdf(docId(m, "fs"), "Opkrævning " + no,
                        List.of("Fakturaspor ApS", "Kunde: " + KOMMUNE + ", Omsorg", "Godkendte vikartimer november 2036: 112",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "22100004588314"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform fakturaspor.dk bills approved home-care temp hours under its own name";
                continue;
            }
            String no = "P" + (410_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "vejpark@rudersdal.dk" : "skoler@rudersdal.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen er vedhæftet som PDF. Svarer du på denne besked, lander svaret hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:10px\">Denne besked er sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(biavl, fortael, tolk, pianist, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, så der er ikke lagt moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "NW-" + (36_400 + rnd.nextInt(600));
        Amount a = amount(900_000);
        headers(m, "Lübecker Natursteinwerk", addr(tysk), "vejpark@rudersdal.dk", "Rechnung " + no + " - Granitrohlinge")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die Granitrohlinge, die Ihr Steinmetz "
                + "für die Meilensteine am Kongevejen bestellt hat. Steuerschuldnerschaft des Leistungsempfängers.\n\nMit "
                + "freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Lübeck", "Empfänger: " + KOMMUNE + ", Vej og Park", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar an: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German stone supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "MJ" + (5_200 + rnd.nextInt(700));
        headers(m, "Malmö Julbelysning", addr(svensk), "bymidter@rudersdal.dk", "Faktura " + no + " - LED-slingor")
            .text("Hej,\n\nHär är fakturan för de LED-slingor och stjärnor som er elinstallatör beställde till julbelysningen i "
                + "Holte. Beloppet betalas till vårt konto enligt fakturan.\n\nVänliga hälsningar\nFakturor, Malmö Julbelysning AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "Bankgiro/IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish lights supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Elevkoersel Billing", "billing@elevkoersel.io", "skoler@rudersdal.dk", "Your Elevkoersel invoice for December")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Elevkoersel (route planning for special-needs "
                + "school transport, 23 routes). The same invoice is delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Elevkoersel team")
            .attach("application/pdf", "elevkoersel-december.pdf", Attachments.pdf(docId(m, "ek"), "Invoice",
                List.of("Elevkoersel ApS", "Customer: " + KOMMUNE, "December 2036, 23 routes", "DKK " + a.gross())));
        genuine(m, "127.92.52.10");
        m.description = "SaaS elevkoersel.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Vagtrul", "betaling@vagtrul.dk", "omsorg@rudersdal.dk", "Vagtrul: betalingen er gennemført")
            .text("Hej\n\nTak for betalingen for jeres Vagtrul-abonnement (vagtplanlægning i hjemmeplejen, 210 brugere). Vi har "
                + "trukket " + a.gross() + " kr. på kortet, der ender på 7714. Der er intet at betale.\n\nVagtrul");
        genuine(m, "127.92.52.11");
        m.description = "SaaS vagtrul.dk card receipt, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0012455131");
        M m = ok("supplier-new-account", false);
        headers(m, tag.person(), addr(tag), "kreditor@rudersdal.dk", "Ændret bankkonto pr. 1. december")
            .text("Til kreditorafdelingen\n\nTrørød Tagdækning skifter bank ved månedsskiftet. Fakturaer dateret 1. december 2036 "
                + "og senere skal betales til " + nyT + ". Ældre fakturaer betales til kontoen, der står på dem.\n\nI er velkomne "
                + "til at ringe til kontoret på det nummer, I har i jeres leverandørkartotek, og få ændringen bekræftet."
                + signature(tag))
            .attach("application/pdf", "Kontoaendring.pdf", Attachments.pdf(docId(m, "ka"), "Meddelelse om ny bankkonto",
                List.of(tag.name() + ", CVR " + cvr(tag.domain()), "Gælder fra 01.12.2036", "Ny konto: " + nyT,
                    "Brian Skov, indehaver")));
        genuine(m, tag.ip());
        m.description = "listed roofer genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(tag.name(), tag.domain(), tag.person(), tag.box(), tag.ip(), nyT,
            "reparation af tagrender og nedløb, Høsterkøb Børnehus");
        invoice(m, moved, nyT, 14, List.of("Ny bankkonto fra 01.12.2036, se vores brev"), "\n\nVi minder om vores nye "
            + "kontonummer, som vi gav besked om for nylig.");
        genuine(m, tag.ip());
        m.description = "trorod-tagdaekning.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "30000011477725");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Høsterkøb Madservice, Økonomi", addr(mad), "kreditor@rudersdal.dk", "Ny betalingskonto fra december")
            .text("Til " + KOMMUNE + ", kreditor og Omsorg\n\nHøsterkøb Madservice er blevet en del af en større køkkenkoncern og "
                + "har derfor fået ny bank. Fakturaer med dato fra 1. december betales til " + nyM + ". Vi modtager stadig "
                + "betalinger på den gamle konto året ud. Meddelelsen er også sendt underskrevet til jeres Digital Post.\n\n"
                + "Venlig hilsen\nHøsterkøb Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny betalingskonto fra 01.12.2036"), "\n\nBemærk venligst vores nye konto.");
        genuine(m, mad.ip());
        m.description = "hosterkob-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=q7Hd=OL=sollerod-posten.dk=annonce@srs.birkerod-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.92.52.8";
        m.helo = "srs.birkerod-fiber.dk";
        m.description = "sollerod-posten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.holte-bredbaand.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.holte-bredbaand.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"bogholderkredsen-nord.dk", "Hanne Lykke", "hly@", "Milesten på Kongevejen - regning fra ukendt?",
            "Hej kreds\n\nVi har fået en regning for 'konservering af kongelige milesten' fra et firma, vi aldrig har hørt om, "
                + "og vores milesten er ikke engang blevet rørt. Er der andre langs Kongevejen, der har fået det samme?\n\nHanne"},
            {"indkoebsnetvaerk-nord.dk", "Mads Kirk", "mk@", "Julebelysning: faktura med ny konto", "Hej alle\n\nVores "
                + "bymidtekontor fik i går en regning for 'ekstra guirlander' i gågaden med et nyt kontonummer. Den rigtige "
                + "elinstallatør kendte intet til den. Pas på her i december.\n\nMads"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditorkreds-nord.dk", x[3])
                .header("List-Id", "Kreditorkreds Nord <debat.kreditorkreds-nord.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorkreds-nord.dk", "[Kreditorkreds] ", "\r\n-- \r\nKreditorkreds Nord - for bogholdere i "
                + "nordsjællandske kommuner\r\nAfmeld: https://kreditorkreds-nord.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"bedragerivarsel.dk", "Bedragerivarsel", "December: milesten, julelys og løv i falske regninger",
            "Årstidens svindlere fakturerer julebelysning, løvopsamling og stenarbejde med rigtige aftalenumre. Ring altid til "
                + "leverandøren på et nummer fra jeres eget kartotek, før I betaler til en ny konto."},
            {"holte-revisorerne.dk", "Holte Revisorerne", "Tjekliste til årsskiftet",
                "Gennemgå leverandørkartoteket, og kræv at to medarbejdere godkender hver eneste ændring af et kontonummer."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl92:" + x[0]).substring(0, 14) + "@postkaskade.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@rudersdal.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs mere "
                    + "på hjemmesiden</a></p><p style=\"font-size:9px\">Du får denne mail, fordi du er tilmeldt. Afmeld her.</p>"
                    + "</body></html>");
            m.signers.add(x[0]);
            m.signers.add("postkaskade.com");
            m.ip = "127.92.52.6";
            m.helo = "mta.postkaskade.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postkaskade.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Vej og Park", "vejpark@", "kreditor@rudersdal.dk", "Milestenene på Kongevejen",
            "Hej kreditor\n\nMilestenene langs Kongevejen er fredede, og det er kun Vedbæk Stenhuggeri, der arbejder på dem, "
                + "altid efter aftale med os og Slotskulturstyrelsens tilsyn. Deres regninger har vores sagsnummer på. Alt andet om "
                + "milesten sender I videre til mig.\n\nVej og Park"},
            {"Bymidtesekretariatet", "bymidter@", "kreditor@rudersdal.dk", "Julebelysning 2036", "Hej\n\nJulebelysningen i Holte "
                + "Midtpunkt og på Birkerød Hovedgade sættes op af Skodsborg El-Service under den faste aftale. Ekstra lys bestiller "
                + "vi skriftligt, og det står altid på en rekvisition fra os.\n\nBymidtesekretariatet"},
            {"Vej og Park, driften", "drift@", "ledere@rudersdal.dk", "Løvopsamling på villavejene", "Kære ledere\n\nLøvet på "
                + "villavejene samles kun af Nærum Anlægsgartner efter ruteplanen. Får I henvendelser fra andre om løvsugning "
                + "eller sække, så send dem til driften og betal ikke noget.\n\nDriften"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Holte Sparekasse, Erhverv", "erhverv@holte-sparekasse.dk", "oekonomi@rudersdal.dk", "Betalingsfil modtaget")
            .text("Til " + KOMMUNE + ", Økonomi\n\nHolte Sparekasse modtog i nat jeres betalingsfil med 243 betalinger til "
                + "leverandører, som gennemføres på bogføringsdagen i morgen. Hver enkelt betaling kan ses under Erhverv i "
                + "netbanken. Vores beskeder om betalingsfiler indeholder aldrig links eller vedhæftede filer.\n\nHolte "
                + "Sparekasse, Kongevejen");
        genuine(m, "127.92.52.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Birkerød Bank", "info@birkerod-bank.dk", "oekonomi@rudersdal.dk", "Nye priser på valutaoverførsler")
            .text("Til erhvervskunder\n\nFra 1. februar justerer vi prisen på overførsler i udenlandsk valuta. Den nye prisliste "
                + "ligger i netbanken under dokumenter.\n\nBirkerød Bank");
        genuine(m, "127.92.52.2");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("kongevej-milestone-invoice", true);
        invoice(m, sten, sten.account(), 7, List.of("Sag " + stoneCase + ", milesten nr. 4 ved Øverød",
            "Opretning, fugning og ny forgyldning af kongemonogrammet"), "\n\nFotodokumentationen er sendt til Vej og Park.");
        genuine(m, sten.ip());
        m.description = "the real stonemason invoices work on a Kongevejen milestone under its case (RSA, no DMARC)";
        m = ok("christmas-lights-invoice", true);
        invoice(m, el, el.account(), 10, List.of("Aftale " + lightsAgreement + ", ophængning 2036",
            "Lyskæder i 38 træer i Holte Midtpunkt, 22 stjerner på Birkerød Hovedgade"), "\n\nLyset tændes fredag kl. 16.");
        genuine(m, HOSTER_IP);
        m.description = "the electrician invoices this year's Christmas-lights mounting under the agreement (via web hoster, p=none)";
        m = ok("leaf-collection-invoice", true);
        invoice(m, anlaeg, anlaeg.account(), 12, List.of("Ruteplan " + leafRoute + ", anden runde", "Løvsugning 14 villaveje, "
            + "bortkørsel til Kajerød"), "\n\nTredje runde kører vi i uge 50, hvis vejret tillader det.");
        genuine(m, anlaeg.ip());
        m.description = "the landscaper invoices the second leaf-collection round on its route plan (DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Skodsborg El-Service", addr(el), "bymidter@rudersdal.dk", "Ekstra lys i gågaden - ingen merpris")
            .text("Kære bymidtesekretariat\n\nVi skifter tre defekte stjerner på Birkerød Hovedgade i næste uge. Det er en del af "
                + "aftale " + lightsAgreement + " og faktureres ikke særskilt. Vi sender aldrig regninger for ekstra lys uden jeres "
                + "skriftlige bestilling.\n\nSkodsborg El-Service");
        genuine(m, HOSTER_IP);
        m.description = "the electrician announces a free replacement of stars under the agreement";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Sjælsø Vandsamarbejde I/S", "regnskab@sjaelso-vandsamarbejde.dk", "efaktura@rudersdal.dk",
            "Andel af driftsudgifter, 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nHer er opkrævningen af jeres andel af driftsudgifterne for fjerde kvartal. Den er også "
                + "sendt som e-faktura til EAN.\n\nSjælsø Vandsamarbejde I/S")
            .attach("application/pdf", "Andel-4kv-2036.pdf", Attachments.pdf(docId(m, "vs"), "Driftsandel 4. kvartal 2036",
                List.of("Sjælsø Vandsamarbejde I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "22100004599043"))));
        genuine(m, "127.92.50.1");
        m.description = "intermunicipal water cooperation's quarterly share";
        m = ok("authority-notice", false);
        headers(m, "Slots- og Kulturstyrelsen, tilsyn", "tilsyn@slotskultur-tilsyn.dk", "vejpark@rudersdal.dk",
            "Tilsyn med fredede milesten")
            .text("Til Rudersdal Kommune, Vej og Park\n\nVi gennemgår i foråret de fredede milesten langs Kongevejen sammen med "
                + "jeres stenhugger. Tidspunktet aftales senere. Tilsynet er gratis for kommunen.\n\nSlots- og Kulturstyrelsen");
        genuine(m, "127.92.50.2");
        m.description = "authority announces an inspection of the milestones, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "afsender@paraf.dk";
        headers(m, "Mothsgården via Paraf", "afsender@paraf.dk", "kultur@rudersdal.dk", "Til underskrift: udlånsaftale")
            .header("Reply-To", "<udstilling@mothsgaarden-museum.dk>")
            .text("Mothsgården har sendt jer 'Udlånsaftale - flintøkser fra Vedbæk' til underskrift.\n\nDokumentet ligger på "
                + "jeres konto hos Paraf.\n\nParaf");
        genuine(m, "127.92.52.12");
        m.description = "real e-signature request from paraf.dk on behalf of the museum";
        m = ok("receipt", false);
        headers(m, "Birkerød Isenkram", "kvittering@birkerod-isenkram.dk", "bymidter@rudersdal.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n4 forlængerledninger til udendørs brug, 2 ruller strips. Betalt med kommunens indkøbskort."
                + "\n\nBirkerød Isenkram");
        genuine(m, "127.92.50.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Holte Gymnastikforening", "kasserer@holte-gymnastikforening.dk", "oekonomi@rudersdal.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført 9.800 kr. for leje af Holte Hallen til juleopvisningen.\n\nKassereren, Holte "
                + "Gymnastikforening");
        genuine(m, "127.92.50.4");
        m.description = "a sports club pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Vedbæk Havn, havnekontoret", "havnekontor@vedbaek-havn-drift.dk", "vejpark@rudersdal.dk",
            "Bekræftelse af vinteroplag")
            .text("Hej\n\nVi bekræfter vinteroplag af kommunens redningsbåd og flydebroen frem til 15. april. Fakturaen kommer "
                + "via EAN.\n\nVedbæk Havn");
        genuine(m, "127.92.50.7");
        m.description = "order confirmation, invoiced later by EAN";
        m = ok("domain-renewal-invoice", true);
        a = amount(90_000);
        headers(m, "Domænekassen", "regning@domaenekassen.dk", "it@rudersdal.dk", "Fornyelse af 6 domæner - faktura")
            .text("Hej IT\n\nJeres domæner (bl.a. rudersdal.dk og tre kampagnedomæner) fornyes automatisk for et år den 1. "
                + "januar. Fakturaen på " + a.gross() + " kr. er vedhæftet og sendt til jeres EAN.\n\nDomænekassen")
            .attach("application/pdf", "Domaenekassen-fornyelse.pdf", Attachments.pdf(docId(m, "dk"), "Faktura - fornyelse",
                List.of("Domænekassen ApS", "Kunde: " + KOMMUNE + ", IT", "6 domæner, 12 måneder", "DKK " + a.gross())));
        genuine(m, "127.92.50.8");
        m.description = "the real registrar's renewal invoice (DMARC pass)";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250000011223344"), iban("DK", "89900006338127"), bank("5470", "0004471902"),
        iban("EE", "7722003310098812"), iban("PL", "109010140000071219812874"), iban("GB", "REVO00997012345678"),
        iban("IE", "AIBK93115212345678"), iban("NL", "RABO0312345678"), iban("DE", "370400440532013000"),
        iban("HU", "117730160000000012345678"), iban("RO", "BTRL0130120201270001"), iban("BG", "STSA93000012345678"),
        iban("CY", "002001280000001200527600"), bank("8411", "0004122093"), iban("MT", "VALL22013000000040012399123"),
        iban("SE", "80000000081278804413"), iban("NO", "86011117947"), iban("DK", "53250004119935")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, avis, mule(5), 4, List.of("Forlaget i London er ny betalingsmodtager"), "", "Kære annoncør i Søllerød Posten"
            + "\n\nAvisen på Søllerødvej har skiftet ejer: fra 1. december udgives Søllerød Posten af et London-baseret forlag, "
            + "mens redaktionen i Holte fortsætter som før. Novembers lokalplanannonce for Vedbæk Stationsvej og jobopslagene i "
            + "dagplejen er derfor faktureret fra forlagets britiske konto, som står nederst i PDF'en. Den gamle danske konto i "
            + "Holte nedlægges, og beløb dertil sender banken tilbage.");
        forged(m, forgedHost++);
        m.description = "forged From sollerod-posten.dk (p=reject) from a fraudster's machine, GB account";
        m = bad("forged-supplier");
        invoice(m, mad, mule(2), 7, List.of(), "", "Til Omsorg og kreditor\n\nEfter sammenlægningen med køkkenkoncernen kører "
            + "alle indbetalinger nu over koncernens driftskonto. Fakturaen for madleverancerne i november er vedhæftet med det "
            + "nye kontonummer nederst. Den konto, I har brugt hidtil, bliver lukket.");
        forged(m, forgedHost++);
        m.description = "forged From hosterkob-madservice.dk (p=reject), a DK mule account dressed as the announced change";

        // lookalike-domain
        Object[][] l = {{OWNED[0], varme, "Birkerød Varmeværk har flyttet kundekartoteket til et nyt "
            + "afregningssystem i uge 44, og under flytningen blev nogle kunders betalingsoplysninger blandet sammen. "
            + "Idrætscentret, biblioteket og Sjælsøhus skal derfor betales via kontoen på denne opkrævning - den konto, I har i "
            + "kreditorsystemet, er ikke længere værkets."},
            {OWNED[1], tag, "Tagpappen på Trørødskolen er lagt, og zinken om skorstenene sad "
                + "på plads før regnvejret. Vores nye revisor i Vedbæk har samlet driften i en anden bank, og derfor skal "
                + "betalingen ske til kontoen nederst på fakturaen og ikke til den, der stod på sidste regning."},
            {OWNED[2], byg, "Månedens samlefaktura fra trælasten på Bregnerødvej er vedhæftet. Fra "
                + "og med i dag kan beløb kun modtages på vores nye konto, fordi den gamle er lukket ned, mens banken flytter os "
                + "til erhvervsafdelingen i Hillerød."},
            {OWNED[3], el, "Julelyset i Holte Midtpunkt hænger nu. Vores bogholderi har skiftet pengeinstitut i november, og "
                + "indbetalinger skal gå til kontoen i PDF'en."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Nyt betalingsmodul i Birkerød fra " + dottedDay(m, -2)), "",
            "Erhvervssalg i Birkerød sender novemberfakturaen for krydsfiner, lægter og skruer. Vi har fået nyt betalingsmodul "
                + "i kassesystemet, og de nye bankoplysninger gælder fra og med denne faktura - ring ikke til butikken om det, "
                + "for personalet ved kasserne kender ikke ændringen endnu.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as birkerod-traelast.dk, new account";
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektørens sekretariat", "sekretariat@" + d, "oekonomi@rudersdal.dk", "Fortroligt: deponering i dag")
            .text("Hej\n\nKommunaldirektøren sagde sent i går ja til at købe en villagrund på Vedbæk Strandvej, hvor der skal "
                + "bygges en ny børnehave til Vedbæk og Trørød. Sælgerens advokatfirma i Hellerup vil have 425.000 kr. i "
                + "depositum på " + mule(14) + " før frokost i dag, ellers sælges grunden til en udvikler fra Lyngby. "
                + "Økonomiudvalget får sagen på mødet i næste uge, så indtil da holder du den for dig selv.\n\nSekretariatet, "
                + "Øverødvej");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret plot deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, biavl.name() + " via Fakturavej", "paamindelse@fakturavej-holte.dk", "skoler@rudersdal.dk",
            "Sidste chance: faktura forfalden")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + biavl.name() + "</b> er overskredet, og et "
                + "gebyr lægges på i nat. Betal nu med kort for at undgå gebyret:</p><p><a href=\"https://fakturavej-holte.dk/b/"
                + sha256("fv92").substring(0, 18) + "\">Betal fakturaen</a></p><p>Fakturavej</p></body></html>");
        ownedBy(m, "fakturavej-holte.dk");
        m.description = "look-alike of the platform fakturavej.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Betalingsdesk", "kundeservice@betalingsdesk-birkerod.com", "vejpark@rudersdal.dk", smed.name()
            + " - faktura til betaling")
            .text("Hej Vej og Park\n\nFakturaen fra " + smed.name() + " for gelænderet ved trappen ned til Vedbæk Strand "
                + "håndteres nu af Betalingsdesk, som Ove Riis har overdraget sine opkrævninger til. Beløbet skal derfor "
                + "indbetales på vores klientkonto " + mule(15) + " og ikke på smediens egen konto i Birkerød.\n\n"
                + "Betalingsdesk, debitorteamet")
            .attach("application/pdf", "betalingsdesk-" + (4_400 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("betalingsdesk-birkerod.com", mule(15)), "Faktura", "BD-" + (9_100 + rnd.nextInt(700)),
                amount(300_000), mule(15), 0, List.of("Smedien i Dumpedalen har overdraget opkrævningen")));
        ownedBy(m, "betalingsdesk-birkerod.com");
        m.description = "look-alike of betalingsdesk.com: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Indbetales til factoringhuset, ikke til Øverød"), "", "Øverød Rengøring har "
            + "solgt sine tilgodehavender til et factoringhus, så fakturaen for rengøringen af Rådhuset, Borgerservice og Nærum "
            + "Skole skal indbetales på " + mule(16) + ". Vores egen konto i Holte må ikke bruges til denne faktura. Jeg er på "
            + "kursus i Odense resten af ugen uden telefon, så svar hellere på denne mail.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of overod-rengoering.dk (DKIM, DMARC pass): account moved (NO IBAN)";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@rudersdal.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej kreditor\n\nEn kort tilføjelse til fakturaen nedenfor om skolernes trådløse net og Chromebooks: vores "
                + "bank i Nærum gennemgår alle vores konti før årsskiftet, så de " + p.amount().gross() + " kr. skal netop denne "
                + "gang gå til " + mule(17) + ". Til januar bruger vi den gamle konto i Nærum igen.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of naerum-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{mad, OWNED[8]}, {laas, OWNED[9]}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@rudersdal.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen fra " + s.name() + "\n\nI har godkendt faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. for " + s.what() + " - tak for det. Vores revisor i Birkerød har dog opdaget, at der efter "
                    + "sammenlægningen af vores konti er trykt et forkert kontonummer på den. Sæt venligst beløbet ind på "
                    + mule(i + 3) + " i stedet, og send mig to ord, når kontoen er skiftet i jeres leverandørkartotek.\n\n"
                    + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a new account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@rudersdal.dk", "Tilskud til julemarked - haster")
            .text("Hej\n\nArrangørerne af julemarkedet på Holte Torv og ved Holte Midtpunkt har fået løfte om et tilskud fra mig på "
                + "85.000 kr. til telte, scene og lys. Teltudlejeren i Kajerød vil have pengene i dag, ellers går teltene til en "
                + "anden by. Beløbet skal til " + mule(7) + ". Jeg sidder i KKR Hovedstaden hele dagen med slukket telefon - "
                + "skriv en linje, når pengene er sendt.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged rudersdal.dk (p=reject) from outside: the mayor's urgent Christmas-market grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@rudersdal.dk", "Ny konto Gammel Holte VVS")
            .text("Hej kreditor\n\nOrdrekontoret hos Gammel Holte VVS har ringet direkte til mig: de har skiftet bank efter et "
                + "ejerskifte på Gammel Holtevej. Læg " + mule(8) + " ind som deres nye konto inden aftenens betalingskørsel, så "
                + "radiatorventilerne i Gl. Holte Børnehus bliver betalt til tiden. Ændringen er godkendt af mig.\n\n"
                + "Økonomichefen, Rådhuset i Holte");
        forged(m, forgedHost++);
        m.description = "forged rudersdal.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.rudersdal@gmail.com", "oekonomi@rudersdal.dk", "Har du to minutter?")
            .text("Hej\n\nHar du et øjeblik? Jeg er til kommunaldirektørmøde i Hillerød, og min arbejdstelefon ligger på "
                + "kontoret på Øverødvej, så jeg bruger min private mail. Der er en overførsel, som skal afsted inden kl. 14 og "
                + "ikke kan vente på den sædvanlige attestation. Skriv tilbage hertil, så sender jeg dig beløb og "
                + "modtager.\n\nKommunaldirektøren");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting with KL'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.rudersdal@outlook.com", "indkoeb@rudersdal.dk", "En tjeneste")
            .text("Hej\n\nDe frivillige fra julehjælpen i Birkerød og Nærum har slidt hårdt i år, og jeg vil gerne overraske "
                + "dem. Køb venligst 15 gavekort til 1.000 kr. i en webshop og mail mig koderne inden kl. 15 - jeg lægger dem i "
                + "julekortene i aften. Du får pengene tilbage over min udgiftsafregning.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // display-name-abuse: a listed supplier's name on free mail
        m = bad("display-name-abuse");
        invoice(m, as(byg, "gmail.com", "birkerod.traelast.erhverv"), mule(12), 9, List.of(), "", "Vores firmamail hos trælasten på "
            + "Bregnerødvej har været nede siden serverskiftet i weekenden, så Erhvervssalg skriver fra denne Gmail, indtil "
            + "it-firmaet i Birkerød har fået den op at køre. Novemberfakturaen til Ejendomscenteret er vedhæftet, og beløbet "
            + "indbetales på kontoen på fakturaen.");
        genuine(m, GMAIL);
        m.description = "Birkerød Trælast's name on a gmail address, invoice to a CY account";
        m = bad("display-name-abuse");
        headers(m, "Vejlesø Busser ApS", "vejleso.busser.koersel@outlook.com", "kreditor@rudersdal.dk", "Betaling af kørsel")
            .text("Hej\n\nVi skriver fra en midlertidig mail, fordi vores domæne er ved at blive flyttet. Betalingen for "
                + "specialkørslen i november skal sættes ind på " + mule(13) + ". Fakturaen følger, når vores mail virker "
                + "igen.\n\nKørselskontoret");
        genuine(m, MSFT);
        m.description = "Vejlesø Busser's name on an outlook address asking for payment to another DK account";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Mikkelsen", "louise.mikkelsen.holte@gmail.com", "loen@rudersdal.dk", "Ny konto til min løn")
            .text("Hej lønkontoret\n\nJeg er pædagog i Børnehuset Dronninggård i Holte på 30 timer. Min gamle bank har lukket "
                + "min konto, og jeg kan ikke komme på medarbejderportalen, fordi MitID-appen på min nye telefon ikke er aktiveret "
                + "endnu. Vil I derfor indsætte min løn på " + mule(0) + " allerede fra december? Tusind tak.\n\nLouise "
                + "Mikkelsen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a kindergarten teacher";
        m = bad("payroll-account-change");
        headers(m, "Nikolaj Bech", "nikolaj.bech.birkerod@hotmail.com", "loen@rudersdal.dk", "Lønkonto")
            .text("Hej\n\nDet er Nikolaj fra vejdriften i Kajerød - ham med fejemaskinen og saltbilen på ruterne omkring "
                + "Bistrup. Min kæreste og jeg flytter til Cork i februar, og derfor bruger jeg fremover en bank derovre. "
                + "Decemberlønnen og de optjente feriepenge bedes overført til " + mule(6) + ", så de ikke hænger fast på min "
                + "danske konto, som jeg opsiger.\n\nVh Nikolaj Bech");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Holte Inkassoservice", "sag@holte-inkassoservice.dk", "kreditor@rudersdal.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + ", kreditorbogholderiet\n\nVores klient " + inkasso[i].name() + " har bedt Holte "
                    + "Inkassoservice tage sig af den ubetalte regning nummer " + p.no() + ", lydende på " + p.amount().gross()
                    + " kroner. Oven i kravet lægges gebyrer og morarenter, tilsammen 640 kroner. Hele summen skal være os i "
                    + "hænde på kontoen " + mule(i + 9) + " før der er gået fem bankdage. Ellers indgiver vi betalingspåkrav til "
                    + "fogedretten i Lyngby og anmelder " + KOMMUNE + " til RKI.\n\nHolte Inkassoservice, Kongevejen");
            ownedBy(m, "holte-inkassoservice.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@mitid-erhverv-birkerod.com", "it@rudersdal.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Kære brugeradministrator i " + KOMMUNE + "</p><p>Jeres MitID Erhverv-organisation, som dækker "
                + "Rådhuset i Holte og institutionerne i Birkerød og Nærum, mangler den årlige genbekræftelse af tegningsretten. "
                + "Er den ikke gennemført inden 24 timer, spærres alle medarbejdersignaturer, også i hjemmeplejen og på "
                + "skolerne.</p><p><a "
                + "href=\"https://mitid-erhverv-birkerod.com/login\">Genbekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-erhverv-birkerod.com");
        m.description = "fake MitID Erhverv re-confirmation with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-naerum.com", "oekonomi@rudersdal.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + ", Økonomi</p><p>Skattestyrelsen har lagt en afgørelse om tilbagebetaling af "
                + "momskompensation for Birkerød Idrætscenter i jeres virksomhedspostkasse. Afgørelsen skal åbnes og kvitteres af "
                + "en person med fuldmagt inden fredag kl. 12; herefter opkræves beløbet med renter fra 1. juli.</p><p><a href=\"https://digitalpost-naerum.com/meddelelse\">Åbn "
                + "meddelelsen</a></p><p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-naerum.com");
        m.description = "fake Digital Post notice with a link";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "DK Domæner", "fornyelse@dk-domaener-holte.com", "it@rudersdal.dk", "rudersdal.dk udløber om 48 timer")
            .text("Til domæneindehaveren\n\nRegistreringen af rudersdal.dk udløber om to døgn. Udløber den, stopper "
                + "hjemmeside og e-mail med det samme, og navnet kan købes af andre. Forny for 3 år for 4.860 kr. ved at "
                + "overføre til " + mule(1) + " med referencen RUD-DK.\n\nDK Domæner, fornyelsesafdelingen");
        ownedBy(m, "dk-domaener-holte.com");
        m.description = "fake domain renewal for our own domain, pay to a DK mule";
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "faktura@domaeneservice-vedbaek.net", "kreditor@rudersdal.dk", "Faktura: SEO-registrering "
            + "af domænenavne")
            .text("Hej\n\nVi har registreret jeres domænenavne i vores søgemaskineindeks for det kommende år. Faktura på 7.450 "
                + "kr. ekskl. moms er vedhæftet og skal betales til " + mule(4) + " inden ti dage. Manglende betaling kan medføre "
                + "at jeres domæner ikke længere vises.\n\nDomæneservice")
            .attach("application/pdf", "domaeneservice-faktura.pdf", Attachments.pdf(docId(m, "ds"), "Faktura domæneindeks",
                List.of("Domæneservice", "Kunde: " + KOMMUNE, "Indeksering af rudersdal.dk 12 mdr.", "Betales til " + mule(4))));
        ownedBy(m, "domaeneservice-vedbaek.net");
        m.description = "fake 'search-engine domain registration' invoice (PL IBAN)";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Vedbæk Parkering", "afgift@vedbaek-parkering.dk", "vejpark@rudersdal.dk", "Parkeringsafgift - Vedbæk Havn")
            .html("<html><body><p>Til " + KOMMUNE + ", Vej og Park</p><p>Den hvide kassevogn med kommunens logo holdt torsdag "
                + "eftermiddag på bådpladsen ved Vedbæk Havn i over to timer uden p-skive eller betaling i app. Kontrolafgiften "
                + "på 750 kr. betales lettest ved at scanne koden med mobilen inden 5 dage, ellers går sagen til opkrævning.</p><p><img src=\"cid:qr\" "
                + "alt=\"Betal afgift\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "vedbaek-parkering.dk");
        m.description = "QR code for a parking 'fee' at Vedbæk harbour";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "noreply@skodsborg-betalingsservice.net", "oekonomi@rudersdal.dk",
            "Jeres faste betalingsaftaler er afbrudt")
            .html("<html><body><p>Vi har afbrudt jeres tilmeldte betalinger på grund af en teknisk fejl. Scan QR-koden med "
                + "telefonen for at genaktivere dem.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "skodsborg-betalingsservice.net");
        m.description = "QR code to 'reactivate' interrupted direct debits";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "kontor@overod-rengoring.dk", "kreditor@rudersdal.dk", "Faktura " + no + " (zip)")
            .text("Hej kreditor\n\nSpamfilteret på rudersdal.dk har tre gange sendt vores PDF'er retur, så fakturaen for "
                + "rengøringen af Rådhuset og Nærum Skole kommer denne gang som zip-fil. Læg mærke til, at bankoplysningerne i "
                + "fakturaen er nye siden oktober.\n\nKontoret, Øverød Rengøring")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("overod-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "overod-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of overod-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "ordre@gammelholte-vvs.net", "kreditor@rudersdal.dk", "Fakturaer november")
            .text("Hej\n\nAlle novemberfakturaerne fra værkstedet på Gammel Holtevej er pakket i ét 7z-arkiv - radiatorventilerne "
                + "i Gl. Holte Børnehus er med. Kontonummeret i fakturaerne er vores nye.\n\nOrdrekontoret")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("gammelholte-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "gammelholte-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of gammelholte-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "salg@holte-kontorforsyning.net", "indkoeb@rudersdal.dk", "Ordrebekræftelse og faktura")
            .text("Hej indkøb\n\nOrdrebekræftelsen på kopipapir og mødeblokke til Rådhuset og skolerne ligger sammen med fakturaen "
                + "i Word-filen. Word viser kun en tom side, indtil du har trykket på 'Aktivér redigering' og bagefter på "
                + "'Aktivér indhold' i den gule bjælke.\n\nSalgsteamet, Holte Stationsvej")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_papir.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Indholdet vises efter aktivering.", true));
        ownedBy(m, "holte-kontorforsyning.net");
        m.description = "macro-enabled .docm from a look-alike of holte-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "faktura@naerum-it-drift.dk", "it@rudersdal.dk", "Chromebook-opgørelse november")
            .text("Hej IT\n\nRegnearket rummer opgørelsen over elevernes Chromebooks og licenser på skolerne i Nærum, Holte og "
                + "Birkerød. Excel skal have lov at køre makroer, ellers står alle beløb som nul. Vi har fået nyt kontonummer, "
                + "det står nederst i arket.\n\nFakturering, Nærum IT-Drift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebook_opgoerelse.xlsm", Attachments.excel(List.of(
                "Chromebooks november 2036", "Chromebook og licens 380 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "naerum-it-drift.dk");
        m.description = "macro-enabled .xlsm from a look-alike of naerum-itdrift.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "finn@holte-malerservice.net", "ejendomscenter@rudersdal.dk", "Regning trappeopgange")
            .text("Hej Ejendomscenteret\n\nRegningen for malerarbejdet i gangene og trappeopgangene på Rådhuset er fotograferet "
                + "med mobilen, fordi printeren på værkstedet på Kongevejen har sagt stop. Min nye konto står nederst på "
                + "billedet.\n\nFinn")
            .attach("image/jpeg", "IMG_4471.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "holte-malerservice.net");
        m.description = "image-only invoice (JPEG) from a look-alike of holte-malerservice.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "per@kajerod-vognmand.net", "vejpark@rudersdal.dk", "Faktura saltkørsel")
            .text("Hej\n\nFakturaen for saltkørslen til depotet er scannet og vedlagt. Vi har skiftet konto, se "
                + "bilaget.\n\nPer")
            .attach("application/pdf", "Scan_2036_11.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "kajerod-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of kajerod-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(anlaeg);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, anlaeg.name(), "mj@naerum-anlaeg.net", "efaktura@rudersdal.dk", "E-faktura " + no)
            .text("Hej e-faktura\n\nNærum Anlægsgartners nye bogføringsprogram er ikke kommet på NemHandel endnu, så e-fakturaen "
                + "for løvopsamlingen og plejen af de grønne arealer i Nærum og Trørød kommer som vedhæftet fil. Bemærk, at "
                + "betalingskontoen i filen er ny fra i dag.\n\nMette Juul, " + anlaeg.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, anlaeg, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "RK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "naerum-anlaeg.net");
        m.description = "Peppol XML in the real landscaper's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@naerum-itdrift.net", "efaktura@rudersdal.dk", "OIOUBL " + no)
            .text("OIOUBL-filen er vedhæftet. Vi har opdateret bankoplysningerne, efter at vi har skiftet pengeinstitut.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "RK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "naerum-itdrift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of naerum-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Paraf", "dokument@paraf-sollerod.dk", "kultur@rudersdal.dk", "Mothsgården afventer din underskrift")
            .html("<html><body><p>Mothsgården i Søllerød har bedt dig underskrive 'Tillæg til forsikring af flintøkserne fra "
                + "Vedbækfundene'. Linket udløber ved midnat.</p><p><a href=\"https://paraf-sollerod.dk/d/" + sha256("pa92").substring(0, 16) + "\">Åbn og "
                + "underskriv</a></p></body></html>");
        ownedBy(m, "paraf-sollerod.dk");
        m.description = "fake e-signature request imitating paraf.dk and the museum";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@dokumentdeling-skodsborg.net", "ejendomscenter@rudersdal.dk",
            "Lejekontrakt klar til underskrift")
            .html("<html><body><p>Ejendomscenteret i " + KOMMUNE + " har fået en lejekontrakt om kontorlokaler på Skodsborg "
                + "Strandvej til hjemmeplejens nordteam. Kontrakten åbnes ved at logge ind med din kommunale mailadresse og "
                + "adgangskode.</p><p><a href=\"https://dokumentdeling-skodsborg.net/login\">Log "
                + "ind og underskriv</a></p></body></html>");
        ownedBy(m, "dokumentdeling-skodsborg.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@vejleso-busser.net", "kreditor@rudersdal.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej kreditor\n\nVejlesø Busser flytter fra banken i Holte til en ny bank, og indtil flytningen er på plads, "
                + "beder vi jer dele faktura " + p.no() + " (" + p.amount().gross() + " kr.) for specialkørslen til Vedbæk "
                + "Skole: halvdelen på den konto, I kender, og resten på " + mule(9) + ".\n\nKørselskontoret, Vejlesøvej");
        ownedBy(m, "vejleso-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(laas.domain());
        m = bad("split-payment-redirect");
        headers(m, laas.person(), "tr@bistrup-laase.net", "kreditor@rudersdal.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nAngående faktura " + p.no() + " for låsecylindrene og adgangskontrollen på Birkerød Skole: 25.000 kr. "
                + "af beløbet betales som sædvanlig, men restbeløbet skal gå til " + mule(10) + ", fordi vores bank i Birkerød "
                + "har sat et månedligt loft over indbetalinger til erhvervskontoen.\n\nThomas Ravn");
        ownedBy(m, "bistrup-laase.net");
        m.description = "split payment on the locksmith's real wave-1 invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-kongevej-milestone-restoration-invoice
        M m = bad("fake-kongevej-milestone-restoration-invoice");
        invoice(m, sten.posing(OWNED[29], sten.account()), mule(0), 11, List.of("Sag " + stoneCase + ", akut udbedring"), "",
            "En lastbil ramte i sidste uge milesten nr. 3 på Kongevejen ved Øverød, og stenen væltede. Vi rykkede ud samme aften, "
                + "rejste den igen og fik den støbt fast, før frosten kom. Arbejdet er faktureret under vores sag med jer. Da "
                + "stenhuggeriet har fået ny ejer, er bankforbindelsen ny - brug kontoen på fakturaen.");
        ownedBy(m, OWNED[29]);
        m.description = "look-alike of the real stonemason cites its real milestone case, 'urgent re-erection' (LT IBAN)";
        m = bad("fake-kongevej-milestone-restoration-invoice");
        headers(m, "Øverød Stenkonservering", "kontor@" + OWNED[30], "vejpark@rudersdal.dk", "Faktura: konservering af "
            + "kongelige milesten")
            .text("Til Vej og Park\n\nSom led i den landsdækkende indsats for de kongelige milesten har vi renset og "
                + "konserveret fire sten langs Kongevejen mellem Holte og Øverød, herunder ny maling af kronen og "
                + "monogrammet. Regningen på 31.250,00 kr. inkl. moms bedes betalt til " + mule(5) + " inden ti dage.\n\n"
                + "Øverød Stenkonservering")
            .attach("application/pdf", "milesten-konservering.pdf", Attachments.pdf(docId(m, "ms1"), "Faktura konservering",
                List.of("Øverød Stenkonservering", "Rensning og konservering af 4 milesten, Kongevejen", "I alt inkl. moms 31.250,00",
                    "Betaling til " + mule(5))));
        ownedBy(m, OWNED[30]);
        m.description = "unknown firm bills conservation of four milestones nobody ordered (GB IBAN)";
        m = bad("fake-kongevej-milestone-restoration-invoice");
        headers(m, "Holte Milepæle", "info@" + OWNED[31], "kultur@rudersdal.dk", "Registrering af milesten - depositum")
            .text("Kære kommune\n\nFredningsreglerne kræver, at ejere af milesten fra Frederik V's tid får dem opmålt og "
                + "fotoregistreret hvert tiende år. Vi har sat Rudersdal på listen til marts. For at holde tiden skal I indbetale "
                + "et depositum på 8.900 kr. til " + mule(4) + "; resten afregnes ved aflevering af rapporten.\n\nHolte Milepæle");
        ownedBy(m, OWNED[31]);
        m.description = "'required ten-yearly registration' of the milestones with a deposit (PL IBAN)";

        // fake-christmas-lights-mounting-invoice
        m = bad("fake-christmas-lights-mounting-invoice");
        invoice(m, el.posing(OWNED[32], el.account()), mule(9), 13, List.of("Aftale " + lightsAgreement + " - tillægsarbejde"),
            "", "Stormen i weekenden rev to guirlander ned over Birkerød Hovedgade, og vores folk hængte nye op søndag aften, så "
                + "gågaden var klar til julemarkedet. Tillægget ligger uden for den faste aftale og forfalder straks. Vi har skiftet "
                + "bank, så betal til kontoen på fakturaen.");
        ownedBy(m, OWNED[32]);
        m.description = "look-alike of the electrician cites the real lights agreement, 'storm repair' (HU IBAN)";
        m = bad("fake-christmas-lights-mounting-invoice");
        headers(m, "Holte Julebelysning", "faktura@" + OWNED[33], "bymidter@rudersdal.dk", "Faktura: julestjerner Holte Midtpunkt")
            .text("Hej bymidtesekretariat\n\nSom aftalt med jeres centerforening i september har vi leveret og monteret 24 "
                + "lysende julestjerner i lygtepælene ved Holte Midtpunkt. Fakturaen på 46.875,00 kr. inkl. moms forfalder om "
                + "syv dage og betales til " + mule(10) + ".\n\nHolte Julebelysning")
            .attach("application/pdf", "julestjerner.pdf", Attachments.pdf(docId(m, "jl1"), "Faktura julestjerner",
                List.of("Holte Julebelysning", "24 julestjerner med montering, Holte Midtpunkt", "Total inkl. moms 46.875,00",
                    "Konto " + mule(10))));
        ownedBy(m, OWNED[33]);
        m.description = "unknown firm bills Christmas stars 'agreed with the centre association' (RO account)";
        m = bad("fake-christmas-lights-mounting-invoice");
        headers(m, "Birkerød Juleudsmykning", "booking@" + OWNED[34], "kreditor@rudersdal.dk", "Juletræ på torvet - forudbetaling")
            .text("Hej\n\nJeres sædvanlige leverandør kan ikke nå at levere juletræet til torvet i Birkerød i år, så vi har "
                + "reserveret et 12 meter højt rødgran med lys og kran. Beløbet, 22.400 kr., skal forudbetales til " + mule(11)
                + ", før træet køres ud på torsdag.\n\nBirkerød Juleudsmykning");
        ownedBy(m, OWNED[34]);
        m.description = "'your usual supplier can't make it': Christmas tree with lights against prepayment (BG IBAN)";

        // fake-leaf-collection-invoice
        m = bad("fake-leaf-collection-invoice");
        invoice(m, anlaeg.posing(OWNED[35], anlaeg.account()), mule(13), 15, List.of("Ruteplan " + leafRoute + " - ekstra runde"),
            "", "Efter den kraftige blæst i sidste uge lå løvet så tykt på villavejene i Trørød, at vi kørte en ekstra runde med "
                + "løvsugeren uden for ruteplanen for at undgå glatte fortove. Ekstrarunden faktureres særskilt. Beløbet bedes "
                + "overført til vores nye erhvervskonto inden fredag.");
        ownedBy(m, OWNED[35]);
        m.description = "look-alike of the landscaper cites the real route plan, 'extra round', new DK account";
        m = bad("fake-leaf-collection-invoice");
        headers(m, "Trørød Løvservice", "regning@" + OWNED[36], "vejpark@rudersdal.dk", "Løvsugning af fortove i Trørød")
            .text("Goddag\n\nVi har efter henvendelse fra flere grundejerforeninger suget løv på fortovene langs 19 kommuneveje i "
                + "Trørød og Vedbæk. Da fortovene er kommunens ansvar, sender vi regningen til jer: 27.300,00 kr. inkl. moms til "
                + mule(14) + ". Kørselslisten får I, når beløbet er betalt.\n\nTrørød Løvservice");
        ownedBy(m, OWNED[36]);
        m.description = "unknown firm bills leaf suction 'the residents asked for', route list held back until paid (MT IBAN)";
        m = bad("fake-leaf-collection-invoice");
        headers(m, "Søllerød Haveservice", "bestilling@" + OWNED[37], "ejendomscenter@rudersdal.dk", "Bekræftelse: løvsække til "
            + "institutionerne")
            .text("Hej Ejendomscenteret\n\nTak for bestillingen af 600 komposterbare løvsække og afhentning ved 14 daginstitutioner "
                + "i Holte, Nærum og Birkerød i uge 49 og 50. For at låse biler og sække til jer beder vi om halvdelen af prisen, "
                + "14.200 kr., indbetalt på " + mule(1) + " i dag.\n\nSøllerød Haveservice, Søllerødvej");
        ownedBy(m, OWNED[37]);
        m.description = "'thank you for your order' of leaf bags and pick-up, half paid in advance (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus92().generate(), List.of(
            "# Rudersdal Kommune, Økonomi: invoice checks (ninety-second held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=birkerod-varmevaerk.dk naerum-anlaeg.dk vedbaek-stenhuggeri.dk skodsborg-el.dk "
                + "trorod-tagdaekning.dk holte-malerservice.dk overod-rengoering.dk sollerod-posten.dk kajerod-vognmand.dk "
                + "gammelholte-vvs.dk hosterkob-madservice.dk birkerod-traelast.dk naerum-itdrift.dk vejleso-busser.dk "
                + "holte-kontorforsyning.dk bistrup-laase.dk sjaelso-natur.dk",
            "invoice.domains.platforms=fakturavej.dk betalingsdesk.com kontantbro.io fakturaspor.dk",
            "invoice.names.protected=Rudersdal Kommune"));
    }
}
