package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The twenty-third held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body
 * is Silkeborg Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, roads and parks,
 * health and care, culture and department mailboxes) with sixteen listed suppliers from Silkeborg, Them, Kjellerup,
 * Gjern, Virklund, Sejs, Funder, Resenbro and the Gudenå valley in every DNS posture real Danish firms have (some sending
 * through a web hoster named in their SPF), a temporary-staffing agency for the care homes, three invoicing platforms
 * ({@code invoiced.com}, {@code kashflow.com}, {@code bexio.com}), local banks, a card acquirer for the swimming pools'
 * terminals, the joint fire and rescue service, a tour-boat company on Julsø, a Swedish floating-jetty maker, a German
 * weed-cutting-boat builder from Kiel and a Norwegian boat builder from Gjøvik for the lakes, SaaS, an auditor, an
 * e-signature service, a lawyer's collection department, a pension company, a creditor list, forwarders (with and
 * without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices,
 * split payments, e-invoice XML with a changed account, fake e-signature requests) and three kinds new here: a fake or
 * impersonated temporary-staffing agency billing care-home shifts with a timesheet, or asking for timesheet approval
 * in a portal (temp-staffing-timesheet-invoice); a pump-hire firm's, contractor's or flood-barrier renter's demand for
 * prepayment during the Gudenå flood "as ordered by your on-call officer last night" (flood-emergency-advance); and a
 * fake card-terminal support desk asking the swimming pool or tourist office to refund a disputed or "double-settled"
 * card payment by bank transfer (card-terminal-refund-scam). The invoice engine, its tests, tuning notes and earlier
 * results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from
 * the mail's kind (a legitimate invoice, credit note, reminder, collection demand for a real debt, fire-service or
 * boat-trip invoice, foreign, platform or SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM
 * pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test -Dtest=HeldOutCorpus23GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus23 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout23");
    public static final String OWN = "silkeborg.dk";
    static final String FRAUD_NET = "127.166.";
    private static final String OWN_IP = "127.160.0.1";
    private static final String EAN = "5798005532917";
    private static final String RAADHUS = "Søvej 1, 8600 Silkeborg";
    /** A Midtjylland web hoster whose outgoing server several small firms name in their SPF. */
    private static final String HOSTER_IP = "127.165.9.1";
    private static final String GMAIL = "127.169.1.1";
    private static final String MSFT = "127.169.2.1";
    private static final String YAHOO = "127.169.3.1";
    private static final String APPLE = "127.169.5.1";
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M", DA);

    private final Random rnd = new Random(23_0023_8600L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, splits) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2030, 1, 28, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2030, 2, 25, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Silkeborg Vand & Varme A/S", "silkeborg-vandvarme.dk",
        "Kundecenter, Silkeborg Vand & Varme", "afregning", "127.161.1.1", iban("DK", "76000004417293"),
        "vand, spildevand og fjernvarme, kommunale ejendomme, januar");
    private final Supplier entrep = new Supplier("Them Entreprenørforretning A/S", "them-entreprenoer.dk", "Rasmus Kjær Damgaard",
        "rasmus", "127.161.2.1", bank("7600", "0002214478"), "reparation af kantsten og fortov, Silkeborgvej i Them");
    private final Supplier kloak = new Supplier("Gjern Kloak & Spuling ApS", "gjern-kloak.dk", "Søren Vinther", "soeren",
        HOSTER_IP, bank("9280", "0001176534"), "spuling og TV-inspektion af dræn, Gjern Skole");
    private final Supplier toemrer = new Supplier("Sejs Tømrer & Tag ApS", "sejs-toemrer.dk", "Mads Ellegaard", "mads",
        "127.161.4.1", bank("7600", "0004456120"), "nyt tag på cykelskuret og to nye yderdøre, Sejs Skole");
    private final Supplier maler = new Supplier("Kjellerup Malerforretning v/ Henrik Bach", "kjellerup-maler.dk", "Henrik Bach",
        "henrik", "127.161.5.1", bank("9280", "0002287713"), "maling af klasselokaler i vinterferien, Kjellerup Skole");
    private final Supplier rengoer = new Supplier("Funder Rengøringsservice ApS", "funder-rengoering.dk", "Bogholderiet",
        "bogholderi", "127.161.6.1", bank("7600", "0003318840"), "rengøring af Funder Børnehus og Funder Idrætscenter, januar");
    private final Supplier avis = new Supplier("Silkeborg Søposten", "soeposten-silkeborg.dk", "Annoncesalg", "annoncer",
        "127.161.7.1", iban("DK", "92800001147706"), "stillingsannoncer og kommunens side 'Fra Søvej 1', december-januar");
    private final Supplier vognmand = new Supplier("Resenbro Vognmandsforretning I/S", "resenbro-vognmand.dk", "Kim Højer",
        "kim", "127.161.8.1", bank("0400", "4012290187"), "vintertjeneste: saltning og snerydning, rute 14 Resenbro-Gjern");
    private final Supplier el = new Supplier("Virklund El & Teknik ApS", "virklund-el.dk", "Camilla Thygesen", "camilla",
        HOSTER_IP, bank("9280", "0005561902"), "nye LED-armaturer i Virklund Hallen");
    private final Supplier vvs = new Supplier("Silkeborg VVS-Service ApS", "silkeborg-vvsservice.dk", "Kontoret", "kontor",
        "127.161.10.1", bank("7600", "0006642219"), "ny varmtvandsbeholder og blandingsventiler, Plejecentret Kastaniehaven");
    private final Supplier madservice = new Supplier("Højlandets Madservice A/S", "hoejlandets-madservice.dk",
        "Højlandets Madservice, Kundeservice", "kunde", "127.161.11.1", iban("DK", "76000007730418"),
        "madservice til hjemmeboende borgere i Kjellerup og Them, uge 3-4");
    private final Supplier traelast = new Supplier("Kjellerup Trælast A/S", "kjellerup-traelast.dk", "Proffafdelingen", "proff",
        "127.161.12.1", iban("DK", "92800003386154"), "byggematerialer til Ejendomsdrift, rammeaftale 2030");
    private final Supplier it = new Supplier("Silkeborg IT-Drift ApS", "silkeborg-itdrift.dk", "IT-Drift, Fakturering", "faktura",
        "127.161.13.1", bank("0400", "4027718830"), "drift af skolernes trådløse net og 60 nye elev-chromebooks");
    private final Supplier bus = new Supplier("Himmelbjerg Busser ApS", "himmelbjerg-busser.dk", "Trafikkontoret", "trafik",
        "127.161.14.1", bank("7600", "0001908863"), "skolekørsel Sejs-Virklund og Gjern-Sorring, januar");
    private final Supplier kontor = new Supplier("Gudenå Kontorforsyning ApS", "gudenaa-kontor.dk", "Ordreafdelingen", "ordre",
        "127.161.15.1", iban("DK", "04000004471290"), "kopipapir, toner og arkivæsker, rammeaftale, januar");
    private final Supplier vikar = new Supplier("Gudenå Vikarer ApS", "gudenaa-vikarer.dk", "Louise Brix", "louise",
        "127.161.16.1", bank("5301", "0004418727"), "vikardækning med social- og sundhedsassistenter, Plejecentret Kastaniehaven");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Gjern Smede- og Maskinværksted", "gjern-smedie.dk", "Bent Gjern Mikkelsen",
        "bent", "127.162.1.1", bank("9280", "0003340921"), "nyt rækværk og gelænder ved badebroen, Silkeborg Langsø");
    private final Supplier skadedyr = new Supplier("Sejs Skadedyrskontrol", "sejs-skadedyr.dk", "Mette Lund", "mette",
        "127.162.2.1", bank("7600", "0005520437"), "rottebekæmpelse og sikring af kloakbrønde, Sejs Børnehus");
    private final Supplier snedker = new Supplier("Funder Møbelsnedker", "funder-snedker.dk", "Jens Funder Holm", "jens",
        "127.162.3.1", bank("0400", "4031182266"), "nye reoler og skranke, Kjellerup Bibliotek");
    private final Supplier have = new Supplier("Virklund Have & Anlæg v/ Ole Krag", "virklund-have.dk", "Ole Krag", "ole",
        "127.162.4.1", bank("9280", "0004419076"), "beskæring af lindealléen, Virklund Kirkevej");
    private final Supplier natur = new Supplier("Naturvejleder Himmelbjerget v/ Anna Sø", "gmail.com", "Anna Sø",
        "anna.soe.naturvejleder", GMAIL, bank("7600", "0001172288"), "naturdag i Ry Nørreskov for 4. årgang, Virklund Skole");
    private final Supplier tolk = new Supplier("Amira Haddad Tolkning", "outlook.com", "Amira Haddad", "amira.haddad.tolk",
        MSFT, bank("0400", "4019983350"), "tolkning arabisk-dansk, Jobcenter Silkeborg, 3 timer");
    private final Supplier musik = new Supplier("Harmonikaspiller Erik Gjessø", "icloud.com", "Erik Gjessø",
        "erik.gjessoe.musik", APPLE, bank("9280", "0002209914"), "musik til fastelavnsfest, Plejecentret Kastaniehaven");
    private final Supplier foto = new Supplier("Søhøjland Foto v/ Line Brandt", "hotmail.com", "Line Brandt", "soehoejland.foto",
        MSFT, bank("7600", "0006612035"), "billeder af Silkeborg Langsø og Gudenåen til kommunens turistbrochure");
    private final Supplier yoga = new Supplier("Stolegymnastik v/ Birthe Kjellerup", "yahoo.com", "Birthe Kjellerup",
        "birthe.kjellerup", YAHOO, bank("0400", "4020713348"), "stolegymnastik på Kjellerup Dagcenter, februar, 4 gange");
    // foreign suppliers for the lakes
    private final Supplier brygge = new Supplier("Vättern Flytbryggor AB", "vattern-flytbryggor.se", "Ekonomiavdelningen",
        "ekonomi", "127.167.1.1", iban("SE", "30000000038511276402"), "flytbryggor 2 x 12 m med landgång, Silkeborg Langsø");
    private final Supplier kiel = new Supplier("Kieler Gewässertechnik GmbH", "kiel-gewaessertechnik.de", "Buchhaltung",
        "buchhaltung", "127.167.2.1", iban("DE", "210100000553318742"), "Mähboot MB 420 mit Sammelkorb, Silkeborg Langsø");
    private final Supplier baat = new Supplier("Gjøvik Trebåt AS", "gjovik-trebaat.no", "Ingrid Moen", "ingrid",
        "127.167.3.1", iban("NO", "27020512339"), "fire robåter i eik, båtutleie ved Silkeborg Havn");
    private final Supplier kano = new Supplier("Wye Valley Canoe Supplies Ltd", "wyevalleycanoes.com", "Accounts", "accounts",
        "", iban("GB", "NWBK60161331926819"), "twelve canoe paddles and six buoyancy aids, Gudenå canoe rental");

    private final List<Supplier> listed = List.of(forsyning, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs,
        madservice, traelast, it, bus, kontor, vikar);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"silkeborg-vandvarme.com", "them-entreprenor.dk", "kjellerup-traelast.com",
        "virklund-el-teknik.dk", idn("kjellerup-tr\u00e6last.dk"), idn("silk\u0435borg.dk"), "invoiced-silkeborg.com",
        "bexio-gjern.net", "gjern-kloak.net", "hojlandets-madservice.dk", "sejs-tomrer.dk", "himmelbjerg-bus.dk",
        "kjellerupmaler.dk", "gudenaa-inkasso.com", "mitid-silkeborg.com", "digitalpost-them.com", "silkeborg-domaener.com",
        "julsoe-erhvervsregister.org", "funder-ordreservice.com", "mobilbetal-silkeborg.net", "himmelbjerg-busser.net",
        "resenbro-consulting.com", "kjellerup-maler.net", "resenbro-vognmand.com", "funder-rengoering.com",
        "silkeborg-vvsservice.net", "gudenaa-kontor.com", "silkeborg-it-drift.net", "silkeborg-dokumenter.com",
        "fakturavisning-them.net", "gudenaa-vikarer.com", "vikarhuset-funder.dk", "gudenaa-pumpeudlejning.dk",
        "julsoe-floodbarriers.com", "terminalsupport-kjellerup.com", "kortindloesning-silkeborg.com",
        "underskrift-silkeborg.com", "kjellerup-traelast.net", "silkeborg-vandvarme.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("silkeborg-vandvarme.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("them-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gjern-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("sejs-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("kjellerup-maler.dk", null, null, null, null); // nothing published
        domain("funder-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("soeposten-silkeborg.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("resenbro-vognmand.dk", List.of("127.161.98.8"), "~all", null, "none"); // SPF names the route-planning system only
        domain("virklund-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("silkeborg-vvsservice.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("hoejlandets-madservice.dk", List.of(madservice.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("kjellerup-traelast.dk", List.of(traelast.ip(), "127.161.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("silkeborg-itdrift.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("himmelbjerg-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("gudenaa-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("gudenaa-vikarer.dk", List.of(vikar.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gjern-smedie.dk", List.of(smed.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("sejs-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("funder-snedker.dk", List.of(snedker.ip()), "-all", null, null);
        domain("virklund-have.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("them-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("vattern-flytbryggor.se", List.of(brygge.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kiel-gewaessertechnik.de", List.of(kiel.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gjovik-trebaat.no", List.of(baat.ip()), "-all", null, null);
        // collection, auditor, e-signature, pension company, school, shops, fire service, tour boats, card acquirer, SaaS
        domain("advokat-kjellerup.dk", List.of("127.163.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("gjern-revision.dk", List.of("127.163.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("akademikerpension.dk", List.of("127.163.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("assently.com", List.of("127.163.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kjellerup-efterskole.dk", List.of("127.163.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("legeredskaber-midt.dk", List.of("127.163.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("them-byggecenter.dk", List.of("127.163.7.1"), "-all", null, "none");
        domain("boghandlen-silkeborg.dk", List.of("127.163.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("julsoe-turbaade.dk", List.of("127.163.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("shbr-beredskab.dk", List.of("127.163.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("clearhaus.com", List.of("127.163.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("conventus.dk", List.of("127.163.13.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("geckobooking.dk", List.of("127.163.14.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        // invoicing platforms
        domain("invoiced.com", List.of("127.164.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kashflow.com", List.of("127.164.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("bexio.com", List.of("127.164.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, list, ESP, newsletter, forwarders
        domain("gudenaadalens-sparekasse.dk", List.of("127.165.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("midtjysk-andelsbank.dk", List.of("127.165.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-midtjylland.dk", List.of("127.165.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("klaviyomail.com", List.of("127.165.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("indkoebsring-midt.dk", List.of("127.165.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("plejenetvaerk-midt.dk", List.of("127.165.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kommunekassen-nyt.dk", List.of("127.165.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.soenet.dk", List.of("127.168.1.1"), "-all", null, null);
        domain("relay.them-fiber.dk", List.of("127.168.2.1"), "-all", null, null);
        // free mail
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"quarantine", "reject", null, "none", "reject", null, "quarantine", "none"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 5 ? null : i % 4 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 5 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 38_700 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no23:" + s.domain()).hashCode(), 7)) {
            case 0:
                return String.valueOf(61_000 + rnd.nextInt(8_000));
            case 1:
                return "30-" + String.format("%05d", 120 + rnd.nextInt(4_000));
            case 2:
                return "FA" + (300_100 + rnd.nextInt(60_000));
            case 3:
                return "2030" + String.format("%04d", 11 + rnd.nextInt(900));
            case 4:
                return (20 + rnd.nextInt(400)) + "-2030";
            case 5:
                return "S" + (81_000 + rnd.nextInt(7_000));
            default:
                return String.valueOf(3_400 + rnd.nextInt(900));
        }
    }

    private static final String[] TO = {"kreditor@silkeborg.dk", "efaktura@silkeborg.dk", "kreditor@silkeborg.dk",
        "oekonomi@silkeborg.dk", "teknik-miljoe@silkeborg.dk", "boern-unge@silkeborg.dk", "sundhed-omsorg@silkeborg.dk",
        "kultur-fritid@silkeborg.dk", "ejendomsdrift@silkeborg.dk", "indkoeb@silkeborg.dk", "kreditor@silkeborg.dk",
        "vej-park@silkeborg.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf23:" + tag + ":" + m.id).substring(4, 16), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(25_000_000 + Math.floorMod(sha256("cvr23:" + domain).hashCode(), 19_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi23:" + domain).hashCode(), 9_000_000));
    }

    /**
     * Five layouts: a header block with invoice number, date and due date and a totals line; a craftsman's "regning"
     * splitting labour, materials and driving; a short bill from the accounting program with an FI line "+71<...>"
     * (printed only with the supplier's own account); a period bill with the EAN reference; an item table with item
     * numbers, quantities and unit prices.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        switch (Math.floorMod(layout, 5)) {
            case 0 -> {
                head = s.name();
                l.add((freeMail(s) ? "" : s.domain() + "  -  ") + "CVR " + cvr(s.domain()));
                l.add(title + " nr.: " + no + "      Fakturadato: " + dottedDay(m, 0) + "      Forfaldsdato: " + dottedDay(m, 30));
                l.add("Faktureres til: Silkeborg Kommune, " + RAADHUS + " (EAN " + EAN + ")");
                l.add("Beskrivelse: " + s.what());
                l.add("Beløb ekskl. moms " + a.net() + "    Moms 25 % " + a.vat() + "    Total DKK " + a.gross());
                l.addAll(more);
                l.add("Indbetales på " + account + ". Anfør fakturanummer " + no + " ved betaling.");
            }
            case 1 -> {
                head = "Regning " + no;
                l.add(s.name() + " - CVR " + cvr(s.domain()) + (freeMail(s) ? "" : " - " + s.domain()));
                l.add("Silkeborg Kommune, EAN " + EAN + "    Dato " + writtenDay(m, 0));
                l.add("Opgave: " + s.what());
                long labour = a.ore() * 55 / 100;
                long drive = a.ore() / 25;
                l.add("Arbejdsløn " + kr(labour) + "    Materialer " + kr(a.ore() - labour - drive) + "    Kørsel " + kr(drive));
                l.add("I alt ekskl. moms " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betaling senest " + writtenDay(m, 14) + " til " + account);
            }
            case 2 -> {
                head = title;
                l.add(s.name() + "  |  " + title.toLowerCase(DA) + " " + no + "  |  " + isoDay(m, 0));
                l.add("Kunde: Silkeborg Kommune, kreditorbogholderiet, EAN " + EAN);
                l.add("Ydelse: " + s.what());
                l.add("Netto " + a.net() + "  moms " + a.vat() + "  at betale " + a.gross() + " DKK  (løbende måned + 30 dage)");
                l.addAll(more);
                l.add("Bank: " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("\\D", "");
                    l.add("+71<" + String.format("%015d", digits.isEmpty() ? 0L : Long.parseLong(digits)) + "+" + creditorNo(s.domain()) + "<");
                }
            }
            case 3 -> {
                head = s.name() + " - " + title;
                l.add(title + " " + no + " af " + dottedDay(m, 0) + " til Silkeborg Kommune, EAN " + EAN);
                l.add("Leveranceperiode: " + sentPlus(m, -30, DOTS) + " - " + dottedDay(m, -1));
                l.add("Leverance: " + s.what());
                l.add("Pris ekskl. moms " + a.net() + " | moms " + a.vat() + " | i alt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betales til " + account + " senest " + dottedDay(m, 30) + (freeMail(s) ? "" : ". CVR " + cvr(s.domain())));
            }
            default -> {
                head = title.toUpperCase(DA) + " " + no;
                l.add(s.name() + (freeMail(s) ? "" : ", CVR-nr. " + cvr(s.domain())));
                l.add("Kunde nr. " + (4_000 + Math.floorMod(s.domain().hashCode(), 5_000)) + "  Silkeborg Kommune, " + RAADHUS);
                l.add("Varenr.   Tekst                                   Antal   Beløb");
                l.add("1001      " + s.what() + "   1   " + a.net());
                l.add("Subtotal " + a.net() + "   Moms " + a.vat() + "   Fakturatotal DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsbetingelser: 30 dage netto. Bankoverførsel til " + account);
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura-" + n + ".pdf", n + ".pdf", "Silkeborg_Kommune_faktura_" + n + ".pdf",
            "FAKTURA " + n + ".pdf", "Regning " + n + ".pdf", "invoice_" + n + ".pdf", "Fak" + n + ".pdf", "Faktura nr. " + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej", "Til Silkeborg Kommune", "Kære kreditorafdeling", "Goddag", "Hej med jer",
        "Att.: Kreditorbogholderiet", "Hej der", "Godmorgen", "Kære modtager"};

    private String signature(Supplier s) {
        String phone = "Tlf. " + (86 + rnd.nextInt(2)) + " " + (80 + rnd.nextInt(19)) + " " + (10 + rnd.nextInt(89)) + " "
            + (10 + rnd.nextInt(89));
        switch (Math.floorMod(sha256("sig23:" + s.domain() + s.box()).hashCode(), 6)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name();
            case 1:
                return "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + "\n" + phone;
            case 2:
                return "\n\nMvh\n" + s.person() + (freeMail(s) ? "" : "\n" + s.name() + " | CVR " + cvr(s.domain()));
            case 3:
                return "\n\nHilsen " + s.person() + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + "\nwww." + s.domain());
            case 4:
                return "\n\nVh " + s.person() + "\n" + phone;
            default:
                return "\n\nVenlig hilsen\n" + s.name() + "\n" + s.person();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 9_200_000 : 640_000);
        String[] subjects = {"Faktura " + no, "Faktura " + no + " - " + s.name(), "Silkeborg Kommune: faktura " + no,
            "Regning nr. " + no, "Faktura " + no + " / EAN " + EAN, "Ny faktura fra " + s.name(), "faktura", "Fakturanr. " + no,
            "Vedr. faktura " + no, "Faktura for udført arbejde (" + no + ")"};
        String text = switch (Math.floorMod(v, 9)) {
            case 0 -> "Hermed faktura " + no + " vedrørende " + s.what() + ".";
            case 1 -> "Vedhæftet finder I vores faktura på " + a.gross() + " kr. inkl. moms. Forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Så er arbejdet afsluttet - fakturaen ligger her som PDF og er også sendt til jeres EAN.";
            case 3 -> "Tak for samarbejdet. Faktura " + no + " er vedhæftet. Sig endelig til, hvis noget skal rettes.";
            case 4 -> "Hermed fakturaen for perioden. Husk venligst fakturanummeret, når I betaler.";
            case 5 -> "Fakturanr.: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nSidste rettidige betaling: " + writtenDay(m, 30);
            case 6 -> "Beklager, at regningen først kommer nu - vi har været bagud efter jul.";
            case 7 -> "Fakturaen er vedhæftet. Rekvirenten har kvitteret for arbejdet.";
            default -> "Se vedhæftede.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 2) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v, more));
        return no;
    }

    /** An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice. */
    private String ubl(String no, Supplier s, Amount a, String issue, String due, boolean peppol) {
        return Ubl.compact(no, s.name(), cvr(s.domain()), s.account(), s.what(), "Silkeborg Kommune", EAN, a.ore(), issue, due, peppol, "");
    }

    /** A staffing agency's timesheet lines: shift, date, worker, hours, rate. */
    private List<String> timesheet(M m, String place, String[] workers, boolean nights) {
        List<String> l = new ArrayList<>();
        l.add("Arbejdssted: " + place);
        for (int i = 0; i < workers.length; i++) {
            String shift = nights ? "Nat 23.00-07.00" : i % 2 == 0 ? "Dag 07.00-15.00" : "Aften 15.00-23.00";
            l.add(sentPlus(m, -7 + i, SHORT) + "   " + shift + "   " + workers[i] + "   8,0 t   " + (nights ? "412,50" : i % 2 == 0
                ? "356,00" : "389,75"));
        }
        l.add("Timer i alt " + kr(workers.length * 800L) + "   inkl. " + (nights ? "nattillæg" : "aftentillæg") + " efter aftale");
        return l;
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            String no = invoice(m, s, s.account(), v++, List.of(), "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice, its usual account, from its own or its hoster's server";
        }
        List<Supplier> again = List.of(kontor, it, entrep, madservice, forsyning, traelast, el, vvs, avis, kloak, bus, toemrer,
            rengoer, maler, vognmand, it, kontor, traelast);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Rekvisition " + (30_112 + k * 23));
                case 1 -> List.of("Kontaktperson: " + to().replace("@silkeborg.dk", ""));
                case 2 -> List.of("Sagsnr. " + (k % 3 == 0 ? "30-0217 (vinterskader)" : "30-0044 (planlagt vedligehold)"));
                case 3 -> List.of("Ordre bestilt på kommunens indkøbsportal");
                default -> List.of();
            };
            String note = k % 6 == 2 ? "\n\nArbejdssedlen ligger også i vedhæftningen." : k % 7 == 4 ? "\n\nDer er vedlagt et billede af "
                + "det færdige arbejde." : "";
            invoice(m, s, s.account(), k * 4 + 3, ref, note);
            if (k % 6 == 2) {
                m.mime.attach("application/pdf", "arbejdsseddel-" + (520 + k) + ".pdf", Attachments.pdf(docId(m, "as"), "Arbejdsseddel",
                    List.of(s.what(), "Timer: " + (4 + k % 8), "Kørsel: 2 x Silkeborg", "Kvitteret af driftsleder")));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "20300" + (214 + k) + "_101522.jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(forsyning, rengoer, madservice)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 4 + 1, List.of("Periode: februar 2030"), "\n\nFakturaen dækker februar måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for February, usual account";
        }
        staffing();
        floodWorks();
        creditNotes();
        statements();
        reminders();
        collection();
        fireServiceAndBoats();
        cardAcquirer();
        priceIndexNotice();
        platforms();
        ublFiles();
        bankChanges();
        smallFirms();
        foreignSuppliers();
        moreLocal();
        saas();
        esignature();
        newsletters();
        creditorList();
        forwarded();
        internal();
        banks();
        pension();
        auditor();
        remittances();
        shops();
        quotesAndLetters();
    }

    /** Genuine counterparts to the staffing-agency fraud: the listed agency's weekly invoices with timesheets. */
    private void staffing() {
        String[][] weeks = {{"uge 7", "Plejecentret Kastaniehaven, afsnit Bøgen"}, {"uge 8", "Hjemmeplejen Kjellerup, gruppe Nord"}};
        String[][] staff = {{"Maja Riis (SSA)", "Ahmad Rahimi (SSA)", "Maja Riis (SSA)", "Tove Lind (SSH)", "Ahmad Rahimi (SSA)"},
            {"Tove Lind (SSH)", "Jonas Bech (SSA)", "Tove Lind (SSH)", "Jonas Bech (SSA)"}};
        for (int i = 0; i < weeks.length; i++) {
            M m = ok("temp-staffing-invoice", true);
            String no = "GV-" + (2_030_110 + i * 7 + rnd.nextInt(5));
            Amount a = new Amount(staff[i].length * 300_800L, kr(staff[i].length * 300_800L), kr(staff[i].length * 75_200L),
                kr(staff[i].length * 376_000L));
            List<String> lines = new ArrayList<>(List.of("Gudenå Vikarer ApS, CVR " + cvr(vikar.domain()), "Faktura " + no
                + " - vikardækning " + weeks[i][0], "Bestilt via vagtplanen af " + (i == 0 ? "afdelingsleder Hanne Mørup" : "planlægger Kasper Aagaard")));
            lines.addAll(timesheet(m, weeks[i][1], staff[i], false));
            lines.add("Netto " + a.net() + "  moms " + a.vat() + "  i alt DKK " + a.gross());
            lines.add("Betaling 30 dage netto til " + vikar.account());
            headers(m, vikar.person(), addr(vikar), "sundhed-omsorg@silkeborg.dk", "Faktura " + no + " - vikarer " + weeks[i][0])
                .text((i == 0 ? "Hej Sundhed og Omsorg" : "Hej") + "\n\nHermed faktura og timeseddel for " + weeks[i][0] + " ("
                    + weeks[i][1] + "). Vagterne er godkendt i vagtplanen af jeres planlægger, og fakturaen er også sendt til "
                    + "EAN " + EAN + ".\n\nVenlig hilsen\nLouise Brix\nGudenå Vikarer ApS\nTlf. 86 82 14 40")
                .attach("application/pdf", "Faktura_" + no + "_timeseddel.pdf", Attachments.pdf(docId(m, "gv"), "Faktura " + no, lines));
            genuine(m, vikar.ip());
            m.description = "listed staffing agency's weekly invoice with a timesheet of approved shifts, usual account, DMARC pass";
        }
    }

    /** Genuine invoices after the Gudenå flood: emergency pumping and sandbag haulage, billed afterwards to the usual account. */
    private void floodWorks() {
        M m = ok("emergency-works-invoice", true);
        String no = invoiceNo(entrep);
        Amount a = amount(6_000_000);
        headers(m, entrep.person(), addr(entrep), "teknik-miljoe@silkeborg.dk", "Faktura " + no + " - akut pumpning, Gudenåen ved Resenbro")
            .text("Hej Teknik og Miljø\n\nHer er fakturaen for pumpning og sikring langs Gudenåen ved Resenbro i perioden, hvor "
                + "vandet stod højest. Opgaven blev rekvireret af beredskabsvagten med rekvisitionsnummer BV-30-117, og timer og "
                + "maskinlister er vedlagt. Betaling som altid til " + entrep.account() + ".\n\nVenlig hilsen\nRasmus Kjær Damgaard\n"
                + entrep.name())
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, entrep, "Faktura", no, a, entrep.account(), 0,
                List.of("Rekvisition BV-30-117 (beredskabsvagt)", "2 dykpumper, 1 gravemaskine, 3 mand i 41 timer")));
        genuine(m, entrep.ip());
        m.description = "listed contractor bills emergency pumping at Gudenåen after the work, requisition number, usual account, DMARC pass";
        m = ok("emergency-works-invoice", true);
        no = invoiceNo(vognmand);
        a = amount(900_000);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@silkeborg.dk", "Faktura " + no + " sandsække")
            .text("Hej\n\nRegning for kørsel med sandsække fra materielgården til Resenbro og Silkeborg Langsø natten til tirsdag. "
                + "Rekv. BV-30-121.\n\nKim\n" + vognmand.name())
            .attach("application/pdf", "Faktura " + no + ".pdf", pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 1,
                List.of("Rekv. BV-30-121", "Kørsel 11 t. med lastbil og kran")));
        genuine(m, vognmand.ip());
        m.description = "listed haulier bills sandbag transport during the flood (its SPF names only the route system: softfail, DMARC fail)";
    }

    private void creditNotes() {
        Object[][] c = {{traelast, "Kreditnota til faktura ", "Tre paller fliser kom retur fra Ejendomsdrift i ubrudt emballage."},
            {kontor, "Kreditering af faktura ", "Vi fakturerede 40 kasser kopipapir, men leverede 32. Differencen er krediteret."},
            {madservice, "Kreditnota på faktura ", "Seks borgere var på aflastning i uge 4 og fik ikke leveret mad."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KR-" + (400 + rnd.nextInt(1_500));
            Amount a = amount(260_000).credit();
            headers(m, s.person(), addr(s), "kreditor@silkeborg.dk", x[1] + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "modregnes i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i + 2,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(toemrer, vvs)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@silkeborg.dk", "Saldoudskrift pr. " + dottedDay(m, -1))
                .text("Hej\n\nTil jeres afstemning: saldoudskrift vedhæftet. Faktura " + p.no() + " er registreret betalt, og der "
                    + "er ingen åbne poster." + signature(s))
                .attach("application/pdf", "saldo_silkeborg_kommune.pdf", Attachments.pdf(docId(m, "so"), "Saldoudskrift",
                    List.of("Debitor: Silkeborg Kommune", "Faktura " + p.no() + "   " + p.amount().gross() + "   betalt", "Saldo: 0,00 DKK")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@silkeborg.dk", "Tak for betalingen")
            .text("Hej\n\nPengene for faktura " + past.get(vognmand.domain()).no() + " (vintertjenesten i januar) er kommet. Tak.\n\n"
                + "Kim\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "resenbro-vognmand.dk thanks for payment (its SPF names only the route system: softfail)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Vi har ikke registreret betaling af nedenstående faktura. Har I betalt inden for de "
            + "seneste dage, kan I se bort fra denne påmindelse."},
            {maler, "Mangler betaling", "Hej igen. Jeg har endnu ikke fået betaling for malerarbejdet på Kjellerup Skole. Kan I "
                + "se på det? Mvh Henrik"},
            {kloak, "1. rykker", "Fakturaen forfaldt for 10 dage siden. Der er ikke lagt gebyr på denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@silkeborg.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 5) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. bedes indbetalt på den sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no() + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(), p.amount(),
                    s.account(), i + 1, List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "K-" + (7_100 + rnd.nextInt(800));
        String klient = bank("7600", "0015520093");
        headers(m, "Advokathuset Kjellerup, inkasso", "inkasso@advokat-kjellerup.dk", "kreditor@silkeborg.dk",
            "Inkassomeddelelse, sag " + sag + " - Funder Møbelsnedker")
            .text("Silkeborg Kommune\n\nVi har fået overdraget en fordring fra Funder Møbelsnedker v/ Jens Funder Holm: faktura "
                + "nr. 1187 af 14. november 2029 på 9.875,00 kr. for reparation af stole på Kjellerup Bibliotek. Fakturaen er "
                + "rykket to gange uden svar.\n\nHar I betalt, eller er I uenige i kravet, beder vi jer skrive til os med "
                + "sagsnummeret. Ellers bedes beløbet tillagt 100 kr. i gebyr betalt til vores klientkonto " + klient + " inden "
                + "10 dage.\n\nMed venlig hilsen\nAdvokathuset Kjellerup")
            .attach("application/pdf", "Inkassomeddelelse_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + sag,
                List.of("Fordringshaver: Funder Møbelsnedker", "Faktura 1187: 9.875,00", "Gebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.163.1.1");
        m.description = "a real lawyer's collection letter about an unlisted joiner's unpaid invoice, DMARC pass";
    }

    /** The joint fire and rescue service's quarterly contribution and the Julsø tour boats' deposit for a school trip. */
    private void fireServiceAndBoats() {
        M m = ok("intermunicipal-invoice", true);
        String no = "SHBR-" + (30_100 + rnd.nextInt(500));
        String konto = iban("DK", "76000008832017");
        headers(m, "Søhøjlandets Brand & Redning I/S, Økonomi", "oekonomi@shbr-beredskab.dk", "kreditor@silkeborg.dk", "Faktura " + no
            + " - ejerbidrag 1. kvartal 2030")
            .text("Til Silkeborg Kommune\n\nVedlagt faktura for kommunens ejerbidrag til Søhøjlandets Brand & Redning for 1. "
                + "kvartal 2030, jf. budgettet vedtaget af bestyrelsen og fordelingsnøglen i vedtægternes § 11. Fakturaen er "
                + "desuden sendt via NemHandel. Betaling til " + konto + ".\n\nVenlig hilsen\nSøhøjlandets Brand & Redning, Økonomi")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "br"), "Faktura " + no,
                List.of("Søhøjlandets Brand & Redning I/S", "Betaler: Silkeborg Kommune, EAN " + EAN,
                    "Ejerbidrag 1. kvartal 2030, fordelingsnøgle 46,8 %", "I alt DKK 7.941.300,00 (momsfri)", "Konto: " + konto)));
        genuine(m, "127.163.11.1");
        m.description = "the joint fire and rescue service's quarterly owner contribution, its own account, DMARC pass";
        m = ok("excursion-boat-invoice", true);
        no = "JT" + (3_300 + rnd.nextInt(600));
        konto = bank("9280", "0004471226");
        headers(m, "Julsø Turbåde", "booking@julsoe-turbaade.dk", "boern-unge@silkeborg.dk", "Depositumfaktura " + no
            + " - sejlads til Himmelbjerget 11. juni")
            .text("Hej Virklund Skole\n\nTak for bestillingen af sejlads fra Silkeborg Havn til Himmelbjerget og retur for 5. "
                + "årgang (56 elever og 5 voksne) onsdag 11. juni. Som ved alle skolebestillinger beder vi om et depositum på "
                + "25 %, resten faktureres efter turen. Depositum til " + konto + " senest 30 dage før afgang.\n\n"
                + "Venlig hilsen\nJulsø Turbåde, booking")
            .attach("application/pdf", "Depositum_" + no + ".pdf", Attachments.pdf(docId(m, "jt"), "Depositumfaktura " + no,
                List.of("Julsø Turbåde", "Kunde: Silkeborg Kommune, Virklund Skole", "Sejlads Silkeborg-Himmelbjerget t/r, 61 pers.",
                    "Depositum 25 %: DKK 2.287,50 inkl. moms", "Konto " + konto)));
        genuine(m, "127.163.10.1");
        m.description = "tour-boat company's deposit invoice for a school trip to Himmelbjerget in June, DMARC pass";
    }

    /** Genuine counterparts to the card-terminal refund scam: the real acquirer's chargeback notice and settlement report. */
    private void cardAcquirer() {
        M m = ok("card-acquirer-notice", false);
        String caseNo = "CB-" + (880_100 + rnd.nextInt(9_000));
        headers(m, "Clearhaus Disputes", "disputes@clearhaus.com", "kultur-fritid@silkeborg.dk", "Indsigelse på transaktion - sag "
            + caseNo)
            .text("Kære forhandler\n\nEn kortholder har gjort indsigelse mod en betaling på 1.240,00 kr. på terminalen i "
                + "Kjellerup Svømmehal (" + sentPlus(m, -12, DOTS) + "). Beløbet er foreløbig tilbageholdt i jeres næste "
                + "afregning.\n\nUpload kvittering eller holdoversigt under Indsigelser i vores forhandlerportal inden 10 dage. "
                + "Tilbagebetal ikke kortholderen selv ved bankoverførsel: sagen afgøres gennem kortnetværket, og en direkte "
                + "tilbagebetaling kan betyde, at beløbet refunderes to gange.\n\nVenlig hilsen\nClearhaus A/S, Disputes");
        genuine(m, "127.163.12.1");
        m.description = "the real card acquirer's chargeback notice: document it in the portal, do not refund by transfer, DMARC pass";
        m = ok("card-acquirer-notice", false);
        headers(m, "Clearhaus", "settlements@clearhaus.com", "oekonomi@silkeborg.dk", "Afregningsoversigt februar 2030")
            .text("Hej\n\nAfregningsoversigten for februar for jeres terminaler (Silkeborg Svømmehal, Kjellerup Svømmehal og "
                + "Turistinformationen) er vedhæftet. Udbetalingerne er sket til jeres registrerede konto; der er intet at betale."
                + "\n\nClearhaus A/S")
            .attach("text/csv", "afregning_2030-02.csv", ("dato;terminal;transaktioner;brutto;gebyr;udbetalt\r\n"
                + "2030-02-03;Silkeborg Svoemmehal;412;61840,00;371,04;61468,96\r\n"
                + "2030-02-03;Kjellerup Svoemmehal;138;17255,00;103,53;17151,47\r\n"
                + "2030-02-03;Turistinformationen;57;6110,50;36,66;6073,84\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.163.12.1");
        m.description = "the real card acquirer's monthly settlement report (CSV), nothing to pay, DMARC pass";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, bus.person(), addr(bus), "boern-unge@silkeborg.dk", "Regulering af kilometerpris pr. 1. april 2030")
            .text("Til Silkeborg Kommune, Børn og Unge\n\nIfølge kontraktens bilag 3 reguleres kilometerprisen for skolekørslen "
                + "hvert år pr. 1. april efter DI's omkostningsindeks for buskørsel. Reguleringen er 1,9 % og fremgår af "
                + "aprilfakturaen, som kommer til jeres EAN som sædvanligt. I skal ikke betale noget særskilt.\n\nBeregningen er "
                + "vedhæftet.\n\nMed venlig hilsen\nTrafikkontoret\n" + bus.name())
            .attach("application/pdf", "Prisregulering_april_2030.pdf", Attachments.pdf(docId(m, "idx"), "Prisregulering",
                List.of("Kontrakt om skolekørsel, bilag 3", "Indeks 4. kvt. 2028: 131,2 - 4. kvt. 2029: 133,7", "Regulering: 1,9 %",
                    "Gælder kørsel fra 01.04.2030")));
        genuine(m, bus.ip());
        m.description = "listed bus company announces contractual indexation on the next ordinary invoice, nothing separate to pay";
    }

    private void platforms() {
        Object[][] p = {{"invoiced.com", "billing@", "Invoiced", toemrer}, {"invoiced.com", "billing@", "Invoiced", el},
            {"invoiced.com", "billing@", "Invoiced", skadedyr}, {"kashflow.com", "invoices@", "KashFlow", kano},
            {"bexio.com", "rechnung@", "bexio", kiel}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            String no = (d.startsWith("invoiced") ? "INV-" : d.startsWith("kash") ? "KF" : "RE-") + (1_200 + rnd.nextInt(7_000));
            Amount a = amount(1_100_000);
            m.mailFrom = "bounce-" + sha256("plat23:" + m.id).substring(0, 10) + "@" + d;
            String html;
            String subject;
            if (s == kano) {
                subject = "Invoice " + no + " from " + s.name();
                html = "<html><body style=\"font-family:Arial,sans-serif\"><p>Dear Silkeborg Kommune,</p><p>Please find attached "
                    + "invoice <b>" + no + "</b> from " + s.name() + " for GBP 1,486.00, due " + isoDay(m, 30) + ".</p><p>Bank "
                    + "details are on the invoice. Reply to this e-mail to contact " + s.name() + " directly.</p>"
                    + "<p style=\"color:#999;font-size:11px\">Sent using KashFlow.</p></body></html>";
            } else if (s == kiel) {
                subject = "Rechnung " + no + " - " + s.name();
                html = "<html><body style=\"font-family:Arial,sans-serif\"><p>Sehr geehrte Damen und Herren,</p><p>im Anhang "
                    + "erhalten Sie die Rechnung <b>" + no + "</b> von " + s.name() + " über EUR 4.920,00 (Ersatzmesser und "
                    + "Wartung, Mähboot MB 420). Zahlbar bis " + isoDay(m, 30) + ".</p><p>Antworten auf diese E-Mail gehen direkt an "
                    + s.name() + ".</p><p style=\"color:#999;font-size:11px\">Versendet mit bexio</p></body></html>";
            } else {
                subject = "Faktura " + no + " fra " + s.name();
                html = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#f6f7f9\"><table width=\"580\" "
                    + "align=\"center\" style=\"background:#fff;padding:24px\"><tr><td><p>Hej Silkeborg Kommune</p><p>" + s.name()
                    + " har sendt jer faktura <b>" + no + "</b> på <b>DKK " + a.gross() + "</b> med forfald " + writtenDay(m, 14 + v)
                    + ".</p><p>Fakturaen er vedhæftet. Svar på denne mail, hvis I har spørgsmål - svaret går direkte til "
                    + s.name() + ".</p><p style=\"color:#999;font-size:11px\">Sendt via Invoiced for " + s.name() + "</p></td></tr>"
                    + "</table></body></html>";
            }
            headers(m, s.name() + " via " + x[2], x[1] + d, "efaktura@silkeborg.dk", subject)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html(html)
                .attach("application/pdf", no + ".pdf", s == kano || s == kiel
                    ? Attachments.pdf(docId(m, "pl"), (s == kano ? "Invoice " : "Rechnung ") + no, List.of(s.name(),
                        (s == kano ? "Customer: " : "Kunde: ") + "Silkeborg Kommune, " + RAADHUS + ", Denmark", s.what(),
                        s == kano ? "Total GBP 1,486.00 (VAT: reverse charge)" : "Gesamt EUR 4.920,00 - Reverse Charge",
                        (s == kano ? "Bank: " : "Bankverbindung: ") + s.account()))
                    : pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 2, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.name() + " invoice through platform " + d
                + ", its usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(forsyning, kontor, traelast)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_800_000);
            boolean peppol = v != 0;
            headers(m, s.name(), addr(s), "efaktura@silkeborg.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej\n\nVores NemHandel-forbindelse er ved at blive flyttet til en ny udbyder, så i denne uge sender vi "
                    + "e-fakturaen som XML-fil på mail sammen med en PDF-visning, som jeres e-fakturateam bad om. Den samme faktura "
                    + "kan også komme ad den normale vej - den skal kun betales én gang.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no + (peppol ? "_peppol.xml" : "_oioubl.xml"),
                    ubl(no, s, a, isoDay(m, 0), isoDay(m, 30), peppol).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1,
                    List.of("Elektronisk original: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF view, usual account";
            v++;
        }
    }

    /** Two genuine bank changes, announced properly; the timber merchant's next invoice then carries the new account. */
    private void bankChanges() {
        String nyT = iban("DK", "53010006621874");
        M m = ok("supplier-new-account", false);
        headers(m, "Kjellerup Trælast A/S, Økonomi", "oekonomi@kjellerup-traelast.dk", "kreditor@silkeborg.dk",
            "Ny bankforbindelse fra 1. marts 2030")
            .text("Kære kunde\n\nGudenådalens Sparekasse og Midtjysk Andelsbank er fusioneret, og vi har i den forbindelse fået "
                + "nyt kontonummer. Fakturaer dateret 1. marts 2030 og senere bærer det nye nummer " + nyT + ". Fakturaer "
                + "udstedt før denne dato betales til det gamle nummer.\n\nBrevet med direktørens underskrift er vedhæftet og "
                + "sendt med posten til Søvej 1. I er velkomne til at ringe på vores hovednummer fra hjemmesiden og få "
                + "ændringen bekræftet.\n\nMed venlig hilsen\nKjellerup Trælast A/S, Økonomi")
            .attach("application/pdf", "Ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "nb"), "Ny bankforbindelse",
                List.of(traelast.name() + ", CVR " + cvr(traelast.domain()), "Gælder fakturaer dateret fra 01.03.2030",
                    "Nyt kontonummer: " + nyT, "Peter Holst Andersen, adm. direktør")));
        genuine(m, traelast.ip());
        m.description = "listed timber merchant (DMARC pass) announces a new account after a bank merger, letter by post, invites a call";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(traelast.name(), traelast.domain(), traelast.person(), traelast.box(), traelast.ip(), nyT,
            traelast.what());
        invoice(m, moved, nyT, 13, List.of("Ny bankforbindelse jf. brev af 20. februar 2030"), "\n\nBemærk vores nye "
            + "kontonummer, som vi skrev om i februar.");
        genuine(m, traelast.ip());
        m.description = "kjellerup-traelast.dk invoice with its new account after the announced, authenticated bank change";
        String nyE = bank("7600", "0009917735");
        m = ok("supplier-new-account", false);
        headers(m, el.person(), addr(el), "kreditor@silkeborg.dk", "Skift af bank")
            .text("Hej kreditor\n\nVi skifter bank til Midtjysk Andelsbank fra 1. april. Fra den dato står der "
                + nyE + " på vores fakturaer; det, der er faktureret inden, betales til den gamle konto som sædvanligt.\n\nRing "
                + "gerne til mig på nummeret i jeres leverandøroplysninger, før I retter noget." + signature(el));
        genuine(m, HOSTER_IP);
        m.description = "listed electrician (hoster SPF + DKIM, p=none) announces a bank change from April and asks for a call-back";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(smed, skadedyr, snedker, have, natur, tolk, musik, foto, yoga)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 2, List.of("Bestilt af: " + (v % 2 == 0 ? "driftsleder" : "institutionsleder")),
                v % 3 == 1 ? "\n\nDet er min første regning til kommunen - skriv endelig, hvis noget mangler." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted local " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed painter who has moved workshop but not bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Them Låse- og Nøgleservice", "them-laas.dk", "Torben Aalund", "torben", HOSTER_IP,
            bank("9280", "0003390458"), "ny nøgleplan og cylindre, Them Skole");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 24, List.of("Nøgler kvitteret af skolens servicemedarbejder"), "\n\nNøglerne er "
            + "afleveret på kontoret.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 27, List.of("Ny adresse: Virklundvej 118, 8600 Silkeborg"), "\n\nVi er flyttet til "
            + "værkstedet ved stationen. Kontonummeret er det samme.");
        genuine(m, HOSTER_IP);
        m.description = "virklund-el.dk invoice announcing a new workshop address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        m.wave = 1;
        String no = "VF-" + (30_040 + rnd.nextInt(400));
        String subject = "Faktura " + no + " / Silkeborg Kommune";
        headers(m, brygge.person(), addr(brygge), "vej-park@silkeborg.dk", subject)
            .text("Hej,\n\nhär kommer fakturan för de två flytbryggorna med landgång till Silkeborg Langsø, levererade vecka 4 och "
                + "monterade enligt beställning. Omvänd skattskyldighet gäller.\n\nBetalning inom 30 dagar till " + brygge.account()
                + ".\n\nMed vänliga hälsningar\nEkonomiavdelningen\n" + brygge.name())
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(brygge.name(), "Kund: Silkeborg Kommune, " + RAADHUS + ", Danmark", brygge.what(),
                    "Summa EUR 22.740,00 - omvänd skattskyldighet", "Bankgiro/IBAN: " + brygge.account())));
        genuine(m, brygge.ip());
        past.put(brygge.domain(), new Past(no, new Amount(0, "", "", "EUR 22.740,00"), messageId(m, brygge.domain()), subject));
        m.description = "Swedish floating-jetty maker (history), SE IBAN, reverse charge, p=none aligned pass";
        m = ok("foreign-invoice", true);
        no = "RE" + (2_030_118 + rnd.nextInt(300));
        headers(m, kiel.person(), addr(kiel), "vej-park@silkeborg.dk", "Rechnung " + no + " - Mähboot MB 420")
            .text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung für das Mähboot MB 420 mit Sammelkorb, "
                + "geliefert an den Bauhof Silkeborg und eingewiesen am Langsø. Steuerschuldnerschaft des Leistungsempfängers.\n\n"
                + "Zahlbar innerhalb von 30 Tagen auf " + kiel.account() + ".\n\nMit freundlichen Grüßen\nBuchhaltung\n" + kiel.name())
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(kiel.name(), "Kunde: Silkeborg Kommune, " + RAADHUS + ", Dänemark", kiel.what(),
                    "Gesamt EUR 68.400,00 - Reverse Charge", "IBAN: " + kiel.account())));
        genuine(m, kiel.ip());
        m.description = "German weed-cutting-boat builder from Kiel, DE IBAN, reverse charge, p=quarantine";
        m = ok("foreign-invoice", true);
        no = String.valueOf(10_480 + rnd.nextInt(300));
        headers(m, baat.person(), addr(baat), "kultur-fritid@silkeborg.dk", "Faktura " + no + " - robåter til Silkeborg")
            .text("Hei,\n\nvedlagt er faktura for de fire robåtene i eik til båtutleien ved Silkeborg Havn, levert med bil i uke 8. "
                + "Beløpet er NOK 186 000 uten merverdiavgift (omvendt avgiftsplikt). Betaling innen 30 dager til " + baat.account()
                + ".\n\nTakk for oppdraget, og god sesong!\n\nMed vennlig hilsen\nIngrid Moen\n" + baat.name())
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "no"), "Faktura " + no,
                List.of(baat.name(), "Kunde: Silkeborg Kommune, Danmark", baat.what(), "Sum NOK 186 000,00 - omvendt avgiftsplikt",
                    "Konto: " + baat.account())));
        genuine(m, baat.ip());
        m.description = "Norwegian boat builder from Gjøvik, NO IBAN, SPF only (aligned pass, no DMARC)";
        Past f = past.get(brygge.domain());
        m = ok("payment-reminder", true);
        headers(m, brygge.person(), addr(brygge), "vej-park@silkeborg.dk", "Påminnelse faktura " + f.no())
            .text("Hej,\n\nenligt vår reskontra är faktura " + f.no() + " på " + f.amount().gross() + " ännu inte betald. Vänligen "
                + "betala till vårt vanliga konto " + brygge.account() + ". Om betalningen redan är gjord ber vi er bortse från "
                + "denna påminnelse.\n\nMed vänliga hälsningar\n" + brygge.name() + ", Ekonomi");
        genuine(m, brygge.ip());
        m.description = "Swedish supplier's polite reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("saas-invoice", true);
        String no = "CV" + (50_100 + rnd.nextInt(9_000));
        headers(m, "Conventus", "faktura@conventus.dk", "kultur-fritid@silkeborg.dk", "Faktura " + no
            + " - Conventus Kommune, halbooking 2030")
            .text("Kære kunde\n\nHermed faktura for Conventus Kommune (halbooking og foreningsportal) for 2030. Fakturaen er også "
                + "sendt til jeres EAN-nummer, og den betales via NemHandel som tidligere år.\n\nVenlig hilsen\nConventus")
            .attach("application/pdf", "Conventus_" + no + ".pdf", Attachments.pdf(docId(m, "cv"), "Faktura " + no,
                List.of("Silkeborg Kommune, EAN " + EAN, "Conventus Kommune, halbooking og foreningsportal, 12 mdr.",
                    "DKK 84.500,00 + moms", "Betaling via EAN")));
        genuine(m, "127.163.13.1");
        m.description = "sports-hall booking SaaS annual licence invoice, paid via EAN, DMARC pass";
        m = ok("saas-invoice", true);
        no = "GB-" + (7_700 + rnd.nextInt(900));
        headers(m, "Gecko Booking", "invoice@geckobooking.dk", "kultur-fritid@silkeborg.dk", "Your invoice " + no
            + " - Gecko Booking")
            .text("Hi,\n\nThank you for using Gecko Booking for the municipal meeting rooms and the canoe landing places along "
                + "the Gudenå. Your quarterly invoice " + no + " is attached (DKK 6,375.00 incl. VAT) and will also be delivered to "
                + "your EAN.\n\nBest regards\nGecko Booking")
            .attach("application/pdf", "GeckoBooking_" + no + ".pdf", Attachments.pdf(docId(m, "gb"), "Invoice " + no,
                List.of("Silkeborg Kommune, EAN " + EAN, "Booking system, Q1 2030", "DKK 6,375.00 incl. VAT", "Payment via EAN")));
        genuine(m, "127.163.14.1");
        m.description = "booking SaaS quarterly invoice in English, to the EAN, Ed25519, p=none aligned pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounces+" + sha256("as23:" + m.id).substring(0, 8) + "@assently.com";
        headers(m, "Gjern Revision via Assently", "noreply@assently.com", "oekonomi@silkeborg.dk", "Gjern Revision has sent you a "
            + "document to sign: Erklæring om tilskudsregnskab 2029")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hello,</p><p>Gjern Revision has invited you to sign "
                + "<b>Erklæring om tilskudsregnskab 2029 - Kjellerup Svømmehal, energirenovering</b>.</p><p>Read and sign the "
                + "document with MitID by clicking the button below, or log in at assently.com.</p><p><a href=\"https://app.assently"
                + ".com/sign/" + sha256("asl23:" + m.id).substring(0, 20) + "\">Review and sign</a></p><p>Questions about the "
                + "document should be sent to the sender, Gjern Revision.</p><p style=\"font-size:10px;color:#888\">Assently AB"
                + "</p></body></html>");
        genuine(m, "127.163.9.1");
        m.description = "real e-signature service sends the auditor's grant statement for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"kommunekassen-nyt.dk", "Kommunekassen Nyt", "redaktion@", "Nødarbejde og forudbetaling",
            "Under oversvømmelser og storme ser kommuner regninger fra 'pumpefirmaer' og 'entreprenører', der kræver forudbetaling "
                + "for materiel, som vagten angiveligt har bestilt om natten. Tjek altid rekvisitionsnummeret hos beredskabet."},
            {"gjern-revision.dk", "Gjern Revision", "nyhedsbrev@", "Nyt om vikarfakturaer og timesedler",
                "Vikarfakturaer bør afstemmes mod vagtplanen, før de betales. Vi ser flere sager, hvor timesedler for vagter, "
                    + "der aldrig er bestilt, dukker op fra bureauer, man ikke kender."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl23:" + x[0]).substring(0, 12) + "@klaviyomail.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@silkeborg.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld/" + sha256("u23:" + x[0]).substring(0, 10) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><table width=\"620\" style=\"font-family:Verdana,sans-serif;font-size:13px\"><tr><td><h2>" + x[3]
                    + "</h2><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs mere</a></p><p style=\"font-size:10px;"
                    + "color:#777\">Du får dette nyhedsbrev, fordi du er tilmeldt. Frameld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("klaviyomail.com");
            m.ip = "127.165.7.1";
            m.helo = "send.klaviyomail.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"indkoebsring-midt.dk", "Gitte Hvass", "gh@", "Vikarbureau vi aldrig har brugt",
            "Hej alle\n\nVi har fået en faktura med timesedler for fire nattevagter fra et vikarbureau, vi aldrig har brugt. "
                + "Vagtplanen viste ingen vikarer de nætter. Tjek jeres vagtplaner, før I betaler.\n\nGitte, Indkøbsring Midt"},
            {"plejenetvaerk-midt.dk", "Niels Overgaard", "no@", "SV: Vikarbureau vi aldrig har brugt", "Tak Gitte. Hos os kom en "
                + "mail i vores faste bureaus navn om at 'godkende timesedler i portalen' - linket gik til en falsk loginside.\n\n"
                + "Niels"},
            {"indkoebsring-midt.dk", "Per Smed", "ps@", "Tilbagebetaling til kortholdere", "Hej\n\nEr der andre, der har fået "
                + "mails fra 'terminalsupport' om at tilbageføre kortbetalinger ved bankoverførsel? Vores indløser siger, at "
                + "indsigelser kun behandles i deres portal.\n\nPer"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornet-midtjylland.dk", x[3])
                .header("List-Id", "Kreditornet Midtjylland <liste.kreditornet-midtjylland.dk>")
                .header("List-Post", "<mailto:liste@kreditornet-midtjylland.dk>")
                .text(x[4]);
            String list = "kreditornet-midtjylland.dk";
            listPost(m, x[0], list, "[Kreditornet Midt] ",
                "\r\n_______________________________________________\r\nKreditornet Midtjylland - erfa-liste for "
                + "kreditor- og økonomimedarbejdere i midtjyske kommuner\r\nFrameld: https://kreditornet-midtjylland.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 21, List.of(), "");
        m.mailFrom = "SRS0=Kd7p=VB=soeposten-silkeborg.dk=annoncer@srs.soenet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.168.1.1";
        m.helo = "srs.soenet.dk";
        m.description = "soeposten-silkeborg.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, madservice, madservice.account(), 30, List.of(), "");
        m.signers.add(madservice.domain());
        relayedBy(m, RELAY, "its Ed25519 DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 38, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(snedker);
        Amount a = amount(380_000);
        headers(m, "Lene Kragh", "lekr@" + OWN, "kreditor@silkeborg.dk", "VS: Regning " + no + " - reoler Kjellerup Bibliotek")
            .text("Hej Kreditor\n\nRegningen er sendt direkte til mig. Reolerne er leveret og sat op, og jeg har godkendt den. "
                + "Kontering 3210-118, Bibliotekerne.\n\nLene Kragh\nKultur og Fritid\n\n-------- Oprindelig meddelelse --------\n"
                + "Fra: " + snedker.person() + " <" + addr(snedker) + ">\nSendt: " + writtenDay(m, -3) + "\nEmne: Regning " + no + "\n\n"
                + "Hej Lene, her er regningen for reolerne. Mvh Jens")
            .attach("application/pdf", pdfName(no, 5), pdfInvoice(m, snedker, "Regning", no, a, snedker.account(), 1, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards an unlisted joiner's invoice from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.them-fiber.dk";

    private void internal() {
        String[][] x = {{"Teknik og Miljø, Beredskabsvagten", "beredskabsvagt@", "kreditor@silkeborg.dk",
            "Regninger efter oversvømmelsen ved Gudenåen", "Hej Kreditor\n\nAlt materiel og mandskab, vagten har bestilt under "
                + "højvandet, har et rekvisitionsnummer, der begynder med BV-30-. Vi har ikke aftalt forudbetaling med nogen. "
                + "Kommer der en regning uden BV-nummer, så send den til mig.\n\nJakob Skov\nBeredskabsvagten"},
            {"Hanne Mørup", "hamo@", "kreditor@silkeborg.dk", "Vikarfaktura uge 7", "Hej\n\nGudenå Vikarers faktura for uge 7 "
                + "stemmer med vagtplanen for Bøgen. Den er godkendt fra min side.\n\nHanne\nPlejecentret Kastaniehaven"},
            {"Digitalisering og IT", "it-sikkerhed@", "alle-medarbejdere@silkeborg.dk", "Falske mails om MitID og Digital Post",
                "Digital Post og MitID sender aldrig links til login i en mail. Videresend mistænkelige mails til "
                    + "it-sikkerhed@silkeborg.dk og slet dem derefter."},
            {"Lars Nørskov", "lano@", "kreditor@silkeborg.dk", "Udlæg - kanopagajer", "Hej\n\nKvittering for to ekstra pagajer "
                + "købt til kanoudlejningen ved Resenbro, da de bestilte ikke var kommet. Kan det komme med på næste udlæg?\n\n"
                + "Lars\nNatur og Friluftsliv"},
            {"Kultur og Fritid, Svømmehallerne", "svoemmehaller@", "kreditor@silkeborg.dk", "Kortbetalinger og indsigelser",
                "Hej\n\nTil orientering: indsigelser på kortbetalinger i svømmehallerne håndteres kun i Clearhaus' portal. Vi "
                    + "tilbagefører aldrig penge til kortholdere ved bankoverførsel, så sådanne anmodninger skal ikke betales.\n\n"
                    + "Svømmehallerne"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_pagajer.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Gudenådalens Sparekasse", "erhverv@gudenaadalens-sparekasse.dk", "oekonomi@silkeborg.dk",
            "Fusion med Midtjysk Andelsbank - jeres aftaler fortsætter")
            .text("Kære kunde\n\nFusionen mellem Gudenådalens Sparekasse og Midtjysk Andelsbank er gennemført. Jeres konti, "
                + "aftaler og adgang til netbanken fortsætter uændret; I skal ikke gøre noget. Vi beder aldrig om koder eller "
                + "MitID-godkendelser pr. mail eller telefon.\n\nGudenådalens Sparekasse");
        genuine(m, "127.165.1.1");
        m.description = "bank notice about its merger, nothing to do, no links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Midtjysk Andelsbank Erhverv", "erhverv@midtjysk-andelsbank.dk", "oekonomi@silkeborg.dk",
            "Påske: sidste frist for betalinger")
            .text("Betalinger, der skal være hos modtageren før påske, skal godkendes senest onsdag 17. april kl. 13. "
                + "Udlandsbetalinger skal godkendes en bankdag tidligere.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.165.2.1");
        m.description = "bank notice about Easter cut-off times, DMARC pass";
    }

    private void pension() {
        M m = ok("pension-notice", false);
        headers(m, "AkademikerPension, Arbejdsgiverservice", "arbejdsgiver@akademikerpension.dk", "loen@silkeborg.dk",
            "Ny indberetningsfrist for pensionsbidrag fra 2030")
            .text("Kære arbejdsgiver\n\nFra 1. april 2030 skal bidrag indberettes senest den 5. i den følgende måned. Indbetalingen "
                + "sker fortsat automatisk via jeres lønsystem og Betalingsservice, og kontonummeret er uændret. Vi ændrer "
                + "aldrig betalingsoplysninger pr. mail.\n\nVenlig hilsen\nAkademikerPension");
        genuine(m, "127.163.3.1");
        m.description = "pension company's routine notice to the employer, payment via payroll as always, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Gjern Revision", "revision@gjern-revision.dk", "kreditor@silkeborg.dk", "Anmodning om saldobekræftelse - "
            + kloak.name())
            .text("Til Silkeborg Kommune\n\nSom revisor for " + kloak.name() + " beder vi jer bekræfte selskabets tilgodehavende "
                + "hos jer pr. 31. december 2029. Selskabets fuldmagt er vedhæftet.\n\nSvar blot med saldoen, også hvis den er "
                + "0,00 kr. Vi beder ikke om betaling eller bankoplysninger.\n\nVenlig hilsen\nGjern Revision")
            .attach("application/pdf", "Fuldmagt_saldo.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(kloak.name() + ", CVR " + cvr(kloak.domain()), "Opgørelsesdato 31.12.2029", "Svar direkte til revisor")));
        genuine(m, "127.163.2.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Kjellerup Efterskole, økonomi", "oekonomi@kjellerup-efterskole.dk", "oekonomi@silkeborg.dk", "Betalingsadvis")
            .text("Hej\n\nI dag har vi overført 24.300,00 kr. til kommunen for leje af Kjellerup Svømmehal i januar og februar "
                + "(jeres faktura 9120447).\n\nVenlig hilsen\nKjellerup Efterskole");
        genuine(m, "127.163.5.1");
        m.description = "remittance advice: a boarding school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Søhøjlandets Brand & Redning, Kreditor", "kreditor@shbr-beredskab.dk", "oekonomi@silkeborg.dk",
            "Betalingsspecifikation")
            .text("Hej Silkeborg Kommune\n\nSpecifikation af dagens indbetaling fra Brand & Redning er vedhæftet.\n\n"
                + "Søhøjlandets Brand & Redning")
            .attach("text/csv", "specifikation.csv", ("faktura;tekst;beloeb\r\n9120461;Leje af oevelsesplads, Them;11800,00\r\n"
                + "9120462;Vintervedligehold, brandstation Kjellerup;6425,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.163.11.1");
        m.description = "the fire service pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"them-byggecenter.dk", "Them Byggecenter", "kvittering@", "Din kvittering",
            "Sandsække 200 stk., fiberdug og 2 spader: 6.412,50 kr. Betalt med kommunens indkøbskort."},
            {"boghandlen-silkeborg.dk", "Boghandlen Silkeborg", "webshop@", "Ordrebekræftelse 44182", "30 eksemplarer af "
                + "'Søhøjlandet - natur og kultur' til 6. årgang, Sejs Skole, 5.370,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@silkeborg.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Legeredskaber Midt", "ordre@legeredskaber-midt.dk", "indkoeb@silkeborg.dk", "Ordrebekræftelse 21077")
            .text("Tak for jeres ordre på klatrestativ og faldunderlag til legepladsen ved Gjern Børnehus. Forventet levering uge "
                + "16. Fakturaen sendes elektronisk til EAN " + EAN + ".\n\nLegeredskaber Midt");
        genuine(m, "127.163.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, smed.person(), addr(smed), "vej-park@silkeborg.dk", "Tilbud - badetrappe og rækværk, Silkeborg Langsø")
            .text("Hej\n\nNy badetrappe i galvaniseret stål og 14 m rækværk ved badebroen, leveret og monteret: 41.600 kr. ekskl. "
                + "moms. Tilbuddet gælder til 1. maj." + signature(smed))
            .attach("application/pdf", "Tilbud_badetrappe.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Badetrappe, galvaniseret stål", "Rækværk 14 m", "41.600,00 ekskl. moms", "Gyldigt til 01.05.2030")));
        genuine(m, smed.ip());
        m.description = "quote from an unlisted smithy, nothing to pay";
        m = ok("quote", false);
        headers(m, have.person(), addr(have), "vej-park@silkeborg.dk", "Pris på rydning langs Funder Å")
            .text("Hej\n\nRydning af pil og el langs stien ved Funder Å, inkl. flisning og bortkørsel: 3 dage, 19.500 kr. + moms. "
                + "Jeg kan tage den i uge 12, før fuglene yngler." + signature(have));
        genuine(m, have.ip());
        m.description = "quote in the body from an unlisted gardener (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "boern-unge@silkeborg.dk", "Omkørsel mens Resenbro Bro er lukket")
            .text("Hej\n\nSå længe broen ved Resenbro er spærret efter højvandet, kører skolebussen fra Gjern via Voel. Morgenturen "
                + "kører 10 minutter tidligere fra Sorring. Prisen og faktureringen er uændret.\n\nTrafikkontoret\n" + bus.name());
        genuine(m, bus.ip());
        m.description = "listed supplier's detour letter after the flood, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, forsyning.person(), addr(forsyning), "ejendomsdrift@silkeborg.dk", "Varsel om afbrydelse af fjernvarmen i Sejs")
            .text("Kære kunde\n\nTirsdag kl. 9-14 afbryder vi fjernvarmen i dele af Sejs på grund af en ledningsreparation. Det "
                + "berører Sejs Skole og Sejs Børnehus.\n\nSilkeborg Vand & Varme");
        genuine(m, forsyning.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "2132500000771458"), iban("DK", "33000004417725"), bank("5301", "0007714452"),
        iban("EE", "4722002211884410"), iban("PL", "731090101400000714427716"), iban("GB", "REVO00997012477103"),
        iban("IE", "AIBK93115212447716"), iban("NL", "KNAB0255481773"), iban("DE", "500105175418827716"),
        iban("HU", "107000240044178200000000"), iban("RO", "INGB0000999977128834"), iban("BG", "UNCR70001522447188"),
        iban("CY", "002001280000001200527600"), bank("9070", "0001227744"), iban("MT", "MALT01100000000000000004471"),
        iban("SE", "60000000000012771844"), bank("8117", "0001552840"), iban("DK", "89880000771245")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        forgedSuppliers();
        lookalikes();
        homoglyphs();
        platformFrauds();
        compromised();
        hijacks();
        ownDomain();
        ceo();
        payroll();
        bodyOnly();
        fakeInkasso();
        fakeAuthorities();
        callbacks();
        qrCodes();
        english();
        imageOnly();
        archives();
        macros();
        svgHtml();
        xmlChanged();
        splitPayments();
        fakeEsignature();
        staffingFrauds();
        floodAdvances();
        cardTerminalRefunds();
    }

    private void forgedSuppliers() {
        Supplier[] who = {forsyning, avis, kloak, el};
        String[] notes = {"\n\nVi har skiftet pengeinstitut - betal venligst kun til kontoen på denne faktura.",
            "\n\nBemærk: vores konto i Gudenådalens Sparekasse er lukket efter fusionen. Ret venligst jeres stamdata.", "",
            "\n\nNy bankforbindelse gælder fra og med denne faktura."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 1), i + 5, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == avis) {
                m.mime.header("Reply-To", "<annoncer@soeposten-silkeborg.com>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == avis ? ", Reply-To an unregistered look-alike" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"silkeborg-vandvarme.com", forsyning}, {"them-entreprenor.dk", entrep},
            {"kjellerup-traelast.com", traelast}, {"virklund-el-teknik.dk", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 2), i * 3 + 2, List.of(), i % 2 == 0
                ? "\n\nBemærk det nye kontonummer på fakturaen." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("kjellerup-tr\u00e6last.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, traelast.posing(d, traelast.account()), mule(5), 17, List.of("Nyt kontonummer pr. 1. marts"), "\n\nVi har "
            + "skiftet bank i forbindelse med fusionen. Brug venligst kontoen på fakturaen.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ for ae) posing as kjellerup-traelast.dk, invoice with new account, authenticates";
        d = idn("silk\u0435borg.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Silkeborg Kommune, Økonomi", "oekonomi@" + d, "kreditor@silkeborg.dk", "Haster - depositum for hytteleje, 7. årgang")
            .text("Hej\n\nHytteudlejeren i Vorupør mangler depositummet for 7. årgangs lejrtur fra Sejs Skole, 62.400 kr. Hvis "
                + "pengene ikke er der i dag, går hytterne til næste på ventelisten. Overfør venligst til " + mule(9)
                + " - bilaget eftersender jeg, når jeg er tilbage på kontoret.\n\nVh\nØkonomi");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic e) posing as our finance department: urgent camp deposit, authenticates";
    }

    private void platformFrauds() {
        M m = bad("lookalike-platform");
        String no = "INV-" + (1_200 + rnd.nextInt(7_000));
        headers(m, toemrer.name() + " via Invoiced", "billing@invoiced-silkeborg.com", "efaktura@silkeborg.dk", "Faktura " + no
            + " er forfalden")
            .html("<html><body style=\"font-family:Helvetica,Arial\"><p>Hej Silkeborg Kommune</p><p>Faktura " + no + " fra "
                + toemrer.name() + " er overskredet med 9 dage. Betal nu med kort eller bankoverførsel og undgå gebyr:</p>"
                + "<p><a href=\"https://invoiced-silkeborg.com/pay/" + sha256(m.id).substring(0, 16) + "\" style=\"background:#2b6cb0;"
                + "color:#fff;padding:10px 18px;text-decoration:none\">Se og betal faktura</a></p></body></html>");
        ownedBy(m, "invoiced-silkeborg.com");
        m.description = "look-alike platform invoiced-silkeborg.com: overdue invoice in listed sejs-toemrer.dk's name, pay link";
        m = bad("lookalike-platform");
        no = "RE-" + (1_200 + rnd.nextInt(7_000));
        headers(m, kiel.name() + " via bexio", "rechnung@bexio-gjern.net", "vej-park@silkeborg.dk", "Zahlungserinnerung " + no)
            .html("<html><body style=\"font-family:Arial\"><p>Sehr geehrte Damen und Herren,</p><p>die Rechnung " + no + " von "
                + kiel.name() + " ist seit 14 Tagen fällig. Bitte begleichen Sie den offenen Betrag von EUR 4.920,00 über den "
                + "folgenden Link:</p><p><a href=\"https://bexio-gjern.net/r/" + sha256(m.id).substring(0, 16) + "\">Rechnung "
                + "ansehen und bezahlen</a></p></body></html>");
        ownedBy(m, "bexio-gjern.net");
        m.description = "look-alike platform bexio-gjern.net: German payment reminder in the Kiel supplier's name, pay link";
        m = bad("platform-account-misused");
        no = "KF" + (1_200 + rnd.nextInt(7_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 10) + "@kashflow.com";
        headers(m, "Nordic Line Marking Ltd via KashFlow", "invoices@kashflow.com", "vej-park@silkeborg.dk", "Invoice " + no
            + " from Nordic Line Marking Ltd")
            .header("Reply-To", "<nordic.linemarking@outlook.com>")
            .html("<html><body><p>Dear Silkeborg Kommune,</p><p>Please find attached invoice <b>" + no + "</b> for thermoplastic "
                + "road markings on Viborgvej and the Kjellerup bypass: <b>EUR 12,780.00</b>, due in 7 days.</p><p>Reply to this "
                + "e-mail to contact Nordic Line Marking Ltd.</p></body></html>")
            .attach("application/pdf", no + ".pdf", Attachments.pdf(docId(m, "kf"), "Invoice " + no,
                List.of("Nordic Line Marking Ltd", "Road markings, Viborgvej / Kjellerup bypass, 2.4 km", "EUR 12,780.00",
                    "Bank: " + mule(6))));
        genuine(m, "127.164.2.1");
        m.description = "real platform kashflow.com used by an unknown firm for road markings never ordered, outlook Reply-To, IE IBAN";
        m = bad("platform-account-misused");
        no = "INV-" + (1_200 + rnd.nextInt(7_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 10) + "@invoiced.com";
        headers(m, "Funder Rengøringsservice ApS via Invoiced", "billing@invoiced.com", "kreditor@silkeborg.dk", "Faktura " + no
            + " fra Funder Rengøringsservice ApS")
            .header("Reply-To", "<funder.rengoeringsservice@gmail.com>")
            .html("<html><body><p>Hej Silkeborg Kommune</p><p>Funder Rengøringsservice fakturerer nu gennem Invoiced. Faktura "
                + no + " er vedhæftet. Bemærk, at vores bankoplysninger er opdateret, og at betaling skal ske til " + mule(13)
                + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(13)), "Faktura", no,
                amount(2_200_000), mule(13), 0, List.of("Opdaterede bankoplysninger")));
        genuine(m, "127.164.1.1");
        m.description = "real platform invoiced.com in listed funder-rengoering.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{kontor, "Vi er pr. 1. marts blevet en del af en landsdækkende kontorkæde, og betalinger skal fremover gå "
            + "til kædens fælles konto "},
            {vvs, "Vi har indgået en factoringaftale, så vores fordringer betales fremover til factoringselskabets konto "},
            {rengoer, "Vores bank har indefrosset driftskontoen, mens de gennemgår vores regnskab. Indtil videre bedes I betale til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 14), i + 10, List.of("Ændrede bankoplysninger"), "\n\n" + c[i][1] + mule(i + 14)
                + ". Jeg er på kursus resten af ugen, så skriv hellere end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = it;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@silkeborg.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn opfølgning på fakturaen nedenfor: vi har flyttet vores driftskonto, så de " + p.amount().gross()
                + " kr. skal betales til " + mule(17) + ". Den gamle konto lukker ved udgangen af måneden.\n\nMvh\n" + s.person()
                + "\n" + s.name() + "\n\n> Faktura " + p.no() + " er vedhæftet.");
        genuine(m, s.ip());
        m.description = "compromised real mailbox of silkeborg-itdrift.dk (DKIM only, p=reject: DMARC pass) in its wave-1 thread, mule";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "gjern-kloak.net"}, {madservice, "hojlandets-madservice.dk"}, {toemrer, "sejs-tomrer.dk"},
            {bus, "himmelbjerg-bus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@silkeborg.dk", (i % 2 == 0 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nAngående faktura " + p.no() + " på " + p.amount().gross() + " kr.: vi har fået ny bankforbindelse, så "
                    + "beløbet skal indbetales på " + mule(i + 3) + " og ikke på kontoen på fakturaen. Send lige en kort "
                    + "bekræftelse, når det er ændret.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\n> "
                    + GREETING[i] + "\n> Faktura " + p.no() + " er vedhæftet.");
            if (i == 1) {
                mime.attach("application/pdf", pdfName(p.no(), 3), pdfInvoice(m, s.posing(d, mule(i + 3)), "Faktura", p.no(),
                    p.amount(), mule(i + 3), 4, List.of("Ændret bankforbindelse")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account";
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Morten Halgaard, borgmester", "borgmester@" + OWN, "oekonomi@silkeborg.dk", "Fortroligt - grundkøb ved Resenbro")
            .text("Hej\n\nVi er i fortrolige drøftelser om køb af en erhvervsgrund ved Resenbro. Sælgers advokat skal have et "
                + "depositum på 275.000 kr. i dag, ellers går handlen til en anden byder. Overfør til " + mule(1)
                + " og hold det mellem os, indtil Økonomiudvalget er orienteret.\n\nMorten");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Kreditorteamet", "kreditor@" + OWN, "oekonomi@silkeborg.dk", "Afvist betaling til Brand & Redning - gennemfør igen")
            .text("Hej\n\nBanken har returneret betalingen af ejerbidraget til Søhøjlandets Brand & Redning for 1. kvartal. Gennemfør "
                + "venligst betalingen på 7.941.300,00 kr. igen til " + mule(15) + " i dag - Brand & Redning har oplyst den nye "
                + "konto. Vi retter bilaget bagefter.\n\nKreditorteamet");
        forged(m, forgedHost++);
        m.description = "our creditor mailbox forged from outside: 'pay the returned fire-service contribution again', mule account";
    }

    private void ceo() {
        Object[][] c = {{"Morten Halgaard", "morten.halgaard.borgmester@gmail.com", GMAIL, "Kort spørgsmål", "Hej\n\nJeg sidder i "
            + "møde med Region Midtjylland resten af dagen og kan ikke tage telefonen. Er du ved skrivebordet? Jeg har brug "
            + "for, at du ordner en betaling for mig.\n\nMorten\nSendt fra min iPhone"},
            {"Hanne Bisgaard, kommunaldirektør", "hanne.bisgaard.silkeborg@outlook.com", MSFT, "En hilsen til hjemmeplejen",
                "Hej\n\nHjemmeplejen i Them og Gjern har knoklet under oversvømmelsen, og jeg vil gerne sige tak. Kan du købe 25 "
                    + "digitale gavekort á 500 kr. og sende mig koderne? Jeg lægger ud og afregner med dig i morgen.\n\nHanne"},
            {"Thomas Lykke", "thomas.lykke.oekonomi@icloud.com", APPLE, "Fortroligt forlig", "Hej\n\nVi har indgået forlig i "
                + "erstatningssagen om Kjellerup Svømmehal, og modpartens advokat skal have 184.000 kr. i dag til " + mule(11)
                + ". Jeg godkender bilaget, så snart jeg er tilbage.\n\nThomas, økonomichef"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@silkeborg.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Sanne Them Jensen", "sanne.them.sosu@gmail.com", "loen@silkeborg.dk", "Ny lønkonto")
            .text("Hej\n\nJeg er social- og sundhedshjælper i hjemmeplejen i Them og har skiftet bank. Vil I sætte min løn for "
                + "marts ind på " + bank("8117", "0004471902") + "? Jeg kan ikke komme på medarbejderportalen hjemmefra.\n\n"
                + "Mvh Sanne");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Michael Resen", "michael.resen@hotmail.com", "loen@silkeborg.dk", "Lønkonto ændret")
            .text("Hej\n\nJeg er ansat ved Natur og Friluftsliv ved Silkeborg Langsø. Min gamle bank har lukket min konto, så løn og "
                + "feriepenge skal fremover ind på " + mule(7) + ". Jeg har ikke adgang til MitID i øjeblikket.\n\nMichael");
        genuine(m, MSFT);
        m.description = "a 'park worker' on hotmail wants his salary to a foreign account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "henrik@kjellerupmaler.dk", "kreditor@silkeborg.dk", "Nyt kontonr.")
            .text("Hej\n\nKort besked: jeg har fået nyt kontonummer " + mule(16) + ". Brug det fremover, også til den regning, der "
                + "står åben.\n\nMvh Henrik\nKjellerup Malerforretning");
        ownedBy(m, "kjellerupmaler.dk");
        m.description = "no attachment: look-alike of kjellerup-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Gudenå Kontorforsyning <ordre@gudenaa-kontor.dk>", "gudenaa.kontorforsyning@gmail.com", "kreditor@silkeborg.dk",
            "Opdaterede bankoplysninger")
            .text("Kære kunde\n\nVores mailserver er nede efter et strømsvigt, så vi skriver fra denne adresse. Vores konto er "
                + "ændret til " + mule(12) + " med virkning fra i dag. Venligst opdater jeres kreditoroplysninger.\n\n"
                + "Gudenå Kontorforsyning ApS");
        genuine(m, GMAIL);
        m.description = "display name carries a listed supplier's real address, the mail is gmail: new account in the body";
    }

    private void fakeInkasso() {
        Supplier[] s = {el, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "GI-" + (510_000 + rnd.nextInt(80_000));
            headers(m, "Gudenå Inkasso", "sag@gudenaa-inkasso.com", "kreditor@silkeborg.dk", "Inkassovarsel - sag " + sag)
                .text("Silkeborg Kommune\n\nVi har fået overdraget " + s[i].name() + "s tilgodehavende vedrørende faktura " + p.no()
                    + " på " + p.amount().gross() + " kr. Betales beløbet med tillæg af 1.650 kr. i omkostninger ikke inden 3 "
                    + "hverdage til " + mule(i + 8) + ", overgår sagen til fogedretten uden yderligere varsel.\n\nGudenå Inkasso")
                .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Inkassovarsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(), "Omkostninger 1.650,00",
                        "Konto " + mule(i + 8))));
            ownedBy(m, "gudenaa-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-silkeborg.com", "Digital Post", "post@", "Nyt brev fra Skattestyrelsen",
            "Silkeborg Kommune har modtaget et brev i Digital Post om regulering af momsrefusion. Brevet skal åbnes med MitID "
                + "Erhverv inden 48 timer.", "fake-digital-post"},
            {"mitid-silkeborg.com", "MitID Erhverv", "noreply@", "Bekræft jeres MitID Erhverv-administrator",
                "Administratorrollen for Silkeborg Kommune skal bekræftes. Gør det med MitID inden fredag, ellers spærres adgangen "
                    + "til Digital Post og NemKonto.", "fake-digital-post"},
            {"digitalpost-them.com", "Digital Post Erhverv", "meddelelse@", "Ulæst meddelelse fra Udbetaling Danmark", "Der ligger "
                + "en ulæst meddelelse om tilbagebetaling af refusion. Log på for at læse den og undgå gebyr.", "fake-digital-post"},
            {"silkeborg-domaener.com", "Nordisk Domæneregister", "fornyelse@", "Fornyelse af silkeborg.dk",
                "Registreringen af silkeborg.dk og silkeborg-kommune.dk udløber. Betal inden 7 dage, ellers lukkes hjemmeside og "
                    + "e-mail.", "domain-directory-scam"},
            {"julsoe-erhvervsregister.org", "Jysk Erhvervsregister", "data@", "Bekræft jeres virksomhedsoplysninger",
                "Kontrollér de forudfyldte oplysninger, og returnér formularen med underskrift. Grundoptagelse er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@silkeborg.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 16);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log på med "
                    + "MitID</a></p></body></html>");
            } else if (x[0].startsWith("silkeborg-domaener")) {
                mime.text(x[4] + "\n\nPris for 2 år: 5.240,00 kr. til " + mule(10) + " eller med kort: " + link
                        + "\n\nNordisk Domæneregister")
                    .attach("application/pdf", "Fornyelse_silkeborg.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domænefornyelse",
                        List.of("Domæner: silkeborg.dk, silkeborg-kommune.dk", "2 år", "5.240,00", "Konto " + mule(10))));
            } else {
                mime.text(x[4] + "\n\nJysk Erhvervsregister")
                    .attach("application/pdf", "Formular_Silkeborg_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Kontrolformular",
                        List.of("Silkeborg Kommune, " + RAADHUS, "Underskrift:", "Med underskriften bestilles 3 års "
                            + "premiumprofil à 1.190 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordrekontoret", "ordre@funder-ordreservice.com", "indkoeb@silkeborg.dk", "Ordre 88213 afsendes i dag: "
            + "15 x iPad Pro")
            .text("Tak for din bestilling. 15 x iPad Pro 13\" med tastatur, i alt 219.750,00 kr., trækkes ved afsendelse i "
                + "morgen.\n\nHar du ikke bestilt varerne? Ring hurtigst muligt på +45 89 88 42 16 for at annullere.\n\nOrdrekontoret");
        ownedBy(m, "funder-ordreservice.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Fornyelsesservice", "ordre@funder-ordreservice.com", "oekonomi@silkeborg.dk", "Kvittering for fornyet licens")
            .text("Jeres licens til sikkerhedssoftware er fornyet automatisk for 3 år (8.940 kr.). Ønsker I at fortryde, skal I "
                + "ringe på +45 89 88 42 16 inden 24 timer.")
            .attach("application/pdf", "Kvittering_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("Total Security, 3 år, 10 enheder", "8.940,00 kr.", "Fortrydelse: +45 89 88 42 16")));
        ownedBy(m, "funder-ordreservice.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilbetal-silkeborg.net", "MobilePay Erhverv", "noreply@", "Betaling mislykkedes - scan og betal",
            "En betaling på 14.360,00 kr. fra Silkeborg Kommune kunne ikke gennemføres."},
            {"himmelbjerg-busser.net", bus.person(), "trafik@", "Skolekørsel februar - betal med QR", "Februarfakturaen for "
                + "skolekørslen kan nu betales med det samme."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@silkeborg.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din telefon for at betale.</p><p><img src=\"cid:qr\" "
                    + "width=\"200\" height=\"200\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "betal_qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Resenbro Consulting", "accounts@resenbro-consulting.com", "vej-park@silkeborg.dk",
            "Invoice RC-3017 - traffic count Viborgvej")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the automatic traffic count on Viborgvej and "
                + "Resenbro Bro carried out in January, as agreed with your roads department. EUR 14,650.00 is due within 7 "
                + "days to " + mule(4) + ".\n\nKind regards\nResenbro Consulting")
            .attach("application/pdf", "RC-3017.pdf", Attachments.pdf(docId(m, "en"), "Invoice RC-3017",
                List.of("Client: Silkeborg Municipality", "Automatic traffic count, Viborgvej / Resenbro Bro, 14 days",
                    "EUR 14,650.00", "Bank: " + mule(4))));
        ownedBy(m, "resenbro-consulting.com");
        m.description = "English invoice for a traffic count never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Resenbro Consulting - Finance", "finance@resenbro-consulting.com", "oekonomi@silkeborg.dk",
            "Change of bank details")
            .text("Hello,\n\nDue to a change of our banking partner, please update your supplier records and settle all open "
                + "invoices to " + mule(12) + " with immediate effect. Kindly confirm when this has been done.\n\nFinance Department");
        ownedBy(m, "resenbro-consulting.com");
        m.description = "English 'change of bank details', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "kjellerup-maler.net"}, {vognmand, "resenbro-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@silkeborg.dk", i == 0 ? "Regning som billede" : "Scannet regning")
                .text("Hej\n\nRegningen kommer som " + (i == 0 ? "billede" : "scanning") + ", fordi fakturaprogrammet er nede. "
                    + "Bemærk det nye kontonummer.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20300304_0812.jpg" : "Scan_04032030.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "funder-rengoering.com"}, {vvs, "silkeborg-vvsservice.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 2)), "Faktura", no, amount(1_600_000), mule(i + 2), i + 1, List.of());
            headers(m, s.person(), s.box() + "@" + d, "kreditor@silkeborg.dk", "Faktura " + no + " (komprimeret)")
                .text("Hej\n\nFakturaen er lagt i en zip-fil, fordi jeres mailsystem afviste vores PDF sidste gang. Åbn den og "
                    + "betal venligst.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + no + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + no + ".pdf", pdf)
                    : Attachments.zip("faktura/" + no + ".pdf", pdf, "faktura/LAES_MIG.txt", "Vi har ny bankforbindelse - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@gudenaa-kontor.com", "indkoeb@silkeborg.dk", "Faktura og pakkeliste februar")
            .text("Hej\n\nFaktura og pakkeliste er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og derefter "
                + "'Aktivér indhold' for at se det.\n\nGudenå Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_pakkeliste.docm",
                Attachments.word("Faktura\nSilkeborg Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "gudenaa-kontor.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of gudenaa-kontor.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@silkeborg-it-drift.net", "boern-unge@silkeborg.dk", "Timeregnskab februar")
            .text("Hej\n\nTimeregnskabet for februar og vores nye bankoplysninger står i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nSilkeborg IT-Drift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_februar.xlsm",
                Attachments.excel(List.of("Timeregnskab februar 2030", "I alt DKK 61.250,00", "Ny konto: " + plain(mule(1))), true));
        ownedBy(m, "silkeborg-it-drift.net");
        m.description = "macro-enabled Excel statement from a look-alike of silkeborg-itdrift.dk";
    }

    private void svgHtml() {
        String[][] x = {{"silkeborg-dokumenter.com", "Kjellerup Trælast", "Kontoudskrift februar", "kontoudskrift.svg",
            "image/svg+xml"},
            {"fakturavisning-them.net", "Them Entreprenørforretning", "Din faktura er klar", "Faktura_februar.html", "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/v/" + sha256(m.id).substring(0, 14);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Indlæser faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"170\"><text x=\"10\" y=\"30\">Kontoudskrift - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"10\" y=\"50\" width=\"210\" height=\"36\" "
                    + "fill=\"#2a6\"/></a><script>window.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokument@" + y[0], "kreditor@silkeborg.dk", y[2])
                .text("Hej\n\nDokumentet åbner i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** E-invoice XML sent by mail from a look-alike, with the payee account changed inside the XML. */
    private void xmlChanged() {
        Object[][] x = {{traelast, "kjellerup-traelast.net", false, mule(17)}, {forsyning, "silkeborg-vandvarme.net", true, mule(0)}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            boolean peppol = (Boolean) x[i][2];
            String account = (String) x[i][3];
            Supplier fake = s.posing(d, account);
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_400_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@silkeborg.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej\n\nVi er ved at skifte NemHandel-udbyder og sender derfor e-fakturaen som XML-fil på mail denne gang. "
                    + "Indlæs den venligst manuelt. Bemærk de opdaterede betalingsoplysninger i filen.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no + (peppol ? "_peppol.xml" : "_oioubl.xml"),
                    ubl(no, fake, a, isoDay(m, 0), isoDay(m, 14), peppol).getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + s.domain() + ": " + (peppol ? "Peppol" : "OIOUBL")
                + " XML with the payee account changed";
        }
    }

    private void splitPayments() {
        Supplier s = entrep;
        Past p = past.get(s.domain());
        M m = bad("split-payment-redirect");
        headers(m, s.person(), addr(s), "kreditor@silkeborg.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. skal betales i to dele: 40 % vedrører granit "
                + "kantsten fra vores leverandør og betales direkte til leverandørens konto " + mule(3) + ", resten som "
                + "sædvanligt til " + s.account() + ".\n\nDet er aftalt med leverandøren. Ring ikke, jeg er på pladsen hele "
                + "ugen - skriv, hvis noget er uklart.\n\n" + s.person() + "\n" + s.name());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of them-entreprenoer.dk (DMARC pass) splits its real invoice: 40 % to a new account";
        s = madservice;
        p = past.get(s.domain());
        m = bad("split-payment-redirect");
        headers(m, "Højlandets Madservice, Økonomi", "oekonomi@hoejlandets-madservice.dk", "kreditor@silkeborg.dk",
            "Betaling af faktura " + p.no())
            .text("Kære kunde\n\nI forbindelse med vores nye grossistaftale bedes I betale 120.000 kr. af faktura " + p.no()
                + " direkte til grossistens konto " + mule(14) + ". Restbeløbet betales som altid til os.\n\n"
                + "Med venlig hilsen\nHøjlandets Madservice A/S, Økonomi");
        forged(m, forgedHost++);
        m.description = "forged hoejlandets-madservice.dk (p=reject: DMARC fail): part of the real invoice to a 'wholesaler'";
    }

    private void fakeEsignature() {
        M m = bad("fake-esignature-request");
        String link = "https://underskrift-silkeborg.com/s/" + sha256(m.id).substring(0, 18);
        headers(m, "Gjern Revision via Assently", "noreply@underskrift-silkeborg.com", "oekonomi@silkeborg.dk",
            "Gjern Revision has sent you a document to sign")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hello,</p><p>Gjern Revision has invited you to sign "
                + "<b>Revisorerklæring og honorarfaktura 2029</b>.</p><p><a href=\"" + link + "\">Review and sign</a></p>"
                + "<p style=\"font-size:10px;color:#888\">Assently AB</p></body></html>");
        ownedBy(m, "underskrift-silkeborg.com");
        m.description = "fake e-signature request in the real auditor's name from underskrift-silkeborg.com: credential link";
        m = bad("fake-esignature-request");
        link = "https://underskrift-silkeborg.com/s/" + sha256(m.id).substring(0, 18);
        headers(m, "Kontraktstyring", "kontrakt@underskrift-silkeborg.com", "indkoeb@silkeborg.dk",
            "Underskriv: forlængelse af rammeaftale om kontorartikler")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Gudenå Kontorforsyning har sendt jer "
                + "<b>Tillæg 2 - forlængelse af rammeaftale 2030-2032 med nye betalingsoplysninger</b> til underskrift.</p><p>"
                + "<a href=\"" + link + "\">Åbn og underskriv med MitID</a></p><p>Dokumentet udløber om 48 timer.</p></body></html>");
        ownedBy(m, "underskrift-silkeborg.com");
        m.description = "fake e-signature request for a 'contract addendum with new payment details': MitID login link";
    }

    /**
     * New family: a fake or impersonated temporary-staffing agency bills care-home shifts with a timesheet, or asks for
     * the week's timesheets to be approved in a look-alike portal.
     */
    private void staffingFrauds() {
        M m = bad("temp-staffing-timesheet-invoice");
        String no = "GV-" + (2_030_140 + rnd.nextInt(5));
        String[] staff = {"Maja Riis (SSA)", "Jonas Bech (SSA)", "Maja Riis (SSA)", "Tove Lind (SSH)"};
        Amount a = new Amount(4 * 330_000L, kr(4 * 330_000L), kr(4 * 82_500L), kr(4 * 412_500L));
        List<String> lines = new ArrayList<>(List.of("Gudenå Vikarer ApS, CVR " + cvr(vikar.domain()), "Faktura " + no
            + " - vikardækning uge 9, nattevagter"));
        lines.addAll(timesheet(m, "Plejecentret Kastaniehaven, afsnit Bøgen", staff, true));
        lines.add("Netto " + a.net() + "  moms " + a.vat() + "  i alt DKK " + a.gross());
        lines.add("Betaling 8 dage netto til " + mule(1));
        headers(m, vikar.person(), "louise@gudenaa-vikarer.com", "sundhed-omsorg@silkeborg.dk", "Faktura " + no + " - vikarer uge 9")
            .text("Hej Sundhed og Omsorg\n\nHermed faktura og timeseddel for nattevagterne i uge 9 på Kastaniehaven. Vi er "
                + "skiftet til ny bank efter sammenlægningen, så det nye kontonummer står på fakturaen.\n\nVenlig hilsen\n"
                + "Louise Brix\nGudenå Vikarer ApS")
            .attach("application/pdf", "Faktura_" + no + "_timeseddel.pdf", Attachments.pdf(docId(m, "gvf"), "Faktura " + no, lines));
        ownedBy(m, "gudenaa-vikarer.com");
        m.description = "look-alike of the listed staffing agency: night-shift invoice with a timesheet, new account (DK mule)";
        m = bad("temp-staffing-timesheet-invoice");
        String[] rows = {"Vikarhuset Funder ApS - timeseddel uge 8", "Hjemmeplejen Gjern, nattevagt",
            sentPlus(m, -9, SHORT) + "  Nat 22-06  Karina S. (SSA)  8 t  3.420,00", sentPlus(m, -8, SHORT)
            + "  Nat 22-06  Karina S. (SSA)  8 t  3.420,00", sentPlus(m, -7, SHORT) + "  Nat 22-06  Dennis P. (SSH)  8 t  3.180,00",
            sentPlus(m, -6, SHORT) + "  Nat 22-06  Dennis P. (SSH)  8 t  3.180,00", "I alt ekskl. moms 13.200,00  moms 3.300,00  "
            + "total 16.500,00", "Betaling til " + bank("8117", "0002294118")};
        headers(m, "Vikarhuset Funder", "booking@vikarhuset-funder.dk", "kreditor@silkeborg.dk", "Faktura 1042 - nattevagter "
            + "Hjemmeplejen Gjern")
            .text("Hej\n\nSom aftalt telefonisk med jeres vagtplanlægger har vi dækket fire nattevagter i Hjemmeplejen Gjern i uge "
                + "8, mens I manglede folk under højvandet. Timesedlen er vedhæftet, og beløbet på 16.500,00 kr. bedes indbetalt "
                + "på " + bank("8117", "0002294118") + " inden 8 dage.\n\nTak for et godt samarbejde.\n\nMed venlig hilsen\n"
                + "Vikarhuset Funder ApS")
            .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Timeseddel_uge8_Gjern.xlsx",
                Attachments.excel(List.of(rows), false));
        ownedBy(m, "vikarhuset-funder.dk");
        m.description = "unknown staffing agency bills night shifts 'agreed by phone' that were never ordered, xlsx timesheet, DK account";
        m = bad("temp-staffing-timesheet-invoice");
        String link = "https://vikarportal-gudenaa.com/login?r=" + sha256(m.id).substring(0, 12);
        headers(m, "Gudenå Vikarer - Vikarportalen", "portal@gudenaa-vikarer.dk", "sundhed-omsorg@silkeborg.dk",
            "Timesedler for uge 9 afventer jeres godkendelse")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Der ligger 11 timesedler for uge 9 "
                + "(Plejecentret Kastaniehaven og Hjemmeplejen Kjellerup), som skal godkendes, før vi kan fakturere og sikre "
                + "dækning i næste uge.</p><p><a href=\"" + link + "\">Godkend timesedler</a></p><p>Log ind med din "
                + "kommunale e-mail og adgangskode. Godkendelse skal ske senest fredag kl. 12.</p><p>Gudenå Vikarer ApS</p>"
                + "</body></html>");
        forged(m, forgedHost++);
        m.description = "forged gudenaa-vikarer.dk (p=quarantine: DMARC fail): 'approve timesheets' link to a look-alike portal login";
    }

    /**
     * New family: during the Gudenå flood, a pump-hire firm, a forged contractor and a flood-barrier renter demand
     * prepayment for equipment "ordered by your on-call officer last night".
     */
    private void floodAdvances() {
        M m = bad("flood-emergency-advance");
        String konto = bank("5301", "0008817420");
        headers(m, "Gudenå Pumpeudlejning, vagten", "vagt@gudenaa-pumpeudlejning.dk", "teknik-miljoe@silkeborg.dk",
            "Forudbetaling - pumper til Gudenåen ved Resenbro")
            .text("Hej Teknik og Miljø\n\nJeres beredskabsvagt bestilte i nat tre dykpumper og 400 m slange til Gudenåen ved "
                + "Resenbro. De første to pumper kører nu. De næste er læsset, men vi kører først, når forudbetalingen af "
                + "leje og opstilling er modtaget - vi har for mange kunder i området lige nu til at køre på kredit.\n\n"
                + "Beløb: 68.750,00 kr. inkl. moms til " + konto + ". Send en kvittering til denne mail, så sender vi bilen "
                + "afsted med det samme.\n\nMvh\nVagten, Gudenå Pumpeudlejning\nTlf. 22 84 61 30")
            .attach("application/pdf", "Forudbetaling_2217.pdf", Attachments.pdf(docId(m, "pu"), "Forudbetalingsfaktura 2217",
                List.of("Gudenå Pumpeudlejning", "Kunde: Silkeborg Kommune, Teknik og Miljø", "3 dykpumper 150 m3/t, 400 m slange, "
                    + "opstilling", "Leje 7 døgn, forudbetaling", "I alt DKK 68.750,00 inkl. moms", "Konto: " + konto)));
        ownedBy(m, "gudenaa-pumpeudlejning.dk");
        m.description = "pump-hire firm demands prepayment for pumps 'ordered by your on-call officer last night' during the flood, DK account";
        m = bad("flood-emergency-advance");
        Past p = past.get(entrep.domain());
        headers(m, entrep.person(), addr(entrep), "teknik-miljoe@silkeborg.dk", "Aconto - akut sikring ved Silkeborg Langsø")
            .text("Hej\n\nVi er i gang med at sikre stien og kajen ved Silkeborg Langsø med storsække og spuns, som aftalt med "
                + "vagten i går aftes. Vores leverandør af spuns kræver forudbetaling i den her situation, så vi sender en "
                + "acontofaktura på 40 % af overslaget. Beløbet skal gå til vores projektkonto " + mule(2) + ", så det holdes "
                + "adskilt fra den daglige drift.\n\nResten faktureres som normalt, når arbejdet er færdigt. Jeg er på pladsen "
                + "og svarer bedst på mail.\n\n" + entrep.person() + "\n" + entrep.name())
            .attach("application/pdf", "Aconto_" + p.no() + "-A.pdf", pdfInvoice(m, entrep.posing(entrep.domain(), mule(2)),
                "Acontofaktura", p.no() + "-A", new Amount(18_400_000, kr(18_400_000), kr(4_600_000), kr(23_000_000)), mule(2), 0,
                List.of("Akut sikring, Silkeborg Langsø: 40 % aconto af overslag")));
        forged(m, forgedHost++);
        m.description = "forged them-entreprenoer.dk (p=quarantine: DMARC fail): 40 % a-conto for flood works to a 'project account'";
        m = bad("flood-emergency-advance");
        headers(m, "Julsø Flood Barriers - Operations", "operations@julsoe-floodbarriers.com", "teknik-miljoe@silkeborg.dk",
            "Mobile flood barriers - prepayment required before dispatch")
            .text("Dear Silkeborg Municipality,\n\nFollowing the call from your emergency team, 180 m of mobile water-filled "
                + "barriers have been reserved for you at our warehouse in Hamburg. Because of the high demand across Denmark "
                + "and Northern Germany this week, barriers are released only against prepayment.\n\nRental for 14 days and "
                + "transport: EUR 21,480.00 to " + mule(8) + ". The truck leaves within 2 hours of receipt of payment.\n\n"
                + "Kind regards\nOperations, Julsø Flood Barriers")
            .attach("application/pdf", "Proforma_JFB-0306.pdf", Attachments.pdf(docId(m, "fb"), "Proforma invoice JFB-0306",
                List.of("Customer: Silkeborg Municipality, emergency team", "Mobile flood barrier 180 m, rental 14 days",
                    "Transport Hamburg - Silkeborg", "EUR 21,480.00 - payment in advance", "Bank: " + mule(8))));
        ownedBy(m, "julsoe-floodbarriers.com");
        m.description = "English proforma for mobile flood barriers 'reserved after your team's call', prepayment to a DE IBAN";
    }

    /** New family: a fake card-terminal support desk asks for a disputed or "double-settled" card payment to be refunded by transfer. */
    private void cardTerminalRefunds() {
        M m = bad("card-terminal-refund-scam");
        String konto = bank("9070", "0002218840");
        headers(m, "Terminalsupport - indsigelser", "indsigelse@terminalsupport-kjellerup.com", "kultur-fritid@silkeborg.dk",
            "Indsigelse på kortbetaling - Kjellerup Svømmehal")
            .text("Kære forhandler\n\nEn kortholder har gjort indsigelse mod en betaling på 14.250,00 kr. for holdtilmelding i "
                + "Kjellerup Svømmehal den " + sentPlus(m, -9, DOTS) + ". Hvis indsigelsen går videre til kortnetværket, "
                + "pålægges et chargeback-gebyr på 1.500 kr., og terminalen kan blive lukket midlertidigt.\n\nI kan undgå "
                + "dette ved selv at tilbageføre beløbet til kortholderens konto " + konto + " inden 48 timer og sende os "
                + "kvitteringen. Sagen lukkes derefter uden gebyr.\n\nMed venlig hilsen\nTerminalsupport, indsigelser");
        ownedBy(m, "terminalsupport-kjellerup.com");
        m.description = "fake terminal support: avoid a chargeback fee by refunding a card payment by transfer to a DK account";
        m = bad("card-terminal-refund-scam");
        headers(m, "Merchant Settlement Team", "settlement@kortindloesning-silkeborg.com", "oekonomi@silkeborg.dk",
            "Duplicate settlement - action required")
            .text("Dear merchant,\n\nDue to a processing error, the card settlement of " + isoDay(m, -6) + " for your terminal at "
                + "the Silkeborg tourist office was paid to your account twice (DKK 38,420.00). Please return the duplicate "
                + "amount to our settlement account " + mule(5) + " within 3 business days. If the amount is not returned, "
                + "it will be offset against future settlements and the terminal may be suspended.\n\nReference: DS-"
                + (40_000 + rnd.nextInt(9_000)) + "\n\nMerchant Settlement Team");
        ownedBy(m, "kortindloesning-silkeborg.com");
        m.description = "fake acquirer: 'duplicate settlement' to be returned by transfer to a GB IBAN, English";
    }

    // ------------------------------------------------------------------------------------------ output

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus23().generate(), List.of(
            "# Silkeborg Kommune, Økonomi: invoice checks (twenty-third held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=silkeborg-vandvarme.dk them-entreprenoer.dk gjern-kloak.dk sejs-toemrer.dk "
                + "kjellerup-maler.dk funder-rengoering.dk soeposten-silkeborg.dk resenbro-vognmand.dk virklund-el.dk "
                + "silkeborg-vvsservice.dk hoejlandets-madservice.dk kjellerup-traelast.dk silkeborg-itdrift.dk "
                + "himmelbjerg-busser.dk gudenaa-kontor.dk gudenaa-vikarer.dk",
            "invoice.domains.platforms=invoiced.com kashflow.com bexio.com",
            "invoice.names.protected=Silkeborg Kommune"));
    }
}
