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
 * The fifty-second held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Kalundborg Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, harbour, roads, schools, care, IT and
 * property mailboxes), the harbour-and-industry municipality on the west coast of Zealand: Kalundborg town with the
 * five-towered Vor Frue Kirke, the deep-water harbour and the Samsø ferry, the Symbiosis industrial park and its
 * process-water pipeline from Tissø, Asnæs power station, the Røsnæs peninsula, Gørlev, Høng, Svebølle, Ubby, Bjergsted and
 * the small islands Sejerø and Nekselø with their ferry. Sixteen listed suppliers in every DNS posture real Danish firms have
 * (one sending through a web hoster named in its SPF, one with nothing published), four invoicing platforms ({@code
 * nettoregning.dk}, {@code sendfaktura.io}, {@code tallyvej.dk}, {@code ydelsesflow.io}), a pilotage and towage firm for the
 * deep-water harbour, the operator of the Symbiosis process-water pipeline, a ferry company chartering a relief ferry to the
 * Sejerø and Nekselø route, sole traders on free mail, foreign suppliers, SaaS, an ESP, an e-signature service, banks, a
 * creditor list, forwarders (with and without SRS) and fraudsters' own domains, each carrying a place name of the
 * municipality.
 *
 * <p>Written blind: from the brief, the shared corpus helpers, the forty-fourth corpus's generator (for shape only) and
 * Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID, fake NemHandel notices, fake inkasso,
 * compromised mailboxes, hijacked threads, split payments, QR codes, archives, macro documents, image-only invoices,
 * callback scams, payroll changes, look-alikes, homoglyphs, e-invoice XML with a changed account, fake e-signature requests)
 * and three kinds new here: pilotage or tug assistance for a ship call at the deep-water harbour billed by someone who never
 * boarded it (fake-pilotage-invoice); the municipality's share of running the Symbiosis process-water pipeline billed to a
 * new account or as an "emergency repair" (fake-industrial-water-pipeline-invoice); and a relief ferry "chartered" for the
 * Sejerø and Nekselø route while the island ferry is in dock (fake-replacement-ferry-charter-invoice). The invoice engine,
 * its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind and its computed authentication.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test -Dtest=HeldOutCorpus52GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus52 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout52");
    public static final String OWN = "kalundborg.dk";
    static final String FRAUD_NET = "127.252.";
    private static final String OWN_IP = "127.52.0.1";
    private static final String EAN = "5798000413925";
    private static final String KOMMUNE = "Kalundborg Kommune";
    private static final String RAADHUS = "Holbækvej 141 B, 4400 Kalundborg";
    private static final String HOSTER_IP = "127.52.9.1";
    private static final String GMAIL = "127.52.60.1";
    private static final String MSFT = "127.52.60.2";
    private static final String APPLE = "127.52.60.3";

    private final Random rnd = new Random(52_4400_7193L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    private int ownedCount = 0;
    /** The harbour's call number for a ship's pilotage (the frauds cite a real one). */
    private String callNo;
    /** The Symbiosis pipeline operating agreement (the frauds cite it). */
    private String pipeAgreement;
    /** The relief-ferry charter case for the Sejerø route (the frauds cite it). */
    private String charterCase;

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

    private final Supplier havn = new Supplier("Kalundborg Havneservice ApS", "kalundborg-havneservice.dk", "Mette Klitgaard", "mk",
        "127.52.1.1", iban("DK", "05370000451182"), "udskiftning af fendere og reparation af kajkant, Dybvandshavnen kaj 3");
    private final Supplier lods = new Supplier("Asnæs Lods & Bugsering ApS", "asnaes-lodsbugser.dk", "Vagtcentralen", "vagt",
        "127.52.1.2", bank("0537", "0000462291"), "lodsning og slæbebådsassistance ved anløb til Kalundborg Havn");
    private final Supplier vand = new Supplier("Tissø Procesvand A/S", "tisso-procesvand.dk", "Tissø Procesvand, Økonomi",
        "oekonomi", "127.52.1.3", iban("DK", "20000004471953"), "drift og vedligehold af procesvandsledningen Tissø-Symbiose, "
        + "kommunens andel");
    private final Supplier faerge = new Supplier("Sejerø Bugt Færgedrift ApS", "sejerobugt-faergedrift.dk", "Kasper Bæk", "kb",
        "127.52.1.4", iban("DK", "05370000488807"), "charter af afløserfærge på ruten Havnsø-Sejerø-Nekselø under værftsophold");
    private final Supplier vej = new Supplier("Gørlev Vej & Anlæg A/S", "gorlev-vejanlaeg.dk", "Tilbudsafdelingen", "tilbud",
        "127.52.1.5", bank("2000", "0004490316"), "asfaltlapning, kantsten og nye vejbump i Gørlev og Høng");
    private final Supplier toemrer = new Supplier("Høng Tømrer og Snedker ApS", "hong-toemrersnedker.dk", "Rasmus Vinding", "rv",
        "127.52.1.6", bank("0537", "0000501477"), "nye akustiklofter og branddøre, Høng Skole");
    private final Supplier el = new Supplier("Svebølle El-Service ApS", "svebolle-elservice.dk", "Tina Skov", "tina", HOSTER_IP,
        bank("2000", "0004512208"), "LED-belysning i Svebølle Hallen og eftersyn af eltavler");
    private final Supplier vvs = new Supplier("Ubby VVS og Blik ApS", "ubby-vvsblik.dk", "Kontoret", "kontor", "127.52.1.8",
        bank("0537", "0000523614"), "nye tagrender og blandingsbatterier, Ubby Plejecenter");
    private final Supplier maskin = new Supplier("Bjergsted Maskinstation I/S", "bjergsted-maskinstation.dk", "Karsten Ry",
        "karsten", "127.52.1.9", bank("2000", "0004535561"), "rabatslåning og saltning på kommunevejene, distrikt vest");
    private final Supplier mad = new Supplier("Røsnæs Madservice A/S", "rosnaes-madservice.dk", "Røsnæs Madservice, Debitor",
        "debitor", "127.52.1.10", iban("DK", "05370000547730"), "madservice til hjemmeboende ældre og tre plejecentre");
    private final Supplier kontor = new Supplier("Kalundborg Papir & Kontor ApS", "kalundborg-papirkontor.dk", "Ordrekontoret", "ordre",
        "127.52.1.11", iban("DK", "20000004559016"), "kopipapir, toner og mødeblokke til Rådhuset og skolerne");
    private final Supplier rengoer = new Supplier("Raklev Rengøring ApS", "raklev-rengoering.dk", "Administration", "adm",
        "127.52.1.12", bank("0537", "0000566083"), "rengøring af Rådhuset, Borgerservice og Kalundborg Bibliotek");
    private final Supplier avis = new Supplier("Kystavisen Kalundborg", "kystavisen-kalundborg.dk", "Annonceafdelingen", "annonce",
        "127.52.1.13", iban("DK", "20000004577428"), "annoncer: lokalplan for Kalundborg Østhavn og stillinger i ældreplejen");
    private final Supplier bus = new Supplier("Nordvestsjællands Skolekørsel ApS", "nvsj-skolekoersel.dk", "Trafikplanlægning",
        "planlaeg", "127.52.1.14", bank("2000", "0004580139"), "skolekørsel Bjergsted-Svebølle og kørsel til svømmehallen");
    private final Supplier byg = new Supplier("Kalundborg Trælast & Byg A/S", "kalundborg-traelastbyg.dk", "Proffen", "proff",
        "127.52.1.15", iban("DK", "05370000592264"), "byggematerialer til Ejendomscenteret efter rammeaftale");
    private final Supplier it = new Supplier("Vestkyst IT-Drift ApS", "vestkyst-itdrift.dk", "Fakturering", "faktura",
        "127.52.1.16", bank("0537", "0000604417"), "drift af skolernes trådløse net og elev-Chromebooks");
    // not on the creditor list
    private final Supplier natur = new Supplier("Nekselø Naturpleje v/ Jonas Kirk", "nekselo-naturpleje.dk", "Jonas Kirk", "jonas",
        "127.52.2.1", bank("2000", "0004611872"), "græsning og rydning af krat på Nekselø og Røsnæs Vestre Skov");
    private final Supplier smed = new Supplier("Reersø Smedie & Marine", "reersoe-smedemarine.dk", "Allan Friis", "allan",
        "127.52.2.2", bank("0537", "0000623305"), "nye lejdere og fortøjningsringe ved badebroen i Reersø");
    private final Supplier formidler = new Supplier("Ida Holm, kunstformidler", "gmail.com", "Ida Holm", "ida.holm.kunstformidling",
        GMAIL, bank("2000", "0004638890"), "kunstforløb om Vor Frue Kirkes fem tårne for 5. årgang, tre skoler");
    private final Supplier tolk = new Supplier("Tolk Farah Yusuf", "outlook.com", "Farah Yusuf", "farah.yusuf.tolk", MSFT,
        bank("0537", "0000640021"), "tolkning somali-dansk, Jobcenter Kalundborg, 5 samtaler");
    private final Supplier musik = new Supplier("Harmonikaspiller Bo Mølgaard", "icloud.com", "Bo Mølgaard", "bo.harmonika",
        APPLE, bank("2000", "0004652215"), "eftermiddagsmusik på Høng Plejecenter og Solvang");
    private final Supplier tysk = new Supplier("Kieler Fendertechnik GmbH", "kieler-fendertechnik.de", "Buchhaltung",
        "buchhaltung", "127.52.70.1", iban("DE", "210501700090117342"), "Gummifender Typ SC 1000 für Kai 3, Kalundborg");
    private final Supplier norsk = new Supplier("Bergen Fergeutstyr AS", "bergen-fergeutstyr.no", "Regnskap", "regnskap",
        "127.52.70.2", iban("NO", "15030712345"), "reservedeler til rampen på Sejerø-færgen");

    private final List<Supplier> listed = List.of(havn, lods, vand, faerge, vej, toemrer, el, vvs, maskin, mad, kontor, rengoer,
        avis, bus, byg, it);

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(havn.domain(), List.of(havn.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(lods.domain(), List.of(lods.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain(vand.domain(), null, null, DkimAlgorithm.ED25519_SHA256, "quarantine"); // DKIM only, enforcing
        domain(faerge.domain(), List.of(faerge.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(vej.domain(), List.of(vej.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(toemrer.domain(), List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain(el.domain(), List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // through its web hoster
        domain(vvs.domain(), List.of(vvs.ip()), "-all", null, "quarantine"); // SPF only
        domain(maskin.domain(), null, null, null, null); // nothing published
        domain(mad.domain(), List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain(kontor.domain(), List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain(rengoer.domain(), null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain(avis.domain(), List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain(bus.domain(), List.of("127.52.98.7"), "~all", null, "none"); // SPF names only its route planner
        domain(byg.domain(), List.of(byg.ip(), "127.52.1.25"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain(it.domain(), null, null, DkimAlgorithm.RSA_SHA256, "reject");
        domain(natur.domain(), null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain(smed.domain(), List.of(smed.ip()), "-all", null, null);
        domain(tysk.domain(), List.of(tysk.ip()), "-all", null, null);
        domain(norsk.domain(), List.of(norsk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vestsj-affaldsselskab.dk", List.of("127.52.30.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("havnestatskontrol-dk.dk", List.of("127.52.30.2"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kalundborg-museumsfond.dk", List.of("127.52.30.3"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kalundborg-revisionshus.dk", List.of("127.52.30.4"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kalundborg-isenkram-marine.dk", List.of("127.52.30.5"), "-all", null, "none");
        domain("kalundborg-sejlklubhavn.dk", List.of("127.52.30.6"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // platforms
        domain("nettoregning.dk", List.of("127.52.40.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("sendfaktura.io", List.of("127.52.40.2"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("tallyvej.dk", List.of("127.52.40.3"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("ydelsesflow.io", List.of("127.52.40.4"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletters, forwarders, SaaS, e-signature
        domain("vestsj-sparekasse-erhverv.dk", List.of("127.52.50.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kystbanken-vest.dk", List.of("127.52.50.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-sjaelland.dk", List.of("127.52.50.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vestsj-bogholdere.dk", List.of("127.52.50.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("havnekommuner-indkoeb.dk", List.of("127.52.50.5"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("udsendo.com", List.of("127.52.50.6"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("svindelalarm-sj.dk", List.of("127.52.50.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.kalundborg-fibernet.dk", List.of("127.52.50.8"), "-all", null, null);
        domain("relay.gorlev-net.dk", List.of("127.52.50.9"), "-all", null, null);
        domain("rutevogter.io", List.of("127.52.50.10"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vagtoverblik.dk", List.of("127.52.50.11"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signetbox.dk", List.of("127.52.50.12"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
    }

    /** A fraudster's own domain (carrying a place name of the municipality), defined on first use. */
    private String fd(String name) {
        if (!dns.containsKey(name)) {
            int n = ++ownedCount;
            DkimAlgorithm key = n % 5 == 4 ? null : n % 3 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            String[] policy = {"none", "reject", null, "quarantine", "none", null};
            domain(name, List.of(FRAUD_NET + "80." + n), n % 4 == 2 ? "~all" : "-all", key, policy[n % policy.length]);
        }
        return name;
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_500 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no52:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "KB" + (36_100 + rnd.nextInt(800));
            case 1:
                return "36-" + String.format("%05d", 1_000 + rnd.nextInt(60_000));
            case 2:
                return String.valueOf(7_700_000 + rnd.nextInt(90_000));
            case 3:
                return "F" + (2036_0000 + rnd.nextInt(900));
            case 4:
                return "Fakt-" + (510 + rnd.nextInt(4_000));
            default:
                return "0" + (93_000 + rnd.nextInt(6_000));
        }
    }

    private static final String[] TO = {"kreditor@kalundborg.dk", "efaktura@kalundborg.dk", "kreditor@kalundborg.dk",
        "regnskab@kalundborg.dk", "havn@kalundborg.dk", "vejogpark@kalundborg.dk", "skole@kalundborg.dk", "omsorg@kalundborg.dk",
        "ejendomscenter@kalundborg.dk", "indkoeb@kalundborg.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf52:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(40_100_000 + Math.floorMod(sha256("cvr52:" + domain).hashCode(), 5_800_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(86_000_000 + Math.floorMod(sha256("fi52:" + domain).hashCode(), 9_000_000));
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "kalundborg-havneservice.dk" -> "Kystvejen 22, 4400 Kalundborg";
            case "asnaes-lodsbugser.dk" -> "Asnæsvej 16, 4400 Kalundborg";
            case "tisso-procesvand.dk" -> "Tissøvej 4, 4490 Jerslev Sjælland";
            case "sejerobugt-faergedrift.dk" -> "Havnsø Havn 3, 4591 Føllenslev";
            case "gorlev-vejanlaeg.dk" -> "Industrivej 11, 4281 Gørlev";
            case "hong-toemrersnedker.dk" -> "Østergade 40, 4270 Høng";
            case "svebolle-elservice.dk" -> "Stationsvej 7, 4470 Svebølle";
            case "ubby-vvsblik.dk" -> "Kalundborgvej 98, 4490 Jerslev Sjælland";
            case "bjergsted-maskinstation.dk" -> "Bjergstedvej 31, 4400 Kalundborg";
            case "rosnaes-madservice.dk" -> "Røsnæsvej 120, 4400 Kalundborg";
            case "kalundborg-papirkontor.dk" -> "Kordilgade 18, 4400 Kalundborg";
            case "raklev-rengoering.dk" -> "Raklev Bygade 9, 4400 Kalundborg";
            case "kystavisen-kalundborg.dk" -> "Skibbrogade 5, 4400 Kalundborg";
            case "nvsj-skolekoersel.dk" -> "Vognmandsvej 2, 4470 Svebølle";
            case "kalundborg-traelastbyg.dk" -> "Hareskovvej 30, 4400 Kalundborg";
            case "vestkyst-itdrift.dk" -> "Lindevej 5, 4400 Kalundborg";
            case "nekselo-naturpleje.dk" -> "Nekselø 14, 4400 Kalundborg";
            case "reersoe-smedemarine.dk" -> "Vestre Strandvej 2, Reersø, 4281 Gørlev";
            default -> "";
        };
    }

    /**
     * Three layouts of this corpus: a plain invoice with from/to lines and a three-line total; a bill of materials, labour
     * and machine hours with the FI line (card 71); a charge under an agreement with a fixed and a variable part and the
     * FI line (card 75). A {@code null} account prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title + " " + no;
                l.add("Fra: " + s.name() + (addr.isEmpty() ? "" : " · " + addr) + " · CVR " + cvr(s.domain()));
                l.add("Til: " + KOMMUNE + " · " + RAADHUS + " · EAN " + EAN);
                l.add("Udstedt " + dottedDay(m, 0) + " · Betalingsfrist " + dottedDay(m, 30) + " · Ref. " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Beløb ekskl. moms " + a.net());
                l.add("Moms 25 % " + a.vat());
                l.add("I alt DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betaling til " + account + ", oplys venligst " + title.toLowerCase(DA) + "snummer " + no);
                }
            }
            case 1 -> {
                head = "Regning " + no + " - " + KOMMUNE;
                l.add(s.name() + " | " + addr + " | CVR " + cvr(s.domain()));
                l.add("Rekvirent: " + KOMMUNE + " (EAN " + EAN + ") | Opgave: " + s.what());
                long labour = a.ore() * 46 / 100;
                long machine = a.ore() * 17 / 100;
                l.add("Arbejdsløn " + kr(labour) + " | Maskintimer " + kr(machine) + " | Materialer " + kr(a.ore() - labour - machine));
                l.add("Netto " + a.net() + " | Moms " + a.vat() + " | Skal betales " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + writtenDay(m, 21) + (account == null ? "" : " | Bank " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = "Opkrævning " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Aftalenr. " + (7_000 + Math.floorMod(s.domain().hashCode(), 2_000)) + " - Betaler: " + KOMMUNE);
                l.add("Periode " + dashedDay(m, -31) + " til " + dashedDay(m, -1) + " - " + s.what());
                long fixed = a.ore() * 40 / 100;
                l.add("Fast bidrag " + kr(fixed) + " - Variabel del " + kr(a.ore() - fixed));
                l.add("Sum " + a.net() + " - heraf moms " + a.vat() + " - opkræves i alt kr. " + a.gross());
                l.addAll(more);
                l.add("Trækkes/forfalder " + dashedDay(m, 14) + (account == null ? "" : " - konto " + account));
                if (own) {
                    l.add("FI-linje " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String[] names = {"Faktura_" + no + ".pdf", "regning-" + no + ".pdf", "KK " + no + ".pdf", "Faktura nr " + no + ".pdf",
            no + ".pdf", "Fak-" + no + ".pdf", "dokument_" + no + ".pdf", "Kalundborg_" + no + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Kalundborg Kommune", "Til kreditorbogholderiet", "Goddag", "Hej igen",
        "Att. Økonomi", "Kære modtager", "Hejsa", "Til rette vedkommende"};

    private String phone() {
        return "59 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig52:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nHilsen\n" + s.person() + "\n" + s.name() + "\nTelefon " + phone();
            case 1:
                return "\n\nMvh " + firstName(s) + "\n" + s.name() + (street(s).isEmpty() ? "" : " | " + street(s));
            case 2:
                return "\n\nDe bedste hilsener\n" + s.person() + (freeMail(s) ? "" : "\n" + s.name() + " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + s.person() + (freeMail(s) ? "\nSendt fra min iPhone" : "\n" + s.name() + "\nwww." + s.domain());
            default:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail with a PDF; {@code text} (if not null) replaces the standard wording. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note, String text) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_200_000 : 410_000);
        String[] subjects = {"Faktura " + no, "Ny faktura fra " + s.name(), "Fakturanr. " + no + " / " + KOMMUNE,
            "Regning " + no, s.name() + ": faktura " + no, "Faktura vedr. " + s.what(), "Faktura " + no + " - EAN " + EAN,
            "Jeres faktura " + no};
        String body = text != null ? text : switch (Math.floorMod(v, 8)) {
            case 0 -> "Her er fakturaen for " + s.what() + ". Den ligger som PDF i mailen.";
            case 1 -> "I får hermed faktura nr. " + no + ". Beløbet er " + a.gross() + " kr. med moms, og den skal være betalt "
                + writtenDay(m, 30) + ".";
            case 2 -> "Fakturaen går samtidig til EAN " + EAN + " via NemHandel. Den skal selvfølgelig kun betales én gang.";
            case 3 -> "Tak for samarbejdet denne gang. Jeg har vedlagt regningen.";
            case 4 -> "Fakturanummer: " + no + "\nBeløb i alt: " + a.gross() + " kr.\nBetalingsfrist: " + dottedDay(m, 30);
            case 5 -> "Vedlagt regning for det udførte. Jeres indkøbsordre er påført.";
            case 6 -> "Så er der faktura på sidste måneds leverancer. Ring endelig, hvis noget ikke stemmer med jeres bestilling.";
            default -> "Se venligst den vedhæftede fil.";
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
        if (List.of(vand, mad, rengoer, kontor, it, bus, avis).contains(s)) {
            return 2;
        }
        if (List.of(havn, lods, vej, toemrer, el, vvs, maskin, faerge).contains(s)) {
            return 1;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        callNo = "ANL-36-" + (1_400 + rnd.nextInt(500));
        pipeAgreement = "SYM-PV-" + (70 + rnd.nextInt(25));
        charterCase = "SAG 36/" + (8_100 + rnd.nextInt(700));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == lods ? List.of("Anløb " + callNo + ": tankskib til Asnæs-kajen, 2 slæbebåde, 1 lods")
                : s == vand ? List.of("Driftsaftale " + pipeAgreement + ": pumpestation Tissø og 14 km ledning")
                : s == faerge ? List.of("Sag " + charterCase + ": afløserfærge, 9 driftsdøgn") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af havnefogeden"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices ladders at the Reersø jetty, aligned SPF pass";

        List<Supplier> again = List.of(kontor, vej, havn, rengoer, it, avis, el, byg, mad, bus, maskin, vvs);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre KK-" + (48_200 + k * 211));
                case 1 -> List.of("Kontaktperson hos jer: " + to().replace("@kalundborg.dk", ""));
                case 2 -> List.of("Projekt " + (k % 3 == 0 ? "Kalundborg Bibliotek, nyt tag" : "Rammeaftale 2035-2038"));
                default -> List.of();
            };
            invoice(m, s, s.account(), k * 3 + 2, ref, k % 5 == 3 ? "\n\nLeveringssedlerne ligger med som ekstra PDF." : "");
            if (k % 5 == 3) {
                m.mime.attach("application/pdf", "leveringssedler.pdf", Attachments.pdf(docId(m, "ls"), "Leveringssedler",
                    List.of(s.what(), "Modtaget og kvitteret på stedet", "Kolli: " + (2 + k))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", through its web hoster" : "")
                + (s == maskin ? " (nothing published: no authentication)" : "");
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
        Object[][] c = {{byg, "Kreditering af faktura ", "Der blev leveret otte plader for meget til Ejendomscenteret; de er "
            + "hentet retur."},
            {kontor, "Kreditnota til faktura ", "Tonerpatronerne til den gamle printer passede ikke og er sendt tilbage."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "CN" + (7_100 + rnd.nextInt(800));
            Amount a = amount(120_000).credit();
            headers(m, s.person(), addr(s), "kreditor@kalundborg.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " I får derfor kreditnota " + no + " på " + a.gross() + " kr. Træk "
                    + "den gerne fra i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), 0,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se en indbetaling på nedenstående faktura. Har I betalt "
            + "inden for de sidste dage, er mailen her overflødig."},
            {vej, "Rykker 1", "Betalingsfristen er overskredet med en uge. Der er ikke beregnet renter endnu."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@kalundborg.dk", x[1] + " - " + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + "\n\nDet drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. Betalingen går som altid til " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void statement() {
        Supplier s = bus;
        Past p = past.get(s.domain());
        M m = ok("statement-of-account", false);
        headers(m, s.person(), addr(s), "kreditor@kalundborg.dk", "Saldoudskrift " + dottedDay(m, -1))
            .text("Hej\n\nTil jeres afstemning: vi har modtaget betaling for faktura " + p.no() + ", og saldoen hos os er 0,00 kr."
                + signature(s));
        genuine(m, s.ip());
        m.description = "nvsj-skolekoersel.dk statement, nothing open (SPF names only its route planner: softfail, p=none)";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(havn, it)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(900_000);
            boolean peppol = v == 1;
            String xml = peppol
                ? Ubl.compact(no, s.name(), cvr(s.domain()), s.account(), s.what(), KOMMUNE, EAN, a.ore(), isoDay(m, 0),
                    isoDay(m, 30), true, "Ordre KK-" + (61_000 + v * 37))
                : Ubl.oioublBank(no, s.name(), cvr(s.domain()), s.account(), s.what(), KOMMUNE, EAN, a.ore(), isoDay(m, 0),
                    isoDay(m, 30), "42", "KK-" + (61_000 + v * 37));
            headers(m, s.name(), addr(s), "efaktura@kalundborg.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej efaktura\n\nVores NemHandel-udbyder har driftsproblemer i denne uge, så fakturaen kommer her som "
                    + "XML-fil med en læsbar PDF ved siden af. Kontoen er uændret. Dukker den samme faktura op via NemHandel "
                    + "bagefter, er det en dublet.\n\nHilsen\n" + s.name())
                .attach("application/xml", no + (peppol ? "_peppol.xml" : "_oioubl.xml"), xml.getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v,
                    List.of("Ordre KK-" + (61_000 + v * 37))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML with a PDF view, usual account";
            v++;
        }
    }

    private void platforms() {
        String[] d = {"nettoregning.dk", "sendfaktura.io", "tallyvej.dk", "ydelsesflow.io"};
        Supplier[] who = {natur, smed, formidler, null};
        for (int i = 0; i < d.length; i++) {
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "b-" + sha256("plat52:" + m.id).substring(0, 10) + "@" + d[i];
            Supplier s = who[i];
            if (s == null) {
                String no = "YF" + (50_000 + rnd.nextInt(9_000));
                headers(m, "Ydelsesflow", "faktura@ydelsesflow.io", "omsorg@kalundborg.dk", "Faktura " + no + " - vikartimer oktober")
                    .text("Kalundborg Kommune, Ældre og Sundhed\n\nFakturaen for vikartimer i hjemmeplejen Gørlev/Høng i oktober "
                        + "(112 timer, godkendt af jeres planlægger) er vedhæftet. Vikarerne er ansat hos Ydelsesflow.\n\nAt betale "
                        + a.gross() + " kr. senest " + dottedDay(m, 20) + ".\n\nYdelsesflow ApS")
                    .attach("application/pdf", "Ydelsesflow-" + no + ".pdf", Attachments.pdf(docId(m, "yf"), "Faktura " + no,
                        List.of("Ydelsesflow ApS", "Kunde: " + KOMMUNE + ", Ældre og Sundhed", "Vikartimer oktober 2036: 112",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Konto " + iban("DK", "20000004700185"))));
                genuine(m, dns.get(d[i]).spfIps().get(0));
                m.description = "platform ydelsesflow.io invoices approved temp hours in home care under its own name";
                continue;
            }
            String no = "T-" + (600_000 + rnd.nextInt(90_000));
            headers(m, s.name() + " (via " + d[i] + ")", "noreply@" + d[i], i == 1 ? "havn@kalundborg.dk" : "skole@kalundborg.dk",
                "Ny regning fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Tahoma,sans-serif\"><p>Hej " + KOMMUNE + "</p><p>" + s.name()
                    + " har udstedt en regning til jer på <b>" + a.gross() + " kr.</b> med betalingsfrist " + dottedDay(m, 14)
                    + ".</p><p>Regningen ligger som PDF i denne mail. Svarer du, havner svaret hos " + s.person()
                    + ".</p><p style=\"color:#888;font-size:9px\">Sendt med " + d[i] + "</p></body></html>")
                .attach("application/pdf", pdfName(no, i + 2), pdfInvoice(m, s, "Faktura", no, a, s.account(), i, List.of()));
            genuine(m, dns.get(d[i]).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d[i] + ", Reply-To the supplier";
        }
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(natur, tolk, musik, formidler)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v + 4, List.of(), v == 1 ? "\n\nTolkning er momsfri, derfor er der ikke lagt moms på." : "");
            genuine(m, s.ip());
            m.description = "small supplier " + s.domain() + " invoice, usual account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        String no = "KF-" + (88_100 + rnd.nextInt(700));
        Amount a = amount(900_000);
        headers(m, "Kieler Fendertechnik", addr(tysk), "havn@kalundborg.dk", "Ihre Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei die Rechnung " + no + " über die gelieferten Gummifender für Kai 3. "
                + "Es gilt das Reverse-Charge-Verfahren, Umsatzsteuer schuldet der Leistungsempfänger.\n\nMit freundlichen Grüßen\n"
                + "Buchhaltung, Kieler Fendertechnik GmbH")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Kiel", "Empfänger: " + KOMMUNE + ", Kalundborg Havn", tysk.what(),
                    "Netto EUR " + kr(a.ore() / 7), "Zahlbar an " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German fender supplier (SPF only, no DMARC) invoice in German, reverse charge";
        m = ok("foreign-invoice", true);
        no = "BF" + (20_400 + rnd.nextInt(700));
        headers(m, "Bergen Fergeutstyr", addr(norsk), "havn@kalundborg.dk", "Faktura " + no + " - rampedeler")
            .text("Hei,\n\nVedlagt faktura for reservedelene til rampen på Sejerø-fergen, sendt med bil fra Bergen forrige uke. "
                + "Betal til kontoen på fakturaen.\n\nVennlig hilsen\nRegnskap, Bergen Fergeutstyr AS")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "no"), "Faktura " + no,
                List.of(norsk.name(), "Kunde: " + KOMMUNE, norsk.what(), "Å betale NOK " + kr(a.ore() * 3 / 2),
                    "IBAN-betaling: " + norsk.account())));
        genuine(m, norsk.ip());
        m.description = "Norwegian ferry-parts supplier invoice (RSA, p=none), NO IBAN";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        Amount a = amount(300_000);
        headers(m, "Rutevogter Billing", "billing@rutevogter.io", "it@kalundborg.dk", "Your Rutevogter invoice, November")
            .text("Hello " + KOMMUNE + ",\n\nAttached is this month's invoice for Rutevogter (route planning for 14 school bus "
                + "routes and the island ferry timetable). We also deliver it to EAN " + EAN + ".\n\nTotal DKK " + a.gross()
                + "\n\nThe Rutevogter team")
            .attach("application/pdf", "rutevogter-nov.pdf", Attachments.pdf(docId(m, "rv"), "Invoice",
                List.of("Rutevogter ApS", "Bill to: " + KOMMUNE, "November 2036 subscription, 14 routes", "DKK " + a.gross())));
        genuine(m, "127.52.50.10");
        m.description = "SaaS rutevogter.io invoice in English, DMARC pass";
        m = ok("foreign-saas-invoice", false);
        a = amount(300_000);
        headers(m, "Vagtoverblik", "kvittering@vagtoverblik.dk", "omsorg@kalundborg.dk", "Kvittering - Vagtoverblik")
            .text("Hej\n\nTak for betalingen af Vagtoverblik til hjemmeplejen (210 brugere). Vi har trukket " + a.gross()
                + " kr. på kortet, der ender på 4471. Der skal ikke betales mere.\n\nVagtoverblik");
        genuine(m, "127.52.50.11");
        m.description = "SaaS vagtoverblik.dk receipt, already paid by card, Ed25519, DMARC pass";
    }

    /** Two genuine announced bank changes, each followed by the supplier's next invoice to the new account. */
    private void bankChanges() {
        String nyT = bank("2000", "0004733609");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@kalundborg.dk", "Vi skifter bank pr. 1. november")
            .text("Hej kreditor\n\nHøng Tømrer og Snedker flytter sin forretning til en anden bank. Regninger dateret 1. november "
                + "2036 og frem skal betales til " + nyT + ", ældre regninger til den konto, der står på dem.\n\nVil I have det "
                + "bekræftet mundtligt, så ring til værkstedet på det nummer, I har i jeres kartotek." + signature(toemrer))
            .attach("application/pdf", "Ny-bank.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fra 01.11.2036", "Ny konto " + nyT,
                    "Rasmus Vinding, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a new bank (SPF+Ed25519 aligned, no DMARC)";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "ny trappe til musiklokalet, Høng Skole");
        invoice(m, moved, nyT, 15, List.of("Ny bankforbindelse fra 01.11.2036"), "\n\nBemærk, at kontoen er den nye, vi skrev "
            + "om i oktober.");
        genuine(m, toemrer.ip());
        m.description = "hong-toemrersnedker.dk invoice to its new account after the announced bank change";

        String nyM = iban("DK", "05370000760042");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Røsnæs Madservice, Debitor", addr(mad), "kreditor@kalundborg.dk", "Ændret betalingskonto fra november")
            .text("Til " + KOMMUNE + ", kreditor og Ældre og Sundhed\n\nRøsnæs Madservice er blevet en del af en større "
                + "koncern, og betalinger samles derfor i koncernens bank. Fakturaer med dato fra 1. november bedes betalt til "
                + nyM + ". Den nuværende konto er åben til årets udgang, så intet går tabt. Et underskrevet brev er sendt til "
                + "kommunens Digital Post.\n\nMed venlig hilsen\nRøsnæs Madservice A/S");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (DMARC pass) announces a new account from November, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, mad.what());
        invoice(m, pooled, nyM, 19, List.of("Betalingskonto ændret 01.11.2036"), "\n\nHusk den ændrede konto.");
        genuine(m, mad.ip());
        m.description = "rosnaes-madservice.dk invoice to its new account after the announced change";
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=p7Qd=LC=kystavisen-kalundborg.dk=annonce@srs.kalundborg-fibernet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.52.50.8";
        m.helo = "srs.kalundborg-fibernet.dk";
        m.description = "kystavisen-kalundborg.dk invoice forwarded with SRS (forwarder SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 30, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.gorlev-net.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 27, List.of(), "");
        relayedBy(m, "relay.gorlev-net.dk", "SPF only (no DKIM), p=quarantine: nothing aligned survives");
    }

    private void creditorList() {
        String[][] p = {{"vestsj-bogholdere.dk", "Hanne Lykke", "hly@", "Lodsregning uden anløb?",
            "Hej alle\n\nHavnen hos os fik en regning for lodsning af et skib, der ifølge havnekontoret aldrig lagde til. "
                + "Afsenderen havde et navn, der lignede vores faste lodsfirma. Er andre havnekommuner ramt?\n\nHanne"},
            {"havnekommuner-indkoeb.dk", "Peter Østergaard", "poe@", "Færgecharter - pas på",
                "Hej\n\nEn ø-kommune fik tilbudt en afløserfærge mod forudbetaling af hele charteret. Rederiet fandtes ikke. "
                    + "Bestil kun gennem jeres faste rederi.\n\nPeter"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "medlemmer@kreditornet-sjaelland.dk", x[3])
                .header("List-Id", "Kreditornet Sjaelland <medlemmer.kreditornet-sjaelland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-sjaelland.dk", "[Kreditornet] ", "\r\n____\r\nKreditornet Sjælland - netværk for "
                + "offentlige bogholdere\r\nAfmeld: https://kreditornet-sjaelland.dk/afmeld\r\n");
        }
    }

    private void newsletters() {
        String[][] n = {{"svindelalarm-sj.dk", "Svindelalarm Sjælland", "Lods, procesvand og færger: svindlere følger havnene",
            "Falske regninger henviser nu til rigtige anløbsnumre, driftsaftaler og sagsnumre. Tjek altid anløbet hos "
                + "havnekontoret og ring til leverandøren på et kendt nummer."},
            {"kalundborg-revisionshus.dk", "Kalundborg Revisionshus", "Tjekliste til årsafslutningen 2036",
                "Gennemgå kreditorkartoteket, og kræv to godkendere, når en leverandørs bankkonto ændres."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl52:" + x[0]).substring(0, 12) + "@udsendo.com";
            headers(m, x[1], "nyhedsbrev@" + x[0], "regnskab@kalundborg.dk", x[2])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h2>" + x[2] + "</h2><p>" + x[3] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs "
                    + "mere på hjemmesiden</a></p><p style=\"font-size:8px\">Du modtager dette nyhedsbrev som abonnent.</p>"
                    + "</body></html>");
            m.signers.add(x[0]);
            m.signers.add("udsendo.com");
            m.ip = "127.52.50.6";
            m.helo = "mta.udsendo.com";
            m.description = "newsletter from " + x[0] + " sent through the ESP udsendo.com, signed by both";
        }
    }

    private void internal() {
        String[][] x = {{"Kalundborg Havn, Havnekontoret", "havnekontor@", "kreditor@kalundborg.dk", "Lodsregninger",
            "Hej kreditor\n\nLodsning og slæbebåde på havnen bestilles altid af os og udføres kun af Asnæs Lods & Bugsering. "
                + "Hver regning skal bære et anløbsnummer fra vores anløbsliste. Regninger uden det, eller fra andre, sender I "
                + "til mig, før de betales.\n\nHavnekontoret"},
            {"Forsyning og Miljø", "forsyning@", "kreditor@kalundborg.dk", "Procesvandsledningen",
                "Hej\n\nKommunens andel af driften af procesvandsledningen faktureres kvartalsvis af Tissø Procesvand under "
                    + "driftsaftalen. Akutte reparationer aftales altid med os først.\n\nForsyning og Miljø"},
            {"Trafik og Øer", "oerne@", "ledere@kalundborg.dk", "Afløserfærge til Sejerø og Nekselø",
                "Kære ledere\n\nNår øfærgen er på værft, sejler Sejerø Bugt Færgedrift for os under den sag, vi har oprettet. "
                    + "Andre tilbud om afløserfærger skal ikke besvares.\n\nTrafik og Øer"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Vestsjællands Sparekasse, Erhverv", "erhverv@vestsj-sparekasse-erhverv.dk", "regnskab@kalundborg.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nBetalingsfilen fra i morges med 243 betalinger er modtaget og gennemføres på valørdagen. Status "
                + "kan ses i netbanken. Vi sender aldrig links i denne type mail.\n\nVestsjællands Sparekasse");
        genuine(m, "127.52.50.1");
        m.description = "the municipality's bank confirms a payment file, no link";
        m = ok("bank-notice", false);
        headers(m, "Kystbanken Vest", "info@kystbanken-vest.dk", "regnskab@kalundborg.dk", "Nye vilkår for udlandsbetalinger")
            .text("Til erhvervskunder\n\nFra 1. januar ændres priserne på udlandsbetalinger uden for SEPA. Den nye prisliste ligger "
                + "i netbanken under Dokumenter.\n\nKystbanken Vest");
        genuine(m, "127.52.50.2");
        m.description = "bank notice about prices, Ed25519";
    }

    /** The genuine counterparts of the three new fraud families. */
    private void counterparts() {
        M m = ok("pilotage-invoice", true);
        invoice(m, lods, lods.account(), 7, List.of("Anløb " + callNo + ", afgang", "Lods 3,5 time, slæbebåd Asnæs 2 t"),
            "\n\nAnløbsrapporten er sendt til havnekontoret.");
        genuine(m, lods.ip());
        m.description = "the real pilotage firm invoices the departure of the logged call (SPF aligned, p=none: DMARC pass)";
        m = ok("industrial-water-pipeline-invoice", true);
        invoice(m, vand, vand.account(), 10, List.of("Driftsaftale " + pipeAgreement + ", 4. kvartal 2036",
            "Eftersyn af pumper og 3 ventilbrønde"), "\n\nDriftsloggen for kvartalet er delt med Forsyning og Miljø.");
        genuine(m, vand.ip());
        m.description = "the pipeline operator's quarterly charge under the agreement (DKIM only, Ed25519, DMARC pass)";
        m = ok("island-ferry-charter-invoice", true);
        invoice(m, faerge, faerge.account(), 12, List.of("Sag " + charterCase + ", afregning af driftsdøgn"), "\n\nLogbogen for "
            + "afløserperioden er sendt til Trafik og Øer.");
        genuine(m, faerge.ip());
        m.description = "the ferry company invoices the relief-ferry charter under the real case (p=reject, DMARC pass)";
        m = ok("supplier-letter", false);
        headers(m, "Tissø Procesvand", addr(vand), "forsyning@kalundborg.dk", "Planlagt lukning af ledningen i uge 48")
            .text("Kære Forsyning og Miljø\n\nI uge 48 lukker vi procesvandsledningen i to døgn for at skifte en ventil ved "
                + "pumpestationen. Arbejdet er dækket af driftsaftale " + pipeAgreement + " og giver ingen ekstra regning. Vi "
                + "sender aldrig regninger for akutarbejde, I ikke har bestilt.\n\nTissø Procesvand");
        genuine(m, vand.ip());
        m.description = "the pipeline operator announces a planned shutdown at no cost";
    }

    private void misc() {
        M m = ok("intermunicipal-invoice", true);
        Amount a = amount(4_100_000);
        headers(m, "Vestsjællands Affaldsselskab", "afregning@vestsj-affaldsselskab.dk", "efaktura@kalundborg.dk",
            "Acontobidrag 4. kvartal 2036")
            .text("Til ejerkommunerne\n\nHer er opkrævningen af acontobidraget for fjerde kvartal. Den er også sendt til jeres "
                + "EAN-nummer.\n\nVestsjællands Affaldsselskab")
            .attach("application/pdf", "Aconto-4kv.pdf", Attachments.pdf(docId(m, "aff"), "Acontobidrag 4. kvartal 2036",
                List.of("Vestsjællands Affaldsselskab I/S", "Ejer: " + KOMMUNE, "DKK " + a.gross(),
                    "Betales til " + iban("DK", "20000004788851"))));
        genuine(m, "127.52.30.1");
        m.description = "intermunicipal waste company's quarterly contribution";
        m = ok("authority-notice", false);
        headers(m, "Havnestatskontrollen", "tilsyn@havnestatskontrol-dk.dk", "havn@kalundborg.dk", "Varsel om inspektion")
            .text("Til Kalundborg Havn\n\nVi varsler en inspektion af modtageanlæggene for skibsaffald på Dybvandshavnen i "
                + "december. Inspektionen er gebyrfri. Dato aftales med havnefogeden.\n\nHavnestatskontrollen");
        genuine(m, "127.52.30.2");
        m.description = "authority announces an inspection, no payment";
        m = ok("e-signature-request", false);
        headers(m, "Kalundborg Museumsfond via Signetbox", "dokument@signetbox.dk", "kultur@kalundborg.dk",
            "Til underskrift: udlånsaftale")
            .header("Reply-To", "<udstilling@kalundborg-museumsfond.dk>")
            .text("Kalundborg Museumsfond beder jer underskrive 'Udlånsaftale - modeller af Vor Frue Kirke'.\n\nLog ind på jeres "
                + "Signetbox-konto for at læse og underskrive.\n\nSignetbox");
        genuine(m, "127.52.50.12");
        m.description = "real e-signature request from signetbox.dk on behalf of the museum fund";
        m = ok("receipt", false);
        headers(m, "Kalundborg Isenkram & Marine", "kvittering@kalundborg-isenkram-marine.dk", "havn@kalundborg.dk", "Kvittering for køb")
            .text("Tak for handlen\n\n4 fenderliner, 2 bådshager. Betalt med kommunens indkøbskort.\n\nKalundborg Isenkram & Marine");
        genuine(m, "127.52.30.5");
        m.description = "hardware store receipt, paid (SPF only, p=none)";
        m = ok("order-confirmation", false);
        headers(m, "Kalundborg Sejlklub, Havnen", "havn@kalundborg-sejlklubhavn.dk", "havn@kalundborg.dk", "Ordrebekræftelse: bådplads")
            .text("Hej\n\nVinterplads til kommunens arbejdsbåd er bekræftet til og med april. Regningen kommer via EAN.\n\n"
                + "Kalundborg Sejlklub");
        genuine(m, "127.52.30.6");
        m.description = "order confirmation, invoiced later by EAN";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "6032500013377815"), iban("DK", "89900006240731"), bank("5354", "0001882046"),
        iban("EE", "7710221082265591"), iban("PL", "611020103400000725530018"), iban("GB", "REVO00997021559183"),
        iban("IE", "AIBK93115217300418"), iban("NL", "BUNQ2206611843"), iban("DE", "100110012639004417"),
        iban("HU", "116000060000000094412257"), iban("RO", "BTRL01301205X29940XX"), iban("BG", "STSA93000024580113"),
        iban("CY", "002001280000001200527600"), bank("8117", "0003318402"), iban("MT", "MALT01100000000000000000991"),
        iban("SE", "50000000058398257466"), iban("LT", "1121000089011872"), iban("DK", "37950004471283"),
        iban("NO", "86011117947"), iban("DK", "75710001186630")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        // forged-supplier: the real supplier's domain, sent from a fraudster's machine
        M m = bad("forged-supplier");
        invoice(m, havn, mule(2), 3, List.of("Kontoændring, se følgebrev"), "", "Vores pengeinstitut har ved en gennemgang "
            + "lukket den konto, I normalt indbetaler til. Fakturaen for fenderne på kaj 3 bedes derfor betalt til kontoen "
            + "på den vedlagte faktura. Den gamle konto afviser indbetalinger fra mandag.");
        forged(m, forgedHost++);
        m.description = "forged From kalundborg-havneservice.dk (p=reject) from a fraudster's machine, mule account";
        m = bad("forged-supplier");
        invoice(m, avis, mule(5), 6, List.of(), "", "Oktobers jobannoncer er faktureret. Avisen administreres nu af et "
            + "forlag i London, og betalinger skal fremover til forlagets konto, som er påført fakturaen.");
        forged(m, forgedHost++);
        m.description = "forged From kystavisen-kalundborg.dk (p=reject), GB account";
        m = bad("forged-supplier");
        invoice(m, mad, mule(9), 1, List.of("Betalingsmodtager: moderselskab"), "", "I forbindelse med årsskiftet opkræver "
            + "vores moderselskab for alle madleverancer. Beløbet for november skal indsættes på moderselskabets konto i "
            + "Ungarn. Spørgsmål kan sendes som svar på denne mail.");
        forged(m, forgedHost++);
        m.description = "forged From rosnaes-madservice.dk (p=reject): 'parent company' collects, HU account";

        // lookalike-domain
        Object[][] l = {{"kalundborg-havneservice.com", havn, "Fenderne er monteret. Vi er flyttet til en anden bank efter en "
            + "sammenlægning, så brug kun kontoen på denne faktura."},
            {"gorlev-vejanlaeg.net", vej, "Vejbumpene i Høng er lagt, og asfalten er færdig. Bemærk at vores bankforbindelse er "
                + "ændret pr. denne måned."},
            {"kalundborg-traelast-byg.dk", byg, "Materialerne til Ejendomscenteret er leveret. Efter en systemfejl i vores økonomi har "
                + "nogle kunder fået en forkert konto - den rigtige står på fakturaen her."},
            {"svebolle-el-service.dk", el, "Lysarmaturerne i hallen er skiftet. Vores revisor har bedt os samle indbetalingerne "
                + "på en ny konto, som fremgår af PDF'en."}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = fd((String) l[i][0]);
            m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 2, List.of(), "", (String) l[i][2]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + ", new account";
        }

        // punycode-homoglyph
        String d = fd(idn("kalundborg-tr\u00e6last-byg.dk"));
        m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(11), 5, List.of("Betalingsoplysninger opdateret " + dottedDay(m, -2)), "",
            "Proffen sender hermed novemberfakturaen. Vi har fået nye betalingsoplysninger, og de gælder fra denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ for ae) posing as kalundborg-traelastbyg.dk, new account";
        d = fd(idn("kalundb\u043erg.dk"));
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "regnskab@kalundborg.dk", "Deponering - grund ved Østhavnen")
            .text("Goddag\n\nBorgmesteren har mundtligt indgået aftale om køb af et havnenært areal ved Østhavnen, før en "
                + "udenlandsk investor slår til. Sælgers advokat skal have 410.000 kr. deponeret på " + mule(14) + " inden kl. 12. "
                + "Skødet følger, når handlen er tinglyst. Sagen er lukket, indtil Økonomiudvalget er orienteret.\n\n"
                + "Borgmesterens sekretariat");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as our municipality: secret harbour land deposit";

        // lookalike-platform
        m = bad("lookalike-platform");
        d = fd("nettoregning-kalundborg.dk");
        headers(m, natur.name() + " via Nettoregning", "regning@" + d, "skole@kalundborg.dk", "Regning forfalden - gebyr i aften")
            .html("<html><body><p>Hej " + KOMMUNE + "</p><p>Regningen fra <b>" + natur.name() + "</b> står stadig ubetalt. "
                + "Betaler I ikke i dag, lægges et gebyr på 450 kr. oven i. Betal nemt med kort her:</p><p><a href=\"https://"
                + d + "/b/" + sha256("nr52").substring(0, 16) + "\">Betal regningen</a></p><p>Nettoregning</p></body></html>");
        ownedBy(m, d);
        m.description = "look-alike of the platform nettoregning.dk: card-payment link with a fee threat";
        m = bad("lookalike-platform");
        d = fd("sendfaktura-reersoe.com");
        headers(m, "Sendfaktura", "besked@" + d, "havn@kalundborg.dk", smed.name() + " - faktura til betaling")
            .text("Hej\n\n" + smed.name() + " har overdraget opkrævningen til Sendfaktura. Beløbet skal derfor overføres til "
                + "vores klientkonto " + mule(15) + " og ikke direkte til smedien.\n\nVenlig hilsen\nSendfaktura")
            .attach("application/pdf", "sf-" + (4_400 + rnd.nextInt(500)) + ".pdf", pdfInvoice(m, smed.posing(d, mule(15)),
                "Faktura", "SF" + (9_100 + rnd.nextInt(700)), amount(300_000), mule(15), 0, List.of("Opkræves af Sendfaktura")));
        ownedBy(m, d);
        m.description = "look-alike of sendfaktura.io: the smithy's invoice 'collected on its behalf' to an SE account";

        // compromised-supplier: real mailboxes
        m = bad("compromised-supplier");
        invoice(m, rengoer, mule(16), 8, List.of("Betales til factoringselskab"), "", "Raklev Rengøring er gået ind i et "
            + "samarbejde med Nordisk Fakturakøb om finansiering af lønninger til vores rengøringsassistenter i vinterhalvåret. "
            + "Derfor skal betalingen for vinduespudsningen på Rådhuset og biblioteket i denne omgang gå direkte til "
            + "finansieringshuset på " + mule(16) + ". Vores egen konto bruges igen fra februar. Jeg er på Bornholm med "
            + "rengøringsholdet resten af ugen og har svært ved at tage opkald, så svar mig bare her i tråden.");
        genuine(m, rengoer.ip());
        m.description = "compromised real mailbox of raklev-rengoering.dk (DKIM, DMARC pass): account moved";
        Past p = past.get(it.domain());
        m = bad("compromised-supplier");
        headers(m, it.person(), addr(it), "kreditor@kalundborg.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn lille rettelse til fakturaen nedenfor: vi er midt i en bankrevision, så de " + p.amount().gross()
                + " kr. skal denne ene gang betales til " + mule(17) + ". Fremover er det den sædvanlige konto.\n\nFakturering\n"
                + it.name() + "\n\n> " + p.subject());
        genuine(m, it.ip());
        m.description = "compromised real mailbox of vestkyst-itdrift.dk replies in its own wave-1 thread (DMARC pass)";

        // reply-chain-hijack
        Object[][] h = {{toemrer, "hong-toemrer-snedker.dk"}, {vvs, "ubby-vvs-blik.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String dd = fd((String) h[i][1]);
            p = past.get(s.domain());
            m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + dd, "kreditor@kalundborg.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text(i == 0 ? "Hej\n\nTak fordi I tog jer af faktura " + p.no() + " så hurtigt. Før den går til betaling: vores "
                    + "bogholder har opdaget, at der stod en lukket konto på den. Overfør venligst de " + p.amount().gross()
                    + " kr. til " + mule(i + 3) + " og giv mig besked, når det er ændret.\n\n" + s.person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: " + addr(s) + "\nEmne: " + p.subject()
                    : "Goddag igen\n\nApropos tagrenderne på Ubby Plejecenter: blikkenslageren har sendt regningen fra en gammel "
                    + "skabelon, hvor kontoen hos Lokalbanken stadig stod. Den konto har vi opsagt i sommer. De " + p.amount().gross()
                    + " kr. for faktura " + p.no() + " skal derfor til " + mule(i + 3) + ", som vores revisor har oprettet. Kan "
                    + "plejecentrets leder få en kopi af kvitteringen, når det er betalt?\n\nHilsen fra værkstedet i Ubby\n"
                    + s.person() + "\n\n>>> " + addr(s) + " skrev:\n>>> " + p.subject());
            ownedBy(m, dd);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + dd + ", a third account";
        }

        // own-domain-forged
        m = bad("own-domain-forged");
        headers(m, "Borgmester", "borgmester@" + OWN, "regnskab@kalundborg.dk", "Tilskud til havnefesten - i dag")
            .text("Hej\n\nJeg har lovet foreningen bag havnefesten i Kalundborg et tilskud på 125.000 kr. til scenen, og de "
                + "skal bruge pengene i dag. Sæt dem ind på " + mule(7) + ". Jeg er på Samsø-færgen og har næsten ingen dækning, "
                + "så bare svar kort, når det er ordnet.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "forged kalundborg.dk (p=reject) from outside: the mayor's same-day festival grant";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@kalundborg.dk", "Ny konto - Bjergsted Maskinstation")
            .text("Hej\n\nBjergsted Maskinstation har ringet til mig om ny bank. Opret " + mule(8) + " på dem inden dagens "
                + "betalingskørsel, så saltningen i november bliver betalt rigtigt. Jeg har godkendt det.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "forged kalundborg.dk: 'finance manager' orders a supplier's account changed";

        // ceo-fraud (free mail)
        m = bad("ceo-fraud");
        headers(m, "Kommunaldirektør", "kommunaldirektoer.kbg@gmail.com", "regnskab@kalundborg.dk", "Har du fem minutter?")
            .text("Hej\n\nJeg sidder til et møde med ministeriet og kan kun skrive herfra. Der er en overførsel, vi skal have "
                + "klaret før frokost, og den skal ikke gennem det normale flow. Svar mig her, så får du detaljerne.\n\n"
                + "Sendt fra min iPad");
        genuine(m, GMAIL);
        m.description = "CEO fraud from gmail: the chief executive 'in a ministry meeting'";
        m = bad("ceo-fraud");
        headers(m, "Borgmester", "borgmester.kalundborg@outlook.com", "indkoeb@kalundborg.dk", "En tjeneste")
            .text("Kære indkøber\n\nDe frivillige, der samlede plastik langs Røsnæs Fyr i weekenden, skal have et lille "
                + "skulderklap fra mig personligt, inden de mødes i aften i forsamlingshuset. Tænkte du kunne ordne femten "
                + "elektroniske oplevelsesbeviser fra en webshop på tusind kroner stykket og maile mig numrene bag på dem. "
                + "Mit eget kommunekort driller, og sekretariatet er på kursus i Sorø. Jeg lægger kvitteringen ind i "
                + "udlægssystemet, når jeg er tilbage.\n\nBorgmesteren");
        genuine(m, MSFT);
        m.description = "CEO fraud from outlook: gift cards";
        m = bad("ceo-fraud");
        headers(m, "Havnedirektør", "havnedirektor.kalundborg@hotmail.com", "havn@kalundborg.dk", "Depositum til rederi")
            .text("Hej\n\nEt rederi vil flytte en fast rute til Dybvandshavnen, men kræver et depositum på 86.000 kr. for at "
                + "reservere kajpladsen, før konkurrenten i Aarhus får den. Overfør det til " + mule(12) + " i dag - jeg tager "
                + "papirerne med hjem fra Hamburg.\n\nHavnedirektøren");
        genuine(m, MSFT);
        m.description = "CEO fraud from hotmail: the harbour director wants a quay-booking deposit";

        // payroll-account-change
        m = bad("payroll-account-change");
        headers(m, "Sofie Kjær", "sofie.kjaer.hjemmepleje@gmail.com", "loen@kalundborg.dk", "Løn til ny konto")
            .text("Hej Løn\n\nJeg arbejder i hjemmeplejen i Høng, aftenholdet. Jeg har skiftet til en netbank og vil gerne have "
                + "min løn dertil fra næste måned: " + mule(0) + ". Jeg kan ikke logge på medarbejderportalen fra telefonen, så "
                + "vil I ikke rette det for mig?\n\nTak\nSofie Kjær");
        genuine(m, GMAIL);
        m.description = "payroll change from gmail for a home-care worker";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Dam", "mikkeldam.kbg@icloud.com", "loen@kalundborg.dk", "Ændring af bankoplysninger, havnen")
            .text("Hej\n\nJeg er fortøjningsmand på havnen. Min gamle konto er spærret efter et kortmisbrug, så november-lønnen "
                + "skal gå til " + mule(18) + ". Jeg kommer forbi med papirerne, når jeg har fri.\n\nMikkel");
        genuine(m, APPLE);
        m.description = "payroll change from icloud for a harbour mooring hand, NO account";

        // fake-reminder-inkasso
        Object[][] ink = {{"kalundborg-inkasso.dk", "Kalundborg Inkassoservice", "Inkassovarsel sag ", "Vi har fået "
            + "overdraget et ubetalt krav fra " + vej.name() + ". Betales beløbet, 18.940,00 kr. inkl. gebyr, ikke inden 5 "
            + "hverdage til " + mule(1) + ", indleder vi retslige skridt."},
            {"hong-incasso.com", "Høng Incasso & Retshjælp", "Sidste varsel før udlæg - ", "Trods påmindelser mangler "
                + "betaling af faktura fra " + kontor.name() + ". Kravet med renter og gebyr er 7.215,50 kr. Beløbet kan "
                + "indbetales til " + mule(3) + ", hvorefter sagen lukkes."}};
        for (Object[] x : ink) {
            m = bad("fake-reminder-inkasso");
            d = fd((String) x[0]);
            String sag = String.valueOf(300_000 + rnd.nextInt(90_000));
            headers(m, (String) x[1], "sag@" + d, "kreditor@kalundborg.dk", x[2] + sag)
                .text("Til " + KOMMUNE + "\n\nSagsnr. " + sag + "\n\n" + x[3] + "\n\n" + x[1])
                .attach("application/pdf", "Sag" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + sag,
                    List.of((String) x[1], "Skyldner: " + KOMMUNE, (String) x[3])));
            ownedBy(m, d);
            m.description = "fake debt collector " + d + " for a claim that does not exist";
        }

        // fake-digital-post
        m = bad("fake-digital-post");
        d = fd("digitalpost-kalundborg.com");
        headers(m, "Digital Post", "meddelelse@" + d, "regnskab@kalundborg.dk", "Ny meddelelse fra Skattestyrelsen")
            .html("<html><body><p>Kalundborg Kommune har modtaget en meddelelse i Digital Post vedrørende en efterregulering af "
                + "moms.</p><p>Meddelelsen slettes efter 48 timer. <a href=\"https://" + d + "/laes\">Åbn med MitID "
                + "Erhverv</a></p></body></html>");
        ownedBy(m, d);
        m.description = "fake Digital Post notice with a MitID login link";
        m = bad("fake-digital-post");
        d = fd("mitid-svebolle.net");
        headers(m, "MitID Erhverv", "support@" + d, "it@kalundborg.dk", "Jeres MitID Erhverv-administrator skal bekræftes")
            .text("Hej\n\nFor at bevare adgangen for 612 medarbejdere skal organisationens administrator bekræfte sin identitet "
                + "senest fredag. Brug linket https://" + d + "/bekraeft og godkend i MitID-appen.\n\nMitID Erhverv");
        ownedBy(m, d);
        m.description = "fake MitID Erhverv admin confirmation";

        // fake-nemhandel-notice
        m = bad("fake-nemhandel-notice");
        d = fd("nemhandel-gorlev.net");
        headers(m, "NemHandel Support", "support@" + d, "efaktura@kalundborg.dk", "EAN " + EAN + " deaktiveres")
            .text("Til " + KOMMUNE + "\n\nVores register viser, at adressen for EAN " + EAN + " ikke er valideret i år. "
                + "Valider den senest i morgen på https://" + d + "/ean, ellers afvises indgående e-fakturaer.\n\nNemHandel Support");
        ownedBy(m, d);
        m.description = "fake NemHandel EAN validation link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "afregning@" + d, "kreditor@kalundborg.dk", "Afviste fakturaer - samlet indbetaling")
            .text("Kære kreditorbogholderi i Kalundborg\n\nI løbet af oktober har vores adgangspunkt returneret ni "
                + "e-fakturaer fra jeres leverandører, blandt andet fra havnen og vejafdelingens entreprenører, fordi jeres "
                + "modtagerprofil pegede på et udløbet OCES-certifikat. Leverandørerne har henvendt sig til os, og for at undgå "
                + "rentekrav foreslår vi, at kommunen indbetaler summen af de ni fakturaer, 143.620,00 kr., på vores "
                + "clearingkonto " + mule(4) + ". Vi udligner over for hver enkelt leverandør inden for to bankdage og sender en "
                + "specifikation bagefter.\n\nMed venlig hilsen\nNemHandel Support, afregningsgruppen");
        ownedBy(m, d);
        m.description = "fake NemHandel 'rejected invoices' asking for one pooled payment";

        // qr-code-payment
        m = bad("qr-code-payment");
        d = fd("kalundborg-havneparkering.dk");
        headers(m, "Havneparkering Kalundborg", "kontrol@" + d, "vejogpark@kalundborg.dk", "Parkeringsafgift - færgeterminalen")
            .html("<html><body><p>En kommunal varevogn holdt ved færgeterminalen uden gyldig billet. Afgiften er 790 kr. og "
                + "betales ved at scanne koden med mobilen inden 10 dage.</p><p><img src=\"cid:betal\" alt=\"QR\"></p>"
                + "</body></html>")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, d);
        m.description = "QR code for a ferry-terminal parking 'fee'";
        m = bad("qr-code-payment");
        d = fd("ubby-betalingsservice.com");
        headers(m, "Betalingsservice", "aftaler@" + d, "regnskab@kalundborg.dk", "Fornyelse af faste aftaler")
            .html("<html><body><p>Jeres tilmelding af faste betalinger skal fornyes. Scan QR-koden og bekræft i bankens app."
                + "</p><img src=\"cid:betal\"></body></html>")
            .attach("image/png", "forny.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, d);
        m.description = "QR code to 'renew direct debits'";

        // archive-invoice
        m = bad("archive-invoice");
        d = fd("bjergsted-maskinstation.net");
        String no = "BM" + (5_100 + rnd.nextInt(800));
        headers(m, maskin.person(), "karsten@" + d, "vejogpark@kalundborg.dk", "Saltning oktober - faktura " + no)
            .text("Hej\n\nFakturaen er pakket, fordi den fylder for meget med kørebøgerne. Adgangskode: salt2036\n\nKarsten")
            .attach("application/zip", "Faktura_" + no + ".zip", Attachments.zip("Faktura_" + no + ".pdf.exe",
                "MZ-not-a-pdf".getBytes(StandardCharsets.US_ASCII)));
        ownedBy(m, d);
        m.description = "look-alike of the unauthenticated contractor: passworded ZIP with an .exe";
        m = bad("archive-invoice");
        d = fd("sejero-havnekontor.dk");
        headers(m, "Sejerø Havnekontor", "kasse@" + d, "havn@kalundborg.dk", "Havnepenge 3. kvartal")
            .text("Goddag\n\nHavnepenge for kommunens både i tredje kvartal er samlet i arkivet.\n\nSejerø Havnekontor")
            .attach("application/x-7z-compressed", "havnepenge.7z", Attachments.sevenZip("havnepenge_Q3.pdf.js",
                "var x=1;".getBytes(StandardCharsets.US_ASCII)));
        ownedBy(m, d);
        m.description = "7z archive with a script as 'harbour dues'";

        // office-macro
        m = bad("office-macro");
        d = fd("kalundborg-papir-kontor.dk");
        headers(m, "Ordrekontoret", "ordre@" + d, "indkoeb@kalundborg.dk", "Prisregulering 2037 - godkend venligst")
            .text("Hej\n\nVedlagt de nye priser for 2037. Aktiver indhold, når dokumentet åbner, så regnes jeres rabat ud.\n\n"
                + "Ordrekontoret")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Prisregulering_2037.docm", Attachments.word(
                "Prisregulering 2037 - klik Aktiver indhold", true));
        ownedBy(m, d);
        m.description = "macro Word document 'price regulation' from a look-alike of the office supplier";
        m = bad("office-macro");
        d = fd("raklev-rengoring.net");
        headers(m, "Administration", "adm@" + d, "ejendomscenter@kalundborg.dk", "Timeopgørelse november")
            .text("Hej\n\nTimeopgørelsen for rengøringen ligger i regnearket. Makroer skal være slået til, ellers vises tallene "
                + "ikke.\n\nRaklev Rengøring")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_nov.xlsm", Attachments.excel(List.of(
                "Lokation;Timer", "Rådhuset;412", "Bibliotek;96"), true));
        ownedBy(m, d);
        m.description = "macro Excel 'hours statement' from a look-alike of the cleaner";

        // image-only-invoice
        m = bad("image-only-invoice");
        d = fd("reersoe-marine.com");
        headers(m, "Reersø Marine", "allan@" + d, "havn@kalundborg.dk", "Regning")
            .text("Regning vedhæftet som billede. Betal til kontoen på billedet.\n\nAllan")
            .attach("image/jpeg", "regning.jpg", Attachments.image(docId(m, "img"), "jpg"));
        ownedBy(m, d);
        m.description = "image-only 'invoice' from a look-alike of the smithy";
        m = bad("image-only-invoice");
        headers(m, "Gørlev Vej og Anlæg", "gorlev.vejanlaeg@gmail.com", "vejogpark@kalundborg.dk", "Scannet faktura")
            .text("Hej\n\nVores mailserver er nede, så fakturaen kommer herfra som scanning.\n\nTilbudsafdelingen");
        m.mime.attach("application/pdf", "Scan_0311.pdf", Attachments.scannedPdf(docId(m, "scan")));
        genuine(m, GMAIL);
        m.description = "scanned image-only PDF 'from the road contractor' sent from gmail";

        // callback-phone-invoice
        m = bad("callback-phone-invoice");
        d = fd("kalundborg-kontorsupport.com");
        headers(m, "Kontorsupport", "ordre@" + d, "regnskab@kalundborg.dk", "Ordre 88213 er afsendt - 6.499,00 kr.")
            .text("Hej Kalundborg Kommune, Regnskab\n\nTre ThinkPad-maskiner med dockingstation og forlænget garanti er pakket "
                + "på vores lager i Køge og hentes af fragtmanden i eftermiddag. Ordren er lagt ind fra en konto med jeres "
                + "EAN-nummer, og beløbet opkræves ved levering. Kender ingen i Regnskab til bestillingen, har vi kun en time til "
                + "at stoppe pakken: ring til vores ordrelinje 70 70 41 93 og oplys ordrenummer 88213.\n\nKontorsupport, "
                + "ordrehåndtering");
        ownedBy(m, d);
        m.description = "callback scam: fake order, 'call to cancel'";
        m = bad("callback-phone-invoice");
        d = fd("asnaes-servicecenter.dk");
        headers(m, "Servicecenter", "faktura@" + d, "it@kalundborg.dk", "Fornyelse af antivirus - 2.890 kr.")
            .text("Til IT-afdelingen\n\nSikkerhedspakken på skolernes 340 elevcomputere udløber ved midnat og bliver "
                + "fornyet automatisk for tre år ad gangen. Prisen er hævet til 2.890 kr. pr. måned efter den nye prisliste fra "
                + "producenten. Hvis kommunen har skiftet til en anden løsning, eller prisen ikke er godkendt, kan fornyelsen kun "
                + "stoppes ved at ringe til vores fornyelsesteam på 78 74 12 06 - det kan ikke gøres pr. mail.\n\nServicecenter "
                + "Asnæs, kundeservice");
        ownedBy(m, d);
        m.description = "callback scam: antivirus renewal";

        // xml-invoice-changed-account
        m = bad("xml-invoice-changed-account");
        d = fd("tisso-procesvand.com");
        no = "PV" + (9_200 + rnd.nextInt(600));
        Amount a = amount(2_400_000);
        headers(m, "Tissø Procesvand, Økonomi", "oekonomi@" + d, "efaktura@kalundborg.dk", "OIOUBL " + no)
            .text("Hej\n\nE-fakturaen følger som XML, fordi NemHandel afviste den. Kontoen i filen er vores nye.\n\nØkonomi")
            .attach("application/xml", no + ".xml", Ubl.oioublBank(no, vand.name(), cvr(vand.domain()), mule(13), vand.what(),
                KOMMUNE, EAN, a.ore(), isoDay(m, 0), isoDay(m, 14), "42", pipeAgreement).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, d);
        m.description = "OIOUBL XML in the pipeline operator's name from a look-alike, changed payee account";
        m = bad("xml-invoice-changed-account");
        d = fd("sejerobugt-faergedrift.com");
        no = "SB" + (3_300 + rnd.nextInt(500));
        a = amount(1_800_000);
        headers(m, "Sejerø Bugt Færgedrift", "kb@" + d, "efaktura@kalundborg.dk", "Peppol-faktura " + no)
            .text("Hej\n\nHer er Peppol-filen til jeres system. Betalingen skal gå til IBAN-kontoen i filen.\n\nKasper")
            .attach("application/xml", no + ".xml", Ubl.compact(no, faerge.name(), cvr(faerge.domain()), mule(6), faerge.what(),
                KOMMUNE, EAN, a.ore(), isoDay(m, 0), isoDay(m, 10), true, "Sag " + charterCase).getBytes(StandardCharsets.UTF_8));
        ownedBy(m, d);
        m.description = "Peppol XML in the ferry company's name from a look-alike, IE IBAN";

        // fake-esignature-request
        m = bad("fake-esignature-request");
        d = fd("signetbox-kalundborg.com");
        headers(m, "Signetbox", "dokument@" + d, "jura@kalundborg.dk", "Lejekontrakt klar til underskrift")
            .html("<html><body><p>Kalundborg Havn har et dokument klar til jer: <b>Lejekontrakt - lagerhal Østhavnen</b>.</p>"
                + "<p><a href=\"https://" + d + "/doc/" + sha256("es52").substring(0, 14) + "\">Gennemse og underskriv</a></p>"
                + "</body></html>");
        ownedBy(m, d);
        m.description = "fake e-signature request on a look-alike of signetbox.dk";
        m = bad("fake-esignature-request");
        d = fd("ubby-dokumentdeling.net");
        headers(m, "Dokumentdeling", "del@" + d, "ejendomscenter@kalundborg.dk", "Tilbud og kontrakt - tagrenovering")
            .text("Der er delt en kontrakt med dig til gennemsyn og signering. Åbn: https://" + d + "/s/vfk-taarne\n\n"
                + "Linket udløber om 24 timer.");
        ownedBy(m, d);
        m.description = "fake document-sharing link for a 'contract'";

        // split-payment-redirect
        m = bad("split-payment-redirect");
        d = fd("rosnaes-madservice.net");
        invoice(m, mad.posing(d, mad.account()), mule(19), 4, List.of("Delbetaling 1 af 2"), "", "Fakturaen er delt i to: "
            + "halvdelen betales som sædvanlig, den anden halvdel til " + mule(19) + ", som er vores nye driftskonto. Det "
            + "skyldes en omlægning hos banken.");
        ownedBy(m, d);
        m.description = "look-alike of the meal service splits the payment, half to a mule";
        m = bad("split-payment-redirect");
        d = fd("kalundborg-havne-service.dk");
        headers(m, havn.person(), "mk@" + d, "havn@kalundborg.dk", "Afdrag på fenderaftalen")
            .text("Hej Havnen\n\nSom aftalt ved mødet deler vi betalingen for fenderne i tre rater. Første rate på 64.200 kr. "
                + "går til " + mule(10) + ", resten efter aflevering.\n\nMette");
        ownedBy(m, d);
        m.description = "look-alike of the harbour contractor: 'agreed' instalments to a RO account";

        newFamilies();
    }

    private void newFamilies() {
        // fake-pilotage-invoice
        M m = bad("fake-pilotage-invoice");
        String d = fd("asnaes-lods.dk");
        invoice(m, lods.posing(d, lods.account()), mule(3), 11, List.of("Anløb " + callNo + " - ekstra slæbebåd"), "",
            "Ved afgangen under anløb " + callNo + " var det nødvendigt med en ekstra slæbebåd på grund af vinden, og den "
                + "afregnes særskilt. Vi har fået ny bankforbindelse, så benyt kontoen på denne regning.");
        ownedBy(m, d);
        m.description = "look-alike of the pilotage firm cites the real call, 'extra tug' to a new account (EE IBAN)";
        m = bad("fake-pilotage-invoice");
        d = fd("kalundborg-pilotage.com");
        headers(m, "Kalundborg Pilotage Services", "accounts@" + d, "havn@kalundborg.dk", "Pilotage invoice - MT Nordic Tissø")
            .text("Dear Harbour Master,\n\nPlease find below our invoice for pilotage of MT Nordic Tissø into the deep-water "
                + "harbour on " + isoDay(m, -4) + ": 1 pilot, 4.5 hours, night supplement. Amount DKK 31,870.00 payable within "
                + "7 days to " + mule(5) + ".\n\nKind regards\nAccounts, Kalundborg Pilotage Services");
        ownedBy(m, d);
        m.description = "unknown English 'pilotage' firm bills a ship call that is not in the harbour's log (GB IBAN)";
        m = bad("fake-pilotage-invoice");
        d = fd("rosnaes-bugser.dk");
        headers(m, "Røsnæs Bugser", "drift@" + d, "havn@kalundborg.dk", "Assistance ved Asnæs-kajen, fredag")
            .text("Hej\n\nVores bugserbåd assisterede bulkskibet ved Asnæs-kajen i fredags, da jeres faste slæbebåd var optaget. "
                + "Havnefogeden gav mundtligt tilsagn. Regningen på 27.400 kr. ekskl. moms betales til " + mule(17)
                + " inden ugens udgang.\n\nRøsnæs Bugser")
            .attach("application/pdf", "assistance.pdf", Attachments.pdf(docId(m, "rb52"), "Regning bugserassistance",
                List.of("Røsnæs Bugser", "Assistance Asnæs-kajen, 2,5 timer", "27.400,00 + moms", "Betales til " + mule(17))));
        ownedBy(m, d);
        m.description = "unknown tug firm claims 'verbal approval' for assisting a bulk ship (DK mule)";

        // fake-industrial-water-pipeline-invoice
        m = bad("fake-industrial-water-pipeline-invoice");
        d = fd("tisso-procesvand.net");
        invoice(m, vand.posing(d, vand.account()), mule(9), 14, List.of("Driftsaftale " + pipeAgreement + " - akut reparation"),
            "", "I weekenden sprang en samlemuffe på procesvandsledningen ved Tissø, og vi måtte reparere med det samme for at "
                + "holde Symbiose-parken forsynet. Akutreparationen ligger uden for driftsaftale " + pipeAgreement + " og "
                + "afregnes separat til den konto, der står på regningen.");
        ownedBy(m, d);
        m.description = "look-alike of the pipeline operator cites the real agreement, 'emergency repair' (HU IBAN)";
        m = bad("fake-industrial-water-pipeline-invoice");
        d = fd("symbiose-kalundborg.net");
        headers(m, "Symbiose Vandpartnerskab", "afregning@" + d, "forsyning@kalundborg.dk",
            "Efterregulering af vandandel 2036")
            .text("Til Forsyning og Miljø\n\nVed årsopgørelsen af procesvand til Symbiose-parken er kommunens andel af "
                + "pumpeenergien opgjort 52.300 kr. for lavt. Efterreguleringen bedes indbetalt til partnerskabets konto "
                + mule(16) + " inden den 20.\n\nSymbiose Vandpartnerskab");
        ownedBy(m, d);
        m.description = "invented 'Symbiosis water partnership' asks for a year-end adjustment (LT IBAN)";
        m = bad("fake-industrial-water-pipeline-invoice");
        d = fd("asnaes-ledningsservice.dk");
        headers(m, "Asnæs Ledningsservice", "kontor@" + d, "teknik@kalundborg.dk", "TV-inspektion af procesvandsledning")
            .text("Hej\n\nVi har som bestilt gennemført TV-inspektion af 2,1 km procesvandsledning mellem Asnæs og "
                + "pumpestationen. Rapporten frigives, når fakturaen på 44.125,00 kr. er betalt til " + mule(11) + ".\n\n"
                + "Asnæs Ledningsservice");
        ownedBy(m, d);
        m.description = "unknown firm holds a pipeline inspection report back until paid (BG IBAN)";

        // fake-replacement-ferry-charter-invoice
        m = bad("fake-replacement-ferry-charter-invoice");
        d = fd("sejerobugt-faerge.dk");
        invoice(m, faerge.posing(d, faerge.account()), mule(14), 17, List.of("Sag " + charterCase + " - forlænget charter"),
            "", "Værftsopholdet for øfærgen er blevet forlænget med fire døgn, og afløserfærgen har derfor sejlet videre "
                + "under sag " + charterCase + ". Vi beder om betaling af de ekstra driftsdøgn nu, da rederiet har skiftet "
                + "bank - se kontoen på fakturaen.");
        ownedBy(m, d);
        m.description = "look-alike of the ferry company cites the real charter case, 'extended charter' (MT IBAN)";
        m = bad("fake-replacement-ferry-charter-invoice");
        d = fd("nekselo-faergeri.com");
        headers(m, "Nekselø Færgeri", "booking@" + d, "oerne@kalundborg.dk", "Reservation af afløserfærge - forudbetaling")
            .text("Hej Trafik og Øer\n\nVi har hørt, at Nekselø-færgen skal på værft i januar. Vi kan stille en godkendt "
                + "passagerbåd til rådighed i tre uger. For at holde båden fri skal halvdelen af charteret, 96.000 kr., "
                + "forudbetales til " + mule(1) + " senest fredag.\n\nNekselø Færgeri");
        ownedBy(m, d);
        m.description = "unknown 'ferry company' offers a relief boat for prepayment (DK mule)";
        m = bad("fake-replacement-ferry-charter-invoice");
        d = fd("havnso-sejero-rederi.dk");
        headers(m, "Havnsø-Sejerø Rederi", "oekonomi@" + d, "kreditor@kalundborg.dk", "Faktura - nødsejlads 2 døgn")
            .text("Goddag\n\nDa øfærgen fik motorstop, sejlede vi efter opringning fra jeres vagt nødsejlads til Sejerø i to "
                + "døgn med post og medicin. Fakturaen er vedhæftet.\n\nHavnsø-Sejerø Rederi")
            .attach("application/pdf", "noedsejlads.pdf", Attachments.pdf(docId(m, "ns52"), "Faktura nødsejlads",
                List.of("Havnsø-Sejerø Rederi", "Nødsejlads Havnsø-Sejerø, 2 døgn", "I alt 58.750,00 kr. inkl. moms",
                    "Konto " + mule(4))));
        ownedBy(m, d);
        m.description = "unknown shipping firm bills 'emergency sailings' after an engine stop nobody ordered (PL IBAN)";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus52().generate(), List.of(
            "# Kalundborg Kommune, Økonomi: invoice checks (fifty-second held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=kalundborg-havneservice.dk asnaes-lodsbugser.dk tisso-procesvand.dk sejerobugt-faergedrift.dk "
                + "gorlev-vejanlaeg.dk hong-toemrersnedker.dk svebolle-elservice.dk ubby-vvsblik.dk bjergsted-maskinstation.dk "
                + "rosnaes-madservice.dk kalundborg-papirkontor.dk raklev-rengoering.dk kystavisen-kalundborg.dk nvsj-skolekoersel.dk "
                + "kalundborg-traelastbyg.dk vestkyst-itdrift.dk",
            "invoice.domains.platforms=nettoregning.dk sendfaktura.io tallyvej.dk ydelsesflow.io",
            "invoice.names.protected=Kalundborg Kommune"));
    }
}
