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
 * The eighty-seventh held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Furesø Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, technical, roads and
 * parks, sports, schools, elderly care, culture, nature and property mailboxes; town hall Stiager 2, 3500 Værløse) north-west
 * of Copenhagen: Farum with Farum Sø, Farum Midtpunkt and Paltholm, Værløse with the former air base Flyvestation Værløse,
 * its aircraft shelters and nature park, Kirke Værløse, Lille Værløse, Jonstrup, Hareskov and Hareskovby, Stavnsholt,
 * Bregnerød, Ryget Skov, Laanshøj, Fiskebæk, Hestkøb and the lakes Furesøen, Farum Sø, Søndersø and Bastrup Sø; seventeen
 * listed suppliers from those places in every DNS posture real Danish firms have (one sending through a web hoster named in
 * its SPF), four invoicing platforms ({@code kvitlys.dk}, {@code bilagsfalk.com}, {@code opkraevo.io}, {@code
 * regningsravn.dk}), a door firm servicing the sliding blast doors of the old aircraft shelters the municipality lets out, a
 * diving firm measuring the ice on the lakes, a pitch-care firm keeping the artificial turf pitches, sole traders on free
 * mail, foreign suppliers, SaaS ({@code vagtbord.io}, {@code skolevognen.io}), an ESP ({@code postklyngen.com}), an
 * e-signature service ({@code signvej.dk}), banks, a creditor list, forwarders (with and without SRS) and fraudsters' own
 * domains, each carrying a place name of the municipality.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, display names of known
 * suppliers on free mail, fake MitID/Digital Post mail, fake inkasso, compromised mailboxes, hijacked threads, split
 * payments, QR codes, archives, macro documents, image-only invoices, e-invoice XML with a changed payee, fake e-signature
 * requests, fake domain renewals, payroll changes, look-alikes, homoglyphs) and three kinds new here: repairs, inspections
 * or winter-proofing of the sliding doors of the aircraft shelters at the former Flyvestation Værløse billed by someone who
 * never opened one (fake-aircraft-shelter-door-service-invoice); drilling, signs or rescue standby for the ice on Farum Sø,
 * Furesøen and Søndersø billed to a new account (fake-lake-ice-thickness-survey-invoice); and infill top-ups, audits or
 * winter care of the artificial turf pitches billed by someone who never brushed one (fake-artificial-turf-infill-invoice).
 * The invoice engine, its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was
 * written. {@code genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus87GeneratorTest
 * -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus87 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout87");
    public static final String OWN = "furesoe.dk";
    static final String FRAUD_NET = "127.187.";
    private static final String OWN_IP = "127.87.0.1";
    private static final String EAN = "5798000233417";
    private static final String KOMMUNE = "Furesø Kommune";
    private static final String RAADHUS = "Stiager 2, 3500 Værløse";
    private static final String HOSTER_IP = "127.87.9.1";
    private static final String GMAIL = "127.89.1.1";
    private static final String MSFT = "127.89.2.1";
    private static final String LIVE = "127.89.3.1";
    private static final String APPLE = "127.89.5.1";

    private final Random rnd = new Random(87_3500_0087L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The door firm's door log for the shelters at Flyvestation Værløse (the frauds cite it). */
    private String doorLog;
    /** The diving firm's ice agreement for the lakes (the frauds cite it). */
    private String iceAgreement;
    /** The pitch-care firm's agreement for the artificial turf pitches (the frauds cite it). */
    private String pitchAgreement;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 10, 27, 7, 25, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 11, 24, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Værløse Varmeværk a.m.b.a.", "vaerloese-varmevaerk.dk", "Kundecenter",
        "kunde", "127.87.1.1", iban("DK", "30000087110245"), "fjernvarme til Furesø Rådhus, Værløse Bibliotek og Lillevang");
    private final Supplier entrep = new Supplier("Stavnsholt Entreprise ApS", "stavnsholt-entreprise.dk", "Mikkel Brandt", "mb",
        "127.87.1.2", bank("2211", "6287004417"), "ny belægning og kantsten på Stavnsholtvej ved skolen");
    private final Supplier port = new Supplier("Værløse Portteknik ApS", "vaerloese-portteknik.dk", "Portteknik, Service",
        "service", "127.87.1.3", bank("9570", "0012873301"), "eftersyn og smøring af skydeportene i flyshelterne på "
        + "Flyvestation Værløse");
    private final Supplier dyk = new Supplier("Farum Dykkerservice ApS", "farum-dykkerservice.dk", "Rasmus Holt", "rasmus",
        "127.87.1.4", iban("DK", "22110087330152"), "ismåling på Farum Sø, Furesøen og Søndersø samt eftersyn af badebroer");
    private final Supplier bane = new Supplier("Farum Banepleje ApS", "farum-banepleje.dk", "Banepleje, Bogholderi", "bogholderi",
        "127.87.1.5", iban("DK", "95700087450079"), "drift af kunstgræsbanerne i Farum Park, Værløse Idrætspark og Hareskov");
    private final Supplier toemrer = new Supplier("Kirke Værløse Tømrer ApS", "kirkevaerloese-toemrer.dk", "Jens Krogh", "jk",
        "127.87.1.6", bank("2211", "6287012290"), "nye døre og lofter, Kirke Værløse Skole");
    private final Supplier maler = new Supplier("Fiskebæk Maler v/ Tue Holm", "fiskebaek-maler.dk", "Tue Holm", "tue",
        "127.87.1.7", bank("9570", "0012881467"), "maling af gange og fællesrum, Plejecenter Lillevang");
    private final Supplier rengoer = new Supplier("Furesø Rengøring A/S", "furesoe-rengoering.dk", "Kundeservice", "kundeservice",
        "127.87.1.8", iban("DK", "30000087200318"), "daglig rengøring af rådhuset, Farum Kulturhus og fire skoler");
    private final Supplier avis = new Supplier("Søbladet Furesø", "soebladet.dk", "Annonceafdelingen", "annonce",
        "127.87.1.9", iban("DK", "22110087250406"), "annoncer om lokalplan for Farum Bytorv og ledige stillinger");
    private final Supplier vognmand = new Supplier("Ryget Vognmandsforretning ApS", "ryget-vognmand.dk", "Kim Lauridsen",
        "kim", "127.87.1.10", bank("9570", "0012893390"), "kørsel med sand og grus til vejdepotet i Farum");
    private final Supplier el = new Supplier("Laanshøj El ApS", "laanshoej-el.dk", "Peter Riis", "pr", HOSTER_IP,
        bank("2211", "6287021104"), "ny belysning i tunnelerne under Ryget Allé og tavleservice");
    private final Supplier vvs = new Supplier("Bregnerød VVS ApS", "bregneroed-vvs.dk", "Værkstedet", "vaerksted", "127.87.1.12",
        bank("9570", "0012907718"), "udskiftning af cirkulationspumper, Hareskov Skole");
    private final Supplier mad = new Supplier("Paltholm Madservice A/S", "paltholm-madservice.dk", "Paltholm Madservice, Økonomi",
        "okonomi", "127.87.1.13", iban("DK", "30000087310460"), "mad til hjemmeboende ældre og Plejecenter Solgaven");
    private final Supplier byg = new Supplier("Farum Trælast A/S", "farum-traelast.dk", "Proffen", "proff",
        "127.87.1.14", iban("DK", "22110087380527"), "byggematerialer til Ejendomscenteret efter indkøbsaftale");
    private final Supplier it = new Supplier("Hareskov IT-Drift ApS", "hareskov-itdrift.dk", "Fakturering", "fakturering",
        "127.87.1.15", bank("2211", "6287030085"), "drift af skolernes trådløse net og elev-Chromebooks");
    private final Supplier bus = new Supplier("Lille Værløse Busser ApS", "lillevaerloese-busser.dk", "Kørselskontoret", "koersel",
        "127.87.1.16", bank("9570", "0012915542"), "specialkørsel til kommunens specialklasser og svømmekørsel til Farum Bad");
    private final Supplier kontor = new Supplier("Værløse Kontorforsyning ApS", "vaerloese-kontor.dk", "Ordrekontoret", "ordre",
        "127.87.1.17", iban("DK", "95700087520211"), "kopipapir, toner og mapper til rådhuset og skolerne");
    // not on the creditor list
    private final Supplier smed = new Supplier("Hestkøb Smedie v/ Bo Lund", "hestkoeb-smedie.dk", "Bo Lund", "bo",
        "127.87.2.1", bank("2211", "6287041172"), "nyt gelænder på gangbroen over Kollekolle Bæk");
    private final Supplier natur = new Supplier("Ryget Naturpleje v/ Ida Vang", "ryget-naturpleje.dk", "Ida Vang", "ida",
        "127.87.2.2", bank("9570", "0012926603"), "slåning af engene og rydning af pil ved Farum Sø");
    private final Supplier foto = new Supplier("Fotograf Nanna Bech", "gmail.com", "Nanna Bech", "nanna.bech.foto", GMAIL,
        bank("2211", "6287049938"), "portrætfotos af byrådet og billeder til kommunens nye hjemmeside");
    private final Supplier tolk = new Supplier("Tolk v/ Yusuf Demir", "outlook.com", "Yusuf Demir", "yusuf.demir.tolk", MSFT,
        bank("9570", "0012931850"), "tolkning tyrkisk-dansk, Jobcenter Furesø, 5 samtaler");
    private final Supplier sang = new Supplier("Korleder Lise Dam", "icloud.com", "Lise Dam", "lise.dam.kor", APPLE,
        bank("2211", "6287053314"), "julesang med beboerne, Plejecenter Lillevang og Solgaven");
    private final Supplier tysk = new Supplier("Hamburger Torantriebe GmbH", "hamburger-torantriebe.de", "Buchhaltung",
        "buchhaltung", "127.87.7.1", iban("DE", "200400600087129004"), "Laufrollen und Antriebsketten für Shelter-Schiebetore");
    private final Supplier svensk = new Supplier("Malmö Konstgräs AB", "malmo-konstgras.se", "Fakturering", "faktura",
        "127.87.7.2", iban("SE", "95000000087440311206"), "korkgranulat till konstgräsplanerna");

    private final List<Supplier> listed = List.of(varme, entrep, port, dyk, bane, toemrer, maler, rengoer, avis, vognmand,
        el, vvs, mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a place name of Furesø; SPF, and by position DKIM and DMARC. */
    private static final String[] OWNED = {"vaerloese-varmevaerk.com", "stavnsholt-entrepise.dk", "farum-traelast.com",
        "laanshoej-elservice.dk", idn("farum-tr\u0430elast.dk"), idn("fures\u043ee.dk"), "kvitlys-farum.dk",
        "bilagsfalk-vaerloese.com", "kirkevaerloese-tomrer.dk", "paltholm-madservice.com", "furesoe-inkasso.dk",
        "mitid-vaerloese.com", "digitalpost-farum.com", "farum-parkering.dk", "stavnsholt-betaling.net", "furesoe-rengoring.dk",
        "bregneroed-vvs.net", "vaerloese-kontor.net", "hareskov-it-drift.net", "fiskebaek-malerfirma.dk", "ryget-vognmand.net",
        "stavnsholt-entreprise.net", "signvej-farum.dk", "kirkevaerloese-esign.net", "lillevaerloese-busser.net",
        "bregneroed-vvs-aps.dk", "furesoe-domaeneservice.dk", "vaerloese-portteknik.com", "vaerloese-flyshelter.dk",
        "jonstrup-hangarservice.dk", "farum-dykkerservice.net", "furesoe-isvagt.dk", "bregneroed-isberedskab.dk",
        "farum-banepleje.com", "vaerloese-kunstgraes.dk", "hareskov-idraetsservice.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(varme.domain(), List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(entrep.domain(), List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(port.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain(dyk.domain(), List.of(dyk.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(bane.domain(), List.of(bane.ip()), "~all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(maler.domain(), null, null, null, null); // nothing published
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(vognmand.domain(), List.of("127.87.98.4"), "~all", null, "none"); // SPF names only its booking system
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // via the hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(byg.domain(), List.of(byg.ip(), "127.87.1.24"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain(bus.domain(), List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(svensk.domain(), List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("moelleaa-affald.dk", List.of("127.87.20.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("soetilsynet.dk", List.of("127.87.20.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("furesoe-museumsforening.dk", List.of("127.87.20.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("bregneroed-efterskole.dk", List.of("127.87.20.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("furesoe-revision.dk", List.of("127.87.20.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("farum-isenkram.dk", List.of("127.87.20.6"), "-all", null, "none");
        domain("vaerloese-roklub.dk", List.of("127.87.20.7"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("kvitlys.dk", List.of("127.87.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bilagsfalk.com", List.of("127.87.21.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("opkraevo.io", List.of("127.87.21.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("regningsravn.dk", List.of("127.87.21.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("farum-andelskasse.dk", List.of("127.87.22.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vaerloese-sparebank.dk", List.of("127.87.22.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-nordsjaelland.dk", List.of("127.87.22.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bogholderringen.dk", List.of("127.87.22.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoeberkredsen-nord.dk", List.of("127.87.22.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("postklyngen.com", List.of("127.87.22.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelvarsel-nordsjaelland.dk", List.of("127.87.22.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.farum-net.dk", List.of("127.87.22.8"), "-all", null, null);
        domain("relay.vaerloese-fiber.dk", List.of("127.87.22.9"), "-all", null, null);
        domain("skolevognen.io", List.of("127.87.22.10"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtbord.io", List.of("127.87.22.11"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signvej.dk", List.of("127.87.22.12"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of(LIVE), "~all", DkimAlgorithm.RSA_SHA256, "none");
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
        switch (Math.floorMod(sha256("no87:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "36-" + String.format("%05d", 300 + rnd.nextInt(9_000));
            case 1:
                return "FU" + (4_100 + rnd.nextInt(5_000));
            case 2:
                return String.valueOf(72_000 + rnd.nextInt(20_000));
            case 3:
                return "INV-36" + String.format("%04d", 40 + rnd.nextInt(900));
            case 4:
                return "F2036-" + (200 + rnd.nextInt(700));
            default:
                return "R" + (15_000 + rnd.nextInt(8_000));
        }
    }

    private static final String[] TO = {"kreditor@furesoe.dk", "efaktura@furesoe.dk", "kreditor@furesoe.dk",
        "okonomi@furesoe.dk", "vejpark@furesoe.dk", "skole@furesoe.dk", "aeldre@furesoe.dk", "idraet@furesoe.dk",
        "ejendom@furesoe.dk", "indkob@furesoe.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf87:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(38_000_000 + Math.floorMod(sha256("cvr87:" + domain).hashCode(), 6_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(84_000_000 + Math.floorMod(sha256("fi87:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "vaerloese-varmevaerk.dk" -> "Kirke Værløsevej 29, 3500 Værløse";
            case "stavnsholt-entreprise.dk" -> "Stavnsholtvej 150, 3520 Farum";
            case "vaerloese-portteknik.dk" -> "Flyvestation Værløse, Bygning 208, 3500 Værløse";
            case "farum-dykkerservice.dk" -> "Gammelgårdsvej 12, 3520 Farum";
            case "farum-banepleje.dk" -> "Frederiksborgvej 51, 3520 Farum";
            case "kirkevaerloese-toemrer.dk" -> "Bygaden 8, Kirke Værløse, 3500 Værløse";
            case "fiskebaek-maler.dk" -> "Fiskebækvej 3, 3520 Farum";
            case "furesoe-rengoering.dk" -> "Ballerup Byvej 222, 3500 Værløse";
            case "soebladet.dk" -> "Farum Hovedgade 47, 3520 Farum";
            case "ryget-vognmand.dk" -> "Rygetvej 17, 3500 Værløse";
            case "laanshoej-el.dk" -> "Laanshøj 4, 3520 Farum";
            case "bregneroed-vvs.dk" -> "Bregnerødvej 96, 3520 Farum";
            case "paltholm-madservice.dk" -> "Paltholmvej 60, 3520 Farum";
            case "farum-traelast.dk" -> "Ny Vestergårdsvej 2, 3500 Værløse";
            case "hareskov-itdrift.dk" -> "Hareskovvej 11, 3500 Værløse";
            case "lillevaerloese-busser.dk" -> "Lille Værløsevej 41, 3500 Værløse";
            case "vaerloese-kontor.dk" -> "Bymidten 30, 3500 Værløse";
            case "hestkoeb-smedie.dk" -> "Hestkøb Vænge 2, 3460 Birkerød";
            case "ryget-naturpleje.dk" -> "Skovvej 9, 3500 Værløse";
            default -> "";
        };
    }

    /**
     * Three layouts written for this corpus: a plain invoice (issuer, invoiced party, delivery, a before-VAT/VAT/total line);
     * a service report with labour, mileage and materials and the FI line (card 71); a quarterly settlement with a fixed and
     * a variable part and the FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Udsteder: " + s.name() + (addr.isEmpty() ? "" : " / " + addr) + " / CVR " + cvr(s.domain()));
                l.add("Faktureres til: " + KOMMUNE + " / " + RAADHUS + " / EAN " + EAN);
                l.add("Udstedt " + dottedDay(m, 0) + "    Vores reference: " + s.person());
                l.add("Leverance: " + s.what());
                l.add("Beløb før moms " + a.net() + "    Moms 25 % " + a.vat() + "    Total at betale DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: løbende måned + 30 dage, forfald " + dottedDay(m, 30));
                if (account != null) {
                    l.add("Kontonummer til indbetaling: " + account + " (husk fakturanummer)");
                }
            }
            case 1 -> {
                head = "Servicerapport med " + title.toLowerCase(DA) + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + " (EAN " + EAN + ")");
                l.add("Udført: " + s.what());
                long labour = a.ore() * 57 / 100;
                long km = a.ore() * 6 / 100;
                l.add("Arbejdsløn " + kr(labour) + " / Kørselstillæg " + kr(km) + " / Materialeforbrug " + kr(a.ore() - labour - km));
                l.add("Sum ekskl. moms " + a.net() + " / moms " + a.vat() + " / total " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + writtenDay(m, 21) + (account == null ? "" : " / " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Kvartalsafregning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Kundenummer " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - " + KOMMUNE);
                l.add("Periode " + dottedDay(m, -91) + " til " + dottedDay(m, -1) + ": " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Fast afgift " + kr(fixed) + " - Variabel del " + kr(a.ore() - fixed));
                l.add("Netto " + a.net() + " - moms " + a.vat() + " - i alt DKK " + a.gross());
                l.addAll(more);
                l.add("Betales " + dottedDay(m, 14) + (account == null ? "" : " via " + account));
                if (own) {
                    l.add("Kortart 75: " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "faktura " + no + ".pdf", "Furesoe_Kommune_" + no + ".pdf", no + ".pdf",
            "Invoice-" + no + ".pdf", "regning-" + no + ".pdf", "Bilag_" + no + ".pdf", "FAK" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Furesø Kommune", "Til kreditorbogholderiet", "Godmorgen", "Hej alle",
        "Att.: Kreditorer", "Kære Furesø Kommune", "Hej regnskab", "Til Økonomi og Analyse"};

    private String phone() {
        return "44 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig87:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh.\n" + firstName(s) + ", " + s.name() + "\nDirekte " + phone();
            case 2:
                return "\n\nHilsen\n" + s.person() + " | " + s.name() + (freeMail(s) ? "" : " | CVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\nSendt fra min iPhone" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nTak for samarbejdet\n" + s.person() + "\n" + s.name();
        }
    }

    /**
     * A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number.
     */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 4_500_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Ny faktura " + no + " - " + KOMMUNE, s.name() + ": faktura " + no,
            "Faktura fra " + s.name(), "Faktura " + no + " (EAN " + EAN + ")", "Regning " + no, "Fakturanr. " + no + " vedhæftet",
            "Faktura vedr. " + s.what()};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "I vedhæftede fil finder I faktura " + no + " for " + s.what() + ".";
            case 1 -> "Her er faktura " + no + ". Den lyder på " + a.gross() + " kr. med moms og skal være betalt senest "
                + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen går også til EAN " + EAN + " via NemHandel, så den skal naturligvis kun betales én gang.";
            case 3 -> "Tak for ordren. PDF-fakturaen ligger i vedhæftningen.";
            case 4 -> "Fakturanummer " + no + "\nBeløb inkl. moms " + a.gross() + " kr.\nForfald " + dashedDay(m, 30);
            case 5 -> "Vedhæftet faktura for det aftalte arbejde; jeres indkøbsnummer er påført.";
            case 6 -> "Fakturaen for månedens leverancer er vedlagt. Giv lyd, hvis noget ikke stemmer.";
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
        if (List.of(varme, rengoer, mad, bane, it, bus, kontor).contains(s)) {
            return 2;
        }
        if (List.of(entrep, port, dyk, vognmand, vvs, el, toemrer).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer(KOMMUNE, "Stiager 2", "Værløse", "3500", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String ref) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, ref, "", BUYER,
            "Løbende måned + 30 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        doorLog = "PJ-" + (120 + rnd.nextInt(80));
        iceAgreement = "IA-" + (3_300 + rnd.nextInt(400));
        pitchAgreement = "BA-" + (710 + rnd.nextInt(200));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == port ? List.of("Portjournal " + doorLog + ": 12 skydeporte, shelter 1-12")
                : s == dyk ? List.of("Isaftale " + iceAgreement + ": beredskab og isboringer vinteren 2036-37")
                : s == bane ? List.of("Baneaftale " + pitchAgreement + ": 7 kunstgræsbaner, børstning og efterfyld") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Natur og Miljø"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a footbridge railing, aligned SPF pass";

        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, kontor, varme, bus, mad, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsnr. FK-" + (20_400 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@furesoe.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Farum Kulturhus, ny scene" : "Indkøbsaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 5, ref, k % 5 == 2 ? "\n\nKvitterede følgesedler ligger som bilag." : "");
            if (k % 5 == 2) {
                m.mime.attach("application/pdf", "foelgesedler.pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Modtaget af Ejendomscenteret, Værløse", "Kolli i alt: " + (2 + k))));
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
        Object[][] c = {{byg, "Kreditnota til faktura ", "Otte plader gips var knækket ved leveringen og er taget retur."},
            {kontor, "Kreditering af faktura ", "Mapperne i forkert farve er hentet igen og krediteres fuldt ud."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (600 + rnd.nextInt(300));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@furesoe.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "trækkes fra jeres næste indbetaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogholderi er fakturaen nedenfor endnu ikke betalt. Har I "
            + "allerede betalt, kan I blot slette denne mail."},
            {entrep, "Rykker 1", "Forfaldsdagen er passeret for otte dage siden. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@furesoe.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[i + 4] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. betales "
                    + "til den konto, der står på fakturaen og i jeres kreditorkartotek: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse-" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
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
        headers(m, s.person(), addr(s), "kreditor@furesoe.dk", "Saldoudskrift pr. " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres afstemning før årsskiftet: vi har modtaget betalingen af faktura " + p.no() + ", og saldoen "
                + "står på nul." + signature(s));
        genuine(m, s.ip());
        m.description = "ryget-vognmand.dk statement, nothing open (SPF names only its booking system: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(el, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String ref = "FK-" + (61_000 + v * 377);
            headers(m, s.name(), addr(s), "efaktura@furesoe.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej\n\nVores nye regnskabsprogram er ikke koblet på NemHandel endnu, så I får e-fakturaen som XML-fil her "
                    + "med en PDF-udgave ved siden af. Betalingsoplysningerne er uændrede. Skulle samme faktura også dukke op via "
                    + "NemHandel, er det den samme, og den betales kun én gang.\n\nHilsen\n" + s.name())
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
        String[] d = {"kvitlys.dk", "bilagsfalk.com", "opkraevo.io", "regningsravn.dk"};
        Supplier[] who = {natur, smed, foto, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "b-" + sha256("plat87:" + m.id).substring(0, 12) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "RR-" + (41_000 + rnd.nextInt(8_000));
                headers(m, "Regningsravn", "opkraevning@regningsravn.dk", "aeldre@furesoe.dk", "Opkrævning " + no + " - vikartimer")
                    .text("Til " + KOMMUNE + ", Ældre og Sundhed\n\nHer er opkrævningen for de vikartimer i hjemmeplejen, som "
                        + "jeres distriktsleder attesterede i oktober (112 timer). Vikarerne er ansat og lønnet hos os.\n\n"
                        + "Beløb " + a.gross() + " kr., forfald " + dottedDay(m, 21) + ".\n\nRegningsravn")
                    .attach("application/pdf", "Regningsravn-" + no + ".pdf", Attachments.pdf(docId(m, "rr"), "Opkrævning " + no,
                        List.of("Regningsravn ApS", "Kunde: " + KOMMUNE + ", Ældre og Sundhed", "Vikartimer oktober 2036: 112",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "30000087640018"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform regningsravn.dk bills attested temp hours in home care under its own name";
                continue;
            }
            String no = "K" + (510_000 + rnd.nextInt(80_000));
            headers(m, s.name() + " via " + d[i], "noreply@" + d[i], i == 1 ? "natur@furesoe.dk" : "kultur@furesoe.dk",
                "Ny faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en faktura til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Fakturaen ligger som PDF i mailen. Besvarer du denne besked, havner svaret direkte hos "
                    + s.person() + ".</p><p style=\"color:#888;font-size:10px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, foto, tolk, sang, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 2, List.of(), v == 3 ? "\n\nJeg er under momsgrænsen, så der er ikke lagt moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "HT-" + (36_500 + rnd.nextInt(900));
        Amount a = amount(900_000);
        headers(m, "Hamburger Torantriebe", addr(tysk), "ejendom@furesoe.dk", "Rechnung " + no + " - Ersatzteile")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung " + no + " über Laufrollen und Antriebsketten für die "
                + "Schiebetore der Flugzeugshelter in Værløse, bestellt über Værløse Portteknik. Steuerschuldnerschaft des "
                + "Leistungsempfängers.\n\nMit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Hamburg", "Kunde: " + KOMMUNE + ", Ejendomscenteret", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Bankverbindung " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "MK" + (8_100 + rnd.nextInt(700));
        headers(m, "Malmö Konstgräs", addr(svensk), "idraet@furesoe.dk", "Faktura " + no + " - korkgranulat")
            .text("Hej,\n\nBifogat finns fakturan för korkgranulatet till era konstgräsplaner i Farum och Värløse, levererat "
                + "till Farum Banepleje enligt er beställning. Betalas till kontot på fakturan.\n\nVänliga hälsningar\n"
                + "Fakturering, Malmö Konstgräs AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "Att betala SEK " + kr(a.ore() * 3 / 2),
                    "Betalas till " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish supplier invoice (RSA, p=none), SE IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(300_000);
        headers(m, "Skolevognen Billing", "billing@skolevognen.io", "skole@furesoe.dk", "Your Skolevognen invoice for November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Skolevognen (route planning for special "
                + "school transport, 14 routes). It has also been sent to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Skolevognen team")
            .attach("application/pdf", "skolevognen-november.pdf", Attachments.pdf(docId(m, "sv"), "Invoice",
                List.of("Skolevognen ApS", "Customer: " + KOMMUNE, "Subscription November 2036, 14 routes", "DKK " + a.gross())));
        genuine(m, "127.87.22.10");
        m.description = "SaaS skolevognen.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        a = amount(300_000);
        headers(m, "Vagtbord", "kvittering@vagtbord.io", "aeldre@furesoe.dk", "Kvittering - Vagtbord licens")
            .text("Hej\n\nTak for betalingen af jeres Vagtbord-licens (vagtplanlægning i hjemmeplejen, 210 brugere). Vi har "
                + "trukket " + a.gross() + " kr. på kortet, der ender på 7741.\n\nVagtbord");
        genuine(m, "127.87.22.11");
        m.description = "SaaS vagtbord.io receipt, paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("2211", "6287119930");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@furesoe.dk", "Vi skifter bank pr. 1. december")
            .text("Til kreditorbogholderiet\n\nKirke Værløse Tømrer flytter sin bankforbindelse. Fakturaer dateret 1. december "
                + "2036 og senere skal betales til " + nyT + "; ældre fakturaer betales som anført på dem.\n\nI er velkomne "
                + "til at ringe til værkstedet på det nummer, der står i jeres kartotek, og få det bekræftet." + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.12.2036", "Ny konto: " + nyT,
                    "Jens Krogh, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "ny skillevæg i lærerværelset, Kirke Værløse Skole");
        invoice(m, moved, nyT, 14, List.of("Ny konto fra 01.12.2036, jf. vores brev"), "\n\nBemærk, at beløbet skal til den "
            + "nye konto, som vi skrev om i sidste måned.");
        genuine(m, toemrer.ip());
        m.description = "kirkevaerloese-toemrer.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "22110087771046");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Paltholm Madservice, Økonomi", addr(mad), "kreditor@furesoe.dk", "Ændret betalingskonto fra december")
            .text("Til " + KOMMUNE + ", kreditorer og Ældre og Sundhed\n\nPaltholm Madservice er blevet en del af en større "
                + "køkkenkoncern og skifter derfor hovedbank. Fakturaer med dato fra 1. december bedes betalt til " + nyM
                + ". Indbetalinger til den hidtidige konto modtages til og med januar. Et underskrevet brev er også sendt til "
                + "jeres Digital Post.\n\nVenlig hilsen\nPaltholm Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from December, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Ny betalingskonto fra 01.12.2036"), "\n\nHusk den nye konto.");
        genuine(m, mad.ip());
        m.description = "paltholm-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=q7Td=NX=soebladet.dk=annonce@srs.farum-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.87.22.8";
        m.helo = "srs.farum-net.dk";
        m.description = "soebladet.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.vaerloese-fiber.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.vaerloese-fiber.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"bogholderringen.dk", "Hanne Kjær", "hkj@", "Regning for isboringer på en sø?",
            "Hej allesammen\n\nVi har modtaget en regning på 'udrykning og boring af 40 huller' på en af vores søer fra et firma, "
                + "vi aldrig har hørt om. Er der andre kommuner med badesøer, der har set noget tilsvarende?\n\nHanne"},
            {"indkoeberkredsen-nord.dk", "Ole Friis", "olfr@", "Kunstgræs - mistænkelig regning", "Hej\n\nVores idrætsafdeling "
                + "fik en regning for 'efterfyld af granulat' med et nyt kontonummer. Den rigtige baneplejer kendte intet til "
                + "den.\n\nOle"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "debat@kreditornet-nordsjaelland.dk", x[3])
                .header("List-Id", "Kreditornet Nordsjælland <debat.kreditornet-nordsjaelland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-nordsjaelland.dk", "[Kreditornet] ", "\r\n--\r\nKreditornet Nordsjælland\r\n"
                + "Afmeld listen: https://kreditornet-nordsjaelland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelvarsel-nordsjaelland.dk", "Svindelvarsel Nordsjælland", "Søer, shelters og kunstgræs: nye fupregninger",
            "Svindlerne kender nu jeres aftalenumre og skriver regninger for isboringer, portservice og granulat. Ring altid "
                + "til leverandøren på et nummer, I selv har, før I betaler."},
            {"furesoe-revision.dk", "Furesø Revision", "Seks tjek før regnskabsafslutningen",
                "Gennemgå kreditorkartoteket, og kræv at to medarbejdere godkender enhver ny bankkonto."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl87:" + x[0]).substring(0, 14) + "@postklyngen.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "okonomi@furesoe.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyt\">Læs "
                    + "mere</a></p><p style=\"font-size:9px\">Afmeld nyhedsbrevet her.</p></body></html>");
            m.signers.add(x[0]);
            m.signers.add("postklyngen.com");
            m.ip = "127.87.22.6";
            m.helo = "mta.postklyngen.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP postklyngen.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Ejendomscenteret", "ejendom@", "kreditor@furesoe.dk", "Portene i flyshelterne",
            "Hej\n\nSkydeportene i shelterne på Flyvestation Værløse passes alene af Værløse Portteknik under portjournalen. "
                + "Reparationer bestiller vi selv. Kommer der andre regninger om portene, så send dem til mig.\n\nEjendomscenteret"},
            {"Natur og Miljø", "natur@", "kreditor@furesoe.dk", "Isen på søerne", "Hej\n\nDet er Farum Dykkerservice, der "
                + "måler isen på Farum Sø, Furesøen og Søndersø under isaftalen, og kun når vi har bedt om det. Skilte og "
                + "redningsudstyr står vi selv for.\n\nNatur og Miljø"},
            {"Idræt og Fritid", "idraet@", "ledere@furesoe.dk", "Kunstgræsbanerne", "Kære ledere\n\nAl pleje af "
                + "kunstgræsbanerne går gennem Farum Banepleje og baneaftalen. Regninger for granulat eller vinterpleje, som "
                + "Idræt og Fritid ikke har bestilt, sendes videre til os.\n\nIdræt og Fritid"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Farum Andelskasse, Erhverv", "erhverv@farum-andelskasse.dk", "okonomi@furesoe.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nEn betalingsfil med 233 poster er modtaget og bliver gennemført på næste bankdag. Se "
                + "detaljerne i netbanken. Vi sender aldrig links i denne slags beskeder.\n\nFarum Andelskasse");
        genuine(m, "127.87.22.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Værløse Sparebank", "info@vaerloese-sparebank.dk", "okonomi@furesoe.dk", "Nye priser på valutaoverførsler")
            .text("Til foreninger, institutioner og offentlige kunder\n\nSparebanken hæver fra nytår gebyret for "
                + "SWIFT-overførsler uden for euroområdet, mens SEPA-betalinger i euro fortsat er gratis for jer. Prisbladet "
                + "med alle satser kan hentes under Dokumenter, når I er logget på erhvervsbanken; vi vedhæfter det ikke her og "
                + "beder jer aldrig logge ind via en mail.\n\nVenlig hilsen\nErhvervsrådgivningen, Værløse Sparebank");
        genuine(m, "127.87.22.2");
        m.description = "bank notice about fees, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("aircraft-shelter-door-service-invoice", true);
        invoice(m, port, port.account(), 7, List.of("Portjournal " + doorLog + ", vintereftersyn",
            "Smøring af skinner og kæder, shelter 1-12; ny endestopkontakt shelter 7"), "\n\nEftersynsrapporten er sendt til "
            + "Ejendomscenteret.");
        genuine(m, port.ip());
        m.description = "the door firm's winter service of the shelter doors (DKIM only, p=quarantine, DMARC pass)";
        m = ok("lake-ice-thickness-survey-invoice", true);
        invoice(m, dyk, dyk.account(), 10, List.of("Isaftale " + iceAgreement + ", første målerunde",
            "Farum Sø 6 boringer, Søndersø 4 boringer; isen ikke farbar"), "\n\nMåleskemaet ligger på Natur og Miljøs drev.");
        genuine(m, dyk.ip());
        m.description = "the diving firm invoices the first ice measurements under its agreement (Ed25519, p=reject)";
        m = ok("artificial-turf-pitch-invoice", true);
        invoice(m, bane, bane.account(), 12, List.of("Baneaftale " + pitchAgreement + ", november",
            "Børstning og rensning af 7 baner, efterfyld 3 t kork på bane 2"), "\n\nTimesedlerne er godkendt af Idræt og Fritid.");
        genuine(m, bane.ip());
        m.description = "the pitch-care firm's November invoice under its agreement (RSA, no DMARC)";
        m = ok("supplier-letter", false);
        headers(m, "Farum Dykkerservice", addr(dyk), "natur@furesoe.dk", "Isberedskab i vinter - ingen ekstra regninger")
            .text("Kære Natur og Miljø\n\nVi er klar med isboringerne, så snart I giver besked. Alt er dækket af isaftale "
                + iceAgreement + ", og vi sender aldrig regninger for udrykninger, I ikke selv har bestilt.\n\nRasmus Holt\n"
                + "Farum Dykkerservice");
        genuine(m, dyk.ip());
        m.description = "the diving firm says everything is under the agreement, no extra bills";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(3_900_000);
        headers(m, "Mølleå Affald I/S", "regnskab@moelleaa-affald.dk", "efaktura@furesoe.dk", "Ejerbidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nVedhæftet opkrævning af ejerbidraget for fjerde kvartal; den er også sendt til jeres "
                + "EAN-nummer.\n\nMølleå Affald I/S")
            .attach("application/pdf", "Ejerbidrag-4kv-2036.pdf", Attachments.pdf(docId(m, "aff"), "Ejerbidrag 4. kvartal 2036",
                List.of("Mølleå Affald I/S", "Ejerkommune: " + KOMMUNE, "DKK " + a.gross(), "Konto " + iban("DK", "95700087880051"))));
        genuine(m, "127.87.20.1");
        m.description = "intermunicipal waste company's quarterly owner contribution";
        m = ok("authority-notice", false);
        headers(m, "Søtilsynet", "tilsyn@soetilsynet.dk", "natur@furesoe.dk", "Tilsyn med badevandsprofiler")
            .text("Til Furesø Kommune, Natur og Miljø\n\nVi gennemgår i foråret badevandsprofilerne for Furesøen og Farum Sø. "
                + "Vi aftaler en dato med jer. Tilsynet er gratis.\n\nSøtilsynet");
        genuine(m, "127.87.20.2");
        m.description = "authority announces a review, no payment";
        m = ok("e-signature-request", false);
        m.mailFrom = "noreply@signvej.dk";
        headers(m, "Furesø Museumsforening via Signvej", "noreply@signvej.dk", "kultur@furesoe.dk",
            "Til underskrift: udlånsaftale")
            .header("Reply-To", "<sekretariat@furesoe-museumsforening.dk>")
            .text("Furesø Museumsforening har sendt jer 'Udlånsaftale - flymodeller til Hangar 2' til underskrift.\n\n"
                + "Dokumentet ligger på jeres konto hos Signvej.\n\nSignvej");
        genuine(m, "127.87.22.12");
        m.description = "real e-signature request from signvej.dk on behalf of the museum association";
        m = ok("receipt", false);
        headers(m, "Farum Isenkram", "kvittering@farum-isenkram.dk", "vejpark@furesoe.dk", "Kvittering for dit køb")
            .text("Tak fordi du handlede hos os\n\n4 isbor-skær, 2 kasteliner. Betalt med kommunens indkøbskort.\n\nFarum Isenkram");
        genuine(m, "127.87.20.6");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("remittance-advice", false);
        headers(m, "Bregnerød Efterskole", "kontor@bregneroed-efterskole.dk", "okonomi@furesoe.dk", "Indbetaling foretaget")
            .text("Hej\n\nVi har i dag overført 18.400 kr. for leje af Farum Arena til vores idrætsdag.\n\nBregnerød Efterskole");
        genuine(m, "127.87.20.4");
        m.description = "a school pays us: remittance advice";
        m = ok("order-confirmation", false);
        headers(m, "Værløse Roklub", "kasserer@vaerloese-roklub.dk", "idraet@furesoe.dk", "Bekræftelse: vinterleje af bådhal")
            .text("Hej\n\nVi bekræfter, at kommunens to redningsbåde kan stå i vores bådhal til 1. april. Regningen kommer via "
                + "EAN.\n\nVærløse Roklub");
        genuine(m, "127.87.20.7");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "5870000011087333"), iban("DK", "89600008712244"), bank("5470", "0008716392"),
        iban("EE", "8720001100870054"), iban("PL", "611090101400000087121103"), iban("GB", "REVO00996687004412"),
        iban("IE", "AIBK93115287004415"), iban("NL", "ABNA0487120087"), iban("DE", "701500000087004413"),
        iban("HU", "117730160087004400000000"), iban("RO", "BTRL0870128700441200"), iban("BG", "STSA93000087044120"),
        iban("CY", "0020012800000087044120AB"), bank("8117", "0008719914"), iban("MT", "MALT01100000000087044120001"),
        iban("SE", "50000000058710087441"), iban("LT", "2140400087004413"), iban("DK", "84030087009917")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, varme, mule(2), 3, List.of("Ny modtagerkonto"), "", "Kære kunde\n\nVærket er gået sammen med to andre "
            + "nordsjællandske varmeselskaber om én fælles opkrævningsenhed, og den gamle konto lukkes ved månedens udgang. "
            + "Opkrævningen herunder viser den konto, I skal benytte fra i dag; beløb sendt til den gamle konto bliver sendt "
            + "tilbage.");
        forged(m, forgedHost++);
        m.description = "forged From vaerloese-varmevaerk.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 6, List.of(), "", "Til vores annoncører\n\nOktobers annoncer er faktureret. Søbladet er "
            + "overtaget af en britisk mediegruppe, og fremover modtager vi kun betaling på den engelske konto, der er angivet "
            + "på fakturaen. Den danske konto er lukket.");
        forged(m, forgedHost++);
        m.description = "forged From soebladet.dk (p=reject), GB account";

        // lookalike-domain
        Object[][] l = {{"vaerloese-varmevaerk.com", varme, "I efteråret flyttede værket kundekartoteket fra det "
            + "gamle forbrugssystem over på en ny platform, og under flytningen blev flere af kommunens målere i Værløse koblet "
            + "på en forkert betalingsprofil. Det er rettet på denne kvartalsopkrævning, som viser den konto, værket bruger "
            + "fremover. Skabeloner i netbanken med vores tidligere oplysninger bør slettes, så pengene ikke havner et forkert "
            + "sted. Spørgsmål om selve aflæsningerne besvarer målerafdelingen på Kirke Værløsevej gerne."},
            {"stavnsholt-entrepise.dk", entrep, "Belægningen på Stavnsholtvej er færdig. Vi har fået ny hovedbank efter et "
                + "generationsskifte, så betalingen skal ske til kontonummeret nederst på fakturaen."},
            {"farum-traelast.com", byg, "Vedlagt ligger samlefakturaen for gips, lægter og skruer, som Proffen "
                + "har kørt ud til Ejendomscenterets depot på Flyvestationen i november. Trælasten er netop blevet en del af en "
                + "svensk byggevarekæde, og alle kundebetalinger er i den forbindelse samlet på kædens koncernkonto. Den konto, "
                + "der står i jeres kreditorsystem, nedlægges ved årsskiftet, så sæt gerne den nye ind, før fakturaen går til "
                + "betaling."},
            {"laanshoej-elservice.dk", el, "Lamperne i tunnelerne under Ryget Allé er udskiftet. Vores bogholder har flyttet "
                + "firmaets konti til en ny bank, så brug kontoen i PDF-filen."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 2, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = OWNED[4];
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 5, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2)), "",
            "Proffen fremsender novemberfakturaen for træ og plader til skolernes sløjdlokaler. Efter vores skift af "
                + "regnskabssystem står der nye betalingsoplysninger på alle dokumenter fra os, og de gælder fra og med denne "
                + "faktura. Har jeres attestant spørgsmål til varelinjerne, kan hun skrive direkte til mig, så finder vi "
                + "følgesedlerne frem fra lageret i Værløse.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as farum-traelast.dk, new account";
        d = OWNED[5];
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@furesoe.dk", "Fortroligt: deponering inden kl. 12")
            .text("Goddag\n\nJeg skriver på borgmesterens vegne, da hun sidder i forhandlinger hele formiddagen. I går aftes fik "
                + "kommunen mundtligt tilsagn om at kunne overtage den tidligere bankbygning ved Farum Bytorv, som byrådet længe "
                + "har kigget på til et nyt borgerservice. Ejendomsmægleren kræver, at der står 420.000 kr. på deponeringskontoen "
                + mule(14) + " senest klokken tolv, ellers går bygningen til en investor fra Hellerup, der har budt mere. "
                + "Købsaftalen og skødet kommer fra advokaten, så snart deponeringen er set. Nævn det venligst ikke for andre i "
                + "afdelingen, før Økonomiudvalget har haft sagen som lukket punkt.\n\nMed venlig hilsen\nBorgmesterens "
                + "sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret property deposit today";

        // lookalike-platform
        m = bad("lookalike-platform");
        headers(m, natur.name() + " via Kvitlys", "besked@kvitlys-farum.dk", "natur@furesoe.dk", "Påmindelse: regning forfalder i nat")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Regningen fra <b>" + natur.name() + "</b> står stadig som ubetalt. "
                + "Fra midnat lægges et gebyr på 250 kr. oveni. Du kan nå det endnu ved at betale med kort her:</p><p><a href=\""
                + "https://kvitlys-farum.dk/b/" + sha256("kl87").substring(0, 18) + "\">Betal nu</a></p><p>Kvitlys</p></body></html>");
        ownedBy(m, "kvitlys-farum.dk");
        m.description = "look-alike of the platform kvitlys.dk: card-payment link in a small firm's name";
        m = bad("lookalike-platform");
        headers(m, "Bilagsfalk", "noreply@bilagsfalk-vaerloese.com", "natur@furesoe.dk", smed.name() + ": faktura til betaling")
            .text("Hej\n\n" + smed.name() + " har overdraget sine tilgodehavender til Bilagsfalk. Fakturaen skal derfor betales "
                + "til vores klientkonto " + mule(15) + " og ikke direkte til smeden.\n\nVenlig hilsen\nBilagsfalk Inkassering")
            .attach("application/pdf", "bilagsfalk-" + (5_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m,
                smed.posing("bilagsfalk-vaerloese.com", mule(15)), "Faktura", "BF-" + (9_100 + rnd.nextInt(600)), amount(300_000),
                mule(15), 0, List.of("Overdraget til Bilagsfalk")));
        ownedBy(m, "bilagsfalk-vaerloese.com");
        m.description = "look-alike of bilagsfalk.com: the smithy's invoice 'taken over' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 7, List.of("Betaling til factoringselskab"), "", "Fra og med november har vi en aftale med et "
            + "finansieringsselskab i Aarhus, der køber vores fakturaer og står for opkrævningen. Denne faktura for rengøringen "
            + "af rådhuset og skolerne skal derfor betales til selskabets konto " + mule(16) + " og ikke til os. Selv er jeg på "
            + "kursus i Kolding resten af ugen, og telefonerne på kontoret er omstillet, så skriv blot tilbage her, hvis noget "
            + "er uklart.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of furesoe-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@furesoe.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nKort om fakturaen nedenfor for skolernes trådløse net: vores bank er i gang med den lovpligtige "
                + "hvidvaskgennemgang af alle erhvervskunder, og indtil den er afsluttet, kan vores sædvanlige konto ikke tage "
                + "imod indbetalinger. Overfør derfor de " + p.amount().gross() + " kr. til vores midlertidige driftskonto "
                + mule(17) + ". Fra januar kører alt som normalt igen, og I skal ikke foretage jer mere.\n\nFakturering\n"
                + it.name() + "\n\n> Faktura " + p.no());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of hareskov-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "kirkevaerloese-tomrer.dk"}, {mad, "paltholm-madservice.com"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = (String) h[i][1];
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@furesoe.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nTusind tak fordi I så hurtigt fik attesteret faktura " + p.no() + " (" + p.amount().gross()
                    + " kr.). Lige inden pengene sendes: vores revisor gennemgik kvartalet i går og fandt ud af, at vores "
                    + "fakturaskabelon stadig henter et kontonummer fra før omlægningen, så det står forkert på jeres eksemplar. "
                    + "Den gældende konto er " + mule(i + 3) + ". Giv mig et hurtigt ja, når kartoteket er rettet, så jeg kan "
                    + "lukke punktet over for revisor.\n\n"
                    + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "okonomi@furesoe.dk", "Hastende: tilskud til julemarkedet")
            .text("Hej\n\nJulemarkedsforeningen på Farum Bytorv har ringet til mig i panik: deres hovedsponsor er sprunget fra, og "
                + "lejen for boderne skal betales til udlejeren i dag, ellers bliver der intet marked på lørdag. Jeg har lovet "
                + "dem 95.000 kr. fra borgmesterens rådighedspulje. Overfør beløbet til " + mule(7) + " med teksten "
                + "'Julemarked'. Jeg kører mod Hillerød til KKR og har elendig dækning, så jeg når ikke at ringe; giv mig bare "
                + "et kort svar her, når det er klaret.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged furesoe.dk (p=reject) from outside: the mayor's urgent Christmas-market grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@furesoe.dk", "Bregnerød VVS - nyt kontonummer")
            .text("Hej\n\nJeg har netop haft indehaveren af Bregnerød VVS i røret. Deres bank er gået ind i en fusion, og den "
                + "konto, vi har i kartoteket, lukker på fredag. Læg venligst " + mule(8) + " ind som ny modtagerkonto, inden "
                + "eftermiddagens betalingskørsel, så pumpeudskiftningen på Hareskov Skole bliver betalt til tiden. Ændringen "
                + "er godkendt af mig, så I behøver ikke at ringe dem op igen.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged furesoe.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.furesoe@gmail.com", "okonomi@furesoe.dk", "Er du ved skrivebordet?")
            .text("Hej\n\nFanger jeg dig ved skrivebordet? Jeg er til budgetopfølgning hos KL i Weidekampsgade og skriver med "
                + "telefonen under bordet. Inden kl. 14 skal der gå en fortrolig betaling ud i forbindelse med en overtagelse, "
                + "som byrådet først hører om i næste uge. Skriv til mig på denne adresse og ikke den sædvanlige, så sender jeg "
                + "modtager og beløb.\n\nH.\nSendt fra Galaxy");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'at a budget seminar'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.furesoe@outlook.com", "indkob@furesoe.dk", "En tjeneste")
            .text("Hej\n\nDe frivillige i isredningsgruppen på Farum Sø har trukket et stort læs i år, og jeg vil gerne overraske "
                + "dem til julefrokosten i aften. Kunne du købe femten digitale gavekort til et supermarked på tusind kroner "
                + "stykket og maile mig koderne før kl. 16? Jeg lægger dem selv i julekortene, og du får beløbet tilbage over "
                + "mit udlægsbilag i næste uge.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Sofie Andersen", "sofie.andersen.farum@gmail.com", "loen@furesoe.dk", "Ny konto til min løn")
            .text("Hej Lønkontoret\n\nJeg hedder Sofie og er pædagog i Børnehuset Paltholm på 32 timer. Banken har spærret mit "
                + "lønkort efter et forsøg på misbrug, og jeg har derfor oprettet en ny konto i en netbank: " + mule(0) + ". "
                + "Kan I sørge for, at decemberlønnen kommer derind? Jeg har prøvet at rette det i lønportalen, men MitID-appen "
                + "vil ikke virke på min nye telefon endnu.\n\nKærlig hilsen\nSofie Andersen");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a kindergarten teacher";
        m = bad("payroll-account-change");
        headers(m, "Mads Kristensen", "mads.kristensen.vaerloese@hotmail.com", "loen@furesoe.dk", "Lønkonto")
            .text("Hej\n\nJeg kører fejemaskine for Vej og Park ude på depotet i Farum og flytter med min kæreste til Cork lige "
                + "efter nytår, hvor hun har fået arbejde på hospitalet. Kan lønnen allerede fra december gå ind på min nye irske "
                + "konto " + mule(6) + "? Den danske konto lukker jeg, når flyttebilen er kørt.\n\nHilsen Mads Kristensen, "
                + "Vej og Park");
        genuine(m, MSFT);
        m.description = "payroll change from hotmail, IE IBAN";

        // fake-reminder-inkasso
        Supplier[] inkasso = {kontor, vognmand};
        for (int i = 0; i < inkasso.length; i++) {
            p = past.get(inkasso[i].domain());
            m = bad("fake-reminder-inkasso");
            headers(m, "Furesø Inkasso", "sag@furesoe-inkasso.dk", "kreditor@furesoe.dk", "Inkassovarsel - " + inkasso[i].name())
                .text("Att. " + KOMMUNE + ", kreditorbogholderiet\n\nVores klient " + inkasso[i].name() + " har bedt os overtage "
                    + "faktura " + p.no() + " på " + p.amount().gross() + " kr., fordi den efter klientens oplysninger står "
                    + "ubetalt trods flere påmindelser. Oveni kommer inkassogebyr og renter efter renteloven, i alt 625 kr. Hele "
                    + "kravet skal være indgået på vores klientkonto " + mule(i + 9) + " inden tre hverdage. Ellers indgiver vi "
                    + "betalingspåkrav til fogedretten i Hillerød og anmelder kommunen til RKI uden yderligere varsel.\n\n"
                    + "Furesø Inkasso\nRetsafdelingen, sagsbehandler K. Winther");
            ownedBy(m, "furesoe-inkasso.dk");
            m.description = "fake collection notice citing " + inkasso[i].domain() + "'s real wave-1 invoice";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        headers(m, "MitID Erhverv", "support@mitid-vaerloese.com", "it@furesoe.dk", "Handling påkrævet: MitID Erhverv spærres")
            .html("<html><body><p>Kære administrator</p><p>Organisationens oplysninger er ikke blevet genbekræftet. Gøres det "
                + "ikke inden 24 timer, spærres alle medarbejdersignaturer i " + KOMMUNE + ".</p><p><a href=\"https://"
                + "mitid-vaerloese.com/org\">Genbekræft nu</a></p></body></html>");
        ownedBy(m, "mitid-vaerloese.com");
        m.description = "fake MitID Erhverv block with a login link";
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "post@digitalpost-farum.com", "okonomi@furesoe.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Til " + KOMMUNE + "</p><p>Skattestyrelsen har lagt en afgørelse om tilbagebetaling af for "
                + "meget udbetalt momskompensation for 3. kvartal 2036 i jeres virksomhedspostkasse. Afgørelsen er markeret som "
                + "vigtig, og klagefristen på fem hverdage regnes fra den dag, brevet blev afsendt. Bliver brevet ikke åbnet af en "
                + "tegningsberettiget, oversendes kravet til Gældsstyrelsen med tillæg af renter.</p><p><a href=\"https://"
                + "digitalpost-farum.com/m\">Åbn meddelelsen med MitID</a></p><p>Med venlig hilsen<br>Digital Post</p></body></html>");
        ownedBy(m, "digitalpost-farum.com");
        m.description = "fake Digital Post notice with a link";

        // qr-code-payment
        m = bad("qr-code-payment");
        headers(m, "Farum P-Service", "afgift@farum-parkering.dk", "vejpark@furesoe.dk", "Parkeringsafgift - Farum Bytorv")
            .html("<html><body><p>Kommunens hvide servicebil med Furesø-logo på dørene holdt onsdag "
                + "formiddag i over to timer på korttidspladserne bag Farum Bytorv uden p-skive i forruden. Kontrolafgiften på "
                + "750 kr. kan betales med mobilen ved at scanne koden nedenfor. Efter fem dage går sagen videre til vores "
                + "opkrævningspartner med gebyr.</p><p><img src=\"cid:betal\" alt=\"QR\"></p>"
                + "</body></html>")
            .attach("image/png", "p-afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "farum-parkering.dk");
        m.description = "QR code for a parking 'fee'";
        m = bad("qr-code-payment");
        headers(m, "Betalingsservice Erhverv", "aftaler@stavnsholt-betaling.net", "okonomi@furesoe.dk", "Jeres aftaler er "
            + "sat på pause")
            .html("<html><body><p>Under bankernes flytning af erhvervsaftaler til en ny løsning er tre af "
                + "jeres faste aftaler (el, telefoni og leasing af servicebiler) stillet i bero. Åbn kameraet på telefonen, "
                + "scan koden og godkend aftalerne igen med MitID Erhverv, ellers bliver næste træk afvist af "
                + "leverandørerne.</p><img src=\"cid:betal\"></body></html>")
            .attach("image/png", "genaktiver.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "stavnsholt-betaling.net");
        m.description = "QR code for 'paused direct-debit agreements'";

        // archive-invoice
        m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(900_000);
        headers(m, rengoer.person(), "kundeservice@furesoe-rengoring.dk", "kreditor@furesoe.dk", "Faktura " + no + " (zip)")
            .text("Hej\n\nJeres spamfilter blokerer åbenbart vores PDF'er, så fakturaen er pakket ned. Bemærk de nye "
                + "betalingsoplysninger.\n\nKundeservice")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf",
                pdfInvoice(m, rengoer.posing("furesoe-rengoring.dk", mule(3)), "Faktura", no, a, mule(3), 0, List.of()),
                "LAES_MIG.txt", "Brug kun kontoen i fakturaen."));
        ownedBy(m, "furesoe-rengoring.dk");
        m.description = "invoice PDF inside a ZIP from a look-alike of furesoe-rengoering.dk, new account";
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(900_000);
        headers(m, vvs.person(), "vaerksted@bregneroed-vvs.net", "kreditor@furesoe.dk", "Novemberfakturaer samlet")
            .text("Hej\n\nFakturaerne for pumpeudskiftningen på Hareskov Skole og novembers servicebesøg er lagt i ét 7z-arkiv, "
                + "for vores nye scanner laver kæmpestore filer, og sidst kom mailen retur. Vi er skiftet til en anden bank, og "
                + "det nye kontonummer står på hver eneste faktura i arkivet.\n\nVærkstedet")
            .attach("application/x-7z-compressed", "november.7z", Attachments.sevenZip("Faktura_" + no + ".pdf",
                pdfInvoice(m, vvs.posing("bregneroed-vvs.net", mule(12)), "Faktura", no, a, mule(12), 1, List.of())));
        ownedBy(m, "bregneroed-vvs.net");
        m.description = "invoice PDF inside a 7z from a look-alike of bregneroed-vvs.dk";

        // office-macro
        m = bad("office-macro");
        headers(m, kontor.person(), "ordre@vaerloese-kontor.net", "indkob@furesoe.dk", "Tilbud + faktura, kopipapir")
            .text("Hej\n\nSom lovet får I tilbud og faktura på årets papir og toner til rådhuset samlet i ét Word-dokument. "
                + "Priserne hentes med felter fra vores varesystem, så listen står blank, til man har trykket på knapperne i "
                + "den gule bjælke øverst (først redigering, så indhold).\n\nOrdrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Tilbud_og_faktura.docm", Attachments.word(
                "Tilbud og faktura, kopipapir. Prislisten indlæses, når indhold er aktiveret.", true));
        ownedBy(m, "vaerloese-kontor.net");
        m.description = "macro-enabled .docm from a look-alike of vaerloese-kontor.dk";
        m = bad("office-macro");
        headers(m, "Fakturering", "fakturering@hareskov-it-drift.net", "it@furesoe.dk", "Chromebook-opgørelse november")
            .text("Hej\n\nNovemberopgørelsen over elev-Chromebooks, skærmlicenser og forsikring fordelt på skolerne ligger i "
                + "regnearket. Summerne lægges sammen af en makro, så Excel skal have lov at køre den, før tallene dukker frem. "
                + "Beløbet betales til vores nye konto, som står nederst i arket.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Chromebooks_nov.xlsm", Attachments.excel(List.of(
                "Opgørelse Chromebooks november 2036", "Chromebook og licens 520 stk", "Betales til " + mule(13)), true));
        ownedBy(m, "hareskov-it-drift.net");
        m.description = "macro-enabled .xlsm from a look-alike of hareskov-itdrift.dk";

        // image-only-invoice
        m = bad("image-only-invoice");
        headers(m, maler.person(), "tue@fiskebaek-malerfirma.dk", "ejendom@furesoe.dk", "Regning Lillevang")
            .text("Hej\n\nJeg har fotograferet regningen med mobilen, da printeren driller. Den nye konto står nederst på "
                + "billedet.\n\nTue")
            .attach("image/jpeg", "IMG_8712.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, "fiskebaek-malerfirma.dk");
        m.description = "image-only invoice (JPEG) from a look-alike of fiskebaek-maler.dk";
        m = bad("image-only-invoice");
        headers(m, vognmand.person(), "kim@ryget-vognmand.net", "vejpark@furesoe.dk", "Faktura grus til vejdepot")
            .text("Hej\n\nVognmandskontoret har været uden printer i en uge, så fakturaen for de atten læs grus til vejdepotet er "
                + "scannet på naboens maskine og vedhæftet. Vi har skiftet bank, og kontonummeret er skrevet med kuglepen "
                + "nederst på scanningen.\n\nKim")
            .attach("application/pdf", "Scan_2036_11.pdf", Attachments.scannedPdf(docId(m, "scan")));
        ownedBy(m, "ryget-vognmand.net");
        m.description = "scanned image-only PDF from a look-alike of ryget-vognmand.dk";

        // xml-invoice-changed-account
        no = invoiceNo(entrep);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, entrep.name(), "mb@stavnsholt-entreprise.net", "efaktura@furesoe.dk", "E-faktura " + no + " som fil")
            .text("Hej\n\nStavnsholt Entreprise er gået over til et nyt bogføringsprogram, som endnu ikke er godkendt som "
                + "afsender i NemHandel. Indtil godkendelsen kommer igennem, sender vi e-fakturaen for belægningsarbejdet som "
                + "Peppol-fil, som jeres økonomisystem kan læse ind direkte. Efter bankskiftet i oktober er kontoen i filen "
                + "opdateret, så den gamle skal ikke bruges mere.\n\nMikkel Brandt\n" + entrep.name())
            .attach("application/xml", "efaktura_" + no + ".xml", ubl(no, entrep, mule(8), a, isoDay(m, 0), isoDay(m, 14), true,
                "FK-" + (63_000 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "stavnsholt-entreprise.net");
        m.description = "Peppol XML in the real contractor's name and CVR with a changed payee, look-alike domain";
        no = invoiceNo(it);
        a = amount(1_500_000);
        m = bad("xml-invoice-changed-account");
        headers(m, it.name(), "fakturering@hareskov-it-drift.net", "efaktura@furesoe.dk", "OIOUBL " + no)
            .text("OIOUBL-filen er vedhæftet. Vores bankoplysninger er ændret, efter at vi har skiftet pengeinstitut.")
            .attach("application/xml", "OIOUBL_" + no + ".xml", ubl(no, it, mule(1), a, isoDay(m, 0), isoDay(m, 10), false,
                "FK-" + (63_500 + rnd.nextInt(400))).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "hareskov-it-drift.net");
        m.description = "OIOUBL XML with a changed payee from a look-alike of hareskov-itdrift.dk";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        headers(m, "Signvej", "dokument@signvej-farum.dk", "kultur@furesoe.dk", "Furesø Museumsforening afventer din signatur")
            .html("<html><body><p>Du er inviteret til at signere 'Forsikringstillæg - flymodeller i Hangar 2'. Invitationen "
                + "udløber i aften.</p><p><a href=\"https://signvej-farum.dk/d/" + sha256("sv87").substring(0, 16) + "\">Åbn "
                + "og signér</a></p></body></html>");
        ownedBy(m, "signvej-farum.dk");
        m.description = "fake e-signature request imitating signvej.dk and the museum association";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentdeling", "del@kirkevaerloese-esign.net", "ejendom@furesoe.dk", "Lejekontrakt til signering")
            .html("<html><body><p>En lejekontrakt for shelter 9 på Flyvestation Værløse venter på jeres underskrift. Log ind "
                + "med din arbejdskonto for at se den.</p><p><a href=\"https://kirkevaerloese-esign.net/login\">Log ind og "
                + "underskriv</a></p></body></html>");
        ownedBy(m, "kirkevaerloese-esign.net");
        m.description = "fake e-signature behind a work-account login page";

        // split-payment-redirect
        p = past.get(bus.domain());
        m = bad("split-payment-redirect");
        headers(m, bus.person(), "koersel@lillevaerloese-busser.net", "kreditor@furesoe.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej\n\nVi er midt i et bankskifte, og den gamle bank har lagt loft over de beløb, der må komme ind, indtil "
                + "flytningen er færdig. Derfor beder vi jer dele betalingen af faktura " + p.no() + " (" + p.amount().gross()
                + " kr.) i to lige store dele: den første til den konto, I plejer at bruge, og den anden til vores nye konto "
                + mule(9) + ". Når skiftet er overstået i januar, kan hele beløbet igen gå samme vej.\n\nKørselskontoret, "
                + "Lille Værløse Busser");
        ownedBy(m, "lillevaerloese-busser.net");
        m.description = "split payment on the bus company's real wave-1 invoice, look-alike domain";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, vvs.person(), "vaerksted@bregneroed-vvs-aps.dk", "kreditor@furesoe.dk", "Angående betaling af " + p.no())
            .text("Hej\n\nAngående faktura " + p.no() + ": vores bank har givet os et dagligt maksimum for indbetalinger, mens de "
                + "kigger på firmaets nye kassekredit. Send derfor 25.000 kr. til den sædvanlige konto og restbeløbet til "
                + mule(10) + ", som er oprettet netop til det formål. Vi kvitterer for begge beløb, så snart de er "
                + "modtaget.\n\nVærkstedet, Bregnerød VVS");
        ownedBy(m, "bregneroed-vvs-aps.dk");
        m.description = "split payment on Bregnerød VVS's real wave-1 invoice";

        // display-name-free-mail
        m = bad("display-name-free-mail");
        headers(m, byg.name(), "farumtraelast.proff@gmail.com", "kreditor@furesoe.dk", "Kontoændring - vigtigt")
            .text("Hej\n\nHele erhvervsområdet i Værløse har været uden strøm siden i går eftermiddags, og vores mailserver står "
                + "stadig stille, så vi skriver fra en reservekonto. Samtidig har banken lukket vores gamle erhvervskonto efter "
                + "en sammenlægning. Alle udestående fakturaer fra Proffen bedes derfor betalt til " + mule(4) + ". Vi sender en "
                + "bekræftelse fra den normale adresse, når serveren kører igen.\n\nProffen, Farum Trælast");
        genuine(m, GMAIL);
        m.description = "the builders' merchant's name as display name on gmail, new account";
        m = bad("display-name-free-mail");
        headers(m, varme.name(), "vaerloese.varmevaerk@live.dk", "okonomi@furesoe.dk", "Acontobetaling vinter")
            .text("Kære kunde\n\nPå grund af de stigende brændselspriser opkræver vi denne vinter en ekstra acontorate på "
                + "38.500 kr. for rådhuset og biblioteket. Beløbet indbetales til " + mule(3) + " inden den 10.\n\nKundecentret");
        genuine(m, LIVE);
        m.description = "district heating's name on live.dk asks an extra winter instalment";

        // fake-domain-renewal
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "fornyelse@furesoe-domaeneservice.dk", "it@furesoe.dk", "Sidste frist: furesoe.dk udløber")
            .text("Til IT-afdelingen\n\nRegistreringen af domænet furesoe.dk udløber om 48 timer. Udløber det, stopper jeres "
                + "mail og hjemmeside, og navnet kan købes af andre. Forny for tre år (2.985 kr. ekskl. moms) på "
                + "https://furesoe-domaeneservice.dk/forny eller betal til " + mule(5) + " med domænenavnet som tekst.\n\n"
                + "Domæneservice, Fornyelser");
        ownedBy(m, "furesoe-domaeneservice.dk");
        m.description = "fake renewal of our own domain with a payment link";
        m = bad("fake-domain-renewal");
        headers(m, "Domæneservice", "faktura@furesoe-domaeneservice.dk", "indkob@furesoe.dk", "Faktura: registrering af "
            + "furesoe-kommune.dk")
            .text("Hej\n\nFor at beskytte jeres navn mod misbrug har vi forhåndsreserveret furesoe-kommune.dk og furesø.dk til "
                + "jer. Reservationen bekræftes ved betaling af vedlagte faktura på 6.400 kr. inden fem dage; ellers frigives "
                + "navnene.\n\nDomæneservice")
            .attach("application/pdf", "Domaenefaktura.pdf", Attachments.pdf(docId(m, "dom"), "Faktura domæneregistrering",
                List.of("Domæneservice", "furesoe-kommune.dk, furesø.dk - 3 år", "I alt 6.400,00", "Betales til " + mule(11))));
        ownedBy(m, "furesoe-domaeneservice.dk");
        m.description = "unsolicited 'pre-reserved' domain names with an invoice";

        newFamilies();
    }

    /** The three families new in this corpus. */
    private void newFamilies() {
        // fake-aircraft-shelter-door-service-invoice
        M m = bad("fake-aircraft-shelter-door-service-invoice");
        invoice(m, port.posing("vaerloese-portteknik.com", port.account()), mule(0), 9,
            List.of("Portjournal " + doorLog + ", akut udkald"), "", "Under stormen i weekenden satte skydeporten i shelter 4 "
                + "sig fast halvt åben, og lejeren ringede til vores vagt. Vi trak porten i med spil og skiftede et hjullejer, "
                + "så shelteret kunne lukkes igen. Arbejdet er noteret i portjournalen og ligger uden for serviceaftalen. Efter "
                + "et ejerskifte har vi ny bankforbindelse, så betal til kontoen på regningen.");
        ownedBy(m, "vaerloese-portteknik.com");
        m.description = "look-alike of the door firm cites its real door log, 'storm call-out at shelter 4', new account (LT IBAN)";
        m = bad("fake-aircraft-shelter-door-service-invoice");
        headers(m, "Flyshelter Service", "drift@vaerloese-flyshelter.dk", "ejendom@furesoe.dk", "Lovpligtigt porteftersyn, "
            + "shelter 1-12")
            .text("Til Ejendomscenteret\n\nMaskindirektivet kræver et årligt dokumenteret sikkerhedseftersyn af motordrevne "
                + "porte over 500 kg. Vi har gennemført eftersynet af de tolv shelterporte på den gamle flyvestation og "
                + "udstedt certifikater. Fakturaen på 46.250,00 kr. inkl. moms betales inden syv dage til " + mule(5)
                + ".\n\nFlyshelter Service")
            .attach("application/pdf", "porteftersyn.pdf", Attachments.pdf(docId(m, "ps87"), "Faktura porteftersyn",
                List.of("Flyshelter Service", "12 shelterporte, sikkerhedseftersyn og certifikat", "I alt inkl. moms 46.250,00",
                    "Betaling " + mule(5))));
        ownedBy(m, "vaerloese-flyshelter.dk");
        m.description = "unknown firm bills a 'mandatory' inspection of the twelve shelter doors (GB IBAN)";
        m = bad("fake-aircraft-shelter-door-service-invoice");
        headers(m, "Jonstrup Hangarservice", "booking@jonstrup-hangarservice.dk", "ejendom@furesoe.dk",
            "Vintersikring af portskinner - forudbetaling")
            .text("Hej\n\nFør frosten sætter ind, monterer vi varmekabler i portskinnerne på shelterne, så portene ikke fryser "
                + "fast i januar. Vi har reserveret et hold til uge 50. For at holde tiden skal halvdelen, 21.900 kr., betales "
                + "forud til " + mule(4) + ".\n\nJonstrup Hangarservice");
        ownedBy(m, "jonstrup-hangarservice.dk");
        m.description = "'winter-proofing of the door rails' with heating cables, half paid in advance (PL IBAN)";

        // fake-lake-ice-thickness-survey-invoice
        m = bad("fake-lake-ice-thickness-survey-invoice");
        invoice(m, dyk.posing("farum-dykkerservice.net", dyk.account()), mule(9), 13,
            List.of("Isaftale " + iceAgreement + ", ekstra målerunde"), "", "Efter nattefrosten rykkede vi ud på Farum Sø i "
                + "weekenden, fordi der var børn på isen ved badeanstalten, og borede 40 huller for at måle tykkelsen. "
                + "Målingen ligger uden for isaftalen og faktureres særskilt. Vi er skiftet til en ny bank, så brug kontoen på "
                + "fakturaen og ikke den gamle.");
        ownedBy(m, "farum-dykkerservice.net");
        m.description = "look-alike of the diving firm cites the real ice agreement, 'extra weekend drilling' (HU IBAN)";
        m = bad("fake-lake-ice-thickness-survey-invoice");
        headers(m, "Furesø Isvagt", "kontor@furesoe-isvagt.dk", "natur@furesoe.dk", "Faktura: isskilte og redningskranse")
            .text("Hej Natur og Miljø\n\nEfter snakken med jeres vagthavende i sidste uge har vores folk banket 24 skilte med "
                + "'Usikker is' i jorden og hængt otte redningsstiger op ved badeanstalterne og bådebroerne rundt om Furesøen "
                + "og Søndersø, så det hele står klar, når isen lægger sig. Skiltene bliver stående til marts, og vi henter dem "
                + "selv. Fakturaen på 31.875,00 kr. inkl. moms forfalder om fem dage og betales til " + mule(10) + ".\n\n"
                + "Furesø Isvagt")
            .attach("application/pdf", "isskilte.pdf", Attachments.pdf(docId(m, "is87"), "Faktura isskilte",
                List.of("Furesø Isvagt", "24 skilte og 8 redningsstiger, opsat", "I alt inkl. moms 31.875,00",
                    "Betaling " + mule(10))));
        ownedBy(m, "furesoe-isvagt.dk");
        m.description = "unknown firm bills ice-warning signs and ladders 'agreed by phone' (RO IBAN)";
        m = bad("fake-lake-ice-thickness-survey-invoice");
        headers(m, "Bregnerød Isberedskab", "vagt@bregneroed-isberedskab.dk", "natur@furesoe.dk",
            "Isredningsberedskab vinteren 2036-37")
            .text("Kære kommune\n\nVi tilbyder som de eneste på Nordsjælland et døgnbemandet isredningsberedskab med "
                + "svævefartøj på Farum Sø og Furesøen. Vi har skrevet jer på listen for denne vinter. Depositum på 12.500 kr. "
                + "indbetales til " + mule(11) + " for at sikre pladsen; resten afregnes i marts.\n\nBregnerød Isberedskab");
        ownedBy(m, "bregneroed-isberedskab.dk");
        m.description = "ice-rescue standby 'with a hovercraft' against a deposit nobody ordered (BG IBAN)";

        // fake-artificial-turf-infill-invoice
        m = bad("fake-artificial-turf-infill-invoice");
        invoice(m, bane.posing("farum-banepleje.com", bane.account()), mule(13), 16, List.of("Baneaftale " + pitchAgreement
            + ", ekstra efterfyld"), "", "Efter efterårets kampe var granulatlaget på bane 1 og 3 i Farum Park nede under "
            + "minimum, og vi efterfyldte derfor 14 tons kork i sidste uge. Det falder uden for baneaftalen. Fakturaen er "
            + "vedhæftet; beløbet skal indsættes på vores nye erhvervskonto inden fredag.");
        ownedBy(m, "farum-banepleje.com");
        m.description = "look-alike of the pitch-care firm cites the real agreement, 'extra cork infill', new DK account";
        m = bad("fake-artificial-turf-infill-invoice");
        headers(m, "Værløse Kunstgræs", "kontakt@vaerloese-kunstgraes.dk", "idraet@furesoe.dk", "Granulatrevision af "
            + "kunstgræsbaner")
            .text("Goddag Idræt og Fritid\n\nEU's mikroplastregler kræver en dokumenteret revision af infill på alle "
                + "kunstgræsbaner. Vi har udtaget prøver på syv baner i Farum og Værløse og målt spild ved banekanterne. "
                + "Rapporten frigives, når fakturaen på 39.600,00 kr. er betalt til " + mule(14) + ".\n\nVærløse Kunstgræs");
        ownedBy(m, "vaerloese-kunstgraes.dk");
        m.description = "unknown firm holds a 'mandatory microplastics infill audit' report until paid (MT IBAN)";
        m = bad("fake-artificial-turf-infill-invoice");
        headers(m, "Hareskov Idrætsservice", "ordre@hareskov-idraetsservice.dk", "idraet@furesoe.dk",
            "Vinterpleje af kunstgræs - ordrebekræftelse")
            .text("Hej\n\nTak for jeres henvendelse om snerydning og afisning af kunstgræsbanerne i vinter. Vi har sat maskine "
                + "og fører af fra december. Første rate, 17.200 kr., betales forud til " + mule(1) + " som bekræftelse.\n\n"
                + "Hareskov Idrætsservice");
        ownedBy(m, "hareskov-idraetsservice.dk");
        m.description = "'your enquiry' about winter care of the turf pitches, first instalment in advance (DK mule)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus87().generate(), List.of(
            "# Furesø Kommune, Økonomi: invoice checks (eighty-seventh held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=vaerloese-varmevaerk.dk stavnsholt-entreprise.dk vaerloese-portteknik.dk "
                + "farum-dykkerservice.dk farum-banepleje.dk kirkevaerloese-toemrer.dk fiskebaek-maler.dk furesoe-rengoering.dk "
                + "soebladet.dk ryget-vognmand.dk laanshoej-el.dk bregneroed-vvs.dk paltholm-madservice.dk farum-traelast.dk "
                + "hareskov-itdrift.dk lillevaerloese-busser.dk vaerloese-kontor.dk",
            "invoice.domains.platforms=kvitlys.dk bilagsfalk.com opkraevo.io regningsravn.dk",
            "invoice.names.protected=Furesø Kommune"));
    }
}
