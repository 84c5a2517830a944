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

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The thirty-fifth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Odense Kommune ({@value #OWN}, p=reject), a large city municipality with a light rail, a university hospital next door,
 * a university, a harbour, a zoo, a concert hall, many schools and care homes; fifteen listed suppliers from Bolbro, Dalum,
 * Tarup, Hjallese, Korup, Fraugde, Seden, Næsby, Bellinge, Holluf Pile, Stige and Munkebjerg in every DNS posture real
 * Danish firms have (two sending through an Odense web hoster named in their SPF), four invoicing platforms ({@code
 * e-komplet.dk}, {@code exact.com}, {@code maventa.com}, {@code mews.com}), the light rail company, the hospital's patient
 * settlement office, an assistive-aids supplier, local banks, city institutions, a neighbouring municipality, a lawyer, an
 * auditor, SaaS, an e-signature service, an ESP, authorities, a creditor list, forwarders (with and without SRS), free mail
 * and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake NemHandel notices, fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, "corrected"
 * invoices, QR codes, archives, SVG/HTML attachments, macro documents, callback scams, salary-account changes,
 * look-alikes, homoglyphs, image-only invoices, e-invoice XML with a changed account, factoring assignments, fake e-signature
 * requests) and three
 * kinds new here: replacement buses, track possession or track-safety watches "during the municipality's road works" billed
 * in the light rail's name or by unknown firms (fake-tram-track-closure-invoice), bed days for patients ready for discharge
 * billed in the hospital's name to a new account or by an unknown "settlement office" (fake-discharge-bed-day-charge), and
 * assistive aids (beds, wheelchairs, stair lifts) "delivered to citizens" billed without a depot order or moved to a new
 * account (fake-assistive-aid-delivery-invoice). The invoice engine, its tests, tuning notes and earlier results were not
 * read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a
 * legitimate invoice, credit note, reminder, collection demand for a real debt, institutional, intermunicipal, platform,
 * e-invoice XML, foreign, SaaS, light rail, hospital or assistive-aid invoice) and its computed authentication (DMARC
 * pass, or aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus35GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus35 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout35");
    public static final String OWN = "odense.dk";
    static final String FRAUD_NET = "127.35.";
    private static final String OWN_IP = "127.35.0.1";
    private static final String EAN = "5798007730519";
    private static final String RAADHUS = "Flakhaven 2, 5000 Odense C";
    /** An Odense web hoster whose outgoing server two listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.35.9.1";
    private static final String GMAIL = "127.35.8.1";
    private static final String MSFT = "127.35.8.2";
    private static final String YAHOO = "127.35.8.3";
    private static final String APPLE = "127.35.8.5";
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M", DA);

    private final Random rnd = new Random(35_0035_5000L);
    /** Wave 1 per sender domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 20;
    /** The light rail's agreement number for the August track closure (the frauds cite it). */
    private String sporAftale;
    /** The hospital's settlement number for July's bed days (the frauds cite it). */
    private String ouhNo;
    /** Depot order numbers of assistive aids really delivered (the frauds cite them). */
    private String depotOrder;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2034, 8, 14, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2034, 9, 11, 7, 45, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "10.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier vvs = new Supplier("Bolbro VVS & Blik ApS", "bolbro-vvs.dk", "Lene Kragh", "lene", "127.35.1.1",
        bank("0815", "4410273396"), "service på varmeanlæg og nye termostatventiler, Plejecentret Bolbrohus");
    private final Supplier el = new Supplier("Dalum El-Service A/S", "dalum-el.dk", "Serviceafdelingen", "service", "127.35.1.2",
        iban("DK", "53010000623481"), "LED-armaturer i klasselokaler og gymnastiksal, Dalumskolen");
    private final Supplier anlaeg = new Supplier("Tarup Anlæg & Entreprenør A/S", "tarup-anlaeg.dk", "Henrik Skov", "hs",
        "127.35.1.3", bank("2216", "8913374021"), "kantsten, fortov og asfalt ved letbanestoppet Tarup Center");
    private final Supplier maler = new Supplier("Hjallese Malerfirma v/ Kim Lund", "hjallese-maler.dk", "Kim Lund", "kim",
        "127.35.1.4", bank("7044", "0002519836"), "maling af klasselokaler og trappeopgange, Hjallese Skole");
    private final Supplier rengoer = new Supplier("Odense Rengøringsteam A/S", "odense-rengoeringsteam.dk", "Bogholderiet",
        "bogholderi", "127.35.1.5", bank("5301", "0244873019"), "daglig rengøring af Borgernes Hus og tre bydelsbiblioteker");
    private final Supplier kloak = new Supplier("Korup Kloakservice ApS", "korup-kloakservice.dk", "Jan Vestergaard", "jan",
        HOSTER_IP, bank("0815", "4427718305"), "spuling og TV-inspektion af kloakstik, Korup Skole");
    private final Supplier frugt = new Supplier("Fraugde Frugt & Grønt ApS", "fraugde-frugt.dk", "Ordrekontoret", "ordre",
        "127.35.1.7", bank("9280", "2274160358"), "frugt, grønt og kartofler til plejecentrenes køkkener");
    private final Supplier toemrer = new Supplier("Seden Tømrer & Snedker ApS", "seden-toemrer.dk", "Bjarne Holm", "bjarne",
        "127.35.1.8", bank("6460", "1143307526"), "nye garderobeskabe og reparation af branddøre, Seden Skole");
    private final Supplier vognmand = new Supplier("Næsby Vognmandsforretning A/S", "naesby-vognmand.dk", "Dorte Friis", "dorte",
        "127.35.1.9", bank("5470", "0731140287"), "bortkørsel af jord og levering af faldsand til legepladser");
    private final Supplier it = new Supplier("Bellinge IT-Drift ApS", "bellinge-itdrift.dk", "Bellinge IT-Drift, Fakturering",
        "faktura", "127.35.1.10", bank("3180", "6612090458"), "drift af skolernes netværk og 120 elev-Chromebooks");
    private final Supplier byg = new Supplier("Holluf Pile Byggemarked A/S", "hollufpile-byggemarked.dk", "Erhvervsafdelingen",
        "erhverv", "127.35.1.11", iban("DK", "20005460772139"), "byggematerialer til Odense Kommunes Ejendomme, rammeaftale");
    private final Supplier kontor = new Supplier("Odense Kontorforsyning ApS", "odense-kontorforsyning.dk", "Ordreservice",
        "ordre", "127.35.1.12", iban("DK", "30001174498520"), "kopipapir, toner og hæve-sænkeborde til Borgerservice");
    private final Supplier bus = new Supplier("Stige Turistbusser ApS", "stige-turistbusser.dk", "Kørselskontoret", "koersel",
        "127.35.1.13", bank("0815", "4439026117"), "svømmekørsel og ekskursionskørsel for skolerne");
    private final Supplier mad = new Supplier("Munkebjerg Storkøkken A/S", "munkebjerg-storkoekken.dk",
        "Munkebjerg Storkøkken, Debitor", "debitor", "127.35.1.14", iban("DK", "53010000688412"),
        "madservice til hjemmeboende ældre og tre plejecentre");
    private final Supplier tryk = new Supplier("Odense Bytryk & Grafisk ApS", "odense-bytryk.dk", "Anne Møller", "anne", HOSTER_IP,
        bank("9280", "2281953364"), "plakater og foldere til Kulturnatten og bydelsbibliotekerne");
    // not on the creditor list: small local firms and sole traders
    private final Supplier cykel = new Supplier("Vollsmose Cykelværksted v/ Ahmad Nouri", "vollsmose-cykel.dk", "Ahmad Nouri",
        "ahmad", "127.35.2.1", bank("5301", "0251196644"), "reparation af skolecykler og nye cykelhjelme, Abildgårdskolen");
    private final Supplier skadedyr = new Supplier("Sanderum Skadedyrsservice", "sanderum-skadedyr.dk", "Tina Berg", "tina",
        "127.35.2.2", bank("0815", "4451820937"), "rottebekæmpelse ved Odense Havn og Skibhus genbrugsplads");
    private final Supplier kano = new Supplier("Odense Å Kanofart v/ Per Juul", "odenseaa-kanofart.dk", "Per Juul", "per",
        "127.35.2.3", bank("6460", "1150674418"), "kanotur på Odense Å med naturvejleder for 6. årgang");
    private final Supplier have = new Supplier("Allesø Haveservice", "allesoe-haveservice.dk", "Rikke Juhl", "rikke",
        "127.35.2.4", bank("9280", "2290447731"), "beskæring af frugttræer og hækklipning i skolehaverne");
    private final Supplier fortaeller = new Supplier("Eventyrfortæller Sofie Lind", "gmail.com", "Sofie Lind",
        "sofie.lind.eventyr", GMAIL, bank("5470", "0744219365"), "H.C. Andersen-fortælling for 3. årgang på fire skoler");
    private final Supplier tolk = new Supplier("Somali-tolkning v/ Hodan Farah", "outlook.com", "Hodan Farah", "hodan.farah.tolk",
        MSFT, bank("3180", "6620583310"), "tolkning somali-dansk, Jobcenter Odense, 7 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaduo Bech & Bech", "icloud.com", "Jens Bech", "jens.bech.harmonika",
        APPLE, bank("7044", "0002530917"), "eftermiddagsmusik på Plejecentret Ejbygård og Rosenhaven");
    private final Supplier pudser = new Supplier("Lumby Vinduespudsning v/ Michael Dahl", "hotmail.com", "Michael Dahl",
        "michael.dahl.vinduer", MSFT, bank("0815", "4462013385"), "vinduespudsning, Tarup Bibliotek og Børnehuset Lærkereden");
    private final Supplier motion = new Supplier("Seniordans v/ Grethe Nygaard", "yahoo.com", "Grethe Nygaard",
        "grethe.nygaard.dans", YAHOO, bank("2216", "8920351107"), "seniordans i Aktivitetscentret Bolbro, 10 gange");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Lunds Scenteknik AB", "lund-scenteknik.se", "Ekonomi", "ekonomi",
        "127.35.7.1", iban("SE", "80000000061273304952"), "scenpodier, trussar och ljusstativ till Odense Koncerthus");
    private final Supplier tysk = new Supplier("Lübecker Brückenbau GmbH", "luebecker-brueckenbau.de", "Buchhaltung",
        "buchhaltung", "127.35.7.2", iban("DE", "230400000078315529"), "Instandsetzung der Fußgängerbrücke über die Odense Å");

    private final List<Supplier> listed = List.of(vvs, el, anlaeg, maler, rengoer, kloak, frugt, toemrer, vognmand, it, byg,
        kontor, bus, mad, tryk);

    /** Fraudsters' own domains, each carrying an Odense place name; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"tarup-anlaeg.net", "dalum-elservice.dk", "hollufpile-byggemarked.com",
        "odense-rengoringsteam.dk", "fraugde-frugtoggroent.dk", idn("dalum-\u0435l.dk"), idn("odense-k\u043emmune.dk"),
        "ekomplet-odense.com", "maventa-bolbro.net", "mews-odense.com", "korup-kloakservice.net", "munkebjerg-storkokken.dk",
        "seden-tomrer.dk", "stige-busser.dk", "stige-turistbusser.net", "hjallesemaler.dk", "allesoe-haveservice.com",
        "odense-inkassobureau.com", "mitid-erhverv-odense.com", "digital-post-fraugde.com", "nemhandel-odense.net",
        "odense-domaenefornyelse.com", "korup-erhvervsregister.org", "stige-ordrecenter.com", "bolbro-mobilbetaling.net",
        "p-afgift-odense.com", "odense-harbour-survey.com", "hjallese-malerfirma.dk", "naesby-vognmand.net",
        "odense-rengoering-team.dk", "fraugde-frugt.net", "odense-kontor-forsyning.com", "bellinge-it-drift.net",
        "dalum-bilagsportal.com", "tarup-fakturaarkiv.net", "tarupanlaeg.dk", "bellingeitdrift.dk", "eversign-odense.com",
        "ejby-dokumentsignering.net", "odenseletbane-drift.dk", "hjallese-togbusser.dk", "sanderum-sporsikring.com",
        "ouh-odense-afregning.dk", "odense-patientafregning.com", "hjaelpemiddelpartner-odense.dk", "bellinge-rehab.com",
        "tarup-trappelift.dk", "odense-factoringhus.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bolbro-vvs.dk", List.of(vvs.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("dalum-el.dk", List.of(el.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("tarup-anlaeg.dk", List.of(anlaeg.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hjallese-maler.dk", null, null, null, null); // nothing published
        domain("odense-rengoeringsteam.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("korup-kloakservice.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("fraugde-frugt.dk", List.of(frugt.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("seden-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("naesby-vognmand.dk", List.of("127.35.1.99"), "~all", null, "none"); // SPF names only the weighbridge system
        domain("bellinge-itdrift.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("hollufpile-byggemarked.dk", List.of(byg.ip(), "127.35.1.111"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("odense-kontorforsyning.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain("stige-turistbusser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("munkebjerg-storkoekken.dk", List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("odense-bytryk.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("vollsmose-cykel.dk", List.of(cykel.ip()), "-all", null, null); // SPF only, no DMARC
        domain("sanderum-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("odenseaa-kanofart.dk", null, null, DkimAlgorithm.ED25519_SHA256, null); // DKIM only, no DMARC
        domain("allesoe-haveservice.dk", List.of(have.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("hunderup-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("lund-scenteknik.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("luebecker-brueckenbau.de", List.of(tysk.ip()), "-all", null, null); // SPF only
        // the light rail, the hospital, assistive aids, city institutions, neighbours, lawyer, auditor, e-signature, shops
        domain("odenseletbane.dk", List.of("127.35.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ouh.dk", List.of("127.35.3.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hjaelpemiddelpartner.dk", List.of("127.35.3.3"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("sdu.dk", List.of("127.35.3.4"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("odensezoo.dk", List.of("127.35.3.5"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("odensesymfoni.dk", List.of("127.35.3.6"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("odensehavn.dk", List.of("127.35.3.7"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vandcentersyd.dk", List.of("127.35.3.8"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordfynskommune.dk", List.of("127.35.3.9"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("albanigade-advokater.dk", List.of("127.35.3.10"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("brandts-revision.dk", List.of("127.35.3.11"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("eversign.com", List.of("127.35.3.12"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("odense-legepladsudstyr.dk", List.of("127.35.3.13"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hunderup-isenkram.dk", List.of("127.35.3.14"), "-all", null, "none");
        domain("vesterbro-boghandel.dk", List.of("127.35.3.15"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("odense-dykkerklub.dk", List.of("127.35.3.16"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("stukuvm.dk", List.of("127.35.3.20"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sundhedsdatastyrelsen.dk", List.of("127.35.3.21"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kulturministeriet-tilskud.dk", List.of("127.35.3.22"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("e-komplet.dk", List.of("127.35.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("exact.com", List.of("127.35.4.2"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("maventa.com", List.of("127.35.4.3"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("mews.com", List.of("127.35.4.4"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        // banks, list, ESP, newsletters, forwarders
        domain("sparekassen-odense.dk", List.of("127.35.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("andelskassen-syd.dk", List.of("127.35.5.2"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("storbykreditor.dk", List.of("127.35.5.3"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("mailchimp.com", List.of("127.35.5.4"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kk.dk", List.of("127.35.5.5"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kommune-indkoeb-syd.dk", List.of("127.35.5.6"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("svindelraadet-nyt.dk", List.of("127.35.5.7"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.mailrelay-odense.dk", List.of("127.35.6.1"), "-all", null, null);
        domain("relay.odensefiber.dk", List.of("127.35.6.2"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("esri.com", List.of("127.35.7.5"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("meltwater.com", List.of("127.35.7.6"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("cvent.com", List.of("127.35.7.7"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        String[] policy = {"reject", "none", null, "quarantine", "none", "reject", null, "quarantine"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 3 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "11." + (i + 1)), i % 5 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 86_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no35:" + s.domain()).hashCode(), 8)) {
            case 0:
                return "35" + String.format("%06d", 1_000 + rnd.nextInt(90_000));
            case 1:
                return "FAK-" + (18_200 + rnd.nextInt(7_000));
            case 2:
                return "2034/" + String.format("%05d", 40 + rnd.nextInt(9_000));
            case 3:
                return String.valueOf(610_000 + rnd.nextInt(80_000));
            case 4:
                return "O" + (52_000 + rnd.nextInt(6_000));
            case 5:
                return (100 + rnd.nextInt(800)) + "-34";
            case 6:
                return "F34-" + String.format("%04d", 100 + rnd.nextInt(8_000));
            default:
                return String.valueOf(9_400 + rnd.nextInt(2_500));
        }
    }

    private static final String[] TO = {"kreditor@odense.dk", "efaktura@odense.dk", "kreditor@odense.dk", "oekonomi@odense.dk",
        "vej@odense.dk", "skole@odense.dk", "aeldre@odense.dk", "kultur@odense.dk", "ejendomme@odense.dk", "indkoeb@odense.dk",
        "kreditor@odense.dk", "park@odense.dk", "efaktura@odense.dk", "beskaeftigelse@odense.dk", "bibliotek@odense.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf35:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(25_000_000 + Math.floorMod(sha256("cvr35:" + domain).hashCode(), 19_000_000));
    }

    /** The supplier's FI creditor number, as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi35:" + domain).hashCode(), 9_900_000));
    }

    /**
     * A FI payment line, card type 75: a 16-digit payment id (15 digits from the customer and invoice number and a
     * modulus-10 check digit, weights 2 and 1 from the right) and the creditor number.
     */
    private static String fik75(String no, String creditor) {
        String digits = ("7730" + no).replaceAll("\\D", "");
        if (digits.length() > 15) {
            digits = digits.substring(digits.length() - 15);
        }
        String base = String.format("%015d", Long.parseLong(digits));
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            int d = (base.charAt(base.length() - 1 - i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return "+75<" + base + ((10 - sum % 10) % 10) + "+" + creditor + "<";
    }

    private String longDate(M m, int plus) {
        return sentPlus(m, plus, LONG);
    }

    private String dots(M m, int plus) {
        return sentPlus(m, plus, DOTS);
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "bolbro-vvs.dk" -> "Middelfartvej 118, 5200 Odense V";
            case "dalum-el.dk" -> "Dalumvej 64, 5250 Odense SV";
            case "tarup-anlaeg.dk" -> "Tarupvej 201, 5210 Odense NV";
            case "hjallese-maler.dk" -> "Hjallesevej 150, 5260 Odense S";
            case "odense-rengoeringsteam.dk" -> "Rugårdsvej 55, 5000 Odense C";
            case "korup-kloakservice.dk" -> "Korupvej 31, 5210 Odense NV";
            case "fraugde-frugt.dk" -> "Fraugdevej 12, 5220 Odense SØ";
            case "seden-toemrer.dk" -> "Seden Byvej 9, 5240 Odense NØ";
            case "naesby-vognmand.dk" -> "Næsbyvej 77, 5270 Odense N";
            case "bellinge-itdrift.dk" -> "Bellinge Bygade 4, 5250 Odense SV";
            case "hollufpile-byggemarked.dk" -> "Hollufgårds Allé 20, 5220 Odense SØ";
            case "odense-kontorforsyning.dk" -> "Kochsgade 31, 5000 Odense C";
            case "stige-turistbusser.dk" -> "Stigevej 40, 5270 Odense N";
            case "munkebjerg-storkoekken.dk" -> "Munkebjergvej 130, 5230 Odense M";
            case "odense-bytryk.dk" -> "Vesterbro 82, 5000 Odense C";
            case "vollsmose-cykel.dk" -> "Vollsmose Torv 8, 5240 Odense NØ";
            case "sanderum-skadedyr.dk" -> "Sanderumvej 96, 5250 Odense SV";
            case "odenseaa-kanofart.dk" -> "Fruens Bøge Skovvej 2, 5260 Odense S";
            case "allesoe-haveservice.dk" -> "Allesø Bygade 15, 5270 Odense N";
            case "hunderup-laas.dk" -> "Hunderupvej 62, 5230 Odense M";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: an order invoice with positions, item numbers and units and a payment box; a
     * time-and-material invoice (hours, fixed call-out fee, materials); a delivery invoice summing dated delivery notes; a
     * contract period invoice with a fixed monthly sum and extras. Layouts other than the first print the supplier's own FI
     * line (card type 75) when its own account is printed; a {@code null} account prints no bank account at all.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        int kind = Math.floorMod(layout, 4);
        String fi = kind != 0 && account != null && account.equals(s.account()) ? fik75(no, creditorNo(s.domain())) : "";
        String ourRef = "OK-" + (10_000 + Math.floorMod((no + s.domain()).hashCode(), 80_000));
        switch (kind) {
            case 0 -> {
                head = title.toUpperCase(DA) + "  " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + "   CVR " + cvr(s.domain()));
                l.add("Faktureringsadresse: Odense Kommune, " + RAADHUS + "   EAN " + EAN + "   Jeres ref.: " + ourRef);
                l.add("Fakturadato " + dots(m, 0) + "   Forfaldsdato " + dots(m, 30) + "   Kundenr. "
                    + (3_000 + Math.floorMod(s.domain().hashCode(), 6_000)));
                l.add("Pos.  Varenr.     Beskrivelse                                              Antal  Enhed   Beløb");
                l.add("10    " + (20_000 + Math.floorMod(no.hashCode(), 70_000)) + "   " + s.what() + "   1   stk.   " + a.net());
                l.add("Nettobeløb " + a.net() + "     25 % moms " + a.vat() + "     Total DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betalingsinformation: " + account + ", mærket " + no);
                }
            }
            case 1 -> {
                head = s.name() + " - " + title.toLowerCase(DA) + " " + no + " (timer og materialer)";
                l.add((addr.isEmpty() ? "" : addr + " - ") + "CVR " + cvr(s.domain()));
                l.add("Til: Odense Kommune, EAN " + EAN + ", rekvirent " + ourRef);
                l.add("Opgave: " + s.what());
                long hours = a.ore() * 55 / 100 / 49_500;
                long callouts = Math.min(12, 1 + a.ore() / 2_000_000);
                long materials = a.ore() - hours * 49_500 - callouts * 22_500;
                l.add("Arbejdstimer " + sentPlus(m, -14, SHORT) + "-" + sentPlus(m, -2, SHORT) + ": " + hours + " t à 495,00 = "
                    + kr(hours * 49_500));
                l.add("Kørselsgebyr " + callouts + " x 225,00 = " + kr(callouts * 22_500) + "     Materialer " + kr(materials));
                l.add("Beløb ekskl. moms " + a.net() + "     moms " + a.vat() + "     beløb inkl. moms " + a.gross());
                l.addAll(more);
                l.add("Betales senest " + longDate(m, 20) + (account == null ? "" : " til " + account));
                if (!fi.isEmpty()) {
                    l.add("FI-indbetaling: " + fi);
                }
            }
            case 2 -> {
                head = title + " " + no + " - leveringer";
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Kunde: Odense Kommune | EAN " + EAN + " | Ordrereference " + ourRef);
                long[] parts = {a.ore() * 37 / 100, a.ore() * 28 / 100, a.ore() * 21 / 100};
                long rest = a.ore() - parts[0] - parts[1] - parts[2];
                for (int i = 0; i < parts.length; i++) {
                    l.add("Følgeseddel " + (500_100 + Math.floorMod(no.hashCode() + i * 977, 90_000)) + " af " + sentPlus(m, -20 + i * 6, SHORT)
                        + "   " + kr(parts[i]));
                }
                l.add("Følgeseddel " + (590_200 + Math.floorMod(no.hashCode(), 9_000)) + " af " + sentPlus(m, -1, SHORT) + "   " + kr(rest));
                l.add("Varer i alt " + a.net() + "  +  moms 25 % " + a.vat() + "  =  " + a.gross() + " DKK");
                l.addAll(more);
                if (account != null) {
                    l.add("Indbetales på " + account + " senest " + dots(m, 30));
                }
                if (!fi.isEmpty()) {
                    l.add("Eller med FI: " + fi);
                }
            }
            default -> {
                head = title + " " + no + " - " + s.name();
                l.add("Kontrakt " + (7_000 + Math.floorMod(s.domain().hashCode(), 2_000)) + " med Odense Kommune (EAN " + EAN + ")");
                l.add("Periode: " + dots(m, -30) + " til " + dots(m, -1));
                l.add("Ydelse: " + s.what());
                long fixed = a.ore() * 4 / 5;
                l.add("Fast månedligt beløb " + kr(fixed) + "     Ekstraydelser efter aftale " + kr(a.ore() - fixed));
                l.add("I alt " + a.net() + " + moms " + a.vat() + " = " + a.gross());
                l.addAll(more);
                l.add("Forfald " + dots(m, 14) + (account == null ? "" : "  |  Konto " + account));
                if (!fi.isEmpty()) {
                    l.add("Betalingslinje: " + fi);
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura-" + n + ".pdf", "Odense Kommune faktura " + n + ".pdf",
            "FAKTURA " + n + ".pdf", n + ".pdf", "Kopi af faktura " + n + ".pdf", "Invoice_" + n + ".pdf",
            "Fakt" + n + ".pdf", "odense_kommune-" + n + ".pdf", "Dokument_" + n + ".pdf", "regning_" + n + ".pdf",
            "Faktura nr. " + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Odense Kommune", "Til kreditorafdelingen", "Goddag", "Hej",
        "Att.: Regnskab", "Hej med jer", "Kære Odense Kommune", "Hej fakturamodtager", "Til den det vedrører", "Godmorgen"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig35:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMed venlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nVh " + firstName(s) + "\n" + s.name() + "\nTlf. 66 " + (10 + rnd.nextInt(89)) + " "
                    + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nHilsen\n" + s.person() + "\n" + s.name() + (freeMail(s) ? "" : " · CVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + " · www." + s.domain());
            default:
                return "\n\nVenlige hilsner\n" + s.person() + ", " + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 6_900_000 : 480_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " - Odense Kommune", s.name() + ": faktura " + no,
            "Ny faktura (" + no + ")", "Faktura " + no + " / EAN " + EAN, "Regning for " + s.what(), "Fakturanr. " + no,
            "Faktura " + no + " - forfald " + dots(m, 30), "Vedr. faktura " + no, "Faktura fra " + s.name(),
            "Jeres faktura " + no};
        String text = switch (Math.floorMod(v, 10)) {
            case 0 -> "Vedhæftet finder I faktura " + no + " vedrørende " + s.what() + ".";
            case 1 -> "Hermed vores faktura på i alt " + a.gross() + " kr. inkl. moms. Betalingsfristen er " + longDate(m, 30) + ".";
            case 2 -> "Opgaven er afleveret og godkendt af jeres byggeleder. Fakturaen er også sendt elektronisk til EAN "
                + EAN + ", så I kan nøjes med at bogføre én af dem.";
            case 3 -> "Tak for samarbejdet. Fakturaen ligger som PDF - kontakt os endelig, hvis noget ser forkert ud.";
            case 4 -> "Her er månedens faktura. Husk venligst at anføre fakturanummeret " + no + " ved betaling.";
            case 5 -> "Fakturanummer: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfald: " + longDate(m, 30) + "\nEAN: "
                + EAN;
            case 6 -> "Beklager, at fakturaen kommer lidt sent - vi har skiftet regnskabsprogram i sommerferien.";
            case 7 -> "Fakturaen er vedhæftet. Hav en god dag.";
            case 8 -> "Som aftalt med jeres kontaktperson sender vi hermed faktura for det udførte arbejde.";
            default -> "Faktura vedlagt.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 2) {
            mime.html("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;"
                + "font-size:11pt;color:#1b1b1b\"><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    /** Period services bill by contract period; merchants by delivery notes or order lines; craftsmen by hours. */
    private static final Set<String> PERIODIC = Set.of("odense-rengoeringsteam.dk", "munkebjerg-storkoekken.dk",
        "bellinge-itdrift.dk", "stige-turistbusser.dk");
    private static final Set<String> TRADE = Set.of("hollufpile-byggemarked.dk", "odense-kontorforsyning.dk",
        "fraugde-frugt.dk", "odense-bytryk.dk");

    private static int layout(Supplier s, int v) {
        if (PERIODIC.contains(s.domain())) {
            return 3;
        }
        if (TRADE.contains(s.domain())) {
            return v % 2 == 0 ? 2 : 0;
        }
        return v % 3 == 0 ? 0 : 1;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    /**
     * An OIOUBL 2.02 invoice as NemHandel carries it (payment means 42 to a Danish reg./account number, or 31 to an IBAN), or
     * (peppol) a Peppol BIS Billing 3.0 UBL invoice (payment means 30, credit transfer, to an IBAN).
     */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String buyerRef,
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
            x.append("  <cbc:BuyerReference>").append(xml(buyerRef)).append("</cbc:BuyerReference>\n");
        } else {
            x.append("  <cac:OrderReference><cbc:ID>").append(xml(buyerRef)).append("</cbc:ID><cbc:IssueDate>").append(issue)
                .append("</cbc:IssueDate></cac:OrderReference>\n");
        }
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
            .append("      <cac:Contact><cbc:ElectronicMail>").append(xml(addr(s))).append("</cbc:ElectronicMail></cac:Contact>\n")
            .append("    </cac:Party>\n  </cac:AccountingSupplierParty>\n")
            .append("  <cac:AccountingCustomerParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0088\">" : "      <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">")
            .append(EAN).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>Odense Kommune</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>Flakhaven 2</cbc:StreetName><cbc:CityName>Odense C</cbc:CityName>")
            .append("<cbc:PostalZone>5000</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country>")
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
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(plain(account)).append("</cbc:ID></cac:PayeeFinancialAccount>\n");
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
            .append("  <cac:PaymentTerms><cbc:Note>Netto ").append(peppol ? "30" : "14").append(" dage</cbc:Note></cac:PaymentTerms>\n")
            .append("  <cac:TaxTotal>\n    <cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount>\n")
            .append("    <cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"DKK\">").append(net).append("</cbc:TaxableAmount>")
            .append("<cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount>")
            .append("<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>")
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
            .append("    <cac:Item><cbc:Name>").append(xml(s.what().length() > 60 ? s.what().substring(0, 60) : s.what()))
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
        String cykelNo = invoice(first, cykel, cykel.account(), 6, List.of("Rekvireret af skolens pedel"), "");
        genuine(first, cykel.ip());
        past.put(cykel.domain(), new Past(cykelNo, last, messageId(first, cykel.domain()), lastSubject));
        first.description = "history: unlisted bicycle workshop (SPF only, no DMARC) invoices school bikes and helmets, aligned "
            + "SPF pass";
        List<Supplier> again = List.of(byg, it, anlaeg, mad, vvs, frugt, tryk, el, kloak, vognmand, rengoer, maler, kontor,
            bus, toemrer, frugt);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Indkøbsordre OK-PO-" + (220_400 + k * 211));
                case 1 -> List.of("Bestilt af: " + to().replace("@odense.dk", "") + ", Odense Kommune");
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Letbanens byrum, etape 2" : "Vedligeholdelse af skoler 2034"));
                case 3 -> List.of("Rammeaftale " + (4_100 + k * 17) + ", delaftale " + (k % 4 + 1));
                default -> List.of();
            };
            String note = k % 6 == 2 ? "\n\nSpecifikation af timer er vedlagt som regneark." : k % 7 == 3
                ? "\n\nDer er vedlagt fotodokumentation fra afleveringen." : k % 5 == 4
                ? "\n\nKvitterede følgesedler følger som separat PDF." : "";
            invoice(m, s, s.account(), k * 3 + 5, ref, note);
            if (k % 6 == 2) {
                m.mime.attach("text/csv", "timer_" + (k + 31) + ".csv", ("medarbejder;dato;timer;bemaerkning\r\nMH;" + isoDay(m, -9)
                    + ";7,5;\r\nMH;" + isoDay(m, -8) + ";7,5;\r\nJS;" + isoDay(m, -5) + ";4,0;oprydning\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            } else if (k % 7 == 3) {
                m.mime.attach("image/jpeg", "IMG_" + (4_410 + k) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            } else if (k % 5 == 4) {
                m.mime.attach("application/pdf", "foelgesedler_" + (k + 12) + ".pdf", Attachments.pdf(docId(m, "fs"),
                    "Følgesedler", List.of(s.what(), "Modtaget: " + (k % 2 == 0 ? "Materielgården, Odense" : "Borgernes Hus"),
                        "Kvitteret af modtager", "Antal kolli: " + (2 + k % 4))));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(rengoer, mad, it)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 1, List.of("Periode: august 2034"), "\n\nFakturaen dækker august.");
            genuine(m, s.ip());
            m.description = s.domain() + " periodic invoice for August, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        institutions();
        intermunicipal();
        lightRail();
        hospital();
        assistiveAids();
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
        Object[][] c = {{byg, "Kreditnota til faktura ", "Seks pakker gipsplader og en palle fliseklæb blev returneret uåbnede fra "
            + "Odense Kommunes Ejendomme."},
            {frugt, "Kreditering - faktura ", "Kassen med blommer til Plejecentret Bolbrohus var overmoden ved levering og er "
                + "kasseret efter aftale med køkkenlederen."},
            {kontor, "Kreditnota vedr. faktura ", "To hæve-sænkeborde blev leveret med forkert bordplade og er hentet igen."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KRE-" + (2_300 + rnd.nextInt(700));
            Amount a = amount(180_000).credit();
            headers(m, s.person(), addr(s), "kreditor@odense.dk", x[1] + p.no())
                .text(GREETING[i + 4] + "\n\n" + x[2] + " I modtager derfor kreditnota " + no + " på " + a.gross() + " kr., som "
                    + "I kan trække fra i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(anlaeg, byg)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@odense.dk", "Saldoudskrift pr. " + dots(m, -1))
                .text("Hej\n\nTil jeres afstemning sender vi en saldoudskrift. Faktura " + p.no() + " er betalt, og der er intet "
                    + "udestående." + signature(s))
                .attach("application/pdf", "saldo_odense_kommune.pdf", Attachments.pdf(docId(m, "saldo"), "Saldoudskrift",
                    List.of("Debitor: Odense Kommune, EAN " + EAN, "Faktura " + p.no() + "   " + p.amount().gross() + "   udlignet",
                        "Udestående: 0,00 DKK")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@odense.dk", "Tak for indbetalingen")
            .text("Hej\n\nVi har modtaget betalingen for faktura " + past.get(vognmand.domain()).no() + " (faldsand til "
                + "legepladserne). Tak for det.\n\nDorte\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "naesby-vognmand.dk thanks for payment (its SPF names only the weighbridge system: softfail, p=none)";
    }

    private void reminders() {
        Object[][] r = {{tryk, "Påmindelse", "Vi mangler stadig betaling for nedenstående faktura. Har I betalt inden for de "
            + "sidste par dage, kan I se bort fra denne påmindelse."},
            {maler, "Ubetalt faktura", "Hej. Pengene for malerarbejdet på Hjallese Skole er ikke kommet endnu - kan I tjekke, om "
                + "fakturaen er kommet frem? Mvh Kim"},
            {kloak, "1. rykker", "Fakturaen er nu 12 dage over forfald. Vi har ikke beregnet gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@odense.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[(i + 7) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + ", " + p.amount().gross()
                    + " kr., betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Paamindelse_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Påmindelse",
                    p.no(), p.amount(), s.account(), i + 1, List.of("Påmindelse om faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "AA-" + (61_200 + rnd.nextInt(900));
        String klient = bank("0815", "4478123906");
        headers(m, "Albanigade Advokater, inkasso", "inkasso@albanigade-advokater.dk", "kreditor@odense.dk",
            "Inkassomeddelelse, sag " + sag + " - Allesø Haveservice")
            .text("Odense Kommune\nKreditorafdelingen\n\nVi repræsenterer Allesø Haveservice v/ Rikke Juhl, som har overgivet "
                + "faktura nr. 2207 af 18. juni 2034 på 8.437,50 kr. for hækklipning i skolehaverne til inkasso. Vores klient har "
                + "sendt to påmindelser.\n\nEr fakturaen betalt, eller bestrider I kravet, bedes I kontakte os med sagsnummeret. "
                + "Ellers bedes beløbet med tillæg af inkassogebyr 100,00 kr. indbetalt på vores klientkonto " + klient
                + " inden 10 dage.\n\nMed venlig hilsen\nAlbanigade Advokater")
            .attach("application/pdf", "Inkassomeddelelse_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse "
                + sag, List.of("Fordringshaver: Allesø Haveservice v/ Rikke Juhl", "Faktura 2207 af 18.06.2034: 8.437,50",
                    "Inkassogebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.35.3.10");
        m.description = "a real law firm's collection letter for an unlisted garden firm's unpaid invoice, DMARC pass";
    }

    /** City institutions that bill the municipality: the university, the zoo, the symphony orchestra, the harbour, water. */
    private void institutions() {
        M m = ok("institution-invoice", true);
        String no = "SDU-" + (3_400_000 + rnd.nextInt(90_000));
        headers(m, "SDU Efter- og Videreuddannelse", "evu-faktura@sdu.dk", "skole@odense.dk", "Faktura " + no
            + " - diplommodul i læsevejledning")
            .text("Kære Odense Kommune, Børn- og Ungeforvaltningen\n\nHermed faktura for deltagerbetaling for 12 lærere på "
                + "diplommodulet 'Læsevejledning i udskolingen', efteråret 2034. Fakturaen er også sendt til EAN " + EAN
                + ".\n\nVenlig hilsen\nSDU Efter- og Videreuddannelse")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "sdu"), "Faktura " + no,
                List.of("Syddansk Universitet, Campusvej 55, 5230 Odense M", "Odense Kommune, Børn og Unge, EAN " + EAN,
                    "Diplommodul, 12 deltagere à 10.950,00", "131.400,00 (momsfri undervisning)", "Betaling via EAN")));
        genuine(m, "127.35.3.4");
        m.description = "the university bills course fees for 12 teachers, paid through the EAN, DMARC pass";
        m = ok("institution-invoice", true);
        no = "ZOO-" + (8_100 + rnd.nextInt(800));
        String zooKonto = bank("0815", "4480051272");
        headers(m, "Odense ZOO, Zooskolen", "zooskolen@odensezoo.dk", "skole@odense.dk", "Faktura " + no + " - Zooskolen august")
            .text("Hej\n\nI august har 14 klasser fra Odense Kommunes skoler haft undervisning i Zooskolen. Fakturaen er "
                + "vedhæftet og kan betales til vores sædvanlige konto " + zooKonto + " eller via EAN.\n\nVenlig hilsen\n"
                + "Zooskolen, Odense ZOO")
            .attach("application/pdf", "Zooskolen_" + no + ".pdf", Attachments.pdf(docId(m, "zoo"), "Faktura " + no,
                List.of("Odense ZOO, Sdr. Boulevard 306, 5000 Odense C", "Zooskolen: 14 klasser à 1.150,00",
                    "16.100,00 + moms 4.025,00 = 20.125,00", "Konto " + zooKonto)));
        genuine(m, "127.35.3.5");
        m.description = "the zoo's school service invoice for 14 classes, usual account (p=none, aligned pass)";
        m = ok("institution-invoice", true);
        no = "OSO-" + (560 + rnd.nextInt(300));
        headers(m, "Odense Symfoniorkester, Administration", "administration@odensesymfoni.dk", "kultur@odense.dk", "Faktura "
            + no + " - skolekoncerter i Odense Koncerthus")
            .text("Til Odense Kommune, By- og Kulturforvaltningen\n\nSom aftalt i samarbejdsaftalen fakturerer vi hermed de fire "
                + "skolekoncerter i Carl Nielsen Salen i uge 36 (i alt 4.200 elever). Fakturaen sendes også via NemHandel.\n\n"
                + "Med venlig hilsen\nOdense Symfoniorkester")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "oso"), "Faktura " + no,
                List.of("Odense Symfoniorkester, Odense Koncerthus", "Skolekoncerter uge 36, 4 koncerter",
                    "DKK 96.000,00 (momsfri)", "Betaling via EAN " + EAN)));
        genuine(m, "127.35.3.6");
        m.description = "the symphony orchestra bills four school concerts under the cooperation agreement, Ed25519, DMARC pass";
        m = ok("institution-invoice", true);
        no = "OH-" + (24_100 + rnd.nextInt(900));
        String havnKonto = iban("DK", "30000015566403");
        headers(m, "Odense Havn, Økonomi", "oekonomi@odensehavn.dk", "kultur@odense.dk", "Faktura " + no
            + " - leje af kajareal til Havnebadet")
            .text("Til Odense Kommune\n\nFaktura for leje af kajarealet ved Havnebadet på Byens Ø for 3. kvartal 2034 er "
                + "vedhæftet. Betaling til " + havnKonto + " som hidtil.\n\nVenlig hilsen\nOdense Havn")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "oh"), "Faktura " + no,
                List.of("Odense Havn, Byens Ø", "Leje af kajareal, Havnebadet, 3. kvt. 2034", "32.500,00 + moms 8.125,00 = 40.625,00",
                    "Konto " + havnKonto)));
        genuine(m, "127.35.3.7");
        m.description = "the harbour bills quay rent for the harbour bath, usual account, DMARC pass";
        m = ok("utility-invoice", true);
        no = "VCS-" + (71_000_000 + rnd.nextInt(900_000));
        headers(m, "VandCenter Syd, Kundeservice", "kundeservice@vandcentersyd.dk", "ejendomme@odense.dk", "Din regning fra "
            + "VandCenter Syd - " + no)
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#003a5d\"><p>Kære Odense Kommune, "
                + "Ejendomme</p><p>Der er dannet en ny regning for vand og afledning på 38 kommunale ejendomme for 2. kvartal "
                + "2034.</p><p><b>Regningsnr.:</b> " + no + "<br><b>Beløb:</b> 412.880,75 kr.<br><b>Betalingsdato:</b> "
                + dots(m, 21) + "</p><p>Regningen er sendt til jeres EAN-nummer og betales som sædvanlig den vej. Du kan se "
                + "specifikationen i PDF'en.</p><p>Venlig hilsen<br>VandCenter Syd</p></body></html>")
            .attach("application/pdf", "Regning_" + no + ".pdf", Attachments.pdf(docId(m, "vcs"), "Regning " + no,
                List.of("VandCenter Syd A/S", "Odense Kommune, Ejendomme, EAN " + EAN, "38 målere, 2. kvt. 2034",
                    "Vand 151.204,00  Afledning 179.100,60  Moms 82.576,15", "I alt 412.880,75 - betales via EAN")));
        genuine(m, "127.35.3.8");
        m.description = "the water utility's quarterly bill for 38 municipal buildings, paid via EAN, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "NFK-" + (90_310 + rnd.nextInt(600));
        String konto = bank("6460", "1163309125");
        headers(m, "Nordfyns Kommune, Mellemkommunal afregning", "afregning@nordfynskommune.dk", "kreditor@odense.dk", "Faktura "
            + no + " - mellemkommunal refusion 2. kvartal 2034")
            .text("Til Odense Kommune\n\nHermed mellemkommunal afregning for to elever fra Odense Kommune, der går i specialklasse "
                + "på en af Nordfyns Kommunes skoler, 2. kvartal 2034. Beløbet følger takstbladet, som I har fået i januar. "
                + "Fakturaen er også sendt til EAN " + EAN + ".\n\nBetaling til " + konto + ".\n\nMed venlig hilsen\n"
                + "Nordfyns Kommune, Økonomi")
            .attach("application/pdf", "Afregning_" + no + ".pdf", Attachments.pdf(docId(m, "nfk"), "Mellemkommunal afregning " + no,
                List.of("Nordfyns Kommune, Rådhuspladsen 2, 5400 Bogense", "Odense Kommune, EAN " + EAN,
                    "Specialklassetilbud, 2 elever, 2. kvt. 2034", "DKK 188.400,00 (momsfri)", "Betaling: " + konto)));
        genuine(m, "127.35.3.9");
        m.description = "a neighbouring municipality's intermunicipal settlement for two pupils, its own account, DMARC pass";
    }

    /**
     * Genuine counterpart to the tram fraud: the light rail company's invoice for the replacement buses during the August
     * closure that the road department ordered (history), its plan for the next closure (costs invoiced afterwards) and its
     * invoice for the September closure.
     */
    private void lightRail() {
        sporAftale = "SP-2034-" + (11 + rnd.nextInt(20));
        String konto = iban("DK", "30004412930067");
        M m = ok("light-rail-service-invoice", true);
        m.wave = 1;
        String no = "OL-" + (4_100 + rnd.nextInt(500));
        String subject = "Faktura " + no + " - togbusser ved sporspærring, aftale " + sporAftale;
        headers(m, "Odense Letbane, Økonomi", "oekonomi@odenseletbane.dk", "vej@odense.dk", subject)
            .text("Til Odense Kommune, Vej og Trafik\n\nI forbindelse med kommunens ledningsarbejde ved Albanitorv var letbanen "
                + "spærret mellem Odense Banegård og Hjallese i weekenden 9.-10. august. Efter aftale " + sporAftale
                + " fakturerer vi hermed togbusserne og skiltningen.\n\nBetaling til " + konto + " senest 30 dage fra "
                + "fakturadato.\n\nMed venlig hilsen\nOdense Letbane, Økonomi")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "ol1"), "Faktura " + no,
                List.of("Odense Letbane P/S, Odense", "Kunde: Odense Kommune, Vej og Trafik, EAN " + EAN,
                    "Aftale " + sporAftale + ": togbusser 9.-10.08.2034, 2 x 18 timer", "Togbusser 86.400,00  Skiltning 7.800,00",
                    "I alt ekskl. moms 94.200,00, moms 23.550,00, i alt 117.750,00", "Konto: " + konto)));
        genuine(m, "127.35.3.1");
        past.put("odenseletbane.dk", new Past(no, new Amount(9_420_000, "94.200,00", "23.550,00", "117.750,00"),
            messageId(m, "odenseletbane.dk"), subject));
        m.description = "history: the light rail company bills the agreed replacement buses for the road department's August "
            + "closure, DMARC pass";
        m = ok("supplier-letter", false);
        headers(m, "Odense Letbane, Trafikplanlægning", "trafikplan@odenseletbane.dk", "vej@odense.dk",
            "Sporspærring uge 38 - plan for togbusser")
            .text("Hej Vej og Trafik\n\nHer er planen for spærringen i uge 38, hvor kommunen udskifter kørebanen i krydset ved "
                + "Østre Stationsvej. Togbusserne kører fra stoppestederne ved Odense Banegård og Vestre Stationsvej.\n\nSom "
                + "ved spærringen i august faktureres togbusserne bagefter efter rammeaftalen - der skal ikke betales noget på "
                + "forhånd, og vi bruger samme konto som altid.\n\nVenlig hilsen\nTrafikplanlægning, Odense Letbane")
            .attach("application/pdf", "Plan_uge38.pdf", Attachments.pdf(docId(m, "olp"), "Sporspærring uge 38",
                List.of("Strækning: Odense Banegård - Hjallese", "Togbusser: 2 linjer, 10-minutters drift",
                    "Afregning: efterfølgende faktura iht. rammeaftale")));
        genuine(m, "127.35.3.1");
        m.description = "the light rail's plan for the next closure: replacement buses invoiced afterwards, same account";
        m = ok("light-rail-service-invoice", true);
        no = "OL-" + (4_700 + rnd.nextInt(500));
        headers(m, "Odense Letbane, Økonomi", "oekonomi@odenseletbane.dk", "vej@odense.dk", "Faktura " + no
            + " - togbusser og vagter, sporspærring 30.-31. august")
            .text("Til Odense Kommune, Vej og Trafik\n\nHermed faktura for togbusser og trafikvagter ved spærringen 30.-31. "
                + "august (kommunens kloakarbejde ved Kongensgade). Timeantallet er afstemt med jeres projektleder.\n\n"
                + "Betaling til vores sædvanlige konto " + konto + ".\n\nMed venlig hilsen\nOdense Letbane, Økonomi")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "ol2"), "Faktura " + no,
                List.of("Odense Letbane P/S", "Kunde: Odense Kommune, Vej og Trafik, EAN " + EAN,
                    "Togbusser 30.-31.08.2034, 2 x 16 timer: 76.800,00", "Trafikvagter 24 timer: 12.480,00",
                    "I alt 89.280,00 + moms 22.320,00 = 111.600,00", "Konto: " + konto)));
        genuine(m, "127.35.3.1");
        m.description = "the light rail company's invoice for the agreed late-August closure, same account, DMARC pass";
    }

    /**
     * Genuine counterpart to the bed-day fraud: the university hospital's monthly settlement of bed days for patients ready
     * for discharge (July in the history, August now), both to the region's usual account and through the EAN.
     */
    private void hospital() {
        String konto = iban("DK", "30000005223941");
        M m = ok("hospital-settlement-invoice", true);
        m.wave = 1;
        ouhNo = "OUH-FB-2034-07-" + (100 + rnd.nextInt(800));
        String subject = "Opkrævning " + ouhNo + ": færdigbehandlede patienter, juli 2034";
        headers(m, "OUH Patientadministration, Afregning", "afregning@ouh.dk", "sundhed@odense.dk", subject)
            .text("Til Odense Kommune, Sundhed og Omsorg\n\nVedhæftet er opgørelsen over sengedage for patienter fra Odense "
                + "Kommune, der var færdigbehandlede på OUH i juli, men ventede på et kommunalt tilbud. Sengedagene er takseret "
                + "efter den gældende takst. Opgørelsen på personniveau ligger i den sikre fildeling, som I plejer.\n\n"
                + "Beløbet opkræves via EAN " + EAN + "; betaling til regionens konto " + konto + ".\n\nMed venlig hilsen\n"
                + "Afregningen, OUH Patientadministration")
            .attach("application/pdf", "Opkraevning_" + ouhNo + ".pdf", Attachments.pdf(docId(m, "ouh1"), "Opkrævning " + ouhNo,
                List.of("Odense Universitetshospital, Patientadministration", "Odense Kommune, EAN " + EAN,
                    "Færdigbehandlede patienter, juli 2034: 37 sengedage", "Beløb DKK 162.430,00 (momsfri)", "Konto: " + konto)));
        genuine(m, "127.35.3.2");
        past.put("ouh.dk", new Past(ouhNo, new Amount(16_243_000, "162.430,00", "0,00", "162.430,00"), messageId(m, "ouh.dk"),
            subject));
        m.description = "history: the hospital's monthly bed-day settlement for patients ready for discharge, via EAN, DMARC pass";
        m = ok("hospital-settlement-invoice", true);
        String no = "OUH-FB-2034-08-" + (100 + rnd.nextInt(800));
        headers(m, "OUH Patientadministration, Afregning", "afregning@ouh.dk", "sundhed@odense.dk", "Opkrævning " + no
            + ": færdigbehandlede patienter, august 2034")
            .text("Til Odense Kommune, Sundhed og Omsorg\n\nHermed opgørelsen for august: 22 sengedage, et fald i forhold til "
                + "juli. Specifikationen ligger i den sikre fildeling. Opkrævningen kommer som altid via EAN, og "
                + "bankoplysningerne er uændrede.\n\nMed venlig hilsen\nAfregningen, OUH Patientadministration")
            .attach("application/pdf", "Opkraevning_" + no + ".pdf", Attachments.pdf(docId(m, "ouh2"), "Opkrævning " + no,
                List.of("Odense Universitetshospital, Patientadministration", "Odense Kommune, EAN " + EAN,
                    "Færdigbehandlede patienter, august 2034: 22 sengedage", "Beløb DKK 96.580,00 (momsfri)", "Konto: " + konto)));
        genuine(m, "127.35.3.2");
        m.description = "the hospital's August bed-day settlement, same account, via EAN, DMARC pass";
    }

    /**
     * Genuine counterpart to the assistive-aid fraud: the framework supplier's invoice for beds and wheelchairs delivered
     * on the aids depot's orders (history), its delivery confirmation and its next invoice, each line with a depot order.
     */
    private void assistiveAids() {
        Supplier hj = new Supplier("Hjælpemiddelpartner A/S", "hjaelpemiddelpartner.dk", "Ordrekontor Fyn", "fyn",
            "127.35.3.3", iban("DK", "20000796112483"), "plejesenge og kørestole leveret efter hjælpemiddeldepotets ordrer");
        depotOrder = "HMD-" + (55_000 + rnd.nextInt(4_000));
        M m = ok("assistive-aid-invoice", true);
        m.wave = 1;
        String no = "HMP-" + (880_000 + rnd.nextInt(50_000));
        String subject = "Faktura " + no + " - leverancer til Odense Kommune, Hjælpemiddeldepotet";
        headers(m, "Hjælpemiddelpartner A/S, Debitor", "debitor@hjaelpemiddelpartner.dk", "hjaelpemidler@odense.dk", subject)
            .text("Til Hjælpemiddeldepotet, Odense Kommune\n\nFaktura for leverancer i juli efter rammeaftalen er vedhæftet. Hver "
                + "linje har depotets ordrenummer; sengene er leveret og monteret hos borgerne og kvitteret af jeres "
                + "terapeuter.\n\nBetaling til " + hj.account() + " eller via EAN.\n\nVenlig hilsen\nHjælpemiddelpartner A/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "hmp1"), "Faktura " + no,
                List.of("Hjælpemiddelpartner A/S, rammeaftale 2033-2036", "Odense Kommune, Hjælpemiddeldepotet, EAN " + EAN,
                    "Ordre " + depotOrder + ": 3 plejesenge m. madras, monteret", "Ordre HMD-" + (59_100 + rnd.nextInt(500))
                        + ": 2 manuelle kørestole", "I alt 71.900,00 + moms 17.975,00 = 89.875,00", "Konto: " + hj.account())));
        genuine(m, hj.ip());
        past.put(hj.domain(), new Past(no, new Amount(7_190_000, "71.900,00", "17.975,00", "89.875,00"),
            messageId(m, hj.domain()), subject));
        m.description = "history: the assistive-aid framework supplier invoices deliveries on the depot's own order numbers";
        m = ok("order-confirmation", false);
        headers(m, "Hjælpemiddelpartner A/S, Ordrekontor Fyn", "fyn@hjaelpemiddelpartner.dk", "hjaelpemidler@odense.dk",
            "Ordrebekræftelse HMD-" + (60_200 + rnd.nextInt(300)) + ": 2 loftlifte")
            .text("Hej depot\n\nVi bekræfter jeres ordre på to loftlifte med montage. Montøren ringer til borgerne og aftaler tid; "
                + "I får kvitteringen fra montøren, og leverancen kommer med på næste månedsfaktura.\n\nVenlig hilsen\n"
                + "Ordrekontor Fyn, Hjælpemiddelpartner A/S");
        genuine(m, hj.ip());
        m.description = "the framework supplier confirms a depot order; billed on the next monthly invoice";
        m = ok("assistive-aid-invoice", true);
        no = "HMP-" + (940_000 + rnd.nextInt(50_000));
        headers(m, "Hjælpemiddelpartner A/S, Debitor", "debitor@hjaelpemiddelpartner.dk", "hjaelpemidler@odense.dk", "Faktura "
            + no + " - leverancer august")
            .text("Til Hjælpemiddeldepotet\n\nHer er augustfakturaen. Alle linjer har depotets ordrenummer og montørens "
                + "kvittering. Betaling som altid til " + hj.account() + ".\n\nVenlig hilsen\nHjælpemiddelpartner A/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "hmp2"), "Faktura " + no,
                List.of("Hjælpemiddelpartner A/S", "Odense Kommune, Hjælpemiddeldepotet, EAN " + EAN,
                    "Ordre HMD-" + (59_700 + rnd.nextInt(300)) + ": 1 el-kørestol med styrepind",
                    "Ordre HMD-" + (60_050 + rnd.nextInt(100)) + ": 4 badetaburetter, 2 toiletforhøjere",
                    "I alt 38.640,00 + moms 9.660,00 = 48.300,00", "Konto: " + hj.account())));
        genuine(m, hj.ip());
        m.description = "the assistive-aid supplier's August invoice, depot order numbers, same account (Ed25519, DMARC pass)";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Styrelsen for Undervisning og Kvalitet", "tilskud@stukuvm.dk", "skole@odense.dk",
            "Udbetaling af tilskud til læsevejledere 2034")
            .text("Til Odense Kommune\n\nTilskuddet til uddannelse af læsevejledere for 2034 er beregnet og udbetales til "
                + "kommunens NemKonto inden udgangen af september. Afgørelsen er sendt til jeres Digital Post.\n\n"
                + "Med venlig hilsen\nStyrelsen for Undervisning og Kvalitet");
        genuine(m, "127.35.3.20");
        m.description = "education agency pays a grant to our NemKonto, pointer to Digital Post, DMARC pass";
        m = ok("authority-notice", false);
        headers(m, "Sundhedsdatastyrelsen", "afregning@sundhedsdatastyrelsen.dk", "sundhed@odense.dk",
            "Kommunal medfinansiering: månedsopgørelse klar")
            .text("Kære Odense Kommune\n\nMånedsopgørelsen over kommunal medfinansiering for juli er klar i Sundhedsdatastyrelsens "
                + "portal. Regionerne opkræver som sædvanlig selv. Der er intet at betale til os.\n\nSundhedsdatastyrelsen");
        genuine(m, "127.35.3.21");
        m.description = "health data authority: co-financing statement ready in its portal, nothing to pay, DMARC pass";
        m = ok("authority-notice", false);
        headers(m, "Kulturministeriets tilskudsadministration", "tilskud@kulturministeriet-tilskud.dk", "kultur@odense.dk",
            "Tilsagn om tilskud: Kulturnatten 2034")
            .text("Til Odense Kommune, By- og Kulturforvaltningen\n\nDer er givet tilsagn om 250.000 kr. til Kulturnatten 2034. "
                + "Tilskuddet udbetales til kommunens NemKonto efter modtagelse af regnskab. Tilsagnsbrevet er i Digital Post.\n\n"
                + "Med venlig hilsen\nTilskudsadministrationen");
        genuine(m, "127.35.3.22");
        m.description = "culture grant commitment paid later to our NemKonto, nothing to pay";
    }

    private void priceIndexNotice() {
        M m = ok("price-index-notice", false);
        headers(m, mad.person(), addr(mad), "aeldre@odense.dk", "Prisregulering af madservice pr. 1. oktober")
            .text("Til Odense Kommune, Ældre og Handicap\n\nEfter kontraktens bilag 4 reguleres prisen pr. portion en gang om "
                + "året efter nettoprisindekset. Fra 1. oktober stiger prisen med 2,3 %. Reguleringen kommer med på de "
                + "almindelige månedsfakturaer; I skal ikke gøre noget.\n\nBeregningen er vedhæftet.\n\nMunkebjerg Storkøkken A/S")
            .attach("application/pdf", "Prisregulering_2034.pdf", Attachments.pdf(docId(m, "idx"), "Prisregulering 1. oktober 2034",
                List.of("Kontrakt om madservice, bilag 4", "Nettoprisindeks: +2,3 %", "Gælder fra 01.10.2034")));
        genuine(m, mad.ip());
        m.description = "listed meal service announces the contractual index adjustment on its next ordinary invoices";
    }

    private void platforms() {
        M m = ok("platform-invoice", true);
        Amount a = amount(520_000);
        m.mailFrom = "bounces+" + sha256("plat35:" + m.id).substring(0, 12) + "@e-komplet.dk";
        String no = String.valueOf(1_040 + rnd.nextInt(400));
        headers(m, skadedyr.name() + " via E-Komplet", "faktura@e-komplet.dk", "park@odense.dk", "Faktura " + no + " fra "
            + skadedyr.name())
            .header("Reply-To", Mime.address(skadedyr.person(), addr(skadedyr)))
            .text("Hej Odense Kommune\n\nDu har modtaget faktura " + no + " fra " + skadedyr.name() + ".\n\nBeløb: " + a.gross()
                + " kr.\nBetalingsfrist: " + dots(m, 14) + "\nSag: " + skadedyr.what() + "\n\nFakturaen er vedhæftet som PDF. "
                + "Har du spørgsmål, så svar på denne mail - svaret går direkte til " + skadedyr.name() + ".\n\n"
                + "Sendt fra E-Komplet");
        m.mime.attach("application/pdf", "Faktura-" + no + ".pdf", pdfInvoice(m, skadedyr, "Faktura", no, a, skadedyr.account(), 1,
            List.of()));
        genuine(m, "127.35.4.1");
        m.description = "unlisted pest control's invoice through platform e-komplet.dk, usual account, Reply-To the supplier";
        m = ok("platform-invoice", true);
        a = amount(1_800_000);
        m.mailFrom = "bounces+" + sha256("plat35:" + m.id).substring(0, 12) + "@e-komplet.dk";
        no = invoiceNo(kloak);
        headers(m, kloak.name() + " via E-Komplet", "faktura@e-komplet.dk", "vej@odense.dk", "Faktura " + no + " fra "
            + kloak.name() + " - sag 3411")
            .header("Reply-To", Mime.address(kloak.person(), addr(kloak)))
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222\"><div style=\"max-width:"
                + "560px;margin:auto;border-top:5px solid #f28c00;padding:20px\"><p>" + kloak.name() + " har sendt jer en faktura"
                + "</p><p style=\"font-size:22px\"><b>" + a.gross() + " kr.</b></p><p>Faktura " + no + " &middot; sag 3411 &middot; "
                + "forfalder " + dots(m, 20) + "</p><p>Akut spuling af vejbrønde, Korupvej, efter skybrud</p><p>Fakturaen, "
                + "timesedler og TV-rapport er vedhæftet.</p><p style=\"font-size:11px;color:#999\">Sendt fra E-Komplet</p></div>"
                + "</body></html>")
            .attach("application/pdf", "Faktura-" + no.replace('/', '-') + ".pdf", pdfInvoice(m, kloak, "Faktura", no, a,
                kloak.account(), 1, List.of("Sag 3411: akut spuling af vejbrønde efter skybrud, bestilt af Vej og Trafik")));
        genuine(m, "127.35.4.1");
        m.description = "listed korup-kloakservice.dk invoice through platform e-komplet.dk, usual account, Reply-To the supplier";
        m = ok("platform-invoice", true);
        a = amount(2_400_000);
        m.mailFrom = "noreply-" + sha256("plat35:" + m.id).substring(0, 10) + "@maventa.com";
        no = invoiceNo(it);
        headers(m, it.name() + " (Maventa)", "invoices@maventa.com", "efaktura@odense.dk", "Faktura " + no + " fra " + it.name())
            .header("Reply-To", Mime.address(it.person(), addr(it)))
            .text("Du har modtaget en faktura via Maventa.\n\nAfsender: " + it.name() + "\nFakturanummer: " + no + "\nBeløb: DKK "
                + a.gross() + "\nForfaldsdato: " + isoDay(m, 14) + "\n\nFakturaen er samtidig leveret som e-faktura til EAN " + EAN
                + ". Betal kun én gang.\n\nDenne mail er sendt automatisk af Maventa på vegne af afsenderen.")
            .attach("application/pdf", "Invoice_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, it, "Faktura", no, a, it.account(), 3,
                List.of("Leveret via Maventa")));
        genuine(m, "127.35.4.3");
        m.description = "listed bellinge-itdrift.dk invoice delivered by platform maventa.com, usual account, Reply-To the supplier";
        m = ok("platform-invoice", true);
        m.mailFrom = "bounce-" + sha256("plat35:" + m.id).substring(0, 12) + "@exact.com";
        no = "GF" + (34_200 + rnd.nextInt(700));
        String nl = iban("NL", "INGB0006731594");
        headers(m, "Groningen Fietsparkeren B.V.", "noreply@exact.com", "vej@odense.dk", "Factuur / Invoice " + no
            + " - Groningen Fietsparkeren B.V.")
            .header("Reply-To", "<debiteuren@groningen-fietsparkeren.nl>")
            .text("Dear customer,\n\nPlease find attached invoice " + no + " for the delivery of 240 two-tier bicycle racks for the "
                + "cycle parking at Odense Banegård, order OK-PO-224871.\n\nAmount: EUR 38,460.00 (reverse charge)\nDue date: "
                + isoDay(m, 30) + "\nBank: " + nl + "\n\nThis invoice was sent with Exact Online.")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "gf"), "Invoice " + no,
                List.of("Groningen Fietsparkeren B.V., Groningen, Nederland", "Odense Kommune, Vej og Trafik, " + RAADHUS,
                    "240 two-tier bicycle racks, order OK-PO-224871", "EUR 38,460.00 - VAT reverse charged", "Bank: " + nl)));
        genuine(m, "127.35.4.2");
        m.description = "platform exact.com: a Dutch cycle-parking maker's invoice for ordered racks at the station, NL IBAN";
        m = ok("platform-invoice", true);
        m.mailFrom = "bounce-" + sha256("plat35:" + m.id).substring(0, 12) + "@mews.com";
        no = "MEWS-" + (7_710_000 + rnd.nextInt(80_000));
        String hotelKonto = bank("5301", "0269183305");
        headers(m, "Odense Kongreshotel", "invoices@mews.com", "oekonomi@odense.dk", "Faktura " + no + " - Odense Kongreshotel")
            .header("Reply-To", "<booking@odense-kongreshotel.dk>")
            .text("Kære gæst\n\nTak for jeres ophold. Vedhæftet er fakturaen for budgetseminaret for Økonomiudvalget, 28.-29. "
                + "august (14 værelser, møde- og forplejningspakke).\n\nBeløb: 61.320,00 DKK\nBetales senest: " + isoDay(m, 14)
                + "\nKonto: " + hotelKonto + "\n\nOdense Kongreshotel\nSendt med Mews")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "mews"), "Faktura " + no,
                List.of("Odense Kongreshotel", "Gæst: Odense Kommune, Økonomiudvalget", "Budgetseminar 28.-29.08.2034",
                    "14 værelser, mødepakke, forplejning: 61.320,00 inkl. moms", "Konto: " + hotelKonto)));
        genuine(m, "127.35.4.4");
        m.description = "platform mews.com: the conference hotel's invoice for the finance committee's budget seminar";
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(vvs, kontor, byg)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_300_000);
            boolean peppol = v == 2;
            String ref = "OK-PO-" + (231_000 + v * 457);
            headers(m, s.name(), addr(s), "efaktura@odense.dk", "Faktura " + no + " som XML" + (peppol ? " (Peppol)" : " (OIOUBL)"))
                .text("Hej e-faktura\n\nVores VANS-udbyder har problemer med forsendelser til offentlige modtagere i denne uge. Vi "
                    + "sender derfor XML-filen direkte, så den kan indlæses manuelt, og vedhæfter en PDF-udskrift. Kontonummeret er "
                    + "uændret. Dukker samme faktura op via NemHandel senere, er det den samme faktura - den skal kun betales én "
                    + "gang.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "PEPPOL-" : "OIOUBL-") + no.replace('/', '-') + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Udskrift_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 1, List.of("Jeres ordre " + ref, peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02")));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF print, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced properly from the supplier's own domain, each followed by the supplier's next
     * invoice to the new account: the carpenter moves to another bank; the meal service's bank merges and assigns new numbers.
     */
    private void bankChanges() {
        String nyT = bank("9570", "0012884630");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@odense.dk", "Ændring af bankforbindelse pr. 1. oktober")
            .text("Til kreditorafdelingen\n\nSeden Tømrer & Snedker flytter sine konti til Fynske Andelskasse. Fakturaer, vi "
                + "udsteder fra og med 1. oktober 2034, bedes betalt til " + nyT + ". Fakturaer med ældre dato kan betales til den "
                + "gamle konto, som holdes åben året ud.\n\nRing gerne til mig på det nummer, I har stående i jeres "
                + "leverandøroplysninger, før I retter noget. Et underskrevet brev er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse_Seden_Toemrer.pdf", Attachments.pdf(docId(m, "bs"),
                "Meddelelse om ny bankforbindelse", List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()),
                    "Gælder fakturaer udstedt fra 01.10.2034", "Ny konto: " + nyT, "Bjarne Holm, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from October (SPF+Ed25519 aligned, no DMARC), "
            + "invites a call-back";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye skabe i personalerummet og reparation af trægulv, Seden Skole");
        invoice(m, moved, nyT, 17, List.of("Ny bankforbindelse fra 01.10.2034, jf. vores brev"), "\n\nBemærk, at vi nu bruger "
            + "kontoen i Fynske Andelskasse, som vi skrev om i september.");
        genuine(m, toemrer.ip());
        m.description = "seden-toemrer.dk invoice to its new account after the announced, authenticated bank change";

        String nyM = iban("DK", "08150004497731");
        m = ok("supplier-new-account", false);
        headers(m, "Munkebjerg Storkøkken, Økonomichef", addr(mad), "kreditor@odense.dk", "Nye kontonumre efter bankfusion")
            .text("Til Odense Kommune, kreditor og Ældre og Handicap\n\nVores bank er fusioneret med Fynske Bank, og i den "
                + "forbindelse har alle vores konti fået nyt registreringsnummer og kontonummer. Fra og med oktober-fakturaen skal "
                + "betaling ske til " + nyM + ". Betalinger til det gamle nummer bliver ført videre til og med december.\n\n"
                + "Meddelelsen er også sendt med underskrift til jeres Digital Post, og I er velkomne til at ringe til "
                + "økonomiafdelingen på nummeret i kontrakten.\n\nMed venlig hilsen\nMunkebjerg Storkøkken A/S");
        genuine(m, mad.ip());
        m.description = "listed meal service (RSA, p=reject, DMARC pass) announces new account numbers after its bank merged, also "
            + "by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier merged = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM,
            "madservice til hjemmeboende ældre og tre plejecentre, september");
        invoice(m, merged, nyM, 20, List.of("Nyt kontonummer efter bankfusion, jf. brev"), "\n\nHusk det nye kontonummer, som "
            + "vi har skrevet om.");
        genuine(m, mad.ip());
        m.description = "munkebjerg-storkoekken.dk invoice to its new account after the announced, authenticated change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(skadedyr, kano, have, fortaeller, tolk, musik, pudser, motion, cykel)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 7 + 3, List.of("Aftalt med " + (v % 2 == 0 ? "institutionens leder" : "kommunens kontaktperson")),
                v % 3 == 2 ? "\n\nDet er første gang, jeg fakturerer kommunen - sig til, hvis I mangler noget på fakturaen." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved premises but kept its bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Hunderup Låseservice", "hunderup-laas.dk", "Martin Krog", "martin", HOSTER_IP,
            bank("2216", "8934470551"), "omkodning af låsesystem og 12 nye nøgler, Hunderupskolen");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 25, List.of("Nøgler kvitteret af skolens servicemedarbejder"), "\n\nNøglekvitteringen "
            + "ligger på skolens kontor.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 31, List.of("Ny adresse fra 1. september: Emil Neckelmanns Vej 9, 5220 Odense SØ"),
            "\n\nVi er flyttet til nye lokaler i Hollufgård. Bank og kontonummer er de samme som før.");
        genuine(m, el.ip());
        m.description = "dalum-el.dk invoice announcing a new address, bank unchanged (Ed25519, DMARC pass)";
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        m.wave = 1;
        String no = "LST-" + (7_200 + rnd.nextInt(600));
        String subject = "Faktura " + no + " - Odense Koncerthus";
        headers(m, svensk.person(), addr(svensk), "kultur@odense.dk", subject)
            .text("Hej,\n\nhär kommer fakturan för scenpodier, trussar och ljusstativ som levererades till Odense Koncerthus i "
                + "juli enligt er beställning. Omvänd skattskyldighet.\n\nBetalning inom 30 dagar till " + svensk.account()
                + ".\n\nVänliga hälsningar\n" + svensk.name())
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name() + ", Lund", "Kund: Odense Kommune, Odense Koncerthus, " + RAADHUS, svensk.what(),
                    "Att betala SEK 142 300,00 (omvänd skattskyldighet)", "Bank: " + svensk.account())));
        genuine(m, svensk.ip());
        past.put(svensk.domain(), new Past(no, new Amount(0, "", "", "SEK 142 300,00"), messageId(m, svensk.domain()), subject));
        m.description = "Swedish stage-equipment firm (history), SE IBAN, reverse charge, p=none aligned pass";
        m = ok("foreign-invoice", true);
        no = "LB-2034-" + (310 + rnd.nextInt(200));
        headers(m, "Lübecker Brückenbau - Buchhaltung", addr(tysk), "vej@odense.dk", "Schlussrechnung " + no
            + " - Fußgängerbrücke Odense Å")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Schlussrechnung für die Instandsetzung der Fußgängerbrücke über "
                + "die Odense Å beim Munke Mose gemäß Auftrag vom 3. April 2034. Die Abnahme mit Ihrem Bauleiter fand am 28. August "
                + "statt. Steuerschuldnerschaft des Leistungsempfängers.\n\nZahlbar innerhalb von 30 Tagen auf " + tysk.account()
                + ".\n\nMit freundlichen Grüßen\nLübecker Brückenbau GmbH")
            .attach("application/pdf", "Schlussrechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Schlussrechnung " + no,
                List.of(tysk.name() + ", Lübeck", "Kunde: Odense Kommune, " + RAADHUS + ", Dänemark", tysk.what(),
                    "Betrag EUR 84.900,00 (Reverse Charge)", "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German bridge builder's final invoice after acceptance (SPF only, aligned pass, no DMARC), DE IBAN";
        Past f = past.get(svensk.domain());
        m = ok("payment-reminder", true);
        headers(m, svensk.person(), addr(svensk), "kultur@odense.dk", "Betalningspåminnelse faktura " + f.no())
            .text("Hej,\n\nenligt vår reskontra är faktura " + f.no() + " på " + f.amount().gross() + " ännu inte betald. Vänligen "
                + "betala till vårt vanliga konto " + svensk.account() + ". Om betalningen redan är gjord kan ni bortse från "
                + "denna påminnelse.\n\nVänliga hälsningar\n" + svensk.name());
        genuine(m, svensk.ip());
        m.description = "Swedish supplier's reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "ESRI-" + (9_300_000 + rnd.nextInt(90_000));
        headers(m, "Esri Billing", "billing@esri.com", "it@odense.dk", "Esri invoice " + no + " - ArcGIS renewal")
            .text("Dear Odense Kommune,\n\nAttached is the invoice for the renewal of your ArcGIS Enterprise and 85 named-user "
                + "licences, 1 October 2034 - 30 September 2035. As agreed with your GIS team, the invoice has also been delivered "
                + "to your EAN and is paid through your e-invoicing.\n\nInvoice: " + no + "\nAmount: DKK 486,000.00 excl. VAT\n\n"
                + "Esri Billing")
            .attach("application/pdf", "Esri_" + no + ".pdf", Attachments.pdf(docId(m, "esri"), "Invoice " + no,
                List.of("Customer: Odense Kommune, IT og Digitalisering, EAN " + EAN, "ArcGIS Enterprise + 85 named users, 12 months",
                    "DKK 486,000.00 excl. VAT", "Payment: e-invoice (EAN)")));
        genuine(m, "127.35.7.5");
        m.description = "GIS SaaS annual renewal in English, to the EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "MW-" + (20_040_000 + rnd.nextInt(90_000));
        headers(m, "Meltwater Billing", "billing@meltwater.com", "kommunikation@odense.dk", "Your Meltwater receipt " + no)
            .text("Hello,\n\nThank you for your payment. Your media monitoring subscription (3 seats) for September has been "
                + "charged to the card on file. The receipt is attached for your records; no action is needed.\n\nMeltwater Billing")
            .attach("application/pdf", "Meltwater_" + no + ".pdf", Attachments.pdf(docId(m, "mw"), "Receipt " + no,
                List.of("Odense Kommune, Kommunikation", "Media monitoring, 3 seats, September 2034", "EUR 1,140.00 excl. VAT",
                    "Paid by card ending 2291")));
        genuine(m, "127.35.7.6");
        m.description = "media monitoring SaaS receipt, already paid by card, Ed25519, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "CV-" + (451_000 + rnd.nextInt(9_000));
        headers(m, "Cvent Accounts Receivable", "ar@cvent.com", "kultur@odense.dk", "Cvent Invoice " + no)
            .text("Dear customer,\n\nPlease find attached the invoice for your Cvent Event Management licence used for the H.C. "
                + "Andersen Festivals registrations, period October 2034 - September 2035. Payment by bank transfer as stated on the "
                + "invoice, or through your EAN.\n\nCvent Accounts Receivable")
            .attach("application/pdf", "Cvent_" + no + ".pdf", Attachments.pdf(docId(m, "cv"), "Invoice " + no,
                List.of("Odense Kommune, By- og Kulturforvaltningen, EAN " + EAN, "Event Management licence, 12 months",
                    "EUR 14,800.00 excl. VAT (reverse charge)", "Remit to: " + iban("IE", "CITI99005112345678"))));
        genuine(m, "127.35.7.7");
        m.description = "event registration SaaS annual invoice, IE IBAN, p=none aligned pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce-" + sha256("es35:" + m.id).substring(0, 12) + "@eversign.com";
        headers(m, "Brandts Revision via eversign", "no-reply@eversign.com", "oekonomi@odense.dk", "Dokument til underskrift: "
            + "Engagement letter 2034, Odense Havnebad")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Brandts Revision har sendt dig "
                + "<b>Revisionsaftale 2034 for Odense Havnebad (kommunal institution)</b> til underskrift.</p><p><a href=\""
                + "https://brandts-revision.eversign.com/document/" + sha256("esl35:" + m.id).substring(0, 26) + "\">Se og underskriv "
                + "dokumentet</a></p><p>Har du spørgsmål, så kontakt afsenderen direkte.</p><p style=\"font-size:10px;color:#888\">"
                + "eversign - sikker elektronisk underskrift</p></body></html>");
        genuine(m, "127.35.3.12");
        m.description = "real e-signature service sends the auditor's engagement letter for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"svindelraadet-nyt.dk", "Svindelrådet Nyt", "nyhedsbrev@", "Falske regninger for togbusser og sengedage",
            "Storbykommuner med letbane og universitetshospital får i år falske regninger for 'togbusser' og 'sporvagter' og "
                + "krav om betaling for sengedage med nye kontonumre. Betal kun efter aftale og til den konto, I kender - og "
                + "ring til det nummer, I har i forvejen."},
            {"brandts-revision.dk", "Brandts Revision", "nyt@", "Hjælpemidler uden ordrenummer er et faresignal",
                "Fakturaer for hjælpemidler, der er 'leveret direkte til borgeren' uden depotets ordrenummer, bør stoppes og "
                    + "kontrolleres hos visitationen. Det gælder især, når kontoen er ny eller privat."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-mc." + sha256("nl35:" + x[0]).substring(0, 14) + "@mailchimp.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@odense.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/unsubscribe?u=" + sha256("u35:" + x[0]).substring(0, 20) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"margin:0;background:#eef1f4\"><table width=\"600\" align=\"center\" style=\""
                    + "background:#ffffff;font-family:Verdana,sans-serif\"><tr><td style=\"padding:24px\"><h2 style=\"color:#8a1538\">"
                    + x[3] + "</h2><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs mere</a></p><p style=\""
                    + "font-size:10px;color:#8a8a8a\">Du får dette nyhedsbrev, fordi du er tilmeldt. Afmeld nederst i mailen."
                    + "</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("mailchimp.com");
            m.ip = "127.35.5.4";
            m.helo = "mail.mailchimp.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    /** The creditor list tags the subject and adds a footer: the poster's DKIM breaks, the list re-signs. */
    static byte[] listRewrite(byte[] raw) {
        String mail = new String(raw, StandardCharsets.UTF_8);
        mail = mail.replaceFirst("(?m)^Subject: ", "Subject: [Storbykreditor] ");
        String tail = "\r\n_______________________________________________\r\nStorbykreditor - netværk for kreditor- og "
            + "indkøbsmedarbejdere i de store kommuner\r\nAdministrer dit abonnement: https://storbykreditor.dk/liste\r\n";
        String body = mail.endsWith("\r\n") ? mail.substring(0, mail.length() - 2) : mail;
        return (body + tail).getBytes(StandardCharsets.UTF_8);
    }

    private void creditorList() {
        String[][] p = {{"kk.dk", "Mette Kjærgaard", "mekj@", "Regning for togbusser fra ukendt firma",
            "Hej alle\n\nVi har fået en faktura for 'togbusser under sporspærring' fra et firma, vi aldrig har brugt, med "
                + "henvisning til en aftale om metroarbejde, som vores vejafdeling ikke kender. Har andre med letbane set noget lignende?\n\nMette"},
            {"kommune-indkoeb-syd.dk", "Lars Bendtsen", "labe@", "SV: Regning for togbusser fra ukendt firma",
                "Ja, samme uge. Vores letbaneselskab bekræftede på telefonen, at de selv fakturerer efter rammeaftalen og "
                    + "aldrig har skiftet konto.\n\nLars"},
            {"kk.dk", "Jens Overgaard", "jeov@", "Sengedage med ny konto?", "Hej\n\nVi fik i går en opkrævning for "
                + "'færdigbehandlede patienter' med et nyt kontonummer og betalingsfrist på fem dage. Regionen kendte intet til "
                + "den. Pas på derude.\n\nJens"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@storbykreditor.dk", x[3])
                .header("List-Id", "Storbykreditor <liste.storbykreditor.dk>")
                .header("List-Post", "<mailto:liste@storbykreditor.dk>")
                .text(x[4]);
            String list = "storbykreditor.dk";
            m.signers.add(x[0]);
            m.listSigner = list;
            m.afterSigning = HeldOutCorpus35::listRewrite;
            m.helo = "lists." + list;
            m.ip = dns.get(list).spfIps().get(0);
            m.description = "post by " + x[0] + " (DMARC p=" + dns.get(x[0]).dmarc() + ") relayed by " + list
                + "; its subject tag and footer break the poster's DKIM, the list signs anew";
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, tryk, tryk.account(), 27, List.of(), "");
        m.mailFrom = "SRS0=k7Qd=QX=odense-bytryk.dk=anne@srs.mailrelay-odense.dk";
        m.signers.add(tryk.domain());
        m.ip = "127.35.6.1";
        m.helo = "srs.mailrelay-odense.dk";
        m.description = "odense-bytryk.dk invoice forwarded with SRS (forwarder's SPF passes, the printer's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, kloak, kloak.account(), 34, List.of(), "");
        m.mailFrom = "SRS0=Zp2c=QX=korup-kloakservice.dk=jan@srs.mailrelay-odense.dk";
        m.ip = "127.35.6.1";
        m.helo = "srs.mailrelay-odense.dk";
        m.description = "korup-kloakservice.dk invoice forwarded with SRS: SPF passes for the forwarder only, no DKIM, no DMARC";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 38, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, frugt, frugt.account(), 41, List.of(), "");
        relayedBy(m, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(bus);
        Amount a = amount(380_000);
        M inner = new M();
        inner.id = m.id + "-inner";
        Mime orig = new Mime(sha256("inner35:" + m.id).substring(0, 16));
        date(m);
        orig.header("Date", m.sent.atZone(ZoneOffset.ofHours(2)).minusDays(4).minusMinutes(17)
            .format(DateTimeFormatter.RFC_1123_DATE_TIME));
        orig.from(bus.person(), addr(bus));
        orig.header("To", "Birgitte Holm <biho@odense.dk>");
        orig.subject("Faktura " + no + " - udflugt til Den Fynske Landsby, 4.c");
        orig.header("Message-ID", messageId(inner, bus.domain()));
        orig.text("Hej Birgitte\n\nHer er fakturaen for bussen til Den Fynske Landsby med 4.c i tirsdags.\n\nKørselskontoret\n"
            + "Stige Turistbusser");
        orig.attach("application/pdf", pdfName(no, 5), pdfInvoice(m, bus, "Faktura", no, a, bus.account(), 3, List.of()));
        headers(m, "Birgitte Holm", "biho@" + OWN, "kreditor@odense.dk", "VS: Faktura " + no + " - udflugt 4.c")
            .text("Hej kreditor\n\nBusselskabet har sendt fakturaen direkte til mig og ikke til EAN. Turen er kørt, og jeg "
                + "godkender den - konteres på Ejerslykkeskolen, ekskursioner. Den oprindelige mail er vedhæftet.\n\n"
                + "Birgitte Holm\nEjerslykkeskolen")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a teacher forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    /** The supplier's mail went to an old address at a local fibre provider, which relays it on without SRS. */
    private void relayedBy(M m, String outcome) {
        m.helo = "relay.odensefiber.dk";
        m.ip = dns.get(m.helo).spfIps().get(0);
        m.description = domainOf(m.from) + " invoice relayed by " + m.helo + " without SRS: " + outcome;
    }

    private void internal() {
        String[][] x = {{"Vej og Trafik, Letbanesekretariatet", "letbane@", "kreditor@odense.dk", "Togbusser: kun Odense Letbane",
            "Hej kreditor\n\nTogbusser, trafikvagter og skiltning ved sporspærringer bestilles kun hos Odense Letbane under "
                + "rammeaftalen (senest " + sporAftale + ") og faktureres bagefter til den konto, vi altid har brugt. Andre firmaer "
                + "har ingen aftale med os om sporsikring eller togbusser - send dem til os.\n\nLetbanesekretariatet"},
            {"Susanne Kirk", "suki@", "kreditor@odense.dk", "Munkebjerg Storkøkken - nyt kontonummer bekræftet", "Hej\n\nJeg har "
                + "ringet til Munkebjerg Storkøkkens økonomiafdeling på nummeret i kontrakten. Bankfusionen og de nye numre er "
                + "rigtige, og brevet ligger også i Digital Post. Kreditoroplysningerne er rettet.\n\nSusanne\nÆldre og Handicap"},
            {"IT-sikkerhed", "it-sikkerhed@", "alle@odense.dk", "Falske mails om MitID Erhverv og Digital Post", "Der går mails "
                + "rundt, som beder jer 'bekræfte' kommunens MitID Erhverv eller åbne et brev fra Digital Post via et link. "
                + "Sådan en mail sender hverken Digitaliseringsstyrelsen eller vi. Klik ikke - videresend til os."},
            {"Jonas Lykke", "jolk@", "kreditor@odense.dk", "Udlæg: kaffe og kage til frivillige på Kulturnatten", "Hej\n\nBonen "
                + "for kaffe og kage til de frivillige ved Borgernes Hus på Kulturnatten er vedhæftet. Kan beløbet komme med i "
                + "næste udbetaling af udlæg?\n\nJonas\nKultur"},
            {"Hjælpemiddeldepotet", "hjaelpemidler@", "kreditor@odense.dk", "Hjælpemidler: kun med depotets ordrenummer",
                "Hej kreditor\n\nVi bestiller alle hjælpemidler gennem depotet, og hver fakturalinje skal have vores "
                    + "ordrenummer (HMD-...). Fakturaer for hjælpemidler 'leveret direkte til borgeren' uden ordrenummer er ikke "
                    + "bestilt af os - send dem til depotet.\n\nHjælpemiddeldepotet"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_kulturnat.jpg", Attachments.image(docId(m, "bon"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Sparekassen Odense, Erhverv", "erhverv@sparekassen-odense.dk", "oekonomi@odense.dk",
            "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 1.146 betalinger. Betalingerne gennemføres på de angivne "
                + "datoer; se status i netbanken under 'Filoverførsler'.\n\nVi sender aldrig links til log-on og beder aldrig om "
                + "godkendelse med MitID på mail.\n\nSparekassen Odense, Erhverv");
        genuine(m, "127.35.5.1");
        m.description = "the real bank's payment-file receipt: no link, refers to the netbank";
        m = ok("bank-notice", false);
        headers(m, "Sparekassen Odense, Erhverv", "erhverv@sparekassen-odense.dk", "oekonomi@odense.dk",
            "Ændrede cut-off-tider i efterårsferien")
            .text("Kære kunde\n\nI uge 42 flyttes cut-off for straksoverførsler i udlandet til kl. 14. Oversigten findes i "
                + "netbanken under 'Beskeder'.\n\nSparekassen Odense");
        genuine(m, "127.35.5.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Andelskassen Syd", "kundeservice@andelskassen-syd.dk", "oekonomi@odense.dk",
            "Ny prisliste for erhvervskunder")
            .text("Prislisten for erhvervskonti ændres pr. 1. november 2034. Du finder den i netbanken. Du skal ikke foretage "
                + "dig noget.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.35.5.2");
        m.description = "bank notice about prices, Ed25519, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Brandts Revision", "revision@brandts-revision.dk", "kreditor@odense.dk", "Anmodning om saldobekræftelse - "
            + anlaeg.name())
            .text("Til Odense Kommune\n\nSom revisor for " + anlaeg.name() + " beder vi om jeres bekræftelse af mellemværendet med "
                + "selskabet pr. 30. juni 2034 (selskabets regnskabsår). Selskabets fuldmagt er vedhæftet.\n\nSvar venligst "
                + "direkte til os, også hvis der intet mellemværende er. Vi beder hverken om betaling eller bankoplysninger.\n\n"
                + "Med venlig hilsen\nBrandts Revision")
            .attach("application/pdf", "Fuldmagt_saldobekraeftelse.pdf", Attachments.pdf(docId(m, "sb"), "Anmodning om "
                + "saldobekræftelse", List.of(anlaeg.name() + ", CVR " + cvr(anlaeg.domain()), "Opgørelsesdato 30.06.2034",
                    "Svar sendes direkte til revisor")));
        genuine(m, "127.35.3.11");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Odense Dykkerklub, Kassereren", "kasserer@odense-dykkerklub.dk", "kultur@odense.dk",
            "Betaling for bassintider")
            .text("Hej\n\nVi har i dag overført 12.600,00 kr. for klubbens bassintider i Odense Svømmehal, 3. kvartal (jeres "
                + "faktura 7711204).\n\nVenlig hilsen\nKassereren, Odense Dykkerklub");
        genuine(m, "127.35.3.16");
        m.description = "remittance advice: a diving club has paid our invoice (p=none, aligned pass)";
        m = ok("remittance-advice", false);
        headers(m, "Nordfyns Kommune, Økonomi", "betalinger@nordfynskommune.dk", "oekonomi@odense.dk",
            "Betalingsspecifikation")
            .text("Til Odense Kommune\n\nSpecifikation af dagens betaling fra Nordfyns Kommune er vedhæftet.\n\n"
                + "Nordfyns Kommune, Økonomi")
            .attach("text/csv", "betaling.csv", ("fakturanr;tekst;beloeb\r\n7711388;Pladser i Odense Kommunes krisecenter, juli;"
                + "42600,00\r\n7711391;Tolkebistand, Borgerservice;1850,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.35.3.9");
        m.description = "a neighbouring municipality pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"hunderup-isenkram.dk", "Hunderup Isenkram", "butik@", "Din kvittering",
            "Skruer, hængelåse og to trillebøre til Parkafdelingen: 3.912,00 kr. Betalt med kommunens indkøbskort."},
            {"vesterbro-boghandel.dk", "Vesterbro Boghandel", "webshop@", "Ordre 20931 er sendt", "30 stk. 'Eventyr og "
                + "historier' til 3. årgang på Rosengårdskolen, 5.370,00 kr. Betalt ved bestilling med kort."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@odense.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Odense Legepladsudstyr", "ordre@odense-legepladsudstyr.dk", "park@odense.dk", "Ordrebekræftelse 35-1187")
            .text("Tak for ordren på et klatrestativ med faldunderlag til legepladsen i Kongens Have. Montering er planlagt i uge "
                + "41. Fakturaen sendes via NemHandel til EAN " + EAN + ".\n\nOdense Legepladsudstyr");
        genuine(m, "127.35.3.13");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, kano.person(), addr(kano), "skole@odense.dk", "Tilbud: kanoture for 6. årgang, foråret 2035")
            .text("Hej\n\nSom lovet: kanoture på Odense Å fra Fruens Bøge til Munke Mose med naturvejleder, 8 hold à 24 elever, "
                + "2.900 kr. pr. hold ekskl. moms. Tilbuddet gælder til 1. december." + signature(kano))
            .attach("application/pdf", "Tilbud_kanoture_2035.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Kanoture på Odense Å, 8 hold", "2.900,00 pr. hold ekskl. moms", "Gyldigt til 01.12.2034")));
        genuine(m, kano.ip());
        m.description = "quote from an unlisted canoe firm (Ed25519 DKIM only), nothing to pay";
        m = ok("quote", false);
        headers(m, have.person(), addr(have), "park@odense.dk", "Overslag: beskæring i Kongens Have")
            .text("Hej\n\nBeskæring af de 14 lindetræer langs stien og bortkørsel af afklip: ca. 4 dages arbejde med lift, "
                + "38.500 kr. + moms. Jeg kan tage det i november, når bladene er faldet." + signature(have));
        genuine(m, have.ip());
        m.description = "quote in the body from an unlisted garden firm (SPF+RSA, no DMARC), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skole@odense.dk", "Omkørsel ved sporspærringen i uge 38")
            .text("Hej\n\nNår letbanen og Østre Stationsvej er spærret i uge 38, kører svømmebussen til Odense Svømmehal ad "
                + "Thomas B. Thriges Gade. Der kan komme 5-10 minutters forsinkelse. Prisen er den samme.\n\nKørselskontoret\n"
                + "Stige Turistbusser");
        genuine(m, bus.ip());
        m.description = "listed bus company's detour letter during the tram closure, price unchanged";
        m = ok("supplier-letter", false);
        headers(m, rengoer.person(), addr(rengoer), "bibliotek@odense.dk", "Rengøring under Kulturnatten")
            .text("Kære biblioteker\n\nPå Kulturnatten har vi ekstra personale i Borgernes Hus fra kl. 22 til 02, som aftalt. "
                + "Timerne kommer med på oktoberfakturaen efter kontraktens timepris.\n\nOdense Rengøringsteam");
        genuine(m, rengoer.ip());
        m.description = "listed cleaning firm's letter: extra hours on the next ordinary invoice, DKIM only, DMARC pass";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "2140100432299817"), iban("DK", "90120009936214"), bank("9860", "0004412387"),
        iban("EE", "4710101022005531"), iban("PL", "371090101400000712198744"), iban("GB", "REVO00997011882203"),
        iban("IE", "AIBK93115212345608"), iban("NL", "BUNQ2046738109"), iban("DE", "101001000912345608"),
        iban("HU", "117730160000000000114455"), iban("RO", "BTRL01301205J12345XX"), iban("BG", "STSA93000012345678"),
        iban("CY", "005003190000000123456789"), bank("8990", "0001662049"), iban("MT", "MMEB44093000000000123456789"),
        iban("SE", "91200000000012345678"), iban("LT", "3250012345678901"), iban("DK", "54700006613208"),
        iban("NO", "97100587214"), iban("LT", "9273000010087654")};

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
        factoring();
        fakeSignatures();
        tramFrauds();
        bedDayFrauds();
        assistiveAidFrauds();
    }

    private void forgedSuppliers() {
        Supplier[] who = {vvs, el, mad, kontor, maler};
        String[] notes = {"\n\nOBS: Vi har skiftet pengeinstitut. Fremover skal der udelukkende betales til kontoen på denne faktura.",
            "\n\nVores tidligere konto er lukket efter en omlægning af koncernens bankforbindelser - ret venligst jeres stamdata.",
            "", "\n\nBemærk: nye kontooplysninger gælder fra og med denne faktura.", "\n\nJeg har fået ny bank, så sæt pengene ind "
                + "på det nye nummer på fakturaen."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 1), i + 8, List.of("Nye bankoplysninger"), notes[i]);
            if (who[i] == mad) {
                m.mime.header("Reply-To", "<debitor@munkebjerg-storkokken.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " (DMARC " + dns.get(who[i].domain()).dmarc() + ") from a fraudster's "
                + "machine, changed account" + (who[i] == mad ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"tarup-anlaeg.net", anlaeg}, {"dalum-elservice.dk", el}, {"hollufpile-byggemarked.com", byg},
            {"odense-rengoringsteam.dk", rengoer}, {"fraugde-frugtoggroent.dk", frugt}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 6), i * 3 + 2, List.of(), i % 2 == 0
                ? "\n\nVær opmærksom på, at vores bankoplysninger er opdateret." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("dalum-\u0435l.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, el.posing(d, el.account()), mule(10), 21, List.of("Ny bankforbindelse fra 1. september 2034"),
            "\n\nBetal venligst til den nye konto fra og med denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic e) posing as dalum-el.dk, invoice with new account, authenticates";
        d = idn("odense-k\u043emmune.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens Afdeling", "sekretariat@" + d, "kreditor@odense.dk", "Haster: honorar til H.C. Andersen-"
            + "jubilæet")
            .text("Hej kreditor\n\nBorgmesteren har aftalt et honorar med den udenlandske instruktør, der skal stå for åbningen af "
                + "H.C. Andersen Festivals. Agenturet skal have et forskud på 218.400 kr. på " + mule(13) + " i dag, ellers går "
                + "datoen tabt. Kontrakten kommer, når juristerne er færdige.\n\nVenlig hilsen\nBorgmesterens Afdeling");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our own administration: same-day advance to an 'agency'";
    }

    private void platformFrauds() {
        M m = bad("lookalike-platform");
        headers(m, vognmand.name() + " via E-Komplet", "faktura@ekomplet-odense.com", "kreditor@odense.dk", "Rykker: faktura "
            + "fra " + vognmand.name())
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\"><div style=\"max-width:560px;"
                + "margin:auto;border-top:5px solid #f28c00;padding:20px\"><p>" + vognmand.name() + "</p><p style=\"font-size:22px\">"
                + "<b>24.187,50 kr.</b></p><p>Fakturaen er forfalden. Betal inden 48 timer for at undgå rykkergebyr og "
                + "inkasso.</p><p><a href=\"https://ekomplet-odense.com/betal/" + sha256(m.id).substring(0, 22) + "\">Betal med "
                + "kort</a></p><p style=\"font-size:11px;color:#999\">Sendt fra E-Komplet</p></div></body></html>");
        ownedBy(m, "ekomplet-odense.com");
        m.description = "look-alike platform ekomplet-odense.com: 'overdue' card-payment link in listed naesby-vognmand.dk's name";
        m = bad("lookalike-platform");
        String no = invoiceNo(tryk);
        headers(m, tryk.name() + " (Maventa)", "invoices@maventa-bolbro.net", "efaktura@odense.dk", "Faktura " + no + " fra "
            + tryk.name() + " - ændrede betalingsoplysninger")
            .text("Du har modtaget en faktura via Maventa.\n\nAfsender: " + tryk.name() + "\nFakturanummer: " + no + "\nBeløb: DKK "
                + "43.750,00\nForfaldsdato: " + isoDay(m, 5) + "\n\nAfsenderen har opdateret sine betalingsoplysninger. Betal til "
                + mule(14) + ".\n\nDenne mail er sendt automatisk af Maventa på vegne af afsenderen.")
            .attach("application/pdf", "Invoice_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, tryk.posing("maventa-bolbro.net",
                mule(14)), "Faktura", no, new Amount(3_500_000, kr(3_500_000), kr(875_000), kr(4_375_000)), mule(14), 2,
                List.of("Nye betalingsoplysninger")));
        ownedBy(m, "maventa-bolbro.net");
        m.description = "look-alike platform maventa-bolbro.net in listed odense-bytryk.dk's name, MT IBAN";
        m = bad("lookalike-platform");
        headers(m, "Odense Kongreshotel via Mews", "reservations@mews-odense.com", "oekonomi@odense.dk", "Handling påkrævet: "
            + "bekræft betalingskort for jeres reservation")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Kære gæst</p><p>Vi kunne ikke "
                + "gennemføre forhåndsautorisationen for jeres reservation (Økonomiudvalget, 14 værelser). Reservationen "
                + "annulleres automatisk i dag kl. 16, hvis kortet ikke bekræftes.</p><p><a href=\"https://mews-odense.com/"
                + "guest/" + sha256(m.id).substring(0, 20) + "\">Bekræft kortoplysninger</a></p><p style=\"font-size:11px;color:"
                + "#999\">Sendt med Mews</p></body></html>");
        ownedBy(m, "mews-odense.com");
        m.description = "look-alike platform mews-odense.com: 'confirm the card for your booking' phishing in the real hotel's name";
        m = bad("platform-account-misused");
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 12) + "@exact.com";
        no = "EPR-" + (7_700 + rnd.nextInt(900));
        headers(m, "European Public Register B.V.", "noreply@exact.com", "indkoeb@odense.dk", "Factuur / Invoice " + no
            + " - European Public Register B.V.")
            .header("Reply-To", "<eu.public.register@outlook.com>")
            .text("Dear customer,\n\nPlease find attached invoice " + no + " for the premium listing of Odense Kommune in the "
                + "European Public Register 2034-2036 (logo, contacts and tender profile), as per the form returned to us.\n\n"
                + "Amount: EUR 2,980.00\nDue date: " + isoDay(m, 7) + "\nBank: " + mule(11) + "\n\nThis invoice was sent with "
                + "Exact Online.")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "pam"), "Invoice " + no,
                List.of("European Public Register B.V.", "Premium listing 2034-2036, Odense Kommune", "EUR 2,980.00",
                    "Bank " + mule(11))));
        genuine(m, "127.35.4.2");
        m.description = "real platform exact.com used by an unknown 'register' for a listing never ordered, outlook Reply-To, BG "
            + "IBAN";
        m = bad("platform-account-misused");
        m.mailFrom = "noreply-" + sha256(m.id).substring(0, 10) + "@maventa.com";
        no = invoiceNo(it);
        headers(m, it.name() + " (Maventa)", "invoices@maventa.com", "efaktura@odense.dk", "Faktura " + no + " fra " + it.name())
            .header("Reply-To", "<bellinge.itdrift.faktura@gmail.com>")
            .text("Du har modtaget en faktura via Maventa.\n\nAfsender: " + it.name() + "\nFakturanummer: " + no + "\nForfaldsdato: "
                + isoDay(m, 7) + "\n\nBesked fra afsender: Vi er skiftet til Maventa og har samtidig fået ny konto. Ved "
                + "bankoverførsel brug " + mule(17) + ".\n\nDenne mail er sendt automatisk af Maventa på vegne af afsenderen.")
            .attach("application/pdf", "Invoice_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, it.posing(it.domain(), mule(17)),
                "Faktura", no, amount(2_000_000), mule(17), 3, List.of("Ny bankforbindelse")));
        genuine(m, "127.35.4.3");
        m.description = "real platform maventa.com in listed bellinge-itdrift.dk's name, new DK account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Vores bank har spærret erhvervskontoen midlertidigt, mens de gennemgår vores papirer efter "
            + "hvidvaskloven. Indtil videre bedes I derfor betale til "},
            {kontor, "Vi er pr. 1. september fusioneret med en søsterforretning i Vejle, og betalinger samles derfor på "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 15), i + 11, List.of("Ændret betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 15)
                + ". Jeg sidder i møder det meste af ugen, så skriv hellere end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = anlaeg;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@odense.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nJeg glemte at skrive, at vi har skiftet bank i sommer. De " + p.amount().gross() + " kr. for fakturaen "
                + "herunder skal derfor overføres til " + mule(0) + ". Den gamle konto lukker med udgangen af måneden.\n\n"
                + s.person() + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of tarup-anlaeg.dk replies in its own wave-1 thread (DMARC pass), LT account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "korup-kloakservice.net"}, {mad, "munkebjerg-storkokken.dk"}, {toemrer, "seden-tomrer.dk"},
            {bus, "stige-busser.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@odense.dk", (i % 2 == 0 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nKort opfølgning på faktura " + p.no() + " (" + p.amount().gross() + " kr.): kontoen på fakturaen er "
                    + "desværre lukket af banken, så beløbet skal i stedet til " + mule(i + 7) + ". Send lige en kort bekræftelse, "
                    + "når det er rettet.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: " + s.person() + " <"
                    + addr(s) + ">\nSendt: " + sentPlus(m, -26, DOTS) + "\nTil: kreditor@odense.dk\nEmne: " + p.subject() + "\n\n"
                    + GREETING[i + 1] + "\nFaktura " + p.no() + " er vedhæftet.");
            if (i == 1) {
                mime.attach("application/pdf", pdfName(p.no(), 9), pdfInvoice(m, s.posing(d, mule(i + 7)), "Faktura", p.no(),
                    p.amount(), mule(i + 7), 3, List.of("Opdateret kontonummer")));
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
        headers(m, bus.person(), "koersel@stige-turistbusser.net", "kreditor@odense.dk", "Korrigeret faktura " + p.no()
            + " - erstatter tidligere fremsendt")
            .text("Hej\n\nDer var desværre en fejl i bankoplysningerne på faktura " + p.no() + ", som I fik fra os i august. "
                + "Vedhæftet er den korrigerede faktura - beløbet (" + p.amount().gross() + " kr.) er uændret, men betal venligst "
                + "til kontoen på den nye faktura og se bort fra den første.\n\nKørselskontoret\nStige Turistbusser")
            .attach("application/pdf", "Korrigeret_" + pdfName(p.no(), 0), pdfInvoice(m, bus.posing("stige-turistbusser.net",
                mule(8)), "Korrigeret faktura", p.no(), p.amount(), mule(8), 3, List.of("Erstatter faktura " + p.no())));
        ownedBy(m, "stige-turistbusser.net");
        m.description = "'corrected' copy of stige-turistbusser.dk's real wave-1 invoice from look-alike stige-turistbusser.net, "
            + "DE IBAN";
        p = past.get(it.domain());
        m = bad("corrected-invoice-resend");
        headers(m, "Bellinge IT-Drift, Fakturering", addr(it), "skole@odense.dk", "Rettelse til faktura " + p.no())
            .text("Til Odense Kommune\n\nEfter skiftet til nyt økonomisystem er der kommet et forkert kontonummer på faktura "
                + p.no() + ". Den rettede faktura er vedhæftet og træder i stedet for den oprindelige. Overfør venligst "
                + p.amount().gross() + " kr. til " + mule(3) + ".\n\nFakturering, Bellinge IT-Drift")
            .attach("application/pdf", "Rettelse_" + pdfName(p.no(), 1), pdfInvoice(m, it.posing(it.domain(), mule(3)),
                "Rettet faktura", p.no(), p.amount(), mule(3), 3, List.of("Erstatter faktura " + p.no())));
        forged(m, forgedHost++);
        m.description = "forged From bellinge-itdrift.dk (DKIM only, p=reject) from a fraudster's host: 'corrected' copy of its "
            + "real wave-1 invoice, EE IBAN";
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@odense.dk", "Fortroligt - betaling i dag")
            .text("Hej\n\nKommunen har fået forkøbsret til en grund på Byens Ø, før den kommer i offentligt udbud. Sælgers "
                + "advokat skal have et reservationsbeløb på 125.000 kr. i dag på " + mule(2) + ". Sagen behandles på lukket "
                + "dagsorden, så den må ikke omtales endnu.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "the mayor's mailbox on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Økonomichefen, Ældre og Handicap", "oekonomichef.aeldre@" + OWN, "kreditor@odense.dk",
            "Ret Fraugde Frugt & Grønts konto inden betalingskørslen")
            .text("Hej\n\nFraugde Frugt & Grønt har ringet: kontoen i vores kreditorstamdata er lukket. Den nye er " + mule(12)
                + ". Kan I nå at rette det inden dagens betalingskørsel? Jeg er i møder resten af dagen.\n\nØkonomichefen");
        forged(m, forgedHost++);
        m.description = "a finance manager's mailbox on our domain forged from outside: 'correct the grocer's account', mule";
    }

    private void ceo() {
        Object[][] c = {{"Borgmester Peter Rask", "peter.rask.borgmester@gmail.com", GMAIL, "Er du på kontoret?",
            "Hej\n\nJeg sidder i møde på Christiansborg og kan ikke tale i telefon. Der er en betaling, som skal ud før kl. 14, og "
                + "jeg har brug for din hjælp. Skriv tilbage her, så sender jeg detaljerne.\n\nPeter"},
            {"Stadsdirektør Hanne Vinther", "hanne.vinther.direktion@outlook.com", MSFT, "En lille tjeneste",
                "Hej\n\nVi vil gerne takke de frivillige fra H.C. Andersen Marathon. Køb 20 gavekort à 500 kr., skrab koderne fri "
                    + "og send mig et billede af dem her. Du får udlægget refunderet i morgen.\n\nHanne"},
            {"Morten Juul, økonomidirektør", "morten.juul.oekonomi@icloud.com", APPLE, "Fortroligt: ejendomskøb på Byens Ø",
                "Hej\n\nKøbet af ejendommen på Byens Ø er faldet på plads. Sælgers advokat skal have deponeret 420.000 kr. i dag på "
                    + mule(9) + ". Økonomiudvalget får sagen på lukket dagsorden - hold det for dig selv indtil da.\n\nMorten"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@odense.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Fatima Ali", "fatima.ali.sosu@gmail.com", "loen@odense.dk", "Ny lønkonto")
            .text("Hej Løn\n\nJeg er social- og sundhedshjælper i hjemmeplejen i Vollsmose og har skiftet bank. Vil I sætte "
                + "septemberlønnen ind på " + bank("9860", "0007731258") + "? Jeg kan ikke komme på medarbejderportalen.\n\n"
                + "Hilsen Fatima");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Thomas Winther", "thomas.winther.laerer@hotmail.com", "loen@odense.dk", "Løn til tysk konto fra oktober")
            .text("Hej\n\nJeg er lærer på Tingkærskolen og flytter til Flensborg med min familie. Fra oktober skal lønnen derfor "
                + "til min tyske konto " + mule(8) + ". Min danske konto bliver lukket, og jeg har ikke MitID dernede, derfor "
                + "skriver jeg.\n\nThomas");
        genuine(m, MSFT);
        m.description = "a 'teacher' on hotmail (authenticates) wants his salary to a German account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "kim@hjallesemaler.dk", "kreditor@odense.dk", "nyt kontonr")
            .text("Hej\n\nBare en kort besked: jeg har fået nyt kontonummer, " + mule(13) + ". Brug det fra nu af - også til den "
                + "faktura, der ikke er betalt endnu.\n\nMvh Kim\nHjallese Malerfirma");
        ownedBy(m, "hjallesemaler.dk");
        m.description = "no attachment: look-alike of hjallese-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Næsby Vognmand <dorte@naesby-vognmand.dk>", "naesby.vognmand@outlook.com", "kreditor@odense.dk",
            "Opdaterede bankoplysninger")
            .text("Kære kunde\n\nVi skifter mailsystem og skriver derfor fra denne adresse i nogle dage. Samtidig er vores konto "
                + "ændret til " + mule(16) + " med virkning fra i dag.\n\nNæsby Vognmandsforretning");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is outlook: new account in the body";
        m = bad("bank-change-body-only");
        headers(m, have.person(), "rikke@allesoe-haveservice.com", "park@odense.dk", "Ændret konto")
            .text("Hej\n\nMin bank har opsagt kontoen. Vil I overføre betalingen for beskæringen i skolehaverne til " + mule(19)
                + " i stedet?\n\nRikke Juhl\nAllesø Haveservice");
        ownedBy(m, "allesoe-haveservice.com");
        m.description = "look-alike of the unlisted allesoe-haveservice.dk asks to pay its invoice to a new account";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "OI-" + (710_000 + rnd.nextInt(80_000));
            headers(m, "Odense Inkassobureau", "sag@odense-inkassobureau.com", "kreditor@odense.dk", "Inkassovarsel - sag " + sag
                + " - sidste frist")
                .text("Odense Kommune\n\n" + s[i].name() + " har overdraget faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. til inkasso. Inklusive inkassoomkostninger på 2.150 kr. skal det fulde beløb være indbetalt på "
                    + mule(i + 11) + " inden 3 hverdage. Herefter indgives sagen til fogedretten uden yderligere varsel.\n\n"
                    + "Odense Inkassobureau")
                .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "oi"), "Inkassovarsel " + sag,
                    List.of("Kreditor: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(),
                        "Omkostninger 2.150,00", "Konto " + mule(i + 11))));
            ownedBy(m, "odense-inkassobureau.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-erhverv-odense.com", "MitID Erhverv", "administration@", "Odense Kommunes MitID Erhverv skal "
            + "genbekræftes", "Som følge af nye sikkerhedskrav skal alle organisationer genbekræfte deres "
                + "brugeradministratorer. Sker det ikke inden 48 timer, spærres adgangen til Virk, Digital Post og "
                + "Kommunernes Ydelsessystem.", "fake-digital-post"},
            {"digital-post-fraugde.com", "Digital Post", "meddelelse@", "Ny meddelelse fra Skattestyrelsen - svarfrist",
                "Odense Kommune har en ulæst meddelelse om korrektion af indberettet A-skat for august. Meddelelsen skal læses "
                    + "inden 5 dage, ellers opkræves beløbet med renter.", "fake-digital-post"},
            {"odense-domaenefornyelse.com", "Nordisk Domæneservice", "fornyelse@", "odense.dk udløber om 5 dage",
                "Registreringen af domænet odense.dk udløber om 5 dage. Fornyes den ikke, stopper kommunens hjemmeside og mail.",
                "domain-directory-scam"},
            {"korup-erhvervsregister.org", "Dansk Offentligt Erhvervsregister", "opdatering@", "Opdatering af Odense Kommunes "
                + "oplysninger", "Kontrollér venligst de forudfyldte oplysninger og returner formularen underskrevet. "
                + "Grundregistrering er gratis.", "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@odense.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 20);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial;font-size:14px\"><p>" + x[4] + "</p><p><a href=\"" + link
                    + "\" style=\"background:#0a3d91;color:#fff;padding:9px 18px;text-decoration:none\">Log ind med MitID</a></p>"
                    + "<p style=\"font-size:10px;color:#777\">Du kan ikke svare på denne besked.</p></body></html>");
            } else if (x[0].startsWith("odense-domaene")) {
                mime.text(x[4] + "\n\nFornyelse i 3 år: 8.960,00 kr. til " + mule(5) + " - eller betal med kort her: " + link
                        + "\n\nNordisk Domæneservice")
                    .attach("application/pdf", "Fornyelse_odense.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                        List.of("Domæne: odense.dk", "Periode: 3 år", "8.960,00", "Konto " + mule(5))));
            } else {
                mime.text(x[4] + "\n\nDansk Offentligt Erhvervsregister")
                    .attach("application/pdf", "Opdatering_Odense_Kommune.pdf", Attachments.pdf(docId(m, "reg"),
                        "Opdateringsformular", List.of("Odense Kommune, " + RAADHUS, "Underskrift og dato:",
                            "Ved underskrift bestilles en premiumprofil i 3 år à 1.490 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void fakeNemHandel() {
        M m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-odense.net", "efaktura@odense.dk", "EAN " + EAN
            + " deaktiveres - bekræft modtagerprofil")
            .html("<html><body style=\"font-family:Tahoma,sans-serif;font-size:13px\"><p>Kære modtager</p><p>I forbindelse med "
                + "overgangen til den nye NemHandel-infrastruktur skal alle offentlige modtagere bekræfte deres profil. EAN "
                + EAN + " er endnu ikke bekræftet og deaktiveres om 3 dage.</p><p><a href=\"https://nemhandel-odense.net/profil/"
                + sha256(m.id).substring(0, 18) + "\">Bekræft profil</a></p></body></html>");
        ownedBy(m, "nemhandel-odense.net");
        m.description = "fake NemHandel notice: confirm the EAN receiver profile via a login link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "returnering@nemhandel-odense.net", "kreditor@odense.dk", "6 e-fakturaer returneret "
            + "til afsender")
            .text("Hej\n\nSeks fakturaer til Odense Kommune er returneret på grund af fejl i jeres modtagerprofil. For at undgå "
                + "rykkergebyrer hos leverandørerne kan det samlede beløb, 58.412,50 kr., betales gennem os til " + mule(6)
                + ". Oversigt: https://nemhandel-odense.net/retur/" + sha256(m.id).substring(0, 16) + "\n\nNemHandel Support");
        ownedBy(m, "nemhandel-odense.net");
        m.description = "fake NemHandel 'returned invoices' notice offering to collect their payment to a mule account";
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@stige-ordrecenter.com", "indkoeb@odense.dk", "Ordrebekræftelse 88412: 15 x iPad")
            .text("Tak for din bestilling. 15 x iPad 11\" med cover, i alt 112.485,00 kr., faktureres ved afsendelse i morgen "
                + "tidlig.\n\nHar du ikke afgivet denne ordre? Ring straks til +45 66 19 40 72 for at annullere.\n\nOrdrecenter");
        ownedBy(m, "stige-ordrecenter.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Abonnementsservice", "ordre@stige-ordrecenter.com", "it@odense.dk", "Fornyelse gennemført")
            .text("Jeres abonnement på Norton 360 for virksomheder (120 enheder) er automatisk fornyet for 12 måneder: 14.388 kr. "
                + "Ønsker I at opsige, skal det ske telefonisk på +45 66 19 40 72 inden 24 timer.")
            .attach("application/pdf", "Kvittering_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("Norton 360, 120 enheder, 12 mdr.", "14.388,00 kr.", "Opsigelse: +45 66 19 40 72")));
        ownedBy(m, "stige-ordrecenter.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"bolbro-mobilbetaling.net", "MobilePay Erhverv", "support@", "Jeres betalingsaftale er midlertidigt "
            + "spærret", "Kommunens MobilePay-aftale for betaling i svømmehallerne er spærret. Indbetalinger på 23.480,00 kr. "
                + "venter på frigivelse."},
            {"p-afgift-odense.com", "P-Afgift Fyn", "kontrol@", "Kontrolafgift - reg.nr. DK 44 812",
                "Et køretøj fra kommunens bilpark er registreret uden gyldig parkering på Thomas B. Thriges Gade. Afgiften er "
                    + "810 kr."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@odense.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din telefon for at fortsætte.</p><p><img src=\"cid:qr\" "
                    + "width=\"200\" height=\"200\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay or confirm, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Odense Harbour Survey Ltd", "invoicing@odense-harbour-survey.com", "havn@odense.dk",
            "Invoice OHS-3107 - multibeam survey, Odense Kanal")
            .text("Dear Sir or Madam,\n\nPlease find enclosed our invoice for the multibeam depth survey of Odense Kanal and the "
                + "inner harbour basins, carried out as agreed with your harbour office. EUR 16,920.00 is payable within 7 days to "
                + mule(5) + ".\n\nKind regards\nOdense Harbour Survey Ltd")
            .attach("application/pdf", "OHS-3107.pdf", Attachments.pdf(docId(m, "en"), "Invoice OHS-3107",
                List.of("Client: Odense Municipality", "Multibeam survey, Odense Kanal and inner harbour", "EUR 16,920.00",
                    "Bank: " + mule(5))));
        ownedBy(m, "odense-harbour-survey.com");
        m.description = "English invoice for a survey never ordered, GB IBAN";
        m = bad("english-international");
        headers(m, "Odense Harbour Survey - Accounts", "accounts@odense-harbour-survey.com", "oekonomi@odense.dk",
            "Change of remittance details")
            .text("Dear valued client,\n\nPlease be advised that our remittance details have changed. Kindly update your vendor "
                + "master file and remit all outstanding balances to " + mule(14) + " with immediate effect. A brief confirmation "
                + "by return would be appreciated.\n\nAccounts Department");
        ownedBy(m, "odense-harbour-survey.com");
        m.description = "English 'change of remittance details', MT IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "hjallese-malerfirma.dk"}, {vognmand, "naesby-vognmand.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@odense.dk", i == 0 ? "Faktura (billede)" : "Scannet faktura")
                .text("Hej\n\nFakturaen kommer som " + (i == 0 ? "et foto" : "en scanning") + ", fordi regnskabsprogrammet er "
                    + "nede. Bemærk det nye kontonummer.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20340915_1042.jpg" : "Scan_0915_002.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "odense-rengoering-team.dk"}, {frugt, "fraugde-frugt.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 2)), "Faktura", no, amount(1_200_000), mule(i + 2), i + 2, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@odense.dk", "Faktura " + n + " (komprimeret)")
                .text("Hej\n\nFakturaen er pakket i en zip-fil, fordi jeres spamfilter har afvist vores PDF'er. Pak den ud og "
                    + "betal gerne inden fredag.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("faktura/" + n + ".pdf", pdf, "faktura/LAES_MIG.txt", "Husk vores nye kontonummer på fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@odense-kontor-forsyning.com", "indkoeb@odense.dk", "Faktura og ordreoversigt august")
            .text("Hej\n\nFaktura og ordreoversigt er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og derefter "
                + "'Aktivér indhold' for at se det.\n\nOdense Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_ordreoversigt.docm",
                Attachments.word("Faktura\nOdense Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "odense-kontor-forsyning.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of odense-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@bellinge-it-drift.net", "skole@odense.dk", "Licensopgørelse Chromebooks")
            .text("Hej\n\nLicensopgørelsen for skolernes Chromebooks og vores nye kontooplysninger står i regnearket. Aktivér "
                + "makroer for at se tallene.\n\nBellinge IT-Drift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_august.xlsm",
                Attachments.excel(List.of("Licensopgørelse august 2034", "I alt DKK 73.500,00", "Ny konto: " + plain(mule(4))), true));
        ownedBy(m, "bellinge-it-drift.net");
        m.description = "macro-enabled Excel statement from a look-alike of bellinge-itdrift.dk";
    }

    private void svgHtml() {
        String[][] x = {{"dalum-bilagsportal.com", "Holluf Pile Byggemarked", "Kontoudtog august", "kontoudtog_aug.svg",
            "image/svg+xml"},
            {"tarup-fakturaarkiv.net", "Tarup Anlæg & Entreprenør", "Faktura klar til visning", "Faktura_visning.html",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/v/" + sha256(m.id).substring(0, 20);
            String doc = y[4].equals("text/html")
                ? "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"><script>window.location='"
                    + url + "';</script></head><body>Indlæser faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"150\"><text x=\"10\" y=\"28\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"10\" y=\"46\" width=\"200\" height=\"32\" "
                    + "fill=\"#8a1538\"/></a><script>top.location.href='" + url + "'</script></svg>";
            headers(m, y[1], "dokumenter@" + y[0], "kreditor@odense.dk", y[2])
                .text("Hej\n\nDokumentet åbner i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{anlaeg, "tarupanlaeg.dk", false}, {it, "bellingeitdrift.dk", true}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_400_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@odense.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej\n\nVi er ved at skifte e-fakturaudbyder, så denne gang kommer fakturaen som XML direkte til jer. Den kan "
                    + "indlæses som altid. Vær opmærksom på den nye bankkonto i filen.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, s, peppol ? mule(i + 7) : mule(i + 1), a, isoDay(m, 0), isoDay(m, 7), peppol, "OK-PO-" + (240_000 + i),
                        "Ny bankforbindelse").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    /**
     * "Our receivables have been assigned to a factoring company": a factoring house on its own domain with a signed
     * "transport declaration" for a listed merchant's open invoices, and a forged mail from a listed printer (its SPF names
     * only its hoster, p=none) announcing the same.
     */
    private void factoring() {
        Past p = past.get(byg.domain());
        M m = bad("factoring-assignment");
        headers(m, "Odense Factoringhus A/S, Debitorstyring", "debitor@odense-factoringhus.com", "kreditor@odense.dk",
            "Transporterklæring: " + byg.name())
            .text("Til Odense Kommune, kreditorafdelingen\n\n" + byg.name() + " har indgået factoringaftale med os, og alle "
                + "selskabets nuværende og fremtidige tilgodehavender hos Odense Kommune er transporteret til Odense Factoringhus, "
                + "herunder faktura " + p.no() + ".\n\nMed frigørende virkning kan der fra dags dato kun betales til " + mule(1)
                + ". Den underskrevne transporterklæring er vedhæftet. Bekræft venligst noteringen ved at svare på denne mail.\n\n"
                + "Med venlig hilsen\nDebitorstyring, Odense Factoringhus A/S")
            .attach("application/pdf", "Transporterklaering_" + cvr(byg.domain()) + ".pdf", Attachments.pdf(docId(m, "tr"),
                "Transporterklæring", List.of("Overdrager: " + byg.name() + ", CVR " + cvr(byg.domain()),
                    "Erhverver: Odense Factoringhus A/S", "Debitor: Odense Kommune", "Omfatter alle tilgodehavender, herunder "
                        + "faktura " + p.no(), "Betaling med frigørende virkning kun til " + mule(1), "Underskrevet: direktionen")));
        ownedBy(m, "odense-factoringhus.com");
        m.description = "unknown factoring house claims a listed merchant's receivables incl. its real wave-1 invoice, DK mule";
        p = past.get(tryk.domain());
        m = bad("factoring-assignment");
        headers(m, tryk.person(), addr(tryk), "kreditor@odense.dk", "Vigtigt: betaling af vores fakturaer via factoring")
            .text("Hej kreditor\n\nVi er gået over til factoring for at få bedre likviditet. Fra i dag skal alle vores fakturaer, "
                + "også " + p.no() + " på " + p.amount().gross() + " kr., betales til factoringselskabets konto " + mule(19)
                + ". Betaling til vores gamle konto frigør ikke.\n\nSvar gerne kort, når I har rettet det.\n\n" + tryk.person()
                + "\n" + tryk.name());
        forged(m, forgedHost++);
        m.description = "forged From odense-bytryk.dk (hoster SPF, p=none) from a fraudster's host: receivables 'assigned to a "
            + "factoring company', LT account";
    }

    private void fakeSignatures() {
        M m = bad("fake-esignature-request");
        headers(m, "Brandts Revision via eversign", "no-reply@eversign-odense.com", "oekonomi@odense.dk", "Til underskrift: "
            + "ledelseserklæring 2033 - frist i dag kl. 15")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Brandts Revision har sendt dig "
                + "<b>Ledelseserklæring og revisionsprotokol 2033</b> til underskrift. Linket udløber i dag kl. 15.</p><p><a href=\""
                + "https://eversign-odense.com/sign/" + sha256(m.id).substring(0, 24) + "\">Log ind og underskriv</a></p><p style="
                + "\"font-size:10px;color:#888\">eversign</p></body></html>");
        ownedBy(m, "eversign-odense.com");
        m.description = "look-alike e-signature domain in the real auditor's name: login page, deadline today";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentsignering", "signer@ejby-dokumentsignering.net", "kultur@odense.dk", "Lejeaftale til underskrift: "
            + "stadeplads ved Havnebadet 2035")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Et dokument venter på din underskrift: <b>Lejeaftale, "
                + "stadeplads ved Havnebadet, sæson 2035</b>.</p><p>Log ind med din Microsoft 365-konto for at bekræfte din "
                + "identitet.</p><p><a href=\"https://ejby-dokumentsignering.net/d/" + sha256(m.id).substring(0, 20)
                + "\">Åbn dokument</a></p></body></html>");
        ownedBy(m, "ejby-dokumentsignering.net");
        m.description = "fake signing service: a 'stall lease at the harbour bath' behind a Microsoft 365 login page";
    }

    /**
     * New family: replacement buses, track possession or a track-safety watch "during the municipality's road works" billed
     * in the light rail's name to a new account or by firms nobody ordered from: the real company's name on a look-alike cites
     * the real August agreement and invoice and bills a "recalculation" to a new account, an unknown replacement-bus firm
     * bills a closure at Hjallese "ordered by phone", and an unknown "track safety" firm demands payment for mandatory track
     * watches within 48 hours or the road works are stopped.
     */
    private void tramFrauds() {
        Past p = past.get("odenseletbane.dk");
        M m = bad("fake-tram-track-closure-invoice");
        String no = "OL-" + (5_300 + rnd.nextInt(300));
        headers(m, "Odense Letbane, Økonomi", "oekonomi@odenseletbane-drift.dk", "vej@odense.dk", "Efterregulering til faktura "
            + p.no() + " - aftale " + sporAftale)
            .text("Til Odense Kommune, Vej og Trafik\n\nVed den endelige opgørelse af spærringen 9.-10. august efter aftale "
                + sporAftale + " er der konstateret yderligere togbustimer og natbevogtning af sporet, som ikke var med på faktura "
                + p.no() + ". Efterreguleringen på 46.875,00 kr. inkl. moms er vedhæftet.\n\nBemærk, at afregningen for "
                + "togbusser fremover sker via vores driftsselskab. Beløbet bedes derfor betalt til " + mule(0) + " senest "
                + longDate(m, 5) + ".\n\nMed venlig hilsen\nOdense Letbane, Økonomi")
            .attach("application/pdf", "Efterregulering_" + no + ".pdf", Attachments.pdf(docId(m, "olx"), "Faktura " + no,
                List.of("Odense Letbane", "Efterregulering af faktura " + p.no() + ", aftale " + sporAftale,
                    "Ekstra togbustimer 9.-10.08.2034: 28.500,00", "Natbevogtning af spor: 9.000,00",
                    "37.500,00 + moms 9.375,00 = 46.875,00", "Konto: " + mule(0))));
        ownedBy(m, "odenseletbane-drift.dk");
        m.description = "look-alike of the real light rail company cites its real August agreement and invoice: 'recalculation' "
            + "to an LT account";
        m = bad("fake-tram-track-closure-invoice");
        no = "HT-" + (1_120 + rnd.nextInt(300));
        headers(m, "Hjallese Togbusser ApS", "faktura@hjallese-togbusser.dk", "vej@odense.dk", "Faktura " + no
            + " - togbusser ved sporspærring Hjallese Station")
            .text("Til Odense Kommune, Vej og Trafik\n\nEfter telefonisk bestilling fra jeres vejafdeling kørte vi togbusser "
                + "mellem Hjallese Station og Rosengårdcentret, mens letbanen var spærret på grund af jeres asfaltarbejde i "
                + "weekenden.\n\nFaktura " + no + " på 73.125,00 kr. inkl. moms er vedhæftet og forfalder om 8 dage. Betaling "
                + "til " + mule(17) + ".\n\nMed venlig hilsen\nHjallese Togbusser ApS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "ht"), "Faktura " + no,
                List.of("Hjallese Togbusser ApS", "Kunde: Odense Kommune, Vej og Trafik", "Togbusser, 3 busser x 2 døgn",
                    "58.500,00 + moms 14.625,00 = 73.125,00", "Konto: " + mule(17))));
        ownedBy(m, "hjallese-togbusser.dk");
        m.description = "unknown firm bills replacement buses for a tram closure 'ordered by phone' that nobody ordered, DK mule";
        m = bad("fake-tram-track-closure-invoice");
        headers(m, "Sanderum Sporsikring", "vagtplan@sanderum-sporsikring.com", "vej@odense.dk", "Lovpligtig sporvagt ved "
            + "jeres gravearbejde - betaling inden 48 timer")
            .text("Til Odense Kommune\n\nJeres entreprenør graver inden for 4 meter af letbanens kørestrøm ved Østre Stationsvej. "
                + "Efter sikkerhedsreglerne for arbejde ved letbanen skal der være en godkendt sporvagt til stede, og den er stillet "
                + "af os siden mandag.\n\nForudbetaling for uge 38, 39.800,00 kr. inkl. moms, skal være indbetalt på " + mule(5)
                + " inden 48 timer. Ellers er vi forpligtet til at standse arbejdet og indberette det til "
                + "sikkerhedsmyndigheden.\n\nVagtplanlægningen\nSanderum Sporsikring");
        ownedBy(m, "sanderum-sporsikring.com");
        m.description = "unknown 'track safety' firm demands prepayment for a mandatory track watch within 48 hours or the works "
            + "stop, GB IBAN";
    }

    /**
     * New family: bed days for patients ready for discharge billed to a new account: the hospital's name on a look-alike
     * cites the real July settlement and says the region's payment centre changed bank, an unknown "settlement office" bills
     * bed days at a "penalty rate" with a five-day deadline, and a forged mail from the hospital's own domain moves the
     * August settlement.
     */
    private void bedDayFrauds() {
        Past p = past.get("ouh.dk");
        M m = bad("fake-discharge-bed-day-charge");
        headers(m, "OUH Patientadministration, Afregning", "afregning@ouh-odense-afregning.dk", "sundhed@odense.dk",
            "Vedr. opkrævning " + p.no() + " - ny konto for regionens betalingscenter")
            .text("Til Odense Kommune, Sundhed og Omsorg\n\nI har modtaget vores opkrævning " + p.no() + " på " + p.amount().gross()
                + " kr. for færdigbehandlede patienter i juli. Regionens betalingscenter har skiftet pengeinstitut pr. 1. "
                + "september, og kontoen på opkrævningen er derfor lukket.\n\nBeløbet bedes i stedet indbetalt på " + mule(3)
                + " senest " + longDate(m, 5) + ". Husk at anføre opkrævningsnummeret.\n\nMed venlig hilsen\nAfregningen, OUH "
                + "Patientadministration");
        ownedBy(m, "ouh-odense-afregning.dk");
        m.description = "look-alike of the hospital cites its real July bed-day settlement: 'the payment centre changed bank', "
            + "EE account";
        m = bad("fake-discharge-bed-day-charge");
        String no = "PA-" + (20_400 + rnd.nextInt(600));
        headers(m, "Patientafregning Syddanmark", "opkraevning@odense-patientafregning.com", "sundhed@odense.dk", "Opkrævning "
            + no + ": sengedage for færdigbehandlede borgere - betalingsfrist 5 dage")
            .text("Til Odense Kommune\n\nEfter sundhedslovens regler om færdigbehandlede patienter opkræves kommunen for 19 "
                + "sengedage i perioden 1.-31. august, hvor borgere fra Odense Kommune ventede på udskrivning.\n\nDa "
                + "opkrævningen er sendt efter fristen, beregnes forhøjet takst. Beløbet, 118.560,00 kr., skal indbetales på "
                + mule(15) + " inden 5 dage. Specifikation med borgernes initialer er vedhæftet.\n\nPatientafregning Syddanmark")
            .attach("application/pdf", "Opkraevning_" + no + ".pdf", Attachments.pdf(docId(m, "pa"), "Opkrævning " + no,
                List.of("Patientafregning Syddanmark", "Odense Kommune, Sundhed og Omsorg", "19 sengedage, august 2034, "
                    + "forhøjet takst 6.240,00", "I alt 118.560,00", "Konto: " + mule(15))));
        ownedBy(m, "odense-patientafregning.com");
        m.description = "unknown 'settlement office' bills 19 bed days at a 'penalty rate' within 5 days to an SE IBAN";
        m = bad("fake-discharge-bed-day-charge");
        no = "OUH-FB-2034-08-" + (100 + rnd.nextInt(800));
        headers(m, "OUH Patientadministration, Afregning", "afregning@ouh.dk", "kreditor@odense.dk", "Opkrævning " + no
            + ": færdigbehandlede patienter, august 2034 - OBS ny konto")
            .text("Til Odense Kommune\n\nVedhæftet er opgørelsen for august. Bemærk, at regionens konto for patientafregning er "
                + "ændret. Betal venligst ikke via EAN denne gang, men direkte til " + mule(9) + ", så betalingen ikke afvises."
                + "\n\nMed venlig hilsen\nAfregningen, OUH Patientadministration")
            .attach("application/pdf", "Opkraevning_" + no + ".pdf", Attachments.pdf(docId(m, "ouhx"), "Opkrævning " + no,
                List.of("Odense Universitetshospital, Patientadministration", "Odense Kommune",
                    "Færdigbehandlede patienter, august 2034: 24 sengedage", "Beløb DKK 105.360,00", "Ny konto: " + mule(9))));
        forged(m, forgedHost++);
        m.description = "forged From ouh.dk (p=quarantine) from a fraudster's host: the August settlement 'not via EAN' to a "
            + "HU account";
    }

    /**
     * New family: assistive aids (beds, wheelchairs, stair lifts) "delivered to citizens" billed without the aids depot's
     * order or moved to a new account: the framework supplier's name on a look-alike cites its real invoice and depot order
     * and moves payment, an unknown firm bills electric wheelchairs "delivered directly to citizens on your referral", and an
     * unknown stair-lift firm bills an installation "approved by your therapist by phone" with a scanned "grant".
     */
    private void assistiveAidFrauds() {
        Past p = past.get("hjaelpemiddelpartner.dk");
        M m = bad("fake-assistive-aid-delivery-invoice");
        String no = "HMP-" + (990_000 + rnd.nextInt(9_000));
        headers(m, "Hjælpemiddelpartner A/S, Debitor", "debitor@hjaelpemiddelpartner-odense.dk", "hjaelpemidler@odense.dk",
            "Faktura " + no + " - restlevering til ordre " + depotOrder)
            .text("Til Hjælpemiddeldepotet, Odense Kommune\n\nTil jeres ordre " + depotOrder + " (fakturaen " + p.no() + ") manglede "
                + "tre trykaflastende madrasser, som nu er leveret direkte til borgerne. Faktura " + no + " er vedhæftet.\n\n"
                + "Vi har samtidig samlet vores betalinger for Fyn på en ny konto: " + mule(7) + ". Den gamle konto på tidligere "
                + "fakturaer bedes ikke længere anvendt.\n\nVenlig hilsen\nHjælpemiddelpartner A/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "hmx"), "Faktura " + no,
                List.of("Hjælpemiddelpartner A/S", "Odense Kommune, Hjælpemiddeldepotet", "Restlevering til ordre " + depotOrder
                    + ": 3 trykaflastende madrasser", "22.800,00 + moms 5.700,00 = 28.500,00", "Ny konto: " + mule(7))));
        ownedBy(m, "hjaelpemiddelpartner-odense.dk");
        m.description = "look-alike of the framework supplier cites a real depot order and invoice: 'rest delivery' and a new NL "
            + "account";
        m = bad("fake-assistive-aid-delivery-invoice");
        no = "BR-" + (3_010 + rnd.nextInt(400));
        headers(m, "Bellinge Rehab & Mobilitet", "faktura@bellinge-rehab.com", "aeldre@odense.dk", "Faktura " + no
            + " - el-kørestole leveret til borgere")
            .text("Kære Odense Kommune\n\nEfter henvisning fra jeres visitation har vi leveret fire el-kørestole direkte hjem til "
                + "borgerne i Vollsmose, Tarup og Holluf Pile. Borgerne har kvitteret ved levering.\n\nFaktura " + no + " på "
                + "164.000,00 kr. inkl. moms er vedhæftet. Betaling inden 8 dage til " + mule(11) + ".\n\nMed venlig hilsen\n"
                + "Bellinge Rehab & Mobilitet")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "br"), "Faktura " + no,
                List.of("Bellinge Rehab & Mobilitet", "Kunde: Odense Kommune, visitationen", "4 el-kørestole, leveret til borgere",
                    "131.200,00 + moms 32.800,00 = 164.000,00", "Konto: " + mule(11))));
        ownedBy(m, "bellinge-rehab.com");
        m.description = "unknown firm bills electric wheelchairs 'delivered to citizens on your referral', no depot order, BG IBAN";
        m = bad("fake-assistive-aid-delivery-invoice");
        no = "TT-" + (640 + rnd.nextInt(200));
        headers(m, "Tarup Trappelift", "kontor@tarup-trappelift.dk", "hjaelpemidler@odense.dk", "Faktura " + no
            + " - trappelift, bevilget af kommunen")
            .text("Hej\n\nVi har monteret en trappelift hos en borger på Tarupvej. Jeres ergoterapeut godkendte løsningen "
                + "telefonisk, og bevillingen er vedhæftet som billede.\n\nFaktura " + no + ": 96.250,00 kr. inkl. moms, til "
                + mule(18) + " senest om 10 dage.\n\nVenlig hilsen\nTarup Trappelift")
            .attach("image/jpeg", "bevilling_trappelift.jpg", Attachments.image(docId(m, "tt"), "jpg"))
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "ttf"), "Faktura " + no,
                List.of("Tarup Trappelift", "Odense Kommune, hjælpemidler", "Trappelift inkl. montering, Tarupvej",
                    "77.000,00 + moms 19.250,00 = 96.250,00", "Konto: " + mule(18))));
        ownedBy(m, "tarup-trappelift.dk");
        m.description = "unknown stair-lift firm bills an installation 'approved by phone' with a scanned 'grant', NO IBAN";
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
        return writeFiles(dir, new HeldOutCorpus35().generate(), List.of(
            "# Odense Kommune, Økonomi: invoice checks (thirty-fifth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=bolbro-vvs.dk dalum-el.dk tarup-anlaeg.dk hjallese-maler.dk odense-rengoeringsteam.dk "
                + "korup-kloakservice.dk fraugde-frugt.dk seden-toemrer.dk naesby-vognmand.dk bellinge-itdrift.dk "
                + "hollufpile-byggemarked.dk odense-kontorforsyning.dk stige-turistbusser.dk munkebjerg-storkoekken.dk "
                + "odense-bytryk.dk",
            "invoice.domains.platforms=e-komplet.dk exact.com maventa.com mews.com",
            "invoice.names.protected=Odense Kommune"));
    }
}
