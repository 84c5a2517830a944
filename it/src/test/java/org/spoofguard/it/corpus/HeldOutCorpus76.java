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
 * The seventy-sixth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Frederikssund Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, nature,
 * culture, schools, elderly care and property mailboxes; town hall Torvet 2, 3600 Frederikssund) at the narrows of Roskilde
 * Fjord: Frederikssund with Kronprinsesse Marys Bro and the Viking play on Kalvøen, the new town Vinge, Jægerspris, Slangerup,
 * Skibby and the villages of Hornsherred (Kulhuse, Selsø, Gerlev, Kyndby, Lyngerup, Oppe Sundby, Sønderby, Dalby Huse,
 * Kignæs, Marbæk); sixteen listed suppliers from those places in every DNS posture real Danish firms have (one sending
 * through a web hoster named in its SPF), four invoicing platforms ({@code betalsti.dk}, {@code fakturakrog.dk}, {@code
 * opkraevio.com}, {@code kvitteret.dk}), a firm building the grandstand and sound for the Viking play on Kalvøen, a marine
 * biology firm transplanting eelgrass in the fjord, sole traders on free mail, foreign suppliers, SaaS ({@code bookfix.dk},
 * {@code vagtplanio.io}), an ESP ({@code postflaade.com}), an e-signature service ({@code signfjord.dk}), banks, a creditor
 * list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, domain-renewal invoices, payroll changes, look-alikes, homoglyphs) and two kinds new here: grandstand, sound,
 * torches or stage work for the Viking play on Kalvøen billed by someone who never built them
 * (fake-viking-play-grandstand-invoice), and eelgrass transplanting, diving surveys or seedlings for the restoration of
 * Roskilde Fjord and Isefjord billed to a new account (fake-eelgrass-transplanting-invoice). The invoice engine, its tests,
 * tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus76GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus76 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout76");
    public static final String OWN = "frederikssund.dk";
    static final String FRAUD_NET = "127.176.";
    private static final String OWN_IP = "127.76.0.1";
    private static final String EAN = "5798008452218";
    private static final String KOMMUNE = "Frederikssund Kommune";
    private static final String RAADHUS = "Torvet 2, 3600 Frederikssund";
    private static final String HOSTER_IP = "127.76.9.1";
    private static final String GMAIL = "127.78.1.1";
    private static final String MSFT = "127.78.2.1";
    private static final String APPLE = "127.78.5.1";

    private final Random rnd = new Random(76_3600_0076L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The grandstand firm's order number for this year's Viking play (the frauds cite it). */
    private String playOrder;
    /** The eelgrass project's case number with the nature department (the frauds cite it). */
    private String eelgrassCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 15, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "5.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Jægerspris Kraftvarme a.m.b.a.", "jaegerspris-kraftvarme.dk", "Kundeservice",
        "kundeservice", "127.76.1.1", iban("DK", "20000007612044"), "fjernvarme til Jægerspris Skole, Bakkegården og Rådhuset");
    private final Supplier entrep = new Supplier("Slangerup Anlæg ApS", "slangerup-anlaeg.dk", "Mikkel Thorsen", "mt",
        "127.76.1.2", bank("2270", "7610223345"), "nye fortove og regnvandsbassin ved Vinge Station");
    private final Supplier tribune = new Supplier("Kalvø Scene & Tribune ApS", "kalvoe-tribune.dk", "Bogholderiet",
        "bogholderi", "127.76.1.3", iban("DK", "30000007623051"), "opstilling af tribune, lyd og fakler til Vikingespillet på "
        + "Kalvøen");
    private final Supplier havbio = new Supplier("Kulhuse Havmiljø ApS", "kulhuse-havmiljoe.dk", "Havbiolog Nanna Vig",
        "nanna", "127.76.1.4", bank("0400", "4017665012"), "udplantning og overvågning af ålegræs i Roskilde Fjord og Isefjorden");
    private final Supplier toemrer = new Supplier("Skibby Tømrer og Snedker ApS", "skibby-toemrer.dk", "Jens Krogh", "jk",
        "127.76.1.5", bank("2270", "7610331190"), "nye døre og lofter i Skibby Skoles indskolingsfløj");
    private final Supplier maler = new Supplier("Gerlev Malerforretning v/ Tove Brandt", "gerlev-maler.dk", "Tove Brandt", "tove",
        "127.76.1.6", bank("0400", "4017702288"), "indvendig maling af Slangerup Bibliotek");
    private final Supplier rengoer = new Supplier("Frederikssund Rengøring ApS", "frederikssund-rengoering.dk", "Kontoret",
        "kontor", "127.76.1.7", iban("DK", "20000007645518"), "daglig rengøring af Rådhuset, Jobcentret og Frederikssund Hallen");
    private final Supplier avis = new Supplier("Hornsherred Posten", "hornsherred-posten.dk", "Annonceafdelingen", "annonce",
        "127.76.1.8", iban("DK", "30000007657702"), "annoncer: lokalplan for Vinge Centrum og stillinger på plejecentrene");
    private final Supplier vognmand = new Supplier("Kyndby Vognmandsforretning ApS", "kyndby-vognmand.dk", "Per Ravn",
        "per", "127.76.1.9", bank("2270", "7610448871"), "bortkørsel af opgravet jord fra Vinge og udlægning af grus i Marbæk");
    private final Supplier el = new Supplier("Oppe Sundby El ApS", "oppesundby-el.dk", "Kasper Holm", "kh", HOSTER_IP,
        bank("0400", "4017719934"), "ny LED-belysning i Oppe Sundby Hallen og tavleeftersyn");
    private final Supplier vvs = new Supplier("Lyngerup VVS ApS", "lyngerup-vvs.dk", "Værkstedet", "mail", "127.76.1.11",
        bank("2270", "7610556602"), "udskiftning af varmtvandsbeholdere på Plejecenter Tolvkarlehusene");
    private final Supplier mad = new Supplier("Selsø Madservice A/S", "selsoe-madservice.dk", "Selsø Madservice, Økonomi",
        "oekonomi", "127.76.1.12", iban("DK", "30000007668840"), "varm mad til hjemmeboende borgere og plejecentrenes afdelinger");
    private final Supplier byg = new Supplier("Vinge Trælast A/S", "vinge-traelast.dk", "Erhvervssalg", "erhverv",
        "127.76.1.13", iban("DK", "20000007679923"), "trælast og beslag til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Slangerup IT-Drift ApS", "slangerup-itdrift.dk", "Fakturering", "faktura",
        "127.76.1.14", bank("0400", "4017733051"), "drift af skolernes trådløse net og elevernes Chromebooks");
    private final Supplier bus = new Supplier("Hornsherred Turistfart ApS", "hornsherred-turistfart.dk", "Kørselskontoret",
        "koersel", "127.76.1.15", bank("2270", "7610667114"), "skolebus Kulhuse-Skibby-Jægerspris og kørsel til svømmehallen");
    private final Supplier kontor = new Supplier("Frederikssund Kontorforsyning ApS", "frederikssund-kontor.dk", "Ordrekontoret",
        "ordre", "127.76.1.16", iban("DK", "30000007681156"), "kopipapir, blækpatroner og mapper til Rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Kignæs Smedie v/ Bo Lassen", "kignaes-smedie.dk", "Bo Lassen", "bo",
        "127.76.2.1", bank("2270", "7610778320"), "nyt rækværk på badebroen ved Kulhuse");
    private final Supplier natur = new Supplier("Marbæk Naturpleje v/ Signe Holt", "marbaek-naturpleje.dk", "Signe Holt",
        "signe", "127.76.2.2", bank("0400", "4017747765"), "fåregræsning og rydning af opvækst på overdrevet ved Marbæk");
    private final Supplier guide = new Supplier("Vikingeguide Rasmus Lund", "gmail.com", "Rasmus Lund", "rasmus.lund.vikingeguide",
        GMAIL, bank("2270", "7610889041"), "vikingeforløb for 5. årgang på Kalvøen, 3 dage");
    private final Supplier tolk = new Supplier("Tolk Fatima Rahimi", "outlook.com", "Fatima Rahimi", "fatima.rahimi.tolk", MSFT,
        bank("0400", "4017758819"), "tolkning farsi-dansk, Jobcentret, 5 samtaler");
    private final Supplier musik = new Supplier("Harmonikaspiller Ejnar Bach", "icloud.com", "Ejnar Bach", "ejnar.bach.harmonika",
        APPLE, bank("2270", "7610990152"), "eftermiddagsmusik på Plejecenter Tolvkarlehusene og Østergården");
    private final Supplier tysk = new Supplier("Hamburger Tribünenbau GmbH", "hamburger-tribuenenbau.de", "Buchhaltung",
        "buchhaltung", "127.79.1.1", iban("DE", "200505501287764410"), "Stahlkupplungen und Sitzbänke für die Tribüne auf Kalvøen");
    private final Supplier svensk = new Supplier("Bohusläns Marinbiologi AB", "bohuslans-marinbiologi.se", "Fakturor", "faktura",
        "127.79.2.1", iban("SE", "45800000081234567890"), "ålgräsplantor och sjökort över provytor i Roskilde fjord");

    private final List<Supplier> listed = List.of(varme, entrep, tribune, havbio, toemrer, maler, rengoer, avis, vognmand, el,
        vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name of Frederikssund; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"jaegerspris-kraftvarme.com", "slangerup-anlag.dk", "vinge-traelast-as.dk",
        idn("vinge-tr\u0430elast.dk"), idn("frederikssund-kommun\u0435.dk"), "betalsti-frederikssund.dk",
        "fakturakrog-skibby.com", "skibby-tomrer.dk", "selsoe-madservice.com", "hornsherred-inkasso.dk",
        "mitid-frederikssund.com", "digitalpost-jaegerspris.com", "kulhuse-parkering.dk", "slangerup-betaling.net",
        "frederikssund-rengoring.dk", "lyngerup-vvs.net", "frederikssund-kontor.net", "slangerup-itdrift.net",
        "gerlev-malerforretning.dk", "kyndby-vognmand.net", "slangerup-anlaeg.net", "signfjord-frederikssund.dk",
        "dokumenter-jaegerspris.net", "hornsherred-turistfart.net", "lyngerup-vvs-aps.dk", "dk-domaener-frederikssund.com",
        "hornsherred-domaeneservice.net", "kalvoe-tribune.com", "frederikssund-vikingescene.dk", "kalvoeen-lyd-lys.dk",
        "kulhuse-havmiljo.dk", "sonderby-aalegraes.dk", "dalby-huse-havbund.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(tribune.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(havbio.domain(), List.of(havbio.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.76.98.7"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.76.1.23"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hornsherred-affald.dk", List.of("127.76.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kystvagt-fjordtilsyn.dk", List.of("127.76.3.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vikingespil-kalvoe.dk", List.of("127.76.3.3"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("jaegerspris-efterskole.dk", List.of("127.76.3.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("frederikssund-revision.dk", List.of("127.76.3.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("slangerup-isenkram.dk", List.of("127.76.3.6"), "-all", null, "none");
        domain("frederikssund-lystbaadehavn.dk", List.of("127.76.3.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("betalsti.dk", List.of("127.76.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("fakturakrog.dk", List.of("127.76.12.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("opkraevio.com", List.of("127.76.13.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("kvitteret.dk", List.of("127.76.14.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("hornsherred-sparekasse.dk", List.of("127.76.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordsjaellands-andelsbank.dk", List.of("127.76.22.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-nordsjaelland.dk", List.of("127.76.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nordsjaellands-bogholdere.dk", List.of("127.76.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fjordkommunernes-indkoeb.dk", List.of("127.76.25.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postflaade.com", List.of("127.76.26.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelvarsel-sjaelland.dk", List.of("127.76.27.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.hornsherred-fiber.dk", List.of("127.76.28.1"), "-all", null, null);
        domain("relay.slangerup-net.dk", List.of("127.76.29.1"), "-all", null, null);
        domain("bookfix.dk", List.of("127.76.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtplanio.io", List.of("127.76.31.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signfjord.dk", List.of("127.76.32.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "none", null, "reject"};
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
        switch (Math.floorMod(sha256("no76:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "FS-" + (3_100 + rnd.nextInt(6_000));
            case 2:
                return String.valueOf(52_000 + rnd.nextInt(30_000));
            case 3:
                return "F36-" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "36/" + (1_100 + rnd.nextInt(800));
            default:
                return "D" + (71_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@frederikssund.dk", "efaktura@frederikssund.dk", "kreditor@frederikssund.dk",
        "oekonomi@frederikssund.dk", "vejpark@frederikssund.dk", "skole@frederikssund.dk", "sundhed@frederikssund.dk",
        "kultur@frederikssund.dk", "ejendom@frederikssund.dk", "indkoeb@frederikssund.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf76:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr76:" + domain).hashCode(), 7_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi76:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "jaegerspris-kraftvarme.dk" -> "Ådalsvej 11, 3630 Jægerspris";
            case "slangerup-anlaeg.dk" -> "Industriparken 7, 3550 Slangerup";
            case "kalvoe-tribune.dk" -> "Kalvøvej 4, 3600 Frederikssund";
            case "kulhuse-havmiljoe.dk" -> "Kulhusvej 210, 3630 Jægerspris";
            case "skibby-toemrer.dk" -> "Bygaden 19, 4050 Skibby";
            case "gerlev-maler.dk" -> "Gerlev Strandvej 3, 3630 Jægerspris";
            case "frederikssund-rengoering.dk" -> "Ved Ringen 28, 3600 Frederikssund";
            case "hornsherred-posten.dk" -> "Jernbanegade 6, 3600 Frederikssund";
            case "kyndby-vognmand.dk" -> "Kyndbyvej 44, 3630 Jægerspris";
            case "oppesundby-el.dk" -> "Oppe Sundbyvej 90, 3600 Frederikssund";
            case "lyngerup-vvs.dk" -> "Lyngerupvej 15, 3630 Jægerspris";
            case "selsoe-madservice.dk" -> "Selsøvej 61, 4050 Skibby";
            case "vinge-traelast.dk" -> "Vinge Allé 2, 3600 Frederikssund";
            case "slangerup-itdrift.dk" -> "Kongensgade 17, 3550 Slangerup";
            case "hornsherred-turistfart.dk" -> "Hovedgaden 98, 4050 Skibby";
            case "frederikssund-kontor.dk" -> "Havnegade 31, 3600 Frederikssund";
            case "kignaes-smedie.dk" -> "Kignæsvej 9, 3600 Frederikssund";
            case "marbaek-naturpleje.dk" -> "Marbækvej 38, 3600 Frederikssund";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a specification with an item table (quantity, unit price, line total) and a
     * "to pay" box; an account of work done per day with the giro line (card 71); a quarterly or monthly charge with meter
     * reading and the giro line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = s.name() + " - " + title + " " + no;
                l.add((addr.isEmpty() ? "" : addr + "  |  ") + "CVR " + cvr(s.domain()) + "  |  " + s.domain());
                l.add("Kunde: " + KOMMUNE + ", " + RAADHUS + "  |  EAN " + EAN);
                l.add("Udstedt den " + writtenDay(m, 0) + "  |  Vores reference: " + s.person());
                l.add("Pos. 1  " + s.what() + "  antal 1  stk.pris kr. " + a.net() + "  linjesum kr. " + a.net());
                l.add("Momsgrundlag kr. " + a.net() + "  |  Moms af grundlaget kr. " + a.vat() + "  |  Til betaling kr. " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned plus tredive dage, sidste rettidige betaling den " + writtenDay(m, 30));
                if (account != null) {
                    l.add("Bankoverførsel til " + account + " med fakturanr. som tekst");
                }
            }
            case 1 -> {
                head = title + " " + no + " - udført arbejde";
                l.add(s.name() + ", " + addr + ", CVR " + cvr(s.domain()));
                l.add("Rekvirent: " + KOMMUNE + " (EAN " + EAN + ") - opgave: " + s.what());
                long labour = a.ore() * 61 / 100;
                long van = a.ore() * 6 / 100;
                l.add("Arbejdsløn kr. " + kr(labour) + "  |  Servicebil kr. " + kr(van) + "  |  Materialer kr. " + kr(a.ore() - labour - van));
                l.add("Sum uden moms kr. " + a.net() + "  plus moms kr. " + a.vat() + "  giver i alt kr. " + a.gross());
                l.add("Udført af " + s.name() + " for " + KOMMUNE + " - se timesedlerne for de enkelte dage");
                l.addAll(more);
                l.add("Forfalder " + writtenDay(m, 21) + (account == null ? "" : ", indsættes på " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = title + " " + no + " (aconto og forbrug)";
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Aftalenr. " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - " + KOMMUNE);
                l.add("Periode fra den " + writtenDay(m, -31) + " til den " + writtenDay(m, -1));
                l.add("Ydelse: " + s.what());
                long fixed = a.ore() * 42 / 100;
                l.add("Fast bidrag kr. " + kr(fixed) + "  |  Variabel del efter aflæsning kr. " + kr(a.ore() - fixed));
                l.add("Beløb før moms kr. " + a.net() + "  |  moms kr. " + a.vat() + "  |  I alt kr. " + a.gross());
                l.addAll(more);
                l.add("Sidste betalingsdag er den " + writtenDay(m, 14) + (account == null ? "" : "  |  Konto " + account));
                if (own) {
                    l.add("Betalingslinje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Frederikssund Kommune " + no + ".pdf",
            "FAK-" + no + ".pdf", "dokument_" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", "fak" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Kære Frederikssund Kommune", "Til kreditorbogholderiet", "Hej kreditor",
        "Godmorgen", "Til rette vedkommende", "Hej Frederikssund", "Hej økonomi", "Goddag kreditorteamet"};

    private String phone() {
        return "47 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig76:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMange hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + " - telefon " + phone();
            case 2:
                return "\n\nMed hilsen\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\nmvh " + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " | www." + s.domain());
            default:
                return "\n\nVenlige hilsner fra\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura " + no + " - " + KOMMUNE, s.name() + ": faktura " + no,
            "Faktura fra " + s.name(), "Fakt. " + no + " / EAN " + EAN, "Regning " + no, "Faktura " + no + " vedhæftet",
            "Fakturering: " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed fakturaen for " + s.what() + ". Den ligger som PDF i mailen.";
            case 1 -> "Fakturanummer " + no + " lyder på " + a.gross() + " kr. med moms og skal være betalt " + writtenDay(m, 30)
                + ".";
            case 2 -> "Vi har også lagt fakturaen ind via NemHandel på EAN " + EAN + ", så betal den kun én gang, tak.";
            case 3 -> "Tak for samarbejdet denne gang. Her er fakturaen.";
            case 4 -> "Fakturanr.: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfald: " + dottedDay(m, 30);
            case 5 -> "Arbejdet er afsluttet, og fakturaen er vedlagt. Jeres indkøbsnummer er påført.";
            case 6 -> "Så er der faktura for sidste måneds leverancer. Ring, hvis noget ikke stemmer med jeres bestilling.";
            default -> "Fakturaen er vedlagt denne mail.";
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
        if (List.of(varme, rengoer, mad, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, tribune, havbio, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Torvet 2", "Frederikssund", "3600", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Netto 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        playOrder = "VK-" + (4_100 + rnd.nextInt(700));
        eelgrassCase = "NM-" + (7_300 + rnd.nextInt(500));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == tribune ? List.of("Ordre " + playOrder + ": tribune 1.400 pladser, nedtagning og opbevaring")
                : s == havbio ? List.of("Sag " + eelgrassCase + ": udplantning af 2.000 skud ved Kulhuse Rev, dykkerdage 4")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af havnefogeden i Kulhuse"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices the railing on the Kulhuse jetty, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, vognmand);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsnr. FK-" + (20_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@frederikssund.dk", "") + " i " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Vinge Skole, 2. etape" : "Rammeaftale 2035-2038, delaftale 3"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 1 ? "\n\nLeveringsbeviserne ligger med i mailen." : "");
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "leveringsbeviser.pdf", Attachments.pdf(docId(m, "lb"), "Leveringsbeviser",
                    List.of(s.what(), "Modtaget og kvitteret af Ejendomscentret, Frederikssund", "Antal leveringer: " + (2 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", via its web hoster" : "")
                + (s == vognmand ? " (SPF names only its booking system: softfail, p=none)" : "");
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Et parti terrassebrædder var vredet og er kørt retur til lageret."},
            {kontor, "Kreditnota til faktura ", "Tre kasser blækpatroner passede ikke til jeres printere og er sendt tilbage."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (600 + rnd.nextInt(300));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@frederikssund.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnotaen " + no + " på " + a.gross() + " kr. ligger her; træk "
                    + "den gerne fra i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi mangler vi stadig betaling for annoncerne herunder. "
            + "Har I allerede betalt, beder vi jer se bort fra mailen."},
            {entrep, "Rykker 1", "Betalingsfristen er overskredet med knap to uger. Der er ikke beregnet rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@frederikssund.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 5] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Beløbet betales til vores sædvanlige konto " + s.account() + "." + signature(s))
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
        headers(m, s.person(), addr(s), "kreditor@frederikssund.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej kreditor\n\nSom ønsket til jeres afstemning: vi har registreret betalingen af faktura " + p.no()
                + ", og jeres saldo hos os er nul." + signature(s));
        genuine(m, s.ip());
        m.description = "kyndby-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 0;
            String ref = "FK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@frederikssund.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej e-faktura\n\nVores nye regnskabsprogram er endnu ikke koblet på NemHandel, så denne gang kommer "
                    + "e-fakturaen som XML-fil i mailen sammen med en læsbar PDF. Kontonummeret er uændret. Hvis den samme "
                    + "faktura også når jer ad den normale vej, er det naturligvis kun den ene, der skal betales.\n\nHilsen\n"
                    + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Indkøbsnr. " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF copy, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"betalsti.dk", "fakturakrog.dk", "opkraevio.com", "kvitteret.dk"};
        Supplier[] who = {natur, smed, guide, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "return-" + sha256("plat76:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "KV-" + (30_000 + rnd.nextInt(9_000));
                headers(m, "Kvitteret", "opkraevning@kvitteret.dk", "skole@frederikssund.dk", "Opkrævning " + no
                    + " - vikartimer november")
                    .text("Til " + KOMMUNE + ", Skole og Dagtilbud\n\nHer er opkrævningen for de vikartimer på Slangerup Skole, "
                        + "som skolelederen har attesteret for november (122 timer). Vikarerne er ansat og lønnet hos os.\n\n"
                        + "I alt " + a.gross() + " kr., forfald " + dottedDay(m, 20) + ".\n\nVenlig hilsen\nKvitteret")
                    .attach("application/pdf", "Kvitteret-" + no + ".pdf", Attachments.pdf(docId(m, "kv"), "Opkrævning " + no,
                        List.of("Kvitteret ApS", "Kunde: " + KOMMUNE + ", Skole og Dagtilbud", "Vikartimer november 2036: 122",
                            "Netto " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross(), "Konto " + iban("DK", "20000007702290"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform kvitteret.dk bills attested substitute-teacher hours under its own name";
                continue;
            }
            String no = "B" + (400_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "vejpark@frederikssund.dk" : "natur@frederikssund.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med sidste betalingsdag "
                    + dottedDay(m, 14) + ".</p><p>Fakturaen er vedhæftet som PDF. Besvarer du denne e-mail, kommer svaret "
                    + "direkte frem til " + s.person() + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i]
                    + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, guide, tolk, musik, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, derfor er der ikke lagt "
                + "moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HT-" + (36_400 + rnd.nextInt(700));
        Amount a = amount(900_000);
        headers(m, "Hamburger Tribünenbau", addr(tysk), "kultur@frederikssund.dk", "Rechnung " + no + " - Tribüne Kalvøen")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über Stahlkupplungen und Sitzbänke für "
                + "die Zuschauertribüne auf Kalvøen. Steuerschuldnerschaft des Leistungsempfängers.\n\nMit freundlichen "
                + "Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg", "Kunde: " + KOMMUNE + ", Kultur og Fritid", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "BM" + (5_200 + rnd.nextInt(700));
        headers(m, "Bohusläns Marinbiologi", addr(svensk), "natur@frederikssund.dk", "Faktura " + no + " - ålgräsplantor")
            .text("Hej,\n\nBifogat finns fakturan för ålgräsplantorna och sjökorten över provytorna i Roskilde fjord, som "
                + "er havbiolog beställde i oktober. Vänligen betala till vårt konto enligt fakturan.\n\nVänliga hälsningar\n"
                + "Fakturor, Bohusläns Marinbiologi AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Summa SEK " + kr(a.ore() * 3 / 2),
                    "Betala till IBAN: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(300_000);
        headers(m, "Bookfix Billing", "billing@bookfix.dk", "kultur@frederikssund.dk", "Your Bookfix invoice for December")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Bookfix (booking of halls and meeting rooms, "
                + "14 venues incl. Frederikssund Hallen and Slangerup Idrætscenter). It is also delivered to EAN " + EAN
                + ".\n\nTotal DKK " + a.gross() + "\n\nBookfix")
            .attach("application/pdf", "bookfix-" + isoDay(m, 0) + ".pdf", Attachments.pdf(docId(m, "bf"), "Invoice",
                List.of("Bookfix ApS", "Customer: " + KOMMUNE, "Hall booking, 14 venues, December 2036", "DKK " + a.gross())));
        genuine(m, "127.76.30.1");
        m.description = "SaaS bookfix.dk invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(300_000);
        headers(m, "Vagtplanio", "receipts@vagtplanio.io", "sundhed@frederikssund.dk", "Kvittering: Vagtplanio årslicens")
            .text("Hej\n\nTak for betalingen af årslicensen til Vagtplanio (vagtplaner for hjemmeplejen, 210 brugere). Vi har "
                + "trukket " + a.gross() + " kr. på kortet, der ender på 4471.\n\nVagtplanio");
        genuine(m, "127.76.31.1");
        m.description = "SaaS vagtplanio.io receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("0400", "4018012276");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@frederikssund.dk", "Vi skifter bank pr. 1. december")
            .text("Til kreditorbogholderiet\n\nSkibby Tømrer og Snedker har flyttet forretningen til Andelsbanken i Skibby. "
                + "Fakturaer dateret 1. december 2036 og derefter skal betales til " + nyT + ". Ældre fakturaer betales til "
                + "den konto, der står på dem.\n\nI er velkomne til at ringe til værkstedet på det nummer, I har i "
                + "leverandørkartoteket, og få ændringen bekræftet." + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Ny konto " + nyT,
                    "Jens Krogh, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye skabe i personalekøkkenet, Skibby Skole");
        invoice(m, moved, nyT, 14, List.of("Ny bankkonto fra 01.12.2036"), "\n\nBemærk, at vi nu har konto i en anden bank, "
            + "som vi skrev om.");
        genuine(m, toemrer.ip());
        m.description = "skibby-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "20000007734418");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Selsø Madservice, Økonomi", addr(mad), "kreditor@frederikssund.dk", "Ændret betalingskonto fra december")
            .text("Til " + KOMMUNE + ", kreditor og Sundhed og Omsorg\n\nSelsø Madservice er overtaget af et andelsselskab, og "
                + "vores driftskonto flytter derfor. Fakturaer med dato 1. december eller senere betales til " + nyM
                + ". Den nuværende konto er åben for indbetalinger til udgangen af januar. En underskrevet kopi af brevet er "
                + "sendt til jeres Digital Post.\n\nVenlig hilsen\nSelsø Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny betalingskonto fra 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "selsoe-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qe=LB=hornsherred-posten.dk=annonce@srs.hornsherred-fiber.dk";
        m.signers.add(avis.domain());
        m.ip = "127.76.28.1";
        m.helo = "srs.hornsherred-fiber.dk";
        m.description = "hornsherred-posten.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.slangerup-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.slangerup-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"nordsjaellands-bogholdere.dk", "Karina Møller", "kamo@", "Regning for tribune til byfest?",
            "Hej med jer\n\nVi har fået en faktura for 'leje af tilskuertribune og lydanlæg' til vores sommerfest, fra et "
                + "firma vi ikke kender, og foreningen har selv lejet alt. Er der andre, der har set noget lignende?\n\nKarina"},
            {"fjordkommunernes-indkoeb.dk", "Henrik Juul", "hj@", "Ålegræs - falsk regning", "Hej alle\n\nVores naturafdeling "
                + "fik en regning på 'dykkerundersøgelse af ålegræsbede' med et nyt kontonummer. Den biolog, vi faktisk bruger, "
                + "kendte intet til den.\n\nHenrik"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditorforum-nordsjaelland.dk", x[3])
                .header("List-Id", "Kreditorforum Nordsjaelland <debat.kreditorforum-nordsjaelland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorforum-nordsjaelland.dk", "[Kreditorforum NS] ", "\r\n-- \r\nKreditorforum Nordsjælland\r\n"
                + "Afmeld listen: https://kreditorforum-nordsjaelland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelvarsel-sjaelland.dk", "Svindelvarsel Sjælland", "Tribuner og ålegræs: nye svindelregninger",
            "Falske fakturaer lægger sig nu op ad kommunernes sommerarrangementer og naturprojekter i fjordene og citerer "
                + "rigtige ordre- og sagsnumre. Ring altid til leverandøren på et kendt nummer, før I ændrer en konto."},
            {"frederikssund-revision.dk", "Frederikssund Revision", "Tjekliste til årsskiftet",
                "Gennemgå kreditorstamdata, og kræv to godkendere, når en leverandørs bankkonto skal ændres."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl76:" + x[0]).substring(0, 14) + "@postflaade.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "oekonomi@frederikssund.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs "
                    + "mere på hjemmesiden</a></p><p style=\"font-size:9px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postflaade.com");
            m.ip = "127.76.26.1";
            m.helo = "mta.postflaade.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postflaade.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kultur og Fritid", "kultur@", "kreditor@frederikssund.dk", "Vikingespillet på Kalvøen",
            "Hej kreditor\n\nTribunen, lyden og faklerne til Vikingespillet leveres udelukkende af Kalvø Scene & Tribune efter "
                + "vores årlige ordre, og fakturaerne bærer ordrenummeret. Kommer der regninger fra andre om spillet, så send "
                + "dem til mig, før noget betales.\n\nKultur og Fritid"},
            {"Natur og Vand", "natur@", "kreditor@frederikssund.dk", "Ålegræsprojektet i fjorden", "Hej\n\nUdplantningen af "
                + "ålegræs ved Kulhuse og i Roskilde Fjord udføres kun af Kulhuse Havmiljø under vores sag. Dykkerdage og "
                + "ekstra undersøgelser bestiller vi skriftligt.\n\nNatur og Vand"},
            {"Økonomi", "oekonomi@", "ledere@frederikssund.dk", "Betalingsløb før jul", "Kære ledere\n\nDet sidste "
                + "betalingsløb før jul kører den 18. december. Fakturaer skal være godkendt i systemet dagen før. Ændringer af "
                + "leverandørers bankkonti bliver altid ringet op til leverandøren først.\n\nØkonomi"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Hornsherred Sparekasse, Erhverv", "erhverv@hornsherred-sparekasse.dk", "oekonomi@frederikssund.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nBetalingsfilen med 214 betalinger er modtaget og gennemføres på næste bankdag. Se detaljerne i "
                + "erhvervsnetbanken. Vi sender aldrig links i denne slags beskeder.\n\nHornsherred Sparekasse");
        genuine(m, "127.76.21.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Nordsjællands Andelsbank", "info@nordsjaellands-andelsbank.dk", "oekonomi@frederikssund.dk",
            "Ny prisliste for erhverv")
            .text("Til erhvervskunderne\n\nPr. 1. februar justeres priserne på valutaoverførsler. Den nye prisliste ligger i "
                + "netbanken under Dokumenter.\n\nNordsjællands Andelsbank");
        genuine(m, "127.76.22.1");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the two new fraud families. */
    private void counterparts() {
        M m = ok("viking-play-grandstand-invoice", true);
        invoice(m, tribune, tribune.account(), 7, List.of("Ordre " + playOrder + ", nedtagning og vinteropbevaring",
            "Kontrol af 96 tribunesektioner efter sæsonen"), "\n\nTribunen står nu på lageret i Vinge til næste sommer.");
        genuine(m, tribune.ip());
        m.description = "the grandstand firm invoices dismantling and winter storage for the Viking play (DKIM only, DMARC pass)";
        m = ok("eelgrass-transplanting-invoice", true);
        invoice(m, havbio, havbio.account(), 10, List.of("Sag " + eelgrassCase + ", efterårsovervågning",
            "Optælling af skud på 12 prøveflader ved Kulhuse Rev"), "\n\nRapporten med fotos følger i næste uge.");
        genuine(m, havbio.ip());
        m.description = "the marine biologists invoice the autumn eelgrass survey under the nature case (Ed25519, p=reject)";
        m = ok("supplier-letter", false);
        headers(m, "Kalvø Scene & Tribune", addr(tribune), "kultur@frederikssund.dk", "Tribunen til næste sommer")
            .text("Kære Kultur og Fritid\n\nTil jeres planlægning: vi sender først faktura for opstillingen, når I har sendt "
                + "ordren for 2037. Eftersynet af sektionerne er med i ordre " + playOrder + ", så der kommer ingen ekstra "
                + "regning. Vi ændrer aldrig vores kontonummer pr. mail.\n\nKalvø Scene & Tribune");
        genuine(m, tribune.ip());
        m.description = "the grandstand firm says no extra bill will come and it never changes account by mail";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(4_100_000);
        headers(m, "Hornsherred Affald I/S", "regnskab@hornsherred-affald.dk", "efaktura@frederikssund.dk",
            "Driftsbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedlagt opkrævningen af driftsbidraget for fjerde kvartal. Den er også fremsendt "
                + "elektronisk til jeres EAN.\n\nHornsherred Affald I/S")
            .attach("application/pdf", "Driftsbidrag-4kv.pdf", Attachments.pdf(docId(m, "aff"), "Driftsbidrag 4. kvartal 2036",
                List.of("Hornsherred Affald I/S", "Ejerkommune: " + KOMMUNE, "Beløb DKK " + a.gross(),
                    "Konto " + iban("DK", "30000007745560"))));
        genuine(m, "127.76.3.1");
        m.description = "intermunicipal waste company's quarterly operating contribution";
        m = ok("authority-notice", false);
        headers(m, "Kystvagt, Fjordtilsyn", "tilsyn@kystvagt-fjordtilsyn.dk", "natur@frederikssund.dk",
            "Varsling af tilsyn med badebroer")
            .text("Til Frederikssund Kommune, Natur og Vand\n\nI foråret gennemgår vi de offentlige badebroer ved Kulhuse og "
                + "Dalby Huse. Vi vender tilbage med en dato. Tilsynet er gebyrfrit.\n\nFjordtilsynet");
        genuine(m, "127.76.3.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "notifikation@signfjord.dk";
        headers(m, "Vikingespillet via Signfjord", "notifikation@signfjord.dk", "kultur@frederikssund.dk",
            "Til underskrift: lejeaftale for Kalvøen 2037")
            .header("Reply-To", "<formand@vikingespil-kalvoe.dk>")
            .text("Foreningen Vikingespillet har sendt 'Lejeaftale - friluftsscenen på Kalvøen 2037' til underskrift.\n\nDu "
                + "finder dokumentet, når du logger ind på jeres Signfjord-konto.\n\nSignfjord");
        genuine(m, "127.76.32.1");
        m.description = "real e-signature request from signfjord.dk on behalf of the Viking play association";
        m = ok("receipt", false);
        headers(m, "Slangerup Isenkram", "kasse@slangerup-isenkram.dk", "ejendom@frederikssund.dk", "Kvittering for dit køb")
            .text("Tak fordi du handlede hos os\n\n4 snøskovle, 25 kg vejsalt. Betalt med kommunens indkøbskort.\n\n"
                + "Slangerup Isenkram");
        genuine(m, "127.76.3.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Jægerspris Efterskole", "bogholderi@jaegerspris-efterskole.dk", "oekonomi@frederikssund.dk",
            "Advis om betaling")
            .text("Hej\n\nVi har i dag overført 18.600 kr. for leje af Jægerspris Hallen i efterårssæsonen.\n\n"
                + "Jægerspris Efterskole");
        genuine(m, "127.76.3.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Frederikssund Lystbådehavn", "havnekontoret@frederikssund-lystbaadehavn.dk", "natur@frederikssund.dk",
            "Ordrebekræftelse: vinteropbevaring")
            .text("Hej\n\nVi bekræfter, at naturafdelingens dykkerbåd står på land hos os til 1. april. Faktura kommer via "
                + "EAN.\n\nHavnekontoret");
        genuine(m, "127.76.3.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "6832500011223344"), iban("DK", "92400006873310"), bank("9070", "1604427788"),
        iban("EE", "6322001109987766"), iban("PL", "611090101400000712198765"), iban("GB", "REVO00997012345678"),
        iban("IE", "AIBK93115212345678"), iban("NL", "RABO0312345678"), iban("DE", "700202700015556677"),
        iban("HU", "117730161111101800000000"), iban("RO", "BTRL01301202Z12345XX"), iban("BG", "STSA93000012345678"),
        iban("CY", "002001280000001200527600"), bank("8117", "0002245901"), iban("MT", "MALT01100000000000000000123"),
        iban("SE", "50000000058398257466"), iban("LT", "1010000099887766"), iban("DK", "53250001234567")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 4, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nKraftvarmeværket har lagt sin "
            + "opkrævning over til et fælles servicecenter for værkerne i Hornsherred. Derfor ændres modtagerkontoen med "
            + "øjeblikkelig virkning, og beløbet skal overføres til den konto, der nu står på opkrævningen. Betalinger til den "
            + "gamle konto bliver sendt retur.");
        forged(m, forgedHost++);
        m.description = "forged From jaegerspris-kraftvarme.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(15), 7, List.of(), "", "Hej annoncør\n\nHornsherred Posten udkommer fra januar som en del af "
            + "Öresundsmedier i Malmø, og gruppens økonomiafdeling i Skåne overtager opkrævningen for lokalplanannoncerne om Vinge "
            + "Centrum og jobopslagene fra plejecentrene. Indbetalinger sker nu til gruppens svenske konto, der er trykt på "
            + "fakturaen; avisredaktionen på Jernbanegade tager sig ikke længere af regnskabet.");
        forged(m, forgedHost++);
        m.description = "forged From hornsherred-posten.dk (p=reject), SE account";

        // lookalike-domain
        Object[][] l = {{"jaegerspris-kraftvarme.com", varme, "Andelshaverne vedtog på generalforsamlingen i Jægerspris "
            + "Forsamlingshus, at værket flytter sin driftskonto fra den store bank til Hornsherreds lokale andelskasse. Aconto "
            + "for varmen til skolen, Bakkegården og Rådhuset opkræves derfor på den nye konto fra denne termin; de gamle "
            + "indbetalingskort fra oktober kan ikke længere bruges."},
            {"slangerup-anlag.dk", entrep, "Regnvandsbassinet ved Vinge Station er gravet ud og kantsikret med sten fra "
                + "Kyndby grusgrav, og sidste rate af entreprisen forfalder. Vores revisor i Hillerød har bedt os samle "
                + "betalinger fra offentlige bygherrer på en særskilt garantikonto, der fremgår af opgørelsen."},
            {"vinge-traelast-as.dk", byg, "Samlefakturaen dækker lægter, spær og beslag hentet af Ejendomscentrets "
                + "tømrere i november. Efter sammenlægningen med en tømmerhandel i Hundested går alle debitorposter gennem "
                + "koncernens fælleskonto, som står forneden."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 1, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[3];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 6, List.of("Kontooplysninger opdateret " + dottedDay(m, -2)), "",
            "Trælasten til ombygningen af Slangerup Bibliotek blev sat af på palleplads fire bag lagerhallen. Da vores "
                + "kreditforsikring er skiftet til et tysk selskab, bruger bogholderiet en anden modtagerkonto; den er anført i "
                + "fakturahovedet.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as vinge-traelast.dk, new account";
        d = OWNED[4];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@frederikssund.dk", "Fortroligt: deponering i dag")
            .text("Til kreditorbogholderiet\n\nDirektionen har i nat afsluttet voldgiftssagen med entreprenøren bag "
                + "Kronprinsesse Marys Bro om ekstraregningerne for belysningen på brofagene. Forligssummen deponeres hos "
                + "voldgiftsrettens sekretariat i Amsterdam, og opmanden har givet os frist til i morgen tidlig; ellers genoptages "
                + "sagen med fuld sagsomkostning. Indsæt beløbet på depotkontoen " + mule(14) + " og notér sagsnummeret VG-2036-118. "
                + "Forliget offentliggøres først efter byrådsmødet, så omtal det ikke i huset.\n\nBorgmesterens sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as the municipality: secret arbitration settlement over the bridge lighting";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Betalsti", "paamindelse@betalsti-frederikssund.dk", "natur@frederikssund.dk",
            "Ubetalt faktura - gebyr i aften")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Fakturaen fra <b>" + natur.name() + "</b> står stadig som "
                + "ubetalt, og et gebyr på 350 kr. lægges til kl. 24. Du kan undgå gebyret ved at betale med kort nu:</p><p>"
                + "<a href=\"https://betalsti-frederikssund.dk/b/" + sha256("bs76").substring(0, 18) + "\">Betal med kort</a>"
                + "</p><p>Betalsti</p></body></html>");
        ownedBy(m, "betalsti-frederikssund.dk");
        m.description = "look-alike of the platform betalsti.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Fakturakrog", "noreply@fakturakrog-skibby.com", "vejpark@frederikssund.dk", smed.name() + " - faktura til betaling")
            .text("Hej\n\nDer er en faktura til jer fra " + smed.name() + ". Fakturakrog har overtaget opkrævningen, og pengene "
                + "skal derfor sættes ind på vores klientkonto " + mule(15) + " og ikke hos smeden.\n\nVenlig hilsen\nFakturakrog")
            .attach("application/pdf", "fakturakrog-" + (4_400 + rnd.nextInt(600)) + ".pdf", pdfInvoice(m,
                smed.posing("fakturakrog-skibby.com", mule(15)), "Faktura", "FK-" + (9_100 + rnd.nextInt(700)), amount(300_000),
                mule(15), 0, List.of("Opkræves af Fakturakrog")));
        ownedBy(m, "fakturakrog-skibby.com");
        m.description = "look-alike of fakturakrog.dk: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Ekstra rengøring efter vandskade"), "", "Efter vandskaden i Jobcentrets "
            + "kælder har vi haft ekstra hold på i tre weekender. De ekstra timer er udført af et vikarbureau fra Roskilde, som "
            + "lønner folkene direkte, og derfor skal lige præcis denne faktura betales til bureauets konto " + mule(16)
            + ". Vores daglige rengøring faktureres som før. Jeg står med affugterne i kælderen resten af ugen, så skriv "
            + "endelig her i stedet for at ringe.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of frederikssund-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@frederikssund.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nUndskyld rodet med Chromebook-fakturaen længere nede i tråden. Revisoren har flyttet vores "
                + "skolekunder over i datterselskabet Slangerup IT-Drift Skole ApS fra 1. november, og derfor hører beløbet på "
                + p.amount().gross() + " kr. hjemme på datterselskabets konto " + mule(17) + ". Driftsaftalen om det trådløse "
                + "net fortsætter uændret.\n\nFakturering\n" + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of slangerup-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "skibby-tomrer.dk"}, {mad, "selsoe-madservice.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@frederikssund.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text((i == 0 ? "Hej igen\n\nJeg sidder med årsregnskabet for værkstedet i Skibby og kan se, at faktura " + p.no()
                    + " (" + p.amount().gross() + " kr.) står åben hos os. Kontoen på den var knyttet til en byggekredit, som "
                    + "banken lukkede, da vi købte nabogrunden til nyt snedkerværksted. Sæt pengene ind på " + mule(i + 3)
                    + " i stedet, og send en kvittering til denne adresse." : "Kære kreditor\n\nI forbindelse med at Selsø "
                    + "Madservice går over til andelsejet drift har revisionen gennemgået alle åbne poster. Faktura " + p.no()
                    + " på " + p.amount().gross() + " kr. skal derfor hverken til den gamle eller til den annoncerede konto, men "
                    + "til overgangskontoen " + mule(i + 3) + ", indtil andelsselskabet er registreret i Erhvervsstyrelsen.")
                    + "\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "oekonomi@frederikssund.dk", "Tilskud til Vikingespillet - i dag")
            .text("Kære Økonomi\n\nVed frivilligfesten på Kalvøen i lørdags gav jeg Vikingespillet tilsagn om at dække "
                + "de nye uldsejl til langskibet Sleipner. Sejlmageren i Roskilde syr kun mod forudbetaling, og stoffet skal "
                + "bestilles i Norge inden fredag, ellers når skibet ikke søsætningen til Sankt Hans. Send de 175.000 kr. til "
                + "sejlmagerens konto " + mule(7) + " med teksten Sleipner. Jeg er på Christiansborg med borgmesterkollegerne fra "
                + "Nordsjælland og har slukket telefonen under forhandlingerne.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged frederikssund.dk (p=reject) from outside: the mayor's urgent grant to the Viking play";
        m = bad("own-domain-forged");
        headers(m, "Økonomidirektør", "oekonomidirektoer@" + OWN, "kreditor@frederikssund.dk", "Ny konto - Lyngerup VVS")
            .text("Kære kreditor\n\nPå gårsdagens byggemøde om varmtvandsbeholderne i Tolvkarlehusene afleverede "
                + "indehaveren af Lyngerup VVS et underskrevet brev om, at firmaet nu har konto i et pengeinstitut i Holbæk. "
                + "Jeg har selv sammenholdt brevet med deres CVR-oplysninger. Indtast " + mule(8) + " i kartoteket før "
                + "fredagens udbetalinger, så håndværkerne ikke mangler penge op til jul. Brevet scanner jeg ind "
                + "senere.\n\nØkonomidirektøren");
        forged(m, forgedHost++);
        m.description = "forged frederikssund.dk: 'finance director' orders a supplier's account changed";

        // ceo-fraud
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.fredsund@gmail.com", "oekonomi@frederikssund.dk", "Har du et øjeblik")
            .text("Hej\n\nKan du hjælpe mig med noget diskret? Jeg er til møde i Kommunernes Landsforening og kan kun skrive "
                + "fra telefonen. En betaling skal gennemføres i dag uden om den sædvanlige godkendelse. Svar her, så får du "
                + "detaljerne.\n\nSendt fra min Android");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmesteren", "borgmester.frederikssund@outlook.com", "indkoeb@frederikssund.dk", "Hurtig tjeneste")
            .text("Hej\n\nJeg vil gerne give de frivillige fra Vikingespillet en lille tak før jul. Vil du købe 15 digitale "
                + "gavekort á 1.000 kr. og sende mig koderne i en mail inden kl. 15? Du får pengene igen over "
                + "udlægsportalen.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards for volunteers";

        // display-name-abuse
        m = bad("display-name-abuse");
        headers(m, vvs.name(), "lyngerup.vvs.faktura@gmail.com", "kreditor@frederikssund.dk", "Faktura vedr. Tolvkarlehusene")
            .text("Godaften\n\nVores domæne er låst, efter at webhotellet i Ballerup gik konkurs i weekenden, så indtil det er "
                + "flyttet skriver vi fra denne postkasse. Fakturaen for de fire nye varmtvandsbeholdere på Tolvkarlehusene følger "
                + "med posten. Indtil den nye bankaftale er underskrevet, går vores indbetalinger over en ven af firmaets konto "
                + mule(1) + ", så varerne fra grossisten i Taastrup kan frigives.\n\nVærkstedet, " + vvs.name());
        genuine(m, GMAIL);
        m.description = "the listed plumber's name as display name on gmail, temporary account";
        m = bad("display-name-abuse");
        headers(m, bus.name() + " - Kørselskontoret", "hornsherred.turistfart@outlook.com", "skole@frederikssund.dk",
            "Betaling af skolekørsel december")
            .text("Goddag skolesekretær\n\nChaufføren på ruten Kulhuse-Skibby-Jægerspris har fortalt, at I spurgte efter "
                + "decemberregningen. Vores bogholder er sygemeldt, og ejeren af busserne har midlertidigt lagt skolekørslen ind "
                + "under sit cypriotiske holdingselskab, så månedens kørsel betales til " + mule(12) + ". Selve fakturaen "
                + "kommer, når bogholderen er tilbage efter nytår.\n\nKørselskontoret");
        genuine(m, MSFT);
        m.description = "the listed bus company's name as display name on outlook, CY IBAN";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Mette Kjær", "mette.kjaer.sosu@gmail.com", "loen@frederikssund.dk", "Ny konto til lønnen")
            .text("Hej Løn og Personale\n\nMette fra hjemmeplejens nattehold i Skibby her. Min mand og jeg er ved at gå fra "
                + "hinanden, og vores fælles konto er frosset af banken, indtil bodelingen er på plads. Decemberlønnen og "
                + "juletillægget skal derfor ind på min egen nye konto " + mule(0) + ". Jeg har ikke fået MitID på den nye "
                + "telefon endnu, så medarbejderportalen virker ikke for mig.\n\nKærlig hilsen Mette");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care worker";
        m = bad("payroll-account-change");
        headers(m, "Thomas Berg", "thomas.berg.vej@hotmail.com", "loen@frederikssund.dk", "Lønkonto")
            .text("Hej\n\nThomas fra vintertjenesten på materielgården i Slangerup. Jeg skal arbejde på et vindmølleprojekt "
                + "ud for Cork fra februar og har allerede åbnet konto i en irsk bank. Saltvognstillæggene og den sidste løn "
                + "bedes indsat på " + mule(6) + ".\n\nThomas Berg");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Hornsherred Inkasso", "sag@hornsherred-inkasso.dk", "kreditor@frederikssund.dk", "Inkassovarsel - "
                + inkasso[i].name())
                .text(i == 0 ? "Til " + KOMMUNE + ", bogholderiet\n\n" + inkasso[i].name() + " har overdraget os kravet for "
                    + "faktura " + p.no() + " på kopipapir og blækpatroner, " + p.amount().gross() + " kr. Med inkassogebyr og "
                    + "morarente efter renteloven udgør kravet nu et højere beløb, som skal stå på klientkontoen " + mule(i + 9)
                    + " senest mandag. Herefter sendes sagen til fogedretten i Hillerød.\n\nHornsherred Inkasso, juridisk afdeling"
                    : "Att. kreditorafdelingen\n\nVognmanden i Kyndby har bedt os inddrive faktura " + p.no() + " ("
                    + p.amount().gross() + " kr.) for jordkørsel fra byggemodningen i Vinge. Vi gør opmærksom på, at en "
                    + "offentlig myndighed med ubetalte regninger indberettes til Ankestyrelsen. Undgå dette ved at indbetale "
                    + "til " + mule(i + 9) + " i løbet af tre bankdage.\n\nHornsherred Inkasso");
            ownedBy(m, "hornsherred-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-frederikssund.com", "it@frederikssund.dk", "Handling påkrævet: MitID Erhverv")
            .html("<html><body><p>Til den lokale MitID-administrator i " + KOMMUNE + "</p><p>Ved overgangen til den nye "
                + "erhvervsløsning blev 37 af jeres medarbejderidentiteter ikke flyttet korrekt, blandt andet for hjemmeplejen og "
                + "Jobcentret. Identiteterne slettes ved døgnskiftet, medmindre en administrator godkender dem igen.</p><p><a href=\""
                + "https://mitid-frederikssund.com/genbekraeft\">Godkend de 37 identiteter</a></p></body></html>");
        ownedBy(m, "mitid-frederikssund.com");
        m.description = "fake MitID Erhverv re-confirmation with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@digitalpost-jaegerspris.com", "oekonomi@frederikssund.dk",
            "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Der ligger et brev fra Skattestyrelsen i jeres "
                + "virksomhedspostkasse med emnet <i>Efterregulering af lønsumsafgift for kommunale aktieselskaber</i>. Brevet "
                + "indeholder en frist for indsigelse, som regnes fra det tidspunkt, meddelelsen blev leveret.</p><p><a href=\""
                + "https://digitalpost-jaegerspris.com/post\">Læs brevet i Digital Post</a></p><p>Meddelelsen er sendt "
                + "automatisk og kan ikke besvares.</p></body></html>");
        ownedBy(m, "digitalpost-jaegerspris.com");
        m.description = "fake Digital Post notice with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Kulhuse Parkering", "afgift@kulhuse-parkering.dk", "vejpark@frederikssund.dk", "Parkeringsafgift - Kulhuse Havn")
            .html("<html><body><p>En bil i kommunens flåde er registreret på havnepladsen i Kulhuse uden gyldig "
                + "P-tilladelse. Afgiften er 795 kr. og betales ved at scanne koden inden 5 dage.</p><p><img "
                + "src=\"cid:qr\" alt=\"QR\"></p></body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "kulhuse-parkering.dk");
        m.description = "QR code for a parking 'fee' at Kulhuse harbour";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice Erhverv", "kunde@slangerup-betaling.net", "oekonomi@frederikssund.dk",
            "Aftaler afventer fornyelse")
            .html("<html><body><p>Flere af jeres faste betalingsaftaler skal fornys før årsskiftet. Scan QR-koden med "
                + "telefonen og godkend med MitID.</p><img src=\"cid:qr\"></body></html>")
            .attach("image/png", "fornyelse.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "slangerup-betaling.net");
        m.description = "QR code for 'renewing direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "kontor@frederikssund-rengoring.dk", "kreditor@frederikssund.dk", "Faktura " + no + " (zip)")
            .text("Hej kreditor\n\nJeres it-afdeling fortalte vores kontordame, at vedhæftede PDF-filer fra nye afsendere "
                + "bliver holdt tilbage i karantæne hos jer. Derfor er novemberfakturaen for Rådhuset, Jobcentret og "
                + "Frederikssund Hallen pakket i en komprimeret mappe. Læg mærke til kontonummeret inde i fakturaen, som er "
                + "skiftet siden sidst.\n\nKontoret")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("frederikssund-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 2, List.of()),
                "LÆS_MIG.txt", "Brug kun kontonummeret i fakturaen."));
        ownedBy(m, "frederikssund-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of frederikssund-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "mail@lyngerup-vvs.net", "kreditor@frederikssund.dk", "Fakturaer november")
            .text("Hej\n\nHer er arbejdssedler og fakturaer for beholderskiftet på Tolvkarlehusene samt en akut reparation i "
                + "Skibbyhallens bruserum, samlet i en 7z-fil fra vores nye sagsstyringsprogram. Betalingen går fremover til "
                + "den konto, der er påført hver enkelt faktura.\n\nVærkstedet i Lyngerup")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("lyngerup-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "lyngerup-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of lyngerup-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@frederikssund-kontor.net", "indkoeb@frederikssund.dk", "Ordrebekræftelse og faktura")
            .text("Hej\n\nOrdrebekræftelse og faktura for blækpatronerne er samlet i ét dokument. Klik 'Aktivér redigering' og "
                + "'Aktivér makroer', så vises beløbene.\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Ordre_faktura_blaek.docm", Attachments.word(
                "Ordrebekræftelse og faktura, blækpatroner. Indholdet er beskyttet og vises efter aktivering.", true));
        ownedBy(m, "frederikssund-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of frederikssund-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "faktura@slangerup-itdrift.net", "it@frederikssund.dk", "Specifikation Chromebooks")
            .text("Hej IT\n\nRegnearket viser, hvilke Chromebooks på mellemtrinnet der er skiftet under garantien, og hvilke "
                + "der faktureres. Felterne med priser hentes fra vores prisdatabase, når makroerne er aktiveret. Vi har i øvrigt "
                + "fået nyt kontonummer.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebook_spec.xlsm", Attachments.excel(List.of(
                "Specifikation Chromebooks december 2036", "Chromebook og licens 380 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "slangerup-itdrift.net");
        m.description = "macro-enabled .xlsm from a look-alike of slangerup-itdrift.dk, new DK account";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "tove@gerlev-malerforretning.dk", "ejendom@frederikssund.dk", "Regning biblioteket")
            .text("Hej Ejendomscentret\n\nMalerarbejdet i Slangerup Bibliotek er afleveret, og bibliotekaren har set "
                + "efter pletterne ved udlånsskranken. Min bogholder sidder på Mallorca i vinter, så hun har taget et billede "
                + "af regningen med sin mobil og sendt den til mig. Betalingen skal ind på kontoen nederst på billedet; "
                + "værkstedskontoen er opsagt.\n\nTove")
            .attach("image/jpeg", "20361204_0931.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "gerlev-malerforretning.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of gerlev-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "per@kyndby-vognmand.net", "vejpark@frederikssund.dk", "Faktura jordkørsel Vinge")
            .text("Hej\n\nFakturaen for jordkørslen fra Vinge ligger som scannet fil. Husk, at vi har skiftet konto; den står "
                + "på fakturaen.\n\nPer")
            .attach("application/pdf", "Scan_2036-12.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "kyndby-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of kyndby-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "mt@slangerup-anlaeg.net", "efaktura@frederikssund.dk", "E-faktura " + no)
            .text("Hej\n\nVores nye bogføringssystem kan endnu ikke sende til NemHandel, så I får e-fakturaen som fil her. "
                + "Betalingskontoen i filen er ny.\n\n" + entrep.name())
            .attach("application/xml", "faktura-" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "FK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "slangerup-anlaeg.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "faktura@slangerup-itdrift.net", "efaktura@frederikssund.dk", "OIOUBL " + no)
            .text("Vedhæftet fakturaen som OIOUBL-fil. Vi har opdateret bankoplysningerne, efter at vi har skiftet bank.")
            .attach("application/xml", "oioubl_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "FK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "slangerup-itdrift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of slangerup-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signfjord", "notifikation@signfjord-frederikssund.dk", "kultur@frederikssund.dk",
            "Vikingespillet afventer din signatur")
            .html("<html><body><p>Du skal underskrive 'Tillæg til lejeaftale - Kalvøen, forsikring'. Linket er kun aktivt i "
                + "dag.</p><p><a href=\"https://signfjord-frederikssund.dk/d/" + sha256("sf76").substring(0, 16) + "\">Åbn og "
                + "underskriv</a></p></body></html>");
        ownedBy(m, "signfjord-frederikssund.dk");
        m.description = "fake e-signature request imitating signfjord.dk and the Viking play association";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@dokumenter-jaegerspris.net", "ejendom@frederikssund.dk", "Skøde klar til underskrift")
            .html("<html><body><p>Et skøde på en byggegrund i Vinge afventer kommunens underskrift. Log på med din "
                + "Microsoft-konto fra arbejdet for at se dokumentet.</p><p><a href=\"https://dokumenter-jaegerspris.net/login\">"
                + "Log på</a></p></body></html>");
        ownedBy(m, "dokumenter-jaegerspris.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@hornsherred-turistfart.net", "kreditor@frederikssund.dk", "Faktura " + p.no()
            + " - delt betaling")
            .text("Hej kreditor\n\nBusselskabets kassekredit er sat ned efter et tab på en turistrejse til Gardasøen, "
                + "og banken tillader kun en vis saldo på driftskontoen i december. Faktura " + p.no() + " for skolebussen ("
                + p.amount().gross() + " kr.) bedes derfor deles: to femtedele til den kendte konto og tre femtedele til "
                + "ejerens private konto " + mule(9) + ". Vi udligner internt i januar.\n\nKørselskontoret");
        ownedBy(m, "hornsherred-turistfart.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "mail@lyngerup-vvs-aps.dk", "kreditor@frederikssund.dk", "Betaling af faktura " + p.no())
            .text("Hej\n\nGrossisten i Taastrup har lagt beslag på en del af vores indbetalinger, indtil en tvist om "
                + "leverede radiatorer er afgjort. For faktura " + p.no() + " vil vi derfor bede jer sende et mindre afdrag "
                + "til den gamle konto og resten til " + mule(10) + ", som grossisten ikke kan røre. Ring ikke til "
                + "værkstedet om det, mesteren er ude hos kunder hele ugen.\n\nVærkstedet");
        ownedBy(m, "lyngerup-vvs-aps.dk");
        m.description = "split payment on Lyngerup VVS's real wave-1 invoice";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "DK Domæner", "fornyelse@dk-domaener-frederikssund.com", "it@frederikssund.dk",
            "frederikssund.dk udløber om 48 timer")
            .text("Til domæneindehaveren\n\nRegistreringen af frederikssund.dk udløber om to dage. Uden fornyelse stopper "
                + "hjemmeside og e-mail, og navnet kan overtages af andre. Forny for 5 år (4.950 kr.) ved at betale til "
                + mule(4) + " med domænenavnet som tekst.\n\nDK Domæner, fornyelsesafdelingen");
        ownedBy(m, "dk-domaener-frederikssund.com");
        m.description = "fake domain renewal for our own domain, PL IBAN";
        m = bad("fake-domain-renewal");
        headers(m, "Hornsherred Domæneservice", "faktura@hornsherred-domaeneservice.net", "kreditor@frederikssund.dk",
            "Faktura: registrering af vikingespil-frederikssund")
            .text("Goddag\n\nVi har modtaget en ansøgning fra en tredjepart om navnene vikingespil-frederikssund.dk og "
                + "vinge-by.dk. Som indehaver af varemærket har kommunen fortrinsret i 5 dage. Reservationen koster 6.400 kr. "
                + "ekskl. moms, indbetales på " + mule(5) + ".\n\nHornsherred Domæneservice")
            .attach("application/pdf", "domaenefaktura.pdf", Attachments.pdf(docId(m, "dom"), "Faktura domænereservation",
                List.of("Hornsherred Domæneservice", "Reservation af 2 domænenavne, 1 år", "I alt inkl. moms 8.000,00",
                    "Betaling " + mule(5))));
        ownedBy(m, "hornsherred-domaeneservice.net");
        m.description = "domain-name 'priority' scam with an invoice PDF, GB IBAN";

        newFamilies();
    }

    /** The two families new in this corpus. */
    private void newFamilies() {
        // fake-viking-play-grandstand-invoice
        M m = bad("fake-viking-play-grandstand-invoice");
        invoice(m, tribune.posing("kalvoe-tribune.com", tribune.account()), mule(0), 11,
            List.of("Ordre " + playOrder + " - tillæg"), "", "Ved nedtagningen af tribunen efter Vikingespillet fandt vi "
                + "revner i tolv bærebjælker, som vi har skiftet, så sektionerne kan godkendes til næste sæson. Arbejdet falder "
                + "uden for ordre " + playOrder + " og faktureres særskilt. Efter en omlægning af vores bankforhold skal "
                + "beløbet indsættes på den konto, fakturaen viser.");
        ownedBy(m, "kalvoe-tribune.com");
        m.description = "look-alike of the grandstand firm cites the real play order, 'replaced beams', new account (LT IBAN)";
        m = bad("fake-viking-play-grandstand-invoice");
        headers(m, "Frederikssund Vikingescene", "regnskab@frederikssund-vikingescene.dk", "kultur@frederikssund.dk",
            "Faktura: fakler og røgeffekter til Vikingespillet")
            .text("Hej Kultur og Fritid\n\nTil sommerens aftenforestillinger på Kalvøen stod vi for fakkelbærerne på "
                + "volden, røgen over fjorden i slagscenen og brandvagten ved tribunen, efter aftale med instruktøren og "
                + "spillets formand. Forestillingerne blev afviklet uden uheld. Vores regning er vedlagt og bedes betalt til "
                + "den konto, der står på den.\n\nFrederikssund Vikingescene")
            .attach("application/pdf", "faktura-fakler.pdf", Attachments.pdf(docId(m, "vk"), "Faktura fakler og effekter",
                List.of("Frederikssund Vikingescene", "240 fakler, 3 røgmaskiner, brandvagt 8 aftener", "I alt inkl. moms 47.312,50",
                    "Indbetaling " + mule(9))));
        ownedBy(m, "frederikssund-vikingescene.dk");
        m.description = "unknown firm bills torches and smoke effects 'agreed with the director' for the play (HU IBAN)";
        m = bad("fake-viking-play-grandstand-invoice");
        headers(m, "Kalvøen Lyd & Lys", "booking@kalvoeen-lyd-lys.dk", "kultur@frederikssund.dk",
            "Reservation af lydanlæg til Vikingespillet 2037")
            .text("Kære kommune\n\nEfter sommerens klager over lyden på de bageste rækker har vi reserveret et nyt "
                + "linjearray-anlæg til alle forestillinger næste sommer. For at holde reservationen skal der betales et "
                + "depositum på 22.000 kr. til " + mule(10) + " inden fredag; resten faktureres efter sæsonen.\n\n"
                + "Kalvøen Lyd & Lys");
        ownedBy(m, "kalvoeen-lyd-lys.dk");
        m.description = "'reserved' sound system for next year's play against a deposit nobody ordered (RO IBAN)";

        // fake-eelgrass-transplanting-invoice
        m = bad("fake-eelgrass-transplanting-invoice");
        invoice(m, havbio.posing("kulhuse-havmiljo.dk", havbio.account()), mule(13), 15,
            List.of("Sag " + eelgrassCase + " - ekstra dykkerdage"), "", "Efter stormen i november var en del af de nye "
                + "ålegræsskud ved Kulhuse Rev revet op, og vi genplantede dem med to ekstra dykkerhold under sag "
                + eelgrassCase + ", før vinteren satte ind. Det var nødvendigt for at redde projektets tilskud. Beløbet bedes "
                + "indbetalt til vores nye projektkonto, som står på fakturaen.");
        ownedBy(m, "kulhuse-havmiljo.dk");
        m.description = "look-alike of the marine biologists cites the real eelgrass case, 'storm replanting', new DK account";
        m = bad("fake-eelgrass-transplanting-invoice");
        headers(m, "Sønderby Ålegræs", "faktura@sonderby-aalegraes.dk", "natur@frederikssund.dk",
            "Faktura: levering af ålegræsfrø til fjordprojektet")
            .text("Til Natur og Vand\n\nVores frømåtter af kokosfiber med ålegræsfrø blev lagt ud på lavt vand ud for "
                + "Sønderby og Dalby Huse i oktober, sådan som jeres konsulent aftalte med os under fjordseminaret på Roskilde "
                + "Universitet. Spiringen følges til foråret. Regningen for frø, måtter og bådtid bedes overført til "
                + mule(14) + ".\n\nSønderby Ålegræs")
            .attach("application/pdf", "regning-frømåtter.pdf", Attachments.pdf(docId(m, "aal"), "Regning frømåtter",
                List.of("Sønderby Ålegræs", "Kokosmåtter med ålegræsfrø, udlagt ved Sønderby og Dalby Huse", "Bådtid og udlægning",
                    "I alt kr. 63.750,00 inkl. moms", "Konto " + mule(14))));
        ownedBy(m, "sonderby-aalegraes.dk");
        m.description = "unknown firm bills eelgrass seed mats 'ordered at a conference' (MT IBAN)";
        m = bad("fake-eelgrass-transplanting-invoice");
        headers(m, "Dalby Huse Havbundsundersøgelser", "kontakt@dalby-huse-havbund.dk", "natur@frederikssund.dk",
            "Lovpligtig kortlægning af ålegræsbede")
            .text("Hej\n\nEfter vandområdeplanerne skal kommuner ved fjorden dokumentere ålegræssets udbredelse hvert år. Vi "
                + "har reserveret vores undervandsdrone til jeres kyststrækning i marts. Halvdelen af honoraret, 18.500 kr., "
                + "betales forud til " + mule(17) + " som bekræftelse.\n\nDalby Huse Havbundsundersøgelser");
        ownedBy(m, "dalby-huse-havbund.dk");
        m.description = "'legally required' eelgrass mapping by drone, half paid in advance (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus76().generate(), List.of(
            "# Frederikssund Kommune, Økonomi: invoice checks (seventy-sixth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=jaegerspris-kraftvarme.dk slangerup-anlaeg.dk kalvoe-tribune.dk kulhuse-havmiljoe.dk "
                + "skibby-toemrer.dk gerlev-maler.dk frederikssund-rengoering.dk hornsherred-posten.dk kyndby-vognmand.dk "
                + "oppesundby-el.dk lyngerup-vvs.dk selsoe-madservice.dk vinge-traelast.dk slangerup-itdrift.dk "
                + "hornsherred-turistfart.dk frederikssund-kontor.dk",
            "invoice.domains.platforms=betalsti.dk fakturakrog.dk opkraevio.com kvitteret.dk",
            "invoice.names.protected=Frederikssund Kommune"));
    }
}
