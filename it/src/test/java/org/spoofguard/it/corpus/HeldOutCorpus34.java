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
 * The thirty-fourth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Lemvig Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, HR, purchasing, IT, technical, schools,
 * day care, elderly care, culture and tourism, property, coast and harbour mailboxes) on the North Sea and the Limfjord,
 * with fifteen listed suppliers from Lemvig, Harboøre, Thyborøn, Bøvlingbjerg, Klinkby, Nørre Nissum, Ramme, Fjaltring,
 * Lomborg, Gudum and Hygum in every DNS posture real Danish firms have (two sending through a Lemvig web hoster named in
 * their SPF), four invoicing platforms ({@code scoro.com}, {@code payoneer.com}, {@code xledger.net}, {@code
 * vippsmobilepay.com}), local banks, an intermunicipal waste company, a coastal protection association of landowners, a
 * Dutch dredging contractor, a beach lifeguard service, a lawyer, a Swedish rescue-equipment firm, a German groyne builder,
 * SaaS, an auditor, an e-signature service, three authorities, a creditor list, forwarders (with and without SRS), free
 * mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake NemHandel notices, fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, "corrected"
 * invoices, QR codes, archives, SVG/HTML attachments, macro documents, callback scams, salary-account changes,
 * look-alikes, homoglyphs, image-only invoices, e-invoice XML with a changed account) and three kinds new here: a "coastal
 * protection association", a "coastal fund" or the association's "treasurer" who wants the municipality's contribution to
 * sand nourishment or groynes paid to a new, private or unknown account (fake-coastal-protection-contribution), a dredging
 * "contractor" who bills maintenance or emergency dredging of the harbour that nobody ordered, or the real contractor's
 * name moving its final payment (fake-harbour-dredging-invoice), and a "lifeguard service" or its "coordinator" who wants
 * the summer's beach lifeguards or rescue equipment prepaid to a new or private account before any contract or invoice
 * (fake-lifeguard-season-prepayment). The invoice engine, its tests, tuning notes and earlier results were not read.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate
 * invoice, credit note, reminder, collection demand for a real debt, intermunicipal, platform, e-invoice XML, foreign,
 * SaaS, coastal contribution, dredging or lifeguard invoice) and its computed authentication (DMARC pass, or aligned
 * SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus34GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus34 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout34");
    public static final String OWN = "lemvig.dk";
    static final String FRAUD_NET = "127.221.";
    private static final String OWN_IP = "127.212.0.1";
    private static final String EAN = "5798007719346";
    private static final String RAADHUS = "Rådhusgade 2, 7620 Lemvig";
    /** A Lemvig web hoster whose outgoing server two listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.217.9.1";
    private static final String GMAIL = "127.220.1.1";
    private static final String MSFT = "127.220.2.1";
    private static final String YAHOO = "127.220.3.1";
    private static final String APPLE = "127.220.5.1";
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DA);
    private static final DateTimeFormatter DASHES = DateTimeFormatter.ofPattern("dd-MM-yyyy", DA);
    private static final DateTimeFormatter DAYMONTH = DateTimeFormatter.ofPattern("d. MMM", DA);

    private final Random rnd = new Random(34_0034_7620L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The coastal association's contribution invoice number for 2034 (the frauds cite it). */
    private String kystNo;
    /** The dredging contractor's contract number with the harbour (the frauds cite it). */
    private String dredgeContract;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2034, 1, 30, 7, 40, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2034, 2, 27, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Thyborøn Fjernvarme a.m.b.a.", "thyboroen-fjernvarme.dk", "Forbrugerservice",
        "forbrug", "127.213.1.1", iban("DK", "76000002264108"), "fjernvarme til Thyborøn Skole, Thyborøn Hallen og Plejecentret Sydhavnen");
    private final Supplier entrep = new Supplier("Harboøre Entreprenørforretning A/S", "harboeoere-entreprenoer.dk", "Jesper Vinther",
        "jv", "127.213.2.1", bank("7780", "1027733418"), "omlægning af fortov og ny regnvandsledning, Harboøre Hovedgade");
    private final Supplier kloak = new Supplier("Bøvlingbjerg Kloak & Spuling ApS", "boevlingbjerg-kloak.dk", "Tommy Holst",
        "tommy", HOSTER_IP, bank("7780", "1033492106"), "spuling og TV-inspektion af kloakstik, Bøvlingbjerg Børnehus");
    private final Supplier toemrer = new Supplier("Klinkby Tømrer & Snedker ApS", "klinkby-toemrer.dk", "Niels Dam", "nd",
        "127.213.4.1", bank("7770", "0001736529"), "nye vinduer i gymnastiksalen og reparation af tagudhæng, Klinkby Skole");
    private final Supplier maler = new Supplier("Ramme Malerforretning v/ Bo Toft", "ramme-maler.dk", "Bo Toft", "bo",
        "127.213.5.1", bank("9370", "1140226803"), "maling af gangarealer og garderober, Ramme Børnehave");
    private final Supplier rengoer = new Supplier("Lemvig Rengøring & Service ApS", "lemvig-rengoering.dk", "Bogholderiet",
        "bogholderi", "127.213.6.1", bank("7780", "1040198855"), "daglig rengøring af Rådhuset, Lemvig Bibliotek og Jobcentret");
    private final Supplier avis = new Supplier("Lemvig Ugeposten", "lemvig-ugeposten.dk", "Annonceafdelingen", "annonce",
        "127.213.7.1", iban("DK", "30000017452236"), "annoncer: høring om kystsikring ved Ferring og tre stillingsopslag");
    private final Supplier vognmand = new Supplier("Gudum Vognmandsforretning ApS", "gudum-vognmand.dk", "Karsten Lund", "karsten",
        "127.213.8.1", bank("7770", "0001820764"), "stabilgrus og bortkørsel af opgravet jord, Gudumvej");
    private final Supplier el = new Supplier("Nørre Nissum El-Teknik ApS", "nissum-elteknik.dk", "Anders Bach", "anders", HOSTER_IP,
        bank("9370", "1146607315"), "udskiftning af armaturer til LED i hallen, Nørre Nissum Skole");
    private final Supplier vvs = new Supplier("Hygum VVS & Energi ApS", "hygum-vvs.dk", "Kontoret", "kontoret",
        "127.213.10.1", bank("7780", "1048815267"), "service på gasfyr og nye cirkulationspumper, Hygum Forsamlingshus og Bøvling Plejecenter");
    private final Supplier mad = new Supplier("Lemvig Madservice A/S", "lemvig-madservice.dk", "Lemvig Madservice, Debitorservice",
        "debitor", "127.213.11.1", iban("DK", "76000002310947"), "madudbringning til hjemmeboende ældre og plejecentre i Lemvig og Thyborøn");
    private final Supplier byg = new Supplier("Thyborøn Trælast A/S", "thyboroen-traelast.dk", "Erhvervssalget",
        "erhverv", "127.213.12.1", iban("DK", "20007813350961"), "træ, plader og beslag til Lemvig Kommunes Ejendomsafdeling, rammeaftale");
    private final Supplier it = new Supplier("Lemvig Datadrift ApS", "lemvig-datadrift.dk", "Lemvig Datadrift, Fakturering",
        "faktura", "127.213.13.1", bank("3409", "4418820937"), "drift af skolernes trådløse net og 45 nye lærer-pc'er");
    private final Supplier bus = new Supplier("Fjaltring Turistbusser ApS", "fjaltring-busser.dk", "Trafikkontoret", "trafik",
        "127.213.14.1", bank("7770", "0001911046"), "skolebuskørsel og svømmekørsel til Lemvig Svømmehal");
    private final Supplier kontor = new Supplier("Lomborg Kontorartikler ApS", "lomborg-kontor.dk", "Ordreafdelingen",
        "ordre", "127.213.15.1", iban("DK", "30000018820514"), "kopipapir, ringbind og tonere til Rådhuset og Borgerservice");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Rom Smedie & Maskinservice", "rom-smedie.dk", "Poul Kjær", "poul",
        "127.214.3.1", bank("7780", "1052274480"), "nye cykelstativer og rækværk ved Rom Skole");
    private final Supplier havn = new Supplier("Thyborøn Dykkerservice v/ Ole Mikkelsen", "thyboroen-dykkerservice.dk", "Ole Mikkelsen",
        "ole", "127.214.1.1", bank("7770", "0001958231"), "dykkerinspektion af kajvæg og fendere, Lemvig Havn");
    private final Supplier skadedyr = new Supplier("Lemvig Skadedyrsbekæmpelse", "lemvig-skadedyr.dk", "Hanne Søe", "hanne",
        "127.214.2.1", bank("9370", "1151834026"), "rottebekæmpelse ved Genbrugspladsen i Lemvig");
    private final Supplier natur = new Supplier("Gudum Landskabspleje v/ Ane Bruun", "gudum-landskabspleje.dk", "Ane Bruun", "ane",
        "127.214.4.1", bank("7780", "1059962318"), "rydning af krat og hegning på heden ved Gudum");
    private final Supplier guide = new Supplier("Tange-Guiden v/ Mads Krogh", "gmail.com", "Mads Krogh",
        "mads.krogh.tangeguide", GMAIL, bank("7770", "0001993407"), "naturvandring på Harboøre Tange for 4. årgang");
    private final Supplier tolk = new Supplier("Dari-tolkning v/ Farida Noori", "outlook.com", "Farida Noori", "farida.noori.tolk",
        MSFT, bank("3409", "4421057733"), "tolkning dari-dansk, Jobcenter Lemvig, 6 x 1 time");
    private final Supplier musik = new Supplier("Duo Havgus v/ Line Sand", "icloud.com", "Line Sand",
        "line.sand.musik", APPLE, bank("9370", "1158840219"), "fastelavnsmusik, Plejecentret Møllehuset i Lemvig");
    private final Supplier pudser = new Supplier("Klinkby Vinduespudsning v/ René Holm", "hotmail.com", "René Holm",
        "rene.holm.vinduer", MSFT, bank("7780", "1063317594"), "vinduespudsning, Harboøre Bibliotek og Børnehuset Tangen");
    private final Supplier motion = new Supplier("Stolegymnastik v/ Birthe Vang", "yahoo.com", "Birthe Vang", "birthe.vang.motion",
        YAHOO, bank("7770", "0002014658"), "stolegymnastik i Aktivitetscentret i Bøvlingbjerg, 8 gange");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Göteborgs Livräddningsutrustning AB", "goteborg-raddning.se", "Ekonomi", "ekonomi",
        "127.219.1.1", iban("SE", "50000000053910284476"), "räddningsbrädor, livbojar och första hjälpen-väskor till badstränderna");
    private final Supplier tysk = new Supplier("Husumer Küstenbau GmbH", "husumer-kuestenbau.de", "Buchhaltung",
        "buchhaltung", "127.219.2.1", iban("DE", "217500000061184427"), "Instandsetzung der Buhnen am Strand von Ferring");
    private final Supplier dredger = new Supplier("Vlissingen Waterbouw B.V.", "vlissingen-waterbouw.nl", "Accounts Receivable",
        "accounts", "127.219.3.1", iban("NL", "ABNA0418833265"), "maintenance dredging of the harbour basin and entrance, Lemvig Havn");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Lemvig place name; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"thyboroen-fjernvarme.net", "harboeoere-entreprenor.dk", "thyborontraelast.dk",
        "nissum-el-teknik.dk", "lemvig-rengoring.dk", "hygum-vvs-energi.dk", idn("thyboroen-tr\u0430elast.dk"),
        idn("lemvig-r\u0430dhus.dk"), "scoro-lemvig.com", "payoneer-harboore.net", "vippsmobilepay-thyboron.com",
        "boevlingbjerg-kloak.net", "lemvig-madservice.com", "klinkby-tomrer.dk", "fjaltring-bus.dk", "fjaltring-busser.net",
        "rammemaler.dk", "gudum-landskabspleje.com", "lemvig-inkasso.com", "mitid-virk-lemvig.com", "digitalpost-harboore.com",
        "nemhandel-lemvig.net", "lemvig-domaeneregistrering.com", "klinkby-erhvervsregister.org", "gudum-ordreservice.com",
        "mobilbetaling-thyboron.net", "p-kontrol-lemvig.com", "thyboron-offshore-survey.com", "ramme-malerforretning.dk",
        "gudum-vognmand.net", "lemvig-rengoeringsservice.dk", "hygum-vvs.net", "lomborg-kontorartikler.com",
        "lemvig-data-drift.net", "lemvig-bilagsportal.com", "harboeoere-fakturaarkiv.net", "harboeoere-entreprenoer.net",
        "lemvigdatadrift.dk", "signhost-lemvig.com", "nissum-signering.net", "harboeoere-kystlaug.dk", "kystsikring-thyboron.com",
        "vlissingenwaterbouw-lemvig.com", "thyboroen-havneuddybning.dk", "nissum-bredning-sediment.com",
        "nordsoelivredning-lemvig.com", "fjaltring-livredning.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("thyboroen-fjernvarme.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("harboeoere-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("boevlingbjerg-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("klinkby-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("ramme-maler.dk", null, null, null, null); // nothing published
        domain("lemvig-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("lemvig-ugeposten.dk", List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("gudum-vognmand.dk", List.of("127.213.98.4"), "~all", null, "none"); // SPF names only the weighbridge system
        domain("nissum-elteknik.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("hygum-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("lemvig-madservice.dk", List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("thyboroen-traelast.dk", List.of(byg.ip(), "127.213.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("lemvig-datadrift.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("fjaltring-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("lomborg-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain("rom-smedie.dk", List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain("thyboroen-dykkerservice.dk", List.of(havn.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("lemvig-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("gudum-landskabspleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("lemvig-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("goteborg-raddning.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("husumer-kuestenbau.de", List.of(tysk.ip()), "-all", null, null); // SPF only
        domain("vlissingen-waterbouw.nl", List.of(dredger.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // coast, lifeguards, lawyer, auditor, e-signature, school, shops, waste company, authorities
        domain("harboeoere-kystlag.dk", List.of("127.215.1.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("nordsoe-livredning.dk", List.of("127.215.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("limfjord-advokater.dk", List.of("127.215.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bovbjerg-revision.dk", List.of("127.215.5.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("signhost.com", List.of("127.215.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("harboeoere-efterskole.dk", List.of("127.215.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestkyst-legepladser.dk", List.of("127.215.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("lemvig-isenkram.dk", List.of("127.215.9.1"), "-all", null, "none");
        domain("thyboroen-boghandel.dk", List.of("127.215.10.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("nordvestjysk-affald.dk", List.of("127.215.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kyst.dk", List.of("127.215.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fiskeristyrelsen.dk", List.of("127.215.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("trafikstyrelsen.dk", List.of("127.215.17.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // invoicing platforms
        domain("scoro.com", List.of("127.216.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("payoneer.com", List.of("127.216.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("xledger.net", List.of("127.216.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("vippsmobilepay.com", List.of("127.216.4.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        // banks, list, ESP, newsletters, forwarders
        domain("lemvig-sparekasse.dk", List.of("127.217.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestkyst-andelskasse.dk", List.of("127.217.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkredsen-vest.dk", List.of("127.217.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sender.net", List.of("127.217.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommunalt-regnskab.dk", List.of("127.217.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestjysk-indkoeb.dk", List.of("127.217.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("svindelvagten-nyt.dk", List.of("127.217.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.vestnet.dk", List.of("127.218.1.1"), "-all", null, null);
        domain("relay.lemvig-fiber.dk", List.of("127.218.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("talentech.com", List.of("127.219.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("tidio.com", List.of("127.219.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("unit4.com", List.of("127.219.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        String[] policy = {"none", "reject", null, "quarantine", "reject", "none", "quarantine", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 5 == 3 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "70." + (i + 1)), i % 6 == 4 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 94_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no34:" + s.domain()).hashCode(), 7)) {
            case 0:
                return "34" + String.format("%05d", 100 + rnd.nextInt(60_000));
            case 1:
                return "F" + (50_300 + rnd.nextInt(9_000));
            case 2:
                return "2034-" + String.format("%04d", 10 + rnd.nextInt(2_000));
            case 3:
                return String.valueOf(260_000 + rnd.nextInt(50_000));
            case 4:
                return "INV" + (7_100 + rnd.nextInt(2_800));
            case 5:
                return "L" + (400 + rnd.nextInt(500)) + "/34";
            default:
                return String.valueOf(3_100 + rnd.nextInt(1_800));
        }
    }

    private static final String[] TO = {"kreditor@lemvig.dk", "efaktura@lemvig.dk", "kreditor@lemvig.dk", "oekonomi@lemvig.dk",
        "teknik@lemvig.dk", "skole@lemvig.dk", "aeldre@lemvig.dk", "kultur@lemvig.dk", "ejendomme@lemvig.dk", "indkoeb@lemvig.dk",
        "kreditor@lemvig.dk", "dagtilbud@lemvig.dk", "efaktura@lemvig.dk", "havn@lemvig.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf34:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(32_000_000 + Math.floorMod(sha256("cvr34:" + domain).hashCode(), 7_900_000));
    }

    /** The supplier's FI creditor number, as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi34:" + domain).hashCode(), 9_000_000));
    }

    private String written(M m, int plus) {
        return sentPlus(m, plus, WRITTEN);
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "thyboroen-fjernvarme.dk" -> "Vesterhavsgade 52, 7680 Thyborøn";
            case "harboeoere-entreprenoer.dk" -> "Industrivej 9, 7673 Harboøre";
            case "boevlingbjerg-kloak.dk" -> "Bøvlingvej 30, 7650 Bøvlingbjerg";
            case "klinkby-toemrer.dk" -> "Klinkbyvej 14, 7620 Lemvig";
            case "ramme-maler.dk" -> "Rammevej 7, 7620 Lemvig";
            case "lemvig-rengoering.dk" -> "Østergade 21, 7620 Lemvig";
            case "lemvig-ugeposten.dk" -> "Torvet 5, 7620 Lemvig";
            case "gudum-vognmand.dk" -> "Gudumvej 61, 7620 Lemvig";
            case "nissum-elteknik.dk" -> "Vestergade 3, Nørre Nissum, 7620 Lemvig";
            case "hygum-vvs.dk" -> "Hygumvej 18, 7650 Bøvlingbjerg";
            case "lemvig-madservice.dk" -> "Søndergade 40, 7620 Lemvig";
            case "thyboroen-traelast.dk" -> "Havnevej 11, 7680 Thyborøn";
            case "lemvig-datadrift.dk" -> "Fabriksvej 6, 7620 Lemvig";
            case "fjaltring-busser.dk" -> "Fjaltringvej 88, 7620 Lemvig";
            case "lomborg-kontor.dk" -> "Lomborgvej 2, 7620 Lemvig";
            case "rom-smedie.dk" -> "Romvej 25, 7620 Lemvig";
            case "thyboroen-dykkerservice.dk" -> "Fiskerihavnen 4, 7680 Thyborøn";
            case "lemvig-skadedyr.dk" -> "Strandvejen 60, 7620 Lemvig";
            case "gudum-landskabspleje.dk" -> "Gudum Kirkevej 3, 7620 Lemvig";
            case "lemvig-laas.dk" -> "Vestergade 28, 7620 Lemvig";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: an order invoice with item number, text, quantity, unit price and a bank-transfer
     * line; a work sheet with journeyman and apprentice hours, kilometres and materials; a bilingual "FAKTURA | INVOICE" with
     * our reference and theirs; a period settlement with agreement number, subscription and consumption. Layouts other than
     * the first print the supplier's own FI line (card type 71) when its own account is printed; a {@code null} account
     * prints no bank account at all.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        int kind = Math.floorMod(layout, 4);
        String fi = kind != 0 && account != null && account.equals(s.account()) ? fik(71, no, creditorNo(s.domain()), true) : "";
        switch (kind) {
            case 0 -> {
                head = s.name() + " - " + title.toLowerCase(DA) + " nr. " + no;
                l.add("CVR-nr. " + cvr(s.domain()) + (addr.isEmpty() ? "" : "   " + addr));
                l.add("Kunde: Lemvig Kommune, " + RAADHUS + ", EAN-lokationsnr. " + EAN);
                l.add("Fakturadato: " + dashedDay(m, 0) + "   Betalingsbetingelse: løbende måned + 15 dage");
                l.add("Varenr.   Tekst                                                  Antal   Á-pris        I alt");
                l.add("1001      " + s.what() + "   1   " + a.net() + "   " + a.net());
                l.add("Momsgrundlag " + a.net() + "   Moms 25 % " + a.vat() + "   Fakturabeløb DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Bankoverførsel til " + account + " - anfør fakturanr. " + no);
                }
            }
            case 1 -> {
                head = title + " " + no + " - arbejdsseddel";
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR " + cvr(s.domain()));
                l.add("Arbejdssted og opgave: " + s.what());
                l.add("Rekvirent: Lemvig Kommune, EAN " + EAN);
                long journeyman = a.ore() * 50 / 100 / 52_000;
                long apprentice = a.ore() * 15 / 100 / 31_000;
                long km = Math.min(400, a.ore() * 10 / 100 / 380);
                long materials = a.ore() - journeyman * 52_000 - apprentice * 31_000 - km * 380;
                l.add("Udført " + sentPlus(m, -12, DAYMONTH) + " - " + sentPlus(m, -3, DAYMONTH) + ":  svendetimer " + journeyman
                    + " à 520,00 = " + kr(journeyman * 52_000) + "  |  lærlingetimer " + apprentice + " à 310,00 = "
                    + kr(apprentice * 31_000));
                l.add("Kørsel " + km + " km à 3,80 = " + kr(km * 380) + "  |  Materialer iflg. bilag " + kr(materials));
                l.add("I alt ekskl. moms " + a.net() + "  |  moms " + a.vat() + "  |  at betale " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Forfald " + written(m, 14) + (account == null ? "" : ". Beløbet indsættes på " + account));
                if (!fi.isEmpty()) {
                    l.add("Betal med FI-kort: " + fi);
                }
            }
            case 2 -> {
                head = "FAKTURA | INVOICE " + no;
                l.add("Udstedt af/Issued by " + s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", VAT DK" + cvr(s.domain()));
                l.add("Faktureres til/Bill to: Lemvig Kommune, " + RAADHUS + ", Danmark, GLN/EAN " + EAN);
                l.add("Vores ref./Our ref. " + s.person() + "   Jeres ref./Your ref. LK-" + (2_000 + Math.floorMod(no.hashCode(), 7_000)));
                l.add("Dato/Date " + isoDay(m, 0) + "   Betalingsfrist/Due " + isoDay(m, 20));
                l.add("Beskrivelse/Description: " + s.what());
                l.add("Subtotal " + a.net() + "  |  Moms/VAT 25 % " + a.vat() + "  |  Total DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Kontooplysninger/Bank details: " + account);
                }
                if (!fi.isEmpty()) {
                    l.add("FI: " + fi);
                }
            }
            default -> {
                head = s.name() + " - " + title.toLowerCase(DA) + " " + no;
                l.add("Aftale- og kundenr. " + (40_000 + Math.floorMod(s.domain().hashCode(), 50_000)) + "  -  Lemvig Kommune, EAN " + EAN);
                l.add("Afregningsperiode " + dashedDay(m, -31) + " - " + dashedDay(m, -1));
                l.add("Leverance: " + s.what());
                long fixed = a.ore() * 3 / 10;
                l.add("Abonnement / fast bidrag " + kr(fixed) + "   Forbrug og ydelser " + kr(a.ore() - fixed));
                l.add("Subtotal " + a.net() + ", moms " + a.vat() + ", i alt DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsdato " + dashedDay(m, 15) + (account == null ? "" : " - overføres til " + account));
                if (!fi.isEmpty()) {
                    l.add("Indbetalingskort: " + fi);
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura-" + n + ".pdf", "faktura_" + n + ".pdf", "Lemvig Kommune - faktura " + n + ".pdf",
            "Faktura nr " + n + ".pdf", n + ".pdf", "Fakturakopi_" + n + ".pdf", "invoice-" + n + ".pdf", "Regning " + n + ".pdf",
            "lemvig_kommune_" + n + ".pdf", "Bilag_" + n + ".pdf", "FAK" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Lemvig Kommune", "Til kreditorbogholderiet", "Goddag", "Hej bogholderi",
        "Att.: Økonomi", "Hej alle", "Kære Lemvig Kommune", "Hej derovre", "Til rette vedkommende", "Hej igen"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig34:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh " + firstName(s) + "\n" + s.name() + "\nTlf. 97 " + (10 + rnd.nextInt(89)) + " "
                    + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nBedste hilsner\n" + s.person() + " | " + s.name() + (freeMail(s) ? "" : " | CVR " + cvr(s.domain()));
            case 3:
                return "\n\n/" + firstName(s) + (freeMail(s) ? "\n(sendt fra mobilen)" : "\n" + s.name() + " - " + s.domain());
            default:
                return "\n\nDe bedste hilsner fra\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 7_400_000 : 560_000);
        String[] subjects = {"Faktura " + no + " fra " + s.name(), "Lemvig Kommune: faktura nr. " + no, "Regning " + no,
            "Faktura " + no, "Faktura " + no + " (EAN " + EAN + ")", s.name() + " - ny faktura", "Faktura vedr. " + s.what(),
            "Faktura " + no + ", betaling senest " + dashedDay(m, 30), "Fremsendt faktura " + no, "Vores regning " + no};
        String text = switch (Math.floorMod(v, 9)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Vi fremsender vores regning nr. " + no + " på " + a.gross() + " kr. med moms. Den forfalder " + written(m, 30)
                + ".";
            case 2 -> "Arbejdet er afsluttet og gennemgået med jeres tilsynsførende. Fakturaen er desuden sendt som e-faktura til "
                + "EAN " + EAN + ".";
            case 3 -> "Tak for ordren. Den vedhæftede PDF er fakturaen - giv lyd, hvis der er spørgsmål til den.";
            case 4 -> "Hermed periodens faktura. Skriv venligst " + no + " i tekstfeltet, når I betaler.";
            case 5 -> "Faktura: " + no + "\nBeløb i alt: " + a.gross() + " kr.\nSidste rettidige betaling: " + written(m, 30)
                + "\nEAN: " + EAN;
            case 6 -> "Undskyld forsinkelsen på denne - vores bogholder har været syg i januar, så vi er lidt bagud med "
                + "faktureringen.";
            case 7 -> "Fakturaen ligger i vedhæftningen. Rigtig god dag derude.";
            default -> "Vedlagt.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<!DOCTYPE html><html><body style=\"font-family:Segoe UI,Tahoma,sans-serif;font-size:10.5pt;color:#222\">"
                + "<div>" + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    /** Utilities and period services bill by period; merchants use their system's order or bilingual layout. */
    private static final Set<String> PERIODIC = Set.of("thyboroen-fjernvarme.dk", "lemvig-madservice.dk", "lemvig-rengoering.dk",
        "lemvig-ugeposten.dk", "fjaltring-busser.dk");
    private static final Set<String> TRADE = Set.of("thyboroen-traelast.dk", "lomborg-kontor.dk", "lemvig-datadrift.dk");

    private static int layout(Supplier s, int v) {
        return PERIODIC.contains(s.domain()) ? 3 : TRADE.contains(s.domain()) ? (v % 2 == 0 ? 2 : 0) : Math.floorMod(v, 3);
    }

    /**
     * An OIOUBL 2.02 invoice as NemHandel carries it (payment means 42 to a Danish reg./account number, or 31 to an IBAN), or
     * (peppol) a Peppol BIS Billing 3.0 UBL invoice (payment means 58, SEPA credit transfer).
     */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String buyerRef,
                       String note) {
        String net = Ubl.decimal(a.ore());
        StringBuilder x = Ubl.head(false, "  ", peppol, "Procurement-BilSim-1.0", no, issue, due, note);
        x.append("  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n");
        if (peppol) {
            x.append("  <cbc:BuyerReference>").append(xml(buyerRef)).append("</cbc:BuyerReference>\n");
        } else {
            x.append("  <cac:OrderReference><cbc:ID>").append(xml(buyerRef)).append("</cbc:ID></cac:OrderReference>\n");
        }
        x.append("  <cac:AccountingSupplierParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0184\">DK" : "      <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK")
            .append(cvr(s.domain())).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyIdentification><cbc:ID schemeID=\"").append(peppol ? "0184" : "DK:CVR").append("\">DK")
            .append(cvr(s.domain())).append("</cbc:ID></cac:PartyIdentification>\n")
            .append("      <cac:PartyName><cbc:Name>").append(xml(s.name())).append("</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>").append(xml(street(s))).append("</cbc:StreetName>")
            .append("<cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n")
            .append("      <cac:PartyLegalEntity><cbc:RegistrationName>").append(xml(s.name())).append("</cbc:RegistrationName>")
            .append("<cbc:CompanyID>").append(cvr(s.domain())).append("</cbc:CompanyID></cac:PartyLegalEntity>\n")
            .append("    </cac:Party>\n  </cac:AccountingSupplierParty>\n")
            .append("  <cac:AccountingCustomerParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0088\">" : "      <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">")
            .append(EAN).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>Lemvig Kommune</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>Rådhusgade 2</cbc:StreetName><cbc:CityName>Lemvig</cbc:CityName>")
            .append("<cbc:PostalZone>7620</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country>")
            .append("</cac:PostalAddress>\n")
            .append("    </cac:Party>\n  </cac:AccountingCustomerParty>\n")
            .append("  <cac:PaymentMeans>\n");
        if (peppol) {
            String ib = account.startsWith("IBAN") ? plain(account) : plain(iban("DK", plain(account)));
            x.append("    <cbc:PaymentMeansCode name=\"SEPA credit transfer\">58</cbc:PaymentMeansCode>\n")
                .append("    <cbc:PaymentID>").append(xml(no)).append("</cbc:PaymentID>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(ib).append("</cbc:ID><cbc:Name>").append(xml(s.name()))
                .append("</cbc:Name></cac:PayeeFinancialAccount>\n");
        } else if (account.startsWith("IBAN")) {
            x.append("    <cbc:PaymentMeansCode>31</cbc:PaymentMeansCode>\n")
                .append("    <cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append("    <cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">IBAN</cbc:PaymentChannelCode>\n")
                .append("    <cbc:InstructionNote>").append(xml(no)).append("</cbc:InstructionNote>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(plain(account)).append("</cbc:ID></cac:PayeeFinancialAccount>\n");
        } else {
            x.append("    <cbc:PaymentMeansCode>42</cbc:PaymentMeansCode>\n")
                .append("    <cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append("    <cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">DK:BANK</cbc:PaymentChannelCode>\n")
                .append("    <cbc:InstructionNote>").append(xml(no)).append("</cbc:InstructionNote>\n")
                .append(Ubl.payeeBranch(account));
        }
        x.append("  </cac:PaymentMeans>\n")
            .append("  <cac:PaymentTerms><cbc:Note>Netto ").append(peppol ? "30" : "20").append(" dage</cbc:Note></cac:PaymentTerms>\n");
        Ubl.totals(x, a.ore(), true);
        x.append("  <cac:InvoiceLine>\n    <cbc:ID>1</cbc:ID>\n")
            .append("    <cbc:InvoicedQuantity unitCode=\"").append(peppol ? "C62" : "EA").append("\">1</cbc:InvoicedQuantity>\n")
            .append("    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount>\n")
            .append("    <cac:Item><cbc:Name>").append(xml(s.what().length() > 50 ? s.what().substring(0, 50) : s.what()))
            .append("</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent>")
            .append("<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>\n")
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
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Aftalt med skolens pedel"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices bicycle stands and railings, aligned SPF pass";
        List<Supplier> again = List.of(it, byg, vvs, entrep, mad, avis, el, kloak, maler, vognmand, varme, toemrer, kontor,
            bus, rengoer, byg);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Rekvisition LK-" + (41_300 + k * 173));
                case 1 -> List.of("Bestilt af: " + to().replace("@lemvig.dk", "") + ", Lemvig Kommune");
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Klimatilpasning Thyborøn" : "Vedligeholdelsesaftale 2033-2035"));
                case 3 -> List.of("Ordrenr. " + (88_100 + k * 61) + " fra Ejendomsafdelingen");
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nKvitterede følgesedler er vedlagt som særskilt bilag." : k % 7 == 4
                ? "\n\nBilleder fra afleveringen ligger ved mailen." : k % 7 == 6 ? "\n\nTimeregistreringen er vedhæftet som CSV." : "";
            invoice(m, s, s.account(), k * 3 + 4, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "foelgeseddel_" + (k + 20) + ".pdf", Attachments.pdf(docId(m, "fs"), "Følgeseddel",
                    List.of(s.what(), "Leveret: " + (k % 2 == 0 ? "Rådhuset, Lemvig" : "Materielgården, Lemvig"), "Kvitteret ved modtagelse",
                        "Kolli: " + (3 + k % 5))));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "aflevering_" + (k + 7) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            } else if (k % 7 == 6) {
                m.mime.attach("text/csv", "timeregistrering.csv", ("dato;init;timer;tekst\r\n" + isoDay(m, -11) + ";ND;7,0;montage\r\n"
                    + isoDay(m, -10) + ";ND;6,5;montage\r\n" + isoDay(m, -6) + ";KL;3,0;oprydning\r\n").getBytes(StandardCharsets.UTF_8));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, rengoer, avis)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 2, List.of("Periode: februar 2034"), "\n\nFakturaen dækker februar måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " periodic invoice for February, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        coastalContribution();
        dredging();
        lifeguards();
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
        Object[][] c = {{byg, "Kreditnota vedr. faktura ", "Fire plader krydsfiner og en pakke terrassebrædder blev leveret retur "
            + "ubrugte fra Ejendomsafdelingen."},
            {kontor, "Kreditering af faktura ", "Tonerpatronerne til printeren i Borgerservice passede ikke og er hentet retur."},
            {mad, "Kreditnota til faktura ", "Fem borgere var indlagt i uge 5 og fik derfor ikke leveret mad; de måltider er "
                + "trukket ud."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (7_100 + rnd.nextInt(800));
            Amount a = amount(210_000).credit();
            headers(m, s.person(), addr(s), "kreditor@lemvig.dk", x[1] + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + " Derfor får I kreditnota " + no + " på " + a.gross() + " kr., som kan "
                    + "modregnes i jeres næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2 + 1,
                    List.of("Krediterer faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(entrep, byg)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@lemvig.dk", "Kontoudtog pr. " + dashedDay(m, -1))
                .text("Hej\n\nHer er et kontoudtog til jeres afstemning. Faktura " + p.no() + " er registreret som betalt, og "
                    + "saldoen står i 0,00 kr." + signature(s))
                .attach("application/pdf", "kontoudtog_lemvig_kommune.pdf", Attachments.pdf(docId(m, "saldo"), "Kontoudtog",
                    List.of("Kunde: Lemvig Kommune", "Faktura " + p.no() + "   " + p.amount().gross() + "   betalt",
                        "Saldo: 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@lemvig.dk", "Betaling modtaget")
            .text("Hej\n\nPengene for faktura " + past.get(vognmand.domain()).no() + " (stabilgrus til Gudumvej) er gået ind. "
                + "Mange tak.\n\nKarsten\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "gudum-vognmand.dk thanks for payment (its SPF names only the weighbridge system: softfail, p=none)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores bogføring er nedenstående faktura ikke betalt. Er betalingen "
            + "sendt inden for de seneste dage, kan I se bort fra denne mail."},
            {maler, "Mangler betaling", "Hej. Jeg har ikke set pengene for malerarbejdet i Ramme Børnehave endnu. Er fakturaen mon "
                + "havnet et forkert sted? Hilsen Bo"},
            {kloak, "Rykker 1", "Fakturaen har nu været forfalden i 10 dage. Der er ikke pålagt rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@lemvig.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 6) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. kan betales til den konto, I plejer at bruge: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(),
                    p.amount(), s.account(), i + 2, List.of("Gælder faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "LA-" + (23_100 + rnd.nextInt(800));
        String klient = bank("9370", "1164412208");
        headers(m, "Limfjord Advokater, inkassoafdelingen", "inkasso@limfjord-advokater.dk", "kreditor@lemvig.dk",
            "Sag " + sag + " - Gudum Landskabspleje v/ Ane Bruun")
            .text("Lemvig Kommune\nKreditor\n\nSom advokat for Gudum Landskabspleje v/ Ane Bruun skal vi meddele, at vores klient "
                + "har bedt os inddrive faktura nr. 118 af 3. december 2033 på 11.250,00 kr. for rydning af krat på heden ved "
                + "Gudum. Der er sendt to rykkere uden reaktion.\n\nEr fakturaen betalt, eller er I uenige i kravet, så kontakt "
                + "os med sagsnummeret. Ellers bedes beløbet tillagt inkassogebyr 100,00 kr. indbetalt på vores klientkonto "
                + klient + " inden 10 dage.\n\nMed venlig hilsen\nLimfjord Advokater")
            .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + sag,
                List.of("Fordringshaver: Gudum Landskabspleje v/ Ane Bruun", "Faktura 118 af 03.12.2033: 11.250,00",
                    "Gebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.215.4.1");
        m.description = "a real law firm's collection letter for an unlisted landscape-care firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "NVA-" + (4_400 + rnd.nextInt(600));
        String konto = iban("DK", "76000002391406");
        headers(m, "Nordvestjysk Affald I/S, Økonomi", "oekonomi@nordvestjysk-affald.dk", "kreditor@lemvig.dk", "Faktura " + no
            + " - ejerbidrag 1. kvartal 2034")
            .text("Til Lemvig Kommune\n\nHermed faktura for Lemvig Kommunes ejerbidrag til drift af genbrugspladserne i 1. kvartal "
                + "2034. Bidraget er fordelt efter indbyggertal som fastsat i selskabets vedtægter og budgettet, bestyrelsen "
                + "vedtog i oktober. Samme faktura er sendt til EAN " + EAN + ".\n\nBetaling til " + konto + ".\n\n"
                + "Venlig hilsen\nNordvestjysk Affald I/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "nva"), "Faktura " + no,
                List.of("Nordvestjysk Affald I/S", "Lemvig Kommune, EAN " + EAN, "Ejerbidrag 1. kvt. 2034, andel 21,3 %",
                    "DKK 2.184.600,00 (momsfri)", "Betaling: " + konto)));
        genuine(m, "127.215.11.1");
        m.description = "the intermunicipal waste company's quarterly owner contribution, its own account, DMARC pass";
    }

    /**
     * Genuine counterpart to the coastal fraud: the landowners' coastal protection association bills the municipality's
     * agreed share for 2034; the coastal authority announces the sand nourishment plan (nothing to pay now).
     */
    private void coastalContribution() {
        M m = ok("coastal-protection-invoice", true);
        kystNo = "KL-2034-" + (10 + rnd.nextInt(40));
        String konto = bank("7780", "1071150933");
        headers(m, "Kystsikringslaget Harboøre Tange, kassereren", "kasserer@harboeoere-kystlag.dk", "kyst@lemvig.dk",
            "Opkrævning " + kystNo + ": kommunens bidrag 2034")
            .text("Til Lemvig Kommune, Natur og Kyst\n\nEfter den fordelingsnøgle, kommunalbestyrelsen godkendte i "
                + "kystbeskyttelsessagen for Harboøre Tange, opkræver laget hermed kommunens andel (38 %) af årets udgifter til "
                + "sandfodring og vedligehold af høfderne. Budgettet blev vedtaget på generalforsamlingen i november, og "
                + "referatet ligger på lagets hjemmeside.\n\nBeløbet betales som de foregående år til lagets konto i "
                + "Sparekassen, " + konto + ", senest 31. marts.\n\nMed venlig hilsen\nKasserer, Kystsikringslaget Harboøre Tange")
            .attach("application/pdf", "Opkraevning_" + kystNo + ".pdf", Attachments.pdf(docId(m, "kyst"), "Opkrævning " + kystNo,
                List.of("Kystsikringslaget Harboøre Tange", "Debitor: Lemvig Kommune, EAN " + EAN,
                    "Sandfodring 2034, lagets andel: 1.120.000,00", "Vedligehold af høfder: 214.000,00",
                    "Kommunens andel 38 %: 507.000,00 (momsfri)", "Konto: " + konto)));
        genuine(m, "127.215.1.1");
        m.description = "the coastal protection association bills the municipality's agreed 38 % share, account as in earlier "
            + "years (Ed25519 aligned, p=none: DMARC pass)";
        m = ok("authority-notice", false);
        headers(m, "Kystdirektoratet", "post@kyst.dk", "kyst@lemvig.dk", "Sandfodring 2034 på strækningen Thyborøn-Harboøre")
            .text("Til Lemvig Kommune\n\nKystdirektoratet forventer at sandfodre på strækningen Thyborøn-Harboøre fra midten af "
                + "maj, når vejret tillader det. Mængderne fremgår af det vedhæftede notat.\n\nKommunens medfinansiering opkræves "
                + "som i tidligere år via e-faktura, når sæsonen er afsluttet. Der skal ikke betales noget nu.\n\n"
                + "Med venlig hilsen\nKystdirektoratet")
            .attach("application/pdf", "Notat_sandfodring_2034.pdf", Attachments.pdf(docId(m, "kdi"), "Sandfodring 2034",
                List.of("Strækning: Thyborøn-Harboøre", "Planlagt mængde: ca. 600.000 m3", "Opstart: medio maj 2034",
                    "Medfinansiering: opkræves efter sæsonen via e-faktura")));
        genuine(m, "127.215.15.1");
        m.description = "coastal authority's sand nourishment plan, co-financing invoiced after the season, nothing to pay now";
    }

    /**
     * Genuine counterpart to the dredging fraud: the contracted Dutch dredger's first instalment (history), its progress
     * report and its final invoice to the same account.
     */
    private void dredging() {
        dredgeContract = "LH-2033-" + (11 + rnd.nextInt(30));
        M m = ok("harbour-dredging-invoice", true);
        m.wave = 1;
        String no = "VW34" + (1_100 + rnd.nextInt(800));
        String subject = "Invoice " + no + " - contract " + dredgeContract + ", instalment 1";
        headers(m, "Vlissingen Waterbouw - Accounts Receivable", addr(dredger), "havn@lemvig.dk", subject)
            .text("Dear Sir or Madam,\n\nAs agreed in contract " + dredgeContract + " for the maintenance dredging of Lemvig Havn, "
                + "please find our invoice for the first instalment (mobilisation and 40 % of the basin) attached. Danish VAT is "
                + "reverse charged.\n\nPayment within 30 days to " + dredger.account() + ", the account stated in the contract.\n\n"
                + "Kind regards\nAccounts Receivable\nVlissingen Waterbouw B.V.")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "vw1"), "Invoice " + no,
                List.of("Vlissingen Waterbouw B.V., Vlissingen, the Netherlands", "Customer: Lemvig Kommune, Lemvig Havn",
                    "Contract " + dredgeContract + ": maintenance dredging, instalment 1 of 2", "EUR 148,200.00 - reverse charge",
                    "Bank: " + dredger.account())));
        genuine(m, dredger.ip());
        past.put(dredger.domain(), new Past(no, new Amount(0, "", "", "EUR 148,200.00"), messageId(m, dredger.domain()), subject));
        m.description = "history: Dutch dredging contractor's first instalment under its contract, NL IBAN, DMARC pass";
        m = ok("supplier-letter", false);
        headers(m, "Vlissingen Waterbouw - Project Lemvig", "project.lemvig@vlissingen-waterbouw.nl", "havn@lemvig.dk",
            "Progress report week 8 - dredging Lemvig Havn")
            .text("Dear harbour master,\n\nThe trailing suction hopper dredger finished the basin on Tuesday; the entrance channel "
                + "follows this week. The control survey will be carried out by your own surveyor as agreed.\n\nThe final invoice "
                + "(instalment 2) will follow after the survey has been approved. Our payment details are unchanged.\n\n"
                + "Best regards\nProject team Lemvig\nVlissingen Waterbouw B.V.")
            .attach("application/pdf", "Progress_week8.pdf", Attachments.pdf(docId(m, "vwp"), "Progress report week 8",
                List.of("Contract " + dredgeContract, "Basin: completed", "Entrance channel: in progress",
                    "Control survey: by the client's surveyor")));
        genuine(m, dredger.ip());
        m.description = "the contracted dredger's progress report: final invoice after the survey, payment details unchanged";
        m = ok("harbour-dredging-invoice", true);
        no = "VW34" + (1_900 + rnd.nextInt(800));
        headers(m, "Vlissingen Waterbouw - Accounts Receivable", addr(dredger), "havn@lemvig.dk", "Invoice " + no + " - contract "
            + dredgeContract + ", final instalment")
            .text("Dear Sir or Madam,\n\nThe control survey of the basin and entrance channel has been approved by your harbour "
                + "master. Attached is our final invoice under contract " + dredgeContract + ". Reverse charge applies.\n\n"
                + "Payment within 30 days to our account " + dredger.account() + ", as before.\n\nKind regards\nAccounts "
                + "Receivable\nVlissingen Waterbouw B.V.")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "vw2"), "Invoice " + no,
                List.of("Vlissingen Waterbouw B.V., Vlissingen, the Netherlands", "Customer: Lemvig Kommune, Lemvig Havn",
                    "Contract " + dredgeContract + ": final instalment, survey approved", "EUR 96,400.00 - reverse charge",
                    "Bank: " + dredger.account())));
        genuine(m, dredger.ip());
        m.description = "the contracted dredger's final invoice after the approved survey, same NL IBAN, DMARC pass";
    }

    /**
     * Genuine counterpart to the lifeguard fraud: the contracted lifeguard service's season plan (first rate invoiced in July,
     * nothing in advance) and its invoice for the winter pool-lifeguard tests it held for our swimming-pool staff.
     */
    private void lifeguards() {
        String konto = bank("9370", "1170036642");
        M m = ok("supplier-letter", false);
        headers(m, "Nordsø Livredning, Planlægning", "planlaegning@nordsoe-livredning.dk", "kultur@lemvig.dk",
            "Sæsonplan 2034 for livredning på strandene")
            .text("Hej Kultur og Turisme\n\nHer er sæsonplanen for 2034: tårnene på Vrist Strand, Thyborøn Strand og Ferring Strand "
                + "er bemandet fra 22. juni til 17. august, kl. 11-18. Rekrutteringen af livredderne er i gang.\n\nSom i kontrakten "
                + "faktureres første rate 1. juli via EAN - der skal ikke betales noget forud.\n\nVenlig hilsen\nNordsø Livredning")
            .attach("application/pdf", "Saesonplan_2034.pdf", Attachments.pdf(docId(m, "nl"), "Sæsonplan 2034",
                List.of("Vrist Strand, Thyborøn Strand, Ferring Strand", "22.06.-17.08.2034, kl. 11-18",
                    "Rate 1 faktureres 01.07.2034, rate 2 01.09.2034")));
        genuine(m, "127.215.2.1");
        m.description = "the contracted lifeguard service's season plan: first rate invoiced in July, nothing to prepay";
        m = ok("lifeguard-service-invoice", true);
        String no = "NL-" + (8_300 + rnd.nextInt(500));
        headers(m, "Nordsø Livredning ApS", "faktura@nordsoe-livredning.dk", "kultur@lemvig.dk", "Faktura " + no
            + " - livredderprøver Lemvig Svømmehal")
            .text("Kære Lemvig Kommune\n\nI februar afholdt vi den årlige livredderprøve for 14 medarbejdere i Lemvig Svømmehal. "
                + "Fakturaen følger aftalen, og beløbet betales til vores sædvanlige konto " + konto + ".\n\nDen er også sendt "
                + "til EAN " + EAN + ".\n\nVenlig hilsen\nNordsø Livredning ApS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "nlf"), "Faktura " + no,
                List.of("Nordsø Livredning ApS", "Lemvig Kommune, Kultur og Turisme, EAN " + EAN,
                    "Livredderprøve (bassin), 14 deltagere à 1.150,00", "16.100,00 + moms 4.025,00 = 20.125,00",
                    "Konto: " + konto)));
        genuine(m, "127.215.2.1");
        m.description = "the contracted lifeguard service invoices winter pool-lifeguard tests it held, usual account, DMARC pass";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Fiskeristyrelsen", "tilskud@fiskeristyrelsen.dk", "havn@lemvig.dk", "Tilsagn: nyt isværk på Thyborøn Havn")
            .text("Til Lemvig Kommune\n\nDer er givet tilsagn om 640.000 kr. i tilskud fra fiskeriprogrammet til det nye isværk. "
                + "Tilskuddet udbetales til kommunens NemKonto, når slutregnskabet er godkendt. Tilsagnsbrevet er sendt til "
                + "Digital Post.\n\nMed venlig hilsen\nFiskeristyrelsen");
        genuine(m, "127.215.16.1");
        m.description = "fisheries agency grant commitment paid to our NemKonto, pointer to Digital Post, DMARC pass";
        m = ok("authority-notice", false);
        headers(m, "Trafikstyrelsen", "faergetilskud@trafikstyrelsen.dk", "oekonomi@lemvig.dk",
            "Udbetaling af færgetilskud, 1. kvartal 2034")
            .text("Kære Lemvig Kommune\n\nTilskuddet til færgeoverfarten Thyborøn-Agger for 1. kvartal 2034 er udbetalt til "
                + "kommunens NemKonto i dag. Der er ingen efterregulering for 2033.\n\nTrafikstyrelsen");
        genuine(m, "127.215.17.1");
        m.description = "transport authority's ferry subsidy paid to our NemKonto, nothing to pay, DMARC pass";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, bus.person(), addr(bus), "skole@lemvig.dk", "Dieseltillæg for 2. kvartal 2034")
            .text("Til Lemvig Kommune, Skoler\n\nEfter kontraktens § 7 reguleres dieseltillægget hvert kvartal efter listeprisen. "
                + "For 2. kvartal 2034 falder tillægget med 1,1 %, så de kommende fakturaer bliver en anelse lavere. I skal ikke "
                + "foretage jer noget.\n\nBeregningen er vedhæftet.\n\nFjaltring Turistbusser ApS")
            .attach("application/pdf", "Dieseltillaeg_Q2_2034.pdf", Attachments.pdf(docId(m, "idx"), "Dieseltillæg 2. kvartal 2034",
                List.of("Kontrakt om skolebuskørsel, § 7", "Regulering: -1,1 %", "Gælder fra 01.04.2034")));
        genuine(m, bus.ip());
        m.description = "listed bus company announces the contractual fuel adjustment on its next ordinary invoices";
    }

    private void platforms() {
        Object[][] p = {{"scoro.com", it}, {"scoro.com", skadedyr}, {"payoneer.com", guide}, {"vippsmobilepay.com", pudser},
            {"xledger.net", null}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(640_000);
            m.mailFrom = "bounce-" + sha256("plat34:" + m.id).substring(0, 14) + "@" + d;
            String no;
            if (d.equals("scoro.com")) {
                no = "S-" + (10_400 + rnd.nextInt(5_000));
                Mime mime = headers(m, s.name() + " via Scoro", "invoices@scoro.com", v == 0 ? "it@lemvig.dk" : "teknik@lemvig.dk",
                    "Invoice " + no + " from " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)));
                if (v == 0) {
                    mime.text("Hej Lemvig Kommune\n\n" + s.name() + " har sendt jer faktura " + no + ".\n\nBeløb: " + a.gross()
                        + " DKK\nForfald: " + isoDay(m, 20) + "\nOpgave: " + s.what() + "\n\nFakturaen er vedhæftet som PDF. "
                        + "Svar på denne mail går direkte til " + s.name() + ".\n\n--\nSent with Scoro");
                } else {
                    mime.html("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2933\"><table width=\""
                        + "560\" align=\"center\"><tr><td style=\"padding:18px;border-top:4px solid #00a3e0\"><p>" + s.name() + "</p>"
                        + "<p style=\"font-size:24px\"><b>DKK " + a.gross() + "</b></p><p>Faktura " + no + " &middot; forfald "
                        + isoDay(m, 14) + "</p><p>" + s.what() + "</p><p><a href=\"https://app.scoro.com/invoice/view/"
                        + sha256("sc34:" + m.id).substring(0, 24) + "\">Vis faktura</a></p><p style=\"font-size:11px;color:#888\">"
                        + "Sent with Scoro</p></td></tr></table></body></html>");
                }
            } else if (d.equals("payoneer.com")) {
                no = "PR-" + (60_200 + rnd.nextInt(3_000));
                headers(m, s.person() + " via Payoneer", "billing@payoneer.com", "skole@lemvig.dk", s.person()
                    + " har sendt en betalingsanmodning (" + no + ")")
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej\n\n" + s.person() + " (" + s.name() + ") anmoder om betaling for " + s.what() + ".\n\nAnmodning: "
                        + no + "\nBeløb: DKK " + a.gross() + "\nForfald: " + isoDay(m, 14) + "\n\nFakturaen med bankoplysninger "
                        + "er vedhæftet. Spørgsmål besvares af " + s.person() + ".\n\nPayoneer Billing Service");
            } else if (d.equals("vippsmobilepay.com")) {
                no = "MP" + (30_040 + rnd.nextInt(900));
                headers(m, s.name() + " via MobilePay", "faktura@vippsmobilepay.com", "dagtilbud@lemvig.dk", "Ny faktura fra "
                    + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej\n\nDu har fået en faktura fra " + s.name() + ".\n\nFakturanr.: " + no + "\nBeløb: " + a.gross()
                        + " kr.\nBetales senest: " + dashedDay(m, 14) + "\n\nFakturaen er vedhæftet og kan også betales med bankoverførsel "
                        + "til kontoen på fakturaen.\n\nVenlig hilsen\nVipps MobilePay");
            } else {
                no = "AF" + (20_340 + rnd.nextInt(600));
                String noIban = iban("NO", "86011117947");
                headers(m, "Ålesund Fenderteknikk AS (Xledger)", "invoice@xledger.net", "havn@lemvig.dk", "Faktura " + no
                    + " fra Ålesund Fenderteknikk AS")
                    .header("Reply-To", "<regnskap@aalesund-fenderteknikk.no>")
                    .text("Hei Lemvig Havn,\n\nvedlagt følger faktura " + no + " for 6 stk. gummifendere type D 300 levert til "
                        + "Lemvig Havn, kai 3, jf. deres bestilling LH-B-2034-04.\n\nBeløp: EUR 9 870,00 (omvendt avgiftsplikt)\n"
                        + "Forfall: " + isoDay(m, 30) + "\nKonto: " + noIban + "\n\nFakturaen er sendt fra Xledger.");
                m.mime.attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "xl"), "Faktura " + no,
                    List.of("Ålesund Fenderteknikk AS, Ålesund, Norge", "Kunde: Lemvig Kommune, Lemvig Havn, " + RAADHUS,
                        "6 stk. gummifendere D 300, bestilling LH-B-2034-04", "EUR 9 870,00 - omvendt avgiftsplikt",
                        "Konto: " + noIban)));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform xledger.net: a Norwegian fender maker's invoice for ordered harbour fenders, NO IBAN";
                v++;
                continue;
            }
            m.mime.attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 2, List.of()));
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
            Amount a = amount(1_500_000);
            boolean peppol = v == 2;
            String ref = "LK-" + (73_200 + v * 389);
            headers(m, s.name(), addr(s), "efaktura@lemvig.dk", "E-faktura " + no + " som fil" + (peppol ? " (Peppol BIS 3)" : " (OIOUBL)"))
                .text("Hej e-fakturateam\n\nVores e-fakturaudbyder har haft nedbrud siden fredag, og fakturaerne står i kø. For at I "
                    + "ikke skal vente, sender vi XML-filen direkte her sammen med en læsbar PDF. Kontoen er den sædvanlige. Hvis "
                    + "den samme faktura senere kommer igennem ad den normale vej, er det en dublet og skal ikke betales igen.\n\n"
                    + "Venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol_" : "oioubl_") + no.replace('/', '-') + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Udskrift_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 1, List.of("Jeres ref. " + ref, "Fil: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a readable PDF, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced properly from the supplier's own domain, each followed by the supplier's next
     * invoice to the new account: the carpenter moves to another bank; the district heating company changes bank after a
     * tender of its banking.
     */
    private void bankChanges() {
        String nyT = bank("7730", "0002287415");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@lemvig.dk", "Ny bankforbindelse fra 1. marts")
            .text("Til kreditorbogholderiet\n\nKlinkby Tømrer & Snedker har samlet lån og konti i Vestjysk Bank. Fakturaer, vi "
                + "udsteder fra og med 1. marts 2034, bedes derfor betalt til " + nyT + ". Fakturaer udstedt før den dato kan "
                + "stadig betales til den gamle konto, som først lukkes til sommer.\n\nI er meget velkomne til at ringe mig op "
                + "på det nummer, I har i leverandøroplysningerne, før I ændrer noget. Et underskrevet brev ligger ved."
                + signature(toemrer))
            .attach("application/pdf", "Bankskifte_Klinkby_Toemrer.pdf", Attachments.pdf(docId(m, "bs"),
                "Meddelelse om ny bankforbindelse", List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()),
                    "Gælder fakturaer udstedt fra 01.03.2034", "Ny konto: " + nyT, "Niels Dam, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from March (SPF+Ed25519 aligned, no DMARC), "
            + "invites a call-back";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye skabe og bordplader i personalekøkkenet, Klinkby Skole");
        invoice(m, moved, nyT, 13, List.of("Ny bankforbindelse fra 01.03.2034, jf. vores brev"), "\n\nHusk at vi nu er i Vestjysk "
            + "Bank - det nye kontonummer står på fakturaen og i brevet fra februar.");
        genuine(m, toemrer.ip());
        m.description = "klinkby-toemrer.dk invoice to its new account after the announced, authenticated bank change";

        String nyV = iban("DK", "91800004402215");
        m = ok("supplier-new-account", false);
        headers(m, "Thyborøn Fjernvarme, bestyrelsen", addr(varme), "kreditor@lemvig.dk", "Nyt pengeinstitut fra marts 2034")
            .text("Til Lemvig Kommune, kreditor og ejendomme\n\nBestyrelsen for Thyborøn Fjernvarme har efter et udbud af værkets "
                + "bankforretninger valgt nyt pengeinstitut. Fra og med marts-opkrævningen skal betalinger derfor ske til "
                + nyV + ". Værkets CVR-nummer og jeres aftaler er uændrede.\n\nMeddelelsen er også sendt med formandens "
                + "underskrift til jeres Digital Post, og I kan altid ringe til værkets kontor på det nummer, der står på "
                + "jeres opkrævninger.\n\nMed venlig hilsen\nThyborøn Fjernvarme a.m.b.a.");
        genuine(m, varme.ip());
        m.description = "listed district heating company (RSA, p=reject, DMARC pass) announces its new bank after a tender, "
            + "also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier tendered = new Supplier(varme.name(), varme.domain(), varme.person(), varme.box(), varme.ip(), nyV,
            "fjernvarme til Thyborøn Skole, Thyborøn Hallen og Plejecentret Sydhavnen, marts");
        invoice(m, tendered, nyV, 16, List.of("Nyt pengeinstitut fra marts 2034, jf. vores brev"), "\n\nBemærk det nye "
            + "kontonummer, som vi har skrevet om.");
        genuine(m, varme.ip());
        m.description = "thyboroen-fjernvarme.dk invoice to its new account after the announced, authenticated change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(havn, skadedyr, natur, guide, tolk, musik, pudser, motion, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 2, List.of("Aftalt med " + (v % 2 == 0 ? "kommunens kontaktperson" : "den daglige leder")),
                v % 3 == 1 ? "\n\nDet er min første faktura til kommunen, så sig endelig til, hvis der mangler et felt." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved premises but kept its bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Lemvig Låse- og Alarmservice", "lemvig-laas.dk", "Morten Bak", "morten", HOSTER_IP,
            bank("7780", "1076628103"), "nyt nøglesystem og fire cylindre, Lemvig Bibliotek");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 18, List.of("Nøgler kvitteret af bibliotekets leder"), "\n\nNøglelisten er afleveret på "
            + "biblioteket.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 29, List.of("Ny adresse fra 1. marts: Industrivej 12, 7620 Lemvig"), "\n\nVi er rykket ind "
            + "i nye lokaler i Lemvig. Bank og kontonummer er uændrede.");
        genuine(m, HOSTER_IP);
        m.description = "nissum-elteknik.dk invoice announcing a new address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        m.wave = 1;
        String no = "GLR-" + (3_300 + rnd.nextInt(600));
        String subject = "Faktura " + no + " - Lemvig Kommune";
        headers(m, svensk.person(), addr(svensk), "kultur@lemvig.dk", subject)
            .text("Hej,\n\nhärmed fakturan för räddningsbrädor, livbojar och första hjälpen-väskor till era badstränder enligt er "
                + "beställning i december. Omvänd skattskyldighet gäller.\n\nBetalning inom 30 dagar till " + svensk.account()
                + ".\n\nMed vänliga hälsningar\n" + svensk.name())
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: Lemvig Kommune, " + RAADHUS + ", Danmark", svensk.what(),
                    "Att betala SEK 86 450,00 (omvänd skattskyldighet)", "Bank: " + svensk.account())));
        genuine(m, svensk.ip());
        past.put(svensk.domain(), new Past(no, new Amount(0, "", "", "SEK 86 450,00"), messageId(m, svensk.domain()), subject));
        m.description = "Swedish rescue-equipment firm (history), SE IBAN, reverse charge, p=none aligned pass";
        m = ok("foreign-invoice", true);
        no = "HK-34-" + (210 + rnd.nextInt(300));
        headers(m, "Husumer Küstenbau - Buchhaltung", addr(tysk), "kyst@lemvig.dk", "Schlussrechnung " + no + " - Buhnen Ferring")
            .text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Schlussrechnung für die Instandsetzung der "
                + "Buhnen 3 bis 7 am Strand von Ferring gemäß Auftrag vom 14. Oktober 2033. Die Abnahme erfolgte am 9. Februar "
                + "mit Ihrem Bauleiter. Steuerschuldnerschaft des Leistungsempfängers.\n\nZahlbar innerhalb von 30 Tagen auf "
                + tysk.account() + ".\n\nMit freundlichen Grüßen\nHusumer Küstenbau GmbH")
            .attach("application/pdf", "Schlussrechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Schlussrechnung " + no,
                List.of(tysk.name() + ", Husum", "Kunde: Lemvig Kommune, " + RAADHUS + ", Dänemark", tysk.what(),
                    "Betrag EUR 61.300,00 (Reverse Charge)", "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German groyne builder's final invoice (SPF only, aligned pass, no DMARC), DE IBAN, accepted work";
        Past f = past.get(svensk.domain());
        m = ok("payment-reminder", true);
        headers(m, svensk.person(), addr(svensk), "kultur@lemvig.dk", "Påminnelse: faktura " + f.no())
            .text("Hej,\n\nvi kan inte se att faktura " + f.no() + " på " + f.amount().gross() + " är betald. Vänligen betala till "
                + "vårt vanliga konto " + svensk.account() + ". Har ni redan betalat kan ni bortse från detta meddelande.\n\n"
                + "Vänliga hälsningar\n" + svensk.name());
        genuine(m, svensk.ip());
        m.description = "Swedish supplier's reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "TT-" + (551_000 + rnd.nextInt(9_000));
        headers(m, "Talentech Billing", "billing@talentech.com", "hr@lemvig.dk", "Talentech invoice " + no)
            .text("Dear Lemvig Kommune,\n\nPlease find attached your invoice for the recruitment system licence, period 1 March "
                + "2034 - 28 February 2035 (up to 60 users). As agreed, the invoice has also been delivered to your EAN number and "
                + "is paid through your e-invoicing.\n\nInvoice: " + no + "\nAmount: DKK 58,800.00 excl. VAT\n\nTalentech Billing")
            .attach("application/pdf", "Talentech_" + no + ".pdf", Attachments.pdf(docId(m, "tt"), "Invoice " + no,
                List.of("Customer: Lemvig Kommune, HR, EAN " + EAN, "Recruitment system licence, 12 months, 60 users",
                    "DKK 58,800.00 excl. VAT", "Payment: e-invoice (EAN)")));
        genuine(m, "127.219.5.1");
        m.description = "recruitment SaaS annual invoice in English, to the EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "TD" + (4_410_000 + rnd.nextInt(90_000));
        headers(m, "Tidio", "billing@tidio.com", "turisme@lemvig.dk", "Your Tidio invoice " + no)
            .text("Hi,\n\nThanks for using Tidio on the tourist information's website. Your Plus plan (3 operators, billed "
                + "quarterly) has been charged to the payment card on file, and the invoice is attached for your records. No "
                + "action is needed.\n\nTidio Billing")
            .attach("application/pdf", "Tidio_" + no + ".pdf", Attachments.pdf(docId(m, "td"), "Invoice " + no,
                List.of("Lemvig Kommune, Turistinformationen", "Plus plan, 3 operators, Q1 2034", "EUR 447.00 excl. VAT",
                    "Paid by card ending 4417")));
        genuine(m, "127.219.6.1");
        m.description = "website chat SaaS quarterly invoice, already paid by card, Ed25519, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "U4-" + (98_200 + rnd.nextInt(1_500));
        headers(m, "Unit4 Danmark, Fakturering", "fakturering@unit4.com", "oekonomi@lemvig.dk", "Faktura " + no
            + " - abonnement 1. kvartal")
            .text("Hej Økonomi\n\nHer er fakturaen for jeres abonnement på havnens regnskabsmodul for 1. kvartal 2034. Den er også "
                + "sendt via NemHandel til jeres EAN, og betalingen sker som vanligt den vej.\n\nVenlig hilsen\nUnit4 Danmark")
            .attach("application/pdf", "Unit4_" + no + ".pdf", Attachments.pdf(docId(m, "u4"), "Faktura " + no,
                List.of("Lemvig Kommune, Økonomi, EAN " + EAN, "Abonnement, regnskabsmodul Lemvig Havn, 1. kvt. 2034",
                    "DKK 14.250,00 + moms", "Betaling via EAN")));
        genuine(m, "127.219.7.1");
        m.description = "ERP SaaS quarterly invoice, p=none aligned pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "notify-" + sha256("sh34:" + m.id).substring(0, 12) + "@signhost.com";
        headers(m, "Bovbjerg Revision via Signhost", "noreply@signhost.com", "oekonomi@lemvig.dk", "Til underskrift: "
            + "Revisionsaftale 2034, Lemvig Havn")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Bovbjerg Revision beder dig "
                + "underskrive <b>Aftalebrev om revision af Lemvig Havns regnskab 2034</b>.</p><p><a href=\"https://sign.signhost.com/"
                + "t/" + sha256("shl34:" + m.id).substring(0, 28) + "\">Gennemse og underskriv</a></p><p>Spørgsmål til "
                + "dokumentet stilles til afsenderen.</p><p style=\"font-size:10px;color:#888\">Signhost - elektronisk "
                + "underskrift</p></body></html>");
        genuine(m, "127.215.6.1");
        m.description = "real e-signature service sends the auditor's engagement letter for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"svindelvagten-nyt.dk", "Svindelvagten Nyt", "nyhedsbrev@", "Falske kystlag og uddybningsfakturaer",
            "Kystkommuner får i år krav om 'kystbidrag' fra lag og fonde med nye kontonumre og fakturaer for uddybning af havne, "
                + "som ingen har bestilt. Betal kun bidrag efter en afgørelse, I selv har truffet, og kun entreprenører, I har "
                + "kontrakt med - og ring til det nummer, I har i forvejen."},
            {"bovbjerg-revision.dk", "Bovbjerg Revision", "nyhedsbrev@", "Forudbetaling før kontrakt er et faresignal",
                "Krav om at betale depositum for livreddere, kunstnere eller udstyr, før der foreligger en underskrevet kontrakt, "
                    + "bør altid stoppes og kontrolleres. Især når kontoen er ny, privat eller udenlandsk."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bnc-" + sha256("nl34:" + x[0]).substring(0, 16) + "@sender.net";
            headers(m, x[1], x[2] + x[0], "oekonomi@lemvig.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld?id=" + sha256("u34:" + x[0]).substring(0, 18) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"margin:0;background:#f3f0ea\"><table width=\"620\" align=\"center\" style=\""
                    + "background:#fff;font-family:Georgia,serif\"><tr><td style=\"padding:26px\"><h2 style=\"color:#0b4f6c\">" + x[3]
                    + "</h2><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs hele artiklen</a></p><p style=\""
                    + "font-size:10px;color:#7a7a7a\">Du modtager nyhedsbrevet, fordi du har tilmeldt dig. Afmeld med ét klik."
                    + "</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("sender.net");
            m.ip = "127.217.7.1";
            m.helo = "mx.sender.net";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"kommunalt-regnskab.dk", "Hanne Kirk", "haki@", "Kystlag med ny konto?",
            "Hej alle\n\nVi har fået en mail fra et 'kystlag' om, at kommunens bidrag i år skal på en ny konto, fordi laget har "
                + "skiftet bank. Vores kystlag havde ikke hørt om det. Er der andre, der har fået sådan en?\n\nHanne"},
            {"vestjysk-indkoeb.dk", "Peter Holm", "peho@", "SV: Kystlag med ny konto?", "Ja, i sidste uge. Vi ringede til lagets "
                + "formand på nummeret fra sidste års generalforsamling - han kendte intet til det.\n\nPeter"},
            {"kommunalt-regnskab.dk", "Jonna Bech", "jobe@", "Faktura for uddybning, vi aldrig har bestilt", "Hej\n\nPas på med "
                + "fakturaer for 'akut uddybning' af havneløb efter stormene. Vi fik en på 180.000 kr. fra et firma uden CVR, "
                + "og ingen hos havnen havde bestilt noget.\n\nJonna"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorkredsen-vest.dk", x[3])
                .header("List-Id", "Kreditorkredsen Vest <liste.kreditorkredsen-vest.dk>")
                .header("List-Post", "<mailto:liste@kreditorkredsen-vest.dk>")
                .text(x[4]);
            String list = "kreditorkredsen-vest.dk";
            listPost(m, x[0], list, "[Kreditorkredsen Vest] ",
                "\r\n-- \r\nKreditorkredsen Vest - erfaringsliste for kreditor- og indkøbsfolk i vestjyske kommuner\r\n"
                + "Til- og afmelding: https://kreditorkredsen-vest.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=Hq3d=AK=lemvig-ugeposten.dk=annonce@srs.vestnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.218.1.1";
        m.helo = "srs.vestnet.dk";
        m.description = "lemvig-ugeposten.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 32, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 37, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        invoice(m, kloak, kloak.account(), 26, List.of(), "");
        relayedBy(m, RELAY, "SPF only through its hoster, no DMARC: softfail, nothing aligned");
        m = ok("forwarded", true);
        String no = invoiceNo(bus);
        Amount a = amount(420_000);
        Mime orig = original(m, "inner34:", 1, 3, 52, bus, "Lars Kristensen <lakr@lemvig.dk>",
            "Faktura " + no + " - tur til Nordsøen Oceanarium med 5.b");
        orig.text("Hej Lars\n\nHer er regningen for bussen til Oceanariet med 5.b i sidste uge.\n\nTrafikkontoret\n"
            + "Fjaltring Turistbusser");
        orig.attach("application/pdf", pdfName(no, 4), pdfInvoice(m, bus, "Faktura", no, a, bus.account(), 3, List.of()));
        headers(m, "Lars Kristensen", "lakr@" + OWN, "kreditor@lemvig.dk", "VS: Faktura " + no + " - ekskursion 5.b")
            .text("Hej kreditor\n\nBusselskabet har sendt fakturaen til mig i stedet for til EAN-nummeret. Turen er kørt, og jeg "
                + "godkender den - kontering Klinkby Skole, ekskursioner. Den oprindelige mail ligger som vedhæftning.\n\n"
                + "Lars Kristensen\nKlinkby Skole")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a teacher forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    /** The supplier's mail went to an old address at a local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.lemvig-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorbogholderiet", "kreditor@", "ledere@lemvig.dk", "Kystbidrag, uddybning og livreddere: kun "
            + "efter aftale", "Kære ledere\n\nKystbidrag betales kun efter kommunalbestyrelsens fordelingsnøgle og til den konto, "
                + "laget altid har brugt. Uddybning betales kun til den entreprenør, havnen har kontrakt med, og livreddere "
                + "faktureres efter kontrakten - aldrig forud. Kommer der krav om en ny konto eller et depositum, så send mailen "
                + "til os.\n\nKreditorbogholderiet"},
            {"Susanne Lauridsen", "sula@", "kreditor@lemvig.dk", "Thyborøn Fjernvarme - ny bank bekræftet", "Hej\n\nJeg har ringet "
                + "til Thyborøn Fjernvarmes kontor på nummeret fra opkrævningerne og talt med formanden. Bankskiftet er rigtigt, "
                + "og brevet ligger også i Digital Post. Kreditoroplysningerne er rettet.\n\nSusanne\nEjendomme"},
            {"IT-sikkerhed", "it-sikkerhed@", "alle@lemvig.dk", "Falske mails om MitID og Virk", "Vi ser mails, der beder jer "
                + "'genbekræfte' kommunens MitID Erhverv eller åbne et brev via et link. Den slags kommer aldrig pr. mail. Klik "
                + "ikke - videresend til os."},
            {"Mette Thomsen", "meth@", "kreditor@lemvig.dk", "Udlæg: batterier til hjertestarteren på Vrist Strand", "Hej\n\n"
                + "Bonen for nye batterier og elektroder til hjertestarteren ved livreddertårnet på Vrist er vedhæftet. Kan "
                + "beløbet komme med i næste udbetaling af udlæg?\n\nMette\nKultur og Turisme"},
            {"Lemvig Havn", "havn@", "kreditor@lemvig.dk", "Uddybning: kun Vlissingen Waterbouw", "Hej kreditor\n\nUddybningen af "
                + "havnen er kontraheret med Vlissingen Waterbouw (kontrakt " + dredgeContract + "). Andre regninger eller krav "
                + "om uddybning, pejling eller akut oprensning er ikke bestilt af os - send dem til havnekontoret.\n\n"
                + "Havnefogeden"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "bon_hjertestarter.jpg", Attachments.image(docId(m, "bon"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Lemvig Sparekasse, Erhverv", "erhverv@lemvig-sparekasse.dk", "oekonomi@lemvig.dk",
            "Jeres betalingsfil er indlæst")
            .text("Kære kunde\n\nBetalingsfilen med 212 betalinger er indlæst og godkendt. Betalingerne gennemføres på de valgte "
                + "datoer; status ses i netbanken under 'Betalingsfiler'.\n\nHusk: Vi sender aldrig links til log-on og beder "
                + "aldrig om MitID-godkendelse pr. mail.\n\nLemvig Sparekasse, Erhverv");
        genuine(m, "127.217.1.1");
        m.description = "the real bank's payment-file receipt: no link, refers to the netbank";
        m = ok("bank-notice", false);
        headers(m, "Lemvig Sparekasse, Erhverv", "erhverv@lemvig-sparekasse.dk", "oekonomi@lemvig.dk",
            "Påskens lukkedage og cut-off")
            .text("Kære kunde\n\nSkærtorsdag, langfredag og 2. påskedag gennemføres ingen overførsler. Oversigten over cut-off-tider "
                + "ligger i netbanken under 'Beskeder'.\n\nLemvig Sparekasse");
        genuine(m, "127.217.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Vestkystens Andelskasse", "kundeservice@vestkyst-andelskasse.dk", "oekonomi@lemvig.dk",
            "Opdaterede priser på erhvervskonti")
            .text("Prislisten for erhvervskonti ændres pr. 1. maj 2034. Den nye prisliste findes i netbanken. Du skal ikke gøre "
                + "noget.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.217.2.1");
        m.description = "bank notice about prices, Ed25519, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Bovbjerg Revision", "revision@bovbjerg-revision.dk", "kreditor@lemvig.dk", "Saldobekræftelse ønskes - "
            + entrep.name())
            .text("Til Lemvig Kommune\n\nVi reviderer årsregnskabet for " + entrep.name() + " og beder om jeres bekræftelse af "
                + "mellemværendet med selskabet pr. 31. december 2033. Selskabets fuldmagt ligger ved.\n\nSvar direkte til os, "
                + "også hvis der ikke er noget mellemværende. Vi beder ikke om betaling eller om bankoplysninger.\n\n"
                + "Med venlig hilsen\nBovbjerg Revision")
            .attach("application/pdf", "Fuldmagt_saldo.pdf", Attachments.pdf(docId(m, "sb"), "Anmodning om saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Opgørelsesdato 31.12.2033", "Svar sendes til revisor")));
        genuine(m, "127.215.5.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Harboøre Efterskole, Kontoret", "kontor@harboeoere-efterskole.dk", "oekonomi@lemvig.dk",
            "Betaling for leje af Thyborøn Hallen")
            .text("Hej\n\nVi har i dag overført 7.850,00 kr. for leje af Thyborøn Hallen til vores idrætsdag (jeres faktura "
                + "6104427).\n\nVenlig hilsen\nHarboøre Efterskole");
        genuine(m, "127.215.7.1");
        m.description = "remittance advice: a boarding school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Nordvestjysk Affald I/S, Bogholderi", "bogholderi@nordvestjysk-affald.dk", "oekonomi@lemvig.dk",
            "Specifikation af indbetaling")
            .text("Til Lemvig Kommune\n\nSpecifikationen af dagens indbetaling fra Nordvestjysk Affald er vedhæftet.\n\n"
                + "Nordvestjysk Affald I/S")
            .attach("text/csv", "indbetaling.csv", ("faktura;tekst;beloeb\r\n6104433;Leje af plads til storskrald, Harboøre;9400,00\r\n"
                + "6104434;Snerydning ved genbrugspladsen i Lemvig;3275,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.215.11.1");
        m.description = "the waste company pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"lemvig-isenkram.dk", "Lemvig Isenkram", "kvittering@", "Kvittering - køb på kommunekort",
            "Vejsalt 25 kg x 20 og to snesjovle til Materielgården: 4.380,00 kr. Betalt med kommunens indkøbskort."},
            {"thyboroen-boghandel.dk", "Thyborøn Boghandel", "ordre@", "Ordre 4471 er afsendt", "25 stk. 'Havet, sandet og "
                + "byen' til 7. årgang på Thyborøn Skole, 4.625,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@lemvig.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Vestkyst Legepladser", "ordre@vestkyst-legepladser.dk", "indkoeb@lemvig.dk", "Ordrebekræftelse 34-0219")
            .text("Tak for ordren på en sandlegeplads med klatretårn og faldunderlag til Børnehuset Tangen i Harboøre. Montering "
                + "er aftalt til uge 16. Fakturaen sendes via NemHandel til EAN " + EAN + ".\n\nVestkyst Legepladser");
        genuine(m, "127.215.8.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, havn.person(), addr(havn), "havn@lemvig.dk", "Tilbud: udskiftning af 12 fendere, Lemvig Havn")
            .text("Hej\n\nSom aftalt efter inspektionen: udskiftning af 12 fendere på kaj 2 med dykker og kranbil, inkl. "
                + "bortskaffelse af de gamle: 88.400 kr. ekskl. moms. Tilbuddet gælder til 30. april." + signature(havn))
            .attach("application/pdf", "Tilbud_fendere_kaj2.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Udskiftning af 12 fendere, kaj 2, Lemvig Havn", "88.400,00 ekskl. moms", "Gyldigt til 30.04.2034")));
        genuine(m, havn.ip());
        m.description = "quote from an unlisted diving service, nothing to pay";
        m = ok("quote", false);
        headers(m, natur.person(), addr(natur), "teknik@lemvig.dk", "Prisoverslag: hedepleje ved Gudum 2034")
            .text("Hej\n\nRydning af opvækst, afbrænding i samarbejde med beredskabet og eftersyn af hegnet: ca. 6 dages arbejde, "
                + "46.800 kr. + moms. Jeg kan starte i september, når fuglene er færdige med at yngle." + signature(natur));
        genuine(m, natur.ip());
        m.description = "quote in the body from an unlisted landscape-care firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skole@lemvig.dk", "Storm: ændret kørsel til Thyborøn")
            .text("Hej\n\nMed den varslede storm regner vi med, at vejen over Harboøre Tange bliver lukket torsdag. Skolebussen "
                + "fra Thyborøn kører i så fald først, når vejen åbner igen, og vi giver besked til skolerne om morgenen. Prisen "
                + "er uændret.\n\nTrafikkontoret\nFjaltring Turistbusser");
        genuine(m, bus.ip());
        m.description = "listed supplier's storm timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomme@lemvig.dk", "Varmeafbrydelse i Thyborøn tirsdag")
            .text("Kære kunde\n\nTirsdag kl. 9-14 lukker vi for fjernvarmen på Vesterhavsgade og Havnegade, fordi en "
                + "stikledning skal udskiftes. Skolen og plejecentret har fået direkte besked.\n\nThyborøn Fjernvarme");
        genuine(m, varme.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7300010166553021"), iban("DK", "89900006718234"), bank("8990", "0007724561"),
        iban("EE", "2200221055601478"), iban("PL", "114020040000360277889911"), iban("GB", "MONZ04000422558866"),
        iban("IE", "BOFI90001744332211"), iban("NL", "RABO0331905527"), iban("DE", "500105175544332211"),
        iban("HU", "107000240066778899100012"), iban("RO", "INGB0000999912345678"), iban("BG", "UNCR70001523456789"),
        iban("CY", "002001950000357712345678"), bank("9860", "0000741122"), iban("MT", "VALL22013000000050077881122"),
        iban("SE", "30000000003819264512"), iban("LT", "3500010022776655"), iban("DK", "98600003396148"),
        iban("NO", "15032080119"), iban("LT", "1010000711224455")};

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
        coastalFrauds();
        dredgingFrauds();
        lifeguardFrauds();
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, byg, kontor, maler};
        String[] notes = {"\n\nBEMÆRK: Vi har fået ny bank. Fremover skal der kun betales til kontoen på denne faktura.",
            "\n\nVores gamle konto er nedlagt i forbindelse med en bankfusion - opdatér venligst jeres kreditorkartotek.", "",
            "\n\nNB: Ny bankforbindelse gældende fra og med denne faktura.", "\n\nHar skiftet bank - sæt venligst pengene ind på den "
                + "nye konto."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 3 + 2), i + 7, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == byg) {
                m.mime.header("Reply-To", "<erhverv@thyborontraelast.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " (DMARC " + dns.get(who[i].domain()).dmarc() + ") from a fraudster's "
                + "machine, changed account" + (who[i] == byg ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"thyboroen-fjernvarme.net", varme}, {"harboeoere-entreprenor.dk", entrep}, {"thyborontraelast.dk", byg},
            {"nissum-el-teknik.dk", el}, {"lemvig-rengoring.dk", rengoer}, {"hygum-vvs-energi.dk", vvs}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 5), i * 4 + 1, List.of(), i % 2 == 1
                ? "\n\nVær opmærksom på, at vores kontooplysninger er ændret." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("thyboroen-tr\u0430elast.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(10), 20, List.of("Ny konto fra 1. marts 2034"), "\n\nBrug venligst den nye "
            + "konto fra og med denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as thyboroen-traelast.dk, invoice with new account, authenticates";
        d = idn("lemvig-r\u0430dhus.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Direktionssekretariatet", "sekretariat@" + d, "kreditor@lemvig.dk", "Haster: forskud til konsulent, kystplanen")
            .text("Hej kreditor\n\nKommunaldirektøren har godkendt et forskud til den konsulent, der skal færdiggøre kystplanen "
                + "før høringen: 164.800 kr. til " + mule(13) + ". Konsulenten stopper arbejdet, hvis pengene ikke er inde i dag. "
                + "Fakturaen eftersendes, når han har lukket måneden.\n\nVenlig hilsen\nDirektionssekretariatet");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic a) posing as our own town hall: same-day advance to a 'consultant'";
    }

    private void platformFrauds() {
        M m = bad("lookalike-platform");
        headers(m, kloak.name() + " via Scoro", "invoices@scoro-lemvig.com", "teknik@lemvig.dk", "Forfalden faktura fra "
            + kloak.name())
            .html("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px\"><p>" + kloak.name() + "</p><p style=\""
                + "font-size:24px\"><b>DKK 18.962,50</b></p><p>Betalingsfristen er overskredet. Betal inden 48 timer for at undgå "
                + "rykkergebyr og overdragelse til inkasso.</p><p><a href=\"https://scoro-lemvig.com/pay/" + sha256(m.id).substring(0, 22)
                + "\">Betal nu med kort</a></p><p style=\"font-size:11px;color:#888\">Sent with Scoro</p></body></html>");
        ownedBy(m, "scoro-lemvig.com");
        m.description = "look-alike platform scoro-lemvig.com: 'overdue' card-payment link in listed boevlingbjerg-kloak.dk's name";
        m = bad("lookalike-platform");
        headers(m, natur.person() + " via Payoneer", "billing@payoneer-harboore.net", "teknik@lemvig.dk", natur.person()
            + " har ændret sine betalingsoplysninger")
            .text("Hej\n\n" + natur.person() + " (" + natur.name() + ") anmoder om betaling af DKK 13.900,00 for rydning af krat "
                + "ved Gudum.\n\nModtagerens bankoplysninger er opdateret. Betal venligst til: " + mule(4) + ".\n\nForfald: "
                + isoDay(m, 3) + "\n\nPayoneer Billing Service");
        ownedBy(m, "payoneer-harboore.net");
        m.description = "look-alike platform payoneer-harboore.net in an unlisted landscape-care firm's name, PL IBAN";
        m = bad("lookalike-platform");
        String no = "MP" + (30_040 + rnd.nextInt(900));
        headers(m, it.name() + " via MobilePay", "faktura@vippsmobilepay-thyboron.com", "skole@lemvig.dk", "Ny faktura fra "
            + it.name() + " - opdaterede kontooplysninger")
            .text("Hej\n\nDu har fået en faktura fra " + it.name() + ".\n\nFakturanr.: " + no + "\nBeløb: 64.687,50 kr.\nBetales "
                + "senest: " + dashedDay(m, 5) + "\n\nBemærk: " + it.name() + " har fået ny bankforbindelse. Overfør til " + mule(14)
                + ".\n\nVenlig hilsen\nVipps MobilePay")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, it.posing("vippsmobilepay-thyboron.com", mule(14)),
                "Faktura", no, new Amount(5_175_000, kr(5_175_000), kr(1_293_750), kr(6_468_750)), mule(14), 2, List.of("Ny bank")));
        ownedBy(m, "vippsmobilepay-thyboron.com");
        m.description = "look-alike platform vippsmobilepay-thyboron.com in listed lemvig-datadrift.dk's name, MT IBAN";
        m = bad("platform-account-misused");
        no = "S-" + (10_400 + rnd.nextInt(5_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 14) + "@scoro.com";
        headers(m, "Nordisk Kommuneguide via Scoro", "invoices@scoro.com", "indkoeb@lemvig.dk", "Invoice " + no
            + " from Nordisk Kommuneguide")
            .header("Reply-To", "<kommuneguiden.nordisk@outlook.com>")
            .text("Hej Lemvig Kommune\n\nNordisk Kommuneguide har sendt jer faktura " + no + " for kommunens profil i "
                + "Kommuneguiden 2034-2035 (logo, kontaktside og udbudsoversigt, 24 måneder).\n\nBeløb: 27.480,00 DKK\nForfald: "
                + isoDay(m, 7) + "\nKonto: " + mule(11) + "\n\n--\nSent with Scoro")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "pam"), "Faktura " + no,
                List.of("Nordisk Kommuneguide", "Profil 2034-2035, 24 mdr.", "DKK 27.480,00 inkl. moms", "Konto " + mule(11))));
        genuine(m, "127.216.1.1");
        m.description = "real platform scoro.com used by an unknown 'guide' for a listing never ordered, outlook Reply-To, BG IBAN";
        m = bad("platform-account-misused");
        no = "MP" + (30_040 + rnd.nextInt(900));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 14) + "@vippsmobilepay.com";
        headers(m, rengoer.name() + " via MobilePay", "faktura@vippsmobilepay.com", "kreditor@lemvig.dk", "Ny faktura fra "
            + rengoer.name())
            .header("Reply-To", "<lemvig.rengoering.service@gmail.com>")
            .text("Hej\n\nDu har fået en faktura fra " + rengoer.name() + ".\n\nFakturanr.: " + no + "\nBetales senest: "
                + dashedDay(m, 7) + "\n\nBesked fra afsender: Vi fakturerer nu gennem MobilePay og har i den forbindelse fået ny "
                + "konto. Ved bankoverførsel brug " + mule(17) + ".\n\nVenlig hilsen\nVipps MobilePay")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(17)), "Faktura",
                no, amount(2_200_000), mule(17), 3, List.of("Ny bankforbindelse")));
        genuine(m, "127.216.4.1");
        m.description = "real platform vippsmobilepay.com in listed lemvig-rengoering.dk's name, new DK account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Banken har midlertidigt indefrosset vores erhvervskonto, mens den gennemgår vores papirer efter "
            + "hvidvaskreglerne. Indtil videre bedes I derfor betale til "},
            {kontor, "Firmaet er pr. 1. februar overtaget af min svigersøn, og konti er flyttet med. Betal derfor fremover til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 15), i + 9, List.of("Ændret betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 15)
                + ". Jeg er på kursus hele ugen, så skriv hellere end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = entrep;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@lemvig.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nGlemte at nævne, at vi har skiftet bank i januar. De " + p.amount().gross() + " kr. for fakturaen "
                + "nedenfor skal derfor sendes til " + mule(0) + ". Den gamle konto bliver lukket i denne måned.\n\n" + s.person()
                + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of harboeoere-entreprenoer.dk replies in its own wave-1 thread (DMARC pass), "
            + "LT account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "boevlingbjerg-kloak.net"}, {mad, "lemvig-madservice.com"}, {toemrer, "klinkby-tomrer.dk"},
            {bus, "fjaltring-bus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@lemvig.dk", (i % 2 == 1 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nEn opfølgning på faktura " + p.no() + " (" + p.amount().gross() + " kr.): banken har lukket kontoen, "
                    + "der står på fakturaen, så beløbet skal i stedet overføres til " + mule(i + 6) + ". Giv mig lige et kort svar, "
                    + "når det er rettet hos jer.\n\n" + s.person() + "\n\n________________________________\nFra: " + s.person()
                    + "\nSendt: " + sentPlus(m, -24, DASHES) + "\nEmne: " + p.subject() + "\n\n" + GREETING[i + 2] + "\nFaktura "
                    + p.no() + " er vedhæftet.");
            if (i == 2) {
                mime.attach("application/pdf", pdfName(p.no(), 7), pdfInvoice(m, s.posing(d, mule(i + 6)), "Faktura", p.no(),
                    p.amount(), mule(i + 6), 1, List.of("Rettet kontonummer")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account"
                + (s == toemrer ? " (the real firm did change bank: this is a third account)" : "");
        }
    }

    /** A "corrected" invoice that replaces an earlier real one, with only the account changed. */
    private void correctedResends() {
        Past p = past.get(bus.domain());
        M m = bad("corrected-invoice-resend");
        headers(m, bus.person(), "trafik@fjaltring-busser.net", "kreditor@lemvig.dk", "Erstatningsfaktura " + p.no()
            + " - den første var fejlbehæftet")
            .text("Hej\n\nDesværre kom der et forkert kontonummer på faktura " + p.no() + ", som I fik fra os for nylig. Her er en "
                + "rettet udgave - beløbet på " + p.amount().gross() + " kr. er det samme, men betal venligst til kontoen på den "
                + "nye faktura og se bort fra den gamle.\n\nTrafikkontoret\nFjaltring Turistbusser")
            .attach("application/pdf", "Erstatning_" + pdfName(p.no(), 1), pdfInvoice(m, bus.posing("fjaltring-busser.net", mule(7)),
                "Erstatningsfaktura", p.no(), p.amount(), mule(7), 3, List.of("Træder i stedet for faktura " + p.no())));
        ownedBy(m, "fjaltring-busser.net");
        m.description = "'corrected' copy of fjaltring-busser.dk's real wave-1 invoice from look-alike fjaltring-busser.net, NL IBAN";
        p = past.get(it.domain());
        m = bad("corrected-invoice-resend");
        headers(m, "Lemvig Datadrift, Fakturering", addr(it), "skole@lemvig.dk", "Korrektion af faktura " + p.no())
            .text("Til Lemvig Kommune\n\nEn fejl i vores nye økonomisystem har sat en forkert konto på faktura " + p.no() + ". Den "
                + "korrigerede faktura ligger ved og erstatter den oprindelige. Overfør venligst " + p.amount().gross() + " kr. til "
                + mule(3) + ".\n\nFakturering, Lemvig Datadrift")
            .attach("application/pdf", "Korrektion_" + pdfName(p.no(), 2), pdfInvoice(m, it.posing(it.domain(), mule(3)),
                "Korrigeret faktura", p.no(), p.amount(), mule(3), 2, List.of("Erstatter faktura " + p.no())));
        forged(m, forgedHost++);
        m.description = "forged From lemvig-datadrift.dk (DKIM only, p=reject) from a fraudster's host: 'corrected' copy of its "
            + "real wave-1 invoice, EE IBAN";
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@lemvig.dk", "Diskret betaling i dag")
            .text("Hej\n\nVi har fået mulighed for at sikre et grundstykke ved havnen i Thyborøn, før det kommer i offentligt "
                + "udbud. Sælgers advokat skal have 85.000 kr. i reservationsgebyr i dag til " + mule(1) + ". Sagen kommer på "
                + "lukket dagsorden, så tal ikke med nogen om den endnu.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "the mayor's mailbox on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Økonomichefen", "oekonomichef@" + OWN, "kreditor@lemvig.dk", "Ret venligst Lemvig Madservices konto")
            .text("Hej\n\nLemvig Madservice har ringet til mig: kontoen i vores kreditorkartotek er ikke længere aktiv. Den nye er "
                + mule(12) + ". Nå I at rette det inden dagens betalingskørsel? Jeg sidder i møder resten af dagen.\n\n"
                + "Økonomichefen");
        forged(m, forgedHost++);
        m.description = "our finance manager's mailbox forged from outside: 'correct the meal service's account', mule";
    }

    private void ceo() {
        Object[][] c = {{"Borgmester Erik Vestergaard", "erik.vestergaard.borgmester@gmail.com", GMAIL, "Er du ved skrivebordet?",
            "Hej\n\nJeg er til KL-møde og kan ikke ringe. Der er en betaling, der skal gennemføres inden kl. 13, og jeg har brug "
                + "for din hjælp. Svar mig her, så sender jeg oplysningerne.\n\nErik"},
            {"Kommunaldirektør Jette Dahl", "jette.dahl.direktion@outlook.com", MSFT, "Lille opgave",
                "Hej\n\nVi vil gerne sige tak til de frivillige, der hjalp under stormfloden i Thyborøn. Køb 15 gavekort à 500 kr., "
                    + "skrab koderne frem og send dem til mig her. Du får pengene tilbage i morgen.\n\nJette"},
            {"Henrik Bjerg, økonomichef", "henrik.bjerg.oekonomi@icloud.com", APPLE, "Fortroligt - erhvervsgrund ved Lemvig Havn",
                "Hej\n\nKøbet af erhvervsgrunden ved havnen er på plads. Sælgers advokat skal have depositum på 310.000 kr. i dag til "
                    + mule(9) + ". Økonomiudvalget får det på lukket dagsorden, så hold det for dig selv indtil videre.\n\nHenrik"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@lemvig.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Camilla Nørgaard", "camillanoergaard88@gmail.com", "loen@lemvig.dk", "Lønkonto ændret")
            .text("Hej Lønafdelingen\n\nJeg er pædagog i Børnehuset Tangen i Harboøre og har skiftet bank. Kan I sætte martslønnen "
                + "ind på " + bank("8990", "0008813467") + "? Jeg kan ikke logge ind på medarbejderportalen.\n\nHilsen\nCamilla");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Rasmus Ebbesen", "rasmus.ebbesen.thyboron@hotmail.com", "loen@lemvig.dk", "Løn til norsk konto")
            .text("Hej\n\nJeg er havnearbejder ved Lemvig Havn og starter på en boreplatform i Stavanger efter påske. Min danske "
                + "konto bliver lukket, så resten af lønnen og feriepengene skal til " + mule(18) + ". Jeg har ikke MitID "
                + "derovre, så derfor mailer jeg.\n\nRasmus");
        genuine(m, MSFT);
        m.description = "a 'harbour worker' on hotmail (authenticates) wants his salary to a Norwegian account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "bo@rammemaler.dk", "kreditor@lemvig.dk", "kontonr")
            .text("Hej\n\nKort besked: jeg har fået nyt kontonummer, " + mule(13) + ". Brug det fremover - også til den faktura, "
                + "der mangler at blive betalt.\n\nMvh Bo\nRamme Malerforretning");
        ownedBy(m, "rammemaler.dk");
        m.description = "no attachment: look-alike of ramme-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Gudum Vognmand <karsten@gudum-vognmand.dk>", "gudum.vognmand@outlook.com", "kreditor@lemvig.dk",
            "Nye bankoplysninger")
            .text("Kære kunde\n\nVores mailserver er ved at blive skiftet, så vi skriver fra denne adresse i nogle dage. Samtidig "
                + "er vores konto ændret til " + mule(16) + " med øjeblikkelig virkning.\n\nGudum Vognmandsforretning");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is outlook: new account in the body";
        m = bad("bank-change-body-only");
        headers(m, natur.person(), "ane@gudum-landskabspleje.com", "teknik@lemvig.dk", "Ny konto")
            .text("Hej\n\nMin konto i banken er opsagt. Vil I overføre betalingen for krattet på heden til " + mule(19)
                + " i stedet?\n\nAne Bruun\nGudum Landskabspleje");
        ownedBy(m, "gudum-landskabspleje.com");
        m.description = "look-alike of the unlisted gudum-landskabspleje.dk asks to pay its invoice to a new account";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "LI-" + (520_000 + rnd.nextInt(70_000));
            headers(m, "Lemvig Inkasso", "sagsbehandling@lemvig-inkasso.com", "kreditor@lemvig.dk", "Sidste varsel før retslige "
                + "skridt - sag " + sag)
                .text("Lemvig Kommune\n\n" + s[i].name() + " har overdraget os faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. til inkasso. Med inkassoomkostninger på 1.870 kr. skal hele beløbet være indsat på " + mule(i + 11)
                    + " inden 72 timer. Herefter sendes sagen til fogedretten uden yderligere varsel, og kommunen pålægges "
                    + "sagens omkostninger.\n\nLemvig Inkasso\nSagsbehandlingen")
                .attach("application/pdf", "Varsel_" + sag + ".pdf", Attachments.pdf(docId(m, "li"), "Inkassovarsel " + sag,
                    List.of("Fordringshaver: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(),
                        "Omkostninger 1.870,00", "Konto " + mule(i + 11))));
            ownedBy(m, "lemvig-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-virk-lemvig.com", "MitID Erhverv", "sikkerhed@", "Kommunens MitID Erhverv-administratorer skal "
            + "bekræftes", "Efter en opdatering af MitID Erhverv skal alle organisationer bekræfte deres administratorer. Sker "
                + "det ikke inden 48 timer, lukkes adgangen til Virk, Digital Post og NemRefusion.", "fake-digital-post"},
            {"digitalpost-harboore.com", "Digital Post", "besked@", "Du har en ulæst meddelelse fra Skattestyrelsen",
                "Lemvig Kommune har en ulæst meddelelse om efterregulering af A-skat for januar. Meddelelsen skal åbnes, før "
                    + "beløbet opkræves med tillæg.", "fake-digital-post"},
            {"lemvig-domaeneregistrering.com", "Skandinavisk Domæneregistrering", "fornyelse@", "lemvig.dk udløber - forny inden "
                + "7 dage", "Domænet lemvig.dk udløber om 7 dage. Fornyes det ikke, holder kommunens hjemmeside og mail op med at "
                + "virke.", "domain-directory-scam"},
            {"klinkby-erhvervsregister.org", "Nordisk Erhvervsregister", "data@", "Bekræft Lemvig Kommunes oplysninger",
                "Kontrollér de forudfyldte oplysninger og returner formularen underskrevet. Basisregistreringen er uden "
                    + "beregning.", "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@lemvig.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 22);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial;font-size:14px\"><p>" + x[4] + "</p><p><a href=\"" + link
                    + "\" style=\"background:#0060e6;color:#fff;padding:8px 16px;text-decoration:none\">Log på med MitID</a></p>"
                    + "<p style=\"font-size:10px;color:#777\">Denne besked kan ikke besvares.</p></body></html>");
            } else if (x[0].startsWith("lemvig-domaene")) {
                mime.text(x[4] + "\n\nFornyelse i 3 år: 7.240,00 kr. til " + mule(5) + " - eller betal med kort: " + link
                        + "\n\nSkandinavisk Domæneregistrering")
                    .attach("application/pdf", "Fornyelse_lemvig.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                        List.of("Domæne: lemvig.dk", "Periode: 3 år", "7.240,00", "Konto " + mule(5))));
            } else {
                mime.text(x[4] + "\n\nNordisk Erhvervsregister")
                    .attach("application/pdf", "Registrering_Lemvig_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Registreringsformular",
                        List.of("Lemvig Kommune, " + RAADHUS, "Underskrift og dato:", "Med underskriften bestilles en udvidet profil i "
                            + "3 år à 1.290 EUR årligt")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void fakeNemHandel() {
        M m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Servicecenter", "service@nemhandel-lemvig.net", "efaktura@lemvig.dk", "Handling påkrævet: EAN "
            + EAN + " mangler genregistrering")
            .html("<html><body style=\"font-family:Tahoma,sans-serif;font-size:13px\"><p>Kære e-fakturamodtager</p><p>Alle "
                + "EAN-lokationsnumre skal genregistreres i den nye NemHandel-løsning. EAN " + EAN + " er ikke genregistreret og "
                + "bliver lukket for modtagelse om 72 timer.</p><p><a href=\"https://nemhandel-lemvig.net/genregistrer/"
                + sha256(m.id).substring(0, 18) + "\">Genregistrer nu</a></p></body></html>");
        ownedBy(m, "nemhandel-lemvig.net");
        m.description = "fake NemHandel notice: re-register the EAN number via a login link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Servicecenter", "afvisning@nemhandel-lemvig.net", "kreditor@lemvig.dk", "4 e-fakturaer kunne ikke "
            + "leveres")
            .text("Hej\n\nFire fakturaer til Lemvig Kommune er blevet afvist på grund af fejl i jeres modtagerprofil. For ikke at "
                + "forsinke leverandørerne kan det samlede beløb, 41.187,50 kr., betales via os til " + mule(6) + ". Fakturaerne kan "
                + "ses her: https://nemhandel-lemvig.net/afviste/" + sha256(m.id).substring(0, 16) + "\n\nNemHandel Servicecenter");
        ownedBy(m, "nemhandel-lemvig.net");
        m.description = "fake NemHandel 'undeliverable invoices' notice offering to collect their payment to a mule account";
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordreservice", "ordre@gudum-ordreservice.com", "indkoeb@lemvig.dk", "Ordre 71204 bekræftet: 10 x bærbar")
            .text("Tak for din ordre. 10 x bærbar computer 14\" med dockingstation, i alt 138.750,00 kr., faktureres ved afsendelse "
                + "i morgen kl. 8.\n\nKender du ikke ordren? Ring straks på +45 97 88 41 20, så annullerer vi den.\n\nOrdreservice");
        ownedBy(m, "gudum-ordreservice.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Licensfornyelse", "ordre@gudum-ordreservice.com", "it@lemvig.dk", "Jeres licenser er fornyet")
            .text("Jeres abonnement på McAfee Total Protection for virksomheder (75 enheder) er automatisk fornyet for 12 måneder: "
                + "9.975 kr. Vil I opsige, skal det ske telefonisk på +45 97 88 41 20 inden for 24 timer.")
            .attach("application/pdf", "Ordrekvittering.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering for fornyelse",
                List.of("McAfee Total Protection, 75 enheder, 12 mdr.", "9.975,00 kr.", "Opsigelse: +45 97 88 41 20")));
        ownedBy(m, "gudum-ordreservice.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilbetaling-thyboron.net", "MobilePay Erhverv", "aftaler@", "Jeres betalingsaftale er sat i bero",
            "Kommunens MobilePay-aftale for havneafgifter og lystbådepladser er sat i bero. Indbetalinger på 11.360,00 kr. "
                + "afventer frigivelse."},
            {"p-kontrol-lemvig.com", "P-Kontrol Vest", "afgift@", "Kontrolafgift - reg.nr. AB 71 334",
                "En bil fra kommunens bilpark er registreret uden gyldig P-tilladelse på Havnepladsen i Thyborøn. Afgiften er 790 kr."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@lemvig.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din telefon for at fortsætte.</p><p><img src=\"cid:kode\" "
                    + "width=\"180\" height=\"180\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "scan_mig.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay or confirm, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Thyboron Offshore Survey Ltd", "accounts@thyboron-offshore-survey.com", "havn@lemvig.dk",
            "Invoice TOS-2291 - seabed scan, Thyborøn Kanal approach")
            .text("Dear Sir or Madam,\n\nPlease find enclosed our invoice for the side-scan sonar survey of the approach to "
                + "Thyborøn Kanal and the fairway to Lemvig, carried out as agreed with your harbour office. EUR 12,640.00 is due "
                + "within 7 days to " + mule(5) + ".\n\nKind regards\nThyboron Offshore Survey Ltd")
            .attach("application/pdf", "TOS-2291.pdf", Attachments.pdf(docId(m, "en"), "Invoice TOS-2291",
                List.of("Client: Lemvig Municipality", "Side-scan sonar survey, Thyborøn Kanal approach", "EUR 12,640.00",
                    "Bank: " + mule(5))));
        ownedBy(m, "thyboron-offshore-survey.com");
        m.description = "English invoice for a survey never ordered, GB IBAN";
        m = bad("english-international");
        headers(m, "Thyboron Offshore Survey - Finance", "finance@thyboron-offshore-survey.com", "oekonomi@lemvig.dk",
            "Updated bank details")
            .text("Dear valued customer,\n\nOur banking has changed. Please amend your vendor records and send all open amounts "
                + "to " + mule(14) + " with immediate effect. A short confirmation by return would be appreciated.\n\n"
                + "Finance Team");
        ownedBy(m, "thyboron-offshore-survey.com");
        m.description = "English 'updated bank details', MT IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "ramme-malerforretning.dk"}, {vognmand, "gudum-vognmand.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@lemvig.dk", i == 0 ? "Faktura som foto" : "Faktura (scannet)")
                .text("Hej\n\nFakturaen kommer som " + (i == 0 ? "et billede" : "en scanning") + ", fordi printeren og programmet "
                    + "driller. Læg mærke til det nye kontonummer.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20340302_0915.jpg" : "Scan_0302_001.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "lemvig-rengoeringsservice.dk"}, {vvs, "hygum-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 1)), "Faktura", no, amount(1_400_000), mule(i + 1), i + 2, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@lemvig.dk", "Faktura " + n + " (zip)")
                .text("Hej\n\nVi har pakket fakturaen i en zip-fil, fordi jeres mailfilter har smidt vores PDF'er væk. Pak den ud og "
                    + "betal gerne inden fredag.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("bilag/" + n + ".pdf", pdf, "bilag/VIGTIGT.txt", "Bemærk vores nye kontonummer på fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@lomborg-kontorartikler.com", "indkoeb@lemvig.dk", "Faktura og følgeseddel februar")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er låst - klik 'Aktivér redigering' og derefter 'Aktivér "
                + "indhold' for at se det.\n\nLomborg Kontorartikler")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\nLemvig Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "lomborg-kontorartikler.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of lomborg-kontor.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@lemvig-data-drift.net", "skole@lemvig.dk", "Licensopgørelse februar")
            .text("Hej\n\nLicensopgørelsen for februar og vores nye kontooplysninger står i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nLemvig Datadrift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_februar.xlsm",
                Attachments.excel(List.of("Licensopgørelse februar 2034", "I alt DKK 58.125,00", "Ny konto: " + plain(mule(8))), true));
        ownedBy(m, "lemvig-data-drift.net");
        m.description = "macro-enabled Excel statement from a look-alike of lemvig-datadrift.dk";
    }

    private void svgHtml() {
        String[][] x = {{"lemvig-bilagsportal.com", "Thyborøn Trælast", "Kontoudtog februar", "kontoudtog_feb.svg", "image/svg+xml"},
            {"harboeoere-fakturaarkiv.net", "Harboøre Entreprenørforretning", "Faktura klar i arkivet", "Faktura_visning.htm",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 20);
            String doc = y[4].equals("text/html")
                ? "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"1;url=" + url + "\"><script>document.location.replace('"
                    + url + "');</script></head><body>Henter dokument ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"160\"><text x=\"12\" y=\"30\">Kontoudtog - "
                    + "klik for at se</text><a href=\"" + url + "\"><rect x=\"12\" y=\"50\" width=\"220\" height=\"34\" "
                    + "fill=\"#0b4f6c\"/></a><script>top.location.href='" + url + "'</script></svg>";
            headers(m, y[1], "dokument@" + y[0], "kreditor@lemvig.dk", y[2])
                .text("Hej\n\nDokumentet åbnes i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "harboeoere-entreprenoer.net", true}, {it, "lemvigdatadrift.dk", false}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_600_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@lemvig.dk", "Elektronisk faktura " + no + (peppol ? " (Peppol)" : " (OIOUBL)"))
                .text("Hej\n\nVi skifter udbyder af e-fakturering, så fakturaen kommer som XML direkte til jer og kan indlæses som "
                    + "altid. Bemærk den nye bankkonto i filen.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, s, peppol ? mule(i + 8) : mule(i + 2), a, isoDay(m, 0), isoDay(m, 7), peppol, "LK-" + (74_000 + i),
                        "Ny bankforbindelse").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    private void fakeSignatures() {
        M m = bad("fake-esignature-request");
        headers(m, "Bovbjerg Revision via Signhost", "noreply@signhost-lemvig.com", "oekonomi@lemvig.dk", "Til underskrift: "
            + "Revisionsberetning 2033 - udløber kl. 14")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Bovbjerg Revision beder dig "
                + "underskrive <b>Revisionsberetning og ledelseserklæring 2033</b>. Linket udløber i dag kl. 14.</p><p><a href=\""
                + "https://signhost-lemvig.com/t/" + sha256(m.id).substring(0, 26) + "\">Log ind og underskriv</a></p><p style=\""
                + "font-size:10px;color:#888\">Signhost</p></body></html>");
        ownedBy(m, "signhost-lemvig.com");
        m.description = "look-alike e-signature domain in the real auditor's name: login page, deadline today";
        m = bad("fake-esignature-request");
        headers(m, "Digital underskrift", "dokumenter@nissum-signering.net", "kultur@lemvig.dk", "Lejekontrakt til underskrift: "
            + "strandkiosk Vrist 2034")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Du har et dokument, der venter på din underskrift: <b>"
                + "Lejekontrakt, strandkiosk ved Vrist Strand, sæson 2034</b>.</p><p>Log ind med din Microsoft 365-konto for at "
                + "bekræfte din identitet.</p><p><a href=\"https://nissum-signering.net/doc/" + sha256(m.id).substring(0, 20)
                + "\">Åbn dokumentet</a></p></body></html>");
        ownedBy(m, "nissum-signering.net");
        m.description = "fake signing service: a 'beach kiosk lease' behind a Microsoft 365 login page";
    }

    /**
     * New family: the municipality's contribution to coastal protection (sand nourishment, groynes) demanded to a new, private
     * or unknown account: the real association's name on a look-alike cites its real 2034 invoice and moves the payment, an
     * unknown "coastal fund" wants emergency co-financing within days, and a "treasurer" on gmail wants it on his own account.
     */
    private void coastalFrauds() {
        M m = bad("fake-coastal-protection-contribution");
        headers(m, "Kystsikringslaget Harboøre Tange, kassereren", "kasserer@harboeoere-kystlaug.dk", "kyst@lemvig.dk",
            "Vedr. opkrævning " + kystNo + " - ny konto efter generalforsamlingen")
            .text("Til Lemvig Kommune, Natur og Kyst\n\nI har fået vores opkrævning " + kystNo + " på kommunens bidrag for 2034. "
                + "Generalforsamlingen besluttede i november at flytte lagets midler til en anden bank, og den konto, der står på "
                + "opkrævningen, er derfor lukket.\n\nBeløbet på 507.000,00 kr. bedes i stedet indbetalt på " + mule(0) + " senest "
                + written(m, 6) + ", så laget kan betale entreprenøren for forårets sandfodring.\n\nMed venlig hilsen\n"
                + "Kasserer, Kystsikringslaget Harboøre Tange");
        ownedBy(m, "harboeoere-kystlaug.dk");
        m.description = "look-alike of the real coastal association cites its real 2034 invoice and moves the payment to an LT "
            + "account";
        m = bad("fake-coastal-protection-contribution");
        String no = "VKF-" + (1_200 + rnd.nextInt(300));
        headers(m, "Vestkystens Kystsikringsfond", "opkraevning@kystsikring-thyboron.com", "kyst@lemvig.dk", "Akut sandfodring "
            + "efter stormen - kommunal medfinansiering " + no)
            .text("Til Lemvig Kommune\n\nStormen i februar har fjernet store mængder sand foran klitterne mellem Thyborøn og "
                + "Harboøre, og fonden har bestilt akut sandfodring for at undgå gennembrud. Efter kystbeskyttelsesloven hæfter "
                + "kommunen for 25 % af udgiften.\n\nKommunens andel, 312.500,00 kr., skal indbetales på fondens konto "
                + mule(8) + " inden 5 dage, så entreprenøren kan mobilisere skibet. Opgørelsen er vedhæftet.\n\n"
                + "Vestkystens Kystsikringsfond")
            .attach("application/pdf", "Medfinansiering_" + no + ".pdf", Attachments.pdf(docId(m, "vkf"), "Opkrævning " + no,
                List.of("Vestkystens Kystsikringsfond", "Akut sandfodring Thyborøn-Harboøre, februar 2034",
                    "Samlet udgift 1.250.000,00", "Kommunens andel 25 %: 312.500,00", "Konto: " + mule(8))));
        ownedBy(m, "kystsikring-thyboron.com");
        m.description = "unknown 'coastal fund' demands 25 % emergency co-financing within 5 days to a DE account; no decision, "
            + "no agreement";
        m = bad("fake-coastal-protection-contribution");
        headers(m, "Kristian Lyngs", "kristian.lyngs.kystlag@gmail.com", "kyst@lemvig.dk", "Kommunens tilskud til Fjaltring "
            + "Strands Kystlag")
            .text("Hej Natur og Kyst\n\nJeg er kasserer i det nystiftede Fjaltring Strands Kystlag. Vi har fået at vide, at "
                + "kommunen giver 60.000 kr. til de første høfdereparationer. Laget har endnu ikke fået sin bankkonto oprettet, så "
                + "I er velkomne til at sætte pengene ind på min egen konto " + mule(17) + " - jeg overfører dem, så snart lagets "
                + "konto er klar.\n\nVenlig hilsen\nKristian Lyngs\nKasserer");
        genuine(m, GMAIL);
        m.description = "a 'treasurer' on gmail (authenticates) wants a coastal grant nobody decided paid to his private DK account";
    }

    /**
     * New family: dredging of the harbour billed or moved: the real contractor's name on a look-alike cites the real contract
     * and moves the final payment, an unknown firm bills "emergency dredging" nobody ordered, and an unknown survey firm wants
     * a mobilisation advance.
     */
    private void dredgingFrauds() {
        Past p = past.get(dredger.domain());
        M m = bad("fake-harbour-dredging-invoice");
        headers(m, "Vlissingen Waterbouw - Accounts Receivable", "accounts@vlissingenwaterbouw-lemvig.com", "havn@lemvig.dk",
            "Contract " + dredgeContract + " - final instalment, new payment details")
            .text("Dear Sir or Madam,\n\nFurther to our invoice " + p.no() + " under contract " + dredgeContract + ", please note "
                + "that our receivables have been assigned to our factoring partner. The final instalment of EUR 96,400.00 must "
                + "therefore be paid to " + mule(16) + " and no longer to the account in the contract.\n\nPlease confirm the change "
                + "by return; payment is due within 5 days.\n\nKind regards\nAccounts Receivable\nVlissingen Waterbouw B.V.")
            .attach("application/pdf", "Assignment_notice_" + dredgeContract + ".pdf", Attachments.pdf(docId(m, "vwf"),
                "Notice of assignment", List.of("Vlissingen Waterbouw B.V.", "Contract " + dredgeContract + ", Lemvig Havn",
                    "Final instalment EUR 96,400.00", "New payee account: " + mule(16))));
        ownedBy(m, "vlissingenwaterbouw-lemvig.com");
        m.description = "look-alike of the real dredger cites its real contract and first invoice: 'factoring', final payment to "
            + "an LT account";
        m = bad("fake-harbour-dredging-invoice");
        String no = "TH-" + (5_100 + rnd.nextInt(400));
        headers(m, "Thyborøn Havneuddybning ApS", "faktura@thyboroen-havneuddybning.dk", "havn@lemvig.dk", "Faktura " + no
            + " - akut oprensning af sejlrenden")
            .text("Til Lemvig Havn\n\nEfter stormen var sejlrenden ind til Lemvig Havn sandet til ved bøje 4-6. Som aftalt telefonisk "
                + "med havnen foretog vi akut oprensning med grab og pram i weekenden.\n\nFaktura " + no + " på 183.750,00 kr. "
                + "inkl. moms er vedhæftet og skal betales inden 8 dage til " + mule(1) + ".\n\nMed venlig hilsen\n"
                + "Thyborøn Havneuddybning ApS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "thu"), "Faktura " + no,
                List.of("Thyborøn Havneuddybning ApS", "Kunde: Lemvig Havn", "Akut oprensning, sejlrende bøje 4-6, 2 døgn",
                    "147.000,00 + moms 36.750,00 = 183.750,00", "Konto: " + mule(1))));
        ownedBy(m, "thyboroen-havneuddybning.dk");
        m.description = "unknown firm bills 'emergency dredging agreed by phone' that nobody ordered, DK mule account";
        m = bad("fake-harbour-dredging-invoice");
        headers(m, "Nissum Bredning Sediment Services", "projects@nissum-bredning-sediment.com", "havn@lemvig.dk",
            "Sedimentation alert Lemvig Havn - mobilisation advance")
            .text("Dear harbour master,\n\nOur routine multibeam soundings in Nissum Bredning show new sedimentation in the "
                + "approach to Lemvig Havn, with depths below 3.2 m at low water. We have a dredger available in the area next "
                + "week and can remove the shoal at a fixed price of EUR 38,000.\n\nTo reserve the vessel, a mobilisation advance "
                + "of 40 % (EUR 15,200) must be received on " + mule(5) + " within 48 hours. The contract follows after "
                + "payment.\n\nBest regards\nProject Department\nNissum Bredning Sediment Services");
        ownedBy(m, "nissum-bredning-sediment.com");
        m.description = "unsolicited 'sedimentation alert': 40 % mobilisation advance within 48 hours before any contract, GB "
            + "IBAN";
    }

    /**
     * New family: the summer's beach lifeguards or their equipment "prepaid": the real service's name on a look-alike wants
     * 40 % in advance to a new account, an unknown firm offers lifeguards against a deposit within 48 hours, and a
     * "coordinator" on free mail wants money for equipment on his own account.
     */
    private void lifeguardFrauds() {
        M m = bad("fake-lifeguard-season-prepayment");
        String no = "NL-" + (8_900 + rnd.nextInt(300));
        headers(m, "Nordsø Livredning, Økonomi", "oekonomi@nordsoelivredning-lemvig.com", "kultur@lemvig.dk", "Forudbetaling "
            + "sæson 2034 - faktura " + no)
            .text("Hej Kultur og Turisme\n\nFor at kunne garantere bemandingen af tårnene på Vrist, Thyborøn og Ferring i sommer "
                + "skal vi i år have 40 % af sæsonens pris forudbetalt, inden vi skriver kontrakt med livredderne. Det gælder alle "
                + "vores kommuner.\n\nFaktura " + no + " på 148.000,00 kr. er vedhæftet. Bemærk, at vi har fået ny bank - betal "
                + "til " + mule(3) + " senest " + written(m, 4) + ".\n\nVenlig hilsen\nNordsø Livredning, Økonomi")
            .attach("application/pdf", "Forudbetaling_" + no + ".pdf", Attachments.pdf(docId(m, "nlx"), "Faktura " + no,
                List.of("Nordsø Livredning", "Lemvig Kommune, Kultur og Turisme", "Forudbetaling 40 %, livredning sæson 2034",
                    "118.400,00 + moms 29.600,00 = 148.000,00", "Ny konto: " + mule(3))));
        ownedBy(m, "nordsoelivredning-lemvig.com");
        m.description = "look-alike of the real lifeguard service: 40 % prepayment before any rate is due, new EE account";
        m = bad("fake-lifeguard-season-prepayment");
        headers(m, "Fjaltring Livredning & Strandservice", "booking@fjaltring-livredning.dk", "kultur@lemvig.dk", "Livreddere "
            + "til jeres strande i sommer - svar inden 48 timer")
            .text("Kære Lemvig Kommune\n\nVi hører, at flere udbydere af kystlivredning mangler folk i år. Vi har 12 uddannede "
                + "livreddere klar til jeres strande fra 15. juni og kan tilbyde hele sæsonen for 265.000 kr. ekskl. moms.\n\n"
                + "Livredderne holdes til jer, når et depositum på 20 % (66.250 kr. inkl. moms) er indsat på " + mule(9)
                + " inden 48 timer. Kontrakten sender vi bagefter.\n\nMed venlig hilsen\nFjaltring Livredning & Strandservice")
            .attach("application/pdf", "Tilbud_livredning_2034.pdf", Attachments.pdf(docId(m, "flr"), "Tilbud og reservation",
                List.of("12 livreddere, sæson 15.06.-31.08.2034", "Pris 265.000,00 ekskl. moms", "Depositum 20 %: 66.250,00 inkl. moms",
                    "Konto: " + mule(9))));
        ownedBy(m, "fjaltring-livredning.dk");
        m.description = "unknown 'lifeguard firm' wants a 20 % deposit within 48 hours before any contract, HU IBAN";
        m = bad("fake-lifeguard-season-prepayment");
        headers(m, "Emil Stausholm", "emil.stausholm.livredder@outlook.com", "kultur@lemvig.dk", "Udstyr til livredderne - "
            + "bestilling før påske")
            .text("Hej\n\nJeg er livredderkoordinator for strandene i Lemvig Kommune i år (via Nordsø Livredning). Leverandøren af "
                + "redningsbrædder, radioer og uniformer kræver betaling før påske, ellers når vi ikke at få udstyret til "
                + "sæsonstart.\n\nKan I overføre 42.800 kr. til min konto " + bank("8990", "0009134470") + "? Jeg lægger pengene ud "
                + "og sender kvitteringerne bagefter. Nordsø Livredning har travlt, så skriv bare til mig direkte.\n\n"
                + "Hilsen Emil Stausholm");
        genuine(m, MSFT);
        m.description = "a 'lifeguard coordinator' on outlook (authenticates) wants equipment money on his own account, bypassing "
            + "the contracted service";
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
        return writeFiles(dir, new HeldOutCorpus34().generate(), List.of(
            "# Lemvig Kommune, Økonomi: invoice checks (thirty-fourth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=thyboroen-fjernvarme.dk harboeoere-entreprenoer.dk boevlingbjerg-kloak.dk klinkby-toemrer.dk "
                + "ramme-maler.dk lemvig-rengoering.dk lemvig-ugeposten.dk gudum-vognmand.dk nissum-elteknik.dk hygum-vvs.dk "
                + "lemvig-madservice.dk thyboroen-traelast.dk lemvig-datadrift.dk fjaltring-busser.dk lomborg-kontor.dk",
            "invoice.domains.platforms=scoro.com payoneer.com xledger.net vippsmobilepay.com",
            "invoice.names.protected=Lemvig Kommune"));
    }
}
