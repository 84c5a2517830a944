package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The thirty-sixth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Billund Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, HR, purchasing, IT, roads and parks,
 * technical, schools, day care, elderly care, culture, tourism, business and property mailboxes), a small municipality with
 * a big airport, a theme park, large tourism, industrial and logistics employers, district heating in every town and long
 * rural roads; sixteen listed suppliers from Billund, Grindsted, Vorbasse, Hejnsvig, Filskov, Grene, Sønder Omme,
 * Stenderup, Utoft and Vesterhede in every DNS posture real Danish firms have (two sending through a Grindsted web hoster
 * named in their SPF), five invoicing platforms ({@code saldi.dk}, {@code xena.biz}, {@code vivawallet.com}, {@code
 * shipmondo.com}, {@code tracezilla.com}), the theme park, the airport, a district heating plant, a logistics firm, local
 * banks, an intermunicipal waste company, a Swedish road-marking firm, a German playground builder, a Dutch maker of salt
 * spreaders, SaaS, an auditor, an e-signature service, two authorities, a creditor list, forwarders (with and without SRS),
 * free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID
 * Erhverv, fake NemHandel notices, fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads,
 * "corrected" invoices, split payments, phone calls followed by a mail, QR codes, archives, SVG/HTML attachments, macro
 * documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices, e-invoice XML with a
 * changed account) and three kinds new here: group tickets for the theme park (school outings, the staff day, season
 * passes) demanded prepaid to a new, private or unknown account (fake-group-ticket-prepayment), winter road service on the
 * rural roads billed by someone nobody contracted, or the real contractor's standby fee moved to a new account
 * (fake-winter-road-standby-invoice), and a district heating "connection contribution" for new or existing municipal
 * buildings demanded before connection, to a new account or by a "service company" that is not the plant
 * (fake-district-heating-connection-fee). The invoice engine, its tests, tuning notes and earlier results were not read.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate
 * invoice, credit note, reminder, collection demand for a real debt, intermunicipal, platform, e-invoice XML, foreign,
 * SaaS, group-ticket, winter-service, connection-contribution, storage or rental invoice) and its computed authentication
 * (DMARC pass, or aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus36GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus36 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout36");
    public static final String OWN = "billund.dk";
    static final String FRAUD_NET = "127.251.";
    private static final String OWN_IP = "127.114.0.1";
    private static final String EAN = "5798009812407";
    private static final String RAADHUS = "Jorden Rundt 1, 7200 Grindsted";
    /** A Grindsted web hoster whose outgoing server two listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.117.9.1";
    private static final String GMAIL = "127.129.1.1";
    private static final String MSFT = "127.129.2.1";
    private static final String YAHOO = "127.129.3.1";
    private static final String APPLE = "127.129.5.1";
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M", DA);

    private final Random rnd = new Random(36_0036_7200L);
    private final Set<String> invoiceLike = new TreeSet<>();
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 30;
    /** The theme park's group booking number for the schools' outing day (the frauds cite it). */
    private String bookingNo;
    /** The winter contractor's contract number (the frauds cite it). */
    private String winterContract;
    /** The district heating plant's connection offer number for the new day-care centre (the frauds cite it). */
    private String connectionOffer;

    record Amount(long ore, String net, String vat, String gross) {
        Amount negated() {
            return new Amount(-ore, "-" + net, "-" + vat, "-" + gross);
        }
    }

    record Past(String no, Amount amount, String messageId, String subject) {
    }

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2035, 1, 8, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2035, 2, 5, 7, 55, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Grindsted Varmeforsyning a.m.b.a.", "grindsted-varmeforsyning.dk", "Kundeservice",
        "kundeservice", "127.115.1.1", iban("DK", "95700001183746"), "fjernvarme til Rådhuset, Lynghedeskolen og Plejecenter Lynghaven");
    private final Supplier entrep = new Supplier("Vorbasse Anlæg & Entreprise A/S", "vorbasse-anlaeg.dk", "Henrik Skov", "hs",
        "127.115.2.1", bank("9570", "0011827364"), "asfaltlapning og rabatfræsning på Vorbassevej og Hejnsvigvej");
    private final Supplier kloak = new Supplier("Hejnsvig Kloakservice ApS", "hejnsvig-kloakservice.dk", "Lasse Bech", "lasse",
        HOSTER_IP, bank("9570", "0012604418"), "slamsugning og rodskæring i stikledninger, Hejnsvig Børnehus og Hallen");
    private final Supplier toemrer = new Supplier("Filskov Tømrer & Byg ApS", "filskov-tomrerbyg.dk", "Jakob Møller", "jm",
        "127.115.4.1", bank("7040", "0001392275"), "nyt cykelskur og udskiftning af tagrender, Filskov Børnehus");
    private final Supplier maler = new Supplier("Grene Malerfirma v/ Kim Lauridsen", "grene-malerfirma.dk", "Kim Lauridsen", "kim",
        "127.115.5.1", bank("7040", "0001417763"), "maling af fællesrum og gange, Plejecentret Grenehus");
    private final Supplier rengoer = new Supplier("Billund Facility Service ApS", "billund-facility.dk", "Debitorbogholderiet",
        "debitor", "127.115.6.1", iban("DK", "30000011823407"), "daglig rengøring af Billund Skole, Grindsted Bibliotek og Jobcentret");
    private final Supplier avis = new Supplier("Ugeavisen Billund-Grindsted", "ugeavisen-grindsted.dk", "Annonceafdelingen",
        "annoncer", "127.115.7.1", iban("DK", "20000007728813"), "annoncer: lokalplanhøring for erhvervsområdet ved lufthavnen og to stillingsopslag");
    private final Supplier vognmand = new Supplier("Sønder Omme Vognmandsforretning ApS", "sdr-omme-vognmand.dk", "Bent Hougaard",
        "bent", "127.115.8.1", bank("9570", "0013391152"), "kørsel med stabilgrus og bortkørsel af overskudsjord, Sønder Omme Byvej");
    private final Supplier el = new Supplier("Stenderup El-Service ApS", "stenderup-el.dk", "Thomas Vind", "thomas", HOSTER_IP,
        bank("7040", "0001448206"), "nye LED-armaturer og nødbelysning i hallen, Sønder Omme Skole");
    private final Supplier vvs = new Supplier("Utoft VVS & Blik ApS", "utoft-vvs.dk", "Kontoret", "kontor", "127.115.10.1",
        bank("9570", "0014072983"), "service på varmeanlæg og nye blandingsbatterier, Grindsted Svømmehal");
    private final Supplier mad = new Supplier("Billund Storkøkken A/S", "billund-storkoekken.dk", "Billund Storkøkken, Debitor",
        "debitor", "127.115.11.1", iban("DK", "95700001247780"), "mad til hjemmeboende ældre og beboerne på Plejecenter Lynghaven");
    private final Supplier byg = new Supplier("Grindsted Byggecenter A/S", "grindsted-byggecenter.dk", "Proffsalget", "proff",
        "127.115.12.1", iban("DK", "30000012094456"), "byggematerialer til Ejendomsafdelingen efter rammeaftale");
    private final Supplier it = new Supplier("Billund IT-Partner ApS", "billund-itpartner.dk", "Billund IT-Partner, Fakturering",
        "faktura", "127.115.13.1", bank("7040", "0001480327"), "Chromebooks til 4. årgang og drift af skolernes trådløse net");
    private final Supplier bus = new Supplier("Vesterhede Busser ApS", "vesterhede-busser.dk", "Kørselskontoret", "koersel",
        "127.115.14.1", bank("9570", "0014880661"), "skolebuskørsel i landdistrikterne og kørsel til svømning i Grindsted");
    private final Supplier kontor = new Supplier("Vorbasse Kontorforsyning ApS", "vorbasse-kontor.dk", "Ordrekontoret", "ordre",
        "127.115.15.1", iban("DK", "20000007815529"), "kopipapir, toner og arkivæsker til Rådhuset og Borgerservice");
    private final Supplier vinter = new Supplier("Hejnsvig Maskinstation I/S", "hejnsvig-maskinstation.dk", "Ole Hedegaard", "ole",
        "127.115.16.1", bank("7040", "0001503318"), "vintertjeneste på kommuneveje, rute 7, 8 og 9: rådighed, snerydning og saltning");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Grindsted Smedie & Stål", "grindsted-smedie.dk", "Poul Ravn", "poul",
        "127.116.3.1", bank("9570", "0015227046"), "nyt gelænder og cykelstativer ved Grindsted Stadion");
    private final Supplier lyd = new Supplier("Billund Lyd & Scene v/ Mikkel Stub", "billund-lydscene.dk", "Mikkel Stub", "mikkel",
        "127.116.1.1", bank("7040", "0001536680"), "lyd og lys til nytårskur for erhvervslivet i Billund Centret");
    private final Supplier skadedyr = new Supplier("Filskov Skadedyrsservice", "filskov-skadedyr.dk", "Hanne Dalgaard", "hanne",
        "127.116.2.1", bank("9570", "0015590317"), "rottebekæmpelse ved genbrugspladsen i Grindsted");
    private final Supplier natur = new Supplier("Vesterhede Naturpleje v/ Sofie Brink", "vesterhede-naturpleje.dk", "Sofie Brink",
        "sofie", "127.116.4.1", bank("7040", "0001571142"), "rydning af opvækst og nyt hegn på Hejnsvig Mose");
    private final Supplier guide = new Supplier("Naturguide Grindsted Å v/ Jonas Krag", "gmail.com", "Jonas Krag",
        "jonas.krag.naturguide", GMAIL, bank("9570", "0015842289"), "naturdag ved Grindsted Å for 5. årgang, to hold");
    private final Supplier tolk = new Supplier("Tigrinya-tolk v/ Selam Tesfay", "outlook.com", "Selam Tesfay", "selam.tesfay.tolk",
        MSFT, bank("7040", "0001602254"), "tolkning tigrinya-dansk, Jobcenter Billund, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaduoen v/ Inger Lund", "icloud.com", "Inger Lund",
        "inger.lund.musik", APPLE, bank("9570", "0016103370"), "musik til fastelavn, Plejecenter Lynghaven og Grenehus");
    private final Supplier pudser = new Supplier("Grindsted Vinduespolering v/ Dennis Holm", "hotmail.com", "Dennis Holm",
        "dennis.holm.vinduer", MSFT, bank("7040", "0001634491"), "vinduespolering, Vorbasse Bibliotek og Børnehuset Mælkebøtten");
    private final Supplier motion = new Supplier("Seniormotion v/ Lone Krogh", "yahoo.com", "Lone Krogh", "lone.krogh.motion",
        YAHOO, bank("9570", "0016418825"), "stoleyoga i Aktivitetscentret i Grindsted, 8 gange");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Halmstad Vägmarkering AB", "halmstad-vagmarkering.se", "Ekonomi", "ekonomi",
        "127.128.1.1", iban("SE", "80000832790000571934"), "kantlinjer och vägmarkering på landsvägar, etapp 1");
    private final Supplier tysk = new Supplier("Flensburger Spielplatzbau GmbH", "flensburger-spielplatzbau.de", "Buchhaltung",
        "buchhaltung", "127.128.2.1", iban("DE", "215400600003817264"), "Kletterturm mit Fallschutz, Kindergarten Vorbasse");
    private final Supplier hollandsk = new Supplier("Zwolle Wintertechniek B.V.", "zwolle-wintertechniek.nl", "Accounts Receivable",
        "accounts", "127.128.3.1", iban("NL", "RABO0318204776"), "two trailed salt spreaders for the municipal road depot in Grindsted");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        byg, it, bus, kontor, vinter);

    /** Fraudsters' own domains, each carrying a Billund-area place name; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"grindsted-varmeforsyning.com", "vorbasseanlaeg.dk", "grindsted-byggecenter.net",
        "stenderup-elservice.dk", "billund-facilityservice.dk", "utoft-vvs-blik.dk", idn("grindsted-byggec\u0435nter.dk"),
        idn("billund-k\u043emmune.dk"), "saldi-billund.dk", "xena-grindsted.biz", "vivawallet-vorbasse.com",
        "hejnsvig-kloakservice.net", "billund-storkokken.dk", "filskov-toemrerbyg.dk", "vesterhede-bus.dk", "vesterhede-busser.net",
        "grenemalerfirma.dk", "vesterhede-naturpleje.com", "grindsted-inkasso.com", "mitid-erhverv-billund.com",
        "digitalpost-grindsted.com", "billund-domaeneservice.com", "vorbasse-firmaregister.org", "hejnsvig-ordrecenter.com",
        "billund-parkering.com", "grindsted-betalingsservice.net", "billund-aircargo.com", "grene-malerfirma.com",
        "sdr-omme-vognmand.net", "billund-facility.net", "utoft-vvs.net", "vorbasse-kontorforsyning.com", "billund-it-partner.net",
        "grindsted-bilagsportal.com", "vorbasse-dokumentarkiv.net", "vorbasse-anlaeg.net", "billunditpartner.dk",
        "pandadoc-billund.com", "hejnsvig-signering.net", "eventyrparken-billund.com", "billund-billetservice.dk",
        "hejnsvig-maskinstation.net", "vorbasse-vintertjeneste.dk", "grindsted-vejsalt.com", "billund-varmevaerk.net",
        "grindsted-fjernvarmeservice.dk", "billund-storkoekken.net", "sdr-omme-vognmand.com", "grindstedbyggecenter.dk",
        "utoft-vvs.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("grindsted-varmeforsyning.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vorbasse-anlaeg.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hejnsvig-kloakservice.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("filskov-tomrerbyg.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("grene-malerfirma.dk", null, null, null, null); // nothing published
        domain("billund-facility.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("ugeavisen-grindsted.dk", List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("sdr-omme-vognmand.dk", List.of("127.115.98.7"), "~all", null, "none"); // SPF names only the weighbridge system
        domain("stenderup-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("utoft-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("billund-storkoekken.dk", List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("grindsted-byggecenter.dk", List.of(byg.ip(), "127.115.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("billund-itpartner.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("vesterhede-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("vorbasse-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hejnsvig-maskinstation.dk", List.of(vinter.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("grindsted-smedie.dk", List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain("billund-lydscene.dk", List.of(lyd.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("filskov-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vesterhede-naturpleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("billund-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("halmstad-vagmarkering.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("flensburger-spielplatzbau.de", List.of(tysk.ip()), "-all", null, null); // SPF only
        domain("zwolle-wintertechniek.nl", List.of(hollandsk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // theme park, airport, heating plant, logistics, lawyer, auditor, school, shops, waste company, authorities
        domain("eventyrparken-billund.dk", List.of("127.117.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("billund-lufthavn.dk", List.of("127.117.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("billund-varmevaerk.dk", List.of("127.117.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("billund-cargologistik.dk", List.of("127.117.4.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("grindsted-advokat.dk", List.of("127.117.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("billund-revision.dk", List.of("127.117.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("sdr-omme-efterskole.dk", List.of("127.117.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vorbasse-inventar.dk", List.of("127.117.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("billund-isenkram.dk", List.of("127.117.10.1"), "-all", null, "none");
        domain("grindsted-boghandel.dk", List.of("127.117.11.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("sydvestjysk-affald.dk", List.of("127.117.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("forsyningstilsynet.dk", List.of("127.117.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("erhvervsstyrelsen.dk", List.of("127.117.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("saldi.dk", List.of("127.118.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("xena.biz", List.of("127.118.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vivawallet.com", List.of("127.118.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("shipmondo.com", List.of("127.118.4.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("tracezilla.com", List.of("127.118.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // banks, list, ESP, newsletters, forwarders
        domain("grindsted-sparekasse.dk", List.of("127.119.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vorbasse-andelskasse.dk", List.of("127.119.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornetvaerk-syd.dk", List.of("127.119.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sendinblue.com", List.of("127.119.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommunal-kreditor.dk", List.of("127.119.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sydjysk-indkoeb.dk", List.of("127.119.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("svindelinfo-nyt.dk", List.of("127.119.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.grindsted-net.dk", List.of("127.119.11.1"), "-all", null, null);
        domain("relay.billund-fiber.dk", List.of("127.119.12.1"), "-all", null, null);
        // free mail, SaaS, e-signature
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("timegrip.dk", List.of("127.119.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("zylinc.com", List.of("127.119.22.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("wrike.com", List.of("127.119.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("pandadoc.com", List.of("127.119.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"reject", "none", null, "quarantine", "none", "reject", null, "quarantine", "none", "reject", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 2 ? null : i % 4 == 3 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "70." + (i + 1)), i % 5 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 86_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no36:" + s.domain()).hashCode(), 8)) {
            case 0:
                return "35" + String.format("%04d", 100 + rnd.nextInt(9_000));
            case 1:
                return "FA-" + (18_200 + rnd.nextInt(7_000));
            case 2:
                return "2035" + String.format("%05d", 30 + rnd.nextInt(4_000));
            case 3:
                return String.valueOf(710_000 + rnd.nextInt(60_000));
            case 4:
                return "F35-" + String.format("%03d", 10 + rnd.nextInt(900));
            case 5:
                return (100 + rnd.nextInt(800)) + "-35";
            case 6:
                return "B" + (44_000 + rnd.nextInt(3_000));
            default:
                return String.valueOf(1_200 + rnd.nextInt(2_600));
        }
    }

    private static final String[] TO = {"kreditor@billund.dk", "efaktura@billund.dk", "kreditor@billund.dk", "oekonomi@billund.dk",
        "vejogpark@billund.dk", "skole@billund.dk", "aeldre@billund.dk", "kultur@billund.dk", "ejendomme@billund.dk",
        "indkoeb@billund.dk", "kreditor@billund.dk", "dagtilbud@billund.dk", "efaktura@billund.dk", "teknik@billund.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf36:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr36:" + domain).hashCode(), 8_900_000));
    }

    /** The supplier's FI creditor number, as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi36:" + domain).hashCode(), 9_900_000));
    }

    /**
     * A FI payment line: card type 71 (a 15-digit payment id: 14 digits from the invoice number and a modulus-10 check digit)
     * or 75 (a 16-digit payment id: 15 digits and the check digit), weights 2 and 1 from the right, then the creditor number.
     */
    private static String fik(int type, String no, String creditor) {
        String digits = no.replaceAll("\\D", "");
        int len = type == 75 ? 15 : 14;
        String base = String.format("%0" + len + "d", digits.isEmpty() ? 0L : Long.parseLong(digits));
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            int d = (base.charAt(base.length() - 1 - i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return "+" + type + "<" + base + ((10 - sum % 10) % 10) + "+" + creditor + "<";
    }

    private String written(M m, int plus) {
        return sentPlus(m, plus, WRITTEN);
    }

    private String dots(M m, int plus) {
        return sentPlus(m, plus, DOTS);
    }

    private static boolean freeMail(Supplier s) {
        return CorpusChecks.FREE_MAIL.contains(s.domain());
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "grindsted-varmeforsyning.dk" -> "Fabriksvej 17, 7200 Grindsted";
            case "vorbasse-anlaeg.dk" -> "Industrivej 4, 6623 Vorbasse";
            case "hejnsvig-kloakservice.dk" -> "Bøgildvej 22, 7250 Hejnsvig";
            case "filskov-tomrerbyg.dk" -> "Vardevej 96, Filskov, 7200 Grindsted";
            case "grene-malerfirma.dk" -> "Grenevej 31, Grene, 7190 Billund";
            case "billund-facility.dk" -> "Hans Jensens Vej 8, 7190 Billund";
            case "ugeavisen-grindsted.dk" -> "Borgergade 12, 7200 Grindsted";
            case "sdr-omme-vognmand.dk" -> "Storegade 55, 7260 Sønder Omme";
            case "stenderup-el.dk" -> "Stenderupvej 9, 7260 Sønder Omme";
            case "utoft-vvs.dk" -> "Utoftvej 40, 7200 Grindsted";
            case "billund-storkoekken.dk" -> "Erhvervsvej 5, 7190 Billund";
            case "grindsted-byggecenter.dk" -> "Tingvejen 23, 7200 Grindsted";
            case "billund-itpartner.dk" -> "Nordmarksvej 6, 7190 Billund";
            case "vesterhede-busser.dk" -> "Vesterhedevej 70, 7200 Grindsted";
            case "vorbasse-kontor.dk" -> "Søndergade 3, 6623 Vorbasse";
            case "hejnsvig-maskinstation.dk" -> "Slaugvej 14, 7250 Hejnsvig";
            case "grindsted-smedie.dk" -> "Vestergade 61, 7200 Grindsted";
            case "billund-lydscene.dk" -> "Grønningen 2, 7190 Billund";
            case "filskov-skadedyr.dk" -> "Filskovvej 120, 7200 Grindsted";
            case "vesterhede-naturpleje.dk" -> "Hedevej 5, Vesterhede, 7200 Grindsted";
            case "billund-laas.dk" -> "Butikstorvet 6, 7190 Billund";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: a line invoice with position, text, quantity, unit and price and a transfer line;
     * a machine and crew sheet with machine hours, crew hours, salt or materials and the supplier's FI line (card 71); a
     * collective invoice summing three delivery notes with the FI line (card 75); a period statement with agreement,
     * fixed charge, consumption and paid on account with the FI line (card 71). A {@code null} account prints no bank account.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        int kind = Math.floorMod(layout, 4);
        boolean own = account != null && account.equals(s.account());
        switch (kind) {
            case 0 -> {
                head = title + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + "   CVR " + cvr(s.domain()));
                l.add("Til: Billund Kommune, " + RAADHUS + "   EAN " + EAN);
                l.add("Dato " + dots(m, 0) + "   Forfald " + dots(m, 21) + "   Vores ref. " + s.person());
                l.add("Pos.  Beskrivelse                                          Antal  Enhed   Pris        Beløb");
                l.add("1     " + s.what() + "   1   stk.   " + a.net() + "   " + a.net());
                l.add("Netto " + a.net() + "   Moms 25 % " + a.vat() + "   Total DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betaling: bankoverførsel til " + account + " - husk fakturanr. " + no + " i teksten");
                }
            }
            case 1 -> {
                head = s.name() + " - " + title.toLowerCase(DA) + " " + no;
                l.add("CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : " - " + addr));
                l.add("Rekvirent: Billund Kommune, EAN " + EAN + " - opgave: " + s.what());
                long machine = a.ore() * 45 / 100 / 72_500;
                long crew = a.ore() * 25 / 100 / 49_500;
                long rest = a.ore() - machine * 72_500 - crew * 49_500;
                l.add("Periode " + sentPlus(m, -14, SHORT) + " - " + sentPlus(m, -2, SHORT) + ": maskintimer " + machine
                    + " à 725,00 = " + kr(machine * 72_500) + "; mandskabstimer " + crew + " à 495,00 = " + kr(crew * 49_500));
                l.add("Materialer, salt og kørsel iflg. bilag: " + kr(rest));
                l.add("Ekskl. moms " + a.net() + "   moms " + a.vat() + "   i alt " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betales senest " + written(m, 14) + (account == null ? "" : " til " + account));
                if (own) {
                    l.add("FI-indbetaling: " + fik(71, no, creditorNo(s.domain())));
                }
            }
            case 2 -> {
                head = "Samlefaktura " + no;
                l.add(s.name() + " | CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : " | " + addr));
                l.add("Kunde 10" + Math.floorMod(s.domain().hashCode(), 9_000) + ": Billund Kommune, EAN " + EAN);
                long one = a.ore() / 3;
                long two = a.ore() / 4;
                l.add("Følgeseddel " + (50_000 + Math.floorMod(no.hashCode(), 40_000)) + " af " + sentPlus(m, -20, SHORT) + ": "
                    + kr(one));
                l.add("Følgeseddel " + (50_001 + Math.floorMod(no.hashCode(), 40_000)) + " af " + sentPlus(m, -12, SHORT) + ": "
                    + kr(two));
                l.add("Følgeseddel " + (50_002 + Math.floorMod(no.hashCode(), 40_000)) + " af " + sentPlus(m, -4, SHORT) + ": "
                    + kr(a.ore() - one - two));
                l.add("Varer i alt " + a.net() + " + moms " + a.vat() + " = DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Kontonummer: " + account + " - netto 30 dage, forfald " + dots(m, 30));
                }
                if (own) {
                    l.add("Indbetalingskort " + fik(75, no, creditorNo(s.domain())));
                }
            }
            default -> {
                head = title + " " + no + " - " + s.name();
                l.add("Aftale " + (60_000 + Math.floorMod(s.domain().hashCode(), 30_000)) + " - Billund Kommune, " + RAADHUS);
                l.add("Periode " + dots(m, -31) + " til " + dots(m, -1) + " - " + s.what());
                long fixed = a.ore() * 35 / 100;
                long aconto = a.ore() / 10;
                l.add("Fast bidrag " + kr(fixed) + "   Forbrug og ydelser " + kr(a.ore() - fixed + aconto) + "   Betalt a conto -"
                    + kr(aconto));
                l.add("Beløb ekskl. moms " + a.net() + "   moms " + a.vat() + "   at betale DKK " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betalingsdag " + dots(m, 14) + (account == null ? "" : ", konto " + account));
                if (own) {
                    l.add(fik(71, no, creditorNo(s.domain())));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura " + n + ".pdf", "faktura-" + n + ".pdf", "Billund Kommune faktura " + n + ".pdf",
            "FAKTURA_" + n + ".pdf", n + ".pdf", "Fakt" + n + ".pdf", "Invoice_" + n + ".pdf", "Regning-" + n + ".pdf",
            "billund_kommune_" + n + ".pdf", "Dokument_" + n + ".pdf", "faktura nr. " + n + ".pdf", "Udskrift " + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Billund Kommune", "Til kreditorafdelingen", "Goddag", "Hej", "Att.: Økonomi",
        "Kære kunde", "Hej kreditor", "Til Billund Kommune", "Hejsa", "Hej bogholderiet", "Kære Billund Kommune"};

    private static String firstName(Supplier s) {
        String p = s.person();
        return p.contains(" ") && !p.contains(",") ? p.substring(0, p.indexOf(' ')) : p;
    }

    private String phone() {
        return "75 " + (30 + rnd.nextInt(60)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig36:" + s.domain() + s.box()).hashCode(), 6)) {
            case 0:
                return "\n\nMed venlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nVh " + firstName(s) + "\n" + s.name() + "\ntlf. " + phone();
            case 2:
                return "\n\nVenlig hilsen\n" + s.person() + " - " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name());
            case 4:
                return "\n\nHilsen\n" + s.person() + "\n" + s.name() + "\n" + (freeMail(s) ? "mobil " + phone() : "www." + s.domain());
            default:
                return "\n\nMange hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 6_900_000 : 520_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " - Billund Kommune", s.name() + ": faktura " + no,
            "Ny faktura fra " + s.name(), "Faktura " + no + " / EAN " + EAN, "Regning " + no, "Fremsendelse af faktura " + no,
            "Faktura " + no + " vedr. " + s.what(), "Faktura " + no + " - forfald " + dots(m, 21), "Billund Kommune - " + no,
            "Faktura"};
        String text = switch (Math.floorMod(v, 10)) {
            case 0 -> "Vedhæftet faktura " + no + " for " + s.what() + ".";
            case 1 -> "Hermed vores faktura nr. " + no + " på i alt " + a.gross() + " kr. inkl. moms med forfald " + written(m, 21)
                + ".";
            case 2 -> "Opgaven er afleveret og godkendt af jeres driftsleder. Fakturaen er også sendt elektronisk til EAN " + EAN
                + ".";
            case 3 -> "Tak for opgaven. Fakturaen ligger som PDF i mailen - ring endelig, hvis noget ikke stemmer.";
            case 4 -> "Her kommer fakturaen for perioden. Angiv venligst fakturanummeret " + no + " ved betaling.";
            case 5 -> "Fakturanr.: " + no + "\nBeløb: " + a.gross() + " kr.\nForfaldsdato: " + dots(m, 21) + "\nEAN: " + EAN;
            case 6 -> "Beklager at den kommer lidt sent - vi har skiftet regnskabsprogram efter nytår og har haft lidt "
                + "indkøringsvanskeligheder.";
            case 7 -> "Faktura vedhæftet. God weekend, når I når så langt.";
            case 8 -> "Som aftalt fremsendes fakturaen for det udførte arbejde. Spørgsmål kan rettes til " + s.person() + ".";
            default -> "Se vedhæftede.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 2) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
                + "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    /** Utilities and period services bill by period; contractors by machine sheet; merchants collect delivery notes. */
    private static final Set<String> PERIODIC = Set.of("grindsted-varmeforsyning.dk", "billund-storkoekken.dk", "billund-facility.dk",
        "ugeavisen-grindsted.dk", "vesterhede-busser.dk");
    private static final Set<String> MACHINES = Set.of("vorbasse-anlaeg.dk", "hejnsvig-maskinstation.dk", "sdr-omme-vognmand.dk",
        "hejnsvig-kloakservice.dk");
    private static final Set<String> TRADE = Set.of("grindsted-byggecenter.dk", "vorbasse-kontor.dk", "billund-itpartner.dk");

    private static int layout(Supplier s, int v) {
        if (PERIODIC.contains(s.domain())) {
            return 3;
        }
        if (MACHINES.contains(s.domain())) {
            return 1;
        }
        if (TRADE.contains(s.domain())) {
            return v % 3 == 0 ? 0 : 2;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static String regOf(String account) {
        String p = plain(account);
        return account.startsWith("IBAN") ? p.substring(4, 8) : p.substring(0, 4);
    }

    private static String kontoOf(String account) {
        String p = plain(account);
        return account.startsWith("IBAN") ? p.substring(8) : p.substring(4);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    /**
     * An OIOUBL 2.02 invoice as NemHandel carries it (payment means 42 to a Danish reg./account number, or 31 to an IBAN), or
     * (peppol) a Peppol BIS Billing 3.0 UBL invoice (payment means 30, credit transfer, with the IBAN).
     */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String orderRef,
                       String note) {
        String net = String.format(Locale.ROOT, "%.2f", a.ore() / 100.0);
        String vat = String.format(Locale.ROOT, "%.2f", (a.ore() / 4) / 100.0);
        String total = String.format(Locale.ROOT, "%.2f", (a.ore() + a.ore() / 4) / 100.0);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"")
            .append(" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"")
            .append(" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n");
        if (peppol) {
            x.append("  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n")
                .append("  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n");
        } else {
            x.append("  <cbc:UBLVersionID>2.0</cbc:UBLVersionID>\n")
                .append("  <cbc:CustomizationID>OIOUBL-2.02</cbc:CustomizationID>\n")
                .append("  <cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.2\">Procurement-OrdSimR-BilSim-1.0</cbc:ProfileID>\n");
        }
        x.append("  <cbc:ID>").append(xml(no)).append("</cbc:ID>\n")
            .append("  <cbc:IssueDate>").append(issue).append("</cbc:IssueDate>\n");
        if (peppol) {
            x.append("  <cbc:DueDate>").append(due).append("</cbc:DueDate>\n");
        }
        x.append("  <cbc:InvoiceTypeCode").append(peppol ? "" : " listAgencyID=\"320\" listID=\"urn:oioubl:codelist:invoicetypecode-1.1\"")
            .append(">380</cbc:InvoiceTypeCode>\n");
        if (!note.isEmpty()) {
            x.append("  <cbc:Note>").append(xml(note)).append("</cbc:Note>\n");
        }
        x.append("  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n");
        if (peppol) {
            x.append("  <cbc:BuyerReference>").append(xml(orderRef)).append("</cbc:BuyerReference>\n");
        }
        x.append("  <cac:OrderReference><cbc:ID>").append(xml(orderRef)).append("</cbc:ID></cac:OrderReference>\n");
        x.append("  <cac:AccountingSupplierParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0184\">DK" : "      <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK")
            .append(cvr(s.domain())).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>").append(xml(s.name())).append("</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>").append(xml(street(s))).append("</cbc:StreetName>")
            .append("<cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n")
            .append("      <cac:PartyTaxScheme><cbc:CompanyID>DK").append(cvr(s.domain())).append("</cbc:CompanyID>")
            .append("<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n")
            .append("      <cac:PartyLegalEntity><cbc:RegistrationName>").append(xml(s.name())).append("</cbc:RegistrationName>")
            .append("</cac:PartyLegalEntity>\n")
            .append("      <cac:Contact><cbc:Name>").append(xml(s.person())).append("</cbc:Name><cbc:ElectronicMail>")
            .append(xml(addr(s))).append("</cbc:ElectronicMail></cac:Contact>\n")
            .append("    </cac:Party>\n  </cac:AccountingSupplierParty>\n")
            .append("  <cac:AccountingCustomerParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0088\">" : "      <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">")
            .append(EAN).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>Billund Kommune</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>Jorden Rundt 1</cbc:StreetName><cbc:CityName>Grindsted</cbc:CityName>")
            .append("<cbc:PostalZone>7200</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country>")
            .append("</cac:PostalAddress>\n")
            .append("    </cac:Party>\n  </cac:AccountingCustomerParty>\n")
            .append("  <cac:PaymentMeans>\n");
        if (peppol) {
            String ib = account.startsWith("IBAN") ? plain(account) : plain(iban("DK", plain(account)));
            x.append("    <cbc:PaymentMeansCode name=\"Credit transfer\">30</cbc:PaymentMeansCode>\n")
                .append("    <cbc:PaymentID>").append(xml(no)).append("</cbc:PaymentID>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(ib).append("</cbc:ID></cac:PayeeFinancialAccount>\n");
        } else if (account.startsWith("IBAN")) {
            x.append("    <cbc:PaymentMeansCode>31</cbc:PaymentMeansCode>\n")
                .append("    <cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append("    <cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">IBAN</cbc:PaymentChannelCode>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(plain(account)).append("</cbc:ID>")
                .append("<cbc:PaymentNote>").append(xml(no)).append("</cbc:PaymentNote></cac:PayeeFinancialAccount>\n");
        } else {
            x.append("    <cbc:PaymentMeansCode>42</cbc:PaymentMeansCode>\n")
                .append("    <cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append("    <cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">DK:BANK</cbc:PaymentChannelCode>\n")
                .append("    <cac:PayeeFinancialAccount>\n      <cbc:ID>").append(kontoOf(account)).append("</cbc:ID>\n")
                .append("      <cbc:PaymentNote>").append(xml(no)).append("</cbc:PaymentNote>\n")
                .append("      <cac:FinancialInstitutionBranch><cbc:ID>").append(regOf(account))
                .append("</cbc:ID></cac:FinancialInstitutionBranch>\n    </cac:PayeeFinancialAccount>\n");
        }
        x.append("  </cac:PaymentMeans>\n")
            .append("  <cac:PaymentTerms><cbc:Note>").append(peppol ? "30 dage netto" : "Netto 21 dage").append("</cbc:Note></cac:PaymentTerms>\n")
            .append("  <cac:TaxTotal>\n    <cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount>\n")
            .append("    <cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"DKK\">").append(net).append("</cbc:TaxableAmount>")
            .append("<cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount>")
            .append("<cac:TaxCategory><cbc:ID>").append(peppol ? "S" : "StandardRated").append("</cbc:ID><cbc:Percent>25</cbc:Percent>")
            .append("<cac:TaxScheme><cbc:ID>").append(peppol ? "VAT" : "63").append("</cbc:ID></cac:TaxScheme>")
            .append("</cac:TaxCategory></cac:TaxSubtotal>\n")
            .append("  </cac:TaxTotal>\n")
            .append("  <cac:LegalMonetaryTotal>\n")
            .append("    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount>\n")
            .append("    <cbc:TaxExclusiveAmount currencyID=\"DKK\">").append(net).append("</cbc:TaxExclusiveAmount>\n")
            .append("    <cbc:TaxInclusiveAmount currencyID=\"DKK\">").append(total).append("</cbc:TaxInclusiveAmount>\n")
            .append("    <cbc:PayableAmount currencyID=\"DKK\">").append(total).append("</cbc:PayableAmount>\n")
            .append("  </cac:LegalMonetaryTotal>\n")
            .append("  <cac:InvoiceLine>\n    <cbc:ID>1</cbc:ID>\n")
            .append("    <cbc:InvoicedQuantity unitCode=\"").append(peppol ? "H87" : "EA").append("\">1</cbc:InvoicedQuantity>\n")
            .append("    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount>\n")
            .append("    <cac:Item><cbc:Description>").append(xml(s.what())).append("</cbc:Description><cbc:Name>")
            .append(xml(s.what().length() > 40 ? s.what().substring(0, 40) : s.what())).append("</cbc:Name>")
            .append("<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent>")
            .append("<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>\n")
            .append("    <cac:Price><cbc:PriceAmount currencyID=\"DKK\">").append(net).append("</cbc:PriceAmount></cac:Price>\n")
            .append("  </cac:InvoiceLine>\n")
            .append("</Invoice>\n");
        return x.toString();
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private M ok(String family, boolean invoice) {
        M m = mail(family, false);
        if (invoice) {
            invoiceLike.add(m.id);
        }
        return m;
    }

    private void legitimate() {
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            String no = invoice(m, s, s.account(), v++, s == vinter ? List.of("Rådighedsvederlag december 2034") : List.of(), "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account, from its own or its hoster's server";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 7, List.of("Bestilt af Idræt og Fritid"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a railing and bicycle stands, aligned SPF pass";
        List<Supplier> again = List.of(byg, it, vvs, mad, entrep, avis, kloak, el, maler, vognmand, kontor, varme, toemrer,
            bus, rengoer, kontor);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Indkøbsordre BK-" + (52_400 + k * 211));
                case 1 -> List.of("Rekvireret af " + to().replace("@billund.dk", "") + ", Billund Kommune");
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Renovering af Lynghedeskolen" : "Driftsaftale 2034-2036"));
                case 3 -> List.of("Jeres ref.: sagsnr. 35/" + (1_040 + k * 37));
                default -> List.of();
            };
            String note = k % 6 == 2 ? "\n\nUnderskrevne følgesedler ligger med i mailen." : k % 7 == 5
                ? "\n\nFotos fra opgaven er vedhæftet." : k % 8 == 3 ? "\n\nTimeforbruget er vedlagt som regneark (CSV)." : "";
            invoice(m, s, s.account(), k * 3 + 5, ref, note);
            if (k % 6 == 2) {
                m.mime.attach("application/pdf", "foelgesedler_" + (k + 31) + ".pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Leveret: " + (k % 2 == 0 ? "Rådhuset, Grindsted" : "Materielgården, Billund"),
                        "Modtaget og kvitteret", "Kolli: " + (2 + k % 6))));
            } else if (k % 7 == 5) {
                m.mime.attach("image/jpeg", "IMG_" + (4_100 + k * 13) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            } else if (k % 8 == 3) {
                m.mime.attach("text/csv", "timer.csv", ("Dato;Medarbejder;Timer;Bemærkning\r\n" + isoDay(m, -9) + ";LB;7,5;\r\n"
                    + isoDay(m, -8) + ";LB;4,0;oprydning\r\n" + isoDay(m, -5) + ";MK;6,0;\r\n").getBytes(StandardCharsets.UTF_8));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, mad, avis)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 1, List.of("Periode: januar 2035"), "\n\nFakturaen dækker januar måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " periodic invoice for January, usual account";
        }
        // LEGIT-MORE
    }

    // ------------------------------------------------------------------------------------------ fraud

    // FRAUD

    // ------------------------------------------------------------------------------------------ output

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    private void fraudulent() {
        // FRAUD-CALLS
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus36().generate(), List.of(
            "# Billund Kommune, Økonomi: invoice checks (thirty-sixth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=grindsted-varmeforsyning.dk vorbasse-anlaeg.dk hejnsvig-kloakservice.dk filskov-tomrerbyg.dk "
                + "grene-malerfirma.dk billund-facility.dk ugeavisen-grindsted.dk sdr-omme-vognmand.dk stenderup-el.dk utoft-vvs.dk "
                + "billund-storkoekken.dk grindsted-byggecenter.dk billund-itpartner.dk vesterhede-busser.dk vorbasse-kontor.dk "
                + "hejnsvig-maskinstation.dk",
            "invoice.domains.platforms=saldi.dk xena.biz vivawallet.com shipmondo.com tracezilla.com",
            "invoice.names.protected=Billund Kommune"));
    }
}
