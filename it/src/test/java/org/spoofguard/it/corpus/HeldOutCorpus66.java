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
 * The sixty-sixth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Vejen Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, technical, nature, culture, schools,
 * elderly care and property mailboxes), town hall Rådhuspassagen 3, 6600 Vejen: Vejen, Rødding, Brørup, Holsted, Askov
 * with its folk high school, Gesten, Lintrup, Jels and Jels Sø, Skodborg by the Kongeå, Bække, Glejbjerg, Føvling, the
 * memorial grove Skibelund Krat and Vejen Kunstmuseum; seventeen listed suppliers from those places in every DNS posture
 * real Danish firms have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code
 * posterly.dk}, {@code opkraevningsboks.dk}, {@code nabofaktura.dk}, {@code vadestedregning.dk}), an art handler moving
 * the museum's plaster casts and bronzes, a river engineering firm that inspects the fish passages in the Kongeå, a
 * forestry contractor keeping the paths and memorial stones of Skibelund Krat, sole traders on free mail, foreign
 * suppliers, SaaS, an ESP, an e-signature service, banks, a creditor list, forwarders (with and without SRS) and
 * fraudsters' own domains, each carrying a Vejen place name.
 *
 * <p>Written blind: from the brief and what Danish fraud warnings describe (forged and look-alike suppliers, homoglyph
 * domains, CEO fraud, fake Digital Post and inkasso, compromised supplier mailboxes, hijacked invoice threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, callback numbers, payroll account changes, e-invoice
 * XML with a changed account, fake e-signature requests, look-alike platforms) and three kinds new here: transport,
 * crating or insurance of the museum's sculptures billed by someone who never moved them (fake-sculpture-transport-invoice);
 * an inspection, repair or "mandatory" report on the fish passages in the Kongeå (fake-fish-passage-inspection-invoice);
 * and clearing, path work or stone cleaning in Skibelund Krat billed by a stranger (fake-memorial-grove-maintenance-invoice).
 * Each has its genuine counterpart. The invoice engine, its tests, tuning notes and earlier results were not read. Labels
 * say what a mail is when it was written; {@code genuine_auth_invoice} derives from the mail's kind and its computed
 * authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus66GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus66 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout66");
    public static final String OWN = "vejen.dk";
    static final String FRAUD_NET = "127.166.";
    private static final String OWN_IP = "127.66.0.1";
    private static final String EAN = "5798000417253";
    private static final String KOMMUNE = "Vejen Kommune";
    private static final String RAADHUS = "Rådhuspassagen 3, 6600 Vejen";
    private static final String HOSTER_IP = "127.66.9.1";
    private static final String GMAIL = "127.68.1.1";
    private static final String MSFT = "127.68.2.1";
    private static final String APPLE = "127.68.5.1";
    private static final String YAHOO = "127.68.3.1";

    private final Random rnd = new Random(66_6600_0066L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The art handler's loan case for the museum's travelling plaster casts (the frauds cite it). */
    private String loanCase;
    /** The river firm's inspection programme number for the Kongeå passages. */
    private String passageProgramme;
    /** The forestry contractor's maintenance plan for Skibelund Krat. */
    private String grovePlan;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 9, 8, 7, 10, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 10, 6, 7, 30, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Vejen Varmeværk a.m.b.a.", "vejen-varmevaerk.dk", "Kundeservice", "kunde",
        "127.66.1.1", iban("DK", "07730001266014"), "fjernvarme til Rådhuset, Vejen Bibliotek og Plejecenter Møllehaven");
    private final Supplier entrep = new Supplier("Brørup Anlæg & Entreprenør ApS", "brorup-anlaeg.dk", "Torben Kjær", "tk",
        "127.66.1.2", bank("7730", "0001277305"), "omlægning af fortov og regnvandsbassin ved Brørup Skole");
    private final Supplier kunst = new Supplier("Askov Kunsthåndtering ApS", "askov-kunsthaandtering.dk", "Signe Vestergaard",
        "signe", "127.66.1.3", bank("7730", "0001281146"), "nedpakning og kurertransport af gipsafstøbninger for Vejen Kunstmuseum");
    private final Supplier aa = new Supplier("Kongeå Vandløbsteknik ApS", "kongeaa-vandloeb.dk", "Vandløbsteknik, Økonomi",
        "okonomi", "127.66.1.4", iban("DK", "95700001290433"), "eftersyn af faunapassager og stryg i Kongeåen ved Skodborg");
    private final Supplier skov = new Supplier("Skibelund Skovservice v/ Karsten Holm", "skibelund-skovservice.dk",
        "Karsten Holm", "karsten", "127.66.1.5", iban("DK", "07730001295521"), "stipleje, beskæring og rensning af mindesten i "
        + "Skibelund Krat");
    private final Supplier toemrer = new Supplier("Gesten Tømrerforretning ApS", "gesten-toemrer.dk", "Mads Ravn", "mads",
        "127.66.1.6", bank("7730", "0001302288"), "nyt tag på redskabsskuret, Gesten Børnehus");
    private final Supplier maler = new Supplier("Lintrup Malerservice v/ Bent Lauridsen", "lintrup-maler.dk", "Bent Lauridsen",
        "bent", "127.66.1.7", bank("9570", "0001307719"), "maling af gange og dagligstuer, Plejecenter Lintrup");
    private final Supplier rengoer = new Supplier("Holsted Rengøring A/S", "holsted-rengoering.dk", "Bogholderiet", "bogholderi",
        "127.66.1.8", iban("DK", "95700001311860"), "daglig rengøring af Rådhuset, Jobcentret og Holsted Skole");
    private final Supplier avis = new Supplier("Vejen Ugeavis", "vejen-ugeavis.dk", "Annonceafdelingen", "annonce",
        "127.66.1.9", iban("DK", "07730001318842"), "annoncer: lokalplanforslag for Askov og stillinger i dagplejen");
    private final Supplier vognmand = new Supplier("Glejbjerg Vognmandsforretning ApS", "glejbjerg-vognmand.dk", "Jonas Bech",
        "jonas", "127.66.1.10", bank("9570", "0001322564"), "kørsel med grus til stierne og bortkørsel af haveaffald i Glejbjerg");
    private final Supplier el = new Supplier("Jels El-Service ApS", "jels-elservice.dk", "Hanne Krogh", "hk", HOSTER_IP,
        bank("7730", "0001330015"), "udskiftning af lysarmaturer i Jels Hallen og ny el-tavle i omklædningen");
    private final Supplier vvs = new Supplier("Bække VVS og Blik ApS", "baekke-vvs.dk", "Kontoret", "kontor", "127.66.1.12",
        bank("9570", "0001337401"), "service på varmepumper og nye blandingsbatterier, Bække Skole");
    private final Supplier mad = new Supplier("Rødding Storkøkken A/S", "roedding-storkoekken.dk", "Storkøkkenet, Regnskab",
        "regnskab", "127.66.1.13", iban("DK", "95700001341177"), "mad til hjemmeboende pensionister og plejecentrene i Rødding");
    private final Supplier byg = new Supplier("Vejen Trælast A/S", "vejen-traelast.dk", "Proffen", "proff", "127.66.1.14",
        iban("DK", "07730001349908"), "byggematerialer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Føvling Data ApS", "foevling-data.dk", "Fakturering", "fakturering",
        "127.66.1.15", bank("7730", "0001356620"), "drift af skolernes trådløse net og Chromebooks til mellemtrinnet");
    private final Supplier bus = new Supplier("Skodborg Turistfart ApS", "skodborg-turistfart.dk", "Kørselskontoret", "korsel",
        "127.66.1.16", bank("9570", "0001360093"), "skolebus Skodborg-Jels-Rødding og kørsel til Askov Svømmehal");
    private final Supplier kontor = new Supplier("Holsted Kontorforsyning ApS", "holsted-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.66.1.17", iban("DK", "07730001366737"), "kopipapir, kuverter og hæftemaskiner til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Askov Smedie v/ Erik Dall", "askov-smedie.dk", "Erik Dall", "erik",
        "127.66.2.1", bank("7730", "0001370281"), "nyt rækværk ved trappen til Askov Højskoles park");
    private final Supplier natur = new Supplier("Jels Sø Naturpleje v/ Ida Brandt", "jelssoe-naturpleje.dk", "Ida Brandt", "ida",
        "127.66.2.2", bank("9570", "0001374406"), "slåning af rørskov og rydning af pil langs stien om Jels Sø");
    private final Supplier guide = new Supplier("Naturformidler Rasmus Bøgh", "gmail.com", "Rasmus Bøgh", "rasmus.bogh.natur",
        GMAIL, bank("7730", "0001378850"), "fire naturvandringer ved Kongeåen for 5. årgang");
    private final Supplier tolk = new Supplier("Tolk v/ Yasmin Haddad", "outlook.com", "Yasmin Haddad", "yasmin.haddad.tolk",
        MSFT, bank("9570", "0001381127"), "tolkning arabisk-dansk i Jobcentret, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Poul Thøgersen", "icloud.com", "Poul Thøgersen",
        "poul.thogersen.musik", APPLE, bank("7730", "0001385569"), "sangeftermiddage med harmonika på plejecentrene");
    private final Supplier tysk = new Supplier("Nordlicht Kunstspedition GmbH", "nordlicht-kunstspedition.de", "Buchhaltung",
        "buchhaltung", "127.66.7.1", iban("DE", "200505501288440317"), "Klimakisten und Kurierfahrt Hamburg-Vejen");
    private final Supplier svensk = new Supplier("Laxfiske Teknik i Mörrum AB", "laxfisketeknik.se", "Ekonomi", "ekonomi",
        "127.66.7.2", iban("SE", "45500000058120044102"), "PIT-märken och antenner till fiskräknaren i Kongeån");

    private final List<Supplier> listed = List.of(varme, entrep, kunst, aa, skov, toemrer, maler, rengoer, avis, vognmand, el,
        vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Vejen place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"vejen-varmevaerk.net", "brorup-anlaeg.com", "vejen-traelast.com",
        "jels-el-service.dk", "holsted-rengoring.dk", idn("vejen-tr\u00e6last.dk"), idn("v\u0435jen.dk"),
        "roedding-storkokken.dk", "foevling-data.net", "skodborg-turistfart.com", "vejen-inkasso.dk", "digitalpost-vejen.com",
        "mitid-brorup.net", "posterly-vejen.com", "holsted-kontorforsyning.net", "baekke-vvs-blik.dk", "gesten-tomrer.dk",
        "signering-rodding.dk", "lintrup-lonservice.dk", "askov-kunsthandtering.dk", "vejen-kunsttransport.dk",
        "kunstmuseum-vejen.com", "kongeaa-vandlob.dk", "skodborg-fiskepassage.dk", "kongeaa-miljoe.net",
        "skibelund-skovservice.com", "skibelund-mindelund.dk", "askov-parkpleje.dk", "glejbjerg-vognmand.net",
        "vejen-ugeavis.net", "jels-betaling.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(kunst.domain(), List.of(kunst.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(aa.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(skov.domain(), List.of(skov.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "none"); // DKIM only, p=none
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.66.98.4"), "~all", null, "none"); // SPF names only its route planner
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.66.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kongeaa-affaldsselskab.dk", List.of("127.66.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vandlobstilsyn-syd.dk", List.of("127.66.11.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vejen-kunstforening.dk", List.of("127.66.11.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("askov-hojskole-kursus.dk", List.of("127.66.11.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("brorup-revision.dk", List.of("127.66.11.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("holsted-isenkram.dk", List.of("127.66.11.6"), "-all", null, "none");
        domain("jels-vandrerhjem.dk", List.of("127.66.11.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("posterly.dk", List.of("127.66.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("opkraevningsboks.dk", List.of("127.66.12.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nabofaktura.dk", List.of("127.66.12.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("vadestedregning.dk", List.of("127.66.12.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("vejen-sparekasse.dk", List.of("127.66.13.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kongeaa-andelskasse.dk", List.of("127.66.13.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-sydjylland.dk", List.of("127.66.13.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sydjyske-kreditorfolk.dk", List.of("127.66.13.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestjyske-indkobere.dk", List.of("127.66.13.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postkaster.com", List.of("127.66.13.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelraadet-syd.dk", List.of("127.66.13.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.vejen-fibernet.dk", List.of("127.66.13.8"), "-all", null, null);
        domain("relay.brorup-net.dk", List.of("127.66.13.9"), "-all", null, null);
        domain("ruteplanly.io", List.of("127.66.13.10"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtsky.dk", List.of("127.66.13.11"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signaturhus.dk", List.of("127.66.13.12"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("yahoo.com", List.of(YAHOO), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 3 == 1 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no66:" + s.domain()).hashCode(), 5)) {
            case 0:
                return "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "VK-" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "F36-" + String.format("%04d", 40 + rnd.nextInt(900));
            default:
                return "2036-" + (1_000 + rnd.nextInt(800));
        }
    }

    private static final String[] TO = {"kreditorer@vejen.dk", "efaktura@vejen.dk", "kreditorer@vejen.dk", "regnskab@vejen.dk",
        "teknik@vejen.dk", "skole@vejen.dk", "pleje@vejen.dk", "natur@vejen.dk", "ejendomme@vejen.dk", "indkoeb@vejen.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf66:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(29_000_000 + Math.floorMod(sha256("cvr66:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(83_000_000 + Math.floorMod(sha256("fi66:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "vejen-varmevaerk.dk" -> "Fabriksvej 11, 6600 Vejen";
            case "brorup-anlaeg.dk" -> "Industrivej 27, 6650 Brørup";
            case "askov-kunsthaandtering.dk" -> "Maltvej 4, Askov, 6600 Vejen";
            case "kongeaa-vandloeb.dk" -> "Skodborgvej 88, Skodborg, 6630 Rødding";
            case "skibelund-skovservice.dk" -> "Skibelundvej 19, Askov, 6600 Vejen";
            case "gesten-toemrer.dk" -> "Gesten Skolevej 6, 6621 Gesten";
            case "lintrup-maler.dk" -> "Lintrupvej 42, 6660 Lintrup";
            case "holsted-rengoering.dk" -> "Jernbanegade 15, 6670 Holsted";
            case "vejen-ugeavis.dk" -> "Nørregade 8, 6600 Vejen";
            case "glejbjerg-vognmand.dk" -> "Hovedgaden 70, 6752 Glejbjerg";
            case "jels-elservice.dk" -> "Søndergade 21, 6630 Jels";
            case "baekke-vvs.dk" -> "Kirkevej 5, 6622 Bække";
            case "roedding-storkoekken.dk" -> "Ribevej 31, 6630 Rødding";
            case "vejen-traelast.dk" -> "Østergade 90, 6600 Vejen";
            case "foevling-data.dk" -> "Føvlingvej 12, 6683 Føvling";
            case "skodborg-turistfart.dk" -> "Kongeåvej 3, Skodborg, 6630 Rødding";
            case "holsted-kontorforsyning.dk" -> "Storegade 44, 6670 Holsted";
            case "askov-smedie.dk" -> "Askov Hovedgade 25, 6600 Vejen";
            case "jelssoe-naturpleje.dk" -> "Søvej 9, 6630 Jels";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a letter-style invoice with a payee box at the bottom; an order summary with
     * quantity lines and the FI line (card 71); a quarterly account with previous balance, new items and the FI line (card
     * 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name();
                l.add(addr.isEmpty() ? "CVR " + cvr(s.domain()) : addr + "  |  CVR " + cvr(s.domain()));
                l.add(title + " " + no + " udstedt " + dottedDay(m, 0));
                l.add("Til: " + KOMMUNE + ", " + RAADHUS + " (EAN " + EAN + ")");
                l.add("Leveret: " + s.what());
                l.add("Beløb ekskl. moms: " + a.net() + "  |  Moms 25 %: " + a.vat() + "  |  I alt: " + a.gross() + " DKK");
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage");
                if (account != null) {
                    l.add("Modtagerkonto: " + account + "  -  husk fakturanr. som tekst");
                }
            }
            case 1 -> {
                head = "Ordreoversigt og " + title.toLowerCase(DA) + " " + no;
                l.add("Leverandør " + s.name() + ", CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : ", " + addr));
                l.add("Kunde " + KOMMUNE + " / EAN " + EAN);
                long work = a.ore() * 61 / 100;
                long goods = a.ore() * 29 / 100;
                l.add("Pos. 1  Arbejdsløn  " + kr(work));
                l.add("Pos. 2  Materialer  " + kr(goods));
                l.add("Pos. 3  Transport og miljøtillæg  " + kr(a.ore() - work - goods));
                l.add("Sum " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Sidste rettidige betaling " + writtenDay(m, 25) + (account == null ? "" : "; konto " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Kontoopgørelse " + no;
                l.add(s.name() + " - CVR " + cvr(s.domain()));
                l.add("Kundenummer " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + ", " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -31) + " til " + dottedDay(m, -1) + ": " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Fast del " + kr(fixed) + "  /  Variabel del " + kr(a.ore() - fixed));
                l.add("Netto " + a.net() + "  /  Moms " + a.vat() + "  /  Til betaling " + a.gross());
                l.addAll(more);
                l.add("Betalingsfrist " + dottedDay(m, 14) + (account == null ? "" : "  /  Konto " + account));
                if (own) {
                    l.add("Betalingslinje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Vejen Kommune " + no + ".pdf", "FAK" + no + ".pdf",
            "Invoice-" + no + ".pdf", "regning-" + no + ".pdf", "dok_" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Kære Vejen Kommune", "Til bogholderiet", "Hej", "Hej kreditorer",
        "Til rette vedkommende", "Goddag Vejen Kommune", "Hej økonomi", "Til fakturamodtagelsen"};

    private String phone() {
        return "75 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig66:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen\n" + firstName(s) + ", " + s.name() + "\nDirekte " + phone();
            case 2:
                return "\n\nVenlig hilsen\n" + s.person() + (freeMail(s) ? "" : "\n" + s.name() + " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\nSendt fra mobilen" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_400_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE,
            "Fakturanr. " + no + " (EAN " + EAN + ")", s.name() + ": faktura " + no, "Regning " + no, "Faktura vedr. " + s.what(),
            "Vedhæftet faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede fil finder I faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms, forfald "
                + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen er samtidig sendt elektronisk til EAN " + EAN + ", så I kan nøjes med at betale den ene.";
            case 3 -> "Tak for samarbejdet denne gang. Fakturaen ligger som PDF i mailen.";
            case 4 -> "Nr.: " + no + "\nBeløb: " + a.gross() + " kr.\nForfald: " + dashedDay(m, 30);
            case 5 -> "Her er fakturaen for opgaven. Jeres bestillingsnummer er påført.";
            case 6 -> "Vi sender her fakturaen for månedens leverancer. Giv lyd, hvis noget ikke stemmer.";
            default -> "Se venligst den vedhæftede faktura.";
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

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Rådhuspassagen 3", "Vejen", "6600", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        loanCase = "UDL-" + (700 + rnd.nextInt(200));
        passageProgramme = "FP-KA-" + (110 + rnd.nextInt(80));
        grovePlan = "PP-SK-" + (40 + rnd.nextInt(50));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == kunst ? List.of("Udlånssag " + loanCase + ": 6 gipsafstøbninger, klimakasser")
                : s == aa ? List.of("Eftersynsprogram " + passageProgramme + ": 4 faunapassager, Kongeåen")
                : s == skov ? List.of("Plejeplan " + grovePlan + ": stier, mindesten og talerstolen") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af pedellen på Askov Skole"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC), aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, toemrer);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Bestillingsnr. VK-" + (20_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@vejen.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Vejen Bibliotek, nyt studieområde" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 1 ? "\n\nTimesedlerne er lagt ved." : "");
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "timesedler.pdf", Attachments.pdf(docId(m, "ts"), "Timesedler",
                    List.of(s.what(), "Godkendt af Ejendomscentret, Vejen", "Timer i alt: " + (11 + k))));
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
        bankChange();
        forwarded();
        creditorList();
        newsletters();
        internal();
        banks();
        counterparts();
        misc();
    }

    private void creditNotes() {
        Object[][] c = {{byg, "Kreditering af faktura ", "Tolv plader krydsfiner havde fugtskader og er taget retur."},
            {rengoer, "Kreditnota til faktura ", "Rengøringen i Jobcentret udgik i efterårsferien, og de dage krediterer vi."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (500 + rnd.nextInt(400));
            Amount a = amount(95_000).credit();
            headers(m, s.person(), addr(s), "kreditorer@vejen.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra ved næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for annoncerne herunder. "
            + "Hvis pengene allerede er sendt, beder vi jer se bort fra mailen."},
            {entrep, "Rykker 1", "Betalingsfristen er overskredet med to uger. Der er ikke pålagt rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditorer@vejen.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Betal den til den konto, der altid har stået på vores fakturaer: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditorer@vejen.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej\n\nTil brug for jeres afstemning: vi har modtaget betaling af faktura " + p.no() + ", og jeres saldo hos "
                + "os er 0,00 kr." + signature(s));
        genuine(m, s.ip());
        m.description = "glejbjerg-vognmand.dk statement, nothing open (SPF names only its route planner: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(760_000);
            boolean peppol = v == 0;
            String ref = "VK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@vejen.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Goddag\n\nVores nye regnskabsprogram er endnu ikke tilmeldt NemHandel, så i en overgang får I "
                    + "e-fakturaen som XML-bilag med en læsbar PDF ved siden af. Kontonummeret er uændret. Dukker samme "
                    + "faktura op via NemHandel, er det en dublet.\n\nHilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Udskrift-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1,
                    List.of("Ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"posterly.dk", "opkraevningsboks.dk", "nabofaktura.dk", "vadestedregning.dk"};
        Supplier[] who = {natur, smed, null, guide};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(330_000);
            m.mailFrom = "retur-" + sha256("plat66:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "NF-" + (30_000 + rnd.nextInt(9_000));
                headers(m, "Nabofaktura", "opkraevning@nabofaktura.dk", "pleje@vejen.dk", "Opkrævning " + no
                    + " - vikartimer september")
                    .text("Til " + KOMMUNE + ", Sundhed og Ældre\n\nHer er opkrævningen for de 84 vikartimer i hjemmeplejen i "
                        + "Holsted, som jeres gruppeleder godkendte i portalen i september. Vikarerne lønnes af os.\n\nI alt "
                        + a.gross() + " kr., forfald " + dottedDay(m, 20) + ".\n\nNabofaktura")
                    .attach("application/pdf", "Nabofaktura-" + no + ".pdf", Attachments.pdf(docId(m, "nf"), "Opkrævning " + no,
                        List.of("Nabofaktura ApS", "Kunde: " + KOMMUNE + ", Sundhed og Ældre", "Vikartimer september 2036: 84",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "95700001402265"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform nabofaktura.dk bills approved temp hours under its own name";
                continue;
            }
            String no = "P" + (410_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "skole@vejen.dk" : "natur@vejen.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med sidste betalingsdag " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som vedhæftet PDF. Svarer du på mailen, lander svaret hos " + s.person()
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
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nDer er ingen moms, da jeg ikke er momsregistreret." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "NK-" + (36_400 + rnd.nextInt(700));
        Amount a = amount(720_000);
        headers(m, "Nordlicht Kunstspedition", addr(tysk), "kultur@vejen.dk", "Rechnung " + no + " - Klimakisten")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " für die Klimakisten und die Kurierfahrt "
                + "mit den Leihgaben für das Vejen Kunstmuseum. Die Umsatzsteuer schuldet der Leistungsempfänger.\n\nMit "
                + "freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg", "Kunde: " + KOMMUNE + ", Vejen Kunstmuseum", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German art shipper (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "LT" + (5_200 + rnd.nextInt(700));
        headers(m, "Laxfiske Teknik", addr(svensk), "natur@vejen.dk", "Faktura " + no + " - fiskräknare Kongeån")
            .text("Hej,\n\nBifogat finns fakturan för PIT-märken och två nya antenner till fiskräknaren i Kongeån, enligt "
                + "er beställning i augusti. Betala till kontot som står på fakturan.\n\nVänliga hälsningar\nEkonomi, "
                + "Laxfiske Teknik i Mörrum AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(250_000);
        headers(m, "Ruteplanly Billing", "billing@ruteplanly.io", "it@vejen.dk", "Your Ruteplanly invoice for October")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Ruteplanly (school bus routing, 14 routes "
                + "around Rødding and Holsted). An electronic copy is sent to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nRuteplanly")
            .attach("application/pdf", "ruteplanly-oct.pdf", Attachments.pdf(docId(m, "rp"), "Invoice",
                List.of("Ruteplanly ApS", "Bill to: " + KOMMUNE, "October 2036, 14 routes", "DKK " + a.gross())));
        genuine(m, "127.66.13.10");
        m.description = "SaaS ruteplanly.io invoice in English, DMARC pass";
        m = ok("saas-receipt", false);
        a = amount(250_000);
        headers(m, "Vagtsky", "kvittering@vagtsky.dk", "pleje@vejen.dk", "Betalingskvittering - Vagtsky")
            .text("Hej\n\nTak for betalingen af jeres Vagtsky-abonnement (vagtplanlægning, 210 medarbejdere). " + a.gross()
                + " kr. er hævet på kortet, der ender på 7712. Der skal ikke foretages yderligere.\n\nVagtsky");
        genuine(m, "127.66.13.11");
        m.description = "SaaS vagtsky.dk receipt, already paid by card, Ed25519, DMARC pass";
    }

    /** One genuine announced bank change (with the letter also by Digital Post), then an invoice to the new account. */
    private void bankChange() {
        String ny = iban("DK", "07730001411098");
        M m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Rødding Storkøkken, Regnskab", addr(mad), "kreditorer@vejen.dk", "Ændret bankkonto pr. 1. oktober")
            .text("Til " + KOMMUNE + ", kreditorer og Sundhed og Ældre\n\nVi har flyttet vores erhvervsengagement til det "
                + "lokale pengeinstitut i Vejen. Fakturaer dateret 1. oktober eller senere betales til " + ny + ". Den gamle "
                + "konto holdes åben året ud. Et underskrevet brev om ændringen er også sendt til jeres Digital Post, og jeres "
                + "indkøber har fået besked på mødet i september.\n\nVenlig hilsen\nRødding Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "history: listed kitchen (DMARC pass) announces a new account from October, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), ny, mad.what());
        invoice(m, moved, ny, 19, List.of("Ny konto fra 01.10.2036"), "\n\nBemærk den nye konto, som vi skrev om.");
        genuine(m, mad.ip());
        m.description = "roedding-storkoekken.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qa=RD=vejen-ugeavis.dk=annonce@srs.vejen-fibernet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.66.13.8";
        m.helo = "srs.vejen-fibernet.dk";
        m.description = "vejen-ugeavis.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 27, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.brorup-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 30, List.of(), "");
        relayedBy(m, "relay.brorup-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"sydjyske-kreditorfolk.dk", "Birthe Munk", "bimu@", "Falsk kunsttransport?",
            "Hej forum\n\nVores kunstmuseum har fået en regning for 'klimakasser og kurer' fra et firma, der ligner vores "
                + "faste kunsthåndterer, men med en ny konto. Har andre set det?\n\nBirthe"},
            {"vestjyske-indkobere.dk", "Anders Friis", "anfr@", "Regninger om fiskepassager", "Hej alle\n\nVi har afvist en "
                + "regning for 'lovpligtigt eftersyn af faunapassage', som ingen havde bestilt. Pas på.\n\nAnders"}};
        for (String[] x : p) {
            M m = ok("mailing-list-dmarc-fail", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditornet-sydjylland.dk", x[3])
                .header("List-Id", "Kreditornet Sydjylland <forum.kreditornet-sydjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-sydjylland.dk", "[Kreditornet] ", "\r\n-- \r\nKreditornet Sydjylland\r\n"
                + "Afmeld: https://kreditornet-sydjylland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelraadet-syd.dk", "Svindelrådet Syd", "Kunst, vandløb og mindelunde: nye regningsfælder",
            "Svindlere bruger nu kunstmuseers udlånssager, eftersyn af faunapassager og pleje af mindelunde som påskud. "
                + "Kontakt altid leverandøren på et kendt nummer, før en ny konto tages i brug."},
            {"brorup-revision.dk", "Brørup Revision", "Tre kontroller før regnskabsåret lukkes",
                "Gennemgå kreditorstamdata, kræv to godkendere ved kontoændringer og afstem de store leverandører."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl66:" + x[0]).substring(0, 14) + "@postkaster.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "regnskab@vejen.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere"
                    + "</a></p><p style=\"font-size:9px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postkaster.com");
            m.ip = "127.66.13.6";
            m.helo = "mta.postkaster.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postkaster.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Vejen Kunstmuseum", "kunstmuseum@", "kreditorer@vejen.dk", "Transport af værker",
            "Hej\n\nAl nedpakning og transport af vores værker bestilles af registratoren og udføres af Askov "
                + "Kunsthåndtering. Deres regninger bærer altid udlånssagens nummer. Andet sender I til os.\n\nMuseet"},
            {"Natur og Vandløb", "vandlob@", "kreditorer@vejen.dk", "Faunapassager og Skibelund Krat", "Hej\n\nEftersyn af "
                + "faunapassagerne i Kongeåen og plejen af Skibelund Krat bestilles kun af os. Regninger uden vores "
                + "bestillingsnummer skal ikke betales, før I har spurgt.\n\nNatur og Vandløb"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Vejen Sparekasse, Erhverv", "erhverv@vejen-sparekasse.dk", "regnskab@vejen.dk", "Betalinger gennemført")
            .text("Kære kunde\n\nDe 143 betalinger fra jeres fil i går er gennemført. Oversigten ligger i netbanken. Vi sender "
                + "aldrig links eller beder om koder pr. mail.\n\nVejen Sparekasse");
        genuine(m, "127.66.13.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Kongeå Andelskasse", "info@kongeaa-andelskasse.dk", "regnskab@vejen.dk", "Ny prisliste for erhverv")
            .text("Kære erhvervskunde\n\nFra 1. januar ændres prisen for hasteoverførsler. Den nye prisliste findes i "
                + "netbanken under Dokumenter.\n\nKongeå Andelskasse");
        genuine(m, "127.66.13.2");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("sculpture-transport-invoice", true);
        invoice(m, kunst, kunst.account(), 6, List.of("Udlånssag " + loanCase + ", returtransport fra Kolding",
            "2 klimakasser, kurer med ledsagelse"), "\n\nTilstandsrapporterne er sendt til museets registrator.");
        genuine(m, kunst.ip());
        m.description = "the real art handler invoices a return transport under the loan case (RSA, no DMARC)";
        m = ok("fish-passage-inspection-invoice", true);
        invoice(m, aa, aa.account(), 10, List.of("Eftersynsprogram " + passageProgramme + ", efterår 2036",
            "Oprensning af indløb ved Skodborg, måling af vandføring"), "\n\nRapporten ligger i jeres vandløbsmappe.");
        genuine(m, aa.ip());
        m.description = "the river firm invoices the autumn inspection of the Kongeå passages (DKIM only, p=quarantine, pass)";
        m = ok("memorial-grove-maintenance-invoice", true);
        invoice(m, skov, skov.account(), 12, List.of("Plejeplan " + grovePlan + ", efterårspleje",
            "Rensning af 9 mindesten, grus på hovedstien"), "\n\nBilleder fra arbejdet er sendt til Natur og Vandløb.");
        genuine(m, skov.ip());
        m.description = "the forestry contractor invoices autumn work in Skibelund Krat under its plan (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Kongeå Vandløbsteknik", addr(aa), "vandlob@vejen.dk", "Vinterpause i eftersynene")
            .text("Kære Natur og Vandløb\n\nEftersynene under " + passageProgramme + " holder pause fra december til marts. "
                + "Skulle der ske noget akut ved passagerne, ringer vi, før vi gør noget, og vi fakturerer aldrig uden en "
                + "aftale med jer.\n\nKongeå Vandløbsteknik");
        genuine(m, aa.ip());
        m.description = "the river firm announces its winter pause, no payment";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_200_000);
        headers(m, "Kongeå Affaldsselskab I/S", "faktura@kongeaa-affaldsselskab.dk", "efaktura@vejen.dk", "Ejerbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nHer er opkrævningen af ejerbidraget for fjerde kvartal; den er også sendt til jeres "
                + "EAN-nummer.\n\nKongeå Affaldsselskab I/S")
            .attach("application/pdf", "Ejerbidrag-4kv.pdf", Attachments.pdf(docId(m, "aff"), "Ejerbidrag 4. kvartal 2036",
                List.of("Kongeå Affaldsselskab I/S", "Ejer: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "95700001426613"))));
        genuine(m, "127.66.11.1");
        m.description = "intermunicipal waste company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Vandløbstilsyn Syd", "tilsyn@vandlobstilsyn-syd.dk", "vandlob@vejen.dk", "Varsel om tilsyn ved Kongeåen")
            .text("Til Vejen Kommune, Natur og Vandløb\n\nVi fører tilsyn med faunapassagerne ved Skodborg i november. Tilsynet "
                + "er gratis, og I får rapporten bagefter.\n\nVandløbstilsyn Syd");
        genuine(m, "127.66.11.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signaturhus.dk";
        headers(m, "Vejen Kunstforening via Signaturhus", "noreply@signaturhus.dk", "kultur@vejen.dk",
            "Til underskrift: udlånsaftale for skulpturer")
            .header("Reply-To", "<formand@vejen-kunstforening.dk>")
            .text("Vejen Kunstforening beder jer underskrive 'Udlånsaftale - bronzer til Rådhushallen'.\n\nAftalen ligger på "
                + "jeres konto hos Signaturhus.\n\nSignaturhus");
        genuine(m, "127.66.13.12");
        m.description = "real e-signature request from signaturhus.dk on behalf of the art society";
        m = ok("receipt", false);
        headers(m, "Holsted Isenkram", "kvittering@holsted-isenkram.dk", "ejendomme@vejen.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n3 skovle, 2 trillebøre. Betalt med kommunens indkøbskort.\n\nHolsted Isenkram");
        genuine(m, "127.66.11.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Askov Højskole, Kursusafdelingen", "kursus@askov-hojskole-kursus.dk", "regnskab@vejen.dk", "Indbetalingsadvis")
            .text("Hej\n\nVi har i dag betalt jeres faktura for leje af Askov Hallen til kursusugen, 18.400 kr.\n\nAskov Højskole");
        genuine(m, "127.66.11.4");
        m.description = "the folk high school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Jels Vandrerhjem", "booking@jels-vandrerhjem.dk", "skole@vejen.dk", "Booking bekræftet: lejrskole")
            .text("Hej\n\nVi bekræfter lejrskolen for 6. årgang fra Bække Skole, tre overnatninger i maj. Regningen sendes via "
                + "EAN bagefter.\n\nJels Vandrerhjem");
        genuine(m, "127.66.11.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250000012345678"), iban("DK", "89900006617702"), bank("5301", "0006613344"),
        iban("EE", "6722001100553311"), iban("PL", "611090101400000712198812"), iban("GB", "REVO04000466120087"),
        iban("IE", "AIBK93115212345678"), iban("NL", "ABNA0417164300"), iban("DE", "370400440532013099"),
        iban("HU", "117730160111111800000000"), iban("RO", "BTRL0130120292568911"), iban("BG", "STSA93000024158833"),
        iban("CY", "001002500000000001200527"), bank("8401", "0006609916"), iban("MT", "MALT01100000000000000000123"),
        iban("SE", "80000810340009783242"), iban("LT", "1470300009876543"), iban("DK", "20000006668420")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny betalingsmodtager"), "", "Kære kunde\n\nVarmeværket har overdraget "
            + "opkrævningen til en ekstern afregningscentral. Fra og med denne opkrævning skal beløbet derfor overføres til "
            + "den konto, der er trykt på vedhæftede dokument. Betalinger til vores gamle konto afvises automatisk.");
        forged(m, forgedHost++);
        m.description = "forged From vejen-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 7, List.of(), "", "Kære kunde\n\nSeptembers annoncer er nu gjort op. Ugeavisen er blevet "
            + "en del af en britisk mediekoncern, og derfor modtager vi fremover kun betalinger på den engelske konto, som "
            + "står i fakturaen.");
        forged(m, forgedHost++);
        m.description = "forged From vejen-ugeavis.dk (p=reject), GB account";
        m = bad("forged-supplier");
        invoice(m, vvs, mule(8), 9, List.of(), "", "Hej\n\nVi har lige afsluttet servicen på varmepumperne. Vores revisor har "
            + "bedt os bruge en tysk forretningskonto i en periode, så brug venligst kun kontoen på denne faktura.");
        forged(m, forgedHost++);
        m.description = "forged From baekke-vvs.dk (SPF only, p=quarantine), DE account";

        // lookalike-domain
        Object[][] l = {{"vejen-varmevaerk.net", varme, "Efter en opdatering af vores kundesystem er nogle kontonumre blevet "
            + "forkerte i jeres kartotek. Brug kun kontoen fra denne opkrævning."},
            {"brorup-anlaeg.com", entrep, "Regnvandsbassinet ved skolen er færdigt. Vi har fået ny bank efter et generationsskifte "
                + "i firmaet, så betal til kontonummeret nederst i PDF'en."},
            {"vejen-traelast.com", byg, "Her er oktobers leverancer til Ejendomscentret. Bemærk: fra i dag har vi ny bankkonto, "
                + "og den gamle lukkes ved månedens udgang."},
            {"jels-el-service.dk", el, "Armaturerne i hallen er skiftet. Vores bogholder har flyttet alle indbetalinger til en "
                + "anden bank, så kontoen i fakturaen er den rigtige nu."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[5];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2)), "",
            "Proffen sender her månedsfakturaen for spær, lægter og gipsplader til Ejendomscentret. Vær opmærksom på, at "
                + "vores bankoplysninger er ændret og skal bruges fra denne faktura. Skiftet skyldes, at trælasten er købt af "
                + "en kæde fra Sønderjylland, som samler alle butikkers indbetalinger ét sted. Jeres kontaktperson i "
                + "trælasten er den samme som hidtil, og rabatten på rammeaftalen fortsætter uændret.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ in place of ae) posing as vejen-traelast.dk, new account";
        d = OWNED[6];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektøren", "direktion@" + d, "kreditorer@vejen.dk", "Fortroligt: ekspresbetaling før kl. 12")
            .text("Hej\n\nVi er ved at købe en erhvervsgrund ved motorvejen i Brørup, og sælgers advokat kræver et depositum på "
                + "412.000 kr. indsat på " + mule(14) + " inden kl. 12 i dag. Skødet følger, når handlen er på plads. Sagen er "
                + "fortrolig indtil næste byrådsmøde, så tal ikke med nogen om den. Svar mig her, når pengene er sendt.\n\n"
                + "Kommunaldirektøren");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as our own domain: CEO-style urgent deposit";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Borgmester Vejen", "borgmester.vejen.kommune@gmail.com", "regnskab@vejen.dk", "Er du ved skrivebordet?")
            .text("Hej\n\nJeg sidder i møde i KL hele dagen og kan kun skrive herfra. Der skal sendes 96.500 kr. til en "
                + "konsulent, der har hjulpet os med en ansøgning til puljen for landsbyfornyelse. Kontoen er " + mule(3)
                + ". Kan du ordne det med det samme? Jeg godkender bilaget bagefter.\n\nSendt fra min iPhone");
        genuine(m, GMAIL);
        m.description = "mayor impersonated from free mail, urgent transfer to an EE account";
        m = bad("ceo-fraud");
        headers(m, "Økonomichef", "okonomichef.vejen@outlook.com", "kreditorer@vejen.dk", "Hurtig opgave")
            .text("Goddag\n\nJeg skriver fra min private konto, fordi Outlook på rådhuset driller i dag. Arkitekten på den nye "
                + "tilbygging til Askov Hallen har lagt ekstra tegninger ud for os og vil ikke fortsætte, før hun har fået "
                + "et acontobeløb på 58.900 kr. til " + mule(4) + ". Bilaget eftersender jeg, når revisionen har set det. Lad "
                + "være med at lægge det i den almindelige godkendelsesgang, den tager en uge, og byggeudvalget mødes torsdag. "
                + "Skriv et kort svar, når overførslen er lavet - jeg sidder fast i telefonmøder til sent.");
        genuine(m, MSFT);
        m.description = "finance manager impersonated from outlook.com, PL account";
        m = bad("ceo-fraud");
        headers(m, "Direktør, Teknik og Miljø", "direktor@jels-betaling.dk", "teknik@vejen.dk", "Urgent - supplier payment today")
            .text("Hi,\n\nI am travelling and need you to release a payment of DKK 74,250 to our new contractor for the Jels Sø "
                + "path today. Bank details: " + mule(7) + ". Please keep this between us until the contract is signed.\n\n"
                + "Regards");
        ownedBy(m, "jels-betaling.dk");
        m.description = "English CEO fraud from an owned Jels domain, NL account";

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-vejen.com", "regnskab@vejen.dk", "Ulæst brev fra Skattestyrelsen")
            .html("<html><body><p>Kære modtager</p><p>Der ligger et ulæst brev om en <b>restskat på moms</b> i jeres digitale "
                + "postkasse. Fristen for indsigelse udløber om 48 timer.</p><p><a href=\"https://digitalpost-vejen.com/laes\">"
                + "Åbn brevet med MitID Erhverv</a></p></body></html>");
        ownedBy(m, "digitalpost-vejen.com");
        m.description = "fake Digital Post notice with a login link";
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-brorup.net", "loen@vejen.dk", "Jeres MitID Erhverv lukkes")
            .text("Til administrator\n\nVi gennemgår i øjeblikket alle kommunale brugeradministratorer efter de nye regler for "
                + "erhvervsidentiteter. Jeres organisations MitID Erhverv mangler en fornyet bekræftelse af lønadministratorens "
                + "rettigheder, og uden den lukker adgangen til Digital Post, sygedagpengerefusion og lønindberetning efter "
                + "fredag. Bekræftelsen tager to minutter: https://mitid-brorup.net/bekraeft\n\nMitID Erhverv Support");
        ownedBy(m, "mitid-brorup.net");
        m.description = "fake MitID Erhverv closure with a link";

        // fake-inkasso
        m = bad("fake-inkasso");
        headers(m, "Vejen Inkasso ApS", "sag@vejen-inkasso.dk", "kreditorer@vejen.dk", "Inkassovarsel - sag 66-" + (4100 + rnd.nextInt(800)))
            .text("Til Vejen Kommune\n\nEn af jeres leverandører af sportsudstyr til hallerne i Holsted og Bække har bedt os "
                + "inddrive en regning for bolde, måltavler og net, som efter deres bogføring aldrig er blevet betalt. Kravet "
                + "udgør med renter 23.812,50 kr. Kommer pengene ikke ind på " + mule(1) + " inden fem hverdage, sender vi "
                + "sagen til fogedretten med begæring om udlæg, og alle omkostninger lægges oveni. Indsigelser skal ske "
                + "skriftligt som svar på denne mail, ikke pr. telefon.\n\nVejen Inkasso ApS\nAfdeling for erhvervskrav");
        ownedBy(m, "vejen-inkasso.dk");
        m.description = "fake debt collector threatens the bailiff court, DK mule account";
        m = bad("fake-inkasso");
        headers(m, "Vejen Inkasso ApS", "sag@vejen-inkasso.dk", "efaktura@vejen.dk", "Sidste varsel før retslige skridt")
            .text("Sidste varsel\n\nI har ikke reageret på vores første brev. Kravet fra Holsted Kontorforsyning for kopipapir "
                + "og kuverter er derfor vokset med morarenter, rykkergebyrer og vores salær. Vi gør opmærksom på, at en sag "
                + "ved fogedretten bliver offentligt kendt og kan skade kommunens omdømme hos leverandørerne. Indbetaling til "
                + mule(9) + " stopper sagen med det samme, og vi sender en kvittering.")
            .attach("application/pdf", "Inkassovarsel.pdf", Attachments.pdf(docId(m, "ink"), "INKASSOVARSEL",
                List.of("Kreditor: Holsted Kontorforsyning ApS", "Skyldner: " + KOMMUNE, "Hovedstol 24.000,00",
                    "Renter og gebyrer 7.640,00", "Betal til " + mule(9))));
        ownedBy(m, "vejen-inkasso.dk");
        m.description = "fake debt collection naming a real listed supplier, HU account";

        // compromised-supplier: the real supplier's own server and key, a changed account
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(0), 8, List.of(), "", "Hej\n\nHer kommer fakturaen for rengøringen på Rådhuset, i Jobcentret og på "
            + "Holsted Skole. Vi er midt i at flytte alt fra den gamle bank, og fakturaen i denne mail skal derfor betales "
            + "til den nye konto, som står på den. Vores fastnettelefoner er samtidig ved at blive flyttet til et nyt "
            + "omstillingsanlæg, så skriv hellere end ring, hvis noget skal afklares. Vi svarer normalt samme dag.");
        genuine(m, rengoer.ip());
        m.description = "compromised holsted-rengoering.dk mailbox (its own DKIM): new LT account, asks not to call";
        m = bad("compromised-supplier");
        invoice(m, it, mule(12), 11, List.of("Konto ændret"), "", "Goddag\n\nVedhæftet er kvartalets driftsfaktura for skolernes trådløse net "
            + "og Chromebooks. Ejerne har efter en omstrukturering flyttet faktureringen til vores holdingselskab på Cypern, "
            + "som fremover står for al opkrævning fra Føvling Data. Beløbet skal derfor til kontoen på fakturaen og ikke til "
            + "den danske konto i jeres kreditorkartotek. Supportaftalen og vores teknikere i Føvling er uændrede.");
        genuine(m, it.ip());
        m.description = "compromised foevling-data.dk (DKIM only, p=reject, passes): CY account";
        m = bad("compromised-supplier");
        invoice(m, bus, mule(15), 13, List.of(), "", "Hej\n\nSkolekørslen for oktober er gjort op. Vi får vores penge gennem "
            + "et svensk factoringselskab fremover, og kontoen står på fakturaen. Betal helst i dag, da factoringaftalen "
            + "træder i kraft i morgen.");
        genuine(m, bus.ip());
        m.description = "compromised skodborg-turistfart.dk (Ed25519, aligned): factoring excuse, SE account";

        // reply-chain-hijack
        Object[][] h = {{kontor, "holsted-kontorforsyning.net", "Tak for jeres svar. Vi har desværre skiftet bank, så "
            + "betalingen for fakturaen nedenfor skal til " + mule(10) + ". Det gamle nummer virker ikke mere."},
            {vvs, "baekke-vvs-blik.dk", "Hej igen. Fakturaen herunder er ikke betalt endnu, og vores gamle konto er blevet "
                + "lukket. Send venligst beløbet til " + mule(13) + " i stedet."},
            {toemrer, "gesten-tomrer.dk", "Som aftalt på mødet sender jeg lige den rigtige konto til fakturaen i tråden: "
                + mule(16) + ". Se bort fra kontoen på den første."}};
        for (Object[] x : h) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            String dd = (String) x[1];
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditorer@vejen.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text((String) x[2] + "\n\n" + firstName(s) + "\n\n> Fra: " + s.person() + " <" + addr(s) + ">\n> Emne: "
                    + p.subject() + "\n> Faktura " + p.no() + ", " + p.amount().gross() + " kr.");
            ownedBy(m, dd);
            m.description = "hijacked thread on " + s.domain() + "'s wave-1 invoice from look-alike " + dd;
        }

        // split-payment-redirect
        Past pv = past.get(vognmand.domain());
        m = bad("split-payment-redirect");
        headers(m, vognmand.person(), "jonas@glejbjerg-vognmand.net", "kreditorer@vejen.dk", "Betaling af faktura " + pv.no())
            .text("Hej\n\nSiden sidst har vi købt en ny lastbil med kran til haveaffaldet, og banken holder skarpt øje "
                + "med vores kassekredit. Derfor vil vi gerne have faktura " + pv.no() + " delt: tre femtedele til vores "
                + "sædvanlige konto og resten til vores nye driftskonto " + mule(17) + ". Så kan vi holde grusleverancerne "
                + "til stierne i gang uden afbrydelser.\n\nJonas");
        ownedBy(m, "glejbjerg-vognmand.net");
        m.description = "split payment on Glejbjerg's real wave-1 invoice, part to a new account";
        Past pa = past.get(avis.domain());
        m = bad("split-payment-redirect");
        headers(m, "Vejen Ugeavis, Bogholderi", "bogholderi@vejen-ugeavis.net", "kreditorer@vejen.dk", "Delbetaling " + pa.no())
            .text("Goddag\n\nUgeavisen har fået ny irsk ejer, og indtil vores danske konto er flyttet over, har banken "
                + "lagt et loft over, hvor meget der kan komme ind på den hver måned. Vi beder jer derfor om at sende "
                + "tyvetusinde kroner af annoncefakturaen " + pa.no() + " til den irske koncernkonto " + mule(6)
                + " og betale resten som I plejer. Lokalredaktionen i Vejen fortsætter som hidtil.\n\nBogholderiet");
        ownedBy(m, "vejen-ugeavis.net");
        m.description = "split payment on the paper's real wave-1 invoice, IE account";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Parkering Vejen", "betaling@posterly-vejen.com", "ejendomme@vejen.dk", "Ubetalt parkeringsafgift - 3 biler")
            .html("<html><body><p>Tre af jeres tjenestebiler har holdt uden gyldig tilladelse ved Vejen Station.</p><p>Scan "
                + "koden for at betale 1.530 kr. før gebyret fordobles.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "betal.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "posterly-vejen.com");
        m.description = "QR-code parking fine for service cars, link in the image only";
        m = bad("qr-code-payment");
        headers(m, "Skodborg Turistfart", "faktura@skodborg-turistfart.com", "skole@vejen.dk", "Betal ekstrakørsel via QR")
            .text("Hej\n\nEkstrakørslen til Askov Svømmehal i uge 41 kan betales ved at scanne QR-koden i bilaget. Det går "
                + "hurtigere end bankoverførsel.\n\nKørselskontoret")
            .attach("application/pdf", "ekstrakorsel.pdf", Attachments.scannedPdf(docId(m, "qrp")))
            .attach("image/png", "qr-betaling.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "skodborg-turistfart.com");
        m.description = "look-alike bus firm asks to pay an extra trip by QR code";

        // archive-invoice
        m = bad("archive-invoice");
        headers(m, "Vejen Trælast", "proff@vejen-traelast.com", "ejendomme@vejen.dk", "Samlefaktura oktober (zip)")
            .text("Hej\n\nSamlefakturaen fylder for meget til mailen, så den er pakket. Adgangskode: 6600\n\nProffen")
            .attach("application/zip", "samlefaktura-oktober.zip", Attachments.zip("samlefaktura-oktober.pdf.js",
                "var s=new ActiveXObject('WScript.Shell');s.Run('powershell -w hidden -c iwr');"));
        ownedBy(m, "vejen-traelast.com");
        m.description = "zipped 'invoice' with a script inside from a look-alike";
        m = bad("archive-invoice");
        headers(m, "Rechnungsstelle", "rechnung@kunstmuseum-vejen.com", "kultur@vejen.dk", "Rechnung Leihverkehr (7z)")
            .text("Guten Tag,\n\nanbei die Rechnung für den Leihverkehr als Archiv. Bitte öffnen Sie die Datei am PC.\n\nMfG")
            .attach("application/x-7z-compressed", "Rechnung_Leihverkehr.7z", Attachments.sevenZip("Rechnung_Leihverkehr.exe",
                "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1)));
        ownedBy(m, "kunstmuseum-vejen.com");
        m.description = "German 7z 'loan invoice' carrying an executable";

        // office-macro
        m = bad("office-macro");
        headers(m, "Rødding Storkøkken", "regnskab@roedding-storkokken.dk", "pleje@vejen.dk", "Opdateret prisbilag - aktiver indhold")
            .text("Hej\n\nDe nye priser på madservice fra november står i det vedhæftede regneark. Klik 'Aktiver indhold' for "
                + "at se beløbene.\n\nRegnskab")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Prisbilag-november.xlsm",
                Attachments.excel(List.of("Prisbilag november 2036", "Aktiver makroer for at se priserne"), true));
        ownedBy(m, "roedding-storkokken.dk");
        m.description = "macro workbook from a look-alike of the kitchen";
        m = bad("office-macro");
        headers(m, "Føvling Data", "support@foevling-data.net", "it@vejen.dk", "Faktura og licensnøgler")
            .text("Hej IT\n\nFakturaen og de nye licensnøgler ligger i dokumentet. Åbn det i Word og tillad redigering.\n\n"
                + "Support")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura-licenser.docm",
                Attachments.word("Faktura licenser\nAktiver makroer for at vise nøglerne", true));
        ownedBy(m, "foevling-data.net");
        m.description = "macro Word 'invoice' from a look-alike of the IT firm";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, "Holsted Rengøring", "bogholderi@holsted-rengoring.dk", "kreditorer@vejen.dk", "Scannet faktura")
            .text("Hej\n\nVores printer er i stykker, så fakturaen er scannet. Kontoen står på billedet - den er ny.\n\nBogholderiet")
            .attach("application/pdf", "scan0041.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "holsted-rengoring.dk");
        m.description = "image-only PDF from a look-alike, 'new account on the picture'";
        m = bad("image-only-invoice");
        headers(m, "Lintrup Malerservice", "bent.lintrup.maler@hotmail.com", "ejendomme@vejen.dk", "Regning maling Lintrup")
            .text("Hej\n\nHer er regningen som billede. Betal til kontoen på billedet, den gamle bruger jeg ikke mere.\n\nBent")
            .attach("image/jpeg", "regning.jpg", Attachments.image(docId(m, "jpg"), "jpg"));
        genuine(m, MSFT);
        m.description = "listed painter (who publishes nothing) impersonated from hotmail, image-only invoice";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Fakturaservice", "service@signering-rodding.dk", "regnskab@vejen.dk", "Ordre 66-" + (7000 + rnd.nextInt(900))
            + " er trukket: 8.995 kr.")
            .text("Tak for din bestilling af Microsoft 365 Business (25 brugere). Beløbet 8.995 kr. trækkes i dag. Har du ikke "
                + "bestilt, så ring straks på 78 74 11 90 for at annullere.");
        ownedBy(m, "signering-rodding.dk");
        m.description = "callback scam: fake order, call a number to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Antivirus Fornyelse", "renew.vejen@yahoo.com", "it@vejen.dk", "Your subscription renewed - DKK 4,299")
            .text("Dear customer,\n\nYour antivirus plan for 40 devices has been renewed for DKK 4,299. If you did not "
                + "authorise this, call our billing desk on +45 78 74 52 33 within 24 hours.");
        genuine(m, YAHOO);
        m.description = "English callback scam from yahoo.com";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Skov", "mette.skov.vejen@gmail.com", "loen@vejen.dk", "Ny lønkonto")
            .text("Hej Løn\n\nJeg er flyttet over i en netbank, fordi min gamle bank lukkede filialen i Brørup. Vil I "
                + "sørge for, at novemberlønnen lander på min nye konto " + mule(1) + "? Jeg ville selv have rettet det, men "
                + "jeg er på en uges kursus på Askov Højskole, og portalen vil ikke lukke mig ind fra min egen telefon. Min "
                + "leder ved godt, at jeg er væk.\n\nMette, social- og sundhedsassistent på Plejecenter Møllehaven");
        genuine(m, GMAIL);
        m.description = "employee impersonated from gmail asks to change her salary account";
        m = bad("payroll-account-change");
        headers(m, "Lønservice", "opdatering@lintrup-lonservice.dk", "loen@vejen.dk", "Lønkonti for vikarer skal opdateres")
            .text("Til lønafdelingen\n\nFra næste lønperiode udbetales løn til vikarer fra vores bureau samlet til " + mule(15)
                + ". Vi fordeler selv til medarbejderne.\n\nLønservice");
        ownedBy(m, "lintrup-lonservice.dk");
        m.description = "bureau look-alike wants temp salaries paid to one SE account";

        // xml-invoice-changed-account
        m = bad("xml-invoice-changed-account");
        Supplier fake = kontor.posing("holsted-kontorforsyning.net", mule(12));
        String no = invoiceNo(kontor);
        Amount a = amount(600_000);
        headers(m, kontor.name(), "ordre@holsted-kontorforsyning.net", "efaktura@vejen.dk", "E-faktura " + no + " (OIOUBL)")
            .text("Hej\n\nVedhæftet e-faktura som OIOUBL-fil. Vores betalingsoplysninger er rettet i filen.\n\nOrdrekontoret")
            .attach("application/xml", "oioubl-" + no + ".xml", ubl(no, fake, mule(12), a, isoDay(m, 0), isoDay(m, 10), false,
                "VK-" + (62_000 + rnd.nextInt(900))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "holsted-kontorforsyning.net");
        m.description = "OIOUBL XML from a look-alike with a changed account";
        m = bad("xml-invoice-changed-account");
        fake = entrep.posing("brorup-anlaeg.com", mule(8));
        no = invoiceNo(entrep);
        a = amount(900_000);
        headers(m, entrep.person(), "tk@brorup-anlaeg.com", "efaktura@vejen.dk", "Peppol-faktura " + no)
            .text("Hermed Peppol-faktura for asfaltarbejdet. Betaling sker til IBAN i filen.\n\nTorben")
            .attach("application/xml", "peppol-" + no + ".xml", ubl(no, fake, mule(8), a, isoDay(m, 0), isoDay(m, 8), true,
                "VK-" + (63_000 + rnd.nextInt(900))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "brorup-anlaeg.com");
        m.description = "Peppol XML from a look-alike of the contractor, DE IBAN";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signaturhus", "dokument@signering-rodding.dk", "kultur@vejen.dk", "Dokument afventer din underskrift")
            .html("<html><body><p>Vejen Kunstmuseum har sendt dig 'Forsikringsaftale - udlån' til underskrift.</p><p><a href="
                + "\"https://signering-rodding.dk/login\">Gennemse og underskriv</a></p><p>Linket udløber i dag.</p></body></html>");
        ownedBy(m, "signering-rodding.dk");
        m.description = "fake e-signature request in Signaturhus's name, credential link";
        m = bad("fake-esignature-request");
        headers(m, "Signaturhus", "no-reply@askov-parkpleje.dk", "teknik@vejen.dk", "Signér ændring af betalingsaftale")
            .text("Skibelund Skovservice har opdateret jeres betalingsaftale. Underskriv ændringen her: "
                + "https://askov-parkpleje.dk/sign\n\nSignaturhus");
        ownedBy(m, "askov-parkpleje.dk");
        m.description = "fake e-signature to 'sign a changed payment agreement'";

        // lookalike-platform
        m = bad("lookalike-platform");
        a = amount(300_000);
        headers(m, "Posterly", "faktura@posterly-vejen.com", "natur@vejen.dk", "Jels Sø Naturpleje har sendt en faktura")
            .html("<html><body><p>Hej Vejen Kommune</p><p>Jels Sø Naturpleje v/ Ida Brandt har udstedt en regning til jer for "
                + "slåning af rørskoven ved søen på " + a.gross() + " kr.</p><p>Posterly har overtaget inddrivelsen for "
                + "små leverandører, og regningen afregnes derfor til vores klientkonto " + mule(3) + " senest tre dage fra i "
                + "dag.</p><p>Venlig hilsen<br>Posterly kundeservice</p></body></html>");
        ownedBy(m, "posterly-vejen.com");
        m.description = "look-alike of the platform posterly.dk, unlisted supplier's name, EE account";
        m = bad("lookalike-platform");
        headers(m, "Nabofaktura", "opkraevning@mitid-brorup.net", "pleje@vejen.dk", "Rettet opkrævning - vikartimer")
            .text("Til Sundhed og Ældre\n\nDer var fejl i kontonummeret på sidste opkrævning. Den rettede opkrævning skal "
                + "betales til " + mule(5) + ".\n\nNabofaktura");
        ownedBy(m, "mitid-brorup.net");
        m.description = "platform name nabofaktura abused from an owned domain, 'corrected' account";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-sculpture-transport-invoice
        M m = bad("fake-sculpture-transport-invoice");
        invoice(m, kunst.posing("askov-kunsthandtering.dk", kunst.account()), mule(0), 14,
            List.of("Udlånssag " + loanCase + ", ekstra kurerrejse"), "", "Ved returneringen af gipsafstøbningerne under "
                + "udlånssag " + loanCase + " krævede låneren en ekstra kurer og en klimakasse mere, end aftalen sagde. "
                + "Merudgiften fremgår af fakturaen. Vi har fået nyt pengeinstitut efter et ejerskifte, så anvend kontoen "
                + "på fakturaen.");
        ownedBy(m, "askov-kunsthandtering.dk");
        m.description = "look-alike of the art handler cites the real loan case, new LT account";
        m = bad("fake-sculpture-transport-invoice");
        headers(m, "Vejen Kunsttransport", "dispatch@vejen-kunsttransport.dk", "kunstmuseum@vejen.dk",
            "Faktura: flytning af bronzeskulpturer")
            .text("Hej Kunstmuseet\n\nVi flyttede i sidste uge de to bronzeskulpturer fra parken ind til vinteropbevaring, som "
                + "jeres vicevært bad om. Kran, to mand og forsikring under løftet udgør 29.375,00 kr. inkl. moms, som betales "
                + "til " + mule(6) + " inden 7 dage.\n\nVejen Kunsttransport");
        ownedBy(m, "vejen-kunsttransport.dk");
        m.description = "unknown firm bills moving bronzes 'the caretaker asked for' (IE IBAN)";
        m = bad("fake-sculpture-transport-invoice");
        headers(m, "Art Logistics Nord", "accounts@kunstmuseum-vejen.com", "kultur@vejen.dk", "Invoice - crate storage and "
            + "insurance")
            .text("Dear Vejen Kunstmuseum,\n\nYour six crates from the exhibition in Oslo are held in our bonded warehouse. "
                + "Storage and nail-to-nail insurance of EUR 3,180 must be settled to " + mule(8) + " before the crates can be "
                + "released for delivery to Vejen.\n\nAccounts, Art Logistics Nord");
        ownedBy(m, "kunstmuseum-vejen.com");
        m.description = "English 'crates held in a bonded warehouse' until paid (DE IBAN)";

        // fake-fish-passage-inspection-invoice
        m = bad("fake-fish-passage-inspection-invoice");
        invoice(m, aa.posing("kongeaa-vandlob.dk", aa.account()), mule(9), 16, List.of("Eftersynsprogram " + passageProgramme
            + " - akut indsats"), "", "Efter skybruddet stod faunapassagen ved Skodborg delvist under sand, og laksene kunne "
                + "ikke komme op. Vores folk gravede den fri med minigraver i weekenden under programmet " + passageProgramme
                + ". Akutindsatsen ligger uden for aftalen og bedes betalt straks til den nye konto i fakturaen.");
        ownedBy(m, "kongeaa-vandlob.dk");
        m.description = "look-alike of the river firm cites the real programme, 'emergency dig-out' (HU IBAN)";
        m = bad("fake-fish-passage-inspection-invoice");
        headers(m, "Skodborg Fiskepassage", "rapport@skodborg-fiskepassage.dk", "vandlob@vejen.dk",
            "Lovpligtig kontrol af faunapassage - rapport klar")
            .text("Til Natur og Vandløb\n\nVi har udført den lovpligtige funktionskontrol af fiskepassagen i Kongeåen og "
                + "registreret tre mangler. Rapporten, som I skal bruge over for tilsynet, udleveres, når 18.750,00 kr. er "
                + "betalt til " + mule(10) + ".\n\nSkodborg Fiskepassage");
        ownedBy(m, "skodborg-fiskepassage.dk");
        m.description = "unknown firm holds a 'mandatory' passage report hostage for payment (RO IBAN)";
        m = bad("fake-fish-passage-inspection-invoice");
        headers(m, "Kongeå Miljø", "booking@kongeaa-miljoe.net", "natur@vejen.dk", "Elfiskeri ved passagerne - forudbetaling")
            .text("Hej\n\nTak for henvendelsen om elfiskeri ved de fire passager i Kongeåen. Vi har reserveret hold i uge 46. "
                + "Halvdelen af prisen, 21.400 kr., indbetales forud til " + mule(11) + " som bekræftelse af bookingen.\n\n"
                + "Kongeå Miljø");
        ownedBy(m, "kongeaa-miljoe.net");
        m.description = "'your request' for electrofishing at the passages, half paid in advance (BG IBAN)";

        // fake-memorial-grove-maintenance-invoice
        m = bad("fake-memorial-grove-maintenance-invoice");
        invoice(m, skov.posing("skibelund-skovservice.com", skov.account()), mule(13), 17, List.of("Plejeplan " + grovePlan
            + " - stormskader"), "", "Efter stormen lå fire bøge over stierne i Skibelund Krat, og én havde væltet en af "
                + "mindestenene. Vi ryddede og rejste stenen igen under plejeplan " + grovePlan + ", så krattet kunne åbne "
                + "før mindehøjtideligheden. Betal venligst til vores nye erhvervskonto inden fredag.");
        ownedBy(m, "skibelund-skovservice.com");
        m.description = "look-alike of the forestry contractor cites the real plan, storm clearing, DK mule account";
        m = bad("fake-memorial-grove-maintenance-invoice");
        headers(m, "Skibelund Mindelund", "regning@skibelund-mindelund.dk", "teknik@vejen.dk", "Rensning af mindesten")
            .text("Goddag\n\nVi har renset og imprægneret 14 mindesten og talerstolen i Skibelund Krat med skånsomt tøris. "
                + "Arbejdet blev bestilt telefonisk af jeres park-afdeling. Fakturaen på 33.125,00 kr. inkl. moms forfalder om "
                + "fem dage; beløbet sendes til " + mule(14) + ".\n\nSkibelund Mindelund")
            .attach("application/pdf", "mindesten.pdf", Attachments.pdf(docId(m, "ms66"), "Regning - rensning af mindesten",
                List.of("Skibelund Mindelund", "14 mindesten og talerstol, tøris og imprægnering", "I alt 33.125,00",
                    "Betaling " + mule(14))));
        ownedBy(m, "skibelund-mindelund.dk");
        m.description = "unknown firm bills stone cleaning 'ordered by phone' (MT IBAN)";
        m = bad("fake-memorial-grove-maintenance-invoice");
        headers(m, "Askov Parkpleje", "kontor@askov-parkpleje.dk", "natur@vejen.dk", "Vinterpleje af Skibelund Krat - aftale")
            .text("Hej\n\nVi overtager vinterplejen af stierne i Skibelund Krat efter jeres nuværende entreprenør, som har "
                + "opgivet opgaven. Første rate på 12.600 kr. skal betales til " + mule(2) + " senest mandag, så vi kan "
                + "sætte folk i gang.\n\nAskov Parkpleje");
        ownedBy(m, "askov-parkpleje.dk");
        m.description = "'we take over from your contractor' with a first instalment (DK reg./account mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus66().generate(), List.of(
            "# Vejen Kommune, Økonomi: invoice checks (sixty-sixth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=vejen-varmevaerk.dk brorup-anlaeg.dk askov-kunsthaandtering.dk kongeaa-vandloeb.dk "
                + "skibelund-skovservice.dk gesten-toemrer.dk lintrup-maler.dk holsted-rengoering.dk vejen-ugeavis.dk "
                + "glejbjerg-vognmand.dk jels-elservice.dk baekke-vvs.dk roedding-storkoekken.dk vejen-traelast.dk "
                + "foevling-data.dk skodborg-turistfart.dk holsted-kontorforsyning.dk",
            "invoice.domains.platforms=posterly.dk opkraevningsboks.dk nabofaktura.dk vadestedregning.dk",
            "invoice.names.protected=Vejen Kommune"));
    }
}
