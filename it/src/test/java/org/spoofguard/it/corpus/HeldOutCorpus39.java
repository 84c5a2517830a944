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
 * The thirty-ninth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Ringkøbing-Skjern Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads, harbours,
 * environment, the municipal airfield at Stauning, nature and wetlands, schools, day care, elderly care, culture and
 * tourism mailboxes), the West Jutland municipality around Ringkøbing Fjord: Hvide Sande's harbour and fishing, the Skjern Å
 * river and its wetlands, wind turbines in the farmland, Søndervig's holiday homes and beach tourism, agriculture, and the
 * towns of Ringkøbing, Skjern, Tarm, Videbæk, No, Spjald, Lem and Hvide Sande. Sixteen listed suppliers from those towns and
 * from Hee, Borris and Stauning in every DNS posture real Danish firms have (two sending through a Ringkøbing web hoster
 * named in their SPF), five invoicing platforms ({@code billetto.dk}, {@code conferize.com}, {@code invoicera.com},
 * {@code kleer.se}, {@code mitfaktura.dk}), an acoustics consultancy that measures wind-turbine noise for the environment
 * office, a land surveyor who runs the wetland project's land consolidation, an airfield-technics firm that services the
 * runway lights at Stauning, local banks, an intermunicipal waste company, a Swedish harbour builder, a German maker of
 * playground equipment, a Dutch maker of dune fencing, SaaS ({@code dixa.com}, {@code kontainer.com}, {@code easyplan.dk}),
 * an ESP ({@code heyloyalty.com}), an e-signature service ({@code hellosign.com}), authorities, a creditor list,
 * forwarders (with and without SRS), free mail and fraudsters' own domains (each carrying a Ringkøbing-Skjern place name).
 *
 * <p>Written blind: from the brief and how Danish fraud mails read (changed bank details, CEO fraud, fake Digital Post and
 * MitID, fake NemHandel notices, fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads,
 * "corrected" invoices, split payments, phone calls followed by a mail, QR codes, archives, SVG/HTML attachments, macro
 * documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices, e-invoice XML with a
 * changed account, e-signature lures) and three kinds new here: a noise measurement at the municipality's wind turbines
 * billed by a firm nobody ordered, or the real acoustician's invoice moved to a new account
 * (fake-turbine-noise-measurement-invoice); compensation for the landowners in the Skjern Å wetland project redirected to
 * an "agent's client account" or a landowner's "new account" (fake-wetland-compensation-redirect); and runway-light
 * service, friction tests or de-icing at Stauning airfield billed by someone who never came, or the real service firm's
 * invoice turned into a prepayment to a new account (fake-airfield-runway-service-invoice). The invoice engine, its tests,
 * tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice, credit note, reminder, collection demand
 * for a real debt, intermunicipal, platform, e-invoice XML, foreign, SaaS, noise-measurement, surveyor or airfield invoice)
 * and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus39GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus39 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout39");
    public static final String OWN = "rksk.dk";
    static final String FRAUD_NET = "127.239.";
    private static final String OWN_IP = "127.150.0.1";
    private static final String EAN = "5798000561398";
    private static final String KOMMUNE = "Ringkøbing-Skjern Kommune";
    private static final String RAADHUS = "Ved Fjorden 6, 6950 Ringkøbing";
    /** A Ringkøbing web hoster whose outgoing server two listed firms name in their SPF. */
    private static final String HOSTER_IP = "127.153.9.1";
    private static final String GMAIL = "127.156.1.1";
    private static final String MSFT = "127.156.2.1";
    private static final String YAHOO = "127.156.3.1";
    private static final String APPLE = "127.156.5.1";
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);
    private static final DateTimeFormatter DAYMONTH = DateTimeFormatter.ofPattern("d. MMM", DA);

    private final Random rnd = new Random(39_0039_6950L);
    /** Wave 1 per supplier domain: what later mails cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 30;
    private int ownedCount;
    /** The acoustician's measurement case number at the turbines (the frauds cite it). */
    private String noiseCase;
    /** The wetland project's journal number (the frauds cite it). */
    private String wetlandCase;
    /** The airfield firm's service order number (the frauds cite it). */
    private String runwayOrder;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 2, 4, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 3, 3, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Skjern Varmeværk a.m.b.a.", "skjern-varmevaerk.dk", "Kundeservice", "kunde",
        "127.151.1.1", iban("DK", "76000001338204"), "fjernvarme til Skjern Rådhus, Skjern Bibliotek og Plejecenter Engbo");
    private final Supplier entrep = new Supplier("Tarm Entreprenørforretning A/S", "tarm-entreprenor.dk", "Kim Thygesen", "kt",
        "127.151.2.1", bank("7600", "0004412907"), "nyt regnvandsbassin og rørlægning ved Tarm Bygade");
    private final Supplier havn = new Supplier("Hvide Sande Havneservice ApS", "hvidesande-havneservice.dk", "Lars Nørgaard",
        "lars", HOSTER_IP, bank("7600", "0004539218"), "nye flydebroer og el-standere i Ringkøbing Lystbådehavn");
    private final Supplier el = new Supplier("Videbæk El-Service ApS", "videbaek-elservice.dk", "Jesper Lund", "jl", HOSTER_IP,
        bank("9280", "0001772036"), "nye tavler og LED-belysning i Videbæk Hallerne og Vorgod-Barde Skole");
    private final Supplier toemrer = new Supplier("Spjald Tømrer & Byg ApS", "spjald-tomrerbyg.dk", "Henrik Dahl", "hd",
        "127.151.5.1", bank("7600", "0004610573"), "udskiftning af tagrender og ovenlysvinduer, Spjald Skole");
    private final Supplier maler = new Supplier("Lem Malerfirma v/ Jens Kjær", "lem-malerfirma.dk", "Jens Kjær", "jens",
        "127.151.6.1", bank("9280", "0001806641"), "malerarbejde i opholdsstuer og gange, Lem Plejecenter");
    private final Supplier rengoer = new Supplier("Ringkøbing Rengøringsservice ApS", "rkb-rengoringsservice.dk",
        "Debitorbogholderiet", "debitor", "127.151.7.1", iban("DK", "30000012773409"),
        "rengøring af rådhuset i Ringkøbing, Skjern Bibliotek og Jobcenter Tarm");
    private final Supplier avis = new Supplier("Skjern-Tarm Ugeavis", "skjerntarm-ugeavis.dk", "Annonceafdelingen", "annonce",
        "127.151.8.1", iban("DK", "20000006651038"), "annoncer: høring om kystsikring i Søndervig, stillingsopslag og borgermøde i Videbæk");
    private final Supplier vognmand = new Supplier("No Vognmandsforretning ApS", "no-vognmand.dk", "Preben Hvid", "preben",
        "127.151.9.1", bank("7600", "0004688412"), "kørsel med sand og stabilgrus til stien langs Ringkøbing Fjord");
    private final Supplier vvs = new Supplier("Videbæk VVS & Blik ApS", "videbaek-vvsblik.dk", "Kontoret", "kontor",
        "127.151.10.1", bank("9280", "0001843327"), "service på varmepumper og nye toiletter, Videbæk Skole og Børnehuset Troldhøj");
    private final Supplier mad = new Supplier("Tarm Madhus A/S", "tarm-madhus.dk", "Tarm Madhus, Regnskab", "regnskab",
        "127.151.11.1", iban("DK", "76000001417755"), "madservice til hjemmeboende ældre og Plejecenter Engbo");
    private final Supplier byg = new Supplier("Skjern Tømmerhandel A/S", "skjern-tommerhandel.dk", "Erhvervssalg", "erhverv",
        "127.151.12.1", iban("DK", "53010000774126"), "byggematerialer til Bygningsdrift efter rammeaftalen");
    private final Supplier it = new Supplier("Fjordens IT ApS", "fjordens-it-rkb.dk", "Fjordens IT, Fakturering", "faktura",
        "127.151.13.1", bank("9280", "0001890054"), "Chromebooks til mellemtrinnet og drift af skolernes netværk");
    private final Supplier bus = new Supplier("Stauning Turistbusser ApS", "stauning-turistbusser.dk", "Kørselskontoret", "korsel",
        "127.151.14.1", bank("7600", "0004731196"), "skolebuskørsel i oplandet og kørsel til svømning i Skjern");
    private final Supplier kontor = new Supplier("Hee Kontorforsyning ApS", "hee-kontorforsyning.dk", "Ordrer", "ordrer",
        "127.151.15.1", iban("DK", "20000006702285"), "kopipapir, toner og arkivæsker til rådhuset og Borgerservice");
    private final Supplier maskin = new Supplier("Borris Maskinstation I/S", "borris-maskinstation.dk", "Anne Bundgaard", "anne",
        "127.151.16.1", bank("9280", "0001921468"), "rabatklipning og grøftrensning på kommunevejene ved Borris og Sønder Felding");
    // not on the creditor list
    private final Supplier smed = new Supplier("Bork Havn Smedie", "bork-havnsmedie.dk", "Ole Kirk", "ole", "127.152.1.1",
        bank("7600", "0004760023"), "nyt gelænder og cykelstativer ved Bork Havn");
    private final Supplier lyd = new Supplier("Lem Lyd & Scene v/ Mikkel Brun", "lem-lydogscene.dk", "Mikkel Brun", "mikkel",
        "127.152.2.1", bank("9280", "0001950371"), "lyd og scene til fjordfesten og borgermødet i Skjern");
    private final Supplier skadedyr = new Supplier("Hemmet Skadedyrsservice", "hemmet-skadedyr.dk", "Lone Ravn", "lone",
        "127.152.3.1", bank("7600", "0004799180"), "rottebekæmpelse ved genbrugspladsen i Tarm og havnen i Hvide Sande");
    private final Supplier natur = new Supplier("Holmsland Naturpleje v/ Ane Krogh", "holmsland-naturpleje.dk", "Ane Krogh", "ane",
        "127.152.4.1", bank("9280", "0001987702"), "rydning af rynket rose og slåning af klitheden ved Søndervig");
    private final Supplier akustik = new Supplier("Vestjysk Akustik & Vibration ApS", "vestjysk-akustik.dk", "Rikke Skov", "rs",
        "127.152.5.1", bank("7600", "0004826654"), "støjmåling ved vindmøllerne ved Hanning og Velling Mærsk");
    private final Supplier landinsp = new Supplier("Landinspektør Jeppe Holm", "holm-landinspektor.dk", "Jeppe Holm", "jh",
        "127.152.6.1", iban("DK", "76000001509931"), "jordfordeling og matrikulære berigtigelser i vådområdet ved Skjern Å");
    private final Supplier banelys = new Supplier("Flyveplads Teknik ApS", "flyveplads-teknik.dk", "Serviceafdelingen", "service",
        "127.152.7.1", iban("DK", "53010000861594"), "eftersyn af banelys og friktionsmåling af bane 09/27, Stauning Lufthavn");
    private final Supplier guide = new Supplier("Fjordguide v/ Søren Bech", "gmail.com", "Søren Bech", "soren.bech.fjordguide",
        GMAIL, bank("7600", "0004851127"), "guidede ture for ældre til fuglene ved Tipperne, 3 ture");
    private final Supplier tolk = new Supplier("Tolk v/ Amina Yusuf", "outlook.com", "Amina Yusuf", "amina.yusuf.tolk", MSFT,
        bank("9280", "0002014486"), "tolkning somali-dansk, Jobcenter Ringkøbing, 5 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Kaj Lauridsen", "icloud.com", "Kaj Lauridsen",
        "kaj.lauridsen.harmonika", APPLE, bank("7600", "0004883309"), "musik til fastelavn på Plejecenter Engbo og Lem Plejecenter");
    private final Supplier pudser = new Supplier("Tarm Vinduespolering v/ Dennis Ravn", "hotmail.com", "Dennis Ravn",
        "dennis.ravn.vinduer", MSFT, bank("9280", "0002049912"), "vinduespolering, Tarm Bibliotek og Børnehuset Fjordglimt");
    private final Supplier yoga = new Supplier("Stolegymnastik v/ Bodil Sand", "yahoo.com", "Bodil Sand", "bodil.sand.motion",
        YAHOO, bank("7600", "0004910774"), "stolegymnastik i Aktivitetscentret i Videbæk, 8 gange");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Halmstad Marinbygg AB", "halmstad-marinbygg.se", "Ekonomi", "ekonomi",
        "127.157.1.1", iban("SE", "50800000091234560077"), "reparation av spontvägg, kaj 2, Ringkøbing Havn");
    private final Supplier tysk = new Supplier("Itzehoe Spielgeräte GmbH", "itzehoe-spielgeraete.de", "Buchhaltung",
        "buchhaltung", "127.157.2.1", iban("DE", "222500200012345678"), "Spielgeräte für den Strandspielplatz Søndervig");
    private final Supplier hollandsk = new Supplier("Zeeland Dune Fencing B.V.", "zeeland-dunefencing.nl", "Accounts", "accounts",
        "127.157.3.1", iban("NL", "RABO0318442907"), "sand fencing and marram planting, dunes at Søndervig and Hvide Sande");

    private final List<Supplier> listed = List.of(varme, entrep, havn, el, toemrer, maler, rengoer, avis, vognmand, vvs, mad, byg,
        it, bus, kontor, maskin);

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("skjern-varmevaerk.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("tarm-entreprenor.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hvidesande-havneservice.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("videbaek-elservice.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF, own DKIM
        domain("spjald-tomrerbyg.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("lem-malerfirma.dk", null, null, null, null); // nothing published
        domain("rkb-rengoringsservice.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only
        domain("skjerntarm-ugeavis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("no-vognmand.dk", List.of("127.151.98.4"), "~all", null, "none"); // SPF names only the weighing system
        domain("videbaek-vvsblik.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("tarm-madhus.dk", List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("skjern-tommerhandel.dk", List.of(byg.ip(), "127.151.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("fjordens-it-rkb.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("stauning-turistbusser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("hee-kontorforsyning.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain("borris-maskinstation.dk", List.of(maskin.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bork-havnsmedie.dk", List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain("lem-lydogscene.dk", List.of(lyd.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("hemmet-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("holmsland-naturpleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("vestjysk-akustik.dk", List.of(akustik.ip()), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("holm-landinspektor.dk", List.of(landinsp.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("flyveplads-teknik.dk", List.of(banelys.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("halmstad-marinbygg.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("itzehoe-spielgeraete.de", List.of(tysk.ip()), "-all", null, null); // SPF only
        domain("zeeland-dunefencing.nl", List.of(hollandsk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // advisers, authorities, waste company, shops, schools
        domain("landbrug-vest.dk", List.of("127.153.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("landbrugsstyrelsen.dk", List.of("127.153.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("mfkn.dk", List.of("127.153.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("advokathuset-skjern.dk", List.of("127.153.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestkyst-revision.dk", List.of("127.153.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("ringkobing-efterskole.dk", List.of("127.153.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("videbaek-inventar.dk", List.of("127.153.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("tarm-isenkram.dk", List.of("127.153.10.1"), "-all", null, "none");
        domain("ringkobing-boghandel.dk", List.of("127.153.11.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("affaldvest-is.dk", List.of("127.153.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ringkobing-kunstmuseum.dk", List.of("127.153.13.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("billetto.dk", List.of("127.154.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("conferize.com", List.of("127.154.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("invoicera.com", List.of("127.154.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kleer.se", List.of("127.154.4.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("mitfaktura.dk", List.of("127.154.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // banks, list, ESP, newsletters, forwarders
        domain("skjern-andelskasse.dk", List.of("127.155.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fjordbanken-rkb.dk", List.of("127.155.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-vestjylland.dk", List.of("127.155.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("heyloyalty.com", List.of("127.155.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("vestjyske-kommuner-okonomi.dk", List.of("127.155.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkob-midtvest.dk", List.of("127.155.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("svindelradar.dk", List.of("127.155.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.skjern-bredbaand.dk", List.of("127.155.11.1"), "-all", null, null);
        domain("relay.fjordnet-rkb.dk", List.of("127.155.12.1"), "-all", null, null);
        // free mail, SaaS, e-signature
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("dixa.com", List.of("127.155.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kontainer.com", List.of("127.155.22.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("easyplan.dk", List.of("127.155.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hellosign.com", List.of("127.155.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
    }

    private static final String[] POLICY = {"none", "reject", "quarantine", null, "reject", "none", "quarantine", null, "none"};

    /**
     * A fraudster's own domain (it carries a Ringkøbing-Skjern place name): defined on first use with its own SPF and, by its
     * position, DKIM and DMARC.
     */
    private String fd(String d) {
        if (!dns.containsKey(d)) {
            int i = ownedCount++;
            DkimAlgorithm key = i % 7 == 4 ? null : i % 5 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(d, List.of(FRAUD_NET + "60." + (i + 1)), i % 4 == 1 ? "~all" : "-all", key, POLICY[i % POLICY.length]);
        }
        return d;
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no39:" + s.domain()).hashCode(), 7)) {
            case 0:
                return "36" + String.format("%05d", 1_000 + rnd.nextInt(70_000));
            case 1:
                return "RS-" + (2_300 + rnd.nextInt(6_000));
            case 2:
                return "F36-" + String.format("%04d", 100 + rnd.nextInt(8_000));
            case 3:
                return String.valueOf(41_000 + rnd.nextInt(30_000));
            case 4:
                return "A" + String.format("%06d", 30_000 + rnd.nextInt(60_000));
            case 5:
                return (1_100 + rnd.nextInt(900)) + "-36";
            default:
                return "FAK" + (5_500 + rnd.nextInt(3_000));
        }
    }

    private static final String[] TO = {"kreditor@rksk.dk", "efaktura@rksk.dk", "kreditor@rksk.dk", "okonomi@rksk.dk",
        "vejogpark@rksk.dk", "skoler@rksk.dk", "aeldre@rksk.dk", "kultur@rksk.dk", "bygningsdrift@rksk.dk", "indkob@rksk.dk",
        "kreditor@rksk.dk", "havne@rksk.dk", "efaktura@rksk.dk", "dagtilbud@rksk.dk", "miljo@rksk.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf39:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(39_000_000 + Math.floorMod(sha256("cvr39:" + domain).hashCode(), 6_900_000));
    }

    /** The supplier's FI creditor number, as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi39:" + domain).hashCode(), 9_000_000));
    }

    private String dots(M m, int plus) {
        return sentPlus(m, plus, DOTS);
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "skjern-varmevaerk.dk" -> "Vardevej 31, 6900 Skjern";
            case "tarm-entreprenor.dk" -> "Industrivej 14, 6880 Tarm";
            case "hvidesande-havneservice.dk" -> "Nordhavnsvej 6, 6960 Hvide Sande";
            case "videbaek-elservice.dk" -> "Søndergade 22, 6920 Videbæk";
            case "spjald-tomrerbyg.dk" -> "Grønnegade 9, 6971 Spjald";
            case "lem-malerfirma.dk" -> "Bredgade 41, 6940 Lem St.";
            case "rkb-rengoringsservice.dk" -> "Vestergade 17, 6950 Ringkøbing";
            case "skjerntarm-ugeavis.dk" -> "Bredgade 8, 6900 Skjern";
            case "no-vognmand.dk" -> "Holstebrovej 112, No, 6950 Ringkøbing";
            case "videbaek-vvsblik.dk" -> "Fabriksvej 3, 6920 Videbæk";
            case "tarm-madhus.dk" -> "Ånumvej 5, 6880 Tarm";
            case "skjern-tommerhandel.dk" -> "Ringkøbingvej 60, 6900 Skjern";
            case "fjordens-it-rkb.dk" -> "Kongevejen 2, 6950 Ringkøbing";
            case "stauning-turistbusser.dk" -> "Lufthavnsvej 11, 6900 Skjern";
            case "hee-kontorforsyning.dk" -> "Hee Kirkevej 4, 6950 Ringkøbing";
            case "borris-maskinstation.dk" -> "Sdr. Feldingvej 27, 6900 Skjern";
            case "bork-havnsmedie.dk" -> "Bork Havnevej 3, 6893 Hemmet";
            case "lem-lydogscene.dk" -> "Stationsvej 5, 6940 Lem St.";
            case "hemmet-skadedyr.dk" -> "Hemmetvej 70, 6893 Hemmet";
            case "vestjysk-akustik.dk" -> "Enghavevej 12, 6900 Skjern";
            case "holm-landinspektor.dk" -> "Banegårdsplads 4, 6900 Skjern";
            case "flyveplads-teknik.dk" -> "Hangarvej 2, 6900 Skjern";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: a plain invoice with customer number, reference and a payment line; a time sheet
     * invoice with journeyman and apprentice hours, materials and machine hours and the supplier's FI line (card 71); an order
     * invoice with three order lines by delivery note and the FI line (card 75); a period statement with a fixed fee, metered
     * services and an index adjustment with the FI line (card 71). A {@code null} account prints no bank account.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        int kundenr = 10_000 + Math.floorMod(("k39" + s.domain()).hashCode(), 80_000);
        switch (Math.floorMod(layout, 4)) {
            case 0 -> {
                head = title + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ". CVR " + cvr(s.domain()));
                l.add("Kunde " + kundenr + ": " + KOMMUNE + ", " + RAADHUS + " (EAN " + EAN + ")");
                l.add("Dato " + dots(m, 0) + " - vores kontakt: " + s.person());
                l.add("Ydelse: " + s.what());
                l.add("Beløb uden moms kr. " + a.net() + " / moms 25 % kr. " + a.vat() + " / at betale kr. " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Indbetales på " + account + " inden " + dots(m, 21) + ". Husk at anføre " + no + ".");
                }
            }
            case 1 -> {
                head = "Timeopgørelse / " + title.toLowerCase(DA) + " " + no;
                l.add(s.name() + " - CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : " - " + addr));
                l.add("Rekvirent: " + KOMMUNE + ", EAN " + EAN + ". Opgave: " + s.what());
                long svend = a.ore() * 45 / 100 / 59_500;
                long laer = a.ore() * 10 / 100 / 29_000;
                long mat = a.ore() * 35 / 100;
                long rest = a.ore() - svend * 59_500 - laer * 29_000 - mat;
                l.add("Uge " + sentPlus(m, -14, DateTimeFormatter.ofPattern("w", DA)) + "-" + sentPlus(m, -2,
                    DateTimeFormatter.ofPattern("w", DA)) + ": svendetimer " + svend + " x 595,00, lærlingetimer " + laer + " x 290,00");
                l.add("Materialer efter bilag " + kr(mat) + " - maskintimer og kørsel " + kr(rest));
                l.add("Netto " + a.net() + " kr., moms " + a.vat() + " kr., brutto " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betalingsdato " + dots(m, 14) + (account == null ? "" : " - konto " + account));
                if (own) {
                    l.add("Girokort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            case 2 -> {
                head = title + " " + no + " - ordrefaktura";
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Debitor " + kundenr + " " + KOMMUNE + " EAN " + EAN);
                long one = a.ore() / 2;
                long two = a.ore() / 4;
                int fs = 300_000 + Math.floorMod(no.hashCode(), 90_000);
                l.add("Følgeseddel " + fs + " af " + sentPlus(m, -20, DAYMONTH) + ", leveret Rådhuset Ringkøbing: " + kr(one));
                l.add("Følgeseddel " + (fs + 7) + " af " + sentPlus(m, -11, DAYMONTH) + ", leveret Materielgården Skjern: " + kr(two));
                l.add("Følgeseddel " + (fs + 13) + " af " + sentPlus(m, -4, DAYMONTH) + ", leveret skolerne: " + kr(a.ore() - one - two));
                l.add("Varer i alt " + a.net() + " + 25 % moms " + a.vat() + " = DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betaling til " + account + ", netto 30 dage (" + dots(m, 30) + ")");
                }
                if (own) {
                    l.add("Indbetaling " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = s.name() + ": " + title.toLowerCase(DA) + " " + no + " (periode)";
                l.add("Aftalenr. " + (70_000 + Math.floorMod(s.domain().hashCode(), 20_000)) + " - " + KOMMUNE);
                l.add("Periode " + dots(m, -31) + " til " + dots(m, -1) + " - " + s.what());
                long fast = a.ore() * 40 / 100;
                long idx = a.ore() / 50;
                l.add("Fast ydelse " + kr(fast) + " - målte ydelser " + kr(a.ore() - fast - idx) + " - indeksregulering " + kr(idx));
                l.add("Sum uden moms " + a.net() + "   moms " + a.vat() + "   sum med moms " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + dots(m, 18) + (account == null ? "" : ", " + account));
                if (own) {
                    l.add("FI-indbetaling " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura-" + n + ".pdf", "faktura_" + n + ".pdf", "RKSK faktura " + n + ".pdf", "Fakt" + n + ".pdf",
            n + ".pdf", "Faktura nr " + n + ".pdf", "invoice_" + n + ".pdf", "Regning " + n + ".pdf", "ringkobing-skjern-" + n + ".pdf",
            "Dokument_" + n + ".pdf", "F_" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Ringkøbing-Skjern Kommune", "Til kreditorbogholderiet", "Goddag", "Hej",
        "Att. økonomi", "Kære kunde", "Hej kreditor", "Til Ringkøbing-Skjern Kommune", "Hej med jer", "Godmorgen",
        "Kære Ringkøbing-Skjern Kommune"};

    private String phone() {
        return "97 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig39:" + s.domain() + s.box()).hashCode(), 6)) {
            case 0:
                return "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nMvh\n" + firstName(s) + "\n" + s.name() + "\nTelefon " + phone();
            case 2:
                return "\n\nMed venlig hilsen\n" + s.person() + " - " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n-- \n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name());
            case 4:
                return "\n\nHilsen\n" + s.person() + "\n" + s.name() + "\n" + (freeMail(s) ? "tlf. " + phone() : "www." + s.domain());
            default:
                return "\n\nDe bedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_800_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Faktura " + no + " - Ringkøbing-Skjern Kommune", s.name() + ": faktura " + no,
            "Ny faktura fra " + s.name(), "Faktura " + no + " / EAN " + EAN, "Regning " + no, "Fakturanr. " + no,
            "Faktura " + no + " - " + s.what(), "Faktura " + no + ", forfald " + dots(m, 21), "RKSK " + no, "Faktura vedhæftet",
            "Fakturering " + no};
        String text = switch (Math.floorMod(v, 11)) {
            case 0 -> "Vedhæftet faktura " + no + " for " + s.what() + ".";
            case 1 -> "Hermed vores faktura " + no + " på " + a.gross() + " kr. inkl. moms med forfald " + dots(m, 21) + ".";
            case 2 -> "Opgaven er afleveret og godkendt af jeres byggeleder. Samme faktura er sendt elektronisk til EAN " + EAN
                + ", så den skal kun betales én gang.";
            case 3 -> "Tak for opgaven. Fakturaen ligger som PDF i mailen - ring endelig, hvis noget ser forkert ud.";
            case 4 -> "Her er fakturaen for perioden. Skriv gerne " + no + " i posteringsteksten.";
            case 5 -> "Fakturanr.: " + no + "\nTotal inkl. moms: " + a.gross() + "\nForfald: " + dots(m, 21) + "\nEAN: " + EAN;
            case 6 -> "Beklager at den kommer lidt sent - vi har haft travlt efter stormen i januar.";
            case 7 -> "Faktura vedlagt. Hav en god dag.";
            case 8 -> "Som aftalt fremsender vi faktura for det udførte arbejde. Spørgsmål kan rettes til " + s.person() + ".";
            case 9 -> "Fakturaen er klar. Jeres indkøbsnummer står på, så den kan matches i jeres system.";
            default -> "Se venligst vedhæftede.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
                + "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    private static final Set<String> PERIODIC = Set.of("skjern-varmevaerk.dk", "tarm-madhus.dk", "rkb-rengoringsservice.dk",
        "skjerntarm-ugeavis.dk", "stauning-turistbusser.dk");
    private static final Set<String> WORK = Set.of("tarm-entreprenor.dk", "hvidesande-havneservice.dk", "no-vognmand.dk",
        "videbaek-vvsblik.dk", "borris-maskinstation.dk");
    private static final Set<String> TRADE = Set.of("skjern-tommerhandel.dk", "hee-kontorforsyning.dk", "fjordens-it-rkb.dk");

    private static int layout(Supplier s, int v) {
        if (PERIODIC.contains(s.domain())) {
            return 3;
        }
        if (WORK.contains(s.domain())) {
            return 1;
        }
        if (TRADE.contains(s.domain())) {
            return v % 3 == 1 ? 0 : 2;
        }
        return v % 2 == 0 ? 1 : 0;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer("Ringkøbing-Skjern Kommune", "Ved Fjorden 6", "Ringkøbing", "6950", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String orderRef,
                       String note) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, orderRef, note, BUYER,
            "Netto 21 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        noiseCase = "VA-36-" + (120 + rnd.nextInt(80));
        wetlandCase = "01.05.17-P20-" + (3 + rnd.nextInt(9)) + "-36";
        runwayOrder = "SO-" + (8_100 + rnd.nextInt(700));
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
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af havnefogeden"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a railing at Bork Havn, aligned SPF pass";
        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, havn, el, maler, vognmand, kontor, varme, bus, maskin,
            kontor, byg, entrep);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Indkøbsnr. RKSK-" + (52_300 + k * 211));
                case 1 -> List.of("Rekvireret af " + to().replace("@rksk.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Ny Skjern Skole, etape 2" : "Driftsaftale 2035-2038"));
                case 3 -> List.of("Deres sagsnr. 36/" + (4_410 + k * 37));
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nUnderskrevne følgesedler ligger ved." : k % 7 == 4
                ? "\n\nFotos af det færdige arbejde er vedhæftet." : k % 8 == 6 ? "\n\nTimelisten er med som CSV." : "";
            invoice(m, s, s.account(), k * 3 + 4, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "fs_" + (k + 611) + ".pdf", Attachments.pdf(docId(m, "fs"), "Følgeseddel",
                    List.of(s.what(), "Modtaget: " + (k % 2 == 0 ? "Rådhuset, Ringkøbing" : "Materielgården, Skjern"),
                        "Kvitteret af modtager", "Kolli: " + (2 + k % 4))));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "IMG_36" + (k + 120) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            } else if (k % 8 == 6) {
                m.mime.attach("text/csv", "timeliste.csv", ("dato;medarbejder;timer;bemærkning\r\n" + isoDay(m, -9) + ";KT;7,5;\r\n"
                    + isoDay(m, -8) + ";KT;7,0;\r\n" + isoDay(m, -5) + ";MH;4,0;afrydning\r\n").getBytes(StandardCharsets.UTF_8));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, rengoer, mad)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 2, List.of("Periode: februar 2036"), "\n\nFakturaen dækker februar.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for February, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        turbineNoise();
        wetland();
        airfield();
        authorityNotices();
        platforms();
        ublFiles();
        bankChanges();
        smallFirms();
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
    }

    private void creditNotes() {
        Object[][] c = {{byg, "Kreditnota til faktura ", "Seks plader krydsfiner og to spande spartel er kommet retur fra "
            + "Bygningsdrift i ubrudt emballage."},
            {kontor, "Kreditering - faktura ", "To kasser kuverter med forkert rudeplacering er hentet igen hos Borgerservice."},
            {bus, "Kreditnota for faktura ", "Svømmekørslen i uge 7 udgik, fordi Skjern Svømmehal var lukket på grund af "
                + "vandskade."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN" + (3_100 + rnd.nextInt(800));
            Amount a = amount(150_000).credit();
            headers(m, s.person(), addr(s), "kreditor@rksk.dk", x[1] + p.no())
                .text(GREETING[i + 4] + "\n\n" + x[2] + " Derfor får I kreditnota " + no + " på " + a.gross() + " kr., som I kan "
                    + "trække fra ved næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2 + 1,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(vognmand, maskin)) {
            M m = ok("statement-of-account", false);
            Past p = past.get(s.domain());
            headers(m, s.person(), addr(s), "kreditor@rksk.dk", "Kontoudtog pr. " + dots(m, -1))
                .text("Hej\n\nTil jeres afstemning: faktura " + p.no() + " på " + p.amount().gross() + " kr. er betalt, og der står "
                    + "ikke andet åbent hos os pr. " + dots(m, -1) + ".\n\nDer skal ikke foretages noget." + signature(s));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open" + (s == vognmand ? " (SPF softfail, DMARC fail)" : "");
        }
        M m = ok("payment-acknowledgement", false);
        Past p = past.get(entrep.domain());
        headers(m, entrep.person(), addr(entrep), "kreditor@rksk.dk", "Indbetaling modtaget - " + p.no())
            .text("Hej\n\nTak, vi har modtaget jeres betaling af faktura " + p.no() + ". Den er udlignet hos os." + signature(entrep));
        genuine(m, entrep.ip());
        m.description = "tarm-entreprenor.dk acknowledges payment of its wave-1 invoice";
    }

    private void reminders() {
        int i = 0;
        for (Supplier s : List.of(it, maler, havn)) {
            M m = ok("payment-reminder", true);
            Past p = past.get(s.domain());
            headers(m, s.person(), addr(s), "kreditor@rksk.dk", "Påmindelse: faktura " + p.no())
                .text(GREETING[i + 1] + "\n\nVi kan ikke se, at faktura " + p.no() + " på " + p.amount().gross() + " kr. er betalt. "
                    + "Måske har den krydset jeres betaling - ellers bedes beløbet indsat på " + s.account() + " som angivet på "
                    + "fakturaen. Der er ikke pålagt gebyr." + signature(s))
                .attach("application/pdf", "Kopi-" + pdfName(p.no(), i), pdfInvoice(m, s, "Fakturakopi", p.no(), p.amount(),
                    s.account(), i, List.of("Påmindelse - oprindelig fakturadato " + dots(m, -30))));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder citing its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String no = "NP-" + (2_036 + rnd.nextInt(300));
        String konto = iban("DK", "76000001610485");
        headers(m, "Advokathuset Skjern, Inkasso", "inkasso@advokathuset-skjern.dk", "kreditor@rksk.dk",
            "Rykker fra advokat vedr. Holmsland Naturpleje, faktura " + no)
            .text("Til Ringkøbing-Skjern Kommune\n\nVi repræsenterer Holmsland Naturpleje v/ Ane Krogh, der oplyser, at faktura " + no
                + " for rydning af rynket rose ved Søndervig (arbejdet udført i november efter jeres rekvisition) stadig er ubetalt. "
                + "Beløbet 18.437,50 kr. bedes betalt til vores klientkonto " + konto + " inden 10 dage. Kontakt os eller klienten, "
                + "hvis I mener, beløbet er betalt.\n\nMed venlig hilsen\nAdvokathuset Skjern\nInkassoafdelingen");
        genuine(m, "127.153.5.1");
        m.description = "a law firm's collection letter for an unlisted nature-care firm's real unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "AV-" + (61_000 + rnd.nextInt(4_000));
        String konto = iban("DK", "53010000922617");
        headers(m, "AffaldVest I/S, Økonomi", "okonomi@affaldvest-is.dk", "okonomi@rksk.dk", "Faktura " + no
            + " - ejerbidrag 1. kvartal 2036")
            .text("Til ejerkommunerne\n\nHermed faktura for Ringkøbing-Skjern Kommunes ejerbidrag for 1. kvartal 2036 efter "
                + "fordelingsnøglen i vedtægterne. Den er også sendt via NemHandel til EAN " + EAN + ".\n\nBetaling til " + konto
                + ".\n\nVenlig hilsen\nAffaldVest I/S")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "av"), "Faktura " + no,
                List.of("AffaldVest I/S", KOMMUNE + ", EAN " + EAN, "Ejerbidrag 1. kvt. 2036, andel 33,8 %",
                    "DKK 1.954.200,00 (ingen moms)", "Konto: " + konto)));
        genuine(m, "127.153.12.1");
        m.description = "the intermunicipal waste company's quarterly owner contribution, its own account, DMARC pass";
    }

    /**
     * Genuine counterparts to the turbine-noise fraud: the acoustician's offer for the measurement the environment office
     * ordered after neighbours complained (history), and her invoice with the measurement report after the work.
     */
    private void turbineNoise() {
        M q = ok("quote", false);
        q.wave = 1;
        headers(q, akustik.person(), addr(akustik), "miljo@rksk.dk", "Tilbud på støjmåling, sag " + noiseCase)
            .text("Kære Natur og Miljø\n\nSom aftalt i telefonen giver vi tilbud på en kontrolmåling af støjen fra de fire møller "
                + "ved Hanning efter naboklagen: måling ved to boliger i to nætter med vind fra vest, beregning efter "
                + "vindmøllebekendtgørelsen og en kort rapport til jeres afgørelse.\n\nPris 46.800 kr. ekskl. moms. Vi fakturerer, "
                + "når rapporten er afleveret. Møllelauget kender datoerne." + signature(akustik))
            .attach("application/pdf", "Tilbud-" + noiseCase + ".pdf", Attachments.pdf(docId(q, "aq"), "Tilbud " + noiseCase,
                List.of(akustik.name() + ", " + street(akustik), "Kunde: " + KOMMUNE + ", Natur og Miljø",
                    "Kontrolmåling, 4 møller ved Hanning, 2 målepunkter", "46.800,00 ekskl. moms", "Faktureres ved aflevering af rapport")));
        genuine(q, akustik.ip());
        q.description = "history: the acoustician's offer for a turbine noise measurement, invoiced after the report (no DMARC)";
        M m = ok("turbine-noise-measurement-invoice", true);
        String no = "VA-" + (2_360 + rnd.nextInt(30));
        Amount a = new Amount(4_680_000, kr(4_680_000), kr(1_170_000), kr(5_850_000));
        headers(m, akustik.person(), addr(akustik), "miljo@rksk.dk", "Faktura " + no + " - støjmåling Hanning, " + noiseCase)
            .text("Kære Natur og Miljø\n\nRapporten fra målingerne ved Hanning ligger ved. Begge nætter havde gyldig vind, og "
                + "resultatet er under grænseværdien ved begge boliger. Hermed faktura efter tilbuddet." + signature(akustik))
            .attach("application/pdf", "Faktura-" + no + ".pdf", pdfInvoice(m, akustik, "Faktura", no, a, akustik.account(), 0,
                List.of("Jf. tilbud " + noiseCase + ", rapport afleveret")))
            .attach("application/pdf", "Maalerapport-" + noiseCase + ".pdf", Attachments.pdf(docId(m, "rap"), "Målerapport "
                + noiseCase, List.of("Vindmøller ved Hanning, 4 x 3,6 MW", "Målepunkt A og B, to nætter, vind 6-8 m/s fra V",
                    "Beregnet støj 41,8 og 42,6 dB(A) ved 8 m/s, grænse 44 dB(A)")));
        genuine(m, akustik.ip());
        m.description = "the acoustician invoices the noise measurement after delivering the report, as quoted (no DMARC)";
    }

    /**
     * Genuine counterparts to the wetland-compensation fraud: the land surveyor's invoice for the land consolidation, and
     * the agricultural advisers' letter that the landowners' compensation is paid to each owner's NemKonto.
     */
    private void wetland() {
        M m = ok("surveyor-invoice", true);
        String no = "LH-" + (7_720 + rnd.nextInt(50));
        Amount a = amount(9_000_000);
        headers(m, landinsp.person(), addr(landinsp), "natur@rksk.dk", "Faktura " + no + " - jordfordeling, sag " + wetlandCase)
            .text("Kære Natur og Miljø\n\nFaktura for jordfordelingsarbejdet i vådområdeprojektet ved Skjern Å i januar og "
                + "februar: forhandlinger med lodsejerne, fordelingsplan og de matrikulære berigtigelser. Fordelingsplanen er sendt "
                + "til Landbrugsstyrelsen. Erstatningerne til lodsejerne udbetales af jer til deres NemKonto - de går ikke gennem "
                + "os." + signature(landinsp))
            .attach("application/pdf", "Faktura-" + no + ".pdf", pdfInvoice(m, landinsp, "Faktura", no, a, landinsp.account(), 0,
                List.of("Sag " + wetlandCase + ", vådområde ved Skjern Å")));
        genuine(m, landinsp.ip());
        m.description = "the land surveyor invoices the wetland project's land consolidation, usual account, DMARC pass";
        m = ok("supplier-letter", false);
        headers(m, "Landbrug Vest, Planteavl og Natur", "natur@landbrug-vest.dk", "natur@rksk.dk",
            "Vådområdet ved Skjern Å - erstatningsopgørelser")
            .text("Kære Ringkøbing-Skjern Kommune\n\nVi har gennemgået erstatningsopgørelserne med de syv lodsejere, vi rådgiver i "
                + "projektet " + wetlandCase + ". Alle har skrevet under, og beløbene udbetales af kommunen til hver lodsejers "
                + "NemKonto, som aftalt. Ingen af dem ønsker betaling til os eller til andre konti.\n\nVenlig hilsen\nLandbrug Vest");
        genuine(m, "127.153.2.1");
        m.description = "agricultural advisers confirm the wetland compensation goes to each landowner's NemKonto, nothing to pay";
    }

    /**
     * Genuine counterparts to the airfield fraud: the airfield firm's service confirmation (history) and its invoice after the
     * runway-light inspection and friction test at Stauning.
     */
    private void airfield() {
        M c = ok("order-confirmation", false);
        c.wave = 1;
        headers(c, banelys.person(), addr(banelys), "lufthavn@rksk.dk", "Ordrebekræftelse " + runwayOrder + " - Stauning")
            .text("Hej Stauning Lufthavn\n\nVi bekræfter forårseftersynet af banelys, PAPI og vindposer samt friktionsmåling af "
                + "bane 09/27 i uge 11. Vi fakturerer efter eftersynet med rapporten. Der skal ikke betales noget forud." 
                + signature(banelys));
        genuine(c, banelys.ip());
        c.description = "history: the airfield firm confirms the spring inspection, invoiced afterwards (Ed25519, p=none)";
        M m = ok("airfield-service-invoice", true);
        String no = "FT-" + (36_050 + rnd.nextInt(90));
        Amount a = amount(6_000_000);
        headers(m, banelys.person(), addr(banelys), "lufthavn@rksk.dk", "Faktura " + no + " - eftersyn " + runwayOrder)
            .text("Hej Stauning Lufthavn\n\nEftersynet er gennemført. To lamper i indflyvningslyset er udskiftet, og "
                + "friktionsværdierne er fine. Rapporten og fakturaen er vedhæftet." + signature(banelys))
            .attach("application/pdf", "Faktura-" + no + ".pdf", pdfInvoice(m, banelys, "Faktura", no, a, banelys.account(), 1,
                List.of("Ordre " + runwayOrder + ", Stauning Lufthavn")))
            .attach("application/pdf", "Rapport-" + runwayOrder + ".pdf", Attachments.pdf(docId(m, "fr"), "Eftersynsrapport "
                + runwayOrder, List.of("Stauning Lufthavn, bane 09/27", "Banelys og PAPI kontrolleret, 2 lamper udskiftet",
                    "Friktionsmåling: gennemsnit 0,71")));
        genuine(m, banelys.ip());
        m.description = "the airfield firm invoices the runway-light inspection after the work, usual account (p=none aligned)";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Landbrugsstyrelsen", "vaadomraader@landbrugsstyrelsen.dk", "natur@rksk.dk", "Tilsagn om tilskud, "
            + wetlandCase)
            .text("Til Ringkøbing-Skjern Kommune\n\nLandbrugsstyrelsen har modtaget fordelingsplanen for vådområdet ved Skjern Å. "
                + "Tilskuddet til lodsejererstatninger udbetales til kommunens NemKonto, når anmodningen om udbetaling er "
                + "godkendt.\n\nMed venlig hilsen\nLandbrugsstyrelsen");
        genuine(m, "127.153.3.1");
        m.description = "authority grant notice for the wetland project: payout to the municipality's NemKonto";
        m = ok("authority-notice", false);
        headers(m, "Miljø- og Fødevareklagenævnet", "post@mfkn.dk", "miljo@rksk.dk", "Klage over støj fra vindmøller ved Hanning")
            .text("Nævnet har modtaget en klage over kommunens afgørelse om støj fra møllerne ved Hanning. Kommunen bedes sende "
                + "sagens akter, herunder målerapporten, inden 3 uger. Der er intet gebyr for kommunen.\n\nMiljø- og "
                + "Fødevareklagenævnet");
        genuine(m, "127.153.4.1");
        m.description = "the appeals board asks for the noise case's documents, nothing to pay";
    }

    private void platforms() {
        int v = 0;
        for (String d : List.of("billetto.dk", "conferize.com", "invoicera.com", "kleer.se", "mitfaktura.dk")) {
            M m = ok("platform-invoice", true);
            Amount a = amount(430_000);
            m.mailFrom = "bounce-" + sha256("plat39:" + m.id).substring(0, 14) + "@" + d;
            String link = sha256("pl39:" + m.id).substring(0, 20);
            switch (d) {
                case "billetto.dk" -> {
                    String no = "BT-" + (880_000 + rnd.nextInt(50_000));
                    headers(m, "Ringkøbing Kunstmuseum via Billetto", "faktura@billetto.dk", "skoler@rksk.dk", "Faktura " + no
                        + " - skoleforløb forår 2036")
                        .header("Reply-To", "<formidling@ringkobing-kunstmuseum.dk>")
                        .text("Kære Ringkøbing-Skjern Kommune, Skoler\n\nTak for tilmeldingerne til museets forløb for 5.-7. "
                            + "klasse i marts og april. Fakturaen for 9 forløb er vedhæftet.\n\nBeløb: " + a.gross() + " kr.\nForfald: "
                            + dots(m, 21) + "\n\nRingkøbing Kunstmuseum\n(sendt via Billetto)")
                        .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "bt"), "Faktura " + no,
                            List.of("Ringkøbing Kunstmuseum", "Kunde: " + KOMMUNE + ", Skoler", "9 skoleforløb, forår 2036",
                                "DKK " + a.net() + " + moms = " + a.gross(), "Konto: " + iban("DK", "76000001688140"))));
                    m.description = "platform billetto.dk: the art museum's school programme invoice, Reply-To the museum";
                }
                case "conferize.com" -> {
                    String no = "CZ-" + (44_000 + rnd.nextInt(5_000));
                    headers(m, "Conferize Billing", "billing@conferize.com", "okonomi@rksk.dk", "Invoice " + no
                        + " - Vestkystkonferencen 2036")
                        .text("Hello\n\nThank you for registering 4 participants for Vestkystkonferencen 2036 (tourism and coastal "
                            + "management). Invoice " + no + " for DKK " + a.gross() + " is attached; pay by card or bank transfer "
                            + "by " + isoDay(m, 14) + ".\n\nConferize")
                        .attach("application/pdf", "Invoice-" + no + ".pdf", Attachments.pdf(docId(m, "cz"), "Invoice " + no,
                            List.of("Conferize ApS on behalf of Vestkystkonferencen", "Customer: " + KOMMUNE,
                                "4 x conference ticket", "Total DKK " + a.gross())));
                    m.description = "platform conferize.com: conference tickets for four staff, English, card or transfer";
                }
                case "invoicera.com" -> {
                    String no = "INV-" + (5_200 + rnd.nextInt(900));
                    headers(m, lyd.name() + " via Invoicera", "noreply@invoicera.com", "kultur@rksk.dk", "Faktura " + no + " fra "
                        + lyd.name())
                        .header("Reply-To", Mime.address(lyd.person(), addr(lyd)))
                        .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\"><p>Hej " + KOMMUNE
                            + "</p><p>" + lyd.name() + " har sendt faktura <b>" + no + "</b> på <b>" + a.gross() + " kr.</b>, forfald "
                            + dots(m, 14) + ".</p><p><a href=\"https://app.invoicera.com/view/" + link + "\">Vis faktura</a></p>"
                            + "<p style=\"font-size:11px;color:#888\">Sendt med Invoicera</p></body></html>");
                    m.description = "platform invoicera.com: the sound and stage firm's invoice, Reply-To the firm";
                }
                case "kleer.se" -> {
                    String no = "K-" + (13_000 + rnd.nextInt(800));
                    headers(m, skadedyr.name() + " (Kleer)", "faktura@kleer.se", "miljo@rksk.dk", "Faktura " + no + " fra "
                        + skadedyr.name())
                        .header("Reply-To", Mime.address(skadedyr.person(), addr(skadedyr)))
                        .text("Hej\n\n" + skadedyr.name() + " har udstedt faktura " + no + " via Kleer.\n\nBeløb: " + a.gross()
                            + " kr.\nForfald: " + dots(m, 14) + "\nKonto: " + skadedyr.account() + "\n\nKleer")
                        .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, skadedyr, "Faktura", no, a,
                            skadedyr.account(), 0, List.of("Udstedt via Kleer")));
                    m.description = "platform kleer.se: the pest controller's invoice, Reply-To the firm, its own account";
                }
                default -> {
                    String no = "MF" + (770_000 + rnd.nextInt(20_000));
                    headers(m, pudser.name() + " via mitfaktura", "faktura@mitfaktura.dk", "dagtilbud@rksk.dk", "Faktura " + no)
                        .header("Reply-To", Mime.address(pudser.person(), addr(pudser)))
                        .text("Hej\n\nDu har modtaget en faktura fra " + pudser.name() + ".\n\nFakturanr.: " + no + "\nBeløb: "
                            + a.gross() + " kr.\nBetales senest: " + dots(m, 10) + "\n\nFakturaen er vedhæftet.\n\nmitfaktura.dk")
                        .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, pudser, "Faktura", no, a,
                            pudser.account(), 0, List.of("Udstedt via mitfaktura.dk")));
                    m.description = "platform mitfaktura.dk: a window cleaner's invoice, Reply-To his hotmail";
                }
            }
            genuine(m, dns.get(d).spfIps().get(0));
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(vvs, byg, mad)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_100_000);
            boolean peppol = v == 1;
            String ref = "RKSK-" + (61_200 + v * 409);
            headers(m, s.name(), addr(s), "efaktura@rksk.dk", "E-faktura " + no + (peppol ? " i Peppol BIS" : " i OIOUBL"))
                .text("Hej e-faktura\n\nVores faktura " + no + " er kommet retur fra NemHandel, fordi vi havde et forkert "
                    + "enhedsnummer på jer efter skiftet af økonomisystem. Indtil det er rettet, får I XML-filen og en PDF-kopi "
                    + "her. Betalingsoplysningerne er de sædvanlige - kommer den også ad den normale vej, så betal kun én af dem."
                    + "\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl_") + no.replace('/', '-') + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 21), peppol, ref, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi-" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 1, List.of("Indkøbsnr. " + ref, "Format: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF copy, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced properly from the supplier's own domain, each followed by the supplier's next
     * invoice to the new account: the carpenter moves bank; the meal service's new owner takes over payments.
     */
    private void bankChanges() {
        String nyT = bank("9280", "0002230417");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@rksk.dk", "Skift af pengeinstitut pr. 1. april")
            .text("Til kreditorbogholderiet\n\nSpjald Tømrer & Byg har flyttet forretningen til et andet pengeinstitut. Fakturaer "
                + "dateret 1. april 2036 og senere skal betales til " + nyT + ". Fakturaer sendt før da betales som angivet på dem - "
                + "den gamle konto er åben til sommer.\n\nI er velkomne til at ringe til mig på det nummer, I har i "
                + "leverandørkartoteket, før I retter noget. Brevet med min underskrift er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Nyt-pengeinstitut-Spjald-Tomrer.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om nyt "
                + "pengeinstitut", List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer dateret fra "
                    + "01.04.2036", "Ny konto: " + nyT, "Henrik Dahl, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from April (SPF+Ed25519 aligned, no DMARC), invites a "
            + "call-back";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye døre til personalerummet, Spjald Skole");
        invoice(m, moved, nyT, 15, List.of("Nyt pengeinstitut fra 01.04.2036, jf. vores brev"), "\n\nBemærk det nye kontonummer, "
            + "som vi skrev om for nylig.");
        genuine(m, toemrer.ip());
        m.description = "spjald-tomrerbyg.dk invoice to its new account after the announced, authenticated bank change";

        String nyM = iban("DK", "53010001129906");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Tarm Madhus, Regnskab", "regnskab@tarm-madhus.dk", "kreditor@rksk.dk", "Nye betalingsoplysninger fra 1. marts 2036")
            .text("Til Ringkøbing-Skjern Kommune, kreditor og Sundhed og Omsorg\n\nSom nævnt på kontraktmødet i januar er Tarm Madhus "
                + "A/S købt af Vestjyske Køkkener A/S. Fakturaer udstedt fra 1. marts betales derfor til " + nyM + ". Ældre "
                + "fakturaer kan betales til den gamle konto til udgangen af maj. CVR, priser og EAN-aftale er uændrede.\n\n"
                + "Meddelelsen er også sendt med direktørens underskrift til jeres Digital Post, og I kan ringe til os på nummeret "
                + "i kontrakten.\n\nVenlig hilsen\nTarm Madhus A/S, Regnskab");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (RSA, p=reject, DMARC pass) announces its new owner's account from March, "
            + "also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM,
            "madservice til hjemmeboende ældre og Plejecenter Engbo, marts");
        invoice(m, pooled, nyM, 18, List.of("Ny betalingskonto fra 01.03.2036, jf. vores meddelelse"), "\n\nHusk den nye konto, "
            + "som vi har skrevet om - alt andet er som før.");
        genuine(m, mad.ip());
        m.description = "tarm-madhus.dk invoice to its new account after the announced, authenticated change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(lyd, skadedyr, natur, guide, tolk, musik, pudser, yoga)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 3, List.of(), v % 3 == 0 ? "\n\nTak for denne gang." : "");
            genuine(m, s.ip());
            m.description = "unlisted " + (freeMail(s) ? "sole trader on " + s.domain() : s.domain()) + " invoice, own account";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        m.wave = 1;
        String no = "HM-36-" + (140 + rnd.nextInt(60));
        Amount a = amount(9_000_000);
        headers(m, "Halmstad Marinbygg AB, Ekonomi", addr(svensk), "havne@rksk.dk", "Faktura " + no + " - spontvägg Ringkøbing Havn")
            .text("Hej\n\nBifogat finns fakturan för reparationen av spontväggen vid kaj 2 i Ringkøbing Havn. Omvänd "
                + "skattskyldighet gäller.\n\nMed vänliga hälsningar\nHalmstad Marinbygg AB")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no, List.of(
                svensk.name() + ", Halmstad, org.nr 556" + (100_000 + rnd.nextInt(800_000)), "Kund: " + KOMMUNE + ", Havne",
                svensk.what(), "Belopp DKK " + a.net() + " - omvänd skattskyldighet", "Betalning: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "history: Swedish harbour builder, reverse charge, SE IBAN (p=none aligned pass)";
        m = ok("foreign-invoice", true);
        no = "RE-" + (2_036_000 + rnd.nextInt(900));
        a = amount(4_000_000);
        headers(m, "Itzehoe Spielgeräte GmbH", addr(tysk), "kultur@rksk.dk", "Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung " + no + " für die Spielgeräte des "
                + "Strandspielplatzes in Søndervig (Lieferung im Februar). Steuerschuldnerschaft des Leistungsempfängers.\n\n"
                + "Mit freundlichen Grüßen\nBuchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no, List.of(
                tysk.name() + ", Itzehoe", "Kunde: " + KOMMUNE, tysk.what(), "Nettobetrag EUR " + kr(a.ore() / 7),
                "Bankverbindung: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German playground maker's invoice (SPF only, no DMARC), DE IBAN";
        m = ok("foreign-invoice", true);
        no = "ZDF-" + (5_400 + rnd.nextInt(300));
        a = amount(3_000_000);
        headers(m, "Zeeland Dune Fencing, Accounts", addr(hollandsk), "vejogpark@rksk.dk", "Invoice " + no + " - dune fencing")
            .text("Dear customer,\n\nPlease find attached invoice " + no + " for the sand fencing and marram planting at Søndervig "
                + "and Hvide Sande, completed in February. Reverse charge applies.\n\nKind regards\nAccounts\nZeeland Dune Fencing B.V.")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no, List.of(
                hollandsk.name() + ", Middelburg", "Customer: " + KOMMUNE + ", EAN " + EAN, hollandsk.what(),
                "Net EUR " + kr(a.ore() / 7) + ", VAT reverse charged", "Payment to " + hollandsk.account())));
        genuine(m, hollandsk.ip());
        m.description = "Dutch dune-fencing firm's English invoice, NL IBAN, DMARC pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        headers(m, "Dixa Billing", "billing@dixa.com", "it@rksk.dk", "Your Dixa invoice for March 2036")
            .text("Hi Ringkøbing-Skjern Kommune\n\nYour invoice for 12 agent seats (Borgerservice) for March 2036 is attached. It is "
                + "also delivered to EAN " + EAN + ". Amount due: DKK 10.440,00 incl. VAT.\n\nDixa");
        m.mime.attach("application/pdf", "dixa-invoice-2036-03.pdf", Attachments.pdf(docId(m, "dx"), "Invoice DX-2036-03-" + (4_100
            + rnd.nextInt(800)), List.of("Dixa ApS", "Customer: " + KOMMUNE + ", EAN " + EAN, "12 seats x 696,00", "Total DKK 10.440,00")));
        genuine(m, "127.155.21.1");
        m.description = "SaaS invoice from dixa.com, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        headers(m, "Kontainer", "invoice@kontainer.com", "kultur@rksk.dk", "Faktura for Kontainer - årsabonnement 2036")
            .text("Hej\n\nHermed faktura for årsabonnementet på jeres billedbank (turisme og kommunikation). Den er sendt til EAN "
                + EAN + " og skal betales der.\n\nVenlig hilsen\nKontainer");
        m.mime.attach("application/pdf", "kontainer-2036.pdf", Attachments.pdf(docId(m, "ko"), "Faktura KT-36-" + (900
            + rnd.nextInt(90)), List.of("Kontainer A/S", KOMMUNE + ", EAN " + EAN, "Årsabonnement Business", "DKK 38.000,00 + moms")));
        genuine(m, "127.155.22.1");
        m.description = "SaaS invoice from kontainer.com to the EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        headers(m, "EasyPlan", "kvittering@easyplan.dk", "aeldre@rksk.dk", "Kvittering - EasyPlan vagtplan, marts")
            .text("Tak for betalingen.\n\nVagtplan for Lem Plejecenter, 48 medarbejdere, marts 2036: 2.160,00 kr. inkl. moms, "
                + "trukket på kortet der slutter på 4418.\n\nEasyPlan");
        genuine(m, "127.155.23.1");
        m.description = "SaaS receipt from easyplan.dk, paid by card (p=none aligned)";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce@hellosign.com";
        headers(m, "Ringkøbing Kunstmuseum via HelloSign", "noreply@hellosign.com", "kultur@rksk.dk",
            "Underskriv: Udlånsaftale - skulpturer til Fjordstien")
            .header("Reply-To", "<direktion@ringkobing-kunstmuseum.dk>")
            .html("<html><body><p>Ringkøbing Kunstmuseum har sendt dig et dokument til underskrift: <b>Udlånsaftale - skulpturer "
                + "til Fjordstien 2036</b>.</p><p><a href=\"https://app.hellosign.com/sign/" + sha256("hs39:" + m.id).substring(0, 24)
                + "\">Gennemse og underskriv</a></p><p>HelloSign</p></body></html>");
        genuine(m, "127.155.24.1");
        m.description = "genuine e-signature request through hellosign.com (its own domain, DMARC pass)";
    }

    private void newsletters() {
        String[][] n = {{"svindelradar.dk", "Svindelradar", "nyhedsbrev@", "Møllestøj, vådområder og flyvepladser: nye svindelnumre",
            "Svindlere læser kommunernes dagsordener. Når der står støjmåling, jordfordeling eller baneeftersyn, kommer der snart en "
                + "regning eller en 'ny konto'. Tjek altid mod jeres egen bestilling."},
            {"vestkyst-revision.dk", "Vestkyst Revision", "nyt@", "Forårets tjekliste for kreditorbogholderiet",
                "Kontroller nye kontonumre via et telefonnummer, I selv har, og gennemgå stamdataændringer hver måned."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl39:" + x[0]).substring(0, 16) + "@heyloyalty.com";
            headers(m, x[1], x[2] + x[0], "okonomi@rksk.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld?u=" + sha256("u39:" + x[0]).substring(0, 18) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"margin:0;background:#eef2f4\"><table width=\"600\" align=\"center\" style=\""
                    + "background:#fff;font-family:Verdana,sans-serif;font-size:13px\"><tr><td style=\"padding:24px\"><h2>" + x[3]
                    + "</h2><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs mere</a></p><p style=\"font-size:"
                    + "10px;color:#777\">Du får denne mail, fordi du har tilmeldt dig. Frameld med ét klik.</p></td></tr></table>"
                    + "</body></html>");
            m.signers.add(x[0]);
            m.signers.add("heyloyalty.com");
            m.ip = "127.155.7.1";
            m.helo = "mta.heyloyalty.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"vestjyske-kommuner-okonomi.dk", "Birgit Thomsen", "bith@", "Regning for støjmåling, vi ikke har bestilt",
            "Hej alle\n\nVores miljøafdeling har fået en faktura for en 'lovpligtig' støjmåling ved et vindmølleprojekt, som ingen "
                + "her har bestilt. Firmaet findes ikke i CVR. Har andre fået den?\n\nBirgit"},
            {"indkob-midtvest.dk", "Jakob Mørk", "jamo@", "SV: Regning for støjmåling, vi ikke har bestilt", "Ja - og hos os kom "
                + "der bagefter en mail om, at lodsejererstatninger skulle gå til en advokats klientkonto. Vi ringede til "
                + "advokaten, som intet vidste.\n\nJakob"},
            {"vestjyske-kommuner-okonomi.dk", "Per Vinther", "pevi@", "Flyveplads: faktura for afisning", "Hej\n\nVores lufthavn "
                + "har fået en regning for afisning af banen en nat med frost. Ingen har været der. Pas på.\n\nPer"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditorforum-vestjylland.dk", x[3])
                .header("List-Id", "Kreditorforum Vestjylland <forum.kreditorforum-vestjylland.dk>")
                .header("List-Post", "<mailto:forum@kreditorforum-vestjylland.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorforum-vestjylland.dk", "[Kreditorforum Vest] ", "\r\n--\r\nKreditorforum Vestjylland - "
                + "for kreditor- og indkøbsfolk i de vestjyske kommuner\r\nAfmeld: https://kreditorforum-vestjylland.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 25, List.of(), "");
        m.mailFrom = "SRS0=h7Qz=GK=skjerntarm-ugeavis.dk=annonce@srs.skjern-bredbaand.dk";
        m.signers.add(avis.domain());
        m.ip = "127.155.11.1";
        m.helo = "srs.skjern-bredbaand.dk";
        m.description = "skjerntarm-ugeavis.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 34, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.fjordnet-rkb.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 39, List.of(), "");
        relayedBy(m, "relay.fjordnet-rkb.dk", "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        invoice(m, smed, smed.account(), 30, List.of(), "");
        relayedBy(m, "relay.fjordnet-rkb.dk", "SPF only, no DMARC: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(bus);
        Amount a = amount(300_000);
        Mime orig = original(m, "inner39:", 1, 4, 52, bus, "Mette Vang <meva@rksk.dk>", "Faktura " + no
            + " - tur til Naturcenter Skjern Enge");
        orig.text("Hej Mette\n\nHer er regningen for bussen til Skjern Enge med 4. klasserne.\n\nKørselskontoret\nStauning Turistbusser");
        orig.attach("application/pdf", pdfName(no, 4), pdfInvoice(m, bus, "Faktura", no, a, bus.account(), 3, List.of()));
        headers(m, "Mette Vang", "meva@" + OWN, "kreditor@rksk.dk", "VS: Faktura " + no + " - tur med 4. årgang")
            .text("Hej kreditor\n\nBusselskabet sendte fakturaen direkte til mig. Turen er kørt, og jeg godkender den - kontering "
                + "Tarm Skole, ekskursioner. Deres mail er vedhæftet.\n\nMette Vang\nTarm Skole")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a teacher forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    private void internal() {
        String[][] x = {{"Kreditor", "kreditor@", "ledere@rksk.dk", "Regninger for målinger, erstatninger og lufthavnen",
            "Kære ledere\n\nStøjmålinger ved vindmøller bestilles kun af Natur og Miljø og betales efter rapporten. Erstatninger "
                + "i vådområdeprojektet udbetales kun til lodsejernes NemKonto. Eftersyn og afisning i Stauning bestilles af "
                + "lufthavnschefen. Andre regninger eller kontoændringer om det sendes til os, før der betales.\n\nKreditor"},
            {"Gitte Højgaard", "gih@", "kreditor@rksk.dk", "Tarm Madhus - ny konto bekræftet", "Hej\n\nJeg har ringet til "
                + "regnskabschefen i Tarm Madhus på nummeret i kontrakten og fået den nye konto bekræftet. Brevet ligger også i "
                + "Digital Post. Kreditoroplysningerne er rettet for fakturaer fra 1. marts.\n\nGitte\nSundhed og Omsorg"},
            {"IT-sikkerhed", "itsikkerhed@", "alle@rksk.dk", "QR-koder og 'del dokument'-mails", "Vi ser mails med QR-koder om "
                + "parkering og 'delte dokumenter', der beder om login. Scan ikke og log ikke ind - videresend til os."},
            {"Niels Østergaard", "nios@", "kreditor@rksk.dk", "Udlæg: parkering i Hvide Sande", "Hej\n\nKvittering for "
                + "parkering ved havnen i Hvide Sande, da jeg var til møde med fiskeriforeningen, er vedhæftet.\n\nNiels\nHavne"},
            {"Stauning Lufthavn", "lufthavn@", "kreditor@rksk.dk", "Eftersyn og afisning", "Hej kreditor\n\nBaneeftersyn udføres "
                + "kun af Flyveplads Teknik efter vores ordre, og afisning gør vi selv. Regninger for andet sendes til mig.\n\n"
                + "Lufthavnschefen"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "parkering.jpg", Attachments.image(docId(m, "bon"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Skjern Andelskasse Erhverv", "erhverv@skjern-andelskasse.dk", "okonomi@rksk.dk", "Betalingsfil modtaget")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 214 betalinger til udførelse i morgen. Se detaljerne i "
                + "netbanken. Vi sender aldrig links til login i mails.\n\nSkjern Andelskasse");
        genuine(m, "127.155.1.1");
        m.description = "bank notice without link, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Skjern Andelskasse Erhverv", "erhverv@skjern-andelskasse.dk", "okonomi@rksk.dk", "Nyt: navnetjek ved "
            + "overførsler")
            .text("Fra 1. april viser netbanken, om modtagerens navn passer til kontoen, før en overførsel godkendes. Det kræver "
                + "ingen handling fra jer.\n\nSkjern Andelskasse");
        genuine(m, "127.155.1.1");
        m.description = "bank notice about payee verification, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Fjordbanken", "kunde@fjordbanken-rkb.dk", "okonomi@rksk.dk", "Rentesatser fra 1. april")
            .text("Kære kunde\n\nRenten på jeres driftskonto ændres fra 1. april. Den nye sats ses i netbanken under "
                + "kontooplysninger.\n\nFjordbanken");
        genuine(m, "127.155.2.1");
        m.description = "second bank's interest notice, Ed25519, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Vestkyst Revision", "revision@vestkyst-revision.dk", "kreditor@rksk.dk", "Saldobekræftelse for Skjern "
            + "Tømmerhandel A/S")
            .text("Som revisor for Skjern Tømmerhandel A/S beder vi jer bekræfte jeres saldo hos selskabet pr. 31.12.2035 ved at "
                + "svare på denne mail. Der skal ikke betales noget.\n\nVestkyst Revision");
        genuine(m, "127.153.6.1");
        m.description = "a listed supplier's real auditor asks for our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Ringkøbing Efterskole", "kontor@ringkobing-efterskole.dk", "okonomi@rksk.dk", "Indbetaling - leje af hal")
            .text("Hej\n\nVi har i dag betalt jeres faktura for leje af Ringkøbing Hallen i februar, 9.600 kr.\n\nKontoret");
        genuine(m, "127.153.7.1");
        m.description = "a school paying us, remittance advice";
        m = ok("remittance-advice", false);
        headers(m, "AffaldVest I/S", "okonomi@affaldvest-is.dk", "okonomi@rksk.dk", "Betalingsadvis - afregning af genbrug")
            .text("Hej\n\nAfregningen for genbrugsmaterialer i 4. kvartal er overført til jeres NemKonto. Specifikation vedhæftet.\n\n"
                + "AffaldVest I/S")
            .attach("text/csv", "advis.csv", ("bilag;beløb\r\nAV-Q4-35;212.440,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.153.12.1");
        m.description = "the waste company's payment advice to us with CSV";
    }

    private void shops() {
        M m = ok("receipt", false);
        headers(m, "Tarm Isenkram", "kvittering@tarm-isenkram.dk", "bygningsdrift@rksk.dk", "Kvittering for køb")
            .text("Tak for købet.\n\nSkruer, beslag og en boremaskine - 2.385,00 kr. inkl. moms - betalt med kommunens kort.\n\n"
                + "Tarm Isenkram");
        genuine(m, "127.153.10.1");
        m.description = "hardware shop receipt, paid (SPF only, p=none)";
        m = ok("receipt", false);
        headers(m, "Ringkøbing Boghandel", "butik@ringkobing-boghandel.dk", "skoler@rksk.dk", "Din ordre er sendt")
            .text("Din ordre på 28 eksemplarer af 'Fjorden og havet' er sendt til Ringkøbing Skole og betalt med kort.\n\n"
                + "Ringkøbing Boghandel");
        genuine(m, "127.153.11.1");
        m.description = "bookshop receipt, paid (Ed25519, no DMARC)";
        m = ok("order-confirmation", false);
        headers(m, "Videbæk Inventar", "ordre@videbaek-inventar.dk", "skoler@rksk.dk", "Ordrebekræftelse - elevborde")
            .text("Tak for ordren på 56 hæve-sænke-elevborde til Videbæk Skole. Levering i uge 14. Faktura sendes elektronisk efter "
                + "levering.\n\nVidebæk Inventar");
        genuine(m, "127.153.8.1");
        m.description = "order confirmation, invoice to follow electronically";
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
        splitPayments();
        vishingFollowups();
        fakeInkasso();
        fakeDigitalPost();
        fakeNemHandel();
        directoryScams();
        callbacks();
        qrCodes();
        imageOnly();
        archives();
        macros();
        svgHtml();
        xmlChanged();
        fakeSignatures();
        english();
        noiseFrauds();
        wetlandFrauds();
        airfieldFrauds();
    }

    private static final String[] MULES = {iban("LT", "4332500000177004"), iban("DK", "98710004471203"), bank("5301", "0003159027"),
        iban("EE", "9622009900561234"), iban("PL", "271140200400003702000987"), iban("GB", "REVO00997733104422"),
        iban("IE", "AIBK93115212345678"), iban("NL", "INGB0682915533"), iban("DE", "120300000017733921"),
        iban("HU", "117730160011223300000000"), iban("RO", "BTRL01301205S58122XX"), iban("BG", "STSA93000012345678"),
        iban("CY", "005001200000001200337711"), bank("9070", "0002277341"), iban("MT", "MALT01100000000000000012345"),
        iban("SE", "80000000090231145566"), iban("LT", "1073000010099881"), iban("DK", "89900007723516"),
        iban("NO", "15032205517"), iban("LT", "9121400990300440")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, byg, kontor};
        String[] notes = {"\n\nVIGTIGT: Vores konto er flyttet. Kontonummeret på denne faktura er det eneste gyldige fremover.",
            "\n\nVi har skiftet bankforbindelse i forbindelse med en omlægning af koncernens økonomi. Opdater venligst jeres "
                + "kreditorkartotek.", "",
            "\n\nbemærk nye bankoplysninger på fakturaen. gammel konto lukkes ved månedens udgang. hilsen ordrer"};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 3 + 1), i + 8, List.of("Ændret kontonummer"), notes[i]);
            if (who[i] == byg) {
                m.mime.header("Reply-To", "<erhverv@skjern-tommerhandel.net>");
                fd("skjern-tommerhandel.net");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " (DMARC " + dns.get(who[i].domain()).dmarc() + ") from a fraudster's "
                + "machine, changed account" + (who[i] == byg ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"skjern-varmevaerk.com", varme}, {"tarm-entreprenoer.dk", entrep}, {"videbaek-el-service.dk", el},
            {"ringkobing-rengoringsservice.dk", rengoer}, {"borris-maskinstation.com", maskin}};
        String[] notes = {"\n\nGør venligst opmærksom på vores nye kontonummer, som står nederst på fakturaen.", "",
            "\n\nFra marts bruger vi en ny bank. Kontonummeret på fakturaen her er det rigtige.", "",
            "\n\nVi er skiftet til en anden bank efter generationsskiftet. Brug kontoen på fakturaen."};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = fd((String) l[i][0]);
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 4), i * 4 + 2, List.of(), notes[i]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = fd(idn("skjern-t\u043emmerhandel.dk"));
        M m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(9), 21, List.of("Ny bankforbindelse pr. 1. marts 2036"), "\n\nFakturaen her "
            + "og alle kommende skal betales til den nye konto.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) posing as skjern-tommerhandel.dk, invoice with new account, authenticates";
        d = fd(idn("ringk\u043ebing-skjern-kommune.dk"));
        m = bad("punycode-homoglyph");
        headers(m, "Borgerservice, Ejendomsskat", "ejendomsskat@" + d, "kreditor@rksk.dk", "Tilbagebetaling af grundskyld - "
            + "sommerhus i Søndervig")
            .text("Hej kreditor\n\nEn tysk ejer af et sommerhus i Søndervig har betalt grundskylden for 2035 to gange. Vi har "
                + "godkendt tilbagebetalingen på 18.940 kr. Han har ingen NemKonto, så beløbet skal overføres til hans bank i "
                + "Hamborg: " + mule(8) + ". Sagen er gammel, så gerne i dag.\n\nBorgerservice");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our own municipality: a 'property-tax refund' to a DE IBAN";
    }

    private void platformFrauds() {
        String d = fd("invoicera-skjern.com");
        M m = bad("lookalike-platform");
        headers(m, lyd.name() + " via Invoicera", "noreply@" + d, "kultur@rksk.dk", lyd.name() + " har delt 3 dokumenter med dig")
            .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><p>Hej</p><p>" + lyd.name() + " har delt tre "
                + "fakturaer for fjordfesten med jer. Af sikkerhedshensyn skal du logge ind med din arbejdskonto for at hente dem."
                + "</p><p><a href=\"https://" + d + "/docs/" + sha256("lp39:" + m.id).substring(0, 18) + "\">Hent dokumenter</a></p>"
                + "</body></html>");
        ownedBy(m, d);
        m.description = "look-alike platform " + d + ": 'shared invoices' login lure in the sound and stage firm's name";
        d = fd("kleer-videbaek.com");
        m = bad("lookalike-platform");
        headers(m, it.name() + " (Kleer)", "faktura@" + d, "skoler@rksk.dk", "Licensopkrævning fra " + it.name())
            .text("Goddag Skoler\n\nDenne besked er genereret automatisk på vegne af " + it.name() + ", som administrerer "
                + "Chromebook-licenserne på mellemtrinnet. Periodens opkrævning på 27.812,50 kr. er klar, men firmaets "
                + "modtagerkonto er blevet udskiftet i vores system i sidste uge. Den tidligere konto afviser nu overførsler, og "
                + "beløbet skal derfor gå til " + mule(14) + " senest " + dots(m, 5) + ". Skolernes indkøbsnummer skal stå i "
                + "meddelelsesfeltet, ellers kan betalingen ikke matches, og licenserne kan blive sat på pause i påskeferien."
                + "\n\nKleer Kundeservice\nDette er en systemmail - svar ikke på den.");
        ownedBy(m, d);
        m.description = "look-alike platform " + d + " in the IT supplier's name with a new account (MT IBAN)";
        m = bad("platform-account-misused");
        m.mailFrom = "bounce-" + sha256("pm39:" + m.id).substring(0, 14) + "@invoicera.com";
        headers(m, "Dronefoto Vest via Invoicera", "noreply@invoicera.com", "kultur@rksk.dk", "Faktura INV-" + (6_400
            + rnd.nextInt(300)) + " fra Dronefoto Vest")
            .header("Reply-To", "<dronefoto.vest@gmail.com>")
            .text("Hej\n\nDronefoto Vest har sendt jer en faktura for brugsret til fire luftfotos af Hvide Sande Havn, som står "
                + "i kommunens turistbrochure og på hjemmesiden uden licens. Efterlicens for 2035-2036: 16.750,00 kr. Betaling til "
                + bank("9070", "0002277341") + ".\n\nSendt med Invoicera");
        genuine(m, "127.154.3.1");
        m.description = "real invoicera.com account used for an 'after-licence' for photos (gmail Reply-To, DK account), DMARC pass";
        m = bad("platform-account-misused");
        m.mailFrom = "bounce-" + sha256("pm39:" + m.id).substring(0, 14) + "@mitfaktura.dk";
        headers(m, maskin.name() + " via mitfaktura", "faktura@mitfaktura.dk", "vejogpark@rksk.dk", "Faktura MF" + (790_000
            + rnd.nextInt(9_000)))
            .header("Reply-To", "<borris.maskinstation@hotmail.com>")
            .text("Hej\n\nDu har modtaget en faktura fra " + maskin.name() + " for vinterberedskab med saltspreder og sneplov i "
                + "januar og februar, 22 døgn à 1.500 kr.\n\nBeløb: 41.250,00 kr.\nKonto: " + mule(4) + "\n\nmitfaktura.dk");
        genuine(m, "127.154.5.1");
        m.description = "real mitfaktura.dk account in the contractor's name: winter standby never agreed, PL IBAN (hotmail Reply-To)";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Vi har fået ny hovedaftale med vores pengeinstitut, og alle indbetalinger fra offentlige kunder "
            + "samles nu på driftskontoen "},
            {kontor, "Efter at lageret er flyttet til Herning, er salget lagt i et nyt selskab, og alle fakturaer betales til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 17), i + 13, List.of("Betalingsmodtager ændret"), "\n\n" + c[i][1] + mule(i + 17)
                + ". Fakturaen er ellers som den plejer, og jeres indkøber har fået en kopi.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = entrep;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@rksk.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nLige en tilføjelse: vi har flyttet vores konti efter nytår, så de " + p.amount().gross() + " kr. for "
                + "fakturaen nedenfor skal overføres til " + mule(5) + ". Den gamle konto tager ikke imod indbetalinger længere.\n\n"
                + s.person() + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of tarm-entreprenor.dk replies in its own wave-1 thread (DMARC pass), GB account";
    }

    private void hijacks() {
        Object[][] h = {{havn, "hvidesande-havneservice.net"}, {mad, "tarm-madhus.net"}, {toemrer, "spjald-tomrer-byg.dk"}};
        String[] asks = {"Vores revisor har bedt os samle alle indbetalinger på én konto, så beløbet skal i stedet sættes ind på ",
            "Efter overtagelsen skal denne faktura alligevel ikke til den konto, vi skrev om, men til ",
            "Der var en tastefejl i kontonummeret på fakturaen. Det rigtige er "};
        String[] openers = {"Jeg følger lige op på tråden her, mens jeg står nede ved kajen med flydebroerne.",
            "Undskyld rodet med betalingerne i overgangsperioden - vi får styr på det nu.",
            "Jeg fik en opringning fra banken i morges om den seneste faktura."};
        String[] closers = {"Når pengene er gået ind, sender vi den sidste el-stander til montering.",
            "Ring ikke til køkkenet om det, de ved ikke noget om bogholderiet - svar bare på denne mail.",
            "Jeg vedhæfter den rettede faktura, så I har den rigtige i bilagene."};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = fd((String) h[i][1]);
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@rksk.dk", (i % 2 == 0 ? "SV: " : "Re: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej igen\n\n" + openers[i] + " Det drejer sig om faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. " + asks[i] + mule(i + 6) + ". " + closers[i] + "\n\n" + firstName(s) + "\n\nDen " + sentPlus(m, -26, DOTS)
                    + " skrev " + s.person() + " <" + addr(s) + ">:\n> Vedlagt faktura for " + s.what() + ".");
            if (i == 2) {
                mime.attach("application/pdf", pdfName(p.no(), 6), pdfInvoice(m, s.posing(d, mule(i + 6)), "Faktura", p.no(),
                    p.amount(), mule(i + 6), 0, List.of("Rettet kontonummer")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account"
                + (s == toemrer || s == mad ? " (the real firm did change its account: this is a third one)" : "");
        }
    }

    private void correctedResends() {
        Past p = past.get(bus.domain());
        String d = fd("stauning-turistbusser.net");
        M m = bad("corrected-invoice-resend");
        headers(m, bus.person(), "korsel@" + d, "kreditor@rksk.dk", "Erstatningsfaktura for " + p.no())
            .text("Hej\n\nVores bogholder har opdaget, at der stod et forkert kontonummer på faktura " + p.no() + ". Den vedhæftede "
                + "erstatter den, beløbet " + p.amount().gross() + " kr. er uændret - slet venligst den første.\n\n"
                + "Kørselskontoret\nStauning Turistbusser")
            .attach("application/pdf", "Erstatning-" + pdfName(p.no(), 0), pdfInvoice(m, bus.posing(d, mule(7)),
                "Erstatningsfaktura", p.no(), p.amount(), mule(7), 3, List.of("Annullerer faktura " + p.no())));
        ownedBy(m, d);
        m.description = "'replacement' copy of stauning-turistbusser.dk's real wave-1 invoice from look-alike " + d + ", NL IBAN";
        p = past.get(it.domain());
        m = bad("corrected-invoice-resend");
        headers(m, "Fjordens IT, Fakturering", addr(it), "skoler@rksk.dk", "Faktura " + p.no() + " annulleret - ny faktura "
            + p.no() + "A")
            .text("Til Ringkøbing-Skjern Kommune\n\nFaktura " + p.no() + " er annulleret, da den blev dannet med vores gamle "
                + "bankoplysninger efter systemskiftet. Ny faktura " + p.no() + "A er vedhæftet. Beløbet " + p.amount().gross()
                + " kr. overføres til " + mule(3) + ".\n\nFakturering\nFjordens IT")
            .attach("application/pdf", "Faktura-" + p.no() + "A.pdf", pdfInvoice(m, it.posing(it.domain(), mule(3)), "Faktura",
                p.no() + "A", p.amount(), mule(3), 2, List.of("Erstatter " + p.no())));
        forged(m, forgedHost++);
        m.description = "forged From fjordens-it-rkb.dk (DKIM only, p=reject) from a fraudster's host: 'replacement' of its real "
            + "wave-1 invoice, EE IBAN";
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Havnefogeden", "havnefoged@" + OWN, "kreditor@rksk.dk", "Akut: slusen i Hvide Sande - mandskab skal afregnes")
            .text("Hej kreditor\n\nStormen i nat har revet en låge i slusen løs, og vi har fået et polsk dykkerhold til at sikre "
                + "den med det samme. De arbejder kun mod betaling samme dag, så 124.500 kr. skal overføres til firmaets konto "
                + mule(4) + " inden kl. 14. Jeg afleverer faktura og timesedler, når vi er oppe af vandet. Jeg kan ikke tage "
                + "telefonen ude på molen.\n\nHavnefogeden");
        forged(m, forgedHost++);
        m.description = "the harbour master's mailbox on our own domain, sent from outside: same-day pay for 'divers' (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Indkøb", "indkob@" + OWN, "kreditor@rksk.dk", "Første rate, ny rammeaftale om elevcomputere")
            .text("Hej\n\nDen nye rammeaftale om elevcomputere til skolerne er på plads, men leverandøren frigiver først de 900 "
                + "maskiner, når første rate på 188.000 kr. er betalt. Kontrakten er til underskrift hos direktionen. Overfør "
                + "venligst raten til " + mule(13) + " i dag og bogfør den på IT-projektet - jeg sender ordrebekræftelsen "
                + "bagefter.\n\nIndkøb");
        forged(m, forgedHost++);
        m.description = "our purchasing mailbox forged from outside: pay a 'first instalment' before any contract, mule";
    }

    private void ceo() {
        Object[][] c = {{"Borgmester Ib Skovgaard", "ib.skovgaard.borgmester@gmail.com", GMAIL, "Foredragsholder til borgermødet",
            "Hej\n\nJeg er på KL's topmøde og har glemt, at foredragsholderen til borgermødet om vindmøller på torsdag skal have sit "
                + "honorar på forhånd, 32.500 kr. Kan du betale det til " + mule(17) + " i løbet af dagen? Jeg sender hans "
                + "faktura, når jeg er hjemme. Jeg har ikke min arbejdscomputer med, derfor gmailen.\n\nIb"},
            {"Kommunaldirektør Lene Houe", "lene.houe.kd@outlook.com", MSFT, "Rejseforskud venskabsbydelegation",
                "Hej\n\nRejsebureauet mangler forskuddet for delegationen til vores venskabsby, før de kan holde flybillet og "
                    + "hotel. Det er 64.300 kr., og de skal have det inden i morgen tidlig: " + mule(16) + ". Jeg sidder i "
                    + "ansættelsessamtaler hele eftermiddagen, så skriv bare, når det er gjort.\n\nLene"},
            {"Økonomidirektør Anders Fink", "anders.fink.rksk@icloud.com", APPLE, "Forlig med entreprenør - fortroligt",
                "Hej\n\nVi har i nat indgået et forlig med den entreprenør, der har krævet ekstrabetaling for svømmehallen i "
                    + "Tarm. Betingelsen er, at 275.000 kr. står på deres advokats konto " + mule(12) + " i dag, ellers går de "
                    + "til voldgift, og det bliver dyrere. Byrådet orienteres på lukket møde. Jeg har kun telefonen, så sig ikke "
                    + "noget til nogen, før jeg er tilbage.\n\nAnders\n\nSendt fra min iPhone"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            String from = (String) x[1];
            headers(m, (String) x[0], from, "okonomi@rksk.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud from free mail " + domainOf(from) + " (authenticated by the provider)";
        }
    }

    private void payroll() {
        Object[][] p = {{"Signe Holt", "signe.holt.spjald@gmail.com", GMAIL, "Skift af lønkonto efter skilsmisse",
            "Hej lønkontoret\n\nJeg er lærer på Spjald Skole. Efter min skilsmisse har jeg fået egen konto, og lønnen skal "
                + "fremover gå dertil: " + bank("8065", "0003350918") + ". Den gamle fælleskonto må ikke bruges mere. Tak for "
                + "hjælpen.\n\nSigne"},
            {"Tobias Lund", "tobias.lund.paedagog@hotmail.com", MSFT, "Løn til min kærestes konto", "Hej\n\nJeg er pædagog i "
                + "Børnehuset Fjordglimt. Min egen konto er spærret på grund af en gammel gæld, så jeg vil gerne have denne "
                + "måneds løn sat ind på min kærestes konto " + mule(1) + ". Hun hedder ikke det samme som mig.\n\nTobias"}};
        for (Object[] x : p) {
            M m = bad("payroll-account-change");
            headers(m, (String) x[0], (String) x[1], "lon@rksk.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "an 'employee' on free mail changes the salary account";
        }
    }

    private void bodyOnly() {
        String d = fd("lem-malerfirma.net");
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "jens@" + d, "kreditor@rksk.dk", "Nye kontooplysninger")
            .text("Hej\n\nVi er skiftet fra Sparekassen til en anden bank. Fremover skal alle betalinger fra jer gå til " + mule(17)
                + ". Det gælder også de fakturaer, der er sendt, men ikke betalt endnu.\n\nJens Kjær\nLem Malerfirma");
        ownedBy(m, d);
        m.description = "bank change in the body only from look-alike " + d + " of the painter (which publishes nothing)";
        m = bad("bank-change-body-only");
        headers(m, "No Vognmandsforretning ApS <preben@no-vognmand.dk>", "no.vognmand.kontor@outlook.com", "kreditor@rksk.dk",
            "Ændring af bankkonto")
            .text("Hej kreditor\n\nFordi vores gamle bank er fusioneret, har vi fået nyt kontonummer: " + mule(1) + ". Ret det "
                + "gerne med det samme, så næste betaling for grusleverancerne kommer det rigtige sted hen.\n\nPreben");
        genuine(m, MSFT);
        m.description = "bank change from outlook.com with the real no-vognmand.dk address as display name";
        d = fd("holmsland-naturpleje.net");
        m = bad("bank-change-body-only");
        headers(m, natur.person(), "ane@" + d, "natur@rksk.dk", "Betaling for rydningen ved Søndervig")
            .text("Hej\n\nJeg har lukket min gamle erhvervskonto. Betal gerne for rydningen af rynket rose til " + mule(19)
                + " - fakturaen følger, når jeg får ryddet op i papirerne.\n\nAne");
        ownedBy(m, d);
        m.description = "bank change in the body only from " + d + ", look-alike of an unlisted nature-care firm";
    }

    private void splitPayments() {
        Past p = past.get(mad.domain());
        String d = fd("tarm-madhus.com");
        M m = bad("split-payment-redirect");
        headers(m, "Tarm Madhus, Regnskab", "regnskab@" + d, "kreditor@rksk.dk", "Tilbageholdelse på faktura " + p.no())
            .text("Hej\n\nEfter fødevarekontrollens besøg i køkkenet har vi aftalt med banken, at en fjerdedel af faktura " + p.no()
                + " (" + p.amount().gross() + " kr.) står på en deponeringskonto, indtil kontrolrapporten er godkendt. Betal "
                + "derfor tre fjerdedele som normalt og resten til deponeringen " + mule(0) + ". Det er kun denne ene gang."
                + "\n\nRegnskab\nTarm Madhus A/S");
        ownedBy(m, d);
        m.description = "a quarter of the meal service's real wave-1 invoice to an 'escrow' account, from " + d + " (LT IBAN)";
        p = past.get(vvs.domain());
        d = fd("videbaek-vvs-blik.dk");
        m = bad("split-payment-redirect");
        headers(m, "Videbæk VVS & Blik", "kontor@" + d, "kreditor@rksk.dk", "Faktura " + p.no() + " - varmepumpen betales til grossisten")
            .text("Hej\n\nI faktura " + p.no() + " indgår varmepumpen til Børnehuset Troldhøj. Den er købt på kredit hos grossisten, "
                + "så pumpens pris, 52.000 kr., bedes betalt direkte til grossistens konto " + mule(17) + ". Arbejdslønnen og resten "
                + "går til os som altid.\n\nKontoret\nVidebæk VVS & Blik");
        ownedBy(m, d);
        m.description = "part of videbaek-vvsblik.dk's real invoice 'to the wholesaler', from " + d;
    }

    private void vishingFollowups() {
        String d = fd("no-vognmand.com");
        M m = bad("vishing-followup");
        headers(m, vognmand.person(), "preben@" + d, "kreditor@rksk.dk", "Det vi talte om i telefonen")
            .text("Hej\n\nTak fordi du tog den i frokostpausen. Her er kontonummeret skrevet ned, så der ikke sker fejl: " + mule(18)
                + ". Som jeg sagde, er det kun grusleverancerne til fjordstien, der skal derhen - resten kører som før.\n\n"
                + "Preben Hvid\nNo Vognmandsforretning");
        ownedBy(m, d);
        m.description = "'as we said on the phone' from look-alike " + d + ": new account for one project (NO IBAN)";
        m = bad("vishing-followup");
        headers(m, "Revisionsfirmaet for Hvide Sande Havneservice", "hvidesande.havneservice.revisor@outlook.com",
            "kreditor@rksk.dk", "Efter Teams-mødet: betalinger til Hvide Sande Havneservice")
            .text("Hej\n\nTak for Teams-mødet i går. Som aftalt bekræfter jeg, at vi som revisorer har overtaget bogføringen for "
                + "Hvide Sande Havneservice ApS, mens ejeren er sygemeldt, og at indbetalinger i perioden skal gå til "
                + mule(15) + ".\n\nMed venlig hilsen\nRevisorassistent Pia Krogh");
        genuine(m, MSFT);
        m.description = "'the supplier's auditor after the Teams call' confirms a new account from outlook (SE IBAN)";
    }

    private void fakeInkasso() {
        String d = fd("skjern-inkasso.dk");
        int i = 0;
        for (Supplier s : List.of(kontor, vognmand)) {
            Past p = past.get(s.domain());
            M m = bad("fake-reminder-inkasso");
            headers(m, "Skjern Inkasso, Sagsbehandling", "sag@" + d, "kreditor@rksk.dk", "Inkassovarsel - sag " + (71_000 + i * 93))
                .text("Ringkøbing-Skjern Kommune\nAtt.: kreditorafdelingen\n\nSkjern Inkasso er af " + s.name() + " blevet "
                    + "bedt om at inddrive den ubetalte faktura " + p.no() + " (" + p.amount().gross() + " kr.). Da kreditor ikke har "
                    + "fået svar på sine rykkere, er der tillagt renter og et inkassogebyr, så kravet i dag er " + kr(p.amount().ore()
                    * 5 / 4 + 85_000) + " kr. Betaling skal ske til vores klientkonto " + mule(i + 2) + " med sagsnummeret som "
                    + "tekst. Modtager vi ikke pengene i løbet af fire hverdage, sendes sagen til retten i Herning, og "
                    + "omkostningerne ved det lægges oven i. Betaling direkte til kreditor kan ikke længere ske.\n\n"
                    + (i == 0 ? "Venlig hilsen\nJulie Kragh, sagsbehandler" : "Med venlig hilsen\nMorten Iversen, inkassoansvarlig")
                    + "\nSkjern Inkasso");
            ownedBy(m, d);
            m.description = "fake collection demand citing " + s.domain() + "'s real wave-1 invoice from " + d;
            i++;
        }
    }

    private void fakeDigitalPost() {
        String d = fd("mitid-ringkobing.com");
        M m = bad("fake-digital-post");
        headers(m, "Virk - Erhvervsstyrelsen", "registrering@" + d, "okonomi@rksk.dk", "Manglende oplysninger om reelle ejere")
            .html("<html><body><p>Til Ringkøbing-Skjern Kommune</p><p>Vores kontrol viser, at oplysningerne om reelle ejere for en "
                + "af jeres enheder ikke er bekræftet i år. Log ind med MitID Erhverv og bekræft inden 5 dage for at undgå en "
                + "daglig bøde.</p><p><a href=\"https://" + d + "/virk\">Log ind og bekræft</a></p></body></html>");
        ownedBy(m, d);
        m.description = "fake Virk notice about beneficial owners behind a MitID login link, from " + d;
        d = fd("digitalpost-skjern.com");
        m = bad("fake-digital-post");
        headers(m, "Digital Post", "besked@" + d, "havne@rksk.dk", "Påbud fra Arbejdstilsynet - Hvide Sande Havn")
            .html("<html><body><p>Ringkøbing-Skjern Kommune har modtaget et påbud med bødeforlæg fra Arbejdstilsynet om "
                + "faldsikring på kajen. Fristen for at svare er kort. Beskeden åbnes ved at logge ind.</p><p><a href=\"https://" + d
                + "/laes\">Læs påbuddet</a></p></body></html>");
        ownedBy(m, d);
        m.description = "fake Digital Post 'order with a fine' behind a login link, from " + d;
    }

    private void fakeNemHandel() {
        String d = fd("nemhandel-videbaek.net");
        M m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@" + d, "efaktura@rksk.dk", "Jeres endpoint i NemHandelsregistret udløber")
            .text("Til e-fakturaansvarlig\n\nJeres EAN-endpoint " + EAN + " mangler fornyet certifikat og bliver deaktiveret den "
                + dots(m, 3) + ". Leverandører kan derefter ikke sende e-fakturaer til jer. Forny her: https://" + d + "/forny\n\n"
                + "NemHandel Support");
        ownedBy(m, d);
        m.description = "fake NemHandel certificate expiry with a link, from " + d;
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "gebyr@" + d, "efaktura@rksk.dk", "Nyt kvartalsgebyr for EAN-lokationer")
            .text("Til Ringkøbing-Skjern Kommune\n\nFra 1. april opkræves et driftsgebyr på 2.400 kr. pr. kvartal for hver aktiv "
                + "EAN-lokation i NemHandelsregistret. Jeres 37 lokationer giver 88.800 kr. for første kvartal, som skal være "
                + "betalt til " + mule(6) + " inden den 1., ellers lukkes modtagelsen af e-fakturaer.\n\nNemHandel Support");
        ownedBy(m, d);
        m.description = "fake NemHandel 'quarterly fee per EAN location' to an IE IBAN, from " + d;
    }

    private void directoryScams() {
        String d = fd("ringkobing-domaeneservice.com");
        M m = bad("domain-directory-scam");
        headers(m, "Domæneservice", "fornyelse@" + d, "it@rksk.dk", "rksk.dk - fornyelse inden 3 dage")
            .text("Registreringen af domænet rksk.dk skal fornyes inden 3 dage for at undgå afbrydelse af mail og hjemmeside. "
                + "Fornyelse i 5 år: 4.980 kr. ekskl. moms. Betal til " + mule(4) + " og anfør domænenavnet.\n\nDomæneservice")
            .attach("application/pdf", "Fornyelse-rksk.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne", List.of(
                "Domæne: rksk.dk", "Periode: 5 år", "Pris 4.980,00 ekskl. moms", "Konto " + mule(4))));
        ownedBy(m, d);
        m.description = "domain renewal trap with PDF and a PL IBAN, from " + d;
        d = fd("spjald-virksomhedsregister.org");
        m = bad("domain-directory-scam");
        headers(m, "Virksomhedsregister Vest", "opdatering@" + d, "borgerservice@rksk.dk", "Kontrol af jeres oplysninger 2036")
            .text("Kære kunde\n\nKontroller venligst jeres oplysninger i registeret og returner formularen underskrevet. Ved "
                + "underskrift bekræftes en opdateret registrering i 3 år til 1.190 kr. pr. måned.\n\nVirksomhedsregister Vest")
            .attach("application/pdf", "Formular-2036.pdf", Attachments.pdf(docId(m, "reg"), "Opdateringsformular", List.of(
                "Firma: " + KOMMUNE, "Adresse: " + RAADHUS, "Udvidet registrering 36 mdr. x 1.190,00", "Underskrift:")));
        ownedBy(m, d);
        m.description = "directory 'update' form that orders a paid listing, from " + d;
    }

    private void callbacks() {
        String d = fd("tarm-ordrecenter.com");
        M m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter", "ordre@" + d, "indkob@rksk.dk", "Ordre 66-" + (4_000 + rnd.nextInt(900)) + " er afsendt")
            .text("Tak for din ordre på 6 stk. robotstøvsugere til plejecentrene, i alt 38.940 kr. Beløbet trækkes ved levering. "
                + "Har du ikke bestilt dette, skal du ringe til vores annulleringslinje på 78 74 10 55 inden kl. 16.\n\nOrdrecenter");
        ownedBy(m, d);
        m.description = "callback lure: a fake order with a cancellation phone number, from " + d;
        m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter - abonnementer", "abonnement@" + d, "it@rksk.dk", "Jeres backup-abonnement er fornyet")
            .text("Jeres abonnement på online-backup for 140 brugere er automatisk fornyet for 12 måneder: 61.320 kr. Kontakt "
                + "kundeservice på 78 74 10 56 inden 24 timer, hvis fornyelsen skal stoppes.\n\nOrdrecenter");
        ownedBy(m, d);
        m.description = "callback lure: auto-renewed backup subscription, call to cancel, from " + d;
    }

    private void qrCodes() {
        String[][] q = {{"hvidesande-lonportal.dk", "Lønportal", "sikkerhed@", "Aktiver totrinsbekræftelse på lønportalen",
            "Fra næste lønkørsel kræver lønportalen totrinsbekræftelse. Medarbejdere, der ikke aktiverer den, får ikke deres "
                + "lønseddel."},
            {"skjern-indsamling.net", "MobilePay Box", "support@", "Indsamlingen til fjordfesten er sat på pause",
                "Jeres indsamlingsboks til fjordfesten er sat på pause, fordi kontoen bag den ikke er bekræftet. Bekræft igen, så "
                    + "de indsamlede beløb kan udbetales."}};
        for (String[] x : q) {
            String d = fd(x[0]);
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + d, x[0].startsWith("hvidesande") ? "lon@rksk.dk" : "kultur@rksk.dk", x[3])
                .html("<html><body><p>" + x[4] + " Brug kameraet på din telefon til at scanne koden herunder.</p><p><img src=\"cid:qr\" "
                    + "width=\"200\" height=\"200\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "kode.png", Attachments.qr(docId(m, "qr")));
            ownedBy(m, d);
            m.description = "QR code to log in or confirm, no account in the text, from " + d;
        }
    }

    private void imageOnly() {
        Object[][] x = {{"lem-maler.dk", maler, "Faktura - ny konto", "Hej\n\nFaktura som billede. OBS ny konto står på den."},
            {"no-vognmand.net", vognmand, "Regning for grus", "Hej\n\nRegningen er scannet og vedhæftet. Bemærk at vi har fået nyt "
                + "kontonummer."}};
        for (int i = 0; i < x.length; i++) {
            String d = fd((String) x[i][0]);
            Supplier s = (Supplier) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@rksk.dk", (String) x[i][2])
                .text((String) x[i][3])
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "faktura.jpg" : "scan0001.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "image-only invoice 'with a new account' from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        String d = fd("ringkobing-rengoring.dk");
        M m = bad("archive-invoice");
        String no = invoiceNo(rengoer);
        Amount a = amount(2_000_000);
        headers(m, rengoer.person(), "debitor@" + d, "kreditor@rksk.dk", "Fakturaer februar (zip)")
            .text("Hej\n\nFebruars fakturaer er samlet i en zip-fil, da der er mange bilag. Bemærk ny bankforbindelse.\n\n"
                + "Debitorbogholderiet")
            .attach("application/zip", "fakturaer-februar.zip", Attachments.zip("Faktura-" + no + ".pdf", pdfInvoice(m,
                rengoer.posing(d, mule(8)), "Faktura", no, a, mule(8), 3, List.of()), "LAES-MIG.txt",
                "Aabn fakturaen og betal til kontoen paa den."));
        ownedBy(m, d);
        m.description = "invoice PDF inside a ZIP, new account, from look-alike " + d;
        d = fd("videbaek-vvs.net");
        m = bad("archive-invoice");
        no = invoiceNo(vvs);
        a = amount(1_500_000);
        headers(m, "Videbæk VVS & Blik", "kontor@" + d, "kreditor@rksk.dk", "Faktura " + no + " (komprimeret)")
            .text("Hej\n\nFakturaen for servicebesøgene er pakket sammen med tegningerne af varmecentralen i Videbæk Skole, så "
                + "den fylder for meget til at sende løst. Åbn arkivet og betal til kontoen i fakturaen.\n\nKontoret")
            .attach("application/x-7z-compressed", "Faktura-" + no + ".7z", Attachments.sevenZip("Faktura-" + no + ".pdf",
                pdfInvoice(m, vvs.posing(d, mule(5)), "Faktura", no, a, mule(5), 1, List.of())));
        ownedBy(m, d);
        m.description = "invoice PDF inside a 7z 'because your server rejects PDFs', from look-alike " + d;
    }

    private void macros() {
        String d = fd("hee-kontorforsyning.com");
        M m = bad("office-macro");
        headers(m, "Hee Kontorforsyning", "ordrer@" + d, "indkob@rksk.dk", "Faktura og følgeseddel")
            .text("Hej\n\nFaktura og følgeseddel er samlet i et Word-dokument. Klik 'Aktiver indhold' for at se beløbene.\n\nOrdrer")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_Hee.docm", Attachments.word("Faktura - aktiver "
                + "indhold for at vise beløb og konto " + mule(9), true));
        ownedBy(m, d);
        m.description = "macro-enabled .docm invoice from look-alike " + d;
        d = fd("ringkobing-fjordensit.net");
        m = bad("office-macro");
        headers(m, "Fjordens IT, Fakturering", "faktura@" + d, "it@rksk.dk", "Licensopgørelse 2036")
            .text("Hej\n\nLicensopgørelsen for skolernes Chromebook-administration ligger i regnearket. Makroer skal slås til for at "
                + "beregne jeres andel. Ny konto står i fanen 'Betaling'.\n\nFakturering")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_2036.xlsm", Attachments.excel(List.of(
                "Licens;Antal;Pris", "Chromebook-administration;640;38,00", "Betaling;" + mule(10) + ";"), true));
        ownedBy(m, d);
        m.description = "macro-enabled .xlsm licence statement with a new account, from " + d;
    }

    private void svgHtml() {
        String d = fd("skjern-bilagsportal.com");
        M m = bad("svg-html-attachment");
        headers(m, "Bilagsportal", "bilag@" + d, "kreditor@rksk.dk", "Kontoudtog klar til gennemsyn")
            .text("Jeres kontoudtog er klar. Åbn den vedhæftede fil i browseren.")
            .attach("image/svg+xml", "kontoudtog.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"120\">"
                + "<text x=\"10\" y=\"40\">Kontoudtog - klik for at åbne</text><a href=\"https://" + d + "/k\"><rect x=\"10\" y=\"60\" "
                + "width=\"160\" height=\"30\"/></a><script>location.href='https://" + d + "/k'</script></svg>")
                .getBytes(StandardCharsets.UTF_8));
        ownedBy(m, d);
        m.description = "SVG 'statement' with a link and script, from " + d;
        d = fd("tarm-dokumentdeling.net");
        m = bad("svg-html-attachment");
        headers(m, "Dokumentdeling", "del@" + d, "okonomi@rksk.dk", "Tarm Entreprenørforretning har delt 'Slutopgørelse.pdf'")
            .text("Et dokument er delt med dig. Åbn vedhæftningen for at se det.")
            .attach("text/html", "Slutopgoerelse.html", ("<html><head><meta http-equiv=\"refresh\" content=\"0;url=https://" + d
                + "/login\"></head><body><script>window.location='https://" + d + "/login'</script>Indlæser...</body></html>")
                .getBytes(StandardCharsets.UTF_8));
        ownedBy(m, d);
        m.description = "HTML attachment redirecting to a login page, in the contractor's name, from " + d;
    }

    private void xmlChanged() {
        Object[][] x = {{"tarm-entreprenor.net", entrep, true}, {"hee-kontor.dk", kontor, false}};
        int i = 0;
        for (Object[] e : x) {
            String d = fd((String) e[0]);
            Supplier s = (Supplier) e[1];
            boolean peppol = (Boolean) e[2];
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_500_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@rksk.dk", "E-faktura " + no)
                .text("Hej\n\nVi har skiftet e-fakturaudbyder og sender derfor fakturaen som XML herfra, til I har opdateret "
                    + "jeres oplysninger. Bemærk den nye betalingskonto i filen.\n\n" + s.name())
                .attach("application/xml", "faktura-" + no.replace('/', '-') + ".xml", ubl(no, s.posing(d, mule(i + 11)), mule(i + 11), a,
                    isoDay(m, 0), isoDay(m, 10), peppol, "RKSK-" + (60_000 + i * 77), "").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML in " + s.domain() + "'s name and CVR with the payee account changed, "
                + "from " + d;
            i++;
        }
    }

    private void fakeSignatures() {
        String d = fd("hellosign-ringkobing.com");
        M m = bad("fake-esignature-request");
        headers(m, "Halmstad Marinbygg via HelloSign", "noreply@" + d, "havne@rksk.dk", "Tillægsaftale spunsvæg - underskrift")
            .html("<html><body><p>Halmstad Marinbygg AB har sendt en <b>tillægsaftale om ekstra spunsjern, kaj 2</b> til "
                + "underskrift. Log ind med din arbejdsmail for at åbne dokumentet.</p><p><a href=\"https://" + d + "/s/"
                + sha256("fs39:" + m.id).substring(0, 16) + "\">Åbn og underskriv</a></p></body></html>");
        ownedBy(m, d);
        m.description = "fake e-signature request in the Swedish harbour builder's name behind a login, from " + d;
        d = fd("lem-esign.net");
        m = bad("fake-esignature-request");
        headers(m, "Lønservice eSign", "dokument@" + d, "aeldre@rksk.dk", "Ny ansættelseskontrakt klar til underskrift")
            .html("<html><body><p>Din opdaterede ansættelseskontrakt med nye tillæg for aften- og weekendvagter ligger klar. Log ind "
                + "med din Microsoft 365-konto for at underskrive inden fredag.</p><p><a href=\"https://" + d + "/m365\">Se "
                + "kontrakten</a></p></body></html>");
        ownedBy(m, d);
        m.description = "fake e-signature of an employment contract behind a Microsoft 365 login, from " + d;
    }

    private void english() {
        String d = fd("hvidesande-offshore-summit.com");
        M m = bad("english-international");
        headers(m, "Offshore Wind Summit - Finance", "finance@" + d, "erhverv@rksk.dk", "Invoice OWS-36-" + (2_100 + rnd.nextInt(400))
            + " - exhibitor stand")
            .text("Dear partner\n\nThank you for confirming Ringkøbing-Skjern Kommune as a municipal exhibitor at the Offshore Wind "
                + "Summit. Your 18 m2 stand, listing in the delegate app and two lunch passes total EUR 6,480.00, payable to "
                + mule(5) + " within 10 days to secure the location next to the harbour authorities.\n\nFinance Team");
        ownedBy(m, d);
        m.description = "English exhibitor invoice for a summit the municipality never booked (GB IBAN), from " + d;
        d = fd("hvidesande-receivables.com");
        m = bad("english-international");
        headers(m, "Receivables Management", "collections@" + d, "kreditor@rksk.dk", "Notice of assignment - Zeeland Dune Fencing B.V.")
            .text("Dear Accounts Payable\n\nPlease be advised that Zeeland Dune Fencing B.V. has assigned its receivables from "
                + "Danish public customers to us. Any amount due to them, including the invoice for the dune fencing at Søndervig, "
                + "must from now on be paid to " + mule(14) + " to discharge your debt. Payments to the old account will not be "
                + "recognised.\n\nReceivables Management");
        ownedBy(m, d);
        m.description = "English 'notice of assignment' of the real Dutch supplier's receivables to a MT IBAN, from " + d;
    }

    /**
     * New family: wind-turbine noise measurement. The acoustician's name on a look-alike cites her real case number and asks
     * the fee in advance to a new account; an unknown firm bills a "mandatory" night measurement; a third sells a
     * "compliance certificate" for the municipality's turbine permits.
     */
    private void noiseFrauds() {
        String d = fd("vestjysk-akustik-skjern.dk");
        M m = bad("fake-turbine-noise-measurement-invoice");
        headers(m, akustik.person(), "rs@" + d, "miljo@rksk.dk", "Sag " + noiseCase + " - acontobetaling før måling")
            .text("Kære Natur og Miljø\n\nVi har fået bekræftet vindvinduet til målingerne ved Hanning. Fordi vi skal leje ekstra "
                + "måleudstyr, beder vi om 50 % a conto, 29.250 kr. inkl. moms, inden vi rykker ud. Beløbet indsættes på vores "
                + "projektkonto " + mule(10) + ". Resten faktureres som aftalt med rapporten.\n\nRikke Skov\n" + akustik.name())
            .attach("application/pdf", "Aconto-" + noiseCase + ".pdf", Attachments.pdf(docId(m, "nf1"), "Acontofaktura "
                + noiseCase, List.of(akustik.name(), "Sag " + noiseCase + ", vindmøller ved Hanning", "50 % a conto: 23.400,00 "
                    + "+ moms 5.850,00", "Projektkonto " + mule(10))));
        ownedBy(m, d);
        m.description = "the acoustician's name on look-alike " + d + " cites her real case and asks 50 % in advance (RO IBAN); "
            + "her quote says invoiced after the report";
        d = fd("hanning-stoejkontrol.dk");
        m = bad("fake-turbine-noise-measurement-invoice");
        headers(m, "Støjkontrol Vest", "faktura@" + d, "miljo@rksk.dk", "Faktura - lovpligtig natmåling, vindmøller i kommunen")
            .text("Til miljømyndigheden\n\nEfter vindmøllebekendtgørelsen skal støjen fra møller over 25 m kontrolmåles hvert andet "
                + "år. Vi har udført natmålingen ved møllerne ved Velling Mærsk den " + dots(m, -9) + " på kommunens vegne og "
                + "fremsender hermed faktura. Betaling til " + mule(3) + " inden 8 dage.\n\nStøjkontrol Vest")
            .attach("application/pdf", "Faktura-stoejmaaling.pdf", Attachments.pdf(docId(m, "nf2"), "Faktura 2036-" + (31
                + rnd.nextInt(40)), List.of("Støjkontrol Vest", "Natmåling, 3 møller ved Velling Mærsk", "Honorar 34.000,00 + moms "
                    + "8.500,00", "I alt 42.500,00", "Konto " + mule(3))));
        ownedBy(m, d);
        m.description = "an unknown firm on " + d + " bills a 'mandatory' turbine noise measurement nobody ordered (EE IBAN)";
        d = fd("videbaek-windcert.com");
        m = bad("fake-turbine-noise-measurement-invoice");
        headers(m, "WindCert Compliance", "certification@" + d, "miljo@rksk.dk", "Noise compliance certificate - turbine permits")
            .text("Dear environmental authority\n\nTo keep the operating permits in your municipality valid, each turbine site "
                + "needs a noise compliance certificate registered in our database. Your 11 sites are pending. The registration fee of "
                + "EUR 4,950.00 is payable to " + mule(8) + " within 7 days to avoid suspension.\n\nWindCert Compliance");
        ownedBy(m, d);
        m.description = "English 'noise compliance certificate' fee for the municipality's turbine permits (DE IBAN), from " + d;
    }

    /**
     * New family: wetland compensation. A look-alike of the landowners' advisers asks that their clients' compensation be paid
     * to the advisers' client account; a landowner on free mail gives a "new account"; a fake landowners' association asks the
     * municipality to pay all compensation through it.
     */
    private void wetlandFrauds() {
        String d = fd("landbrugvest-skjern.dk");
        M m = bad("fake-wetland-compensation-redirect");
        headers(m, "Landbrug Vest, Planteavl og Natur", "natur@" + d, "natur@rksk.dk", "Erstatninger i projekt " + wetlandCase)
            .text("Kære Ringkøbing-Skjern Kommune\n\nAf praktiske hensyn har vores syv klienter i vådområdeprojektet givet os "
                + "fuldmagt til at modtage deres erstatninger. Beløbene, i alt 2.318.400 kr., bedes derfor overført samlet til "
                + "vores klientkonto " + mule(13) + ", hvorefter vi fordeler dem. Fuldmagterne eftersendes.\n\nLandbrug Vest")
            .attach("application/pdf", "Fordeling-" + wetlandCase + ".pdf", Attachments.pdf(docId(m, "wf1"), "Erstatningsfordeling",
                List.of("Projekt " + wetlandCase + ", vådområde ved Skjern Å", "7 lodsejere, i alt 2.318.400,00",
                    "Samlet udbetaling til klientkonto " + mule(13))));
        ownedBy(m, d);
        m.description = "look-alike " + d + " of the real advisers asks all wetland compensation to its 'client account'; the real "
            + "advisers wrote it goes to each owner's NemKonto";
        m = bad("fake-wetland-compensation-redirect");
        headers(m, "Kristian Enggaard", "kristian.enggaard.lodsejer@gmail.com", "natur@rksk.dk", "Min erstatning - Skjern Å")
            .text("Hej\n\nJeg er en af lodsejerne i vådområdet ved Skjern Å (" + wetlandCase + "). Min NemKonto er i en bank, jeg er "
                + "ved at forlade, så jeg vil bede jer sende min erstatning på 412.600 kr. til " + mule(17) + " i stedet. Jeg er "
                + "bortrejst og kan ikke tage telefonen.\n\nKristian Enggaard");
        genuine(m, GMAIL);
        m.description = "a 'landowner' on gmail asks his wetland compensation paid to a new account instead of NemKonto";
        d = fd("skjernaa-lodsejerforening.dk");
        m = bad("fake-wetland-compensation-redirect");
        headers(m, "Lodsejerforeningen Skjern Å", "kasserer@" + d, "okonomi@rksk.dk", "Administrationsbidrag og udbetalinger")
            .text("Til Ringkøbing-Skjern Kommune\n\nForeningen repræsenterer lodsejerne i vådområdeprojektet. Efter generalforsamlingens "
                + "beslutning skal erstatningerne udbetales via foreningens konto " + mule(4) + ", og kommunen bedes samtidig "
                + "betale administrationsbidraget på 2 %, 46.368 kr.\n\nKassereren");
        ownedBy(m, d);
        m.description = "a fake landowners' association on " + d + " wants the compensation and a fee through its account";
    }

    /**
     * New family: Stauning airfield. A look-alike of the airfield firm cites its real service order and wants 40 % up front
     * for lamps; an unknown firm bills night de-icing of the runway that the airfield does itself; the firm's own domain forged
     * from a fraudster's host moves the inspection invoice to a new account.
     */
    private void airfieldFrauds() {
        String d = fd("stauning-flyvepladsteknik.dk");
        M m = bad("fake-airfield-runway-service-invoice");
        headers(m, banelys.person(), "service@" + d, "lufthavn@rksk.dk", "Ordre " + runwayOrder + " - forudbetaling af lamper")
            .text("Hej Stauning Lufthavn\n\nLeverandøren af LED-lamper til indflyvningslyset kræver forudbetaling, før de sender. "
                + "Derfor beder vi om 40 % af ordren, 48.000 kr. ekskl. moms, inden fredag til " + mule(19) + ", så eftersynet i "
                + "uge 11 kan holdes.\n\nServiceafdelingen\nFlyveplads Teknik ApS");
        ownedBy(m, d);
        m.description = "look-alike " + d + " cites the airfield firm's real order and asks 40 % prepayment (LT IBAN); the real "
            + "firm invoices after the inspection";
        d = fd("stauning-deicing.com");
        m = bad("fake-airfield-runway-service-invoice");
        headers(m, "Runway De-icing Service", "invoice@" + d, "lufthavn@rksk.dk", "Faktura - afisning af bane 09/27")
            .text("Hej\n\nEfter opkald fra jeres vagt blev bane 09/27 i Stauning afiset natten til " + dots(m, -6) + " med 2.400 liter "
                + "kaliumformiat. Faktura vedhæftet - betaling til " + mule(15) + " netto 8 dage.\n\nRunway De-icing Service")
            .attach("application/pdf", "Faktura-afisning.pdf", Attachments.pdf(docId(m, "af2"), "Faktura afisning", List.of(
                "Stauning Lufthavn, bane 09/27", "Afisning 2.400 l kaliumformiat + udkald nat", "I alt 58.750,00 inkl. moms",
                "Konto " + mule(15))));
        ownedBy(m, d);
        m.description = "an unknown firm on " + d + " bills night de-icing the airfield does itself (SE IBAN)";
        m = bad("fake-airfield-runway-service-invoice");
        headers(m, banelys.person(), addr(banelys), "kreditor@rksk.dk", "Ny konto til faktura for eftersyn " + runwayOrder)
            .text("Til kreditor\n\nVores faktura for eftersynet i Stauning skal betales til vores nye konto i " + mule(1)
                + " - den konto, der står på fakturaen, er ved at blive opsagt.\n\nServiceafdelingen\nFlyveplads Teknik ApS");
        forged(m, forgedHost++);
        m.description = "the airfield firm's own domain (p=none) forged from a fraudster's host: its real order, a new account";
    }

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus39().generate(), List.of(
            "# Ringkøbing-Skjern Kommune, Økonomi: invoice checks (thirty-ninth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=skjern-varmevaerk.dk tarm-entreprenor.dk hvidesande-havneservice.dk videbaek-elservice.dk "
                + "spjald-tomrerbyg.dk lem-malerfirma.dk rkb-rengoringsservice.dk skjerntarm-ugeavis.dk no-vognmand.dk "
                + "videbaek-vvsblik.dk tarm-madhus.dk skjern-tommerhandel.dk fjordens-it-rkb.dk stauning-turistbusser.dk "
                + "hee-kontorforsyning.dk borris-maskinstation.dk",
            "invoice.domains.platforms=billetto.dk conferize.com invoicera.com kleer.se mitfaktura.dk",
            "invoice.names.protected=Ringkøbing-Skjern Kommune"));
    }
}
