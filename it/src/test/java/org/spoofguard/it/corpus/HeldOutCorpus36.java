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
import java.util.Set;
import java.util.TreeMap;

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
        "utoft-vvs.com", "nemhandel-billund.net"};

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

    private static final Ubl.Buyer BUYER = new Ubl.Buyer("Billund Kommune", "Jorden Rundt 1", "Grindsted", "7200", EAN);

    /** An OIOUBL 2.02 (or, peppol, Peppol BIS 3.0) invoice to us with an order reference ({@link Ubl#ordered}). */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String orderRef,
                       String note) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, orderRef, note, BUYER,
            "Netto 21 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        winterContract = "VT-2034-" + (3 + rnd.nextInt(6));
        bookingNo = "EP-G" + (35_100 + rnd.nextInt(800));
        connectionOffer = "BV-T-2034-" + (110 + rnd.nextInt(80));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            String no = invoice(m, s, s.account(), v++, s == vinter ? List.of("Kontrakt " + winterContract + ": rådighedsvederlag december 2034") : List.of(), "");
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
        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, kloak, el, maler, vognmand, kontor, varme, bus,
            rengoer, kontor, byg);
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
        for (Supplier s : List.of(varme, rengoer, avis)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 1, List.of("Periode: januar 2035"), "\n\nFakturaen dækker januar måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " periodic invoice for January, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        themePark();
        winterService();
        districtHeating();
        airportAndLogistics();
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
        Object[][] c = {{byg, "Kreditnota til faktura ", "Seks plader gips og en rulle tagpap kom retur fra Ejendomsafdelingen i uåbnet "
            + "emballage."},
            {kontor, "Kreditering - faktura ", "To kasser arkivæsker var leveret i forkert størrelse og er hentet igen."},
            {rengoer, "Kreditnota vedr. faktura ", "Jobcentret var lukket i uge 2 efter vandskaden, og rengøringen dér er "
                + "trukket ud."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KR-" + (3_300 + rnd.nextInt(700));
            Amount a = amount(180_000).credit();
            headers(m, s.person(), addr(s), "kreditor@billund.dk", x[1] + p.no())
                .text(GREETING[i + 4] + "\n\n" + x[2] + " I får derfor kreditnota " + no + " på " + a.gross() + " kr., som I kan "
                    + "trække fra i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota " + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(vognmand, byg)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@billund.dk", "Saldoliste pr. " + dots(m, -1))
                .text("Hej\n\nTil jeres årsafstemning: vi har ingen åbne poster på Billund Kommune. Faktura " + p.no()
                    + " er modtaget betalt." + signature(s))
                .attach("application/pdf", "saldoliste_billund_kommune.pdf", Attachments.pdf(docId(m, "saldo"), "Saldoliste",
                    List.of("Debitor: Billund Kommune", "Faktura " + p.no() + "   " + p.amount().gross() + "   udlignet",
                        "Åben saldo: 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open"
                + (s == vognmand ? " (SPF names only its weighbridge: softfail, p=none)" : "");
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, entrep.person(), addr(entrep), "kreditor@billund.dk", "Tak for betalingen")
            .text("Hej\n\nBare en kort kvittering: betalingen for faktura " + past.get(entrep.domain()).no() + " er modtaget i "
                + "dag.\n\nHenrik\n" + entrep.name());
        genuine(m, entrep.ip());
        m.description = "vorbasse-anlaeg.dk thanks for payment, DMARC pass";
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Vi kan ikke se, at fakturaen herunder er betalt. Har I betalt inden for de sidste "
            + "par dage, kan I se bort fra denne mail."},
            {maler, "Mangler vi noget?", "Hej. Jeg har ikke fået betaling for malerarbejdet på Grenehus. Er fakturaen kommet "
                + "frem? Mvh Kim"},
            {kloak, "1. rykker", "Fakturaen er forfalden for 12 dage siden. Vi har ikke pålagt gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@billund.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 7) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + ", " + p.amount().gross()
                    + " kr., betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker " + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 1, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "GA-" + (8_200 + rnd.nextInt(700));
        String klient = bank("9570", "0017024470");
        headers(m, "Grindsted Advokaterne, inkasso", "inkasso@grindsted-advokat.dk", "kreditor@billund.dk",
            "Inkassosag " + sag + " - Vesterhede Naturpleje v/ Sofie Brink")
            .text("Billund Kommune\nKreditorafdelingen\n\nVi repræsenterer Vesterhede Naturpleje v/ Sofie Brink, som har bedt os "
                + "inddrive faktura nr. 41 af 28. november 2034 på 9.375,00 kr. for høslæt og rydning på Hejnsvig Mose. Der er "
                + "sendt påmindelse og rykker uden svar.\n\nEr beløbet betalt, eller bestrider I kravet, så skriv til os med "
                + "sagsnummeret. Ellers bedes beløbet med inkassogebyr 100,00 kr. indbetalt på vores klientkonto " + klient
                + " inden 10 dage.\n\nMed venlig hilsen\nGrindsted Advokaterne")
            .attach("application/pdf", "Inkassomeddelelse " + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + sag,
                List.of("Kreditor: Vesterhede Naturpleje v/ Sofie Brink", "Faktura 41 af 28.11.2034: 9.375,00",
                    "Inkassogebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.117.5.1");
        m.description = "a real law firm's collection letter for an unlisted nature-care firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "SVA-" + (2_200 + rnd.nextInt(600));
        String konto = iban("DK", "30000013307682");
        headers(m, "Sydvestjysk Affald I/S, Regnskab", "regnskab@sydvestjysk-affald.dk", "kreditor@billund.dk", "Faktura " + no
            + " - interessentbidrag 1. kvartal 2035")
            .text("Til Billund Kommune\n\nHermed faktura for kommunens interessentbidrag til genbrugspladserne og "
                + "farligt-affald-ordningen i 1. kvartal 2035. Fordelingen følger indbyggertallet pr. 1. januar, jf. "
                + "interessentskabskontrakten og budgettet vedtaget af repræsentantskabet. Fakturaen er også sendt til EAN "
                + EAN + ".\n\nBetaling til " + konto + ".\n\nVenlig hilsen\nSydvestjysk Affald I/S")
            .attach("application/pdf", "Faktura " + no + ".pdf", Attachments.pdf(docId(m, "sva"), "Faktura " + no,
                List.of("Sydvestjysk Affald I/S", "Billund Kommune, EAN " + EAN, "Interessentbidrag 1. kvt. 2035, andel 17,8 %",
                    "DKK 1.642.300,00 (momsfri)", "Betaling: " + konto)));
        genuine(m, "127.117.12.1");
        m.description = "the intermunicipal waste company's quarterly contribution, its own account, DMARC pass";
    }

    /**
     * Genuine counterpart to the group-ticket fraud: the theme park's booking confirmation for the schools' outing day (history:
     * invoiced on 1 February, via EAN, nothing in advance), its invoice for that booking to its usual account, and its letter
     * about the staff day (invoiced after the event).
     */
    private void themePark() {
        String konto = iban("DK", "79900001843320");
        M m = ok("order-confirmation", false);
        m.wave = 1;
        headers(m, "Eventyrparken Billund, Gruppesalg", "gruppesalg@eventyrparken-billund.dk", "skole@billund.dk",
            "Bookingbekræftelse " + bookingNo + " - udskolingsdag 12. juni 2035")
            .text("Kære Billund Kommune, Skoleafdelingen\n\nTak for jeres booking. Vi har reserveret entré og frokost til "
                + "udskolingsdagen torsdag den 12. juni 2035 for 7 skoler: 644 elever og 52 lærere.\n\nBookingen faktureres 1. "
                + "februar via EAN " + EAN + " med 30 dages betaling. Antallet kan justeres gratis indtil 14 dage før besøget; "
                + "der skal ikke betales noget nu.\n\nVenlig hilsen\nGruppesalg\nEventyrparken Billund A/S")
            .attach("application/pdf", "Booking_" + bookingNo + ".pdf", Attachments.pdf(docId(m, "epb"), "Bookingbekræftelse "
                + bookingNo, List.of("Eventyrparken Billund A/S", "Kunde: Billund Kommune, Skoleafdelingen, EAN " + EAN,
                    "Udskolingsdag 12.06.2035: 644 elever, 52 lærere", "Gruppepris elev 189,00, voksen 0,00 (1 pr. 15 elever)",
                    "Frokostpakke 644 x 65,00", "Faktureres 01.02.2035, netto 30 dage")));
        genuine(m, "127.117.2.1");
        m.description = "history: the theme park's group booking for the schools' outing day: invoiced in February via EAN, "
            + "nothing to pay now";
        m = ok("group-ticket-invoice", true);
        String no = "EPF-" + (61_000 + rnd.nextInt(4_000));
        headers(m, "Eventyrparken Billund, Debitor", "debitor@eventyrparken-billund.dk", "skole@billund.dk", "Faktura " + no
            + " - booking " + bookingNo)
            .text("Kære Billund Kommune\n\nSom aftalt i bookingbekræftelsen fremsender vi fakturaen for udskolingsdagen den 12. "
                + "juni (booking " + bookingNo + "). Den er samtidig sendt elektronisk til EAN " + EAN + " - betal kun den ene.\n\n"
                + "Ændres antallet, krediterer vi differencen efter besøget.\n\nVenlig hilsen\nDebitorbogholderiet\n"
                + "Eventyrparken Billund A/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "epf"), "Faktura " + no,
                List.of("Eventyrparken Billund A/S, CVR " + cvr("eventyrparken-billund.dk"), "Billund Kommune, Skoleafdelingen, EAN " + EAN,
                    "Booking " + bookingNo + ": entré 644 elever à 189,00 = 121.716,00", "Frokostpakke 644 à 65,00 = 41.860,00",
                    "I alt ekskl. moms 163.576,00, moms 40.894,00, i alt 204.470,00", "Forfald " + dots(m, 30) + ", konto " + konto)));
        genuine(m, "127.117.2.1");
        m.description = "the theme park invoices the schools' booking as announced, to its usual account, DMARC pass";
        m = ok("supplier-letter", false);
        headers(m, "Eventyrparken Billund, Erhverv og grupper", "erhverv@eventyrparken-billund.dk", "hr@billund.dk",
            "Personaledag 2035 - foreløbig reservation")
            .text("Hej HR\n\nVi har noteret en foreløbig reservation til Billund Kommunes personaledag lørdag den 23. august for op "
                + "til 1.900 medarbejdere med pårørende. Endeligt antal skal oplyses senest 1. juli.\n\nBetaling sker som sidste år: "
                + "vi fakturerer efter arrangementet efter det faktiske antal billetter, via EAN. Vi beder aldrig om forudbetaling "
                + "eller om betaling til en privat konto.\n\nVenlig hilsen\nErhverv og grupper\nEventyrparken Billund");
        genuine(m, "127.117.2.1");
        m.description = "the theme park's staff-day reservation: invoiced after the event via EAN, never prepaid";
    }

    /**
     * Genuine counterpart to the winter-service fraud: the contracted winter contractor's January standby fee and its invoice
     * for the snowstorm weekend with a salting log, a letter on its readiness, and its price adjustment under the contract.
     */
    private void winterService() {
        M m = ok("winter-service-invoice", true);
        String no = invoiceNo(vinter);
        Amount a = new Amount(4_860_000, kr(4_860_000), kr(1_215_000), kr(6_075_000));
        headers(m, vinter.person(), addr(vinter), "vejogpark@billund.dk", "Faktura " + no + " - rådighed januar, kontrakt "
            + winterContract)
            .text("Hej Vej og Park\n\nHer er fakturaen for rådighedsvederlaget i januar efter kontrakt " + winterContract + " (rute 7, "
                + "8 og 9). Udkald faktureres for sig.\n\nVh Ole\n" + vinter.name())
            .attach("application/pdf", pdfName(no, 3), pdfInvoice(m, vinter, "Faktura", no, a, vinter.account(), 3,
                List.of("Kontrakt " + winterContract + ": rådighedsvederlag januar 2035, 3 ruter")));
        genuine(m, vinter.ip());
        m.description = "the contracted winter contractor's January standby fee, usual account, p=none aligned pass";
        m = ok("winter-service-invoice", true);
        no = invoiceNo(vinter);
        Amount b = new Amount(11_742_500, kr(11_742_500), kr(2_935_625), kr(14_678_125));
        headers(m, vinter.person(), addr(vinter), "vejogpark@billund.dk", "Udkald 24.-26. januar - faktura " + no)
            .text("Hej\n\nFaktura for udkaldene under snestormen 24.-26. januar på rute 7-9 efter ordre fra jeres vagthavende. "
                + "Saltloggen fra bilerne ligger ved som CSV, så I kan sammenholde den med jeres egen vintertjenestelog.\n\n"
                + "Vh Ole\n" + vinter.name())
            .attach("application/pdf", pdfName(no, 0), pdfInvoice(m, vinter, "Faktura", no, b, vinter.account(), 1,
                List.of("Udkald efter ordre fra vagthavende, kontrakt " + winterContract)))
            .attach("text/csv", "saltlog_uge4.csv", ("rute;start;slut;km;salt_t;ordre\r\n7;2035-01-24 03:40;2035-01-24 08:15;96;7,8;VH-0124-1\r\n"
                + "8;2035-01-24 03:45;2035-01-24 09:05;104;8,6;VH-0124-1\r\n9;2035-01-25 04:10;2035-01-25 08:50;88;7,1;VH-0125-2\r\n"
                + "7;2035-01-26 05:00;2035-01-26 07:40;96;5,2;VH-0126-1\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, vinter.ip());
        m.description = "the contracted winter contractor's invoice for call-outs ordered by the duty officer, salting log, usual "
            + "account";
        m = ok("supplier-letter", false);
        headers(m, vinter.person(), addr(vinter), "vejogpark@billund.dk", "Vinterberedskab uge 7")
            .text("Hej Vej og Park\n\nDMI varsler frost og sne fra onsdag. Vi har 140 tons salt på depotet i Grindsted og to "
                + "mand på vagt døgnet rundt. Vi rykker kun ud på ordre fra jeres vagthavende, som altid.\n\nRådigheden for februar "
                + "faktureres som vanligt i starten af marts.\n\nOle Hedegaard\n" + vinter.name());
        genuine(m, vinter.ip());
        m.description = "the winter contractor's readiness letter: call-outs only on the duty officer's order, nothing to pay";
    }

    /**
     * Genuine counterpart to the connection-fee fraud: the heating plant's connection offer for the new day-care centre
     * (history: invoiced when the service pipe is commissioned), its invoice after commissioning, and the regulator's notice.
     */
    private void districtHeating() {
        String konto = bank("7040", "0001688214");
        M m = ok("supplier-letter", false);
        m.wave = 1;
        headers(m, "Billund Varmeværk, Projekt", "projekt@billund-varmevaerk.dk", "ejendomme@billund.dk", "Tilbud om tilslutning "
            + connectionOffer + " - Børnehuset Troldeskoven")
            .text("Til Billund Kommune, Ejendomme\n\nHermed tilbud om tilslutning af det nye Børnehuset Troldeskoven, "
                + "Troldeskovvej 4, til fjernvarmen. Tilslutningsbidraget er 148.600 kr. ekskl. moms efter vores gældende "
                + "takstblad. Stikledningen lægges i uge 5, og anlægget idriftsættes, når jeres VVS'er har meldt klar.\n\n"
                + "Bidraget faktureres først, når stikledningen er idriftsat - der skal intet betales forud.\n\n"
                + "Med venlig hilsen\nBillund Varmeværk a.m.b.a.")
            .attach("application/pdf", "Tilbud_" + connectionOffer + ".pdf", Attachments.pdf(docId(m, "bvt"), "Tilbud om "
                + "tilslutning " + connectionOffer, List.of("Billund Varmeværk a.m.b.a.", "Ejendom: Børnehuset Troldeskoven, "
                    + "Troldeskovvej 4, 7190 Billund", "Tilslutningsbidrag (takstblad 2035): 148.600,00 ekskl. moms",
                    "Fakturering: ved idriftsættelse", "Tilbuddet gælder 3 måneder")));
        genuine(m, "127.117.1.1");
        m.description = "history: the district heating plant's connection offer for a new day-care centre: invoiced at "
            + "commissioning, nothing in advance";
        m = ok("connection-contribution-invoice", true);
        String no = "BV-" + (90_400 + rnd.nextInt(900));
        headers(m, "Billund Varmeværk, Regnskab", "regnskab@billund-varmevaerk.dk", "ejendomme@billund.dk", "Faktura " + no
            + " - tilslutningsbidrag Børnehuset Troldeskoven")
            .text("Til Billund Kommune\n\nStikledningen til Børnehuset Troldeskoven blev idriftsat " + written(m, -3) + ". Hermed "
                + "faktura for tilslutningsbidraget efter tilbud " + connectionOffer + ". Den er også sendt via NemHandel til EAN "
                + EAN + ".\n\nBetaling til vores konto " + konto + ", som står på alle vores opkrævninger.\n\nMed venlig hilsen\n"
                + "Billund Varmeværk a.m.b.a.")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "bvf"), "Faktura " + no,
                List.of("Billund Varmeværk a.m.b.a.", "Billund Kommune, Ejendomme, EAN " + EAN,
                    "Tilslutningsbidrag, tilbud " + connectionOffer + ", Troldeskovvej 4", "148.600,00 + moms 37.150,00 = 185.750,00",
                    "Konto: " + konto + ", forfald " + dots(m, 30))));
        genuine(m, "127.117.1.1");
        m.description = "the heating plant invoices the connection contribution after commissioning, its usual account, DMARC pass";
        m = ok("authority-notice", false);
        headers(m, "Forsyningstilsynet", "post@forsyningstilsynet.dk", "teknik@billund.dk", "Orientering: prisloft for "
            + "fjernvarme 2035")
            .text("Til kommunerne som varmeplanmyndighed\n\nForsyningstilsynet har offentliggjort prislofterne for fjernvarme for "
                + "2035. Orienteringen kræver ingen handling og er ikke forbundet med betaling. Tilslutningsbidrag fastsættes "
                + "fortsat af det enkelte værk efter dets anmeldte takstblad.\n\nMed venlig hilsen\nForsyningstilsynet");
        genuine(m, "127.117.15.1");
        m.description = "the utility regulator's notice on heat price caps, nothing to pay, DMARC pass";
    }

    private void airportAndLogistics() {
        M m = ok("facility-rental-invoice", true);
        String no = "BLL-" + (40_200 + rnd.nextInt(900));
        String konto = iban("DK", "30000014462219");
        headers(m, "Billund Lufthavn, Commercial", "commercial@billund-lufthavn.dk", "turisme@billund.dk", "Faktura " + no
            + " - turistinformation i ankomsthallen, 1. kvartal")
            .text("Kære Billund Kommune, Turisme\n\nHermed faktura for leje af standen til turistinformationen i ankomsthallen i "
                + "1. kvartal 2035 efter lejeaftalen. Fakturaen er også sendt til EAN " + EAN + ".\n\nVenlig hilsen\n"
                + "Billund Lufthavn A/S, Commercial")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "bll"), "Faktura " + no,
                List.of("Billund Lufthavn A/S", "Billund Kommune, Turisme, EAN " + EAN, "Leje af stand, ankomsthal, 01.01.-31.03.2035",
                    "36.900,00 + moms 9.225,00 = 46.125,00", "Konto: " + konto)));
        genuine(m, "127.117.3.1");
        m.description = "the airport invoices the quarterly rent of the tourist-information stand, DMARC pass";
        m = ok("storage-invoice", true);
        no = "BCL" + (7_700 + rnd.nextInt(300));
        String konto2 = bank("9570", "0017390051");
        headers(m, "Billund Cargo Logistik, Fakturering", "faktura@billund-cargologistik.dk", "ejendomme@billund.dk", "Lagerleje "
            + "januar - faktura " + no)
            .text("Hej Ejendomme\n\nFaktura for opbevaring af inventaret fra Lynghedeskolen under renoveringen: 46 pallepladser i "
                + "januar plus ind- og udlevering af 8 paller til byggepladsen. Lagerlisten er vedhæftet.\n\nVenlig hilsen\n"
                + "Billund Cargo Logistik A/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "bcl"), "Faktura " + no,
                List.of("Billund Cargo Logistik A/S", "Billund Kommune, Ejendomme", "Pallepladser 46 x 31 dage à 2,10",
                    "Håndtering 8 paller à 95,00", "I alt ekskl. moms 3.754,60, moms 938,65, i alt 4.693,25",
                    "Konto: " + konto2)))
            .attach("text/csv", "lagerliste_lynghedeskolen.csv", ("palle;indhold;placering\r\nLS-01;elevborde;B-12-1\r\n"
                + "LS-02;elevstole;B-12-2\r\nLS-03;reoler biblioteket;B-13-1\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.117.4.1");
        m.description = "a logistics firm invoices storage of a school's furniture during renovation (Ed25519, p=none) aligned pass";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Erhvervsstyrelsen", "tilskud@erhvervsstyrelsen.dk", "erhverv@billund.dk", "Tilsagn: Landdistriktspuljen, "
            + "Filskov Forsamlingshus")
            .text("Til Billund Kommune\n\nDer er givet tilsagn om 215.000 kr. fra Landdistriktspuljen til energirenovering af "
                + "Filskov Forsamlingshus, hvor kommunen er medansøger. Tilskuddet udbetales til kommunens NemKonto, når "
                + "regnskabet er godkendt. Tilsagnsbrevet er sendt til Digital Post.\n\nMed venlig hilsen\nErhvervsstyrelsen");
        genuine(m, "127.117.16.1");
        m.description = "business authority grant commitment paid to our NemKonto, pointer to Digital Post, DMARC pass";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, vinter.person(), addr(vinter), "vejogpark@billund.dk", "Indeksregulering af timepriser pr. 1. marts")
            .text("Hej Vej og Park\n\nEfter kontrakt " + winterContract + " § 8 reguleres timepriserne for maskiner og mandskab 1. "
                + "marts efter nettoprisindekset. Stigningen er 2,3 %, og den nye prisliste er vedhæftet. Den gælder for udkald fra "
                + "1. marts og kommer med på de almindelige fakturaer.\n\nVh Ole\n" + vinter.name())
            .attach("application/pdf", "Prisliste_marts_2035.pdf", Attachments.pdf(docId(m, "idx"), "Prisregulering 1. marts 2035",
                List.of("Kontrakt " + winterContract + ", § 8", "Regulering: +2,3 % (nettoprisindeks)", "Traktor m. sneplov: 741,70/t",
                    "Mandskab: 506,40/t")));
        genuine(m, vinter.ip());
        m.description = "the winter contractor announces the contractual index adjustment on its ordinary invoices";
    }

    private void platforms() {
        Object[][] p = {{"saldi.dk", it}, {"saldi.dk", skadedyr}, {"xena.biz", lyd}, {"vivawallet.com", pudser},
            {"shipmondo.com", null}, {"tracezilla.com", null}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(580_000);
            m.mailFrom = "bounces+" + sha256("plat36:" + m.id).substring(0, 12) + "@" + d;
            String no;
            if (d.equals("saldi.dk")) {
                no = String.valueOf(5_100 + rnd.nextInt(3_000));
                headers(m, s.name(), "noreply@saldi.dk", v == 0 ? "it@billund.dk" : "vejogpark@billund.dk", "Faktura " + no
                    + " fra " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Kære Billund Kommune\n\nVedhæftet finder I faktura nr. " + no + " fra " + s.name() + ".\n\nBeløb: DKK "
                        + a.gross() + "\nForfaldsdato: " + dots(m, 21) + "\n\nSpørgsmål til fakturaen besvares af " + s.person()
                        + " - svar blot på denne mail.\n\n--\nSendt fra Saldi - regnskab på nettet");
            } else if (d.equals("xena.biz")) {
                no = "X" + (2_300 + rnd.nextInt(700));
                headers(m, s.name() + " (via Xena)", "faktura@xena.biz", "kultur@billund.dk", "Faktura " + no)
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#333\"><p>Hej Billund "
                        + "Kommune</p><p>" + s.name() + " har sendt dig en faktura.</p><table style=\"border:1px solid #ddd;padding:"
                        + "10px\"><tr><td>Fakturanr.</td><td>" + no + "</td></tr><tr><td>Beløb</td><td>DKK " + a.gross() + "</td></tr>"
                        + "<tr><td>Forfald</td><td>" + isoDay(m, 14) + "</td></tr></table><p><a href=\"https://app.xena.biz/doc/"
                        + sha256("xe36:" + m.id).substring(0, 24) + "\">Se fakturaen online</a></p><p style=\"font-size:11px;color:"
                        + "#999\">Xena - regnskabsprogram</p></body></html>");
            } else if (d.equals("vivawallet.com")) {
                no = "VW-" + (880_000 + rnd.nextInt(90_000));
                headers(m, s.name() + " via Viva Wallet", "invoices@vivawallet.com", "kultur@billund.dk", "Faktura " + no + " fra "
                    + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej\n\n" + s.name() + " har sendt dig en faktura.\n\nFakturanummer: " + no + "\nBeløb: " + a.gross()
                        + " DKK\nForfald: " + dots(m, 10) + "\n\nBetal med kort via linket, eller overfør til kontoen på den "
                        + "vedhæftede faktura:\nhttps://pay.vivawallet.com/i/" + sha256("vw36:" + m.id).substring(0, 20)
                        + "\n\nViva Wallet");
            } else if (d.equals("shipmondo.com")) {
                no = "SM" + (4_400_000 + rnd.nextInt(90_000));
                headers(m, "Shipmondo Fakturering", "faktura@shipmondo.com", "indkoeb@billund.dk", "Din faktura " + no
                    + " fra Shipmondo")
                    .text("Hej Billund Kommune\n\nHer er fakturaen for fragt bestilt gennem jeres Shipmondo-konto i januar (43 "
                        + "pakker fra Billund Bibliotekerne og 6 paller fra Materielgården).\n\nBeløbet trækkes som aftalt via "
                        + "Betalingsservice den " + dots(m, 8) + ". Specifikationen pr. forsendelse ligger i jeres Shipmondo-konto."
                        + "\n\nVenlig hilsen\nShipmondo")
                    .attach("application/pdf", "Shipmondo_" + no + ".pdf", Attachments.pdf(docId(m, "sm"), "Faktura " + no,
                        List.of("Shipmondo ApS", "Kunde: Billund Kommune, Indkøb", "Fragt januar 2035: 43 pakker, 6 paller",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Betaling: Betalingsservice")));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform shipmondo.com's own freight invoice, paid by direct debit, p=quarantine aligned pass";
                v++;
                continue;
            } else {
                no = "TZ-" + (10_300 + rnd.nextInt(900));
                String farm = bank("7040", "0001721196");
                headers(m, "Grene Gårdbutik ApS (tracezilla)", "invoice@tracezilla.com", "aeldre@billund.dk", "Faktura " + no
                    + " - Grene Gårdbutik ApS")
                    .header("Reply-To", "<salg@grene-gaardbutik.dk>")
                    .text("Hej Plejecenter Lynghaven, køkkenet\n\nTak for jeres ordre. Vedhæftet er faktura " + no + " for "
                        + "æg, kartofler og rodfrugter leveret i uge 5 og 6.\n\nBeløb: " + a.gross() + " kr.\nForfald: "
                        + dots(m, 14) + "\nKonto: " + farm + "\n\nMed venlig hilsen\nGrene Gårdbutik ApS\n(sendt via tracezilla)");
                m.mime.attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "tz"), "Faktura " + no,
                    List.of("Grene Gårdbutik ApS, Grenevej 88, 7190 Billund", "Kunde: Billund Kommune, Plejecenter Lynghaven",
                        "Æg 30 bakker, kartofler 120 kg, rodfrugter 60 kg, uge 5-6", "DKK " + a.net() + " + moms = " + a.gross(),
                        "Konto: " + farm)));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform tracezilla.com: a farm shop's invoice for vegetables and eggs to a care home's kitchen";
                v++;
                continue;
            }
            m.mime.attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.name() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(vvs, kontor, byg)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_300_000);
            boolean peppol = v == 2;
            String ref = "BK-" + (81_500 + v * 433);
            headers(m, s.name(), addr(s), "efaktura@billund.dk", "E-faktura " + no + (peppol ? " - Peppol-fil" : " - OIOUBL-fil"))
                .text("Hej e-faktura\n\nVores faktura " + no + " er afvist af vores udbyder med 'modtager ukendt' - vi tror, at "
                    + "jeres EAN er skrevet forkert i vores system, og det er ved at blive rettet. Indtil da sender vi XML-filen "
                    + "herunder sammen med en udskrift. Kontoen er den sædvanlige. Kommer fakturaen også ad den normale vej, så "
                    + "betal kun én af dem.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "BIS3_" : "OIOUBL_") + no.replace('/', '-') + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 21), peppol, ref, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Udskrift " + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 2, List.of("Jeres ordre " + ref, "Format: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a printout, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced properly from the supplier's own domain, each followed by the supplier's next
     * invoice to the new account: the carpenter moves to another bank; the meal service joins its new owner's cash pool.
     */
    private void bankChanges() {
        String nyT = bank("9680", "0003318207");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@billund.dk", "Skift af bank pr. 15. februar")
            .text("Til kreditorafdelingen\n\nFilskov Tømrer & Byg flytter sine konti til en anden bank. Fakturaer, vi udsteder fra og "
                + "med 15. februar 2035, bedes betalt til " + nyT + ". Ældre fakturaer kan stadig betales til den gamle konto, som "
                + "holdes åben til 1. maj.\n\nI må meget gerne ringe til mig på det nummer, I har i leverandørkartoteket, og få "
                + "det bekræftet, før I retter noget. Et underskrevet brev er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Nyt_kontonummer_Filskov_Tomrer.pdf", Attachments.pdf(docId(m, "bs"),
                "Meddelelse om skift af bank", List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()),
                    "Gælder fakturaer udstedt fra 15.02.2035", "Ny konto: " + nyT, "Jakob Møller, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from mid-February (SPF+Ed25519 aligned, no DMARC), "
            + "invites a call-back";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye døre til personalerum og værksted, Filskov Børnehus");
        invoice(m, moved, nyT, 14, List.of("Ny bankforbindelse fra 15.02.2035, jf. vores brev"), "\n\nBemærk, at vi har skiftet "
            + "bank - det nye kontonummer står på fakturaen og i brevet fra sidste uge.");
        genuine(m, toemrer.ip());
        m.description = "filskov-tomrerbyg.dk invoice to its new account after the announced, authenticated bank change";

        String nyM = iban("DK", "30000016673308");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Billund Storkøkken, Økonomi", "oekonomi@billund-storkoekken.dk", "kreditor@billund.dk",
            "Ændrede betalingsoplysninger fra 1. februar 2035")
            .text("Til Billund Kommune, kreditorer og Ældre og Sundhed\n\nSom tidligere meddelt er Billund Storkøkken A/S blevet en "
                + "del af Sydjysk Måltidsservice-koncernen. Fra og med de fakturaer, vi udsteder efter 1. februar, indgår vi i "
                + "koncernens cash pool, og betalinger skal derfor ske til " + nyM + ". Fakturaer udstedt før kan betales til den "
                + "gamle konto, som er åben til udgangen af april. CVR-nummer, EAN-aftale og priser er uændrede.\n\nÆndringen er også "
                + "meddelt via NemHandel og med direktørens underskrift til jeres Digital Post. Ring gerne til os på det nummer, "
                + "der står i kontrakten.\n\nMed venlig hilsen\nBillund Storkøkken A/S, Økonomi");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (RSA, p=reject, DMARC pass) announces a new account in its new owner's "
            + "cash pool from February, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM,
            "mad til hjemmeboende ældre og Plejecenter Lynghaven, februar");
        invoice(m, pooled, nyM, 17, List.of("Ny betalingskonto fra 01.02.2035, jf. vores meddelelse"), "\n\nHusk den nye konto, "
            + "som vi har skrevet om - alt andet er som før.");
        genuine(m, mad.ip());
        m.description = "billund-storkoekken.dk invoice to its new account after the announced, authenticated change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(lyd, skadedyr, natur, guide, tolk, musik, pudser, motion, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 3, List.of("Aftalt med " + (v % 2 == 0 ? "kontaktpersonen i kommunen" : "lederen")),
                v % 3 == 2 ? "\n\nDet er første gang, jeg sender en faktura til kommunen, så sig til, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved premises but kept its bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Billund Låseservice", "billund-laas.dk", "Martin Krogh", "martin", HOSTER_IP,
            bank("9570", "0017756640"), "omkodning af adgangskort og to nye cylindre, Billund Bibliotek");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 19, List.of("Nøglekvittering underskrevet af biblioteket"), "\n\nDe gamle cylindre er "
            + "afleveret på Materielgården.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 30, List.of("Ny adresse fra 1. februar: Håndværkervej 3, 7200 Grindsted"), "\n\nVi er flyttet "
            + "til nye lokaler i Grindsted. Bank, konto og telefonnummer er de samme.");
        genuine(m, HOSTER_IP);
        m.description = "stenderup-el.dk invoice announcing a new address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        m.wave = 1;
        String no = "HVM-" + (6_100 + rnd.nextInt(700));
        String subject = "Faktura " + no + " - Billund Kommune";
        headers(m, svensk.person(), addr(svensk), "vejogpark@billund.dk", subject)
            .text("Hej,\n\nhär kommer fakturan för vägmarkeringen av kantlinjer på era landsvägar, etapp 1, som utfördes i "
                + "oktober. Omvänd skattskyldighet gäller.\n\nBetalning inom 30 dagar till " + svensk.account()
                + ".\n\nMed vänliga hälsningar\n" + svensk.name())
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: Billund Kommune, " + RAADHUS + ", Danmark", svensk.what(),
                    "Att betala SEK 214 600,00 (omvänd skattskyldighet)", "Bank: " + svensk.account())));
        genuine(m, svensk.ip());
        past.put(svensk.domain(), new Past(no, new Amount(0, "", "", "SEK 214 600,00"), messageId(m, svensk.domain()), subject));
        m.description = "Swedish road-marking firm (history), SE IBAN, reverse charge, p=none aligned pass";
        m = ok("foreign-invoice", true);
        no = "FSB-" + (1_400 + rnd.nextInt(300));
        headers(m, "Flensburger Spielplatzbau - Buchhaltung", addr(tysk), "dagtilbud@billund.dk", "Schlussrechnung " + no
            + " - Kindergarten Vorbasse")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Schlussrechnung für den Kletterturm mit Fallschutz im "
                + "Kindergarten Vorbasse gemäß Auftrag vom 2. September 2034. Die Abnahme mit Ihrem Bauleiter erfolgte am 21. "
                + "Januar. Steuerschuldnerschaft des Leistungsempfängers.\n\nZahlbar innerhalb von 30 Tagen auf " + tysk.account()
                + ".\n\nMit freundlichen Grüßen\nFlensburger Spielplatzbau GmbH")
            .attach("application/pdf", "Schlussrechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Schlussrechnung " + no,
                List.of(tysk.name() + ", Flensburg", "Kunde: Billund Kommune, " + RAADHUS + ", Dänemark", tysk.what(),
                    "Betrag EUR 38.450,00 (Reverse Charge)", "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German playground builder's final invoice (SPF only, aligned pass, no DMARC), DE IBAN, accepted work";
        m = ok("foreign-invoice", true);
        no = "ZW-35-" + (300 + rnd.nextInt(400));
        headers(m, "Zwolle Wintertechniek - Accounts Receivable", addr(hollandsk), "vejogpark@billund.dk", "Invoice " + no
            + " - salt spreaders, order BK-80331")
            .text("Dear Sir or Madam,\n\nThe two trailed salt spreaders under your order BK-80331 were delivered to the road depot "
                + "in Grindsted on 27 January and signed for by your workshop. Please find our invoice attached; the reverse "
                + "charge applies.\n\nPayment within 30 days to " + hollandsk.account() + ".\n\nKind regards\nAccounts Receivable\n"
                + "Zwolle Wintertechniek B.V.")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of(hollandsk.name() + ", Zwolle, the Netherlands", "Customer: Billund Kommune, road depot Grindsted",
                    "Order BK-80331: " + hollandsk.what(), "EUR 27,880.00 - reverse charge", "Bank: " + hollandsk.account())));
        genuine(m, hollandsk.ip());
        m.description = "Dutch maker of salt spreaders invoices delivered equipment in English, NL IBAN, DMARC pass";
        Past f = past.get(svensk.domain());
        m = ok("payment-reminder", true);
        headers(m, svensk.person(), addr(svensk), "vejogpark@billund.dk", "Påminnelse faktura " + f.no())
            .text("Hej,\n\nenligt vår reskontra är faktura " + f.no() + " på " + f.amount().gross() + " fortfarande obetald. Vänligen "
                + "betala till vårt vanliga konto " + svensk.account() + ". Om betalning redan skett ber vi er bortse från detta.\n\n"
                + "Med vänlig hälsning\n" + svensk.name());
        genuine(m, svensk.ip());
        m.description = "Swedish supplier's reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "TG" + (205_000 + rnd.nextInt(9_000));
        headers(m, "TimeGrip Fakturering", "faktura@timegrip.dk", "aeldre@billund.dk", "Faktura " + no + " - TimeGrip, 1. kvartal")
            .text("Hej Billund Kommune\n\nHer er fakturaen for jeres licenser til tidsregistrering i hjemmeplejen (140 brugere) "
                + "for 1. kvartal 2035. Den er også sendt via NemHandel til EAN " + EAN + ", og betalingen sker som vanligt den "
                + "vej.\n\nVenlig hilsen\nTimeGrip")
            .attach("application/pdf", "TimeGrip_" + no + ".pdf", Attachments.pdf(docId(m, "tg"), "Faktura " + no,
                List.of("Billund Kommune, Ældre og Sundhed, EAN " + EAN, "Licenser 140 brugere, 1. kvt. 2035",
                    "DKK 18.900,00 + moms", "Betaling via EAN")));
        genuine(m, "127.119.21.1");
        m.description = "time-registration SaaS quarterly invoice, to the EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "ZY-" + (70_100 + rnd.nextInt(900));
        headers(m, "Zylinc Billing", "billing@zylinc.com", "it@billund.dk", "Zylinc invoice " + no)
            .text("Dear customer,\n\nPlease find attached the invoice for your contact-centre subscription for Borgerservice "
                + "(25 agents), 1 February - 30 April 2035. As agreed, it is also delivered to your EAN and is paid through your "
                + "e-invoicing.\n\nBest regards\nZylinc Billing")
            .attach("application/pdf", "Zylinc_" + no + ".pdf", Attachments.pdf(docId(m, "zy"), "Invoice " + no,
                List.of("Customer: Billund Kommune, Borgerservice, EAN " + EAN, "Contact centre, 25 agents, Feb-Apr 2035",
                    "DKK 41,250.00 excl. VAT", "Payment: e-invoice (EAN)")));
        genuine(m, "127.119.22.1");
        m.description = "contact-centre SaaS invoice in English, to the EAN, Ed25519, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "W-" + (3_300_000 + rnd.nextInt(90_000));
        headers(m, "Wrike", "billing@wrike.com", "teknik@billund.dk", "Your Wrike receipt " + no)
            .text("Hi,\n\nThank you for your payment. Your Business plan (15 seats, Teknik og Miljø) has been renewed for 12 "
                + "months and charged to the card ending 2206. The invoice is attached for your records; no action is needed.\n\n"
                + "Wrike Billing")
            .attach("application/pdf", "Wrike_" + no + ".pdf", Attachments.pdf(docId(m, "wr"), "Invoice " + no,
                List.of("Billund Kommune, Teknik og Miljø", "Business plan, 15 seats, 12 months", "USD 4,680.00",
                    "Paid by card ending 2206")));
        genuine(m, "127.119.23.1");
        m.description = "project-management SaaS receipt, already paid by card, p=none aligned pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce-" + sha256("pd36:" + m.id).substring(0, 12) + "@pandadoc.com";
        headers(m, "Eventyrparken Billund via PandaDoc", "docs@pandadoc.com", "skole@billund.dk", "Eventyrparken Billund sent you "
            + "\"Samarbejdsaftale Læring i parken 2035\"")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Eventyrparken Billund har sendt "
                + "dig dokumentet <b>Samarbejdsaftale Læring i parken 2035</b> til underskrift.</p><p><a href=\"https://app.pandadoc"
                + ".com/document/" + sha256("pdl36:" + m.id).substring(0, 26) + "\">Åbn dokumentet</a></p><p>Har du spørgsmål, "
                + "så kontakt afsenderen.</p><p style=\"font-size:10px;color:#888\">PandaDoc</p></body></html>");
        genuine(m, "127.119.24.1");
        m.description = "real e-signature service sends the theme park's school cooperation agreement, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"svindelinfo-nyt.dk", "Svindelinfo Nyt", "nyhedsbrev@", "Falske gruppebilletter og vinterregninger",
            "I turistkommunerne dukker mails op om 'forudbetaling' af gruppebilletter til forlystelsesparker og om regninger "
                + "for snerydning, som ingen har bestilt. Betal kun efter den booking eller kontrakt, I selv har, og ring til det "
                + "nummer, der står i den."},
            {"billund-revision.dk", "Billund Revision", "nyhedsbrev@", "Tilslutningsbidrag: hvem er afsenderen?",
                "Et tilslutningsbidrag til fjernvarme opkræves af det værk, der ejer ledningen, efter et tilbud og efter "
                    + "idriftsættelse. Krav fra 'servicefirmaer' eller om forudbetaling bør stoppes og tjekkes."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounces-" + sha256("nl36:" + x[0]).substring(0, 16) + "@sendinblue.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@billund.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld?u=" + sha256("u36:" + x[0]).substring(0, 18) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"margin:0;background:#eef2f5\"><table width=\"600\" align=\"center\" style=\""
                    + "background:#fff;font-family:Verdana,sans-serif;font-size:13px\"><tr><td style=\"padding:24px\"><h2 style=\""
                    + "color:#1d3b58\">" + x[3] + "</h2><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs mere"
                    + "</a></p><p style=\"font-size:10px;color:#888\">Du får dette nyhedsbrev, fordi du har tilmeldt dig. "
                    + "Frameld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("sendinblue.com");
            m.ip = "127.119.7.1";
            m.helo = "smtp-relay.sendinblue.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    /** The creditor list tags the subject and adds a footer: the poster's DKIM breaks, the list re-signs. */
    static byte[] listRewrite(byte[] raw) {
        String mail = new String(raw, StandardCharsets.UTF_8);
        mail = mail.replaceFirst("(?m)^Subject: ", "Subject: [Kreditornetværk Syd] ");
        String tail = "\r\n--\r\nKreditornetværk Syd - for kreditor- og indkøbsmedarbejdere i syd- og vestjyske kommuner\r\n"
            + "Administrer dit abonnement: https://kreditornetvaerk-syd.dk/liste\r\n";
        String body = mail.endsWith("\r\n") ? mail.substring(0, mail.length() - 2) : mail;
        return (body + tail).getBytes(StandardCharsets.UTF_8);
    }

    private void creditorList() {
        String[][] p = {{"kommunal-kreditor.dk", "Mette Riis", "meri@", "Forudbetaling af billetter til forlystelsespark?",
            "Hej alle\n\nVores skoleafdeling har fået en mail fra 'parkens billetkontor' om, at skolernes gruppebilletter nu skal "
                + "forudbetales til en ny konto, ellers frigives de. Parken selv siger, at de aldrig har sendt den. Har andre "
                + "set noget lignende?\n\nMette"},
            {"sydjysk-indkoeb.dk", "Kasper Nygaard", "kany@", "SV: Forudbetaling af billetter til forlystelsespark?", "Ja - hos os "
                + "var det til personaledagen, og afsenderen skrev fra en gmail. Vi ringede til parkens gruppesalg på nummeret "
                + "fra sidste års faktura.\n\nKasper"},
            {"kommunal-kreditor.dk", "Lars Brodersen", "labr@", "Snerydning, vi ikke har bestilt", "Hej\n\nVi har i denne uge fået "
                + "to fakturaer for 'akut snerydning og saltning' fra firmaer, vi ikke har kontrakt med, begge med henvisning til "
                + "en 'telefonisk aftale med vagten'. Vores vagthavende har ikke ringet til nogen af dem.\n\nLars"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornetvaerk-syd.dk", x[3])
                .header("List-Id", "Kreditornetværk Syd <liste.kreditornetvaerk-syd.dk>")
                .header("List-Post", "<mailto:liste@kreditornetvaerk-syd.dk>")
                .text(x[4]);
            String list = "kreditornetvaerk-syd.dk";
            m.signers.add(x[0]);
            m.listSigner = list;
            m.afterSigning = HeldOutCorpus36::listRewrite;
            m.helo = "lists." + list;
            m.ip = dns.get(list).spfIps().get(0);
            m.description = "post by " + x[0] + " (DMARC p=" + dns.get(x[0]).dmarc() + ") relayed by " + list
                + "; its subject tag and footer break the poster's DKIM, the list signs anew";
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 24, List.of(), "");
        m.mailFrom = "SRS0=pQ7e=BJ=ugeavisen-grindsted.dk=annoncer@srs.grindsted-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.119.11.1";
        m.helo = "srs.grindsted-net.dk";
        m.description = "ugeavisen-grindsted.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 33, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, rengoer, rengoer.account(), 27, List.of(), "");
        m.signers.add(rengoer.domain());
        relayedBy(m, "DKIM only, its signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 38, List.of(), "");
        relayedBy(m, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(bus);
        Amount a = amount(380_000);
        M inner = new M();
        inner.id = m.id + "-inner";
        Mime orig = new Mime(sha256("inner36:" + m.id).substring(0, 16));
        date(m);
        orig.header("Date", m.sent.atZone(ZoneOffset.ofHours(1)).minusDays(4).minusMinutes(17)
            .format(DateTimeFormatter.RFC_1123_DATE_TIME));
        orig.from(bus.person(), addr(bus));
        orig.header("To", "Anne Mette Juhl <amju@billund.dk>");
        orig.subject("Faktura " + no + " - tur til Givskud med 3.a og 3.b");
        orig.header("Message-ID", messageId(inner, bus.domain()));
        orig.text("Hej Anne Mette\n\nHer er regningen for bussen til Givskud med 3. årgang.\n\nKørselskontoret\nVesterhede Busser");
        orig.attach("application/pdf", pdfName(no, 5), pdfInvoice(m, bus, "Faktura", no, a, bus.account(), 3, List.of()));
        headers(m, "Anne Mette Juhl", "amju@" + OWN, "kreditor@billund.dk", "VS: Faktura " + no + " - ekskursion 3. årgang")
            .text("Hej kreditor\n\nBusselskabet sendte fakturaen direkte til mig. Turen er kørt, og jeg godkender den - kontering "
                + "Hejnsvig Skole, ekskursioner. Den oprindelige mail er vedhæftet.\n\nAnne Mette Juhl\nHejnsvig Skole")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a teacher forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    /** The supplier's mail went to an old address at a local fibre provider, which relays it on without SRS. */
    private void relayedBy(M m, String outcome) {
        m.helo = "relay.billund-fiber.dk";
        m.ip = dns.get(m.helo).spfIps().get(0);
        m.description = domainOf(m.from) + " invoice relayed by " + m.helo + " without SRS: " + outcome;
    }

    private void internal() {
        String[][] x = {{"Kreditorafdelingen", "kreditor@", "ledere@billund.dk", "Billetter, snerydning og tilslutningsbidrag: "
            + "kun efter aftale", "Kære ledere\n\nGruppebilletter til Eventyrparken faktureres efter bookingen via EAN - aldrig "
                + "forud og aldrig til en privat konto. Snerydning og saltning betales kun til de entreprenører, vi har kontrakt "
                + "med, og kun for udkald, vores vagthavende har bestilt. Tilslutningsbidrag til fjernvarme betales efter værkets "
                + "tilbud, når der er tilsluttet. Får I krav om andet, så send mailen til os.\n\nKreditorafdelingen"},
            {"Jens Kjærgaard", "jekj@", "kreditor@billund.dk", "Billund Storkøkken - ny konto bekræftet", "Hej\n\nJeg har ringet "
                + "til Billund Storkøkkens økonomichef på nummeret i kontrakten. Den nye konto i cash poolen er korrekt, og "
                + "brevet ligger også i Digital Post. Kreditoroplysningerne er rettet for fakturaer udstedt fra 1. februar.\n\nJens\nÆldre og Sundhed"},
            {"IT-sikkerhed", "it-sikkerhed@", "alle@billund.dk", "QR-koder og 'genbekræft MitID'", "Vi ser mails med QR-koder, "
                + "der beder jer betale en afgift eller bekræfte MitID Erhverv. Scan dem ikke, og log aldrig ind via et link i en "
                + "mail. Send mailen til os."},
            {"Rikke Thomsen", "rith@", "kreditor@billund.dk", "Udlæg: parkering i lufthavnen ved kursus", "Hej\n\nKvitteringen "
                + "for parkering i lufthavnen under kurset i København er vedhæftet (2 døgn). Kan det komme med i næste "
                + "udlægsudbetaling?\n\nRikke\nJobcentret"},
            {"Vej og Park, driften", "vejogpark@", "kreditor@billund.dk", "Vintertjeneste: kun kontraktentreprenører", "Hej "
                + "kreditor\n\nVintertjenesten på kommunevejene udføres kun af Hejnsvig Maskinstation (kontrakt " + winterContract
                + ") og af vores egne biler. Udkald bestilles altid af vagthavende med et ordrenummer (VH-...). Regninger for "
                + "snerydning fra andre er ikke bestilt af os - send dem til driftskontoret.\n\nVej og Park"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_parkering.jpg", Attachments.image(docId(m, "bon"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Grindsted Sparekasse, Erhverv", "erhverv@grindsted-sparekasse.dk", "oekonomi@billund.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 187 betalinger. De gennemføres på de angivne datoer, og "
                + "status kan ses i netbanken under 'Filoverførsler'.\n\nVi sender aldrig links til log-on og beder aldrig om "
                + "godkendelse med MitID i en mail.\n\nGrindsted Sparekasse, Erhverv");
        genuine(m, "127.119.1.1");
        m.description = "the real bank's payment-file receipt: no link, refers to the netbank";
        m = ok("bank-notice", false);
        headers(m, "Grindsted Sparekasse", "erhverv@grindsted-sparekasse.dk", "oekonomi@billund.dk", "Nye cut-off-tider fra 1. marts")
            .text("Kære kunde\n\nFra 1. marts rykkes cut-off for straksoverførsler i betalingsfiler til kl. 15.30. Oversigten "
                + "findes i netbanken under 'Beskeder'.\n\nGrindsted Sparekasse");
        genuine(m, "127.119.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Vorbasse Andelskasse", "kundeservice@vorbasse-andelskasse.dk", "oekonomi@billund.dk",
            "Ændrede vilkår for erhvervskonti")
            .text("De nye vilkår for erhvervskonti gælder fra 1. april 2035 og kan læses i netbanken. Du skal ikke foretage dig "
                + "noget.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.119.2.1");
        m.description = "bank notice about terms, Ed25519, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Billund Revision", "revision@billund-revision.dk", "kreditor@billund.dk", "Anmodning om saldobekræftelse - "
            + entrep.name())
            .text("Til Billund Kommune\n\nSom revisor for " + entrep.name() + " beder vi om jeres bekræftelse af mellemværendet "
                + "med selskabet pr. 31. december 2034. Selskabets fuldmagt er vedhæftet.\n\nSvar venligst direkte til os, også "
                + "hvis der ikke er noget mellemværende. Vi beder hverken om betaling eller bankoplysninger.\n\nMed venlig hilsen\n"
                + "Billund Revision")
            .attach("application/pdf", "Saldoforespoergsel.pdf", Attachments.pdf(docId(m, "sb"), "Anmodning om saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Opgørelsesdato 31.12.2034", "Svar sendes til revisor")));
        genuine(m, "127.117.6.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Sønder Omme Efterskole, Kontoret", "kontor@sdr-omme-efterskole.dk", "oekonomi@billund.dk",
            "Indbetaling for leje af Sdr. Omme Hallen")
            .text("Hej\n\nVi har i dag overført 6.400,00 kr. for leje af Sdr. Omme Hallen til vores skolefodboldstævne (jeres "
                + "faktura 4410872).\n\nVenlig hilsen\nSønder Omme Efterskole");
        genuine(m, "127.117.7.1");
        m.description = "remittance advice: a boarding school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Sydvestjysk Affald I/S, Bogholderi", "bogholderi@sydvestjysk-affald.dk", "oekonomi@billund.dk",
            "Betalingsadvis")
            .text("Til Billund Kommune\n\nSpecifikation af dagens betaling fra Sydvestjysk Affald er vedhæftet.\n\n"
                + "Sydvestjysk Affald I/S")
            .attach("text/csv", "betalingsadvis.csv", ("faktura;tekst;beloeb\r\n4410881;Leje af areal til haveaffald, Vorbasse;"
                + "7200,00\r\n4410884;Vintervedligehold af adgangsvej, Grindsted genbrugsplads;2875,00\r\n")
                .getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.117.12.1");
        m.description = "the waste company pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"billund-isenkram.dk", "Billund Isenkram", "kvittering@", "Din kvittering",
            "Vejsalt 25 kg x 16, to snekoste og en isskraber til Materielgården: 3.612,00 kr. Betalt med kommunens indkøbskort."},
            {"grindsted-boghandel.dk", "Grindsted Boghandel", "webshop@", "Ordre 2213 er sendt", "28 stk. 'Lyngens hemmeligheder' "
                + "til 6. årgang på Lynghedeskolen, 5.180,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@billund.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Vorbasse Inventar", "ordre@vorbasse-inventar.dk", "indkoeb@billund.dk", "Ordrebekræftelse 35-0147")
            .text("Tak for ordren på 56 hæve-sænkeborde og 112 stole til Lynghedeskolen efter renoveringen. Levering er aftalt til "
                + "uge 14. Fakturaen sendes via NemHandel til EAN " + EAN + " efter levering.\n\nVorbasse Inventar");
        genuine(m, "127.117.8.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, lyd.person(), addr(lyd), "kultur@billund.dk", "Tilbud: lyd og scene til sankthans i Grindsted Anlæg")
            .text("Hej Kultur\n\nSom aftalt: scene 6 x 4 m, lydanlæg til 1.500 personer, lys og tekniker fra kl. 17 til 23: "
                + "24.800 kr. ekskl. moms. Tilbuddet gælder til 1. april." + signature(lyd))
            .attach("application/pdf", "Tilbud_sankthans_2035.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Sankthans, Grindsted Anlæg, 23.06.2035", "Scene, lyd, lys og tekniker", "24.800,00 ekskl. moms",
                    "Gyldigt til 01.04.2035")));
        genuine(m, lyd.ip());
        m.description = "quote from an unlisted stage and sound firm (no DMARC, aligned pass), nothing to pay";
        m = ok("quote", false);
        headers(m, natur.person(), addr(natur), "vejogpark@billund.dk", "Overslag: naturpleje Hejnsvig Mose 2035")
            .text("Hej\n\nRydning af birk og pil, udskiftning af 300 m hegn og tilsyn med kvæget: ca. 7 dage, 52.400 kr. + moms. "
                + "Jeg kan begynde i august efter yngletiden." + signature(natur));
        genuine(m, natur.ip());
        m.description = "quote in the body from an unlisted nature-care firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skole@billund.dk", "Sne: ændret kørsel på landruterne")
            .text("Hej skoler\n\nMed det varslede snevejr kører landruterne mod Filskov, Stenderup og Utoft først, når vejene er "
                + "ryddet. Vi sender besked til skolerne og forældrene senest kl. 6.30. Prisen er uændret.\n\nKørselskontoret\n"
                + "Vesterhede Busser");
        genuine(m, bus.ip());
        m.description = "listed bus company's snow timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomme@billund.dk", "Planlagt afbrydelse af fjernvarmen i Grindsted midtby")
            .text("Kære kunde\n\nTorsdag kl. 8-13 afbryder vi fjernvarmen i dele af Grindsted midtby, fordi en ventil skal "
                + "udskiftes. Rådhuset og Plejecenter Lynghaven er orienteret direkte.\n\nGrindsted Varmeforsyning");
        genuine(m, varme.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

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
        splitPayments();
        vishingFollowups();
        groupTicketFrauds();
        winterFrauds();
        connectionFrauds();
    }

    private static final String[] MULES = {iban("LT", "7044060008123456"), iban("DK", "89900007731542"), bank("9860", "0003318842"),
        iban("EE", "1010220071234567"), iban("PL", "109010140000071219812874"), iban("GB", "SRLG60837101234567"),
        iban("IE", "AIBK93115212345678"), iban("NL", "INGB0007894561"), iban("DE", "100110012624879513"),
        iban("HU", "117730160011223344556677"), iban("RO", "BTRL0000123456789012"), iban("BG", "STSA93000012345678"),
        iban("CY", "005002010000001234567890"), bank("8990", "0006624517"), iban("MT", "MALT01100000000000012345678"),
        iban("SE", "50000000058398257466"), iban("LT", "3250024123456789"), iban("DK", "98600004418203"),
        iban("NO", "90210000034"), iban("LT", "1010100000765432")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, byg, kontor, maler};
        String[] notes = {"\n\nVIGTIGT: Vi har skiftet pengeinstitut. Betal fremover kun til kontoen på denne faktura.",
            "\n\nPga. sammenlægning af vores banker er den tidligere konto lukket - opdatér venligst kreditoroplysningerne.", "",
            "\n\nBemærk venligst ny bankkonto gælder fra denne faktura og frem.", "\n\nhar fået ny konto i banken, brug den nye "
                + "på fakturaen tak"};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 3 + 1), i + 8, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == byg) {
                m.mime.header("Reply-To", "<proff@grindstedbyggecenter.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " (DMARC " + dns.get(who[i].domain()).dmarc() + ") from a fraudster's "
                + "machine, changed account" + (who[i] == byg ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"grindsted-varmeforsyning.com", varme}, {"vorbasseanlaeg.dk", entrep}, {"grindsted-byggecenter.net", byg},
            {"stenderup-elservice.dk", el}, {"billund-facilityservice.dk", rengoer}, {"utoft-vvs-blik.dk", vvs}};
        String[] notes = {"", "\n\nOBS: Vores kontooplysninger er ændret - se fakturaen.", "", "\n\nVi har fået ny bank, så husk at "
            + "bruge kontonummeret på denne faktura.", "", "\n\nDer er sket en ændring i vores betalingsoplysninger."};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 4), i * 4 + 2, List.of(), notes[i]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("grindsted-byggec\u0435nter.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(9), 21, List.of("Ny konto pr. 1. februar 2035"), "\n\nBenyt venligst den "
            + "nye konto fra og med denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as grindsted-byggecenter.dk, invoice with new account, authenticates";
        d = idn("billund-k\u043emmune.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterkontoret", "borgmesterkontoret@" + d, "kreditor@billund.dk", "Hastebetaling: kampagne for ny "
            + "flyrute")
            .text("Hej kreditor\n\nBorgmesteren har i dag godkendt kommunens andel af markedsføringskampagnen for den nye rute fra "
                + "Billund Lufthavn. Bureauet skal have 238.000 kr. i dag til " + mule(12) + ", ellers når annoncerne ikke at gå "
                + "i trykken før pressemeddelelsen i morgen. Fakturaen kommer bagefter.\n\nVenlig hilsen\nBorgmesterkontoret");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our own municipality: same-day payment to a 'campaign agency'";
    }

    private void platformFrauds() {
        M m = bad("lookalike-platform");
        headers(m, kloak.name(), "noreply@saldi-billund.dk", "vejogpark@billund.dk", "Rykker: faktura fra " + kloak.name())
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\"><p>Kære Billund Kommune</p><p>"
                + "Faktura fra " + kloak.name() + " på <b>DKK 21.437,50</b> er ikke betalt. Betal inden 48 timer for at undgå "
                + "rykkergebyr og inkasso.</p><p><a href=\"https://saldi-billund.dk/betal/" + sha256(m.id).substring(0, 22)
                + "\">Betal med kort</a></p><p style=\"font-size:11px;color:#888\">Sendt fra Saldi - regnskab på nettet</p>"
                + "</body></html>");
        ownedBy(m, "saldi-billund.dk");
        m.description = "look-alike platform saldi-billund.dk: 'overdue' card-payment link in listed hejnsvig-kloakservice.dk's name";
        m = bad("lookalike-platform");
        headers(m, natur.person() + " (via Xena)", "faktura@xena-grindsted.biz", "vejogpark@billund.dk", natur.person()
            + " har opdateret sine betalingsoplysninger")
            .text("Hej Billund Kommune\n\n" + natur.name() + " har sendt dig en faktura på DKK 11.712,50 for naturpleje på "
                + "Hejnsvig Mose.\n\nModtagerens bankoplysninger er ændret. Betal venligst til " + mule(4) + ".\n\nForfald: "
                + isoDay(m, 3) + "\n\nXena - regnskabsprogram");
        ownedBy(m, "xena-grindsted.biz");
        m.description = "look-alike platform xena-grindsted.biz in an unlisted nature-care firm's name, PL IBAN";
        m = bad("lookalike-platform");
        String no = "VW-" + (880_000 + rnd.nextInt(90_000));
        headers(m, it.name() + " via Viva Wallet", "invoices@vivawallet-vorbasse.com", "skole@billund.dk", "Faktura " + no
            + " fra " + it.name() + " - nye betalingsoplysninger")
            .text("Hej\n\n" + it.name() + " har sendt dig en faktura.\n\nFakturanummer: " + no + "\nBeløb: 71.318,75 DKK\nForfald: "
                + dots(m, 5) + "\n\nBemærk: " + it.name() + " har fået ny bankforbindelse. Overfør til " + mule(14) + " eller betal "
                + "med kort: https://vivawallet-vorbasse.com/i/" + sha256(m.id).substring(0, 18) + "\n\nViva Wallet")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, it.posing("vivawallet-vorbasse.com", mule(14)),
                "Faktura", no, new Amount(5_705_500, kr(5_705_500), kr(1_426_375), kr(7_131_875)), mule(14), 2, List.of("Ny bank")));
        ownedBy(m, "vivawallet-vorbasse.com");
        m.description = "look-alike platform vivawallet-vorbasse.com in listed billund-itpartner.dk's name, MT IBAN";
        m = bad("platform-account-misused");
        no = String.valueOf(5_100 + rnd.nextInt(3_000));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 12) + "@saldi.dk";
        headers(m, "Dansk Turistportal", "noreply@saldi.dk", "turisme@billund.dk", "Faktura " + no + " fra Dansk Turistportal")
            .header("Reply-To", "<dansk.turistportal@outlook.com>")
            .text("Kære Billund Kommune\n\nVedhæftet finder I faktura nr. " + no + " fra Dansk Turistportal for "
                + "premiumprofil for 'Billund - Børnenes by' i portalen 2035-2036 (logo, billeder, 24 måneder).\n\nBeløb: DKK "
                + "31.240,00\nForfaldsdato: " + dots(m, 8) + "\nKonto: " + mule(11) + "\n\n--\nSendt fra Saldi - regnskab på nettet")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "pam"), "Faktura " + no,
                List.of("Dansk Turistportal", "Premiumprofil 2035-2036, 24 mdr.", "DKK 31.240,00 inkl. moms", "Konto " + mule(11))));
        genuine(m, "127.118.1.1");
        m.description = "real platform saldi.dk used by an unknown 'tourist portal' for a profile never ordered, outlook Reply-To, "
            + "BG IBAN";
        m = bad("platform-account-misused");
        no = "VW-" + (880_000 + rnd.nextInt(90_000));
        m.mailFrom = "bounces+" + sha256(m.id).substring(0, 12) + "@vivawallet.com";
        headers(m, rengoer.name() + " via Viva Wallet", "invoices@vivawallet.com", "kreditor@billund.dk", "Faktura " + no + " fra "
            + rengoer.name())
            .header("Reply-To", "<billund.facility.service@gmail.com>")
            .text("Hej\n\n" + rengoer.name() + " har sendt dig en faktura.\n\nFakturanummer: " + no + "\nForfald: " + dots(m, 7)
                + "\n\nBesked fra afsender: Vi er gået over til at fakturere gennem Viva Wallet og har fået en ny konto i den "
                + "forbindelse. Ved bankoverførsel brug " + mule(17) + ".\n\nViva Wallet")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(17)), "Faktura",
                no, amount(2_100_000), mule(17), 3, List.of("Ny bankforbindelse")));
        genuine(m, "127.118.3.1");
        m.description = "real platform vivawallet.com in listed billund-facility.dk's name, new DK account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Vores bank har været ramt af et it-nedbrud, og indbetalinger til den sædvanlige konto bliver "
            + "afvist. Indtil det er løst, bedes I betale til vores factoringselskabs konto "},
            {kontor, "Efter at Vagn er gået på pension, er forretningen overtaget af hans nevø, og pengene skal nu gå til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 15), i + 10, List.of("Ændret betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 15)
                + ". Jeg sidder i møder det meste af ugen, så skriv hellere end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = entrep;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@billund.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nJeg glemte at skrive, at vi er skiftet til ny bank ved årsskiftet. De " + p.amount().gross() + " kr. "
                + "for fakturaen herunder skal derfor ind på " + mule(0) + ". Den gamle konto lukkes i løbet af februar.\n\n"
                + s.person() + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of vorbasse-anlaeg.dk replies in its own wave-1 thread (DMARC pass), LT account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "hejnsvig-kloakservice.net"}, {mad, "billund-storkokken.dk"}, {toemrer, "filskov-toemrerbyg.dk"},
            {bus, "vesterhede-bus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@billund.dk", (i % 2 == 0 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nLige en opfølgning på faktura " + p.no() + " (" + p.amount().gross() + " kr.): kontoen på fakturaen "
                    + "er desværre lukket af banken, så beløbet skal i stedet sættes ind på " + mule(i + 6) + ". Send mig gerne en "
                    + "kort bekræftelse, når det er rettet.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: "
                    + s.person() + " <" + addr(s) + ">\nSendt: " + sentPlus(m, -26, DOTS) + "\nTil: kreditor@billund.dk\nEmne: "
                    + p.subject() + "\n\n" + GREETING[i + 1] + "\n\nFaktura " + p.no() + " er vedhæftet.");
            if (i == 1) {
                mime.attach("application/pdf", pdfName(p.no(), 6), pdfInvoice(m, s.posing(d, mule(i + 6)), "Faktura", p.no(),
                    p.amount(), mule(i + 6), 3, List.of("Rettet kontonummer")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account"
                + (s == toemrer || s == mad ? " (the real firm did change its account: this is a third one)" : "");
        }
    }

    /** A "corrected" invoice that replaces an earlier real one, with only the account changed. */
    private void correctedResends() {
        Past p = past.get(bus.domain());
        M m = bad("corrected-invoice-resend");
        headers(m, bus.person(), "koersel@vesterhede-busser.net", "kreditor@billund.dk", "Ny faktura " + p.no()
            + " erstatter den tidligere")
            .text("Hej\n\nDer var desværre en fejl i kontonummeret på faktura " + p.no() + ", som vi sendte for nylig. Vedhæftet er "
                + "den rettede udgave - beløbet på " + p.amount().gross() + " kr. er uændret, men betal venligst til kontoen på "
                + "den nye og se bort fra den første.\n\nKørselskontoret\nVesterhede Busser")
            .attach("application/pdf", "Rettet_" + pdfName(p.no(), 0), pdfInvoice(m, bus.posing("vesterhede-busser.net", mule(7)),
                "Rettet faktura", p.no(), p.amount(), mule(7), 3, List.of("Erstatter faktura " + p.no())));
        ownedBy(m, "vesterhede-busser.net");
        m.description = "'corrected' copy of vesterhede-busser.dk's real wave-1 invoice from look-alike vesterhede-busser.net, NL IBAN";
        p = past.get(it.domain());
        m = bad("corrected-invoice-resend");
        headers(m, "Billund IT-Partner, Fakturering", addr(it), "skole@billund.dk", "Korrigeret faktura " + p.no())
            .text("Til Billund Kommune\n\nVed overgangen til vores nye økonomisystem er der kommet en forkert konto på faktura "
                + p.no() + ". Den korrigerede faktura er vedhæftet og erstatter den oprindelige. Overfør venligst "
                + p.amount().gross() + " kr. til " + mule(3) + ".\n\nFakturering\nBillund IT-Partner")
            .attach("application/pdf", "Korrigeret_" + pdfName(p.no(), 4), pdfInvoice(m, it.posing(it.domain(), mule(3)),
                "Korrigeret faktura", p.no(), p.amount(), mule(3), 2, List.of("Erstatter faktura " + p.no())));
        forged(m, forgedHost++);
        m.description = "forged From billund-itpartner.dk (DKIM only, p=reject) from a fraudster's host: 'corrected' copy of its "
            + "real wave-1 invoice, EE IBAN";
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@billund.dk", "Fortroligt - betaling i dag")
            .text("Hej\n\nEn virksomhed, der vil bygge nyt lager ved lufthavnen, kræver et depositum fra kommunen på 96.000 kr. for "
                + "at holde grunden reserveret til os i stedet for Vejle. Beløbet skal til deres advokat i dag: " + mule(2)
                + ". Sagen er fortrolig, indtil Økonomiudvalget har behandlet den.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "the mayor's mailbox on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Økonomichefen", "oekonomichef@" + OWN, "kreditor@billund.dk", "Ret Vorbasse Anlægs konto inden kørslen")
            .text("Hej\n\nVorbasse Anlæg har ringet: kontoen i kreditorsystemet er lukket, og de har en ny: " + mule(13) + ". Kan "
                + "du rette den, så den kommer med i dagens betalingskørsel? Jeg er i møder resten af dagen.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "our finance manager's mailbox forged from outside: 'correct the contractor's account', mule";
    }

    private void ceo() {
        Object[][] c = {{"Borgmester Birgitte Mølgaard", "birgitte.molgaard.borgmester@gmail.com", GMAIL, "Har du 5 minutter?",
            "Hej\n\nJeg sidder i møde med lufthavnens bestyrelse og kan ikke tale i telefon. Der er en betaling, som skal af sted "
                + "før kl. 12. Skriv tilbage her, så sender jeg detaljerne.\n\nBirgitte\n\nSendt fra min iPhone"},
            {"Kommunaldirektør Anders Kirkegaard", "anders.kirkegaard.direktion@outlook.com", MSFT, "Diskret opgave",
                "Hej\n\nJeg vil gerne overraske de frivillige fra vinterberedskabet med en lille tak. Kan du købe 20 gavekort à "
                    + "500 kr. (Apple eller Google Play), skrabe koderne fri og sende billeder af dem til mig her? Du får "
                    + "pengene refunderet i morgen.\n\nAnders"},
            {"Mads Bundgaard, økonomichef", "mads.bundgaard.oekonomi@icloud.com", APPLE, "Fortroligt: grundkøb ved Billund Nord",
                "Hej\n\nHandlen om jorden ved Billund Nord til det nye logistikcenter er faldet på plads. Sælgers advokat skal have "
                    + "et depositum på 420.000 kr. i dag på " + mule(10) + ". Byrådet får sagen på lukket dagsorden, så sig det "
                    + "ikke til nogen endnu.\n\nMads"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@billund.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Louise Kragh", "louisekragh91@gmail.com", "loen@billund.dk", "Ny lønkonto")
            .text("Hej Løn\n\nJeg er social- og sundhedsassistent i hjemmeplejen i Grindsted og har skiftet bank. Vil I sætte "
                + "februarlønnen ind på " + bank("8990", "0007290338") + "? Jeg kan ikke komme ind i lønportalen for tiden.\n\n"
                + "Mvh Louise");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Torben Skau", "torben.skau.vorbasse@hotmail.com", "loen@billund.dk", "Løn til tysk konto fra marts")
            .text("Hej\n\nJeg er pedel på Vorbasse Skole og flytter til Flensborg med min kæreste. Min danske bank lukker kontoen, "
                + "så lønnen fra marts skal gå til " + mule(8) + ". Jeg har ikke MitID på min nye telefon endnu, derfor skriver "
                + "jeg herfra.\n\nTorben");
        genuine(m, MSFT);
        m.description = "a 'caretaker' on hotmail (authenticates) wants his salary to a German account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "kim@grenemalerfirma.dk", "kreditor@billund.dk", "nyt kontonr")
            .text("Hej\n\nJeg har fået nyt kontonummer: " + mule(13) + ". Brug det fremover, også til den regning, der ikke er "
                + "betalt endnu.\n\nMvh Kim\nGrene Malerfirma");
        ownedBy(m, "grenemalerfirma.dk");
        m.description = "no attachment: look-alike of grene-malerfirma.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Sønder Omme Vognmand <bent@sdr-omme-vognmand.dk>", "sdromme.vognmand@outlook.com", "kreditor@billund.dk",
            "Ændrede bankoplysninger")
            .text("Kære kunde\n\nVi har problemer med vores mail, så vi skriver fra denne adresse et par dage. Samtidig er vores "
                + "bankkonto ændret til " + mule(16) + " med øjeblikkelig virkning.\n\nSønder Omme Vognmandsforretning");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is outlook: new account in the body";
        m = bad("bank-change-body-only");
        headers(m, natur.person(), "sofie@vesterhede-naturpleje.com", "vejogpark@billund.dk", "Konto")
            .text("Hej\n\nMin konto er blevet opsagt af banken. Kan I overføre betalingen for mosen til " + mule(19) + " i "
                + "stedet?\n\nSofie Brink\nVesterhede Naturpleje");
        ownedBy(m, "vesterhede-naturpleje.com");
        m.description = "look-alike of the unlisted vesterhede-naturpleje.dk asks to pay its invoice to a new account";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "GI-" + (310_000 + rnd.nextInt(80_000));
            headers(m, "Grindsted Inkasso", "sag@grindsted-inkasso.com", "kreditor@billund.dk", "Inkassovarsel - sag " + sag
                + " - sidste frist")
                .text("Billund Kommune\n\n" + s[i].name() + " har overgivet faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. til inkasso hos os. Inklusive omkostninger på 1.650 kr. skal det samlede beløb være indbetalt på "
                    + mule(i + 11) + " senest om 3 hverdage. Ellers indgives sagen til fogedretten uden yderligere varsel, og "
                    + "kommunen vil blive pålagt sagens omkostninger.\n\nGrindsted Inkasso\nSagsbehandler")
                .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "gi"), "Inkassovarsel " + sag,
                    List.of("Kreditor: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(), "Omkostninger 1.650,00",
                        "Konto " + mule(i + 11))));
            ownedBy(m, "grindsted-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-erhverv-billund.com", "MitID Erhverv", "no-reply@", "Handling påkrævet: bekræft jeres "
            + "MitID Erhverv-administrator", "Som led i overgangen til den nye MitID Erhverv-løsning skal alle myndigheder "
                + "bekræfte deres administratorer inden 48 timer. Ellers spærres adgangen til Virk, Digital Post og "
                + "NemRefusion.", "fake-digital-post"},
            {"digitalpost-grindsted.com", "Digital Post", "meddelelse@", "Ny meddelelse fra Udbetaling Danmark",
                "Billund Kommune har modtaget en meddelelse om tilbagebetaling af for meget udbetalt refusion. Meddelelsen skal "
                    + "åbnes inden fristen, ellers modregnes beløbet med renter.", "fake-digital-post"},
            {"billund-domaeneservice.com", "Nordisk Domæneservice", "fornyelse@", "billund.dk skal fornyes - 5 dage tilbage",
                "Registreringen af billund.dk udløber om 5 dage. Fornyes den ikke, stopper kommunens hjemmeside og alle "
                    + "mailadresser.", "domain-directory-scam"},
            {"vorbasse-firmaregister.org", "Skandinavisk Firmaregister", "opdatering@", "Opdatering af Billund Kommunes "
                + "oplysninger", "Kontrollér venligst de forudfyldte oplysninger og returner formularen underskrevet. "
                    + "Grundregistrering er gratis.", "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@billund.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 20);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial;font-size:14px\"><p>" + x[4] + "</p><p><a href=\"" + link
                    + "\" style=\"background:#0a5bd3;color:#fff;padding:9px 18px;text-decoration:none\">Log på med MitID</a></p>"
                    + "<p style=\"font-size:10px;color:#777\">Du kan ikke svare på denne besked.</p></body></html>");
            } else if (x[0].startsWith("billund-domaene")) {
                mime.text(x[4] + "\n\nFornyelse 3 år: 6.980,00 kr. til " + mule(5) + " - eller betal med kort her: " + link
                        + "\n\nNordisk Domæneservice")
                    .attach("application/pdf", "Fornyelse_billund.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                        List.of("Domæne: billund.dk", "Periode: 3 år", "6.980,00", "Konto " + mule(5))));
            } else {
                mime.text(x[4] + "\n\nSkandinavisk Firmaregister")
                    .attach("application/pdf", "Opdatering_Billund_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Opdateringsformular",
                        List.of("Billund Kommune, " + RAADHUS, "Underskrift og dato:", "Med underskriften bestilles en "
                            + "plusregistrering i 3 år à 1.190 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void fakeNemHandel() {
        M m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-billund.net", "efaktura@billund.dk", "EAN " + EAN + " deaktiveres om "
            + "48 timer")
            .html("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\"><p>Kære modtager</p><p>Jeres "
                + "EAN-lokationsnummer " + EAN + " mangler at blive valideret i NemHandel-registret efter den seneste opdatering. "
                + "Uden validering deaktiveres modtagelsen af e-fakturaer om 48 timer.</p><p><a href=\"https://nemhandel-billund.net/"
                + "valider/" + sha256(m.id).substring(0, 18) + "\">Valider EAN-nummer</a></p></body></html>");
        ownedBy(m, "nemhandel-billund.net");
        m.description = "fake NemHandel notice: validate the EAN number via a login link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "returnering@nemhandel-billund.net", "kreditor@billund.dk", "3 fakturaer returneret - "
            + "betaling kan ske via os")
            .text("Hej\n\nTre fakturaer til Billund Kommune er returneret på grund af fejl i jeres modtagerprofil. For at "
                + "leverandørerne ikke skal vente, kan det samlede beløb på 36.612,50 kr. betales via vores mellemregningskonto "
                + mule(6) + ". Fakturaerne kan ses her: https://nemhandel-billund.net/retur/" + sha256(m.id).substring(0, 16)
                + "\n\nNemHandel Support");
        ownedBy(m, "nemhandel-billund.net");
        m.description = "fake NemHandel 'returned invoices' notice offering to collect their payment to a mule account";
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@hejnsvig-ordrecenter.com", "indkoeb@billund.dk", "Ordrebekræftelse 58812: 12 stk. "
            + "iPad Pro")
            .text("Tak for din bestilling. 12 x iPad Pro 13\" med tastatur, i alt 186.960,00 kr., afsendes og faktureres i morgen "
                + "kl. 7.\n\nHar du ikke afgivet ordren? Ring straks på +45 75 88 12 40, så stopper vi forsendelsen.\n\nOrdrecenter");
        ownedBy(m, "hejnsvig-ordrecenter.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Kundeservice", "service@hejnsvig-ordrecenter.com", "it@billund.dk", "Fornyelse gennemført - Norton 360 "
            + "Business")
            .text("Jeres abonnement på Norton 360 Business (60 enheder) er fornyet automatisk for 12 måneder: 8.940 kr. Ønsker I "
                + "at opsige, skal det ske telefonisk på +45 75 88 12 40 inden for 24 timer.")
            .attach("application/pdf", "Kvittering_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("Norton 360 Business, 60 enheder, 12 mdr.", "8.940,00 kr.", "Opsigelse: +45 75 88 12 40")));
        ownedBy(m, "hejnsvig-ordrecenter.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"billund-parkering.com", "P-Service Billund", "kontrol@", "Kontrolafgift - P-plads ved lufthavnen",
            "Et køretøj fra kommunens bilpark (reg.nr. CV 44 218) er registreret uden gyldig billet på P-pladsen ved Billund "
                + "Lufthavn. Kontrolafgiften er 795 kr. og stiger efter 3 dage."},
            {"grindsted-betalingsservice.net", "Betalingsservice", "aftaler@", "Jeres betalingsaftale er afvist",
                "Betalingsaftalen for kommunens fjernvarme er afvist af jeres pengeinstitut. For at undgå gebyr og afbrydelse skal "
                    + "aftalen bekræftes igen."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@billund.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan QR-koden med din mobil for at fortsætte.</p><p><img src=\"cid:qr\" "
                    + "width=\"200\" height=\"200\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay or confirm, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Billund Air Cargo Handling", "accounts@billund-aircargo.com", "indkoeb@billund.dk", "Invoice BAC-5530 - "
            + "handling and storage, AWB 235-88417702")
            .text("Dear customer,\n\nA consignment (2 pallets, 412 kg) addressed to Billund Kommune has arrived at our cargo "
                + "terminal. Handling, customs documentation and 9 days of storage amount to EUR 1,846.00. The goods will be "
                + "released when payment has been received on " + mule(5) + ". After 14 days, undelivered goods are returned to "
                + "the sender at your cost.\n\nKind regards\nBilling Department\nBillund Air Cargo Handling")
            .attach("application/pdf", "BAC-5530.pdf", Attachments.pdf(docId(m, "en"), "Invoice BAC-5530",
                List.of("Consignee: Billund Kommune", "AWB 235-88417702, 2 pallets, 412 kg", "Handling, documentation, storage 9 days",
                    "EUR 1,846.00", "Bank: " + mule(5))));
        ownedBy(m, "billund-aircargo.com");
        m.description = "English 'cargo handling and storage' invoice for a consignment nobody ordered, GB IBAN";
        m = bad("english-international");
        headers(m, "Billund Air Cargo Handling - Finance", "finance@billund-aircargo.com", "oekonomi@billund.dk",
            "Change of bank details")
            .text("Dear valued partner,\n\nPlease be informed that our banking relationship has changed. Kindly update your vendor "
                + "master data and remit all outstanding and future payments to " + mule(14) + " with immediate effect. We would "
                + "appreciate a short confirmation by return mail.\n\nFinance Team");
        ownedBy(m, "billund-aircargo.com");
        m.description = "English 'change of bank details', MT IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "grene-malerfirma.com"}, {vognmand, "sdr-omme-vognmand.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@billund.dk", i == 0 ? "Faktura (billede)" : "Scannet faktura")
                .text("Hej\n\nFakturaen kommer som " + (i == 0 ? "et foto" : "en scanning") + ", da vores fakturaprogram er nede. "
                    + "Husk det nye kontonummer, der står på den.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20350211_1042.jpg" : "Scan_20350211.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "billund-facility.net"}, {vvs, "utoft-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 1)), "Faktura", no, amount(1_300_000), mule(i + 1), i + 1, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@billund.dk", "Faktura " + n + " vedhæftet (komprimeret)")
                .text("Hej\n\nFakturaen er pakket i en zip-fil, fordi jeres spamfilter har blokeret vores PDF'er. Pak den ud og "
                    + "betal gerne inden fredag.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("Faktura/" + n + ".pdf", pdf, "Faktura/LÆS MIG.txt", "Bemærk vores nye kontonummer på fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@vorbasse-kontorforsyning.com", "indkoeb@billund.dk", "Faktura og pakkeliste januar")
            .text("Hej\n\nFaktura og pakkeliste er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og 'Aktivér "
                + "indhold' for at se det.\n\nVorbasse Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_pakkeliste.docm",
                Attachments.word("Faktura\nBillund Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "vorbasse-kontorforsyning.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of vorbasse-kontor.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@billund-it-partner.net", "skole@billund.dk", "Licensoversigt og betalingsinfo")
            .text("Hej\n\nLicensoversigten for januar og vores nye betalingsoplysninger ligger i regnearket. Aktivér makroer for "
                + "at se tallene.\n\nBillund IT-Partner")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_januar.xlsm",
                Attachments.excel(List.of("Licensoversigt januar 2035", "I alt DKK 63.750,00", "Ny konto: " + plain(mule(7))), true));
        ownedBy(m, "billund-it-partner.net");
        m.description = "macro-enabled Excel statement from a look-alike of billund-itpartner.dk";
    }

    private void svgHtml() {
        String[][] x = {{"grindsted-bilagsportal.com", "Grindsted Byggecenter", "Kontoudtog januar", "kontoudtog_januar.svg",
            "image/svg+xml"},
            {"vorbasse-dokumentarkiv.net", "Vorbasse Anlæg & Entreprise", "Faktura tilgængelig i arkivet", "Faktura.html",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/v/" + sha256(m.id).substring(0, 20);
            String doc = y[4].equals("text/html")
                ? "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"><script>window.location='"
                    + url + "';</script></head><body>Indlæser faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"150\"><text x=\"10\" y=\"28\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"10\" y=\"46\" width=\"210\" height=\"32\" "
                    + "fill=\"#1d3b58\"/></a><script>top.location.href='" + url + "'</script></svg>";
            headers(m, y[1], "dokumenter@" + y[0], "kreditor@billund.dk", y[2])
                .text("Hej\n\nDokumentet åbner i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "vorbasse-anlaeg.net", true}, {it, "billunditpartner.dk", false}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_400_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@billund.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej\n\nVi er ved at skifte e-fakturaleverandør, så denne gang kommer fakturaen som XML direkte til jer og kan "
                    + "læses ind som normalt. Læg mærke til den nye bankkonto i filen.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, s, peppol ? mule(i + 8) : mule(i + 2), a, isoDay(m, 0), isoDay(m, 7), peppol, "BK-" + (82_000 + i),
                        "Ny bankforbindelse").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    private void fakeSignatures() {
        M m = bad("fake-esignature-request");
        headers(m, "Eventyrparken Billund via PandaDoc", "docs@pandadoc-billund.com", "skole@billund.dk", "Eventyrparken Billund "
            + "sent you \"Tillæg til gruppeaftale 2035\" - udløber i dag")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Eventyrparken Billund har sendt "
                + "dig <b>Tillæg til gruppeaftale 2035</b> til underskrift. Dokumentet udløber i dag kl. 16.</p><p><a href=\""
                + "https://pandadoc-billund.com/document/" + sha256(m.id).substring(0, 24) + "\">Log ind og underskriv</a></p>"
                + "<p style=\"font-size:10px;color:#888\">PandaDoc</p></body></html>");
        ownedBy(m, "pandadoc-billund.com");
        m.description = "look-alike e-signature domain in the theme park's name: login page, deadline today";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentservice", "signering@hejnsvig-signering.net", "ejendomme@billund.dk", "Lejekontrakt klar til "
            + "underskrift: lagerhal Hejnsvig")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Et dokument venter på din underskrift: <b>Lejekontrakt, "
                + "lagerhal på Industrivej i Hejnsvig, 2035-2037</b>.</p><p>Bekræft din identitet med din Microsoft 365-konto "
                + "for at åbne dokumentet.</p><p><a href=\"https://hejnsvig-signering.net/d/" + sha256(m.id).substring(0, 20)
                + "\">Gennemse dokument</a></p></body></html>");
        ownedBy(m, "hejnsvig-signering.net");
        m.description = "fake signing service: a 'warehouse lease' behind a Microsoft 365 login page";
    }

    /** Half (or part) to the known account, the rest to a new one: looks careful, moves the money all the same. */
    private void splitPayments() {
        Past p = past.get(mad.domain());
        M m = bad("split-payment-redirect");
        headers(m, "Billund Storkøkken, Debitor", "debitor@billund-storkoekken.net", "aeldre@billund.dk", "Opdeling af betaling "
            + "- faktura " + p.no())
            .text("Kære Billund Kommune\n\nI forbindelse med vores nye ejerkreds skal betalingen for faktura " + p.no() + " ("
                + p.amount().gross() + " kr.) deles: 40 % til den konto, I kender, og 60 % til koncernens nye konto " + mule(16)
                + ". Fra april samles det hele på den nye konto.\n\nPå forhånd tak.\n\nBillund Storkøkken A/S\nDebitorbogholderiet");
        ownedBy(m, "billund-storkoekken.net");
        m.description = "look-alike of the meal service (which did announce a new account itself) splits a real invoice's "
            + "payment: 60 % to an LT account";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, "Utoft VVS & Blik ApS", "kontor@utoft-vvs.com", "kreditor@billund.dk", "Vedr. faktura " + p.no()
            + " - delbetaling")
            .text("Hej\n\nVores bank har sat et loft over indbetalinger på vores driftskonto, mens vi skifter til erhvervspakke. "
                + "Betal derfor 25.000 kr. af faktura " + p.no() + " til den sædvanlige konto og resten til vores opsparingskonto "
                + mule(1) + ".\n\nMvh\nKontoret\nUtoft VVS & Blik");
        ownedBy(m, "utoft-vvs.com");
        m.description = "look-alike of utoft-vvs.dk: part of a real invoice to the usual account, the rest to a DK mule account";
    }

    /** A phone call first ("as agreed on the phone"), then the mail that confirms the new account. */
    private void vishingFollowups() {
        M m = bad("vishing-followup");
        headers(m, vognmand.person(), "bent@sdr-omme-vognmand.com", "kreditor@billund.dk", "Som aftalt i telefonen")
            .text("Hej\n\nTak for snakken i formiddags. Som lovet kommer de nye kontooplysninger her på skrift: " + mule(13)
                + ". Det gælder også faktura " + past.get(vognmand.domain()).no() + ", som står åben hos jer.\n\nVh Bent\n"
                + vognmand.name());
        ownedBy(m, "sdr-omme-vognmand.com");
        m.description = "after a call, a look-alike of sdr-omme-vognmand.dk 'confirms in writing' a new account, DK mule account";
        m = bad("vishing-followup");
        headers(m, "Susanne Bak - Grindsted Byggecenter", "susanne.bak.byggecenter@outlook.com", "kreditor@billund.dk",
            "Bekræftelse på vores samtale - kontoændring")
            .text("Hej\n\nHermed den skriftlige bekræftelse, du bad om i telefonen. Grindsted Byggecenters nye konto er " + mule(15)
                + " fra og med i dag. Jeg skriver fra min private mail, fordi firmamailen er ved at blive flyttet.\n\nMed venlig "
                + "hilsen\nSusanne Bak\nBogholderiet, Grindsted Byggecenter A/S");
        genuine(m, MSFT);
        m.description = "after a call, a 'bookkeeper' of the listed builders' merchant confirms a new SE account from outlook";
    }

    /**
     * New family: the theme park's group tickets demanded prepaid: the real park's name on a look-alike cites the real booking
     * number and wants prepayment to a new account or the tickets are released, an unknown "ticket service" sells discounted
     * season passes for the staff against payment within 48 hours, and a staff-day "coordinator" on gmail collects the money
     * on his own account.
     */
    private void groupTicketFrauds() {
        M m = bad("fake-group-ticket-prepayment");
        headers(m, "Eventyrparken Billund, Gruppesalg", "gruppesalg@eventyrparken-billund.com", "skole@billund.dk", "Booking "
            + bookingNo + " - forudbetaling nødvendig")
            .text("Kære Billund Kommune, Skoleafdelingen\n\nVedr. jeres booking " + bookingNo + " til udskolingsdagen den 12. juni."
                + "\n\nFra i år kræver vi forudbetaling af alle gruppebookinger over 300 personer, da vi har fået ny "
                + "betalingsløsning. Beløbet på 204.470,00 kr. skal være indbetalt på " + mule(0) + " senest " + written(m, 5)
                + ". Modtager vi ikke betalingen, frigives billetterne til andre grupper.\n\nDen faktura, I måtte have modtaget "
                + "via EAN, skal I se bort fra.\n\nVenlig hilsen\nGruppesalg\nEventyrparken Billund A/S")
            .attach("application/pdf", "Forudbetaling_" + bookingNo + ".pdf", Attachments.pdf(docId(m, "epx"), "Forudbetaling "
                + bookingNo, List.of("Eventyrparken Billund A/S", "Booking " + bookingNo + ", udskolingsdag 12.06.2035",
                    "644 elever, 52 lærere, frokostpakker", "At betale 204.470,00", "Ny konto: " + mule(0))));
        ownedBy(m, "eventyrparken-billund.com");
        m.description = "look-alike of the theme park cites the real booking: 'prepay or the tickets are released', LT account";
        m = bad("fake-group-ticket-prepayment");
        headers(m, "Billund Billetservice", "salg@billund-billetservice.dk", "hr@billund.dk", "Sæsonkort 2035 til "
            + "medarbejdere - 45 % rabat, kun 48 timer")
            .text("Kære HR\n\nSom officiel forhandler tilbyder vi kommunens medarbejdere sæsonkort 2035 til Eventyrparken med 45 % "
                + "rabat: 549 kr. i stedet for 999 kr. Vi har reserveret 400 kort til Billund Kommune.\n\nReservationen holdes, hvis "
                + "et depositum på 25 % (54.900 kr.) er indbetalt på " + mule(9) + " inden 48 timer. Kortene sendes som e-billetter, "
                + "når restbeløbet er betalt.\n\nMed venlig hilsen\nBillund Billetservice")
            .attach("application/pdf", "Tilbud_saesonkort_2035.pdf", Attachments.pdf(docId(m, "bbs"), "Tilbud og reservation",
                List.of("Sæsonkort 2035, 400 stk. à 549,00", "I alt 219.600,00", "Depositum 25 %: 54.900,00 inden 48 timer",
                    "Konto: " + mule(9))));
        ownedBy(m, "billund-billetservice.dk");
        m.description = "unknown 'ticket service' sells discounted staff season passes against a deposit within 48 hours, HU IBAN";
        m = bad("fake-group-ticket-prepayment");
        headers(m, "Nikolaj Thygesen", "nikolaj.thygesen.personaledag@gmail.com", "hr@billund.dk", "Personaledag i Eventyrparken "
            + "- billetter skal betales nu")
            .text("Hej HR\n\nJeg er tovholder for personaledagen i Eventyrparken i august sammen med parkens eventafdeling. Parken "
                + "vil have billetterne betalt inden udgangen af måneden for at holde prisen. Da kommunen ikke er oprettet i deres "
                + "nye system endnu, lægger jeg ud - kan I overføre 118.750 kr. til min konto " + bank("8990", "0008041376")
                + "? Så betaler jeg parken i morgen og sender kvitteringen.\n\nHilsen Nikolaj\nPersonaleforeningen");
        genuine(m, GMAIL);
        m.description = "a staff-day 'coordinator' on gmail (authenticates) wants the ticket money on his own account before any "
            + "invoice";
    }

    /**
     * New family: winter road service billed or moved: the real contractor's name on a look-alike cites the real contract and
     * standby invoice and moves the payment, an unknown firm bills snow clearing "agreed by phone with the duty officer" that
     * nobody ordered, and an English "salt supplier" wants prepayment of an emergency delivery before the truck leaves.
     */
    private void winterFrauds() {
        Past p = past.get(vinter.domain());
        M m = bad("fake-winter-road-standby-invoice");
        headers(m, vinter.person(), "ole@hejnsvig-maskinstation.net", "vejogpark@billund.dk", "Rådighed februar, kontrakt "
            + winterContract + " - ny konto")
            .text("Hej Vej og Park\n\nHermed fakturaen for rådighedsvederlaget i februar efter kontrakt " + winterContract + ", "
                + "samme beløb som december (faktura " + p.no() + ").\n\nVi har skiftet bank efter en uoverensstemmelse med den gamle, "
                + "så husk at bruge kontoen på den nye faktura: " + mule(3) + ". Den gamle er lukket.\n\nVh Ole\n" + vinter.name())
            .attach("application/pdf", pdfName(p.no() + "-2", 3), pdfInvoice(m, vinter.posing("hejnsvig-maskinstation.net", mule(3)),
                "Faktura", p.no() + "-2", p.amount(), mule(3), 3, List.of("Kontrakt " + winterContract + ": rådighedsvederlag "
                    + "februar 2035", "Ny bankforbindelse")));
        ownedBy(m, "hejnsvig-maskinstation.net");
        m.description = "look-alike of the real winter contractor cites its contract and December standby invoice: February's "
            + "fee to a new EE account";
        m = bad("fake-winter-road-standby-invoice");
        String no = "VV-" + (2_100 + rnd.nextInt(300));
        headers(m, "Vorbasse Vintertjeneste ApS", "faktura@vorbasse-vintertjeneste.dk", "vejogpark@billund.dk", "Faktura " + no
            + " - akut snerydning 24.-26. januar")
            .text("Til Billund Kommune, Vej og Park\n\nUnder snestormen 24.-26. januar ryddede og saltede vi efter telefonisk "
                + "aftale med jeres vagt Vorbassevej, Hejnsvigvej og Stenderupvej, hvor jeres egne biler ikke nåede frem.\n\n"
                + "Faktura " + no + " på 67.187,50 kr. inkl. moms er vedhæftet. Betaling inden 8 dage til " + mule(17) + ".\n\n"
                + "Med venlig hilsen\nVorbasse Vintertjeneste ApS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "vvt"), "Faktura " + no,
                List.of("Vorbasse Vintertjeneste ApS", "Kunde: Billund Kommune, Vej og Park", "Akut snerydning og saltning "
                    + "24.-26.01.2035, 3 veje", "Traktor m. plov 38 t à 895,00, salt 11 t à 1.800,00", "53.750,00 + moms 13.437,50 "
                    + "= 67.187,50", "Konto: " + mule(17))));
        ownedBy(m, "vorbasse-vintertjeneste.dk");
        m.description = "unknown firm bills 'emergency snow clearing agreed by phone' on roads of the real contractor's routes, "
            + "DK mule account";
        m = bad("fake-winter-road-standby-invoice");
        headers(m, "Nordic Road Salt Supply - Grindsted depot", "orders@grindsted-vejsalt.com", "vejogpark@billund.dk",
            "URGENT: emergency road salt delivery - prepayment required")
            .text("Dear Road Department,\n\nDue to the cold wave, salt stocks in Jutland are nearly exhausted. We have reserved 60 "
                + "tonnes of road salt for Billund Kommune, loaded and ready for your depot in Grindsted tomorrow morning.\n\nPrice "
                + "EUR 142 per tonne, total EUR 8,520.00. As a new customer, 100 % prepayment is required to " + mule(5)
                + " before 16:00 today, otherwise the load will go to another municipality.\n\nBest regards\nDispatch\nNordic Road "
                + "Salt Supply");
        ownedBy(m, "grindsted-vejsalt.com");
        m.description = "English 'emergency salt delivery' wants full prepayment today before the truck leaves, GB IBAN";
    }

    /**
     * New family: district heating connection contributions demanded before connection or by someone other than the plant: the
     * real plant's name on a look-alike cites the real offer and wants the contribution before the pipe is commissioned to a new
     * account, an unknown "heating service company" demands connection fees for four existing municipal buildings "under new
     * rules", and the real plant's domain is forged to ask for a deposit before the excavator comes.
     */
    private void connectionFrauds() {
        M m = bad("fake-district-heating-connection-fee");
        headers(m, "Billund Varmeværk, Projekt", "projekt@billund-varmevaerk.net", "ejendomme@billund.dk", "Tilbud "
            + connectionOffer + " - tilslutningsbidrag skal betales før idriftsættelse")
            .text("Til Billund Kommune, Ejendomme\n\nVedr. vores tilbud " + connectionOffer + " på tilslutning af Børnehuset "
                + "Troldeskoven.\n\nEfter bestyrelsens nye retningslinjer skal tilslutningsbidraget være betalt, før anlægget "
                + "idriftsættes. Beløbet, 185.750,00 kr. inkl. moms, bedes indbetalt på værkets nye konto " + mule(10) + " senest "
                + written(m, 4) + ", så montøren kan åbne for varmen som planlagt.\n\nMed venlig hilsen\nBillund Varmeværk a.m.b.a.")
            .attach("application/pdf", "Opkraevning_" + connectionOffer + ".pdf", Attachments.pdf(docId(m, "bvx"), "Opkrævning "
                + "tilslutningsbidrag", List.of("Billund Varmeværk a.m.b.a.", "Tilbud " + connectionOffer + ", Troldeskovvej 4",
                    "148.600,00 + moms 37.150,00 = 185.750,00", "Betales før idriftsættelse", "Konto: " + mule(10))));
        ownedBy(m, "billund-varmevaerk.net");
        m.description = "look-alike of the heating plant cites its real connection offer: pay before commissioning to a new RO "
            + "account";
        m = bad("fake-district-heating-connection-fee");
        String no = "GFS-" + (700 + rnd.nextInt(200));
        headers(m, "Grindsted Fjernvarmeservice", "opkraevning@grindsted-fjernvarmeservice.dk", "ejendomme@billund.dk",
            "Opkrævning " + no + ": tilslutningsbidrag for 4 kommunale ejendomme")
            .text("Til Billund Kommune\n\nEfter de nye regler om tilslutningspligt skal ejendomme, der ikke har betalt fuldt "
                + "tilslutningsbidrag efter 2020-takstbladet, efterbetale differencen. Det gælder for kommunen: Filskov Børnehus, "
                + "Grene Forsamlingshus, Vorbasse Bibliotek og Hejnsvig Hallen.\n\nDet samlede beløb, 92.400,00 kr., skal betales "
                + "inden 10 dage til " + mule(18) + ". Ved manglende betaling mister ejendommene retten til prisloftet.\n\n"
                + "Grindsted Fjernvarmeservice\nOpkrævningsafdelingen")
            .attach("application/pdf", "Opkraevning_" + no + ".pdf", Attachments.pdf(docId(m, "gfs"), "Opkrævning " + no,
                List.of("Grindsted Fjernvarmeservice", "Efterbetaling af tilslutningsbidrag, 4 ejendomme", "92.400,00",
                    "Konto: " + mule(18))));
        ownedBy(m, "grindsted-fjernvarmeservice.dk");
        m.description = "unknown 'heating service company', not the plant, demands back-payment of connection fees for four "
            + "buildings, NO IBAN";
        m = bad("fake-district-heating-connection-fee");
        headers(m, "Billund Varmeværk", "regnskab@billund-varmevaerk.dk", "ejendomme@billund.dk", "Depositum for stikledning - "
            + "Troldeskovvej 4")
            .text("Hej Ejendomme\n\nVores entreprenør kan komme med gravemaskinen allerede i næste uge, hvis der er indbetalt et "
                + "depositum på 30 % af tilslutningsbidraget (55.725,00 kr.). Depositummet modregnes i den endelige faktura.\n\n"
                + "Indbetal venligst på " + mule(15) + " og send kvittering som svar på denne mail.\n\nMed venlig hilsen\n"
                + "Regnskab, Billund Varmeværk");
        forged(m, forgedHost++);
        m.description = "forged From billund-varmevaerk.dk (p=quarantine) from a fraudster's host: a 30 % 'deposit' before "
            + "digging, SE IBAN";
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
