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
 * The forty-fifth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Samsø Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, harbour, ferry,
 * school, care, property, nature, energy and culture mailboxes), the island municipality in the Kattegat: the town hall in
 * Tranebjerg, the ferries from Sælvig to Hou and from Kolby Kås to Kalundborg, the harbours and marinas of Ballen, Langør,
 * Mårup and Kolby Kås, the villages Nordby, Onsbjerg, Brundby and Besser, the bird reserve in Stauns Fjord and the point of
 * Issehoved, the island's organic farms and its renewable-energy projects; seventeen listed suppliers from those places in
 * every DNS posture real Danish firms have (one sending through a web hoster named in its SPF), four invoicing platforms
 * ({@code ankerregning.dk}, {@code debitoria.dk}, {@code fakturhavn.dk}, {@code kvitlo.dk}), the shipyard that docks the
 * ferries, a marine firm that lays out and services the navigation marks and mooring buoys, a solar service firm for the
 * panels on the municipality's roofs, sole traders on free mail, foreign suppliers, SaaS, an ESP, an e-signature service,
 * banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a Samsø place name.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID, fake
 * NemHandel notices, fake inkasso, compromised mailboxes, hijacked threads, split payments, QR codes, archives, macro
 * documents, image-only invoices, callback scams, payroll changes, look-alikes, homoglyphs, e-invoice XML with a changed
 * account, fake e-signature requests) and three kinds new here: extra yard work, towage or a docking-slot deposit for the
 * municipal ferries billed by someone who never had them in dock (fake-ferry-drydock-invoice); chains, light tests or a
 * "salvaged" buoy for the navigation marks and moorings of the harbours and Stauns Fjord (fake-navigation-buoy-service-invoice);
 * and cleaning, inverter work or a "required" meter check of the solar panels on the municipality's buildings
 * (fake-solar-panel-cleaning-invoice). The invoice engine, its tests, tuning notes and earlier results were not read. Labels
 * say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind and its computed
 * authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus45GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus45 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout45");
    public static final String OWN = "samsoekommune.dk";
    static final String FRAUD_NET = "127.245.";
    private static final String OWN_IP = "127.45.0.1";
    private static final String EAN = "5798004518208";
    private static final String KOMMUNE = "Samsø Kommune";
    private static final String RAADHUS = "Søtofte 10, 8305 Samsø";
    private static final String HOSTER_IP = "127.45.9.1";
    private static final String GMAIL = "127.45.200.1";
    private static final String MSFT = "127.45.200.2";
    private static final String APPLE = "127.45.200.5";

    private final Random rnd = new Random(45_8305_0045L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The shipyard's docking order for the ferry Samsø (the frauds cite it). */
    private String dockOrder;
    /** The marine firm's contract for the navigation marks and buoys (the frauds cite it). */
    private String buoyContract;
    /** The solar firm's plant numbers for the municipal roofs (the frauds cite them). */
    private String solarPlants;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 3, 9, 7, 25, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 4, 13, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Tranebjerg Fjernvarme a.m.b.a.", "tranebjerg-varme.dk", "Kundeservice", "kunde",
        "127.45.1.1", iban("DK", "76810004471190"), "fjernvarme til Rådhuset, Samsø Skole og Samsø Plejecenter");
    private final Supplier entrep = new Supplier("Brundby Entreprenørforretning ApS", "brundby-entreprenor.dk", "Mikkel Juhl", "mj",
        "127.45.1.2", bank("7681", "0001455203"), "omlægning af fortov og ny regnvandsledning ved Samsø Skole, Tranebjerg");
    private final Supplier vaerft = new Supplier("Hou Skibsværft A/S", "hou-skibsvaerft.dk", "Økonomiafdelingen", "okonomi",
        "127.45.1.3", iban("DK", "92800004466178"), "dokning, bundbehandling og klassesyn af færgen Samsø");
    private final Supplier bojer = new Supplier("Langør Marineservice ApS", "langor-marineservice.dk", "Jens Kragh", "jens",
        "127.45.1.4", bank("9280", "0004470312"), "udlægning og eftersyn af sømærker og fortøjningsbøjer ved Langør, Ballen og "
        + "Stauns Fjord");
    private final Supplier sol = new Supplier("Samsø Solservice v/ Rasmus Bech", "samsoe-solservice.dk", "Rasmus Bech", "rasmus",
        "127.45.1.5", iban("DK", "76810004481925"), "rensning og termografi af solcelleanlæggene på Samsø Hallen, skolen og "
        + "Rådhuset");
    private final Supplier toemrer = new Supplier("Nordby Tømrer & Snedker ApS", "nordby-toemrer.dk", "Søren Vad", "sv",
        "127.45.1.6", bank("7681", "0001462284"), "nye døre og lydlofter i Nordby Børnehus");
    private final Supplier maler = new Supplier("Onsbjerg Malerforretning v/ Kim Holt", "onsbjerg-maler.dk", "Kim Holt", "kim",
        "127.45.1.7", bank("0400", "4012886103"), "maling af gange og dagligstuer, Samsø Plejecenter");
    private final Supplier rengoer = new Supplier("Samsø Rengøring ApS", "samsoe-rengoring.dk", "Kontoret", "kontor",
        "127.45.1.8", iban("DK", "04004012917754"), "rengøring af Rådhuset, biblioteket og Samsø Skole");
    private final Supplier avis = new Supplier("Øavisen Samsø", "oeavisen-samsoe.dk", "Annonceafdelingen", "annonce",
        "127.45.1.9", iban("DK", "92800004492047"), "annoncer: lokalplan for Ballen Havn og stillinger i ældreplejen");
    private final Supplier vognmand = new Supplier("Kolby Vognmandsforretning ApS", "kolby-vognmand.dk", "Bent Rask", "bent",
        "127.45.1.10", bank("9280", "0004503360"), "grus til markvejene og bortkørsel af ålegræs fra Ballen Strand");
    private final Supplier el = new Supplier("Ballen El-Service ApS", "ballen-elservice.dk", "Torben Aagaard", "ta", HOSTER_IP,
        bank("7681", "0001477019"), "ladestandere og ny belysning på havnepladsen i Ballen");
    private final Supplier vvs = new Supplier("Besser VVS og Blik ApS", "besser-vvs.dk", "Værkstedet", "post", "127.45.1.12",
        bank("0400", "4013002871"), "service på varmepumper og nye armaturer, Onsbjerg Børnehave");
    private final Supplier mad = new Supplier("Samsø Økokøkken A/S", "samsoe-okokokken.dk", "Økokøkkenet, Bogholderi",
        "bogholderi", "127.45.1.13", iban("DK", "76810004510338"), "økologisk madservice til hjemmeboende ældre og plejecentret");
    private final Supplier byg = new Supplier("Tranebjerg Trælast A/S", "tranebjerg-traelast.dk", "Proffen", "proff",
        "127.45.1.14", iban("DK", "92800004522896"), "byggematerialer til Ejendomsafdelingen efter rammeaftale");
    private final Supplier it = new Supplier("Kattegat IT-Drift ApS", "kattegat-itdrift.dk", "Fakturering", "faktura",
        "127.45.1.15", bank("9280", "0004531005"), "drift af skolens netværk og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Samsø Rutebiler ApS", "samsoe-rutebiler.dk", "Kørselskontoret", "korsel",
        "127.45.1.16", bank("7681", "0001488632"), "skolekørsel Nordby-Tranebjerg-Kolby og ø-bussen til færgerne");
    private final Supplier kontor = new Supplier("Nordby Kontorforsyning ApS", "nordby-kontor.dk", "Ordrekontoret", "ordre",
        "127.45.1.17", iban("DK", "04004013105596"), "kopipapir, toner og ringbind til Rådhuset og skolen");
    // not on the creditor list
    private final Supplier smed = new Supplier("Mårup Smedie v/ Poul Kjeldsen", "marup-smedie.dk", "Poul Kjeldsen", "poul",
        "127.45.2.1", bank("9280", "0004540117"), "nyt rækværk og badelejder ved badebroen i Mårup");
    private final Supplier natur = new Supplier("Stauns Naturpleje v/ Hanne Kjær", "stauns-naturpleje.dk", "Hanne Kjær", "hanne",
        "127.45.2.2", bank("7681", "0001497740"), "afgræsning og rydning af tagrør ved Stauns Fjord");
    private final Supplier guide = new Supplier("Naturvejleder Line Toft", "gmail.com", "Line Toft", "line.toft.natur", GMAIL,
        bank("0400", "4013219986"), "fire naturture for 5. årgang i Nordby Bakker");
    private final Supplier tolk = new Supplier("Tolk v/ Yusuf Demir", "outlook.com", "Yusuf Demir", "yusuf.demir.tolk", MSFT,
        bank("9280", "0004559124"), "tolkning tyrkisk-dansk i Borgerservice, 3 x 2 timer");
    private final Supplier musik = new Supplier("Harmonikaspiller Bodil Munk", "icloud.com", "Bodil Munk", "bodil.munk.musik",
        APPLE, bank("7681", "0001502263"), "sangeftermiddage med harmonika på Samsø Plejecenter");
    private final Supplier tysk = new Supplier("Kieler Seezeichentechnik GmbH", "kieler-seezeichen.de", "Buchhaltung",
        "buchhaltung", "127.45.50.1", iban("DE", "100110012629174430"), "LED-Laternen und Ersatzteile für Seezeichen, Samsø");
    private final Supplier hollandsk = new Supplier("Rotterdamse Scheepsonderdelen B.V.", "rotterdam-scheepsonderdelen.nl",
        "Administratie", "administratie", "127.45.51.1", iban("NL", "RABO0341578209"), "reserveonderdelen voor de veerboot Samsø");

    private final List<Supplier> listed = List.of(varme, entrep, vaerft, bojer, sol, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Samsø place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"tranebjerg-varme.com", "brundby-entreprenoer.dk", "samsoerutebiler.dk",
        "ballen-el-service.dk", idn("tranebjerg-tr\u0430elast.dk"), idn("samsoekommun\u0435.dk"), "fakturhavn-nordby.dk",
        "kvitlo-ballen.com", "oeavisen-samso.dk", "samsoe-okokokken.com", "samsoe-inkasso.dk", "mitid-erhverv-samso.com",
        "digitalpost-besser.net", "nemhandel-kolby.dk", "ballen-havneparkering.dk", "saelvig-faergebillet.dk",
        "samsoe-rengoering.dk", "besser-vvs.net", "nordby-kontorforsyning.dk", "kattegat-itdrift-samso.dk",
        "onsbjerg-malerforretning.dk", "kolby-vognmand.net", "tranebjerg-ordrecenter.com", "brundby-entreprenor.net",
        "samsoe-rutebiler.net", "blaekhus-issehoved.dk", "marup-dokumenter.net", "besser-vvsblik.dk", "nordby-kontor.net",
        "hou-skibsvaerft-samso.dk", "kolbykaas-marine.dk", "saelvig-dokservice.dk", "langoer-marineservice.dk",
        "stauns-soemaerker.dk", "issehoved-bojeservice.dk", "samsoe-solservice.com", "ballen-solenergi.dk",
        "onsbjerg-solcellerens.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(vaerft.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(bojer.domain(), List.of(bojer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(sol.domain(), List.of(sol.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.45.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.45.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(hollandsk.domain(), List.of(hollandsk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("beredskab-kattegat.dk", List.of("127.145.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("energiakademi-samsoe.dk", List.of("127.145.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("samsoe-efterskole.dk", List.of("127.145.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("samsoe-revision.dk", List.of("127.145.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("tranebjerg-isenkram.dk", List.of("127.145.5.1"), "-all", null, "none");
        domain("soefartstilsyn-jylland.dk", List.of("127.145.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("samsoe-maskinstation.dk", List.of("127.145.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("ankerregning.dk", List.of("127.145.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("debitoria.dk", List.of("127.145.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("fakturhavn.dk", List.of("127.145.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("kvitlo.dk", List.of("127.145.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("kattegat-sparekasse.dk", List.of("127.145.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ostjysk-andelsbank.dk", List.of("127.145.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornetvaerk-ostjylland.dk", List.of("127.145.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("jyske-regnskabsfolk.dk", List.of("127.145.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oeernes-indkobsnet.dk", List.of("127.145.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("brevsky.com", List.of("127.145.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("bedragerivagt-kattegat.dk", List.of("127.145.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.samsoe-net.dk", List.of("127.145.28.1"), "-all", null, null);
        domain("relay.kattegatfiber.dk", List.of("127.145.29.1"), "-all", null, null);
        domain("elevrute.io", List.of("127.145.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hjemmevagt.dk", List.of("127.145.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("blaekhus.dk", List.of("127.145.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", null, "none"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 5 == 4 ? null : i % 3 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 4 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no45:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "SK" + (10_000 + rnd.nextInt(80_000));
            case 1:
                return "2037-" + String.format("%04d", 100 + rnd.nextInt(9_000));
            case 2:
                return String.valueOf(700_000 + rnd.nextInt(99_000));
            case 3:
                return "FA" + (3_000 + rnd.nextInt(6_000));
            case 4:
                return "37" + String.format("%03d", 10 + rnd.nextInt(900)) + "-S";
            default:
                return "R-" + (50_000 + rnd.nextInt(40_000));
        }
    }

    private static final String[] TO = {"kreditor@samsoekommune.dk", "efaktura@samsoekommune.dk", "kreditor@samsoekommune.dk",
        "okonomi@samsoekommune.dk", "teknik@samsoekommune.dk", "skole@samsoekommune.dk", "omsorg@samsoekommune.dk",
        "havn@samsoekommune.dk", "ejendomme@samsoekommune.dk", "indkob@samsoekommune.dk", "faerge@samsoekommune.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf45:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    /** A firm's CVR number, from its name (a look-alike copies the real letterhead's). */
    private static String cvr(String name) {
        return String.valueOf(32_000_000 + Math.floorMod(sha256("cvr45:" + name).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(82_000_000 + Math.floorMod(sha256("fi45:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.name()) {
            case "Tranebjerg Fjernvarme a.m.b.a." -> "Vestergade 29, Tranebjerg, 8305 Samsø";
            case "Brundby Entreprenørforretning ApS" -> "Brundby Hovedgade 41, 8305 Samsø";
            case "Hou Skibsværft A/S" -> "Havnevej 12, Hou, 8300 Odder";
            case "Langør Marineservice ApS" -> "Langørvej 88, 8305 Samsø";
            case "Samsø Solservice v/ Rasmus Bech" -> "Ballenvej 7, 8305 Samsø";
            case "Nordby Tømrer & Snedker ApS" -> "Nordby Hovedgade 19, 8305 Samsø";
            case "Onsbjerg Malerforretning v/ Kim Holt" -> "Onsbjerg Hovedgade 6, 8305 Samsø";
            case "Samsø Rengøring ApS" -> "Langgade 33, Tranebjerg, 8305 Samsø";
            case "Øavisen Samsø" -> "Søtofte 2, Tranebjerg, 8305 Samsø";
            case "Kolby Vognmandsforretning ApS" -> "Kolby Kås Vej 14, 8305 Samsø";
            case "Ballen El-Service ApS" -> "Ballen Havnevej 3, 8305 Samsø";
            case "Besser VVS og Blik ApS" -> "Besser Kirkevej 10, 8305 Samsø";
            case "Samsø Økokøkken A/S" -> "Industrivej 5, Tranebjerg, 8305 Samsø";
            case "Tranebjerg Trælast A/S" -> "Kildevej 21, Tranebjerg, 8305 Samsø";
            case "Kattegat IT-Drift ApS" -> "Torvet 4, Tranebjerg, 8305 Samsø";
            case "Samsø Rutebiler ApS" -> "Sælvigvej 60, 8305 Samsø";
            case "Nordby Kontorforsyning ApS" -> "Tvedvej 2, Nordby, 8305 Samsø";
            case "Mårup Smedie v/ Poul Kjeldsen" -> "Mårupvej 31, 8305 Samsø";
            case "Stauns Naturpleje v/ Hanne Kjær" -> "Staunsvej 44, 8305 Samsø";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with supplier and billing blocks and an amount line; a job invoice
     * with wages, materials and ferry freight and the FI line (card 71); a periodic charge with agreement number, fixed and
     * running part and the FI line (card 75). A {@code null} account prints none.
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
                l.add("CVR " + cvr(s.name()) + "   Kontakt: " + s.person());
                l.add("Faktureres til: " + KOMMUNE + ", " + RAADHUS + " (EAN " + EAN + ")");
                l.add("Udstedt " + dottedDay(m, 0) + "   Forfalder " + dottedDay(m, 30));
                l.add("Ydelse: " + s.what());
                l.add("Beløb ekskl. moms DKK " + a.net() + " | Moms 25 % DKK " + a.vat() + " | I alt DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betaling til " + account + ", mærket " + no);
                }
            }
            case 1 -> {
                head = "Regning " + no + " - udført arbejde";
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.name()));
                l.add("Udført for " + KOMMUNE + " (EAN " + EAN + "): " + s.what());
                long labour = a.ore() * 55 / 100;
                long ferry = a.ore() * 6 / 100;
                l.add("Arbejdsløn " + kr(labour) + " / Materialer " + kr(a.ore() - labour - ferry) + " / Færgefragt " + kr(ferry));
                l.add("Total ekskl. moms " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betalingsfrist " + writtenDay(m, 21) + (account == null ? "" : ". Konto: " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + ", CVR " + cvr(s.name()) + (addr.isEmpty() ? "" : ", " + addr));
                l.add("Aftalenr. " + (60_000 + Math.floorMod(s.name().hashCode(), 30_000)) + " - " + KOMMUNE + ", " + RAADHUS);
                l.add("Periode " + dottedDay(m, -31) + " til " + dottedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Fast bidrag " + kr(fixed) + " - Løbende ydelser " + kr(a.ore() - fixed));
                l.add("Netto " + a.net() + " - Moms " + a.vat() + " - Til betaling DKK " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + dottedDay(m, 14) + (account == null ? "" : " - " + account));
                if (own) {
                    l.add("Betalingslinje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura " + n + ".pdf", "Samsø Kommune faktura " + n + ".pdf", n + ".pdf",
            "Invoice-" + n + ".pdf", "regning-" + n + ".pdf", "Bilag_" + n + ".pdf", "FAK" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Samsø Kommune", "Til bogholderiet", "Kære kreditorafdeling", "Hej",
        "Goddag", "Til Samsø Kommune, Økonomi", "Hej alle sammen", "Dav"};

    private String phone() {
        return "86 59 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig45:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMange hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.name()));
            case 3:
                return "\n\n-- \n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s))
                    + (freeMail(s) ? "\nSendt fra min iPhone" : "\nwww." + s.domain());
            default:
                return "\n\nGod dag\n" + s.person() + ", " + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE, "Regning " + no,
            "Faktura nr. " + no + " (EAN " + EAN + ")", "Vedhæftet faktura " + no, s.name() + ": faktura " + no,
            "Fakturering " + dottedDay(m, 0)};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "Fakturaen på " + a.gross() + " kr. inkl. moms er vedhæftet. Betalingsfristen er " + writtenDay(m, 30) + ".";
            case 2 -> "Vi har også sendt fakturaen elektronisk til EAN " + EAN + ", så den må kun betales én gang.";
            case 3 -> "Tak for samarbejdet. Vedhæftet finder I regningen.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb: " + a.gross() + " kr.\nForfald: " + dashedDay(m, 30);
            case 5 -> "Her er fakturaen for det udførte. Jeres bestillingsnummer står på den.";
            case 6 -> "Sender lige fakturaen for sidste uges leverancer. Ring, hvis noget ikke stemmer.";
            default -> "Se venligst den vedhæftede faktura.";
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
        if (List.of(varme, rengoer, mad, it, bus, kontor, avis).contains(s)) {
            return 2;
        }
        if (List.of(entrep, vaerft, bojer, sol, vognmand, vvs, el, toemrer, maler).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Søtofte 10", "Samsø", "8305", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.name()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        dockOrder = "DO-" + (4_100 + rnd.nextInt(700));
        buoyContract = "SM-" + (270 + rnd.nextInt(90));
        solarPlants = "anlæg " + (1_180 + rnd.nextInt(60)) + ", " + (1_250 + rnd.nextInt(60)) + " og " + (1_320 + rnd.nextInt(60));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == vaerft ? List.of("Dokordre " + dockOrder + ": færgen Samsø, fast pris efter udbud")
                : s == bojer ? List.of("Kontrakt " + buoyContract + ": 34 sømærker og 22 fortøjningsbøjer, forårsudlægning")
                : s == sol ? List.of("Solcelleregister: " + solarPlants + " (Samsø Hallen, skolen, Rådhuset)") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af havnefogeden i Mårup"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the bathing jetty's railing, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, maler, vognmand);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition SK-" + (20_400 + k * 211));
                case 1 -> List.of("Bestilt af " + to().replace("@samsoekommune.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Energirenovering af Samsø Hallen" : "Rammeaftale 2036-2039"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 2, ref, k % 5 == 1 ? "\n\nKvitterede følgesedler ligger som bilag." : "");
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "foelgesedler-" + (k + 1) + ".pdf", Attachments.pdf(docId(m, "fs"),
                    "Følgesedler", List.of(s.what(), "Modtaget af Ejendomsafdelingen, Tranebjerg", "Kolli: " + (2 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "")
                + (s == maler ? " (nothing published: not authenticated)" : "")
                + (s == vognmand ? " (SPF names only its booking system: softfail, DMARC fail p=none)" : "");
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
        Object[][] c = {{el, "Kreditering af faktura ", "En af ladestanderne i Ballen viste sig at have en fejl i måleren og er "
            + "byttet under garantien. Montagen af den krediteres."},
            {bus, "Kreditnota til faktura ", "Skolekørslen udgik tre dage i marts, da færgerne var indstillet på grund af storm."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (1_200 + rnd.nextInt(700));
            Amount a = amount(130_000).credit();
            headers(m, s.person(), addr(s), "kreditor@samsoekommune.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra ved næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{kontor, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for fakturaen nedenfor. "
            + "Har I allerede betalt, krydser betalingerne hinanden, og I kan se bort fra denne mail."},
            {varme, "Rykker 1", "Opkrævningen er nu forfalden. Der er endnu ikke pålagt gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@samsoekommune.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. betales "
                    + "som altid til " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Påmindelse",
                    p.no(), p.amount(), s.account(), i, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@samsoekommune.dk", "Saldo pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres afstemning: faktura " + p.no() + " er registreret betalt hos os, og saldoen er 0,00 kr."
                + signature(s));
        genuine(m, s.ip());
        m.description = "kolby-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(vvs, avis)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String ref = "SK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@samsoekommune.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Goddag\n\nVores revisor har bedt os sende e-fakturaen som fil, mens vores nye bogføringsprogram bliver "
                    + "tilmeldt NemHandel. XML-filen og en PDF-udgave er vedhæftet; kontoen er uændret. Når forbindelsen er "
                    + "oprettet, kommer fakturaerne den normale vej.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Rekvisition " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturhavn.dk", "ankerregning.dk", "kvitlo.dk", "debitoria.dk"};
        Supplier[] who = {natur, smed, guide, null};
        String[] dept = {"natur@samsoekommune.dk", "havn@samsoekommune.dk", "skole@samsoekommune.dk"};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "retur-" + sha256("plat45:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "DB-" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Debitoria", "opkraevning@debitoria.dk", "skole@samsoekommune.dk", "Opkrævning " + no
                    + " - vikartimer marts")
                    .text("Til " + KOMMUNE + ", Samsø Skole\n\nHermed opkrævningen for de vikartimer, som skolens ledelse har "
                        + "godkendt i vikarportalen for marts (74 timer). Vikarerne er ansat og lønnet af Debitoria.\n\nAt "
                        + "betale: " + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nDebitoria")
                    .attach("application/pdf", "Debitoria-" + no + ".pdf", Attachments.pdf(docId(m, "db"), "Opkrævning " + no,
                        List.of("Debitoria ApS", "Kunde: " + KOMMUNE + ", Samsø Skole", "Godkendte vikartimer marts 2037: 74",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "92800004612734"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform debitoria.dk bills approved substitute-teacher hours under its own name";
                continue;
            }
            String no = "H" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], dept[i], "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Georgia,serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name() + " har "
                    + "udstedt faktura " + no + " til jer. Beløbet er <b>" + a.gross() + " kr.</b> med betaling senest "
                    + dottedDay(m, 14) + ".</p><p>Fakturaen ligger som PDF i mailen. Svarer du på mailen, kommer svaret frem "
                    + "til " + s.person() + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 4, List.of(), v == 3 ? "\n\nJeg er ikke momsregistreret, så beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "RE-" + (37_500 + rnd.nextInt(700));
        Amount a = amount(900_000);
        headers(m, "Kieler Seezeichentechnik", addr(tysk), "havn@samsoekommune.dk", "Rechnung " + no + " - LED-Laternen")
            .text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung " + no + " über die LED-Laternen und "
                + "Ersatzteile für Ihre Seezeichen. Die Lieferung erfolgte an Langør Marineservice. Steuerschuldnerschaft des "
                + "Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Kiel", "Kunde: " + KOMMUNE + ", Havne", tysk.what(),
                    "Nettobetrag EUR " + kr(a.ore() / 7), "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "RS" + (8_200 + rnd.nextInt(700));
        headers(m, "Rotterdamse Scheepsonderdelen", addr(hollandsk), "faerge@samsoekommune.dk", "Factuur " + no + " / invoice")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice " + no + " for the spare parts for the ferry Samsø "
                + "(gearbox seals and two impellers), delivered to Hou Skibsværft on your order. VAT reverse charged.\n\n"
                + "Met vriendelijke groet\nAdministratie")
            .attach("application/pdf", "Factuur-" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Factuur " + no,
                List.of(hollandsk.name(), "Klant: " + KOMMUNE + ", Færgedriften", hollandsk.what(),
                    "Totaal EUR " + kr(a.ore() / 7), "Betaling: " + hollandsk.account())));
        genuine(m, hollandsk.ip());
        m.description = "Dutch supplier invoice in English (RSA, p=none), NL IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(300_000);
        headers(m, "Elevrute", "billing@elevrute.io", "it@samsoekommune.dk", "Your Elevrute invoice for April")
            .text("Hello " + KOMMUNE + ",\n\nYour invoice for Elevrute (school transport planning, 9 routes incl. the ferry "
                + "connections) is attached. It has also been delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Elevrute team")
            .attach("application/pdf", "elevrute-april.pdf", Attachments.pdf(docId(m, "er"), "Invoice",
                List.of("Elevrute ApS", "Customer: " + KOMMUNE, "Subscription April 2037, 9 routes", "DKK " + a.gross())));
        genuine(m, "127.145.30.1");
        m.description = "SaaS elevrute.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(300_000);
        headers(m, "Hjemmevagt", "betaling@hjemmevagt.dk", "omsorg@samsoekommune.dk", "Kvittering - Hjemmevagt licens")
            .text("Hej\n\nTak for betalingen af jeres Hjemmevagt-licens (vagtplanlægning i hjemmeplejen, 85 brugere). "
                + a.gross() + " kr. er trukket på kortet, der slutter på 4417.\n\nHjemmevagt");
        genuine(m, "127.145.31.1");
        m.description = "SaaS hjemmevagt.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9280", "0004620581");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@samsoekommune.dk", "Skift af bank pr. 1. april")
            .text("Til kreditorbogholderiet\n\nNordby Tømrer & Snedker flytter sin bankforbindelse, fordi vores filial i "
                + "Tranebjerg lukker. Fakturaer dateret 1. april 2037 og senere skal betales til " + nyT + ". Ældre "
                + "fakturaer betales som anført på dem.\n\nI er velkomne til at ringe til mig på det nummer, I har i "
                + "kartoteket, og få det bekræftet." + signature(toemrer))
            .attach("application/pdf", "Ny-bankforbindelse.pdf", Attachments.pdf(docId(m, "bs"), "Ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.name()), "Gælder fra 01.04.2037", "Ny konto: " + nyT,
                    "Søren Vad, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye garderobeskabe i Nordby Børnehus");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.04.2037, jf. vores brev"), "\n\nSom skrevet for nylig har vi "
            + "fået ny bank.");
        genuine(m, toemrer.ip());
        m.description = "nordby-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "76810004633391");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Samsø Økokøkken, Bogholderi", addr(mad), "kreditor@samsoekommune.dk", "Ændret betalingskonto fra april")
            .text("Til " + KOMMUNE + ", kreditor og Ældre og Sundhed\n\nSamsø Økokøkken skifter hovedbank pr. 1. april, da "
                + "vores driftskredit er flyttet. Fakturaer dateret fra den dag skal indbetales på " + nyM + ". Den "
                + "hidtidige konto holdes åben til udgangen af maj. Et underskrevet brev er også sendt til jeres Digital "
                + "Post.\n\nMed venlig hilsen\nSamsø Økokøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from April, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Betalingskonto ændret pr. 01.04.2037"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "samsoe-okokokken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qd=LM=oeavisen-samsoe.dk=annonce@srs.samsoe-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.145.28.1";
        m.helo = "srs.samsoe-net.dk";
        m.description = "oeavisen-samsoe.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.kattegatfiber.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.kattegatfiber.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"jyske-regnskabsfolk.dk", "Birthe Nørgaard", "bn@", "Regning for bjærgning af en bøje?",
            "Hej netværk\n\nVores havn har fået en regning for at have 'bjerget og opbevaret' en af vores bøjer, som ingen af "
                + "havnefogederne savner. Er der andre havnekommuner, der har set noget lignende?\n\nBirthe"},
            {"oeernes-indkobsnet.dk", "Anders Busk", "ab@", "Solcellerens vi ikke har bestilt", "Hej alle\n\nEn af vores "
                + "institutioner har fået en faktura for rensning af solceller, som vores driftsfolk aldrig har bestilt. "
                + "Firmaet henviser til en 'kampagne på øen'. Pas på.\n\nAnders"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditornetvaerk-ostjylland.dk", x[3])
                .header("List-Id", "Kreditornetværk Østjylland <netvaerk.kreditornetvaerk-ostjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornetvaerk-ostjylland.dk", "[Kreditornetværk] ", "\r\n--\r\nKreditornetværk Østjylland "
                + "og øerne\r\nAfmeld: https://kreditornetvaerk-ostjylland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"bedragerivagt-kattegat.dk", "Bedragerivagt Kattegat", "Falske regninger til havne og færger",
            "Svindlere sender i øjeblikket regninger for dokning, bøjer og solceller med ægte aftalenumre. Ring til "
                + "leverandøren på et nummer fra jeres eget kartotek, før en ny konto tages i brug."},
            {"samsoe-revision.dk", "Samsø Revision", "Kvartalets tjekliste",
                "Gennemgå leverandørkartoteket, og kræv altid to godkendere, når en bankkonto ændres."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl45:" + x[0]).substring(0, 14) + "@brevsky.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@samsoekommune.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere"
                    + "</a></p><p style=\"font-size:9px\">Du modtager dette nyhedsbrev som kunde. Afmeld her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("brevsky.com");
            m.ip = "127.145.26.1";
            m.helo = "smtp.brevsky.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP brevsky.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Færgekontoret", "faerge@", "kreditor@samsoekommune.dk", "Dokningen af færgen Samsø",
            "Hej Kreditor\n\nFærgen ligger i dok på Hou Skibsværft efter dokordren fra udbuddet. Ekstraarbejde skal altid "
                + "godkendes skriftligt af vores skibsinspektør, før værftet må fakturere det. Regninger fra andre værfter "
                + "eller bugserfirmaer sender I til mig, inden de betales.\n\nFærgekontoret"},
            {"Havnene", "havn@", "kreditor@samsoekommune.dk", "Sømærker og bøjer", "Hej\n\nKun Langør Marineservice passer "
                + "vores sømærker og bøjer, og kun efter kontrakten. Alle andre regninger om bøjer, lygter eller bjærgning "
                + "skal forbi havnefogeden.\n\nHavnene"},
            {"Ejendomme og Energi", "energi@", "ledere@samsoekommune.dk", "Solcellerne på vores tage", "Kære ledere\n\n"
                + "Rensning og eftersyn af solcelleanlæggene bestilles centralt af Ejendomme og Energi hos Samsø Solservice. "
                + "Får I en regning for solceller direkte, så send den til os.\n\nEjendomme og Energi"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Kattegat Sparekasse, Erhverv", "erhverv@kattegat-sparekasse.dk", "okonomi@samsoekommune.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 142 overførsler, som gennemføres på bogføringsdagen. "
                + "Se detaljerne i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nKattegat Sparekasse");
        genuine(m, "127.145.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Østjysk Andelsbank", "info@ostjysk-andelsbank.dk", "okonomi@samsoekommune.dk", "Nye priser på valuta")
            .text("Til erhvervskunder\n\nFra 1. juni ændres kurstillægget på betalinger i euro. Den nye prisliste ligger i "
                + "netbanken under Dokumenter.\n\nØstjysk Andelsbank");
        genuine(m, "127.145.22.1");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("ferry-drydock-invoice", true);
        invoice(m, vaerft, vaerft.account(), 7, List.of("Dokordre " + dockOrder + ", slutfaktura", "Ekstraarbejde godkendt af "
            + "skibsinspektøren: udskiftning af to anoder"), "\n\nKlassecertifikatet er sendt til færgekontoret.");
        genuine(m, vaerft.ip());
        m.description = "the shipyard's final invoice for docking the ferry Samsø under its dock order (DKIM only, p=quarantine)";
        m = ok("navigation-buoy-service-invoice", true);
        invoice(m, bojer, bojer.account(), 10, List.of("Kontrakt " + buoyContract + ", forårsudlægning 2037",
            "Nye kæder på 3 bøjer i Stauns Fjord"), "\n\nPositionerne er indberettet til havnefogeden.");
        genuine(m, bojer.ip());
        m.description = "the marine firm lays out the navigation marks under its contract (Ed25519, p=reject)";
        m = ok("solar-panel-service-invoice", true);
        invoice(m, sol, sol.account(), 12, List.of("Solcelleregister: " + solarPlants, "Forårsrensning og termografi"),
            "\n\nTermografirapporten er sendt til Ejendomme og Energi.");
        genuine(m, sol.ip());
        m.description = "the solar firm's spring cleaning and thermography of the municipal plants (SPF+RSA, no DMARC)";
        m = ok("supplier-letter", false);
        headers(m, "Hou Skibsværft", addr(vaerft), "faerge@samsoekommune.dk", "Til orientering: dokningen og ekstraarbejde")
            .text("Kære færgekontor\n\nDokningen af Samsø går efter planen. Skulle vi finde mere, der skal udbedres, sender vi "
                + "et overslag til jeres skibsinspektør og går først i gang efter hans skriftlige ja. Vores kontonummer ændres "
                + "ikke, og vi beder aldrig om betaling til en ny konto pr. mail.\n\nHou Skibsværft");
        genuine(m, vaerft.ip());
        m.description = "the shipyard explains how extra work is approved, account never changed by mail";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_900_000);
        headers(m, "Beredskab Kattegat I/S", "regnskab@beredskab-kattegat.dk", "efaktura@samsoekommune.dk",
            "Kommunalt bidrag 2. kvartal 2037")
            .text("Til ejerkommunerne\n\nHermed opkrævning af det kommunale bidrag for andet kvartal efter budgettet. Den er "
                + "ligeledes sendt til jeres EAN.\n\nBeredskab Kattegat I/S")
            .attach("application/pdf", "Bidrag-2kv-2037.pdf", Attachments.pdf(docId(m, "ber"), "Kommunalt bidrag 2. kvartal",
                List.of("Beredskab Kattegat I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK",
                    "76810004648207"))));
        genuine(m, "127.145.1.1");
        m.description = "intermunicipal rescue service's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Søfartstilsynet, Jylland", "tilsyn@soefartstilsyn-jylland.dk", "faerge@samsoekommune.dk",
            "Syn af redningsudstyr på færgen Prinsesse Isabella")
            .text("Til Samsø Kommune, Færgedriften\n\nVi gennemfører det årlige syn af redningsflåder og -veste på færgen "
                + "Prinsesse Isabella i Sælvig i maj. Vi aftaler dagen med skibsføreren. Synet er uden gebyr for jer.\n\n"
                + "Søfartstilsynet");
        genuine(m, "127.145.6.1");
        m.description = "authority announces a ferry inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "afsender@blaekhus.dk";
        headers(m, "Samsø Energiakademi via Blækhus", "afsender@blaekhus.dk", "energi@samsoekommune.dk",
            "Til underskrift: partnerskabsaftale om energirådgivning")
            .header("Reply-To", "<sekretariat@energiakademi-samsoe.dk>")
            .text("Samsø Energiakademi har sendt 'Partnerskabsaftale - energirådgivning for boligejere 2037' til underskrift."
                + "\n\nÅbn dokumentet fra jeres Blækhus-konto.\n\nBlækhus");
        genuine(m, "127.145.32.1");
        m.description = "real e-signature request from blaekhus.dk on behalf of the energy academy";
        m = ok("receipt", false);
        headers(m, "Tranebjerg Isenkram", "kvittering@tranebjerg-isenkram.dk", "havn@samsoekommune.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n4 fendere, 2 bådshager og 20 m tovværk. Betalt med kommunens indkøbskort.\n\n"
                + "Tranebjerg Isenkram");
        genuine(m, "127.145.5.1");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Samsø Efterskole", "bogholderi@samsoe-efterskole.dk", "okonomi@samsoekommune.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført betalingen for leje af Samsø Hallen i vinterhalvåret, 18.600 kr.\n\n"
                + "Samsø Efterskole");
        genuine(m, "127.145.3.1");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Samsø Maskinstation", "ordre@samsoe-maskinstation.dk", "teknik@samsoekommune.dk",
            "Ordrebekræftelse: rabatklipning")
            .text("Hej Teknik\n\nVi bekræfter jeres bestilling af rabatklipning langs de kommunale veje to gange i sæsonen. "
                + "Fakturaen kommer via EAN efter hver runde.\n\nSamsø Maskinstation");
        genuine(m, "127.145.7.1");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "4010051002347719"), iban("DK", "98300004417263"), bank("6140", "0004127755"),
        iban("EE", "7722001100459861"), iban("PL", "109010140000071219812874"), iban("GB", "REVO00996910273384"),
        iban("IE", "AIBK93115247120094"), iban("NL", "ABNA0417164300"), iban("DE", "500700240388194512"),
        iban("HU", "117730160000000058220914"), iban("RO", "BTRL0131012345678900"), iban("BG", "STSA93002491773310"),
        iban("CY", "002001280000001200527600"), bank("8065", "0001274419"), iban("MT", "MMEB44093000000009027293051"),
        iban("SE", "50000000058398257466"), iban("NO", "93510521384"), iban("DK", "52950004012587"),
        iban("LT", "1070024500891273")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nTranebjerg Fjernvarme har i år lagt sin "
            + "opkrævning ud til et fælles administrationsselskab for de fire varmeværker på øen. Derfor står der et andet "
            + "kontonummer på opkrævningen nedenfor end tidligere. Den gamle konto lukkes ved kvartalsskiftet, og beløb, der "
            + "indsættes dér, sendes retur til afsender.");
        forged(m, forgedHost++);
        m.description = "forged From tranebjerg-varme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, kontor, mule(14), 6, List.of(), "", "Hej\n\nMånedens faktura for kopipapir og toner er vedlagt. Vi har "
            + "flyttet vores engagement til en bank i Aarhus, fordi filialen på Samsø er lukket, så indbetalingen skal ske til "
            + "kontoen på fakturaen. Den gamle konto bliver spærret for indbetalinger i næste uge.");
        forged(m, forgedHost++);
        m.description = "forged From nordby-kontor.dk (p=none) from a fraudster's machine, MT account";

        // lookalike-domain
        Object[][] l = {{OWNED[0], varme, "Vores debitorsystem er lagt om i forbindelse med afregningen af halmsæsonen. Ret "
            + "venligst kontooplysningerne i jeres kreditorsystem til dem, der står på denne opkrævning, før den betales."},
            {OWNED[1], entrep, "Fortovet og regnvandsledningen ved skolen er afleveret, og regningen følger her. Vi har fået ny "
                + "driftskredit i et andet pengeinstitut, så beløbet skal gå til det kontonummer, der er trykt på regningen."},
            {OWNED[2], bus, "Hermed afregning for skolekørsel og ø-bussen. OBS: vores konto i sparekassen er opsagt i "
                + "forbindelse med generationsskiftet - brug den nye konto, der fremgår af opkrævningen."},
            {OWNED[3], el, "Ladestanderne og lamperne på havnepladsen i Ballen er færdige og afprøvet. Efter skift af revisor "
                + "har vi opdateret bankforbindelsen; benyt udelukkende oplysningerne i den vedhæftede PDF."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(10), 5, List.of("Betalingsoplysninger gældende fra " + dottedDay(m, -2)),
            "", "Proffen sender her den samlede faktura for april. Vigtigt: vores betalingsoplysninger er ændret, og "
                + "fakturaen skal betales til den konto, der står på den. Gamle kontonumre i jeres system bedes slettet.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as tranebjerg-traelast.dk, new account";
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@samsoekommune.dk",
            "Fortroligt: sikkerhedsstillelse for erstatningsfærge")
            .text("Goddag\n\nBorgmesteren og direktionen aftalte i går aftes at chartre en erstatningsfærge, mens Samsø ligger "
                + "i dok. Rederiet vil have en sikkerhedsstillelse på 412.500 kr., før skibet forlader Göteborg i morgen tidlig. "
                + "Beløbet skal overføres i dag til " + mule(15) + ". Kontrakten fremlægges for økonomiudvalget på næste møde, "
                + "og indtil da må sagen ikke drøftes med andre.\n\nMed venlig hilsen\nBorgmesterens sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as our municipality: secret deposit for a charter ferry";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Fakturhavn", "inddrivelse@" + OWNED[6], "natur@samsoekommune.dk",
            "Udestående hos " + natur.name())
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Din leverandør <b>" + natur.name() + "</b> har bedt Fakturhavn "
                + "om at inddrive et beløb, der nu er ni dage over forfald. Et gebyr på 300 kr. lægges til i nat, medmindre "
                + "du afregner med kort inden da.</p><p><a href=\"https://" + OWNED[6] + "/b/" + sha256("fh45").substring(0, 20)
                + "\">Afregn med kort</a></p><p>Fakturhavn Inddrivelse</p></body></html>");
        ownedBy(m, OWNED[6]);
        m.description = "look-alike of the platform fakturhavn.dk: card-payment link before a 'fee' in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Kvitlo Kundeservice", "kundeservice@" + OWNED[7], "skole@samsoekommune.dk", "Regning fra " + guide.name())
            .text("Hej\n\n" + guide.name() + " har overdraget sin fakturering til Kvitlo. Den vedhæftede regning for "
                + "naturturene skal derfor betales til Kvitlos samlekonto " + mule(5) + ", hvorefter vi afregner med hende. "
                + "Indbetalinger til hendes private konto kan ikke længere godskrives.\n\nKvitlo Kundeservice")
            .attach("application/pdf", "kvitlo-" + (5_100 + rnd.nextInt(800)) + ".pdf", pdfInvoice(m,
                guide.posing(OWNED[7], mule(5)), "Faktura", "KV-" + (9_300 + rnd.nextInt(600)), amount(300_000), mule(5), 0,
                List.of("Opkræves af Kvitlo")));
        ownedBy(m, OWNED[7]);
        m.description = "look-alike of kvitlo.dk: the nature guide's invoice 'collected for her' to a GB account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, byg, mule(16), 9, List.of("Indbetales via koncernens cash pool"), "", "Hej\n\nVi er blevet købt af en "
            + "landsdækkende kæde, og fra denne måned løber alle indbetalinger gennem koncernens cash pool. Fakturaen skal "
            + "derfor betales til " + mule(16) + ". Jeg sidder i overdragelsesmøder resten af ugen, så svar hellere på mail "
            + "end at ringe.");
        genuine(m, byg.ip());
        m.description = "compromised real mailbox of tranebjerg-traelast.dk (DKIM, DMARC pass): account moved to NO";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@samsoekommune.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nEn hurtig ting om fakturaen herunder: banken har midlertidigt frosset vores driftskonto, mens "
                + "den gennemgår vores kundekendskab, så de " + p.amount().gross() + " kr. bedes sat ind på vores sekundære "
                + "konto " + mule(17) + ". Det gælder kun denne ene betaling.\n\nFakturering\n" + it.name() + "\n\n> Faktura "
                + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of kattegat-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        p = past.get(avis.domain());
        m = bad("reply-chain-hijack");
        headers(m, avis.person(), avis.box() + "@" + OWNED[8], "kreditor@samsoekommune.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nTak for bestillingen af annoncerne. Vores bogholder har desværre opdaget, at PDF'en til faktura "
                + p.no() + " blev dannet med en gammel skabelon og derfor viser en forkert konto. Den rigtige er " + mule(0)
                + ". Vil I skrive tilbage, når den er rettet, så vi kan lukke sagen?\n\n" + avis.person() + "\n\n"
                + "-----Oprindelig meddelelse-----\nFra: " + addr(avis) + "\nEmne: " + p.subject());
        ownedBy(m, OWNED[8]);
        m.description = "reply to the wave-1 thread of oeavisen-samsoe.dk from look-alike " + OWNED[8] + ", LT account";
        p = past.get(mad.domain());
        m = bad("reply-chain-hijack");
        headers(m, mad.person(), mad.box() + "@" + OWNED[9], "kreditor@samsoekommune.dk", "RE: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hi,\n\nFollowing up on invoice " + p.no() + " (DKK " + p.amount().gross() + "). Our accounts receivable "
                + "are now handled by the shared service centre of our new parent company in Tallinn, so this payment must go to "
                + mule(3) + ". Kindly confirm when your vendor record has been updated.\n\nKind regards\nAccounts Receivable\n"
                + mad.name() + "\n\n> From: " + addr(mad) + "\n> Subject: " + p.subject());
        ownedBy(m, OWNED[9]);
        m.description = "English reply to the meal service's wave-1 thread from look-alike " + OWNED[9] + ", EE account";

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "okonomichef@" + OWN, "kreditor@samsoekommune.dk", "Hastebetaling - bølgebryderen i Ballen")
            .text("Hej\n\nEntreprenøren på bølgebryderen i Ballen truer med at stoppe arbejdet, fordi en acontobetaling er "
                + "forsvundet i vores system. Jeg har lovet dem, at vi sender 187.400 kr. i dag til " + mule(7) + ". Bogfør "
                + "det på anlægsprojektet; bilaget kommer, når jeg er hjemme fra KL's økonomiforum.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged samsoekommune.dk (p=reject) from outside: the finance manager's urgent harbour payment (NL)";
        m = bad("own-domain-forged");
        headers(m, "Kommunaldirektøren", "direktion@" + OWN, "indkob@samsoekommune.dk", "Tilmelding energikonference - i dag")
            .text("Hej\n\nKan du betale tilmeldingen til energikonferencen i Bruxelles i dag? Arrangøren giver vores fire "
                + "pladser videre i aften, hvis pengene ikke er der. 4 x 9.950 kr. til " + mule(8) + ", mærket Samsø. Jeg "
                + "er til møder hele dagen og kan ikke tage telefonen.\n\nVh\nKommunaldirektøren");
        forged(m, forgedHost++);
        m.description = "forged samsoekommune.dk: the chief executive's 'conference registration' to a DE account";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.samsoe@gmail.com", "okonomi@samsoekommune.dk", "Fortrolig sag om møllepart")
            .text("Hej\n\nEr du på kontoret i eftermiddag? Jeg forhandler om havvindmøllerne i Energistyrelsen og har slukket "
                + "telefonen, men jeg kan læse mails. Kommunen kan købe en ekstra møllepart, hvis pengene står hos sælger, før "
                + "vinduet lukker kl. 14. Skriv til denne adresse og ikke den officielle, så får du beløb og kontonummer.\n\n"
                + "Hilsen Borgmesteren\nSendt fra min iPad");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the mayor 'negotiating offshore wind' wants a turbine share paid before 14:00";
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektøren", "kd.samsoe@outlook.com", "indkob@samsoekommune.dk", "En lille overraskelse")
            .text("Hej\n\nVi skal sige tak til de frivillige ved festivalen. Køb 15 elektroniske gavekort á 500 kr. og send mig "
                + "billeder af koderne. Det skal være en overraskelse, så hold det for dig selv indtil videre - du får udlægget "
                + "refunderet.\n\nKommunaldirektøren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards for festival volunteers";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Lauridsen", "mette.lauridsen.nordby@gmail.com", "lon@samsoekommune.dk", "Ny lønkonto")
            .text("Hejsa\n\nJeg har skiftet bank og vil gerne have min løn på den nye konto fra næste måned: " + mule(1)
                + ". Jeg kan ikke selv ændre det i systemet, for min MitID blev spærret, da jeg skiftede telefon. På forhånd "
                + "tak!\n\nMette Lauridsen\npædagog, Nordby Børnehus");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a nursery teacher";
        m = bad("payroll-account-change");
        headers(m, "Daniel Nowak", "daniel.nowak.saelvig@hotmail.com", "lon@samsoekommune.dk", "Salary account")
            .text("Hello,\n\nI work as a deckhand on the Sælvig ferry. My Danish bank is closing my account because my "
                + "residence card has expired, so please pay my salary into my Polish account " + mule(4) + " from this "
                + "month.\n\nThank you\nDaniel Nowak");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail for a ferry deckhand, PL IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {vognmand, maler};
        String[] krav = {"Til " + KOMMUNE + ", Kreditor\n\n%s har overdraget fordringen på faktura %s (%s kr.) til os, da "
            + "den trods påkrav ikke er betalt. Vi giver en sidste frist på fem hverdage til at indbetale fordringen med "
            + "tillæg af gebyrer og salær, i alt %s kr., på klientkontoen %s. Derefter tager vi retslige skridt uden yderligere "
            + "varsel.\n\nMed venlig hilsen\nSamsø Inkasso\nJuridisk afdeling",
            "Sag mod " + KOMMUNE + "\n\nKreditor: %s\nFaktura: %s\nHovedstol: %s kr.\nRenter, rykkergebyr og salær: 1.235,00 "
                + "kr.\nI alt: %s kr.\n\nBeløbet indbetales på %s. Ved spørgsmål kan sagsbehandleren træffes på 70 20 18 55, "
                + "men fristen forlænges ikke.\n\nSamsø Inkasso"};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            String total = kr(p.amount().ore() + p.amount().ore() / 4 + 123_500);
            headers(m, "Samsø Inkasso", "sag@" + OWNED[10], "kreditor@samsoekommune.dk", (i == 0 ? "Sidste frist: " : "Inkassosag: ")
                + inkasso[i].name())
                .text(String.format(krav[i], inkasso[i].name(), p.no(), p.amount().gross(), total, mule(i + 11)));
            ownedBy(m, OWNED[10]);
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "sikkerhed@" + OWNED[11], "it@samsoekommune.dk", "Login fra ukendt enhed")
            .html("<html><body><p>Vigtig besked om jeres MitID Erhverv</p><p>Vi har registreret et login fra en ukendt enhed "
                + "i Tyskland på en medarbejderidentitet i " + KOMMUNE + ". Var det ikke jer, skal organisationens administrator "
                + "spærre identiteten inden for 24 timer.</p><p><a href=\"https://" + OWNED[11] + "/spaer\">Spær identiteten"
                + "</a></p></body></html>");
        ownedBy(m, OWNED[11]);
        m.description = "fake MitID Erhverv 'unknown login' with a link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@" + OWNED[12], "okonomi@samsoekommune.dk", "Ny afgørelse i jeres postkasse")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Styrelsen for International Rekruttering og Integration har "
                + "sendt en afgørelse om tilbagebetaling af resultattilskud for 2036. Afgørelsen kan kun åbnes af en bruger med "
                + "læseadgang til organisationens post, og klagefristen regnes fra i dag.</p><p><a href=\"https://" + OWNED[12]
                + "/post\">Åbn afgørelsen</a></p><p>Digital Post - Erhverv</p></body></html>");
        ownedBy(m, OWNED[12]);
        m.description = "fake Digital Post decision with a link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandelsregistret", "register@" + OWNED[13], "efaktura@samsoekommune.dk", "EAN " + EAN
            + " - kontaktoplysninger forældede")
            .text("Til " + KOMMUNE + "\n\nJeres lokationsnummer " + EAN + " står med forældede kontaktoplysninger i "
                + "NemHandelsregistret. Bekræftes de ikke inden fredag, kan leverandører ikke længere sende e-fakturaer til "
                + "jer, og de vil komme som papirfakturaer med gebyr. Opdater registreringen på https://" + OWNED[13]
                + "/ean\n\nNemHandelsregistret");
        ownedBy(m, OWNED[13]);
        m.description = "fake NemHandel registry update with a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@" + OWNED[13], "kreditor@samsoekommune.dk", "Adgangspunkt suspenderet")
            .text("Jeres NemHandel-adgangspunkt er sat på pause, fordi det årlige registreringsgebyr på 1.868,75 kr. inkl. "
                + "moms ikke er modtaget. Indbetal gebyret på " + mule(9) + " med EAN-nummeret som tekst, så genåbnes "
                + "adgangen inden for to timer. Indtil da afvises indgående fakturaer.");
        ownedBy(m, OWNED[13]);
        m.description = "fake NemHandel 'suspended access point' asking for a registration fee (HU IBAN)";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Ballen Havneparkering", "afgift@" + OWNED[14], "teknik@samsoekommune.dk", "Parkeringsafgift - Ballen Havn")
            .html("<html><body><p>En af kommunens tjenestebiler stod på havnens betalingsparkering uden gyldig billet. "
                + "Afgiften er 750 kr. Scan koden med mobilen og betal med kort inden 10 dage, ellers lægges et rykkergebyr "
                + "på.</p><p><img src=\"cid:betal\" alt=\"QR\"></p></body></html>")
            .attach("image/png", "afgift-ballen.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, OWNED[14]);
        m.description = "QR code for a harbour parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Færgebilletter", "refusion@" + OWNED[15], "faerge@samsoekommune.dk", "Refusion for aflyst afgang")
            .html("<html><body><p>Afgangen Sælvig-Hou blev aflyst, og kommunens erhvervskonto har ret til refusion for fire "
                + "billetter. Scan QR-koden for at få pengene sat ind på jeres betalingskort.</p><img src=\"cid:refusion\">"
                + "</body></html>")
            .attach("image/png", "refusion.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, OWNED[15]);
        m.description = "QR code for a ferry ticket 'refund'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "kontor@" + OWNED[16], "kreditor@samsoekommune.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVores PDF'er bliver vist fanget i jeres spamfilter, så denne gang er fakturaen pakket i en zip-fil. "
                + "Der skal ingen adgangskode til. Læg mærke til den nye bankforbindelse i fakturaen.\n\nKontoret")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing(OWNED[16], mule(12)), "Faktura", no, a, mule(12), 0, List.of()),
                "LaesMig.txt", "Indbetaling kun til kontonummeret i fakturaen."));
        ownedBy(m, OWNED[16]);
        m.description = "invoice PDF inside a ZIP from a look-alike of samsoe-rengoring.dk, CY account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "post@" + OWNED[17], "kreditor@samsoekommune.dk", "Kvartalets regninger")
            .text("Hej Kreditor\n\nHer er kvartalets regninger fra værkstedet samlet i én 7-Zip-fil. Vi har fået ny konto i "
                + "år.\n\nBesser VVS og Blik")
            .attach("application/x-7z-compressed", "regninger-kvartal.7z", Attachments.sevenZip("Regning-" + no + ".pdf",
                pdfInvoice(m, vvs.posing(OWNED[17], mule(13)), "Faktura", no, a, mule(13), 1, List.of())));
        ownedBy(m, OWNED[17]);
        m.description = "invoice PDF inside a 7z from a look-alike of besser-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@" + OWNED[18], "indkob@samsoekommune.dk", "Tilbud og faktura - skoleåret")
            .text("Hej\n\nTilbud og faktura på skoleårets kontorartikler ligger i samme dokument. Priserne regnes ud, når du "
                + "klikker 'Aktivér indhold' i den gule bjælke øverst.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Tilbud_og_faktura_skoleaar.docm", Attachments.word(
                "Tilbud og faktura, kontorartikler. Priserne beregnes, når indholdet er aktiveret.", true));
        ownedBy(m, OWNED[18]);
        m.description = "macro-enabled .docm from a look-alike of nordby-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "faktura@" + OWNED[19], "it@samsoekommune.dk", "Licensopgørelse Chromebooks")
            .text("Hej\n\nLicensopgørelsen for skolens Chromebooks er i regnearket. Arket er låst og åbnes, når makroerne "
                + "tillades. Den nye kontoinformation står under fanen Betaling.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_Chromebooks.xlsm", Attachments.excel(List.of(
                "Licensopgørelse april 2037", "Chromebook-licens og support 180 stk", "Betaling til " + mule(18)), true));
        ownedBy(m, OWNED[19]);
        m.description = "macro-enabled .xlsm from a look-alike of kattegat-itdrift.dk, LT account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "kim@" + OWNED[20], "omsorg@samsoekommune.dk", "Regning plejecentret")
            .text("Hej\n\nRegningen for malerarbejdet på plejecentret kommer som billede, for jeg er ude på en opgave og har "
                + "kun telefonen. Der er en ny konto nederst.\n\nKim")
            .attach("image/png", "Regning_plejecenter.png", Attachments.image(docId(m, "img"), "png"));
        ownedBy(m, OWNED[20]);
        m.description = "image-only invoice (PNG) from a look-alike of onsbjerg-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "bent@" + OWNED[21], "teknik@samsoekommune.dk", "Faktura ålegræs")
            .text("Vedlagt scannet faktura for kørslen med ålegræs. Betaling til ny konto ifølge fakturaen.\n\nMvh Bent")
            .attach("application/pdf", "Scan_2037_0412.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, OWNED[21]);
        m.description = "scanned image-only PDF from a look-alike of kolby-vognmand.dk";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@" + OWNED[22], "indkob@samsoekommune.dk", "Ordrebekræftelse 55120")
            .text("Ordre 55120: 6 robotplæneklippere til boldbanerne, i alt 71.940 kr. ekskl. moms, sendes torsdag med færgen, "
                + "og beløbet faktureres ved levering. Har I ikke afgivet ordren, kan den kun annulleres telefonisk på "
                + "78 75 31 60 inden for 24 timer.\n\nOrdrecenter");
        ownedBy(m, OWNED[22]);
        m.description = "callback scam: fake lawnmower order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Renewals Desk", "renewals@" + OWNED[22], "it@samsoekommune.dk", "Subscription renewal notice")
            .text("Dear customer,\n\nYour endpoint protection plan for 180 devices (" + KOMMUNE + ") renews automatically in "
                + "48 hours. Amount: DKK 39,960.00 excl. VAT, invoiced on renewal.\n\nTo cancel, call our billing desk on "
                + "+45 78 75 31 61. Cancellations by e-mail cannot be processed.\n\nRenewals Desk");
        ownedBy(m, OWNED[22]);
        m.description = "callback scam in English: auto-renewed antivirus";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "mj@" + OWNED[23], "efaktura@samsoekommune.dk", "OIOUBL " + no)
            .text("Hej\n\nVi er gået over til et nyt fakturaprogram, der endnu ikke er koblet på NemHandel, så e-fakturaen er "
                + "vedhæftet som OIOUBL-fil. Bemærk den opdaterede betalingskonto i filen.\n\n" + entrep.name())
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, entrep, mule(2), a, isoDay(m, 0), isoDay(m, 14), false,
                "SK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, OWNED[23]);
        m.description = "OIOUBL XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(bus);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, bus.name(), "korsel@" + OWNED[24], "efaktura@samsoekommune.dk", "Peppol-faktura " + no + " skolekørsel")
            .text("Peppol-netværket afviste vores afsendelse, så fakturaen for skolekørslen er vedlagt som XML. Betal venligst "
                + "til kontoen under PaymentMeans; den er ny siden sidst.\n\nKørselskontoret")
            .attach("application/xml", "peppol_" + no + ".xml", ubl(no, bus, mule(6), a, isoDay(m, 0), isoDay(m, 10), true,
                "SK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, OWNED[24]);
        m.description = "Peppol XML in the bus company's name with a changed payee (IE IBAN), look-alike domain";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Blækhus", "dokument@" + OWNED[25], "energi@samsoekommune.dk", "Samsø Energiakademi har delt et dokument")
            .html("<html><body><p>Samsø Energiakademi har sendt dig 'Samarbejdsaftale - energirenovering 2037' til "
                + "underskrift. Dokumentet udløber i dag kl. 23.59.</p><p><a href=\"https://" + OWNED[25] + "/d/"
                + sha256("bh45").substring(0, 16) + "\">Åbn dokumentet</a></p></body></html>");
        ownedBy(m, OWNED[25]);
        m.description = "fake e-signature request imitating blaekhus.dk and the energy academy";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@" + OWNED[26], "ejendomme@samsoekommune.dk", "Forpagtningskontrakt til underskrift")
            .html("<html><body><p>Forpagtningskontrakten for kommunens jord ved Mårup er klar til underskrift. For at beskytte "
                + "dokumentet skal du bekræfte din identitet med adgangskoden til din arbejdsmail.</p><p><a href=\"https://"
                + OWNED[26] + "/login\">Bekræft og underskriv</a></p></body></html>");
        ownedBy(m, OWNED[26]);
        m.description = "fake e-signature behind a work-mail password page";

        // split-payment-redirect
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "post@" + OWNED[27], "kreditor@samsoekommune.dk", "Vedr. faktura " + p.no())
            .text("Hej\n\nAngående faktura " + p.no() + ": vi har en aftale med vores grossist om varmepumperne, så de får "
                + "deres del direkte. Betal derfor 40 % af beløbet til " + mule(19) + " og de øvrige 60 % til os som normalt. "
                + "Beklager besværet.\n\nVærkstedet");
        ownedBy(m, OWNED[27]);
        m.description = "split payment on Besser VVS's real wave-1 invoice, look-alike domain";
        p = past.get(kontor.domain());
        m = bad("split-payment-redirect");
        headers(m, kontor.person(), "ordre@" + OWNED[28], "kreditor@samsoekommune.dk", "Betaling af " + p.no() + " i to dele")
            .text("Goddag\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. skal deles: 12.000 kr. til den konto, I "
                + "plejer at bruge, og resten til " + mule(20) + ", som er vores factoringselskab. Skriv fakturanummeret på "
                + "begge overførsler.\n\nOrdrekontoret");
        ownedBy(m, OWNED[28]);
        m.description = "split payment on the office-supply firm's real wave-1 invoice (part to a DK mule)";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-ferry-drydock-invoice
        M m = bad("fake-ferry-drydock-invoice");
        invoice(m, vaerft.posing(OWNED[29], vaerft.account()), mule(0), 11, List.of("Dokordre " + dockOrder
            + " - tillægsarbejde"), "", "Under dokningen af færgen Samsø fandt vi en utæt tætning på propelakslen og "
            + "tæringer i bundpladerne agter, som skulle udbedres, før skibet kunne klassificeres. Arbejdet ligger uden for "
            + "fastprisen på dokordre " + dockOrder + " og er faktureret særskilt. Værftet er overgået til en ny bank i "
            + "forbindelse med en refinansiering, så brug kontoen på fakturaen.");
        ownedBy(m, OWNED[29]);
        m.description = "look-alike of the shipyard cites its real dock order, 'extra shaft-seal and plating work' (LT IBAN)";
        m = bad("fake-ferry-drydock-invoice");
        headers(m, "Kolby Kås Marine", "accounts@" + OWNED[30], "faerge@samsoekommune.dk", "Invoice - towage assistance")
            .text("Dear Sir/Madam,\n\nOn the ferry's departure from the yard in strong westerly wind, our tug assisted the "
                + "vessel off the quay and escorted her to open water at the master's request. Please find our charges "
                + "below:\n\nTug, 3.5 hours at DKK 4,200.00\nStandby and mobilisation DKK 6,800.00\nTotal DKK 21,500.00 "
                + "excl. VAT\n\nPayment within 7 days to " + mule(7) + ".\n\nBest regards\nKolby Kås Marine");
        ownedBy(m, OWNED[30]);
        m.description = "unknown firm bills in English for 'towage' of the ferry out of the yard nobody ordered (NL IBAN)";
        m = bad("fake-ferry-drydock-invoice");
        headers(m, "Sælvig Dokservice", "booking@" + OWNED[31], "faerge@samsoekommune.dk", "Dokplads vinter 2038 - reservation")
            .text("Hej Færgekontoret\n\nDokpladserne til vinteren 2038 er ved at være fordelt, og vi holder en plads til "
                + "Prinsesse Isabella i uge 3-4. For at fastholde reservationen skal 25 % af prisen, 96.250 kr., indbetales "
                + "inden ti dage på " + mule(9) + ". Resten betales ved afgang fra dokken.\n\nSælvig Dokservice");
        ownedBy(m, OWNED[31]);
        m.description = "a 'docking slot reservation' deposit for the Sælvig ferry (HU IBAN)";

        // fake-navigation-buoy-service-invoice
        m = bad("fake-navigation-buoy-service-invoice");
        invoice(m, bojer.posing(OWNED[32], bojer.account()), mule(14), 13, List.of("Kontrakt " + buoyContract
            + " - stormskader"), "", "Efter stormen i sidste uge lå to af fortøjningsbøjerne ved Ballen på bunden, og kæderne "
            + "var slidt over. Vi har hævet dem, sat nye kæder og svirvler på og lagt dem ud igen under kontrakt " + buoyContract
            + ". Arbejdet er ekstra og faktureres nu. Bemærk, at vores konto er ny, og at den gamle ikke længere kan modtage "
            + "betalinger.");
        ownedBy(m, OWNED[32]);
        m.description = "look-alike of the marine firm cites its real buoy contract, 'storm damage' (MT IBAN)";
        m = bad("fake-navigation-buoy-service-invoice");
        headers(m, "Stauns Sømærker", "kontrol@" + OWNED[33], "havn@samsoekommune.dk", "Årlig lysprøvning af sømærker")
            .text("Til havnemyndigheden\n\nEfter reglerne for afmærkning skal lyset i alle lystønder i Stauns Fjord og ved "
                + "Langør prøves hvert år og dokumenteres over for myndighederne. Vi har foretaget prøvningen af 11 lystønder, "
                + "og certifikatet udstedes, når gebyret på 14.300,00 kr. inkl. moms er indbetalt på " + mule(11) + ".\n\n"
                + "Stauns Sømærker");
        ownedBy(m, OWNED[33]);
        m.description = "unknown firm bills a 'mandatory yearly light test' of the buoys, certificate after payment (BG IBAN)";
        m = bad("fake-navigation-buoy-service-invoice");
        headers(m, "Issehoved Bøjeservice", "bjaergning@" + OWNED[34], "havn@samsoekommune.dk", "Bjærget bøje - afhentning")
            .text("Hej\n\nVores båd fandt i weekenden en drivende gul bøje med kommunens mærkning ud for Issehoved og har "
                + "bjerget den. Den står nu på vores plads. Bjærgeløn og opbevaring udgør 8.750 kr., som skal betales til "
                + mule(3) + ", før bøjen kan udleveres. Efter 14 dage bortskaffes den for jeres regning.\n\nIssehoved "
                + "Bøjeservice");
        ownedBy(m, OWNED[34]);
        m.description = "a 'salvaged drifting buoy' held until a salvage fee is paid (EE IBAN)";

        // fake-solar-panel-cleaning-invoice
        m = bad("fake-solar-panel-cleaning-invoice");
        invoice(m, sol.posing(OWNED[35], sol.account()), mule(10), 15, List.of("Solcelleregister: " + solarPlants
            + " - vekselretter"), "", "Overvågningen viste et fald i produktionen på Samsø Hallen, og ved eftersynet var den "
            + "ene vekselretter brændt af. Vi har sat en ny op med det samme, så I ikke mister mere strøm, og regningen er "
            + "vedhæftet. Jeg har skiftet til en erhvervskonto i en anden bank, så pengene skal gå til kontoen på "
            + "regningen, ikke den gamle.");
        ownedBy(m, OWNED[35]);
        m.description = "look-alike of the solar firm cites the real plant numbers, 'burnt inverter replaced' (RO IBAN)";
        m = bad("fake-solar-panel-cleaning-invoice");
        headers(m, "Ballen Solenergi", "faktura@" + OWNED[36], "ejendomme@samsoekommune.dk", "Faktura: rensning af solceller")
            .text("Hej\n\nVed vores droneflyvning over øen så vi kraftig tilsmudsning af solcellerne på Samsø Hallen og "
                + "skolen. Vi har derfor renset panelerne som led i vores ø-kampagne, så I får fuld produktion igen. "
                + "Fakturaen er vedhæftet.\n\nBallen Solenergi")
            .attach("application/pdf", "Faktura-solrens.pdf", Attachments.pdf(docId(m, "sr45"), "Faktura - rensning af "
                + "solceller", List.of("Ballen Solenergi", "Rensning af 412 paneler, Samsø Hallen og Samsø Skole",
                "Ø-kampagne 2037", "I alt inkl. moms 24.975,00", "Betales til " + mule(12))));
        ownedBy(m, OWNED[36]);
        m.description = "unknown firm bills an unordered panel cleaning 'seen from our drone' (CY IBAN)";
        m = bad("fake-solar-panel-cleaning-invoice");
        headers(m, "Onsbjerg Solcellerens", "service@" + OWNED[37], "energi@samsoekommune.dk", "Påkrævet kontrol af elmåler")
            .text("Til anlægsejer\n\nAnlæg over 50 kW skal have målerkontrolleret produktionen en gang om året, før afregningen "
                + "for overskudsstrøm kan fortsætte. Vi er autoriseret til at udføre kontrollen på øen og har sat jeres tre "
                + "anlæg på ruten i maj. Forudbetaling på 11.400 kr. til " + mule(15) + " bekræfter tiden.\n\n"
                + "Onsbjerg Solcellerens");
        ownedBy(m, OWNED[37]);
        m.description = "a 'required yearly production meter check' of the plants against prepayment (SE IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus45().generate(), List.of(
            "# Samsø Kommune, Økonomi: invoice checks (forty-fifth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=tranebjerg-varme.dk brundby-entreprenor.dk hou-skibsvaerft.dk langor-marineservice.dk "
                + "samsoe-solservice.dk nordby-toemrer.dk onsbjerg-maler.dk samsoe-rengoring.dk oeavisen-samsoe.dk "
                + "kolby-vognmand.dk ballen-elservice.dk besser-vvs.dk samsoe-okokokken.dk tranebjerg-traelast.dk "
                + "kattegat-itdrift.dk samsoe-rutebiler.dk nordby-kontor.dk",
            "invoice.domains.platforms=ankerregning.dk debitoria.dk fakturhavn.dk kvitlo.dk",
            "invoice.names.protected=Samsø Kommune"));
    }
}
