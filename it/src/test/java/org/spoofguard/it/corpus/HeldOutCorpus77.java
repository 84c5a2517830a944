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
 * The seventy-seventh held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body
 * is Ballerup Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, schools,
 * elderly care, culture, sports, nature and property mailboxes; town hall Hold-An Vej 7, 2750 Ballerup) on the western
 * edge of Copenhagen: Ballerup with its Super Arena and its wooden velodrome track, Skovlunde, Måløv, Lautrup and
 * Lautrupvang's business park, Jonstrup, Kildedal, Grantofte with its organic school farm, Baltorp, Råhøj, Magleparken,
 * Østerhøj and the Harrestrup stream; sixteen listed suppliers from those places in every DNS posture real Danish firms
 * have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code bilagsvej.io}, {@code
 * regnskabsstien.dk}, {@code kvitteringsbud.com}, {@code afregnly.dk}), a track builder who sands and lacquers the
 * velodrome's timber track, the school farm receiving the municipality's classes, sole traders on free mail, foreign
 * suppliers, SaaS ({@code baneplan.io}, {@code vagtkilden.dk}), an ESP ({@code postkaster.com}), an e-signature service
 * ({@code signerhurtigt.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each
 * carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake MitID/Digital Post
 * mail, fake NemHandel notices, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives,
 * macro documents, image-only invoices, callback scams, e-invoice XML with a changed payee, fake e-signature requests,
 * payroll changes, look-alikes, homoglyphs) and two kinds new here: sanding, lacquering or board repairs of the wooden
 * velodrome track in Ballerup Super Arena billed by someone who never touched it
 * (fake-velodrome-track-resurfacing-invoice), and farm days, animal care or "booked" class visits at the Grantofte school
 * farm billed to a new account (fake-school-farm-visit-invoice). The invoice engine, its tests, tuning notes and earlier
 * results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the
 * mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus77GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus77 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout77");
    public static final String OWN = "balk.dk";
    static final String FRAUD_NET = "127.177.";
    private static final String OWN_IP = "127.77.0.1";
    private static final String EAN = "5798008477151";
    private static final String KOMMUNE = "Ballerup Kommune";
    private static final String RAADHUS = "Hold-An Vej 7, 2750 Ballerup";
    private static final String HOSTER_IP = "127.77.9.1";
    private static final String GMAIL = "127.79.1.1";
    private static final String MSFT = "127.79.2.1";
    private static final String APPLE = "127.79.5.1";

    private final Random rnd = new Random(77_2750_0077L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The track builder's maintenance contract for the velodrome (the frauds cite it). */
    private String trackContract;
    /** The school farm's booking reference for the municipality's classes (the frauds cite it). */
    private String farmBooking;

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

    private final Supplier varme = new Supplier("Måløv Varmeværk a.m.b.a.", "maaloev-varmevaerk.dk", "Kundecenter",
        "kundecenter", "127.77.1.1", iban("DK", "30000007712345"), "fjernvarme til Måløv Skole, Måløvhøj Bibliotek og Plejehjemmet Lindehaven");
    private final Supplier anlaeg = new Supplier("Skovlunde Anlæg & Belægning ApS", "skovlunde-anlaeg.dk", "Kasper Holt", "kh",
        "127.77.1.2", bank("2191", "7701234567"), "ny asfalt og kantsten på stien langs Harrestrup Å ved Skovlunde Bytorv");
    private final Supplier bane = new Supplier("Kildedal Banebyg ApS", "kildedal-banebyg.dk", "Rasmus Kjær", "rasmus",
        "127.77.1.3", bank("2191", "7702218844"), "slibning, lakering og udskiftning af brædder på træbanen i Ballerup Super Arena");
    private final Supplier gaard = new Supplier("Grantofte Naturskole og Gård v/ Mette Lund", "grantofte-naturskole.dk",
        "Mette Lund", "mette", "127.77.1.4", iban("DK", "30000007733102"), "gårddage for 3. årgang og pasning af skolens dyr på Grantofte");
    private final Supplier el = new Supplier("Lautrup El-Service ApS", "lautrup-elservice.dk", "Thomas Brandt", "tb", HOSTER_IP,
        bank("4180", "7704455120"), "ny LED-belysning i Baltorphallen og nødlys i Ballerup Super Arena");
    private final Supplier vvs = new Supplier("Jonstrup VVS og Blik ApS", "jonstrup-vvsblik.dk", "Værkstedet", "vaerksted",
        "127.77.1.6", bank("4180", "7705561033"), "udskiftning af brusere og ventiler i omklædningen, Måløv Idrætspark");
    private final Supplier maler = new Supplier("Råhøj Malerservice v/ Jens Mørk", "raahoej-maler.dk", "Jens Mørk", "jens",
        "127.77.1.7", bank("2191", "7706620871"), "maling af klasselokaler og gange, Råhøjskolen");
    private final Supplier rengoer = new Supplier("Ballerup Erhvervsrengøring A/S", "ballerup-erhvervsrengoering.dk",
        "Kundeservice", "kunde", "127.77.1.8", iban("DK", "30000007741876"), "rengøring af Rådhuset, Ballerup Bibliotek og Jobcentret");
    private final Supplier avis = new Supplier("Ballerup Bladet", "ballerup-bladet.dk", "Annonceafdelingen", "annonce",
        "127.77.1.9", iban("DK", "30000007752290"), "annoncer: høring om lokalplan for Lautrupvang og stillinger i dagplejen");
    private final Supplier vognmand = new Supplier("Måløv Kørsel og Container ApS", "maaloev-container.dk", "Brian Juhl",
        "brian", "127.77.1.10", bank("4180", "7707713390"), "containerleje og bortkørsel af haveaffald fra Kildedal Genbrugsplads");
    private final Supplier mad = new Supplier("Skovlunde Storkøkken A/S", "skovlunde-storkoekken.dk", "Skovlunde Storkøkken, Økonomi",
        "oekonomi", "127.77.1.11", iban("DK", "30000007768014"), "mad til hjemmeboende ældre og de kommunale plejehjem");
    private final Supplier byg = new Supplier("Ballerup Trælast A/S", "ballerup-traelast.dk", "Proffen", "proff",
        "127.77.1.12", iban("DK", "30000007770433"), "byggematerialer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Lautrupvang IT ApS", "lautrupvang-it.dk", "Fakturering", "faktura",
        "127.77.1.13", bank("2191", "7708815526"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Baltorp Turistfart ApS", "baltorp-turistfart.dk", "Disponenten", "dispo",
        "127.77.1.14", bank("4180", "7709927704"), "specialkørsel til Grantofte og svømmekørsel til Baltorpbadet");
    private final Supplier kontor = new Supplier("Magleparken Kontorforsyning", "magleparken-kontor.dk", "Ordrekontoret", "ordre",
        "127.77.1.15", iban("DK", "30000007781155"), "kopipapir, blæk og ringbind til Rådhuset og skolerne");
    private final Supplier toemrer = new Supplier("Østerhøj Tømrer & Snedker ApS", "oesterhoej-toemrer.dk", "Nikolaj Storm", "ns",
        "127.77.1.16", bank("2191", "7709034418"), "nye garderobeskabe og døre, Østerhøj Børnehus");
    // not on the creditor list
    private final Supplier smed = new Supplier("Skovlunde Smedie v/ Per Dalgas", "skovlunde-smedie.dk", "Per Dalgas", "per",
        "127.77.2.1", bank("4180", "7710145522"), "nyt rækværk ved broen over Harrestrup Å");
    private final Supplier natur = new Supplier("Harrestrup Naturpleje v/ Sofie Kragh", "harrestrup-naturpleje.dk", "Sofie Kragh",
        "sofie", "127.77.2.2", bank("2191", "7711256633"), "høslæt og fjernelse af bjørneklo i Kildedal Mose");
    private final Supplier guide = new Supplier("Fugleguide v/ Emil Nørgaard", "gmail.com", "Emil Nørgaard", "emil.noergaard.fugle",
        GMAIL, bank("4180", "7712367744"), "fugletur ved Søndersø og Jonstrup Vang for 5. årgang, tre hold");
    private final Supplier tolk = new Supplier("Tolkning v/ Leyla Aziz", "outlook.com", "Leyla Aziz", "leyla.aziz.tolkning", MSFT,
        bank("2191", "7713478855"), "tolkning arabisk-dansk, Jobcentret Ballerup, 3 x 2 timer");
    private final Supplier musik = new Supplier("Harmonika v/ Bent Lauesen", "icloud.com", "Bent Lauesen", "bent.lauesen.musik",
        APPLE, bank("4180", "7714589966"), "eftermiddagsmusik i Plejehjemmet Lindehaven og Rosenhaven");
    private final Supplier tysk = new Supplier("Hamburger Holzbahn Service GmbH", "hamburger-holzbahn.de", "Buchhaltung",
        "buchhaltung", "127.77.5.1", iban("DE", "200505501234567890"), "Fichtenbretter und Bahnlack, Radrennbahn Ballerup");
    private final Supplier svensk = new Supplier("Skånes Skolgårdar AB", "skanes-skolgardar.se", "Fakturor", "fakturor",
        "127.77.5.2", iban("SE", "45500000058811223344"), "ull, foder och stängselmaterial till skolgården Grantofte");

    private final List<Supplier> listed = List.of(varme, anlaeg, bane, gaard, el, vvs, maler, rengoer, avis, vognmand, mad, byg,
        it, bus, kontor, toemrer);

    /** Fraudsters' own domains, each carrying a place name of Ballerup Kommune; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"maaloev-varmevaerk.com", "skovlunde-anlaeg.net", "ballerup-traelast.com",
        "lautrup-el-service.dk", "ballerup-erhvervsrengoring.dk", "jonstrup-vvs.net", idn("ballerup-tr\u0430elast.dk"),
        idn("ballerup-k\u043emmune.dk"), "bilagsvej-ballerup.dk", "regnskabsstien-skovlunde.com", "oesterhoej-tomrer.dk",
        "skovlunde-storkokken.dk", "baltorp-turistfart.net", "maaloev-container.net", "ballerup-inkasso.dk", "mitid-ballerup.com",
        "digitalpost-skovlunde.com", "nemhandel-lautrup.net", "ballerup-parkering.dk", "maaloev-betalingsservice.net",
        "lautrup-ordrebekraeftelse.com", "raahoej-malerservice.dk", "magleparken-kontor.net", "lautrupvang-itservice.net",
        "skovlunde-anlaeg-aps.dk", "signerhurtigt-jonstrup.dk", "ballerup-esign.net", "jonstrup-vvsblik-aps.dk",
        "kildedal-banebyg.com", "ballerup-velodromservice.dk", "ballerup-arenateknik.dk", "grantofte-naturskole.net",
        "grantofte-bondegaard.dk", "maaloev-skolelandbrug.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(anlaeg.domain(), List.of(anlaeg.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(bane.domain(), List.of(bane.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(gaard.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.77.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.77.1.22"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vestvold-affaldsfaellesskab.dk", List.of("127.77.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("brandtilsyn-ballerup-herlev.dk", List.of("127.77.4.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ballerup-cykleklub.dk", List.of("127.77.4.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("maaloev-idraetsforening.dk", List.of("127.77.4.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("lautrup-jernhandel.dk", List.of("127.77.4.5"), "-all", null, "none");
        domain("ballerup-kunstnerforening.dk", List.of("127.77.4.6"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("bilagsvej.io", List.of("127.77.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("regnskabsstien.dk", List.of("127.77.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kvitteringsbud.com", List.of("127.77.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("afregnly.dk", List.of("127.77.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("lautrup-andelskasse.dk", List.of("127.77.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kommunebanken-nord.dk", List.of("127.77.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkredsen-vest.dk", List.of("127.77.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bogholdernetvaerk-sjaelland.dk", List.of("127.77.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoebsringen-oest.dk", List.of("127.77.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postkaster.com", List.of("127.77.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("bedrageriradar-vest.dk", List.of("127.77.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.maaloev-net.dk", List.of("127.77.28.1"), "-all", null, null);
        domain("relay.skovlunde-fiber.dk", List.of("127.77.29.1"), "-all", null, null);
        domain("baneplan.io", List.of("127.77.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtkilden.dk", List.of("127.77.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signerhurtigt.dk", List.of("127.77.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("skovlunde-revisionskontor.dk", List.of("127.77.33.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 3 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 47_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no77:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "BA-" + (3_400 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "INV-36-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "2036-" + (1_100 + rnd.nextInt(800));
            default:
                return "K" + (71_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@balk.dk", "efaktura@balk.dk", "kreditor@balk.dk", "oekonomi@balk.dk",
        "teknik@balk.dk", "skole@balk.dk", "aeldre@balk.dk", "idraet@balk.dk", "ejendom@balk.dk", "indkoeb@balk.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf77:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(32_000_000 + Math.floorMod(sha256("cvr77:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(82_000_000 + Math.floorMod(sha256("fi77:" + domain).hashCode(), 8_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "maaloev-varmevaerk.dk" -> "Værkstedvej 12, 2760 Måløv";
            case "skovlunde-anlaeg.dk" -> "Mileparken 31, 2740 Skovlunde";
            case "kildedal-banebyg.dk" -> "Kildedalsvej 88, 2760 Måløv";
            case "grantofte-naturskole.dk" -> "Grantoftevej 23, 2750 Ballerup";
            case "lautrup-elservice.dk" -> "Lautrupvang 9, 2750 Ballerup";
            case "jonstrup-vvsblik.dk" -> "Jonstrupvej 211, 2750 Ballerup";
            case "raahoej-maler.dk" -> "Råhøj Allé 5, 2750 Ballerup";
            case "ballerup-erhvervsrengoering.dk" -> "Tempovej 40, 2750 Ballerup";
            case "ballerup-bladet.dk" -> "Centrumgaden 3, 2750 Ballerup";
            case "maaloev-container.dk" -> "Industrivej 17, 2760 Måløv";
            case "skovlunde-storkoekken.dk" -> "Ejby Industrivej 60, 2740 Skovlunde";
            case "ballerup-traelast.dk" -> "Tempovej 14, 2750 Ballerup";
            case "lautrupvang-it.dk" -> "Lautrupvang 2B, 2750 Ballerup";
            case "baltorp-turistfart.dk" -> "Baltorpvej 154, 2750 Ballerup";
            case "magleparken-kontor.dk" -> "Magleparken 2, 2750 Ballerup";
            case "oesterhoej-toemrer.dk" -> "Østerhøj Bygade 19, 2750 Ballerup";
            case "skovlunde-smedie.dk" -> "Skovlunde Byvej 101, 2740 Skovlunde";
            case "harrestrup-naturpleje.dk" -> "Harrestrupvej 4, 2740 Skovlunde";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a letter-style invoice with a numbered line table and totals; a job card with
     * labour, van and materials and the FI line (card 71); an account statement-style charge with meter and fixed part and
     * the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name();
                l.add((addr.isEmpty() ? "" : addr + " | ") + "CVR " + cvr(s.domain()));
                l.add(title + " " + no + " udstedt " + dashedDay(m, 0));
                l.add("Kunde: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Pos. 1  " + s.what() + "  " + a.net());
                l.addAll(more);
                l.add("Beløb før moms " + a.net() + " | Moms 25 % " + a.vat() + " | I alt " + a.gross() + " DKK");
                l.add("Betalingsbetingelser: løbende måned + 30 dage, sidste rettidige dag " + dashedDay(m, 30));
                if (account != null) {
                    l.add("Overføres til " + account + " med " + title.toLowerCase(DA) + "snummer som tekst");
                }
            }
            case 1 -> {
                head = "Jobkort / " + title + " " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Rekvirent " + KOMMUNE + " (EAN " + EAN + "). Opgave: " + s.what());
                long work = a.ore() * 57 / 100;
                long van = a.ore() * 6 / 100;
                l.add("Arbejdsløn " + kr(work) + " | Servicebil " + kr(van) + " | Materialer " + kr(a.ore() - work - van));
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Forfalder " + writtenDay(m, 21) + (account == null ? "" : ", indbetaling til " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = title + " " + no + " - " + s.name();
                l.add((addr.isEmpty() ? "" : addr + ", ") + "CVR " + cvr(s.domain()));
                l.add("Aftagernr. " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - " + KOMMUNE);
                l.add("Perioden " + dottedDay(m, -31) + " til " + dottedDay(m, -1) + ": " + s.what());
                long fast = a.ore() * 30 / 100;
                l.add("Fast bidrag " + kr(fast) + " | Variabel del " + kr(a.ore() - fast));
                l.add("Ialt uden moms " + a.net() + " | Moms " + a.vat() + " | Til betaling " + a.gross());
                l.addAll(more);
                l.add("Sidste frist " + dottedDay(m, 14) + (account == null ? "" : " | Konto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "BalK-" + no + ".pdf", "FAK" + no + ".pdf",
            "Invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Ballerup Kommune", "Til kreditorbogholderiet", "Goddag", "Hej kreditor",
        "Att. Økonomi", "Kære Ballerup Kommune", "Hej allesammen", "Til rette vedkommende"};

    private String phone() {
        return "44 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig77:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nDe bedste hilsener\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n- " + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " (" + s.domain() + ")");
            default:
                return "\n\nVenlig hilsen fra\n" + s.name() + "\n" + s.person();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_300_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Deres faktura nr. " + no, "Fakturering " + no + " (EAN " + EAN + ")", "Regning " + no, "Faktura vedhæftet: " + no,
            s.name() + ": faktura for " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Her er faktura " + no + " på " + a.gross() + " kr. med moms. Den forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Samme faktura er lagt ind til EAN " + EAN + " - den skal selvfølgelig kun betales én gang.";
            case 3 -> "Tak for samarbejdet denne gang. PDF med fakturaen ligger i mailen.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb i alt: " + a.gross() + " kr.\nForfald: " + dashedDay(m, 30);
            case 5 -> "Vi sender hermed regningen for det udførte. Jeres ordrenummer er påført.";
            case 6 -> "Så er der faktura på sidste måneds leverancer. Giv lyd, hvis noget ser forkert ud.";
            default -> "Fakturaen er vedhæftet denne mail.";
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
        if (List.of(varme, rengoer, mad, gaard, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(anlaeg, bane, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Hold-An Vej 7", "Ballerup", "2750", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        trackContract = "VB-" + (4_100 + rnd.nextInt(700));
        farmBooking = "GF-" + (620 + rnd.nextInt(300));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == bane ? List.of("Vedligeholdelseskontrakt " + trackContract + ": træbanen, 250 m, kvartalstjek")
                : s == gaard ? List.of("Booking " + farmBooking + ": 6 klasser, gårddage i oktober") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Vej og Grønt, Ballerup"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a bridge railing, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, anlaeg, avis, el, kontor, varme, bus, mad, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre BK-" + (21_500 + k * 211));
                case 1 -> List.of("Kontaktperson hos kunden: " + to().replace("@balk.dk", "") + "-teamet");
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Skovlunde Skole, renovering af faglokaler" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nKvitterede leveringssedler ligger med som bilag." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget af Ejendomscentret, Ballerup", "Paller/kolli: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader gips kom knækkede frem og er taget retur af chaufføren."},
            {kontor, "Kreditnota til faktura ", "Vi sendte to kasser blækpatroner for meget, og dem krediterer vi nu."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "CN-" + (500 + rnd.nextInt(400));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditor@balk.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnotaen " + no + " lyder på " + a.gross() + " kr. og kan "
                    + "trækkes fra ved jeres næste udbetaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores debitorliste mangler vi stadig betaling for nedenstående. Har "
            + "I allerede betalt, krydser beløbene nok hinanden."},
            {anlaeg, "Rykker 1", "Betalingsfristen er overskredet med en uge. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@balk.dk", x[1] + " - " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som skal betales til den konto, der altid har stået på vores fakturaer: " + s.account() + "."
                    + signature(s))
                .attach("application/pdf", "Rykker-" + p.no() + ".pdf", pdfInvoice(m, s, "Rykker", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Gælder faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@balk.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej kreditor\n\nI bad om en saldo til afstemningen: vi har modtaget jeres betaling af " + p.no()
                + ", og jeres konto hos os står i nul." + signature(s));
        genuine(m, s.ip());
        m.description = "maaloev-container.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(720_000);
            boolean peppol = v == 1;
            String ref = "BK-" + (48_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@balk.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej efaktura\n\nVores nye regnskabsprogram er endnu ikke koblet på NemHandel, så e-fakturaen kommer "
                    + "som fil i denne mail, med en PDF til at læse. Kontoen er uændret. Dukker den samme faktura op i "
                    + "NemHandel, betaler I den bare én gang.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "PEPPOL-" : "OIOUBL-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "laesekopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordrereference " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"bilagsvej.io", "regnskabsstien.dk", "kvitteringsbud.com", "afregnly.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "bounces+" + sha256("plat77:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "AF-" + (30_000 + rnd.nextInt(9_000));
                headers(m, "Afregnly", "opkraevning@afregnly.dk", "aeldre@balk.dk", "Afregning " + no + " - vikartimer november")
                    .text("Til " + KOMMUNE + ", Social og Sundhed\n\nHer er afregningen for de vikartimer i hjemmeplejen, som "
                        + "jeres planlægger bestilte i november (118 timer). Vikarerne er ansat og lønnet hos os.\n\nAt betale "
                        + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nAfregnly")
                    .attach("application/pdf", "Afregnly-" + no + ".pdf", Attachments.pdf(docId(m, "af"), "Afregning " + no,
                        List.of("Afregnly ApS", "Kunde: " + KOMMUNE + ", hjemmeplejen", "Vikartimer november 2036: 118",
                            "Netto " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross(), "Konto " + iban("DK", "30000007790011"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform afregnly.dk bills booked temp hours in home care under its own name";
                continue;
            }
            String no = "BV" + (400_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "teknik@balk.dk" : "natur@balk.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som PDF i mailen. Svarer du på mailen, lander svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i + 1, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg har ikke momsnummer, derfor er der ingen moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HB-" + (36_400 + rnd.nextInt(700));
        Amount a = amount(760_000);
        headers(m, "Hamburger Holzbahn Service", addr(tysk), "idraet@balk.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei die Rechnung " + no + " über Fichtenbretter und Bahnlack für die "
                + "Radrennbahn in Ballerup, bestellt von Ihrem Bahnbauer. Steuerschuldnerschaft des Leistungsempfängers.\n\n"
                + "Mit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg", "Kunde: " + KOMMUNE + ", Ballerup Super Arena", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlung an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "SS" + (5_200 + rnd.nextInt(700));
        headers(m, "Skånes Skolgårdar", addr(svensk), "natur@balk.dk", "Faktura " + no + " - foder och stängsel")
            .text("Hej,\n\nBifogat finns fakturan för ull, foder och stängselmaterial som skolgården på Grantofte beställt via "
                + "Mette Lund. Betala till kontot som står på fakturan.\n\nVänliga hälsningar\nFakturor, Skånes Skolgårdar AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "IBAN för betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Baneplan Billing", "billing@baneplan.io", "idraet@balk.dk", "Your Baneplan invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for Baneplan (track and hall booking for Ballerup Super "
                + "Arena, 40 club accounts). It has also been delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nBaneplan")
            .attach("application/pdf", "baneplan-november.pdf", Attachments.pdf(docId(m, "bp"), "Invoice",
                List.of("Baneplan ApS", "Customer: " + KOMMUNE, "November 2036, 40 club accounts", "DKK " + a.gross())));
        genuine(m, "127.77.30.1");
        m.description = "SaaS baneplan.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(250_000);
        headers(m, "Vagtkilden", "kvittering@vagtkilden.dk", "aeldre@balk.dk", "Kvittering - Vagtkilden licens")
            .text("Hej\n\nTak for betalingen af jeres Vagtkilden-licens (vagtplanlægning i hjemmeplejen, 210 brugere). Vi har "
                + "trukket " + a.gross() + " kr. på kortet, der ender på 7713.\n\nVagtkilden");
        genuine(m, "127.77.31.1");
        m.description = "SaaS vagtkilden.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0012337781");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@balk.dk", "Vi skifter bank pr. 1. december")
            .text("Kære kreditorbogholderi\n\nØsterhøj Tømrer & Snedker flytter til et andet pengeinstitut. Fakturaer dateret "
                + "1. december 2036 og frem skal betales til " + nyT + ", mens ældre fakturaer betales til kontoen, der står på "
                + "dem.\n\nI er velkomne til at ringe til værkstedet på det nummer, I har i kartoteket, og få skiftet bekræftet."
                + signature(toemrer))
            .attach("application/pdf", "Nyt_pengeinstitut.pdf", Attachments.pdf(docId(m, "np"), "Meddelelse om ny bankkonto",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Ny konto: " + nyT,
                    "Nikolaj Storm, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "hylder og skabe i personalerummet, Østerhøj Børnehus");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036 jf. vores brev"), "\n\nSom skrevet tidligere er dette den "
            + "første faktura med vores nye konto.");
        genuine(m, toemrer.ip());
        m.description = "oesterhoej-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "30000007799120");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Skovlunde Storkøkken, Økonomi", addr(mad), "kreditor@balk.dk", "Ændret bankkonto fra december")
            .text("Til " + KOMMUNE + ", kreditor og Social og Sundhed\n\nSkovlunde Storkøkken samler sine konti i én bank, "
                + "efter at vi er blevet en del af en større kantinekæde. Fakturaer med dato 1. december og senere betales til "
                + nyM + ". Betalinger til den gamle konto bliver modtaget året ud. Et underskrevet brev er også sendt til jeres "
                + "Digital Post.\n\nVenlig hilsen\nSkovlunde Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed kitchen (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny bankkonto fra 01.12.2036"), "\n\nVær opmærksom på den nye konto.");
        genuine(m, mad.ip());
        m.description = "skovlunde-storkoekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qx=LM=ballerup-bladet.dk=annonce@srs.maaloev-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.77.28.1";
        m.helo = "srs.maaloev-net.dk";
        m.description = "ballerup-bladet.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.skovlunde-fiber.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.skovlunde-fiber.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"bogholdernetvaerk-sjaelland.dk", "Hanne Vestergaard", "hv@", "Faktura på slibning af cykelbane?",
            "Hej netværk\n\nVi har modtaget en regning på 'akut slibning af træbane' fra et firma, vi aldrig har hørt om, og "
                + "vores velodrom blev slebet i sommer. Er der andre med indendørs baner, der har set den slags?\n\nHanne"},
            {"indkoebsringen-oest.dk", "Morten Friis", "mf@", "Skolegårde: regning med ny konto", "Hej alle\n\nEn af vores "
                + "skoler fik en regning for 'gårddage' fra en gård, som aldrig har haft besøg af klassen. Kontoen var en "
                + "udenlandsk. Pas på derude.\n\nMorten"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditorkredsen-vest.dk", x[3])
                .header("List-Id", "Kreditorkredsen Vest <debat.kreditorkredsen-vest.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorkredsen-vest.dk", "[Kreditorkredsen] ", "\r\n--\r\nKreditorkredsen Vest - for "
                + "kommunale bogholdere\r\nAfmeld: https://kreditorkredsen-vest.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"bedrageriradar-vest.dk", "Bedrageriradar Vest", "Cykelbaner og skolegårde: to nye fakturafælder",
            "Vi ser regninger for banearbejde i haller og for besøg på skolegårde, hvor kontraktnummeret er rigtigt men kontoen "
                + "ny. Bekræft altid ændringer via et telefonnummer, I selv har slået op."},
            {"skovlunde-revisionskontor.dk", "Skovlunde Revisionskontor", "Tjekliste til regnskabsåret",
                "Gennemgå kreditorstamdata, og kræv to godkendere, når en leverandør vil have penge til en ny konto."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl77:" + x[0]).substring(0, 14) + "@postkaster.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@balk.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere "
                    + "på vores side</a></p><p style=\"font-size:8px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postkaster.com");
            m.ip = "127.77.26.1";
            m.helo = "mta.postkaster.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postkaster.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kultur og Fritid", "idraet@", "kreditor@balk.dk", "Træbanen i Super Arenaen",
            "Hej kreditor\n\nBanen i Ballerup Super Arena vedligeholdes kun af Kildedal Banebyg under kontrakten, og alt "
                + "arbejde bestilles af haldriften. Deres fakturaer har altid kontraktnummeret på. Kommer der andre regninger "
                + "for banearbejde, så send dem til mig, før noget betales.\n\nKultur og Fritid"},
            {"Skoleafdelingen", "skole@", "kreditor@balk.dk", "Gårddage på Grantofte", "Hej\n\nSkolernes besøg på Grantofte "
                + "bookes centralt af os og faktureres samlet af Mette Lund med bookingnummeret. Skolerne betaler ikke selv."
                + "\n\nSkoleafdelingen"},
            {"Økonomichefen", "oekonomichef@", "ledere@balk.dk", "Kontoændringer", "Kære ledere\n\nVi ændrer aldrig en "
                + "leverandørs konto på grundlag af en mail alene. Send den slags videre til kreditor, der ringer "
                + "leverandøren op.\n\nØkonomichefen"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Lautrup Andelskasse, Erhverv", "erhverv@lautrup-andelskasse.dk", "oekonomi@balk.dk",
            "Betalingsfil modtaget")
            .text("Til Ballerup Kommune, Økonomi\n\nAndelskassen bekræfter, at fredagens fil fra jeres kreditorsystem med 243 "
                + "overførsler er indlæst uden fejl og bogføres med valør mandag. Afviste poster vil fremgå af kvitteringslisten "
                + "under Betalinger i erhvervsnetbanken, hvor jeres to godkendere også kan se den samlede sum. Denne besked er "
                + "kun til orientering og rummer hverken links eller vedhæftede filer.\n\nLautrup Andelskasse, Erhvervsteamet");
        genuine(m, "127.77.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "KommuneBanken Nord", "info@kommunebanken-nord.dk", "oekonomi@balk.dk", "Nye priser på valutaoverførsler")
            .text("Til erhvervskunder\n\nPr. 1. februar justeres prisen på overførsler i fremmed valuta. Den nye prisliste "
                + "ligger i netbanken under Dokumenter.\n\nKommuneBanken Nord");
        genuine(m, "127.77.22.1");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("velodrome-track-invoice", true);
        invoice(m, bane, bane.account(), 7, List.of("Kontrakt " + trackContract + ", kvartalsservice",
            "Efterspænding af 40 brædder, pletlakering i sving 2"), "\n\nServicerapporten er sendt til haldriften.");
        genuine(m, bane.ip());
        m.description = "the real track builder invoices the quarterly velodrome service (RSA, no DMARC)";
        m = ok("school-farm-visit-invoice", true);
        invoice(m, gaard, gaard.account(), 10, List.of("Booking " + farmBooking + ", november", "4 klasser, gårddag med "
            + "fodring og kartoffeloptagning"), "\n\nTak for besøgene - børnene var dygtige.");
        genuine(m, gaard.ip());
        m.description = "the school farm invoices November's class visits under the booking (DKIM only, p=quarantine)";
        m = ok("supplier-letter", false);
        headers(m, "Kildedal Banebyg", addr(bane), "idraet@balk.dk", "Vinterservice på banen - ingen ekstra regning")
            .text("Kære haldrift\n\nI januar pudser vi banen af og efterlakerer sprinterstriben. Det hører under kontrakt "
                + trackContract + ", så der kommer ingen særskilt regning. Vi sender aldrig regning for arbejde, I ikke har "
                + "bestilt.\n\nKildedal Banebyg");
        genuine(m, bane.ip());
        m.description = "the track builder announces winter service at no extra cost";
        m = ok("supplier-letter", false);
        headers(m, "Mette Lund", addr(gaard), "skole@balk.dk", "Forårets gårddage")
            .text("Hej skoleafdeling\n\nForårets datoer for gårddagene er klar. Jeres bookingnummer " + farmBooking
                + " gælder hele skoleåret, og regningen kommer samlet efter hver måned som altid.\n\nMette, Grantofte");
        genuine(m, gaard.ip());
        m.description = "the school farm sends spring dates, no payment";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_500_000);
        headers(m, "Vestvold Affaldsfællesskab I/S", "regning@vestvold-affaldsfaellesskab.dk", "efaktura@balk.dk",
            "Driftsbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt opkrævningen af driftsbidraget for fjerde kvartal. Den er desuden sendt "
                + "elektronisk til jeres EAN.\n\nVestvold Affaldsfællesskab I/S")
            .attach("application/pdf", "Driftsbidrag-4kv.pdf", Attachments.pdf(docId(m, "vaf"), "Driftsbidrag 4. kvartal 2036",
                List.of("Vestvold Affaldsfællesskab I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "30000007802233"))));
        genuine(m, "127.77.4.1");
        m.description = "intermunicipal waste company's quarterly operating contribution";
        m = ok("authority-notice", false);
        headers(m, "Brandtilsyn Ballerup-Herlev", "tilsyn@brandtilsyn-ballerup-herlev.dk", "idraet@balk.dk",
            "Brandsyn i Ballerup Super Arena")
            .text("Til Ballerup Kommune, Kultur og Fritid\n\nDet årlige brandsyn af Super Arenaen foretages i januar. Vi sender "
                + "datoen senere. Synet er gebyrfrit.\n\nBrandtilsynet");
        genuine(m, "127.77.4.2");
        m.description = "fire authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signerhurtigt.dk";
        headers(m, "Ballerup Cykleklub via SignerHurtigt", "noreply@signerhurtigt.dk", "idraet@balk.dk",
            "Underskriv: brugsaftale for velodromen")
            .header("Reply-To", "<formand@ballerup-cykleklub.dk>")
            .text("Ballerup Cykleklub har sendt 'Brugsaftale 2037 - træningstider på banen' til underskrift.\n\nDu finder "
                + "dokumentet, når du logger ind på jeres SignerHurtigt-konto.\n\nSignerHurtigt");
        genuine(m, "127.77.32.1");
        m.description = "real e-signature request from signerhurtigt.dk on behalf of the cycling club";
        m = ok("receipt", false);
        headers(m, "Lautrup Jernhandel", "kvittering@lautrup-jernhandel.dk", "teknik@balk.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n3 skovle, 20 kg vejsalt. Betalt med kommunens indkøbskort.\n\nLautrup Jernhandel");
        genuine(m, "127.77.4.5");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Måløv Idrætsforening", "kasserer@maaloev-idraetsforening.dk", "oekonomi@balk.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag overført 11.800 kr. for leje af Måløvhallen til juleturneringen.\n\nKassereren, MIF");
        genuine(m, "127.77.4.4");
        m.description = "a sports club pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Ballerup Kunstnerforening", "udstilling@ballerup-kunstnerforening.dk", "kultur@balk.dk",
            "Bekræftelse: udstilling på Rådhuset")
            .text("Hej\n\nVi bekræfter ophængning af vinterudstillingen i Rådhusets foyer fra 5. januar. Rammerne lejer vi selv; "
                + "I får en faktura for opsætningen via EAN.\n\nBallerup Kunstnerforening");
        genuine(m, "127.77.4.6");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "5270440000123987"), iban("DK", "89900007745120"), bank("5479", "0009912736"),
        iban("EE", "3810220022887766"), iban("PL", "611090101400000712198812"), iban("GB", "REVO00997011223344"),
        iban("IE", "AIBK93115212345678"), iban("NL", "RABO0312776655"), iban("DE", "370400440532013000"),
        iban("HU", "117730161111101800000000"), iban("RO", "BTRL01301202C12345XX"), iban("BG", "STSA93000012345678"),
        iban("CY", "001002800000000012345678"), bank("7321", "0002219980"), iban("MT", "MMEB44093000000009876543210"),
        iban("SE", "80800000081234567890"), iban("LT", "1210100001234567"), iban("DK", "53700005512290")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nVærket er gået sammen med et "
            + "naboværk om én fælles opkrævningsenhed, og derfor har vi fået en ny konto til indbetalinger. Den står på "
            + "opkrævningen her. Beløb, der sendes til den gamle konto, bliver sendt retur til afsender.");
        forged(m, forgedHost++);
        m.description = "forged From maaloev-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej annoncekunde\n\nNovembers annoncer er faktureret her. Avisen er "
            + "overtaget af en britisk udgiverkoncern, og al betaling skal nu gå til den engelske konto på fakturaen, da den "
            + "danske lukkes ved udgangen af måneden. Redaktionen i Centrumgaden fortsætter uændret, og jeres faste rubrikannoncer om"
                + "dagplejen og lokalplanen for Lautrupvang kører videre i de samme uger som aftalt med kommunikationsafdelingen.");
        forged(m, forgedHost++);
        m.description = "forged From ballerup-bladet.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"maaloev-varmevaerk.com", varme, "Efter opdateringen af vores afregningssystem står der en "
            + "forkert konto i mange kunders stamdata. Brug derfor kun kontoen på denne opkrævning fremover. Aflæsningen af fjernvarmemålerne på Måløv Skole og"
                + "biblioteket på Måløvhøj er foretaget af vores montør som sædvanlig, så forbruget svarer til sidste vinter."},
            {"skovlunde-anlaeg.net", anlaeg, "Stien langs åen er færdigasfalteret. Firmaet har fået ny ejer pr. 1. november, "
                + "og vi har derfor en anden bank nu - kontoen står nederst."},
            {"ballerup-traelast.com", byg, "Her er månedens fakturering til Ejendomscentret. Bemærk: vi har ny bankkonto med "
                + "virkning fra i dag, og den gamle er spærret for indbetalinger. Gipsplader, lægter og maling til Skovlunde Skoles faglokaler er"
                + "kørt ud med vores kranbil, og ordresedlerne er kvitteret af pedellen. Restordren på egetræsparket til"
                + "musiklokalet kommer først efter nytår, da savværket i Småland er bagud, og den faktureres for sig. Vores lagerchef Bjarne har også noteret, at pedellen på Skovlunde Skole ønsker"
                + "flere sække fliseklæb til kælderen, og dem lægger vi på næste tur med lastbilen fra Tempovej, sammen med"
                + "de hvide dørkarme til lærerværelset og to ruller vindspærre til cykelskuret ved indgangen mod Ejbyvej."},
            {"lautrup-el-service.dk", el, "LED-armaturerne i Baltorphallen er monteret. Vores revisor har flyttet firmaets "
                + "konti til en ny bank, så benyt venligst kontoen i vedhæftede faktura. Nødlysarmaturerne ved tribunerne i Super Arenaen er"
                + "også testet, og den lovpligtige rapport kommer med posten til haldriften."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2)), "",
            "Proffen sender her fakturaen for november. Vær opmærksom på, at vores betalingsoplysninger er ændret og skal "
                + "bruges fra og med denne faktura. Spær og krydsfiner til børnehuset i Østerhøj er samlet på fakturaen, så I"
                + "kun får én regning for hele byggeriet i denne måned. Tømrerne har desuden hentet ekstra tagfolie og"
                + "skruer på lageret i weekenden, hvilket også fremgår af specifikationen.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as ballerup-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektøren", "direktion@" + d, "kreditor@balk.dk", "Fortroligt: deponering skal ske før frokost")
            .text("Hej\n\nKommunen har fået forkøbsret på en erhvervsgrund i Lautrup, som en udenlandsk investor også vil have. "
                + "Advokaten kræver 412.000 kr. deponeret på " + mule(14) + " inden kl. 12 i dag, ellers bortfalder retten. "
                + "Skødet kommer, når handlen er på plads. Tal ikke med nogen om det, før økonomiudvalget har fået besked.\n\n"
                + "Kommunaldirektøren");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as the municipality: secret deposit for a plot in Lautrup";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Bilagsvej", "paamindelse@bilagsvej-ballerup.dk", "natur@balk.dk",
            "Ubetalt faktura - gebyr tilskrives i nat")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig som "
                + "ubetalt. Betaler I ikke inden midnat, lægges der et gebyr på. Kortbetaling kan ske her:</p><p><a href=\""
                + "https://bilagsvej-ballerup.dk/betal/" + sha256("bv77").substring(0, 18) + "\">Betal med kort</a></p>"
                + "<p>Bilagsvej</p></body></html>");
        ownedBy(m, "bilagsvej-ballerup.dk");
        m.description = "look-alike of the platform bilagsvej.io: card-payment link 'fee tonight' in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Regnskabsstien", "no-reply@regnskabsstien-skovlunde.com", "teknik@balk.dk", smed.name() + " - faktura til betaling")
            .text("Hej\n\nDer er en faktura fra " + smed.name() + " til betaling. Regnskabsstien har overtaget smediens "
                + "debitorer, så pengene skal ind på vores samlekonto " + mule(15) + " og ikke til smeden selv.\n\n"
                + "Regnskabsstien")
            .attach("application/pdf", "regnskabsstien-" + (4_400 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("regnskabsstien-skovlunde.com", mule(15)), "Faktura", "RS-" + (9_100 + rnd.nextInt(700)),
                amount(250_000), mule(15), 0, List.of("Opkræves af Regnskabsstien")));
        ownedBy(m, "regnskabsstien-skovlunde.com");
        m.description = "look-alike of regnskabsstien.dk: the smithy's invoice 'taken over' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betales til factoringselskab"), "", "Vores fakturaer er fra denne måned "
            + "overdraget til et factoringselskab, og betalingen skal derfor gå til " + mule(16) + ". Jeg sidder til møder hele "
            + "ugen og kan ikke tage telefonen, så svar gerne på mail. Rengøringen af Jobcentret og biblioteket fortsætter som normalt, og vores"
                + "holdleder har fået besked om de ekstra vinduespudsninger i rådhusets kantine. Julefrokostlokalet på tredje sal bliver gjort klar fredag"
                + "eftermiddag, så det er klar til jeres arrangement lørdag. Vores nye kvalitetsansvarlige, Birthe, kommer forbi"
                + "jobcentret i næste uge for at gennemgå rengøringsplanen for mødelokalerne og toiletterne i stueetagen, og hun"
                + "tager gerne en snak med jeres servicemedarbejdere om moppevask og affaldssortering i kantinen.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of ballerup-erhvervsrengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@balk.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn lille rettelse til fakturaen nedenfor: banken har midlertidigt låst vores driftskonto under en "
                + "kontrol, så de " + p.amount().gross() + " kr. skal denne ene gang til " + mule(17) + ". Efterfølgende "
                + "fakturaer betales som normalt.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of lautrupvang-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "oesterhoej-tomrer.dk"}, {mad, "skovlunde-storkokken.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@balk.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. er vist ikke betalt endnu, og det "
                    + "er heldigt, for vores bogholder har opdaget, at kontoen på den er lukket. Sæt i stedet beløbet ind på "
                    + mule(i + 3) + ", og giv mig lige et hurtigt svar, når I har opdateret kartoteket.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@balk.dk", "Tilskud til juleløbet - i dag")
            .text("Hej\n\nJeg har lovet arrangørerne af juleløbet i Ballerup Super Arena et tilskud på 95.000 kr., og de "
                + "skal bruge pengene i dag til tidtagningen. Overfør til " + mule(7) + ". Jeg er til KL-møde og kan ikke "
                + "tale i telefon, så bare svar på mailen. Foreningen har lovet, at"
                + "kommunens logo kommer på startnumrene og på storskærmen ved målstregen. Kvitteringen kan I lægge"
                + "på sagen om fritidspuljen, så tager jeg den formelle bevilling på næste udvalgsmøde.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged balk.dk (p=reject) from outside: the mayor's urgent grant to a race";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@balk.dk", "Ny konto Jonstrup VVS")
            .text("Hej kreditor\n\nJonstrup VVS og Blik har ringet til mig om deres nye bank. Ret deres konto til " + mule(8)
                + " før dagens betalingskørsel. Jeg har godkendt det. Deres faktura for bruserne i Måløv"
                + "Idrætspark skal med i samme kørsel, ellers lukker de for omklædningen. Kreditorsystemet"
                + "skal ikke sende advis til den gamle adresse, og sagen skal ikke forbi kontrollen denne gang.\n\nØkonomichef");
        forged(m, forgedHost++);
        m.description = "forged balk.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.ballerup@gmail.com", "oekonomi@balk.dk", "Er du ved skrivebordet?")
            .text("Hej\n\nHar du fem minutter? Jeg sidder i et lukket møde i Christiansborg og har kun mobilen. Der er en "
                + "overførsel, som skal ud i dag uden om den sædvanlige godkendelse. Svar her, så sender jeg detaljerne. Det handler om"
                + "en aftale med en entreprenør på Lautrupvang, og pressen må ikke få nys om den endnu.\n\n"
                + "Sendt fra min Galaxy");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a closed meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.ballerup@outlook.com", "indkoeb@balk.dk", "Hurtig tjeneste")
            .text("Hej\n\nJeg vil sige tak til de frivillige fra Måløv Idrætsforening. Kan du købe 15 gavekort til 1.000 kr. "
                + "og sende mig koderne på mail inden kl. 15? Jeg lægger ud og afregner bagefter. De har slæbt"
                + "borde og stole til julemarkedet på Baltorpplænen hele weekenden og fortjener en overraskelse. Vælg helst"
                + "kort fra en stor butikskæde, og skrab feltet på bagsiden fri, før du fotograferer det.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Sara Holm", "sara.holm.skovlunde@gmail.com", "loen@balk.dk", "Ny konto til min løn")
            .text("Hej Løn\n\nJeg er pædagogmedhjælper i Skovlunde Børnehus. Min gamle bank har lukket min konto, og jeg har "
                + "åbnet en ny i en app-bank, hvor lønnen skal ind fra næste måned: " + mule(0) + ". Jeg kan ikke logge på "
                + "personaleportalen på min telefon, så vil I ikke rette det for mig? På forhånd tak. Min leder på stuen hedder Lone, hvis I"
                + "skal have det bekræftet, men hun er på kursus resten af ugen. Husk at det er"
                + "min novemberløn, der skal derind, for jeg skal betale depositum på en lejlighed i Skovlunde Nord.\n\nSara Holm");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a childcare assistant";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Berg", "mikkel.berg.maaloev@hotmail.com", "loen@balk.dk", "Løn til udlandet")
            .text("Hej\n\nJeg arbejder på vejafdelingens materielgård i Måløv, men jeg flytter til Irland i januar og har "
                + "fået konto der. Sæt venligst lønnen ind på " + mule(6) + " allerede fra december.\n\nMvh Mikkel");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Ballerup Inkasso", "sag@ballerup-inkasso.dk", "kreditor@balk.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nPå vegne af " + inkasso[i].name() + " inddriver vi faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. Sammen med vores salær på 475 kr. skal beløbet indbetales på " + mule(i + 9)
                    + " inden mandag. Herefter går sagen til fogedretten og kan blive registreret hos RKI.\n\n"
                    + "Ballerup Inkasso, afdeling for erhverv");
            ownedBy(m, "ballerup-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv Support", "support@mitid-ballerup.com", "it@balk.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Kære brugeradministrator</p><p>Organisationens oplysninger skal genbekræftes. Uden "
                + "bekræftelse inden 24 timer spærres MitID Erhverv for samtlige medarbejdere i " + KOMMUNE + ", herunder jobcentret, hjemmeplejen"
                + "og skolernes administration. Sagsnummer BK-MIT-" + (3_000 + rnd.nextInt(900)) + ".</p><p><a href="
                + "\"https://mitid-ballerup.com/genbekraeft\">Genbekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-ballerup.com");
        m.description = "fake MitID Erhverv suspension with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-skovlunde.com", "oekonomi@balk.dk", "Ny post fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt et brev til jeres postkasse om "
                + "efterregulering af momskompensation for tredje kvartal. Brevet skal åbnes af en person med fuldmagt inden "
                + "fredag, ellers pålægges der renter fra forfaldsdagen. Kvitteringen for"
                + "åbningen sendes automatisk til kommunens revisor og til borgmesterens sekretariat. Beløbet, der er tale om,"
                + "er opgjort til 1.214.630 kr. inklusive renter for perioden juli til september. Har kommunen spørgsmål til opgørelsen af kompensationen for"
                + "busdriften og ældreplejens indkøb, skal de stilles skriftligt gennem postkassen, da telefonlinjerne er lukket"
                + "på grund af systemomlægningen hos styrelsen i Ringkøbing.</p><p><a href=\"https://digitalpost-skovlunde.com/"
                + "post\">Åbn brevet med MitID</a></p><p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-skovlunde.com");
        m.description = "fake Digital Post notice with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-lautrup.net", "efaktura@balk.dk", "EAN-registrering udløber")
            .text("Til " + KOMMUNE + "\n\nRegistreringen af EAN " + EAN + " i NemHandel udløber om 72 timer. Derefter afvises "
                + "alle elektroniske fakturaer til jer. Forlæng registreringen på https://nemhandel-lautrup.net/ean med MitID. Leverandører som"
                + "varmeværket i Måløv og storkøkkenet i Skovlunde har allerede fået besked om, at deres fakturaer kan blive afvist."
                + "\n\nNemHandel Support");
        ownedBy(m, "nemhandel-lautrup.net");
        m.description = "fake NemHandel EAN registration renewal with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afvist@nemhandel-lautrup.net", "kreditor@balk.dk", "Afviste e-fakturaer - samlet betaling")
            .text("Ni fakturaer til jeres EAN er afvist af en teknisk fejl hos jer. For at leverandørerne ikke skal vente, "
                + "kan I betale 98.415,00 kr. samlet til mellemregningskontoen " + mule(4) + ", hvorefter vi fordeler beløbet. Blandt"
                + "de afviste er fakturaer fra trælasten på Tempovej og fra turistfarten i Baltorp. Fejlen ligger i jeres"
                + "modtagerprofil og bliver rettet af vores teknikere i løbet af weekenden.");
        ownedBy(m, "nemhandel-lautrup.net");
        m.description = "fake NemHandel 'rejected invoices' asking for one pooled payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Ballerup Parkering", "afgift@ballerup-parkering.dk", "teknik@balk.dk", "Parkeringsafgift - Ballerup Station")
            .html("<html><body><p>En af kommunens varevogne er registreret på pendlerparkeringen ved Ballerup Station uden "
                + "gyldig licens. Afgiften er 790 kr. og betales ved at scanne koden inden 5 dage. Bilen holdt i båsen"
                + "nærmest cykelparkeringen fra morgen til sen eftermiddag, og kontrollørens fotos kan ses efter betaling.</p><p><img src=\"cid:qr\" "
                + "alt=\"Betal afgift\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "ballerup-parkering.dk");
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "kundeservice@maaloev-betalingsservice.net", "oekonomi@balk.dk",
            "Jeres faste aftaler er stoppet")
            .html("<html><body><p>Jeres tilmeldinger til faste betalinger er stoppet efter bankens opdatering. Scan QR-koden "
                + "med telefonen for at genaktivere dem.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "maaloev-betalingsservice.net");
        m.description = "QR code for 'stopped direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(760_000);
        headers(m, rengoer.person(), "kunde@ballerup-erhvervsrengoring.dk", "kreditor@balk.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVores PDF'er bliver åbenbart blokeret hos jer, så fakturaen er lagt i en zip-fil. Bemærk de nye "
                + "bankoplysninger. Fakturaen dækker"
                + "ugens ekstra rengøring efter vandskaden i bibliotekets børneafdeling. Affugtningen og"
                + "gulvvasken blev bestilt af bibliotekslederen, og timesedlerne er med i zip-filen.\n\nKundeservice")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("ballerup-erhvervsrengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "ballerup-erhvervsrengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of ballerup-erhvervsrengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(760_000);
        headers(m, vvs.person(), "vaerksted@jonstrup-vvs.net", "kreditor@balk.dk", "Fakturaer for november")
            .text("Hej\n\nNovembers fakturaer er pakket i et 7z-arkiv, fordi filerne ellers er for store. Vi har ny konto. I arkivet ligger"
                + "også servicerapporten for ventilerne i omklædningen ved Måløv Idrætspark. Åbn arkivet med"
                + "programmet 7-Zip; Windows kan ikke selv pakke det ud, og adgangskoden er vores postnummer.\n\n"
                + "Værkstedet")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("jonstrup-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "jonstrup-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of jonstrup-vvsblik.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@magleparken-kontor.net", "indkoeb@balk.dk", "Ordrebekræftelse og faktura - blæk")
            .text("Hej\n\nOrdrebekræftelsen og fakturaen er samlet i ét dokument. Klik 'Aktivér redigering' og 'Aktivér "
                + "indhold', så dukker priserne op. Blækket til"
                + "rådhusets kopirum og de tre skoler pakkes på pallen i morgen.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_blaek.docm", Attachments.word(
                "Ordrebekræftelse og faktura, blæk. Priserne vises, når indholdet er aktiveret.", true));
        ownedBy(m, "magleparken-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of magleparken-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "faktura@lautrupvang-itservice.net", "it@balk.dk", "Oversigt Chromebooks mellemtrin")
            .text("Hej\n\nOversigten over Chromebooks og licenser til mellemtrinnet er i regnearket. Makroer skal slås til, "
                + "for at summerne bliver regnet ud. Husk vores nye konto.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebook_oversigt.xlsm", Attachments.excel(List.of(
                "Oversigt Chromebooks november 2036", "Chromebook og licens 520 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "lautrupvang-itservice.net");
        m.description = "macro-enabled .xlsm from a look-alike of lautrupvang-it.dk, new account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "jens@raahoej-malerservice.dk", "ejendom@balk.dk", "Regning Råhøjskolen")
            .text("Hej\n\nJeg har taget et billede af regningen, fordi printeren driller. Kontonummeret er nyt og står på "
                + "billedet. Gangene på første sal er malet i den lyse grå, som skolelederen valgte, og der er"
                + "skiftet fodlister i to klasser.\n\nJens")
            .attach("image/jpeg", "20361128_0931.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "raahoej-malerservice.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of raahoej-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "brian@maaloev-container.net", "teknik@balk.dk", "Faktura containerleje")
            .text("Hej\n\nFakturaen for containerne på Kildedal Genbrugsplads er scannet ind og vedhæftet. Bemærk ny konto "
                + "på fakturaen.\n\nBrian")
            .attach("application/pdf", "Scan_20361127.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "maaloev-container.net");
        m.description = "scanned image-only PDF from a look-alike of maaloev-container.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrebekræftelse", "ordre@lautrup-ordrebekraeftelse.com", "indkoeb@balk.dk", "Ordre 66120 er afsendt")
            .text("Jeres bestilling af 12 bærbare computere til 9.870 kr. pr. stk. er pakket og afsendes i dag, og beløbet "
                + "trækkes ved levering. Har I ikke bestilt, skal ordren annulleres telefonisk i dag på 70 88 31 42. Maskinerne er"
                + "konfigureret til jobcentrets rådgivere og leveres til varemodtagelsen bag rådhuset. Pallen er mærket med jeres indkøbers navn, og fragtbrevet"
                + "skal kvitteres af en medarbejder med legitimation, når vognmanden fra Glostrup ringer på ved porten. Opladere, tasker og"
                + "tre års garanti er inkluderet, og fragten med kurér er gratis ved bestillinger over ti stykker.\n\n"
                + "Ordreafdelingen");
        ownedBy(m, "lautrup-ordrebekraeftelse.com");
        m.description = "callback scam: fake laptop order, 'call to cancel it'";
        m = bad("callback-phone-invoice");
        headers(m, "Licensfornyelse", "licens@lautrup-ordrebekraeftelse.com", "it@balk.dk", "Antiviruslicens forlænget")
            .text("Hej IT\n\nJeres antiviruslicens til 640 pc'er på rådhuset, jobcentret og skolerne er forlænget med 24 "
                + "måneder. Prisen, 71.250 kr. uden moms, faktureres om to dage. Hvis I ikke ønsker forlængelsen, kan den kun "
                + "stoppes ved at ringe til 70 88 31 43 inden i morgen kl. 15. Vores"
                + "tekniker har allerede registreret de nye serienumre fra jeres skoleservere.\n\nLicensafdelingen");
        ownedBy(m, "lautrup-ordrebekraeftelse.com");
        m.description = "callback scam: auto-renewed antivirus licence";

        // xml-invoice-changed-account
        no = invoiceNo(anlaeg);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, anlaeg.name(), "kh@skovlunde-anlaeg-aps.dk", "efaktura@balk.dk", "E-faktura " + no)
            .text("Hej\n\nVi er skiftet til et nyt fakturaprogram, som ikke kan sende gennem NemHandel endnu, så e-fakturaen "
                + "er vedhæftet her. Betalingskontoen i filen er vores nye.\n\n" + anlaeg.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, anlaeg, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "BK-" + (57_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "skovlunde-anlaeg-aps.dk");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@lautrupvang-itservice.net", "efaktura@balk.dk", "Faktura " + no + " som OIOUBL")
            .text("OIOUBL-filen til faktura " + no + " er vedlagt. Kontooplysningerne er ændret, da vi har fået ny bank.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "BK-" + (57_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "lautrupvang-itservice.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of lautrupvang-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "SignerHurtigt", "dokument@signerhurtigt-jonstrup.dk", "idraet@balk.dk",
            "Ballerup Cykleklub afventer din signatur")
            .html("<html><body><p>Du skal underskrive 'Tillæg til brugsaftale - banetider og betaling'. Linket virker kun i "
                + "to timer.</p><p><a href=\"https://signerhurtigt-jonstrup.dk/d/" + sha256("sh77").substring(0, 16) + "\">"
                + "Åbn og underskriv</a></p></body></html>");
        ownedBy(m, "signerhurtigt-jonstrup.dk");
        m.description = "fake e-signature request imitating signerhurtigt.dk and the cycling club";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@ballerup-esign.net", "ejendom@balk.dk", "Forpagtningsaftale venter på signatur")
            .html("<html><body><p>En forpagtningsaftale for jorden ved Grantofte venter på jeres underskrift. Log på med din "
                + "Microsoft-konto fra arbejdet for at se dokumentet. Aftalen gælder markerne"
                + "nord for skolegården, som kommunen forpagter ud til en økologisk landmand.</p><p><a href=\"https://ballerup-esign.net/login\">"
                + "Log på og underskriv</a></p></body></html>");
        ownedBy(m, "ballerup-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "dispo@baltorp-turistfart.net", "kreditor@balk.dk", "Betaling af " + p.no() + " i to dele")
            .text("Hej\n\nVi er ved at skifte bank og beder jer dele betalingen af faktura " + p.no() + " (" + p.amount().gross()
                + " kr.): den ene halvdel til vores kendte konto, den anden til " + mule(9) + ". Det gælder kun denne"
                + "faktura for svømmekørslen til Baltorpbadet; næste måned er alt tilbage på den gamle konto. Chaufførerne"
                + "kører efter den sædvanlige plan med afgang fra Måløv Skole klokken 8.10 hver tirsdag.\n\nDisponenten");
        ownedBy(m, "baltorp-turistfart.net");
        m.description = "split payment on the coach firm's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@jonstrup-vvsblik-aps.dk", "kreditor@balk.dk", "Angående faktura " + p.no())
            .text("Hej\n\nAf faktura " + p.no() + " kan 25.000 kr. gå til den konto, I plejer at bruge; restbeløbet skal "
                + "sendes til " + mule(10) + ", da banken har et loft over indbetalinger på vores gamle konto. Vi"
                + "beklager besværet, og arbejdet med ventilerne i Måløv er færdigt og afleveret til idrætsparkens pedel.\n\nVærkstedet");
        ownedBy(m, "jonstrup-vvsblik-aps.dk");
        m.description = "split payment on Jonstrup VVS's real wave-1 invoice";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-velodrome-track-resurfacing-invoice
        M m = bad("fake-velodrome-track-resurfacing-invoice");
        invoice(m, bane.posing("kildedal-banebyg.com", bane.account()), mule(0), 11,
            List.of("Kontrakt " + trackContract + " - ekstraarbejde"), "", "Under kvartalstjekket af træbanen i Super Arenaen "
                + "fandt vi revner i tre brædder i sving 4, som vi skiftede med det samme af hensyn til rytternes sikkerhed. "
                + "Ekstraarbejdet er faktureret med kontraktnummeret. Firmaet har fået ny bankforbindelse efter et "
                + "generationsskifte, så brug kontoen på fakturaen og ikke den, I har fra tidligere.");
        ownedBy(m, "kildedal-banebyg.com");
        m.description = "look-alike of the real track builder cites its real contract number, new account (LT IBAN)";
        m = bad("fake-velodrome-track-resurfacing-invoice");
        headers(m, "Velodrom Service Ballerup", "faktura@ballerup-velodromservice.dk", "idraet@balk.dk",
            "Faktura: akut slibning af cykelbane")
            .text("Til Kultur og Fritid\n\nEfter henvendelse fra en træner i weekenden om splinter i banen kørte vi ud og slibede "
                + "og lakerede de værste felter, så landsholdets træning kunne fortsætte. Slibning, lak og udrykning udgør "
                + "46.250,00 kr. inkl. moms, der bedes betalt til " + mule(5) + " inden 8 dage.\n\nVelodrom Service Ballerup");
        ownedBy(m, "ballerup-velodromservice.dk");
        m.description = "unknown firm bills an 'urgent sanding' of the velodrome nobody ordered (GB IBAN)";
        m = bad("fake-velodrome-track-resurfacing-invoice");
        headers(m, "Arenateknik", "ordre@ballerup-arenateknik.dk", "ejendom@balk.dk", "Lakering af træbane - reservation")
            .text("Hej Ejendomscentret\n\nUCI kræver ny friktionsmåling og lakering af træbaner før næste sæson. Vi har reserveret "
                + "jer et hold i uge 3, og for at holde datoen skal halvdelen af prisen, 58.000 kr., være betalt forud til "
                + mule(4) + ". Resten afregnes efter arbejdet.\n\nArenateknik")
            .attach("application/pdf", "tilbud-banelak.pdf", Attachments.pdf(docId(m, "bl77"), "Ordrebekræftelse banelakering",
                List.of("Arenateknik", "Ballerup Super Arena, træbane 250 m", "Forudbetaling 58.000,00", "Betales til " + mule(4))));
        ownedBy(m, "ballerup-arenateknik.dk");
        m.description = "'required by UCI' lacquering of the track with a prepayment to hold the date (PL IBAN)";

        // fake-school-farm-visit-invoice
        m = bad("fake-school-farm-visit-invoice");
        invoice(m, gaard.posing("grantofte-naturskole.net", gaard.account()), mule(9), 15,
            List.of("Booking " + farmBooking + " - ekstra gårddage"), "", "Som aftalt med skolerne har vi haft to ekstra hold "
                + "på gården i november, hvor børnene hjalp med at flytte fårene og bygge læhegn. Regningen er vedhæftet med "
                + "jeres bookingnummer. Naturskolen har fået ny bank, efter at gården er overgået til en fond, så betal til "
                + "kontoen på regningen.");
        ownedBy(m, "grantofte-naturskole.net");
        m.description = "look-alike of the school farm cites the real booking number, 'extra farm days', new account (HU IBAN)";
        m = bad("fake-school-farm-visit-invoice");
        headers(m, "Grantofte Bondegård", "kontor@grantofte-bondegaard.dk", "skole@balk.dk", "Regning for dyrepasning")
            .text("Hej Skoleafdelingen\n\nI efterårsferien passede vi skolegårdens høns, grise og kaniner, da ingen fra "
                + "naturskolen kunne. Foder, dyrlæge og 40 timers pasning beløber sig til 27.900,00 kr., som skal indbetales til "
                + mule(10) + " senest på fredag. Vores"
                + "karl kørte hver morgen og aften med foder fra vores egen lade, og dyrene har det godt.\n\nGrantofte Bondegård");
        ownedBy(m, "grantofte-bondegaard.dk");
        m.description = "unknown farm bills animal care at the school farm nobody asked for (RO IBAN)";
        m = bad("fake-school-farm-visit-invoice");
        headers(m, "Måløv Skolelandbrug", "booking@maaloev-skolelandbrug.dk", "skole@balk.dk", "Bekræftelse af forårets "
            + "gårdbesøg")
            .text("Kære skoler i Ballerup\n\nTak for jeres tilmelding til forårets gårdbesøg med traktortur og malkning for "
                + "alle 2. klasser. Pladserne er reserveret, og depositummet på 18.400 kr. bedes overført til " + mule(11)
                + " inden en uge, ellers går pladserne videre.\n\nMåløv Skolelandbrug");
        ownedBy(m, "maaloev-skolelandbrug.dk");
        m.description = "'your registration' for spring farm visits with a deposit (BG IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus77().generate(), List.of(
            "# Ballerup Kommune, Økonomi: invoice checks (seventy-seventh held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=maaloev-varmevaerk.dk skovlunde-anlaeg.dk kildedal-banebyg.dk grantofte-naturskole.dk "
                + "lautrup-elservice.dk jonstrup-vvsblik.dk raahoej-maler.dk ballerup-erhvervsrengoering.dk ballerup-bladet.dk "
                + "maaloev-container.dk skovlunde-storkoekken.dk ballerup-traelast.dk lautrupvang-it.dk baltorp-turistfart.dk "
                + "magleparken-kontor.dk oesterhoej-toemrer.dk",
            "invoice.domains.platforms=bilagsvej.io regnskabsstien.dk kvitteringsbud.com afregnly.dk",
            "invoice.names.protected=Ballerup Kommune"));
    }
}
