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
 * The twentieth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Frederikshavn Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, harbour, job centre
 * and department mailboxes) with fifteen listed suppliers from Frederikshavn, Skagen, Sæby, Strandby, Ålbæk, Østervrå,
 * Jerup, Ravnshøj, Bangsbo, Palmestranden and the Hirsholmene in every DNS posture real Danish firms have (some sending
 * through a web hoster named in their SPF), three invoicing platforms ({@code reviso.com}, {@code waveapps.com}, {@code
 * zettle.com}), local banks, the Læsø ferry company, the regional transit authority, a Gothenburg quay-equipment
 * firm, a Norwegian marina supplier and a Dutch dredging firm for the harbours (Sæby, Strandby, Ålbæk), SaaS, an
 * auditor, an e-signature service, a lawyer's collection department, a pension company, a creditor list, forwarders
 * (with and without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices)
 * and three kinds new here: a "your payment bounced, pay again" claim on a real, already paid invoice
 * (bounced-payment-resend), a demand for prepayment to a new account because the supplier's credit insurer has
 * "withdrawn cover" (credit-insurance-prepayment), and a fake ship agent's fee or disbursement account for a harbour
 * call that never took place (fake-port-agency-fee). The invoice engine, its tests, tuning notes and earlier results
 * were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the
 * mail's kind (a legitimate invoice, credit note, reminder, collection demand for a real debt, transit or ferry
 * invoice, foreign or SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the
 * From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus20GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus20 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout20");
    public static final String OWN = "frederikshavn.dk";
    static final String FRAUD_NET = "127.206.";
    private static final String OWN_IP = "127.200.0.1";
    private static final String EAN = "5798000420318";
    private static final String RAADHUS = "Rådhus Allé 100, 9900 Frederikshavn";
    /** A North Jutland web hoster whose outgoing server several small firms name in their SPF. */
    private static final String HOSTER_IP = "127.205.9.1";
    private static final String GMAIL = "127.209.1.1";
    private static final String MSFT = "127.209.2.1";
    private static final String APPLE = "127.209.5.1";
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);

    private final Random rnd = new Random(20_0020_9900L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, bounced payments, credit notes) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2029, 2, 5, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2029, 3, 7, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Frederikshavn Vand & Varme A/S", "frederikshavn-vandvarme.dk",
        "Kundeservice, Frederikshavn Vand & Varme", "regning", "127.201.1.1", iban("DK", "90700004418263"),
        "vand, vandafledning og fjernvarme, kommunale ejendomme, januar");
    private final Supplier entrep = new Supplier("Sæby Entreprenørforretning A/S", "saeby-entreprenoer.dk", "Mette Kjærsgaard",
        "mette", "127.201.2.1", bank("9070", "0002817734"), "omlægning af fortov og cykelsti, Algade Sæby");
    private final Supplier kloak = new Supplier("Jerup Slamsugning & Kloak ApS", "jerup-slam.dk", "Poul Erik Thomsen", "poul",
        HOSTER_IP, bank("7560", "0001774920"), "tømning af olieudskillere og spuling af stikledninger, materielgården");
    private final Supplier toemrer = new Supplier("Ålbæk Tømrer & Tag ApS", "aalbaek-toemrer.dk", "Rasmus Kvist", "rasmus",
        "127.201.4.1", bank("9070", "0005512867"), "nyt tag på redskabsrummet, Ålbæk Skole");
    private final Supplier maler = new Supplier("Østervrå Malerforretning v/ Kim Dahl", "oestervraa-maler.dk", "Kim Dahl", "kim",
        "127.201.5.1", bank("5301", "0003398127"), "maling af klasselokaler, Østervrå Skole, vinterferien");
    private final Supplier rengoer = new Supplier("Skagen Rengøringsservice ApS", "skagen-rengoering.dk", "Bogholderiet",
        "bogholderi", "127.201.6.1", bank("9070", "0007620415"), "rengøring af Skagen Bibliotek og Kulturhuset Kappelborg, januar");
    private final Supplier avis = new Supplier("Frederikshavn Lokalavis", "frederikshavn-lokalavis.dk", "Annonceafdelingen",
        "annoncer", "127.201.7.1", iban("DK", "53010006624178"), "stillingsannoncer og kommunens informationsside, december-januar");
    private final Supplier vognmand = new Supplier("Ravnshøj Vognmandsforretning I/S", "ravnshoej-vognmand.dk", "Bjarne Ravn",
        "bjarne", "127.201.8.1", bank("7560", "0009921604"), "vintertjeneste: saltning og snerydning, rute 14 Ravnshøj-Gærum");
    private final Supplier el = new Supplier("Skagen El-Teknik ApS", "skagen-elteknik.dk", "Jannik Hulsig", "jannik",
        HOSTER_IP, bank("9070", "0004470392"), "udskiftning af nødbelysning, Skagen Skole");
    private final Supplier vvs = new Supplier("Sæby VVS & Energi ApS", "saeby-vvs.dk", "Kontoret", "kontor", "127.201.10.1",
        bank("5301", "0008865213"), "udskiftning af varmtvandsbeholder, Sæby Svømmehal");
    private final Supplier madservice = new Supplier("Strandby Madhus A/S", "strandby-madhus.dk", "Strandby Madhus, Kundeservice",
        "kunde", "127.201.11.1", iban("DK", "90700001536082"), "madservice til hjemmeboende borgere, uge 3-4");
    private final Supplier traelast = new Supplier("Frederikshavn Trælast A/S", "frederikshavn-traelast.dk", "Trælastens Proffsalg",
        "proff", "127.201.12.1", iban("DK", "75600008813347"), "byggematerialer til Ejendomsservice, rammeaftale 2029");
    private final Supplier it = new Supplier("Bangsbo IT ApS", "bangsbo-it.dk", "Bangsbo IT, Fakturering", "faktura",
        "127.201.13.1", bank("9070", "0006637851"), "drift af skolernes trådløse net og 60 nye elev-pc'er");
    private final Supplier bus = new Supplier("Palmestrand Busser ApS", "palmestrand-busser.dk", "Kørselskontoret", "koersel",
        "127.201.14.1", bank("7560", "0002248193"), "skolebuskørsel Skagen-Ålbæk og Østervrå-Sæby, januar");
    private final Supplier kontor = new Supplier("Hirsholm Kontorforsyning ApS", "hirsholm-kontor.dk", "Ordrekontoret", "ordre",
        "127.201.15.1", iban("DK", "53010004472906"), "kopipapir, toner og arkivæsker, rammeaftale, januar");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Strandby Skibssmedie", "strandby-skibssmedie.dk", "Erling Strandby Nielsen",
        "erling", "127.202.1.1", bank("9070", "0001183406"), "nye fortøjningsringe og stiger, Strandby Havn");
    private final Supplier skadedyr = new Supplier("Kvissel Skadedyrskontrol", "kvissel-skadedyr.dk", "Dorthe Kvissel", "dorthe",
        "127.202.2.1", bank("7560", "0006652730"), "rottebekæmpelse, Bangsbo Børnehus");
    private final Supplier snedker = new Supplier("Gærum Møbelsnedkeri", "gaerum-snedkeri.dk", "Ole Gærum", "ole",
        "127.202.3.1", bank("5301", "0007718854"), "nye reoler og udlånsskranke, Sæby Bibliotek");
    private final Supplier have = new Supplier("Elling Have & Anlæg v/ Søren Elling", "elling-have.dk", "Søren Elling",
        "soeren", "127.202.4.1", bank("9070", "0009034417"), "beskæring af træer og rydning af krat, Bangsbo Dyrehave");
    private final Supplier natur = new Supplier("Naturvejleder Råbjerg v/ Ida Mols", "gmail.com", "Ida Mols",
        "ida.raabjerg.natur", GMAIL, bank("7560", "0003301952"), "naturtur til Råbjerg Mile med 5. årgang, Frydenstrand Skole");
    private final Supplier tolk = new Supplier("Yonas Tesfaye Tolkeservice", "outlook.com", "Yonas Tesfaye", "yonas.tesfaye.tolk",
        MSFT, bank("9070", "0004419086"), "tolkning tigrinya-dansk, Jobcenter Frederikshavn, 3 timer");
    private final Supplier musik = new Supplier("Harmonikaspiller Aksel Voerså", "icloud.com", "Aksel Voerså", "aksel.harmonika",
        APPLE, bank("5301", "0002281540"), "fællessang og harmonika til fastelavn, Plejecentret Lærkehøj, Sæby");
    private final Supplier foto = new Supplier("Skagen Lys Fotografi v/ Nanna Brix", "hotmail.com", "Nanna Brix", "skagen.lys.foto",
        MSFT, bank("9070", "0005507721"), "billeder af havnemiljøet til kommunens turistbrochure");
    // foreign suppliers for the harbours
    private final Supplier kaj = new Supplier("Göteborgs Kajteknik AB", "goteborgs-kajteknik.se", "Ekonomiavdelningen",
        "ekonomi", "127.207.1.1", iban("SE", "50000000054391027735"), "byte av fenderlister, Sæby Havn, kaj 2");
    private final Supplier marina = new Supplier("Fredrikstad Marina Utstyr AS", "fredrikstad-marinautstyr.no", "Regnskap",
        "regnskap", "127.207.2.1", iban("NO", "98660523318"), "flytebrygge 18 m med landgang, Ålbæk Havn");

    private final List<Supplier> listed = List.of(forsyning, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs,
        madservice, traelast, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"frederikshavn-vandvarme.com", "saeby-entreprenor.dk", "frederikshavn-traelast.com",
        "skagen-el-teknik.dk", idn("frederikshavn-tr\u00e6last.dk"), idn("frederiksh\u00e5vn.dk"), "reviso-frederikshavn.com",
        "waveapps-skagen.net", "jerup-slam.net", "strandby-madhus.com", "aalbaek-tomrer.dk", "palmestrand-bus.dk",
        "oestervraamaler.dk", "skagen-inkasso.com", "mitid-frederikshavn.com", "digitalpost-saeby.com",
        "frederikshavn-domaener.com", "skagen-erhvervsregister.org", "saeby-ordreservice.com", "mobilbetal-frederikshavn.net",
        "palmestrand-busser.net", "skagen-parkering.com", "skagen-marine-survey.com", "oestervraa-maler.net",
        "ravnshoej-vognmand.com", "skagen-rengoering.com", "saeby-vvs.net", "hirsholm-kontor.com", "bangsbo-it.net",
        "frederikshavn-dokumenter.com", "fakturavisning-skagen.net", "frederikshavn-lokalavis.com", "hirsholm-kontor.net",
        "skagen-shipagency.com", "strandby-portservices.com", idn("s\u00e6by-vvs.dk")};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("frederikshavn-vandvarme.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("saeby-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("jerup-slam.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("aalbaek-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("oestervraa-maler.dk", null, null, null, null); // nothing published
        domain("skagen-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("frederikshavn-lokalavis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ravnshoej-vognmand.dk", List.of("127.201.98.8"), "~all", null, "none"); // SPF names the dispatch system only
        domain("skagen-elteknik.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("saeby-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("strandby-madhus.dk", List.of(madservice.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("frederikshavn-traelast.dk", List.of(traelast.ip(), "127.201.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bangsbo-it.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("palmestrand-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("hirsholm-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("strandby-skibssmedie.dk", List.of(smed.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("kvissel-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("gaerum-snedkeri.dk", List.of(snedker.ip()), "-all", null, null);
        domain("elling-have.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("saeby-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("goteborgs-kajteknik.se", List.of(kaj.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("fredrikstad-marinautstyr.no", List.of(marina.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("harlingen-baggerwerken.nl", List.of("127.207.3.1"), "-all", null, null);
        // collection, auditor, e-signature, pension company, school, shops, ferry, transit
        domain("advokathuset-saeby.dk", List.of("127.203.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("skagen-revision.dk", List.of("127.203.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("pfa.dk", List.of("127.203.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("scrive.com", List.of("127.203.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("frederikshavn-handelsskole.dk", List.of("127.203.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordjysk-legepladsudstyr.dk", List.of("127.203.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("saeby-byggecenter.dk", List.of("127.203.7.1"), "-all", null, "none");
        domain("skagen-boghandel.dk", List.of("127.203.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("laesoe-line.dk", List.of("127.203.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nt.dk", List.of("127.203.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // invoicing platforms
        domain("reviso.com", List.of("127.204.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("waveapps.com", List.of("127.204.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("zettle.com", List.of("127.204.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, list, ESP, newsletter, forwarders
        domain("nordkap-bank.dk", List.of("127.205.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("skagen-sparekasse.dk", List.of("127.205.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkredsen-nord.dk", List.of("127.205.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("peytz.dk", List.of("127.205.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommunalt-indkoeb-nord.dk", List.of("127.205.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hjemmeplejeforum-vendsyssel.dk", List.of("127.205.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("oekonominyt-nord.dk", List.of("127.205.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.fhavnnet.dk", List.of("127.208.1.1"), "-all", null, null);
        domain("relay.skagen-fiber.dk", List.of("127.208.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("siteimprove.com", List.of("127.207.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("planday.com", List.of("127.207.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        String[] policy = {"reject", "quarantine", null, "none", "reject", "quarantine", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 6 ? null : i % 3 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 5 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 42_300 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no20:" + s.domain()).hashCode(), 6)) {
            case 0:
                return String.valueOf(62_000 + rnd.nextInt(9_000));
            case 1:
                return "29-" + String.format("%04d", 40 + rnd.nextInt(3_000));
            case 2:
                return "FAK" + (2_900_000 + rnd.nextInt(90_000));
            case 3:
                return "S" + (8_100 + rnd.nextInt(1_800));
            case 4:
                return (300 + rnd.nextInt(600)) + "-2029";
            default:
                return String.valueOf(1_700 + rnd.nextInt(700));
        }
    }

    private static final String[] TO = {"kreditor@frederikshavn.dk", "efaktura@frederikshavn.dk", "kreditor@frederikshavn.dk",
        "oekonomi@frederikshavn.dk", "teknik-miljoe@frederikshavn.dk", "boern-skole@frederikshavn.dk",
        "sundhed-pleje@frederikshavn.dk", "kultur-fritid@frederikshavn.dk", "ejendomme@frederikshavn.dk",
        "indkoeb@frederikshavn.dk", "kreditor@frederikshavn.dk", "havne@frederikshavn.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf20:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr20:" + domain).hashCode(), 9_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi20:" + domain).hashCode(), 9_000_000));
    }

    /**
     * Four layouts: a bordered header block "Faktura nr. / Ordre nr. / Dato / Betalingsbetingelser" with a line and a
     * totals box; a craftsman's "regning" splitting hours, materials and driving; a short bill from the accounting
     * program with an FI line "+71<...>" (printed only with the supplier's own account); a monthly subscription-style bill
     * with the period and an EAN reference.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        switch (Math.floorMod(layout, 4)) {
            case 0 -> {
                head = s.name();
                l.add((freeMail(s) ? "" : "www." + s.domain() + "  |  ") + "CVR-nr. " + cvr(s.domain()));
                l.add(title.toUpperCase(DA) + "  nr. " + no + "   Ordre nr. " + (10_000 + Math.floorMod((s.domain() + no).hashCode(), 80_000))
                    + "   Dato: " + dottedDay(m, 0));
                l.add("Betalingsbetingelser: netto 30 dage, forfald " + dottedDay(m, 30));
                l.add("Kunde: Frederikshavn Kommune, " + RAADHUS + ", EAN " + EAN);
                l.add("1  " + s.what() + "   " + a.net());
                l.add("Subtotal " + a.net() + "   Moms 25 % " + a.vat() + "   At betale DKK " + a.gross());
                l.addAll(more);
                l.add("Betaling til " + account + " - angiv venligst fakturanummer " + no);
            }
            case 1 -> {
                head = title + " " + no;
                l.add(s.name() + (freeMail(s) ? "" : " - " + s.domain()) + " - CVR " + cvr(s.domain()));
                l.add("Til: Frederikshavn Kommune (EAN " + EAN + ")   Dato: " + writtenDay(m, 0));
                l.add("Udført: " + s.what());
                long hours = a.ore() * 6 / 10;
                long drive = a.ore() / 20;
                l.add("Arbejdstimer: " + kr(hours) + "   Materialer: " + kr(a.ore() - hours - drive) + "   Kørsel: " + kr(drive));
                l.add("Beløb ekskl. moms " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Bedes indbetalt senest " + writtenDay(m, 14) + " på " + account);
            }
            case 2 -> {
                head = title;
                l.add(s.name() + " / " + title.toLowerCase(DA) + " " + no + " / " + isoDay(m, 0));
                l.add("Debitor: Frederikshavn Kommune, kreditorbogholderiet, EAN " + EAN);
                l.add("Tekst: " + s.what());
                l.add("Netto " + a.net() + "   moms " + a.vat() + "   total " + a.gross() + " DKK   netto 30 dage");
                l.addAll(more);
                l.add("Konto: " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("\\D", "");
                    l.add("+71<" + String.format("%015d", digits.isEmpty() ? 0L : Long.parseLong(digits)) + "+" + creditorNo(s.domain()) + "<");
                }
            }
            default -> {
                head = s.name() + " - " + title;
                l.add(title + " " + no + " udstedt " + dottedDay(m, 0) + " til Frederikshavn Kommune, EAN " + EAN);
                l.add("Periode: " + sentPlus(m, -31, DOTS) + " - " + dottedDay(m, -1));
                l.add("Ydelse: " + s.what());
                l.add("Pris ekskl. moms " + a.net() + " / moms " + a.vat() + " / i alt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betales til " + account + " senest " + dottedDay(m, 30) + ". " + (freeMail(s) ? "" : "CVR " + cvr(s.domain())));
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura-" + n + ".pdf", "faktura_" + n + ".pdf", n + ".pdf", "Frederikshavn_Kommune_" + n + ".pdf",
            "FAK" + n + ".pdf", "Regning_" + n + ".pdf", "Faktura nr " + n + ".pdf", "doc" + n.toLowerCase(DA) + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej", "Til Frederikshavn Kommune", "Kære kreditorbogholderi", "Goddag",
        "Hej kreditor", "Att. bogholderiet", "Hej alle", "Hej igen"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig20:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name();
            case 1:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + "\nTlf. 98 " + (40 + rnd.nextInt(50)) + " " + (10 + rnd.nextInt(89))
                    + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\nHilsen " + s.person() + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " - www." + s.domain());
            default:
                return "\n\nVh. " + s.person() + ", " + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 8_700_000 : 720_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " fra " + s.name(), "Frederikshavn Kommune - faktura " + no,
            "Regning " + no, "Faktura " + no + " (EAN " + EAN + ")", s.name() + ": ny faktura", "Faktura", "Fakt. " + no
            + " vedr. udført arbejde", "Vedr. faktura " + no};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Vedhæftet vores faktura på " + a.gross() + " kr. inkl. moms med forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Arbejdet er færdigt, og fakturaen ligger vedhæftet. Den er også sendt til jeres EAN-nummer.";
            case 3 -> "Tak for opgaven. Her er faktura nr. " + no + " - giv lyd, hvis der er noget, der ikke stemmer.";
            case 4 -> "Fakturaen for perioden er vedhæftet som PDF. Angiv venligst fakturanummeret ved betaling.";
            case 5 -> "Faktura: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfaldsdato: " + writtenDay(m, 30);
            case 6 -> "Undskyld, at regningen kommer sent - vi har haft travlt efter stormen.";
            default -> "Se venligst vedhæftede faktura.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Verdana,Arial,sans-serif;font-size:10pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v, more));
        return no;
    }

    /** An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice. */
    private String ubl(String no, Supplier s, Amount a, String issue, String due, boolean peppol) {
        return Ubl.compact(no, s.name(), cvr(s.domain()), s.account(), s.what(), "Frederikshavn Kommune", EAN, a.ore(), issue, due, peppol, "");
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
        List<Supplier> again = List.of(entrep, traelast, madservice, avis, it, vvs, kloak, el, maler, forsyning, vognmand,
            kontor, bus, toemrer, rengoer, traelast, entrep, kontor);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Rekv.nr. " + (30_150 + k * 23));
                case 1 -> List.of("Bestiller: " + to().replace("@frederikshavn.dk", ""));
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "stormskader januar" : "planlagt vedligehold 2029"));
                default -> List.of();
            };
            String note = k % 6 == 2 ? "\n\nTimesedlen er vedhæftet." : k % 7 == 4 ? "\n\nFoto af det udførte er vedlagt." : "";
            invoice(m, s, s.account(), k * 3 + 1, ref, note);
            if (k % 6 == 2) {
                m.mime.attach("application/pdf", "timeseddel_" + (420 + k) + ".pdf", Attachments.pdf(docId(m, "ts"), "Timeseddel",
                    List.of(s.what(), "Timer: " + (4 + k % 11), "Kørsel: 2 x Frederikshavn", "Godkendt af ejendomsserviceleder")));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "IMG_" + (4410 + k) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(forsyning, madservice, rengoer)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 2, List.of("Periode: februar 2029"), "\n\nFakturaen dækker februar.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for February, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        transitAndFerry();
        paymentTerms();
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

    private void creditNotes() {
        Object[][] c = {{traelast, "Kreditnota til faktura ", "Fire paller isoleringsbatts blev returneret ubrudte fra Ejendomsservice."},
            {kontor, "Kreditering af faktura ", "Vi leverede 12 kasser toner til en printermodel, I ikke har. De er hentet igen."},
            {madservice, "Kreditnota vedr. faktura ", "Seks borgere var på aflastning i uge 4 og fik derfor ingen mad leveret."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KR-" + (200 + rnd.nextInt(3_000));
            Amount a = amount(310_000).credit();
            headers(m, s.person(), addr(s), "kreditor@frederikshavn.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Vi vedhæfter kreditnota " + no + " på " + a.gross() + " kr., som kan "
                    + "modregnes i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i + 1,
                    List.of("Krediterer faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(toemrer, vvs)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@frederikshavn.dk", "Kontoudtog pr. " + dottedDay(m, -1))
                .text("Hej\n\nTil jeres afstemning sender vi kontoudtog. Faktura " + p.no() + " er betalt, og der er ingen åbne "
                    + "poster." + signature(s))
                .attach("application/pdf", "kontoudtog_frederikshavn_kommune.pdf", Attachments.pdf(docId(m, "ku"), "Kontoudtog",
                    List.of("Kunde: Frederikshavn Kommune", "Faktura " + p.no() + "  " + p.amount().gross() + "  betalt", "Saldo 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@frederikshavn.dk", "Tak for betalingen")
            .text("Hej\n\nPengene for faktura " + past.get(vognmand.domain()).no() + " (saltning og snerydning) er kommet. Tak.\n\n"
                + "Bjarne\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "ravnshoej-vognmand.dk thanks for payment (its SPF names only the dispatch system: softfail)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Betalingspåmindelse", "Ifølge vores bogholderi er nedenstående faktura endnu ikke betalt. Har I betalt "
            + "inden for de seneste dage, kan I se bort fra denne påmindelse."},
            {maler, "Mangler betaling", "Hej. Jeg har ikke fået pengene for malerarbejdet på Østervrå Skole i vinterferien. Kan I "
                + "se på det? Mvh Kim"},
            {kloak, "1. rykker", "Fakturaen er forfalden for 10 dage siden. Der er ikke lagt rykkergebyr på denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@frederikshavn.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[(i + 3) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. bedes betalt til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 2, List.of("Vedrørende faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "SAG-" + (5_100 + rnd.nextInt(900));
        String klient = bank("9070", "0012204518");
        headers(m, "Advokathuset Sæby - inkassoafdelingen", "inkasso@advokathuset-saeby.dk", "kreditor@frederikshavn.dk",
            "Inkassovarsel, sag " + sag + " - Gærum Møbelsnedkeri")
            .text("Frederikshavn Kommune\n\nVi repræsenterer Gærum Møbelsnedkeri v/ Ole Gærum, som har en ubetalt faktura nr. 1188 "
                + "af 14. november 2028 på 9.875,00 kr. (reparation af stole, Sæby Bibliotek). Fakturaen har været rykket to gange.\n\n"
                + "Er beløbet betalt, eller er I uenige i kravet, beder vi jer skrive til os med sagsnummeret. Ellers bedes beløbet "
                + "med 100 kr. i inkassogebyr indbetalt på vores klientkonto " + klient + " senest 10 dage fra dags dato.\n\n"
                + "Med venlig hilsen\nAdvokathuset Sæby")
            .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassovarsel " + sag,
                List.of("Fordringshaver: Gærum Møbelsnedkeri", "Faktura 1188: 9.875,00", "Inkassogebyr: 100,00",
                    "Klientkonto: " + klient)));
        genuine(m, "127.203.1.1");
        m.description = "a real lawyer's collection letter about an unlisted joiner's unpaid invoice, DMARC pass";
    }

    /** The regional transit authority's settlement and the Læsø ferry's ticket invoice: public bodies billing us. */
    private void transitAndFerry() {
        M m = ok("intermunicipal-invoice", true);
        String no = "NT-" + (402_000 + rnd.nextInt(90_000));
        String konto = iban("DK", "30000009917420");
        headers(m, "Nordjyllands Trafikselskab, Økonomi", "oekonomi@nt.dk", "kreditor@frederikshavn.dk", "Faktura " + no
            + " - flextrafik og kørsel til specialskoler, januar")
            .text("Til Frederikshavn Kommune\n\nVedhæftet faktura for kommunens andel af flextrafik, handicapkørsel og kørsel til "
                + "specialskoler i januar 2029, opgjort efter turbestillingerne. Fakturaen er også sendt til jeres EAN-nummer via "
                + "NemHandel. Betaling til " + konto + ".\n\nVenlig hilsen\nNT, Økonomi")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "nt"), "Faktura " + no,
                List.of("Nordjyllands Trafikselskab, Aalborg", "Betaler: Frederikshavn Kommune, EAN " + EAN,
                    "Flextrafik og specialkørsel januar 2029, 1.412 ture", "I alt DKK 612.880,00 (momsfri)", "Betaling: " + konto)));
        genuine(m, "127.203.11.1");
        m.description = "the regional transit authority's monthly settlement for special transport, its own account, DMARC pass";
        m = ok("ferry-ticket-invoice", true);
        no = "LL" + (74_000 + rnd.nextInt(9_000));
        konto = bank("9070", "0003318009");
        headers(m, "Færgeselskabet Læsø, Booking", "booking@laesoe-line.dk", "kultur-fritid@frederikshavn.dk", "Faktura " + no
            + " - gruppebillet Frederikshavn-Vesterø")
            .text("Hej\n\nTak fordi I sejlede med os. Vedhæftet faktura for gruppebilletten til Ungdomsskolens tur til Læsø "
                + "(42 personer og en bus, tur/retur). Beløbet bedes indbetalt til " + konto + " med fakturanummeret.\n\n"
                + "Venlig hilsen\nFærgeselskabet Læsø")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "ll"), "Faktura " + no,
                List.of("Færgeselskabet Læsø K/S, Vesterø Havn", "Kunde: Frederikshavn Kommune, Ungdomsskolen",
                    "Gruppebillet 42 pers. + bus, Frederikshavn-Vesterø t/r", "I alt DKK 8.640,00 inkl. moms", "Konto " + konto)));
        genuine(m, "127.203.10.1");
        m.description = "the Læsø ferry company invoices a group ticket for the youth school, DMARC pass";
    }

    /** Genuine counterpart to the credit-insurance story: shorter payment terms, same account, nothing to pay now. */
    private void paymentTerms() {
        M m = ok("payment-terms-notice", false);
        headers(m, traelast.person(), addr(traelast), "kreditor@frederikshavn.dk", "Ændrede betalingsbetingelser fra 1. april")
            .text("Kære kunde\n\nFra 1. april 2029 ændrer vi betalingsbetingelserne for erhvervskunder fra løbende måned + 30 dage "
                + "til netto 30 dage. For offentlige kunder med rammeaftale gælder aftalens betingelser fortsat. Konto og "
                + "fakturering er uændret.\n\nVenlig hilsen\nFrederikshavn Trælast A/S, Proffsalg");
        genuine(m, traelast.ip());
        m.description = "listed timber merchant announces new payment terms, same account, nothing to pay, DMARC pass";
        m = ok("payment-terms-notice", false);
        headers(m, kontor.person(), addr(kontor), "indkoeb@frederikshavn.dk", "Ny kreditgrænse på jeres konto")
            .text("Hej Indkøb\n\nVores kreditforsikring har hævet jeres kreditgrænse, så store ordrer ikke længere skal godkendes "
                + "manuelt. I skal ikke gøre noget; faktureringen og kontonummeret er som hidtil.\n\nOrdrekontoret\n"
                + kontor.name());
        genuine(m, kontor.ip());
        m.description = "listed office supplier says its credit insurer raised our limit: no prepayment, no new account";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, madservice.person(), addr(madservice), "sundhed-pleje@frederikshavn.dk", "Prisregulering pr. 1. april 2029")
            .text("Til Frederikshavn Kommune, Sundhed og Pleje\n\nI henhold til kontraktens pkt. 7.3 reguleres prisen pr. portion "
                + "pr. 1. april med udviklingen i nettoprisindekset for fødevarer (2,8 %). Den nye pris fremgår af aprilfakturaen, "
                + "som sendes til jeres EAN-nummer som sædvanlig. Der er intet at betale særskilt.\n\nBeregningen er vedhæftet."
                + "\n\nVenlig hilsen\nStrandby Madhus A/S")
            .attach("application/pdf", "Prisregulering_2029.pdf", Attachments.pdf(docId(m, "idx"), "Prisregulering",
                List.of("Kontrakt om madservice, pkt. 7.3", "Indeks dec. 2027: 118,2 - dec. 2028: 121,5", "Regulering: 2,8 %",
                    "Gælder leverancer fra 01.04.2029")));
        genuine(m, madservice.ip());
        m.description = "listed meal supplier announces contractual indexation on the next ordinary invoice, nothing separate to pay";
    }

    private void platforms() {
        Object[][] p = {{"reviso.com", "faktura@", "Reviso", toemrer}, {"reviso.com", "faktura@", "Reviso", el},
            {"waveapps.com", "invoicing@", "Wave", natur}, {"waveapps.com", "invoicing@", "Wave", skadedyr},
            {"zettle.com", "invoices@", "Zettle", marina}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            String no = (d.startsWith("reviso") ? "" : d.startsWith("wave") ? "W-" : "ZT-") + (2_100 + rnd.nextInt(6_000));
            Amount a = amount(1_300_000);
            m.mailFrom = "bounce-" + sha256("plat20:" + m.id).substring(0, 10) + "@" + d;
            headers(m, s.name() + " via " + x[2], x[1] + d, "efaktura@frederikshavn.dk", (s == marina ? "Faktura / Invoice " : "Faktura ")
                + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Arial,sans-serif;background:#eef1f4\"><table width=\"580\" align=\"center\" "
                    + "style=\"background:#fff;padding:18px\"><tr><td><p>Kære Frederikshavn Kommune</p><p>" + s.name() + " har "
                    + "sendt jer faktura <b>" + no + "</b>.</p><p>Beløb: <b>DKK " + a.gross() + "</b><br>Forfald: " + writtenDay(m, 20 + v)
                    + "</p><p>Fakturaen er vedhæftet som PDF. Spørgsmål besvares af " + s.name() + " - svar blot på denne "
                    + "e-mail.</p><p style=\"color:#999;font-size:11px\">Sendt med " + x[2] + " på vegne af " + s.name()
                    + ".</p></td></tr></table></body></html>")
                .attach("application/pdf", no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 2, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(forsyning, traelast, kontor)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(2_100_000);
            boolean peppol = v > 0;
            headers(m, s.name(), addr(s), "efaktura@frederikshavn.dk", "E-faktura " + no + (peppol ? " (Peppol BIS 3)" : " (OIOUBL)"))
                .text("Hej\n\nVores e-fakturaudbyder er ramt af en driftsforstyrrelse, så efter aftale med jeres e-fakturateam sender "
                    + "vi XML-filen direkte sammen med en PDF-visning.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "PEPPOL-" : "OIOUBL-") + no.replace('/', '-') + ".xml",
                    ubl(no, s, a, isoDay(m, 0), isoDay(m, 30), peppol).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 1, List.of("Elektronisk original: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF view, usual account";
            v++;
        }
    }

    /** Two genuine bank changes, announced properly; one supplier's next invoice then carries the new account. */
    private void bankChanges() {
        String nyKonto = bank("5301", "0004480219");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@frederikshavn.dk", "Ny bank fra 1. maj")
            .text("Hej\n\nVi skifter fra Nordkap Bank til Skagen Sparekasse pr. 1. maj 2029. Fakturaer dateret 1. maj og senere får "
                + "det nye kontonummer " + nyKonto + " påtrykt; fakturaer fra før betales fortsat til den gamle konto.\n\nRing gerne "
                + "til mig på det nummer, I har i leverandørkartoteket, før I retter noget. Brevet med underskrift er vedhæftet."
                + signature(toemrer))
            .attach("application/pdf", "Bankskifte.pdf", Attachments.pdf(docId(m, "nb"), "Ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer fra 01.05.2029", "Ny konto: " + nyKonto,
                    "Rasmus Kvist, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed roofer genuinely announces a bank change from May (SPF+DKIM, no DMARC) and asks for a call-back";
        String nyM = iban("DK", "90700007713582");
        m = ok("supplier-new-account", false);
        headers(m, "Strandby Madhus A/S, økonomi", "oekonomi@strandby-madhus.dk", "kreditor@frederikshavn.dk",
            "Ny bankforbindelse efter fusion - brev sendt med posten")
            .text("Kære kunde\n\nStrandby Madhus er pr. 1. februar fusioneret med Nordjysk Fælleskøkken A/S. Vores bankkonto er "
                + "derfor ændret til " + nyM + " for alle fakturaer dateret 1. februar 2029 eller senere.\n\nSamme oplysninger står "
                + "i brevet, der er sendt med posten, og på vores hjemmeside. Ring på hovednummeret fra hjemmesiden, hvis I vil "
                + "have ændringen bekræftet.\n\nMed venlig hilsen\nStrandby Madhus A/S, økonomi");
        genuine(m, madservice.ip());
        m.description = "listed supplier (p=reject, DMARC pass) announces a merger and a new account, letter by post";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(madservice.name(), madservice.domain(), madservice.person(), madservice.box(), madservice.ip(),
            nyM, madservice.what());
        invoice(m, moved, nyM, 13, List.of("Ny bankforbindelse jf. brev af 26. januar 2029"), "\n\nBemærk det nye kontonummer, "
            + "som varslet i vores brev.");
        genuine(m, madservice.ip());
        m.description = "strandby-madhus.dk invoice with its new account after the announced, authenticated bank change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(smed, skadedyr, snedker, have, natur, tolk, musik, foto)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 2, List.of("Rekvirent: " + (v % 2 == 0 ? "afdelingsleder" : "skoleleder")),
                v % 3 == 1 ? "\n\nDet er første gang, jeg fakturerer kommunen - sig endelig til, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted local " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved workshop but not bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Sæby Lås & Alarm", "saeby-laas.dk", "Henrik Munk", "henrik", HOSTER_IP,
            bank("9070", "0008817702"), "ny låsecylinder og kodelås, Sæby Rådhus");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 21, List.of("Nøgler udleveret til pedellen"), "\n\nNøglerne er afleveret personligt.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 23, List.of("Ny adresse: Industrivej 12, 9990 Skagen"), "\n\nVi er flyttet til nyt værksted "
            + "på Industrivej. Bank og kontonummer er de samme.");
        genuine(m, HOSTER_IP);
        m.description = "skagen-elteknik.dk invoice announcing a new workshop address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        Object[][] g = {{kaj, "Faktura ", "här kommer fakturan för bytet av fenderlister vid kaj 2 i Sæby Havn, utfört vecka 5. "
            + "Omvänd betalningsskyldighet (reverse charge) gäller.", "EUR 16.420,00", "Hej,", "Med vänlig hälsning"},
            {marina, "Faktura ", "vedlagt følger faktura for flytebryggen med landgang til Ålbæk Havn, levert og montert i uke 9. "
                + "Omvendt avgiftsplikt (reverse charge).", "EUR 27.900,00", "Hei,", "Med vennlig hilsen"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == kaj) {
                m.wave = 1;
            }
            String no = (s == kaj ? "GK-" : "FMU") + (29_100 + rnd.nextInt(800));
            String subject = x[1] + no + " / Frederikshavn Kommune";
            headers(m, s.person(), addr(s), "havne@frederikshavn.dk", subject)
                .text(x[4] + "\n\n" + x[2] + "\n\n" + (s == kaj ? "Betalning inom 30 dagar till " : "Betaling innen 30 dager til ")
                    + s.account() + ".\n\n" + x[5] + "\n" + s.name())
                .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "fx"), x[1] + no,
                    List.of(s.name(), "Kund/Kunde: Frederikshavn Kommune, " + RAADHUS + ", Danmark", s.what(), "Total " + x[3]
                        + " - reverse charge", "IBAN/Bank: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), subject));
            m.description = s == kaj ? "Swedish quay-equipment supplier from Gothenburg (history), SE IBAN, reverse charge, p=none"
                : "Norwegian marina supplier from Fredrikstad, NO IBAN, reverse charge, p=quarantine";
        }
        M m = ok("foreign-invoice", true);
        String no = "HB" + (2_029_000 + rnd.nextInt(900));
        String konto = iban("NL", "RABO0318804412");
        headers(m, "Harlingen Baggerwerken", "administratie@harlingen-baggerwerken.nl", "havne@frederikshavn.dk", "Invoice " + no
            + " - maintenance dredging Strandby")
            .text("Dear Sir/Madam,\n\nPlease find attached our invoice for the maintenance dredging of the Strandby Havn basin, as per "
                + "your order of 12 November. Payment to " + konto + ", reverse charge applies.\n\nKind regards\nAnneke de Vries\n"
                + "Harlingen Baggerwerken")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of("Harlingen Baggerwerken B.V.", "Maintenance dredging Strandby Havn, 3,400 m3", "EUR 38,760.00 excl. VAT, "
                    + "reverse charge", konto)));
        genuine(m, "127.207.3.1");
        m.description = "Dutch dredging firm, SPF only (aligned pass, no DMARC), NL IBAN, ordered work";
        Past f = past.get(kaj.domain());
        m = ok("payment-reminder", true);
        headers(m, kaj.person(), addr(kaj), "havne@frederikshavn.dk", "Betalningspåminnelse " + f.no())
            .text("Hej,\n\nvi kan inte se att vår faktura " + f.no() + " på " + f.amount().gross() + " är betald. Vänligen betala "
                + "till vårt vanliga konto " + kaj.account() + ". Om betalningen redan är gjord kan ni bortse från denna "
                + "påminnelse.\n\nMed vänlig hälsning\nGöteborgs Kajteknik AB, Ekonomi");
        genuine(m, kaj.ip());
        m.description = "Swedish supplier's polite reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "PD-" + (700_000 + rnd.nextInt(90_000));
        headers(m, "Planday Billing", "billing@planday.com", "sundhed-pleje@frederikshavn.dk", "Your Planday invoice " + no)
            .text("Hello,\n\nThank you for using Planday. Your subscription for the home-care scheduling (Enterprise, 240 employees, "
                + "monthly) has been charged to the card on file.\n\nInvoice " + no + "\nAmount: DKK 14,400.00 (paid)\n\nPlanday")
            .attach("application/pdf", "Planday_" + no + ".pdf", Attachments.pdf(docId(m, "pd"), "Invoice " + no,
                List.of("Billed to: Frederikshavn Kommune, Sundhed og Pleje", "Enterprise, 240 employees, March 2029",
                    "DKK 14,400.00 - paid by card")));
        genuine(m, "127.207.6.1");
        m.description = "scheduling SaaS invoice already paid by card, Ed25519, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "SI" + (40_000 + rnd.nextInt(9_000));
        headers(m, "Siteimprove", "invoice@siteimprove.com", "kultur-fritid@frederikshavn.dk", "Faktura " + no
            + " - Siteimprove abonnement")
            .text("Kære kunde\n\nHermed faktura for fornyelse af jeres Siteimprove-abonnement (tilgængelighed og kvalitetssikring "
                + "af frederikshavn.dk, 12 måneder). Fakturaen sendes også til jeres EAN-nummer.\n\nSiteimprove")
            .attach("application/pdf", "Siteimprove_" + no + ".pdf", Attachments.pdf(docId(m, "si"), "Faktura " + no,
                List.of("Frederikshavn Kommune, EAN " + EAN, "Abonnement 12 måneder", "DKK 62.500,00 + moms", "Betaling via EAN")));
        genuine(m, "127.207.5.1");
        m.description = "website-quality SaaS licence invoice sent to the EAN as well, DMARC pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce+" + sha256("sc20:" + m.id).substring(0, 8) + "@scrive.com";
        headers(m, "Skagen Revision via Scrive", "noreply@scrive.com", "oekonomi@frederikshavn.dk", "Skagen Revision har sendt "
            + "dig et dokument: Erklæring om tilskudsregnskab 2028")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Skagen Revision har inviteret dig til at "
                + "underskrive <b>Erklæring om tilskudsregnskab 2028 - Sæby Havn, kajrenovering</b>.</p><p>Du kan gennemse og "
                + "underskrive dokumentet med MitID via knappen nedenfor eller ved at logge ind på scrive.com.</p><p><a href=\""
                + "https://scrive.com/s/" + sha256("scl20:" + m.id).substring(0, 18) + "\">Gennemse dokument</a></p><p>Spørgsmål "
                + "om dokumentet rettes til afsenderen, Skagen Revision.</p><p style=\"font-size:10px;color:#888\">Scrive AB"
                + "</p></body></html>");
        genuine(m, "127.203.9.1");
        m.description = "real e-signature service sends the auditor's grant statement for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"oekonominyt-nord.dk", "ØkonomiNyt Nord", "nyhedsbrev@", "Svindlere genbruger betalte fakturaer",
            "Flere kommuner har fået mails om, at en betaling er 'returneret af banken' og skal betales igen til en ny konto. "
                + "Tjek altid i jeres eget system, om betalingen faktisk er kommet retur."},
            {"skagen-revision.dk", "Skagen Revision", "nyhedsbrev@", "Nyhedsbrev: forudbetaling og kreditforsikring",
                "Når en leverandør kræver forudbetaling, fordi kreditforsikringen er trukket, bør I altid ringe til leverandøren "
                    + "på kendt nummer - og aldrig betale til en konto, I ikke kender."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b-" + sha256("nl20:" + x[0]).substring(0, 12) + "@peytz.dk";
            headers(m, x[1], x[2] + x[0], "oekonomi@frederikshavn.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld/" + sha256("u20:" + x[0]).substring(0, 10) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><table width=\"600\" style=\"font-family:Georgia,serif\"><tr><td><h2>" + x[3] + "</h2><p>"
                    + x[4] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs mere</a></p><p style=\"font-size:10px\">"
                    + "Du får dette nyhedsbrev, fordi du abonnerer. Afmeld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("peytz.dk");
            m.ip = "127.205.7.1";
            m.helo = "out2.peytz.dk";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"kommunalt-indkoeb-nord.dk", "Lene Thorup", "leth@", "Betaling 'returneret' - betal igen?",
            "Hej alle\n\nVi fik i går en mail fra en leverandørs rigtige adresse om, at vores betaling var kommet retur, og at vi "
                + "skulle betale igen til en ny konto. Betalingen var gået fint igennem. Tjek kontoudtoget før I gør noget.\n\n"
                + "Lene, Kommunalt Indkøb Nord"},
            {"hjemmeplejeforum-vendsyssel.dk", "Kurt Engholm", "kuen@", "SV: Betaling 'returneret' - betal igen?", "Tak, Lene. Vi "
                + "har også set 'kreditforsikringen er trukket, betal forud'. Leverandøren kendte intet til det.\n\nKurt"},
            {"kommunalt-indkoeb-nord.dk", "Mads Frost", "mafr@", "Falske skibsagenter", "Hej\n\nHavnene skal være opmærksomme på "
                + "'disbursement accounts' fra agenter for skibe, der aldrig har ligget ved kaj. Slå anløbet op i havnens system.\n\n"
                + "Mads"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorkredsen-nord.dk", x[3])
                .header("List-Id", "Kreditorkredsen Nord <liste.kreditorkredsen-nord.dk>")
                .header("List-Post", "<mailto:liste@kreditorkredsen-nord.dk>")
                .text(x[4]);
            String list = "kreditorkredsen-nord.dk";
            listPost(m, x[0], list, "[Kreditorkredsen Nord] ",
                "\r\n-- \r\nKreditorkredsen Nord - erfa-liste for kreditorbogholdere i nordjyske kommuner\r\n"
                + "Afmeld: https://kreditorkredsen-nord.dk/afmeld\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 17, List.of(), "");
        m.mailFrom = "SRS0=k8Qe=TB=frederikshavn-lokalavis.dk=annoncer@srs.fhavnnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.208.1.1";
        m.helo = "srs.fhavnnet.dk";
        m.description = "frederikshavn-lokalavis.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, traelast, traelast.account(), 27, List.of(), "");
        m.signers.add(traelast.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 34, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(480_000);
        headers(m, "Lise Bech", "libe@" + OWN, "kreditor@frederikshavn.dk", "VS: Regning " + no + " - snerydning Gærum")
            .text("Hej kreditor\n\nRegningen er kommet direkte til mig. Snerydningen er udført og godkendt, kontostreng 3210-114, "
                + "Vintertjeneste.\n\nLise Bech\nCenter for Teknik og Miljø\n\n---------- Videresendt besked ----------\nFra: "
                + vognmand.person() + " <" + addr(vognmand) + ">\nDato: " + writtenDay(m, -3) + "\nEmne: Regning " + no + "\n\n"
                + "Hej Lise, her er regningen for snerydningen.")
            .attach("application/pdf", pdfName(no, 5), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 3, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.skagen-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorteamet", "kreditor@", "ledere@frederikshavn.dk", "Betalinger der 'kommer retur'",
            "Kære ledere\n\nHvis en leverandør skriver, at en betaling er kommet retur, tjekker vi først bankens returliste. Vi "
                + "betaler aldrig igen til en ny konto, før vi har ringet til leverandøren på det nummer, der står i "
                + "kreditorstamdata.\n\nKreditorteamet, Økonomi"},
            {"Jens Ulrik Sand", "jusa@", "kreditor@frederikshavn.dk", "Faktura fra Palmestrand Busser", "Hej\n\nBusselskabet "
                + "spørger til januarfakturaen. Ligger den hos os til godkendelse?\n\nJens Ulrik\nBørn og Skole"},
            {"Digitalisering og IT", "it-service@", "alle-oekonomi@frederikshavn.dk", "Falske telefonsvarer- og signeringsmails",
                "Kommunens telefoni sender ikke talebeskeder som vedhæftede filer, og vi bruger kun den aftalte signeringsløsning. "
                    + "Send mistænkelige mails til it-sikkerhed@."},
            {"Pernille Dam", "peda@", "kreditor@frederikshavn.dk", "Udlæg - reservedele til Ålbæk Havn", "Hej\n\nVedhæftet "
                + "kvittering for fendere og sjækler købt hos Skagen Skibsproviant. Kan det komme med i næste udlægskørsel?\n\n"
                + "Pernille\nHavnene"},
            {"Løn og Personale", "loen@", "ledere@frederikshavn.dk", "Lønkørsel marts", "Kære ledere\n\nÆndringer til martslønnen "
                + "skal være indberettet senest den 14. Medarbejdere ændrer selv NemKonto; vi ændrer aldrig lønkonto efter mail."}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_havn.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Nordkap Bank Erhverv", "erhverv@nordkap-bank.dk", "oekonomi@frederikshavn.dk", "Ny besked i Netbank Erhverv")
            .text("Kære kunde\n\nDer ligger en ny besked til jer i Netbank Erhverv. Log ind, som I plejer. Vi sender aldrig links "
                + "til login og beder aldrig om koder eller MitID-godkendelser pr. mail.\n\nNordkap Bank");
        genuine(m, "127.205.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Skagen Sparekasse", "erhverv@skagen-sparekasse.dk", "oekonomi@frederikshavn.dk", "Påske: frister for betalinger")
            .text("Betalinger, der skal være hos modtageren før påske, skal godkendes senest onsdag kl. 12. Udlandsbetalinger i "
                + "euro, svenske og norske kroner skal godkendes dagen før.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.205.2.1");
        m.description = "bank notice about cut-off times, DMARC pass";
    }

    private void pension() {
        M m = ok("pension-notice", false);
        headers(m, "PFA Virksomhedsservice", "virksomhed@pfa.dk", "loen@frederikshavn.dk", "Ny indberetningsfil fra 1. juni 2029")
            .text("Kære arbejdsgiver\n\nFra 1. juni 2029 skal pensionsindbetalinger indberettes i det nye filformat. Jeres "
                + "lønsystemleverandør opdaterer formatet, og betalingen sker som hidtil via lønsystemet. Vi ændrer aldrig "
                + "betalingsoplysninger pr. e-mail.\n\nVenlig hilsen\nPFA Virksomhedsservice");
        genuine(m, "127.203.3.1");
        m.description = "pension company's routine notice to the employer, payment via the payroll system, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Skagen Revision", "revision@skagen-revision.dk", "kreditor@frederikshavn.dk", "Saldobekræftelse - " + bus.name())
            .text("Til Frederikshavn Kommune\n\nSom revisor for " + bus.name() + " beder vi jer bekræfte saldoen over for selskabet "
                + "pr. 31. december 2028. Selskabets fuldmagt er vedhæftet.\n\nSvar blot med saldoen, også hvis den er 0. Vi beder "
                + "ikke om betaling eller bankoplysninger.\n\nVenlig hilsen\nSkagen Revision")
            .attach("application/pdf", "Fuldmagt_saldo.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(bus.name() + ", CVR " + cvr(bus.domain()), "Opgørelsesdato 31.12.2028", "Svar sendes direkte til revisor")));
        genuine(m, "127.203.2.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Frederikshavn Handelsskole, økonomi", "oekonomi@frederikshavn-handelsskole.dk", "oekonomi@frederikshavn.dk",
            "Betalingsadvis")
            .text("Hej\n\nVi har i dag overført 31.200,00 kr. til kommunen for leje af Arena Nord i januar (jeres faktura "
                + "9120377).\n\nVenlig hilsen\nFrederikshavn Handelsskole");
        genuine(m, "127.203.5.1");
        m.description = "remittance advice: a school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Nordjyllands Trafikselskab, Kreditorer", "kreditor@nt.dk", "oekonomi@frederikshavn.dk", "Betalingsspecifikation")
            .text("Hej Frederikshavn Kommune\n\nVedhæftet specifikation af dagens betaling fra NT.\n\nNT")
            .attach("text/csv", "betalingsspecifikation.csv", ("faktura;tekst;beloeb_dkk\r\n9120390;Leje af busterminal, februar;"
                + "24150,00\r\n9120391;Vintervedligehold stoppesteder;11820,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.203.11.1");
        m.description = "the transit authority pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"saeby-byggecenter.dk", "Sæby Byggecenter", "kvittering@", "Kvittering for dit køb",
            "Skruer, fugemasse og 8 sække mørtel, 2.746,25 kr. Betalt med kommunens indkøbskort."},
            {"skagen-boghandel.dk", "Skagen Boghandel", "webshop@", "Ordre 30418 er bekræftet", "30 eksemplarer af "
                + "'Skagensmalerne for børn' til 4. årgang, 5.370,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@frederikshavn.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Nordjysk Legepladsudstyr", "ordre@nordjysk-legepladsudstyr.dk", "indkoeb@frederikshavn.dk",
            "Ordrebekræftelse 77214")
            .text("Tak for ordren på klatrestativ og faldunderlag til legepladsen ved Strandby Børnehus. Levering uge 16. Fakturaen "
                + "sendes via NemHandel til EAN " + EAN + ".\n\nNordjysk Legepladsudstyr");
        genuine(m, "127.203.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, smed.person(), addr(smed), "havne@frederikshavn.dk", "Tilbud: nye redningsstiger, Strandby Havn")
            .text("Hej\n\nSeks nye redningsstiger i varmgalvaniseret stål til kajerne, leveret og monteret: 38.600 kr. ekskl. moms. "
                + "Tilbuddet gælder til 1. juni." + signature(smed))
            .attach("application/pdf", "Tilbud_redningsstiger.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("6 redningsstiger, varmgalvaniseret", "38.600,00 ekskl. moms", "Gyldigt til 01.06.2029")));
        genuine(m, smed.ip());
        m.description = "quote from an unlisted ship smithy, nothing to pay";
        m = ok("quote", false);
        headers(m, have.person(), addr(have), "teknik-miljoe@frederikshavn.dk", "Pris på udtynding i Bangsbo")
            .text("Hej\n\nUdtynding af krat langs stierne i Bangsbo Dyrehave inkl. flisning og bortkørsel: 3 dage, 21.900 kr. + "
                + "moms. Jeg kan starte i uge 12." + signature(have));
        genuine(m, have.ip());
        m.description = "quote in the body from an unlisted gardener (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "boern-skole@frederikshavn.dk", "Omkørsel ved vejarbejde i Ålbæk")
            .text("Hej\n\nMens Skagensvej i Ålbæk er spærret i uge 11-12, kører skolebussen via Jerup. Morgenafgangen fra Ålbæk "
                + "flyttes 8 minutter frem. Faktureringen er uændret.\n\nPalmestrand Busser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, forsyning.person(), addr(forsyning), "ejendomme@frederikshavn.dk", "Varsel: fjernvarmen afbrydes i Sæby")
            .text("Kære kunde\n\nTirsdag kl. 8-13 afbryder vi fjernvarmen i Sæby midtby på grund af ledningsarbejde. Det berører "
                + "Sæby Skole og Sæby Bibliotek.\n\nFrederikshavn Vand & Varme");
        genuine(m, forsyning.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3273000010044187"), iban("DK", "66950004417302"), bank("6695", "0008812064"),
        iban("EE", "4722000019335816"), iban("PL", "631140200400003602774189"), iban("GB", "MONZ04006622084410"),
        iban("IE", "AIBK93104728801245"), iban("NL", "KNAB0255813074"), iban("DE", "500105170044193827"),
        iban("HU", "107000240000441829300000"), iban("RO", "INGB0000999904418826"), iban("BG", "UNCR70001522984413"),
        iban("CY", "005001320000001300441876"), bank("8401", "0000774215"), iban("MT", "MMEB44093000000012044187230"),
        iban("SE", "30000000038811204470"), iban("NO", "60110744182")};

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
        splitPayments();
        bouncedPayments();
        creditInsurance();
        fakePortAgents();
    }

    private void forgedSuppliers() {
        Supplier[] who = {forsyning, avis, traelast, it};
        String[] notes = {"\n\nVi har skiftet pengeinstitut. Betal venligst kun til kontoen på denne faktura.",
            "\n\nVores gamle konto er lukket - opdatér venligst jeres leverandøroplysninger.", "",
            "\n\nBemærk: ny bankforbindelse fra og med denne faktura."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 2), i + 5, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == traelast) {
                m.mime.header("Reply-To", "<proff@frederikshavn-traelast.com>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == traelast ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"frederikshavn-vandvarme.com", forsyning}, {"saeby-entreprenor.dk", entrep},
            {"frederikshavn-traelast.com", traelast}, {"skagen-el-teknik.dk", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 4), i * 3 + 2, List.of(), i % 2 == 0
                ? "\n\nVær opmærksom på, at vi har fået nyt kontonummer - se fakturaen." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("frederikshavn-tr\u00e6last.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, traelast.posing(d, traelast.account()), mule(7), 15, List.of(), "");
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ for ae) posing as frederikshavn-traelast.dk, invoice with new account, authenticates";
        d = idn("s\u00e6by-vvs.dk");
        m = bad("punycode-homoglyph");
        invoice(m, vvs.posing(d, vvs.account()), mule(9), 19, List.of("Nyt kontonummer pr. 1. marts"), "\n\nBemærk venligst det "
            + "nye kontonummer.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ for ae) posing as saeby-vvs.dk, invoice with new account, authenticates";
        d = idn("frederiksh\u00e5vn.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Frederikshavn Kommune, Økonomi", "oekonomi@" + d, "kreditor@frederikshavn.dk", "Haster: restbetaling lejrskole Oslo")
            .text("Hej\n\nRejsebureauet mangler restbetalingen for 8. årgangs lejrskole i Oslo (færge og vandrehjem), 96.400 kr. "
                + "Betales den ikke i dag, mister vi pladserne på færgen. Overfør til " + mule(11) + "; bilaget kommer bagefter.\n\n"
                + "Vh\nØkonomi");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (å for a) posing as our finance department: urgent school-trip balance, authenticates";
    }

    private void platformFrauds() {
        String[][] look = {{"reviso-frederikshavn.com", "Reviso"}, {"waveapps-skagen.net", "Wave"}};
        for (int i = 0; i < look.length; i++) {
            Supplier s = i == 0 ? el : kontor;
            M m = bad("lookalike-platform");
            String no = String.valueOf(2_100 + rnd.nextInt(6_000));
            headers(m, s.name() + " via " + look[i][1], "faktura@" + look[i][0], "efaktura@frederikshavn.dk", "Påmindelse: faktura "
                + no + " forfalder i dag")
                .html("<html><body style=\"font-family:Arial\"><p>Kære Frederikshavn Kommune</p><p>Faktura " + no + " fra " + s.name()
                    + " er forfalden. Betal nu med kort eller bankoverførsel, så undgår I rykkergebyr:</p><p><a href=\"https://"
                    + look[i][0] + "/betal/" + sha256(m.id).substring(0, 14) + "\" style=\"background:#0b7a5a;color:#fff;padding:10px "
                    + "18px;text-decoration:none\">Se og betal faktura</a></p></body></html>");
            ownedBy(m, look[i][0]);
            m.description = "look-alike platform " + look[i][0] + ": overdue invoice in listed " + s.domain() + "'s name, pay link";
        }
        M m = bad("platform-account-misused");
        String no = "W-" + (2_100 + rnd.nextInt(6_000));
        m.mailFrom = "bounce-y" + sha256(m.id).substring(0, 9) + "@waveapps.com";
        headers(m, "Nordic Quay Lighting via Wave", "invoicing@waveapps.com", "havne@frederikshavn.dk", "Faktura " + no
            + " fra Nordic Quay Lighting")
            .header("Reply-To", "<nordic.quay.lighting@outlook.com>")
            .html("<html><body><p>Kære Frederikshavn Kommune</p><p>Nordic Quay Lighting har sendt jer faktura <b>" + no + "</b> for "
                + "LED-kajlamper, Sæby Havn: <b>DKK 31.562,50</b>. Betales inden 5 dage til " + mule(12) + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", Attachments.pdf(docId(m, "pf"), "Invoice " + no,
                List.of("Nordic Quay Lighting", "LED-kajlamper, 14 stk.", "DKK 31.562,50", "Account " + mule(12))));
        genuine(m, "127.204.2.1");
        m.description = "real platform waveapps.com used by an unknown firm for quay lamps never ordered, free-mail Reply-To, mule";
        m = bad("platform-account-misused");
        no = String.valueOf(2_100 + rnd.nextInt(6_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 10) + "@reviso.com";
        headers(m, "Skagen Rengøringsservice ApS via Reviso", "faktura@reviso.com", "kreditor@frederikshavn.dk", "Faktura " + no
            + " - nye betalingsoplysninger")
            .header("Reply-To", "<skagen.rengoeringsservice@gmail.com>")
            .html("<html><body><p>Kære Frederikshavn Kommune</p><p>Skagen Rengøringsservice fakturerer nu via Reviso og har skiftet "
                + "bank. Faktura " + no + " bedes betalt til " + mule(3) + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(3)), "Faktura", no,
                amount(2_600_000), mule(3), 0, List.of("Nye betalingsoplysninger")));
        genuine(m, "127.204.1.1");
        m.description = "real platform reviso.com in listed skagen-rengoering.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{kontor, "Vi er blevet opkøbt af en skandinavisk kontorkoncern, og alle indbetalinger skal fremover ske til "
            + "koncernens konto "},
            {entrep, "Vores driftskonto er midlertidigt låst, mens banken gennemgår vores kreditaftale. Indtil videre bedes I betale til "},
            {bus, "Vi har solgt vores fakturaer til et factoringselskab, så betaling skal fremover ske til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 13), i + 8, List.of("Ændrede betalingsoplysninger"), "\n\n" + c[i][1] + mule(i + 13)
                + ". Jeg er på kursus resten af ugen, så skriv hellere end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = forsyning;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@frederikshavn.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nOpfølgning på fakturaen herunder: efter et bankskifte er vores konto flyttet, så de " + p.amount().gross()
                + " kr. skal betales til " + mule(16) + ". Den gamle konto lukkes ved månedens udgang.\n\n" + s.person()
                + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of frederikshavn-vandvarme.dk replies in its own wave-1 thread (DMARC pass), new account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "jerup-slam.net"}, {madservice, "strandby-madhus.com"}, {toemrer, "aalbaek-tomrer.dk"},
            {bus, "palmestrand-bus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@frederikshavn.dk", (i % 2 == 0 ? "Re: " : "SV: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nAngående faktura " + p.no() + " på " + p.amount().gross() + " kr.: vi har skiftet bank, så beløbet skal "
                    + "betales til " + mule(i + 5) + " og ikke til kontoen på fakturaen. Giv lige besked, når det er rettet.\n\n"
                    + s.person() + "\n\n-----Oprindelig meddelelse-----\n> " + GREETING[i] + "\n> Faktura " + p.no() + " er vedhæftet.");
            if (i == 1) {
                mime.attach("application/pdf", pdfName(p.no(), 6), pdfInvoice(m, s.posing(d, mule(i + 5)), "Faktura", p.no(),
                    p.amount(), mule(i + 5), 0, List.of("Rettet bankforbindelse")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account";
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Kasper Holm, borgmester", "borgmester@" + OWN, "oekonomi@frederikshavn.dk", "Fortroligt: grundkøb ved Skagen Havn")
            .text("Hej\n\nVi er i fortrolige forhandlinger om en grund ved Skagen Havn. Sælgers advokat skal have 275.000 kr. "
                + "deponeret i dag. Overfør til " + mule(4) + ", og hold det mellem os, til Økonomiudvalget er orienteret.\n\nKasper");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Kreditorteamet", "kreditor@" + OWN, "oekonomi@frederikshavn.dk", "Afvist betaling til NT - gennemfør igen")
            .text("Hej\n\nBanken har afvist betalingen til Nordjyllands Trafikselskab for januar. Betal venligst 612.880,00 kr. igen "
                + "til " + mule(8) + " i dag - NT har oplyst den nye konto. Bilaget retter vi bagefter.\n\nKreditorteamet");
        forged(m, forgedHost++);
        m.description = "our creditor mailbox forged from outside: 'pay the rejected transit settlement again', mule account";
    }

    private void ceo() {
        Object[][] c = {{"Kasper Holm", "kasper.holm.borgmester@gmail.com", GMAIL, "Er du ved skrivebordet?", "Hej\n\nJeg sidder i "
            + "møde i KKR Nordjylland og kan ikke tale i telefon. Jeg skal bruge din hjælp til en betaling i dag. Svar her, så "
            + "sender jeg detaljerne.\n\nKasper\nSendt fra min iPhone"},
            {"Birthe Nørgaard - kommunaldirektør", "birthe.noergaard.fhavn@outlook.com", MSFT, "En lille tak til plejecentrene",
                "Hej\n\nJeg vil gerne sige tak til personalet på plejecentrene i Sæby for en hård vinter. Køb 25 gavekort à 400 kr. "
                    + "og send mig koderne - jeg lægger ud og refunderer i morgen.\n\nBirthe"},
            {"Anders Lykke", "anders.lykke.oekonomidirektoer@icloud.com", APPLE, "Fortroligt - forlig", "Hej\n\nVi har indgået "
                + "forlig i en erstatningssag om Sæby Havn, og modpartens advokat skal have 184.000 kr. i dag: " + mule(6) + ". Jeg "
                + "godkender bilaget, når jeg er tilbage.\n\nAnders, økonomidirektør"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@frederikshavn.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Camilla Ravn", "camilla.ravn.sosu@gmail.com", "loen@frederikshavn.dk", "Ny lønkonto")
            .text("Hej\n\nJeg er social- og sundhedsassistent i hjemmeplejen i Sæby og har skiftet bank. Vil I sætte min løn for marts "
                + "ind på " + bank("6695", "0003318840") + "? Jeg kan ikke komme ind på medarbejderportalen hjemmefra.\n\nMvh Camilla");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Morten Ålbæk", "morten.aalbaek@hotmail.com", "loen@frederikshavn.dk", "Konto til løn og feriepenge")
            .text("Hej\n\nJeg er havneassistent i Skagen og Ålbæk og har fået en ny konto, da min gamle bank har lukket den. Løn og "
                + "feriepenge skal fremover ind på " + mule(10) + ". Jeg har ikke adgang til MitID lige nu.\n\nMorten");
        genuine(m, MSFT);
        m.description = "a 'harbour assistant' on hotmail wants his salary to a foreign account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "kim@oestervraamaler.dk", "kreditor@frederikshavn.dk", "Nyt kontonr.")
            .text("Hej\n\nBare så I ved det: jeg har fået nyt kontonummer " + mule(14) + ". Brug det fremover, også til den regning, "
                + "der står åben.\n\nMvh Kim\nØstervrå Malerforretning");
        ownedBy(m, "oestervraamaler.dk");
        m.description = "no attachment: look-alike of oestervraa-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Strandby Madhus <kunde@strandby-madhus.dk>", "strandby.madhus.kunde@gmail.com", "kreditor@frederikshavn.dk",
            "VIGTIGT: ændrede bankoplysninger")
            .text("Kære kunde\n\nPå grund af et IT-nedbrud skriver vi fra denne adresse. Vores konto er ændret til " + mule(15)
                + " med virkning fra i dag.\n\nStrandby Madhus");
        genuine(m, GMAIL);
        m.description = "display name carries a listed supplier's real address, the mail is gmail: new account in the body";
    }

    private void fakeInkasso() {
        Supplier[] s = {el, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "SI-" + (710_000 + rnd.nextInt(90_000));
            headers(m, "Skagen Inkasso", "sag@skagen-inkasso.com", "kreditor@frederikshavn.dk", "Sidste varsel inden fogedret - sag "
                + sag)
                .text("Frederikshavn Kommune\n\nVi har overtaget " + s[i].name() + "s krav for faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. Betales beløbet med tillæg af 1.650 kr. i omkostninger ikke inden 3 hverdage til "
                    + mule(i + 1) + ", indgives sagen til fogedretten uden yderligere varsel.\n\nSkagen Inkasso")
                .attach("application/pdf", "Varsel_" + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Sidste varsel",
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(), "Omkostninger 1.650,00",
                        "Konto " + mule(i + 1))));
            ownedBy(m, "skagen-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-frederikshavn.com", "Digital Post", "post@", "Ny post fra Skattestyrelsen",
            "Frederikshavn Kommune har modtaget et brev i Digital Post om efterbetaling af moms. Brevet skal åbnes med MitID Erhverv "
                + "inden 48 timer.", "fake-digital-post"},
            {"mitid-frederikshavn.com", "MitID Erhverv", "noreply@", "Jeres MitID Erhverv-administrator skal bekræftes",
                "Administratorrollen for Frederikshavn Kommune udløber. Bekræft med MitID inden fredag, ellers lukkes adgangen til "
                    + "Digital Post og NemKonto.", "fake-digital-post"},
            {"digitalpost-saeby.com", "Digital Post Erhverv", "besked@", "Ulæst brev fra Udbetaling Danmark", "Der ligger et "
                + "ulæst brev om tilbagebetaling af refusion. Log på for at læse brevet og undgå rykkergebyr.", "fake-digital-post"},
            {"frederikshavn-domaener.com", "Dansk Domænefornyelse", "fornyelse@", "Fornyelse af frederikshavn.dk",
                "Registreringen af frederikshavn.dk udløber. Betal inden 7 dage, ellers lukkes hjemmeside og e-mail.",
                "domain-directory-scam"},
            {"skagen-erhvervsregister.org", "Nordjysk Erhvervsregister", "data@", "Bekræft jeres virksomhedsoplysninger",
                "Kontrollér de forudfyldte oplysninger og returnér formularen underskrevet. Grundoptagelse er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@frederikshavn.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 16);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log på med "
                    + "MitID</a></p></body></html>");
            } else if (x[0].startsWith("frederikshavn-domaener")) {
                mime.text(x[4] + "\n\nPris for 2 år: 4.280,00 kr. til " + mule(0) + " eller med kort: " + link
                        + "\n\nDansk Domænefornyelse")
                    .attach("application/pdf", "Fornyelse_frederikshavn.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domænefornyelse",
                        List.of("Domæne: frederikshavn.dk", "2 år", "4.280,00", "Konto " + mule(0))));
            } else {
                mime.text(x[4] + "\n\nNordjysk Erhvervsregister")
                    .attach("application/pdf", "Formular_Frederikshavn_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Kontrolformular",
                        List.of("Frederikshavn Kommune, " + RAADHUS, "Underskrift:", "Ved underskrift bestilles 3 års profilering "
                            + "à 1.390 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordreservice", "ordre@saeby-ordreservice.com", "indkoeb@frederikshavn.dk", "Ordre #58210 afsendes i dag: "
            + "10 x iPad Pro")
            .text("Tak for din bestilling. 10 x iPad Pro 13\", i alt 149.950,00 kr., trækkes ved afsendelse i morgen.\n\nHar du ikke "
                + "bestilt? Ring straks på +45 78 75 20 41 for at annullere.\n\nOrdreservice");
        ownedBy(m, "saeby-ordreservice.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "McAfee Fornyelse", "ordre@saeby-ordreservice.com", "oekonomi@frederikshavn.dk", "Kvittering: licens fornyet")
            .text("Jeres licens er fornyet automatisk i 2 år (6.890 kr.). Ønsker I at fortryde, skal I ringe +45 78 75 20 41 inden "
                + "24 timer.")
            .attach("application/pdf", "Licens_kvittering.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("Total Protection, 2 år", "6.890,00 kr.", "Fortrydelse: +45 78 75 20 41")));
        ownedBy(m, "saeby-ordreservice.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilbetal-frederikshavn.net", "MobilePay Erhverv", "noreply@", "Betaling afvist - scan for at betale",
            "En betaling på 16.450,00 kr. fra Frederikshavn Kommune kunne ikke gennemføres."},
            {"palmestrand-busser.net", bus.person(), "koersel@", "Skolekørsel januar: betal hurtigt med QR", "Januarfakturaen kan "
                + "nu betales med det samme."},
            {"skagen-parkering.com", "Parkering Skagen", "kontrol@", "Ubetalt kontrolafgift - tjenestebil CX 41 882", "En af "
                + "kommunens biler har fået en kontrolafgift på 790 kr. ved Skagen Havn."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@frederikshavn.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med mobilen for at betale.</p><p><img src=\"cid:qr\" "
                    + "width=\"220\" height=\"220\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "qr_betal.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Skagen Marine Survey", "accounts@skagen-marine-survey.com", "havne@frederikshavn.dk",
            "Invoice SMS-4471 - hydrographic survey Sæby harbour")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the hydrographic survey of the Sæby harbour entrance, "
                + "as agreed with your harbour office. EUR 21,400.00 is due within 7 days to " + mule(4) + ".\n\nKind regards\n"
                + "Skagen Marine Survey")
            .attach("application/pdf", "SMS-4471.pdf", Attachments.pdf(docId(m, "en"), "Invoice SMS-4471",
                List.of("Client: Frederikshavn Municipality", "Hydrographic survey, Sæby harbour entrance", "EUR 21,400.00",
                    "Bank: " + mule(4))));
        ownedBy(m, "skagen-marine-survey.com");
        m.description = "English invoice for a survey never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Skagen Marine Survey - Accounts", "finance@skagen-marine-survey.com", "oekonomi@frederikshavn.dk",
            "Change of bank details")
            .text("Hello,\n\nDue to a change of our banking partner, please update your supplier master data and settle all open "
                + "items to " + mule(12) + " with immediate effect. Kindly confirm once updated.\n\nAccounts Department");
        ownedBy(m, "skagen-marine-survey.com");
        m.description = "English 'change of bank details', CY IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "oestervraa-maler.net"}, {vognmand, "ravnshoej-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@frederikshavn.dk", i == 0 ? "Regning som billede" : "Scannet regning")
                .text("Hej\n\nRegningen kommer som " + (i == 0 ? "billede" : "scanning") + ", da vores regnskabsprogram er nede. "
                    + "Bemærk det nye kontonummer.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20290311_0814.jpg" : "Scan_20290312.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "skagen-rengoering.com"}, {vvs, "saeby-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 2)), "Faktura", no, amount(1_900_000), mule(i + 2), i + 1, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@frederikshavn.dk", "Faktura " + n + " (komprimeret)")
                .text("Hej\n\nFakturaen er zippet, fordi jeres mailsystem afviste PDF'en sidst. Pak den ud og betal venligst.\n\n"
                    + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("bilag/" + n + ".pdf", pdf, "bilag/LAES_MIG.txt", "Ny bankkonto - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@hirsholm-kontor.com", "indkoeb@frederikshavn.dk", "Faktura og pakkeseddel februar")
            .text("Hej\n\nFaktura og pakkeseddel er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og derefter "
                + "'Aktivér indhold' for at se det.\n\nHirsholm Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_pakkeseddel.docm",
                Attachments.word("Faktura\nFrederikshavn Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "hirsholm-kontor.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of hirsholm-kontor.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@bangsbo-it.net", "boern-skole@frederikshavn.dk", "Timeopgørelse februar")
            .text("Hej\n\nTimeopgørelsen for februar og vores nye bankoplysninger ligger i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nBangsbo IT")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_februar.xlsm",
                Attachments.excel(List.of("Timeopgørelse februar 2029", "I alt DKK 68.375,00", "Ny konto: " + plain(mule(1))), true));
        ownedBy(m, "bangsbo-it.net");
        m.description = "macro-enabled Excel statement from a look-alike of bangsbo-it.dk";
    }

    private void svgHtml() {
        String[][] x = {{"frederikshavn-dokumenter.com", "Frederikshavn Trælast", "Kontoudtog februar", "kontoudtog.svg",
            "image/svg+xml"},
            {"fakturavisning-skagen.net", "Skagen El-Teknik", "Din faktura er klar til visning", "Faktura_februar.html", "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/v/" + sha256(m.id).substring(0, 14);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Henter faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"170\"><text x=\"10\" y=\"30\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"10\" y=\"50\" width=\"210\" height=\"36\" "
                    + "fill=\"#1a5\"/></a><script>window.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokument@" + y[0], "kreditor@frederikshavn.dk", y[2])
                .text("Hej\n\nDokumentet åbner i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    private void splitPayments() {
        Supplier s = traelast;
        Past p = past.get(s.domain());
        M m = bad("split-payment-redirect");
        headers(m, s.person(), addr(s), "kreditor@frederikshavn.dk", "Faktura " + p.no() + " - delt betaling")
            .text("Hej\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. skal deles: 40 % vedrører spær fra vores "
                + "underleverandør og betales direkte til underleverandørens konto " + mule(7) + ", resten som altid til "
                + s.account() + ".\n\nDet er aftalt med underleverandøren. Skriv endelig, hvis noget er uklart.\n\n" + s.person()
                + "\n" + s.name());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of frederikshavn-traelast.dk (DMARC pass) splits its real invoice: 40 % to a new account";
        s = bus;
        p = past.get(s.domain());
        m = bad("split-payment-redirect");
        headers(m, s.person(), "koersel@palmestrand-bus.dk", "kreditor@frederikshavn.dk", "Re: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nVores bank har sat et loft på 50.000 kr. om dagen for indgående betalinger, mens vi skifter erhvervsaftale. "
                + "Betal derfor 50.000 kr. af faktura " + p.no() + " til den sædvanlige konto og resten til vores nye konto "
                + mule(13) + ".\n\nPå forhånd tak\nKørselskontoret");
        ownedBy(m, "palmestrand-bus.dk");
        m.description = "look-alike of palmestrand-busser.dk in the wave-1 thread: part of the real invoice to the usual, rest to a new account";
    }

    /**
     * New family: a real, already paid invoice is claimed to have "bounced" (returned by the payee's bank), to be paid again
     * to a new account.
     */
    private void bouncedPayments() {
        Supplier s = avis;
        Past p = past.get(s.domain());
        M m = bad("bounced-payment-resend");
        headers(m, s.person(), "annoncer@frederikshavn-lokalavis.com", "kreditor@frederikshavn.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nJeres betaling af faktura " + p.no() + " på " + p.amount().gross() + " kr. er kommet retur fra vores bank, "
                + "fordi den gamle konto er lukket ved bankskiftet. Vil I gennemføre betalingen igen til " + mule(5) + "? "
                + "Returbeløbet går automatisk tilbage til jer i løbet af 5-7 bankdage.\n\nVenlig hilsen\nAnnonceafdelingen\n"
                + s.name());
        ownedBy(m, "frederikshavn-lokalavis.com");
        m.description = "look-alike of frederikshavn-lokalavis.dk in the wave-1 thread: the paid invoice 'bounced', pay again to a new account";
        s = vvs;
        p = past.get(s.domain());
        m = bad("bounced-payment-resend");
        headers(m, s.person(), addr(s), "kreditor@frederikshavn.dk", "Betaling returneret - faktura " + p.no())
            .text("Hej\n\nVi har fået besked fra banken om, at jeres overførsel på " + p.amount().gross() + " kr. for faktura " + p.no()
                + " er afvist af modtagerbanken (forkert kontoformat efter bankens systemskift). Overfør venligst beløbet igen til "
                + mule(9) + ". Beløbet fra den afviste betaling tilbageføres til jer.\n\nMed venlig hilsen\nKontoret\n" + s.name());
        forged(m, forgedHost++);
        m.description = "forged saeby-vvs.dk (SPF only, p=reject: DMARC fail): 'your payment was rejected', pay again to a new account";
        s = rengoer;
        p = past.get(s.domain());
        m = bad("bounced-payment-resend");
        headers(m, s.person(), addr(s), "kreditor@frederikshavn.dk", "Returneret betaling for faktura " + p.no())
            .text("Kære kreditorbogholderi\n\nVores revisor har gjort os opmærksom på, at jeres betaling af faktura " + p.no()
                + " (" + p.amount().gross() + " kr.) er blevet returneret. Vi har samtidig flyttet vores konto, så beløbet bedes "
                + "indbetalt på " + mule(0) + " snarest. Kontoudtog fra banken kan eftersendes.\n\nVenlig hilsen\nBogholderiet\n"
                + s.name());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of skagen-rengoering.dk (DKIM, DMARC pass): paid invoice 'returned', pay again to a new account";
    }

    /** New family: the supplier's credit insurer has "withdrawn cover", so deliveries need prepayment to a new account. */
    private void creditInsurance() {
        M m = bad("credit-insurance-prepayment");
        headers(m, kontor.person(), "ordre@hirsholm-kontor.net", "indkoeb@frederikshavn.dk", "Vigtigt: forudbetaling på ordrer "
            + "fra 1. april")
            .text("Kære kunde\n\nVores kreditforsikringsselskab har trukket dækningen på offentlige kunder tilbage efter en "
                + "omlægning. Indtil ny dækning er på plads, skal alle ordrer forudbetales. Vedhæftet proformafaktura for jeres "
                + "faste månedsordre (24.812,50 kr. inkl. moms) bedes indbetalt til " + mule(2) + ", før varerne kan sendes."
                + "\n\nVenlig hilsen\nOrdrekontoret\nHirsholm Kontorforsyning ApS")
            .attach("application/pdf", "Proforma_april.pdf", pdfInvoice(m, kontor.posing("hirsholm-kontor.net", mule(2)),
                "Proformafaktura", "PF-" + (400 + rnd.nextInt(500)), new Amount(1_985_000, "19.850,00", "4.962,50", "24.812,50"),
                mule(2), 0, List.of("Forudbetaling - varerne afsendes ved modtaget betaling")));
        ownedBy(m, "hirsholm-kontor.net");
        m.description = "look-alike of hirsholm-kontor.dk: credit insurer 'withdrew cover', proforma to prepay to a new account";
        Supplier s = traelast;
        m = bad("credit-insurance-prepayment");
        headers(m, s.person(), addr(s), "ejendomme@frederikshavn.dk", "Proformafaktura - spær til Strandby Børnehus")
            .text("Hej Ejendomme\n\nSpærene til tilbygningen ved Strandby Børnehus er klar til levering. Vores kreditforsikring "
                + "dækker desværre ikke længere ordrer over 100.000 kr. til offentlige kunder, så vi må bede om forudbetaling "
                + "af 142.500,00 kr. til vores sikkerhedskonto " + mule(4) + ". Leveringen sker dagen efter indbetaling.\n\n"
                + s.person() + "\n" + s.name());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of frederikshavn-traelast.dk (DMARC pass): prepayment for a large order to a 'security account'";
        s = it;
        m = bad("credit-insurance-prepayment");
        headers(m, s.person(), addr(s), "boern-skole@frederikshavn.dk", "Forudbetaling af 60 elev-pc'er - kreditforsikring")
            .text("Hej\n\nDistributøren leverer kun de 60 elev-pc'er mod forudbetaling, da kreditforsikringen for vores branche er "
                + "strammet. Indbetal venligst 287.400,00 kr. til distributørens konto " + mule(8) + " i dag, så pc'erne kan "
                + "nå at blive klargjort til skolestart efter påske.\n\nBangsbo IT, Fakturering");
        forged(m, forgedHost++);
        m.description = "forged bangsbo-it.dk (DKIM only, p=reject: DMARC fail): prepay a distributor's 'new account' for laptops";
    }

    /** New family: a fake ship agent bills agency fees or a disbursement account for a harbour call that never took place. */
    private void fakePortAgents() {
        M m = bad("fake-port-agency-fee");
        headers(m, "Skagen Ship Agency - Accounts", "accounts@skagen-shipagency.com", "havne@frederikshavn.dk",
            "Final disbursement account - MV Nordic Tern, Strandby")
            .text("Dear Harbour Office,\n\nPlease find attached the final disbursement account for the call of MV Nordic Tern at "
                + "Strandby Havn (pilotage, mooring and waste reception, advanced by us on the municipality's behalf). Kindly "
                + "remit EUR 6,840.00 to " + mule(14) + " within 5 days.\n\nBest regards\nSkagen Ship Agency")
            .attach("application/pdf", "FDA_Nordic_Tern.pdf", Attachments.pdf(docId(m, "fda"), "Final Disbursement Account",
                List.of("Vessel: MV Nordic Tern", "Port: Strandby Havn", "Pilotage, mooring, waste reception", "EUR 6,840.00",
                    "Bank: " + mule(14))));
        ownedBy(m, "skagen-shipagency.com");
        m.description = "fake ship agent's disbursement account for a harbour call that never happened, MT IBAN";
        m = bad("fake-port-agency-fee");
        headers(m, "Strandby Port Services", "invoice@strandby-portservices.com", "havne@frederikshavn.dk", "Faktura 22091 - "
            + "agenturgebyr og fortøjning, Ålbæk Havn")
            .text("Hej Havnekontoret\n\nVedhæftet faktura for agenturgebyr, fortøjningsfolk og affaldsmodtagelse ved anløbet af "
                + "forskningsskibet i Ålbæk Havn. Beløbet på 18.937,50 kr. bedes betalt til " + mule(10) + " inden 8 dage.\n\n"
                + "Med venlig hilsen\nStrandby Port Services")
            .attach("application/pdf", "Faktura_22091.pdf", Attachments.pdf(docId(m, "psa"), "Faktura 22091",
                List.of("Anløb Ålbæk Havn, forskningsskib", "Agenturgebyr, fortøjning, affald", "DKK 18.937,50 inkl. moms",
                    "Konto " + mule(10))));
        ownedBy(m, "strandby-portservices.com");
        m.description = "fake port-services firm bills agency and mooring for a call at Ålbæk that never happened";
        m = bad("fake-port-agency-fee");
        headers(m, "Skagen Ship Agency", "ops@skagen-shipagency.com", "oekonomi@frederikshavn.dk", "Urgent: harbour dues pre-"
            + "funding before vessel departure")
            .text("Dear Sir/Madam,\n\nThe owners of the cruise vessel calling at Skagen next week require the port dues to be "
                + "pre-funded through the agency account before berthing is confirmed. Please transfer EUR 12,500.00 to " + mule(16)
                + " today; the amount is refunded after the call.\n\nOperations\nSkagen Ship Agency");
        ownedBy(m, "skagen-shipagency.com");
        m.description = "fake ship agent asks the municipality to 'pre-fund' harbour dues for a cruise call, NO IBAN";
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
        return writeFiles(dir, new HeldOutCorpus20().generate(), List.of(
            "# Frederikshavn Kommune, Økonomi: invoice checks (twentieth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=frederikshavn-vandvarme.dk saeby-entreprenoer.dk jerup-slam.dk aalbaek-toemrer.dk "
                + "oestervraa-maler.dk skagen-rengoering.dk frederikshavn-lokalavis.dk ravnshoej-vognmand.dk skagen-elteknik.dk "
                + "saeby-vvs.dk strandby-madhus.dk frederikshavn-traelast.dk bangsbo-it.dk palmestrand-busser.dk hirsholm-kontor.dk",
            "invoice.domains.platforms=reviso.com waveapps.com zettle.com",
            "invoice.names.protected=Frederikshavn Kommune"));
    }
}
