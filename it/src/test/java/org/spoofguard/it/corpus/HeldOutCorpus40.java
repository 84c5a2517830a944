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
 * The fortieth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Ikast-Brande Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, purchasing, IT, roads, environment,
 * nature, schools, elderly care and culture mailboxes), a central Jutland municipality with a textile and business history
 * in Ikast, the wind-turbine industry in Brande, a big industrial park, the heath and plantations around Harrild Hede and
 * Gludsted Plantage and the Rind Å; sixteen listed suppliers from Ikast, Brande, Bording, Engesvang, Nørre Snede,
 * Ejstrupholm, Klovborg and Gludsted in every DNS posture real Danish firms have (two sending through an Ikast web hoster
 * named in their SPF), four invoicing platforms ({@code nemfaktura.dk}, {@code onlinefaktura.dk}, {@code tasklet.dk},
 * {@code storebox.com}), a textile service (work-wear laundry for the care staff), an acoustics firm (noise measurements at
 * the test turbines), a sheep farmer grazing the heath, local banks, an intermunicipal waste company, German, Dutch and
 * Swedish suppliers, SaaS ({@code podio.com}, {@code relatel.dk}), ESPs ({@code peytz.dk}, {@code sendinblue.com}), an
 * e-signature service ({@code smartsign.dk}), an auditor, a law firm, an authority, a creditor list, forwarders (with and
 * without SRS), free mail and fraudsters' own domains, each carrying an Ikast-Brande place name.
 *
 * <p>Written blind, every fraud text new: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake
 * Digital Post and NemHandel notices, fake inkasso, directory traps, compromised mailboxes, hijacked threads, "corrected"
 * invoices, split payments, callback numbers, QR codes, archives, macro documents, SVG/HTML attachments, look-alikes,
 * homoglyphs, image-only invoices, e-invoice XML with a changed account, salary-account changes) and three kinds new here:
 * work-wear laundry for the elderly care billed by a "textile service" nobody contracted, or the real laundry's invoice moved
 * to a new account (fake-workwear-laundry-invoice); sheep grazing of Harrild Hede billed by someone who has no flock there,
 * or the real shepherd's season payment redirected (fake-heathland-grazing-invoice); and noise measurements at the Brande
 * test turbines billed by a "measurement firm" the environment department never engaged, or the real acoustician's report
 * invoice with a new account (fake-turbine-noise-measurement-invoice). The invoice engine, its tests, tuning notes and
 * earlier results were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived
 * from the mail's kind (a legitimate invoice, credit note, reminder, collection demand for a real debt, intermunicipal,
 * platform, e-invoice XML, foreign, SaaS, laundry, grazing or measurement invoice) and its computed authentication (DMARC
 * pass, or aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus40GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus40 extends CorpusWorld {
    public static final String OWN = "ikast-brande.dk";
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout40");
    static final String FRAUD_NET = "127.241.";
    private static final String OWN_IP = "127.160.0.1";
    private static final String EAN = "5798000416852";
    private static final String KOMMUNE = "Ikast-Brande Kommune";
    private static final String RAADHUS = "Centerparken 1, 7330 Brande";
    /** An Ikast web hoster whose outgoing server two listed firms name in their SPF. */
    private static final String HOSTER_IP = "127.163.4.1";
    private static final String GMAIL = "127.166.1.1";
    private static final String MSFT = "127.166.2.1";
    private static final String YAHOO = "127.166.3.1";
    private static final String APPLE = "127.166.5.1";
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);

    private final Random rnd = new Random(40_0040_7330L);
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 20;
    /** The laundry's contract number (the frauds cite it). */
    private String laundryContract;
    /** The grazing agreement with the shepherd on Harrild Hede (the frauds cite it). */
    private String grazingAgreement;
    /** The environment department's case number for the noise measurements at the test turbines. */
    private String noiseCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2036, 1, 12, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2036, 2, 9, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "7.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Brande Fjernvarme a.m.b.a.", "brande-fjernvarme.dk", "Kundecenter", "kunde",
        "127.161.1.1", iban("DK", "76820001248836"), "fjernvarme til Brande Rådhus, Brande Skole og Plejecenter Fasterholt");
    private final Supplier entrep = new Supplier("Bording Entreprenør & Kloak ApS", "bording-entreprenoer.dk", "Kim Lauridsen",
        "kl", "127.161.2.1", bank("7680", "0004318872"), "omlægning af regnvandsledning og nye brønde på Bording Stationsvej");
    private final Supplier vognmand = new Supplier("Engesvang Vognmandsforretning ApS", "engesvang-vognmand.dk", "Poul Hedegaard",
        "poul", "127.161.3.1", bank("7600", "0001572209"), "kørsel med vejgrus og bortkørsel af overskudsjord fra Engesvang stien");
    private final Supplier el = new Supplier("Nørre Snede El-Service ApS", "snede-elservice.dk", "Thomas Bruun", "tb", HOSTER_IP,
        bank("7680", "0004356190"), "nye lysarmaturer og ABA-eftersyn i Nørre Snede Hallen og Hedegårdsskolen");
    private final Supplier vvs = new Supplier("Ejstrupholm VVS & Blik ApS", "ejstrupholm-vvs.dk", "Kontoret", "kontoret",
        "127.161.5.1", bank("7600", "0001604471"), "service på kedelanlæg og nye tagrender, Ejstrupholm Skole og Børnehuset Troldebo");
    private final Supplier toemrer = new Supplier("Klovborg Tømrer & Snedker ApS", "klovborg-toemrer.dk", "Henrik Vang", "hv",
        "127.161.6.1", bank("7680", "0004392045"), "nye vinduespartier og udskiftning af vindskeder, Klovborg Friskole og Midtpunktet");
    private final Supplier maler = new Supplier("Gludsted Malerfirma v/ Jens Bak", "gludsted-maler.dk", "Jens Bak", "jens",
        "127.161.7.1", bank("7600", "0001638815"), "maling af gangarealer og dagligstuer, Plejecentret Bakkehuset");
    private final Supplier rengoer = new Supplier("Ikast Rengøringsservice ApS", "ikast-rengoeringsservice.dk", "Debitorafdelingen",
        "debitor", "127.161.8.1", iban("DK", "20000008713364"), "daglig rengøring af Ikast Rådhus, Ikast Bibliotek og Jobcenteret");
    private final Supplier avis = new Supplier("Lokalnyt Ikast-Brande", "lokalnyt-ikast.dk", "Annonceafdelingen", "annonce",
        "127.161.9.1", iban("DK", "30000014826610"), "annoncer: høring om Rind Å-projektet, stillinger i hjemmeplejen og borgermøde");
    private final Supplier mad = new Supplier("Brande Storkøkken A/S", "brande-storkoekken.dk", "Brande Storkøkken, Økonomi",
        "oekonomi", "127.161.10.1", iban("DK", "76820001307751"), "mad til hjemmeboende ældre og beboerne på Plejecentret Solgården");
    private final Supplier byg = new Supplier("Ikast Byggecenter A/S", "ikast-byggecenter.dk", "Erhvervssalg", "erhverv",
        "127.161.11.1", iban("DK", "53010001146628"), "byggematerialer til Ejendomscentret efter rammeaftale");
    private final Supplier it = new Supplier("Ikast IT-Partner ApS", "ikast-itpartner.dk", "Ikast IT-Partner, Fakturering",
        "faktura", "127.161.12.1", bank("7680", "0004428863"), "Chromebooks til mellemtrinnet og drift af skolernes netværk");
    private final Supplier bus = new Supplier("Gludsted Rutebiler ApS", "gludsted-rutebiler.dk", "Trafikafdelingen", "trafik",
        "127.161.13.1", bank("7600", "0001667354"), "skolekørsel på de nordlige ruter og kørsel til svømning i Ikast");
    private final Supplier kontor = new Supplier("Ikast Kontorforsyning ApS", "ikast-kontorforsyning.dk", "Ordrekontoret",
        "ordre", "127.161.14.1", iban("DK", "20000008751290"), "kopipapir, toner og mapper til Rådhuset og Borgerservice");
    private final Supplier vaskeri = new Supplier("Ikast Tekstilservice A/S", "ikast-tekstilservice.dk", "Kundeservice",
        "kundeservice", "127.161.15.1", iban("DK", "76820001356402"), "leje og vask af arbejdstøj til hjemmeplejen og plejecentrene");
    private final Supplier akustik = new Supplier("Brande Akustik & Vibration ApS", "brande-akustik.dk", "Line Skov", "ls",
        HOSTER_IP, bank("7680", "0004467120"), "støjmåling ved testmøllerne i Brande Erhvervspark, målekampagne 1");
    // not on the creditor list
    private final Supplier smed = new Supplier("Isenvad Smedie", "isenvad-smedie.dk", "Ole Kragh", "ole", "127.162.1.1",
        bank("7600", "0001702886"), "nyt gelænder ved Ikast Stadion og cykelstativer ved Bording Skole");
    private final Supplier hyrde = new Supplier("Harrild Hede Fårehold v/ Mette Kjær", "harrild-faarehold.dk", "Mette Kjær",
        "mette", "127.162.2.1", bank("7680", "0004501937"), "afgræsning af Harrild Hede med 240 får, sæson 2035");
    private final Supplier skadedyr = new Supplier("Uhre Skadedyrsservice", "uhre-skadedyr.dk", "Brian Lund", "brian",
        "127.162.3.1", bank("7600", "0001735412"), "rottebekæmpelse ved genbrugspladsen i Brande og Ikast Stadion");
    private final Supplier lyd = new Supplier("Blåhøj Lyd & Scene", "blaahoej-lyd.dk", "Nikolaj Friis", "nikolaj", "127.162.4.1",
        bank("7680", "0004533370"), "lyd og scene til fastelavn på Torvet i Ikast");
    private final Supplier guide = new Supplier("Naturformidler Anders Lyng", "gmail.com", "Anders Lyng", "anders.lyng.natur",
        GMAIL, bank("7600", "0001768993"), "naturvandring i Gludsted Plantage for 4. årgang, 5 hold");
    private final Supplier tolk = new Supplier("Tigrinya-tolk v/ Senait Tesfay", "outlook.com", "Senait Tesfay",
        "senait.tesfay.tolk", MSFT, bank("7680", "0004566608"), "tolkning tigrinya-dansk, Jobcenter Ikast-Brande, 7 x 1 time");
    private final Supplier musik = new Supplier("Harmonikaspiller Knud Overgaard", "icloud.com", "Knud Overgaard",
        "knud.overgaard.musik", APPLE, bank("7600", "0001801174"), "musik til nytårskur, Plejecentret Solgården og Bakkehuset");
    private final Supplier pudser = new Supplier("Bording Vinduespolering v/ Kasper Holt", "hotmail.com", "Kasper Holt",
        "kasper.holt.vinduer", MSFT, bank("7680", "0004599245"), "vinduespolering, Bording Bibliotek og Børnehuset Regnbuen");
    private final Supplier motion = new Supplier("Stolegymnastik v/ Inge Dalsgaard", "yahoo.com", "Inge Dalsgaard",
        "inge.dalsgaard.motion", YAHOO, bank("7600", "0001834759"), "stolegymnastik i Aktivitetscentret i Brande, 10 gange");
    // foreign suppliers
    private final Supplier tysk = new Supplier("Flensburger Messtechnik GmbH", "flensburger-messtechnik.de", "Buchhaltung",
        "buchhaltung", "127.167.1.1", iban("DE", "215207000031588764"), "Miete von zwei Schallpegelmessern Klasse 1, 8 Wochen");
    private final Supplier hollandsk = new Supplier("Drachten Speeltoestellen B.V.", "drachten-speeltoestellen.nl",
        "Debiteurenadministratie", "debiteuren", "127.167.2.1", iban("NL", "RABO0315874261"),
        "playground equipment for Engesvang Skole, climbing net and tower");
    private final Supplier svensk = new Supplier("Värnamo Textilåtervinning AB", "varnamo-textil.se", "Ekonomi", "ekonomi",
        "127.167.3.1", iban("SE", "45800000081234567890"), "sortering av uttjänta arbetskläder, 3,2 ton");

    private final List<Supplier> listed = List.of(varme, entrep, vognmand, el, vvs, toemrer, maler, rengoer, avis, mad, byg, it,
        bus, kontor, vaskeri, akustik);

    /** Fraudsters' own domains, each carrying an Ikast-Brande place name; each gets SPF and, by its position, DKIM and DMARC. */
    private static final String[] OWNED = {
        "brande-fjernvarme.com", "bordingentreprenoer.dk", "ikast-byggecenter.net", "snede-el-service.dk",
        "ikast-rengoringsservice.dk", "ejstrupholm-vvs.net", idn("ikast-byggecent\u0435r.dk"), idn("ikast-br\u0430nde.dk"),
        "nemfaktura-ikast.dk", "tasklet-brande.com", "onlinefaktura-bording.dk", "klovborg-tomrer.dk", "brande-storkokken.dk",
        "gludsted-rutebil.dk", "lokalnyt-ikast.net", "ikast-inkassoservice.dk", "digitalpost-brande.com", "nemhandel-ikast.net",
        "bording-erhvervsregister.org", "ikast-kontorforsyning.net", "ikast-itpartner.com",
        "smartsign-ejstrupholm.com", "brande-bilagsportal.com", "ikast-tekstilservice.com", "ikast-arbejdstoej.dk",
        "harrild-faarehold.com", "harrild-naturpleje.dk", "brande-akustik.net", "brande-stoejmaaling.dk",
        "ikast-brande-kommune.dk", "gludsted-maler.com", "snede-betaling.dk", "ikast-lonservice.com",
        "brande-windpark-services.com", "ejstrupholm-regnskab.dk", "bording-fakturakopi.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("brande-fjernvarme.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("bording-entreprenoer.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("engesvang-vognmand.dk", List.of("127.161.98.7"), "~all", null, "none"); // SPF names only its weighbridge system
        domain("snede-elservice.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("ejstrupholm-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("klovborg-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("gludsted-maler.dk", null, null, null, null); // nothing published
        domain("ikast-rengoeringsservice.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("lokalnyt-ikast.dk", List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("brande-storkoekken.dk", List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ikast-byggecenter.dk", List.of(byg.ip(), "127.161.11.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ikast-itpartner.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("gludsted-rutebiler.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("ikast-kontorforsyning.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ikast-tekstilservice.dk", List.of(vaskeri.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("brande-akustik.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("isenvad-smedie.dk", List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain("harrild-faarehold.dk", List.of(hyrde.ip()), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("uhre-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("blaahoej-lyd.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("flensburger-messtechnik.de", List.of(tysk.ip()), "-all", null, null); // SPF only
        domain("drachten-speeltoestellen.nl", List.of(hollandsk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("varnamo-textil.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // law firm, auditor, school, shops, waste company, authority, wind test centre
        domain("ikast-advokathus.dk", List.of("127.163.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("brande-revisionskontor.dk", List.of("127.163.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("noerre-snede-efterskole.dk", List.of("127.163.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ikast-isenkram.dk", List.of("127.163.5.1"), "-all", null, "none");
        domain("brande-boghandel.dk", List.of("127.163.6.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("ikast-skoleinventar.dk", List.of("127.163.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ikastbrande-affald-is.dk", List.of("127.163.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("mst-miljoetilsyn.dk", List.of("127.163.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("brande-testcenter.dk", List.of("127.163.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("nemfaktura.dk", List.of("127.164.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("onlinefaktura.dk", List.of("127.164.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("tasklet.dk", List.of("127.164.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("storebox.com", List.of("127.164.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // banks, list, ESPs, newsletters, forwarders
        domain("ikast-sparekasse.dk", List.of("127.165.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("brande-andelsbank.dk", List.of("127.165.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornet-midt.dk", List.of("127.165.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kommunale-kreditorfolk.dk", List.of("127.165.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("jyske-indkoebere.dk", List.of("127.165.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("peytz.dk", List.of("127.165.6.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("sendinblue.com", List.of("127.165.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kommuneokonomi-nyt.dk", List.of("127.165.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hedeselskabet-nyt.dk", List.of("127.165.9.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("srs.ikast-net.dk", List.of("127.165.11.1"), "-all", null, null);
        domain("relay.brande-fiber.dk", List.of("127.165.12.1"), "-all", null, null);
        // free mail, SaaS, e-signature
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("podio.com", List.of("127.165.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("relatel.dk", List.of("127.165.22.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("smartsign.dk", List.of("127.165.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "quarantine", "reject", null, "none", "reject", null, "quarantine"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 4 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 5 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 61_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        return switch (Math.floorMod(sha256("no40:" + s.domain()).hashCode(), 7)) {
            case 0 -> "36" + String.format("%04d", 100 + rnd.nextInt(9_000));
            case 1 -> "IB-" + (2_300 + rnd.nextInt(6_000));
            case 2 -> String.valueOf(41_000 + rnd.nextInt(30_000));
            case 3 -> "FAK" + String.format("%05d", 1_000 + rnd.nextInt(60_000));
            case 4 -> (140 + rnd.nextInt(700)) + "-2036";
            case 5 -> "R" + (880_000 + rnd.nextInt(90_000));
            default -> String.valueOf(1_100 + rnd.nextInt(2_500));
        };
    }

    private static final String[] TO = {"kreditor@ikast-brande.dk", "efaktura@ikast-brande.dk", "kreditor@ikast-brande.dk",
        "oekonomi@ikast-brande.dk", "vej@ikast-brande.dk", "skole@ikast-brande.dk", "aeldre@ikast-brande.dk",
        "ejendomscentret@ikast-brande.dk", "indkoeb@ikast-brande.dk", "natur@ikast-brande.dk", "kreditor@ikast-brande.dk",
        "miljoe@ikast-brande.dk", "efaktura@ikast-brande.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf40:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(41_000_000 + Math.floorMod(sha256("cvr40:" + domain).hashCode(), 8_400_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(86_000_000 + Math.floorMod(sha256("fi40:" + domain).hashCode(), 9_000_000));
    }

    private String dots(M m, int plus) {
        return sentPlus(m, plus, DOTS);
    }

    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "brande-fjernvarme.dk" -> "Fjernvarmevej 3, 7330 Brande";
            case "bording-entreprenoer.dk" -> "Industrivej 14, 7441 Bording";
            case "engesvang-vognmand.dk" -> "Gl. Kongevej 41, 7442 Engesvang";
            case "snede-elservice.dk" -> "Torvegade 6, 8766 Nørre Snede";
            case "ejstrupholm-vvs.dk" -> "Vesterlundvej 2, 7361 Ejstrupholm";
            case "klovborg-toemrer.dk" -> "Klovborgvej 77, 8765 Klovborg";
            case "gludsted-maler.dk" -> "Gludstedvej 19, 7361 Ejstrupholm";
            case "ikast-rengoeringsservice.dk" -> "Strøget 28, 7430 Ikast";
            case "lokalnyt-ikast.dk" -> "Bøgildvej 5, 7430 Ikast";
            case "brande-storkoekken.dk" -> "Storegade 60, 7330 Brande";
            case "ikast-byggecenter.dk" -> "Grønnegade 90, 7430 Ikast";
            case "ikast-itpartner.dk" -> "Europavej 9, 7430 Ikast";
            case "gludsted-rutebiler.dk" -> "Plantagevej 4, 7361 Ejstrupholm";
            case "ikast-kontorforsyning.dk" -> "Østergade 11, 7430 Ikast";
            case "ikast-tekstilservice.dk" -> "Vestergade 45, 7430 Ikast";
            case "brande-akustik.dk" -> "Erhvervsvej 21, 7330 Brande";
            case "isenvad-smedie.dk" -> "Isenvadvej 102, 7430 Ikast";
            case "harrild-faarehold.dk" -> "Harrildvej 8, 7330 Brande";
            case "uhre-skadedyr.dk" -> "Uhrevej 31, 7330 Brande";
            case "blaahoej-lyd.dk" -> "Blåhøj Bygade 3, 7330 Brande";
            default -> "";
        };
    }

    /**
     * Four layouts of this corpus's own: a classic line invoice (pos., description, amount) with a payment sentence; a job card
     * with hours, kilometres and parts and the FI line (card 71); a delivery list by week with the FI line (card 75); a
     * period statement (meter or service period, fixed fee, consumption) with the FI line (card 71). A {@code null} account
     * prints none.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        boolean own = account != null && account.equals(s.account());
        switch (Math.floorMod(layout, 4)) {
            case 0 -> {
                head = title + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + "   CVR " + cvr(s.domain()));
                l.add("Kunde: " + KOMMUNE + ", " + RAADHUS + "   EAN " + EAN);
                l.add("Dato " + dots(m, 0) + "   Forfaldsdato " + dots(m, 21) + "   Vores ref. " + s.person());
                l.add("Pos. 1   " + s.what() + "   DKK " + a.net());
                l.add("Beløb før moms " + a.net() + "   25 % moms " + a.vat() + "   At betale " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betaling til " + account + " med angivelse af fakturanummer " + no);
                }
            }
            case 1 -> {
                head = "Sagsfaktura " + no;
                l.add(s.name() + " - CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : " - " + addr));
                l.add("Rekvirent: " + KOMMUNE + ", EAN " + EAN + ". Opgave: " + s.what());
                long hours = a.ore() * 50 / 100 / 59_500;
                long km = a.ore() / 10 / 380;
                long parts = a.ore() - hours * 59_500 - km * 380;
                l.add("Arbejdstimer " + hours + " x 595,00 = " + kr(hours * 59_500) + "   Kørsel " + km + " km x 3,80 = " + kr(km * 380));
                l.add("Reservedele og materialer " + kr(parts));
                l.add("Netto " + a.net() + "  moms " + a.vat() + "  brutto " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betalingsfrist " + dots(m, 14) + (account == null ? "" : " - konto " + account));
                if (own) {
                    l.add("FI-kort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            case 2 -> {
                head = "Faktura " + no + " - leverancer";
                l.add(s.name() + (addr.isEmpty() ? "" : " | " + addr) + " | CVR " + cvr(s.domain()));
                l.add("Debitornr. " + (30_000 + Math.floorMod(s.domain().hashCode(), 9_000)) + " | " + KOMMUNE + " | EAN " + EAN);
                long w1 = a.ore() / 2;
                long w2 = a.ore() / 4;
                l.add("Uge " + sentPlus(m, -14, DateTimeFormatter.ofPattern("w", DA)) + ": leveret til Ejendomscentret Ikast  "
                    + kr(w1));
                l.add("Uge " + sentPlus(m, -7, DateTimeFormatter.ofPattern("w", DA)) + ": leveret til Rådhuset Brande  " + kr(w2));
                l.add("Uge " + sentPlus(m, -1, DateTimeFormatter.ofPattern("w", DA)) + ": leveret til skoler og institutioner  "
                    + kr(a.ore() - w1 - w2));
                l.add("Total ekskl. moms " + a.net() + " | moms " + a.vat() + " | total inkl. moms " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Indbetaling: " + account + ", senest " + dots(m, 30));
                }
                if (own) {
                    l.add("Girokort " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = title + " " + no + " - " + s.name();
                l.add("Aftalenr. " + (50_000 + Math.floorMod(s.domain().hashCode(), 40_000)) + " - " + KOMMUNE + ", " + RAADHUS);
                l.add("Periode " + dots(m, -31) + " til " + dots(m, -1) + ": " + s.what());
                long fixed = a.ore() / 4;
                l.add("Fast bidrag " + kr(fixed) + "   Variabel del " + kr(a.ore() - fixed));
                l.add("Sum ekskl. moms " + a.net() + "   moms " + a.vat() + "   sum inkl. moms " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betaling " + dots(m, 18) + (account == null ? "" : ", konto " + account));
                if (own) {
                    l.add("Betalings-ID " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura-" + n + ".pdf", "faktura_" + n + ".pdf", "IBK_faktura_" + n + ".pdf", n + ".pdf",
            "Faktura nr " + n + ".pdf", "FAK_" + n + ".pdf", "invoice_" + n + ".pdf", "Dokument_" + n + ".pdf", "Regning " + n + ".pdf",
            "Udskrift-" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Ikast-Brande Kommune", "Til kreditorbogholderiet", "Goddag", "Hej",
        "Kære Ikast-Brande Kommune", "Att. økonomi", "Hej kreditor", "Til rette vedkommende", "Hej allesammen", "God morgen"};

    private String phone() {
        return "97 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        return switch (Math.floorMod(sha256("sig40:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0 -> "\n\nMange hilsner\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1 -> "\n\nVh " + firstName(s) + "\n" + s.name() + "\nTelefon " + phone();
            case 2 -> "\n\nMed venlig hilsen\n" + s.person() + " | " + s.name() + (freeMail(s) ? "" : " | CVR " + cvr(s.domain()));
            case 3 -> "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name() + "\nwww." + s.domain());
            default -> "\n\nHilsen\n" + s.person() + "\n" + s.name();
        };
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 5_800_000 : 420_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " fra " + s.name(), "Ny faktura: " + no,
            "Faktura " + no + " - Ikast-Brande Kommune", "Faktura " + no + " / EAN " + EAN, "Fakturakopi " + no,
            s.name() + ": faktura " + no, "Faktura " + no + " vedr. " + s.what(), "Regning " + no, "Faktura til betaling " + no};
        String text = switch (Math.floorMod(v, 10)) {
            case 0 -> "Vedhæftet faktura " + no + " vedrørende " + s.what() + ".";
            case 1 -> "Hermed vores regning nr. " + no + ", i alt " + a.gross() + " kr. inkl. moms. Betalingsfrist " + dots(m, 21)
                + ".";
            case 2 -> "Opgaven er færdigmeldt til jeres byggeleder. Samme faktura går også gennem NemHandel til EAN " + EAN
                + ", så den skal kun betales én gang.";
            case 3 -> "Tak for opgaven. Fakturaen ligger som PDF i mailen - ring hvis noget ser forkert ud.";
            case 4 -> "Fakturaen dækker perioden frem til og med sidste måned. Angiv venligst " + no + " ved betaling.";
            case 5 -> "Fakturanr.: " + no + "\nTotal: " + a.gross() + " kr.\nForfald: " + dots(m, 21) + "\nEAN-nr.: " + EAN;
            case 6 -> "Beklager at den kommer lidt sent - vi har skiftet økonomisystem efter nytår.";
            case 7 -> "Faktura vedhæftet. Ha' en god dag.";
            case 8 -> "Jeres indkøbsordre er påført, så I kan afstemme den direkte. Spørgsmål kan rettes til " + s.person() + ".";
            default -> "Se venligst vedhæftede.";
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

    private int layout(Supplier s, int v) {
        if (s == varme || s == mad || s == rengoer || s == avis || s == vaskeri || s == bus) {
            return 3;
        }
        if (s == entrep || s == vognmand || s == vvs || s == el || s == akustik) {
            return 1;
        }
        if (s == byg || s == kontor || s == it) {
            return v % 3 == 0 ? 0 : 2;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer("Ikast-Brande Kommune", "Centerparken 1", "Brande", "7330", EAN);

    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String orderRef,
                       String note) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, orderRef, note, BUYER,
            "Netto 21 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        laundryContract = "ITS-" + (3_300 + rnd.nextInt(500));
        grazingAgreement = "NAT-2035-" + (20 + rnd.nextInt(40));
        noiseCase = "MIL-36-" + (1_200 + rnd.nextInt(600));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == vaskeri ? List.of("Kontrakt " + laundryContract + ": 412 sæt arbejdstøj, vask 2 x ugentlig")
                : s == akustik ? List.of("Sag " + noiseCase + ", målepunkt MP1-MP4, rapport fremsendt") : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account, from its own or its hoster's server";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Ejendomscentret"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a railing, aligned SPF pass";
        M g = ok("grazing-agreement", false);
        g.wave = 1;
        headers(g, hyrde.person(), addr(hyrde), "natur@ikast-brande.dk", "Aftale " + grazingAgreement + " - afgræsning 2036")
            .text("Hej Natur og Miljø\n\nTak for et godt møde ude på heden. Jeg har skrevet aftalen for næste sæson ind i jeres "
                + "skabelon og underskrevet den. Fårene kommer på Harrild Hede i uge 17 og bliver til uge 42; I sørger for "
                + "hegnet langs vejen, jeg tager tilsyn og vand. Betalingen er den samme som i år, og jeg sender regning for "
                + "sæsonen, når dyrene er hjemme igen - ikke før." + signature(hyrde))
            .attach("application/pdf", "Aftale_" + grazingAgreement + ".pdf", Attachments.pdf(docId(g, "graz"), "Græsningsaftale "
                + grazingAgreement, List.of(hyrde.name() + ", " + street(hyrde), "Areal: Harrild Hede, ca. 310 ha, fold 1-4",
                    "Dyr: ca. 240 får med lam, uge 17-42", "Vederlag efter sæsonen: 46.500,00 ekskl. moms",
                    "Betaling til " + hyrde.account())));
        genuine(g, hyrde.ip());
        g.description = "history: the shepherd's signed grazing agreement for Harrild Hede: invoiced after the season (RSA, no DMARC)";
        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, el, maler, vognmand, kontor, varme, bus, vaskeri, mad,
            byg, entrep);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre IBK-" + (52_100 + k * 211));
                case 1 -> List.of("Rekvirent: " + to().replace("@ikast-brande.dk", ""));
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Renovering Hedegårdsskolen" : "Driftsaftale 2035-2038"));
                default -> List.of();
            };
            String note = k % 5 == 1 ? "\n\nUnderskrevne leveringssedler ligger ved." : k % 7 == 3
                ? "\n\nFotos af det udførte er vedhæftet." : "";
            invoice(m, s, s.account(), k * 3 + 4, ref, note);
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "leveringsseddel_" + (k + 611) + ".pdf", Attachments.pdf(docId(m, "ls"),
                    "Leveringsseddel", List.of(s.what(), "Modtaget af: " + (k % 2 == 0 ? "Ejendomscentret, Ikast" : "Rådhuset, Brande"),
                        "Kolli: " + (2 + k % 4))));
            } else if (k % 7 == 3) {
                m.mime.attach("image/jpeg", "IMG_" + (4_410 + k * 7) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, rengoer, avis)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 2, List.of("Periode: januar 2036"), "\n\nDenne faktura gælder januar.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for January, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        laundry();
        grazing();
        noise();
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
        letters();
    }

    private void creditNotes() {
        Object[][] c = {{byg, "Kreditnota til faktura ", "Fire ruller tagpap og en palle fliser kom retur fra Ejendomscentret."},
            {kontor, "Kredit - faktura ", "Mapperne i forkert farve er hentet igen af vores chauffør."},
            {bus, "Kreditnota for faktura ", "Svømmekørslen i uge 3 udgik, fordi Ikast Svømmehal var lukket for reparation."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (610 + rnd.nextInt(300));
            Amount a = amount(140_000).credit();
            headers(m, s.person(), addr(s), "kreditor@ikast-brande.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " I får derfor kreditnota " + no + " på " + a.gross() + " kr., som I kan "
                    + "trække fra i næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(vognmand, kontor)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@ikast-brande.dk", "Saldoliste " + dots(m, -1))
                .text("Hej\n\nTil jeres årsafslutning: vedlagt saldoliste. Faktura " + p.no() + " er betalt, og saldoen er nul."
                    + signature(s))
                .attach("application/pdf", "saldoliste.pdf", Attachments.pdf(docId(m, "saldo"), "Saldoliste",
                    List.of("Debitor: " + KOMMUNE, "Faktura " + p.no() + "  " + p.amount().gross() + "  udlignet", "Saldo 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open"
                + (s == vognmand ? " (SPF names only its weighbridge: softfail, p=none)" : "");
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, entrep.person(), addr(entrep), "kreditor@ikast-brande.dk", "Tak for betaling")
            .text("Hej\n\nVi har modtaget betalingen af faktura " + past.get(entrep.domain()).no() + ". Tak.\n\nKim\n" + entrep.name());
        genuine(m, entrep.ip());
        m.description = "bording-entreprenoer.dk thanks for payment, DMARC pass";
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se, at nedenstående faktura er betalt. Har I betalt i mellemtiden, "
            + "er alt i orden."},
            {maler, "Mangler betaling", "Hej, jeg har ikke fået penge for malerarbejdet på Bakkehuset endnu. Er regningen kommet "
                + "frem? Jens"},
            {el, "1. rykker", "Fakturaen er forfalden. Der er ikke pålagt gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@ikast-brande.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 5) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. kan betales til den konto, I plejer: " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker-" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(),
                    p.amount(), s.account(), i + 1, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "IA-" + (2_200 + rnd.nextInt(500));
        String klient = bank("7600", "0001900458");
        headers(m, "Ikast Advokathus, inkasso", "inkasso@ikast-advokathus.dk", "kreditor@ikast-brande.dk",
            "Inkasso " + sag + " - Uhre Skadedyrsservice")
            .text(KOMMUNE + "\nKreditorbogholderiet\n\nPå vegne af Uhre Skadedyrsservice skal vi inddrive faktura nr. 214 af 2. "
                + "november 2035 på 6.875,00 kr. for rottebekæmpelse ved genbrugspladsen. Vores klient har sendt to rykkere.\n\n"
                + "Er beløbet betalt, eller bestrider I kravet, beder vi jer kontakte os med sagsnummeret. I modsat fald bedes "
                + "beløbet og et inkassogebyr på 100,00 kr. betalt til vores klientkonto " + klient + " inden ti dage.\n\n"
                + "Med venlig hilsen\nIkast Advokathus")
            .attach("application/pdf", "Inkasso-" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassoskrivelse " + sag,
                List.of("Fordringshaver: Uhre Skadedyrsservice", "Faktura 214 af 02.11.2035: 6.875,00", "Gebyr: 100,00",
                    "Klientkonto: " + klient)));
        genuine(m, "127.163.1.1");
        m.description = "a real law firm collects an unlisted pest-control firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "MA-" + (5_100 + rnd.nextInt(700));
        String konto = iban("DK", "76820001402288");
        headers(m, "Midtjysk Affald I/S, Økonomi", "oekonomi@ikastbrande-affald-is.dk", "kreditor@ikast-brande.dk", "Faktura " + no
            + " - driftstilskud 1. kvartal 2036")
            .text("Til Ikast-Brande Kommune\n\nHermed faktura for kommunens andel af driften af genbrugspladserne i Ikast, Brande, "
                + "Bording og Nørre Snede i 1. kvartal, fordelt efter indbyggertal som aftalt i interessentskabet. Fakturaen er "
                + "også sendt til EAN " + EAN + ".\n\nBetaling til " + konto + ".\n\nVenlig hilsen\nMidtjysk Affald I/S")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "ma"), "Faktura " + no,
                List.of("Midtjysk Affald I/S", KOMMUNE + ", EAN " + EAN, "Driftstilskud 1. kvt. 2036, andel 38,7 %",
                    "DKK 2.046.300,00 (momsfri)", "Konto: " + konto)));
        genuine(m, "127.163.8.1");
        m.description = "the intermunicipal waste company's quarterly contribution, its own account, DMARC pass";
    }

    /** Genuine counterpart to the laundry fraud: the real textile service's route letter and its monthly invoice. */
    private void laundry() {
        M m = ok("supplier-letter", false);
        headers(m, vaskeri.person(), addr(vaskeri), "aeldre@ikast-brande.dk", "Ny afhentningsdag for arbejdstøj fra uge 8")
            .text("Kære Ældre og Sundhed\n\nFra uge 8 henter vi snavset arbejdstøj i hjemmeplejens grupper i Bording og Engesvang "
                + "om tirsdagen i stedet for mandag, og det rene tøj kommer torsdag. Kontrakt " + laundryContract + " og priserne "
                + "er uændrede, og fakturaen kommer som altid via EAN.\n\nVenlig hilsen\nKundeservice\n" + vaskeri.name());
        genuine(m, vaskeri.ip());
        m.description = "the real textile service moves its pick-up day; contract and payment unchanged, DMARC pass";
        m = ok("laundry-invoice", true);
        String no = invoiceNo(vaskeri);
        Amount a = amount(2_400_000);
        headers(m, "Ikast Tekstilservice A/S", addr(vaskeri), "kreditor@ikast-brande.dk", "Faktura " + no + " - tekstilservice januar")
            .text("Hej kreditor\n\nHer er januar-opgørelsen for kontrakt " + laundryContract + ": leje og vask af 412 sæt "
                + "arbejdstøj, 38 udskiftninger efter slid og 6 nye medarbejdere med navnemærkning. Samme faktura er sendt til EAN "
                + EAN + ".\n\nVenlig hilsen\nKundeservice\n" + vaskeri.name())
            .attach("application/pdf", pdfName(no, 2), pdfInvoice(m, vaskeri, "Faktura", no, a, vaskeri.account(), 3,
                List.of("Kontrakt " + laundryContract + ", januar 2036")));
        genuine(m, vaskeri.ip());
        m.description = "the real textile service's monthly work-wear invoice under its contract, usual account, DMARC pass";
    }

    /** Genuine counterpart to the grazing fraud: the shepherd's invoice for the late autumn extension, and a note. */
    private void grazing() {
        M m = ok("grazing-invoice", true);
        String no = "2036-0" + (3 + rnd.nextInt(5));
        Amount a = new Amount(1_240_000, kr(1_240_000), kr(310_000), kr(1_550_000));
        headers(m, hyrde.person(), addr(hyrde), "natur@ikast-brande.dk", "Regning " + no + " - forlænget afgræsning")
            .text("Hej Natur og Miljø\n\nSom aftalt i telefonen i november gik fårene tre uger ekstra i fold 3 ved Rind Å, fordi "
                + "lyngen trængte. Her er regningen for de ekstra uger efter aftale " + grazingAgreement + ". Fårene er hjemme, "
                + "og hegnet er tjekket." + signature(hyrde))
            .attach("application/pdf", "Regning-" + no + ".pdf", pdfInvoice(m, hyrde, "Regning", no, a, hyrde.account(), 0,
                List.of("Aftale " + grazingAgreement + ", tillæg 3 uger, fold 3")));
        genuine(m, hyrde.ip());
        m.description = "the real shepherd invoices the agreed grazing extension after the season, usual account (RSA, no DMARC)";
        m = ok("internal", false);
        headers(m, "Natur og Miljø", "natur@" + OWN, "kreditor@ikast-brande.dk", "Afgræsning af Harrild Hede")
            .text("Hej kreditor\n\nDer er kun én, der har får på Harrild Hede: Mette Kjær, Harrild Hede Fårehold, efter aftale "
                + grazingAgreement + ". Hun fakturerer efter sæsonen til den konto, der står i aftalen. Regninger for afgræsning "
                + "fra andre skal sendes til os, før I betaler.\n\nNatur og Miljø");
        genuine(m, OWN_IP);
        m.description = "internal note from the nature department naming the only shepherd and how she bills";
    }

    /** Genuine counterpart to the noise-measurement fraud: the acoustician's report invoice and the test centre's notice. */
    private void noise() {
        M m = ok("measurement-invoice", true);
        String no = invoiceNo(akustik);
        Amount a = amount(3_000_000);
        headers(m, akustik.person(), addr(akustik), "miljoe@ikast-brande.dk", "Faktura " + no + " - støjmåling kampagne 2, sag "
            + noiseCase)
            .text("Hej Teknik og Miljø\n\nMålekampagne 2 ved testmøllerne er afsluttet, og rapporten med måleresultater for MP1-MP4 "
                + "ligger i jeres sag " + noiseCase + ". Fakturaen følger tilbuddet fra oktober." + signature(akustik))
            .attach("application/pdf", pdfName(no, 4), pdfInvoice(m, akustik, "Faktura", no, a, akustik.account(), 1,
                List.of("Sag " + noiseCase + ", målekampagne 2, 6 nætter")));
        genuine(m, HOSTER_IP);
        m.description = "the real acoustician's invoice for measurement campaign 2, usual account, via its hoster (SPF only, no DMARC)";
        m = ok("authority-notice", false);
        headers(m, "Brande Testcenter, Drift", "drift@brande-testcenter.dk", "miljoe@ikast-brande.dk",
            "Varsling: natlig drift af testmølle 4")
            .text("Til Ikast-Brande Kommune, Teknik og Miljø\n\nI uge 9 kører vi natlige lasttest på mølle 4. Kommunens "
                + "akustiker har fået adgang til målepunkterne. Naboerne får brev i dag.\n\nVenlig hilsen\nBrande Testcenter");
        genuine(m, "127.163.10.1");
        m.description = "the test centre notifies night-time testing; nothing to pay, DMARC pass";
    }

    private void platforms() {
        Object[][] p = {{"nemfaktura.dk", lyd}, {"nemfaktura.dk", skadedyr}, {"onlinefaktura.dk", pudser}, {"tasklet.dk", smed},
            {"storebox.com", null}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(380_000);
            m.mailFrom = "return-" + sha256("plat40:" + m.id).substring(0, 12) + "@" + d;
            String no;
            if (d.equals("nemfaktura.dk")) {
                no = "NF" + (700_000 + rnd.nextInt(90_000));
                headers(m, s.name() + " via NemFaktura", "noreply@nemfaktura.dk", v == 0 ? "kultur@ikast-brande.dk"
                    : "ejendomscentret@ikast-brande.dk", "Faktura " + no + " fra " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\"><p>Til " + KOMMUNE + "</p><p>Du har "
                        + "modtaget faktura <b>" + no + "</b> fra " + s.name() + ". Beløb: <b>" + a.gross() + " kr.</b>, forfald "
                        + dots(m, 14) + ".</p><p>Fakturaen er vedhæftet som PDF. Spørgsmål om fakturaen besvares af afsenderen - "
                        + "svar blot på denne mail.</p><p style=\"color:#777;font-size:11px\">Sendt med NemFaktura</p></body></html>");
            } else if (d.equals("onlinefaktura.dk")) {
                no = "OF-" + (21_000 + rnd.nextInt(9_000));
                headers(m, s.name() + " (Onlinefaktura)", "faktura@onlinefaktura.dk", "skole@ikast-brande.dk", "Faktura " + no)
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej\n\n" + s.name() + " har sendt jer en faktura.\n\nNummer: " + no + "\nBeløb: " + a.gross()
                        + " kr.\nBetalingsfrist: " + dots(m, 10) + "\n\nPDF'en er vedhæftet.\n\nOnlinefaktura.dk");
            } else if (d.equals("tasklet.dk")) {
                no = "TL-" + (5_400 + rnd.nextInt(900));
                headers(m, s.name() + " via Tasklet", "sager@tasklet.dk", "ejendomscentret@ikast-brande.dk", "Afsluttet sag og "
                    + "faktura " + no)
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej Ejendomscentret\n\nSagen 'Gelænder Ikast Stadion, etape 2' er afsluttet i Tasklet af " + s.person()
                        + ". Timer, materialer og billeder er godkendt på pladsen. Fakturaen er vedhæftet.\n\nTasklet - sagsstyring "
                        + "for håndværkere");
            } else {
                no = "SB-" + (9_100_000 + rnd.nextInt(90_000));
                headers(m, "Storebox", "kvittering@storebox.com", "indkoeb@ikast-brande.dk", "Din faktura for februar, " + no)
                    .text("Hej " + KOMMUNE + "\n\nDin månedlige faktura for Storebox Erhverv (digitale kvitteringer for 64 "
                        + "betalingskort) er klar. Beløbet trækkes via Betalingsservice den " + dots(m, 6) + ".\n\nStorebox")
                    .attach("application/pdf", "Storebox_" + no + ".pdf", Attachments.pdf(docId(m, "sbx"), "Faktura " + no,
                        List.of("Storebox ApS", "Kunde: " + KOMMUNE + ", Indkøb", "Erhverv, 64 kort, februar 2036",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Betales via Betalingsservice")));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform storebox.com's own monthly invoice, direct debit, DMARC pass";
                v++;
                continue;
            }
            m.mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, s.account(), v, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(vvs, byg, it)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_100_000);
            boolean peppol = v == 2;
            String ref = "IBK-" + (61_200 + v * 389);
            headers(m, s.name(), addr(s), "efaktura@ikast-brande.dk", "E-faktura " + no + (peppol ? " - Peppol" : " - OIOUBL-fil"))
                .text("Hej e-fakturering\n\nVores udbyder af e-faktura har haft nedbrud siden fredag, så fakturaen er ikke gået ud "
                    + "via NemHandel. XML-filen og en kopi som PDF er vedhæftet, så I kan indlæse den manuelt. Kontoen er den "
                    + "sædvanlige. Sendes den senere også automatisk, er det samme faktura.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "peppol-" : "oioubl-") + no.replace('/', '-') + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 21), peppol, ref, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi-" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v, List.of("Ordre " + ref)));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF copy, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced from the supplier's own domain, each followed by the supplier's next invoice
     * to the new account: the carpenter changes bank; the kitchen's receivables move to its parent company's account.
     */
    private void bankChanges() {
        String nyT = bank("9815", "0002207491");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@ikast-brande.dk", "Vi skifter bank pr. 1. marts")
            .text("Hej kreditor\n\nKlovborg Tømrer & Snedker flytter til en anden bank. Fakturaer dateret 1. marts 2036 eller "
                + "senere skal betales til " + nyT + ". Alt, hvad I allerede har fået fra os, betales til den konto, der står på "
                + "fakturaen - den gamle konto lukker først til sommer.\n\nI må meget gerne ringe til mig på det nummer, I har i "
                + "leverandørkartoteket, og få det bekræftet. Brevet med min underskrift er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Bankskifte_Klovborg_Toemrer.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om "
                + "bankskifte", List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer fra 01.03.2036",
                    "Ny konto: " + nyT, "Henrik Vang, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change (SPF+Ed25519 aligned, no DMARC), invites a call-back";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye yderdøre til omklædningen, Klovborg Friskole");
        invoice(m, moved, nyT, 11, List.of("Ny bankforbindelse fra 01.03.2036, se vores brev"), "\n\nBemærk den nye konto - vi "
            + "skrev om bankskiftet for et par uger siden.");
        genuine(m, toemrer.ip());
        m.description = "klovborg-toemrer.dk invoice to its new account after the announced, authenticated bank change";

        String nyM = iban("DK", "53010001188524");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Brande Storkøkken, Økonomi", "oekonomi@brande-storkoekken.dk", "kreditor@ikast-brande.dk",
            "Ændrede betalingsoplysninger fra februar 2036")
            .text("Til Ikast-Brande Kommune, kreditor og Ældre og Sundhed\n\nSom nævnt på statusmødet i december samler vores "
                + "moderselskab, Midtjyske Storkøkkener A/S, alle indbetalinger. Fakturaer dateret fra 1. februar skal derfor "
                + "betales til " + nyM + ". Ældre fakturaer kan betales til den hidtidige konto frem til 30. april. Kontrakt, "
                + "priser og EAN er uændrede.\n\nDet samme brev er sendt med underskrift til jeres Digital Post. Ring gerne til "
                + "os på nummeret i kontrakten.\n\nVenlig hilsen\nBrande Storkøkken A/S, Økonomi");
        genuine(m, mad.ip());
        m.description = "history: listed kitchen (RSA, p=reject, DMARC pass) announces its parent company's account from "
            + "February, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM,
            "mad til hjemmeboende ældre og Plejecentret Solgården, februar");
        invoice(m, pooled, nyM, 14, List.of("Ny betalingskonto fra 01.02.2036, jf. meddelelse"), "\n\nHusk den nye konto, som "
            + "vi har skrevet om. Resten er som før.");
        genuine(m, mad.ip());
        m.description = "brande-storkoekken.dk invoice to its new account after the announced, authenticated change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(lyd, skadedyr, guide, tolk, musik, pudser, motion, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 3 + 1, List.of("Aftalt med " + (v % 2 == 0 ? "institutionens leder" : "jeres kontakt")),
                v % 3 == 2 ? "\n\nFørste gang jeg sender regning til kommunen - sig til, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        m.wave = 1;
        String no = "FM-" + (7_200 + rnd.nextInt(600));
        String subject = "Rechnung " + no + " - Schallpegelmesser";
        headers(m, "Flensburger Messtechnik - Buchhaltung", addr(tysk), "miljoe@ikast-brande.dk", subject)
            .text("Sehr geehrte Damen und Herren,\n\nanbei die Rechnung für die Miete von zwei Schallpegelmessern der Klasse 1 "
                + "für acht Wochen, wie mit Ihrer Umweltabteilung vereinbart. Die Geräte sind kalibriert zurückgekommen. "
                + "Steuerschuldnerschaft des Leistungsempfängers.\n\nZahlbar binnen 30 Tagen auf " + tysk.account() + ".\n\n"
                + "Mit freundlichen Grüßen\n" + tysk.name())
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Flensburg", "Kunde: " + KOMMUNE + ", " + RAADHUS + ", Dänemark", tysk.what(),
                    "EUR 3.840,00 (Reverse Charge)", "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        past.put(tysk.domain(), new Past(no, new Amount(0, "", "", "EUR 3.840,00"), messageId(m, tysk.domain()), subject));
        m.description = "German instrument-rental firm (history, SPF only, aligned pass, no DMARC), DE IBAN, reverse charge";
        m = ok("foreign-invoice", true);
        no = "DS-36-" + (110 + rnd.nextInt(300));
        headers(m, "Drachten Speeltoestellen - Debiteuren", addr(hollandsk), "skole@ikast-brande.dk", "Invoice " + no
            + " - playground Engesvang Skole")
            .text("Dear customer,\n\nPlease find attached our invoice for the climbing net and tower delivered and installed at "
                + "Engesvang Skole, accepted by your site manager. Reverse charge applies.\n\nPayment within 30 days to "
                + hollandsk.account() + ".\n\nKind regards\n" + hollandsk.name())
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of(hollandsk.name() + ", Drachten", "Customer: " + KOMMUNE, hollandsk.what(), "EUR 18.950,00 (reverse charge)",
                    "Bank: " + hollandsk.account())));
        genuine(m, hollandsk.ip());
        m.description = "Dutch playground maker's invoice, NL IBAN, DMARC pass";
        m = ok("foreign-invoice", true);
        no = "VT" + (40_100 + rnd.nextInt(800));
        headers(m, "Värnamo Textilåtervinning, Ekonomi", addr(svensk), "aeldre@ikast-brande.dk", "Faktura " + no)
            .text("Hej,\n\nhär kommer fakturan för sortering och återvinning av 3,2 ton uttjänta arbetskläder från hemvården, "
                + "hämtade i januari. Omvänd skattskyldighet.\n\nBetalning till " + svensk.account() + " inom 30 dagar.\n\n"
                + "Med vänlig hälsning\n" + svensk.name())
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE, svensk.what(), "SEK 21 760,00", "Bank: " + svensk.account())));
        genuine(m, svensk.ip());
        m.description = "Swedish textile recycler's invoice, SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("saas-invoice", true);
        String no = "PD-" + (3_300_000 + rnd.nextInt(90_000));
        headers(m, "Podio Billing", "billing@podio.com", "it@ikast-brande.dk", "Your Podio invoice " + no)
            .text("Hello " + KOMMUNE + ",\n\nYour invoice " + no + " for Podio Premium (42 users, February 2036) is attached. The "
                + "amount will be charged to the card on file.\n\nPodio")
            .attach("application/pdf", "Podio_" + no + ".pdf", Attachments.pdf(docId(m, "pod"), "Invoice " + no,
                List.of("Podio", "Customer: " + KOMMUNE + ", IT", "Premium, 42 users, February 2036", "EUR 1.008,00",
                    "Paid by card")));
        genuine(m, "127.165.21.1");
        m.description = "SaaS invoice paid by card, DMARC pass";
        m = ok("saas-invoice", true);
        no = "RT" + (81_000 + rnd.nextInt(9_000));
        headers(m, "Relatel Erhverv", "faktura@relatel.dk", "it@ikast-brande.dk", "Faktura " + no + " - mobilabonnementer")
            .text("Hej Ikast-Brande Kommune\n\nFakturaen for 318 mobilabonnementer i hjemmeplejen og på skolerne for februar er "
                + "vedhæftet. Beløbet trækkes via Betalingsservice.\n\nRelatel Erhverv")
            .attach("application/pdf", "Relatel_" + no + ".pdf", Attachments.pdf(docId(m, "rel"), "Faktura " + no,
                List.of("Relatel A/S", "Kunde: " + KOMMUNE, "318 abonnementer, februar 2036", "DKK 41.022,00 inkl. moms",
                    "Betalingsservice")));
        genuine(m, "127.165.22.1");
        m.description = "telephony SaaS invoice by direct debit, Ed25519, DMARC pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        headers(m, "SmartSign", "noreply@smartsign.dk", "vej@ikast-brande.dk", "Bording Entreprenør & Kloak ApS har sendt et "
            + "dokument til underskrift")
            .header("Reply-To", Mime.address(entrep.person(), addr(entrep)))
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej</p><p>Kim Lauridsen, Bording Entreprenør & Kloak ApS, "
                + "beder dig underskrive: <b>Entreprisekontrakt - regnvandsledning Bording Stationsvej</b>.</p><p><a href=\""
                + "https://app.smartsign.dk/sign/" + sha256("ss40:" + m.id).substring(0, 24) + "\">Åbn dokumentet</a></p><p "
                + "style=\"font-size:11px;color:#888\">SmartSign - digital underskrift med MitID</p></body></html>");
        genuine(m, "127.165.23.1");
        m.description = "real e-signature request for a contract the roads department negotiated, DMARC pass";
    }

    private void newsletters() {
        String[][] n = {{"kommuneokonomi-nyt.dk", "KommuneØkonomi Nyt", "nyhedsbrev@", "Svindel mod kreditorbogholderier i vinter",
            "Falske regninger for ydelser, som kommunen faktisk køber - tøjvask, naturpleje, målinger - sendes nu med ægte "
                + "kontraktnumre fundet i offentlige dagsordener. Kontrollér altid kontoen mod leverandørkartoteket.", "peytz.dk"},
            {"hedeselskabet-nyt.dk", "Hedens Nyt", "nyt@", "Lyngpleje: afbrænding, slåning og får",
                "Sæsonens erfaringer fra de jyske heder: hvor fårene gør det bedst, og hvornår afbrænding er nødvendig.",
                "sendinblue.com"}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounces-" + sha256("nl40:" + x[0]).substring(0, 14) + "@" + x[5];
            headers(m, x[1], x[2] + x[0], x[0].startsWith("hede") ? "natur@ikast-brande.dk" : "oekonomi@ikast-brande.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld?u=" + sha256("u40:" + x[0]).substring(0, 16) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"background:#eef1f4;margin:0\"><table width=\"600\" align=\"center\" style=\""
                    + "background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px\"><tr><td style=\"padding:24px\">"
                    + "<h2>" + x[3] + "</h2><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/artikler\">Læs mere</a></p>"
                    + "<p style=\"font-size:10px;color:#999\">Du får dette nyhedsbrev som abonnent. Frameld med ét klik.</p>"
                    + "</td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add(x[5]);
            m.ip = dns.get(x[5]).spfIps().get(0);
            m.helo = "mta." + x[5];
            m.description = "newsletter from " + x[0] + " sent through ESP " + x[5] + ", signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"kommunale-kreditorfolk.dk", "Birgit Holm", "biho@", "Regning for vask af arbejdstøj?",
            "Hej alle\n\nVi har fået en regning for 'tekstilservice' til hjemmeplejen fra et firma med et navn, der minder om "
                + "vores vaskeri. Kontraktnummeret på den er vores rigtige. Vaskeriet siger, de ikke har sendt den. Har andre "
                + "set noget lignende?\n\nBirgit"},
            {"jyske-indkoebere.dk", "Rasmus Kirk", "raki@", "SV: Regning for vask af arbejdstøj?", "Ja - hos os var det en "
                + "'opkrævning for udskiftning af slidt tøj' med betaling til en ny konto. Vi ringede til vaskeriet på "
                + "kontraktens nummer, og den var falsk.\n\nRasmus"},
            {"kommunale-kreditorfolk.dk", "Hanne Winther", "hawi@", "Støjmålinger ved vindmøller", "Hej\n\nEr der andre, der har "
                + "fået regning for 'lovpligtig støjmåling' ved vindmøller? Vores miljøafdeling har ikke bestilt noget.\n\nHanne"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornet-midt.dk", x[3])
                .header("List-Id", "Kreditornet Midt <liste.kreditornet-midt.dk>")
                .header("List-Post", "<mailto:liste@kreditornet-midt.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditornet-midt.dk", "[Kreditornet] ", "\r\n--\r\nKreditornet Midt - netværk for kreditor- og "
                + "indkøbsfolk i midtjyske kommuner\r\nAfmelding: https://kreditornet-midt.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 21, List.of(), "");
        m.mailFrom = "SRS0=hT7q=GK=lokalnyt-ikast.dk=annonce@srs.ikast-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.165.11.1";
        m.helo = "srs.ikast-net.dk";
        m.description = "lokalnyt-ikast.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 33, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.brande-fiber.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, rengoer, rengoer.account(), 27, List.of(), "");
        m.signers.add(rengoer.domain());
        relayedBy(m, "relay.brande-fiber.dk", "DKIM only, its signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 38, List.of(), "");
        relayedBy(m, "relay.brande-fiber.dk", "SPF only (no DKIM) and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(bus);
        Amount a = amount(300_000);
        Mime orig = original(m, "inner40:", 1, 2, 37, bus, "Signe Mølgaard <simo@ikast-brande.dk>", "Faktura " + no
            + " - tur til Gludsted Plantage");
        orig.text("Hej Signe\n\nRegningen for bussen til Gludsted Plantage med 4. årgang.\n\nTrafikafdelingen\nGludsted Rutebiler");
        orig.attach("application/pdf", pdfName(no, 3), pdfInvoice(m, bus, "Faktura", no, a, bus.account(), 3, List.of()));
        headers(m, "Signe Mølgaard", "simo@" + OWN, "kreditor@ikast-brande.dk", "VS: Faktura " + no + " - naturtur 4. årgang")
            .text("Hej kreditor\n\nBusselskabet sendte regningen direkte til mig. Turen er kørt, og jeg godkender den - konto "
                + "Ejstrupholm Skole, ekskursioner. Deres mail er vedhæftet.\n\nSigne Mølgaard\nEjstrupholm Skole")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a teacher forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    private void internal() {
        String[][] x = {{"Kreditor", "kreditor@", "ledere@ikast-brande.dk", "Nye kontonumre: altid opkald først",
            "Kære ledere\n\nVi ændrer aldrig en leverandørs konto på baggrund af en mail alene. Vi ringer til leverandøren på "
                + "det nummer, der står i kontrakten eller kartoteket - aldrig på nummeret i mailen. Får I en regning for "
                + "noget, I ikke har bestilt, så send den til os.\n\nKreditor"},
            {"Lone Thygesen", "loth@", "kreditor@ikast-brande.dk", "Brande Storkøkken - ny konto bekræftet", "Hej\n\nJeg har "
                + "talt med økonomichefen i Brande Storkøkken på kontraktens nummer. Den nye konto hos moderselskabet er "
                + "korrekt, og brevet ligger i Digital Post. Kartoteket er rettet fra 1. februar.\n\nLone\nÆldre og Sundhed"},
            {"IT-sikkerhed", "it-sikkerhed@", "alle@ikast-brande.dk", "Pas på falske Digital Post-mails", "Der kommer mails, "
                + "der ligner Digital Post og beder jer logge på via et link. Digital Post sender aldrig links til log-in i en "
                + "mail. Slet mailen og giv os besked."},
            {"Jakob Nørgaard", "jano@", "kreditor@ikast-brande.dk", "Udlæg: parkering og frokost", "Hej\n\nKvittering for "
                + "parkering i Aarhus og frokost til borgerpanelet er vedhæftet. Kan det komme med i næste udlægskørsel?\n\n"
                + "Jakob\nBorgerservice"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering.jpg", Attachments.image(docId(m, "bon"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Ikast Sparekasse, Erhverv", "erhverv@ikast-sparekasse.dk", "oekonomi@ikast-brande.dk", "Betalingsfil modtaget")
            .text("Kære kunde\n\nJeres betalingsfil med 187 betalinger er modtaget og gennemføres på de valgte datoer. Status kan "
                + "ses i netbanken.\n\nVi beder aldrig om MitID-godkendelse eller log-on via et link i en mail.\n\n"
                + "Ikast Sparekasse, Erhverv");
        genuine(m, "127.165.1.1");
        m.description = "the real bank's payment-file receipt: no link, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Ikast Sparekasse", "erhverv@ikast-sparekasse.dk", "oekonomi@ikast-brande.dk", "Navnetjek på modtagerkonti")
            .text("Kære kunde\n\nFra 1. marts tjekker netbanken, om modtagerens navn passer til kontonummeret. Får I en advarsel, "
                + "så stop betalingen og ring til modtageren på et nummer, I selv har.\n\nIkast Sparekasse");
        genuine(m, "127.165.1.1");
        m.description = "bank notice about payee name check, no links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Brande Andelsbank", "kundeservice@brande-andelsbank.dk", "oekonomi@ikast-brande.dk", "Nye gebyrer fra april")
            .text("Gebyroversigten for erhvervskunder ændres fra 1. april 2036. Den ligger i netbanken under Dokumenter. I skal "
                + "ikke foretage jer noget.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.165.2.1");
        m.description = "bank fee notice, Ed25519, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Brande Revisionskontor", "revision@brande-revisionskontor.dk", "kreditor@ikast-brande.dk",
            "Anmodning om saldobekræftelse - " + byg.name())
            .text("Til Ikast-Brande Kommune\n\nVi reviderer årsregnskabet for " + byg.name() + " og beder jer bekræfte "
                + "mellemværendet pr. 31. december 2035. Selskabets fuldmagt er vedhæftet. Svar direkte til os, også hvis der "
                + "ikke er noget mellemværende. Vi beder ikke om betaling.\n\nMed venlig hilsen\nBrande Revisionskontor")
            .attach("application/pdf", "Saldobekraeftelse.pdf", Attachments.pdf(docId(m, "sb"), "Saldobekræftelse",
                List.of(byg.name() + ", CVR " + cvr(byg.domain()), "Pr. 31.12.2035", "Svar til revisor")));
        genuine(m, "127.163.2.1");
        m.description = "a listed supplier's auditor asks for a balance confirmation, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Nørre Snede Efterskole, Kontoret", "kontor@noerre-snede-efterskole.dk", "oekonomi@ikast-brande.dk",
            "Indbetaling for hal-leje")
            .text("Hej\n\nVi har i dag betalt 4.600,00 kr. for leje af Nørre Snede Hallen til vores idrætsdag (jeres faktura "
                + "9102288).\n\nVenlig hilsen\nNørre Snede Efterskole");
        genuine(m, "127.163.3.1");
        m.description = "remittance advice: a boarding school has paid our invoice";
    }

    private void shops() {
        String[][] r = {{"ikast-isenkram.dk", "Ikast Isenkram", "bon@", "Din kvittering",
            "Skovle 6 stk., trillebør og 40 m haveslange til Naturskolen: 3.812,00 kr. Betalt med kommunens indkøbskort."},
            {"brande-boghandel.dk", "Brande Boghandel", "shop@", "Ordre 1187 er sendt", "28 stk. 'Heden og plantagerne' til 6. "
                + "årgang på Brande Skole, 5.180,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@ikast-brande.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Ikast Skoleinventar", "ordre@ikast-skoleinventar.dk", "indkoeb@ikast-brande.dk", "Ordrebekræftelse 36-0418")
            .text("Tak for ordren på 52 hæve-sænke-borde til Hedegårdsskolen. Levering i uge 12. Fakturaen kommer via NemHandel til "
                + "EAN " + EAN + " efter levering.\n\nIkast Skoleinventar");
        genuine(m, "127.163.7.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void letters() {
        M m = ok("quote", false);
        headers(m, lyd.person(), addr(lyd), "kultur@ikast-brande.dk", "Tilbud: lyd til byfesten i Brande")
            .text("Hej Kultur\n\nScene 6 x 4 m, lyd til 1.200 personer og tekniker fra 14 til 23: 21.800 kr. ekskl. moms. "
                + "Tilbuddet gælder til 1. april." + signature(lyd));
        genuine(m, lyd.ip());
        m.description = "quote in the body from an unlisted sound firm (Ed25519 DKIM only, no DMARC), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skole@ikast-brande.dk", "Vinterkørsel: ændrede tider ved snefald")
            .text("Hej skoler\n\nVed snefald kører vi de nordlige ruter ad hovedvejene og er op til 15 minutter senere. Vi sender "
                + "sms til forældrene om morgenen. Prisen er uændret.\n\nTrafikafdelingen\nGludsted Rutebiler");
        genuine(m, bus.ip());
        m.description = "listed bus company's winter letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomscentret@ikast-brande.dk", "Arbejde på ledningsnettet i Brande centrum")
            .text("Kære kunde\n\nOnsdag kl. 9-13 lukker vi for fjernvarmen i Storegade og omegn på grund af en ventiludskiftning. "
                + "Rådhuset og plejecentret er orienteret.\n\nBrande Fjernvarme");
        genuine(m, varme.ip());
        m.description = "listed utility's interruption notice, nothing to pay";
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
        fakeDigitalPost();
        fakeNemHandel();
        callbacks();
        qrCodes();
        imageOnly();
        archives();
        macros();
        svgHtml();
        xmlChanged();
        fakeSignatures();
        splitPayments();
        directoryScams();
        english();
        laundryFrauds();
        grazingFrauds();
        noiseFrauds();
    }

    private static final String[] MULES = {iban("LT", "7330001234509871"), iban("DK", "89900004471926"), bank("5470", "0003318842"),
        iban("EE", "1010220033445566"), iban("PL", "109010140000071219812874"), iban("GB", "REVO00997012345678"),
        iban("IE", "AIBK93115212345678"), iban("NL", "INGB0007411230"), iban("DE", "100110012620045781"),
        iban("HU", "117730160011223300000000"), iban("RO", "BTRL0130120198765400"), iban("BG", "STSA93000012345678"),
        iban("CY", "005001230000001234567801"), bank("9570", "0001276633"), iban("MT", "MALT01100000000000012345678"),
        iban("SE", "91200000012345678901"), iban("LT", "3270440600008812"), iban("DK", "66950001837402"),
        iban("NO", "93865124578"), iban("LT", "0935000010001234")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    /** A fraudster's invoice mail in the name of {@code s}: own wording, a PDF with the given account. */
    private String fakeInvoice(M m, Supplier s, String from, String account, int v, String subject, String body, List<String> more) {
        String no = invoiceNo(s);
        Amount a = amount(4_600_000);
        last = a;
        Mime mime = headers(m, v % 2 == 0 ? s.person() : s.name(), from, v % 3 == 0 ? "kreditor@ikast-brande.dk" : to(),
            subject.replace("#", no));
        String text = body.replace("#", no).replace("$", a.gross()).replace("@", account);
        if (v % 4 == 3) {
            mime.html("<html><body style=\"font-family:Tahoma,sans-serif;font-size:10pt\"><div>" + text.replace("\n\n", "</div><div>"
                + "<br></div><div>").replace("\n", "<br>") + "</div></body></html>");
        } else {
            mime.text(text);
        }
        mime.attach("application/pdf", pdfName(no, v + 3), pdfInvoice(m, s.posing(domainOf(from), account), "Faktura", no, a,
            account, layout(s, v), more));
        return no;
    }

    private void forgedSuppliers() {
        Object[][] f = {{varme, "Fjernvarmeopkrævning #", "Kære kunde\n\nDen vedlagte opkrævning erstatter den, I plejer at få. I "
            + "forbindelse med at vi har samlet vores bankforretninger ét sted, modtager vi kun betaling på @. Den gamle "
            + "betalingsaftale er ophørt fra denne måned.\n\nBrande Fjernvarme, Kundecenter"},
            {avis, "Annoncefaktura # - ændret betalingsmodtager", "Hej\n\nVi sender hermed annoncefakturaen. Bemærk at "
                + "Lokalnyt fra i år bruger et andet pengeinstitut, så beløbet $ kr. skal overføres til @ - ikke til det "
                + "nummer, der står i jeres kartotek.\n\nAnnonceafdelingen"},
            {byg, "Faktura # (opdaterede bankoplysninger)", "Goddag\n\nSom en del af vores nye ERP-løsning har vi fået nyt "
                + "kontonummer. Fremtidige indbetalinger, inklusive denne faktura, bedes sendt til @. Tak for forståelsen.\n\n"
                + "Ikast Byggecenter, Erhvervssalg"},
            {vaskeri, "Månedsfaktura #", "Hej kreditor\n\nFakturaen for arbejdstøjet er vedhæftet. Vi er skiftet til Nordic "
                + "Textile Finance, som fremover opkræver for os, og betalingen går derfor til @.\n\nKundeservice"}};
        for (int i = 0; i < f.length; i++) {
            Supplier s = (Supplier) f[i][0];
            M m = bad("forged-supplier");
            fakeInvoice(m, s, addr(s), mule(i * 3 + 1), i, (String) f[i][1], (String) f[i][2], List.of("Ny kontoinformation"));
            if (s == byg) {
                m.mime.header("Reply-To", "<erhverv@ikast-byggecenter.net>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + s.domain() + " (DMARC " + dns.get(s.domain()).dmarc() + ") from a fraudster's machine, "
                + "changed account" + (s == byg ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"brande-fjernvarme.com", varme, "Hej\n\nVi har haft et skift i vores faktureringssystem, og derfor kommer "
            + "opkrævningen fra en ny adresse. Betal gerne $ kr. til @ inden fristen."},
            {"bordingentreprenoer.dk", entrep, "Hej\n\nHermed slutfakturaen for regnvandsledningen. Husk at vi har fået ny "
                + "bank - kontoen står nederst på fakturaen.\n\nKim"},
            {"snede-el-service.dk", el, "Goddag\n\nFaktura for ABA-eftersynet er vedhæftet. Da vores revisor har lagt om, "
                + "skal pengene gå til @ fremover."},
            {"ikast-rengoringsservice.dk", rengoer, "Til Ikast-Brande Kommune\n\nFebruar-fakturaen for rengøringen. Vi gør "
                + "opmærksom på den nye konto @, som gælder fra nu af."}};
        for (int i = 0; i < l.length; i++) {
            String d = (String) l[i][0];
            Supplier s = (Supplier) l[i][1];
            M m = bad("lookalike-domain");
            fakeInvoice(m, s, s.box() + "@" + d, mule(i + 4), i + 1, "Faktura #", (String) l[i][2], List.of());
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + s.domain() + ", fraudster's own authenticated domain, new account";
        }
    }

    private void homoglyphs() {
        M m = bad("punycode-homoglyph");
        String d = idn("ikast-byggecent\u0435r.dk");
        fakeInvoice(m, byg, "erhverv@" + d, mule(8), 2, "Faktura # - Ejendomscentret", "Hej\n\nHer er fakturaen for "
            + "leverancerne til Ejendomscentret. Vores bank har lavet om på kontonumrene efter en fusion, så betal venligst "
            + "til @.\n\nErhvervssalg", List.of());
        ownedBy(m, d);
        m.description = "punycode homoglyph of ikast-byggecenter.dk (Cyrillic e), authenticated, new account";
        m = bad("punycode-homoglyph");
        d = idn("ikast-br\u0430nde.dk");
        headers(m, "Økonomichef, Ikast-Brande Kommune", "oekonomichef@" + d, "kreditor@ikast-brande.dk", "Hasteoverførsel i dag")
            .text("Hej\n\nJeg sidder i budgetforhandling hele dagen. Der skal inden kl. 14 overføres 186.400 kr. til " + mule(9)
                + " som forskud på en jordhandel ved Erhvervsparken - ejeren trækker sig ellers. Papirerne kommer bagefter. "
                + "Svar mig her, når det er gjort.\n\nSendt fra min iPad");
        ownedBy(m, d);
        m.description = "homoglyph of our own domain (Cyrillic a) asks for an urgent transfer in the finance manager's name";
    }

    private void platformFrauds() {
        Object[][] p = {{"nemfaktura-ikast.dk", lyd}, {"tasklet-brande.com", smed}, {"onlinefaktura-bording.dk", pudser}};
        for (int i = 0; i < p.length; i++) {
            String d = (String) p[i][0];
            Supplier s = (Supplier) p[i][1];
            M m = bad("lookalike-platform");
            String no = "X" + (40_000 + rnd.nextInt(9_000));
            headers(m, s.name() + " (fakturaservice)", "noreply@" + d, "kreditor@ikast-brande.dk", "Betalingsanmodning " + no)
                .header("Reply-To", "<betaling@" + d + ">")
                .html("<html><body style=\"font-family:Arial\"><p>Til " + KOMMUNE + "</p><p>" + s.name() + " har udstedt "
                    + "betalingsanmodning " + no + ". Af sikkerhedshensyn vises kontonummeret først, når I har bekræftet "
                    + "modtagelsen.</p><p><a href=\"https://" + d + "/bekraeft/" + sha256("lp40:" + m.id).substring(0, 18) + "\">"
                    + "Bekræft og se betalingsoplysninger</a></p><p>Linket udløber om 48 timer.</p></body></html>");
            ownedBy(m, d);
            m.description = "look-alike of an invoicing platform (" + d + ") in an unlisted supplier's name, confirm-to-see link";
        }
    }

    private void compromised() {
        Object[][] c = {{kontor, "Hej\n\nVi har fået en ny bankaftale, og vores gamle konto bliver lukket ved udgangen af måneden. "
            + "Fakturaen herunder bedes derfor betalt til @. Jeg er ude hos kunder i dag, så svar bare på mail."},
            {it, "Hej kreditor\n\nLige en praktisk ting: vores betalinger håndteres nu af en ekstern bogholder, og "
                + "indbetalinger skal gå til @. Beløbet er $ kr."}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            fakeInvoice(m, s, addr(s), mule(i + 12), i + 5, "Faktura # - bemærk ny konto", (String) c[i][1], List.of("Ny "
                + "betalingsmodtager"));
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = vognmand;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@ikast-brande.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nUndskyld jeg skriver igen om faktura " + p.no() + ". Vores bank har flyttet os til en erhvervskonto "
                + "hos deres samarbejdspartner, så " + p.amount().gross() + " kr. skal over på " + mule(14) + " - den gamle "
                + "konto tager ikke imod mere.\n\nPoul\n\n> " + p.subject());
        m.ip = "127.161.98.7";
        m.helo = "mail.engesvang-vognmand.dk";
        m.description = "compromised mail account of engesvang-vognmand.dk sent via its weighbridge server (SPF pass, p=none), "
            + "replies in its wave-1 thread with a new account";
    }

    private void hijacks() {
        Object[][] h = {{mad, "brande-storkokken.dk"}, {bus, "gludsted-rutebil.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@ikast-brande.dk", "SV: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nVi følger op på faktura " + p.no() + " på " + p.amount().gross() + " kr. Den er endnu ikke betalt, "
                    + "og vi har i mellemtiden skiftet konto, så brug venligst " + mule(i + 16) + ". Skriv lige tilbage, når "
                    + "betalingen er sendt, så vi kan lukke sagen.\n\n" + s.person() + "\n\n-----Oprindelig meddelelse-----\nFra: "
                    + addr(s) + "\nEmne: " + p.subject() + "\n\nFaktura " + p.no() + " er vedhæftet.");
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ", real number, new account"
                + (s == mad ? " (the real kitchen did change its account: this is a third one)" : "");
        }
    }

    private void correctedResends() {
        Past p = past.get(toemrer.domain());
        M m = bad("corrected-invoice-resend");
        headers(m, toemrer.person(), "hv@klovborg-tomrer.dk", "kreditor@ikast-brande.dk", "Korrektion til faktura " + p.no())
            .text("Hej\n\nDer var en tastefejl i kontonummeret på faktura " + p.no() + ". Den rigtige konto er " + mule(2)
                + ". Beløbet " + p.amount().gross() + " kr. er det samme. Se bort fra den første version.\n\nHenrik")
            .attach("application/pdf", "Faktura_" + p.no() + "_korrigeret.pdf", pdfInvoice(m, toemrer.posing("klovborg-tomrer.dk",
                mule(2)), "Faktura", p.no(), p.amount(), mule(2), 0, List.of("KORRIGERET UDGAVE")));
        ownedBy(m, "klovborg-tomrer.dk");
        m.description = "a 'corrected' copy of klovborg-toemrer.dk's real wave-1 invoice from look-alike klovborg-tomrer.dk, new "
            + "account (not the carpenter's announced new bank)";
        p = past.get(maler.domain());
        m = bad("corrected-invoice-resend");
        headers(m, maler.person(), "jens@gludsted-maler.com", "kreditor@ikast-brande.dk", "Ny udgave af " + p.subject())
            .text("Hej\n\nJeg har lavet en ny udgave af fakturaen, fordi momsen var regnet forkert. Den gamle skal annulleres. "
                + "Betal venligst den nye til " + mule(11) + ".\n\nJens Bak")
            .attach("application/pdf", "Faktura_" + p.no() + "_v2.pdf", pdfInvoice(m, maler.posing("gludsted-maler.com", mule(11)),
                "Faktura", p.no(), p.amount(), mule(11), 1, List.of("Erstatter tidligere udgave")));
        ownedBy(m, "gludsted-maler.com");
        m.description = "re-issued copy of the painter's wave-1 invoice (real domain publishes nothing) from gludsted-maler.com, "
            + "new account";
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Kreditorbogholderiet", "kreditor@" + OWN, "oekonomi@ikast-brande.dk", "Godkend udbetaling - leverandør uden "
            + "NemKonto")
            .text("Hej\n\nEn leverandør til Ejendomscentret har ikke NemKonto, så vi skal lave en manuel udbetaling på 72.900 kr. "
                + "til " + mule(5) + ". Kan du godkende den i dag? Bilaget eftersendes.\n\nKreditor");
        forged(m, forgedHost++);
        m.description = "our own domain (p=reject) forged from a fraudster's machine: manual payout to a foreign account";
        m = bad("own-domain-forged");
        headers(m, "Løn og Personale", "loen@" + OWN, "aeldre@ikast-brande.dk", "Bekræft dine bankoplysninger inden lønkørsel")
            .html("<html><body><p>Kære medarbejder</p><p>Inden næste lønkørsel skal alle i Ældre og Sundhed bekræfte deres "
                + "lønkonto i det nye lønsystem.</p><p><a href=\"https://ikast-lonservice.com/bekraeft\">Bekræft lønkonto</a></p>"
                + "<p>Løn og Personale</p></body></html>");
        forged(m, forgedHost++);
        m.description = "forged own-domain payroll mail linking to a look-alike salary site";
    }

    private void ceo() {
        String[][] c = {{"Borgmester", "borgmester.ikastbrande@gmail.com", "Fortroligt - betaling",
            "Hej\n\nJeg har brug for din hjælp til noget fortroligt. Vi skal betale et depositum på 245.000 kr. til en "
                + "advokat i forbindelse med et grundkøb i Brande Erhvervspark, før det bliver offentligt. Kontoen er " + mule(6)
                + ". Tal ikke med andre om det, før byrådet er orienteret. Skriv når det er gjort.\n\nSendt fra min mobil"},
            {"Kommunaldirektør", "direktion@ikast-brande-kommune.dk", "Er du ved dit skrivebord?",
                "Hej\n\nEr du til at få fat på de næste par timer? Jeg skal have lavet en overførsel til en samarbejdspartner i "
                    + "udlandet, og det haster. Jeg er i møde og kan ikke tale i telefon. Svar her."},
            {"Kommunaldirektør", "direktion@ikast-brande-kommune.dk", "SV: Er du ved dit skrivebord?",
                "Tak. Overfør 98.750 kr. til " + mule(10) + ", tekst 'Projekt Rind Å'. Jeg sender dokumentationen i morgen. Det "
                    + "er vigtigt, at det går igennem i dag."}};
        for (String[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, x[0], x[1], "oekonomi@ikast-brande.dk", x[2]).text(x[3]);
            String d = domainOf(x[1]);
            if (d.equals("gmail.com")) {
                genuine(m, GMAIL);
            } else {
                ownedBy(m, d);
            }
            m.description = "CEO fraud in the name of our " + x[0].toLowerCase(DA) + " from " + d + ", urgent secret transfer";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Mette Kristensen", "mette.kristensen.sosu@outlook.com", "loen@ikast-brande.dk", "Ny lønkonto")
            .text("Hej lønkontoret\n\nJeg har skiftet bank og vil gerne have min løn på den nye konto fra denne måned: "
                + bank("5470", "0003920114") + ". Jeg er social- og sundhedshjælper i hjemmeplejen i Bording. Kan I bekræfte, "
                + "at det er rettet?\n\nMvh Mette");
        genuine(m, MSFT);
        m.description = "salary-account change in an employee's name from free mail";
        m = bad("payroll-account-change");
        headers(m, "Torben Ravn", "torben.ravn@ikast-lonservice.com", "loen@ikast-brande.dk", "Ændring af udbetalingskonto")
            .text("Hej Løn\n\nMin kone og jeg har samlet vores økonomi i hendes bank, og derfor skal min løn ind på "
                + mule(17) + " allerede ved februarkørslen. Jeg kører vintertjeneste på Engesvang-ruterne hele ugen og kommer "
                + "ikke forbi kontoret, så jeg håber, at en mail er nok. Kvittering for ændringen må gerne komme her.\n\n"
                + "Torben Ravn\nVejafdelingen, materielgården i Ikast");
        ownedBy(m, "ikast-lonservice.com");
        m.description = "salary-account change in a road worker's name from a look-alike payroll domain";
    }

    private void bodyOnly() {
        Object[][] b = {{akustik, "Ændring af bankoplysninger", "Hej\n\nVi har fået nyt pengeinstitut. Fra i dag bedes alle "
            + "betalinger til Brande Akustik & Vibration sendt til " + mule(3) + ". Opdater venligst jeres leverandørregister.\n\n"
            + "Line Skov"},
            {entrep, "Vigtigt: ny konto", "Hej kreditor\n\nGrundet en intern omlægning modtager vi ikke længere betalinger på "
                + "den konto, I har. Brug " + mule(15) + " fra nu af - det gælder også åbne fakturaer.\n\nKim Lauridsen"},
            {mad, "Opdatering af kreditoroplysninger", "Til økonomi\n\nVores faktureringsafdeling er flyttet, og alle fremtidige "
                + "indbetalinger skal ske til " + mule(18) + ". Bekræft venligst pr. mail.\n\nBrande Storkøkken"}};
        for (int i = 0; i < b.length; i++) {
            Supplier s = (Supplier) b[i][0];
            M m = bad("bank-change-body-only");
            headers(m, s.person(), addr(s), "kreditor@ikast-brande.dk", (String) b[i][1]).text((String) b[i][2]);
            forged(m, forgedHost++);
            m.description = "bank change in the body only, forged From " + s.domain() + " (DMARC " + dns.get(s.domain()).dmarc()
                + ")";
        }
    }

    private void fakeInkasso() {
        Past p = past.get(it.domain());
        M m = bad("fake-reminder-inkasso");
        headers(m, "Ikast Inkassoservice", "sag@ikast-inkassoservice.dk", "kreditor@ikast-brande.dk", "Inkassovarsel - "
            + it.name() + " - sag " + (61_000 + rnd.nextInt(900)))
            .text("Ikast-Brande Kommune\n\nVores klient " + it.name() + " har overdraget faktura " + p.no() + " til inkasso. "
                + "Hovedstol " + p.amount().gross() + " kr. plus rente og salær, i alt " + kr(p.amount().ore() + 95_000)
                + " kr., skal være betalt til " + mule(19) + " inden fem hverdage, ellers indgives sagen til fogedretten.\n\n"
                + "Ikast Inkassoservice")
            .attach("application/pdf", "Inkassovarsel.pdf", Attachments.pdf(docId(m, "fi"), "Inkassovarsel",
                List.of("Klient: " + it.name(), "Faktura " + p.no(), "Betales til " + mule(19), "Frist: 5 hverdage")));
        ownedBy(m, "ikast-inkassoservice.dk");
        m.description = "fake collection agency cites a real (paid) invoice number, threatens the bailiff's court";
        m = bad("fake-reminder-inkasso");
        headers(m, "Lokalnyt Ikast-Brande", "rykker@lokalnyt-ikast.net", "kreditor@ikast-brande.dk", "Sidste rykker før inkasso")
            .text("Hej\n\nDer står stadig et ubetalt beløb på jeres annoncekonto. Betal 14.860,00 kr. inkl. rykkergebyrer til "
                + mule(0) + " senest i morgen, ellers sendes kravet til inkasso.\n\nLokalnyt, Debitor");
        ownedBy(m, "lokalnyt-ikast.net");
        m.description = "fake last reminder in the local paper's name from a look-alike, unknown debt";
    }

    private void fakeDigitalPost() {
        String[] subj = {"Du har modtaget ny post i Digital Post", "Påkrævet: bekræft virksomhedens postkasse"};
        for (int i = 0; i < 2; i++) {
            M m = bad("fake-digital-post");
            headers(m, "Digital Post", "besked@digitalpost-brande.com", i == 0 ? "oekonomi@ikast-brande.dk" : "kreditor@ikast-brande.dk",
                subj[i])
                .html("<html><body style=\"font-family:Arial\"><p>Der ligger en ny meddelelse fra "
                    + (i == 0 ? "Skattestyrelsen om en restance på 48.310,00 kr." : "Erhvervsstyrelsen om jeres postkasse.") + "</p>"
                    + "<p><a href=\"https://digitalpost-brande.com/log-ind?s=" + sha256("dp40:" + m.id).substring(0, 14) + "\">"
                    + "Log ind med MitID Erhverv</a></p><p>Meddelelsen slettes efter 5 dage.</p></body></html>");
            ownedBy(m, "digitalpost-brande.com");
            m.description = "fake Digital Post notice with a MitID log-in link on a look-alike domain";
        }
    }

    private void fakeNemHandel() {
        for (int i = 0; i < 2; i++) {
            M m = bad("fake-nemhandel-notice");
            headers(m, "NemHandel Driftscenter", "drift@nemhandel-ikast.net", "efaktura@ikast-brande.dk", i == 0
                ? "Afviste e-fakturaer på jeres EAN " + EAN : "Handling påkrævet: fornyelse af NemHandel-certifikat")
                .html("<html><body><p>Kære modtager</p><p>" + (i == 0 ? "7 e-fakturaer til EAN " + EAN + " er afvist, fordi "
                    + "jeres modtageprofil er udløbet. Leverandørerne sender dem igen, når profilen er genaktiveret."
                    : "Jeres certifikat til NemHandel udløber i aften. Fornyelsen koster 1.495 kr. og betales med kort.") + "</p>"
                    + "<p><a href=\"https://nemhandel-ikast.net/profil\">" + (i == 0 ? "Genaktiver modtageprofil" : "Forny nu")
                    + "</a></p></body></html>");
            ownedBy(m, "nemhandel-ikast.net");
            m.description = "fake NemHandel notice on a look-alike domain, link to a profile/payment page";
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Brande Windpark Services", "ordre@brande-windpark-services.com", "kreditor@ikast-brande.dk",
            "Ordrebekræftelse W-" + (30_000 + rnd.nextInt(900)))
            .text("Tak for jeres bestilling af årligt serviceabonnement på vindmålemasten, 38.950,00 kr. inkl. moms. Beløbet "
                + "hæves automatisk om 24 timer. Har I ikke bestilt dette, så ring straks til vores annulleringslinje på "
                + "+45 78 73 40 11.\n\nBrande Windpark Services");
        ownedBy(m, "brande-windpark-services.com");
        m.description = "callback scam: a fake order confirmation asks us to call a number to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Snede Betaling", "kvittering@snede-betaling.dk", "indkoeb@ikast-brande.dk", "Kvittering for fornyelse af "
            + "licens")
            .text("Jeres licens til kortlægningssoftware er fornyet for 12 måneder: 24.700,00 kr. Er der tale om en fejl, skal I "
                + "ringe til kundeservice på +45 78 79 12 60 inden kl. 16 i dag for at få beløbet retur.");
        ownedBy(m, "snede-betaling.dk");
        m.description = "callback scam: fake licence-renewal receipt with a refund phone number";
    }

    private void qrCodes() {
        M m = bad("qr-code-payment");
        headers(m, "Ikast Byggecenter", "erhverv@ikast-byggecenter.net", "ejendomscentret@ikast-brande.dk", "Hurtig betaling af "
            + "restordre")
            .text("Hej Ejendomscentret\n\nRestordren på isoleringen er klar til levering, men vi mangler betaling. Scan QR-koden "
                + "med telefonen, så frigiver vi ordren i dag.\n\nErhvervssalg")
            .attach("image/png", "betal.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "ikast-byggecenter.net");
        m.description = "QR code payment request from a look-alike of the builders' merchant";
        m = bad("qr-code-payment");
        headers(m, "P-kontrol Ikast", "kontrol@ikast-kontorforsyning.net", "jano@ikast-brande.dk", "Ubetalt parkeringsafgift")
            .text("Et af kommunens køretøjer har fået en afgift på 790 kr. på Torvet i Ikast. Betal ved at scanne koden i "
                + "vedhæftede billede inden 3 dage for at undgå gebyr.")
            .attach("image/png", "afgift.png", Attachments.qr(docId(m, "qr2")));
        ownedBy(m, "ikast-kontorforsyning.net");
        m.description = "QR code parking-fine lure from a look-alike domain";
    }

    private void imageOnly() {
        for (int i = 0; i < 2; i++) {
            Supplier s = i == 0 ? kontor : varme;
            M m = bad("image-only-invoice");
            headers(m, s.name(), i == 0 ? "ordre@ikast-kontorforsyning.net" : "kunde@brande-fjernvarme.com",
                "kreditor@ikast-brande.dk", i == 0 ? "Faktura (scannet)" : "Opkrævning vedlagt")
                .text(i == 0 ? "Hej\n\nVores printer kan kun sende som billede, så fakturaen er scannet. Betal til kontoen på "
                    + "billedet.\n\nOrdrekontoret" : "Opkrævningen er vedhæftet. Bemærk at betalingsoplysningerne er ændret.")
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "scan0041.jpg" : "opkraevning.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, domainOf(m.from));
            m.description = "image-only invoice (no text layer) from a look-alike of " + s.domain();
        }
    }

    private void archives() {
        for (int i = 0; i < 2; i++) {
            Supplier s = i == 0 ? vvs : el;
            M m = bad("archive-invoice");
            String n = invoiceNo(s);
            Amount a = amount(900_000);
            byte[] pdf = pdfInvoice(m, s.posing(i == 0 ? "ejstrupholm-vvs.net" : "snede-el-service.dk", mule(i + 7)), "Faktura", n,
                a, mule(i + 7), 1, List.of());
            headers(m, s.person(), (i == 0 ? "kontoret@ejstrupholm-vvs.net" : "tb@snede-el-service.dk"), "kreditor@ikast-brande.dk",
                "Fakturamappe " + n)
                .text(i == 0 ? "Hej\n\nFakturaen og bilag er pakket, fordi filerne var for store. Adgangskode: 3640" : "Faktura "
                    + "ligger i den komprimerede fil.")
                .attach(i == 0 ? "application/zip" : "application/x-7z-compressed", "Faktura_" + n + (i == 0 ? ".zip" : ".7z"),
                    i == 0 ? Attachments.zip("Faktura_" + n + ".pdf", pdf, "bilag.txt", "Ny konto: " + plain(mule(i + 7)))
                        : Attachments.sevenZip("Faktura_" + n + ".pdf", pdf));
            ownedBy(m, domainOf(m.from));
            m.description = "invoice packed in an archive from a look-alike of " + s.domain() + ", new account";
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, "Ikast IT-Partner", "faktura@ikast-itpartner.com", "it@ikast-brande.dk", "Licensopgørelse Q1")
            .text("Hej IT\n\nOpgørelsen over licenser er vedhæftet. Klik 'Aktivér redigering' for at se beløbene.")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_Q1.xlsm",
                Attachments.excel(List.of("Licensopgørelse Q1 2036", "Total DKK 61.480,00", "Konto: " + plain(mule(13))), true));
        ownedBy(m, "ikast-itpartner.com");
        m.description = "macro-enabled spreadsheet 'licence statement' from a look-alike of the IT supplier";
        m = bad("office-macro");
        headers(m, "Ejstrupholm Regnskab", "bogholder@ejstrupholm-regnskab.dk", "kreditor@ikast-brande.dk", "Kontoudtog til "
            + "afstemning")
            .text("Hej\n\nVi fører regnskab for flere af jeres leverandører i Ejstrupholm. Kontoudtoget er vedhæftet - aktivér "
                + "makroer for at se posterne.")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Kontoudtog.docm",
                Attachments.word("Kontoudtog\n" + KOMMUNE + "\nAktivér indhold for at se poster og konto", true));
        ownedBy(m, "ejstrupholm-regnskab.dk");
        m.description = "macro-enabled Word 'statement' from an unknown bookkeeping domain";
    }

    private void svgHtml() {
        M m = bad("svg-html-attachment");
        headers(m, "Bilagsportal", "noreply@brande-bilagsportal.com", "kreditor@ikast-brande.dk", "3 bilag afventer godkendelse")
            .text("Der ligger 3 leverandørbilag til godkendelse. Åbn den vedhæftede fil for at se dem.")
            .attach("image/svg+xml", "bilag.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"https://brande-bilagsportal"
                + ".com/login\"><text x=\"10\" y=\"20\">Se bilag</text></a></svg>").getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "brande-bilagsportal.com");
        m.description = "SVG attachment linking to a credential page";
        m = bad("svg-html-attachment");
        headers(m, "Fakturakopi", "kopi@bording-fakturakopi.com", "efaktura@ikast-brande.dk", "Kopi af faktura")
            .text("Kopi af faktura vedhæftet som HTML-dokument.")
            .attach("text/html", "Faktura.html", ("<html><body><form action=\"https://bording-fakturakopi.com/p\"><p>Log ind med "
                + "din arbejdsmail for at se fakturaen</p><input name=\"u\"><input name=\"p\" type=\"password\"></form></body>"
                + "</html>").getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "bording-fakturakopi.com");
        m.description = "HTML attachment with a log-in form";
    }

    private void xmlChanged() {
        for (int i = 0; i < 2; i++) {
            Supplier s = i == 0 ? byg : kontor;
            String d = i == 0 ? "ikast-byggecenter.net" : "ikast-kontorforsyning.net";
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(1_500_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@ikast-brande.dk", "OIOUBL-faktura " + no)
                .text("Hej\n\nE-fakturaen kunne ikke leveres til jeres EAN, så den kommer her som fil. Indlæs den venligst "
                    + "manuelt - betalingsoplysningerne i filen er de gældende.\n\n" + s.name())
                .attach("application/xml", "faktura-" + no + ".xml", ubl(no, s.posing(d, mule(i + 1)), mule(i + 1), a, isoDay(m, 0),
                    isoDay(m, 10), i == 1, "IBK-" + (70_000 + i), "").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = "e-invoice XML in " + s.domain() + "'s name from a look-alike, payee account changed";
        }
    }

    private void fakeSignatures() {
        for (int i = 0; i < 2; i++) {
            M m = bad("fake-esignature-request");
            headers(m, "SmartSign", "sign@smartsign-ejstrupholm.com", i == 0 ? "vej@ikast-brande.dk" : "oekonomi@ikast-brande.dk",
                i == 0 ? "Dokument til underskrift: tillægsaftale vintervedligehold" : "Underskriv: ændring af betalingsaftale")
                .html("<html><body><p>Du er bedt om at underskrive et dokument.</p><p><a href=\"https://smartsign-ejstrupholm.com/"
                    + "doc/" + sha256("fs40:" + m.id).substring(0, 16) + "\">Gennemse og underskriv</a></p><p>Log ind med din "
                    + "Microsoft-konto for at fortsætte.</p></body></html>");
            ownedBy(m, "smartsign-ejstrupholm.com");
            m.description = "fake e-signature request on a look-alike of the signing service, Microsoft log-in lure";
        }
    }

    private void splitPayments() {
        Object[][] s2 = {{vaskeri, "ikast-tekstilservice.com"}, {akustik, "brande-akustik.net"}};
        for (int i = 0; i < s2.length; i++) {
            Supplier s = (Supplier) s2[i][0];
            String d = (String) s2[i][1];
            M m = bad("split-payment-redirect");
            fakeInvoice(m, s, s.box() + "@" + d, mule(i + 5), i + 2, "Faktura # - delbetaling", "Hej\n\nAf hensyn til vores "
                + "likviditet beder vi jer dele betalingen: halvdelen af $ kr. til den sædvanlige konto og resten til @. "
                + "Begge beløb står på fakturaen.", List.of("Delbetaling 50 % til " + s.account(), "Delbetaling 50 % til "
                + mule(i + 5)));
            ownedBy(m, d);
            m.description = "split payment: half to the real account, half to a new one, from look-alike " + d;
        }
    }

    private void directoryScams() {
        M m = bad("domain-directory-scam");
        headers(m, "Dansk Erhvervsregister", "registrering@bording-erhvervsregister.org", "oekonomi@ikast-brande.dk",
            "Opdatering af registrering")
            .text("Kære " + KOMMUNE + "\n\nVenligst kontrollér jeres oplysninger i vedlagte formular og returnér den "
                + "underskrevet. Registreringen koster 8.940 kr. årligt i tre år, jf. betingelserne på bagsiden.")
            .attach("application/pdf", "Registrering.pdf", Attachments.pdf(docId(m, "reg"), "Registreringsformular",
                List.of("Firma: " + KOMMUNE, "Årligt gebyr 8.940,00 i 3 år", "Ved underskrift accepteres betingelserne")));
        ownedBy(m, "bording-erhvervsregister.org");
        m.description = "directory trap: 'update your registration' hides a three-year subscription";
        m = bad("domain-directory-scam");
        headers(m, "Domain Registry Service", "notice@bording-erhvervsregister.org", "it@ikast-brande.dk", "Domæneudløb: "
            + "ikast-brande.dk")
            .text("Registreringen af søgeordet 'ikast-brande' i vores domæneindeks udløber. Forny for 4.250 kr. for at undgå at "
                + "miste synlighed: betal til " + mule(12) + ".");
        ownedBy(m, "bording-erhvervsregister.org");
        m.description = "domain-index renewal scam";
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Wind Parts Logistics", "accounts@brande-windpark-services.com", "kreditor@ikast-brande.dk", "Outstanding "
            + "invoice - crane hire Brande")
            .text("Dear Sir/Madam,\n\nOur records show invoice WPL-8812 for crane hire at the Brande industrial park, EUR 14,300, "
                + "is overdue. Kindly remit to " + mule(4) + " today and send us the payment slip.\n\nRegards\nAccounts "
                + "Receivable");
        ownedBy(m, "brande-windpark-services.com");
        m.description = "English overdue notice for crane hire nobody ordered, foreign account";
        m = bad("english-international");
        headers(m, "Procurement Office", "procurement.ikastbrande@gmail.com", "indkoeb@ikast-brande.dk", "Urgent vendor "
            + "payment")
            .text("Hi there,\n\nThe blade-sample supplier for the Brande test programme refuses to ship the crates from "
                + "Esbjerg until their deposit of EUR 22,600 lands at " + mule(8) + ". The mayor's office asked me to sort it "
                + "out quietly while the budget round is on. Can you push it through before lunch and mail me the bank "
                + "receipt?\n\nCheers");
        genuine(m, GMAIL);
        m.description = "English urgent payment request from free mail";
    }

    /** New family: work-wear laundry billed by a textile service nobody contracted, or the real one's invoice redirected. */
    private void laundryFrauds() {
        M m = bad("fake-workwear-laundry-invoice");
        fakeInvoice(m, vaskeri, "faktura@ikast-arbejdstoej.dk", mule(9), 1, "Opkrævning # - udskiftning af slidt arbejdstøj",
            "Til Ældre og Sundhed\n\nVed kvartalseftersynet af jeres arbejdstøj i hjemmeplejen er 96 sæt kasseret som slidte og "
                + "erstattet. Efter kontrakt " + laundryContract + " afregnes udskiftning særskilt: $ kr. til @.\n\n"
                + "Ikast Arbejdstøj", List.of("Kontrakt " + laundryContract, "96 sæt erstattet"));
        ownedBy(m, "ikast-arbejdstoej.dk");
        m.description = "a 'work-wear' firm that is not the contracted laundry cites the real contract number and bills "
            + "replacements to its own account";
        m = bad("fake-workwear-laundry-invoice");
        fakeInvoice(m, vaskeri, "kundeservice@ikast-tekstilservice.com", mule(3), 0, "Faktura # - tekstilservice februar",
            "Hej kreditor\n\nFebruarfakturaen for kontrakt " + laundryContract + " er vedhæftet. Vi har fået ny bankforbindelse, "
                + "så betal venligst til @ - det gamle nummer er lukket.\n\nKundeservice", List.of("Kontrakt " + laundryContract));
        ownedBy(m, "ikast-tekstilservice.com");
        m.description = "look-alike of the real laundry: its monthly invoice with the contract number, paid to a new account";
        m = bad("fake-workwear-laundry-invoice");
        headers(m, "Tekstilservice", "tekstil.ikast@gmail.com", "aeldre@ikast-brande.dk", "Ekstra vask efter norovirus")
            .text("Hej\n\nEfter udbruddet af roskildesyge på plejecentret har vi kørt ekstra vask og desinfektion af 230 sæt "
                + "arbejdstøj. Tillægget er 17.250 kr. og bedes betalt i dag til " + mule(16) + ", så vi kan fortsætte "
                + "leverancerne.\n\nHilsen vaskeriet");
        genuine(m, GMAIL);
        m.description = "free-mail 'laundry' bills extra disinfection washing after an outbreak, urgent, unknown account";
    }

    /** New family: grazing of Harrild Hede billed by someone with no flock there, or the shepherd's payment redirected. */
    private void grazingFrauds() {
        M m = bad("fake-heathland-grazing-invoice");
        fakeInvoice(m, hyrde, "mette@harrild-faarehold.com", mule(1), 2, "Forudbetaling sæson 2036 - #", "Hej Natur og Miljø\n\n"
            + "Foderpriserne er steget så meget, at jeg er nødt til at få halvdelen af næste sæsons betaling nu for at købe "
            + "vinterfoder til fårene. Aftale " + grazingAgreement + " - $ kr. til @. Jeg håber, I forstår.\n\nMette",
            List.of("Aconto sæson 2036, aftale " + grazingAgreement));
        ownedBy(m, "harrild-faarehold.com");
        m.description = "look-alike of the shepherd asks for an advance on next season (she bills after the season), new account";
        m = bad("fake-heathland-grazing-invoice");
        headers(m, "Harrild Naturpleje", "regnskab@harrild-naturpleje.dk", "natur@ikast-brande.dk", "Faktura for "
            + "naturplejeafgræsning, Harrild Hede")
            .text("Til Ikast-Brande Kommune\n\nFor afgræsning af heden med kvæg og geder i fold 5-7 samt tilsyn og flytning af "
                + "hegn fremsender vi faktura på 58.125 kr. Beløbet overføres til " + mule(13) + " inden 8 dage.\n\n"
                + "Harrild Naturpleje")
            .attach("application/pdf", "Naturpleje_faktura.pdf", Attachments.pdf(docId(m, "hn"), "Faktura - naturpleje",
                List.of("Harrild Hede, fold 5-7", "Afgræsning med kvæg og geder, tilsyn, hegnsflytning", "DKK 58.125,00 inkl. moms",
                    "Konto " + mule(13))));
        ownedBy(m, "harrild-naturpleje.dk");
        m.description = "a 'nature care' firm with no grazing agreement bills grazing of folds that do not exist";
        m = bad("fake-heathland-grazing-invoice");
        headers(m, hyrde.person(), addr(hyrde), "natur@ikast-brande.dk", "Dødsfald i flokken - erstatning")
            .text("Hej\n\nTo af mine får er blevet påkørt, fordi hegnet langs Harrildvej ikke var lukket, og det er jeres del "
                + "efter aftalen. Erstatningen er 9.800 kr. Send pengene til " + mule(10) + ", min gamle konto er spærret.\n\n"
                + "Mette");
        forged(m, forgedHost++);
        m.description = "forged From the shepherd (RSA, no DMARC): compensation claim to an unknown account";
    }

    /** New family: noise measurements at the test turbines billed by a firm nobody engaged, or the real one redirected. */
    private void noiseFrauds() {
        M m = bad("fake-turbine-noise-measurement-invoice");
        headers(m, "Brande Støjmåling", "sag@brande-stoejmaaling.dk", "miljoe@ikast-brande.dk", "Lovpligtig støjmåling - "
            + "testmølle 4")
            .text("Til Teknik og Miljø\n\nEfter bekendtgørelsen om støj fra vindmøller skal kommunen som tilsynsmyndighed have "
                + "en uafhængig kontrolmåling ved testmølle 4. Målingen er gennemført i nat. Faktura på 43.750 kr. inkl. moms "
                + "bedes betalt til " + mule(7) + " inden 5 dage, så rapporten kan frigives.\n\nBrande Støjmåling")
            .attach("application/pdf", "Faktura_stoejmaaling.pdf", Attachments.pdf(docId(m, "st"), "Faktura - kontrolmåling",
                List.of("Testmølle 4, Brande Erhvervspark", "Kontrolmåling, 1 nat, 4 målepunkter", "DKK 43.750,00 inkl. moms",
                    "Betales til " + mule(7))));
        ownedBy(m, "brande-stoejmaaling.dk");
        m.description = "a 'measurement firm' nobody engaged bills a 'statutory' noise check at the test turbine";
        m = bad("fake-turbine-noise-measurement-invoice");
        fakeInvoice(m, akustik, "ls@brande-akustik.net", mule(17), 3, "Faktura # - støjmåling, sag " + noiseCase,
            "Hej Teknik og Miljø\n\nFakturaen for målekampagne 3 i sag " + noiseCase + " er vedhæftet. Bemærk venligst, at vi "
                + "har skiftet bank - betal til @.\n\nLine", List.of("Sag " + noiseCase + ", målekampagne 3"));
        ownedBy(m, "brande-akustik.net");
        m.description = "look-alike of the real acoustician invoices a campaign with the real case number, new account";
        m = bad("fake-turbine-noise-measurement-invoice");
        headers(m, "Line Skov", "line.skov.akustik@hotmail.com", "miljoe@ikast-brande.dk", "Ekstra måling nat til søndag")
            .text("Hej\n\nNaboerne har klaget igen, så jeg tog en ekstra måling i weekenden. Firmaets konto er låst pga. "
                + "årsafslutning, så de 12.400 kr. kan overføres til min private konto " + bank("5470", "0004461278")
                + ". Rapporten kommer i næste uge.\n\nLine");
        genuine(m, MSFT);
        m.description = "free-mail message in the acoustician's name asks payment for an extra measurement to a private account";
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
        return writeFiles(dir, new HeldOutCorpus40().generate(), List.of(
            "# Ikast-Brande Kommune, Økonomi: invoice checks (fortieth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=brande-fjernvarme.dk bording-entreprenoer.dk engesvang-vognmand.dk snede-elservice.dk "
                + "ejstrupholm-vvs.dk klovborg-toemrer.dk gludsted-maler.dk ikast-rengoeringsservice.dk lokalnyt-ikast.dk "
                + "brande-storkoekken.dk ikast-byggecenter.dk ikast-itpartner.dk gludsted-rutebiler.dk ikast-kontorforsyning.dk "
                + "ikast-tekstilservice.dk brande-akustik.dk",
            "invoice.domains.platforms=nemfaktura.dk onlinefaktura.dk tasklet.dk storebox.com",
            "invoice.names.protected=Ikast-Brande Kommune"));
    }
}
