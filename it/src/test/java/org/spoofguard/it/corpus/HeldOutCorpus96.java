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
 * The ninety-sixth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Rødovre Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, property,
 * schools, elderly care, culture and library mailboxes; town hall Rødovre Parkvej 150, 2610 Rødovre) west of Copenhagen:
 * Arne Jacobsen's listed town hall with its glass curtain wall and his library, Islev, Valhøj, Tinderhøj, Espelunden,
 * Damhusengen, Korsager, Hendriksholm, Milestedet, Nyager, Egegård, Irmabyen, Kagsmosen and Harrestrup Å; sixteen listed
 * suppliers from those places in every DNS posture real Danish firms have (one sending through a web hoster named in its
 * SPF), four invoicing platforms ({@code fakturlo.dk}, {@code betalvind.com}, {@code regnlys.io}, {@code faktaflow.dk}), a
 * glazier servicing the town hall's curtain wall, an upholsterer restoring the original Jacobsen chairs of the council
 * chamber and the library, sole traders on free mail, foreign suppliers, SaaS ({@code vagtlys.dk}, {@code skemaspor.io}),
 * an ESP ({@code postkaster.com}), an e-signature service ({@code signaflow.dk}), banks, a creditor list, forwarders (with
 * and without SRS) and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and two kinds new here: panel replacement,
 * sealing, inspection or cleaning of the listed town hall's glass curtain wall billed by someone who never touched it
 * (fake-curtain-wall-glazing-invoice), and reupholstery, leather or cleaning of the original Jacobsen chairs in the council
 * chamber, the lobby and the library billed to a new account (fake-design-chair-reupholstery-invoice). The invoice engine,
 * its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus96GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus96 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout96");
    public static final String OWN = "rk.dk";
    static final String FRAUD_NET = "127.196.";
    private static final String OWN_IP = "127.96.0.1";
    private static final String EAN = "5798000362154";
    private static final String KOMMUNE = "Rødovre Kommune";
    private static final String RAADHUS = "Rødovre Parkvej 150, 2610 Rødovre";
    private static final String HOSTER_IP = "127.96.9.1";
    private static final String GMAIL = "127.98.1.1";
    private static final String MSFT = "127.98.2.1";
    private static final String APPLE = "127.98.5.1";

    private final Random rnd = new Random(96_2610_0096L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The glazier's service agreement for the town hall's curtain wall (the frauds cite it). */
    private String glassAgreement;
    /** The upholsterer's work order for the council chamber's chairs (the frauds cite it). */
    private String chairOrder;

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

    private final Supplier glas = new Supplier("Islev Facadeglas ApS", "islev-facadeglas.dk", "Mette Kjærgaard", "mk",
        "127.96.1.1", iban("DK", "30000012698745"), "service på glasfacaden og udskiftning af glasfelter, Rødovre Rådhus");
    private final Supplier polster = new Supplier("Valhøj Møbelpolstring v/ Trine Havgaard", "valhoej-polstring.dk",
        "Trine Havgaard", "trine", "127.96.1.2", bank("2191", "0762154338"),
        "ompolstring af originale stole i byrådssalen og på Rødovre Bibliotek");
    private final Supplier varme = new Supplier("Damhusengens Varmeservice A/S", "damhusengen-varme.dk", "Kundecenter",
        "kunde", "127.96.1.3", iban("DK", "53350003318826"), "drift af varmecentraler på skoler og i daginstitutioner");
    private final Supplier entrep = new Supplier("Tinderhøj Anlæg ApS", "tinderhoej-anlaeg.dk", "Kasper Lykke", "kl",
        "127.96.1.4", bank("9570", "0012408812"), "ny belægning og kantsten på stisystemet ved Tinderhøj Skole");
    private final Supplier rengoer = new Supplier("Espelunden Rengøring ApS", "espelunden-rengoering.dk", "Administrationen",
        "adm", "127.96.1.5", iban("DK", "20000765402913"), "daglig rengøring af Rådhuset og Kulturhuset Viften");
    private final Supplier el = new Supplier("Korsager El-Service ApS", "korsager-el.dk", "Bjarne Holt", "bh", HOSTER_IP,
        bank("2191", "0762198804"), "udskiftning af armaturer og nødbelysning på Korsager Skole");
    private final Supplier vvs = new Supplier("Hendriksholm VVS & Blik ApS", "hendriksholm-vvs.dk", "Kontoret", "kontor",
        "127.96.1.7", bank("9570", "0012433017"), "omlægning af tagrender og service på brugsvandsanlæg, Hendriksholm Skole");
    private final Supplier mad = new Supplier("Milestedets Køkken A/S", "milestedet-koekken.dk", "Milestedets Køkken, Regnskab",
        "regnskab", "127.96.1.8", iban("DK", "53350003345512"), "mad til plejeboligerne og madservice til hjemmeboende");
    private final Supplier it = new Supplier("Islevdal IT ApS", "islevdal-it.dk", "Fakturering", "fakturering",
        "127.96.1.9", bank("2191", "0762210559"), "drift af Chromebooks og trådløst net på folkeskolerne");
    private final Supplier bus = new Supplier("Rødovre Skolebusser ApS", "rodovre-skolebusser.dk", "Disponenten", "disponent",
        "127.96.1.10", bank("9570", "0012467390"), "specialkørsel til skoler og kørsel til svømning i Rødovre Svømmehal");
    private final Supplier kontor = new Supplier("Nyager Kontorforsyning ApS", "nyager-kontor.dk", "Ordrekontoret", "ordre",
        "127.96.1.11", iban("DK", "30000012744381"), "kopipapir, kuverter og toner til Rådhuset og skolekontorerne");
    private final Supplier maler = new Supplier("Egegård Malerfirma v/ Bo Lind", "egegaard-maler.dk", "Bo Lind", "bo",
        "127.96.1.12", bank("2191", "0762231170"), "maling af gange og klasselokaler, Egegård Skole");
    private final Supplier vognmand = new Supplier("Slotsherrens Vognmandsforretning ApS", "slotsherrens-vognmand.dk",
        "Per Holmgaard", "per", "127.96.1.13", bank("9570", "0012481126"), "kørsel med jord og grus til Kagsmosen og Damhusengen");
    private final Supplier avis = new Supplier("Rødovre Lokalnyt", "rodovre-lokalnyt.dk", "Annonceafdelingen", "annonce",
        "127.96.1.14", iban("DK", "20000765477801"), "annoncer: høring om lokalplan for Irmabyen og stillinger i dagtilbud");
    private final Supplier byg = new Supplier("Islevbro Byggemarked A/S", "islevbro-byggemarked.dk", "Erhvervssalg", "erhverv",
        "127.96.1.15", iban("DK", "53350003390047"), "byggematerialer til Ejendomme og Vej efter indkøbsaftale");
    private final Supplier toemrer = new Supplier("Tårnvej Tømrer ApS", "taarnvej-toemrer.dk", "Lasse Bech", "lb",
        "127.96.1.16", bank("2191", "0762254406"), "nye døre og lofter i Valhøj Børnehus");
    // not on the creditor list
    private final Supplier smed = new Supplier("Islev Smede- og Maskinværksted", "islev-smedie.dk", "Villy Krogh", "villy",
        "127.96.2.1", bank("9570", "0012490063"), "nyt rækværk ved gangbroen over Harrestrup Å");
    private final Supplier natur = new Supplier("Rødovre Vandløbspleje v/ Kasper Ravn", "rodovre-vandloebspleje.dk",
        "Kasper Ravn", "kasper", "127.96.2.2", bank("2191", "0762266813"), "grødeskæring og oprensning i Harrestrup Å");
    private final Supplier musik = new Supplier("Harmonikaspiller Poul Erik Dam", "gmail.com", "Poul Erik Dam",
        "pouleriks.harmonika", GMAIL, bank("9570", "0012502241"), "eftermiddagsmusik på plejecentrene, 3 gange i november");
    private final Supplier tolk = new Supplier("Tolk v/ Leyla Demir", "outlook.com", "Leyla Demir", "leyla.demir.tolkning",
        MSFT, bank("2191", "0762279020"), "tolkning tyrkisk-dansk i Jobcentret, 5 x 1 time");
    private final Supplier yoga = new Supplier("Stolegymnastik v/ Hanne Bro", "icloud.com", "Hanne Bro", "hanne.bro.motion",
        APPLE, bank("9570", "0012513388"), "stolegymnastik for ældre i Kulturhuset Viften, efterårshold");
    private final Supplier tysk = new Supplier("Hamburger Glasfassaden GmbH", "hamburger-glasfassaden.de", "Buchhaltung",
        "buchhaltung", "127.97.1.1", iban("DE", "200400600088214507"), "Ersatzdichtungen und Glashalter, Rathaus Rødovre");
    private final Supplier svensk = new Supplier("Malmö Möbeltextil AB", "malmo-mobeltextil.se", "Kundreskontra", "reskontra",
        "127.97.2.1", iban("SE", "45500000058310044812"), "möbeltyg och skumplast till stolarna i byrådssalen");

    private final List<Supplier> listed = List.of(glas, polster, varme, entrep, rengoer, el, vvs, mad, it, bus, kontor, maler,
        vognmand, avis, byg, toemrer);

    /** Fraudsters' own domains, each carrying a Rødovre place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"damhusengen-varme.com", "tinderhoej-anlaeg.net", "islevbro-byggemarked.com",
        "korsager-elservice.dk", idn("isl\u0435vbro-byggemarked.dk"), idn("r\u00f8dovre-k\u043emmune.dk"), "fakturlo-rodovre.dk",
        "betalvind-islev.com", "espelunden-rengoring.dk", "hendriksholm-vvs.net", "nyager-kontor.net", "islevdal-itdrift.net",
        "egegaard-malerfirma.dk", "slotsherrens-vognmand.net", "tinderhoej-anlaeg-aps.dk", "milestedet-kokken.dk",
        "taarnvej-tomrer.dk", "rodovre-inkasso.dk", "mitid-rodovre.com", "digitalpost-islev.com", "kagsmosen-parkering.dk",
        "valhoej-betalingsservice.net", "signaflow-rodovre.dk", "irmabyen-dokumenter.net", "rodovre-skolebusser.net",
        "hendriksholm-vvs-blik.dk", "rodovre-domaeneservice.com", "islev-webhotel.net", "islev-facadeglas.com",
        "rodovre-glasfacader.dk", "tinderhoej-rudeservice.dk", "valhoej-polstring.com", "rodovre-designmoebler.dk",
        "korsager-moebelrens.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(glas.domain(), List.of(glas.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(polster.domain(), List.of(polster.ip()), "~all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(varme.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(vognmand.domain(), List.of("127.96.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.96.1.25"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("damhusaaens-renseanlaeg.dk", List.of("127.96.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fredede-bygninger-tilsyn.dk", List.of("127.96.4.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("heerup-venner.dk", List.of("127.96.4.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("rodovre-idraetsforening.dk", List.of("127.96.4.4"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("islev-isenkram.dk", List.of("127.96.4.5"), "-all", null, "none");
        domain("rodovre-revisionskontor.dk", List.of("127.96.4.6"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("milestedet-udlejning.dk", List.of("127.96.4.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("fakturlo.dk", List.of("127.96.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("betalvind.com", List.of("127.96.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("regnlys.io", List.of("127.96.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("faktaflow.dk", List.of("127.96.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("rodovre-andelskasse.dk", List.of("127.96.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hovedstadens-erhvervsbank.dk", List.of("127.96.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorring-omegn.dk", List.of("127.96.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("omegnens-bogholdere.dk", List.of("127.96.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hovedstadens-indkoebere.dk", List.of("127.96.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postkaster.com", List.of("127.96.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelspejlet.dk", List.of("127.96.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.rodovre-fiber.dk", List.of("127.96.28.1"), "-all", null, null);
        domain("relay.islevnet.dk", List.of("127.96.29.1"), "-all", null, null);
        domain("skemaspor.io", List.of("127.96.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtlys.dk", List.of("127.96.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signaflow.dk", List.of("127.96.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
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
        switch (Math.floorMod(sha256("no96:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "RO-" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "F36-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "2036-" + (1_000 + rnd.nextInt(800));
            default:
                return "K" + (71_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@rk.dk", "efaktura@rk.dk", "kreditor@rk.dk", "oekonomi@rk.dk",
        "vejpark@rk.dk", "skoler@rk.dk", "omsorg@rk.dk", "ejendomme@rk.dk", "indkoeb@rk.dk", "kultur@rk.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf96:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr96:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi96:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "islev-facadeglas.dk" -> "Islevdalvej 142, 2610 Rødovre";
            case "valhoej-polstring.dk" -> "Valhøjs Allé 61, 2610 Rødovre";
            case "damhusengen-varme.dk" -> "Ved Damhussøen 4, 2610 Rødovre";
            case "tinderhoej-anlaeg.dk" -> "Tinderhøj Allé 3, 2610 Rødovre";
            case "espelunden-rengoering.dk" -> "Espelunden 18, 2610 Rødovre";
            case "korsager-el.dk" -> "Korsager Allé 27, 2610 Rødovre";
            case "hendriksholm-vvs.dk" -> "Hendriksholms Boulevard 40, 2610 Rødovre";
            case "milestedet-koekken.dk" -> "Milestedet 9, 2610 Rødovre";
            case "islevdal-it.dk" -> "Islevdalvej 210, 2610 Rødovre";
            case "rodovre-skolebusser.dk" -> "Valhøjs Allé 176, 2610 Rødovre";
            case "nyager-kontor.dk" -> "Nyager 12, 2610 Rødovre";
            case "egegaard-maler.dk" -> "Egegårdsvej 33, 2610 Rødovre";
            case "slotsherrens-vognmand.dk" -> "Slotsherrensvej 317, 2610 Rødovre";
            case "rodovre-lokalnyt.dk" -> "Rødovre Centrum 1, 2610 Rødovre";
            case "islevbro-byggemarked.dk" -> "Islevbrovej 55, 2610 Rødovre";
            case "taarnvej-toemrer.dk" -> "Tårnvej 301, 2610 Rødovre";
            case "islev-smedie.dk" -> "Islevhusvej 21, 2700 Brønshøj";
            case "rodovre-vandloebspleje.dk" -> "Kagsåvej 8, 2610 Rødovre";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: an invoice with supplier and customer lines and an amount line; a time sheet
     * with labour, materials and driving and the FI line (card 71); an agreement settlement with agreement number, fixed
     * and variable part and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Udstedt af " + s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Modtager: " + KOMMUNE + ", " + RAADHUS + ", EAN " + EAN);
                l.add("Fakturadato " + writtenDay(m, 0) + ". Kontakt hos os: " + s.person());
                l.add("Hvad der er leveret: " + s.what());
                l.add("Pris før moms " + a.net() + " kr., momsen udgør " + a.vat() + " kr., så der skal i alt betales "
                    + a.gross() + " kr.");
                l.addAll(more);
                l.add("Fristen for betaling er " + writtenDay(m, 30) + ", og fakturanummeret skrives i tekstfeltet til modtageren.");
                if (account != null) {
                    l.add("Pengene sættes ind på " + account);
                }
                l.add("Opstår der spørgsmål til posterne, svarer vi gerne, før I godkender fakturaen i jeres system.");
            }
            case 1 -> {
                head = "Timeseddel og faktura " + no;
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Opgaven for " + KOMMUNE + " (EAN " + EAN + ") gik ud på: " + s.what());
                long labour = a.ore() * 58 / 100;
                long drive = a.ore() * 6 / 100;
                l.add("Heraf arbejdstimer for " + kr(labour) + " kr., materialer for " + kr(a.ore() - labour - drive)
                    + " kr. og kørsel for " + kr(drive) + " kr.");
                l.add("Samlet pris uden moms " + a.net() + " kr., med moms " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Vi beder om betaling senest " + writtenDay(m, 21) + (account == null ? "" : " på " + account));
                if (own) {
                    l.add("Kan også betales med " + fik(71, no, creditorNo(s.domain()), true));
                }
                l.add("Timesedlen er kvitteret af den medarbejder hos kommunen, der tog imod arbejdet på stedet.");
            }
            default -> {
                head = "Afregning efter aftale " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Kundenummer " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " hos os er " + KOMMUNE
                    + " med EAN " + EAN);
                l.add("Afregningen dækker tiden fra " + writtenDay(m, -31) + " frem til " + writtenDay(m, -1)
                    + " og vedrører " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Den faste ydelse er " + kr(fixed) + " kr., og det, der er gået ud over aftalen, udgør "
                    + kr(a.ore() - fixed) + " kr.");
                l.add("Til betaling i alt " + a.gross() + " kr. inklusive moms på " + a.vat() + " kr.");
                l.addAll(more);
                l.add("Betalingsfristen er " + writtenDay(m, 14) + (account == null ? "" : ", og beløbet overføres til " + account));
                if (own) {
                    l.add("Eller brug " + fik(75, no, creditorNo(s.domain()), true));
                }
                l.add("Aftalen løber et år ad gangen og kan opsiges af begge parter med tre måneders varsel.");
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "RK-" + no + ".pdf", "Fak-" + no + ".pdf",
            "invoice-" + no + ".pdf", "Regning " + no + ".pdf", no + "_Rodovre_Kommune.pdf", "dok" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Rødovre Kommune", "Til Kreditorbogholderiet", "Goddag i økonomien",
        "Hej alle sammen", "Att. kreditorer", "Kære Rødovre Kommune", "Hej bogholderiet", "Til Økonomi og Indkøb"};

    private String phone() {
        return "36 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig96:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlige hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " | tlf. " + phone();
            case 2:
                return "\n\nMvh.\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_600_000 : 380_000);
        String[] subjects = {"Faktura " + no, "Faktura " + no + " - " + KOMMUNE, s.name() + ": faktura " + no,
            "Ny faktura fra " + s.name(), "Faktura " + no + " til EAN " + EAN, "Regning " + no, "Fakturanr. " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede fil finder I faktura " + no + ", i alt " + a.gross() + " kr. med moms, forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er også lagt ind via NemHandel på EAN " + EAN + ", så betal den kun én gang, tak.";
            case 3 -> "Tak for samarbejdet denne gang. PDF-fakturaen ligger vedhæftet.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb i alt: " + a.gross() + " kr.\nBetales senest: " + dottedDay(m, 30);
            case 5 -> "Så er arbejdet afsluttet, og fakturaen følger her. Jeres indkøbsnummer står øverst.";
            case 6 -> "Her er fakturaen for de sidste leveringer. Giv lyd, hvis noget ikke stemmer med jeres bestilling.";
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
        if (List.of(varme, rengoer, mad, glas, it, kontor, avis).contains(s)) {
            return 2;
        }
        if (List.of(entrep, polster, vognmand, vvs, el, toemrer, bus).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Rødovre Parkvej 150", "Rødovre", "2610", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        glassAgreement = "GF-RR-" + (1_500 + rnd.nextInt(700));
        chairOrder = "AO-" + (7_200 + rnd.nextInt(500));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == glas ? List.of("Serviceaftale " + glassAgreement + ": glasfacade, 412 felter, årligt eftersyn")
                : s == polster ? List.of("Arbejdsordre " + chairOrder + ": 6 stole fra byrådssalen, læder og skum") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Vej og Park"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a railing at Harrestrup Å, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, glas);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsnr. RK-" + (21_400 + k * 191));
                case 1 -> List.of("Rekvirent: " + to().replace("@rk.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Rødovre Bibliotek, nye lofter" : "Indkøbsaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nKvitterede leveringssedler ligger som bilag." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget af pedellen, Rødovre Parkvej", "Kolli i alt: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Fire paller gipsplader kom frem med knækkede hjørner og er sendt retur."},
            {kontor, "Kreditnota til faktura ", "Kuverterne med forkert rude er afhentet hos jer igen og bliver krediteret."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (600 + rnd.nextInt(300));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@rk.dk", x[1] + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + " I vedhæftede kreditnota " + no + " lyder beløbet på " + a.gross()
                    + " kr., som kan trækkes fra i jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi er nedenstående faktura endnu ikke indbetalt. Har I "
            + "allerede betalt, beder vi jer se bort fra denne mail."},
            {entrep, "Rykker 1", "Forfaldsdatoen er overskredet med to uger. Der er ikke beregnet rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@rk.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som fortsat skal betales til den konto, der står på fakturaen: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig faktura nr. " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@rk.dk", "Saldooversigt pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil brug for jeres afstemning: vi har registreret betalingen af faktura " + p.no() + ", og jeres saldo "
                + "hos os er nu 0,00 kr." + signature(s));
        genuine(m, s.ip());
        m.description = "slotsherrens-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(800_000);
            boolean peppol = v == 1;
            String ref = "RK-" + (63_000 + v * 527);
            headers(m, s.name(), addr(s), "efaktura@rk.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej\n\nVores nye regnskabsprogram er endnu ikke koblet på NemHandel, så i mellemtiden kommer "
                    + "e-fakturaen som vedhæftet XML med en PDF ved siden af. Kontonummeret er uændret. Hvis den samme faktura "
                    + "også når jer ad den sædvanlige vej, skal den naturligvis kun betales én gang.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Indkøbsnr. " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"fakturlo.dk", "betalvind.com", "regnlys.io", "faktaflow.dk"};
        Supplier[] who = {natur, smed, musik, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(340_000);
            m.mailFrom = "bounces+" + sha256("plat96:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "FF-" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Faktaflow", "opkraevning@faktaflow.dk", "omsorg@rk.dk", "Opkrævning " + no + " - vikartimer oktober")
                    .text("Til " + KOMMUNE + ", Sundhed og Omsorg\n\nHer er opkrævningen for de vikartimer i hjemmeplejen, "
                        + "som jeres områdeleder har attesteret for oktober (112 timer). Vikarerne er ansat og lønnet hos "
                        + "Faktaflow.\n\nAt betale " + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nFaktaflow ApS")
                    .attach("application/pdf", "Faktaflow-" + no + ".pdf", Attachments.pdf(docId(m, "ff"), "Opkrævning " + no,
                        List.of("Faktaflow ApS", "Kunde: " + KOMMUNE + ", Sundhed og Omsorg", "Vikartimer oktober 2036: 112",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Bank " + iban("DK", "30000012811054"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform faktaflow.dk bills attested temp hours in home care under its own name";
                continue;
            }
            String no = "P" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "vejpark@rk.dk" : "omsorg@rk.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen er vedhæftet som PDF. Besvarer du denne besked, havner svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, musik, tolk, yoga, smed)) {
            M m = ok("small-supplier-invoice", true);
            String[] notes = {"\n\nGrøden er kørt til kompostpladsen, og brinkerne ved gangbroen er ryddet.",
                "\n\nJeg er under momsgrænsen, så der er ikke lagt moms på.",
                "\n\nTimerne er kvitteret af sagsbehandlerne i Jobcentret på de blanketter, I sendte mig.",
                "\n\nHoldet har haft fjorten faste deltagere, og lokalet i Viften har fungeret fint.", ""};
            invoice(m, s, s.account(), v + 2, List.of(), notes[v]);
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HG-" + (36_100 + rnd.nextInt(800));
        Amount a = amount(800_000);
        headers(m, "Hamburger Glasfassaden", addr(tysk), "ejendomme@rk.dk", "Rechnung " + no + " - Rathaus Rødovre")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die Ersatzdichtungen und Glashalter "
                + "für die Vorhangfassade Ihres Rathauses, geliefert an Islev Facadeglas. Steuerschuldnerschaft des "
                + "Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg", "Kunde: " + KOMMUNE + ", Ejendomme", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "MM" + (5_300 + rnd.nextInt(600));
        headers(m, "Malmö Möbeltextil", addr(svensk), "kultur@rk.dk", "Faktura " + no + " - möbeltyg")
            .text("Hej,\n\nBifogat finns fakturan för möbeltyg och skumplast till stolarna i byrådssalen, som er tapetserare "
                + "beställde i oktober. Betala gärna till kontot på fakturan.\n\nVänliga hälsningar\nKundreskontra, Malmö "
                + "Möbeltextil AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Betalas till IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(260_000);
        headers(m, "Skemaspor Billing", "billing@skemaspor.io", "it@rk.dk", "Your Skemaspor invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is the invoice for your Skemaspor licence (timetabling for seven schools). "
                + "It has also been delivered to EAN " + EAN + " via Peppol.\n\nTotal DKK " + a.gross() + "\n\nSkemaspor team")
            .attach("application/pdf", "skemaspor-nov.pdf", Attachments.pdf(docId(m, "sk"), "Invoice",
                List.of("Skemaspor ApS", "Customer: " + KOMMUNE, "Licence November 2036, 7 schools", "DKK " + a.gross())));
        genuine(m, "127.96.30.1");
        m.description = "SaaS skemaspor.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(260_000);
        headers(m, "Vagtlys", "betaling@vagtlys.dk", "omsorg@rk.dk", "Vagtlys: kvittering for jeres betaling")
            .text("Hej\n\nTak for betalingen af jeres Vagtlys-abonnement (vagtplanlægning i hjemmeplejen, 210 brugere). Vi har "
                + "trukket " + a.gross() + " kr. på firmakortet, der ender på 7731.\n\nVagtlys");
        genuine(m, "127.96.31.1");
        m.description = "SaaS vagtlys.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("9570", "0012599130");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@rk.dk", "Skift af bank pr. 1. december")
            .text("Til kreditorbogholderiet\n\nTårnvej Tømrer har flyttet erhvervskontoen til et andet pengeinstitut. Fakturaer "
                + "dateret 1. december 2036 og senere skal indbetales på " + nyT + ". Ældre fakturaer betales stadig efter det, "
                + "der står på dem.\n\nI er velkomne til at ringe til mig på det nummer, I har i jeres kartotek, og få det "
                + "bekræftet." + signature(toemrer))
            .attach("application/pdf", "Bankskift.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankkonto",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Ny konto: " + nyT,
                    "Lasse Bech, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye skabe i personalerummet, Valhøj Børnehus");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036 - se vores brev"), "\n\nBemærk, at vi nu har konto i en "
            + "anden bank, som vi skrev om forleden.");
        genuine(m, toemrer.ip());
        m.description = "taarnvej-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "53350003466290");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Milestedets Køkken, Regnskab", addr(mad), "kreditor@rk.dk", "Ny bankkonto fra december")
            .text("Til " + KOMMUNE + ", kreditor og Sundhed og Omsorg\n\nMilestedets Køkken skifter hovedbank, fordi vores "
                + "gamle pengeinstitut lukker erhvervsafdelingen. Fakturaer med dato 1. december eller senere bedes betalt til "
                + nyM + ". Den hidtidige konto holdes åben til og med januar. Et underskrevet brev er også sendt til jer med "
                + "Digital Post.\n\nVenlig hilsen\nMilestedets Køkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal supplier (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny bankkonto fra 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "milestedet-koekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qw=KX=rodovre-lokalnyt.dk=annonce@srs.rodovre-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.96.28.1";
        m.helo = "srs.rodovre-fiber.dk";
        m.description = "rodovre-lokalnyt.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.islevnet.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.islevnet.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"omegnens-bogholdere.dk", "Gitte Aagaard", "giaa@", "Regning for glasfacade - kender I den?",
            "Hej kolleger\n\nVi har modtaget en regning for 'lovpligtigt facadeeftersyn' af et fredet rådhus fra et firma, ingen "
                + "af vores bygningsfolk har hørt om. Er der andre med fredede bygninger, der har fået samme brev?\n\nGitte"},
            {"hovedstadens-indkoebere.dk", "Morten Lind", "moli@", "Polstring af designerstole - falsk a conto",
                "Hej\n\nEt bibliotek hos os blev bedt om at betale a conto for læder til ompolstring af stole, fra et domæne, "
                    + "der lignede polstrerens. Polstreren selv vidste ingenting.\n\nMorten"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditorring-omegn.dk", x[3])
                .header("List-Id", "Kreditorringen i Omegnen <netvaerk.kreditorring-omegn.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorring-omegn.dk", "[Kreditorringen] ", "\r\n-- \r\nKreditorringen - netværk for "
                + "kommunale kreditorbogholdere\r\nAfmeld: https://kreditorring-omegn.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelspejlet.dk", "Svindelspejlet", "Fredede bygninger og designmøbler som lokkemad",
            "Falske fakturaer for glasfacader og ompolstring af klassiske stole citerer nu rigtige aftalenumre. Tjek altid "
                + "kontonummeret mod kreditorkartoteket og ring til leverandøren på et nummer, I selv har."},
            {"rodovre-revisionskontor.dk", "Rødovre Revisionskontor", "Tjekliste til årsskiftet",
                "Ryd op i kreditorkartoteket inden nytår: slå dobbeltoprettede leverandører sammen, og sørg for at en "
                + "ændret bankkonto altid godkendes af to personer, hvoraf den ene har talt med leverandøren."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl96:" + x[0]).substring(0, 14) + "@postkaster.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@rk.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs "
                    + "mere på hjemmesiden</a></p><p style=\"font-size:8px\">Du modtager denne mail som abonnent.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postkaster.com");
            m.ip = "127.96.26.1";
            m.helo = "mta.postkaster.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postkaster.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Ejendomme", "ejendomme@", "kreditor@rk.dk", "Glasfacaden på Rådhuset",
            "Hej\n\nAl service på Rådhusets glasfacade går gennem Islev Facadeglas under serviceaftalen. Deres regninger har "
                + "altid aftalenummeret på. Kommer der regninger for facaden fra andre, så send dem til mig, inden de betales."
                + "\n\nEjendomme"},
            {"Kultur og Bibliotek", "bibliotek@", "kreditor@rk.dk", "Stolene i byrådssalen og på biblioteket", "Hej\n\n"
                + "Ompolstringen af de gamle stole er bestilt hos Valhøj Møbelpolstring med arbejdsordre. Vi har ikke aftalt "
                + "forudbetaling eller a conto med nogen.\n\nKultur og Bibliotek"},
            {"Løn og Personale", "loen@", "ledere@rk.dk", "Ændring af lønkonto", "Kære ledere\n\nMedarbejdere ændrer selv "
                + "deres NemKonto. Løn og Personale ændrer aldrig en udbetalingskonto på grundlag af en mail - heller ikke "
                + "fra en leder.\n\nLøn og Personale"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Rødovre Andelskasse, Erhverv", "erhverv@rodovre-andelskasse.dk", "oekonomi@rk.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 243 overførsler, som gennemføres næste bankdag. Status "
                + "kan følges i netbanken. Beskeder af denne type indeholder aldrig links.\n\nRødovre Andelskasse");
        genuine(m, "127.96.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Hovedstadens Erhvervsbank", "info@hovedstadens-erhvervsbank.dk", "oekonomi@rk.dk", "Nye priser på valuta")
            .text("Til kommunale og erhvervsmæssige kunder\n\nKurstillægget på overførsler i euro og svenske kroner "
                + "sænkes fra februar, mens gebyret for hasteoverførsler til lande uden for EU stiger en smule. Detaljerne ser "
                + "I under Aftaler og priser i netbanken.\n\nHovedstadens Erhvervsbank");
        genuine(m, "127.96.22.1");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("curtain-wall-glazing-invoice", true);
        invoice(m, glas, glas.account(), 7, List.of("Serviceaftale " + glassAgreement + ", udskiftning af 2 glasfelter, vestgavl",
            "Lift og afspærring 2 dage"), "\n\nFotodokumentationen er sendt til Ejendomme.");
        genuine(m, glas.ip());
        m.description = "the real glazier invoices two panels of the town hall's curtain wall under its agreement (RSA, p=reject)";
        m = ok("design-chair-reupholstery-invoice", true);
        invoice(m, polster, polster.account(), 10, List.of("Arbejdsordre " + chairOrder + ", 2. levering: 8 stole",
            "Anilinlæder, nyt skum, stel efterset"), "\n\nStolene er kørt tilbage til byrådssalen i går.");
        genuine(m, polster.ip());
        m.description = "the real upholsterer invoices eight chairs under its work order (Ed25519, no DMARC, aligned)";
        m = ok("supplier-letter", false);
        headers(m, "Islev Facadeglas", addr(glas), "ejendomme@rk.dk", "Vintereftersyn af facaden")
            .text("Kære Ejendomme\n\nVi gennemgår Rådhusets glasfacade i uge 3 som en del af serviceaftale " + glassAgreement
                + ". Det koster ikke noget ekstra, og vi sender aldrig regning for akutarbejde, som I ikke selv har bestilt.\n\n"
                + "Islev Facadeglas");
        genuine(m, glas.ip());
        m.description = "the glazier announces its winter inspection at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_600_000);
        headers(m, "Damhusåens Renseanlæg I/S", "regnskab@damhusaaens-renseanlaeg.dk", "efaktura@rk.dk",
            "Driftsbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedhæftet er opkrævningen af driftsbidraget for fjerde kvartal. Den er samtidig sendt "
                + "til jeres EAN-nummer.\n\nDamhusåens Renseanlæg I/S")
            .attach("application/pdf", "Driftsbidrag-4kv.pdf", Attachments.pdf(docId(m, "ren"), "Driftsbidrag 4. kvartal 2036",
                List.of("Damhusåens Renseanlæg I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(),
                    "Konto " + iban("DK", "20000765521187"))));
        genuine(m, "127.96.4.1");
        m.description = "intermunicipal wastewater company's quarterly operating contribution";
        m = ok("authority-notice", false);
        headers(m, "Tilsyn med fredede bygninger", "tilsyn@fredede-bygninger-tilsyn.dk", "ejendomme@rk.dk",
            "Besigtigelse af Rødovre Rådhus")
            .text("Til " + KOMMUNE + ", Ejendomme\n\nSom led i det almindelige tilsyn med fredede bygninger besigtiger vi "
                + "Rødovre Rådhus i foråret. Vi aftaler dato med jer. Besigtigelsen er gratis for ejeren.\n\nTilsynet");
        genuine(m, "127.96.4.2");
        m.description = "listed-building authority announces a visit, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signaflow.dk";
        headers(m, "Heerups Venner via Signaflow", "noreply@signaflow.dk", "kultur@rk.dk", "Til underskrift: udlånsaftale")
            .header("Reply-To", "<formand@heerup-venner.dk>")
            .text("Heerups Venner har sendt jer 'Udlånsaftale - tre skulpturer til Rådhushallen' til underskrift.\n\nDokumentet "
                + "åbnes fra jeres Signaflow-konto.\n\nSignaflow");
        genuine(m, "127.96.32.1");
        m.description = "real e-signature request from signaflow.dk on behalf of an art society";
        m = ok("receipt", false);
        headers(m, "Islev Isenkram", "kvittering@islev-isenkram.dk", "vejpark@rk.dk", "Kvittering for dit køb")
            .text("Tak fordi du handlede hos os\n\n3 skovle, 2 løvriver, 1 trillebør. Betalt med kommunens indkøbskort.\n\n"
                + "Islev Isenkram");
        genuine(m, "127.96.4.5");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Rødovre Idrætsforening", "kasserer@rodovre-idraetsforening.dk", "oekonomi@rk.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag overført 18.400 kr. for leje af Rødovrehallen til sæsonens stævner.\n\nKassereren");
        genuine(m, "127.96.4.4");
        m.description = "a sports club pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Milestedet Udlejning", "booking@milestedet-udlejning.dk", "kultur@rk.dk", "Ordrebekræftelse: telt og scene")
            .text("Hej\n\nHermed bekræftet: telt 10 x 20 m og scenevogn til julemarkedet på Rødovre Parkvej. Faktura sendes "
                + "efter arrangementet via EAN.\n\nMilestedet Udlejning");
        genuine(m, "127.96.4.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250000130077541"), iban("DK", "89900004371182"), bank("5479", "0003318065"),
        iban("EE", "1710102200448316"), iban("PL", "491090101400000712218833"), iban("GB", "REVO00997012488512"),
        iban("IE", "AIBK93115211230987"), iban("NL", "RABO0318847720"), iban("DE", "100110012620448113"),
        iban("HU", "117730160000000011920775"), iban("RO", "BTRL0130120544830071"), iban("BG", "STSA93000022118564"),
        iban("CY", "005001800000001820774211"), bank("8117", "0002290347"), iban("MT", "MMEB44093000000012030114578"),
        iban("SE", "60000000000483122907"), iban("LT", "7300010177045521"), iban("DK", "98710000518604")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, mad, mule(2), 3, List.of("Ny betalingsmodtager"), "", "Til plejeboligerne og bogholderiet\n\nMilestedets Køkken "
            + "indgår fra december i en cateringkoncern med hovedsæde i Aarhus, og koncernens centrale debitorkontor overtager "
            + "opkrævningen af maden til plejeboligerne. Derfor står koncernens konto på denne faktura. Menuplanerne, "
            + "chaufførerne og leveringstiderne ændres ikke, og I hører fra os, før julemenuen fastlægges.");
        forged(m, forgedHost++);
        m.description = "forged From milestedet-koekken.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 6, List.of(), "", "Kære annoncør\n\nHøringsannoncen om Irmabyen og "
            + "jobopslagene til dagtilbuddene er nu afregnet. Lokalavisen er blevet en del af et londonbaseret mediehus, og "
            + "ejerne har besluttet, at annonceindtægterne skal gå direkte til deres pund- og kronekonto i London, som står "
            + "på fakturaen. Redaktionen i Rødovre Centrum fortsætter som hidtil.");
        forged(m, forgedHost++);
        m.description = "forged From rodovre-lokalnyt.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"damhusengen-varme.com", varme, "Varmecentralerne på skolerne er gennemgået før "
            + "fyringssæsonen, og tre cirkulationspumper er skiftet. Vores gamle økonomisystem har sendt afregninger ud med en "
            + "konto, der ikke længere tilhører os; ret den venligst til kontoen i denne afregning, før næste kørsel."},
            {"tinderhoej-anlaeg.net", entrep, "Fliserne og kantstenene på stien bag Tinderhøj Skole er "
                + "lagt, og afspærringen er fjernet før efterårsferien. Vores bank har opsagt samarbejdet efter en uenighed om "
                + "garantier, så betalingen skal gå til den nye forbindelse nederst på fakturaen."},
            {"islevbro-byggemarked.com", byg, "Månedens samlefaktura til Ejendomme omfatter gipsplader, "
                + "skruer og maling afhentet i tømmerhandelen ved Islevbrovej. Koncernen har samlet alle butikkers indbetalinger "
                + "i en udenlandsk bank, og den tidligere konto tager ikke længere imod penge."},
            {"korsager-elservice.dk", el, "LED-armaturerne i gymnastiksalen og nødlysene på gangene "
                + "på Korsager Skole er monteret og afprøvet. Efter generationsskiftet i firmaet kører økonomien gennem min "
                + "svogers selskab, hvis konto står i den vedhæftede PDF."}};
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
        invoice(m, byg.posing(d, byg.account()), mule(11), 4, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2)), "",
            "Erhvervssalg på Islevbrovej fremsender novemberfakturaen for "
                + "tømmer og isoleringsbatts til Ejendomme. Vores kontooplysninger er skiftet ud i forbindelse med den nye "
                + "koncernbank, og den nye konto står på fakturaen.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as islevbro-byggemarked.dk, new account";
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@rk.dk", "Fortroligt: deponering i dag")
            .text("Til kreditorbogholderiet\n\nI forlængelse af gårsdagens lukkede punkt i Økonomiudvalget: den gamle "
                + "lagerbygning ved Irmabyen, som kommunen har kig på til en ny ungdomsklub, kan sikres, hvis sælgerens "
                + "advokat modtager et depositum på 412.000 kr. på " + mule(14) + " inden middag. Ejendomsmægleren har andre "
                + "bydere i kø. Beløbet posteres på anlægsrammen for byudvikling; overdragelsesaftalen sendes til "
                + "journalisering, når den er underskrevet. Henvend jer ikke til pressen eller til andre i huset om sagen."
                + "\n\nBorgmesterens sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as the municipality: confidential property deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " (via Fakturlo)", "betaling@fakturlo-rodovre.dk", "vejpark@rk.dk",
            "Rykker: regning ikke betalt")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Regningen fra <b>" + natur.name() + "</b> står stadig ubetalt, og "
                + "i nat lægges der gebyr på. Betal med kort nu, så undgår I gebyret:</p><p><a href=\"https://"
                + "fakturlo-rodovre.dk/betal/" + sha256("fl96").substring(0, 18) + "\">Betal regningen</a></p>"
                + "<p>Fakturlo</p></body></html>");
        ownedBy(m, "fakturlo-rodovre.dk");
        m.description = "look-alike of the platform fakturlo.dk: card-payment link with a fee threat in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Betalvind", "kundeservice@betalvind-islev.com", "vejpark@rk.dk", smed.name() + " - betaling via Betalvind")
            .text("Hej Vej og Park\n\nSmedjen i Islev har valgt at lade Betalvind stå for opkrævningen af sine "
                + "regninger fra i år. Regningen for rækværket ved gangbroen ligger vedhæftet, og beløbet indsættes på "
                + "Betalvinds klientkonto i Sverige, " + mule(15) + ", hvorefter vi afregner med værkstedet.\n\nKundeservice, "
                + "Betalvind")
            .attach("application/pdf", "betalvind-" + (4_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                smed.posing("betalvind-islev.com", mule(15)), "Faktura", "BV-" + (9_100 + rnd.nextInt(700)), amount(260_000),
                mule(15), 0, List.of("Opkræves af Betalvind")));
        ownedBy(m, "betalvind-islev.com");
        m.description = "look-alike of betalvind.com: the smithy's invoice 'taken over' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betales til factoringselskab"), "", "Rengøringen af Rådhuset og Viften i november er "
            + "afregnet herunder. Vores fakturaer er solgt til et finansieringshus, der nu ejer kravet, og derfor går "
            + "indbetalingen til dem på " + mule(16) + ". Jeg er på kursus med vores rengøringsledere og kan ikke træffes på "
            + "telefonen før efter weekenden, men læser mail om aftenen.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of espelunden-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@rk.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej kreditor\n\nTil fakturaen for skolernes Chromebooks herunder: vores driftskonto er midlertidigt "
                + "låst, mens banken gennemgår vores hvidvaskdokumentation, og beløbet på " + p.amount().gross() + " kr. "
                + "bedes derfor overført til vores reservekonto " + mule(17) + ". Decemberfakturaen kommer igen med den "
                + "velkendte konto.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of islevdal-it.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "taarnvej-tomrer.dk"}, {mad, "milestedet-kokken.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@rk.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\nI forbindelse med faktura " + p.no() + " på " + p.amount().gross() + " kr., som ligger i "
                    + "tråden herunder: ved årsafslutningen opdagede vores eksterne regnskabsfører, at vores fakturaskabelon "
                    + "har hentet kontonummeret fra et lukket engagement. Det rigtige er " + mule(i + 3) + ". Vil I notere "
                    + "det i leverandørkartoteket og svare kort her i tråden, så jeg kan lukke sagen hos os?\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@rk.dk", "Tilskud til julearrangement - haster")
            .text("Hej\n\nJeg har lovet foreningen bag julebelysningen i Rødovre Centrum et ekstraordinært tilskud på 95.000 kr., "
                + "og pengene skal være der i dag, ellers når de ikke at bestille lyskæderne. Overfør til " + mule(7) + ". Jeg "
                + "er til møde i KL hele dagen, så skriv blot tilbage, når det er sket.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged rk.dk (p=reject) from outside: the mayor's urgent Christmas grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomidirektøren", "oekonomidirektoer@" + OWN, "kreditor@rk.dk", "Ny konto - Hendriksholm VVS")
            .text("Hej kreditorer\n\nEjeren af Hendriksholm VVS & Blik fangede mig efter direktionsmødet: firmaet er "
                + "rykket over i en anden bank, og regningerne for tagrenderne på Hendriksholm Skole skal betales til den nye "
                + "konto " + mule(8) + ". Læg den ind i kreditorkartoteket inden dagens betalingsløb, så de ikke rammer den "
                + "lukkede konto. Ændringen er hermed godkendt fra direktionen; I behøver ikke kontakte firmaet.\n\n"
                + "Økonomidirektøren");
        forged(m, forgedHost++);
        m.description = "forged rk.dk: 'finance director' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektøren", "kommunaldirektoer.rodovre@gmail.com", "oekonomi@rk.dk", "Har du to minutter?")
            .text("Hej\n\nSidder du ved skrivebordet lige nu? Jeg er til forhandling om grundkøbet på Milestedet med "
                + "en privat developer, og mobilen er min eneste forbindelse, fordi min arbejdscomputer er blevet hos IT til "
                + "opdatering. Vi skal stille en garanti i eftermiddag, og det må ikke gå gennem det almindelige godkendelsesflow, "
                + "før byrådet er orienteret. Giv mig et ja på denne adresse, så får du kontonummer og beløb med det samme."
                + "\n\nSendt fra min Galaxy");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a closed negotiation'";
        m = bad("ceo-fraud");
        headers(m, "Borgmesteren", "borgmester.rodovre@outlook.com", "indkoeb@rk.dk", "En tjeneste")
            .text("Hej\n\nDe frivillige, der har plantet pil og fjernet bjørneklo i Kagsmosen hele efteråret, skal have et "
                + "lille tak, når de holder afslutning i aften. Køb venligst 15 digitale gavekort til 1.000 kr. hos en af de "
                + "store kæder og send mig koderne som svar på denne mail. Jeg tager udlægget med på mit næste bilag."
                + "\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Sabrina Holm", "sabrina.holm.rdv@gmail.com", "loen@rk.dk", "Ny konto til min løn")
            .text("Hej Løn\n\nJeg er pædagogmedhjælper i Valhøj Børnehus. Min bank har spærret min konto efter et svindelforsøg, "
                + "og jeg har derfor åbnet en ny i en netbank. Kan I sætte næste løn ind på " + mule(0) + "? Jeg kan ikke logge "
                + "på medarbejdersiden med min nye MitID endnu, så det er nemmest, hvis I retter det for mig.\n\nSabrina Holm");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a nursery assistant";
        m = bad("payroll-account-change");
        headers(m, "Thomas Riis", "thomas.riis.islev@hotmail.com", "loen@rk.dk", "Lønkonto")
            .text("Hej Løn og Personale\n\nJeg kører fejemaskine og saltbil for Vej og Park og har fået min kone med "
                + "til Cork, hvor hun har fået job på sygehuset. Jeg pendler hjem til vagterne, men alt vores bankforhold er "
                + "flyttet derover. Indsæt derfor decemberlønnen og fremover på " + mule(6) + ". Jeg har ikke fået dansk MitID "
                + "på den nye telefon endnu, så jeg kan ikke selv ændre det.\n\nHilsen Thomas Riis");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // display-name-abuse: a listed supplier's name on free mail
        m = bad("display-name-abuse");
        headers(m, entrep.name(), "tinderhoej.anlaeg.kl@gmail.com", "kreditor@rk.dk", "Betaling for stiarbejdet")
            .text("Hej\n\nJeg skriver fra min private mail, fordi firmaets server er nede efter et strømsvigt. A conto-beløbet for "
                + "belægningen ved Tinderhøj Skole, 148.000 kr., skal denne gang gå til " + mule(9) + ", da vores normale konto "
                + "er under omlægning.\n\nKasper Lykke");
        genuine(m, GMAIL);
        m.description = "the contractor's name and person as display name on gmail, mule account";
        m = bad("display-name-abuse");
        headers(m, "Milestedets Køkken, Regnskab", "milestedets.koekken.regnskab@outlook.com", "omsorg@rk.dk",
            "Opdaterede betalingsoplysninger")
            .text("Kære Sundhed og Omsorg\n\nKøkkenets domæne flyttes til en ny hostingpartner, og indtil flytningen "
                + "er færdig, bruger regnskabsafdelingen denne postkasse. Maden til plejeboligerne og madservicen til "
                + "hjemmeboende afregnes i december via vores samarbejdsbank i Skotland, " + mule(13) + ". Sender I venligst "
                + "beskeden videre til kreditorbogholderiet på Rådhuset?\n\nRegnskab");
        genuine(m, MSFT);
        m.description = "the meal supplier's display name on outlook, a second 'new' account";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Rødovre Inkasso", "sag@rodovre-inkasso.dk", "kreditor@rk.dk", "Inkassovarsel - " + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nPå vegne af " + inkasso[i].name() + " opkræver vi den forfaldne faktura " + p.no()
                    + " på " + p.amount().gross() + " kr. Kreditor har oplyst, at tre påmindelser er forblevet ubesvarede. "
                    + "Kravet med tillæg af kompensationsgebyr og morarente skal senest torsdag indbetales til klientkontoen "
                    + mule(i + 9) + ". Modtager vi ikke betaling, indgives betalingspåkrav til fogedretten i Glostrup, og "
                    + "kommunens kreditværdighed registreres.\n\nRødovre Inkasso, sagsbehandler");
            ownedBy(m, "rodovre-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-rodovre.com", "it@rk.dk", "Handling påkrævet: MitID Erhverv spærres")
            .html("<html><body><p>Kære administrator</p><p>Organisationens oplysninger i MitID Erhverv er ikke bekræftet. Uden "
                + "bekræftelse inden 24 timer spærres alle medarbejderes erhvervsidentiteter i " + KOMMUNE + ".</p><p><a href=\""
                + "https://mitid-rodovre.com/org\">Bekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-rodovre.com");
        m.description = "fake MitID Erhverv suspension with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-islev.com", "oekonomi@rk.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + ", økonomifunktionen</p><p>Der ligger et nyt brev i organisationens "
                + "postkasse med emnet: Efterangivelse af indeholdt A-skat, juli-september. Afsender har markeret brevet som "
                + "tidsfølsomt, og en medarbejder med rettighed til kommunens postkasse skal kvittere for modtagelsen inden "
                + "fredag kl. 15 for at undgå tvangsbøder.</p><p><a href=\"https://digitalpost-islev.com/laes\">Gå til "
                + "postkassen</a></p><p>Denne besked kan ikke besvares.</p></body></html>");
        ownedBy(m, "digitalpost-islev.com");
        m.description = "fake Digital Post notice with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Kagsmosen Parkering", "afgift@kagsmosen-parkering.dk", "vejpark@rk.dk", "Parkeringsafgift - kommunebil")
            .html("<html><body><p>Vejkontrollen har noteret en hvid varevogn med kommunens logo holdende på grusarealet ved "
                + "Kagsmosen i over tre timer uden synlig tilladelse. Kontrolafgiften på 750 kr. kan betales med mobilen ved "
                + "at scanne stregkoden herunder. Efter fem dage tilskrives opkrævningsgebyr, og sagen går videre til "
                + "vognejeren.</p><p><img src=\"cid:qr\" alt=\"QR\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "kagsmosen-parkering.dk");
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice for erhverv", "aftaler@valhoej-betalingsservice.net", "oekonomi@rk.dk",
            "Jeres betalingsaftaler er afmeldt")
            .html("<html><body><p>Ved natlig vedligeholdelse af vores aftaledatabase blev samtlige tilmeldinger fra "
                + "kommunens CVR-nummer slettet, herunder el, telefoni og leasing. Scan koden med mobilen og godkend med "
                + "MitID for at genoprette dem, før næste trækdag.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "valhoej-betalingsservice.net");
        m.description = "QR code for 'cancelled direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(800_000);
        headers(m, rengoer.person(), "adm@espelunden-rengoring.dk", "kreditor@rk.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nVores PDF'er er blevet afvist af jeres filter, så denne gang er fakturaen lagt i en zip-fil. Bemærk de "
                + "nye bankoplysninger.\n\nAdministrationen")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("espelunden-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontoen i fakturaen."));
        ownedBy(m, "espelunden-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of espelunden-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(800_000);
        headers(m, vvs.person(), "kontor@hendriksholm-vvs.net", "kreditor@rk.dk", "Novemberfakturaer samlet")
            .text("Hej\n\nNovembers fakturaer for tagrender og brugsvand på Hendriksholm Skole er komprimeret i et "
                + "7z-arkiv, fordi de scannede bilag fylder meget. Betalingen går til vores nye konto, som står på "
                + "fakturaen.\n\nKontoret")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("hendriksholm-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "hendriksholm-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of hendriksholm-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@nyager-kontor.net", "indkoeb@rk.dk", "Ordrebekræftelse og faktura, toner")
            .text("Hej Indkøb\n\nVi har samlet ordrebekræftelsen på tonerpatronerne og fakturaen i et Word-dokument med "
                + "indbygget prisberegning. Tryk på den gule bjælke for at tillade redigering og derefter på knappen, der slår "
                + "indhold til; først da regnes rabatten for kommuner ud.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_toner.docm", Attachments.word(
                "Ordrebekræftelse og faktura, toner. Prislisten vises, når indhold er aktiveret.", true));
        ownedBy(m, "nyager-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of nyager-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "fakturering@islevdal-itdrift.net", "it@rk.dk", "Afregning Chromebooks november")
            .text("Hej IT\n\nNovemberafregningen for elevernes Chromebooks, opladervogne og Google-licenser er lagt i "
                + "regnearket, som beregner prisen pr. skole. Regnearket viser kun tal, hvis makroerne får lov at køre. Vi har "
                + "samtidig skiftet bank, og den nye kontoforbindelse står nederst i arket.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebook_afregning.xlsm", Attachments.excel(List.of(
                "Afregning Chromebooks november 2036", "Chromebook og licens 620 stk", "Betaling til " + mule(13)), true));
        ownedBy(m, "islevdal-itdrift.net");
        m.description = "macro-enabled .xlsm from a look-alike of islevdal-it.dk";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "bo@egegaard-malerfirma.dk", "skoler@rk.dk", "Regning for malerarbejdet på Egegård Skole")
            .text("Hej\n\nGangene og to klasselokaler på Egegård Skole er malet færdig i efterårsferien. Regningen er "
                + "taget med mobilen, fordi printeren i bilen har fået fugt. Vi har fået konto i en anden bank, og det nye "
                + "nummer står nederst på billedet.\n\nBo")
            .attach("image/jpeg", "20361128_093311.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "egegaard-malerfirma.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of egegaard-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "per@slotsherrens-vognmand.net", "vejpark@rk.dk", "Faktura grus og jord")
            .text("Hej Vej og Park\n\nAfregningen for de 14 læs muldjord og stabilgrus, vi kørte ud til stien ved "
                + "Kagsmosen, er scannet på kontoret og vedhæftet. Vognmandsforretningen har skiftet pengeinstitut i oktober, "
                + "så læs kontonummeret på scanningen.\n\nPer")
            .attach("application/pdf", "Scan_20361128.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "slotsherrens-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of slotsherrens-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "kl@tinderhoej-anlaeg-aps.dk", "efaktura@rk.dk", "E-faktura " + no + " som fil")
            .text("Hej e-faktura\n\nVi er gået over til et cloudbaseret bogføringsprogram, som endnu ikke er "
                + "registreret som afsender i NemHandel. Indtil det er på plads, vedhæfter vi e-fakturaen for stibelægningen "
                + "ved Tinderhøj Skole som XML, så I kan indlæse den manuelt. Kontoen i filen er vores nye.\n\n" + entrep.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "RK-" + (64_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "tinderhoej-anlaeg-aps.dk");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_300_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "fakturering@islevdal-itdrift.net", "efaktura@rk.dk", "OIOUBL " + no)
            .text("Hej\n\nVedhæftet ligger OIOUBL-filen for driften af skolernes trådløse net i november. Vores "
                + "NemHandel-adgang er spærret under et leverandørskifte, og betalingsoplysningerne i filen er opdateret efter "
                + "vores bankskifte.\n\nFakturering, Islevdal IT")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "RK-" + (64_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "islevdal-itdrift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of islevdal-it.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signaflow", "dokument@signaflow-rodovre.dk", "kultur@rk.dk", "Heerups Venner har sendt et dokument")
            .html("<html><body><p>Heerups Venner har bedt dig underskrive 'Forsikringstillæg - skulpturer i Rådhushallen' "
                + "før transporten på mandag. Dokumentet slettes automatisk ved midnat, hvis det ikke er underskrevet.</p><p><a href=\"https://signaflow-rodovre.dk/d/" + sha256("sf96").substring(0, 16) + "\">Åbn og "
                + "underskriv</a></p></body></html>");
        ownedBy(m, "signaflow-rodovre.dk");
        m.description = "fake e-signature request imitating signaflow.dk and the art society";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "deling@irmabyen-dokumenter.net", "ejendomme@rk.dk", "Lejekontrakt afventer signatur")
            .html("<html><body><p>Udlejer af butikslejemålet i stueetagen i Irmabyen, hvor kommunen skal åbne en ny "
                + "borgerservicefilial, har delt lejekontrakten og allonge nr. 2 med jer. For at beskytte dokumenterne skal du "
                + "bekræfte din identitet med brugernavn og adgangskode til kommunens Microsoft 365.</p><p><a href=\"https://irmabyen-dokumenter.net/login\">"
                + "Log ind</a></p></body></html>");
        ownedBy(m, "irmabyen-dokumenter.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "disponent@rodovre-skolebusser.net", "kreditor@rk.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej kreditor\n\nSpecialkørslen og svømmekørslen i oktober står på faktura " + p.no() + " med "
                + p.amount().gross() + " kr. Busselskabet skifter pengeinstitut i denne måned, og under overgangen må vores "
                + "gamle erhvervskonto højst modtage et beløb svarende til lønudbetalingen til chaufførerne. Overfør derfor "
                + "femoghalvtreds procent dertil som vanligt, mens resten går til overgangskontoen " + mule(9) + " hos den nye "
                + "bank. Send mig gerne begge posteringsbilag, så vores bogholder kan matche dem.\n\nDisponenten, "
                + "Rødovre Skolebusser");
        ownedBy(m, "rodovre-skolebusser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "kontor@hendriksholm-vvs-blik.dk", "kreditor@rk.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nFaktura " + p.no() + " for tagrenderne og brugsvandet på Hendriksholm Skole er endnu ikke "
                + "betalt, og det er godt det samme: vores revisor har bedt os lægge momsdelen og 25.000 kr. på den sædvanlige "
                + "konto, mens restbeløbet skal på vores projektkonto " + mule(10) + ", som kun bruges til kommunale "
                + "opgaver.\n\nKontoret, Hendriksholm VVS & Blik");
        ownedBy(m, "hendriksholm-vvs-blik.dk");
        m.description = "split payment on Hendriksholm VVS's real wave-1 invoice";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "fornyelse@rodovre-domaeneservice.com", "it@rk.dk", "rk.dk udløber om 3 dage")
            .text("Til IT-afdelingen\n\nVores overvågning viser, at kommunens korte domæne rk.dk står til sletning i "
                + "registret om tre dage. Sker det, afvises al post til medarbejderne, og kommunens hjemmeside forsvinder fra "
                + "søgemaskinerne. Vi kan nå at forlænge registreringen i fem år mod et gebyr på 4.950 kr. plus moms, som "
                + "overføres til " + mule(4) + " med teksten RK-FORNY.\n\nFornyelsesafdelingen");
        ownedBy(m, "rodovre-domaeneservice.com");
        m.description = "fake renewal of our own domain with a deadline";
        m = bad("fake-domain-renewal");
        headers(m, "Webhotel Fornyelse", "faktura@islev-webhotel.net", "kultur@rk.dk", "Faktura: webhotel og SSL for biblioteket")
            .text("Hej\n\nHosting og SSL-certifikat til bibliotekets hjemmeside fornyes automatisk for 2037. Fakturaen på "
                + "3.480 kr. skal være betalt senest mandag til " + mule(11) + "; ellers lukkes siden, og arkivet slettes.\n\n"
                + "Webhotellet")
            .attach("application/pdf", "webhotel-2037.pdf", Attachments.pdf(docId(m, "wh"), "Faktura webhotel 2037",
                List.of("Islev Webhotel", "Hosting og SSL 2037 - biblioteket", "I alt 3.480,00", "Betaling " + mule(11))));
        ownedBy(m, "islev-webhotel.net");
        m.description = "fake hosting and SSL renewal for the library's website (BG IBAN)";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-curtain-wall-glazing-invoice
        M m = bad("fake-curtain-wall-glazing-invoice");
        invoice(m, glas.posing("islev-facadeglas.com", glas.account()), mule(0), 11,
            List.of("Serviceaftale " + glassAgreement + " - akut udskiftning"), "", "Under frosten i weekenden revnede et "
                + "glasfelt i byrådssalens facade. Vi satte sikkerhedsfolie op søndag og skiftede feltet mandag, så salen kunne "
                + "bruges til byrådsmødet. Akutarbejdet ligger uden for serviceaftale " + glassAgreement + " og faktureres "
                + "særskilt. Bemærk, at vi har fået ny bank, så betal til kontoen på fakturaen.");
        ownedBy(m, "islev-facadeglas.com");
        m.description = "look-alike of the real glazier cites its real agreement, 'emergency panel after frost' (LT IBAN)";
        m = bad("fake-curtain-wall-glazing-invoice");
        headers(m, "Rødovre Glasfacader", "rapport@rodovre-glasfacader.dk", "ejendomme@rk.dk",
            "Lovpligtigt facadeeftersyn - fredet bygning")
            .text("Til Ejendomme\n\nEfter reglerne for fredede bygninger skal glasfacader med ophængte felter efterses hvert "
                + "femte år. Vores reb-teknikere har gennemgået Rådhusets facade og fundet 9 felter med utætte lister. "
                + "Rapporten sendes til jer og tilsynet, når fakturaen på 46.250,00 kr. inkl. moms er indbetalt på "
                + mule(4) + ".\n\nRødovre Glasfacader");
        ownedBy(m, "rodovre-glasfacader.dk");
        m.description = "unknown firm holds a 'mandatory listed-facade inspection' report until paid (PL IBAN)";
        m = bad("fake-curtain-wall-glazing-invoice");
        headers(m, "Tinderhøj Rudeservice", "booking@tinderhoej-rudeservice.dk", "ejendomme@rk.dk",
            "Pudsning af glasfacade - forudbetaling")
            .text("Hej\n\nSom aftalt med jeres pedel har vi reserveret skylift og to mand til udvendig pudsning af hele "
                + "Rådhusets glasfacade i uge 50. Halvdelen af prisen, 21.900 kr., betales forud til " + mule(5)
                + ", så liften kan bestilles.\n\nTinderhøj Rudeservice")
            .attach("application/pdf", "ordre-facadepudsning.pdf", Attachments.pdf(docId(m, "rp96"), "Ordre facadepudsning",
                List.of("Tinderhøj Rudeservice", "Rødovre Rådhus, udvendig pudsning af glasfacade, skylift",
                    "Forudbetaling 50 %: 21.900,00", "Betaling " + mule(5))));
        ownedBy(m, "tinderhoej-rudeservice.dk");
        m.description = "'agreed with your caretaker' facade cleaning with 50 % prepayment (GB IBAN)";

        // fake-design-chair-reupholstery-invoice
        m = bad("fake-design-chair-reupholstery-invoice");
        invoice(m, polster.posing("valhoej-polstring.com", polster.account()), mule(9), 15,
            List.of("Arbejdsordre " + chairOrder + " - a conto læder"), "", "Garveriet kræver nu forudbetaling, før læderet til "
                + "de resterende stole fra byrådssalen skæres, så vi fakturerer 60 % a conto under arbejdsordre " + chairOrder
                + ". Resten følger ved levering. Vi bruger en ny konto hos vores nye bank, og den står på fakturaen.");
        ownedBy(m, "valhoej-polstring.com");
        m.description = "look-alike of the upholsterer cites its real work order, leather 'a conto' (HU IBAN)";
        m = bad("fake-design-chair-reupholstery-invoice");
        headers(m, "Rødovre Designmøbler", "vaerksted@rodovre-designmoebler.dk", "bibliotek@rk.dk",
            "Jeres 12 stole er klar til udlevering")
            .text("Hej Bibliotek\n\nDe 12 stole fra læsesalen, som vores chauffør hentede i oktober, er nu restaureret med nye "
                + "sæder og lakerede ben. Vi kører dem ud, så snart fakturaen på 31.680,00 kr. er betalt til " + mule(10)
                + ".\n\nRødovre Designmøbler");
        ownedBy(m, "rodovre-designmoebler.dk");
        m.description = "unknown workshop holds 'your 12 restored library chairs' until paid (RO IBAN)";
        m = bad("fake-design-chair-reupholstery-invoice");
        headers(m, "Korsager Møbelrens", "faktura@korsager-moebelrens.dk", "kreditor@rk.dk",
            "Faktura: rens og imprægnering, Rådhushallen")
            .text("Til kreditor\n\nIfølge jeres rammeaftale har vi renset og imprægneret lænestolene og sofaerne i Rådhushallen "
                + "og ventearealet. Faktura er vedhæftet; beløbet forfalder om syv dage.\n\nKorsager Møbelrens")
            .attach("application/pdf", "faktura-moebelrens.pdf", Attachments.pdf(docId(m, "mr96"), "Faktura møbelrens",
                List.of("Korsager Møbelrens", "Rens og imprægnering af 14 lænestole og 3 sofaer, Rådhushallen",
                    "I alt inkl. moms 27.375,00", "Betales til " + mule(11))));
        ownedBy(m, "korsager-moebelrens.dk");
        m.description = "unknown cleaner bills lobby chairs under a 'framework agreement' that does not exist (BG IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus96().generate(), List.of(
            "# Rødovre Kommune, Økonomi: invoice checks (ninety-sixth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=islev-facadeglas.dk valhoej-polstring.dk damhusengen-varme.dk tinderhoej-anlaeg.dk "
                + "espelunden-rengoering.dk korsager-el.dk hendriksholm-vvs.dk milestedet-koekken.dk islevdal-it.dk "
                + "rodovre-skolebusser.dk nyager-kontor.dk egegaard-maler.dk slotsherrens-vognmand.dk rodovre-lokalnyt.dk "
                + "islevbro-byggemarked.dk taarnvej-toemrer.dk",
            "invoice.domains.platforms=fakturlo.dk betalvind.com regnlys.io faktaflow.dk",
            "invoice.names.protected=Rødovre Kommune"));
    }
}
