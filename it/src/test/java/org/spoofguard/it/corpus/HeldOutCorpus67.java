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
 * The sixty-seventh held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Lejre Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, culture, nature,
 * schools, elderly care and property mailboxes), the municipality between Roskilde Fjord and the Isefjord: the town hall in
 * Hvalsø, Lejre, Kirke Hyllinge, Kirke Såby, Osted, Allerslev, Gevninge, Herslev, Ejby, Kattinge and Bramsnæs, Ledreborg
 * Slot and its baroque park, Sagnlandet Lejre, Gammel Lejre with its reconstructed royal hall, the water mill Tadre Mølle,
 * Elverdamsdalen and the fjord shores. Seventeen listed suppliers from those places in every DNS posture real Danish firms
 * have (one sending through a web hoster named in its SPF), four invoicing platforms ({@code ambolt-regning.dk}, {@code
 * ebberegning.dk}, {@code kvitmo.io}, {@code glentepay.com}), a shingle maker who keeps the royal hall's oak-shingle roof,
 * a millwright who keeps Tadre Mølle's water wheel and sluice, a park gardener for Ledreborg's hedges, sole traders on free
 * mail, foreign suppliers, SaaS ({@code liftplan.io}, {@code bookhal.dk}), an ESP ({@code distribuo.com}), an e-signature
 * service ({@code kontrasign.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own domains,
 * each carrying a full Lejre place name.
 *
 * <p>Written blind, from the brief and general knowledge of the fraud Danish municipalities are warned about: forged and
 * look-alike suppliers, homoglyph domains, compromised supplier mailboxes, hijacked threads, the own domain forged, CEO
 * fraud and payroll changes from free mail, fake collection, fake Digital Post, QR codes, archives, macro documents, XML
 * invoices with a changed payee, fake e-signature requests, look-alike platforms, callback scams, fake overpayment refunds
 * and voicemail lures; and three kinds new here, each with a genuine counterpart: oak-shingle repairs to the royal hall at
 * Gammel Lejre billed by someone who never climbed the roof (fake-royal-hall-shingle-invoice), work on Tadre Mølle's water
 * wheel, sluice gate or millpond billed to a new account (fake-watermill-wheel-repair-invoice), and clipping of the
 * lime and hornbeam hedges in Ledreborg's baroque park billed by strangers (fake-baroque-hedge-clipping-invoice). The
 * invoice engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was
 * written. {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus67GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus67 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout67");
    public static final String OWN = "lejre.dk";
    static final String FRAUD_NET = "127.167.";
    private static final String OWN_IP = "127.67.0.1";
    private static final String EAN = "5798007743215";
    private static final String KOMMUNE = "Lejre Kommune";
    private static final String RAADHUS = "Møllebjergvej 4, 4330 Hvalsø";
    private static final String HOSTER_IP = "127.67.9.1";
    private static final String GMAIL = "127.69.1.1";
    private static final String MSFT = "127.69.2.1";
    private static final String APPLE = "127.69.5.1";

    private final Random rnd = new Random(67_4330_0067L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The shingle maker's maintenance case for the royal hall (the frauds cite it). */
    private String hallCase;
    /** The millwright's service agreement for Tadre Mølle (the frauds cite it). */
    private String millAgreement;
    /** The park gardener's work order for Ledreborg's hedges (the frauds cite it). */
    private String hedgeOrder;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 9, 29, 7, 10, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 3, 7, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Hvalsø Fjernvarme a.m.b.a.", "hvalsoe-fjernvarme.dk", "Kundecenter",
        "kundecenter", "127.67.1.1", iban("DK", "53560006701184"), "fjernvarme til Rådhuset i Hvalsø, Hvalsø Skole og Ådalens Plejecenter");
    private final Supplier entrep = new Supplier("Kirke Hyllinge Anlæg ApS", "kirkehyllinge-anlaeg.dk", "Mikkel Thorsen", "mt",
        "127.67.1.2", bank("0537", "0006712208"), "ny fortovsbelægning og regnvandsbassin ved Kirke Hyllinge Skole");
    private final Supplier spaan = new Supplier("Gammel Lejre Spåntag v/ Rune Haldor", "gammellejre-spaantag.dk", "Rune Haldor",
        "rune", "127.67.1.3", bank("0537", "0006720451"), "vedligehold af egespåntaget på kongehallen i Gammel Lejre");
    private final Supplier moelle = new Supplier("Tadre Møllebyg ApS", "tadre-moellebyg.dk", "Møllebyg, Bogholderi",
        "bogholderi", "127.67.1.4", iban("DK", "20000006733019"), "tilsyn med vandhjul, stigbord og sluse ved Tadre Mølle");
    private final Supplier gartner = new Supplier("Ledreborg Parkgartneri ApS", "ledreborg-parkgartneri.dk", "Sofie Ahlgren",
        "sofie", "127.67.1.5", iban("DK", "53560006745576"), "klipning af linde- og avnbøgehække i den barokke slotspark");
    private final Supplier toemrer = new Supplier("Osted Snedkeri og Tømrer ApS", "osted-snedkeri.dk", "Kasper Vinding", "kv",
        "127.67.1.6", bank("0537", "0006751122"), "nye døre og lofter, Osted Børnehus");
    private final Supplier maler = new Supplier("Kirke Såby Malerservice v/ Jens Bech", "kirkesaaby-malerservice.dk", "Jens Bech",
        "jens", "127.67.1.7", bank("2670", "0007763014"), "maling af gange og fællesrum, Bramsnæs Plejecenter");
    private final Supplier rengoer = new Supplier("Allerslev Rengøring ApS", "allerslev-rengoering.dk", "Kontoret",
        "kontor", "127.67.1.8", iban("DK", "20000006778890"), "daglig rengøring af Rådhuset, Lejre Bibliotek og Allerslev Skole");
    private final Supplier avis = new Supplier("Lejre Egnsblad", "lejre-egnsblad.dk", "Annonceafdelingen", "annonce",
        "127.67.1.9", iban("DK", "53560006782246"), "annoncer: lokalplan for Kirke Såby og stillinger i dagplejen");
    private final Supplier vognmand = new Supplier("Gevninge Vognmandsforretning ApS", "gevninge-vognmand.dk", "Tina Kjær",
        "tina", "127.67.1.10", bank("2670", "0007790035"), "kørsel med grus til stierne i Elverdamsdalen");
    private final Supplier el = new Supplier("Herslev El-Service ApS", "herslev-elservice.dk", "Brian Ravn", "br", HOSTER_IP,
        bank("0537", "0006794417"), "udskiftning af armaturer og nødbelysning, Herslev Forsamlingshus");
    private final Supplier vvs = new Supplier("Ejby VVS og Blik ApS", "ejby-vvsblik.dk", "Værkstedet", "mail", "127.67.1.12",
        bank("2670", "0007801958"), "nye varmtvandsbeholdere og tagrender, Ejby Skole");
    private final Supplier mad = new Supplier("Bramsnæs Storkøkken A/S", "bramsnaes-storkoekken.dk", "Bogholderiet",
        "regnskab", "127.67.1.13", iban("DK", "20000006815543"), "mad til hjemmeboende ældre og Lejre Plejecenter");
    private final Supplier byg = new Supplier("Hvalsø Trælast A/S", "hvalsoe-traelast.dk", "Erhvervskunder", "erhverv",
        "127.67.1.14", iban("DK", "53560006826607"), "byggematerialer til Ejendomscenteret efter rammeaftale");
    private final Supplier it = new Supplier("Lejre IT-Drift ApS", "lejre-itdrift.dk", "Fakturering", "faktura",
        "127.67.1.15", bank("0537", "0006833281"), "drift af skolernes trådløse net og elevcomputere");
    private final Supplier bus = new Supplier("Kattinge Turistfart ApS", "kattinge-turistfart.dk", "Kørselskontoret", "koersel",
        "127.67.1.16", bank("2670", "0007844460"), "skolekørsel Kattinge-Gevninge-Lejre og ture til Sagnlandet");
    private final Supplier kontor = new Supplier("Isefjord Kontorforsyning ApS", "isefjord-kontorforsyning.dk", "Ordre", "ordre",
        "127.67.1.17", iban("DK", "20000006852213"), "kopipapir, toner og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Elverdamsdalens Smedie", "elverdamsdalen-smedie.dk", "Arne Mølgaard", "arne",
        "127.67.2.1", bank("0537", "0006861190"), "nyt gelænder på gangbroen over Elverdamsåen");
    private final Supplier natur = new Supplier("Fjordskrænten Naturpleje v/ Hanne Krog", "fjordskraenten-natur.dk", "Hanne Krog",
        "hanne", "127.67.2.2", bank("2670", "0007870024"), "høslæt og rydning af tjørn på overdrevet ved Roskilde Fjord");
    private final Supplier guide = new Supplier("Sagnfortæller Ida Holm", "gmail.com", "Ida Holm", "ida.holm.sagn", GMAIL,
        bank("0537", "0006874408"), "fortællinger om Skjoldungerne for 4. årgang i kongehallen, 5 forløb");
    private final Supplier tolk = new Supplier("Tolk v/ Samir Haddad", "outlook.com", "Samir Haddad", "samir.haddad.tolk", MSFT,
        bank("2670", "0007887731"), "tolkning arabisk-dansk, Jobcenter Lejre, 3 x 2 timer");
    private final Supplier musik = new Supplier("Harmonikaspiller Bent Lau", "icloud.com", "Bent Lau", "bent.lau.harmonika", APPLE,
        bank("0537", "0006890152"), "musik til eftermiddagskaffe, Ådalens Plejecenter og Bramsnæs Plejecenter");
    private final Supplier tysk = new Supplier("Husumer Holzschindel Manufaktur GmbH", "husumer-holzschindel.de", "Buchhaltung",
        "buchhaltung", "127.67.3.1", iban("DE", "217500000060331204"), "Eichenschindeln, gespalten, für die Königshalle");
    private final Supplier svensk = new Supplier("Skånes Kvarnteknik AB", "skanes-kvarnteknik.se", "Fakturor", "fakturor",
        "127.67.3.2", iban("SE", "45800000083311442019"), "lagerbussningar och ekkuggar till vattenhjulet");

    private final List<Supplier> listed = List.of(varme, entrep, spaan, moelle, gartner, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a full Lejre place name; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"hvalsoe-fjernvarme.net", "kirkehyllinge-anlaeg.com", "hvalsoe-traelast.net",
        "herslev-el-service.dk", "allerslev-rengoring.dk", "ejby-vvs-blik.dk", idn("hvals\u043ee-traelast.dk"),
        idn("l\u0435jre.dk"), "ambolt-hvalsoe.dk", "kvitmo-lejre.com", "osted-snedkeri.net", "bramsnaes-storkokken.dk",
        "kattinge-turistfart.net", "gevninge-vognmand.net", "lejre-inkassoservice.dk", "digitalpost-allerslev.com",
        "osted-betalingsservice.dk", "isefjord-kontorforsyning.net", "lejre-itdrift.com", "kontrasign-ejby.net",
        "gammellejre-spaantag.com", "kongehallen-gammellejre.dk", "sagnlandetlejre-tagdaek.dk", "tadre-moellebyg.net",
        "tadremoelle-vandhjul.dk", "elverdamsdalen-sluseservice.dk", "ledreborg-parkgartneri.com", "ledreborg-haekservice.dk",
        "kirkesaaby-anlaegsgartner.dk", "roskildefjord-refusion.dk", "gevninge-telefoni.dk", "bramsnaes-ordrecenter.com",
        "kirkehyllinge-anlaeg.net", "lejre-egnsblad.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(spaan.domain(), List.of(spaan.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(moelle.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(gartner.domain(), List.of(gartner.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.67.98.4"), "~all", null, "none"); // SPF names only its dispatch system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.67.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("argo-affaldsselskab-lejre.dk", List.of("127.67.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("slots-og-kulturvaesenet-tilsyn.dk", List.of("127.67.5.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sagnlandet-lejre.dk", List.of("127.67.5.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("hvalsoe-efterskole.dk", List.of("127.67.5.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("lejre-revisorerne.dk", List.of("127.67.5.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hvalsoe-jernhandel.dk", List.of("127.67.5.6"), "-all", null, "none");
        domain("ledreborg-gods.dk", List.of("127.67.5.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("ambolt-regning.dk", List.of("127.67.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ebberegning.dk", List.of("127.67.6.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kvitmo.io", List.of("127.67.6.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("glentepay.com", List.of("127.67.6.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("hvalsoe-sparekasse.dk", List.of("127.67.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bramsnaes-andelskasse.dk", List.of("127.67.7.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-midtsjaelland.dk", List.of("127.67.7.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sjaellandske-kreditorer.dk", List.of("127.67.7.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fjordegnens-indkoeb.dk", List.of("127.67.7.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("distribuo.com", List.of("127.67.7.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("bedragerivarsel-sjaelland.dk", List.of("127.67.7.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.hvalsoe-fiber.dk", List.of("127.67.7.8"), "-all", null, null);
        domain("relay.lejre-bredbaand.dk", List.of("127.67.7.9"), "-all", null, null);
        domain("liftplan.io", List.of("127.67.7.10"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bookhal.dk", List.of("127.67.7.11"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kontrasign.dk", List.of("127.67.7.12"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", "none", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 3 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 4 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 38_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no67:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 400 + rnd.nextInt(9_000));
            case 1:
                return "LJ" + (5_100 + rnd.nextInt(4_000));
            case 2:
                return String.valueOf(72_000 + rnd.nextInt(20_000));
            case 3:
                return "F-2036-" + String.format("%04d", 50 + rnd.nextInt(900));
            case 4:
                return "36/" + (1_000 + rnd.nextInt(800));
            default:
                return "D" + (33_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@lejre.dk", "efaktura@lejre.dk", "kreditor@lejre.dk", "oekonomi@lejre.dk",
        "teknik@lejre.dk", "skole@lejre.dk", "omsorg@lejre.dk", "kultur@lejre.dk", "ejendomme@lejre.dk", "indkoeb@lejre.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf67:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr67:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi67:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "hvalsoe-fjernvarme.dk" -> "Værkstedvej 2, 4330 Hvalsø";
            case "kirkehyllinge-anlaeg.dk" -> "Bygaden 31, 4070 Kirke Hyllinge";
            case "gammellejre-spaantag.dk" -> "Gl. Lejrevej 9, 4320 Lejre";
            case "tadre-moellebyg.dk" -> "Tadrevej 14, 4330 Hvalsø";
            case "ledreborg-parkgartneri.dk" -> "Ledreborg Allé 3, 4320 Lejre";
            case "osted-snedkeri.dk" -> "Ostedvej 58, 4320 Lejre";
            case "kirkesaaby-malerservice.dk" -> "Hovedgaden 20, 4060 Kirke Såby";
            case "allerslev-rengoering.dk" -> "Allerslev Byvej 7, 4320 Lejre";
            case "lejre-egnsblad.dk" -> "Hovedgaden 44, 4320 Lejre";
            case "gevninge-vognmand.dk" -> "Gevninge Bygade 66, 4000 Roskilde";
            case "herslev-elservice.dk" -> "Herslev Bygade 12, 4000 Roskilde";
            case "ejby-vvsblik.dk" -> "Ejbyvej 103, 4070 Kirke Hyllinge";
            case "bramsnaes-storkoekken.dk" -> "Industrivej 5, 4070 Kirke Hyllinge";
            case "hvalsoe-traelast.dk" -> "Stationsvej 22, 4330 Hvalsø";
            case "lejre-itdrift.dk" -> "Bygaden 8, 4320 Lejre";
            case "kattinge-turistfart.dk" -> "Kattingevej 41, 4000 Roskilde";
            case "isefjord-kontorforsyning.dk" -> "Kirkestræde 3, 4060 Kirke Såby";
            case "elverdamsdalen-smedie.dk" -> "Elverdamsvej 17, 4330 Hvalsø";
            case "fjordskraenten-natur.dk" -> "Bramsnæsvigvej 6, 4070 Kirke Hyllinge";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a letter-style invoice with a "Leveret til" block and a VAT line; a time
     * sheet with man-hours, machine hours and materials and the FI line (card 71); a quarterly account with meter or
     * subscription lines and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name() + " - " + title + " " + no;
                l.add((addr.isEmpty() ? "" : addr + "   ") + "CVR " + cvr(s.domain()));
                l.add("Leveret til: " + KOMMUNE + ", " + RAADHUS + " (EAN " + EAN + ")");
                l.add("Dato: " + dottedDay(m, 0) + "   Vores reference: " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Beløb uden moms " + a.net() + " kr.   Moms 25 % " + a.vat() + " kr.   I alt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betalingsbetingelse: løbende måned + 30 dage, senest " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Overføres til " + account + " med fakturanummer som tekst");
                }
            }
            case 1 -> {
                head = title + " " + no + " / timeopgørelse";
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + ", EAN " + EAN + " - opgave: " + s.what());
                long men = a.ore() * 47 / 100;
                long machine = a.ore() * 13 / 100;
                l.add("Mandetimer " + kr(men) + "   Maskintimer " + kr(machine) + "   Materialer " + kr(a.ore() - men - machine));
                l.add("Netto " + a.net() + "   + moms " + a.vat() + "   = " + a.gross() + " DKK");
                l.addAll(more);
                l.add("Sidste rettidige betaling " + writtenDay(m, 21) + (account == null ? "" : ", " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Kvartalsafregning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Kundenummer " + (20_000 + Math.floorMod(s.domain().hashCode(), 60_000)) + " - " + KOMMUNE);
                l.add("Periode " + dashedDay(m, -90) + " til " + dashedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 30 / 100;
                l.add("Fast bidrag " + kr(fixed) + "   Variabel del " + kr(a.ore() - fixed));
                l.add("Sum " + a.net() + "   moms " + a.vat() + "   til betaling " + a.gross());
                l.addAll(more);
                l.add("Betalingsdato " + dashedDay(m, 14) + (account == null ? "" : " - " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "LejreKommune_" + no + ".pdf", "FA" + no + ".pdf",
            "invoice-" + no + ".pdf", "regning-" + no + ".pdf", "dokument_" + no + ".pdf", "Fak-" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Lejre Kommune", "Til kreditorbogholderiet", "Godmorgen", "Hej alle sammen",
        "Att. Økonomi", "Kære Lejre Kommune", "Hej bogholderiet", "Til rette vedkommende"};

    private String phone() {
        return "46 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig67:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " - telefon " + phone();
            case 2:
                return "\n\nDe bedste hilsner\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 3_900_000 : 310_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Faktura " + no + " - " + KOMMUNE, "Fakturanr. " + no,
            "Regning " + no + " (EAN " + EAN + ")", s.name() + ": faktura " + no, "Fremsendelse af faktura " + no,
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fremsendes faktura " + no + " for " + s.what() + ".";
            case 1 -> "I vedhæftede PDF finder I faktura " + no + ". Beløbet er " + a.gross() + " kr. med moms, og den forfalder "
                + writtenDay(m, 30) + ".";
            case 2 -> "En kopi er lagt på jeres EAN " + EAN + ", så der er tale om samme faktura - den skal kun betales én gang.";
            case 3 -> "Tak for et godt samarbejde om opgaven. Den tilhørende faktura ligger som bilag.";
            case 4 -> "Fakturanummer " + no + "\nBeløb i alt " + a.gross() + " kr.\nForfaldsdato " + dottedDay(m, 30);
            case 5 -> "Opgaven er afsluttet og afleveret. Fakturaen er vedlagt med jeres bestillingsnummer påført.";
            case 6 -> "Her er fakturaen for månedens leverancer. Giv lyd, hvis noget ikke stemmer med jeres bestilling.";
            default -> "Se venligst fakturaen i bilaget.";
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
        if (List.of(varme, rengoer, mad, moelle, it, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, spaan, gartner, vognmand, vvs, el, toemrer, bus).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Møllebjergvej 4", "Hvalsø", "4330", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        hallCase = "KH-" + (120 + rnd.nextInt(70));
        millAgreement = "TM-SA-" + (410 + rnd.nextInt(300));
        hedgeOrder = "LPG-" + (7_300 + rnd.nextInt(500));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == spaan ? List.of("Vedligeholdssag " + hallCase + ": eftersyn af tagfladen, nordsiden")
                : s == moelle ? List.of("Serviceaftale " + millAgreement + ": vandhjul, stigbord og slusebrædder")
                : s == gartner ? List.of("Arbejdsordre " + hedgeOrder + ": sensommerklip af lindehækkene") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af naturvejlederen"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a railing in Elverdamsdalen, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, byg, toemrer, maler,
            vognmand, it);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekvisition LK-" + (20_400 + k * 211));
                case 1 -> List.of("Bestiller: " + to().replace("@lejre.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Lejre Bibliotek, nye reoler" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 3 ? "\n\nUnderskrevne følgesedler ligger i samme mail." : "");
            if (k % 5 == 3) {
                m.mime.attach("application/pdf", "foelgesedler-samlet.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Modtaget af Ejendomscenteret, Hvalsø", "Kolli i alt: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Otte plader krydsfiner havde fugtskader og er sendt retur med vognmanden."},
            {kontor, "Kreditnota til faktura ", "Den dobbelte levering af toner til Hvalsø Skole er afhentet igen."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (700 + rnd.nextInt(200));
            Amount a = amount(90_000).credit();
            headers(m, s.person(), addr(s), "kreditor@lejre.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedlagt og kan "
                    + "trækkes fra i jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se en indbetaling på nedenstående faktura. Har betalingen krydset "
            + "denne mail, beder vi jer se bort fra den."},
            {entrep, "Rykker 1", "Betalingsfristen er overskredet med to uger. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@lejre.dk", x[1] + " - " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr., som indbetales til den konto, der altid har stået på vores fakturaer: " + s.account() + "."
                    + signature(s))
                .attach("application/pdf", "paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Oprindelig fakturadato, se faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@lejre.dk", "Saldoopgørelse til jeres regnskab")
            .text("Hej\n\nI bad om en saldo: faktura " + p.no() + " er registreret betalt, og vi har ingen udestående hos "
                + "Lejre Kommune." + signature(s));
        genuine(m, s.ip());
        m.description = "gevninge-vognmand.dk statement, nothing open (SPF names only its dispatch system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, byg)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(700_000);
            boolean peppol = v == 0;
            String ref = "LK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@lejre.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej\n\nVores VAN-udbyder har nedbrud, så e-fakturaen er vedhæftet som fil denne ene gang, med en læsbar "
                    + "PDF ved siden af. Kontooplysningerne er uændrede. Dukker den samme faktura op via NemHandel senere, er "
                    + "det en dublet.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Laesbar-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1,
                    List.of("Ordrereference " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"ambolt-regning.dk", "ebberegning.dk", "kvitmo.io", "glentepay.com"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(290_000);
            m.mailFrom = "b-" + sha256("plat67:" + m.id).substring(0, 14) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "GP" + (40_000 + rnd.nextInt(9_000));
                headers(m, "Glentepay", "opkraevning@glentepay.com", "skole@lejre.dk", "Opkrævning " + no + " - lejrskole")
                    .text("Til " + KOMMUNE + ", Børn og Unge\n\nHermed opkrævningen for lejrskoleopholdet, som 6.b fra Osted "
                        + "Skole har booket gennem os hos Sagnlandet (overnatning i jernalderlandsbyen, 24 elever). Glentepay "
                        + "står for betalingen på vegne af værten.\n\nAt betale " + a.gross() + " kr. senest "
                        + dottedDay(m, 20) + ".\n\nGlentepay")
                    .attach("application/pdf", "Glentepay-" + no + ".pdf", Attachments.pdf(docId(m, "gp"), "Opkrævning " + no,
                        List.of("Glentepay ApS", "Betaler: " + KOMMUNE + ", Osted Skole", "Lejrskole, 24 elever, 3 nætter",
                            "Netto " + a.net() + " moms " + a.vat() + " total " + a.gross(), "Konto " + iban("DK", "53560006904471"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform glentepay.com bills a booked school camp under its own name";
                continue;
            }
            String no = "E" + (500_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "teknik@lejre.dk" : "kultur@lejre.dk",
                "Ny regning fra " + s.name() + ": " + no)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Georgia,serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name() + " har udstedt "
                    + "regning " + no + " til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14) + ".</p>"
                    + "<p>Regningen ligger som PDF. Svarer du på denne besked, lander svaret direkte hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Leveret af " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i + 1, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, så beløbet er uden moms." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HS-" + (36_800 + rnd.nextInt(900));
        Amount a = amount(700_000);
        headers(m, "Husumer Holzschindel", addr(tysk), "kultur@lejre.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über die gespaltenen Eichenschindeln für "
                + "die Königshalle in Gammel Lejre, bestellt durch Ihren Dachdecker. Steuerschuldnerschaft des "
                + "Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Husum", "Rechnungsempfänger: " + KOMMUNE, tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "SK" + (7_200 + rnd.nextInt(700));
        headers(m, "Skånes Kvarnteknik", addr(svensk), "teknik@lejre.dk", "Faktura " + no + " - vattenhjulet")
            .text("Hej,\n\nBifogat finns fakturan för lagerbussningar och kuggar i ek till vattenhjulet på Tadre Mölla, "
                + "beställda av er kvarnbyggare. Betala gärna till kontot på fakturan.\n\nVänliga hälsningar\nFakturor, "
                + "Skånes Kvarnteknik AB")
            .attach("application/pdf", "faktura-" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Bankgiro/IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(240_000);
        headers(m, "Liftplan Accounts", "accounts@liftplan.io", "omsorg@lejre.dk", "Your Liftplan invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nYour monthly invoice for Liftplan (patient lift inspections and booking, 38 sites) is "
                + "attached. It has also been delivered to EAN " + EAN + ".\n\nTotal DKK " + a.gross() + "\n\nThe Liftplan team")
            .attach("application/pdf", "liftplan-november.pdf", Attachments.pdf(docId(m, "lp"), "Invoice",
                List.of("Liftplan ApS", "Bill to: " + KOMMUNE, "November 2036, 38 sites", "DKK " + a.gross())));
        genuine(m, "127.67.7.10");
        m.description = "SaaS liftplan.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(240_000);
        headers(m, "Bookhal", "betaling@bookhal.dk", "kultur@lejre.dk", "Bookhal - betaling modtaget")
            .text("Hej\n\nTak, vi har modtaget jeres betaling for Bookhal Pro (udlån af haller og mødelokaler, 12 bygninger). "
                + a.gross() + " kr. er trukket på kortet, der ender på 7713.\n\nBookhal");
        genuine(m, "127.67.7.11");
        m.description = "SaaS bookhal.dk receipt, paid by card, Ed25519, DMARC pass";
    }

    /** One genuine announced bank change, followed by the supplier's next invoice to the new account. */
    private void bankChange() {
        String ny = bank("2670", "0007912384");
        M m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, toemrer.person(), addr(toemrer), "kreditor@lejre.dk", "Vi skifter bank pr. 1. november")
            .text("Til kreditorbogholderiet\n\nOsted Snedkeri har flyttet forretningen til et andet pengeinstitut. Fakturaer "
                + "udstedt fra 1. november 2036 betales til " + ny + "; ældre fakturaer betales som anført på dem.\n\nVil I "
                + "have ændringen bekræftet, så ring til værkstedet på det nummer, der står i jeres leverandøraftale."
                + signature(toemrer))
            .attach("application/pdf", "Ny-bankforbindelse.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bank",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Fra 01.11.2036", "Konto: " + ny,
                    "Kasper Vinding, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "history: listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), ny,
            "nyt køkken i personalestuen, Osted Børnehus");
        invoice(m, moved, ny, 14, List.of("Ny bank fra 01.11.2036, jf. vores brev"), "\n\nSom skrevet tidligere er kontoen "
            + "ny fra november.");
        genuine(m, toemrer.ip());
        m.description = "osted-snedkeri.dk invoice to its new account after the announced bank change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=Hq7c=RT=lejre-egnsblad.dk=annonce@srs.hvalsoe-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.67.7.8";
        m.helo = "srs.hvalsoe-fiber.dk";
        m.description = "lejre-egnsblad.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, mad, mad.account(), 27, List.of(), "");
        m.signers.add(mad.domain());
        relayedBy(m, "relay.lejre-bredbaand.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 30, List.of(), "");
        relayedBy(m, "relay.lejre-bredbaand.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"sjaellandske-kreditorer.dk", "Pia Lundholm", "pilu@", "Regning for tagspån på fortidsminde?",
            "Hej netværk\n\nEt museum i vores område har modtaget en regning for 'akut udskiftning af egespån' på et rekonstrueret "
                + "langhus fra et firma, ingen kender. Er andre blevet ramt af det samme?\n\nPia"},
            {"fjordegnens-indkoeb.dk", "Martin Krogh", "mak@", "Falsk møllebygger", "Hej\n\nVi fik en opkrævning for 'nyt "
                + "stigbord' til en vandmølle, vi ejer. Kontoen var litauisk, og den rigtige møllebygger havde ikke været der."
                + "\n\nMartin"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "netvaerk@kreditornet-midtsjaelland.dk", x[3])
                .header("List-Id", "Kreditornet Midtsjælland <netvaerk.kreditornet-midtsjaelland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-midtsjaelland.dk", "[Kreditornet] ", "\r\n--\r\nKreditornet Midtsjælland\r\n"
                + "Afmeld: https://kreditornet-midtsjaelland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"bedragerivarsel-sjaelland.dk", "Bedragerivarsel Sjælland", "Fortidsminder og møller i svindlernes søgelys",
            "Falske håndværkere fakturerer nu arbejde på kulturarv med rigtige sagsnumre hentet fra offentlige referater. Ring til "
                + "den håndværker, I plejer at bruge, før I betaler."},
            {"lejre-revisorerne.dk", "Lejre Revisorerne", "Tjekliste til årsskiftet",
                "Gennemgå kreditorstamdata, slet inaktive leverandører, og kræv to godkendere ved ændring af kontonumre."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl67:" + x[0]).substring(0, 14) + "@distribuo.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@lejre.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs mere"
                    + "</a></p><p style=\"font-size:8px\">Afmeld dig her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("distribuo.com");
            m.ip = "127.67.7.6";
            m.helo = "mta.distribuo.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP distribuo.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kultur og Fritid", "kultur@", "kreditor@lejre.dk", "Kongehallen og Tadre Mølle",
            "Hej kreditor\n\nSom I ved, er det kun Gammel Lejre Spåntag, der arbejder på kongehallens tag, og kun Tadre Møllebyg, "
                + "der rører vandhjulet. Begge fakturerer med vores sagsnummer. Kommer der noget fra andre, så ring til mig."
                + "\n\nKultur og Fritid"},
            {"Park og Vej", "parkvej@", "ledere@lejre.dk", "Hækkene i Ledreborg", "Kære ledere\n\nKlipningen af hækkene i "
                + "slotsparken er aftalt med Ledreborg Parkgartneri på en arbejdsordre fra os. Andre regninger for hækklip skal "
                + "sendes til Park og Vej og ikke betales.\n\nPark og Vej"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Hvalsø Sparekasse, Erhverv", "erhverv@hvalsoe-sparekasse.dk", "oekonomi@lejre.dk", "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi bekræfter modtagelsen af jeres betalingsfil med 212 poster til udførelse på næste bankdag. "
                + "Status ses i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nHvalsø Sparekasse");
        genuine(m, "127.67.7.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Bramsnæs Andelskasse", "info@bramsnaes-andelskasse.dk", "oekonomi@lejre.dk", "Nye åbningstider")
            .text("Til vores erhvervskunder\n\nFra december har erhvervsrådgivningen i Hvalsø åbent til kl. 17 om torsdagen. "
                + "Intet skal gøres fra jeres side.\n\nBramsnæs Andelskasse");
        genuine(m, "127.67.7.2");
        m.description = "bank notice about opening hours, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("royal-hall-shingle-invoice", true);
        invoice(m, spaan, spaan.account(), 7, List.of("Vedligeholdssag " + hallCase + ", efterårseftersyn",
            "Udskiftet 140 egespån på sydsiden, nye trænagler"), "\n\nBilleder af tagfladen er sendt til Kultur og Fritid.");
        genuine(m, spaan.ip());
        m.description = "the real shingle maker invoices autumn work on the royal hall's roof (RSA, no DMARC)";
        m = ok("watermill-wheel-invoice", true);
        invoice(m, moelle, moelle.account(), 10, List.of("Serviceaftale " + millAgreement + ", 4. kvartal 2036",
            "Smøring af akselleje, nye skovle på vandhjulet"), "\n\nMøllelauget har kvitteret for besøget.");
        genuine(m, moelle.ip());
        m.description = "the millwright's quarterly service of Tadre Mølle (DKIM only, p=quarantine, DMARC pass)";
        m = ok("baroque-hedge-clipping-invoice", true);
        invoice(m, gartner, gartner.account(), 12, List.of("Arbejdsordre " + hedgeOrder + ", efterårsklip",
            "Avnbøgehække i parterret, 1.450 løbende meter"), "\n\nAffaldet er kørt til komposten på godset.");
        genuine(m, gartner.ip());
        m.description = "the park gardener invoices the autumn hedge clipping in Ledreborg's park (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Tadre Møllebyg", addr(moelle), "kultur@lejre.dk", "Vinterstop af vandhjulet")
            .text("Hej Kultur og Fritid\n\nI uge 50 løfter vi stigbordet og stopper hjulet for vinteren. Det er en del af "
                + "serviceaftale " + millAgreement + " og kommer ikke som en særskilt regning. Ekstraarbejde laver vi kun efter "
                + "skriftlig bestilling fra jer.\n\nTadre Møllebyg");
        genuine(m, moelle.ip());
        m.description = "the millwright announces the winter stop at no extra cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_000_000);
        headers(m, "ARGO Affald Lejre", "faktura@argo-affaldsselskab-lejre.dk", "efaktura@lejre.dk", "Aconto 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt acontoopkrævning for fjerde kvartal. Opkrævningen er samtidig sendt til jeres "
                + "EAN-nummer.\n\nARGO")
            .attach("application/pdf", "aconto-4kv.pdf", Attachments.pdf(docId(m, "argo"), "Aconto 4. kvartal 2036",
                List.of("Affaldsselskabet", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "20000006950018"))));
        genuine(m, "127.67.5.1");
        m.description = "intermunicipal waste company's quarterly payment on account";
        m = ok("authority-notice", false);
        headers(m, "Slots- og Kulturstyrelsen, Tilsyn", "fortidsminder@slots-og-kulturvaesenet-tilsyn.dk", "kultur@lejre.dk",
            "Besigtigelse af skibssætningen i Gammel Lejre")
            .text("Til Lejre Kommune, Kultur og Fritid\n\nVi besigtiger fredningen omkring skibssætningen og gravhøjene i "
                + "Gammel Lejre i januar. Besigtigelsen er gratis, og I hører nærmere om tidspunktet.\n\nTilsynet");
        genuine(m, "127.67.5.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@kontrasign.dk";
        headers(m, "Sagnlandet Lejre via Kontrasign", "noreply@kontrasign.dk", "kultur@lejre.dk",
            "Til underskrift: samarbejdsaftale om skoletjeneste")
            .header("Reply-To", "<skoletjeneste@sagnlandet-lejre.dk>")
            .text("Sagnlandet Lejre har sendt jer 'Samarbejdsaftale 2037 - skoletjeneste' til underskrift.\n\nÅbn dokumentet fra "
                + "jeres organisations konto hos Kontrasign.\n\nKontrasign");
        genuine(m, "127.67.7.12");
        m.description = "real e-signature request from kontrasign.dk on behalf of Sagnlandet";
        m = ok("receipt", false);
        headers(m, "Hvalsø Jernhandel", "kvittering@hvalsoe-jernhandel.dk", "teknik@lejre.dk", "Kvittering for dit køb")
            .text("Tak for handlen\n\n4 skovle, 1 trillebør, 20 kg græsfrø. Betalt med kommunens indkøbskort.\n\nHvalsø Jernhandel");
        genuine(m, "127.67.5.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Hvalsø Efterskole", "bogholder@hvalsoe-efterskole.dk", "oekonomi@lejre.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag overført 9.800 kr. for leje af Hvalsø Hallen til vores idrætsdag.\n\nHvalsø Efterskole");
        genuine(m, "127.67.5.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Ledreborg Gods", "godskontor@ledreborg-gods.dk", "parkvej@lejre.dk", "Ordrebekræftelse: flis til stierne")
            .text("Hej\n\nVi bekræfter levering af 60 m3 flis til stierne i Ledreborg Allé i uge 48. Regningen kommer via EAN.\n\n"
                + "Godskontoret");
        genuine(m, "127.67.5.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "5530000020011873"), iban("DK", "89900007734621"), bank("5470", "0002219843"),
        iban("EE", "7710002210098812"), iban("PL", "601090101400007122198834"), iban("GB", "REVO00997011234511"),
        iban("IE", "AIBK93115212345678"), iban("NL", "BUNQ0741562290"), iban("DE", "100110012620447719"),
        iban("HU", "117730160000000051774401"), iban("RO", "BTRL0130120588319902"), iban("BG", "STSA93000024512870"),
        iban("CY", "005001200000001200527600"), bank("9070", "0001772456"), iban("MT", "MALT01100000000000023000921"),
        iban("SE", "91200000054321009876"), iban("LT", "2120100005431299"), iban("DK", "53560007740138")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 2, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nVarmeværket har lagt sin opkrævning "
            + "over til et fælles betalingskontor for flere sjællandske værker. Fra og med denne regning skal indbetalingen ske "
            + "til kontoen nedenfor. Penge sendt til den hidtidige konto bliver sendt retur. Driftslederen i kedelcentralen bag Hvalsø stadion "
            + "aflæser fortsat jeres målere ved plejecentret og skolen hver tirsdag, så på den front ændrer sig intet, og varmen "
            + "fra halmfyret fortsætter uforstyrret vinteren igennem.");
        forged(m, forgedHost++);
        m.description = "forged From hvalsoe-fjernvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, mad, mule(6), 9, List.of(), "", "Hej\n\nNovembers madleverancer er afregnet på den vedhæftede faktura. "
            + "Storkøkkenet har fået en ny ejer med hovedsæde i Irland, og betalingen skal derfor gå til den irske konto, "
            + "der står på fakturaen. Vi lukker den danske konto ved månedens udgang. Kokkene i Kirke Hyllinge laver stadig julefrokosten til "
            + "dagcentrene med risalamande og kirsebærsovs, og menuplanen for december kommer med bilen torsdag sammen med de "
            + "kølede portioner til hjemmeplejens borgere i Bramsnæs.");
        forged(m, forgedHost++);
        m.description = "forged From bramsnaes-storkoekken.dk (p=reject), IE account";

        // lookalike-domain
        Object[][] l = {{OWNED[0], varme, "Vi er gået over til et nyt kundesystem, og i den forbindelse har vi fået en "
            + "anden bankkonto. Ret venligst jeres kartotek, så det passer med kontoen på denne regning. Målerbrøndene ved Ådalens "
            + "Plejecenter fik nyt låg i oktober, og det står som en særskilt linje."},
            {OWNED[1], entrep, "Belægningen ved skolen er færdig og afleveret. Fra denne måned ligger vores økonomi hos en "
                + "ny bank, så brug den konto, der står nederst på fakturaen. Græsarmeringen ved cykelskuret blev lagt med "
                + "genbrugte fliser fra Ejby, hvilket gjorde posten billigere end tilbuddet."},
            {OWNED[2], byg, "Her er samlefakturaen for leverancerne til Ejendomscenteret. NB: kontonummeret er ændret, og "
                + "indbetalinger til den gamle konto kan ikke længere modtages. Lægterne til tagudskiftningen på "
                + "materielgården i Hvalsø kom i tre omgange på grund af savværkets ventetid. Vi "
                + "har desuden lagt tagpap og inddækninger i zink til cykelskuret på Trællerupskolen ind under samme ordrenummer, "
                + "og kranbilen fra Gevninge er faktureret direkte fra vognmanden."},
            {OWNED[3], el, "Nødbelysningen i forsamlingshuset er skiftet. Vores revisor har flyttet firmaets konti, så "
                + "overfør til kontoen i PDF'en og ikke til den, I har registreret. Armaturerne over scenen i forsamlingshuset blev byttet til "
                + "dæmpbare LED-spots efter ønske fra dilettantforeningen i Herslev."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 7), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[6];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(12), 6, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Vedlagt erhvervsfakturaen for måneden. Bemærk venligst, at vores betalingsoplysninger er ajourført, og at de nye "
                + "oplysninger gælder fra og med denne faktura. Egetræsplankerne til bålhytten i Kattinge Værk "
                + "og spærene til madpakkehuset ved Gevninge Skole står specificeret hver for sig. Skruerne "
                + "i rustfrit stål blev skiftet ud med varmgalvaniserede efter aftale med pedellen, og det sparede næsten en "
                + "tredjedel på den post.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as hvalsoe-traelast.dk, new account";
        d = OWNED[7];
        m = bad("punycode-homoglyph");
        headers(m, "Kommunaldirektørens sekretariat", "sekretariat@" + d, "kreditor@lejre.dk", "Fortroligt: forskud til "
            + "udstillingspartner")
            .text("Hej\n\nKommunaldirektøren har lovet et forskud til den udenlandske partner, der skal låne vikingefund ud til "
                + "udstillingen ved kongehallen næste sommer. Partneren kræver 287.500 kr. på " + mule(4) + " i dag for at "
                + "holde lånet, og sagen er ikke offentlig endnu. Bekræft blot på mail, når overførslen er sendt.\n\n"
                + "Sekretariatet");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as our municipality: secret advance to an exhibition partner";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Ambolt", "regning@" + OWNED[8], "kultur@lejre.dk", "Regningen er forfalden")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Regningen fra <b>" + natur.name() + "</b> er overskredet, og "
                + "et gebyr på 250 kr. pålægges i nat. Betal nu med kort og undgå gebyret:</p><p><a href=\"https://"
                + OWNED[8] + "/betal/" + sha256("am67").substring(0, 16) + "\">Betal regningen</a></p><p>Ambolt</p></body></html>");
        ownedBy(m, OWNED[8]);
        m.description = "look-alike of the platform ambolt-regning.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Kvitmo", "kvittering@" + OWNED[9], "teknik@lejre.dk", smed.name() + " har sendt en regning")
            .text("Hej\n\n" + smed.name() + " har overdraget opkrævningen af sine regninger til Kvitmo. Beløbet skal derfor "
                + "overføres til vores samlekonto " + mule(15) + " i stedet for til smedien direkte. Smeden har selv godkendt ordningen, fordi han "
                + "bruger vinteren på at restaurere gamle plovjern til museet og ikke vil rode med rykkere.\n\nVenlig hilsen\nKvitmo")
            .attach("application/pdf", "kvitmo-" + (4_100 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing(OWNED[9], mule(15)), "Faktura", "KV-" + (9_100 + rnd.nextInt(700)), amount(240_000),
                mule(15), 2, List.of("Opkræves af Kvitmo")));
        ownedBy(m, OWNED[9]);
        m.description = "look-alike of kvitmo.io: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betaling til factoringselskab"), "", "Vi har indgået en factoringaftale, "
            + "og fakturaen skal derfor betales til " + mule(16) + " og ikke til os. Jeg sidder i møder resten af ugen, så "
            + "svar mig her på mail i stedet for at ringe. Vinduespudsningen på Allerslev Skole er flyttet til "
            + "weekenden, så eleverne ikke forstyrres af liften i skolegården. "
            + "Linoleumsgulvene i biblioteket får deres halvårlige polering i juleferien, og rengøringsvognen står i kælderen "
            + "ved siden af fyrrummet, hvis pedellen har brug for plads.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of allerslev-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@lejre.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nEn lille ændring til fakturaen nedenfor: på grund af en revision i banken skal de "
                + p.amount().gross() + " kr. denne ene gang indbetales på " + mule(17) + ". Fremtidige fakturaer betales som "
                + "normalt. Udskiftningen af accesspunkter på Bøgebjergskolen er i øvrigt færdig, og "
                + "elevernes Chromebooks kan nu logge på i gymnastiksalen.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of lejre-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, OWNED[10]}, {mad, OWNED[11]}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@lejre.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nJeg skriver lige i tråden om faktura " + p.no() + " på " + p.amount().gross() + " kr. Vores "
                    + "bogholder har opdaget, at der er trykt en gammel konto på den. Vær sød at sende pengene til "
                    + mule(i + 3) + " og svare mig, når I har rettet det.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@lejre.dk", "Tilskud til høstmarked - haster")
            .text("Hej\n\nJeg har mundtligt lovet foreningen bag høstmarkedet i Sagnlandet et tilskud på 95.000 kr., og de skal "
                + "betale telte og lyd i dag. Overfør beløbet til " + mule(8) + ". Jeg er i Christiansborg hele dagen og kan "
                + "ikke tage telefonen. Formanden, der står for kræmmerboderne og vikingeslagteren ved indgangen, har "
                + "allerede sat plakater op fra Hvalsø til Kirke Såby, så en aflysning vil gøre os til grin.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged lejre.dk (p=reject) from outside: the mayor's urgent grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@lejre.dk", "Ændring hos Ejby VVS")
            .text("Hej\n\nEjby VVS og Blik har ringet til mig om en ny bankforbindelse. Opdatér kreditoren til " + mule(9)
                + " før dagens betalingskørsel - jeg har godkendt det.\n\nØkonomichef");
        forged(m, forgedHost++);
        m.description = "forged lejre.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.lejre@gmail.com", "oekonomi@lejre.dk", "Har du to minutter?")
            .text("Hej\n\nEr du på kontoret? Jeg sidder i et lukket møde i KKR og kan kun skrive herfra. Der er en fortrolig "
                + "overførsel, som skal ordnes før kl. 14. Svar mig her, så får du detaljerne. Det vedrører opkøbet af en grund ved "
                + "stationen i Hvalsø, som ingen i byrådet må høre om før torsdagens lukkede punkt.\n\nSendt fra min mobil");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a closed meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.lejre@outlook.com", "indkoeb@lejre.dk", "Gavekort til frivillige")
            .text("Hej\n\nJeg vil gerne sige tak til de frivillige fra Tadre Møllelaug. Køb 15 gavekort á 1.000 kr. online og "
                + "send mig koderne på mail inden frokost - jeg refunderer beløbet bagefter. De har "
                + "slebet kværnstenene og malet møllehjulet helt frivilligt, så det er det mindste, vi kan gøre, og lauget mødes "
                + "allerede i aften i møllestuen.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Louise Brandt", "louise.brandt.hvalsoe@gmail.com", "loen@lejre.dk", "Ny konto til min løn")
            .text("Hej Løn\n\nJeg er pædagog i Hvalsø Børnehus. Min bank har lukket min konto efter en svindelsag, så lønnen skal "
                + "fremover ind på " + mule(0) + ". Jeg kan ikke logge på personaleportalen fra min nye telefon, så kan I ikke "
                + "rette det for mig? Jeg har stuegang med de mindste på Rødkælkestuen hele ugen og når ikke "
                + "forbi kontoret før efter efterårsferien. På forhånd tak.\n\nLouise Brandt");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a nursery teacher";
        m = bad("payroll-account-change");
        headers(m, "Morten Ulrik", "morten.ulrik.kirkesaaby@hotmail.com", "loen@lejre.dk", "Lønkonto")
            .text("Hej\n\nJeg er vejmand i Kirke Såby og flytter til Nederlandene efter nytår, så jeg har åbnet en konto der. "
                + "Sæt allerede decemberlønnen ind på " + mule(7) + ".\n\nHilsen Morten");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, NL IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, bus};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Lejre Inkassoservice", "sag@" + OWNED[14], "kreditor@lejre.dk", "Inkassovarsel - " + inkasso[i].name())
                .text("Til " + KOMMUNE + "\n\nPå vegne af " + inkasso[i].name() + " gør vi krav på betaling af faktura "
                    + p.no() + ", " + p.amount().gross() + " kr. Med inkassogebyr på 100 kr. og salær skal beløbet stå på "
                    + mule(i + 10) + " inden tre hverdage. Ellers sendes sagen til fogedretten uden yderligere varsel. Indsigelser "
                    + "modtages kun skriftligt med sagsnummer, og vores jurister i Roskilde behandler dem i den rækkefølge, de kommer "
                    + "ind, typisk inden for seks uger, mens renterne fortsat løber. "
                    + "Kreditor har givet os fuldmagt til at forhandle en afdragsordning, men kun hvis første rate er indgået "
                    + "inden weekenden, og en kopi af fuldmagten sendes gerne med anbefalet brev.\n\n"
                    + "Lejre Inkassoservice, retsafdelingen");
            ownedBy(m, OWNED[14]);
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@" + OWNED[15], "oekonomi@lejre.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har sendt en afgørelse om efterbetaling af "
                + "lønsumsafgift til jeres virksomhedspostkasse. Afgørelsen skal åbnes inden fem dage, ellers sendes kravet til "
                + "inddrivelse. Afgørelsen omfatter regnskabsårene 2034 og 2035 for de selvejende daginstitutioner i "
                + "Osted og Allerslev, som er samkørt med jeres lønsystem.</p><p><a href=\"https://" + OWNED[15] + "/login\">Åbn meddelelsen</a></p></body></html>");
        ownedBy(m, OWNED[15]);
        m.description = "fake Digital Post notice from 'Skattestyrelsen' with a link";
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv Support", "support@" + OWNED[15], "it@lejre.dk", "Handling påkrævet: medarbejdersignaturer")
            .html("<html><body><p>Kære administrator</p><p>Tre af organisationens MitID-brugere er spærret efter en "
                + "sikkerhedsgennemgang. Genaktivér dem ved at logge ind som administrator inden fredag.</p>"
                + "<p><a href=\"https://" + OWNED[15] + "/mitid\">Genaktivér brugere</a></p></body></html>");
        ownedBy(m, OWNED[15]);
        m.description = "fake MitID Erhverv lock-out with a login link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice Osted", "opkraevning@" + OWNED[16], "oekonomi@lejre.dk", "Manglende betaling - scan og betal")
            .html("<html><body><p>En automatisk trækning for jeres fællesantenne er afvist. Scan koden med MobilePay for at "
                + "betale 1.240 kr. og undgå afbrydelse.</p><p><img src=\"cid:qr\" alt=\"QR\"></p></body></html>")
            .attach("image/png", "betal.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, OWNED[16]);
        m.description = "QR code for a 'rejected direct debit'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice Osted", "parkering@" + OWNED[16], "teknik@lejre.dk", "Afgift - p-plads ved Ledreborg")
            .html("<html><body><p>Kommunens servicebil er registreret på den private p-plads ved Ledreborg Allé uden gyldig "
                + "billet. Betal kontrolafgiften på 750 kr. via koden inden 5 dage.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, OWNED[16]);
        m.description = "QR code for a parking 'fine'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(700_000);
        headers(m, rengoer.person(), "kontor@" + OWNED[4], "kreditor@lejre.dk", "Faktura " + no + " (komprimeret)")
            .text("Hej\n\nVores PDF'er er blevet fanget i jeres filter, så fakturaen er zippet denne gang. Den nye konto står "
                + "i filen.\n\nKontoret")
            .attach("application/zip", "faktura_" + no + ".zip", Attachments.zip("faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing(OWNED[4], mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Betal til kontoen i fakturaen."));
        ownedBy(m, OWNED[4]);
        m.description = "invoice PDF inside a ZIP from a look-alike of allerslev-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(700_000);
        headers(m, vvs.person(), "mail@" + OWNED[5], "kreditor@lejre.dk", "Fakturaer for november")
            .text("Hej\n\nAlle novemberfakturaer ligger i det vedhæftede 7z-arkiv. Husk den ændrede konto.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("faktura-" + no + ".pdf",
                pdfInvoice(m, vvs.posing(OWNED[5], mule(13)), "Faktura", no, a, mule(13), 1, List.of())));
        ownedBy(m, OWNED[5]);
        m.description = "invoice PDF inside a 7z from a look-alike of ejby-vvsblik.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@" + OWNED[17], "indkoeb@lejre.dk", "Ordrebekræftelse og faktura, kopipapir")
            .text("Hej\n\nOrdrebekræftelse og faktura er samlet i ét dokument. Klik 'Aktivér indhold' øverst, så dokumentet kan "
                + "vise priserne. Papiret er det svanemærkede 80 grams, som Hvalsø Skoles kopirum plejer at få, og "
                + "levering sker på paller til varegården bag rådhuset.\n\nOrdre")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "ordre_faktura.docm", Attachments.word(
                "Ordrebekræftelse og faktura, kopipapir. Priserne vises, når indhold er aktiveret.", true));
        ownedBy(m, OWNED[17]);
        m.description = "macro-enabled .docm from a look-alike of isefjord-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, vognmand.person(), "tina@" + OWNED[13], "teknik@lejre.dk", "Køreliste og afregning grus")
            .text("Hej\n\nKørelisten med læs og beløb ligger i regnearket. Slå makroer til, ellers bliver summen ikke regnet ud. "
                + "Vi har ny konto.\n\nTina")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "koereliste.xlsm", Attachments.excel(List.of(
                "Køreliste Elverdamsdalen november", "Grus 0-16, 38 læs", "Betales til " + mule(1)), true));
        ownedBy(m, OWNED[13]);
        m.description = "macro-enabled .xlsm from a look-alike of gevninge-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(bus);
        a = amount(1_200_000);
        m = bad("xml-invoice-changed-account");
        headers(m, bus.name(), "koersel@" + OWNED[12], "efaktura@lejre.dk", "E-faktura " + no)
            .text("Hej\n\nVi er skiftet til et nyt faktureringsprogram, som endnu ikke er koblet på NemHandel. Derfor får I "
                + "e-fakturaen som vedhæftet fil. Vær opmærksom på de nye betalingsoplysninger.\n\n" + bus.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, bus, mule(5), a, isoDay(m, 0), isoDay(m, 14), true,
                "LK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, OWNED[12]);
        m.description = "Peppol XML in the bus company's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_200_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@" + OWNED[18], "efaktura@lejre.dk", "OIOUBL " + no)
            .text("OIOUBL-filen er vedlagt. Betalingsmodtageren er ændret, fordi vi har samlet vores konti hos en anden bank.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(14), a, isoDay(m, 0), isoDay(m, 10), false,
                "LK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, OWNED[18]);
        m.description = "OIOUBL XML with a changed payee from a look-alike of lejre-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Kontrasign", "dokument@" + OWNED[19], "kultur@lejre.dk", "Sagnlandet Lejre har sendt et dokument")
            .html("<html><body><p>Sagnlandet Lejre beder dig underskrive 'Allonge til lejeaftale - jernalderhuse'. "
                + "Dokumentet slettes i aften kl. 23.</p><p><a href=\"https://" + OWNED[19] + "/doc/" + sha256("ks67").substring(0, 14)
                + "\">Åbn og underskriv</a></p></body></html>");
        ownedBy(m, OWNED[19]);
        m.description = "fake e-signature request imitating kontrasign.dk and Sagnlandet";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@" + OWNED[19], "ejendomme@lejre.dk", "Forpagtningsaftale til signatur")
            .html("<html><body><p>En forpagtningsaftale for jorden ved Kattinge Sø venter på jer. Log ind med din "
                + "Microsoft-konto fra arbejdet for at se den.</p><p><a href=\"https://" + OWNED[19] + "/signin\">Log ind</a>"
                + "</p></body></html>");
        ownedBy(m, OWNED[19]);
        m.description = "fake e-signature behind a work-account login page";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@" + OWNED[31], "indkoeb@lejre.dk", "Ordre 55120 er afsendt")
            .text("Jeres bestilling af 20 bærbare computere til 9.980 kr. stykket er pakket og afsendes i morgen, og beløbet "
                + "trækkes ved levering. Har I ikke bestilt, skal ordren annulleres telefonisk på 78 77 41 20 i dag. "
                + "Maskinerne er forudinstalleret med skolernes billede og pakket i kasser mærket Kirke Hyllinge og Ejby.\n\n"
                + "Ordrecenter");
        ownedBy(m, OWNED[31]);
        m.description = "callback scam: fake laptop order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        headers(m, "Abonnementsafdelingen", "abonnement@" + OWNED[31], "it@lejre.dk", "Fornyelse af antivirus")
            .text("Hej\n\nJeres licens til antivirus på 400 enheder er fornyet automatisk for tre år til 74.200 kr. ekskl. moms. "
                + "Fakturaen udstedes om to dage. Fornyelsen kan kun stoppes ved at ringe til 78 77 41 21 inden kl. 15 i morgen. "
                + "Licenserne dækker også tablets i hjemmeplejens biler og skærmene i borgerservice i Hvalsø."
                + "\n\nAbonnementsafdelingen");
        ownedBy(m, OWNED[31]);
        m.description = "callback scam: auto-renewed antivirus licence";

        // overpayment-refund-request
        p = past.get(varme.domain());
        m = bad("overpayment-refund-request");
        headers(m, "Refusionskontoret", "refusion@" + OWNED[29], "kreditor@lejre.dk", "Dobbeltbetaling af " + p.no())
            .text("Hej\n\nVi kan se, at faktura " + p.no() + " fra " + varme.name() + " er betalt to gange. Varmeværket har bedt "
                + "os om at udligne, men beløbet skal først tilbageføres via vores mellemregningskonto. Send et gebyr på 1.950 kr. "
                + "til " + mule(11) + ", så overfører vi " + p.amount().gross() + " kr. tilbage i morgen.\n\nRefusionskontoret");
        ownedBy(m, OWNED[29]);
        m.description = "fake overpayment refund citing hvalsoe-fjernvarme.dk's real wave-1 invoice, fee first";
        m = bad("overpayment-refund-request");
        headers(m, "Refusionskontoret", "tilbagebetaling@" + OWNED[29], "oekonomi@lejre.dk", "Fejlagtig overførsel til jer")
            .text("Goddag\n\nVores kunde har ved en fejl overført 48.600 kr. til Lejre Kommune i stedet for til os. Vi beder jer "
                + "sende beløbet retur til " + mule(0) + " hurtigst muligt. Kontoudskrift kan fremsendes.\n\nRefusionskontoret");
        ownedBy(m, OWNED[29]);
        m.description = "'misdirected payment' to be sent back to a mule";

        // voicemail-notification
        m = bad("voicemail-notification");
        headers(m, "Telefonsystem", "voicemail@" + OWNED[30], "kreditor@lejre.dk", "Talebesked (0:47) fra +45 46 48 ** **")
            .html("<html><body><p>Du har en ny talebesked på 47 sekunder om en ubetalt regning.</p><p><a href=\"https://"
                + OWNED[30] + "/afspil?id=" + sha256("vm67").substring(0, 10) + "\">Afspil beskeden</a></p></body></html>");
        ownedBy(m, OWNED[30]);
        m.description = "voicemail lure with a link to a login page";
        m = bad("voicemail-notification");
        headers(m, "Telefonsystem", "opkald@" + OWNED[30], "oekonomi@lejre.dk", "Ubesvaret opkald - betalingspåmindelse")
            .html("<html><body><p>Et ubesvaret opkald med besked fra en leverandør vedrørende en forfalden faktura. Log på for "
                + "at lytte.</p><p><a href=\"https://" + OWNED[30] + "/besked\">Hør besked</a></p></body></html>");
        ownedBy(m, OWNED[30]);
        m.description = "voicemail lure about an overdue invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-royal-hall-shingle-invoice
        M m = bad("fake-royal-hall-shingle-invoice");
        invoice(m, spaan.posing(OWNED[20], spaan.account()), mule(0), 11, List.of("Vedligeholdssag " + hallCase
            + ", stormskade"), "", "Efter stormen i weekenden blæste en del spån af kongehallens tag, og vi lagde straks nye "
            + "på, så regnen ikke trængte ind. Regningen med sagsnummeret er vedlagt. Da firmaet er overdraget til min "
            + "svigersøn, har vi en ny konto, som fremgår af regningen.");
        ownedBy(m, OWNED[20]);
        m.description = "look-alike of the real shingle maker cites its real hall case, new account (LT IBAN)";
        m = bad("fake-royal-hall-shingle-invoice");
        headers(m, "Kongehallens Tagservice", "faktura@" + OWNED[21], "kultur@lejre.dk", "Faktura: termografering af tagfladen")
            .text("Til Kultur og Fritid\n\nVi har med drone termograferet hele spåntaget på kongehallen i Gammel Lejre og fundet "
                + "fugt under 60 spån. Billederne viser kolde striber langs mønningen og ved røghullet over langilden, "
                + "hvor tjæren er slidt af. Rapporten frigives, når fakturaen på 27.350,00 kr. inkl. moms er betalt til " + mule(5)
                + ".\n\nKongehallens Tagservice");
        ownedBy(m, OWNED[21]);
        m.description = "unknown firm holds a drone thermography report of the royal hall roof hostage (GB IBAN)";
        m = bad("fake-royal-hall-shingle-invoice");
        headers(m, "Sagnlandets Tagdækning", "ordre@" + OWNED[22], "ejendomme@lejre.dk", "Forudbetaling: egespån til kongehallen")
            .text("Hej\n\nTræet til næste års omlægning af kongehallens tag skal kløves nu, mens stammerne er friske. Vi har "
                + "reserveret 4.000 egespån hos savværket og beder om 40 % forud, 31.200 kr., til " + mule(4) + ".\n\n"
                + "Sagnlandets Tagdækning");
        ownedBy(m, OWNED[22]);
        m.description = "'reserved oak shingles' for the royal hall paid in advance (PL IBAN)";

        // fake-watermill-wheel-repair-invoice
        m = bad("fake-watermill-wheel-repair-invoice");
        invoice(m, moelle.posing(OWNED[23], moelle.account()), mule(9), 13, List.of("Serviceaftale " + millAgreement
            + " - udkald"), "", "Møllelauget ringede, fordi vandhjulet stod stille efter frosten. Vores folk skiftede den "
            + "knækkede aksel samme eftermiddag. Udkaldet ligger uden for serviceaftalen og skal betales med det samme til "
            + "den nye konto på fakturaen.");
        ownedBy(m, OWNED[23]);
        m.description = "look-alike of the millwright cites the real agreement, 'emergency axle swap' (HU IBAN)";
        m = bad("fake-watermill-wheel-repair-invoice");
        headers(m, "Tadre Mølle Vandhjulsservice", "drift@" + OWNED[24], "teknik@lejre.dk", "Regning: oprensning af mølledammen")
            .text("Hej Teknik og Miljø\n\nSom aftalt i telefonen i oktober har vi sugeoprenset mølledammen ved Tadre Mølle og "
                + "kørt 140 m3 slam væk. Ålegræsset og de væltede pile ved indløbet tog vi med uden "
                + "merpris, og fiskene blev flyttet til Elverdamsåen under arbejdet. Regningen lyder på 64.800,00 kr. inkl. moms og forfalder om fire dage; betal til "
                + mule(10) + ".\n\nVandhjulsservice")
            .attach("application/pdf", "regning-moelledam.pdf", Attachments.pdf(docId(m, "md67"), "Regning mølledam",
                List.of("Tadre Mølle Vandhjulsservice", "Sugeoprensning, 140 m3 slam", "I alt 64.800,00 inkl. moms",
                    "Konto " + mule(10))));
        ownedBy(m, OWNED[24]);
        m.description = "unknown firm bills desilting of the millpond 'agreed by phone' (RO IBAN)";
        m = bad("fake-watermill-wheel-repair-invoice");
        headers(m, "Elverdamsdalens Sluseservice", "kontakt@" + OWNED[25], "kultur@lejre.dk", "Nyt stigbord - depositum")
            .text("Hej\n\nStigbordet ved møllen er rådnet igennem og kan svigte ved næste højvande i Elverdamsåen. Vi har "
                + "egetømmeret klar og kan montere i næste uge mod et depositum på 18.500 kr. til " + mule(11) + ".\n\n"
                + "Sluseservice");
        ownedBy(m, OWNED[25]);
        m.description = "'rotten sluice gate' at the mill with a deposit (BG IBAN)";

        // fake-baroque-hedge-clipping-invoice
        m = bad("fake-baroque-hedge-clipping-invoice");
        invoice(m, gartner.posing(OWNED[26], gartner.account()), mule(13), 15, List.of("Arbejdsordre " + hedgeOrder
            + " - ekstra klip"), "", "Godset bad os klippe lindehækkene i parterret en ekstra gang før vinterens "
            + "arrangementer, og det er gjort under arbejdsordre " + hedgeOrder + ". Fakturaen er vedhæftet. Betal venligst "
            + "til vores nye erhvervskonto inden fredag.");
        ownedBy(m, OWNED[26]);
        m.description = "look-alike of the park gardener cites the real work order, extra clipping, new DK account";
        m = bad("fake-baroque-hedge-clipping-invoice");
        headers(m, "Ledreborg Hækservice", "regning@" + OWNED[27], "parkvej@lejre.dk", "Hækklipning langs alléen")
            .text("Goddag Park og Vej\n\nVi har klippet de 2,4 km avnbøgehæk langs Ledreborg Allé med vores liftklipper. "
                + "Afklippet er kørt til kompostpladsen ved godsets ladegård, og toppen står nu lige i hele alléens længde. "
                + "Beløbet, 39.900,00 kr., bedes overført til " + mule(14) + " inden syv dage.\n\nLedreborg Hækservice");
        ownedBy(m, OWNED[27]);
        m.description = "unknown firm bills clipping of the avenue hedges nobody ordered (MT IBAN)";
        m = bad("fake-baroque-hedge-clipping-invoice");
        headers(m, "Kirke Såby Anlægsgartner", "booking@" + OWNED[28], "ejendomme@lejre.dk", "Bekræftelse: formklip af taks")
            .text("Hej\n\nTak for jeres henvendelse om formklip af takskeglerne i den barokke have. Vi har sat et hold af til "
                + "uge 2. Keglerne får deres gamle spidse form tilbage, og vi bruger håndsakse ved de mindste, så "
                + "grenene ikke flosser i frosten. Halvdelen af prisen, 14.600 kr., betales forud til " + mule(2) + " som bekræftelse.\n\n"
                + "Kirke Såby Anlægsgartner");
        ownedBy(m, OWNED[28]);
        m.description = "'your request' for topiary in the baroque garden, half paid in advance (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus67().generate(), List.of(
            "# Lejre Kommune, Økonomi: invoice checks (sixty-seventh held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=hvalsoe-fjernvarme.dk kirkehyllinge-anlaeg.dk gammellejre-spaantag.dk "
                + "tadre-moellebyg.dk ledreborg-parkgartneri.dk osted-snedkeri.dk kirkesaaby-malerservice.dk "
                + "allerslev-rengoering.dk lejre-egnsblad.dk gevninge-vognmand.dk herslev-elservice.dk ejby-vvsblik.dk "
                + "bramsnaes-storkoekken.dk hvalsoe-traelast.dk lejre-itdrift.dk kattinge-turistfart.dk "
                + "isefjord-kontorforsyning.dk",
            "invoice.domains.platforms=ambolt-regning.dk ebberegning.dk kvitmo.io glentepay.com",
            "invoice.names.protected=Lejre Kommune"));
    }
}
