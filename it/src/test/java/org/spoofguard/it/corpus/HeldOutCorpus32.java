package org.spoofguard.it.corpus;

import static org.spoofguard.it.corpus.Ubl.xml;

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
import java.util.Set;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The thirty-second held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Horsens Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, roads and parks, schools,
 * day care, elderly care, culture, property, citizen service, job centre, harbour and IT mailboxes) with fifteen listed
 * suppliers from Horsens, Brædstrup, Hovedgård, Gedved, Søvind, Lund, Østbirk, Egebjerg, Stensballe, Hatting, Torsted and
 * Nim in every DNS posture real Danish firms have (two sending through a Horsens web hoster named in their SPF), four
 * invoicing platforms ({@code squareup.com}, {@code twinfield.com}, {@code wise.com}, {@code xolo.io}), local banks, an
 * intermunicipal fire and rescue service, a concert booking agency, a funeral director, the municipality's insurer, a
 * lawyer, a Swedish artificial-turf layer, a German quay builder, an Irish acoustics firm, SaaS, an auditor, an
 * e-signature service, three authorities, a creditor list, forwarders (with and without SRS), free mail and fraudsters' own
 * domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake NemHandel notices, fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, "corrected"
 * invoices, QR codes, archives, SVG/HTML attachments, macro documents, callback scams, salary-account changes,
 * look-alikes, homoglyphs, image-only invoices, e-invoice XML with a changed account) and three kinds new here: a
 * "booking agency" or "tour manager" who wants a deposit or fee for a concert artist paid to a new or private account
 * (fake-artist-booking-deposit), a "funeral director" or "relative" who bills the municipality for a burial it never
 * arranged or wants the burial costs paid to another account (fake-funeral-expense-claim) and a "citizen", "claims
 * service" or "windscreen firm" demanding compensation for damage said to come from the roads or the municipality's
 * crews, paid straight to an account outside the claims procedure (fake-road-damage-compensation). The invoice engine,
 * its tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice, credit note, reminder, collection demand for
 * a real debt, intermunicipal, platform, e-invoice XML, foreign, SaaS, booking, funeral or deductible invoice) and its
 * computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus32GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus32 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout32");
    public static final String OWN = "horsens.dk";
    static final String FRAUD_NET = "127.181.";
    private static final String OWN_IP = "127.172.0.1";
    private static final String EAN = "5798008476317";
    private static final String RAADHUS = "Rådhustorvet 4, 8700 Horsens";
    /** A Horsens web hoster whose outgoing server two listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.177.9.1";
    private static final String GMAIL = "127.180.1.1";
    private static final String MSFT = "127.180.2.1";
    private static final String YAHOO = "127.180.3.1";
    private static final String APPLE = "127.180.5.1";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M", DA);

    private final Random rnd = new Random(32_0032_8700L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 30;
    /** The citizen service's requisition for the burial the real funeral director billed (the fraud cites it). */
    private String funeralRekv;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2032, 11, 1, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2032, 11, 29, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Brædstrup Varmeværk a.m.b.a.", "braedstrup-varmevaerk.dk", "Kundeservice",
        "kundeservice", "127.173.1.1", iban("DK", "76000001183420"), "fjernvarme til Brædstrup Skole, Brædstrup Hallen og Nim Børnehus");
    private final Supplier entrep = new Supplier("Hovedgård Anlæg & Entreprenør A/S", "hovedgaard-anlaeg.dk", "Rasmus Winther",
        "rw", "127.173.2.1", bank("7670", "1054487219"), "udskiftning af kantsten og ny cykelsti, Hovedgård Stationsvej");
    private final Supplier kloak = new Supplier("Gedved Kloak & TV-inspektion ApS", "gedved-kloak.dk", "Dennis Friis",
        "dennis", HOSTER_IP, bank("9280", "2271904436"), "TV-inspektion og strømpeforing af stikledninger, Gedved Skole");
    private final Supplier toemrer = new Supplier("Østbirk Tømrerforretning ApS", "oestbirk-toemrer.dk", "Claus Bech",
        "cb", "127.173.4.1", bank("7260", "0001847552"), "nyt halvtag og udskiftning af sokkelbrædder, Østbirk Børnehave");
    private final Supplier maler = new Supplier("Søvind Malerfirma v/ Henrik Juul", "soevind-maler.dk", "Henrik Juul", "henrik",
        "127.173.5.1", bank("9280", "2286610375"), "maling af klasselokaler og gange, Søvind Skole");
    private final Supplier rengoer = new Supplier("Stensballe Rengøringsservice ApS", "stensballe-rengoering.dk", "Bogholderiet",
        "bogholderi", "127.173.6.1", bank("7670", "1061230884"), "rengøring af Stensballe Skole, Stensballe Børnehus og Sundhedscenter");
    private final Supplier avis = new Supplier("Horsens Lokalnyt", "horsens-lokalnyt.dk", "Annonceservice", "annoncer",
        "127.173.7.1", iban("DK", "30000016604472"), "annoncer: trafikomlægning på Vejlevej og to jobopslag");
    private final Supplier vognmand = new Supplier("Hatting Vognmandsforretning ApS", "hatting-vognmand.dk", "Lars Munk", "lars",
        "127.173.8.1", bank("7260", "0001902318"), "grus og bortkørsel af jord, Hatting Skovvej");
    private final Supplier el = new Supplier("Torsted El-Service ApS", "torsted-elservice.dk", "Mikkel Daugaard", "mikkel", HOSTER_IP,
        bank("9280", "2290048716"), "ny LED-belysning på stierne ved Torsted Skole");
    private final Supplier vvs = new Supplier("Nim VVS og Blik ApS", "nim-vvs.dk", "Kontoret", "kontor",
        "127.173.10.1", bank("7670", "1069985102"), "service på varmepumper, Nim Skole og Ældrecenter Østbirk");
    private final Supplier mad = new Supplier("Lund Storkøkken A/S", "lund-storkoekken.dk", "Lund Storkøkken, Debitor",
        "debitor", "127.173.11.1", iban("DK", "76000001207754"), "mad til plejecentre og hjemmeboende ældre i Horsens by og Lund");
    private final Supplier byg = new Supplier("Hovedgård Tømmerhandel A/S", "hovedgaard-toemmerhandel.dk", "Proffsalget",
        "proff", "127.173.12.1", iban("DK", "20005376018842"), "byggematerialer til Horsens Kommunes Ejendomsservice, rammeaftale");
    private final Supplier it = new Supplier("Horsens IT-Drift ApS", "horsens-itdrift.dk", "Fakturering, Horsens IT-Drift",
        "faktura", "127.173.13.1", bank("3635", "4410287735"), "drift af netværket på skolerne og 60 nye elev-Chromebooks");
    private final Supplier bus = new Supplier("Egebjerg Busser ApS", "egebjerg-busser.dk", "Kørselskontoret", "koersel",
        "127.173.14.1", bank("7260", "0001955630"), "specialkørsel til Egebjergskolen og svømmekørsel");
    private final Supplier kontor = new Supplier("Brædstrup Kontorforsyning ApS", "braedstrup-kontorforsyning.dk", "Salgskontoret",
        "salg", "127.173.15.1", iban("DK", "30000017715903"), "papir, mapper og printertoner til Rådhuset og Borgerservice");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Gedved Smede- og Maskinværksted", "gedved-smed.dk", "Jens Kirk", "jens",
        "127.174.3.1", bank("9280", "2301456689"), "nye låger og gelænder ved Gedved Skole");
    private final Supplier havn = new Supplier("Endelave Havneservice v/ Per Lund", "endelave-havneservice.dk", "Per Lund",
        "per", "127.174.1.1", bank("7670", "1074420136"), "udskiftning af fortøjningspæle, Endelave Havn");
    private final Supplier skadedyr = new Supplier("Hatting Skadedyrskontrol", "hatting-skadedyr.dk", "Susanne Ravn", "susanne",
        "127.174.2.1", bank("7260", "0001988104"), "rottebekæmpelse ved Genbrugsstationen, Nim");
    private final Supplier natur = new Supplier("Nim Naturpleje v/ Ida Krogh", "nim-naturpleje.dk", "Ida Krogh", "ida",
        "127.174.4.1", bank("9280", "2317780521"), "slåning og hegning af engen ved Nim Sø");
    private final Supplier guide = new Supplier("Fjordformidling v/ Kasper Hald", "gmail.com", "Kasper Hald",
        "kasper.hald.fjord", GMAIL, bank("7670", "1079902264"), "naturvejledning på Horsens Fjord for 5. årgang");
    private final Supplier tolk = new Supplier("Amina Yusuf Tolkning", "outlook.com", "Amina Yusuf", "amina.yusuf.tolk",
        MSFT, bank("3635", "4413870021"), "tolkning somali-dansk, Jobcenter Horsens, 5 x 1 time");
    private final Supplier musik = new Supplier("Trio Fjordlys v/ Sofie Lauritsen", "icloud.com", "Sofie Lauritsen",
        "sofie.lauritsen.musik", APPLE, bank("9280", "2325548190"), "julemusik, Plejecentret Bakkehuset i Brædstrup");
    private final Supplier pudser = new Supplier("Hovedgård Vinduespolering v/ Ronni Dahl", "hotmail.com", "Ronni Dahl",
        "ronni.dahl.vinduer", MSFT, bank("7260", "0002011478"), "vinduespolering, Hovedgård Bibliotek og Børnehuset Kløverbo");
    private final Supplier motion = new Supplier("Seniordans v/ Grethe Bak", "yahoo.com", "Grethe Bak", "grethe.bak.dans",
        YAHOO, bank("7670", "1083317645"), "seniordans i Aktivitetshuset i Østbirk, 10 gange");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Växjö Konstgräs AB", "vaxjo-konstgras.se", "Ekonomi", "ekonomi", "127.179.1.1",
        iban("SE", "50000000058240173962"), "konstgräsplan och stötdämpande underlag, Stensballe Idrætsanlæg");
    private final Supplier tysk = new Supplier("Kieler Kaibau GmbH", "kieler-kaibau.de", "Rechnungswesen",
        "rechnungswesen", "127.179.2.1", iban("DE", "210700240046118830"), "Sanierung der Spundwand, Nordkaj Hafen Horsens");
    private final Supplier irsk = new Supplier("Galway Acoustics Ltd", "galway-acoustics.ie", "Accounts", "accounts",
        "127.179.3.1", iban("IE", "AIBK93115212345678"), "acoustic wall and ceiling panels, rehearsal rooms, Horsens Musikskole");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        byg, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"braedstrup-varmevaerk.net", "hovedgaard-anleg.dk", "hovedgaardtoemmerhandel.dk",
        "torsted-el-service.dk", "stensballe-rengoring.dk", idn("hovedgaard-t\u043eemmerhandel.dk"), idn("horsens-k\u043emmune.dk"),
        "squareup-horsens.com", "wise-braedstrup.net", "gedved-kloak.net", "lund-storkokken.com", "oestbirk-tomrer.dk",
        "egebjerg-bus.dk", "soevindmaler.dk", "nim-naturpleje.com", "horsens-inkasso.com", "mitid-erhverv-horsens.com",
        "digitalpost-braedstrup.com", "horsens-domaeneservice.net", "gedved-firmaregister.org", "hatting-ordrecenter.com",
        "parkering-horsens.com", "mobilepay-stensballe.net", "endelave-marine-consult.com", "soevind-malerfirma.dk",
        "hatting-vognmand.com", "stensballe-rengoeringsservice.dk", "nim-vvs.net", "braedstrup-kontorforsyning.com",
        "horsens-it-drift.net", "horsens-dokumentportal.com", "fakturaarkiv-hovedgaard.net", "hovedgaard-anlaeg.net",
        "horsensitdrift.dk", "nim-vvs-blik.dk", "nemhandel-horsens.com", "twinfield-gedved.com", "signicat-horsens.com",
        "oestbirk-esignatur.net", "horsens-nordlysbooking.dk", "stensballe-artistbooking.com", "gedved-bedemand.dk",
        "torsted-begravelse.com", "nim-skadeservice.dk", "lund-autoglas.dk", "egebjerg-busser.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("braedstrup-varmevaerk.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hovedgaard-anlaeg.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gedved-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("oestbirk-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("soevind-maler.dk", null, null, null, null); // nothing published
        domain("stensballe-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("horsens-lokalnyt.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hatting-vognmand.dk", List.of("127.173.98.7"), "~all", null, "none"); // SPF names only the dispatch system
        domain("torsted-elservice.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("nim-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("lund-storkoekken.dk", List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("hovedgaard-toemmerhandel.dk", List.of(byg.ip(), "127.173.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("horsens-itdrift.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("egebjerg-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("braedstrup-kontorforsyning.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("gedved-smed.dk", List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain("endelave-havneservice.dk", List.of(havn.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("hatting-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("nim-naturpleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("torsted-laaseservice.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("vaxjo-konstgras.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kieler-kaibau.de", List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("galway-acoustics.ie", List.of(irsk.ip()), "-all", null, null);
        // booking agency, funeral director, insurer, lawyer, auditor, e-signature, school, shops, fire service, authorities
        domain("nordlys-booking.dk", List.of("127.175.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("horsens-begravelsesforretning.dk", List.of("127.175.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, null);
        domain("jysk-erhvervsforsikring.dk", List.of("127.175.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kattegat-advokater.dk", List.of("127.175.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bygholm-revision.dk", List.of("127.175.5.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signicat.com", List.of("127.175.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hansted-efterskole.dk", List.of("127.175.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fjordbyens-legeplads.dk", List.of("127.175.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("horsens-jernhandel.dk", List.of("127.175.9.1"), "-all", null, "none");
        domain("fjordboghandlen.dk", List.of("127.175.10.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("oestjysk-brand.dk", List.of("127.175.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("mst.dk", List.of("127.175.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("star.dk", List.of("127.175.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("uvm.dk", List.of("127.175.17.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // invoicing platforms
        domain("squareup.com", List.of("127.176.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("twinfield.com", List.of("127.176.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("wise.com", List.of("127.176.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("xolo.io", List.of("127.176.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, list, ESP, newsletters, forwarders
        domain("horsens-sparekasse.dk", List.of("127.177.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oestjysk-andelsbank.dk", List.of("127.177.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-midt.dk", List.of("127.177.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ubivox.com", List.of("127.177.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommunale-regnskabsfolk.dk", List.of("127.177.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oestjysk-indkoebsnetvaerk.dk", List.of("127.177.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("betalingssikkerhed-nyt.dk", List.of("127.177.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.fjordnet.dk", List.of("127.178.1.1"), "-all", null, null);
        domain("relay.bygholm-fiber.dk", List.of("127.178.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nmbrs.com", List.of("127.179.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("zendesk.com", List.of("127.179.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("paperflow.com", List.of("127.179.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        String[] policy = {"reject", "none", "quarantine", null, "quarantine", "reject", null, "none", "reject", "quarantine", "none"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 3 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 7 == 5 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 88_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no32:" + s.domain()).hashCode(), 7)) {
            case 0:
                return "7" + String.format("%06d", 1_000 + rnd.nextInt(90_000));
            case 1:
                return "FA" + (20_100 + rnd.nextInt(8_000));
            case 2:
                return "32-" + String.format("%05d", 40 + rnd.nextInt(30_000));
            case 3:
                return String.valueOf(140_000 + rnd.nextInt(40_000));
            case 4:
                return "F-2032-" + (300 + rnd.nextInt(1_600));
            case 5:
                return "HK" + (5_000 + rnd.nextInt(4_000)) + "-11";
            default:
                return String.valueOf(1_200 + rnd.nextInt(1_500));
        }
    }

    private static final String[] TO = {"kreditor@horsens.dk", "efaktura@horsens.dk", "kreditor@horsens.dk",
        "oekonomi@horsens.dk", "vejogpark@horsens.dk", "skole@horsens.dk", "aeldre@horsens.dk", "kultur@horsens.dk",
        "ejendomsservice@horsens.dk", "indkoeb@horsens.dk", "kreditor@horsens.dk", "dagtilbud@horsens.dk", "efaktura@horsens.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf32:" + tag + ":" + m.id).substring(7, 19), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr32:" + domain).hashCode(), 8_900_000));
    }

    /** The supplier's FI creditor number, as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(86_000_000 + Math.floorMod(sha256("fi32:" + domain).hashCode(), 9_000_000));
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "braedstrup-varmevaerk.dk" -> "Fabriksvej 3, 8740 Brædstrup";
            case "hovedgaard-anlaeg.dk" -> "Ørnevej 11, 8732 Hovedgård";
            case "gedved-kloak.dk" -> "Gedvedvej 41, 8751 Gedved";
            case "oestbirk-toemrer.dk" -> "Vestergade 19, 8752 Østbirk";
            case "soevind-maler.dk" -> "Søvind Bygade 6, 8700 Horsens";
            case "stensballe-rengoering.dk" -> "Stensballe Strandvej 24, 8700 Horsens";
            case "horsens-lokalnyt.dk" -> "Søndergade 15, 8700 Horsens";
            case "hatting-vognmand.dk" -> "Hattingvej 88, 8700 Horsens";
            case "torsted-elservice.dk" -> "Torstedvej 131, 8700 Horsens";
            case "nim-vvs.dk" -> "Nim Bygade 12, 8740 Brædstrup";
            case "lund-storkoekken.dk" -> "Lundvej 27, 8700 Horsens";
            case "hovedgaard-toemmerhandel.dk" -> "Stationsvej 30, 8732 Hovedgård";
            case "horsens-itdrift.dk" -> "Niels Bohrs Vej 8, 8700 Horsens";
            case "egebjerg-busser.dk" -> "Egebjergvej 140, 8700 Horsens";
            case "braedstrup-kontorforsyning.dk" -> "Søndergade 4, 8740 Brædstrup";
            case "gedved-smed.dk" -> "Industrivej 5, 8751 Gedved";
            case "endelave-havneservice.dk" -> "Havnevej 2, Endelave, 8789 Endelave";
            case "hatting-skadedyr.dk" -> "Hatting Torv 3, 8700 Horsens";
            case "nim-naturpleje.dk" -> "Nim Søvej 17, 8740 Brædstrup";
            case "torsted-laaseservice.dk" -> "Høegh Guldbergs Gade 60, 8700 Horsens";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: an order invoice with line, unit and quantity columns and a "Betaling" line; a
     * service report with dated visits, fitter initials and a materials line; a bilingual "Faktura / Invoice" from an ERP
     * system with customer number and ISO dates; a period charge with agreement number, fixed and variable part. Layouts
     * other than the first print the supplier's own FI line (card type 75) when its own account is printed; a {@code null}
     * account prints no bank account at all.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        int kind = Math.floorMod(layout, 4);
        String fi = kind != 0 && account != null && account.equals(s.account()) ? fik(75, no, creditorNo(s.domain()), false) : "";
        switch (kind) {
            case 0 -> {
                head = title.toUpperCase(DA) + " " + no + " | " + s.name();
                l.add("Leverandør: " + s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Faktureres til: Horsens Kommune, " + RAADHUS + " - EAN " + EAN);
                l.add("Fakturadato " + dottedDay(m, 0) + "    Forfaldsdato " + dottedDay(m, 30) + "    Betingelse: netto 30 dage");
                l.add("Linje  Beskrivelse                                              Enhed   Mængde   Pris          Beløb");
                l.add("1      " + s.what() + "   stk.   1   " + a.net() + "   " + a.net());
                l.add("Beløb ekskl. moms " + a.net() + "  |  25 % moms " + a.vat() + "  |  Total DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betaling: " + account + " - husk fakturanummer " + no + " som tekst");
                }
            }
            case 1 -> {
                head = "Servicerapport og " + title.toLowerCase(DA) + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Opgave: " + s.what());
                l.add("Bestiller: Horsens Kommune, EAN " + EAN);
                String[] who = {"JK", "MB", "TS", "AL"};
                long rate = 57_500;
                long hours = Math.max(2, a.ore() * 55 / 100 / rate);
                long first = hours / 3;
                long second = hours / 3;
                long third = hours - first - second;
                l.add("Besøg " + sentPlus(m, -9, SHORT) + ": " + who[Math.floorMod(no.hashCode(), 4)] + " " + first + " t  |  Besøg "
                    + sentPlus(m, -8, SHORT) + ": " + who[Math.floorMod(no.hashCode() + 1, 4)] + " " + second + " t  |  Besøg "
                    + sentPlus(m, -4, SHORT) + ": " + who[Math.floorMod(no.hashCode() + 2, 4)] + " " + third + " t");
                long rest = a.ore() - hours * rate;
                long trips = Math.min(3 * 24_000, rest / 3);
                l.add("Arbejdsløn " + hours + " t a " + kr(rate) + " = " + kr(hours * rate) + "  |  Kørsel 3 ture " + kr(trips)
                    + "  |  Materialer jf. liste " + kr(rest - trips));
                l.add("Netto " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betalingsfrist " + writtenDay(m, 20) + (account == null ? "" : " - indbetales til " + account));
                if (!fi.isEmpty()) {
                    l.add("Girokort: " + fi);
                }
            }
            case 2 -> {
                head = "Faktura / Invoice " + no + " - " + s.name();
                l.add("Kundenr./Customer no. " + (10_000 + Math.floorMod(s.domain().hashCode(), 80_000)) + "   Dato/Date " + isoDay(m, 0)
                    + "   Forfald/Due " + isoDay(m, 21));
                l.add("Kunde/Customer: Horsens Kommune, " + RAADHUS + ", EAN " + EAN);
                l.add("Sælger/Seller: " + s.name() + ", CVR/VAT DK" + cvr(s.domain()));
                l.add("Ydelse/Service: " + s.what());
                l.add("Beløb ekskl. moms/Net " + a.net() + "   Moms/VAT 25 % " + a.vat() + "   I alt/Total DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Pengeinstitut/Bank: " + account);
                }
                if (!fi.isEmpty()) {
                    l.add("FI " + fi);
                }
            }
            default -> {
                head = title + " - periodeopkrævning";
                l.add(s.name() + "  ·  " + title + " " + no + "  ·  Aftalenr. " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)));
                l.add("Kunde: Horsens Kommune, EAN " + EAN + "  ·  Periode " + dottedDay(m, -30) + " til " + dottedDay(m, -1));
                l.add("Ydelse: " + s.what());
                long fixed = a.ore() * 2 / 5;
                l.add("Fast del " + kr(fixed) + "  ·  Variabel del " + kr(a.ore() - fixed) + "  ·  Netto " + a.net());
                l.add("Moms " + a.vat() + "  ·  At betale DKK " + a.gross());
                l.addAll(more);
                l.add("Opkræves ikke via Betalingsservice. Betales senest " + dottedDay(m, 20) + (account == null ? "" : " til " + account));
                if (!fi.isEmpty()) {
                    l.add("Indbetaling med FI: " + fi);
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura-" + n + ".pdf", "Horsens Kommune faktura " + n + ".pdf",
            "INV_" + n + ".pdf", "Fak " + n + ".pdf", "faktura_nr_" + n + ".pdf", n + "_faktura.pdf", "Dokument " + n + ".pdf",
            "Faktura" + n + ".pdf", "horsens_" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Horsens Kommune", "Til kreditorafdelingen", "Hej", "Kære bogholderi",
        "Att.: Kreditor", "Goddag", "Hej med jer", "Til Horsens Kommune", "Hej igen", "Kære Horsens Kommune"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig32:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMed venlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + "\nTlf. 75 " + (10 + rnd.nextInt(89)) + " "
                    + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nVh\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " - CVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\nSendt fra min telefon" : "\n" + s.name() + " / www." + s.domain());
            default:
                return "\n\nTak for samarbejdet\n" + s.person() + ", " + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 6_900_000 : 540_000);
        String[] subjects = {"Faktura nr. " + no, "Ny faktura fra " + s.name() + " (" + no + ")", "Horsens Kommune - faktura " + no,
            "Faktura " + no, "Faktura " + no + " / EAN " + EAN, s.name() + " - faktura", "Faktura for " + s.what(),
            "Faktura " + no + " - forfald " + "om 30 dage", "Fremsendelse af faktura " + no, "Vores faktura " + no};
        String text = switch (Math.floorMod(v, 9)) {
            case 0 -> "Vedhæftet finder I faktura " + no + " vedrørende " + s.what() + ".";
            case 1 -> "Her er vores regning nr. " + no + " på i alt " + a.gross() + " kr. inkl. moms. Sidste betalingsdag er "
                + writtenDay(m, 30) + ".";
            case 2 -> "Opgaven er færdigmeldt og godkendt af jeres byggeleder ved afleveringen. Samme faktura er sendt elektronisk "
                + "til jeres EAN-nummer.";
            case 3 -> "Mange tak for opgaven. Fakturaen er vedhæftet som PDF. Ring eller skriv, hvis noget ikke stemmer.";
            case 4 -> "Så er der faktura for den forløbne periode. Angiv venligst fakturanummer " + no + " ved betaling.";
            case 5 -> "Fakturanr.: " + no + "\nTotal inkl. moms: " + a.gross() + " kr.\nForfald: " + writtenDay(m, 30)
                + "\nJeres EAN: " + EAN;
            case 6 -> "Beklager, at fakturaen kommer lidt sent - vi har skiftet regnskabsprogram i efteråret, og en del bilag "
                + "blev liggende.";
            case 7 -> "Fakturaen følger vedhæftet. God weekend, når den kommer.";
            default -> "Se vedhæftede.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 2) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
                + "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    /** Utilities and period services bill by period; merchants use their system's order or ERP layout. */
    private static final Set<String> PERIODIC = Set.of("braedstrup-varmevaerk.dk", "lund-storkoekken.dk",
        "stensballe-rengoering.dk", "horsens-lokalnyt.dk", "egebjerg-busser.dk");
    private static final Set<String> TRADE = Set.of("hovedgaard-toemmerhandel.dk", "braedstrup-kontorforsyning.dk",
        "horsens-itdrift.dk");

    private static int layout(Supplier s, int v) {
        return PERIODIC.contains(s.domain()) ? 3 : TRADE.contains(s.domain()) ? (v % 2 == 0 ? 2 : 0) : Math.floorMod(v, 3);
    }

    /** An OIOUBL 2.02 invoice as NemHandel carries it, or (peppol) a Peppol BIS Billing 3.0 UBL invoice. */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String order,
                       String note) {
        String net = Ubl.decimal(a.ore());
        StringBuilder x = Ubl.head(false, "  ", peppol, "Procurement-BilSim-1.0", no, issue, due, note);
        x.append("  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n")
            .append("  <cbc:AccountingCost>").append(xml(order)).append("</cbc:AccountingCost>\n")
            .append("  <cac:OrderReference><cbc:ID>").append(xml(order)).append("</cbc:ID></cac:OrderReference>\n")
            .append("  <cac:AccountingSupplierParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0184\">DK" : "      <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK")
            .append(cvr(s.domain())).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>").append(xml(s.name())).append("</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>").append(xml(street(s))).append("</cbc:StreetName>")
            .append("<cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n")
            .append("      <cac:PartyTaxScheme><cbc:CompanyID>DK").append(cvr(s.domain())).append("</cbc:CompanyID>")
            .append("<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n")
            .append("    </cac:Party>\n  </cac:AccountingSupplierParty>\n")
            .append("  <cac:AccountingCustomerParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0088\">" : "      <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">")
            .append(EAN).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>Horsens Kommune</cbc:Name></cac:PartyName>\n")
            .append("    </cac:Party>\n  </cac:AccountingCustomerParty>\n")
            .append("  <cac:Delivery><cbc:ActualDeliveryDate>").append(issue).append("</cbc:ActualDeliveryDate></cac:Delivery>\n")
            .append("  <cac:PaymentMeans>\n")
            .append("    <cbc:PaymentMeansCode>").append(peppol ? "30" : "42").append("</cbc:PaymentMeansCode>\n");
        if (peppol) {
            String ib = account.startsWith("IBAN") ? plain(account) : plain(iban("DK", plain(account)));
            x.append("    <cbc:PaymentID>").append(xml(no)).append("</cbc:PaymentID>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(ib).append("</cbc:ID><cbc:Name>").append(xml(s.name()))
                .append("</cbc:Name></cac:PayeeFinancialAccount>\n");
        } else {
            x.append("    <cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append("    <cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">DK:BANK</cbc:PaymentChannelCode>\n")
                .append(Ubl.payeeBranch(account));
        }
        x.append("  </cac:PaymentMeans>\n");
        Ubl.totals(x, a.ore(), true);
        x.append("  <cac:InvoiceLine>\n    <cbc:ID>1</cbc:ID>\n")
            .append("    <cbc:InvoicedQuantity unitCode=\"").append(peppol ? "H87" : "EA").append("\">1</cbc:InvoicedQuantity>\n")
            .append("    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount>\n")
            .append("    <cac:Item><cbc:Description>").append(xml(s.what())).append("</cbc:Description><cbc:Name>")
            .append(xml(s.what().length() > 40 ? s.what().substring(0, 40) : s.what())).append("</cbc:Name></cac:Item>\n")
            .append("    <cac:Price><cbc:PriceAmount currencyID=\"DKK\">").append(net).append("</cbc:PriceAmount></cac:Price>\n")
            .append("  </cac:InvoiceLine>\n")
            .append("</Invoice>\n");
        return x.toString();
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
            m.description = "history: " + s.domain() + " invoice to its usual account, from its own or its hoster's server";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 6, List.of("Aftalt med skolens servicemedarbejder"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices gates and railings, aligned SPF pass";
        List<Supplier> again = List.of(byg, it, entrep, avis, mad, kloak, vvs, el, vognmand, maler, varme, kontor, toemrer,
            rengoer, bus, entrep);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Indkøbsordre HK-" + (780_200 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@horsens.dk", "") + ", Horsens Kommune");
                case 2 -> List.of("Sagsnr. " + (k % 3 == 0 ? "Klimasikring Stensballe" : "Driftsaftale 2032-2034"));
                case 3 -> List.of("Bestillingsnr. " + (17_400 + k * 53) + " fra Ejendomsservice");
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nFølgesedlerne er vedlagt som ekstra bilag." : k % 7 == 4
                ? "\n\nEt par fotos fra afleveringen er med i mailen." : k % 7 == 6 ? "\n\nTimeforbruget kan ses i det vedhæftede regneark (CSV)." : "";
            invoice(m, s, s.account(), k * 4 + 3, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "foelgesedler_" + (k + 11) + ".pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Leveret til: " + (k % 2 == 0 ? "Rådhuset, Horsens" : "Vej og Park, Materielgården i Horsens"),
                        "Modtaget og kvitteret", "Antal leverancer: " + (2 + k % 4))));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "foto_aflevering_" + (k + 3) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            } else if (k % 7 == 6) {
                m.mime.attach("text/csv", "timer.csv", ("dato;medarbejder;timer;arbejde\r\n" + isoDay(m, -10) + ";CB;7,5;opsætning\r\n"
                    + isoDay(m, -9) + ";CB;7,0;opsætning\r\n" + isoDay(m, -5) + ";MN;2,5;afslutning\r\n").getBytes(StandardCharsets.UTF_8));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(rengoer, varme, avis)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 4 + 1, List.of("Periode: november 2032"), "\n\nOpkrævningen dækker november.");
            genuine(m, s.ip());
            m.description = s.domain() + " periodic invoice for November, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        artistBooking();
        funeralInvoice();
        roadDamageClaims();
        authorityNotices();
        priceIndexNotice();
        platforms();
        ublFiles();
        bankChanges();
        smallFirms();
        moreLocal();
        foreignSuppliers();
        saas();
        esignature();
        newsletters();
        creditorList();
        forwarded();
        internal();
        banks();
        auditor();
        remittances();
        shops();
        quotesAndLetters();
    }

    private void creditNotes() {
        Object[][] c = {{byg, "Kreditnota til faktura ", "Tre rør gipsfuger og en palle lægter kom retur fra Ejendomsservice i ubrudt "
            + "emballage."},
            {kontor, "Kredit på faktura ", "Kuverterne i C4 blev leveret i forkert størrelse og er taget med retur af chaufføren."},
            {mad, "Kreditering af faktura ", "Syv borgere var på aflastning i uge 45 og modtog ikke mad. De portioner er trukket ud."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "K-" + (3_300 + rnd.nextInt(900));
            Amount a = amount(190_000).credit();
            headers(m, s.person(), addr(s), "kreditor@horsens.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Vi har udstedt kreditnota " + no + " på " + a.gross() + " kr., som I kan "
                    + "modregne i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2 + 2,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(entrep, byg)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@horsens.dk", "Saldoudskrift pr. " + dottedDay(m, -1))
                .text("Hej\n\nTil jeres afstemning før årsskiftet får I her en saldoudskrift. Faktura " + p.no() + " er modtaget "
                    + "betalt, og der står intet åbent." + signature(s))
                .attach("application/pdf", "saldo_horsens_kommune.pdf", Attachments.pdf(docId(m, "saldo"), "Saldoudskrift",
                    List.of("Debitor: Horsens Kommune", "Faktura " + p.no() + "  " + p.amount().gross() + "  indbetalt",
                        "Åben saldo: 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@horsens.dk", "Tak for betalingen")
            .text("Hej\n\nJeg kan se, at faktura " + past.get(vognmand.domain()).no() + " for gruset til Hatting Skovvej er betalt. "
                + "Tak for det.\n\nLars\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "hatting-vognmand.dk thanks for payment (its SPF names only the dispatch system: softfail, p=none)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Vores system viser, at fakturaen nedenfor endnu står åben. Har I betalt inden for "
            + "de sidste dage, kan I se bort fra påmindelsen."},
            {maler, "Betaling udestår", "Hej. Der er ikke kommet penge for malerarbejdet på Søvind Skole endnu. Har fakturaen "
                + "fundet vej til den rette? Mvh Henrik"},
            {kloak, "1. rykker", "Fakturaen er nu 14 dage over forfald. Vi har ikke beregnet gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@horsens.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[(i + 5) % GREETING.length] + "\n\n" + x[2] + "\n\nFakturanummer " + p.no() + ", beløb " + p.amount().gross()
                    + " kr., til vores faste konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(),
                    p.amount(), s.account(), i + 1, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "KA-" + (12_400 + rnd.nextInt(700));
        String klient = bank("7670", "1091184420");
        headers(m, "Kattegat Advokater, Inkasso", "inkasso@kattegat-advokater.dk", "kreditor@horsens.dk",
            "Inkassosag " + sag + " - Nim Naturpleje v/ Ida Krogh")
            .text("Horsens Kommune\nKreditorafdelingen\n\nVi repræsenterer Nim Naturpleje v/ Ida Krogh, som har overgivet os "
                + "faktura nr. 207 af 12. september 2032 på 9.875,00 kr. for slåning af engen ved Nim Sø. Fakturaen er rykket "
                + "to gange uden svar.\n\nEr beløbet betalt, eller er der indsigelser, beder vi jer henvende jer med "
                + "sagsnummeret. I modsat fald bedes beløbet med inkassogebyr på 100,00 kr. indbetalt inden 10 dage på vores "
                + "klientkonto " + klient + ".\n\nMed venlig hilsen\nKattegat Advokater\nInkassoafdelingen")
            .attach("application/pdf", "Inkassoskrivelse_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassoskrivelse " + sag,
                List.of("Kreditor: Nim Naturpleje v/ Ida Krogh", "Faktura 207 af 12.09.2032: 9.875,00",
                    "Inkassogebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.175.4.1");
        m.description = "a real law firm's collection letter for an unlisted nature-care firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "ØBR-" + (8_800 + rnd.nextInt(900));
        String konto = iban("DK", "76000001244093");
        headers(m, "Østjysk Brand & Redning I/S, Økonomi", "oekonomi@oestjysk-brand.dk", "kreditor@horsens.dk", "Faktura " + no
            + " - kommunalt bidrag 4. kvartal 2032")
            .text("Til Horsens Kommune\n\nHermed fakturaen for Horsens Kommunes bidrag til beredskabet i 4. kvartal 2032, "
                + "beregnet efter fordelingsnøglen i interessentskabskontrakten og bestyrelsens budget. Fakturaen er også sendt "
                + "elektronisk til EAN " + EAN + ".\n\nBetaling til " + konto + ".\n\nVenlig hilsen\nØstjysk Brand & Redning I/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "obr"), "Faktura " + no,
                List.of("Østjysk Brand & Redning I/S", "Horsens Kommune, EAN " + EAN, "Bidrag 4. kvt. 2032, andel 54,7 %",
                    "DKK 6.412.800,00 (momsfri)", "Betaling: " + konto)));
        genuine(m, "127.175.11.1");
        m.description = "the intermunicipal fire and rescue service's quarterly contribution, its own account, DMARC pass";
    }

    /** Genuine counterpart to the booking fraud: the contracted agency's rider letter and its balance invoice after the show. */
    private void artistBooking() {
        String konto = bank("3635", "4420915507");
        M m = ok("supplier-letter", false);
        headers(m, "Nordlys Booking, Produktion", "produktion@nordlys-booking.dk", "kultur@horsens.dk",
            "Juletræstænding på Rådhustorvet - teknisk rider og tidsplan")
            .text("Hej Kultur og Fritid\n\nSom lovet får I den tekniske rider og tidsplanen for Marie Holt & Orkestret ved "
                + "juletræstændingen. Get-in kl. 13, lydprøve kl. 15, koncert kl. 17.15-18.00. Scene og strøm leveres af jer som "
                + "aftalt i kontrakten.\n\nHonoraret faktureres efter koncerten som i kontrakten - der skal ikke betales noget "
                + "på forhånd.\n\nVenlig hilsen\nNordlys Booking, Produktion")
            .attach("application/pdf", "Rider_Marie_Holt_Horsens.pdf", Attachments.pdf(docId(m, "rider"), "Teknisk rider",
                List.of("Marie Holt & Orkestret - 6 personer", "Scene min. 8 x 6 m, overdækket", "Strøm: 2 x 32 A",
                    "Tidsplan: get-in 13.00, lydprøve 15.00, koncert 17.15")));
        genuine(m, "127.175.1.1");
        m.description = "the contracted booking agency's rider and timetable, says the fee is invoiced after the show";
        m = ok("artist-booking-invoice", true);
        String no = "NB-" + (2_210 + rnd.nextInt(300));
        headers(m, "Nordlys Booking ApS", "faktura@nordlys-booking.dk", "kultur@horsens.dk", "Faktura " + no
            + " - Marie Holt & Orkestret, juletræstænding")
            .text("Kære Horsens Kommune\n\nTak for en fin aften på Rådhustorvet. I henhold til kontrakten af 22. august 2032 "
                + "fakturerer vi honoraret for koncerten. Beløbet betales til vores sædvanlige konto " + konto + ", som også "
                + "står i kontrakten.\n\nFakturaen er ligeledes sendt til EAN " + EAN + ".\n\nVenlig hilsen\nNordlys Booking ApS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "nb"), "Faktura " + no,
                List.of("Nordlys Booking ApS", "Horsens Kommune, Kultur og Fritid, EAN " + EAN,
                    "Koncert: Marie Holt & Orkestret, juletræstænding Rådhustorvet", "Honorar 48.000,00 + moms 12.000,00 = 60.000,00",
                    "Konto: " + konto)));
        genuine(m, "127.175.1.1");
        m.description = "the contracted booking agency invoices the fee after the concert, account as in the contract, DMARC pass";
    }

    /** Genuine counterpart to the funeral fraud: the funeral director the citizen service engaged bills the burial. */
    private void funeralInvoice() {
        M m = ok("funeral-expense-invoice", true);
        String no = "HB-" + (6_020 + rnd.nextInt(500));
        String konto = bank("9280", "2334410068");
        String rekv = "BS-" + (4_100 + rnd.nextInt(800));
        funeralRekv = rekv;
        headers(m, "Horsens Begravelsesforretning", "kontor@horsens-begravelsesforretning.dk", "borgerservice@horsens.dk",
            "Faktura " + no + " - jeres rekvisition " + rekv)
            .text("Til Horsens Kommune, Borgerservice\n\nPå jeres rekvisition " + rekv + " har vi forestået begravelsen af en "
                + "afdød borger uden pårørende, som kommunen skulle sørge for. Bisættelsen fandt sted i Klosterkirkens kapel, og "
                + "urnen er nedsat på Østre Kirkegård.\n\nSpecifikationen følger vedhæftet. Der betales som altid til " + konto
                + ".\n\nMed deltagende hilsen\nHorsens Begravelsesforretning")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "hb"), "Faktura " + no,
                List.of("Horsens Begravelsesforretning", "Rekvirent: Horsens Kommune, Borgerservice, rekv. " + rekv,
                    "Kiste, ilægning og kørsel 9.850,00", "Kremering og urne 4.320,00", "Urnenedsættelse 2.150,00",
                    "I alt 16.320,00 (momsfri)", "Konto: " + konto)));
        genuine(m, "127.175.2.1");
        m.description = "funeral director bills a burial our citizen service requisitioned (Ed25519 DKIM aligned, no DMARC)";
    }

    /** Genuine counterpart to the road-damage fraud: a citizen asks how to claim; the insurer decides and bills the deductible. */
    private void roadDamageClaims() {
        M m = ok("road-damage-claim", false);
        headers(m, "Jonas Vestergaard", "jonas.vestergaard.hatting@gmail.com", "vejogpark@horsens.dk", "Hul i vejen på "
            + "Vejlevej - skade på dæk")
            .text("Hej Vej og Park\n\nI tirsdags kørte jeg i et dybt hul i vejbanen på Vejlevej ved Hatting, og højre fordæk og "
                + "fælg fik en bule. Jeg har billeder og værkstedets overslag. Hvordan anmelder jeg det, og skal det gå via min "
                + "egen forsikring?\n\nVenlig hilsen\nJonas Vestergaard");
        genuine(m, GMAIL);
        m.description = "a citizen on gmail reports pothole damage and asks how to claim; no account, no demand";
        m = ok("road-damage-claim", true);
        String sag = "JEF-" + (55_000 + rnd.nextInt(9_000));
        String konto = iban("DK", "20000008840126");
        headers(m, "Jysk Erhvervsforsikring, Skade", "skade@jysk-erhvervsforsikring.dk", "vejogpark@horsens.dk", "Skadesag "
            + sag + " - afgørelse og opkrævning af selvrisiko")
            .text("Til Horsens Kommune, Vej og Park\n\nVi har behandlet kravet fra en bilist om skade efter et hul i vejbanen på "
                + "Vejlevej, som I anmeldte via vores skadeportal. Kommunen findes erstatningsansvarlig, og vi har udbetalt "
                + "erstatningen direkte til skadelidte.\n\nEfter policen bærer kommunen en selvrisiko på 5.000,00 kr. pr. skade, "
                + "som vi hermed opkræver. Beløbet indbetales på " + konto + " med skadesnummeret som tekst.\n\n"
                + "Venlig hilsen\nJysk Erhvervsforsikring, Skadeafdelingen")
            .attach("application/pdf", "Selvrisiko_" + sag + ".pdf", Attachments.pdf(docId(m, "jef"), "Opkrævning af selvrisiko",
                List.of("Forsikringstager: Horsens Kommune", "Skadesag " + sag + ", Vejlevej", "Selvrisiko jf. police: 5.000,00",
                    "Indbetaling: " + konto)));
        genuine(m, "127.175.3.1");
        m.description = "the municipality's insurer settles a road-damage claim it received through its portal and bills the "
            + "deductible, DMARC pass";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Miljøstyrelsen", "tilskud@mst.dk", "vejogpark@horsens.dk", "Udbetaling: vandløbsrestaurering i Hansted Å")
            .text("Til Horsens Kommune\n\nSlutregnskabet for projektet om genslyngning af Hansted Å er godkendt. Tilskuddets "
                + "restbeløb på 286.400 kr. bliver udbetalt til kommunens NemKonto inden for 20 bankdage. Afgørelsen ligger i "
                + "Digital Post.\n\nMed venlig hilsen\nMiljøstyrelsen");
        genuine(m, "127.175.15.1");
        m.description = "environment agency pays a grant to our NemKonto, pointer to Digital Post, DMARC pass";
        m = ok("authority-notice", false);
        headers(m, "Styrelsen for Arbejdsmarked og Rekruttering", "refusion@star.dk", "jobcenter@horsens.dk",
            "Refusionsopgørelse for 3. kvartal er klar")
            .text("Kære Jobcenter Horsens\n\nRefusionsopgørelsen for 3. kvartal 2032 kan nu ses i refusionssystemet. Der er "
                + "ingen efterregulering, og intet skal indbetales. Spørgsmål kan stilles via jeres sædvanlige kontaktperson."
                + "\n\nStyrelsen for Arbejdsmarked og Rekruttering");
        genuine(m, "127.175.16.1");
        m.description = "labour-market agency's reimbursement statement notice, nothing to pay, DMARC pass";
        m = ok("authority-notice", false);
        headers(m, "Børne- og Undervisningsministeriet", "puljer@uvm.dk", "skole@horsens.dk", "Tilsagn: pulje til "
            + "lejrskoler og ekskursioner")
            .text("Til Horsens Kommune, Skole\n\nKommunen har fået tilsagn om 318.000 kr. til lejrskoler og ekskursioner i "
                + "skoleåret 2032/33. Tilsagnsbrevet er sendt til Digital Post, og tilskuddet udbetales til NemKonto.\n\n"
                + "Børne- og Undervisningsministeriet");
        genuine(m, "127.175.17.1");
        m.description = "education ministry's grant commitment, pointer to Digital Post, DMARC pass";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, bus.person(), addr(bus), "skole@horsens.dk", "Prisregulering af specialkørsel fra 1. januar 2033")
            .text("Til Horsens Kommune, Skole\n\nJf. kontraktens bilag 3 reguleres kørselspriserne hvert år pr. 1. januar efter "
                + "Danmarks Statistiks omkostningsindeks for rutebiler. Reguleringen for 2033 er 2,4 %. De nye priser indgår i "
                + "januarfakturaen, der som altid sendes via EAN. Der er intet at betale ekstra.\n\nUdregningen er vedhæftet.\n\n"
                + "Med venlig hilsen\nEgebjerg Busser ApS")
            .attach("application/pdf", "Prisregulering_2033.pdf", Attachments.pdf(docId(m, "idx"), "Prisregulering 2033",
                List.of("Kontrakt om specialkørsel, bilag 3", "Indeksudvikling: +2,4 %", "Gælder fra 01.01.2033")));
        genuine(m, bus.ip());
        m.description = "listed bus company announces contractual indexation on the next ordinary invoice";
    }

    private void platforms() {
        Object[][] p = {{"squareup.com", el}, {"squareup.com", skadedyr}, {"twinfield.com", it}, {"xolo.io", guide},
            {"wise.com", null}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(720_000);
            m.mailFrom = "bounces+" + sha256("plat32:" + m.id).substring(0, 12) + "@" + d;
            String no;
            if (d.equals("squareup.com")) {
                no = String.format("%06d", 1_000 + rnd.nextInt(90_000));
                headers(m, s.name(), "invoicing@squareup.com", v == 0 ? "efaktura@horsens.dk" : "vejogpark@horsens.dk",
                    "Faktura #" + no + " fra " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a\"><div style=\""
                        + "max-width:520px;margin:auto\"><p style=\"font-size:12px;color:#6b6b6b\">" + s.name() + "</p><p style=\""
                        + "font-size:28px;margin:4px 0\">" + a.gross() + " kr.</p><p>Forfalder " + writtenDay(m, 30) + "</p><p>Faktura #"
                        + no + " - " + s.what() + "</p><p><a href=\"https://squareup.com/pay-invoice/" + sha256("sq32:" + m.id)
                        .substring(0, 26) + "\" style=\"background:#006aff;color:#fff;padding:10px 18px;text-decoration:none\">"
                        + "Se faktura</a></p><p>Spørgsmål? Svar på denne e-mail, så når den " + s.person() + ".</p><p style=\""
                        + "font-size:11px;color:#999\">Sendt med Square Fakturaer</p></div></body></html>");
            } else if (d.equals("twinfield.com")) {
                no = "TW" + (40_100 + rnd.nextInt(2_000));
                headers(m, s.name() + " (via Twinfield)", "noreply@twinfield.com", "skole@horsens.dk", "Faktura " + no + " fra "
                    + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Kære Horsens Kommune\n\nVedhæftet er faktura " + no + " fra " + s.name() + ".\n\nBeløb: DKK " + a.gross()
                        + "\nForfaldsdato: " + isoDay(m, 21) + "\nVedrørende: " + s.what() + "\n\nBetalingsoplysningerne står på "
                        + "fakturaen. Denne e-mail er sendt automatisk fra Twinfield; svar går til " + s.name() + ".");
            } else if (d.equals("xolo.io")) {
                no = "X-" + (2_032_100 + rnd.nextInt(400));
                headers(m, s.person() + " via Xolo", "invoices@xolo.io", "skole@horsens.dk", "Invoice " + no + " / faktura fra "
                    + s.person())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej\n\n" + s.person() + " (" + s.name() + ") har sendt en faktura via Xolo.\n\nFaktura: " + no + "\n"
                        + "Beløb: " + a.gross() + " DKK\nForfald: " + isoDay(m, 14) + "\n\nPDF'en med kontooplysninger er "
                        + "vedhæftet.\n\n--\nXolo - invoicing for independent professionals");
            } else {
                no = "INV-" + (3_020 + rnd.nextInt(300));
                String ee = iban("EE", "4210102015884317");
                headers(m, "Pärnu Puidutööd OÜ via Wise", "invoices@wise.com", "kultur@horsens.dk", "Pärnu Puidutööd OÜ sent you "
                    + "invoice " + no)
                    .header("Reply-To", "<arved@parnu-puidutood.ee>")
                    .text("Hi Horsens Kommune,\n\nPärnu Puidutööd OÜ has sent you invoice " + no + " for the oak benches delivered "
                        + "to the Bygholm Park sculpture trail (your order KF-32-118).\n\nAmount due: EUR 4,180.00 (reverse charge)\n"
                        + "Due: " + isoDay(m, 30) + "\nAccount: " + ee + "\n\nThis invoice was created and sent with Wise Business.");
                m.mime.attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "wise"), "Invoice " + no,
                    List.of("Pärnu Puidutööd OÜ, Pärnu, Estonia", "Customer: Horsens Kommune, " + RAADHUS, "Oak benches, 6 pcs, "
                        + "order KF-32-118", "EUR 4,180.00 - reverse charge", "Account: " + ee)));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform wise.com: an Estonian joinery's invoice for ordered park benches, EE IBAN";
                v++;
                continue;
            }
            m.mime.attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.name() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(kontor, varme, byg)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_300_000);
            boolean peppol = v != 0;
            String order = "HK-" + (61_400 + v * 517);
            headers(m, s.name(), addr(s), "efaktura@horsens.dk", "XML-faktura " + no + (peppol ? " (Peppol BIS 3.0)" : " (OIOUBL)"))
                .text("Hej e-faktura\n\nVores certifikat til NemHandel udløb i weekenden, og den nye udbyder er endnu ikke koblet på. "
                    + "Efter aftale med jeres kreditorafdeling sender vi derfor XML-filen direkte med en PDF-visning ved siden af. "
                    + "Kontonummeret er uændret. Når forbindelsen er oppe igen, kan samme faktura dukke op ad den sædvanlige vej - "
                    + "den skal naturligvis kun betales én gang.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "bis3_" : "oioubl_") + no.replace('/', '-') + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, order, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 1, List.of("Ordre " + order, "Format: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a readable PDF, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced properly from the supplier's own domain, each followed by the supplier's next
     * invoice to the new account: the carpenter moves to another bank; the food company is bought by a group and joins its
     * cash pool.
     */
    private void bankChanges() {
        String nyT = bank("9070", "2468031157");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@horsens.dk", "Skift af bank pr. 1. december")
            .text("Til kreditorafdelingen\n\nØstbirk Tømrerforretning flytter sine konti til Sparekassen Kronjylland. Fakturaer, "
                + "vi udsteder fra og med 1. december 2032, skal derfor betales til " + nyT + ". Allerede udstedte fakturaer "
                + "betales til den gamle konto, som vi beholder året ud.\n\nRing gerne til mig på det telefonnummer, I har i "
                + "leverandørkartoteket, og få ændringen bekræftet, før I retter stamdata. Et underskrevet brev er vedhæftet."
                + signature(toemrer))
            .attach("application/pdf", "Bankskift_Oestbirk_Toemrer.pdf", Attachments.pdf(docId(m, "bs"),
                "Meddelelse om bankskift", List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()),
                    "Gælder fakturaer udstedt fra 01.12.2032", "Ny konto: " + nyT, "Claus Bech, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from December (SPF+Ed25519 aligned, no DMARC), "
            + "invites a call-back";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye indvendige døre og lister, Østbirk Børnehave");
        invoice(m, moved, nyT, 12, List.of("Ny bankforbindelse fra 01.12.2032, jf. brev"), "\n\nHusk, at vi er skiftet til "
            + "Sparekassen Kronjylland - det nye kontonummer står på fakturaen og i vores brev.");
        genuine(m, toemrer.ip());
        m.description = "oestbirk-toemrer.dk invoice to its new account after the announced, authenticated bank change";

        String nyM = iban("DK", "53700002211946");
        m = ok("supplier-new-account", false);
        headers(m, "Lund Storkøkken, Økonomi", addr(mad), "kreditor@horsens.dk", "Ændret betalingskonto efter overtagelse")
            .text("Til Horsens Kommune, Kreditor og Ældre\n\nLund Storkøkken A/S blev pr. 1. november en del af Jysk "
                + "Cateringgruppen. Selskabet, CVR-nummeret og aftalen med jer er uændrede, men betalingerne samles fremover på "
                + "koncernens konto. Fra og med decemberfakturaen skal der derfor betales til " + nyM + ".\n\nÆndringen er "
                + "også sendt som brev med direktørens underskrift til jeres Digital Post, og I er velkomne til at ringe til "
                + "vores økonomichef på nummeret i kontrakten.\n\nMed venlig hilsen\nLund Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "listed food company (Ed25519, p=reject, DMARC pass) announces a new payment account after joining a "
            + "group, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM,
            "mad til plejecentre og hjemmeboende ældre, december");
        invoice(m, pooled, nyM, 15, List.of("Ny betalingskonto, jf. vores brev"), "\n\nBemærk den nye betalingskonto, som vi "
            + "skrev om.");
        genuine(m, mad.ip());
        m.description = "lund-storkoekken.dk invoice to its new account after the announced, authenticated change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(havn, skadedyr, natur, guide, tolk, musik, pudser, motion, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 7 + 4, List.of("Aftalt med " + (v % 2 == 0 ? "den kommunale kontaktperson" : "lederen på stedet")),
                v % 3 == 2 ? "\n\nDet er første gang, jeg fakturerer kommunen - sig endelig til, hvis der mangler noget på fakturaen." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved premises but kept its bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Torsted Låseservice", "torsted-laaseservice.dk", "Kim Overgaard", "kim", HOSTER_IP,
            bank("7260", "0002094461"), "omstilling af låsesystem og nye cylindre, Torsted Skole");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 17, List.of("Nøgler udleveret til skolens servicemedarbejder"), "\n\nNøglekortet ligger "
            + "på skolens kontor.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 28, List.of("Ny adresse fra 1. december: Vejlevej 210, 8700 Horsens"), "\n\nVi er flyttet "
            + "til nye lokaler på Vejlevej. Bank og kontonummer er de samme som før.");
        genuine(m, HOSTER_IP);
        m.description = "torsted-elservice.dk invoice announcing a new address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        Object[][] g = {{svensk, "Faktura ", "bifogat finns fakturan för konstgräsplanen och det stötdämpande underlaget på "
            + "Stensballe Idrætsanlæg, som slutbesiktigades i vecka 43. Omvänd betalningsskyldighet gäller.", "SEK 412 600,00",
            "Hej,", "Vänliga hälsningar"},
            {tysk, "Abschlagsrechnung Nr. ", "gemäß Bauvertrag vom 8. Juli 2032 erhalten Sie unsere zweite Abschlagsrechnung für "
                + "die Sanierung der Spundwand am Nordkaj im Hafen Horsens. Steuerschuldnerschaft des Leistungsempfängers.",
                "EUR 96.500,00", "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == svensk) {
                m.wave = 1;
            }
            String no = (s == svensk ? "VK-" : "KK-32-") + (5_100 + rnd.nextInt(700));
            String subject = x[1] + no + " - Horsens Kommune";
            headers(m, s.person(), addr(s), s == svensk ? "kultur@horsens.dk" : "havn@horsens.dk", subject)
                .text(x[4] + "\n\n" + x[2] + "\n\n" + (s == svensk ? "Betalning inom 30 dagar till " : "Zahlbar innerhalb von 30 "
                    + "Tagen auf ") + s.account() + ".\n\n" + x[5] + "\n" + s.name())
                .attach("application/pdf", (s == svensk ? "Faktura_" : "Abschlagsrechnung_") + no + ".pdf", Attachments.pdf(
                    docId(m, "fx"), x[1] + no, List.of(s.name(), "Kund/Kunde: Horsens Kommune, " + RAADHUS + ", Danmark", s.what(),
                        "Att betala/Betrag " + x[3] + " (reverse charge)", "Bank: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), subject));
            m.description = s == svensk ? "Swedish artificial-turf layer from Växjö (history), SE IBAN, reverse charge, p=none"
                : "German quay builder from Kiel, DE IBAN, second instalment invoice, p=quarantine";
        }
        M m = ok("foreign-invoice", true);
        String no = "GA-" + (7_700 + rnd.nextInt(300));
        headers(m, "Galway Acoustics Ltd", addr(irsk), "ejendomsservice@horsens.dk", "Invoice " + no
            + " - acoustic panels, Horsens Musikskole")
            .text("Dear Horsens Kommune,\n\nPlease find attached our invoice for the acoustic wall and ceiling panels fitted in "
                + "the three rehearsal rooms at Horsens Musikskole under purchase order HK-2032-2291, completed on 14 November. "
                + "VAT is reverse charged. Payment is due within 30 days to " + irsk.account() + ", quoting the invoice number."
                + "\n\nKind regards\nSiobhan Keane\nGalway Acoustics Ltd")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "ie"), "Invoice " + no,
                List.of("Galway Acoustics Ltd, Galway, Ireland", irsk.what(), "EUR 22,640.00 excl. VAT, reverse charge",
                    irsk.account())));
        genuine(m, irsk.ip());
        m.description = "Irish acoustics firm, SPF only (aligned pass, no DMARC), IE IBAN, ordered work";
        Past f = past.get(svensk.domain());
        m = ok("payment-reminder", true);
        headers(m, svensk.person(), addr(svensk), "kultur@horsens.dk", "Betalningspåminnelse, faktura " + f.no())
            .text("Hej,\n\nenligt vår reskontra är faktura " + f.no() + " på " + f.amount().gross() + " fortfarande obetald. Vi ber "
                + "er betala till vårt vanliga konto " + svensk.account() + ". Om betalningen redan är gjord kan ni bortse från detta."
                + "\n\nVänliga hälsningar\nVäxjö Konstgräs AB");
        genuine(m, svensk.ip());
        m.description = "Swedish supplier's reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "NM-" + (204_000 + rnd.nextInt(9_000));
        headers(m, "Nmbrs Billing", "billing@nmbrs.com", "loen@horsens.dk", "Your Nmbrs invoice " + no)
            .text("Dear Horsens Kommune,\n\nAttached is the invoice for the payroll module used by your hourly-paid substitute "
                + "pool (November 2032, 140 payslips). In line with your purchase terms it is settled through your EAN number, "
                + "so no transfer is needed.\n\nInvoice: " + no + "\nAmount: DKK 11,200.00 excl. VAT\n\nNmbrs Billing Team")
            .attach("application/pdf", "Nmbrs_" + no + ".pdf", Attachments.pdf(docId(m, "nmbrs"), "Invoice " + no,
                List.of("Customer: Horsens Kommune, EAN " + EAN, "Payroll module, November 2032, 140 payslips",
                    "DKK 11,200.00 excl. VAT", "Settlement: e-invoice (EAN)")));
        genuine(m, "127.179.5.1");
        m.description = "payroll SaaS monthly invoice in English, settled via EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "ZD" + (8_810_000 + rnd.nextInt(90_000));
        headers(m, "Zendesk Billing", "billing@zendesk.com", "it@horsens.dk", "Zendesk invoice " + no)
            .text("Hello,\n\nThank you for using Zendesk. Your invoice for Borgerservice's Suite Professional plan (25 agents, "
                + "annual term from 1 December 2032) is attached. As agreed it has also been delivered to your Peppol endpoint.\n\n"
                + "Zendesk, Inc. - Billing")
            .attach("application/pdf", "Zendesk_" + no + ".pdf", Attachments.pdf(docId(m, "zd"), "Invoice " + no,
                List.of("Horsens Kommune, Borgerservice, EAN " + EAN, "Suite Professional, 25 agents, 12 months",
                    "DKK 96,750.00 excl. VAT", "Payment: Peppol/EAN")));
        genuine(m, "127.179.6.1");
        m.description = "helpdesk SaaS annual invoice in English, Ed25519, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "PF-" + (33_400 + rnd.nextInt(800));
        headers(m, "Paperflow", "faktura@paperflow.com", "oekonomi@horsens.dk", "Faktura " + no + " - bilagsscanning november")
            .text("Hej Økonomi\n\nHer er fakturaen for scanning og tolkning af bilag i november (2.310 bilag). Den er også sendt "
                + "til jeres EAN, og betaling sker som altid derigennem.\n\nMed venlig hilsen\nPaperflow, Bogholderiet")
            .attach("application/pdf", "Paperflow_" + no + ".pdf", Attachments.pdf(docId(m, "pf"), "Faktura " + no,
                List.of("Horsens Kommune, Økonomi, EAN " + EAN, "Bilagsscanning november 2032: 2.310 bilag",
                    "DKK 6.930,00 + moms", "Betaling via EAN")));
        genuine(m, "127.179.7.1");
        m.description = "document-capture SaaS monthly invoice, p=none aligned pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce-" + sha256("sc32:" + m.id).substring(0, 10) + "@signicat.com";
        headers(m, "Bygholm Revision via Signicat", "no-reply@signicat.com", "oekonomi@horsens.dk", "Dokument til underskrift: "
            + "Ledelseserklæring, tilskudsregnskab Horsens Musikskole")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Bygholm Revision har sendt dig "
                + "<b>Ledelseserklæring til revisors erklæring om tilskudsregnskab 2031/32, Horsens Musikskole</b> til "
                + "underskrift.</p><p><a href=\"https://id.signicat.com/sign/" + sha256("scl32:" + m.id).substring(0, 30)
                + "\">Åbn og underskriv med MitID</a></p><p>Har du spørgsmål til dokumentet, så kontakt afsenderen.</p><p style=\""
                + "font-size:10px;color:#888\">Signicat - digital identitet og signering</p></body></html>");
        genuine(m, "127.175.6.1");
        m.description = "real e-signature service sends the auditor's management letter for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"betalingssikkerhed-nyt.dk", "Betalingssikkerhed Nyt", "nyhedsbrev@", "Falske bookingbureauer og bedemænd",
            "Flere kommuner har fået krav om depositum fra 'bookingbureauer' for kunstnere, de aldrig har bestilt, og fakturaer "
                + "fra 'bedemænd' for begravelser, kommunen ikke har rekvireret. Betal kun efter en underskrevet kontrakt eller "
                + "en rekvisition, I selv har udstedt - og ring til det nummer, I kender."},
            {"bygholm-revision.dk", "Bygholm Revision", "nyt@", "Erstatningskrav skal gennem forsikringen",
                "Krav om erstatning for skader på biler og cykler efter huller i vejen skal anmeldes til kommunens forsikring. "
                    + "Et krav om, at kommunen selv betaler direkte til en konto i en mail, er et faresignal - også når der er "
                    + "billeder og en værkstedsregning med."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "b." + sha256("nl32:" + x[0]).substring(0, 14) + "@ubivox.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@horsens.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld?m=" + sha256("u32:" + x[0]).substring(0, 16) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"background:#eef1f4\"><table width=\"600\" align=\"center\" style=\"background:#ffffff;"
                    + "font-family:Trebuchet MS,sans-serif\"><tr><td style=\"padding:22px\"><h1 style=\"font-size:20px\">" + x[3]
                    + "</h1><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs mere</a></p><p style=\"font-size:10px;"
                    + "color:#777\">Du får dette nyhedsbrev, fordi du har tilmeldt dig. Frameld med ét klik.</p></td></tr></table>"
                    + "</body></html>");
            m.signers.add(x[0]);
            m.signers.add("ubivox.com");
            m.ip = "127.177.7.1";
            m.helo = "mta.ubivox.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"kommunale-regnskabsfolk.dk", "Birgitte Holm", "biho@", "Faktura fra bedemand, vi ikke har brugt",
            "Hej alle\n\nVi har fået en faktura på godt 30.000 kr. fra en 'begravelsesforretning' for en begravelse, som "
                + "kommunen efter sigende skulle hæfte for. Ingen hos os har rekvireret den, og firmaet findes ikke i CVR. "
                + "Har andre set noget lignende?\n\nBirgitte"},
            {"oestjysk-indkoebsnetvaerk.dk", "Anders Kjær", "ankj@", "SV: Faktura fra bedemand, vi ikke har brugt", "Ja, vi fik "
                + "en i oktober. Vi betaler kun begravelser mod vores egen rekvisition og tjekker altid mod Borgerservice.\n\n"
                + "Anders"},
            {"kommunale-regnskabsfolk.dk", "Lene Thygesen", "leth@", "Depositum til kunstner via nyt bookingbureau", "Hej\n\nNår "
                + "kulturafdelingen booker kunstnere, så vær opmærksom på mails om 'ændret klientkonto' eller depositum, der "
                + "skal betales samme dag. Vi var tæt på at betale 90.000 kr. til en konto i Litauen.\n\nLene"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorforum-midt.dk", x[3])
                .header("List-Id", "Kreditorforum Midt <liste.kreditorforum-midt.dk>")
                .header("List-Post", "<mailto:liste@kreditorforum-midt.dk>")
                .text(x[4]);
            String list = "kreditorforum-midt.dk";
            listPost(m, x[0], list, "[Kreditorforum Midt] ",
                "\r\n-- \r\nKreditorforum Midt - faglig liste for kreditor- og regnskabsmedarbejdere i kommuner i "
                + "Midtjylland\r\nAfmelding og arkiv: https://kreditorforum-midt.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 22, List.of(), "");
        m.mailFrom = "SRS0=Kp7r=ZD=horsens-lokalnyt.dk=annoncer@srs.fjordnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.178.1.1";
        m.helo = "srs.fjordnet.dk";
        m.description = "horsens-lokalnyt.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 31, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 36, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        invoice(m, kloak, kloak.account(), 25, List.of(), "");
        relayedBy(m, RELAY, "SPF only through its hoster, no DMARC: softfail, nothing aligned");
        m = ok("forwarded", true);
        String no = invoiceNo(bus);
        Amount a = amount(380_000);
        Mime orig = original(m, "inner32:", 1, 2, 37, bus, "Tine Søgaard <tiso@horsens.dk>",
            "Faktura " + no + " - tur til Fængslet med 7.a");
        orig.text("Hej Tine\n\nHer er fakturaen for bussen til Fængslet med 7.a i fredags.\n\nKørselskontoret\nEgebjerg Busser");
        orig.attach("application/pdf", pdfName(no, 3), pdfInvoice(m, bus, "Faktura", no, a, bus.account(), 3, List.of()));
        headers(m, "Tine Søgaard", "tiso@" + OWN, "kreditor@horsens.dk", "VS: Faktura " + no + " - tur til Fængslet med 7.a")
            .text("Hej kreditor\n\nBusselskabet har sendt regningen til mig i stedet for til EAN. Turen er kørt, og jeg godkender "
                + "den - konto Egebjergskolen, ekskursioner. Den oprindelige mail er vedhæftet.\n\nTine Søgaard\nEgebjergskolen")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a teacher forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    /** The supplier's mail went to an old address at a local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.bygholm-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorafdelingen", "kreditor@", "ledere@horsens.dk", "Begravelser og kunstnere: kun mod rekvisition "
            + "og kontrakt", "Kære ledere\n\nFakturaer for begravelser betales kun, når Borgerservice har udstedt en rekvisition, "
                + "og honorarer til kunstnere kun efter en underskrevet kontrakt. Kommer der krav om depositum eller en ny konto, "
                + "så send mailen til os i stedet for at betale.\n\nKreditorafdelingen"},
            {"Mette Riis", "meri@", "kreditor@horsens.dk", "Lund Storkøkken - ny konto bekræftet", "Hej\n\nJeg har ringet til "
                + "Lund Storkøkkens økonomichef på nummeret i kontrakten. Overtagelsen og den nye betalingskonto er bekræftet, og "
                + "brevet ligger også i Digital Post. Stamdata er opdateret.\n\nMette\nÆldre og Sundhed"},
            {"IT-sikkerhed", "it-sikkerhed@", "alle@horsens.dk", "Pas på falske NemHandel-beskeder", "Der cirkulerer mails om, "
                + "at kommunens NemHandel-opsætning skal 'valideres' via et link. NemHandel sender ikke den slags. Klik ikke, "
                + "og videresend mailen til os."},
            {"Kasper Bundgaard", "kabu@", "kreditor@horsens.dk", "Udlæg: reservedele til færgens redningsflåde", "Hej\n\nVedhæftet "
                + "er bonen for en ny udløserenhed til redningsflåden på Endelavefærgen. Kan det komme med i næste udbetaling af "
                + "udlæg?\n\nKasper\nEndelavefærgen"},
            {"Vej og Park", "vejogpark@", "kreditor@horsens.dk", "Erstatningskrav om vejskader", "Hej kreditor\n\nAlle krav om "
                + "erstatning for skader efter huller i vejen går til Jysk Erhvervsforsikring via skadeportalen. Vi betaler "
                + "aldrig erstatning direkte fra Vej og Park. Kommer der et krav med kontonummer, så send det til os.\n\n"
                + "Vej og Park"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "bon_faergen.jpg", Attachments.image(docId(m, "bon"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Horsens Sparekasse, Erhverv", "erhverv@horsens-sparekasse.dk", "oekonomi@horsens.dk",
            "Betalingsfil modtaget og godkendt")
            .text("Kære kunde\n\nVi har modtaget og godkendt jeres betalingsfil med 187 betalinger. De gennemføres på de valgte "
                + "datoer, og status kan følges i netbanken under 'Filer'.\n\nVi sender aldrig links til log-on og beder aldrig om "
                + "godkendelse med MitID pr. mail.\n\nHorsens Sparekasse, Erhverv");
        genuine(m, "127.177.1.1");
        m.description = "the real bank's payment-file receipt: no link, refers to the netbank";
        m = ok("bank-notice", false);
        headers(m, "Horsens Sparekasse, Erhverv", "erhverv@horsens-sparekasse.dk", "oekonomi@horsens.dk",
            "Ændrede cut-off-tider i julen")
            .text("Kære kunde\n\nI dagene mellem jul og nytår rykkes cut-off for samme-dags-overførsler til kl. 12. Oversigten "
                + "ligger i netbanken under 'Meddelelser'.\n\nHorsens Sparekasse");
        genuine(m, "127.177.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Østjysk Andelsbank", "erhvervsservice@oestjysk-andelsbank.dk", "oekonomi@horsens.dk",
            "Nye vilkår for erhvervskonti")
            .text("Vilkårene for erhvervskonti opdateres pr. 1. februar 2033. De kan læses i netbanken. Du behøver ikke gøre "
                + "noget.\n\nDenne e-mail kan ikke besvares.");
        genuine(m, "127.177.2.1");
        m.description = "bank notice about terms, Ed25519, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Bygholm Revision", "revision@bygholm-revision.dk", "kreditor@horsens.dk", "Anmodning om saldobekræftelse - "
            + entrep.name())
            .text("Til Horsens Kommune\n\nSom revisor for " + entrep.name() + " beder vi om en bekræftelse af kommunens "
                + "mellemværende med selskabet pr. 30. november 2032. Selskabets fuldmagt er vedhæftet.\n\nSvar venligst direkte "
                + "til os - også hvis der intet mellemværende er. Vi beder hverken om betaling eller om bankoplysninger.\n\n"
                + "Med venlig hilsen\nBygholm Revision")
            .attach("application/pdf", "Fuldmagt_saldobekraeftelse.pdf", Attachments.pdf(docId(m, "sb"), "Saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Opgørelsesdato 30.11.2032", "Svar til revisor")));
        genuine(m, "127.175.5.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Hansted Efterskole, Administration", "administration@hansted-efterskole.dk", "oekonomi@horsens.dk",
            "Indbetaling - leje af Forum Horsens' mødesal")
            .text("Hej\n\nVi har i dag overført 9.600,00 kr. for leje af mødesalen til forældremødet (jeres faktura 5504219).\n\n"
                + "Venlig hilsen\nHansted Efterskole");
        genuine(m, "127.175.7.1");
        m.description = "remittance advice: a boarding school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Østjysk Brand & Redning I/S, Debitor", "debitor@oestjysk-brand.dk", "oekonomi@horsens.dk",
            "Betalingsspecifikation")
            .text("Til Horsens Kommune\n\nSpecifikationen af dagens betaling fra Østjysk Brand & Redning er vedhæftet.\n\n"
                + "Østjysk Brand & Redning")
            .attach("text/csv", "betaling.csv", ("fakturanr;tekst;beloeb\r\n5504231;Leje af øvelsesareal, Hovedgård;12800,00\r\n"
                + "5504232;Vintervedligehold brandvej Stensballe;4350,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.175.11.1");
        m.description = "the fire service pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"horsens-jernhandel.dk", "Horsens Jernhandel", "kvittering@", "Kvittering for dit køb",
            "Snekæder, 3 sæt, og 40 sække grus til Materielgården: 6.215,00 kr. Betalt med kommunens indkøbskort."},
            {"fjordboghandlen.dk", "Fjordboghandlen", "webshop@", "Din ordre 31544 er sendt", "30 stk. 'Fjorden og fængslet' "
                + "til 8. årgang på Stensballeskolen, 5.370,00 kr. Betalt ved bestillingen."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@horsens.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Fjordbyens Legeplads", "ordre@fjordbyens-legeplads.dk", "indkoeb@horsens.dk", "Ordrebekræftelse 32-1187")
            .text("Tak for bestillingen af et klatrestativ med rutsjebane og gummifaldunderlag til Børnehuset Kløverbo i "
                + "Hovedgård. Montering er planlagt til uge 10. Fakturaen sendes via NemHandel til EAN " + EAN + ".\n\n"
                + "Fjordbyens Legeplads");
        genuine(m, "127.175.8.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, havn.person(), addr(havn), "havn@horsens.dk", "Tilbud på ny flydebro, Endelave Havn")
            .text("Hej\n\nHer er mit tilbud på en ny flydebro på 24 meter med landgang og fire fortøjningsbøjler, inkl. "
                + "fjernelse af den gamle: 146.500 kr. ekskl. moms. Tilbuddet gælder til 1. marts." + signature(havn))
            .attach("application/pdf", "Tilbud_flydebro_Endelave.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Flydebro 24 m, Endelave Havn", "146.500,00 ekskl. moms", "Gyldigt til 01.03.2033")));
        genuine(m, havn.ip());
        m.description = "quote from an unlisted harbour service, nothing to pay";
        m = ok("quote", false);
        headers(m, natur.person(), addr(natur), "vejogpark@horsens.dk", "Overslag: pleje af engen ved Nim Sø 2033")
            .text("Hej\n\nSlåning to gange, opsamling af hø og efterså af hegnet: ca. 5 dages arbejde, 41.200 kr. + moms inkl. "
                + "bortkørsel. Jeg kan tage første slåning i juni." + signature(natur));
        genuine(m, natur.ip());
        m.description = "quote in the body from an unlisted nature-care firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skole@horsens.dk", "Glatføre: ændrede afgangstider")
            .text("Hej\n\nVed varslet glatføre kører specialbusserne fra Egebjerg 20 minutter tidligere om morgenen, så eleverne "
                + "når frem til første time. Prisen er uændret.\n\nKørselskontoret\nEgebjerg Busser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomsservice@horsens.dk", "Varsel om afbrydelse af fjernvarmen i Brædstrup")
            .text("Kære kunde\n\nOnsdag kl. 8-13 afbryder vi fjernvarmen på dele af Søndergade og Vestergade i Brædstrup, fordi "
                + "en hovedventil skal skiftes. Skolen og plejecentret er orienteret direkte.\n\nBrædstrup Varmeværk");
        genuine(m, varme.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "3250058813390247"), iban("DK", "89900004418325"), bank("8990", "0004471123"),
        iban("EE", "2200221077719384"), iban("PL", "109010140000071244556677"), iban("GB", "MONZ04000399123344"),
        iban("IE", "REVO99036077345521"), iban("NL", "BUNQ2085541290"), iban("DE", "100110012638815540"),
        iban("HU", "117730160000000044556677"), iban("RO", "BTRL0000999977123456"), iban("BG", "STSA93000027441199"),
        iban("CY", "002001280000001200884455"), bank("9860", "0000628841"), iban("MT", "VALL22013000000040099887766"),
        iban("SE", "60000000000912837465"), iban("LT", "3250077441028835"), iban("DK", "98600002284417"),
        iban("NO", "86011162847"), iban("LT", "7044060008812250")};

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
        correctedResends();
        ownDomain();
        ceo();
        payroll();
        bodyOnly();
        fakeInkasso();
        fakeAuthorities();
        fakeNemHandel();
        callbacks();
        qrCodes();
        english();
        imageOnly();
        archives();
        macros();
        svgHtml();
        xmlChanged();
        fakeSignatures();
        artistDeposits();
        funeralClaims();
        roadDamageDemands();
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, byg, kontor, maler};
        String[] notes = {"\n\nVIGTIGT: Vi har skiftet pengeinstitut. Betal fremover kun til kontoen på denne faktura.",
            "\n\nVores konto i Jyske Bank er lukket ned, så ret venligst kontonummeret i jeres system.", "",
            "\n\nObs. ny bankforbindelse gældende fra denne faktura.", "\n\nJeg har fået ny bank - pengene skal ind på den nye konto."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 3 + 1), i + 6, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == byg) {
                m.mime.header("Reply-To", "<proff@hovedgaardtoemmerhandel.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " (DMARC " + dns.get(who[i].domain()).dmarc() + ") from a fraudster's "
                + "machine, changed account" + (who[i] == byg ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"braedstrup-varmevaerk.net", varme}, {"hovedgaard-anleg.dk", entrep}, {"hovedgaardtoemmerhandel.dk", byg},
            {"torsted-el-service.dk", el}, {"stensballe-rengoring.dk", rengoer}, {"nim-vvs-blik.dk", vvs}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 4), i * 4 + 2, List.of(), i % 2 == 0
                ? "\n\nBemærk venligst, at vores bankoplysninger er ændret." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("hovedgaard-t\u043eemmerhandel.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(9), 19, List.of("Ændret konto pr. 1. december"), "\n\nBenyt venligst den "
            + "nye konto fra nu af.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as hovedgaard-toemmerhandel.dk, invoice with new account, authenticates";
        d = idn("horsens-k\u043emmune.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Endelavefærgen, Driftsleder", "faergen@" + d, "kreditor@horsens.dk", "Akut: betaling til værftet i dag")
            .text("Hej kreditor\n\nFærgen ligger på værft i Esbjerg, og værftet frigiver den først, når reparationen af "
                + "propelakslen er betalt: 187.250 kr. til " + mule(12) + ". Øboerne står uden færge, så det skal ske i dag. "
                + "Fakturaen sender jeg, så snart jeg er i land.\n\nHilsen\nDriftslederen, Endelavefærgen");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our own ferry service: same-day shipyard payment";
    }

    private void platformFrauds() {
        M m = bad("lookalike-platform");
        headers(m, kloak.name(), "invoicing@squareup-horsens.com", "vejogpark@horsens.dk", "Påmindelse: faktura fra "
            + kloak.name() + " er forfalden")
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px\"><p style=\"font-size:12px;color:#6b6b6b\">"
                + kloak.name() + "</p><p style=\"font-size:28px\">21.437,50 kr.</p><p>Forfalden. Betal inden 48 timer for at "
                + "undgå rykkergebyr og overdragelse til inkasso.</p><p><a href=\"https://squareup-horsens.com/pay/"
                + sha256(m.id).substring(0, 20) + "\">Betal faktura</a></p><p style=\"font-size:11px;color:#999\">Sendt med Square"
                + "</p></body></html>");
        ownedBy(m, "squareup-horsens.com");
        m.description = "look-alike platform squareup-horsens.com: 'overdue' card-payment link in listed gedved-kloak.dk's name";
        m = bad("lookalike-platform");
        headers(m, natur.person() + " via Wise", "requests@wise-braedstrup.net", "vejogpark@horsens.dk", natur.person()
            + " har opdateret sine betalingsoplysninger")
            .text("Hej\n\n" + natur.person() + " (" + natur.name() + ") har bedt om betaling af 14.300,00 DKK for slåning ved Nim "
                + "Sø.\n\nModtagerens kontooplysninger er opdateret. Brug venligst: " + mule(4) + ".\n\nForfald: " + isoDay(m, 4)
                + "\n\n-- \nWise Payments Ltd.");
        ownedBy(m, "wise-braedstrup.net");
        m.description = "look-alike platform wise-braedstrup.net in an unlisted nature-care firm's name, PL IBAN";
        m = bad("lookalike-platform");
        String no = "TW" + (40_100 + rnd.nextInt(2_000));
        headers(m, it.name() + " (via Twinfield)", "noreply@twinfield-gedved.com", "skole@horsens.dk", "Faktura " + no + " fra "
            + it.name() + " - nye betalingsoplysninger")
            .text("Kære Horsens Kommune\n\nVedhæftet er faktura " + no + " fra " + it.name() + ".\n\nBeløb: DKK 73.125,00\n"
                + "Forfaldsdato: " + isoDay(m, 6) + "\n\nBemærk: " + it.name() + " har skiftet bank. Betal til " + mule(14)
                + ".\n\nDenne e-mail er sendt automatisk fra Twinfield.")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, it.posing("twinfield-gedved.com", mule(14)), "Faktura",
                no, new Amount(5_850_000, kr(5_850_000), kr(1_462_500), kr(7_312_500)), mule(14), 2, List.of("Ny bank")));
        ownedBy(m, "twinfield-gedved.com");
        m.description = "look-alike platform twinfield-gedved.com in listed horsens-itdrift.dk's name, MT IBAN";
        m = bad("platform-account-misused");
        no = "TW" + (40_100 + rnd.nextInt(2_000));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 12) + "@twinfield.com";
        headers(m, "Dansk Offentligt Leverandørregister (via Twinfield)", "noreply@twinfield.com", "indkoeb@horsens.dk", "Faktura "
            + no + " fra Dansk Offentligt Leverandørregister")
            .header("Reply-To", "<leverandoerregister@outlook.com>")
            .text("Kære Horsens Kommune\n\nVedhæftet er faktura " + no + " for jeres optagelse i Dansk Offentligt "
                + "Leverandørregister 2033 (profil, logo og udbudsadvisering, 12 måneder).\n\nBeløb: DKK 24.950,00\n"
                + "Forfaldsdato: " + isoDay(m, 8) + "\nKonto: " + mule(11) + "\n\nDenne e-mail er sendt automatisk fra Twinfield.")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "pam"), "Faktura " + no,
                List.of("Dansk Offentligt Leverandørregister", "Optagelse 2033, 12 mdr.", "DKK 24.950,00 inkl. moms",
                    "Konto " + mule(11))));
        genuine(m, "127.176.2.1");
        m.description = "real platform twinfield.com used by an unknown register for a listing never ordered, outlook Reply-To, "
            + "BG IBAN";
        m = bad("platform-account-misused");
        no = String.format("%06d", 1_000 + rnd.nextInt(90_000));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 12) + "@squareup.com";
        headers(m, rengoer.name(), "invoicing@squareup.com", "kreditor@horsens.dk", "Faktura #" + no + " fra " + rengoer.name())
            .header("Reply-To", "<stensballe.rengoering@gmail.com>")
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px\"><p style=\"font-size:12px;"
                + "color:#6b6b6b\">" + rengoer.name() + "</p><p>Faktura #" + no + " for rengøring i november. Da vi er gået over "
                + "til Square, er vores bankkonto også ny: bankoverførsel til " + mule(17) + ".</p><p style=\"font-size:11px;"
                + "color:#999\">Sendt med Square Fakturaer</p></body></html>")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(17)), "Faktura",
                no, amount(2_000_000), mule(17), 3, List.of("Ny bankforbindelse")));
        genuine(m, "127.176.1.1");
        m.description = "real platform squareup.com in listed stensballe-rengoering.dk's name, new DK account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Vores bank gennemfører et hvidvaskeftersyn, og vores sædvanlige konto er derfor låst et par uger. "
            + "I mellemtiden bedes I betale til "},
            {bus, "I forbindelse med at min søn har overtaget firmaet, er alle konti flyttet. Betal derfor fremover til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 15), i + 8, List.of("Ændret betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 15)
                + ". Jeg er på messe resten af ugen og svarer hurtigst på mail.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = entrep;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@horsens.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nJeg glemte at skrive, at vi er skiftet til en ny bank i november. De " + p.amount().gross()
                + " kr. for fakturaen herunder skal derfor overføres til " + mule(0) + ". Den gamle konto lukkes ved månedens "
                + "udgang.\n\n" + s.person() + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of hovedgaard-anlaeg.dk replies in its own wave-1 thread (DMARC pass), LT account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "gedved-kloak.net"}, {mad, "lund-storkokken.com"}, {toemrer, "oestbirk-tomrer.dk"},
            {bus, "egebjerg-bus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@horsens.dk", (i % 2 == 0 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nAngående faktura " + p.no() + " på " + p.amount().gross() + " kr.: vores bank har desværre spærret "
                    + "den konto, der står på fakturaen, så beløbet skal i stedet sendes til " + mule(i + 5) + ". Send mig lige en "
                    + "kvittering, når det er ændret.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + s.person()
                    + "\nEmne: " + p.subject() + "\n\n> " + GREETING[i + 1] + "\n> Faktura " + p.no() + " er vedhæftet.");
            if (i == 1) {
                mime.attach("application/pdf", pdfName(p.no(), 6), pdfInvoice(m, s.posing(d, mule(i + 5)), "Faktura", p.no(),
                    p.amount(), mule(i + 5), 3, List.of("Opdateret kontonummer")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account"
                + (s == toemrer ? " (the real firm did change bank: this is a third account)" : "")
                + (s == mad ? " (the real firm did change its account: this is another one)" : "");
        }
    }

    /** A "corrected" invoice that replaces an earlier real one, with only the account changed. */
    private void correctedResends() {
        Past p = past.get(bus.domain());
        M m = bad("corrected-invoice-resend");
        headers(m, bus.person(), "koersel@egebjerg-busser.net", "kreditor@horsens.dk", "KORRIGERET faktura " + p.no()
            + " - erstatter tidligere fremsendte")
            .text("Hej\n\nDer var desværre fejl i bankoplysningerne på faktura " + p.no() + ", som vi sendte for nylig. Vedhæftet er "
                + "den korrigerede udgave - beløbet " + p.amount().gross() + " kr. er uændret, men betalingen skal ske til kontoen "
                + "på den nye faktura. Slet venligst den gamle.\n\nKørselskontoret\nEgebjerg Busser")
            .attach("application/pdf", "KORRIGERET_" + pdfName(p.no(), 0), pdfInvoice(m, bus.posing("egebjerg-busser.net", mule(7)),
                "Korrigeret faktura", p.no(), p.amount(), mule(7), 3, List.of("Erstatter tidligere fremsendt faktura " + p.no())));
        ownedBy(m, "egebjerg-busser.net");
        m.description = "'corrected' copy of egebjerg-busser.dk's real wave-1 invoice from look-alike egebjerg-busser.net, NL IBAN";
        p = past.get(it.domain());
        m = bad("corrected-invoice-resend");
        headers(m, "Fakturering, Horsens IT-Drift", addr(it), "skole@horsens.dk", "Rettet faktura " + p.no())
            .text("Til Horsens Kommune\n\nVores faktureringssystem har sat en forkert konto på faktura " + p.no() + ". Den rettede "
                + "faktura er vedhæftet og erstatter den første. Betal venligst " + p.amount().gross() + " kr. til " + mule(3)
                + ".\n\nFakturering, Horsens IT-Drift")
            .attach("application/pdf", "Rettet_" + pdfName(p.no(), 3), pdfInvoice(m, it.posing(it.domain(), mule(3)), "Rettet faktura",
                p.no(), p.amount(), mule(3), 2, List.of("Erstatter faktura " + p.no())));
        forged(m, forgedHost++);
        m.description = "forged From horsens-itdrift.dk (DKIM only, p=reject) from a fraudster's host: 'corrected' copy of its "
            + "real wave-1 invoice, EE IBAN";
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Anne Mørk, borgmester", "borgmester@" + OWN, "oekonomi@horsens.dk", "Fortroligt - venskabsbyrejse")
            .text("Hej\n\nJeg deltager i delegationsrejsen til vores venskabsby, og rejsebureauet skal have kommunens andel i dag: "
                + "52.300 kr. til " + mule(2) + ". Hold det for dig selv, indtil programmet er offentliggjort - bilagene kommer "
                + "bagefter.\n\nAnne");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Ejendomsservice", "ejendomsservice@" + OWN, "kreditor@horsens.dk", "Ret kontonr. for Hovedgård Tømmerhandel")
            .text("Hej\n\nHovedgård Tømmerhandel har ringet: det kontonummer, der ligger i vores stamdata, er ikke længere "
                + "gældende. Det nye er " + mule(10) + ". Kan I nå at rette det før dagens betalingsløb? Jeg er ude på "
                + "byggepladser resten af dagen.\n\nEjendomsservice");
        forged(m, forgedHost++);
        m.description = "our property service's mailbox forged from outside: 'correct the timber merchant's account', mule";
    }

    private void ceo() {
        Object[][] c = {{"Anne Mørk", "anne.moerk.borgmester@gmail.com", GMAIL, "Har du to minutter?",
            "Hej\n\nJeg sidder i byrådssalen og kan ikke tale i telefon. Der er en betaling, som skal ud inden kl. 14, og jeg har "
                + "brug for din hjælp. Svar her, så sender jeg detaljerne.\n\nAnne"},
            {"Søren Bjerre", "soeren.bjerre.kommunaldirektoer@outlook.com", MSFT, "Hurtig tjeneste",
                "Hej\n\nVi vil gerne overraske medarbejderne i Borgerservice til jul. Køb 12 gavekort à 400 kr., skrap koderne fri "
                    + "og send dem til mig her. Du får udlægget refunderet i morgen.\n\nSøren\nKommunaldirektør"},
            {"Helle Brink", "helle.brink.oekonomidirektoer@icloud.com", APPLE, "Fortroligt: opkøb af grund ved havnen", "Hej\n\nVi "
                + "har fået accept på købet af grunden ved Nordkajen. Sælgers advokat skal have depositum på 240.000 kr. i dag til "
                + mule(8) + ". Byrådet orienteres i lukket punkt, så tal ikke med andre om det endnu.\n\nHelle"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@horsens.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Louise Kragh Jensen", "louisekraghjensen91@gmail.com", "loen@horsens.dk", "Ny konto til min løn")
            .text("Hej Løn\n\nJeg er social- og sundhedshjælper i hjemmeplejen i Brædstrup og har skiftet bank. Vil I sætte "
                + "decemberlønnen ind på " + bank("8990", "0006650218") + "? Jeg kan ikke komme ind på medarbejderportalen.\n\n"
                + "Mvh\nLouise");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Mathias Skov", "mathias.skov.horsens@hotmail.com", "loen@horsens.dk", "Løn og feriepenge til udenlandsk konto")
            .text("Hej\n\nJeg er vikar på Lundskolen og flytter til Bergen efter nytår. Min danske konto lukker, så løn og "
                + "feriepenge skal fremover sendes til " + mule(18) + ". Jeg har ikke adgang til MitID derovre, så derfor "
                + "skriver jeg.\n\nMathias");
        genuine(m, MSFT);
        m.description = "a 'substitute teacher' on hotmail (authenticates) wants his salary to a Norwegian account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "henrik@soevindmaler.dk", "kreditor@horsens.dk", "nyt kontonr")
            .text("Hej\n\nBare lige en hurtig besked: jeg har nyt kontonummer, " + mule(13) + ". Brug det fremover, også til den "
                + "regning, der ikke er betalt endnu.\n\nMvh Henrik\nSøvind Malerfirma");
        ownedBy(m, "soevindmaler.dk");
        m.description = "no attachment: look-alike of soevind-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Hatting Vognmand <lars@hatting-vognmand.dk>", "hatting.vognmand@outlook.com", "kreditor@horsens.dk",
            "Ændring af bankoplysninger")
            .text("Kære kunde\n\nVi er ved at flytte mailsystem og skriver derfor fra denne adresse et par dage. Samtidig er vores "
                + "konto ændret til " + mule(16) + " med virkning fra i dag.\n\nHatting Vognmandsforretning");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is outlook: new account in the body";
        m = bad("bank-change-body-only");
        headers(m, natur.person(), "ida@nim-naturpleje.com", "vejogpark@horsens.dk", "Ny konto til betaling")
            .text("Hej\n\nMin konto i Sparekassen er opsagt. Vil I betale fakturaen for slåningen ved Nim Sø til " + mule(19)
                + " i stedet?\n\nIda Krogh\nNim Naturpleje");
        ownedBy(m, "nim-naturpleje.com");
        m.description = "look-alike of the unlisted nim-naturpleje.dk asks to pay its invoice to a new account";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "HI-" + (410_000 + rnd.nextInt(80_000));
            headers(m, "Horsens Inkasso", "sager@horsens-inkasso.com", "kreditor@horsens.dk", "Inkassovarsel - sag " + sag
                + " - frist 3 dage")
                .text("Horsens Kommune\n\n" + s[i].name() + " har overdraget os faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. til inddrivelse. Med inkassoomkostninger på 2.140 kr. skal det samlede beløb være indbetalt på "
                    + mule(i + 11) + " inden 3 hverdage. Ellers indleveres sagen til fogedretten, og kommunen pålægges "
                    + "yderligere omkostninger.\n\nHorsens Inkasso, Sagsbehandlingen")
                .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "hi"), "Inkassovarsel",
                    List.of("Kreditor: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(),
                        "Omkostninger 2.140,00", "Konto " + mule(i + 11))));
            ownedBy(m, "horsens-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-erhverv-horsens.com", "Digital Post", "besked@", "Ny besked fra Skattestyrelsen om momsangivelse",
            "Horsens Kommune har modtaget en meddelelse om en fejl i momsangivelsen for 3. kvartal. Beskeden skal åbnes med "
                + "MitID Erhverv inden 48 timer.", "fake-digital-post"},
            {"mitid-erhverv-horsens.com", "MitID Erhverv", "administration@", "Organisationens MitID Erhverv skal genbekræftes",
                "Som led i en sikkerhedsopdatering skal alle organisationer genbekræfte deres brugeradministratorer. Gøres det "
                    + "ikke inden fredag, spærres adgangen til Virk, NemRefusion og Digital Post.", "fake-digital-post"},
            {"digitalpost-braedstrup.com", "Digital Post Erhverv", "noreply@", "Ulæst brev fra Udbetaling Danmark",
                "Der ligger et ulæst brev om tilbagebetaling af for meget modtaget refusion. Åbn brevet, før beløbet modregnes i "
                    + "kommunens næste udbetaling.", "fake-digital-post"},
            {"horsens-domaeneservice.net", "Nordisk Domæneservice", "fornyelse@", "horsens.dk skal fornyes inden 5 dage",
                "Registreringen af horsens.dk udløber om 5 dage. Fornyes den ikke, lukker kommunens hjemmeside og e-mail.",
                "domain-directory-scam"},
            {"gedved-firmaregister.org", "Dansk Firmaregister", "opdatering@", "Kontroller kommunens oplysninger i Dansk Firmaregister",
                "Gennemse de forudfyldte oplysninger, og send formularen retur med underskrift. Grundregistrering er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@horsens.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 20);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log ind med "
                    + "MitID Erhverv</a></p><p style=\"font-size:10px;color:#777\">Denne besked er sendt automatisk.</p></body></html>");
            } else if (x[0].startsWith("horsens-domaene")) {
                mime.text(x[4] + "\n\nFornyelse 3 år: 6.890,00 kr. til " + mule(5) + ", eller betal med kort her: " + link
                        + "\n\nNordisk Domæneservice")
                    .attach("application/pdf", "Fornyelse_horsens.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domænenavn",
                        List.of("Domæne: horsens.dk", "Periode: 3 år", "6.890,00", "Konto " + mule(5))));
            } else {
                mime.text(x[4] + "\n\nDansk Firmaregister")
                    .attach("application/pdf", "Formular_Horsens_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Opdateringsformular",
                        List.of("Horsens Kommune, " + RAADHUS, "Underskrift:", "Ved underskrift bestilles en premiumprofil i 3 år "
                            + "à 1.190 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void fakeNemHandel() {
        M m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Driftsinformation", "drift@nemhandel-horsens.com", "efaktura@horsens.dk", "Jeres EAN-registrering "
            + "skal valideres")
            .html("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\"><p>Kære modtager af e-fakturaer</p><p>Efter "
                + "overgangen til den nye NemHandel-infrastruktur skal alle EAN-lokationsnumre valideres. EAN " + EAN + " er "
                + "endnu ikke valideret og vil blive deaktiveret om 3 dage.</p><p><a href=\"https://nemhandel-horsens.com/valider/"
                + sha256(m.id).substring(0, 18) + "\">Valider EAN-nummer</a></p></body></html>");
        ownedBy(m, "nemhandel-horsens.com");
        m.description = "fake NemHandel notice: validate the EAN number via a login link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-horsens.com", "kreditor@horsens.dk", "3 fakturaer er afvist i "
            + "NemHandel")
            .text("Hej\n\nTre fakturaer til Horsens Kommune er afvist af NemHandel på grund af fejl i modtagerprofilen. "
                + "Afsenderne har derfor bedt os formidle betalingen. Det samlede beløb, 38.412,50 kr., kan betales til "
                + mule(6) + ", eller I kan se fakturaerne her: https://nemhandel-horsens.com/afviste/" + sha256(m.id).substring(0, 16)
                + "\n\nNemHandel Support");
        ownedBy(m, "nemhandel-horsens.com");
        m.description = "fake NemHandel 'rejected invoices' notice offering to collect their payment to a mule account";
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@hatting-ordrecenter.com", "indkoeb@horsens.dk", "Ordrebekræftelse 88120: 8 x tablet")
            .text("Tak for din bestilling. 8 x tablet 13\" med tastatur og cover, i alt 121.440,00 kr., faktureres ved "
                + "afsendelse i morgen tidlig.\n\nHar du ikke bestilt varerne? Ring hurtigst muligt på +45 75 99 13 62 for at "
                + "annullere.\n\nOrdrecenter");
        ownedBy(m, "hatting-ordrecenter.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Norton fornyelse", "ordre@hatting-ordrecenter.com", "it@horsens.dk", "Dit abonnement er fornyet")
            .text("Jeres abonnement på Norton 360 for virksomheder (60 enheder) er fornyet automatisk for 12 måneder: 8.640 kr. "
                + "Ønsker I at opsige, skal I ringe til +45 75 99 13 62 inden 24 timer.")
            .attach("application/pdf", "Kvittering_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("Norton 360, 60 enheder, 12 mdr.", "8.640,00 kr.", "Opsigelse: +45 75 99 13 62")));
        ownedBy(m, "hatting-ordrecenter.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilepay-stensballe.net", "MobilePay Erhverv", "service@", "Jeres aftale skal genaktiveres",
            "Kommunens MobilePay-aftale til betaling af svømmehal og bibliotek er sat på pause. Indbetalinger på 8.945,00 kr. "
                + "afventer."},
            {"parkering-horsens.com", "Parkeringskontrol Horsens", "afgift@", "Kontrolafgift - køretøj DK 44 918",
                "Et køretøj fra kommunens bilpark er registreret uden gyldig parkering ved Banegårdspladsen. Afgiften er 860 kr."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@horsens.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan QR-koden med din mobil for at gå videre.</p><p><img src=\"cid:qr\" "
                    + "width=\"200\" height=\"200\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "qr_kode.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay or confirm, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Endelave Marine Consult", "billing@endelave-marine-consult.com", "havn@horsens.dk",
            "Invoice EMC-3318 - hydrographic survey, Horsens harbour entrance")
            .text("Dear Sir or Madam,\n\nPlease find enclosed our invoice for the multibeam survey of the harbour entrance and "
                + "the fairway towards Endelave, carried out as agreed with your harbour master. EUR 11,420.00 is due within 7 "
                + "days to " + mule(5) + ".\n\nBest regards\nEndelave Marine Consult")
            .attach("application/pdf", "EMC-3318.pdf", Attachments.pdf(docId(m, "en"), "Invoice EMC-3318",
                List.of("Client: Horsens Municipality", "Multibeam survey, harbour entrance and fairway", "EUR 11,420.00",
                    "Bank: " + mule(5))));
        ownedBy(m, "endelave-marine-consult.com");
        m.description = "English invoice for a survey never ordered, GB IBAN";
        m = bad("english-international");
        headers(m, "Endelave Marine Consult - Finance", "finance@endelave-marine-consult.com", "oekonomi@horsens.dk",
            "New remittance details")
            .text("Dear customer,\n\nWe have moved our banking. Please update your supplier file and remit all outstanding "
                + "amounts to " + mule(14) + " with immediate effect. A brief confirmation would be much appreciated.\n\n"
                + "Finance Department");
        ownedBy(m, "endelave-marine-consult.com");
        m.description = "English 'new remittance details', MT IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "soevind-malerfirma.dk"}, {vognmand, "hatting-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@horsens.dk", i == 0 ? "Faktura (billede)" : "Scannet faktura")
                .text("Hej\n\nFakturaen kommer som " + (i == 0 ? "billede" : "scanning") + ", fordi vores program driller. Vær "
                    + "opmærksom på, at vi har fået nyt kontonummer.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "20321203_101544.jpg" : "SKM_C250_faktura.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "stensballe-rengoeringsservice.dk"}, {vvs, "nim-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 1)), "Faktura", no, amount(1_300_000), mule(i + 1), i + 1, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@horsens.dk", "Faktura " + n + " - komprimeret")
                .text("Hej\n\nFakturaen er pakket i en zip-fil, da jeres mailsystem har afvist vores PDF'er. Åbn den og betal gerne "
                    + "senest fredag.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("faktura/" + n + ".pdf", pdf, "faktura/LAES_MIG.txt", "Bemærk ny konto - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "salg@braedstrup-kontorforsyning.com", "indkoeb@horsens.dk", "Faktura og pakkeliste november")
            .text("Hej\n\nFaktura og pakkeliste er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og 'Aktivér "
                + "indhold' for at se det.\n\nBrædstrup Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_pakkeliste.docm",
                Attachments.word("Faktura\nHorsens Kommune\nAktivér indhold for at vise beløb og kontonummer", true));
        ownedBy(m, "braedstrup-kontorforsyning.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of braedstrup-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@horsens-it-drift.net", "skole@horsens.dk", "Forbrugsopgørelse licenser november")
            .text("Hej\n\nOpgørelsen over licenser for november og vores nye bankoplysninger ligger i regnearket. Aktivér makroer "
                + "for at se tallene.\n\nHorsens IT-Drift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_november.xlsm",
                Attachments.excel(List.of("Licensopgørelse november 2032", "I alt DKK 64.350,00", "Ny konto: " + plain(mule(9))), true));
        ownedBy(m, "horsens-it-drift.net");
        m.description = "macro-enabled Excel statement from a look-alike of horsens-itdrift.dk";
    }

    private void svgHtml() {
        String[][] x = {{"horsens-dokumentportal.com", "Hovedgård Tømmerhandel", "Kontoudtog november", "kontoudtog.svg",
            "image/svg+xml"},
            {"fakturaarkiv-hovedgaard.net", "Hovedgård Anlæg & Entreprenør", "Faktura klar til visning", "Faktura_november.html",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/v/" + sha256(m.id).substring(0, 18);
            String doc = y[4].equals("text/html")
                ? "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"><script>window.location='"
                    + url + "';</script></head><body>Indlæser faktura...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"150\"><text x=\"10\" y=\"28\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"10\" y=\"46\" width=\"200\" height=\"32\" "
                    + "fill=\"#1d4e89\"/></a><script>window.location.href='" + url + "'</script></svg>";
            headers(m, y[1], "noreply@" + y[0], "kreditor@horsens.dk", y[2])
                .text("Hej\n\nDokumentet åbner i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "hovedgaard-anlaeg.net", true}, {it, "horsensitdrift.dk", false}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_400_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@horsens.dk", "E-faktura " + no + (peppol ? " (Peppol)" : " (OIOUBL)"))
                .text("Hej\n\nVi er midt i et skifte af NemHandel-udbyder, så fakturaen kommer som XML direkte til jer og kan "
                    + "indlæses som normalt. Læg mærke til den nye bankkonto i filen.\n\nMed venlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, s, peppol ? mule(i + 8) : mule(i + 1), a, isoDay(m, 0), isoDay(m, 7), peppol, "HK-" + (62_000 + i),
                        "Ny bankforbindelse").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    private void fakeSignatures() {
        M m = bad("fake-esignature-request");
        headers(m, "Bygholm Revision via Signicat", "no-reply@signicat-horsens.com", "oekonomi@horsens.dk", "Dokument til "
            + "underskrift: Revisionsprotokollat 2032 - frist i dag")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Bygholm Revision har sendt dig "
                + "<b>Revisionsprotokollat og regnskabserklæring 2032</b> til underskrift. Dokumentet udløber i dag kl. 15.</p><p>"
                + "<a href=\"https://signicat-horsens.com/s/" + sha256(m.id).substring(0, 24) + "\">Log ind og underskriv</a></p>"
                + "<p style=\"font-size:10px;color:#888\">Signicat AS</p></body></html>");
        ownedBy(m, "signicat-horsens.com");
        m.description = "look-alike e-signature domain in the real auditor's name: login page, deadline today";
        m = bad("fake-esignature-request");
        headers(m, "Digital signering", "dokument@oestbirk-esignatur.net", "kultur@horsens.dk", "Kontrakt til underskrift: "
            + "Nytårskoncert 2033, Forum Horsens")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Du har modtaget et dokument til underskrift: <b>Artist"
                + "kontrakt, Nytårskoncert 2033</b>.</p><p>Log ind med din Microsoft 365-konto for at bekræfte din identitet og "
                + "se dokumentet.</p><p><a href=\"https://oestbirk-esignatur.net/d/" + sha256(m.id).substring(0, 22) + "\">Se "
                + "dokumentet</a></p></body></html>");
        ownedBy(m, "oestbirk-esignatur.net");
        m.description = "fake signing service: an 'artist contract' behind a Microsoft 365 login page";
    }

    /**
     * New family: a "booking agency", a cancellation "offer" or a "tour manager" wants a deposit or fee for a concert artist
     * paid to a new or private account; one rides on the real Christmas concert booked through Nordlys Booking.
     */
    private void artistDeposits() {
        M m = bad("fake-artist-booking-deposit");
        headers(m, "Nordlys Booking, Kontrakter", "kontrakter@horsens-nordlysbooking.dk", "kultur@horsens.dk", "Sommerkoncert "
            + "2033 i Caroline Amalie Lund - depositum og ny klientkonto")
            .text("Hej Kultur og Fritid\n\nTak for en god juletræstænding! Marie Holt & Orkestret vil meget gerne spille "
                + "sommerkoncerten i Caroline Amalie Lund 17. juni 2033, og vi har holdt datoen for jer. Kunstnerens management "
                + "kræver fra i år 50 % depositum ved kontraktindgåelse, altså 48.000 kr. + moms = 60.000 kr.\n\nVi har samtidig "
                + "skiftet til en ny klientkonto hos vores udenlandske betalingspartner: " + mule(16) + ". Den gamle konto fra "
                + "kontrakten bruges ikke længere. Beløbet skal være modtaget senest " + writtenDay(m, 2) + ", ellers frigives datoen."
                + "\n\nVenlig hilsen\nNordlys Booking, Kontrakter")
            .attach("application/pdf", "Bookingbekraeftelse_sommer_2033.pdf", Attachments.pdf(docId(m, "bk"), "Bookingbekræftelse",
                List.of("Kunstner: Marie Holt & Orkestret", "Arrangement: Sommerkoncert, Caroline Amalie Lund, 17.06.2033",
                    "Honorar 96.000,00 + moms", "Depositum 50 %: 60.000,00 inkl. moms", "Klientkonto: " + mule(16))));
        ownedBy(m, "horsens-nordlysbooking.dk");
        m.description = "look-alike of the real booking agency rides on the real Christmas concert: 50 % deposit for a summer "
            + "concert to a 'new client account' abroad, two-day deadline";
        m = bad("fake-artist-booking-deposit");
        headers(m, "Stensballe Artist Booking", "booking@stensballe-artistbooking.com", "kultur@horsens.dk", "Ledig dato: "
            + "Jonas Lund Band til Horsens Byfest - svar inden 24 timer")
            .text("Kære Horsens Kommune\n\nEn arrangør i Aalborg har aflyst, og Jonas Lund Band har derfor en ledig dato lørdag "
                + "24. juni 2033 - samme dag som Horsens Byfest. Bandet kan leveres for 185.000 kr. ekskl. moms inkl. lyd og lys, "
                + "hvilket er langt under normal pris.\n\nFor at holde datoen skal et depositum på 30 % (69.375 kr. inkl. moms) "
                + "indbetales på " + mule(2) + " inden 24 timer. Herefter sender vi kontrakten til underskrift.\n\n"
                + "Med venlig hilsen\nStensballe Artist Booking")
            .attach("application/pdf", "Tilbud_Jonas_Lund_Band.pdf", Attachments.pdf(docId(m, "tilbud"), "Tilbud og reservation",
                List.of("Kunstner: Jonas Lund Band", "Dato: 24.06.2033, Horsens Byfest", "Honorar 185.000,00 ekskl. moms",
                    "Depositum 30 %: 69.375,00 inkl. moms", "Konto: " + mule(2))));
        ownedBy(m, "stensballe-artistbooking.com");
        m.description = "unsolicited 'cancellation slot' for a festival: 30 % deposit within 24 hours before any contract";
        m = bad("fake-artist-booking-deposit");
        headers(m, "Tom Hallett", "tom.hallett.tourmgmt@gmail.com", "kultur@horsens.dk", "Marie Holt - production costs, "
            + "Christmas tree lighting")
            .text("Hi there,\n\nI'm the tour manager for Marie Holt & Orkestret. There was a problem with the agency's settlement "
                + "for the production costs of the Rådhustorvet show (backline hire, crew and travel), so the band's production "
                + "company has to invoice you directly.\n\nPlease transfer EUR 6,800.00 to " + mule(5) + " by Friday. The agency "
                + "knows about it, but they are swamped before Christmas, so please just reply to me here.\n\nCheers\nTom Hallett\n"
                + "Tour Manager");
        genuine(m, GMAIL);
        m.description = "a 'tour manager' on gmail (authenticates) rides on the real concert: production costs to a GB account, "
            + "bypassing the contracted agency";
    }

    /**
     * New family: a "funeral director" bills a burial the municipality never requisitioned, the real funeral director's name
     * moves the payment for a real requisition to another account, or a "relative" wants burial costs paid to him.
     */
    private void funeralClaims() {
        M m = bad("fake-funeral-expense-claim");
        String no = "GB-" + (1_400 + rnd.nextInt(300));
        headers(m, "Gedved Bedemandsforretning", "regnskab@gedved-bedemand.dk", "borgerservice@horsens.dk", "Faktura " + no
            + " - begravelse af borger uden pårørende")
            .text("Til Horsens Kommune, Borgerservice\n\nVi har på foranledning af plejecentret forestået bisættelsen af en "
                + "afdød beboer uden pårørende og uden midler i boet. Udgiften påhviler derfor kommunen.\n\nFaktura " + no
                + " på 34.600,00 kr. er vedhæftet og bedes betalt senest om 5 dage til " + mule(13) + ". Ved for sen betaling "
                + "tillægges rente og gebyr.\n\nMed venlig hilsen\nGedved Bedemandsforretning")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "gb"), "Faktura " + no,
                List.of("Gedved Bedemandsforretning", "Debitor: Horsens Kommune, Borgerservice", "Kiste og ilægning 12.900,00",
                    "Rustvogn og kapel 8.400,00", "Kremering, urne og nedsættelse 13.300,00", "I alt 34.600,00",
                    "Konto: " + mule(13))));
        ownedBy(m, "gedved-bedemand.dk");
        m.description = "unknown 'funeral director' bills a burial no one at the municipality requisitioned, 5-day deadline";
        m = bad("fake-funeral-expense-claim");
        headers(m, "Horsens Begravelsesforretning", "kontor@torsted-begravelse.com", "borgerservice@horsens.dk", "Vedr. jeres "
            + "rekvisition " + funeralRekv + " - ændret kontonummer")
            .text("Til Horsens Kommune\n\nVi har for nylig sendt faktura for begravelsen på jeres rekvisition " + funeralRekv
                + ". Vores pengeinstitut har desværre lukket den konto, der står på fakturaen, i forbindelse med en "
                + "systemomlægning. Beløbet bedes i stedet overført til " + mule(8) + ".\n\nVi beklager ulejligheden.\n\n"
                + "Med deltagende hilsen\nHorsens Begravelsesforretning");
        ownedBy(m, "torsted-begravelse.com");
        m.description = "look-alike of the real funeral director cites the real requisition and moves the payment to a DE account";
        m = bad("fake-funeral-expense-claim");
        headers(m, "Jesper Kjeldgaard", "jesper.kjeldgaard61@gmail.com", "borgerservice@horsens.dk", "Refusion af udgifter til "
            + "min fars begravelse")
            .text("Hej Borgerservice\n\nMin far døde i oktober på plejehjemmet i Østbirk, og jeg fik at vide, at kommunen dækker "
                + "begravelsen, fordi der ingen penge er i boet. Jeg har selv betalt bedemanden 28.900 kr. for at få det "
                + "overstået.\n\nJeg bor i Sverige nu, så beløbet bedes overført til min konto " + mule(15) + ". Kvitteringen "
                + "kan jeg sende senere, den ligger hos min søster.\n\nVenlig hilsen\nJesper Kjeldgaard");
        genuine(m, GMAIL);
        m.description = "a 'relative' on gmail (authenticates) wants burial costs refunded to a Swedish account, no decision "
            + "or receipt exists";
    }

    /**
     * New family: compensation for damage said to come from a pothole or a municipal crew, demanded straight to an account
     * outside the insurer's claims procedure.
     */
    private void roadDamageDemands() {
        M m = bad("fake-road-damage-compensation");
        headers(m, "Kristian Holm", "kristian.holm.8700@hotmail.com", "vejogpark@horsens.dk", "Krav om erstatning - skade på bil, "
            + "Søndergade")
            .text("Til Horsens Kommune\n\nDen 21. november kørte jeg ned i et stort hul i vejen på Søndergade i Brædstrup, og "
                + "bilens undervogn og begge forhjul blev skadet. Billeder og værkstedets regning er vedhæftet.\n\nJeg forventer, "
                + "at kommunen betaler 18.640 kr. direkte til min konto " + mule(13) + " inden 8 dage. Jeg gider ikke bruge "
                + "min egen forsikring og miste min bonus, når det er jeres vej. Ellers går jeg til pressen.\n\n"
                + "Kristian Holm")
            .attach("image/jpeg", "hul_i_vejen.jpg", Attachments.image(docId(m, "hul"), "jpg"))
            .attach("application/pdf", "Vaerkstedsregning.pdf", Attachments.pdf(docId(m, "vr"), "Regning - Hatting Auto",
                List.of("Hatting Auto", "Reparation af undervogn og 2 x fælg", "18.640,00 inkl. moms", "Betalt kontant")));
        genuine(m, MSFT);
        m.description = "fabricated pothole claim on hotmail (authenticates): photos and a workshop bill from no real workshop, "
            + "pay to a private account within 8 days";
        m = bad("fake-road-damage-compensation");
        headers(m, "Nim Skadeservice ApS, Erstatningsafdelingen", "erstatning@nim-skadeservice.dk", "vejogpark@horsens.dk",
            "Erstatningskrav - cykelulykke Østbirk, vores klient")
            .text("Horsens Kommune\nVej og Park\n\nVi repræsenterer en cyklist, der den 9. november styrtede i et ikke afmærket "
                + "hul på cykelstien langs Vestergade i Østbirk og pådrog sig et brud på håndleddet. Kommunen har overtrådt sin "
                + "vedligeholdelsespligt.\n\nVores klients krav udgør 42.500 kr. (tabt arbejdsfortjeneste, cykel, svie og smerte). "
                + "Beløbet bedes indbetalt på vores klientkonto " + mule(10) + " inden 8 dage. Herefter indbringes sagen for "
                + "retten uden yderligere varsel.\n\nNim Skadeservice ApS")
            .attach("application/pdf", "Erstatningskrav_Oestbirk.pdf", Attachments.pdf(docId(m, "ns"), "Erstatningskrav",
                List.of("Skadelidte: vores klient (navn oplyses ved betaling)", "Skadested: cykelsti, Vestergade, Østbirk",
                    "Krav i alt: 42.500,00", "Klientkonto: " + mule(10))));
        ownedBy(m, "nim-skadeservice.dk");
        m.description = "a 'claims service' demands compensation for an unnamed client straight to its account, court threat";
        m = bad("fake-road-damage-compensation");
        String no = "LA-" + (3_900 + rnd.nextInt(400));
        headers(m, "Lund Autoglas", "faktura@lund-autoglas.dk", "vejogpark@horsens.dk", "Faktura " + no + " - stenslag fra "
            + "jeres græsslåning")
            .text("Hej Vej og Park\n\nVores kunde fik sin forrude knust af en sten, som jeres græsslåmaskine slyngede op i "
                + "rabatten på Lundvej den 14. november. Vi har udskiftet ruden, og kunden har overdraget kravet til os.\n\n"
                + "Faktura " + no + " på 7.980,00 kr. er vedhæftet og betales til " + mule(9) + " inden 10 dage.\n\n"
                + "Venlig hilsen\nLund Autoglas")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "la"), "Faktura " + no,
                List.of("Lund Autoglas", "Debitor: Horsens Kommune, Vej og Park", "Ny forrude inkl. kalibrering af kamera",
                    "6.384,00 + moms 1.596,00 = 7.980,00", "Konto: " + mule(9))));
        ownedBy(m, "lund-autoglas.dk");
        m.description = "a 'windscreen firm' invoices the municipality for a stone chip said to come from its mowing, assigned "
            + "claim, no damage report, HU IBAN";
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
        return writeFiles(dir, new HeldOutCorpus32().generate(), List.of(
            "# Horsens Kommune, Økonomi: invoice checks (thirty-second held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=braedstrup-varmevaerk.dk hovedgaard-anlaeg.dk gedved-kloak.dk oestbirk-toemrer.dk "
                + "soevind-maler.dk stensballe-rengoering.dk horsens-lokalnyt.dk hatting-vognmand.dk torsted-elservice.dk "
                + "nim-vvs.dk lund-storkoekken.dk hovedgaard-toemmerhandel.dk horsens-itdrift.dk egebjerg-busser.dk "
                + "braedstrup-kontorforsyning.dk",
            "invoice.domains.platforms=squareup.com twinfield.com wise.com xolo.io",
            "invoice.names.protected=Horsens Kommune"));
    }
}
