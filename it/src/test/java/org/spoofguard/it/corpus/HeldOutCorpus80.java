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
 * The eightieth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Frederiksberg Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, city development,
 * schools, health and care, culture, sports and property mailboxes; town hall Smallegade 1, 2000 Frederiksberg), the dense
 * city municipality inside Copenhagen: Frederiksberg Rådhus, Frederiksberg Have and Søndermarken with Cisternerne (the old
 * underground water reservoir, now an exhibition space with water on its floor), the listed 1930s Frederiksberg Svømmehal,
 * Gammel Kongevej, Falkoner Allé, Værnedamsvej, Allégade, the metro stations Frederiksberg, Fasanvej, Lindevang, Flintholm,
 * Forum and Aksel Møllers Have, Mariendal, Godthåbsvej, Fuglebakken, Duevej, Nyelandsvej, Rolighedsvej and Bülowsvej;
 * seventeen listed suppliers from those places in every DNS posture real Danish firms have (one sending through a web hoster
 * named in its SPF), four invoicing platforms ({@code lakridsregning.dk}, {@code kolibrifaktura.io}, {@code pengebud.dk},
 * {@code lygtefaktura.dk}), a water-technics firm keeping the water level and pumps of Cisternerne, a pool-technics firm
 * treating the bath water of the swimming bath, a bicycle firm clearing abandoned bicycles at the metro stations, sole
 * traders on free mail, foreign suppliers, SaaS ({@code vagtvaeven.io}, {@code bassinlog.dk}), an ESP ({@code postduen.com}),
 * an e-signature service ({@code kuglepennen.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters'
 * own domains, each carrying a place name of Frederiksberg.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake MitID/Digital Post mail,
 * fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives, macro documents, image-only
 * invoices, e-invoice XML with a changed payee, fake e-signature requests, callback scams, domain-renewal invoices, payroll
 * changes, look-alikes, homoglyphs) and three kinds new here: pumping, algae removal or water tests in the vaults of
 * Cisternerne billed by someone who never went down there (fake-cistern-vault-pumping-invoice), collection, storage or
 * scrapping of abandoned bicycles at the metro stations billed to a new account (fake-abandoned-bicycle-clearance-invoice),
 * and chlorine dosing, bath-water certificates or tile restoration in the historic swimming bath billed by strangers
 * (fake-swimming-bath-water-treatment-invoice). The invoice engine, its tests, tuning notes and earlier results were not
 * read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its
 * computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus80GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus80 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout80");
    public static final String OWN = "frederiksberg.dk";
    static final String FRAUD_NET = "127.180.";
    private static final String OWN_IP = "127.80.0.1";
    private static final String EAN = "5798008070017";
    private static final String KOMMUNE = "Frederiksberg Kommune";
    private static final String RAADHUS = "Smallegade 1, 2000 Frederiksberg";
    private static final String HOSTER_IP = "127.80.9.1";
    private static final String GMAIL = "127.82.1.1";
    private static final String MSFT = "127.82.2.1";
    private static final String APPLE = "127.82.5.1";

    private final Random rnd = new Random(80_2000_0080L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The operating agreement for Cisternerne's water level and pumps (the frauds cite it). */
    private String cisternAgreement;
    /** The municipality's marking round for abandoned bicycles (the frauds cite it). */
    private String markingRound;
    /** The plant number of the swimming bath's water treatment (the frauds cite it). */
    private String poolPlant;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 35, 0, 0, ZoneOffset.ofHours(1));
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

    private final Supplier varme = new Supplier("Lindevang Varmeservice A/S", "lindevang-varme.dk", "Kundeservice",
        "kundeservice", "127.80.1.1", iban("DK", "20000745118830"), "varmeservice og fjernaflæsning, Rådhuset, "
        + "Hovedbiblioteket og Plejeboligerne Mariendal");
    private final Supplier entrep = new Supplier("Falkoner Entreprise ApS", "falkoner-entreprise.dk", "Mikkel Stausholm", "ms",
        "127.80.1.2", bank("2191", "0745227163"), "omlægning af fortov og nye kantsten på Falkoner Allé ud for skolen");
    private final Supplier cistern = new Supplier("Søndermarkens Vandteknik ApS", "soendermarken-vandteknik.dk",
        "Driftsleder Rikke Holst", "rikke", "127.80.1.3", bank("3409", "0011872264"), "vandstandsregulering, pumpeservice "
        + "og vandprøver i Cisternerne under Søndermarken");
    private final Supplier bassin = new Supplier("Helgesvej Bassinteknik ApS", "helgesvej-bassinteknik.dk",
        "Bassinteknik, Regnskab", "regnskab", "127.80.1.4", iban("DK", "30000011904452"), "vandbehandling, filterskyl og "
        + "klordosering i Frederiksberg Svømmehal");
    private final Supplier cykel = new Supplier("Fasanvej Cykelservice v/ Tariq Mansour", "fasanvej-cykelservice.dk",
        "Tariq Mansour", "tariq", "127.80.1.5", iban("DK", "20000745330981"), "opsamling og opbevaring af efterladte cykler "
        + "ved metrostationerne");
    private final Supplier toemrer = new Supplier("Værnedam Tømrer & Snedker ApS", "vaernedam-toemrer.dk", "Peter Lykke", "pl",
        "127.80.1.6", bank("2191", "0745446620"), "nye vinduesrammer og dørpartier, Lindevangskolen");
    private final Supplier maler = new Supplier("Godthåb Malerforretning v/ Jens Ravn", "godthaab-maler.dk", "Jens Ravn",
        "jens", "127.80.1.7", bank("3409", "0011918203"), "maling af trappeopgange og gangarealer, Plejeboligerne Mariendal");
    private final Supplier rengoer = new Supplier("Mariendal Rengøring ApS", "mariendal-rengoering.dk", "Administrationen",
        "kontor", "127.80.1.8", iban("DK", "30000011940078"), "rengøring af Rådhuset, Borgerservice og Hovedbiblioteket");
    private final Supplier avis = new Supplier("Allégade Avisen", "allegade-avisen.dk", "Annonceafdelingen", "annonce",
        "127.80.1.9", iban("DK", "20000745551306"), "annoncer: lokalplanforslag for Flintholm og stillingsopslag i dagtilbud");
    private final Supplier vognmand = new Supplier("Nyelandsvej Vognmandsforretning ApS", "nyelandsvej-vognmand.dk",
        "Brian Kjær", "brian", "127.80.1.10", bank("3409", "0011924417"), "containerkørsel og bortkørsel af haveaffald fra "
        + "de grønne arealer");
    private final Supplier el = new Supplier("Bülowsvej El-Service ApS", "bulowsvej-el.dk", "Kasper Holt", "kh", HOSTER_IP,
        bank("2191", "0745663558"), "ny LED-belysning i Rådhushallen og på cykelparkeringen ved Frederiksberg Station");
    private final Supplier vvs = new Supplier("Duevej VVS & Blik ApS", "duevej-vvs.dk", "Kontoret", "kontor", "127.80.1.12",
        bank("3409", "0011932902"), "service på varmtvandsbeholdere og nye armaturer, Skolen på Duevej");
    private final Supplier mad = new Supplier("Fuglebakkens Køkken A/S", "fuglebakkens-koekken.dk", "Fuglebakkens Køkken, Debitor",
        "debitor", "127.80.1.13", iban("DK", "30000012001195"), "mad til hjemmeboende pensionister og plejeboligerne");
    private final Supplier byg = new Supplier("Gammel Kongevej Trælast A/S", "gammelkongevej-traelast.dk", "Erhvervssalg",
        "erhvervssalg", "127.80.1.14", iban("DK", "20000745777340"), "byggematerialer og værktøj til Ejendomsservice efter "
        + "rammeaftale");
    private final Supplier it = new Supplier("Flintholm IT-Drift ApS", "flintholm-itdrift.dk", "Fakturering", "fakturering",
        "127.80.1.15", bank("2191", "0745882671"), "drift af skolernes trådløse net og Chromebooks på mellemtrinnet");
    private final Supplier bus = new Supplier("Forum Kørselsservice ApS", "forum-koerselsservice.dk", "Kørselskontoret",
        "koersel", "127.80.1.16", bank("3409", "0011941188"), "kørsel af elever til specialskoler og af borgere til dagcentrene");
    private final Supplier kontor = new Supplier("Rolighedsvej Kontorforsyning ApS", "rolighedsvej-kontor.dk", "Ordrekontoret",
        "ordre", "127.80.1.17", iban("DK", "30000012012244"), "kopipapir, kuverter og toner til Rådhuset og dagtilbuddene");
    // not on the creditor list
    private final Supplier smed = new Supplier("Mariendal Lås & Smedeservice", "mariendal-laas.dk", "Henning Bach", "henning",
        "127.80.2.1", bank("2191", "0745991732"), "nye stålgelændere ved trappen i Aksel Møllers Have");
    private final Supplier natur = new Supplier("Bybi og Blomst v/ Sofie Winther", "bybi-blomst.dk", "Sofie Winther", "sofie",
        "127.80.2.2", bank("3409", "0011950379"), "pasning af bistader og blomstereng på Rådhusets tag");
    private final Supplier guide = new Supplier("Byvandring v/ Emil Krogh", "gmail.com", "Emil Krogh", "emil.krogh.byvandring",
        GMAIL, bank("2191", "0746003318"), "byvandringer om Frederiksbergs historie for 5. årgang, 3 ture");
    private final Supplier tolk = new Supplier("Tolk v/ Leyla Demir", "outlook.com", "Leyla Demir", "leyla.demir.tolk", MSFT,
        bank("3409", "0011968044"), "tolkning tyrkisk-dansk, Jobcenter Frederiksberg, 5 samtaler");
    private final Supplier musik = new Supplier("Pianist Ida Falk", "icloud.com", "Ida Falk", "ida.falk.piano", APPLE,
        bank("2191", "0746014400"), "eftermiddagskoncerter på plejeboligerne, 4 gange");
    private final Supplier tysk = new Supplier("Bremer Bäderchemie GmbH", "bremer-baederchemie.de", "Buchhaltung",
        "buchhaltung", "127.80.71.1", iban("DE", "290501010083341902"), "Ersatzteile für die Chlordosieranlage, "
        + "Frederiksberg Svømmehal");
    private final Supplier svensk = new Supplier("Lund Cykelåtervinning AB", "lund-cykelatervinning.se", "Ekonomi", "ekonomi",
        "127.80.72.1", iban("SE", "80000000083412904455"), "mottagning och skrotning av övergivna cyklar");

    private final List<Supplier> listed = List.of(varme, entrep, cistern, bassin, cykel, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Frederiksberg place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"lindevang-varme.com", "falkoner-entrepise.dk", "gammelkongevej-trae.dk",
        "bulowsvej-elservice.dk", "mariendal-rengoring.dk", "duevej-vvs.net", idn("gammelkongevej-tr\u0430elast.dk"),
        idn("frederiksb\u0435rg.dk"), "lakridsregning-frederiksberg.dk", "kolibrifaktura-flintholm.com", "vaernedam-tomrer.dk",
        "fuglebakkens-kokken.dk", "forum-korselsservice.dk", "nyelandsvej-vognmand.net", "frederiksberg-inkasso.dk",
        "mitid-frederiksberg.com", "digitalpost-fasanvej.com", "frederiksberg-parkering.com", "lindevang-betaling.net",
        "flintholm-ordrecenter.com", "godthaab-malerforretning.dk", "rolighedsvej-kontor.net", "flintholm-it.net",
        "falkoner-entreprise.net", "kuglepennen-frederiksberg.dk", "allegade-esign.net", "forum-koersel.net",
        "duevej-vvs-blik.dk", "soendermarken-vandteknik.com", "cisternerne-drift.dk", "sondermarken-pumpeservice.dk",
        "fasanvej-cykelservice.com", "frederiksberg-cykeloprydning.dk", "lindevang-genbrugscykler.dk",
        "helgesvej-bassinteknik.net", "frederiksberg-badeteknik.dk", "svommehal-frederiksberg.dk", "frederiksberg-domaene.com",
        "falkoner-hosting.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(cistern.domain(), List.of(cistern.ip()), "~all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(bassin.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(cykel.domain(), List.of(cykel.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "none"); // DKIM only, p=none
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.80.98.4"), "~all", null, "quarantine"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "?all", DkimAlgorithm.RSA_SHA256, null); // via the hoster, no DMARC
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "none"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(byg.domain(), List.of(byg.ip(), "127.80.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "~all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", null, "none");
        domain("hovedstadens-genbrugsselskab.dk", List.of("127.80.41.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("beredskab-hovedstaden-tilsyn.dk", List.of("127.80.46.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("frederiksberg-museerne.dk", List.of("127.80.42.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("lindevang-friskole.dk", List.of("127.80.43.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("frederiksberg-revision.dk", List.of("127.80.44.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("allegade-isenkram.dk", List.of("127.80.45.1"), "?all", null, null);
        domain("flintholm-konferencecenter.dk", List.of("127.80.47.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("lakridsregning.dk", List.of("127.80.51.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kolibrifaktura.io", List.of("127.80.52.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("pengebud.dk", List.of("127.80.53.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("lygtefaktura.dk", List.of("127.80.54.1"), "-all", DkimAlgorithm.RSA_SHA256, null);
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("frederiksbergs-sparekasse.dk", List.of("127.80.61.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kobenhavns-andelskasse.dk", List.of("127.80.62.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("kreditorkreds-hovedstaden.dk", List.of("127.80.63.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bogholdernetvaerk-oest.dk", List.of("127.80.64.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoebere-storkbh.dk", List.of("127.80.65.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("postduen.com", List.of("127.80.66.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svigvarsel-hovedstaden.dk", List.of("127.80.67.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.fbg-fiber.dk", List.of("127.80.68.1"), "-all", null, null);
        domain("relay.gammelkongevej-net.dk", List.of("127.80.69.1"), "-all", null, null);
        domain("vagtvaeven.io", List.of("127.80.70.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bassinlog.dk", List.of("127.80.73.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kuglepennen.dk", List.of("127.80.74.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
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
        switch (Math.floorMod(sha256("no80:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "FB" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "36-" + (4_100 + rnd.nextInt(5_000));
            case 2:
                return String.valueOf(207_000 + rnd.nextInt(60_000));
            case 3:
                return "INV-" + String.format("%05d", 70 + rnd.nextInt(9_000));
            case 4:
                return "2036-" + (1_200 + rnd.nextInt(700));
            default:
                return "K" + (88_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@frederiksberg.dk", "efaktura@frederiksberg.dk", "kreditor@frederiksberg.dk",
        "oekonomi@frederiksberg.dk", "byudvikling@frederiksberg.dk", "skoler@frederiksberg.dk", "sundhed@frederiksberg.dk",
        "kultur@frederiksberg.dk", "ejendomme@frederiksberg.dk", "indkoeb@frederiksberg.dk", "idraet@frederiksberg.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf80:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(38_000_000 + Math.floorMod(sha256("cvr80:" + domain).hashCode(), 6_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi80:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "lindevang-varme.dk" -> "Peter Bangs Vej 41, 2000 Frederiksberg";
            case "falkoner-entreprise.dk" -> "Falkoner Allé 88, 2000 Frederiksberg";
            case "soendermarken-vandteknik.dk" -> "Roskildevej 30, 2000 Frederiksberg";
            case "helgesvej-bassinteknik.dk" -> "Helgesvej 12, 2000 Frederiksberg";
            case "fasanvej-cykelservice.dk" -> "Godthåbsvej 7, 2000 Frederiksberg";
            case "vaernedam-toemrer.dk" -> "Værnedamsvej 9, 1819 Frederiksberg C";
            case "godthaab-maler.dk" -> "Godthåbsvej 152, 2000 Frederiksberg";
            case "mariendal-rengoering.dk" -> "Mariendalsvej 50, 2000 Frederiksberg";
            case "allegade-avisen.dk" -> "Allégade 6, 2000 Frederiksberg";
            case "nyelandsvej-vognmand.dk" -> "Nyelandsvej 75, 2000 Frederiksberg";
            case "bulowsvej-el.dk" -> "Bülowsvej 22, 1870 Frederiksberg C";
            case "duevej-vvs.dk" -> "Duevej 38, 2000 Frederiksberg";
            case "fuglebakkens-koekken.dk" -> "Fuglebakkevej 88, 2000 Frederiksberg";
            case "gammelkongevej-traelast.dk" -> "Gammel Kongevej 160, 1850 Frederiksberg C";
            case "flintholm-itdrift.dk" -> "Flintholm Allé 4, 2000 Frederiksberg";
            case "forum-koerselsservice.dk" -> "Julius Thomsens Gade 3, 1632 København V";
            case "rolighedsvej-kontor.dk" -> "Rolighedsvej 19, 1958 Frederiksberg C";
            case "mariendal-laas.dk" -> "Kastanievej 14, 1876 Frederiksberg C";
            case "bybi-blomst.dk" -> "Nordens Plads 2, 2000 Frederiksberg";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with a "from/to" head, a delivery date and a before-VAT/VAT/total
     * column; an hours statement with man-hours, materials and mileage and the FI line (card 71); a quarterly settlement with
     * an agreement number, fixed and variable services and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Fra: " + s.name() + (addr.isEmpty() ? "" : " | " + addr));
                l.add("CVR " + cvr(s.domain()) + " | Kontakt: " + s.person());
                l.add("Til: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Leveringsdato " + dottedDay(m, -4) + "    Fakturadato " + dottedDay(m, 0));
                l.add("Ydelse: " + s.what());
                l.add("Beløb før moms kr. " + a.net());
                l.add("Moms 25 % kr. " + a.vat());
                l.add("I alt at betale kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage");
                if (account != null) {
                    l.add("Bankoplysninger: " + account + " (husk fakturanummer som tekst)");
                }
            }
            case 1 -> {
                head = "Timeopgørelse / faktura " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ". CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " (EAN " + EAN + ")");
                l.add("Opgave: " + s.what());
                long hours = a.ore() * 58 / 100;
                long km = a.ore() * 5 / 100;
                l.add("Mandetimer kr. " + kr(hours) + " | Materialer kr. " + kr(a.ore() - hours - km) + " | Kørsel kr. " + kr(km));
                l.add("Subtotal " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Forfaldsdato " + writtenDay(m, 21) + (account == null ? "" : " | Overføres til " + account));
                if (own) {
                    l.add("FI-betaling " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Afregning " + no;
                l.add(s.name() + " | CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : " | " + addr));
                l.add("Aftalekunde " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + ": " + KOMMUNE);
                l.add("Periode " + dashedDay(m, -31) + " til " + dashedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Fast ydelse kr. " + kr(fixed) + " | Variable ydelser kr. " + kr(a.ore() - fixed));
                l.add("Ekskl. moms " + a.net() + " | Moms " + a.vat() + " | Total inkl. moms " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist " + dashedDay(m, 14) + (account == null ? "" : " | Konto " + account));
                if (own) {
                    l.add("Indbetaling " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "FK-" + no + ".pdf", "Frederiksberg_" + no + ".pdf",
            "bilag-" + no + ".pdf", "regning " + no + ".pdf", "Invoice " + no + ".pdf", "dok" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Frederiksberg Kommune", "Til kreditorteamet", "Kære kreditorbogholderi",
        "Hej økonomi", "Att. Regnskab", "Goddag Frederiksberg", "Hej alle sammen", "Til fakturamodtagelsen"};

    private String phone() {
        return "38 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig80:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + "\nTelefon " + phone();
            case 1:
                return "\n\nDe bedste hilsner\n" + firstName(s) + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 2:
                return "\n\nHilsen\n" + s.person() + (freeMail(s) ? "" : "\n" + s.name() + " | CVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\nSendt fra min iPhone" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nVenligst\n" + s.person() + ", " + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " / " + KOMMUNE,
            "Fakturanr. " + no + " - EAN " + EAN, s.name() + ": faktura " + no, "Regning " + no, "Faktura vedr. " + s.what(),
            "Fremsendelse af faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede fil finder I faktura " + no + ". Beløbet er " + a.gross() + " kr. inkl. moms og forfalder "
                + writtenDay(m, 30) + ".";
            case 2 -> "Samme faktura er sendt elektronisk til EAN " + EAN + ", så I skal kun betale én af dem.";
            case 3 -> "Tak for samarbejdet i denne omgang - fakturaen ligger som PDF i mailen.";
            case 4 -> "Fakturanummer: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 30);
            case 5 -> "Vedlagt faktura for det aftalte arbejde. Vi har påført jeres ordrenummer.";
            case 6 -> "Her er fakturaen for sidste måneds leverancer. Giv lyd, hvis noget ikke stemmer med jeres bestilling.";
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
        if (List.of(varme, rengoer, mad, bassin, cistern, it, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, toemrer, vognmand, vvs, el, cykel, bus).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Smallegade 1", "Frederiksberg", "2000", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        cisternAgreement = "CIS-" + (4_100 + rnd.nextInt(800));
        markingRound = "MR-" + (36_10 + rnd.nextInt(60));
        poolPlant = "FS-" + (710 + rnd.nextInt(200));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == cistern ? List.of("Driftsaftale " + cisternAgreement + ": vandspejl holdt på 9 cm, 3 pumper")
                : s == cykel ? List.of("Mærkningsrunde " + markingRound + ": 212 cykler fjernet fra Fasanvej og Lindevang St.")
                : s == bassin ? List.of("Anlæg " + poolPlant + ": 2 bassiner, filterskyl ugentligt, klor- og pH-logning")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Park og Vej, Frederiksberg"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted locksmith (SPF only, no DMARC) invoices railings in a park, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Ordrenr. FK-" + (27_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@frederiksberg.dk", "") + " / " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Hovedbiblioteket, nye læsepladser" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 3 ? "\n\nKvitterede leveringssedler ligger med i mailen." : "");
            if (k % 5 == 3) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget af Ejendomsservice, Frederiksberg", "Antal paller: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader gips kom knækkede frem og er sendt retur med vognmanden."},
            {kontor, "Kreditnota til faktura ", "Den dobbelte levering af kuverter til Skolen ved Søerne er hentet igen."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (610 + rnd.nextInt(300));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@frederiksberg.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra ved jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota " + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se en indbetaling på nedenstående faktura. Har I betalt inden "
            + "for de seneste dage, er alt i orden."},
            {entrep, "Rykker 1", "Fakturaen er nu fjorten dage over forfald. Der er ikke beregnet rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@frederiksberg.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse " + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig fakturadato: se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@frederiksberg.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej kreditor\n\nTil jeres afstemning ved månedsskiftet: vi har modtaget betaling for faktura " + p.no()
                + ", og jeres saldo hos os er 0,00 kr." + signature(s));
        genuine(m, s.ip());
        m.description = "nyelandsvej-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, "
            + "p=quarantine)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(mad, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 0;
            String ref = "FK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@frederiksberg.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej efaktura\n\nVores accesspunkt har haft nedbrud i to dage, så denne gang får I e-fakturaen som fil "
                    + "direkte fra os, med en læsbar PDF ved siden af. Kontonummeret er uændret. Dukker den samme faktura op via "
                    + "NemHandel senere, er det en dublet.\n\nMvh.\n" + s.name())
                .attach("application/xml", (peppol ? "BIS3_" : "OIO_") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Jeres ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF view, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"lakridsregning.dk", "kolibrifaktura.io", "pengebud.dk", "lygtefaktura.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "retur-" + sha256("plat80:" + m.id).substring(0, 10) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "LF" + (41_000 + rnd.nextInt(8_000));
                headers(m, "Lygtefaktura", "opkraevning@lygtefaktura.dk", "byudvikling@frederiksberg.dk",
                    "Opkrævning " + no + " - udlejning af julebelysning")
                    .text("Til " + KOMMUNE + ", By- og Miljøområdet\n\nSom aftalt med jeres projektleder har vi udlejet og "
                        + "monteret lyskæder i træerne på Gammel Kongevej og Værnedamsvej fra 1. advent. Lygtefaktura "
                        + "fakturerer selv udlejningen.\n\nAt betale " + a.gross() + " kr. senest " + dottedDay(m, 20)
                        + ".\n\nLygtefaktura ApS")
                    .attach("application/pdf", "Lygtefaktura-" + no + ".pdf", Attachments.pdf(docId(m, "lf"), "Opkrævning " + no,
                        List.of("Lygtefaktura ApS", "Kunde: " + KOMMUNE + ", By- og Miljøområdet",
                            "Leje af lyskæder, Gammel Kongevej og Værnedamsvej, sæson 2036",
                            "Netto " + a.net() + " kr., moms " + a.vat() + " kr., i alt " + a.gross() + " kr.",
                            "Indbetales til " + iban("DK", "20000746290071"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform lygtefaktura.dk bills its own Christmas-light rental (no DMARC, aligned SPF/DKIM)";
                continue;
            }
            String no = "P" + (510_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "byudvikling@frederiksberg.dk"
                : "ejendomme@frederiksberg.dk", "Ny regning fra " + s.name() + ": " + no)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har sendt dig regning nr. " + no + " på <b>" + a.gross() + " kr.</b> med betaling senest " + dottedDay(m, 14)
                    + ".</p><p>Regningen ligger som PDF i mailen. Svarer du på mailen, lander den hos " + s.person()
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
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, så der er ikke lagt moms på."
                : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "BB-" + (36_800 + rnd.nextInt(700));
        Amount a = amount(900_000);
        headers(m, "Bremer Bäderchemie", addr(tysk), "idraet@frederiksberg.dk", "Rechnung " + no + " / Ersatzteile")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die Ersatzteile für die "
                + "Chlordosieranlage der Frederiksberg Svømmehal. Es handelt sich um eine innergemeinschaftliche Lieferung; "
                + "die Umsatzsteuer schulden Sie als Empfänger.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Bremen", "Kunde: " + KOMMUNE + ", Frederiksberg Svømmehal", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "IBAN fuer die Zahlung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF and RSA, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "LC" + (5_200 + rnd.nextInt(700));
        headers(m, "Lund Cykelåtervinning", addr(svensk), "byudvikling@frederiksberg.dk", "Faktura " + no + " - skrotade cyklar")
            .text("Hej,\n\nBifogat är fakturan för mottagning och skrotning av de övergivna cyklar som Fasanvej Cykelservice "
                + "levererade till oss från era metrostationer i oktober. Vikt och antal framgår av fakturan.\n\nVänliga "
                + "hälsningar\nEkonomi, Lund Cykelåtervinning AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what() + ", 340 st", "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "Betalas till IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (SPF ~all, p=none, aligned SPF pass), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(300_000);
        headers(m, "Vagtvaeven Billing", "billing@vagtvaeven.io", "sundhed@frederiksberg.dk", "Your Vagtvaeven invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Vagtvaeven (shift planning for home care, 410 "
                + "seats). An e-invoice copy has been sent to EAN " + EAN + ".\n\nTotal due: DKK " + a.gross() + "\n\nThanks,\n"
                + "The Vagtvaeven team")
            .attach("application/pdf", "vagtvaeven-invoice.pdf", Attachments.pdf(docId(m, "vv"), "Invoice",
                List.of("Vagtvaeven ApS", "Bill to: " + KOMMUNE, "Subscription November 2036, 410 seats", "DKK " + a.gross())));
        genuine(m, "127.80.70.1");
        m.description = "SaaS vagtvaeven.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(300_000);
        headers(m, "Bassinlog", "kvittering@bassinlog.dk", "idraet@frederiksberg.dk", "Kvittering: Bassinlog årsabonnement")
            .text("Hej Frederiksberg Svømmehal\n\nTak for fornyelsen af jeres abonnement på Bassinlog (digital driftsjournal "
                + "for vandkvalitet, 2 bassiner). " + a.gross() + " kr. er betalt med kortet, der ender på 4471.\n\nBassinlog");
        genuine(m, "127.80.73.1");
        m.description = "SaaS bassinlog.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("5301", "0301245509");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@frederiksberg.dk", "Skift af pengeinstitut pr. 1. december")
            .text("Kære kreditorafdeling\n\nVærnedam Tømrer & Snedker flytter sin erhvervskonto til et andet pengeinstitut. "
                + "Fakturaer, der er udstedt den 1. december 2036 eller senere, skal betales til " + nyT + ". Ældre fakturaer "
                + "betales fortsat som anført på dem.\n\nI er meget velkomne til at ringe til mig på det nummer, der står i "
                + "jeres leverandørkartotek, og få ændringen bekræftet." + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer fra 01.12.2036",
                    "Ny konto: " + nyT, "Underskrevet: Peter Lykke, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (Ed25519, p=reject, DMARC pass)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye hylder og skabe i lærerværelset, Lindevangskolen");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036 jf. meddelelse"), "\n\nSom skrevet tidligere bruger vi "
            + "nu vores nye konto.");
        genuine(m, toemrer.ip());
        m.description = "vaernedam-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "53010301290044");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Fuglebakkens Køkken, Debitor", addr(mad), "kreditor@frederiksberg.dk", "Ændret betalingskonto fra november")
            .text("Til " + KOMMUNE + ", kreditorer og Sundhed og Omsorg\n\nFuglebakkens Køkken er blevet en del af en større "
                + "fælleskøkkengruppe og har derfor fået ny bankforbindelse. Fakturaer dateret 15. november 2036 og senere "
                + "betales til " + nyM + ". Den hidtidige konto er åben til udgangen af januar. Et underskrevet brev er sendt "
                + "til jeres Digital Post.\n\nVenlig hilsen\nFuglebakkens Køkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal kitchen (DMARC pass) announces a new account from mid-November, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Betalingskonto ændret 15.11.2036"), "\n\nHusk den nye betalingskonto.");
        genuine(m, mad.ip());
        m.description = "fuglebakkens-koekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=Pq7x=NV=allegade-avisen.dk=annonce@srs.fbg-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.80.68.1";
        m.helo = "srs.fbg-fiber.dk";
        m.description = "allegade-avisen.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.gammelkongevej-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.gammelkongevej-net.dk", "SPF only (no DKIM), p=none: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"bogholdernetvaerk-oest.dk", "Hanne Mølgaard", "hamo@", "Regning for pumpning af en cisterne?",
            "Hej netværk\n\nVi har fået en regning for 'akut lænsning af underjordisk vandreservoir' fra et firma, ingen her "
                + "kender. Har andre med gamle vandanlæg set noget lignende?\n\nHanne"},
            {"indkoebere-storkbh.dk", "Jakob Friis", "jafr@", "Cykeloprydning - regning med ny konto", "Hej alle\n\nEn af vores "
                + "driftsenheder fik en faktura for 'ekstra opsamling af efterladte cykler' med et nyt kontonummer. Den rigtige "
                + "entreprenør havde ikke sendt den.\n\nJakob"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditorkreds-hovedstaden.dk", x[3])
                .header("List-Id", "Kreditorkredsen Hovedstaden <netvaerk.kreditorkreds-hovedstaden.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorkreds-hovedstaden.dk", "[Kreditorkredsen] ", "\r\n-- \r\nKreditorkredsen i "
                + "Hovedstaden\r\nAfmeld dig her: https://kreditorkreds-hovedstaden.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svigvarsel-hovedstaden.dk", "Svigvarsel Hovedstaden", "Cisterner, cykler og svømmehaller: ny bølge af "
            + "falske regninger", "Svindlerne kender aftalenumre og mærkningsrunder og skriver, at arbejdet allerede er udført. "
            + "Tjek altid, at nogen i kommunen har bestilt det, og ring til leverandøren på et kendt nummer."},
            {"frederiksberg-revision.dk", "Frederiksberg Revision", "Sådan sikrer I leverandørkartoteket før nytår",
                "Ændringer af bankoplysninger bør altid godkendes af to medarbejdere og bekræftes ad en anden kanal end mail."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl80:" + x[0]).substring(0, 12) + "@postduen.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@frederiksberg.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere "
                    + "på vores side</a></p><p style=\"font-size:8px;color:#777\">Du får denne mail, fordi du er tilmeldt. "
                    + "Afmeld her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postduen.com");
            m.ip = "127.80.66.1";
            m.helo = "smtp.postduen.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postduen.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Frederiksberg Museerne, Cisternerne", "cisternerne@", "kreditor@frederiksberg.dk",
            "Regninger om Cisternerne", "Hej kreditor\n\nVandstand, pumper og vandprøver i Cisternerne passes udelukkende af "
                + "Søndermarkens Vandteknik under driftsaftalen, og akutopgaver bestilles altid af mig. Får I regninger om "
                + "Cisternerne fra andre, så send dem til mig, før I gør noget.\n\nVenlig hilsen\nDriftsansvarlig, Cisternerne"},
            {"Park og Vej", "parkogvej@", "kreditor@frederiksberg.dk", "Efterladte cykler ved stationerne", "Hej\n\nDet er kun "
                + "Fasanvej Cykelservice, der fjerner efterladte cykler for os, og kun efter en mærkningsrunde, som vi selv "
                + "sætter i gang. Fakturaerne har altid rundens nummer. Andre regninger om cykeloprydning sender I videre til "
                + "Park og Vej.\n\nPark og Vej"},
            {"Frederiksberg Svømmehal, Drift", "svoemmehal@", "ledere@frederiksberg.dk", "Vandbehandling i svømmehallen",
                "Kære ledere\n\nVandbehandlingen i svømmehallen varetages af Helgesvej Bassinteknik, og alle prøver af "
                    + "badevandet tages af kommunens eget laboratorium. Der findes intet særskilt 'badevandscertifikat', som "
                    + "skal købes. Kommer der henvendelser om det, så giv mig besked.\n\nDriftslederen"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Frederiksbergs Sparekasse, Erhvervscenter", "erhvervscenter@frederiksbergs-sparekasse.dk",
            "oekonomi@frederiksberg.dk", "Betalingsfil modtaget")
            .text("Kære kunde\n\nDen betalingsfil, I indsendte i formiddag, er modtaget med 243 betalinger og gennemføres på "
                + "den valgte dato. Se status i erhvervsnetbanken. Vi sender aldrig links eller beder om koder i disse beskeder."
                + "\n\nFrederiksbergs Sparekasse");
        genuine(m, "127.80.61.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Københavns Andelskasse", "info@kobenhavns-andelskasse.dk", "oekonomi@frederiksberg.dk",
            "Nye åbningstider i erhvervsrådgivningen")
            .text("Kære erhvervskunde\n\nFra januar har erhvervsrådgivningen åbent på hverdage fra 9 til 16. Telefonnummeret er "
                + "det samme som hidtil.\n\nKøbenhavns Andelskasse");
        genuine(m, "127.80.62.1");
        m.description = "bank notice about opening hours, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("cistern-vault-pumping-invoice", true);
        invoice(m, cistern, cistern.account(), 6, List.of("Driftsaftale " + cisternAgreement + ", november 2036",
            "Pumpeservice og prøvetagning, vandspejl efterreguleret"), "\n\nPrøveresultaterne er sendt til Cisternerne.");
        genuine(m, cistern.ip());
        m.description = "the real water-technics firm invoices November's pumping in Cisternerne (SPF ~all, Ed25519, no DMARC)";
        m = ok("abandoned-bicycle-clearance-invoice", true);
        invoice(m, cykel, cykel.account(), 9, List.of("Mærkningsrunde " + markingRound + ", afslutning",
            "96 cykler fjernet ved Flintholm og Forum St., opbevares 6 uger"), "\n\nListen med stelnumre er sendt til Park og Vej.");
        genuine(m, cykel.ip());
        m.description = "the bicycle firm invoices the end of the marking round (SPF -all, RSA, p=none, DMARC pass)";
        m = ok("swimming-bath-water-treatment-invoice", true);
        invoice(m, bassin, bassin.account(), 12, List.of("Anlæg " + poolPlant + ", november 2036",
            "Filterskyl, kalibrering af klor- og pH-målere"), "\n\nDriftsjournalen er opdateret i Bassinlog.");
        genuine(m, bassin.ip());
        m.description = "the pool-technics firm's monthly water treatment (DKIM only, p=quarantine, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Fasanvej Cykelservice", addr(cykel), "parkogvej@frederiksberg.dk", "Næste mærkningsrunde i januar")
            .text("Hej Park og Vej\n\nVi er klar til den næste mærkningsrunde ved Lindevang og Fasanvej St. i januar, når I "
                + "giver grønt lys. Opbevaring i de seks uger er med i prisen, og vi sender ingen regning uden et rundenummer "
                + "fra jer.\n\nTariq\nFasanvej Cykelservice");
        genuine(m, cykel.ip());
        m.description = "the bicycle firm announces the next round, 'never a bill without a round number'";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(4_100_000);
        headers(m, "Hovedstadens Genbrugsselskab I/S", "fakturering@hovedstadens-genbrugsselskab.dk", "efaktura@frederiksberg.dk",
            "Acontobidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt opkrævning af acontobidraget for fjerde kvartal. Den er også sendt via "
                + "NemHandel til jeres EAN.\n\nHovedstadens Genbrugsselskab I/S")
            .attach("application/pdf", "Aconto-4kv-2036.pdf", Attachments.pdf(docId(m, "hg"), "Acontobidrag 4. kvartal 2036",
                List.of("Hovedstadens Genbrugsselskab I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "30000012566718"))));
        genuine(m, "127.80.41.1");
        m.description = "intermunicipal recycling company's quarterly on-account contribution";
        m = ok("authority-notice", false);
        headers(m, "Beredskab Hovedstaden, Forebyggelse", "tilsyn@beredskab-hovedstaden-tilsyn.dk", "idraet@frederiksberg.dk",
            "Brandsyn i klorrummet, Frederiksberg Svømmehal")
            .text("Til " + KOMMUNE + ", Frederiksberg Svømmehal\n\nVi foretager det lovpligtige brandsyn af oplaget af "
                + "klorprodukter i januar. Vi ringer og aftaler tidspunktet. Brandsynet er gebyrfrit.\n\nBeredskab "
                + "Hovedstaden");
        genuine(m, "127.80.46.1");
        m.description = "authority announces a fire inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "afsender@kuglepennen.dk";
        headers(m, "Frederiksberg Museerne via Kuglepennen", "afsender@kuglepennen.dk", "kultur@frederiksberg.dk",
            "Til underskrift: udlånsaftale for udstillingen i Cisternerne")
            .header("Reply-To", "<registrator@frederiksberg-museerne.dk>")
            .text("Frederiksberg Museerne beder jer underskrive 'Udlånsaftale - lysinstallation i Cisternerne 2037'.\n\n"
                + "Aftalen ligger på jeres konto hos Kuglepennen.\n\nKuglepennen");
        genuine(m, "127.80.74.1");
        m.description = "real e-signature request from kuglepennen.dk on behalf of the museums";
        m = ok("receipt", false);
        headers(m, "Allégade Isenkram", "kvittering@allegade-isenkram.dk", "svoemmehal@frederiksberg.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n4 gummiskrabere, 2 spande og 1 rulle afspærringsbånd. Betalt med kommunens indkøbskort."
                + "\n\nAllégade Isenkram");
        genuine(m, "127.80.45.1");
        m.description = "hardware store receipt, paid (SPF ?all only, no DMARC)";
        m = ok("remittance-advice", false);
        headers(m, "Lindevang Friskole", "bogholderi@lindevang-friskole.dk", "oekonomi@frederiksberg.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag overført 18.400 kr. for leje af gymnastiksalen på Lindevangskolen i efteråret.\n\n"
                + "Lindevang Friskole");
        genuine(m, "127.80.43.1");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Flintholm Konferencecenter", "booking@flintholm-konferencecenter.dk", "oekonomi@frederiksberg.dk",
            "Bookingbekræftelse: budgetseminar")
            .text("Hej\n\nVi bekræfter lokale og forplejning til jeres budgetseminar for 40 deltagere den 12. januar. Faktura "
                + "sendes til EAN efter arrangementet.\n\nFlintholm Konferencecenter");
        genuine(m, "127.80.47.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "6830000020117745"), iban("DK", "89900007230512"), bank("5479", "0003390184"),
        iban("EE", "3810002216604417"), iban("PL", "491020107800001233448812"), iban("GB", "REVO00997021884412"),
        iban("IE", "AIBK93115212340077"), iban("NL", "BUNQ2061437790"), iban("DE", "100101788301449920"),
        iban("HU", "117730160000000082217744"), iban("RO", "BTRL0130120218830001"), iban("BG", "STSA93000023144708"),
        iban("CY", "003002200000357099410031"), bank("9860", "0002288419"), iban("MT", "MMEB44093000000012245700108"),
        iban("SE", "95000000091208834712"), iban("LT", "9132500044017729"), iban("DK", "53690004402211")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny betalingsmodtager fra denne periode"), "", "Kære kunde\n\nVarmeservicen "
            + "er overtaget af et landsdækkende serviceselskab, og derfor har vi fået ny modtagerkonto. Fra denne afregning skal "
            + "beløbet sendes til kontoen, der fremgår af bilaget. Betalinger til den hidtidige konto bliver ikke registreret.");
        forged(m, forgedHost++);
        m.description = "forged From lindevang-varme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Hej annoncør\n\nNovembers annoncer er faktureret. Avisen er netop "
            + "opkøbt af en britisk udgivergruppe, som fremover modtager alle betalinger på en konto i London. Den danske "
            + "konto lukker ved månedens udgang.");
        forged(m, forgedHost++);
        m.description = "forged From allegade-avisen.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"lindevang-varme.com", varme, "Efter en opdatering af vores faktureringssystem kan der stå en forkert "
            + "konto i jeres kartotek. Brug derfor udelukkende kontonummeret på denne afregning."},
            {"falkoner-entrepise.dk", entrep, "Kantstenene på Falkoner Allé er sat. Vi har skiftet bank efter et generationsskifte "
                + "i firmaet, så beløbet skal til kontoen nederst i fakturaen."},
            {"gammelkongevej-trae.dk", byg, "Gipsplader, skruer og fugemasse til Ejendomsservices værksted på Nyelandsvej blev "
                + "kørt ud i går. Trælasten har ved årsskiftet samlet butikkerne på Gammel Kongevej og i Valby i ét selskab, "
                + "og derfor er kontoen flyttet; den tidligere konto tager ikke imod flere indbetalinger."},
            {"bulowsvej-elservice.dk", el, "LED-armaturerne ved Frederiksberg Station er monteret. Vores regnskab er flyttet til "
                + "en ny bank, så betal venligst til kontoen i vedhæftede faktura."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Vedhæftet ligger novemberopgørelsen over materialer, som viceværterne fra Ejendomsservice har hentet på "
                + "rammeaftalen. Efter sammenlægningen af vores to butikker har revisor bedt os samle alle debitorindbetalinger "
                + "i én bank, så kontonummeret på opgørelsen afviger fra det, der står i jeres kartotek.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as gammelkongevej-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@frederiksberg.dk", "Fortroligt: deponering i dag")
            .text("Godmorgen\n\nI al diskretion: arvingerne til villaen på hjørnet af Nyelandsvej og Duevej vil sælge grunden til "
                + "kommunen til den nye vuggestue, men kun hvis handlen er sikret, før en ejendomsmægler sætter huset til salg i "
                + "morgen. Arvingernes advokatkontor skal have 420.000 kr. i deponering på " + mule(14) + " senest ved middag. "
                + "Borgmesteren skriver under på købsaftalen i eftermiddag, og Magistraten hører om sagen på mandag, så nævn "
                + "den ikke for kolleger.\n\nSekretariatschefen, Borgmesterens kontor");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as our municipality: secret property deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Lakridsregning", "info@lakridsregning-frederiksberg.dk", "ejendomme@frederiksberg.dk",
            "Din regning er overskredet - betal i dag")
            .html("<html><body><p>Kære " + KOMMUNE + "</p><p><b>" + natur.name() + "</b> har nu tre gange bedt om betaling for "
                + "pasningen af bistaderne og blomsterengen på Rådhusets tag. Lakridsregning lægger i nat et "
                + "administrationsgebyr på 350 kr. oven i beløbet, medmindre regningen klares med betalingskort forinden.</p>"
                + "<p><a href=\"https://lakridsregning-frederiksberg.dk/b/" + sha256("lr80").substring(0, 20) + "\">Gå til sikker "
                + "kortbetaling</a></p><p>Venlig hilsen<br>Lakridsregning, debitorservice</p></body></html>");
        ownedBy(m, "lakridsregning-frederiksberg.dk");
        m.description = "look-alike of the platform lakridsregning.dk: overdue card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Kolibrifaktura", "besked@kolibrifaktura-flintholm.com", "byudvikling@frederiksberg.dk",
            "Faktura fra " + smed.name() + " er klar")
            .text("Hej\n\nDer er en faktura fra " + smed.name() + " til jer. Kolibrifaktura har overtaget opkrævningen for "
                + "låsesmeden, og betalingen skal derfor ske til vores samlekonto " + mule(15) + ", ikke til ham direkte.\n\n"
                + "Venlig hilsen\nKolibrifaktura")
            .attach("application/pdf", "kolibri-" + (4_400 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("kolibrifaktura-flintholm.com", mule(15)), "Faktura", "KF-" + (9_100 + rnd.nextInt(700)),
                amount(300_000), mule(15), 0, List.of("Opkræves af Kolibrifaktura")));
        ownedBy(m, "kolibrifaktura-flintholm.com");
        m.description = "look-alike of kolibrifaktura.io: the locksmith's invoice 'collected on his behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betaling til factoringselskab"), "", "Novemberafregningen for rengøringen af Rådhuset "
            + "og Hovedbiblioteket følger her. Fra denne måned administreres vores tilgodehavender af en finansieringspartner, "
            + "og beløbet skal derfor sættes ind på " + mule(16) + ", som også står på bilaget. Vores bogholder er på barsel, og "
            + "jeg er selv ude hos kunderne det meste af ugen, så stil eventuelle spørgsmål i en mail.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of mariendal-rengoering.dk (DKIM, p=none, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@frederiksberg.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej kreditor\n\nEfter en revision af vores kundekonti har banken lagt en midlertidig blokering på "
                + "driftskontoen, som først hæves efter nytår. Indtil da må fakturaen i tråden herunder (" + p.amount().gross()
                + " kr. for skolernes trådløse net) ikke gå til den sædvanlige konto, men til " + mule(17) + ". Fra januar "
                + "kører alt som før.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of flintholm-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "vaernedam-tomrer.dk"}, {mad, "fuglebakkens-kokken.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@frederiksberg.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nTak fordi I hurtigt fik godkendt faktura " + p.no() + " på " + p.amount().gross() + " kr. "
                    + "Inden betalingen går af sted: vores bogholder har opdaget, at kontonummeret på fakturaen var et gammelt. "
                    + "Overfør venligst til " + mule(i + 3) + " og giv mig et kort svar, når kartoteket er rettet.\n\n"
                    + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@frederiksberg.dk", "Tilskud til juleaktivitet - haster")
            .text("Hej\n\nJeg har lovet foreningen bag julemarkedet på Frederiksberg Rådhusplads et tilskud på 95.000 kr., som "
                + "de skal bruge til boderne allerede i dag. Overfør til " + mule(7) + ". Jeg sidder i møder i KL hele "
                + "eftermiddagen, så skriv blot, når det er sket.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged frederiksberg.dk (p=reject) from outside: the mayor's urgent Christmas-market grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomidirektøren", "oekonomidirektoer@" + OWN, "kreditor@frederiksberg.dk", "Ny konto Duevej VVS")
            .text("Hej kreditor\n\nDuevej VVS & Blik har fået ny bank og har bedt mig om at videregive det. Opret " + mule(8)
                + " som deres konto, før dagens betalinger sendes. Jeg har godkendt ændringen.\n\nØkonomidirektøren");
        forged(m, forgedHost++);
        m.description = "forged frederiksberg.dk: 'finance director' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektor.frb@gmail.com", "oekonomi@frederiksberg.dk", "Har du to minutter?")
            .text("Hej\n\nJeg sidder til forhandlinger om bloktilskuddet i Indenrigsministeriet og har afleveret "
                + "arbejdstelefonen ved indgangen, så jeg skriver fra min private adresse. En rådgiver skal have en betaling i "
                + "dag, og den kan ikke vente, til budgettet har været i Magistraten. Kan du nå det inden kl. 14? Svar kun på "
                + "denne adresse, så sender jeg beløb og modtager.\n\nKommunaldirektøren");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a closed meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.frederiksberg@outlook.com", "indkoeb@frederiksberg.dk", "En tjeneste")
            .text("Kære indkøb\n\nDe frivillige guider, der holdt Cisternerne åbne i efterårsferien, fortjener en påskønnelse "
                + "fra mig personligt. Vil du købe femten digitale gavebeviser til biografen i Falkoner på hver 1.000 kr. og "
                + "maile mig numre og pinkoder i løbet af eftermiddagen? Jeg deler dem ud i aften og afleverer bilaget til dig "
                + "bagefter.\n\nBorgmester");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards for volunteers";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Kirkegaard", "mette.kirkegaard.frb@gmail.com", "loen@frederiksberg.dk", "Ny konto til min løn")
            .text("Kære lønkontor\n\nJeg er pædagogmedhjælper i vuggestuen ved Duevej og har skiftet bank, fordi min gamle "
                + "bank lukkede filialen på Falkoner Allé. NemKonto er endnu ikke flyttet med, og medarbejderportalen afviser "
                + "min nye MitID-app. Vil I derfor registrere " + mule(0) + " til udbetalingen sidste bankdag i måneden? Jeg "
                + "sender gerne et skærmbillede af kontoen, hvis I skal bruge det.\n\nHilsen Mette Kirkegaard");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a kindergarten teacher";
        m = bad("payroll-account-change");
        headers(m, "Rasmus Lund", "rasmus.lund.svoemmehal@hotmail.com", "loen@frederiksberg.dk", "Lønkonto")
            .text("Hej\n\nJeg er livredder i svømmehallen og flytter til Irland i foråret. Jeg har derfor åbnet en irsk konto, "
                + "og lønnen skal gå dertil allerede fra december: " + mule(6) + ".\n\nVh Rasmus");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Frederiksberg Inkasso", "sag@frederiksberg-inkasso.dk", "kreditor@frederiksberg.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text("Til " + KOMMUNE + ", kreditorbogholderiet\n\nSagsnr. FI-" + (7_700 + i * 37) + "\n\n" + inkasso[i].name()
                    + " har overladt os inddrivelsen af faktura " + p.no() + " lydende på " + p.amount().gross() + " kr., som "
                    + "ifølge vores klient henstår ubetalt efter to påmindelser. Dertil lægges et gebyr på 475 kr. Det samlede "
                    + "krav indsættes på vores klientkonto " + mule(i + 9) + " inden fem bankdage. Ser vi ingen indbetaling, "
                    + "sendes et betalingspåkrav til fogedretten uden nyt varsel, og de ekstra udgifter pålægges "
                    + "kommunen.\n\nFrederiksberg Inkasso ApS, advokatsekretær Lone Brix");
            ownedBy(m, "frederiksberg-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv Support", "support@mitid-frederiksberg.com", "it@frederiksberg.dk",
            "Handling påkrævet: organisationens MitID spærres")
            .html("<html><body><p>Kære brugeradministrator</p><p>Organisationens MitID Erhverv-aftale mangler at blive "
                + "genbekræftet. Hvis det ikke sker inden for 24 timer, spærres login for alle medarbejdere i " + KOMMUNE
                + ".</p><p><a href=\"https://mitid-frederiksberg.com/org\">Genbekræft aftalen</a></p></body></html>");
        ownedBy(m, "mitid-frederiksberg.com");
        m.description = "fake MitID Erhverv suspension with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-fasanvej.com", "oekonomi@frederiksberg.dk",
            "Nyt brev fra Skattestyrelsen i jeres postkasse")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt et brev om efterregulering af "
                + "momskompensation for 2035. Brevet indeholder en frist, og det skal åbnes af en person med fuldmagt inden "
                + "fredag, hvorefter der tilskrives renter.</p><p><a href=\"https://digitalpost-fasanvej.com/laes\">Åbn brevet "
                + "med MitID</a></p><p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-fasanvej.com");
        m.description = "fake Digital Post letter notice with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Parkering Frederiksberg", "p-afgift@frederiksberg-parkering.com", "ejendomme@frederiksberg.dk",
            "Ubetalt parkeringsafgift - tjenestebil")
            .html("<html><body><p>En af kommunens tjenestebiler har fået en afgift på Gammel Kongevej. Scan QR-koden og betal "
                + "inden 48 timer, ellers fordobles beløbet.</p><p><img src=\"cid:qr\"></p></body></html>")
            .attach("image/png", "betal-afgift.png", Attachments.qr(docId(m, "qr1")));
        ownedBy(m, "frederiksberg-parkering.com");
        m.description = "fake parking fine with a QR code";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice", "aftaler@lindevang-betaling.net", "kreditor@frederiksberg.dk",
            "Jeres betalingsaftale er udløbet")
            .text("Hej\n\nTilmeldingen af jeres faste betalinger er udløbet ved bankens systemskifte. Scan den vedlagte kode "
                + "med telefonen og bekræft med MitID for at forny aftalen.\n\nBetalingsservice")
            .attach("image/png", "forny-aftale.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "lindevang-betaling.net");
        m.description = "QR code for an 'expired payment agreement'";

        // archive-invoice
        m = bad("archive-invoice");
        headers(m, rengoer.person(), "kontor@mariendal-rengoring.dk", "kreditor@frederiksberg.dk", "Faktura november (zip)")
            .text("Hej\n\nFakturaen og timesedlerne er pakket i en zip-fil, fordi filerne var for store. Adgangskoden er "
                + "2036.\n\nAdministrationen")
            .attach("application/zip", "Faktura_november.zip", Attachments.zip("Faktura_november.pdf",
                Attachments.pdf(docId(m, "zip"), "Faktura", List.of("Rengøring november", "Betales til " + mule(12))),
                "LÆS MIG.txt", "Åbn PDF-filen og betal til den konto, der står i den."));
        ownedBy(m, "mariendal-rengoring.dk");
        m.description = "PDF in a ZIP from a look-alike of mariendal-rengoering.dk";
        m = bad("archive-invoice");
        headers(m, vvs.person(), "kontor@duevej-vvs.net", "skoler@frederiksberg.dk", "Samlet afregning Skolen på Duevej")
            .text("Hej\n\nSamlet afregning for armaturerne ligger i det vedhæftede arkiv.\n\nKontoret")
            .attach("application/x-7z-compressed", "afregning.7z", Attachments.sevenZip("afregning.pdf",
                Attachments.pdf(docId(m, "7z"), "Afregning", List.of("Armaturer, Skolen på Duevej", "Konto " + mule(13)))));
        ownedBy(m, "duevej-vvs.net");
        m.description = "PDF in a 7z from a look-alike of duevej-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@rolighedsvej-kontor.net", "indkoeb@frederiksberg.dk", "Ordrebekræftelse og faktura toner")
            .text("Hej Indkøb\n\nJeres bestilling af toner til printerne i Borgerservice og de fire dagtilbud er pakket. "
                + "Prisoversigt og faktura ligger i det vedhæftede Word-dokument, men tabellerne forbliver låst, indtil man "
                + "trykker på den gule bjælke og tillader indholdet.\n\nOrdrekontoret, Rolighedsvej")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_toner.docm", Attachments.word(
                "Ordrebekræftelse og faktura, toner. Priserne vises, når indholdet er aktiveret.", true));
        ownedBy(m, "rolighedsvej-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of rolighedsvej-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "fakturering@flintholm-it.net", "it@frederiksberg.dk", "Chromebook-opgørelse mellemtrin")
            .text("Hej IT\n\nOpgørelsen over Chromebooks og licenser er i regnearket. Makroerne skal være slået til, for at "
                + "summerne regnes ud. Bemærk ny konto nederst.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebook_opgoerelse.xlsm", Attachments.excel(List.of(
                "Opgørelse Chromebooks november 2036", "Chromebook og licens 620 stk", "Betaling til " + mule(1)), true));
        ownedBy(m, "flintholm-it.net");
        m.description = "macro-enabled .xlsm from a look-alike of flintholm-itdrift.dk, new account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "jens@godthaab-malerforretning.dk", "sundhed@frederiksberg.dk", "Regning - Mariendal")
            .text("Hej\n\nJeg har fotograferet regningen, da printeren driller. Kontonummeret er nyt, det står nederst.\n\nJens")
            .attach("image/jpeg", "IMG_5180.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "godthaab-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of godthaab-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "brian@nyelandsvej-vognmand.net", "byudvikling@frederiksberg.dk", "Faktura containere")
            .text("Hej By og Miljø\n\nHer er regningen for de tolv containere med haveaffald fra Lindevangsparken og "
                + "Mariendals Have. Kontorets pc er til reparation, så jeg har scannet papirfakturaen ude på pladsen. Vi har fået "
                + "en anden bankkonto, den er skrevet på med kuglepen.\n\nBrian")
            .attach("application/pdf", "Scan_20361128.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "nyelandsvej-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of nyelandsvej-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@flintholm-ordrecenter.com", "indkoeb@frederiksberg.dk", "Ordre 55821 er afsendt")
            .text("Jeres ordre på 12 projektorer til klasselokalerne á 9.870 kr. er godkendt og afsendes i dag; beløbet "
                + "opkræves ved levering. Har I ikke bestilt dem, skal I ringe til os i dag på 78 77 30 14 for at "
                + "annullere.\n\nOrdrecenter");
        ownedBy(m, "flintholm-ordrecenter.com");
        m.description = "callback scam: fake projector order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Licensservice", "licens@flintholm-ordrecenter.com", "it@frederiksberg.dk", "Fornyelse af antiviruslicens")
            .text("Kære IT-afdeling\n\nHermed bekræftes den automatiske forlængelse af endpoint-beskyttelsen til de 900 pc'er "
                + "og tablets på rådhuset, skolerne og i hjemmeplejen. Den nye treårsperiode koster 74.300 kr. ekskl. moms og "
                + "faktureres mandag. Har ingen hos jer godkendt fornyelsen, kan den kun standses via fornyelseslinjen 78 77 30 "
                + "15, som har åbent til fredag middag.\n\nLicensservice, fornyelsesafdelingen");
        ownedBy(m, "flintholm-ordrecenter.com");
        m.description = "callback scam: auto-renewed antivirus licence";

        // xml-invoice-changed-account
        String no = invoiceNo(entrep);
        Amount a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "ms@falkoner-entreprise.net", "efaktura@frederiksberg.dk", "E-faktura " + no + " som fil")
            .text("Hej efaktura\n\nFalkoner Entreprise har netop taget et nyt ERP-system i brug, og forbindelsen til vores "
                + "NemHandel-udbyder kommer først op at køre i januar. Indtil da sender vi Peppol-filen direkte til jer. Faktura "
                + no + " gælder kantstensarbejdet på Falkoner Allé, og betalingsoplysningerne i filen er rettet efter vores "
                + "bankskifte.\n\nMikkel Stausholm\n" + entrep.name())
            .attach("application/xml", "faktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "FK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "falkoner-entreprise.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "fakturering@flintholm-it.net", "efaktura@frederiksberg.dk", "Faktura " + no + " (OIOUBL)")
            .text("Vedhæftet OIOUBL-fil til jeres økonomisystem. Kontooplysningerne er rettet efter bankskiftet.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "FK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "flintholm-it.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of flintholm-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Kuglepennen", "signering@kuglepennen-frederiksberg.dk", "kultur@frederiksberg.dk",
            "Frederiksberg Museerne afventer din signatur")
            .html("<html><body><p>Du er inviteret til at signere 'Forsikringstillæg - udstilling i Cisternerne'. Invitationen "
                + "udløber i dag.</p><p><a href=\"https://kuglepennen-frederiksberg.dk/d/" + sha256("kp80").substring(0, 18)
                + "\">Åbn og signér</a></p></body></html>");
        ownedBy(m, "kuglepennen-frederiksberg.dk");
        m.description = "fake e-signature request imitating kuglepennen.dk and the museums";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "dokument@allegade-esign.net", "ejendomme@frederiksberg.dk",
            "Lejekontrakt til underskrift - Allégade")
            .html("<html><body><p>Hej Ejendomme</p><p>Udlejeren af erhvervslejemålet i Allégade 10 har sendt et tillæg til "
                + "lejekontrakten om ny husleje fra 1. januar. Dokumentet er beskyttet, og du bekræfter din identitet med dit "
                + "arbejdsbrugernavn og din adgangskode. Tillægget skal være signeret senest fredag.</p><p><a href=\""
                + "https://allegade-esign.net/login\">Bekræft og åbn tillægget</a></p></body></html>");
        ownedBy(m, "allegade-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@forum-koersel.net", "kreditor@frederiksberg.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej kreditor\n\nForum Kørselsservice er midt i et bankskifte, hvor den gamle erhvervskonto lukkes gradvist. "
                + "Betal derfor faktura " + p.no() + " på " + p.amount().gross() + " kr. for kørslen af elever til "
                + "specialskolerne i to dele: 40 % til den konto, I kender, og de øvrige 60 % til " + mule(9) + ". Anfør "
                + "fakturanummeret på begge overførsler.\n\nKørselskontoret");
        ownedBy(m, "forum-koersel.net");
        m.description = "split payment on the transport firm's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "kontor@duevej-vvs-blik.dk", "kreditor@frederiksberg.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nAngående faktura " + p.no() + " for varmtvandsbeholderne på Skolen på Duevej: banken har indført et "
                + "månedligt loft over indgående beløb på vores gamle erhvervskonto. Betal derfor 25.000 kr. dertil og "
                + "restbeløbet til " + mule(10) + ". Det gælder kun i en overgangsperiode.\n\nKontoret, Duevej VVS & Blik");
        ownedBy(m, "duevej-vvs-blik.dk");
        m.description = "split payment on Duevej VVS's real wave-1 invoice";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneregistrering DK", "fornyelse@frederiksberg-domaene.com", "it@frederiksberg.dk",
            "frederiksberg.dk udløber om 5 dage")
            .text("Til domæneansvarlig\n\nRegistreringen af frederiksberg.dk udløber snart. Forny for to år til 4.980 kr. ved "
                + "at overføre beløbet til " + mule(4) + " med domænenavnet som tekst. Uden fornyelse frigives navnet, og "
                + "mail og hjemmeside holder op med at virke.\n\nDomæneregistrering DK");
        ownedBy(m, "frederiksberg-domaene.com");
        m.description = "fake domain-renewal invoice for our own domain, PL IBAN";
        m = bad("fake-domain-renewal");
        headers(m, "Hosting Support", "support@falkoner-hosting.net", "kultur@frederiksberg.dk",
            "Webhotellet for cisternerne-udstilling lukkes")
            .html("<html><body><p>Betalingen for webhotel og domæne til udstillingssiden om Cisternerne er afvist. Opdater "
                + "betalingskortet inden midnat, så siden ikke slettes.</p><p><a href=\"https://falkoner-hosting.net/kort\">"
                + "Opdater kort</a></p></body></html>");
        ownedBy(m, "falkoner-hosting.net");
        m.description = "fake hosting/domain renewal with a card-update link";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-cistern-vault-pumping-invoice
        M m = bad("fake-cistern-vault-pumping-invoice");
        invoice(m, cistern.posing("soendermarken-vandteknik.com", cistern.account()), mule(0), 10,
            List.of("Driftsaftale " + cisternAgreement + ", akut udkald"), "", "Under skybruddet i weekenden steg vandet i "
                + "Cisternernes nederste kammer op over gangbroerne, og vi var ude med to ekstra dykpumper natten igennem for at "
                + "redde installationerne. Udkaldet ligger uden for driftsaftalen og skal betales med det samme. Efter et "
                + "ejerskifte bruger vi en ny bankforbindelse, som fremgår af fakturaen.");
        ownedBy(m, "soendermarken-vandteknik.com");
        m.description = "look-alike of the real water-technics firm cites its real agreement, 'cloudburst pumping' (LT IBAN)";
        m = bad("fake-cistern-vault-pumping-invoice");
        headers(m, "Cisternerne Drift", "regnskab@cisternerne-drift.dk", "kultur@frederiksberg.dk",
            "Faktura: fjernelse af alger fra vandspejlet")
            .text("Hej Kultur\n\nFør ferniseringen blev vandspejlet i Cisternerne renset for grønalger og biofilm med "
                + "specialudstyr, så lyset kunne spejle sig. Opgaven blev aftalt mundtligt med udstillingens tekniker. "
                + "Fakturaen på 31.250,00 kr. inkl. moms forfalder om syv dage til " + mule(5) + ".\n\nCisternerne Drift");
        ownedBy(m, "cisternerne-drift.dk");
        m.description = "unknown firm bills algae removal from the cisterns' water 'agreed orally' (GB IBAN)";
        m = bad("fake-cistern-vault-pumping-invoice");
        headers(m, "Søndermarken Pumpeservice", "service@sondermarken-pumpeservice.dk", "byudvikling@frederiksberg.dk",
            "Legionellatest før publikumsadgang - forudbetaling")
            .text("Goddag\n\nStår der vand i et rum med publikum, skal det efter de nye regler testes for legionella hver "
                + "måned. Vi har reserveret prøvetagning i Cisternerne de næste tre måneder. Første rate på 12.400 kr. betales "
                + "forud til " + mule(4) + ", så prøverne kan sendes til laboratoriet.\n\nSøndermarken Pumpeservice");
        ownedBy(m, "sondermarken-pumpeservice.dk");
        m.description = "'new rules' for monthly legionella tests in the cisterns, prepaid (PL IBAN)";

        // fake-abandoned-bicycle-clearance-invoice
        m = bad("fake-abandoned-bicycle-clearance-invoice");
        invoice(m, cykel.posing("fasanvej-cykelservice.com", cykel.account()), mule(9), 13,
            List.of("Mærkningsrunde " + markingRound + ", ekstra opsamling"), "", "I forlængelse af mærkningsrunde "
                + markingRound + " har vi fjernet yderligere 180 cykler og 14 ladcykler fra forpladsen ved Flintholm Station, "
                + "som stod i vejen for rengøringen. Ekstraopsamlingen faktureres særskilt. Vi har skiftet bank, så brug "
                + "venligst kontoen på denne faktura.");
        ownedBy(m, "fasanvej-cykelservice.com");
        m.description = "look-alike of the bicycle firm cites the real marking round, 'extra collection' (HU IBAN)";
        m = bad("fake-abandoned-bicycle-clearance-invoice");
        headers(m, "Cykeloprydning Frederiksberg", "faktura@frederiksberg-cykeloprydning.dk", "parkogvej@frederiksberg.dk",
            "Jeres andel af oprydningen ved Frederiksberg Station")
            .text("Hej Park og Vej\n\nPå vegne af metroens driftsselskab har vi ryddet stativerne ved Frederiksberg Station "
                + "for 240 efterladte cykler. Kommunens andel af udgiften er opgjort til 27.900,00 kr. inkl. moms, som "
                + "betales til " + mule(10) + " senest fredag.\n\nCykeloprydning Frederiksberg")
            .attach("application/pdf", "andel-oprydning.pdf", Attachments.pdf(docId(m, "co80"), "Faktura - andel af oprydning",
                List.of("Cykeloprydning Frederiksberg", "240 cykler fjernet, Frederiksberg Station", "Kommunens andel 50 %",
                    "I alt inkl. moms 27.900,00", "Betaling " + mule(10))));
        ownedBy(m, "frederiksberg-cykeloprydning.dk");
        m.description = "unknown firm bills the municipality's 'share' of clearing a metro station (RO account)";
        m = bad("fake-abandoned-bicycle-clearance-invoice");
        headers(m, "Lindevang Genbrugscykler", "lager@lindevang-genbrugscykler.dk", "byudvikling@frederiksberg.dk",
            "Opbevaringsleje for hittegodscykler")
            .text("Hej\n\nVi har opbevaret 310 af jeres opsamlede cykler i vores lager, siden jeres faste leverandør løb tør "
                + "for plads. Lejen for november og december er 19.375 kr. Betales den ikke til " + mule(11) + " inden "
                + "otte dage, skrotter vi cyklerne for jeres regning.\n\nLindevang Genbrugscykler");
        ownedBy(m, "lindevang-genbrugscykler.dk");
        m.description = "storage rent for 'your collected bicycles', threat of scrapping (BG IBAN)";

        // fake-swimming-bath-water-treatment-invoice
        m = bad("fake-swimming-bath-water-treatment-invoice");
        invoice(m, bassin.posing("helgesvej-bassinteknik.net", bassin.account()), mule(13), 16,
            List.of("Anlæg " + poolPlant + " - nattevagt"), "", "Klordoseringspumpen i det store bassin faldt ud natten til "
                + "torsdag, og vores vagttekniker udskiftede den, før hallen åbnede kl. 6. Vagtudkaldet og den nye pumpe er "
                + "ikke dækket af serviceaftalen. Vi har fået ny bankforbindelse, se kontoen på afregningen.");
        ownedBy(m, "helgesvej-bassinteknik.net");
        m.description = "look-alike of the pool-technics firm cites the real plant number, 'night pump swap' (DK mule)";
        m = bad("fake-swimming-bath-water-treatment-invoice");
        headers(m, "Frederiksberg Badeteknik", "certifikat@frederiksberg-badeteknik.dk", "idraet@frederiksberg.dk",
            "Årligt badevandscertifikat - svømmehallen")
            .text("Til Frederiksberg Svømmehal\n\nOffentlige svømmehaller skal hvert år have fornyet deres "
                + "badevandscertifikat, før det udløber ved nytår. Vi står for analysen og udstedelsen. Gebyret på 14.600 kr. "
                + "bedes indbetalt til " + mule(14) + ", så certifikatet kan sendes, inden hallen skal lukke.\n\n"
                + "Frederiksberg Badeteknik");
        ownedBy(m, "frederiksberg-badeteknik.dk");
        m.description = "a non-existent 'yearly bath-water certificate' for the swimming bath (MT IBAN)";
        m = bad("fake-swimming-bath-water-treatment-invoice");
        headers(m, "Svømmehal Restaurering", "projekt@svommehal-frederiksberg.dk", "ejendomme@frederiksberg.dk",
            "Depositum: mosaikfliser i den fredede svømmehal")
            .text("Hej Ejendomme\n\nSom drøftet med jeres bygningskonsulent har vi bestilt håndlavede fliser til "
                + "reparationen af mosaikkerne i den gamle hal fra 1934. Fabrikken kræver et depositum på 48.000 kr., som skal "
                + "stå på " + mule(15) + " i denne uge, ellers mister vi produktionspladsen.\n\nSvømmehal Restaurering");
        ownedBy(m, "svommehal-frederiksberg.dk");
        m.description = "deposit for tiles for the listed swimming bath's mosaics 'discussed with your consultant' (SE IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus80().generate(), List.of(
            "# Frederiksberg Kommune, Økonomi: invoice checks (eightieth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=lindevang-varme.dk falkoner-entreprise.dk soendermarken-vandteknik.dk "
                + "helgesvej-bassinteknik.dk fasanvej-cykelservice.dk vaernedam-toemrer.dk godthaab-maler.dk "
                + "mariendal-rengoering.dk allegade-avisen.dk nyelandsvej-vognmand.dk bulowsvej-el.dk duevej-vvs.dk "
                + "fuglebakkens-koekken.dk gammelkongevej-traelast.dk flintholm-itdrift.dk forum-koerselsservice.dk "
                + "rolighedsvej-kontor.dk",
            "invoice.domains.platforms=lakridsregning.dk kolibrifaktura.io pengebud.dk lygtefaktura.dk",
            "invoice.names.protected=Frederiksberg Kommune"));
    }
}
