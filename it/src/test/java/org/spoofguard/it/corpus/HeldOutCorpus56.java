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
 * The fifty-sixth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Jammerbugt Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, technical, nature, beach, schools,
 * care and IT mailboxes), the North Sea municipality west of Aalborg: the town hall in Aabybro, Fjerritslev, Brovst, Pandrup,
 * Saltum, Gjøl, Tranum and Lien, the beaches at Blokhus and Rødhus where cars drive on the sand, Slettestrand and Thorup
 * Strand where the fishing boats are hauled up on the beach by winch, Svinkløv's dunes and plantation, and the raised bog
 * Store Vildmose. Sixteen listed suppliers from those places in the DNS postures real Danish firms have (one sending through
 * a web hoster named in its SPF), four invoicing platforms ({@code sandormbilag.dk}, {@code tangloppe-invoice.com},
 * {@code uglefaktura.io}, {@code sneppe-regning.dk}), a hydrology firm measuring the rewetting of Store Vildmose, a winch and
 * slipway service for the beach landing at Thorup Strand, a dune-care firm planting marram grass against sand drift,
 * lifeguards and a beach-lane service at Blokhus and Rødhus, sole traders on free mail, foreign suppliers, SaaS ({@code
 * skemaskur.io}, {@code tilsynsnet.dk}), an ESP ({@code vindpost.com}), an e-signature service ({@code pennestroeg.dk}),
 * banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a full Jammerbugt
 * place name.
 *
 * <p>Written blind: from the brief, the shared corpus helpers and the forty-fourth corpus's generator (for shape only), and
 * from Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID, fake NemHandel notices, fake
 * inkasso, compromised mailboxes, hijacked threads, split payments, callback scams, QR codes, archives, macro documents,
 * image-only invoices, payroll changes, look-alikes, homoglyphs, e-invoice XML with a changed payee, fake e-signature
 * links) and three kinds new here, tied to what this coast buys: water-level logging, ditch blocking or a "mandatory"
 * hydrology report for the rewetting of Store Vildmose billed by someone who never set foot on the bog
 * (fake-bog-rewetting-survey-invoice); winch service, wire replacement or an "emergency" slipway repair at the Thorup Strand
 * beach landing billed to a new account (fake-beach-landing-winch-invoice); and marram-grass planting or brushwood fences
 * against sand drift in the dunes at Rødhus, Blokhus or Svinkløv billed by someone who planted nothing
 * (fake-marram-dune-planting-invoice). The invoice engine, its tests, tuning notes and earlier results were not read. Labels
 * say what a mail is when it was written; {@code genuine_auth_invoice} is derived from the mail's kind and its computed
 * authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test -Dtest=HeldOutCorpus56GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus56 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout56");
    public static final String OWN = "jammerbugt.dk";
    static final String FRAUD_NET = "127.156.";
    private static final String OWN_IP = "127.56.0.1";
    private static final String EAN = "5798007864420";
    private static final String KOMMUNE = "Jammerbugt Kommune";
    private static final String RAADHUS = "Toftevej 43, 9440 Aabybro";
    private static final String HOSTER_IP = "127.56.9.1";
    private static final String GMAIL = "127.56.200.1";
    private static final String MSFT = "127.56.200.2";
    private static final String APPLE = "127.56.200.3";
    private static final String YAHOO = "127.56.200.4";

    private final Random rnd = new Random(56_9440_2037L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The rewetting project's case number for Store Vildmose (the frauds cite it). */
    private String bogCase;
    /** The winch service agreement for the Thorup Strand beach landing (the frauds cite it). */
    private String winchAgreement;
    /** The dune-care order number for the marram planting (the frauds cite it). */
    private String duneOrder;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2037, 3, 2, 7, 10, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2037, 4, 6, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Aabybro Fjernvarmeværk a.m.b.a.", "aabybro-fjernvarme.dk", "Kundeservice",
        "kunde", "127.56.1.1", iban("DK", "90700001166402"), "fjernvarme til Rådhuset, Aabybro Skole og Plejecenter Aabyhøj");
    private final Supplier klit = new Supplier("Blokhus Klitservice ApS", "blokhus-klitservice.dk", "Rasmus Thygesen", "rasmus",
        "127.56.1.2", bank("9070", "0001178311"), "afretning og afmærkning af kørebanen på stranden Blokhus-Rødhus");
    private final Supplier livred = new Supplier("Rødhus Livredderservice ApS", "rodhus-livredning.dk", "Sæsonkontoret",
        "saeson", "127.56.1.3", iban("DK", "74500001189225"), "livreddere på tårnene ved Blokhus, Rødhus og Slettestrand");
    private final Supplier spil = new Supplier("Thorup Strand Spil- og Bådeservice ApS", "thorupstrand-spilservice.dk",
        "Kasper Nørgaard", "kasper", "127.56.1.4", bank("7450", "0001190437"), "service på spillene og ophalerwirer ved "
        + "landingspladsen på Thorup Strand");
    private final Supplier mose = new Supplier("Vildmose Hydrologi ApS", "vildmose-hydrologi.dk", "Hydrolog Sofie Bach", "sofie",
        "127.56.1.5", iban("DK", "90700001203350"), "vandstandslogning og dæmning af grøfter i Store Vildmose");
    private final Supplier hjelme = new Supplier("Slettestrand Klitpleje v/ Jonas Krogh", "slettestrand-klitpleje.dk",
        "Jonas Krogh", "jonas", "127.56.1.6", bank("9070", "0001211864"), "plantning af hjælme og risgærder mod sandflugt");
    private final Supplier vvs = new Supplier("Fjerritslev VVS ApS", "fjerritslev-vvs.dk", "Værkstedet", "vaerksted", "127.56.1.7",
        bank("7450", "0001223019"), "nye blandingsbatterier og service på varmtvandsbeholdere, Fjerritslev Skole");
    private final Supplier entrep = new Supplier("Brovst Entreprenørforretning A/S", "brovst-entreprenoer.dk", "Projektkontoret",
        "projekt", "127.56.1.8", iban("DK", "74500001235590"), "nyt fortov og regnvandsbassin, Skolegade i Brovst");
    private final Supplier el = new Supplier("Pandrup El-Teknik ApS", "pandrup-el.dk", "Morten Holm", "mh", HOSTER_IP,
        bank("9070", "0001247722"), "LED-armaturer i hallen og nye gruppetavler, Pandrup Skole");
    private final Supplier rengoer = new Supplier("Saltum Rengøring ApS", "saltum-rengoering.dk", "Bogholderiet", "bogholderi",
        "127.56.1.10", iban("DK", "90700001259146"), "daglig rengøring af Rådhuset og Borgerservice i Fjerritslev");
    private final Supplier mad = new Supplier("Jammerbugtens Køkken A/S", "jammerbugtens-koekken.dk", "Debitor", "debitor",
        "127.56.1.11", iban("DK", "74500001260383"), "madservice til hjemmeboende og plejecentrene");
    private final Supplier vognmand = new Supplier("Tranum Vognmandsforretning ApS", "tranum-vognmand.dk", "Henning Lauridsen",
        "henning", "127.56.1.12", bank("7450", "0001272507"), "kørsel med strandsand og tang fra nedkørslerne");
    private final Supplier toemrer = new Supplier("Gjøl Tømrer og Snedker ApS", "gjoel-toemrer.dk", "Peter Gjøl Madsen", "peter",
        "127.56.1.13", bank("9070", "0001284771"), "nye redningstårne i træ og reparation af trapper ved nedkørslerne");
    private final Supplier kontor = new Supplier("Aabybro Kontorforsyning ApS", "aabybro-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.56.1.14", iban("DK", "90700001296018"), "kopipapir, toner og skolemateriel efter rammeaftale");
    private final Supplier bus = new Supplier("Lien Busser ApS", "lien-busser.dk", "Kørselskontoret", "koersel", "127.56.1.15",
        bank("7450", "0001308264"), "skolekørsel Lien-Fjerritslev og kørsel til svømmehallen i Brovst");
    private final Supplier avis = new Supplier("Jammerbugt Posten", "jammerbugtposten.dk", "Annonceafdelingen", "annonce",
        "127.56.1.16", iban("DK", "74500001310492"), "annoncer: lokalplan for sommerhusområdet i Rødhus og ledige stillinger");
    // not on the creditor list
    private final Supplier smed = new Supplier("Svinkløv Smedie v/ Karl Sand", "svinklov-smedie.dk", "Karl Sand", "karl",
        "127.56.2.1", bank("9070", "0001322650"), "nye rækværk i rustfrit stål ved badebroen i Slettestrand");
    private final Supplier guide = new Supplier("Naturvejleder Ida Lund", "gmail.com", "Ida Lund", "ida.lund.naturvejleder", GMAIL,
        bank("7450", "0001334815"), "tre guidede ture i Store Vildmose for 5. årgang");
    private final Supplier tolk = new Supplier("Tolkeservice v/ Hamid Rahimi", "outlook.com", "Hamid Rahimi",
        "hamid.rahimi.tolk", MSFT, bank("9070", "0001346079"), "tolkning pashto-dansk i Jobcentret, 3 x 2 timer");
    private final Supplier sanger = new Supplier("Visesanger Bodil Vang", "icloud.com", "Bodil Vang", "bodil.vang.viser", APPLE,
        bank("7450", "0001358233"), "sangeftermiddag med harmonika på Plejecenter Aabyhøj");
    private final Supplier tysk = new Supplier("Sylter Strandtechnik GmbH", "sylter-strandtechnik.de", "Buchhaltung",
        "buchhaltung", "127.57.1.1", iban("DE", "217002000058127744"), "Ersatzteile für die Strandreinigungsmaschine");
    private final Supplier svensk = new Supplier("Göteborgs Räddningsutrustning AB", "goteborgs-raddning.se", "Fakturering",
        "faktura", "127.57.2.1", iban("SE", "50500000059271834455"), "redningsbøjer, rebsække og flydeveste til tårnene");

    private final List<Supplier> listed = List.of(varme, klit, livred, spil, mose, hjelme, vvs, entrep, el, rengoer, mad,
        vognmand, toemrer, kontor, bus, avis);

    /** Fraudsters' own domains, each carrying a full Jammerbugt place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"aabybro-fjernvarme.com", "blokhus-klitservice.net", "brovst-entreprenor.dk",
        "pandrup-elteknik.dk", "saltum-rengoring.dk", "fjerritslev-vvs.net", idn("gj\u00f8l-toemrer.dk"),
        idn("j\u0430mmerbugt.dk"), "sandormbilag-aabybro.dk", "uglefaktura-pandrup.com", "tranum-vognmand.net",
        "jammerbugtens-kokken.dk", "lien-busser.net", "jammerbugt-inkasso.dk", "mitid-fjerritslev.com",
        "digitalpost-aabybro.net", "nemhandel-brovst.com", "saltum-betalingsservice.dk", "blokhus-ordrekontor.com",
        "aabybro-kontorforsyning.net", "gjol-lonservice.dk", "pennestroeg-slettestrand.com", "tranum-esign.net",
        "store-vildmose-hydrologi.com", "store-vildmose-maaling.dk", "lien-mosekonsulent.dk", "thorupstrand-spilservice.com",
        idn("thorup-strand-bådservice.dk"), "slettestrand-havneteknik.dk", "slettestrand-klitpleje.net", "rodhus-hjelmeplantning.dk",
        "svinklov-klitservice.dk", "rodhus-livredning.com", "blokhus-strandparkering.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(klit.domain(), List.of(klit.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(livred.domain(), null, null, DkimAlgorithm.ED25519_SHA256, "quarantine"); // DKIM only, enforcing
        domain(spil.domain(), List.of(spil.ip()), "-all", null, null); // SPF only, no DMARC
        domain(mose.domain(), List.of(mose.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(hjelme.domain(), List.of(hjelme.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only, enforcing
        domain(entrep.domain(), List.of(entrep.ip(), "127.56.1.28"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the web hoster
        domain(rengoer.domain(), null, null, null, null); // nothing published
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.56.98.2"), "~all", null, "none"); // SPF names only its dispatch system
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", null, "none");
        domain("nordjysk-revision-aabybro.dk", List.of("127.56.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vildmosecentret.dk", List.of("127.56.3.2"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("thorupstrand-kystfiskerlaug.dk", List.of("127.56.3.3"), "-all", null, "none");
        // platforms
        domain("sandormbilag.dk", List.of("127.56.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("tangloppe-invoice.com", List.of("127.56.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("uglefaktura.io", List.of("127.56.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("sneppe-regning.dk", List.of("127.56.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("kystbanken-nord.dk", List.of("127.56.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("limfjordens-andelskasse.dk", List.of("127.56.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-nordjylland.dk", List.of("127.56.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bogholderlauget-thy.dk", List.of("127.56.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kystkommunernes-indkob.dk", List.of("127.56.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vindpost.com", List.of("127.56.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelraadet-nord.dk", List.of("127.56.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.vesterhavsnet.dk", List.of("127.56.28.1"), "-all", null, null);
        domain("relay.aabybro-fiber.dk", List.of("127.56.29.1"), "-all", null, null);
        domain("skemaskur.io", List.of("127.56.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("tilsynsnet.dk", List.of("127.56.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("pennestroeg.dk", List.of("127.56.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("yahoo.com", List.of(YAHOO), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject", "quarantine"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    private String owned(String ascii) {
        for (String d : OWNED) {
            if (d.equals(ascii) || d.equals(idn(ascii))) {
                return d;
            }
        }
        throw new IllegalArgumentException(ascii);
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no56:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "J" + (7_300 + rnd.nextInt(2_600));
            case 1:
                return "2037-" + String.format("%05d", 110 + rnd.nextInt(8_800));
            case 2:
                return String.valueOf(560_100 + rnd.nextInt(39_000));
            case 3:
                return "FA" + String.format("%06d", 4_000 + rnd.nextInt(90_000));
            case 4:
                return "INV-" + (870 + rnd.nextInt(3_000)) + "-37";
            default:
                return "Nr. " + (15_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@jammerbugt.dk", "efaktura@jammerbugt.dk", "kreditor@jammerbugt.dk",
        "okonomi@jammerbugt.dk", "teknik@jammerbugt.dk", "strand@jammerbugt.dk", "natur@jammerbugt.dk", "skole@jammerbugt.dk",
        "omsorg@jammerbugt.dk", "ejendomme@jammerbugt.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf56:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(42_000_000 + Math.floorMod(sha256("cvr56:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(86_000_000 + Math.floorMod(sha256("fi56:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "aabybro-fjernvarme.dk" -> "Værkvej 2, 9440 Aabybro";
            case "blokhus-klitservice.dk" -> "Klitvejen 31, 9492 Blokhus";
            case "rodhus-livredning.dk" -> "Rødhusvej 88, 9490 Pandrup";
            case "thorupstrand-spilservice.dk" -> "Thorup Strandvej 12, 9690 Fjerritslev";
            case "vildmose-hydrologi.dk" -> "Mosevej 140, Tofte, 9280 Storvorde";
            case "slettestrand-klitpleje.dk" -> "Slettestrandvej 47, 9690 Fjerritslev";
            case "fjerritslev-vvs.dk" -> "Industrivej 19, 9690 Fjerritslev";
            case "brovst-entreprenoer.dk" -> "Østergade 66, 9460 Brovst";
            case "pandrup-el.dk" -> "Jetsmarkvej 9, 9490 Pandrup";
            case "saltum-rengoering.dk" -> "Saltum Bygade 4, 9493 Saltum";
            case "jammerbugtens-koekken.dk" -> "Fabriksvej 15, 9460 Brovst";
            case "tranum-vognmand.dk" -> "Tranum Klitvej 3, 9460 Brovst";
            case "gjoel-toemrer.dk" -> "Gjøl Bygade 21, 9440 Aabybro";
            case "aabybro-kontorforsyning.dk" -> "Østergade 5, 9440 Aabybro";
            case "lien-busser.dk" -> "Lienvej 74, 9690 Fjerritslev";
            case "jammerbugtposten.dk" -> "Torvet 2, 9690 Fjerritslev";
            case "svinklov-smedie.dk" -> "Svinkløvvej 201, 9690 Fjerritslev";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a classic sheet with an address block, lines and a box of totals; a job card
     * with labour, machine hours and materials and an FI line (card 71); a contract instalment with contract number,
     * period and instalment and an FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name() + " - " + title + " " + no;
                l.add("Fra: " + s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Til: " + KOMMUNE + " | " + RAADHUS + " | EAN " + EAN);
                l.add("Dato: " + dottedDay(m, 0) + "  Vores ref.: " + s.person());
                l.add("Ydelse: " + s.what());
                l.addAll(more);
                l.add("Beløb ekskl. moms " + a.net() + " | Moms 25 % " + a.vat() + " | I alt DKK " + a.gross());
                l.add("Betalingsbetingelser: løbende måned + 30 dage, senest " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Betaling til " + account + ", husk fakturanr. som tekst");
                }
            }
            case 1 -> {
                head = "Jobkort / " + title.toLowerCase(DA) + " " + no;
                l.add(s.name() + ", " + (addr.isEmpty() ? "" : addr + ", ") + "CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " (EAN " + EAN + ")  Opgave: " + s.what());
                long labour = a.ore() * 47 / 100;
                long machine = a.ore() * 21 / 100;
                l.add("Arbejdsløn " + kr(labour) + " | Maskintimer " + kr(machine) + " | Materialer " + kr(a.ore() - labour - machine));
                l.addAll(more);
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.add("Forfald " + writtenDay(m, 21) + (account == null ? "" : ", indbetaling til " + account));
                if (own) {
                    l.add("FI-linje " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = title + " " + no + " - aftalerate";
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Aftalenr. " + (70_000 + Math.floorMod(s.domain().hashCode(), 20_000)) + " med " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -28) + " til " + dottedDay(m, 0) + ": " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Fast rate " + kr(fixed) + " | Variable ydelser " + kr(a.ore() - fixed));
                l.addAll(more);
                l.add("Sum " + a.net() + " | moms " + a.vat() + " | opkrævet " + a.gross());
                l.add("Sidste rettidige betaling " + dottedDay(m, 14) + (account == null ? "" : " | konto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String clean = no.replace("Nr. ", "");
        String[] names = {"Faktura_" + clean + ".pdf", "faktura " + clean + ".pdf", "JK-" + clean + ".pdf", clean + ".pdf",
            "Invoice-" + clean + ".pdf", "fak_" + clean + "_jammerbugt.pdf", "Dokument " + clean + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Jammerbugt Kommune", "Til Kreditorer", "Hej", "Goddag økonomi",
        "Kære kreditorbogholder", "Hej allesammen", "Att. kreditorafdelingen", "Hej Aabybro"};

    private String phone() {
        return "98 " + (20 + rnd.nextInt(79)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig56:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nHilsen\n" + s.person() + "\n" + s.name() + "\nTelefon " + phone();
            case 1:
                return "\n\nMvh.\n" + firstName(s) + "\n" + s.name() + (street(s).isEmpty() ? "" : " · " + street(s));
            case 2:
                return "\n\nVenlig hilsen\n\n" + s.person() + (freeMail(s) ? "" : "\n" + s.name() + " · CVR " + cvr(s.domain()));
            case 3:
                return "\n\nTak for samarbejdet\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : ", " + s.name());
            default:
                return "\n\nDe bedste hilsener\n" + s.person() + "\n" + s.name() + "\n" + s.domain();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " / " + KOMMUNE,
            "Fakturering: " + s.what(), "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, s.name() + ": faktura " + no,
            "Fremsendelse af faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede PDF finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Hermed faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms, og den forfalder " + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen går også til jeres EAN " + EAN + " via NemHandel. Den PDF, der ligger her, er blot til orientering.";
            case 3 -> "Tak for ordren. Fakturaen er vedlagt, og den er også lagt op i vores kundeportal.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb inkl. moms: " + a.gross() + "\nForfald: " + dottedDay(m, 30);
            case 5 -> "Arbejdet er afsluttet og afleveret, så her kommer regningen. Ordrenummeret fra jer står på side 1.";
            case 6 -> "Vedlagt regning for sidste måneds leverancer. Ring endelig, hvis tallene ikke stemmer med jeres.";
            default -> "Faktura vedhæftet - god dag derude.";
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
        if (List.of(varme, livred, rengoer, mad, kontor, bus).contains(s)) {
            return 2;
        }
        if (List.of(klit, spil, mose, hjelme, vvs, entrep, el, vognmand, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Toftevej 43", "Aabybro", "9440", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    /** The fraudsters' accounts: Danish money mules and foreign accounts. */
    private static String mule(int i) {
        String[] a = {iban("DK", "53470001917733"), iban("LT", "7232500005519021"), bank("5301", "0002286614"),
            iban("GB", "NWBK60161331926819"), iban("PL", "105000997603123456789123"), iban("DK", "84000001442290"),
            iban("EE", "2200221020145685"), iban("RO", "AAAA1B31007593840000"), bank("8401", "0004430712"),
            iban("IE", "AIBK93115212345678"), iban("NL", "INGB0002445588"), iban("HU", "117730161111101800000000"),
            iban("DE", "370400440532013000"), iban("BG", "BNBG96611020345678"), iban("CY", "002001280000001200527600"),
            iban("MT", "MALT011000012345MTLCAST001S")};
        return a[Math.floorMod(i, a.length)];
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        bogCase = "SV-" + (4_100 + rnd.nextInt(500));
        winchAgreement = "TS-" + (660 + rnd.nextInt(200));
        duneOrder = "KL-37-" + (20 + rnd.nextInt(70));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == mose ? List.of("Projekt " + bogCase + ": 14 loggere i Store Vildmose, februar")
                : s == spil ? List.of("Serviceaftale " + winchAgreement + ": 9 spil og 2 traktorer, landingspladsen")
                : s == hjelme ? List.of("Ordre " + duneOrder + ": hjælmeplantning, Rødhus nedkørsel") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af strandfogeden, Slettestrand"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the jetty railing, aligned SPF pass";

        List<Supplier> again = List.of(klit, livred, vvs, entrep, el, mad, kontor, bus, avis, varme, toemrer, rengoer, vognmand);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Jeres indkøbsordre JK-" + (48_200 + k * 211));
                case 1 -> List.of("Kontaktperson hos kunden: " + to().replace("@jammerbugt.dk", "") + "-teamet");
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Strandsæson 2037" : "Rammeaftale drift 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 2, ref, k % 5 == 3 ? "\n\nTimesedlerne ligger med som bilag." : "");
            if (k % 5 == 3) {
                m.mime.attach("application/pdf", "timesedler.pdf", Attachments.pdf(docId(m, "ts"), "Timesedler",
                    List.of(s.what(), "Godkendt af driftslederen, Aabybro", "Timer i alt: " + (12 + k))));
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
        Object[][] c = {{mad, "Kreditering af faktura ", "Otte portioner til Plejecenter Aabyhøj blev leveret to gange i uge 9; "
            + "den dobbelte levering krediteres her."},
            {entrep, "Kreditnota til faktura ", "Vi havde faktureret 40 m kantsten for meget på Skolegade. Differencen "
                + "krediteres med den vedhæftede nota."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (1_200 + rnd.nextInt(700));
            Amount a = amount(90_000).credit();
            headers(m, s.person(), addr(s), "kreditor@jammerbugt.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " lyder på " + a.gross() + " kr. og kan trækkes "
                    + "fra i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "KN_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{kontor, "Venlig påmindelse", "Vi kan ikke se en betaling for fakturaen nedenfor. Har I allerede betalt, "
            + "er alt i orden, og I skal ikke foretage jer noget."},
            {vvs, "Rykker", "Fakturaen er nu tolv dage over forfald. Der er endnu ikke beregnet rente eller gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@jammerbugt.dk", x[1] + " - " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Betalingen går til den konto, der altid har stået på vores fakturaer: " + s.account() + "."
                    + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no().replace("Nr. ", "") + ".pdf", pdfInvoice(m, s, "Påmindelse",
                    p.no(), p.amount(), s.account(), i + 1, List.of("Gælder faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@jammerbugt.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej\n\nHer er jeres saldo hos os: faktura " + p.no() + " er betalt, og der står 0,00 kr. åbent. Vi kører "
                + "tang fra nedkørslerne igen, når sæsonen går i gang." + signature(s));
        genuine(m, s.ip());
        m.description = "tranum-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(entrep, mad)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 0;
            String ref = "JK-" + (61_400 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@jammerbugt.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Til e-faktura\n\nVores NemHandel-adgang er ved at blive flyttet til en ny udbyder, så i et par uger kommer "
                    + "fakturaerne som XML-bilag her i mailen, med en læsbar PDF ved siden af. Kontonummeret er uændret. Skulle "
                    + "samme faktura også dukke op ad den normale vej, er det den samme, og den betales én gang.\n\nMvh.\n"
                    + s.name())
                .attach("application/xml", no.replace(" ", "") + (peppol ? "_bis3.xml" : "_oioubl.xml"),
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning-" + no.replace(" ", "") + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 1, List.of("Indkøbsordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"sandormbilag.dk", "tangloppe-invoice.com", "uglefaktura.io", "sneppe-regning.dk"};
        Supplier[] who = {smed, guide, null, sanger};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "b." + sha256("plat56:" + m.id).substring(0, 10) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "UF" + (80_000 + rnd.nextInt(9_000));
                headers(m, "Uglefaktura", "noreply@uglefaktura.io", "strand@jammerbugt.dk", "Opkrævning " + no
                    + " - redningsbådens trailer")
                    .text("Til " + KOMMUNE + ", Strand og Kyst\n\nUglefaktura sender på vegne af Nordvestjysk Trailerudlejning "
                        + "regningen for leje af trailer til redningsbåden i Blokhus, marts-april.\n\nAt betale: " + a.gross()
                        + " kr. senest " + dottedDay(m, 20) + ".\n\nUglefaktura - fakturering for små virksomheder")
                    .attach("application/pdf", "UF-" + no + ".pdf", Attachments.pdf(docId(m, "uf"), "Opkrævning " + no,
                        List.of("Nordvestjysk Trailerudlejning, via Uglefaktura", "Kunde: " + KOMMUNE + ", Strand og Kyst",
                            "Trailerleje marts-april 2037", "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(),
                            "Konto " + iban("DK", "90700001377125"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform uglefaktura.io invoices trailer rent for a small firm under its own name";
                continue;
            }
            String no = "S-" + (200_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "afsender@" + d[i], i == 0 ? "strand@jammerbugt.dk" : "skole@jammerbugt.dk",
                "Faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <strong>" + a.gross() + " kr.</strong> med betalingsfrist "
                    + dottedDay(m, 14) + ".</p><p>Fakturaen ligger som PDF i mailen. Svar på mailen, hvis noget er uklart - "
                    + "svaret lander direkte hos " + firstName(s) + ".</p><p style=\"color:#888;font-size:9px\">Sendt med "
                    + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(guide, tolk, sanger, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 5, List.of(), v == 1 ? "\n\nJeg er ikke momsregistreret; beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "SRT-" + (5_400 + rnd.nextInt(900));
        Amount a = amount(700_000);
        headers(m, "Sylter Strandtechnik", addr(tysk), "strand@jammerbugt.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei die Rechnung " + no + " über Siebbänder und Lager für Ihre "
                + "Strandreinigungsmaschine in Blokhus. Es gilt das Reverse-Charge-Verfahren.\n\nMit freundlichen Grüßen\n"
                + "Buchhaltung, Sylter Strandtechnik")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Westerland", "Kunde: " + KOMMUNE + ", Strand og Kyst", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlung an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF+RSA, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "GR" + (9_100 + rnd.nextInt(800));
        headers(m, "Göteborgs Räddningsutrustning", addr(svensk), "strand@jammerbugt.dk", "Faktura " + no + " - räddningsbojar")
            .text("Hej!\n\nBifogat finns fakturan för räddningsbojar, kastlinor och flytvästar till era livräddartorn. Varorna "
                + "skickades med fraktbolaget i förra veckan.\n\nVänliga hälsningar\nFakturering")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "IBAN för betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (SPF only, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Skemaskur Billing", "billing@skemaskur.io", "skole@jammerbugt.dk", "Your Skemaskur invoice for April")
            .text("Hello " + KOMMUNE + ",\n\nThe invoice for your Skemaskur licence (timetables for 17 schools) is attached. "
                + "It is also delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross() + ", due in 30 days.\n\nSkemaskur")
            .attach("application/pdf", "skemaskur-april.pdf", Attachments.pdf(docId(m, "sk"), "Invoice",
                List.of("Skemaskur ApS", "Bill to: " + KOMMUNE, "Licence April 2037, 17 schools", "DKK " + a.gross())));
        genuine(m, "127.56.30.1");
        m.description = "SaaS skemaskur.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(250_000);
        headers(m, "Tilsynsnet", "kvittering@tilsynsnet.dk", "teknik@jammerbugt.dk", "Kvittering - Tilsynsnet strandmodul")
            .text("Hej\n\nTak for betalingen af strandmodulet i Tilsynsnet (tjeklister for redningsposter og nedkørsler). "
                + a.gross() + " kr. er trukket på kortet, der ender på 7741.\n\nTilsynsnet");
        genuine(m, "127.56.31.1");
        m.description = "SaaS tilsynsnet.dk receipt, paid by card, Ed25519, DMARC pass";
        m = ok("e-signature-request", false);
        headers(m, "Pennestrøg", "dokumenter@pennestroeg.dk", "teknik@jammerbugt.dk", "Underskriv: Aftale om strandrensning 2037")
            .text("Hej\n\nBlokhus Klitservice ApS har sendt et dokument, som venter på din underskrift:\n\"Tillæg til aftale "
                + "om afretning af kørebanen, sæson 2037\"\n\nÅbn dokumentet ved at logge ind på pennestroeg.dk med MitID "
                + "Erhverv. Vi sender aldrig vedhæftede filer, der skal åbnes.\n\nPennestrøg");
        genuine(m, "127.56.32.1");
        m.description = "real e-signature request from pennestroeg.dk for a real supplier's addendum";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyK = bank("9070", "0001389442");
        M m = ok("supplier-new-account", false);
        headers(m, klit.person(), addr(klit), "kreditor@jammerbugt.dk", "Vi skifter bank")
            .text("Hej kreditor\n\nBlokhus Klitservice er flyttet fra Andelskassen til Kystbanken Nord, da vi købte nye "
                + "maskiner til kørebanen. Alle fakturaer, vi udsteder fra 1. april 2037, skal betales til " + nyK + ". Ældre "
                + "fakturaer kan stadig betales til den gamle konto, den er åben sommeren over.\n\nI er meget velkomne til at "
                + "ringe til mig på kontoret og få det bekræftet - brug det nummer, der står i jeres kartotek." + signature(klit))
            .attach("application/pdf", "Ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "bk"), "Meddelelse om ny bank",
                List.of(klit.name() + ", CVR " + cvr(klit.domain()), "Fra 01.04.2037", "Konto: " + nyK, "Rasmus Thygesen, ejer")));
        genuine(m, klit.ip());
        m.description = "listed beach-lane firm genuinely announces a new bank (SPF+RSA aligned, p=quarantine)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(klit.name(), klit.domain(), klit.person(), klit.box(), klit.ip(), nyK,
            "opstart af kørebanen Blokhus-Rødhus efter vinterstormene");
        invoice(m, moved, nyK, 11, List.of("Bemærk ny bank fra 01.04.2037"), "\n\nSom skrevet tidligere betaler I nu til "
            + "vores nye konto i Kystbanken.");
        genuine(m, klit.ip());
        m.description = "blokhus-klitservice.dk invoice to its new account after the announced bank change";

        String nyL = iban("DK", "74500001391867");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Sæsonkontoret", addr(livred), "kreditor@jammerbugt.dk", "Ændret betalingskonto til sæson 2037")
            .text("Til " + KOMMUNE + ", kreditor og Strand og Kyst\n\nRødhus Livredderservice er blevet en del af en landsdækkende "
                + "livredderforening, og fra sæson 2037 går betalingerne til foreningens konto " + nyL + ". Fakturaerne for "
                + "2036 betales til den gamle konto. Brevet er også sendt til jer med Digital Post.\n\nMed venlig hilsen\n"
                + "Rødhus Livredderservice ApS");
        genuine(m, livred.ip());
        m.description = "history: listed lifeguard firm (DKIM only, DMARC pass) announces a new account from the 2037 season";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(livred.name(), livred.domain(), livred.person(), livred.box(), livred.ip(), nyL,
            livred.what());
        invoice(m, pooled, nyL, 14, List.of("Forudbetaling ifølge kontrakt: 1. rate sæson 2037"), "\n\nKontoen er den nye, "
            + "som vi skrev om i marts.");
        genuine(m, livred.ip());
        m.description = "rodhus-livredning.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 19, List.of(), "");
        m.mailFrom = "SRS0=h7Qx=LA=jammerbugtposten.dk=annonce@srs.vesterhavsnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.56.28.1";
        m.helo = "srs.vesterhavsnet.dk";
        m.description = "jammerbugtposten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, bus, bus.account(), 23, List.of(), "");
        m.signers.add(bus.domain());
        relayedBy(m, "relay.aabybro-fiber.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.aabybro-fiber.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"bogholderlauget-thy.dk", "Mette Skov", "mesk@", "Regning for grøftelukning i en mose?",
            "Hej med jer\n\nVi har fået en regning for 'hydrologisk slutrapport' på et moseprojekt, vi slet ikke har. Er der "
                + "andre i kredsen med højmoser, der har set noget lignende?\n\nMette"},
            {"kystkommunernes-indkob.dk", "Jens Bundgaard", "jebu@", "Spil på landingspladser", "Hej alle\n\nEn havneforening "
                + "nord for os blev bedt om at betale for 'ny spilwire' til en ny konto. Firmaet, de plejer at bruge, kendte "
                + "ikke til regningen.\n\nJens"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditornet-nordjylland.dk", x[3])
                .header("List-Id", "Kreditornet Nordjylland <debat.kreditornet-nordjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-nordjylland.dk", "[Kreditornet] ", "\r\n-- \r\nKreditornet Nordjylland\r\n"
                + "Afmeld: https://kreditornet-nordjylland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelraadet-nord.dk", "Svindelrådet Nord", "Moser, spil og klitter: nye falske regninger",
            "Kystkommuner får regninger for opgaver, der lyder rigtige - vandstand i moser, wirer til bådspil, plantning i "
                + "klitterne - men med en ny konto. Tjek altid ordren og ring op på et kendt nummer."},
            {"nordjysk-revision-aabybro.dk", "Nordjysk Revision", "Kvartalsnyt: afstemning før sommersæsonen",
                "Gennemgå kreditorkartoteket, før sæsonleverandørerne sender de første regninger, og kræv to godkendere ved "
                    + "enhver ændring af kontonumre."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl56:" + x[0]).substring(0, 12) + "@vindpost.com";
            headers(m, x[1], "nyt@" + x[0], "okonomi@jammerbugt.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere</a>"
                    + "</p><p style=\"font-size:8px\">Du får denne mail, fordi du abonnerer. Afmeld her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("vindpost.com");
            m.ip = "127.56.26.1";
            m.helo = "mta.vindpost.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP vindpost.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Natur og Miljø", "natur@", "kreditor@jammerbugt.dk", "Vildmoseprojektet",
            "Hej kreditor\n\nMålingerne i Store Vildmose laver Vildmose Hydrologi for os, og kun dem. Deres regninger har altid "
                + "projektnummeret på. Kommer der noget andet om mosen, så send det til mig, før I betaler.\n\nNatur og Miljø"},
            {"Strand og Kyst", "strand@", "kreditor@jammerbugt.dk", "Sæsonstart på strandene", "Hej\n\nFra 1. maj kommer "
                + "regningerne for livreddere, kørebane og klitpleje. Thorup Strand Spil- og Bådeservice fakturerer kvartalsvis "
                + "under serviceaftalen. Akutreparationer bestiller vi selv.\n\nStrand og Kyst"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Kystbanken Nord, Erhverv", "erhverv@kystbanken-nord.dk", "okonomi@jammerbugt.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nDen betalingsfil, I sendte i dag, er modtaget med 142 poster og gennemføres på bankdagen. Se "
                + "detaljerne i netbanken. Vi beder jer aldrig om at logge ind via et link i en mail.\n\nKystbanken Nord");
        genuine(m, "127.56.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Limfjordens Andelskasse", "info@limfjordens-andelskasse.dk", "okonomi@jammerbugt.dk", "Nye åbningstider")
            .text("Til erhvervskunderne\n\nErhvervsrådgivningen i Brovst holder lukket om fredagen fra juni. Telefonen er åben "
                + "som normalt.\n\nLimfjordens Andelskasse");
        genuine(m, "127.56.22.1");
        m.description = "bank notice about opening hours, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("bog-rewetting-survey-invoice", true);
        invoice(m, mose, mose.account(), 4, List.of("Projekt " + bogCase + ", marts: aflæsning af 14 loggere",
            "Lukning af 3 grøfter med tørvepropper, Tofte-delen"), "\n\nDatafilerne er lagt i projektets mappe.");
        genuine(m, mose.ip());
        m.description = "the real hydrology firm invoices March logging and ditch blocking in Store Vildmose (SPF+RSA, p=reject)";
        m = ok("beach-landing-winch-invoice", true);
        invoice(m, spil, spil.account(), 8, List.of("Serviceaftale " + winchAgreement + ", 1. kvartal 2037",
            "Smøring af 9 spil, ny ophalerwire på spil 4"), "\n\nKystfiskerlauget har kvitteret for arbejdet.");
        genuine(m, spil.ip());
        m.description = "the winch firm's quarterly service at the Thorup Strand landing (SPF only, no DMARC: aligned SPF pass)";
        m = ok("marram-dune-planting-invoice", true);
        invoice(m, hjelme, hjelme.account(), 13, List.of("Ordre " + duneOrder + ", 2.400 hjælmeplanter ved Rødhus nedkørsel",
            "120 m risgærde, Svinkløv"), "\n\nBilleder af plantningen er sendt til Strand og Kyst.");
        genuine(m, hjelme.ip());
        m.description = "the dune-care firm invoices marram planting under the order (SPF+RSA, no DMARC)";
        m = ok("supplier-letter", false);
        headers(m, "Thorup Strand Spil- og Bådeservice", addr(spil), "strand@jammerbugt.dk", "Wireskift i maj - ingen ekstra "
            + "regning")
            .text("Hej Strand og Kyst\n\nI maj skifter vi ophalerwirerne på de sidste tre spil. Det hører under serviceaftale "
                + winchAgreement + ", og der kommer ikke nogen særskilt faktura. Vores konto er den samme som de sidste ti år.\n\n"
                + "Kasper, Thorup Strand Spil- og Bådeservice");
        genuine(m, spil.ip());
        m.description = "the winch firm announces wire changes at no extra cost";
    }

    private void misc() {
        M m = ok("order-confirmation", false);
        headers(m, toemrer.person(), addr(toemrer), "strand@jammerbugt.dk", "Ordrebekræftelse: to redningstårne")
            .text("Hej\n\nHermed bekræftet: to nye redningstårne i lærk til Rødhus og Slettestrand, leveret og stillet op inden "
                + "1. juni. Faktura kommer efter aflevering, ikke før." + signature(toemrer));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter confirms an order, no payment asked";
        m = ok("payment-acknowledgement", false);
        headers(m, "Kundeservice", addr(varme), "okonomi@jammerbugt.dk", "Tak for betalingen")
            .text("Hej\n\nVi har modtaget jeres betaling for fjernvarme til Rådhuset. Næste aconto-opkrævning sendes i juni.\n\n"
                + "Aabybro Fjernvarmeværk");
        genuine(m, varme.ip());
        m.description = "district heating acknowledges a payment";
        m = ok("association-notice", false);
        headers(m, "Thorup Strand Kystfiskerlaug", "laug@thorupstrand-kystfiskerlaug.dk", "strand@jammerbugt.dk",
            "Landingspladsen - forårsmøde")
            .text("Hej kommunen\n\nLauget holder forårsmøde på redskabshuset torsdag kl. 19. Vi vil gerne tale om spillene og "
                + "sandet, der er skyllet op på landingspladsen. Kaffe og kage.\n\nBestyrelsen");
        genuine(m, "127.56.3.3");
        m.description = "the fishermen's guild invites to a meeting (SPF only, p=none, aligned SPF pass)";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private void fraudulent() {
        // forged-supplier: the real supplier's domain from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(0), 3, List.of("Betalingsoplysninger opdateret"), "", "Kære kunde\n\nVi har flyttet "
            + "opkrævningen til et samarbejde med et større varmeselskab i Aalborg. Beløbet for denne periode skal derfor "
            + "indbetales til kontoen på den vedhæftede opkrævning. Betalinger til den gamle konto sendes retur.");
        forged(m, forgedHost++);
        m.description = "forged From aabybro-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(3), 6, List.of(), "", "Hej\n\nAnnoncerne for lokalplanen i Rødhus er nu faktureret. Avisen "
            + "er overtaget af en britisk mediekoncern, og pengene skal fremover gå til den engelske konto på fakturaen.");
        forged(m, forgedHost++);
        m.description = "forged From jammerbugtposten.dk (p=reject), GB account";
        m = bad("forged-supplier");
        invoice(m, rengoer, mule(5), 1, List.of(), "", "Goddag\n\nFordi vi har skiftet regnskabsprogram, har kontoen også "
            + "ændret sig. Marts-fakturaen ligger vedhæftet med de nye oplysninger - den tidligere konto er lukket.");
        forged(m, forgedHost++);
        m.description = "forged From saltum-rengoering.dk (nothing published), new DK account";
        m = bad("forged-supplier");
        invoice(m, hjelme, mule(8), 2, List.of("Ordre " + duneOrder), "", "Hej\n\nVi mangler stadig betaling for "
            + "forårets plantning. Jonas er på ferie, så beløbet bedes overført til min konto, som står på fakturaen.");
        forged(m, forgedHost++);
        m.description = "forged From slettestrand-klitpleje.dk (no DMARC) cites the real order, other DK account";

        // lookalike-domain
        Object[][] l = {{"aabybro-fjernvarme.com", varme, "Efter en fejl i vores kundesystem har nogle kunder fået en "
            + "forkert konto på den seneste opkrævning. Denne opkrævning er den korrekte, så brug kun kontoen her."},
            {"brovst-entreprenor.dk", entrep, "Fortovet på Skolegade er færdigt. Vi har samtidig flyttet vores bankforhold, så "
                + "benyt venligst kontoen nederst på fakturaen."},
            {"pandrup-elteknik.dk", el, "LED-lyset over banerne i Pandrup-hallen brænder nu. Fra denne måned "
                + "kører vores indbetalinger gennem en factoringpartner; dens kontonummer er trykt i bunden af bilaget."},
            {"tranum-vognmand.net", vognmand, "Kørsel med strandsand i uge 14. Fakturaen betales til vognmandens private "
                + "driftskonto, som nu skal bruges, indtil selskabet er omregistreret."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 1), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = owned("gjøl-toemrer.dk");
        m = bad("punycode-homoglyph");
        invoice(m, toemrer.posing(d, toemrer.account()), mule(9), 7, List.of("Kontoændring pr. " + dottedDay(m, -2)), "",
            "Redningstårnet til Rødhus er klar. Vi har fået ny bankforbindelse, og den står på fakturaen - den skal bruges "
                + "fremover.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (ø for oe) posing as gjoel-toemrer.dk, new account";
        d = owned("j\u0430mmerbugt.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektørens sekretariat", "sekretariat@" + d, "kreditor@jammerbugt.dk", "Deponering i dag - "
            + "sommerhusgrund")
            .text("Hej\n\nKommunaldirektøren har lige fået accept på købet af en grund ved Blokhus til det nye "
                + "parkeringsanlæg. Sælgers advokat skal have 412.000 kr. deponeret på " + mule(6) + " før kl. 14, ellers går "
                + "grunden til en anden køber. Skødet kommer bagefter. Vent med at omtale det, til byrådet er informeret.\n\n"
                + "Sekretariatet");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as our municipality: land deposit before 2 pm";

        // lookalike-platform
        m = bad("lookalike-platform");
        d = owned("sandormbilag-aabybro.dk");
        headers(m, "Sandormbilag", "faktura@" + d, "strand@jammerbugt.dk", "Faktura fra Svinkløv Smedie - betal online")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Svinkløv Smedie har sendt jer en faktura på <b>18.437,50 kr.</b>. "
                + "Betal direkte med kort via <a href=\"https://" + d + "/betal/" + sha256(m.id).substring(0, 8) + "\">"
                + "sandormbilag.dk/betal</a> - så er den registreret med det samme.</p></body></html>");
        ownedBy(m, d);
        m.description = "look-alike of the platform sandormbilag.dk, card pay link for the smithy";
        m = bad("lookalike-platform");
        d = owned("uglefaktura-pandrup.com");
        headers(m, "Uglefaktura Support", "support@" + d, "kreditor@jammerbugt.dk", "Opkrævning afvist - ny betalingsmodtager")
            .text("Hej\n\nDen seneste betaling til en af jeres leverandører via Uglefaktura blev afvist af modtagerbanken. "
                + "Overfør beløbet, 9.870,00 kr., til vores klientkonto " + mule(1) + ", så videresender vi det.\n\n"
                + "Uglefaktura Support");
        ownedBy(m, d);
        m.description = "fake platform support claims a rejected payment, client account (LT)";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Borgmester Lise Nørgaard", "borgmester.lise@gmail.com", "okonomi@jammerbugt.dk", "Kan du hjælpe mig nu?")
            .text("Hej\n\nJeg sidder i møde med KL i København og kan ikke ringe. Der skal betales et depositum på 96.000 kr. "
                + "for vores stand på kystkonferencen - arrangøren lukker tilmeldingen i eftermiddag. Kontoen er " + mule(10)
                + ". Giv mig besked, når det er sendt.\n\nLise\nSendt fra min iPhone");
        genuine(m, GMAIL);
        m.description = "mayor's name on a gmail address asks for a conference deposit (gmail DKIM pass, not our domain)";
        m = bad("ceo-fraud");
        headers(m, "Jammerbugt Kommune - Direktionen", "direktion.jammerbugt@outlook.com", "kreditor@jammerbugt.dk",
            "Fortrolig betaling - kystsikring")
            .text("Godmorgen\n\nVi skal i dag indbetale kommunens andel af et kystsikringsprojekt ved Slettestrand, før Kyst"
                + "direktoratet lukker puljen. Beløbet er 284.500 kr. til " + mule(12) + ". Sagen er ikke offentlig endnu, så "
                + "brug ikke de normale godkendelser - jeg attesterer bagefter.\n\nMed venlig hilsen\nKommunaldirektøren");
        genuine(m, MSFT);
        m.description = "director impostor on outlook.com: coastal protection share, skip approvals (DE IBAN)";
        m = bad("ceo-fraud");
        headers(m, "Økonomichef Anders Bak", "anders.bak@" + OWN, "kreditor@jammerbugt.dk", "Betaling inden frokost")
            .header("Reply-To", "anders.bak.jk@hotmail.com")
            .text("Hej\n\nLandinspektøren bag udstykningen af sommerhusgrundene i Blokhus har sendt sin slutregning, 58.300 kr. "
                + "Jeg lovede ham pengene i dag, da han ellers ikke afleverer kortene. Konto: " + mule(4) + ". Jeg sidder i "
                + "byrådssalen til sent, så skriv blot tilbage her.\n\nAnders");
        forged(m, forgedHost++);
        m.description = "own domain (p=reject) forged from a fraudster's machine, Reply-To hotmail, PL account";

        // fake-digital-post
        m = bad("fake-digital-post");
        d = owned("digitalpost-aabybro.net");
        headers(m, "Digital Post", "meddelelse@" + d, "okonomi@jammerbugt.dk", "Ny post til virksomheden: Skattestyrelsen")
            .html("<html><body><p>Der er ny post til " + KOMMUNE + " (CVR 29189617) i Digital Post.</p><p>Afsender: "
                + "Skattestyrelsen<br>Emne: Efterregulering af moms</p><p><a href=\"https://" + d + "/mitid/erhverv\">Log på "
                + "med MitID Erhverv</a> for at læse beskeden inden 48 timer.</p></body></html>");
        ownedBy(m, d);
        m.description = "fake Digital Post notice with MitID Erhverv login link";
        m = bad("fake-digital-post");
        d = owned("mitid-fjerritslev.com");
        headers(m, "MitID Erhverv", "no-reply@" + d, "it@jammerbugt.dk", "Jeres MitID Erhverv-adgange udløber")
            .text("Til administrator\n\n23 medarbejderidentiteter i " + KOMMUNE + " skal fornyes inden fredag. Forny samlet "
                + "her: https://" + d + "/forny?org=jammerbugt\n\nEllers kan medarbejderne ikke godkende betalinger.\n\nMitID "
                + "Erhverv");
        ownedBy(m, d);
        m.description = "fake MitID Erhverv renewal of employee identities, login link";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        d = owned("nemhandel-brovst.com");
        headers(m, "NemHandel Drift", "drift@" + d, "efaktura@jammerbugt.dk", "Afvist e-faktura: EAN " + EAN)
            .text("Til e-fakturamodtager\n\nTre fakturaer til EAN " + EAN + " kunne ikke leveres, fordi jeres endpoint-"
                + "certifikat er udløbet. Fakturaerne frigives, når I har bekræftet modtageroplysninger på https://" + d
                + "/endpoint. Ubekræftede fakturaer slettes efter 5 dage.\n\nNemHandel Drift");
        ownedBy(m, d);
        m.description = "fake NemHandel notice: our EAN's certificate expired, confirm on a link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel", "support.nemhandel@outlook.com", "efaktura@jammerbugt.dk", "Gebyr for genaktivering af EAN")
            .text("Hej\n\nJeres EAN-lokationsnummer " + EAN + " er midlertidigt spærret efter manglende årlig fornyelse. "
                + "Genaktivering koster 2.950 kr., som betales til " + mule(13) + ". Angiv EAN som tekst.\n\nNemHandel Support");
        genuine(m, MSFT);
        m.description = "'NemHandel' on outlook.com asks a reactivation fee for our EAN (BG IBAN)";

        // fake-inkasso
        m = bad("fake-inkasso");
        d = owned("jammerbugt-inkasso.dk");
        headers(m, "Jammerbugt Inkasso", "sag@" + d, "kreditor@jammerbugt.dk", "Inkassosag 37-" + (2_000 + rnd.nextInt(900)))
            .text("Til " + KOMMUNE + "\n\nVi har fået overdraget et krav fra Nordvest Strandrens ApS for rensning af stranden ved "
                + "Lien. Kravet med renter og gebyrer er 31.208,75 kr. Betales beløbet ikke til " + mule(5) + " inden 8 dage, "
                + "indgives stævning uden yderligere varsel.\n\nJammerbugt Inkasso, advokatfuldmægtig T. Lind");
        ownedBy(m, d);
        m.description = "fake debt collector for an unknown beach-cleaning firm, court threat";
        m = bad("fake-inkasso");
        headers(m, "Advokat Kirsten Vad - Inkasso", "kirsten.vad.inkasso@gmail.com", "okonomi@jammerbugt.dk",
            "Sidste varsel før fogedretten")
            .attach("application/pdf", "Inkassomeddelelse.pdf", Attachments.pdf(Long.parseLong(sha256(m.id).substring(0, 10), 16),
                "Inkassomeddelelse", List.of("Kreditor: Pandrup Parkering ApS", "Skyldner: " + KOMMUNE,
                    "Hovedstol 6.400,00  Renter 812,40  Gebyr 100,00", "Betales til " + mule(11))))
            .text("Vedlagt sidste varsel. Vi har ikke modtaget indsigelse.\n\nKirsten Vad");
        genuine(m, GMAIL);
        m.description = "'lawyer' on gmail, last notice for unknown parking claims (HU IBAN in PDF)";
        m = bad("fake-inkasso");
        d = owned("saltum-betalingsservice.dk");
        headers(m, "Saltum Betalingsservice", "opkraevning@" + d, "kreditor@jammerbugt.dk", "Restance: Saltum Rengøring ApS")
            .text("Hej\n\nSaltum Rengøring ApS har overdraget sine fordringer til os. Faktura " + past.get(rengoer.domain()).no()
                + " står ubetalt og skal nu betales til os på " + mule(2) + ". Betaling til selskabet selv frigør ikke.\n\n"
                + "Saltum Betalingsservice");
        ownedBy(m, d);
        m.description = "fake collector claims the cleaner's real wave-1 invoice was assigned to it";

        // compromised-supplier (real mailbox, real server, DKIM pass)
        m = bad("compromised-supplier");
        invoice(m, bus, mule(7), 9, List.of(), "", "Hej\n\nVores bank har lukket kontoen midlertidigt pga. en kontrol, "
            + "så denne faktura for skolekørsel skal betales til den konto, der står på den. Det er kun for en periode.");
        genuine(m, bus.ip());
        m.description = "lien-busser.dk mailbox compromised: sent through its own server (DKIM pass), RO IBAN";
        m = bad("compromised-supplier");
        Past pk = past.get(kontor.domain());
        headers(m, kontor.person(), addr(kontor), "kreditor@jammerbugt.dk", "SV: " + pk.subject())
            .header("In-Reply-To", pk.messageId())
            .header("References", pk.messageId())
            .text("Hej igen\n\nVi har opdaget, at faktura " + pk.no() + " har den gamle bankforbindelse. Den rigtige er " + mule(0)
                + ". Hvis I ikke har betalt endnu, så brug venligst den.\n\nOrdrekontoret");
        genuine(m, kontor.ip());
        m.description = "aabybro-kontorforsyning.dk mailbox compromised, replies to its own wave-1 invoice with a new account";
        m = bad("compromised-supplier");
        invoice(m, livred, mule(14), 12, List.of("Rate 2, sæson 2037"), "", "Til kreditor\n\nAnden rate for livredderne. "
            + "Foreningens konto er under omlægning, så brug venligst den konto, der er anført på fakturaen.");
        genuine(m, livred.ip());
        m.description = "rodhus-livredning.dk mailbox compromised (DKIM pass) just after its genuine bank change, CY IBAN";

        // reply-chain-hijack
        Past pe = past.get(entrep.domain());
        m = bad("reply-chain-hijack");
        d = owned("brovst-entreprenor.dk");
        headers(m, "Projektkontoret", "projekt@" + d, "kreditor@jammerbugt.dk", "Re: " + pe.subject())
            .header("In-Reply-To", pe.messageId())
            .header("References", pe.messageId())
            .text("Hej\n\nTak for svaret. Som aftalt i telefonen sender jeg lige kontoen igen: " + mule(3) + ". Faktura "
                + pe.no() + " på " + pe.amount().gross() + " kr. kan betales dertil.\n\n> " + pe.subject());
        ownedBy(m, d);
        m.description = "look-alike hijacks the contractor's wave-1 thread, GB account";
        Past pm = past.get(mad.domain());
        m = bad("reply-chain-hijack");
        d = owned("jammerbugtens-kokken.dk");
        headers(m, "Debitor", "debitor@" + d, "omsorg@jammerbugt.dk", "SV: " + pm.subject())
            .header("In-Reply-To", pm.messageId())
            .header("References", pm.messageId())
            .text("Hej Omsorg\n\nVi kan se, at den åbne post stadig står hos jer. Kan I betale til den konto, vi bruger i "
                + "april-maj, " + mule(10) + "? Tak.\n\nDebitor, Jammerbugtens Køkken");
        ownedBy(m, d);
        m.description = "look-alike without the oe hijacks the meal service's thread, NL account";
        Past pa = past.get(varme.domain());
        m = bad("reply-chain-hijack");
        headers(m, "Kundeservice", "aabybro.fjernvarme@hotmail.com", "okonomi@jammerbugt.dk", "Re: " + pa.subject())
            .header("In-Reply-To", pa.messageId())
            .header("References", pa.messageId())
            .text("Hotmail, ja - værkets domæne flyttes til ny udbyder i denne uge. Angående faktura " + pa.no() + ": revisor har "
                + "låst driftskontoen til årsafslutningen, så beløbet går til " + mule(9) + " indtil videre.\n\nKundeservice, Værkvej");
        genuine(m, MSFT);
        m.description = "district heating thread continued from a hotmail address, IE account";

        // split-payment-redirect
        m = bad("split-payment-redirect");
        d = owned("tranum-vognmand.net");
        headers(m, "Henning Lauridsen", "henning@" + d, "kreditor@jammerbugt.dk", "Deling af betaling")
            .text("Hej\n\nKan I dele betalingen for tangkørslen? 60 % som normalt, og de resterende 40 % til vores "
                + "underleverandør på " + mule(8) + ", så slipper vi for at flytte pengene rundt.\n\nHenning");
        ownedBy(m, d);
        m.description = "look-alike of the haulier asks to split payment, 40 % to another DK account";
        m = bad("split-payment-redirect");
        d = owned("blokhus-klitservice.net");
        headers(m, "Blokhus Klitservice", "rasmus@" + d, "strand@jammerbugt.dk", "Kørebanen - to betalinger")
            .text("Hej Strand og Kyst\n\nFakturaen for kørebanen er på " + kr(4_870_000) + " kr. Vi har to konti af "
                + "skattemæssige årsager: halvdelen til sparekassen som sædvanlig og halvdelen til " + mule(6)
                + ". Sig til, hvis I vil have to fakturaer.\n\nRasmus");
        ownedBy(m, d);
        m.description = "look-alike of the beach-lane firm splits the amount, half to an EE account";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        d = owned("blokhus-ordrekontor.com");
        headers(m, "Ordrekontoret", "ordre@" + d, "indkob@jammerbugt.dk", "Ordre 55-1902 registreret: 40 strandstole")
            .text("Tak for din ordre.\n\n40 strandstole med kommunelogo, 23.960,00 kr., leveres til Blokhus Turistkontor. "
                + "Har du ikke bestilt dette, skal du ringe til os inden 24 timer på 78 77 14 09, ellers sendes fakturaen.\n\n"
                + "Ordrekontoret");
        ownedBy(m, d);
        m.description = "callback scam: unordered beach chairs, call a number to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Fakturaservice", "fakturaservice.dk@gmail.com", "kreditor@jammerbugt.dk", "Automatisk træk 14.995 kr.")
            .text("Kære kunde\n\nDit årsabonnement på Strandkort Pro fornyes i morgen, og 14.995 kr. trækkes på kortet. Ring "
                + "til kundeservice på 89 87 41 30, hvis du vil stoppe fornyelsen.\n\nFakturaservice");
        genuine(m, GMAIL);
        m.description = "callback scam on gmail: renewal to stop by phone";

        // qr-code-payment
        m = bad("qr-code-payment");
        d = owned("blokhus-strandparkering.dk");
        headers(m, "Blokhus Strandparkering", "opkraevning@" + d, "strand@jammerbugt.dk", "Ubetalte parkeringer på stranden")
            .html("<html><body><p>Kommunens tjenestebiler er registreret på stranden i Blokhus uden gyldig billet 7 gange i "
                + "marts. Betal samlet 3.150 kr. ved at scanne koden med MobilePay.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "betal.png", Attachments.qr(Long.parseLong(sha256(m.id).substring(0, 12), 16)));
        ownedBy(m, d);
        m.description = "QR code to pay 'unpaid beach parking' for service cars";
        m = bad("qr-code-payment");
        d = owned("rodhus-livredning.com");
        headers(m, "Rødhus Livredderservice", "saeson@" + d, "kreditor@jammerbugt.dk", "Betaling af sæsonrate - scan koden")
            .text("Hej\n\nFor at gøre det lettere kan sæsonraten nu betales ved at scanne QR-koden i bilaget med bankens app. "
                + "Koden indeholder vores nye kontooplysninger.\n\nSæsonkontoret")
            .attach("image/png", "qr-saesonrate.png", Attachments.qr(Long.parseLong(sha256(m.id).substring(2, 14), 16)));
        ownedBy(m, d);
        m.description = "look-alike of the lifeguard firm: QR code carries the new account";

        // zip-wrapped-pdf
        m = bad("zip-wrapped-pdf");
        d = owned("fjerritslev-vvs.net");
        headers(m, "Fjerritslev VVS", "vaerksted@" + d, "kreditor@jammerbugt.dk", "Faktura og servicerapport")
            .text("Hej\n\nFaktura og rapport for varmtvandsbeholderne er pakket, fordi filerne er store. Adgangskode: 9690\n\n"
                + "Værkstedet")
            .attach("application/zip", "Faktura_servicerapport.zip", Attachments.zip("Faktura_servicerapport.pdf.exe",
                new byte[] {'M', 'Z', 0, 0}));
        ownedBy(m, d);
        m.description = "look-alike plumber: ZIP with a .pdf.exe";
        m = bad("zip-wrapped-pdf");
        d = owned("aabybro-kontorforsyning.net");
        headers(m, "Ordrekontoret", "ordre@" + d, "kreditor@jammerbugt.dk", "Kontoudtog Q1 (7z)")
            .text("Hej\n\nKontoudtoget for første kvartal er vedhæftet. Åbn arkivet og kontrollér de åbne poster.\n\nMvh.")
            .attach("application/x-7z-compressed", "kontoudtog_Q1.7z", Attachments.sevenZip("kontoudtog_Q1.pdf.js",
                "var s=new ActiveXObject('WScript.Shell');".getBytes(StandardCharsets.UTF_8)));
        ownedBy(m, d);
        m.description = "look-alike office supplier: 7z with a script";

        // office-macro-invoice
        m = bad("office-macro-invoice");
        d = owned("pandrup-elteknik.dk");
        headers(m, "Morten Holm", "mh@" + d, "ejendomme@jammerbugt.dk", "Tilbud og faktura - hallen")
            .text("Hej\n\nHer er dokumentet med tilbud og faktura samlet. Tryk 'Aktivér indhold' for at se beløbene.\n\nMorten")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Tilbud_faktura_hallen.docm",
                Attachments.word("Faktura - Pandrup El-Teknik - aktiver indhold for at vise beløbene", true));
        ownedBy(m, d);
        m.description = "look-alike electrician: .docm with a VBA project";
        m = bad("office-macro-invoice");
        d = owned("lien-busser.net");
        headers(m, "Kørselskontoret", "koersel@" + d, "skole@jammerbugt.dk", "Kørselsopgørelse marts.xlsm")
            .text("Hej skoleafdeling\n\nOpgørelsen over skolekørslen i marts ligger i regnearket. Makroerne skal være slået til, "
                + "så ruterne regnes ud.\n\nKørselskontoret")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Koerselsopgoerelse_marts.xlsm",
                Attachments.excel(List.of("Rute;Km;Beløb", "Lien-Fjerritslev;1840;41.220,00", "Brovst svømning;420;9.870,00"),
                    true));
        ownedBy(m, d);
        m.description = "look-alike bus company: .xlsm with macros";

        // image-only-invoice
        m = bad("image-only-invoice");
        d = owned("saltum-rengoring.dk");
        headers(m, "Saltum Rengøring", "bogholderi@" + d, "kreditor@jammerbugt.dk", "Scannet faktura")
            .text("Hej, fakturaen er scannet ind. Betal venligst hurtigst muligt.")
            .attach("application/pdf", "scan0041.pdf", Attachments.scannedPdf(Long.parseLong(sha256(m.id).substring(0, 12), 16)));
        ownedBy(m, d);
        m.description = "look-alike cleaner: image-only PDF, no text";
        m = bad("image-only-invoice");
        headers(m, "Svinkløv Smedie", "svinklov.smedie@yahoo.com", "strand@jammerbugt.dk", "regning rækværk")
            .text("billede af regningen vedhæftet, kontoen står nederst\n\nKarl")
            .attach("image/jpeg", "IMG_5521.jpg", Attachments.image(Long.parseLong(sha256(m.id).substring(1, 13), 16), "jpg"));
        genuine(m, YAHOO);
        m.description = "smithy's name on a yahoo address (yahoo DKIM pass): photo of an invoice, not the smithy's domain";

        // payroll-account-change
        String[][] pay = {{"Mette Kjær", "mette.kjaer.pleje@gmail.com", "omsorg", "Hej løn\n\nSocialrådgiveren har hjulpet mig med at samle "
            + "min økonomi i Lunar, så lønnen for april skal ind på " + mule(0) + ". Jeg kører hjemmepleje-ruten i Brovst "
            + "og har ikke telefonen med ud til borgerne, så skriv hellere.\n\nMette", GMAIL},
            {"Søren Hald", "soeren.hald@outlook.com", "skole", "Hej\n\nMin lønkonto er skiftet - ny konto " + mule(2) + ". Kan "
                + "I rette det før næste lønkørsel? Jeg er lærer på Fjerritslev Skole.\n\nHilsen Søren", MSFT}};
        for (String[] x : pay) {
            m = bad("payroll-account-change");
            headers(m, x[0], x[1], "loen@jammerbugt.dk", "Ny lønkonto").text(x[3]);
            genuine(m, x[4]);
            m.description = "employee's name on free mail asks payroll to change the salary account";
        }
        m = bad("payroll-account-change");
        d = owned("gjol-lonservice.dk");
        headers(m, "Gjøl Lønservice", "support@" + d, "loen@jammerbugt.dk", "Opdatering af medarbejderkonti")
            .text("Til lønafdelingen\n\nSom jeres lønleverandørs underdatabehandler skal vi have bekræftet bankoplysningerne for "
                + "vikarerne i ældreplejen. Udfyld skemaet på https://" + d + "/medarbejdere senest torsdag.\n\nGjøl Lønservice");
        ownedBy(m, d);
        m.description = "fake payroll subcontractor asks for staff bank details on a form";

        // xml-invoice-changed-account
        m = bad("xml-invoice-changed-account");
        d = owned("brovst-entreprenor.dk");
        String no = "2037-0" + (4_000 + rnd.nextInt(900));
        Amount a = amount(2_000_000);
        headers(m, "Projektkontoret", "projekt@" + d, "efaktura@jammerbugt.dk", "OIOUBL " + no)
            .text("Til e-faktura\n\nNemHandel-fejl hos os, så XML'en kommer her. Kontoen i filen er den gældende.\n\nProjektkontoret")
            .attach("application/xml", no + ".xml", ubl(no, entrep.posing(d, mule(5)), mule(5), a, isoDay(m, 0), isoDay(m, 10),
                false, "JK-61400").getBytes(StandardCharsets.UTF_8));
        ownedBy(m, d);
        m.description = "look-alike contractor: OIOUBL XML with the real seller's name and a mule payee";
        m = bad("xml-invoice-changed-account");
        no = invoiceNo(mose);
        a = amount(1_500_000);
        headers(m, mose.person(), addr(mose), "efaktura@jammerbugt.dk", "Peppol-faktura " + no)
            .text("Hej\n\nPeppol-filen for projekt " + bogCase + " er vedhæftet. Bemærk betalingsmodtager i filen.\n\nSofie")
            .attach("application/xml", "peppol-" + no + ".xml", ubl(no, mose, mule(1), a, isoDay(m, 0), isoDay(m, 14), true,
                bogCase).getBytes(StandardCharsets.UTF_8));
        forged(m, forgedHost++);
        m.description = "forged From vildmose-hydrologi.dk (p=reject): Peppol XML with an LT payee";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        d = owned("pennestroeg-slettestrand.com");
        headers(m, "Pennestrøg", "dokument@" + d, "strand@jammerbugt.dk", "Dokument venter: Livredderkontrakt 2037")
            .html("<html><body><p>Rødhus Livredderservice har sendt <b>Livredderkontrakt_2037.pdf</b> til underskrift.</p>"
                + "<p><a href=\"https://" + d + "/sign/" + sha256(m.id).substring(0, 10) + "\">Gennemse og underskriv</a></p>"
                + "<p>Linket udløber om 24 timer.</p></body></html>");
        ownedBy(m, d);
        m.description = "look-alike of pennestroeg.dk: signing link to a credential page";
        m = bad("fake-esignature-request");
        d = owned("tranum-esign.net");
        headers(m, "Tranum eSign", "noreply@" + d, "kreditor@jammerbugt.dk", "Bekræft ny bankaftale - signatur påkrævet")
            .text("Hej\n\nEn leverandør har registreret en ny bankaftale, som kræver jeres digitale godkendelse. Underskriv "
                + "via https://" + d + "/doc/bankaftale - login med jeres Microsoft-konto.\n\nTranum eSign");
        ownedBy(m, d);
        m.description = "fake e-sign service: bank agreement, Microsoft login link";

        newFamilies();
    }

    /** The three kinds new in this corpus. */
    private void newFamilies() {
        // fake-bog-rewetting-survey-invoice
        M m = bad("fake-bog-rewetting-survey-invoice");
        invoice(m, mose.posing("store-vildmose-hydrologi.com", mose.account()), mule(3), 10, List.of("Projekt " + bogCase
            + ": ekstra aflæsninger efter oversvømmelse"), "", "Efter det kraftige regnvejr steg vandet over loggerne i den "
            + "vestlige del af Store Vildmose, og vi måtte ud tre ekstra gange under projekt " + bogCase + ". Fakturaen for "
            + "ekstraarbejdet er vedhæftet og betales til projektkontoen, vi har oprettet til formålet.");
        ownedBy(m, "store-vildmose-hydrologi.com");
        m.description = "look-alike of the hydrology firm cites the real bog case: 'extra readings after flooding', GB account";
        m = bad("fake-bog-rewetting-survey-invoice");
        String d = owned("store-vildmose-maaling.dk");
        headers(m, "Store Vildmose Måling", "rapport@" + d, "natur@jammerbugt.dk", "Lovpligtig hydrologisk slutrapport")
            .text("Til Natur og Miljø\n\nEfter vådområdeordningen skal der foreligge en uvildig hydrologisk slutrapport, før "
                + "tilskuddet til genvådningen udbetales. Vi har lavet den for jer. Rapporten frigives, når 38.750,00 kr. er "
                + "indbetalt på " + mule(4) + ".\n\nStore Vildmose Måling");
        ownedBy(m, d);
        m.description = "unknown firm holds a 'mandatory' bog hydrology report hostage for payment (PL IBAN)";
        m = bad("fake-bog-rewetting-survey-invoice");
        d = owned("lien-mosekonsulent.dk");
        headers(m, "Lien Mosekonsulent", "post@" + d, "natur@jammerbugt.dk", "Grøftelukning - forudbetaling af tørv")
            .text("Hej\n\nTak for snakken om grøfterne i Store Vildmose. Vi har reserveret 60 m³ tørv og en gravemaskine på "
                + "bånd til uge 17. Vi skal bruge en forudbetaling på 22.400 kr. til " + mule(11) + ", før vi kører.\n\n"
                + "Lien Mosekonsulent");
        ownedBy(m, d);
        m.description = "'our talk' about ditch blocking in the bog, prepayment for peat and digger (HU IBAN)";

        // fake-beach-landing-winch-invoice
        m = bad("fake-beach-landing-winch-invoice");
        invoice(m, spil.posing("thorupstrand-spilservice.com", spil.account()), mule(7), 15, List.of("Serviceaftale "
            + winchAgreement + " - akutreparation"), "", "I weekendens storm knækkede ophalerwiren på spil 6, og en båd lå "
            + "fast i brændingen. Vi rykkede ud om natten efter aftale " + winchAgreement + " og skiftede wire og tromle. "
            + "Regningen følger med, og den betales til vores nye erhvervskonto.");
        ownedBy(m, "thorupstrand-spilservice.com");
        m.description = "look-alike of the winch firm cites the real agreement: 'night repair after storm', RO IBAN";
        m = bad("fake-beach-landing-winch-invoice");
        d = owned("thorup-strand-bådservice.dk");
        headers(m, "Thorup Strand Bådservice", "kontor@" + d, "strand@jammerbugt.dk", "Sikkerhedsgennemgang af spil og slæder")
            .text("Hej Strand og Kyst\n\nArbejdstilsynet kræver årlig gennemgang af spillene på landingspladser med offentlig "
                + "adgang. Vi har gennemgået de 9 spil og 14 slæder på Thorup Strand og udstedt attest. Beløbet, 17.900 kr. + "
                + "moms, betales til " + mule(12) + ".\n\nThorup Strand Bådservice")
            .attach("application/pdf", "Attest_spil.pdf", Attachments.pdf(docId(m, "at"), "Attest - spil og slæder",
                List.of("Landingspladsen, Thorup Strand", "9 spil, 14 slæder gennemgået", "Beløb 17.900,00 + moms",
                    "Konto " + mule(12))));
        ownedBy(m, d);
        m.description = "unknown firm bills a 'required' safety inspection of the beach-landing winches (DE IBAN)";
        m = bad("fake-beach-landing-winch-invoice");
        d = owned("slettestrand-havneteknik.dk");
        headers(m, "Slettestrand Havneteknik", "salg@" + d, "teknik@jammerbugt.dk", "Nye ophalerwirer - bestilling bekræftet")
            .text("Hej\n\nVi bekræfter bestillingen af 12 galvaniserede ophalerwirer til landingspladserne i Slettestrand og "
                + "Thorup Strand. Da wirerne laves på mål, skal halvdelen, 14.300 kr., forudbetales til " + mule(15)
                + ".\n\nSlettestrand Havneteknik");
        ownedBy(m, d);
        m.description = "'order confirmed' for made-to-measure winch wires, half in advance (MT IBAN)";

        // fake-marram-dune-planting-invoice
        m = bad("fake-marram-dune-planting-invoice");
        invoice(m, hjelme.posing("slettestrand-klitpleje.net", hjelme.account()), mule(9), 18, List.of("Ordre " + duneOrder
            + " - tillæg"), "", "Efter forårsstormen var en del af de nye hjælmeplanter ved Rødhus blæst op, og vi har "
            + "genplantet 900 stk. under ordre " + duneOrder + ". Tillægsfakturaen er vedlagt; betal venligst til kontoen på "
            + "fakturaen, da vores bank har skiftet kontonummer.");
        ownedBy(m, "slettestrand-klitpleje.net");
        m.description = "look-alike of the dune-care firm cites the real order: 'replanting after storm', IE IBAN";
        m = bad("fake-marram-dune-planting-invoice");
        d = owned("rodhus-hjelmeplantning.dk");
        headers(m, "Rødhus Hjelmeplantning", "faktura@" + d, "strand@jammerbugt.dk", "Faktura - sandflugtsbekæmpelse")
            .text("Hej\n\nBilisterne havde kørt et hul i klitfoden ved Rødhus-nedkørslen, og sandet føg ind over P-pladsen. "
                + "Vores hold lukkede bruddet med hjælmetotter og to rækker risgærde i påsken. Regningen lyder på 27.500,00 kr. "
                + "inkl. moms; beløbet sættes ind på " + mule(10) + " senest om ti dage.\n\nRødhus Hjelmeplantning");
        ownedBy(m, d);
        m.description = "unknown firm bills dune work nobody ordered under the 'sand drift act' (NL IBAN)";
        m = bad("fake-marram-dune-planting-invoice");
        d = owned("svinklov-klitservice.dk");
        headers(m, "Svinkløv Klitservice", "info@" + d, "natur@jammerbugt.dk", "Hjælmeplanter til Svinkløv - forudbetaling")
            .text("Hej Natur og Miljø\n\nPlanteskolen har kun 3.000 hjælmeplanter tilbage til foråret. Vi har sat dem af til "
                + "klitterne ved Svinkløv, men skal have 11.250 kr. forudbetalt til " + mule(13) + " i dag, ellers går de til "
                + "Skagen.\n\nSvinkløv Klitservice");
        ownedBy(m, d);
        m.description = "'last marram plants this spring' for Svinkløv, prepaid today (BG IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus56().generate(), List.of(
            "# Jammerbugt Kommune, Økonomi: invoice checks (fifty-sixth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=aabybro-fjernvarme.dk blokhus-klitservice.dk rodhus-livredning.dk "
                + "thorupstrand-spilservice.dk vildmose-hydrologi.dk slettestrand-klitpleje.dk fjerritslev-vvs.dk "
                + "brovst-entreprenoer.dk pandrup-el.dk saltum-rengoering.dk jammerbugtens-koekken.dk tranum-vognmand.dk "
                + "gjoel-toemrer.dk aabybro-kontorforsyning.dk lien-busser.dk jammerbugtposten.dk",
            "invoice.domains.platforms=sandormbilag.dk tangloppe-invoice.com uglefaktura.io sneppe-regning.dk",
            "invoice.names.protected=Jammerbugt Kommune"));
    }
}
